"""Standings: targets placed against an average (高于全市平均水平) or among peers (保持全市前3位), with the
region they are measured against, through extraction, the property graph, RDF and the API."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from hypothesis import given, settings
from hypothesis import strategies as st
from pyshacl import validate

from api.app import create_app
from api.settings import Settings
from graph.factory import open_store
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


@pytest.fixture(scope="module")
def doc() -> Document:
    return extract_document(load_bytes(PLAN.encode(), "plan.txt"))


def _row(t: object) -> tuple[object, ...]:
    return (
        t.indicator,  # type: ignore[attr-defined]
        t.comparator,  # type: ignore[attr-defined]
        t.value,  # type: ignore[attr-defined]
        t.unit,  # type: ignore[attr-defined]
        t.standing,  # type: ignore[attr-defined]
        t.reference,  # type: ignore[attr-defined]
        t.reference_region_id,  # type: ignore[attr-defined]
    )


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
        ("建成全省第一家知识产权服务中心", None),  # counts a thing
        ("培育全省前十三家示范企业", None),
        ("全市平均每万人拥有发明专利10件", None),  # no comparator before the average
        ("组织全市各镇（街道）开展宣传", None),
    ],
)
def test_standing_phrases(text: str, expected: tuple[object, ...] | None) -> None:
    found = find_standing(text, 0, len(text))
    got = None if found is None else (found.kind, found.comparator, found.value, found.reference)
    assert got == expected


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="全省市高于不低于保持前第三位名平均水平列一家，。123 ", max_size=30))
def test_a_standing_quotes_its_own_words(text: str) -> None:
    found = find_standing(text, 0, len(text))
    if found is not None:
        quoted = text[found.span[0] : found.span[1]]
        assert quoted.replace(" ", "").endswith(found.reference[len(found.scope) :])
        assert found.scope in quoted


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
