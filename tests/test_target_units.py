"""The bodies a plan names for its targets themselves (Target.responsibilities).

What was read wrong before: a target table's unit columns (指标 | 2025年目标 | 责任单位, or 牵头单位 | 配合单位)
and a note closing a goal's sentence (…达到5家以上。（责任单位：市工信局、市科技局）), or a line naming
units alone below it (…达到80分以上。↵责任单位：区市场监管局、区司法局), were dropped: a target
named no body, so no one could ask which agency answers for which target. Now each target of such a row or
sentence holds those bodies, with their roles and the cell or note as evidence; a 基期 column's value (where
the work starts) holds none, and a target of a task holds none of its own (the task's responsibilities
name its bodies). In the graph they hang off the target (Target-[:HAS_RESPONSIBILITY]->Responsibility) and
are no agency's obligations; the API lists them per agency (GET /agencies/{id}/targets).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pyshacl import validate

from api.app import create_app
from api.settings import Settings
from graph.library import statement
from graph.store import CypherStore
from ontology.build import shapes_graph
from ontology.namespaces import PKG
from ontology.rdf import corpus_graph
from policykg.models import Document
from tests.plans import extracted
from tests.test_graph import assert_aggregates_match_the_facts

TABLE_PLAN = """# 瑞金市知识产权强县建设试点工作方案

## 一、工作目标

到2025年，全市知识产权创造、运用、保护、管理和服务能力显著提升。主要指标见下表。

| 序号 | 指标名称 | 2023年基数 | 2025年目标 | 责任单位 |
|---|---|---|---|---|
| 1 | 每万人口高价值发明专利拥有量（件） | 0.8 | 1.5 | 市市场监管局、市科技局 |
| 2 | 有效注册商标量（件） | 6500 | 8000 | 市市场监管局 |
| 3 | 知识产权质押融资额（亿元） | 0.5 | 1 | 市金融办 |

到2025年，培育知识产权优势企业5家以上。（责任单位：市工信局、市科技局）

## 二、重点任务

