"""Standings: targets placed against an average (高于全市平均水平) or among peers (保持全市前3位), with the
region they are measured against, through extraction, the property graph, RDF and the API."""

from __future__ import annotations

from operator import attrgetter
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from hypothesis import given, settings
from hypothesis import strategies as st
from pyshacl import validate
from rdflib import Literal

from api.app import create_app
from api.settings import Settings
from graph.factory import open_store
from graph.rows import document_rows
from loaders import load_bytes
from ontology.build import shapes_graph
from ontology.namespaces import PKG
from ontology.rdf import corpus_graph
from policykg.extract.pipeline import extract_document
from policykg.extract.standings import find_standing
from policykg.models import Document

PLAN = """南通市通州区知识产权强区建设工作方案
一、工作目标
到2025年，全区万人高价值发明专利拥有量达到8件，高于全市平均水平；有效商标注册量保持全省前3位；知识产权质押融资额增幅不低于全省平均水平；有效注册商标总量稳居全市首位，突破55万件。
二、重点任务
（一）加强专利创造。推动企业申请发明专利，专利授权量增速力争位居全市前列，建成全省第一家知识产权服务中心。（责任单位：区市场监管局）
"""
#: The plan with a standing that names no one region (同类地区) and one that names no scope (保持前列: its
#: city, inferred): the query library's tests (test_graph.py, test_ontology.py) read them all from it.
LIBRARY_PLAN = (
    PLAN + "（二）强化知识产权保护。健全快速维权机制，知识产权侵权案件结案率高于同类地区平均水平，"
    "维权援助案件办结率保持前列。（责任单位：区司法局）\n"
)


@pytest.fixture(scope="module")
def doc() -> Document:
    return extract_document(load_bytes(PLAN.encode(), "plan.txt"))


_row = attrgetter("indicator", "comparator", "value", "unit", "standing", "reference", "reference_region_id")


def test_standings_in_a_plan(doc: Document) -> None:
    hvp = "万人高价值发明专利拥有量"
    assert [_row(t) for t in doc.targets] == [
        (hvp, ">=", 8, "件", None, None, None),
        (hvp, ">", None, None, "average", "全市平均水平", "320600"),  # the indicator of the number before it
        ("有效商标注册量", "<=", 3, "位", "rank", "全省前3位", "320000"),  # 3 is a rank, not a quantity
        ("知识产权质押融资额增幅", ">=", None, None, "average", "全省平均水平", "320000"),
        ("有效注册商标总量", "=", 1, "位", "rank", "全市首位", "320600"),
        ("有效注册商标总量", ">", 55, "万件", None, None, None),
        ("专利授权量增速", "<=", None, None, "rank", "全市前列", "320600"),  # in a task; 第一家 ranks nothing
    ]
    for t in doc.targets:
        assert PLAN[t.span[0] : t.span[1]] == t.quote
        assert t.year == 2025
    inherited = doc.targets[1]
    assert inherited.quote == "高于全市平均水平"
    assert inherited.indicator_evidence is not None
    assert inherited.indicator_evidence.quote == hvp
    assert doc.targets[-1].task_id is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("综合实力进入全省第一方阵", ("rank", "<=", None, "全省第一方阵")),
        ("稳居全市各县区第二位", ("rank", "=", 2, "全市各县区第二位")),
        ("进入全省前十名", ("rank", "<=", 10, "全省前十名")),
        ("侵权案件发生率低于全市平均水平", ("average", "<", None, "全市平均水平")),
        ("达到全国同类地区平均水平", ("average", ">=", None, "全国同类地区平均水平")),
        # a peer group written 县（区） as well as 县（市、区）
        ("主要指标位居全国县（区）前列", ("rank", "<=", None, "全国县（区）前列")),
        ("综合竞争力达到全省县（区）领先水平", ("rank", "<=", None, "全省县（区）领先水平")),
        ("专利授权量保持全市县（市、区）前三位", ("rank", "<=", 3, "全市县（市、区）前三位")),
        ("建成全省第一家知识产权服务中心", None),  # counts a thing
        ("培育全省前十三家示范企业", None),
        ("全市平均每万人拥有发明专利10件", None),  # no comparator before the average
        ("组织全市各镇（街道）开展宣传", None),
        # no scope written: the reference as written, the region left to the plan (see below)
        ("专利授权量增速保持前列", ("rank", "<=", None, "前列")),
        ("商标注册量稳居首位", ("rank", "=", 1, "首位")),
        ("排名第二位", ("rank", "=", 2, "第二位")),
        ("质押融资额增幅高于平均水平", ("average", ">", None, "平均水平")),
        ("结案率不低于各县区平均水平", ("average", ">=", None, "各县区平均水平")),
        ("在全省同类县区中保持前列", ("rank", "<=", None, "全省前列")),  # the scope of 在…中
        ("全市范围内位居前三位", ("rank", "<=", 3, "全市前三位")),
        ("关键技术达到领先水平", None),  # no scope: a level of quality, not a place among peers
        ("争当表率、走在前列", None),
        ("位列第一批试点", None),
        ("平均每万人拥有发明专利10件", None),
    ],
)
def test_standing_phrases(text: str, expected: tuple[object, ...] | None) -> None:
    found = find_standing(text, 0, len(text))
    got = None if found is None else (found.kind, found.comparator, found.value, found.reference)
    assert got == expected
    if found is not None:
        assert found.stated == ("全" in text)  # a scope written, before the standing or in it


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="在全省市中内高于不低于保持前第三位名平均水平列一家，。123 ", max_size=30))
def test_a_standing_quotes_its_own_words(text: str) -> None:
    found = find_standing(text, 0, len(text))
    if found is not None:
        quoted = text[found.span[0] : found.span[1]]
        assert quoted.replace(" ", "").endswith(found.reference[len(found.scope) :])
        assert found.scope in quoted
        assert found.stated == bool(found.scope)


