"""Round 46: the full-width hyphen (－, U+FF0D) a full-width input mode types, as a WPS document written in
Chinese often holds, joins a range or a span as the dash and the half-width hyphen do.

What was read wrong before:

- a range in prose (达到10－15家, 年均增长10%－15%) read its upper end alone as a level (15, ``>=``) or lost
  it: a range, 10 to 15;
- an indicator table's cell 10－15 gave no target;
- a title's term (（2025－2027年）) gave a period of its last year alone (2027—2027);
- a 分工表 row of task numbers 1－2 was a task of its own (表1.1－2), not the plan's tasks 1 and 2.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import extracted

TITLE = "江西省上饶市婺源县知识产权强县建设工作方案（2025—2027年）\n"
TASKS = "\n二、重点任务\n（一）提升知识产权创造质量。由县市场监管局负责。\n"


@given(
    low=st.integers(min_value=1, max_value=40),
    span=st.integers(min_value=1, max_value=40),
    unit=st.sampled_from(["家", "件", "项", "%", "％", "亿元"]),
    both=st.booleans(),
)
@settings(max_examples=30, deadline=None)
def test_a_range_in_prose_joined_by_a_full_width_hyphen(low: int, span: int, unit: str, both: bool) -> None:
    high = low + span
    written = f"{low}{unit if both else ''}－{high}{unit}"
    doc = extracted(TITLE + f"一、工作目标\n到2027年，专利转化项目数量达到{written}。" + TASKS)[0]
    assert [(t.value, t.value_max, t.comparator) for t in doc.targets] == [(float(low), float(high), "range")]


@pytest.mark.parametrize("dash", ["－", "-", "—", "～"])
def test_a_table_cell_of_a_range_joined_by_any_dash(dash: str) -> None:
    table = (
        "一、工作目标\n表1 主要指标\n序号\t指标名称\t单位\t2024年基期值\t2027年目标值\t指标属性\n"
        f"1\t省级以上知识产权优势示范企业数量\t家\t6\t10{dash}15\t预期性\n"
    )
    doc = extracted(TITLE + table + TASKS)[0]
    got = [(t.kind, t.value, t.value_max, t.comparator) for t in doc.targets]
    assert got == [("baseline", 6.0, None, "="), ("target", 10.0, 15.0, "range")]


@pytest.mark.parametrize("dash", ["－", "—", "-", "～"])
def test_a_title_term_joined_by_a_full_width_hyphen(dash: str) -> None:
    doc = extracted(
        f"婺源县知识产权强县建设工作方案（2025{dash}2027年）\n一、工作目标\n到2027年，专利授权量达到500件。"
        + TASKS
    )[0]
    assert doc.plan.period is not None
    assert (doc.plan.period.start, doc.plan.period.end) == ("2025", "2027")


def test_a_division_row_of_task_numbers_joined_by_a_full_width_hyphen() -> None:
    text = (
        TITLE + "一、重点任务\n1.加强专利培育。\n2.加强执法。\n3.加强宣传。\n附件\n重点任务分工表\n"
        "任务序号\t牵头单位\t配合单位\n1－2\t县司法局\t县公安局\n3\t县委宣传部\t县融媒体中心\n"
    )
    doc = extracted(text)[0]
    got = {t.path: [(r.agency.surface, r.role) for r in t.responsibilities] for t in doc.tasks}
    assert got == {
        "一.1": [("县司法局", "lead"), ("县公安局", "support")],
        "一.2": [("县司法局", "lead"), ("县公安局", "support")],
        "一.3": [("县委宣传部", "lead"), ("县融媒体中心", "support")],
    }
