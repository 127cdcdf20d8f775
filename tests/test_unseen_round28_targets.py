"""Round 28: numeric goals as plans of Gansu, Guangxi, Heilongjiang, Fujian, Hebei, Jilin, Ningxia, Inner
Mongolia and Qinghai write them: years written after the values, a growth by a multiple in digits, kinds of
one recognised thing listed after the first, parts of a change, counts of rights granted, verbs after what a
count counts, indicator tables whose label names a growth or whose cell names its base, a starting level in
a bracket after the target.

What was read wrong before:

- years written after the values they date (分别达到300件、500件、1000件（2024年、2025年、2026年）, or a year
  in a bracket after each value: 300件（2024年）、500件（2025年）) gave the first value only, for the plan's
  final year: one target a year now, as 2024年、2025年分别达到… gives; so without 分别 (达到1200件（2024年）、1500件
  （2025年）: the values after the first were lost), and a value alone with its year in a bracket (专利授权量达到
  1200件（2025年）) is that year's, not the plan's final year's;
- a growth by a multiple written in digits (较“十三五”末增长1倍, 提高1.5倍) was an increment of 1 倍: it is the
  multiple of the base reached (2 倍, 2.5 倍, relative, ``>=``), as 增长一倍 already read;
- a second kind of a recognised thing listed after the first with its own count (培育国家知识产权示范企业2家、
  优势企业5家以上) lost the first's front words (优势企业): it is 国家知识产权优势企业, as a list before 分别
  reads;
- the part of a change after 其中 (较上年增长10%，其中发明专利授权量增长15%) had no base year: it is measured
  from the total's base;
- a count of rights granted, applied for or held that is no standard indicator lost its 量 in the key
  (实用新型专利授权量 → 实用新型专利授权), and 授权数 / 申请总量 were other keys: each is …授权量 / …申请量, as the
  standard keys are written;
- a key verb after what the count counts (商标品牌指导站建成5—8个) stayed in the key: it is taken off, as before;
- an indicator table's row labelled with a growth (专利授权量年均增长（%）, 商标注册量年均增速（%）) kept the
  growth word in its indicator and key and had no growth flag: 专利授权量, ``growth`` ``annual``, the key
  专利授权量增长率 as the prose 年均增长10% gives;
- a table cell opening with its base (较2023年翻一番) gave no target: 2 倍, relative, base year 2023; nor did a
  cell opening with an adverb (力争25000) or naming two levels of the target (1000（力争1200）): each level
  is a target;
- a count in 件次 (专利转让许可数量不低于80件次) read 80 件, the 次 lost: 件次 is a unit, and transfers and
  licences counted in it are the standard 专利转让许可量; a table cell 增长1倍 was an increment of 1 倍, as the
  prose was: 2 倍, relative;
- a clause naming only a rate of change (…累计不低于10亿元，年均增速保持在15%以上; 专利授权量持续增长，增速10%
  以上) was a target of the indicator 增速: the growth of the measure before it;
- a per-head measure of the resident population (每万常住人口高价值发明专利拥有量) was its own key: the
  standard 每万人口… key;
- a starting level in a bracket after a target (达到2.8件以上（2023年为1.6件）, （2023年基数：320件）) lost the
  target (the bracket read as a qualifier of the next number) and gave a baseline whose indicator was the
  target's words and the bracket (…达到2.8件以上（): the target is read, the bracket its baseline of that year;
  after a list given 分别 (专利授权量、商标注册量分别达到300件、2000件（2023年分别为200件、1500件）) the list was read
  as one indicator with the first value only: each name its target and its baseline.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policykg.models import Document, Target
from tests.plans import extracted

HEILONGJIANG = (
    "黑龙江省大庆市萨尔图区知识产权强区建设工作方案（2024—2026年）\n为深入实施知识产权强国战略，制定本方案。\n"
    "一、工作目标\n"
)
TASKS = "\n二、重点任务\n（一）提升知识产权创造质量。由区市场监管局负责。\n"


def _doc(text: str) -> Document:
    return extracted(text)[0]


def _targets(body: str) -> list[Target]:
    return _doc(HEILONGJIANG + body + TASKS).targets


def _read(targets: list[Target]) -> list[tuple[str, float | None, str | None, str, int | None]]:
    return [(t.indicator_key, t.value, t.unit, t.comparator, t.year) for t in targets]


# 1. years after the values


def test_years_in_a_bracket_after_the_values_date_each() -> None:
    got = _targets("到2026年，全区有效发明专利拥有量分别达到300件、500件、1000件（2024年、2025年、2026年）。")
    assert _read(got) == [
        ("有效发明专利拥有量", 300.0, "件", ">=", 2024),
        ("有效发明专利拥有量", 500.0, "件", ">=", 2025),
        ("有效发明专利拥有量", 1000.0, "件", ">=", 2026),
    ]


def test_a_year_in_a_bracket_after_each_value_dates_it() -> None:
    got = _targets("全区专利授权量分别达到1200件（2024年）、1500件（2025年），商标注册量达到5000件。")
    assert _read(got) == [
        ("专利授权量", 1200.0, "件", ">=", 2024),
        ("专利授权量", 1500.0, "件", ">=", 2025),
        ("有效注册商标量", 5000.0, "件", ">=", 2026),
    ]


def test_values_each_dated_in_a_bracket_without_respectively() -> None:
    got = _targets(
        "全区专利授权量达到1200件（2024年）、1500件（2025年）、1800件以上（2026年），商标注册量达到5000件（2025年）。"
    )
    assert _read(got) == [
        ("专利授权量", 1200.0, "件", ">=", 2024),
        ("专利授权量", 1500.0, "件", ">=", 2025),
        ("专利授权量", 1800.0, "件", ">=", 2026),
        ("有效注册商标量", 5000.0, "件", ">=", 2025),
    ]


# 2. a growth by a multiple written in digits


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=1, max_value=9), st.sampled_from(["增长", "提高", "增加"]))
def test_a_growth_by_a_multiple_in_digits_is_the_multiple_reached(times: int, verb: str) -> None:
    (got,) = _targets(f"技术合同成交额较“十三五”末{verb}{times}倍。")
    assert (got.value, got.unit, got.comparator, got.flags, got.base_year) == (
        times + 1.0,
        "倍",
        ">=",
        ["relative"],
        2020,
    )


def test_a_growth_by_one_times_reads_as_by_as_much_again() -> None:
    digits, words = _targets("技术合同成交额较2023年增长1倍，专利授权量较2023年增长一倍。")
    assert (digits.value, digits.comparator, digits.flags) == (words.value, words.comparator, words.flags)


# 3. kinds listed after the first


def test_a_kind_listed_after_the_first_takes_its_front_words() -> None:
    got = _targets("培育国家知识产权示范企业2家、优势企业5家以上，新增省级知识产权示范企业3家、优势企业8家。")
    assert [(t.indicator_key, t.value, t.comparator, t.flags) for t in got] == [
        ("国家知识产权示范企业", 2.0, "=", []),
        ("国家知识产权优势企业", 5.0, ">=", []),
        ("省级知识产权示范企业", 3.0, "=", ["increment"]),
        ("省级知识产权优势企业", 8.0, "=", ["increment"]),
    ]


# 4. the part of a change


def test_the_part_of_a_change_is_measured_from_the_totals_base() -> None:
    got = _targets(
        "2025年，全区专利授权量较上年增长10%，其中发明专利授权量增长15%；商标注册量较2023年增长20%，其中地理标志商标增长30%。"
    )
    assert [(t.indicator_key, t.value, t.base_year) for t in got] == [
        ("专利授权量增长率", 10.0, 2024),
        ("发明专利授权量增长率", 15.0, 2024),
        ("有效注册商标量增长率", 20.0, 2023),
        ("地理标志商标注册量增长率", 30.0, 2023),
    ]


# 5. keys of counts of rights


def test_counts_of_rights_keep_their_measure_in_the_key() -> None:
    got = _targets(
        "实用新型专利授权量达到6000件，外观设计专利授权数达到4000件，实用新型专利申请总量突破9000件，"
        "集成电路布图设计登记5件。"
    )
    assert [t.indicator_key for t in got] == [
        "实用新型专利授权量",
        "外观设计专利授权量",
        "实用新型专利申请量",
        "集成电路布图设计登记",
    ]


def test_a_key_verb_after_what_is_counted_is_no_part_of_the_key() -> None:
    got = _targets("到2026年，商标品牌指导站建成5—8个，知识产权纠纷调解组织组建3个。")
    assert [(t.indicator_key, t.value, t.value_max) for t in got] == [
        ("商标品牌指导站", 5.0, 8.0),
        ("知识产权纠纷调解组织", 3.0, None),
    ]


# 6. indicator tables

JILIN = (
    "吉林省长春市朝阳区知识产权强县建设工作方案（2024—2026年）\n一、主要目标\n附表 主要指标\n"
    "指标\t基期值（2023年）\t2026年目标值\t指标属性\n"
)


def test_a_table_row_labelled_with_a_growth_is_the_counts_growth() -> None:
    doc = _doc(
        JILIN + "专利授权量年均增长（%）\t—\t10\t预期性\n商标注册量年均增速（%）\t—\t8\t预期性\n" + TASKS
    )
    got = [(t.indicator, t.indicator_key, t.value, sorted(t.flags), t.year) for t in doc.targets]
    assert got == [
        ("专利授权量", "专利授权量增长率", 10.0, ["annual", "expected", "growth"], 2026),
        ("商标注册量", "有效注册商标量增长率", 8.0, ["annual", "expected", "growth"], 2026),
    ]


def test_a_table_row_labelled_with_a_growth_keys_as_the_prose_does() -> None:
    table = _doc(JILIN + "专利授权量年均增长率（%）\t—\t10\t预期性\n" + TASKS).targets
    prose = _targets("到2026年，专利授权量年均增长10%。")
    assert [t.indicator_key for t in table] == [t.indicator_key for t in prose] == ["专利授权量增长率"]


def test_a_table_cell_opening_with_its_base_is_read() -> None:
    doc = _doc(JILIN + "知识产权质押融资额（亿元）\t1.2\t较2023年翻一番\t预期性\n" + TASKS)
    got = [(t.kind, t.value, t.unit, t.comparator, t.flags, t.year, t.base_year) for t in doc.targets]
    assert got == [
        ("baseline", 1.2, "亿元", "=", ["expected"], 2023, None),
        ("target", 2.0, "倍", ">=", ["relative", "expected"], 2026, 2023),
    ]


# 7. a starting level in a bracket after the target


def test_a_starting_level_in_a_bracket_after_the_target_is_its_baseline() -> None:
    got = _targets(
        "到2026年，每万人口高价值发明专利拥有量达到2.8件以上（2023年为1.6件），有效发明专利拥有量达到500件"
        "（2023年基数：320件）。"
    )
    assert [(t.kind, t.indicator_key, t.value, t.comparator, t.year, t.quote) for t in got] == [
        (
            "target",
            "每万人口高价值发明专利拥有量",
            2.8,
            ">=",
            2026,
            "每万人口高价值发明专利拥有量达到2.8件以上",
        ),
        ("baseline", "每万人口高价值发明专利拥有量", 1.6, "=", 2023, "2023年为1.6件"),
        ("target", "有效发明专利拥有量", 500.0, ">=", 2026, "有效发明专利拥有量达到500件"),
        ("baseline", "有效发明专利拥有量", 320.0, "=", 2023, "2023年基数：320件"),
    ]


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=2, max_value=999),
    st.integers(min_value=1, max_value=999),
    st.sampled_from(["为", "：", "基数为", "底"]),
    st.sampled_from(["", "以上"]),
)
def test_any_bracketed_level_after_a_target_is_its_baseline(
    target: int, level: int, word: str, more: str
) -> None:
    got = _targets(f"到2026年，全区专利授权量达到{target}件{more}（2023年{word}{level}件）。")
    assert [(t.kind, t.indicator_key, t.value, t.year) for t in got] == [
        ("target", "专利授权量", float(target), 2026),
        ("baseline", "专利授权量", float(level), 2023),
    ]


# 8. counts per deal, multiples in a table, bare rates, resident population


def test_a_count_per_deal_keeps_its_unit() -> None:
    (got,) = _targets("到2026年，专利转让许可数量不低于80件次。")
    assert (got.indicator_key, got.value, got.unit, got.comparator) == ("专利转让许可量", 80.0, "件次", ">=")


def test_a_table_cell_growing_by_a_multiple_is_the_multiple_reached() -> None:
    doc = _doc(JILIN + "商标注册申请量（件）\t3000\t增长1倍\t预期性\n" + TASKS)
    got = [(t.kind, t.value, t.unit, t.comparator, t.flags) for t in doc.targets]
    assert got[1] == ("target", 2.0, "倍", ">=", ["relative", "expected"])


def test_a_clause_naming_only_a_rate_is_the_growth_of_the_measure_before() -> None:
    got = _targets(
        "到2026年，知识产权质押融资额累计不低于10亿元，年均增速保持在15%以上；专利授权量持续增长，增速10%以上。"
    )
    assert [(t.indicator_key, t.value, t.unit, t.flags) for t in got] == [
        ("知识产权质押融资额", 10.0, "亿元", ["cumulative"]),
        ("知识产权质押融资额增长率", 15.0, "%", ["growth", "annual"]),
        ("专利授权量增长率", 10.0, "%", ["growth"]),
    ]


def test_per_head_of_the_resident_population_is_per_head() -> None:
    (got,) = _targets("到2026年，每万常住人口高价值发明专利拥有量达到2件。")
    assert (got.indicator_key, got.flags) == ("每万人口高价值发明专利拥有量", ["per_capita"])


def test_table_cells_of_an_adverb_or_two_levels_are_read() -> None:
    doc = _doc(
        JILIN
        + "有效注册商标量（件）\t21000\t力争25000\t预期性\n有效发明专利拥有量（件）\t900\t1000（力争1200）\t约束性\n"
        + TASKS
    )
    got = [(t.indicator_key, t.kind, t.value, t.year) for t in doc.targets]
    assert got == [
        ("有效注册商标量", "baseline", 21000.0, 2023),
        ("有效注册商标量", "target", 25000.0, 2026),
        ("有效发明专利拥有量", "baseline", 900.0, 2023),
        ("有效发明专利拥有量", "target", 1000.0, 2026),
        ("有效发明专利拥有量", "target", 1200.0, 2026),
    ]


def test_starting_levels_in_a_bracket_after_a_list_given_respectively() -> None:
    got = _targets(
        "到2026年，专利授权量、商标注册量分别达到300件、2000件（2023年分别为200件、1500件），地理标志商标新增2件。"
    )
    assert [(t.kind, t.indicator_key, t.value, t.year) for t in got] == [
        ("target", "专利授权量", 300.0, 2026),
        ("target", "有效注册商标量", 2000.0, 2026),
        ("baseline", "专利授权量", 200.0, 2023),
        ("baseline", "有效注册商标量", 1500.0, 2023),
        ("target", "地理标志商标注册量", 2.0, 2026),
    ]


@pytest.mark.parametrize(
    ("written", "comparator"),
    [("达到300件（含）以上", ">="), ("达到300件(含)以上", ">="), ("不超过300件（含）以下", "<=")],
)
def test_an_included_bound_closes_the_value(written: str, comparator: str) -> None:
    """300件（含）以上 (the bound itself included): （含） was read into the indicator (专利授权量（含）以上)."""
    doc, _ = extracted(
        f"某县知识产权工作方案\n一、工作目标\n到2025年，专利授权量{written}。\n二、重点任务\n（一）开展培训。\n"
    )
    assert [(t.indicator, t.value, t.comparator) for t in doc.targets] == [("专利授权量", 300.0, comparator)]
