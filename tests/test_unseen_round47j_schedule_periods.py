"""Round 47: an annual plan's schedule laid out as a Gantt chart, 序号 | 工作任务 | 责任单位 | 推进时段（2025年）
over 1月 | 2月 | … | 12月 (or 一季度 … 四季度), the months a task runs marked (✓, ●) and a legend under it
(注：“✓”表示工作推进时段). The upper cell's word (时段, as 推进时段, 实施时段, 工作时段) was no time column's,
so a task's schedule gave it no deadline; and a year written in a bracket after the word belongs to the
upper cell, not to the period below it. Now 时段 names a time column (document_types.yaml
task_table_columns.deadline) and the bracket's year dates the periods that write none
(policykg/extract/tables.py ``_divided``): a task is due by the last period marked (2025年12月, 2025-12).
The marks are times, not roles: the bodies come from the 责任单位 cell alone."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import extracted, named_units

TASKS = ("实施高价值专利培育工程", "组织知识产权宣传周活动", "推动知识产权进校园")


def _plan(upper: str, periods: list[str], marks: list[list[int]], sign: str = "✓") -> str:
    """A web page: three tasks in the body naming nobody, then the schedule with a two-row header."""
    body = "".join(f"<p>{n}.{t}。围绕重点产业开展工作。</p>" for n, t in enumerate(TASKS, 1))
    head = (
        '<tr><th rowspan="2">序号</th><th rowspan="2">工作任务</th><th rowspan="2">责任单位</th>'
        f'<th colspan="{len(periods)}">{upper}</th></tr>'
        "<tr>" + "".join(f"<th>{p}</th>" for p in periods) + "</tr>"
    )
    units = (
        "区市场监管局（牵头）、区科技局",
        "区市场监管局（牵头）、区委宣传部",
        "区教育局（牵头）、区市场监管局",
    )
    rows = "".join(
        f"<tr><td>{n}</td><td>{t}</td><td>{u}</td>"
        + "".join(f"<td>{sign if i in marked else ''}</td>" for i in range(len(periods)))
        + "</tr>"
        for n, (t, u, marked) in enumerate(zip(TASKS, units, marks, strict=True), 1)
    )
    return (
        "<html><body><h1>某区2025年知识产权工作要点</h1><h2>一、重点任务</h2>"
        f"{body}<p>附件</p><p>重点工作推进计划表</p><table>{head}{rows}</table>"
        f"<p>注：“{sign}”表示工作推进时段。</p></body></html>"
    )


MONTHS = [f"{m}月" for m in range(1, 13)]


@pytest.mark.parametrize("word", ["推进时段", "实施时段", "工作时段"])
@pytest.mark.parametrize("sign", ["✓", "●", "√"])
def test_a_task_is_due_by_the_last_month_marked(word: str, sign: str) -> None:
    marks = [list(range(2, 12)), [3], [2, 3, 4, 8, 9, 10]]
    doc, _ = extracted(_plan(f"{word}（2025年）", MONTHS, marks, sign), "plan.html")
    due = {t.title: (t.deadline, t.deadline_date) for t in doc.tasks if t.title in TASKS}
    assert due == {
        "实施高价值专利培育工程": ("2025年12月", "2025-12"),
        "组织知识产权宣传周活动": ("2025年4月", "2025-04"),
        "推动知识产权进校园": ("2025年11月", "2025-11"),
    }
    # the marks are times: the bodies and roles come from the 责任单位 cell alone
    roles = {
        t.title: sorted((s, r) for s, r, _ in named_units(doc)[t.path]) for t in doc.tasks if t.title in TASKS
    }
    assert roles["组织知识产权宣传周活动"] == [("区委宣传部", "support"), ("区市场监管局", "lead")]


def test_quarters_under_a_dated_upper_cell() -> None:
    quarters = ["一季度", "二季度", "三季度", "四季度"]
    doc, _ = extracted(_plan("推进时段（2025年）", quarters, [[0, 1, 2, 3], [1], [0, 2]]), "plan.html")
    due = {t.title: t.deadline_date for t in doc.tasks if t.title in TASKS}
    assert due == {
        "实施高价值专利培育工程": "2025-12",
        "组织知识产权宣传周活动": "2025-06",
        "推动知识产权进校园": "2025-09",
    }


def test_a_period_writing_its_own_year_keeps_it() -> None:
    periods = ["2025年", "2026年", "2027年"]
    doc, _ = extracted(_plan("推进时段（2025—2027年）", periods, [[0, 1, 2], [0], [1]]), "plan.html")
    due = {t.title: t.deadline for t in doc.tasks if t.title in TASKS}
    assert due == {
        "实施高价值专利培育工程": "2027年",
        "组织知识产权宣传周活动": "2025年",
        "推动知识产权进校园": "2026年",
    }


@settings(max_examples=15, deadline=None)
@given(
    st.integers(2023, 2030),
    st.lists(st.lists(st.integers(0, 11), min_size=1, max_size=12, unique=True), min_size=3, max_size=3),
)
def test_the_last_marked_month_of_any_schedule(year: int, marks: list[list[int]]) -> None:
    plan = _plan(f"推进时段（{year}年）", MONTHS, marks).replace("2025年", f"{year}年")
    doc, _ = extracted(plan, "plan.html")
    due = {t.title: t.deadline_date for t in doc.tasks if t.title in TASKS}
    assert due == {t: f"{year}-{max(m) + 1:02d}" for t, m in zip(TASKS, marks, strict=True)}
