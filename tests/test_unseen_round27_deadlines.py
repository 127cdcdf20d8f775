"""Round 27: time limits and titles of a task list as a county-level city of Gansu writes it.

What was read wrong before:

- a note's time limit under any label of the vocabulary's deadline columns (时限：, 推进时间：, 时间安排：) or
  under 时间 alone opening a field of the note (（责任单位：市市场监管局　时间：4月中下旬）) gave the task no
  deadline: only 完成时限, 时间节点 and 完成时间 were read, written into the pattern; the labels are now the
  vocabulary's (document_types.yaml), and 时间 is one when it opens a field before a colon (活动时间：…
  and 时间为3个月 are none);
- a title closed by a comma before its note (推进专利转化专项行动，（责任单位：…）) kept the comma.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import extracted

LINXIA = "临夏市2024年知识产权工作任务清单\n一、重点任务\n"


def _first_task(
    note: str, work: str = "1.组织知识产权宣传周活动。"
) -> tuple[str | None, str | None, str | None]:
    doc, _ = extracted(LINXIA + work + note + "\n2.开展知识产权培训。（责任单位：市科技局）\n")
    task = doc.tasks[0]
    return task.title, task.deadline, task.deadline_date


@pytest.mark.parametrize(
    ("note", "deadline", "date"),
    [
        ("（责任单位：市市场监管局；时间：4月中下旬）", "4月中下旬", "2024-04"),
        ("（责任单位：市市场监管局　时间：4月中下旬）", "4月中下旬", "2024-04"),
        ("（责任单位：市市场监管局；时限：2024年9月）", "2024年9月", "2024-09"),
        ("（责任单位：市市场监管局；推进时间：2024年全年）", "2024年全年", "2024"),
        ("（责任单位：市市场监管局；时间安排：2024年10月底前）", "2024年10月底前", "2024-10"),
        ("（责任单位：市市场监管局；完成时限：4月底前）", "4月底前", "2024-04"),
    ],
)
def test_a_note_states_its_time_limit_under_any_label(note: str, deadline: str, date: str) -> None:
    assert _first_task(note)[1:] == (deadline, date)


@pytest.mark.parametrize(
    "work",
    ["1.组织知识产权宣传周活动，活动时间：2024年5月。", "1.组织知识产权宣传周活动，时间为3个月。"],
)
def test_time_inside_another_word_or_before_wei_is_no_label(work: str) -> None:
    assert _first_task("（责任单位：市市场监管局）", work)[1] is None


def test_a_title_closed_by_a_comma_before_its_note_loses_the_comma() -> None:
    title, deadline, _ = _first_task(
        "（责任单位：市科技局；完成时限：2025年6月前）。", "1.推进专利转化专项行动，"
    )
    assert (title, deadline) == ("推进专利转化专项行动", "2025年6月前")


@settings(max_examples=40, deadline=None)
@given(
    gap=st.sampled_from(["；", "，", "　", " ", "；\n"]),
    month=st.integers(min_value=1, max_value=12),
    part=st.sampled_from(["", "底前", "中旬", "中下旬", "底"]),
)
def test_a_month_under_the_bare_time_label_dates_the_task_in_the_plans_year(
    gap: str, month: int, part: str
) -> None:
    words = f"{month}月{part}"
    _, deadline, date = _first_task(f"（责任单位：市市场监管局{gap}时间：{words}）")
    assert (deadline, date) == (words, f"2024-{month:02d}")
