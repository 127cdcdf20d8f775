"""Round 45c: a task whose own note names one body doing it (（责任单位：县市场监管局）, （由县科技局负责）,
sole) restated by an annex 任务分工表 row whose 牵头单位 cell names that body and whose 配合单位 cell is empty.
The row was read as a second responsibility, the same body leading nobody beside its sole one. A restating
row's lead with no helpers in the row now says what the note says (row_responsibilities: ``held_as``): the
body keeps its one role; a row naming helpers, a row naming another body, and a task with no note of its own
are read as before."""

from __future__ import annotations

import pytest

from tests.plans import extracted, named_units

HEAD = "某县知识产权强县建设工作方案\n一、重点任务\n"
ANNEX = "附件：重点任务分工表\n"
TABLE_HEAD = "| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |\n|---|---|---|---|---|\n"


def _roles(text: str, name: str = "plan.md") -> list[tuple[str, str]]:
    doc, _ = extracted(text, name)
    units = named_units(doc)
    path = next(p for p in units if p.endswith(("(三)", "3")))
    return sorted((surface, role) for surface, role, _ in units[path])


def _plan(note: str, lead: str, support: str) -> str:
    return (
        HEAD
        + "（一）实施专利导航。开展产业专利导航分析。（县工业和信息化局牵头，县市场监管局配合）\n\n"
        + "（二）加强宣传培训。组织开展宣传周活动。（县委宣传部牵头，县教育局配合）\n\n"
        + f"（三）推进商标品牌建设。实施商标品牌培育工程，引导企业注册自主商标。{note}\n\n"
        + ANNEX
        + TABLE_HEAD
        + "| 1 | 实施专利导航 | 县工业和信息化局 | 县市场监管局 | 2025年12月 |\n"
        + "| 2 | 加强宣传培训 | 县委宣传部 | 县教育局 | 每年4月 |\n"
        + f"| 3 | 推进商标品牌建设 | {lead} | {support} | 持续推进 |\n"
    )


@pytest.mark.parametrize(
    ("note", "lead", "support", "expected"),
    [
        ("（责任单位：县市场监管局）", "县市场监管局", " ", [("县市场监管局", "sole")]),
        ("（由县市场监管局负责）", "县市场监管局", "—", [("县市场监管局", "sole")]),
        ("（县科技局负责）", "县科技局", "/", [("县科技局", "sole")]),
        ("（责任单位：县知识产权局）", "县知识产权局", "无", [("县知识产权局", "sole")]),
    ],
)
def test_a_lone_lead_restating_a_sole_doer_is_one_role(
    note: str, lead: str, support: str, expected: list[tuple[str, str]]
) -> None:
    assert _roles(_plan(note, lead, support)) == expected


def test_a_row_naming_helpers_keeps_its_lead_and_helpers() -> None:
    roles = _roles(_plan("（责任单位：县市场监管局）", "县市场监管局", "县商务局"))
    assert ("县市场监管局", "lead") in roles
    assert ("县商务局", "support") in roles


def test_a_row_naming_another_lead_still_names_it() -> None:
    roles = _roles(_plan("（责任单位：县市场监管局）", "县商务局", " "))
    assert ("县商务局", "lead") in roles
    assert ("县市场监管局", "sole") in roles


def test_a_note_naming_a_lead_and_a_row_naming_it_alone_lead_once() -> None:
    assert _roles(_plan("（县市场监管局牵头）", "县市场监管局", " ")) == [("县市场监管局", "lead")]


def test_a_task_with_no_note_takes_the_rows_lead() -> None:
    assert _roles(_plan("", "县市场监管局", " ")) == [("县市场监管局", "lead")]


def test_the_same_shape_in_an_html_annex() -> None:
    rows = "".join(
        f"<tr><td>{n}</td><td>{task}</td><td>{lead}</td><td>{support}</td><td>持续推进</td></tr>"
        for n, task, lead, support in (
            (1, "实施专利导航", "县工业和信息化局", "县市场监管局"),
            (2, "加强宣传培训", "县委宣传部", "县教育局"),
            (3, "推进商标品牌建设", "县市场监管局", "&nbsp;"),
        )
    )
    page = (
        "<html><head><meta charset='utf-8'><title>某县知识产权强县建设工作方案</title></head><body>"
        "<p>某县知识产权强县建设工作方案</p><p>一、重点任务</p>"
        "<p>（一）实施专利导航。开展产业专利导航分析。（县工业和信息化局牵头，县市场监管局配合）</p>"
        "<p>（二）加强宣传培训。组织开展宣传周活动。（县委宣传部牵头，县教育局配合）</p>"
        "<p>（三）推进商标品牌建设。实施商标品牌培育工程，引导企业注册自主商标。（责任单位：县市场监管局）</p>"
        "<p>附件：重点任务分工表</p><table border='1'>"
        "<tr><td>序号</td><td>重点任务</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td></tr>"
        f"{rows}</table></body></html>"
    )
    assert _roles(page, "plan.html") == [("县市场监管局", "sole")]