def test_standings_in_the_graph_rdf_and_api(doc: Document, tmp_path: Path) -> None:
    with open_store(f"embedded:{tmp_path / 'graph'}") as store:
        store.ensure_schema()
        store.load([doc])
        rows = store.query(
            "MATCH (t:Target)-[:MEASURED_AGAINST]->(r:Region) WHERE t.standing IS NOT NULL "
            "RETURN t.indicator AS indicator, t.standing AS standing, t.reference AS reference, r.name AS region "
            "ORDER BY t.id"
        ).rows
    assert {(r["reference"], r["region"]) for r in rows} == {
        ("全市平均水平", "南通市"),
        ("全省前3位", "江苏省"),
        ("全省平均水平", "江苏省"),
        ("全市首位", "南通市"),
        ("全市前列", "南通市"),
    }
    graph = corpus_graph([doc])
    assert len(set(graph.subjects(PKG.standing, None))) == 5
    assert set(graph.objects(None, PKG.referenceBasis)) == {Literal("stated")}
    assert len(set(graph.subjects(PKG.measuredAgainst, None))) == 5
    conforms, _, report = validate(graph, shacl_graph=shapes_graph(), inference="none")
    assert conforms, report

    token = {"Authorization": "Bearer t"}
    app = create_app(Settings(data_dir=tmp_path / "api", write_token="t"))
    with TestClient(app) as client:
        uploaded = client.post(
            "/documents", files={"file": ("plan.txt", PLAN.encode(), "text/plain")}, headers=token
        )
        assert uploaded.status_code == 201, uploaded.text
        agency = "agency/320612/market_regulation"
        items = client.get(f"/agencies/{agency}/obligations").json()["items"]
        targets = [t for item in items for t in item["targets"]]
        assert {"standing": "rank", "reference": "全市前列"}.items() <= targets[0].items()
        sheet = client.get(f"/agencies/{agency}/obligations", params={"format": "csv"}).text
        assert "专利授权量增速 全市前列" in sheet


UNSCOPED = """南通市通州区知识产权强区建设工作方案
一、工作目标
到2025年，全区专利授权量增速保持前列，知识产权质押融资额增幅高于平均水平；在全省同类县区中，有效商标注册量位居前列；万人高价值发明专利拥有量高于全市平均水平。
"""


_reference = attrgetter("indicator", "reference", "reference_region_id", "reference_basis")


def test_a_standing_without_a_scope_is_measured_against_the_next_level_up() -> None:
    doc = extract_document(load_bytes(UNSCOPED.encode(), "plan.txt"))
    assert [_reference(t) for t in doc.targets] == [
        ("专利授权量增速", "前列", "320600", "inferred"),  # a county plan: its city
        ("知识产权质押融资额增幅", "平均水平", "320600", "inferred"),
        ("有效商标注册量", "全省前列", "320000", "stated"),  # 在全省…中 earlier in the sentence
        ("万人高价值发明专利拥有量", "全市平均水平", "320600", "stated"),
    ]
    city = UNSCOPED.replace("南通市通州区知识产权强区", "南通市知识产权强市").replace("全区", "全市")
    doc = extract_document(load_bytes(city.encode(), "plan.txt"))
    assert [_reference(t)[2:] for t in doc.targets[:2]] == [
        ("320000", "inferred")
    ] * 2  # a city: its province


def test_an_inferred_reference_is_told_apart_in_the_graph_and_rdf() -> None:
    doc = extract_document(load_bytes(UNSCOPED.encode(), "plan.txt"))
    targets = [t["props"] for t in document_rows(doc).nodes[("Target", ())].values()]
    assert sorted((t["reference"], t["reference_basis"]) for t in targets) == [
        ("全市平均水平", "stated"),
        ("全省前列", "stated"),
        ("前列", "inferred"),
        ("平均水平", "inferred"),
    ]
    graph = corpus_graph([doc])
    bases = sorted(str(b) for b in graph.objects(None, PKG.referenceBasis))
    assert bases == ["inferred", "inferred", "stated", "stated"]
    conforms, _, report = validate(graph, shacl_graph=shapes_graph(), inference="none")
    assert conforms, report


def test_no_region_no_basis(doc: Document) -> None:
    assert {t.reference_basis for t in doc.targets if t.reference_region_id} == {"stated"}
    assert {t.reference_basis for t in doc.targets if not t.reference_region_id} == {None}
