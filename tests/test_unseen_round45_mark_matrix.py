"""Round 45: a task table laid out as a mark matrix, one column per body (often under a merged 责任单位
cell), each row marking the bodies' parts with signs that a legend beside the table explains (注：●为牵头单位，
○为配合单位。). Such a table was read as a 责任单位 column of signs, naming no one. The signs are data
(document_types.yaml task_table_columns mark_signs), the legend's labels and their roles roles.yaml's; the
legend may stand under the table, above it or in a header cell, sign first or label first, and a sign may be
any of the signs or a quoted character (“牵”为牵头单位). Tables of signs without a legend, and a time column
marked by year, are read as before."""

from __future__ import annotations

import pytest

from policykg.extract.mark_matrix import read_legend
from tests.plans import extracted, plan_units

HEAD = "某市知识产权强市建设实施方案\n\n一、重点任务\n（一）培育高价值专利。支持企业组建培育中心。\n" + (
    "（二）加强知识产权行政保护。开展专项执法行动。\n（三）完善公共服务体系。建设服务网点。\n\n附件：重点任务分工表\n\n"
)


def _roles(units: dict[str, list[tuple[str, str, str]]], path: str) -> dict[str, str]:
    return {surface: role for surface, role, _ in units[path]}


def _markdown(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


BODIES = ["市市场监管局", "市科技局", "市公安局", "市财政局"]
TASKS = ["培育高价值专利", "加强知识产权行政保护", "完善公共服务体系"]


def _matrix(lead: str, support: str) -> list[list[str]]:
    return [
        ["1", TASKS[0], lead, lead, "", support],
        ["2", TASKS[1], lead, "", support, ""],
        ["3", TASKS[2], lead, "", "", ""],
    ]


EXPECTED = {
    "一.(一)": {"市市场监管局": "lead", "市科技局": "lead", "市财政局": "support"},
    "一.(二)": {"市市场监管局": "lead", "市公安局": "support"},
    "一.(三)": {"市市场监管局": "lead"},
}


@pytest.mark.parametrize(
    ("lead", "support", "legend", "above"),
    [
        ("●", "○", "注：●为牵头单位，○为配合单位。", False),
        ("★", "☆", "说明：★表示牵头单位；☆表示配合单位", False),
        ("√", "○", "备注：“√”代表牵头部门，“○”代表参与部门。", False),
        ("◎", "△", "◎ 牵头  △ 配合", True),
        ("牵", "配", "注：表中“牵”为牵头单位，“配”为配合单位。", False),
        ("▲", "■", "牵头单位：▲；配合单位：■", True),
    ],
)
def test_markdown_matrix_with_its_legend(lead: str, support: str, legend: str, above: bool) -> None:
    table = _markdown(["序号", "重点任务", *BODIES], _matrix(lead, support))
    annex = f"{legend}\n\n{table}" if above else f"{table}\n{legend}\n"
    units = plan_units(HEAD, annex, "plan.md")
    for path, roles in EXPECTED.items():
        assert _roles(units, path) == roles


def test_html_matrix_under_a_merged_header() -> None:
    head = "".join(f"<th>{b}</th>" for b in ["市场监管", "科技", "公安", "财政"])
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in _matrix("●", "○"))
    html = (
        "<html><body><h1>某市知识产权强市建设实施方案</h1><p>一、重点任务</p>"
        "<p>（一）培育高价值专利。支持企业组建培育中心。</p><p>（二）加强知识产权行政保护。开展专项执法行动。</p>"
        "<p>（三）完善公共服务体系。建设服务网点。</p><p>附件：重点任务分工表</p><table>"
        '<tr><th rowspan="2">序号</th><th rowspan="2">重点任务</th><th colspan="4">责任单位</th></tr>'
        f"<tr>{head}</tr>{rows}</table><p>注：●为牵头单位，○为配合单位。</p></body></html>"
    )
    units = plan_units("", html, "plan.html")
    assert _roles(units, "一.(一)") == {"市场监管": "lead", "科技": "lead", "财政": "support"}
    assert _roles(units, "一.(二)") == {"市场监管": "lead", "公安": "support"}


def test_legend_in_the_header_cell() -> None:
    table = _markdown(["序号", "重点任务", *BODIES], _matrix("★", "☆"))
    table = table.replace("| 序号 |", "| 序号（★牵头 ☆配合） |", 1)
    units = plan_units(HEAD, table, "plan.md")
    assert _roles(units, "一.(二)") == {"市市场监管局": "lead", "市公安局": "support"}


