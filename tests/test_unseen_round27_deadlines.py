"""Round 27: time limits, titles and phases of task lists and plans as a county-level city of Gansu and a
district of Guizhou write them.

What was read wrong before:

- a note's time limit under any label of the vocabulary's deadline columns (时限：, 推进时间：, 时间安排：) or
  under 时间 alone opening a field of the note (（责任单位：市市场监管局　时间：4月中下旬）) gave the task no
  deadline: only 完成时限, 时间节点 and 完成时间 were read, written into the pattern; the labels are now the
  vocabulary's (document_types.yaml), and 时间 is one when it opens a field before a colon (活动时间：…
  and 时间为3个月 are none);
- a title closed by a comma before its note (推进专利转化专项行动，（责任单位：…）) kept the comma;
- a phase's months written with their year once (总结验收阶段（2025年1—6月）, 2024年3至5月份) and a phase
  of a part of a year (（2025年下半年）, （2024年第三季度）) had no start or end; a deadline so written
  (2025年1—6月) named the year alone.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policykg.extract.phases import deadline_date, parse_range
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


ZHONGSHAN = (
    "六盘水市钟山区知识产权强区建设试点工作方案\n为加快推进知识产权强区建设试点工作，制定本方案。\n"
    "一、工作目标\n到2025年，全区有效发明专利拥有量达到300件。\n二、实施步骤\n"
    "（一）启动部署阶段（2023年3月—2023年5月）。制定方案，明确分工。\n"
    "（二）全面实施阶段：2023年6月至2024年12月。各单位按照分工推进各项任务。\n"
    "（三）总结验收阶段（2025年1—6月）。全面总结试点工作，迎接验收。\n"
    "第四阶段：巩固提升（2025年下半年）。总结经验，形成长效机制。\n"
    "三、保障措施\n（一）加强组织领导。\n"
)


def test_phases_of_months_of_one_year_and_of_a_part_of_a_year() -> None:
    doc, _ = extracted(ZHONGSHAN)
    assert [(p.name, p.start, p.end) for p in doc.phases] == [
        ("启动部署", "2023-03", "2023-05"),
        ("全面实施", "2023-06", "2024-12"),
        ("总结验收", "2025-01", "2025-06"),
        ("巩固提升", "2025-07", "2025-12"),
    ]


@pytest.mark.parametrize(
    ("words", "span"),
    [
        ("（2024年第三季度）", ("2024-07", "2024-09")),
        ("（2024年二季度）", ("2024-04", "2024-06")),
        ("（2025年上半年）", ("2025-01", "2025-06")),
        ("2024年3至5月份", ("2024-03", "2024-05")),
    ],
)
def test_parts_of_a_year_as_a_span(words: str, span: tuple[str, str]) -> None:
    assert parse_range(words) == span


@given(
    year=st.integers(min_value=2020, max_value=2030),
    first=st.integers(min_value=1, max_value=12),
    length=st.integers(min_value=0, max_value=11),
    joiner=st.sampled_from(["—", "-", "至", "到", "～", "－"]),
    tail=st.sampled_from(["", "底", "底前", "份"]),
)
def test_months_of_one_year_end_with_the_last(
    year: int, first: int, length: int, joiner: str, tail: str
) -> None:
    last = min(12, first + length)
    words = f"{year}年{first}{joiner}{last}月{tail}"
    assert parse_range(words) == (f"{year}-{first:02d}", f"{year}-{last:02d}")
    assert deadline_date(words) == f"{year}-{last:02d}"
