"""Task tables with header words the corpus does not use (主要责任单位 / 配合责任单位 / 时间安排) and
roles written inside a single 责任单位 cell ('区科技局（牵头）、…', 'A牵头，B配合'), in an HTML 工作要点."""

from __future__ import annotations

import pytest

from loaders import load_bytes
from policykg.extract.pipeline import extract_document
from policykg.models import Document
from tests.test_properties import assert_provenance

HEAD = [
    "海门区人民政府办公室关于印发海门区2025年知识产权工作要点的通知",
    "海门区2025年知识产权工作要点",
    "一、重点任务",
]
SPLIT_COLUMNS = [
    ["序号", "工作任务", "主要责任单位", "配合责任单位", "时间安排"],
    ["1", "开展专利导航服务", "区市场监管局", "区科技局、区工信局", "全年"],
    ["2", "推进知识产权质押融资", "区金融局", "区财政局等部门", "6月底前"],
]
ONE_COLUMN = [
    ["序号", "主要任务", "责任单位", "完成时限"],
    ["1", "培育高价值专利", "区科技局（牵头）、区市场监管局", "12月底"],
    ["2", "开展地理标志保护", "区农业农村局牵头，区市场监管局配合", "12月底"],
]


def _table(rows: list[list[str]]) -> str:
    return (
        "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>"
    )


@pytest.fixture(scope="module")
def haimen() -> tuple[Document, str]:
    body = "".join(f"<p>{line}</p>" for line in HEAD) + _table(SPLIT_COLUMNS)
    body += "<p>二、其他任务</p>" + _table(ONE_COLUMN)
    loaded = load_bytes(f"<html><body>{body}</body></html>".encode(), "haimen.html")
    return extract_document(loaded), loaded.text


def test_rows_get_lead_and_support_from_either_layout(haimen) -> None:
    doc, text = haimen
    got = {
        (t.path, t.title, t.deadline): [(r.agency.surface, r.role) for r in t.responsibilities]
        for t in doc.tasks
    }
    assert got == {
        ("一.表1.1", "开展专利导航服务", "全年"): [
            ("区市场监管局", "lead"),
            ("区科技局", "support"),
            ("区工信局", "support"),
        ],
        ("一.表1.2", "推进知识产权质押融资", "6月底前"): [("区金融局", "lead"), ("区财政局", "support")],
        ("二.表2.1", "培育高价值专利", "12月底"): [("区科技局", "lead"), ("区市场监管局", "support")],
        ("二.表2.2", "开展地理标志保护", "12月底"): [("区农业农村局", "lead"), ("区市场监管局", "support")],
    }
    assert {r.basis for t in doc.tasks for r in t.responsibilities} == {"table"}
    assert_provenance(doc, text)


def test_tables_are_recognised_as_task_tables(haimen) -> None:
    doc, _ = haimen
    assert [(t.role, t.header[2]) for t in doc.tables] == [("tasks", "主要责任单位"), ("tasks", "责任单位")]


def test_a_tables_deadlines_stay_in_its_rows() -> None:
    html = (
        "<h1>某区知识产权工作要点</h1><h2>二、重点任务</h2><p>（一）推进知识产权金融创新。落实风险补偿政策。</p>"
        "<table><tr><th>工作任务</th><th>责任单位</th><th>时间节点</th></tr>"
        "<tr><td>建立风险补偿资金池</td><td>区财政局（牵头）、区金融工作局</td><td>2023年9月底前</td></tr>"
        "<tr><td>开展银企对接活动4场</td><td>区金融工作局</td><td>2023年12月底前</td></tr></table>"
    )
    doc = extract_document(load_bytes(html.encode(), "plan.html"))
    assert {t.path: t.deadline for t in doc.tasks} == {
        "二.(一)": None,
        "二.(一).表1.1": "2023年9月底前",
        "二.(一).表1.2": "2023年12月底前",
    }


