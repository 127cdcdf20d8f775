"""SKOS concept schemes published from the same data files the extractor runs on (no second copy):
agency types and categories, roles, programmes, the standard indicators and the region gazetteer."""

from __future__ import annotations

from urllib.parse import quote

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, SKOS

from ontology.namespaces import DATA, PKG, VOCAB
from ontology.vocab import agency_vocabulary, gazetteer, role_vocabulary
from ontology.vocab_indicators import indicator_vocabulary
from ontology.vocab_programs import program_scheme


def iri(kind: str, ident: str) -> URIRef:
    """A stable IRI for an instance: the extractor's id, percent-encoded."""
    return DATA[f"{kind}/{quote(ident, safe='-_.~')}"]


def agency_type_iri(type_id: str) -> URIRef:
    return VOCAB[f"agency-type/{type_id}"]


def role_iri(role: str) -> URIRef:
    return VOCAB[f"role/{role}"]


def program_iri(program_id: str) -> URIRef:
    return VOCAB[f"program/{program_id}"]


def region_iri(region_id: str) -> URIRef:
    return iri("region", region_id)


def _scheme(g: Graph, name: str, zh: str, en: str) -> URIRef:
    scheme = VOCAB[name]
    g.add((scheme, RDF.type, SKOS.ConceptScheme))
    g.add((scheme, SKOS.prefLabel, Literal(zh, lang="zh")))
    g.add((scheme, SKOS.prefLabel, Literal(en, lang="en")))
    return scheme


def _concept(g: Graph, node: URIRef, scheme: URIRef, zh: str, en: str, kind: URIRef | None) -> None:
    g.add((node, RDF.type, SKOS.Concept))
    if kind is not None:
        g.add((node, RDF.type, kind))
    g.add((node, SKOS.inScheme, scheme))
    g.add((node, SKOS.prefLabel, Literal(zh, lang="zh")))
    g.add((node, SKOS.prefLabel, Literal(en, lang="en")))


def vocabularies_graph() -> Graph:
    g = Graph()
    agencies = agency_vocabulary()
    scheme = _scheme(g, "agency-types", "单位类型", "Agency types")
    for cat in agencies.categories:
        node = agency_type_iri(cat.id)
        _concept(g, node, scheme, cat.zh, cat.en, PKG.AgencyType)
        if cat.broader:
            g.add((node, SKOS.broader, agency_type_iri(cat.broader)))
        else:
            g.add((node, SKOS.topConceptOf, scheme))
    for t in agencies.types:
        node = agency_type_iri(t.id)
        _concept(g, node, scheme, t.zh, t.en, PKG.AgencyType)
        g.add((node, SKOS.broader, agency_type_iri(t.broader)))
        for alias in t.aliases:
            if alias != t.zh:
                g.add((node, SKOS.altLabel, Literal(alias, lang="zh")))
    for c in agencies.collectives:
        node = agency_type_iri(c.id)
        _concept(g, node, scheme, c.zh, c.en, PKG.AgencyType)
        g.add((node, SKOS.broader, agency_type_iri("collective")))

    scheme = _scheme(g, "roles", "责任角色", "Responsibility roles")
    for role in role_vocabulary().roles:
        _concept(g, role_iri(role.id), scheme, role.zh, role.en, PKG.Role)

    programs = program_scheme()
    scheme = _scheme(g, "programs", "知识产权工作项目", "IP programmes")
    for group in programs.categories:
        node = program_iri(group.id)
        _concept(g, node, scheme, group.zh, group.en, PKG.Program)
        g.add((node, SKOS.topConceptOf, scheme))
    for p in programs.programs:
        node = program_iri(p.id)
        _concept(g, node, scheme, p.zh, p.en, PKG.Program)
        g.add((node, SKOS.broader, program_iri(p.broader)))
        for alt in p.alt:
            g.add((node, SKOS.altLabel, Literal(alt, lang="zh")))

    # the standard indicators are the Indicator nodes of the data themselves (the same IRI: their key)
    scheme = _scheme(g, "indicators", "知识产权指标", "IP indicators")
    for indicator in indicator_vocabulary().indicators:
        node = iri("indicator", indicator.zh)
        _concept(g, node, scheme, indicator.zh, indicator.en, PKG.Indicator)
        g.add((node, PKG.indicatorKey, Literal(indicator.zh)))
        g.add((node, DCTERMS.identifier, Literal(indicator.id)))
    ids = {i.id: i.zh for i in indicator_vocabulary().indicators}
    for growth in indicator_vocabulary().growth_indicators:  # 专利授权量增长率: related to 专利授权量
        node = iri("indicator", growth.zh)
        _concept(g, node, scheme, growth.zh, growth.en, PKG.Indicator)
        g.add((node, PKG.indicatorKey, Literal(growth.zh)))
        g.add((node, DCTERMS.identifier, Literal(growth.id)))
        g.add((node, SKOS.related, iri("indicator", ids[growth.of])))

    scheme = _scheme(g, "regions", "行政区划", "Administrative divisions")
    for r in gazetteer().regions:
        node = region_iri(r.id)
        _concept(g, node, scheme, r.name, r.en or r.name, PKG.Region)
        g.add((node, PKG.regionLevel, Literal(r.level)))
        g.add((node, PKG.regionCode, Literal(r.id)))
        g.add((node, DCTERMS.identifier, Literal(r.id)))
        for short in (*r.short, *r.former_names):
            g.add((node, SKOS.altLabel, Literal(short, lang="zh")))
        if r.parent:
            g.add((node, PKG.partOf, region_iri(r.parent)))
            g.add((node, SKOS.broader, region_iri(r.parent)))
    return g
