"""Round 44: two readings of counts. A count of the plan's own parts pointed at (重点抓好以下11项任务, 提出如下
8条措施) was read as a target; it says how the plan is laid out (targets.yaml criteria). And an indicators row's
note in brackets naming the span it counts over before its word (PCT国际专利申请量（三年累计）, （2025—2027年累计）,
（规划期内新增）) gave no flag, where （累计） alone gave cumulative: the span now goes with the note."""

from __future__ import annotations

import pytest

from policykg.extract.table_cells import row_label
from tests.plans import extracted


@pytest.mark.parametrize(
    "sentence",
    [
        "围绕创造、运用、保护和服务四个方面，重点抓好以下11项任务。",
        "现提出如下8条措施。",
        "从以下5个方面推进知识产权强县建设。",
        "上述12项重点工作由各责任单位抓好落实。",
        "结合实际，制定下列6项具体举措。",
    ],
)
def test_a_count_of_the_plans_parts_is_no_target(sentence: str) -> None:
    doc, _ = extracted(f"某市知识产权工作方案\n一、重点任务\n{sentence}\n全年发明专利授权量达到500件。\n")
    assert [(t.indicator, t.value) for t in doc.targets] == [("发明专利授权量", 500)]


def test_work_counted_after_such_words_stays_a_target() -> None:
    doc, _ = extracted(
        "某市知识产权工作方案\n一、重点任务\n完成以上工作的同时，新建知识产权保护工作站5家。\n"
    )
    assert [t.value for t in doc.targets] == [5]


@pytest.mark.parametrize(
    ("label", "name", "flags"),
    [
        ("PCT国际专利申请量（三年累计）", "PCT国际专利申请量", ("cumulative",)),
        ("知识产权质押融资额（2025—2027年累计）", "知识产权质押融资额", ("cumulative",)),
        ("专利导航项目（规划期内新增）", "专利导航项目", ("increment",)),
        ("地理标志商标（累计）", "地理标志商标", ("cumulative",)),
        # a span of the past counts no total of the plan, a span alone no note
        ("技术合同成交额（近三年累计）", "技术合同成交额（近三年累计）", ()),
        ("专利授权量（三年）", "专利授权量（三年）", ()),
    ],
)
def test_a_rows_note_after_its_span(label: str, name: str, flags: tuple[str, ...]) -> None:
    read = row_label(label)
    assert (read.name, read.flags) == (name, flags)


def test_the_indicators_table_flags_the_total() -> None:
    doc, _ = extracted(
        "某市知识产权强市建设方案（2025—2027年）\n一、主要目标\n"
        "| 指标 | 单位 | 2024年基数 | 2027年目标 |\n| --- | --- | --- | --- |\n"
        "| PCT国际专利申请量（三年累计） | 件 | — | 60 |\n| 有效发明专利拥有量 | 件 | 3260 | 4800 |\n",
        "plan.md",
    )
    totals = [(t.value, sorted(t.flags)) for t in doc.targets if t.value == 60]
    assert totals == [(60, ["cumulative"])]
