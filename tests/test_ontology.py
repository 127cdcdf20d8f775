"""The ontology: one definition, generated OWL/SHACL/diagram in step, SKOS from the data files, RDF export
with stable IRIs that validates against the shapes, and read-only SPARQL with the query library's answers."""

from __future__ import annotations

from collections import Counter

import pytest
import rdflib.namespace
from pyshacl import validate
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, SKOS
from typer.testing import CliRunner

from loaders import load_bytes
from ontology.build import ONTOLOGY_FILE, SHAPES_FILE, shapes_graph, stale_files
from ontology.model import CLASSES, PROPERTIES
from ontology.namespaces import ELI, M8G, OA, PKG
from ontology.rdf import corpus_graph
from ontology.skos import agency_type_iri, iri, vocabularies_graph
from ontology.sparql import QueryError, library, query_text, run_query
from ontology.vocab import agency_vocabulary, gazetteer
from ontology.vocab_indicators import indicator_vocabulary
from ontology.vocab_programs import program_scheme
from policykg.cli import app
from policykg.extract.pipeline import extract_document
from tests.conftest import PLAN_000
from tests.test_targets_standing import LIBRARY_PLAN

REUSED = (ORG, SKOS, PROV, DCTERMS, OA, ELI, M8G)
# The one XSD term used, bound as a value: pytest probes every module-level name for attributes, and rdflib's
# XSD namespace warns on each probe of a term it does not define.
XSD_DECIMAL = rdflib.namespace.XSD.decimal


@pytest.fixture(scope="module")
def memory_graph(corpus_docs) -> Graph:
    return corpus_graph(corpus_docs.values())


@pytest.fixture(scope="module", params=["default", "Oxigraph"])
def graph(request, corpus_docs) -> Graph:
    """Every SPARQL test runs on rdflib's memory store and on the Oxigraph store the CLI uses."""
    return corpus_graph(corpus_docs.values(), store=request.param)


def test_generated_files_are_in_step_with_the_model() -> None:
    assert stale_files() == []


def test_pkg_namespace_is_pinned_to_the_model() -> None:
    defined = set(PKG.__annotations__)
    assert defined == {c.name for c in CLASSES} | {p.name for p in PROPERTIES}


def test_ontology_declares_every_term_it_uses() -> None:
    onto = Graph().parse(ONTOLOGY_FILE)
    shapes = Graph().parse(SHAPES_FILE)
    used = {t for g in (onto, shapes) for triple in g for t in triple if isinstance(t, URIRef)}
    for term in used:
        if str(term).startswith(str(PKG)):
            kinds = set(onto.objects(term, RDF.type))
            assert kinds & {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}, term
    for c in CLASSES:
        node = PKG[c.name]
        assert {lit.language for lit in onto.objects(node, RDFS.label)} == {"zh", "en"}
    for p in PROPERTIES:
        node = PKG[p.name]
        assert onto.value(node, RDFS.range) is not None
        assert onto.value(node, RDFS.domain) is not None


def test_reused_terms_exist_in_their_vocabularies() -> None:
    onto = Graph().parse(ONTOLOGY_FILE)
    for predicate in (RDFS.subClassOf, RDFS.subPropertyOf):
        for parent in onto.objects(None, predicate):
            if not isinstance(parent, URIRef) or str(parent).startswith(str(PKG)):
                continue
            ns = next(n for n in REUSED if str(parent).startswith(str(n)))
            getattr(ns, str(parent)[len(str(ns)) :])  # closed namespaces raise for an undefined term


def test_skos_vocabularies_come_from_the_data_files() -> None:
    g = vocabularies_graph()
    agencies = agency_vocabulary()
    concepts = set(g.subjects(RDF.type, PKG.AgencyType))
    assert len(concepts) == len(agencies.types) + len(agencies.categories) + len(agencies.collectives)
    assert (agency_type_iri("court"), SKOS.broader, agency_type_iri("judicial")) in g
    labels = {
        str(o)
        for s in g.subjects(RDF.type, PKG.Program)
        for o in g.objects(s, SKOS.prefLabel)
        if o.language == "zh"
    }
    assert {p.zh for p in program_scheme().programs} <= labels
    assert len(set(g.subjects(RDF.type, PKG.Region))) == len(gazetteer().regions)
    # the standard indicators are the data's own Indicator nodes (same IRI), with their English labels
    for indicator in indicator_vocabulary().indicators:
        node = iri("indicator", indicator.zh)
        assert (node, RDF.type, PKG.Indicator) in g
        assert (node, SKOS.prefLabel, Literal(indicator.en, lang="en")) in g
    onto = Graph().parse(ONTOLOGY_FILE)
    assert not set(onto.subjects(RDF.type, SKOS.Concept))  # no second copy of any vocabulary