def test_a_responsible_column_beside_a_lead_column_lists_supporters() -> None:
    rows = [
        ["序号", "工作任务", "牵头单位", "责任单位", "完成时间"],
        ["1", "推进质押融资", "县地方金融监管局", "各乡镇（街道）", "2024年11月"],
        ["2", "培育高价值专利", "县市场监管局", "县科技局、县工信局", "2024年10月"],
    ]
    html = "<h1>沭阳县知识产权工作要点</h1><h2>一、重点任务</h2>" + _table(rows)
    doc = extract_document(load_bytes(html.encode(), "plan.html"))
    assert {t.path: [(r.agency.surface, r.role) for r in t.responsibilities] for t in doc.tasks} == {
        "一.表1.1": [("县地方金融监管局", "lead"), ("各乡镇（街道）", "support")],
        "一.表1.2": [("县市场监管局", "lead"), ("县科技局", "support"), ("县工信局", "support")],
    }


def test_targets_written_in_a_task_rows_cells_are_the_rows() -> None:
    rows = [
        ["序号", "工作任务", "具体内容", "牵头单位", "责任单位", "完成时间"],
        [
            "1",
            "培育高价值专利",
            "支持企业申报高价值专利培育项目不少于5个",
            "县市场监管局",
            "县科技局",
            "2024年10月",
        ],
        [
            "2",
            "推进质押融资",
            "实现知识产权质押融资额3000万元以上",
            "县地方金融监管局",
            "各乡镇（街道）",
            "2024年11月",
        ],
    ]
    html = "<h1>沭阳县知识产权工作要点</h1><h2>一、重点任务</h2>" + _table(rows)
    doc = extract_document(load_bytes(html.encode(), "plan.html"))
    got = [
        (t.value, t.unit, t.comparator, t.task_id.rsplit("/", 1)[-1] if t.task_id else None)
        for t in doc.targets
    ]
    assert got == [(5, "个", ">=", "一.表1.1"), (3000, "万元", ">=", "一.表1.2")]
    # The deadline column is not a target, and the agency columns give none.
    assert all(t.source == "prose" for t in doc.targets)


ANNEX_BY_NUMBER = """鼓楼区知识产权保护工作实施方案
一、重点任务
1.加强行政执法。开展专项行动。
2.推进快速维权。建设维权援助工作站。
3.强化司法保护。加大刑事打击力度。
附件：重点任务分工表

| 任务序号 | 牵头单位 | 配合单位 |
|---|---|---|
| 1-2 | 区市场监管局 | 区司法局 |
| 3 | 区公安分局 | 区人民法院 |
"""


def test_an_annex_table_naming_tasks_by_number_assigns_them() -> None:
    doc = extract_document(load_bytes(ANNEX_BY_NUMBER.encode(), "plan.md"))
    got = {t.path: [(r.agency.surface, r.role, r.basis) for r in t.responsibilities] for t in doc.tasks}
    enforcement = [("区市场监管局", "lead", "table"), ("区司法局", "support", "table")]
    assert got == {
        "一.1": enforcement,
        "一.2": enforcement,
        "一.3": [("区公安分局", "lead", "table"), ("区人民法院", "support", "table")],
    }  # and no tasks titled '1-2' or '3'
    quote = doc.tasks[2].responsibilities[0].quote
    assert quote == "区公安分局"


def test_task_numbers_that_name_two_tasks_assign_neither() -> None:
    text = ANNEX_BY_NUMBER.replace("3.强化司法保护。", "（二）其他\n1.强化司法保护。")
    doc = extract_document(load_bytes(text.encode(), "plan.md"))
    # '1' is now two items: the row for 1-2 names only task 2 for sure.
    named = {t.path: {r.agency.surface for r in t.responsibilities if r.basis == "table"} for t in doc.tasks}
    assert named["一.2"] == {"区市场监管局", "区司法局"}
    assert not named["一.1"]