（一）加强专利培育。全年专利授权量达到900件。（责任单位：市科技局）
"""


def _units(doc: Document) -> dict[tuple[str, str], list[tuple[str, str, str]]]:
    return {
        (t.indicator, t.quote): [(r.agency.surface, r.role, r.basis) for r in t.responsibilities]
        for t in doc.targets
    }


def test_a_target_tables_unit_column_names_each_targets_bodies() -> None:
    doc, _ = extracted(TABLE_PLAN, "plan.md")
    units = _units(doc)
    assert units[("每万人口高价值发明专利拥有量", "1.5")] == [
        ("市市场监管局", "joint", "table"),
        ("市科技局", "joint", "table"),
    ]
    assert units[("有效注册商标量", "8000")] == [("市市场监管局", "sole", "table")]
    assert units[("知识产权质押融资额", "1")] == [("市金融办", "sole", "table")]
    # the 基期 column: where the work starts, no one's to reach
    assert units[("有效注册商标量", "6500")] == []
    forms = {r.form for t in doc.targets for r in t.responsibilities if r.basis == "table"}
    assert forms == {"表格列：责任单位"}


def test_a_note_closing_a_goals_sentence_names_its_targets_bodies() -> None:
    doc, _ = extracted(TABLE_PLAN, "plan.md")
    assert _units(doc)[("培育知识产权优势企业", "培育知识产权优势企业5家以上")] == [
        ("市工信局", "joint", "annotation"),
        ("市科技局", "joint", "annotation"),
    ]


def test_a_target_of_a_task_holds_the_tasks_bodies_not_its_own() -> None:
    doc, _ = extracted(TABLE_PLAN, "plan.md")
    (task,) = doc.tasks
    (own,) = [t for t in doc.targets if t.task_id == task.id]
    assert own.responsibilities == []
    assert [r.agency.surface for r in task.responsibilities] == ["市科技局"]


def test_bodies_named_only_for_targets_are_the_plans_agencies_holding_no_task() -> None:
    doc, _ = extracted(TABLE_PLAN, "plan.md")
    held = {a.name: a.responsibilities for a in doc.agencies}
    assert held["瑞金市地方金融监督管理局"] == 0
    assert held["瑞金市科学技术局"] == 1


def test_lead_and_support_columns_give_roles() -> None:
    doc, _ = extracted(
        "某县知识产权工作方案\n一、主要目标\n"
        "<table><tr><th>指标</th><th>2025年</th><th>牵头单位</th><th>配合单位</th></tr>"
        "<tr><td>发明专利授权量（件）</td><td>120</td><td>县市场监管局</td><td>县科技局、县工信局</td></tr>"
        "</table>",
        "plan.html",
    )
    (target,) = doc.targets
    assert [(r.agency.surface, r.role) for r in target.responsibilities] == [
        ("县市场监管局", "lead"),
        ("县科技局", "support"),
        ("县工信局", "support"),
    ]


@pytest.mark.parametrize(
    ("goals", "expected"),
    [
        # each target its own note
        (
            "到2025年，发明专利授权量达到120件（责任单位：县科技局），注册商标总量达到5000件（责任单位：县市场监管局）。",
            {"发明专利授权量": ["县科技局"], "注册商标总量": ["县市场监管局"]},
        ),
        # one note after the sentence: both of its targets
        (
            "到2025年，发明专利授权量达到120件，注册商标总量达到5000件。（责任单位：县市场监管局）",
            {"发明专利授权量": ["县市场监管局"], "注册商标总量": ["县市场监管局"]},
        ),
        # a note after the next sentence is that sentence's
        (
            "到2025年，发明专利授权量达到120件。注册商标总量达到5000件。（责任单位：县市场监管局）",
            {"发明专利授权量": [], "注册商标总量": ["县市场监管局"]},
        ),
    ],
)
def test_which_targets_a_goals_note_speaks_for(goals: str, expected: dict[str, list[str]]) -> None:
    doc, _ = extracted(
        "某县知识产权强县建设工作方案\n一、工作目标\n" + goals + "\n二、重点任务\n（一）开展培训。\n"
    )
    assert {t.indicator: [r.agency.surface for r in t.responsibilities] for t in doc.targets} == expected


def test_in_the_graph_a_targets_bodies_are_no_obligations(store: CypherStore) -> None:
    doc, _ = extracted(TABLE_PLAN, "plan.md")
    store.load([doc])
    found = store.query(
        "MATCH (t:Target)-[:HAS_RESPONSIBILITY]->(r:Responsibility)-[:HELD_BY]->(a:Agency) "
        "WHERE t.quote = $quote RETURN a.name AS agency, r.role AS role, r.quote AS quote ORDER BY agency",
        {"quote": "1.5"},
    ).rows
    assert [(row["agency"], row["role"]) for row in found] == [
        ("瑞金市市场监督管理局", "joint"),
        ("瑞金市科学技术局", "joint"),
    ]
    assert all(row["quote"] == "市市场监管局、市科技局" for row in found)
    counts = {
        row["name"]: row["obligations"]
        for row in store.query("MATCH (a:Agency) RETURN a.name AS name, a.obligations AS obligations").rows
    }
    assert counts["瑞金市科学技术局"] == 1  # its task, not its two targets
    assert counts.get("瑞金市地方金融监督管理局") in (None, 0)
    # deleting another plan recounts the agencies it named from the facts: still their tasks' responsibilities
    # only (FalkorDB had counted a target's through an OPTIONAL MATCH whose last node failed only its label)
    other, _ = extracted(
        "瑞金市2025年知识产权工作要点\n一、重点任务\n（一）开展专利导航。（责任单位：市科技局）\n"
    )
    store.load([other])
    store.delete(other.id)
    again = {
        row["name"]: row["obligations"]
        for row in store.query("MATCH (a:Agency) RETURN a.name AS name, a.obligations AS obligations").rows
    }
    assert again["瑞金市科学技术局"] == 1


LEAD_TABLE_PLAN = """瑞金市2025年知识产权工作要点
一、主要目标
<table><tr><th>指标</th><th>2025年</th><th>牵头单位</th><th>配合单位</th></tr>
<tr><td>发明专利授权量（件）</td><td>120</td><td>市科技局</td><td>市市场监管局</td></tr>
<tr><td>地理标志商标（件）</td><td>3</td><td>市市场监管局</td><td>市农业农村局</td></tr>
</table>
二、重点任务
（一）开展专利导航。（责任单位：市科技局）
"""


def _kept(store: CypherStore) -> dict[str, tuple[int, int, int]]:
    found = store.query(
        "MATCH (a:Agency) RETURN a.name AS name, a.targets AS targets, a.lead_targets AS lead, "
        "a.obligations AS obligations"
    ).rows
    return {str(r["name"]): (r["targets"], r["lead"], r["obligations"]) for r in found}


def test_agencies_keep_count_of_the_targets_they_are_named_for(store: CypherStore) -> None:
    doc, _ = extracted(TABLE_PLAN, "plan.md")
    lead, _ = extracted(LEAD_TABLE_PLAN, "lead.html")
    store.load([doc])
    assert _kept(store)["瑞金市科学技术局"] == (2, 0, 1)  # two targets (joint), one task
    assert _kept(store)["瑞金市地方金融监督管理局"] == (1, 0, 0)
    assert_aggregates_match_the_facts(store)
    store.load([lead])
    kept = _kept(store)
    assert kept["瑞金市科学技术局"] == (3, 1, 2)
    assert kept["瑞金市市场监督管理局"][:2] == (4, 1)
    assert_aggregates_match_the_facts(store)
    ranking = store.query(statement("agency_targets"), {"limit": 10}).rows
    assert [(r["agency"], r["targets"], r["lead"]) for r in ranking[:2]] == [
        ("瑞金市市场监督管理局", 4, 1),
        ("瑞金市科学技术局", 3, 1),
    ]
    assert all(r["targets"] > 0 for r in ranking)
    store.delete(lead.id)  # recounted from the facts
    assert _kept(store)["瑞金市科学技术局"] == (2, 0, 1)
    assert_aggregates_match_the_facts(store)
    # a store loaded before the counters existed gets them when opened
    store._write("MATCH (a:Agency) REMOVE a.targets, a.lead_targets")
    assert not store.query(statement("agency_targets"), {"limit": 10}).rows
    store.ensure_schema()
    assert _kept(store)["瑞金市科学技术局"] == (2, 0, 1)
    assert_aggregates_match_the_facts(store)


def test_in_rdf_a_targets_bodies_conform_to_the_shapes() -> None:
    doc, _ = extracted(TABLE_PLAN, "plan.md")
    g = corpus_graph([doc])
    held = [t for t in g.subjects(PKG.hasResponsibility, None) if (t, PKG.forIndicator, None) in g]
    assert len(set(held)) == 4  # three table targets and the goal's
    conforms, _, report = validate(g, shacl_graph=shapes_graph(), inference="none")
    assert conforms, report


def test_the_api_lists_the_targets_plans_name_an_agency_for(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, write_token="t0ken")
    with TestClient(create_app(settings)) as client:
        created = client.post(
            "/documents",
            files={"file": ("plan.md", TABLE_PLAN.encode(), "text/markdown")},
            headers={"Authorization": "Bearer t0ken"},
        )
        assert created.status_code == 201, created.text
        found = client.get("/agencies", params={"q": "科学技术局"}).json()["items"]
        (science,) = [a["id"] for a in found]
        page = client.get(f"/agencies/{science}/targets").json()
        assert page["total"] == 2
        assert [(t["indicator"], t["value"], t["role"], t["basis"]) for t in page["items"]] == [
            ("培育知识产权优势企业", 5.0, "joint", "annotation"),
            ("每万人口高价值发明专利拥有量", 1.5, "joint", "table"),
        ]
        table = page["items"][1]
        assert table["evidence"]["quote"] == "市市场监管局、市科技局"
        assert [c["name"] for c in table["co_responsible"]] == ["瑞金市市场监督管理局"]
        assert client.get(f"/agencies/{science}/targets", params={"role": "lead"}).json()["total"] == 0
        assert [a["targets"] for a in found] == [2]  # the agencies' list counts them beside the obligations
        assert client.get(f"/agencies/{science}").json()["targets"] == 2
        # the agency's obligations are its one task's, not its targets
        assert client.get(f"/agencies/{science}/obligations").json()["total"] == 1
        assert client.get("/agencies/agency/none/targets").status_code == 404
        created = client.post(
            "/documents",
            files={"file": ("lead.html", LEAD_TABLE_PLAN.encode(), "text/html")},
            headers={"Authorization": "Bearer t0ken"},
        )
        assert created.status_code == 201, created.text
        # totals from the kept counters (all, lead) and walked (a plan, another role) agree with the pages
        for params in ({}, {"role": "lead"}, {"role": "joint"}, {"plan": created.json()["id"]}):
            page = client.get(f"/agencies/{science}/targets", params=params).json()
            assert page["total"] == len(page["items"]), params
        assert client.get(f"/agencies/{science}/targets", params={"role": "lead"}).json()["total"] == 1


def test_a_line_naming_units_below_a_goals_paragraph_names_its_last_sentences_targets() -> None:
    doc, _ = extracted(
        "某区知识产权强区建设工作方案\n一、工作目标\n"
        "（一）保护水平明显提高。到2025年，发明专利授权量达到120件。知识产权保护社会满意度达到80分以上。\n"
        "责任单位：区市场监管局、区司法局\n"
        "二、重点任务\n（一）开展培训。（责任单位：区科技局）\n"
    )
    units = {t.indicator: [r.agency.surface for r in t.responsibilities] for t in doc.targets}
    assert units == {"发明专利授权量": [], "知识产权保护社会满意度": ["区市场监管局", "区司法局"]}