def test_corpus_export_conforms_to_the_shapes(memory_graph) -> None:
    conforms, _, report = validate(memory_graph, shacl_graph=shapes_graph(), inference="none")
    assert conforms, report


def test_broken_data_is_reported_clearly(memory_graph) -> None:
    broken = Graph()
    broken += memory_graph
    responsibility = next(broken.subjects(RDF.type, PKG.Responsibility))
    broken.remove((responsibility, PKG.hasRole, None))
    target = next(broken.subjects(RDF.type, PKG.Target))
    broken.set((target, PKG.value, Literal("many")))
    conforms, _, report = validate(broken, shacl_graph=shapes_graph(), inference="none")
    assert not conforms
    assert "pkg:hasRole takes exactly one Role node(s)" in report
    assert "pkg:value takes at most one decimal value(s)" in report
    assert str(responsibility) in report


def test_iris_are_stable_across_re_extraction(corpus_docs) -> None:
    again = [extract_document(load_bytes(PLAN_000.read_bytes(), "renamed.txt"))]
    first = [corpus_docs["000_7198047be529bd92"]]
    assert isomorphic(corpus_graph(first, with_ontology=False), corpus_graph(again, with_ontology=False))
    assert (iri("plan", again[0].id), RDF.type, PKG.Plan) in corpus_graph(again, with_ontology=False)


