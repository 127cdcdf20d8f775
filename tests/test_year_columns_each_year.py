"""An indicator table with a column for each year of the plan's period holds each year's target: in a
2025—2026 plan, 2025年 | 2026年 are two targets, as 2025年 | 2026年 | 2027年 are three in a 2025—2027 plan.
Two columns that skip years (2025年 | 2027年 in a 2025—2027 plan) still read the first as where the plan
starts from, its baseline."""

from __future__ import annotations

import pytest

from tests.plans import extracted


def _table(period: str, years: list[str], values: list[str], suffix: str = "md") -> list[tuple[int, str]]:
    head = f"# 某县知识产权强县建设行动方案（{period}）\n\n## 一、主要目标\n\n"
    rows = (
        f"| 指标名称 | 单位 | {' | '.join(years)} |\n|{'---|' * (len(years) + 2)}\n"
        f"| 有效发明专利拥有量 | 件 | {' | '.join(values)} |\n"
    )
    doc, _ = extracted(head + rows, name=f"plan.{suffix}")
    return [(t.year or 0, t.kind) for t in doc.targets]


@pytest.mark.parametrize("period", ["2025—2026年", "2025-2026年", "2025年—2026年"])
def test_a_column_for_each_year_of_a_two_year_plan_is_a_target(period: str) -> None:
    assert _table(period, ["2025年", "2026年"], ["500", "600"]) == [(2025, "target"), (2026, "target")]


def test_three_years_were_read_so_already() -> None:
    got = _table("2025—2027年", ["2025年", "2026年", "2027年"], ["5", "6", "7"])
    assert got == [(2025, "target"), (2026, "target"), (2027, "target")]


@pytest.mark.parametrize(
    ("period", "years"),
    [("2025—2027年", ["2025年", "2027年"]), ("2022—2025年", ["2022年", "2025年"])],
)
def test_two_columns_that_skip_years_start_from_the_first(period: str, years: list[str]) -> None:
    first, last = (int(y[:4]) for y in years)
    assert _table(period, years, ["500", "700"]) == [(first, "baseline"), (last, "target")]


def test_a_year_before_the_period_is_the_baseline() -> None:
    got = _table("2025—2026年", ["2024年", "2025年", "2026年"], ["4", "5", "6"])
    assert got == [(2024, "baseline"), (2025, "target"), (2026, "target")]
