"""Namespaces with closed term lists (rdflib DefinedNamespace): a misspelt term raises at import time.

PKG is PolicyKG's own vocabulary; a test pins its terms to ``ontology.model``. OA, ELI and M8G list the
terms PolicyKG reuses from the Web Annotation vocabulary, the European Legislation Identifier ontology and
the SEMIC core vocabularies (CCCEV's Requirement).
"""

from __future__ import annotations

from typing import cast

from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace

BASE = "https://w3id.org/policykg/"


class PKG(DefinedNamespace):
    _NS = Namespace(BASE + "ontology#")
    _fail = True

    # classes
    Plan: URIRef
    Section: URIRef
    Task: URIRef
    Goal: URIRef
    Target: URIRef
    Indicator: URIRef
    Agency: URIRef
    Collective: URIRef
    LeadingGroup: URIRef
    AgencyType: URIRef
    Region: URIRef
    Program: URIRef
    PolicyDocument: URIRef
    Phase: URIRef
    Responsibility: URIRef
    Role: URIRef
    Evidence: URIRef
    # object properties
    hasSection: URIRef
    hasTask: URIRef
    hasGoal: URIRef
    hasPhase: URIRef
    hasTarget: URIRef
    subTaskOf: URIRef
    coversRegion: URIRef
    issuedBy: URIRef
    citesDocument: URIRef
    announcesDocument: URIRef
    mentionsProgram: URIRef
    implementsProgram: URIRef
    hasResponsibility: URIRef
    responsibleAgent: URIRef
    hasRole: URIRef
    sharesTasksWith: URIRef
    agencyType: URIRef
    inRegion: URIRef
    partOf: URIRef
    forIndicator: URIRef
    forRegion: URIRef
    measuredAgainst: URIRef
    evidence: URIRef
    # datatype properties
    title: URIRef
    docType: URIRef
    docNumber: URIRef
    issueDate: URIRef
    periodStart: URIRef
    periodEnd: URIRef
    sha256: URIRef
    path: URIRef
    text: URIRef
    taskKind: URIRef
    chapterKind: URIRef
    deadline: URIRef
    deadlineDate: URIRef
    deadlineRecurs: URIRef
    planPart: URIRef
    name: URIRef
    regionLevel: URIRef
    regionCode: URIRef
    basis: URIRef
    implicit: URIRef
    value: URIRef
    valueMax: URIRef
    unit: URIRef
    normalizedValue: URIRef
    normalizedUnit: URIRef
    comparator: URIRef
    year: URIRef
    baseYear: URIRef
    qualifier: URIRef
    isTotal: URIRef
    targetKind: URIRef
    targetFlag: URIRef
    standing: URIRef
    reference: URIRef
    referenceBasis: URIRef
    indicatorKey: URIRef
    citationKind: URIRef
    order: URIRef
    startMonth: URIRef
    endMonth: URIRef
    start: URIRef
    end: URIRef
    quote: URIRef


class OA(DefinedNamespace):
    """W3C Web Annotation vocabulary (terms used)."""

    _NS = Namespace("http://www.w3.org/ns/oa#")
    _fail = True

    SpecificResource: URIRef
    TextPositionSelector: URIRef
    TextQuoteSelector: URIRef
    hasSource: URIRef
    hasSelector: URIRef
    start: URIRef
    end: URIRef
    exact: URIRef


class ELI(DefinedNamespace):
    """European Legislation Identifier ontology (terms used)."""

    _NS = Namespace("http://data.europa.eu/eli/ontology#")
    _fail = True

    LegalResource: URIRef
    cites: URIRef
    id_local: URIRef
    date_document: URIRef
    title: URIRef
    passed_by: URIRef


class M8G(DefinedNamespace):
    """SEMIC core vocabularies namespace (CCCEV Requirement)."""

    _NS = Namespace("http://data.europa.eu/m8g/")
    _fail = True

    Requirement: URIRef


def pkg_term(name: str) -> URIRef:
    """PKG's term ``name``; an undefined name raises AttributeError (the namespace is closed)."""
    return cast(URIRef, getattr(PKG, name))


DATA = Namespace(BASE + "id/")
VOCAB = Namespace(BASE + "vocab/")