def test_sign_of_the_bodies_carrying_the_work() -> None:
    """√为责任单位: a label of no role marks those doing the work: one alone (sole), several (joint), beside a
    lead the supporters."""
    rows = [
        ["1", TASKS[0], "√", "√", "", ""],
        ["2", TASKS[1], "●", "", "√", ""],
        ["3", TASKS[2], "√", "", "", ""],
    ]
    table = _markdown(["序号", "重点任务", *BODIES], rows)
    units = plan_units(HEAD, table + "\n注：●为牵头单位，√为责任单位。\n", "plan.md")
    assert _roles(units, "一.(一)") == {"市市场监管局": "joint", "市科技局": "joint"}
    assert _roles(units, "一.(二)") == {"市市场监管局": "lead", "市公安局": "support"}
    assert _roles(units, "一.(三)") == {"市市场监管局": "sole"}


def test_signs_without_a_legend_name_no_one() -> None:
    table = _markdown(["序号", "重点任务", *BODIES], _matrix("●", "○"))
    units = plan_units(HEAD, table, "plan.md")
    assert all(not units[path] for path in EXPECTED)


@pytest.mark.parametrize(
    ("words", "legend"),
    [
        ("注：●为牵头单位，○为配合单位。", (("●", "lead"), ("○", "support"))),
        ("★表示牵头，☆表示参与", (("★", "lead"), ("☆", "support"))),
        ("“牵”为牵头单位、“配”为配合单位", (("牵", "lead"), ("配", "support"))),
        ("牵头部门：√；协同部门：○", (("√", "lead"), ("○", "support"))),
        ("√为责任单位", (("√", None),)),
        ("市科技局为牵头单位，市财政局为配合单位。", ()),
        ("各牵头单位要会同配合单位制定措施。", ()),
    ],
)
def test_legend_words(words: str, legend: tuple[tuple[str, str | None], ...]) -> None:
    assert read_legend(words) == legend


def test_matrix_as_the_plan_s_own_task_list() -> None:
    """A task list that is itself the matrix: each row a task, with its bodies' signs and its time limit."""
    table = _markdown(
        ["序号", "工作任务", "县市场监管局", "县科技局", "县农业农村局", "完成时限"],
        [
            ["1", "开展专利导航项目2项", "★", "☆", "", "2025年12月底前"],
            ["2", "培育地理标志商标1件", "☆", "", "★", "2025年10月底前"],
        ],
    )
    doc, _ = extracted(
        f"某县2025年知识产权工作任务清单\n\n{table}\n说明：★表示牵头单位，☆表示配合单位。\n", "plan.md"
    )
    rows = {t.title: t for t in doc.tasks}
    first, second = rows["开展专利导航项目2项"], rows["培育地理标志商标1件"]
    assert {(r.agency.surface, r.role) for r in first.responsibilities} == {
        ("县市场监管局", "lead"),
        ("县科技局", "support"),
    }
    assert {(r.agency.surface, r.role) for r in second.responsibilities} == {
        ("县市场监管局", "support"),
        ("县农业农村局", "lead"),
    }
    assert (first.deadline, second.deadline) == ("2025年12月底前", "2025年10月底前")


def test_years_marked_under_a_time_column_stay_times() -> None:
    """●为牵头单位 beside a table whose only signed columns are years (时间安排 over 2024年 | 2025年): no
    body's column, the time read from the last year marked as before."""
    table = _markdown(
        ["序号", "工作任务", "牵头单位", "时间安排2024年", "时间安排2025年"],
        [["1", "开展专利导航", "县市场监管局", "●", "●"], ["2", "培育地理标志", "县农业农村局", "●", ""]],
    )
    doc, _ = extracted(f"某县知识产权工作任务清单\n\n{table}\n注：●为牵头单位。\n", "plan.md")
    rows = {t.title: t for t in doc.tasks}
    assert [(r.agency.surface, r.role) for r in rows["开展专利导航"].responsibilities] == [
        ("县市场监管局", "lead")
    ]


def test_a_field_alone_over_its_column_names_its_body() -> None:
    """市场监管, 科技, 工信, 宣传 over narrow columns: kept as written, the body read with its ending (局, 部)."""
    rows = [
        ["1", TASKS[0], "●", "○", "○", "○"],
        ["2", TASKS[1], "●", "", "", "○"],
        ["3", TASKS[2], "●", "", "", ""],
    ]
    table = _markdown(["序号", "重点任务", "市场监管", "科技", "工信", "宣传"], rows)
    doc, _ = extracted(
        HEAD.replace("某市", "肇庆市", 1) + table + "\n注：●为牵头单位，○为配合单位。\n", "plan.md"
    )
    named = {
        (r.agency.surface, r.agency.type, r.role)
        for t in doc.tasks
        if t.path == "一.(一)"
        for r in t.responsibilities
    }
    assert named == {
        ("市场监管", "market_regulation", "lead"),
        ("科技", "science_tech", "support"),
        ("工信", "industry_it", "support"),
        ("宣传", "publicity_department", "support"),
    }
