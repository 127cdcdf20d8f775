"""Round 45b: two counts in a Zhejiang city's three-year action plan whose tasks stand in an annex list. The
body announcing how many key tasks the plan sets out (实施12项重点任务，具体…见附件) was read as a target of 12;
the count of the plan's own key tasks or measures is now how the plan is laid out, no level aimed at
(targets.yaml criteria), as the count of them pointed at with 以下 / 上述 already was. And a span of the plan's
whole period before a verb of deals made (三年达成许可合同100项以上, 三年签订转让合同50份) makes a total over the
period (cumulative), as it does before 完成 or 培育 (targets.yaml span_total_verbs); a rate or a level after the
span is still none."""

from __future__ import annotations

import pytest

from tests.plans import extracted

PLAN = "某市知识产权强市建设三年行动计划（2024—2026年）\n二、重点任务\n（一）加强运用\n1.拓展服务。{words}（责任单位：市市场监管局）\n"


def _targets(words: str) -> list[tuple[str, float | None, int | None, list[str]]]:
    doc, _ = extracted(PLAN.format(words=words))
    return [(t.indicator, t.value, t.year, sorted(t.flags)) for t in doc.targets]


@pytest.mark.parametrize(
    "words",
    [
        "围绕创造、运用、保护、服务四个方面，实施12项重点任务，具体举措见附件。",
        "部署8大重点任务，明确责任分工。",
        "提出20条主要举措。",
        "聚焦6项主要任务，逐项明确责任单位。",
        "共安排15项重点措施。",
    ],
)
def test_the_count_of_the_plans_own_tasks_is_no_target(words: str) -> None:
    assert _targets(words) == []


def test_work_counted_beside_it_stays_a_target() -> None:
    assert _targets("实施12项重点任务，完成专利导航项目3项。") == [("完成专利导航项目", 3, 2026, [])]


@pytest.mark.parametrize(
    ("words", "indicator", "value"),
    [
        ("推广专利开放许可，三年达成许可合同100项以上。", "达成许可合同", 100),
        ("三年签订专利转让合同50份。", "签订专利转让合同", 50),
        ("未来三年签订产学研合作协议30项。", "签订产学研合作协议", 30),
    ],
)
def test_deals_made_over_the_plans_span_are_a_total(words: str, indicator: str, value: float) -> None:
    assert _targets(words) == [(indicator, value, 2026, ["cumulative"])]


@pytest.mark.parametrize(
    ("words", "flags"),
    [
        ("三年内转化率达到30%。", []),  # a rate after the span
        ("三年内每年签订许可合同20项。", ["annual"]),  # each year's
    ],
)
def test_a_rate_or_a_yearly_count_after_the_span_is_no_total(words: str, flags: list[str]) -> None:
    assert [t[3] for t in _targets(words)] == [flags]
