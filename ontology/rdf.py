"""Extraction results as RDF: instances typed by the PolicyKG ontology, with stable IRIs.

IRIs come from the extractor's ids (document ids are content hashes, agencies are scoped by region code),
so re-extracting the same documents yields the same graph. ``corpus_graph`` adds the ontology and the SKOS
schemes so that one export is self-contained.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path
from typing import TextIO

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS, XSD

from ontology.build import _bind, ontology_graph
from ontology.namespaces import BASE, OA, PKG
from ontology.skos import agency_type_iri, iri, program_iri, region_iri, role_iri, vocabularies_graph
from ontology.vocab import agency_vocabulary
from policykg.models import Document, Responsibility, Target

_LEADING_GROUP_TYPES = {"leading_group", "leading_group_office"}


def _lit(value: object, datatype: URIRef | None = None) -> Literal:
    if datatype == XSD.decimal and isinstance(value, float):
        value = Decimal(repr(value))  # a float typed xsd:decimal would be an ill-typed literal
    return Literal(value, datatype=datatype)


def _evidence(g: Graph, fact: URIRef, plan: URIRef, span: tuple[int, int], quote: str) -> None:
    node = URIRef(f"{fact}/evidence")
    g.add((fact, PKG.evidence, node))
    g.add((node, RDF.type, PKG.Evidence))
    g.add((node, RDF.type, OA.SpecificResource))
    g.add((node, OA.hasSource, plan))
    g.add((node, PKG.start, _lit(span[0], XSD.integer)))
    g.add((node, PKG.end, _lit(span[1], XSD.integer)))
    g.add((node, PKG.quote, _lit(quote)))
    position, text_quote = URIRef(f"{node}/position"), URIRef(f"{node}/quote")
    g.add((node, OA.hasSelector, position))
    g.add((position, RDF.type, OA.TextPositionSelector))
    g.add((position, OA.start, _lit(span[0], XSD.integer)))
    g.add((position, OA.end, _lit(span[1], XSD.integer)))
    g.add((node, OA.hasSelector, text_quote))
    g.add((text_quote, RDF.type, OA.TextQuoteSelector))
    g.add((text_quote, OA.exact, _lit(quote)))


def _agency_class(type_id: str | None, collective: bool) -> URIRef:
    if collective:
        return PKG.Collective
    if type_id in _LEADING_GROUP_TYPES:
        return PKG.LeadingGroup
    return PKG.Agency


def add_document(g: Graph, doc: Document) -> None:
    plan = iri("plan", doc.id)
    p = doc.plan
    g.add((plan, RDF.type, PKG.Plan))
    g.add((plan, PKG.sha256, _lit(doc.sha256)))
    for value, prop in ((p.title, PKG.title), (p.doc_type, PKG.docType), (p.doc_number, PKG.docNumber)):
        if value:
            g.add((plan, prop, _lit(value)))
    if p.date:
        g.add((plan, PKG.issueDate, _lit(p.date, XSD.date)))
    if p.period:
        if p.period.start:
            g.add((plan, PKG.periodStart, _lit(p.period.start)))
        if p.period.end:
            g.add((plan, PKG.periodEnd, _lit(p.period.end)))
    if p.region:
        g.add((plan, PKG.coversRegion, region_iri(p.region.id)))
    for issuer in p.issuers:
        if issuer.agency_id:
            g.add((plan, PKG.issuedBy, iri("agency", issuer.agency_id)))

    types = {t.id for t in agency_vocabulary().types} | {c.id for c in agency_vocabulary().collectives}
    for a in doc.agencies:
        node = iri("agency", a.id)
        g.add((node, RDF.type, _agency_class(a.type, a.collective)))
        g.add((node, PKG.name, _lit(a.name)))
        for alias in a.aliases:
            g.add((node, SKOS.altLabel, Literal(alias, lang="zh")))
        if a.type in types:
            g.add((node, PKG.agencyType, agency_type_iri(a.type)))
        if a.region_id:
            g.add((node, PKG.inRegion, region_iri(a.region_id)))

    for s in doc.sections:
        node = iri("section", s.id)
        g.add((node, RDF.type, PKG.Section))
        g.add((node, PKG.path, _lit(s.path)))
        if s.title:
            g.add((node, PKG.title, _lit(s.title)))
        g.add((plan, PKG.hasSection, node))

    for t in doc.tasks:
        node = iri("task", t.id)
        g.add((node, RDF.type, PKG.Task))
        g.add((plan, PKG.hasTask, node))
        g.add((node, PKG.path, _lit(t.path)))
        g.add((node, PKG.text, _lit(t.text)))
        g.add((node, PKG.taskKind, _lit(t.kind)))
        g.add((node, PKG.chapterKind, _lit(t.chapter_kind)))
        if t.title:
            g.add((node, PKG.title, _lit(t.title)))
        if t.deadline:
            g.add((node, PKG.deadline, _lit(t.deadline)))
        if t.deadline_date:
            g.add((node, PKG.deadlineDate, _lit(t.deadline_date)))
        if t.deadline_recurs:
            g.add((node, PKG.deadlineRecurs, _lit(t.deadline_recurs)))
        if t.plan_part:
            g.add((node, PKG.planPart, _lit(t.plan_part)))
        if t.parent:
            g.add((node, PKG.subTaskOf, iri("task", t.parent)))
        _responsibilities(g, plan, node, t.responsibilities)

    for goal in doc.goals:
        node = iri("goal", goal.id)
        g.add((node, RDF.type, PKG.Goal))
        g.add((plan, PKG.hasGoal, node))
        g.add((node, PKG.path, _lit(goal.path)))
        g.add((node, PKG.text, _lit(goal.text)))
        if goal.title:
            g.add((node, PKG.title, _lit(goal.title)))

    for target in doc.targets:
        _target(g, plan, target)

    for m in doc.programs:
        program = program_iri(m.program_id)
        g.add((plan, PKG.implementsProgram, program))
        owner = iri("task", m.task_id) if m.task_id else (iri("goal", m.goal_id) if m.goal_id else None)
        if owner is not None:
            g.add((owner, PKG.mentionsProgram, program))

    for c in doc.citations:
        node = iri("policy", c.key)
        g.add((node, RDF.type, PKG.PolicyDocument))
        g.add((node, PKG.citationKind, _lit(c.kind)))
        if c.normalized_title:
            g.add((node, PKG.title, _lit(c.normalized_title)))
        if c.doc_number:
            g.add((node, PKG.docNumber, _lit(c.doc_number)))
        g.add((plan, PKG.citesDocument if c.relation == "cites" else PKG.announcesDocument, node))

    for ph in doc.phases:
        node = iri("phase", ph.id)
        g.add((node, RDF.type, PKG.Phase))
        g.add((plan, PKG.hasPhase, node))
        g.add((node, PKG.name, _lit(ph.name)))
        g.add((node, PKG.order, _lit(ph.order, XSD.integer)))
        g.add((node, PKG.path, _lit(ph.path)))
        if ph.start:
            g.add((node, PKG.startMonth, _lit(ph.start)))
        if ph.end:
            g.add((node, PKG.endMonth, _lit(ph.end)))


def _responsibilities(g: Graph, plan: URIRef, holder: URIRef, responsibilities: list[Responsibility]) -> None:
    """The responsibilities of a task or a target (``holder``)."""
    for n, r in enumerate(responsibilities, start=1):
        _responsibility(g, plan, holder, URIRef(f"{holder}/responsibility/{n}"), r)


def _responsibility(g: Graph, plan: URIRef, holder: URIRef, node: URIRef, r: Responsibility) -> None:
    g.add((holder, PKG.hasResponsibility, node))
    g.add((node, RDF.type, PKG.Responsibility))
    g.add((node, PKG.responsibleAgent, iri("agency", r.agency.id)))
    g.add((node, PKG.hasRole, role_iri(r.role)))
    g.add((node, PKG.basis, _lit(r.basis)))
    g.add((node, PKG.implicit, _lit(r.implicit, XSD.boolean)))
    _evidence(g, node, plan, r.span, r.quote)


def _target(g: Graph, plan: URIRef, t: Target) -> None:
    node = iri("target", t.id)
    g.add((node, RDF.type, PKG.Target))
    g.add((plan, PKG.hasTarget, node))
    owner = iri("task", t.task_id) if t.task_id else (iri("goal", t.goal_id) if t.goal_id else None)
    if owner is not None:
        g.add((owner, PKG.hasTarget, node))
    indicator = iri("indicator", t.indicator_key)
    g.add((indicator, RDF.type, PKG.Indicator))
    g.add((indicator, PKG.indicatorKey, _lit(t.indicator_key)))
    g.add((indicator, SKOS.prefLabel, Literal(t.indicator_key, lang="zh")))
    g.add((node, PKG.forIndicator, indicator))
    if t.value is not None:
        g.add((node, PKG.value, _lit(t.value, XSD.decimal)))
    if t.value_max is not None:
        g.add((node, PKG.valueMax, _lit(t.value_max, XSD.decimal)))
    if t.unit:
        g.add((node, PKG.unit, _lit(t.unit)))
    if t.normalized_value is not None:
        g.add((node, PKG.normalizedValue, _lit(t.normalized_value, XSD.decimal)))
    if t.normalized_unit:
        g.add((node, PKG.normalizedUnit, _lit(t.normalized_unit)))
    g.add((node, PKG.comparator, _lit(t.comparator)))
    if t.year is not None:
        g.add((node, PKG.year, _lit(t.year, XSD.integer)))
    if t.base_year is not None:
        g.add((node, PKG.baseYear, _lit(t.base_year, XSD.integer)))
    if t.qualifier:
        g.add((node, PKG.qualifier, _lit(t.qualifier)))
    g.add((node, PKG.isTotal, _lit(t.is_total, XSD.boolean)))
    g.add((node, PKG.targetKind, _lit(t.kind)))
    for flag in t.flags:
        g.add((node, PKG.targetFlag, _lit(flag)))
    if t.region_id:
        g.add((node, PKG.forRegion, region_iri(t.region_id)))
    if t.standing:
        g.add((node, PKG.standing, _lit(t.standing)))
    if t.reference:
        g.add((node, PKG.reference, _lit(t.reference)))
    if t.reference_region_id:
        g.add((node, PKG.measuredAgainst, region_iri(t.reference_region_id)))
    if t.reference_basis:
        g.add((node, PKG.referenceBasis, _lit(t.reference_basis)))
    if t.plan_part:
        g.add((node, PKG.planPart, _lit(t.plan_part)))
    _responsibilities(g, plan, node, t.responsibilities)
    _evidence(g, node, plan, t.span, t.quote)


#: The store for querying: Oxigraph through oxrdflib. Measured with ``python -m bench.rdf_store`` on 200
#: plans (617k triples): build 14.5 s vs 16.1 s, slowest library query 0.83 s vs 1.74 s, peak RSS 707 vs
#: 758 MB for rdflib's memory store. It can also live on disk (``open_store``), which the scale corpus needs.
QUERY_STORE = "Oxigraph"


def open_store(folder: Path) -> Graph:
    """An Oxigraph store persisted in ``folder`` (created if needed), for corpora too big for memory."""
    graph = Graph(store=QUERY_STORE, identifier=URIRef(BASE + "graph"))  # the same named graph on every open
    folder.parent.mkdir(parents=True, exist_ok=True)
    graph.open(str(folder), create=not folder.exists())
    return graph


def write_ntriples(documents: Iterable[Document], out: TextIO, *, with_ontology: bool = True) -> int:
    """Stream N-Triples document by document, so memory stays bounded by one plan; returns triples written."""
    head = Graph()
    if with_ontology:
        head += ontology_graph()
    head += vocabularies_graph()
    written = _write(head, out)
    for doc in documents:
        one = Graph()
        add_document(one, doc)
        written += _write(one, out)
    return written


def _write(graph: Graph, out: TextIO) -> int:
    out.write(graph.serialize(format="nt"))
    return len(graph)


def corpus_graph(
    documents: Iterable[Document], *, with_ontology: bool = True, store: str = "default"
) -> Graph:
    """Instances of every document, plus the ontology and SKOS schemes, in the given rdflib store."""
    g = _bind(Graph(store=store))
    g.bind("skos", str(SKOS))
    g.bind("pkgv", "https://w3id.org/policykg/vocab/")
    g.bind("pkgd", "https://w3id.org/policykg/id/")
    if with_ontology:
        g += ontology_graph()
    g += vocabularies_graph()
    for doc in documents:
        add_document(g, doc)
    return g