@pytest.mark.parametrize(("fmt", "rdf_format"), [("ttl", "turtle"), ("jsonld", "json-ld"), ("nt", "nt")])
def test_export_formats(tmp_path, fmt: str, rdf_format: str) -> None:
    out = tmp_path / f"kg.{fmt}"
    result = CliRunner().invoke(app, ["export", str(PLAN_000), "--format", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.output
    parsed = Graph().parse(out, format=rdf_format)
    assert len(list(parsed.subjects(RDF.type, PKG.Responsibility))) == 83
    assert len(list(parsed.subjects(RDF.type, OWL.Class))) >= len(CLASSES)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Literal) and value.datatype == XSD_DECIMAL:
        return f"{float(value):g}"  # stores differ in lexical form (575.0 / 575)
    return str(value)


def rows(graph: Graph, name: str, **params: str) -> list[tuple[str, ...]]:
    return [tuple(_text(v) for v in row) for row in run_query(graph, query_text(name), params)]


def test_library_has_documented_queries() -> None:
    queries = library()
    assert len(queries) >= 6
    for path in queries.values():
        text = path.read_text(encoding="utf-8")
        assert text.startswith("# ")
        assert "# Parameters:" in text


def test_judicial_obligations(graph, corpus_docs) -> None:
    got = {(r[1], r[2], r[3]) for r in rows(graph, "judicial_obligations")}
    judicial = {"court", "procuratorate", "public_security", "justice"}
    expected = {
        (t.path, r.agency.name, r.role)
        for d in corpus_docs.values()
        for t in d.tasks
        for r in t.responsibilities
        if r.agency.type in judicial
    }
    assert got == expected
    assert ("四.(四).5", "南通市通州区司法局", "support") in got
    assert len(got) == 8


def test_financing_plans(graph, corpus_docs) -> None:
    got = {r[0] for r in rows(graph, "financing_plans")}
    expected = {
        d.plan.title
        for d in corpus_docs.values()
        if any(p.program_id in ("pledge_financing", "ip_insurance") for p in d.programs)
    }
    assert got == expected
    assert len(got) == 5


def test_agency_ranking(graph, corpus_docs) -> None:
    got = rows(graph, "agency_ranking")
    counts: Counter[str] = Counter()
    for d in corpus_docs.values():
        for t in d.tasks:
            for r in t.responsibilities:
                counts[r.agency.id] += 1
    assert sorted(int(r[1]) for r in got) == sorted(counts.values())
    assert got[0][:2] == ("南京市雨花台区人民政府", "41")
    assert got[1] == ("南通市通州区市场监督管理局", "23", "5", "0", "16", "2", "0")


def test_targets_by_indicator(graph) -> None:
    got = rows(graph, "targets_by_indicator", key="PCT国际专利申请量")
    assert ("雨花台区", "2025", "target", "300", "件", ">=", "false") in {r[:7] for r in got}
    regional = {r[0]: r[3] for r in got if r[6] == "false" and r[0] != "南通市"}
    assert regional["如东县"] == "55"
    assert len(regional) == 10  # nine columns of plan 002's table and 雨花台区's prose target


def test_standings(graph) -> None:
    got = rows(graph, "standings")
    assert [(r[0][:6], *r[1:10]) for r in got] == [
        (
            "南京市雨花台",
            "雨花台区",
            "知识产权发展主要指标",
            "rank",
            "<=",
            "",
            "全国县（区）前列",
            "中华人民共和国",
            "100000",
            "stated",
        ),
        (
            "南京市雨花台",
            "雨花台区",
            "知识产权综合竞争力",
            "rank",
            "<=",
            "",
            "全省县（区）领先水平",
            "江苏省",
            "320000",
            "stated",
        ),
        (
            "通州区国家知",
            "通州区",
            "知识产权产出主要指标",
            "rank",
            "<=",
            "",
            "全省第一方阵",
            "江苏省",
            "320000",
            "stated",
        ),
    ]
    assert rows(graph, "standings", kind="average") == []


@pytest.mark.parametrize("store", ["default", "Oxigraph"])
def test_standings_of_a_plan_by_kind_and_region(store: str) -> None:
    doc = extract_document(load_bytes(LIBRARY_PLAN.encode("utf-8"), "standings.txt"))
    graph = corpus_graph([doc], store=store)

    def standings(**params: str) -> list[tuple[str, ...]]:
        return [r[2:10] for r in rows(graph, "standings", **params)]

    every = standings()
    assert every == [  # by plan, indicator key (the standard indicator's where one fits), reference
        ("专利授权量增速", "rank", "<=", "", "全市前列", "南通市", "320600", "stated"),
        ("有效注册商标量", "rank", "=", "1", "全市首位", "南通市", "320600", "stated"),
        ("有效注册商标量", "rank", "<=", "3", "全省前3位", "江苏省", "320000", "stated"),
        ("每万人口高价值发明专利拥有量", "average", ">", "", "全市平均水平", "南通市", "320600", "stated"),
        (
            "知识产权案件结案率",
            "average",
            ">",
            "",
            "同类地区平均水平",
            "",
            "",
            "",
        ),  # no one region; standard key
        ("知识产权质押融资额增幅", "average", ">=", "", "全省平均水平", "江苏省", "320000", "stated"),
        (
            "维权援助案件办结率",
            "rank",
            "<=",
            "",
            "前列",
            "南通市",
            "320600",
            "inferred",
        ),  # no scope: its city
    ]
    assert standings(kind="rank") == [r for r in every if r[1] == "rank"]
    assert standings(againstCode="320000") == [r for r in every if r[6] == "320000"]
    assert standings(kind="average", againstCode="320600") == [every[3]]
    assert standings(againstCode="") == [every[4]]


def test_shared_citations(graph) -> None:
    assert rows(graph, "shared_citations") == [
        ("企业知识产权管理规范", "standard", "4"),
        ("十四五国家知识产权保护和运用规划", "plan", "2"),
        ("知识产权强国建设纲要(2021-2035年)", "policy", "2"),
    ]


def test_tasks_without_lead(graph, corpus_docs) -> None:
    doc = corpus_docs["000_7198047be529bd92"]
    named = [t for t in doc.tasks if any(r.basis in ("annotation", "table") for r in t.responsibilities)]
    no_lead = [t for t in named if not any(r.role == "lead" for r in t.responsibilities)]
    assert rows(graph, "tasks_without_lead") == [(doc.plan.title, str(len(no_lead)))]
    # 18 numbered tasks, and 4 paragraphs closing with a note naming no lead: measures of their tasks
    assert len(no_lead) == 22


def test_phases_timeline(graph) -> None:
    got = rows(graph, "phases_timeline")
    assert len(got) == 9
    assert (
        "通州区国家知识产权强县建设示范县工作方案（2022-2025年）",
        "2",
        "组织实施",
        "2023-01",
        "2025-04",
    ) in got


def test_programme_regions(graph) -> None:
    got = {r[0]: int(r[1]) for r in rows(graph, "programme_regions")}
    assert got["正版正货"] == 4  # every plan with a known region but 004 (which has no region)
    assert got["贯标"] == 4


@pytest.mark.parametrize(
    "query",
    [
        "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
        "DELETE WHERE { ?s ?p ?o }",
        "LOAD <http://example.org/data.ttl>",
        "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { ?s ?p ?o } ; DROP ALL",
    ],
)
def test_sparql_is_read_only_and_local(graph, query: str) -> None:
    before = len(graph)
    with pytest.raises(QueryError):
        run_query(graph, query)
    assert len(graph) == before


def test_sparql_cli(tmp_path) -> None:
    out = tmp_path / "kg.ttl"
    assert CliRunner().invoke(app, ["export", "-o", str(out)]).exit_code == 0
    result = CliRunner().invoke(app, ["sparql", "financing_plans", "--data", str(out), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].strip() == "plan"
    assert len(result.stdout.strip().splitlines()) == 6


# The extraction models (the JSON contract the API serves) pinned to the one definition: every data
# property the model gives a class must exist as a field of the matching pydantic model, under its pg key.
CONTRACT = {
    "Task": ("Task", {}),
    "Goal": ("Goal", {}),
    "Target": ("Target", {}),
    "Phase": ("Phase", {}),
    "Responsibility": ("Responsibility", {}),
    "Agency": ("Agency", {}),
    "Plan": (
        "Plan",
        {"sha256": "Document.sha256", "period_start": "Period.start", "period_end": "Period.end"},
    ),
    "PolicyDocument": ("Citation", {"title": "Citation.normalized_title"}),
    "Evidence": ("Evidence", {"start": "Evidence.span", "end": "Evidence.span"}),
    "Indicator": ("Target", {"key": "Target.indicator_key"}),
}


@pytest.mark.parametrize("class_name", sorted(CONTRACT))
def test_json_contract_is_pinned_to_the_model(class_name: str) -> None:
    import policykg.models as models

    model_name, moved = CONTRACT[class_name]
    fields = set(getattr(models, model_name).model_fields)
    for prop in PROPERTIES:
        if prop.is_object or class_name not in prop.domain or prop.pg is None:
            continue
        if prop.pg in moved:
            owner, field = moved[prop.pg].split(".")
            assert field in getattr(models, owner).model_fields, (class_name, prop.name)
        else:
            assert prop.pg in fields, (
                f"{class_name}.{prop.name} has no field {prop.pg!r} in models.{model_name}"
            )


def test_streamed_ntriples_equal_the_graph(corpus_docs, memory_graph) -> None:
    import io

    from ontology.rdf import write_ntriples

    out = io.StringIO()
    write_ntriples(corpus_docs.values(), out)
    assert isomorphic(Graph().parse(data=out.getvalue(), format="nt"), memory_graph)


def test_on_disk_store_persists_and_answers(tmp_path, memory_graph) -> None:
    from ontology.rdf import open_store

    store = open_store(tmp_path / "kg")
    store += memory_graph
    store.close()
    reopened = open_store(tmp_path / "kg")
    assert len(reopened) == len(memory_graph)
    assert rows(reopened, "shared_citations")[0] == ("企业知识产权管理规范", "standard", "4")
    reopened.close()
    result = CliRunner().invoke(
        app, ["sparql", "financing_plans", "--store", str(tmp_path / "kg"), "-f", "csv"]
    )
    assert result.exit_code == 0, result.output
    assert len(result.stdout.strip().splitlines()) == 6
