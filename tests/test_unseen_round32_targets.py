"""Round 32: numeric targets as a county plan of Guangxi and a city's three-year plan write them.

What was read wrong before:

- a year of the plan counted from its first opening a clause (第一年新增地理标志商标2件，第二年新增3件; 首年培育…;
  第二年，…) stood in the indicator (第一年新增地理标志商标), a later year's value took that indicator whole, and
  every such target was dated the plan's end year: the ordinal is the plan's year counted from its first
  (2024, 2025 in a plan for 2024—2026), and no part of the indicator; a calendar year noted after it
  (第一年（2024年）, 第一年即2024年) dates the clause;
- an indicator table whose value columns are the plan's years counted from its first (第一年 | 第二年 | 第三年)
  gave no target: each column is that year of the plan (from its first year), a target;
- a count said to hold each year of a span of years (2024—2025年，每年新增地理标志商标1件) was one target of the
  span's last year: one target a year, as for a list of years (2024年、2025年每年…), never a title's period;
- a later year's level written with its year alone (专利授权量2024年达到120件，2025年150件) was exactly that
  number (=): it is bounded as the level before it is (>=);
- a level of work to complete written with 完成 just before its number (质押融资金额确保完成1.2亿元) kept
  确保完成 in the indicator and read as exactly that level: 完成 after a measure's noun reads as 达到 does (>=),
  while a 完成 elsewhere (全年完成…登记备案60笔, 完成20家企业贯标, 专利转化项目完成2项) still names the work
  counted and gives no comparator.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from policykg.models import Target
from tests.plans import extracted

THREE_YEARS = "某市知识产权运营服务体系建设实施方案（2024—2026年）\n为深入实施知识产权强国战略，制定本方案。\n一、工作目标\n"
ONE_YEAR = "隆安县2025年知识产权强县建设工作方案\n为深入实施知识产权强国战略，制定本方案。\n一、工作目标\n"
TASKS = "二、重点任务\n（一）加强地理标志培育。〔责任单位：市市场监管局〕\n"


def _targets(text: str, head: str = THREE_YEARS) -> list[Target]:
    doc, _ = extracted(head + text + "\n" + TASKS)
    return doc.targets


def _read(text: str, head: str = THREE_YEARS) -> list[tuple[str, str, float | None, int | None, list[str]]]:
    return [(t.indicator, t.comparator, t.value, t.year, t.flags) for t in _targets(text, head)]


def test_the_plans_years_counted_from_its_first() -> None:
    assert _read("第一年新增地理标志商标2件，第二年新增3件，第三年新增5件。") == [
        ("地理标志商标", "=", 2.0, 2024, ["increment"]),
        ("地理标志商标", "=", 3.0, 2025, ["increment"]),
        ("地理标志商标", "=", 5.0, 2026, ["increment"]),
    ]
    got = _targets("第一年新增地理标志商标2件，第二年新增3件。")
    assert [t.year_basis for t in got] == ["plan", "plan"]
    assert [t.quote for t in got] == ["新增地理标志商标2件", "新增3件"]


def test_the_first_year_and_an_ordinal_clause_of_its_own() -> None:
    assert _read("首年培育知识产权示范企业5家。第二年，专利质押融资金额达到2亿元。") == [
        ("培育知识产权示范企业", "=", 5.0, 2024, []),
        ("专利质押融资金额", ">=", 2.0, 2025, []),
    ]


def test_a_calendar_year_dates_its_own_clause() -> None:
    # the ordinal dates its clause; a later clause with a year of its own is that year's
    assert _read("第一年建成知识产权保护工作站3个，2026年达到10个。") == [
        ("建成知识产权保护工作站", "=", 3.0, 2024, []),
        ("建成知识产权保护工作站", ">=", 10.0, 2026, []),
    ]
    # a calendar year noted after the ordinal dates the clause, and neither stays in the indicator
    assert _read("第一年（2024年）新增地理标志商标2件，第二年（2025年）新增3件。") == [
        ("地理标志商标", "=", 2.0, 2024, ["increment"]),
        ("地理标志商标", "=", 3.0, 2025, ["increment"]),
    ]
    assert _read("第一年即2025年新增地理标志商标2件。") == [("地理标志商标", "=", 2.0, 2025, ["increment"])]


def test_an_ordinal_past_the_plans_years_is_dated_as_its_sentence() -> None:
    # a plan of one year (2025) has no second year: the target stays the plan's year, its indicator clean
    assert _read("第一年新增地理标志商标2件，第二年新增3件。", ONE_YEAR) == [
        ("地理标志商标", "=", 2.0, 2025, ["increment"]),
        ("地理标志商标", "=", 3.0, 2025, ["increment"]),
    ]


_ORDINALS = ["一", "二", "三"]


@given(st.integers(min_value=2000, max_value=2040), st.integers(min_value=0, max_value=2), st.booleans())
@settings(max_examples=25, deadline=None)
def test_the_nth_year_is_the_plans_first_plus_n_minus_one(first: int, n: int, digits: bool) -> None:
    head = f"某市知识产权强市建设工作方案（{first}—{first + 2}年）\n为加快建设，制定本方案。\n一、工作目标\n"
    ordinal = str(n + 1) if digits else _ORDINALS[n]
    got = _read(f"第{ordinal}年新增地理标志商标4件。", head)
    assert got == [("地理标志商标", "=", 4.0, first + n, ["increment"])]


def test_work_to_complete_next_to_its_number() -> None:
    got = _targets("到2026年，质押融资金额确保完成1.2亿元。")
    assert [(t.indicator, t.comparator, t.value, t.unit, t.flags) for t in got] == [
        ("质押融资金额", ">=", 1.2, "亿元", ["assured"])
    ]
    # 完成 opening the phrase names the work counted: no comparator from it
    kept = _targets("全年完成知识产权质押融资登记备案60笔。")
    assert [(t.indicator, t.comparator, t.value) for t in kept] == [
        ("完成知识产权质押融资登记备案", "=", 60.0)
    ]


def test_a_later_years_bare_level_is_bounded_as_the_level_before() -> None:
    """…2024年达到120件，2025年150件: 150 is reached as 120 is (>=), not exactly 150; a comparator of its own
    (2025年为150件, 150件以上) or another measure keeps its own."""
    assert _read("全县专利授权量2024年达到120件，2025年150件，2026年180件。") == [
        ("专利授权量", ">=", 120.0, 2024, []),
        ("专利授权量", ">=", 150.0, 2025, []),
        ("专利授权量", ">=", 180.0, 2026, []),
    ]
    assert [t.comparator for t in _targets("有效注册商标量2024年不低于3000件，2025年3500件。")] == [
        ">=",
        ">=",
    ]
    assert [t.comparator for t in _targets("专利授权量2024年达到120件，2025年为150件。")] == [">=", "="]
    # a level of the same measure stated exactly stays exact
    assert [t.comparator for t in _targets("专利授权量2024年为120件，2025年150件。")] == ["=", "="]


def test_a_count_each_year_of_a_span_is_one_target_a_year() -> None:
    """2024—2025年，每年新增…1件 was one target of 2025: each year of the span has it, as a list of years has."""
    got = _targets("2024—2025年，每年新增地理标志商标1件；2026年新增2件。")
    assert [(t.indicator, t.value, t.year, t.flags) for t in got] == [
        ("地理标志商标", 1.0, 2024, ["annual", "increment"]),
        ("地理标志商标", 1.0, 2025, ["annual", "increment"]),
        ("地理标志商标", 2.0, 2026, ["increment"]),
    ]
    assert got[0].quote == "2024—2025年，每年新增地理标志商标1件"
    # a title's period is no span of the count, and a span too long or backwards gives one target as before
    cited = _targets("按照《知识产权强市建设方案（2024-2025年）》，每年新增地理标志商标1件。")
    assert [t.year for t in cited] == [2026]
    assert len(_targets("2010—2030年，每年新增地理标志商标1件。")) == 1


def test_an_indicator_tables_columns_of_the_plans_years() -> None:
    """An indicator table whose value columns are the plan's years counted from its first (第一年 | 第二年 |
    第三年) gave no target at all: each column is that year of the plan, a target (never a starting level)."""
    table = (
        "主要指标如下：\n序号\t指标名称\t单位\t第一年\t第二年\t第三年\n"
        "1\t发明专利授权量\t件\t50\t60\t70\n2\t地理标志商标\t件\t2\t3\t5\n\n"
    )
    got = _targets(table)
    assert [(t.indicator, t.value, t.year, t.kind, t.source) for t in got] == [
        ("发明专利授权量", 50.0, 2024, "target", "table"),
        ("发明专利授权量", 60.0, 2025, "target", "table"),
        ("发明专利授权量", 70.0, 2026, "target", "table"),
        ("地理标志商标", 2.0, 2024, "target", "table"),
        ("地理标志商标", 3.0, 2025, "target", "table"),
        ("地理标志商标", 5.0, 2026, "target", "table"),
    ]
    two = _targets(table.replace("\t第二年", "").replace("\t60", "").replace("\t3\t", "\t"))
    assert [(t.value, t.year, t.kind) for t in two][:2] == [(50.0, 2024, "target"), (70.0, 2026, "target")]
