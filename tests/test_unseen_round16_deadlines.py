"""Round 16: a task's deadline written as 'within the year' and the work then done (年内完成导航项目1个,
力争年内建成保护工作站): in a plan for one year it is that year's end, as 年底前 is; before, such a task had no
deadline. 三年内 (a span) and 每年内 (a recurrence) are no such deadline.
"""

from __future__ import annotations

import pytest

from tests.plans import extracted

ANNUAL = "某某县2024年知识产权工作要点"
TERM = "某某县知识产权强县建设工作方案（2023—2025年）"


def _deadlines(title: str, body: str) -> list[tuple[str | None, str | None]]:
    doc, _ = extracted(f"{title}\n为推进工作，制定本要点。\n一、重点任务\n（一）开展专利导航。{body}\n")
    return [(t.deadline, t.deadline_date) for t in doc.tasks]


@pytest.mark.parametrize(
    ("body", "deadline"),
    [
        ("年内完成导航项目1个。（责任单位：县市场监管局）", "年内完成"),
        ("力争年内建成知识产权保护工作站。", "年内建成"),
        ("今年内出台专利导航工作指引。", "年内出台"),
    ],
)
def test_within_the_year_in_a_plan_for_one_year(body: str, deadline: str) -> None:
    assert _deadlines(ANNUAL, body) == [(deadline, "2024-12")]


def test_within_the_year_in_a_plan_for_several_years_has_no_date() -> None:
    assert _deadlines(TERM, "年内完成导航项目1个。") == [("年内完成", None)]


@pytest.mark.parametrize(
    "body", ["三年内完成导航项目3个。", "每年内完成导航项目1个。", "两年内建成保护中心。"]
)
def test_spans_and_recurrences_are_no_deadline(body: str) -> None:
    assert _deadlines(ANNUAL, body) == [(None, None)]
