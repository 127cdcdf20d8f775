"""Round 46: value cells of an indicator table that state a change rather than a level, as a county's goals
table writes them under 2024年基期值 | 2027年目标值 (婺源县's WPS scheme and wordings like it).

What was read wrong before:

- a cell opening with a yearly growth (年均增长15%) was a growth without ``annual``, while the same words in
  prose give both, and it grew from no year: it is yearly, grown from the table's starting year as a row
  labelled 年均增长（%） is;
- a cell opening with a word of a rate (年均增速15%, 年均增幅8%以上, 年增长率10%: targets.yaml rate_words, which
  close a measure in prose) was read as a phrase of its own, losing its growth and the row's attribute;
- a cell naming the base period as its base (较基期增长20%, 比基期提高20%) had no base year: the base column's
  year; and one opening with 在…基础上 (在2024年基础上翻一番, 在基期基础上增长20%) gave no target.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policykg.models import Target
from tests.plans import extracted

HEAD = (
    "江西省上饶市婺源县知识产权强县建设工作方案（2025—2027年）\n二、工作目标\n表1 主要指标\n"
    "序号\t指标名称\t单位\t{base}\t2027年目标值\t指标属性\n"
)
TASKS = "\n三、重点任务\n（一）提升知识产权创造质量。由县市场监管局负责。\n"


def _targets(cell: str, base: str = "2024年基期值", label: str = "知识产权质押融资额") -> list[Target]:
    text = HEAD.format(base=base) + f"1\t{label}\t亿元\t1.5\t{cell}\t预期性\n" + TASKS
    return [t for t in extracted(text)[0].targets if t.kind == "target"]


def _read(
    targets: list[Target],
) -> list[tuple[float | None, str | None, str, list[str], int | None, int | None]]:
    return [(t.value, t.unit, t.comparator, sorted(t.flags), t.year, t.base_year) for t in targets]


# 1. a yearly growth in a value cell


@pytest.mark.parametrize(
    ("cell", "comparator"),
    [
        ("年均增长15%", "="),
        ("年均增长15%以上", ">="),
        ("年均增速15%", "="),
        ("年均增幅15%", "="),
        ("年增长率15%", "="),
    ],
)
def test_a_cell_of_a_yearly_growth_is_yearly_and_grows_from_the_base_column(
    cell: str, comparator: str
) -> None:
    assert _read(_targets(cell)) == [(15.0, "%", comparator, ["annual", "expected", "growth"], 2027, 2024)]


@given(
    word=st.sampled_from(["年均增长", "年均增速", "年均增幅", "年均增长率"]),
    value=st.integers(min_value=1, max_value=60),
    base=st.integers(min_value=2021, max_value=2024),
    after=st.sampled_from(["", "以上", "左右"]),
)
@settings(max_examples=25, deadline=None)
def test_a_yearly_growth_cell_reads_as_the_prose_does(word: str, value: int, base: int, after: str) -> None:
    (got,) = _targets(f"{word}{value}%{after}", base=f"{base}年基期值")
    assert (got.value, got.unit, got.year, got.base_year) == (float(value), "%", 2027, base)
    assert {"annual", "growth", "expected"} <= set(got.flags)


def test_a_growth_of_no_year_stays_a_growth_from_no_base() -> None:
    # 增长20% under the target column: over the plan's time, not each year, and it names no base
    assert _read(_targets("增长20%")) == [(20.0, "%", "=", ["expected", "growth"], 2027, None)]


# 2. a cell whose base is the table's starting level


@pytest.mark.parametrize(
    ("cell", "value", "unit", "flags"),
    [
        ("较基期增长20%", 20.0, "%", ["expected", "growth"]),
        ("比基期提高20%", 20.0, "%", ["expected", "growth"]),
        ("较基期翻一番", 2.0, "倍", ["expected", "relative"]),
        ("在基期基础上增长20%", 20.0, "%", ["expected", "growth"]),
    ],
)
def test_a_cell_measured_from_the_base_period_is_measured_from_the_base_column(
    cell: str, value: float, unit: str, flags: list[str]
) -> None:
    for base, year in (("2024年基期值", 2024), ("2023年", 2023)):
        assert [(t.value, t.unit, sorted(t.flags), t.base_year) for t in _targets(cell, base=base)] == [
            (value, unit, flags, year)
        ]


def test_a_cell_opening_with_its_base_in_words_of_foundation_is_read() -> None:
    assert _read(_targets("在2024年基础上翻一番")) == [
        (2.0, "倍", ">=", ["expected", "relative"], 2027, 2024)
    ]


def test_a_cell_naming_its_own_year_keeps_it() -> None:
    assert [t.base_year for t in _targets("较2023年增长20%")] == [2023]
