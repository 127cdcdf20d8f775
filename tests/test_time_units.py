"""Minutes and teaching hours are units of their own (targets.yaml units 分钟, 学时, 课时): 30分钟 is no 30 分 (the
points a satisfaction score counts) with 钟 left in the indicator, and 40学时 is a count of hours taught."""

from __future__ import annotations

import pytest

from tests.plans import extracted

HEAD = "某县2025年知识产权工作要点\n一、重点任务\n（一）加强宣传培训。"
TAIL = "（县市场监管局负责）\n"


def _targets(words: str) -> list[tuple[str, float | None, str | None]]:
    doc, _ = extracted(HEAD + words + TAIL)
    return [(t.indicator, t.value, t.unit) for t in doc.targets]


@pytest.mark.parametrize(
    ("words", "indicator", "value", "unit"),
    [
        ("宣讲时间不少于20分钟。", "宣讲时间", 20.0, "分钟"),
        ("年度知识产权培训不少于40学时。", "知识产权培训", 40.0, "学时"),
        ("企业知识产权专员培训达到32课时。", "企业知识产权专员培训", 32.0, "课时"),
        ("知识产权保护社会满意度达到85分。", "知识产权保护社会满意度", 85.0, "分"),
    ],
)
def test_time_units(words: str, indicator: str, value: float, unit: str) -> None:
    assert _targets(words) == [(indicator, value, unit)]


def test_minutes_leave_no_character_in_the_indicator() -> None:
    assert all("钟" not in indicator for indicator, _, _ in _targets("开展知识产权培训，每次不少于30分钟。"))
