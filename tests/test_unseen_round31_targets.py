"""Round 31: numeric targets as plans of provinces the tests did not cover write them (districts of Ganzhou,
Zunyi, Nanning and Luoyang, a county-level city of Qiandongnan, the prefecture-level city of Liupanshui):
changes measured from a level the sentence names, indicator tables whose rows open with marks or carry
notes, several years' values in one sentence.

What was read wrong before:

- the level of a comparison base written with it (发明专利拥有量在2020年150件的基础上翻一番, 比2020年的150件
  翻一番, 较2022年的120件增长30%以上, 较“十三五”末的80家增加20家) left the base's words in the indicator
  (发明专利拥有量在, 发明专利拥有量比, 的基础上) and gave the change no base year: the level is a baseline of
  the base's year and the change after it is measured from that year, both of the measure before;
- a multiple written with 是 (专利授权量是2022年的2倍) kept 是 in the indicator;
- a base built on the last five-year plan's end (在“十三五”末基础上增长30%) stayed in the indicator and named
  no base year (2020), as 较“十三五”末 does;
- a comparison base written before what it compares, with 相比 (专利授权量与2023年相比增长30%) or as a clause of
  its own (较2023年，专利授权量增长30%; 与2023年相比，…), gave no base year;
- an indicator table's row label opening with a mark (▲, ★), an item number ((1)) or 其中：, or closing with its
  attribute in a bracket (有效注册商标量（预期性）), kept them in the indicator and its key: the mark stars the
  target as * does, 其中 opens a part of the row above (其中：发明专利 under 专利授权量 is 发明专利授权量, as
  in prose) and the attribute flags it as a 属性 column does; in tables of regions too;
- a later year's value written with its year alone (专利授权量2024年达到12件，2025年15件，2026年20件) was no
  target, and one after a semicolon (…2024年达到12件；2025年15件) neither unless the first year opened the
  sentence;
- a year opening a sentence after a label of the years' goals (分年度目标：2024年，…达到450件；2025年，达到520件)
  or ending a span of years (2024—2025年，每年新增…1件；2026年新增2件) dated nothing: the targets were the
  plan's end year's and the later years' values were lost;
- a later year's clause naming only the verb of the measure before (培育知识产权优势企业5家，2025年培育10家) was
  keyed as the bare verb (培育);
- a row of a yearly growth rate (专利授权量年均增长（%） | — | 12) in a table with a starting year's column named
  no base year, where a growth column grows from that year: it does too (a rate in a row with no starting
  column, or a growth by a year, 增长（%）, names none, as in prose);
- a word of how a row counts in a bracket of its label (地理标志商标（累计）) stayed in the indicator: it flags
  the row (cumulative), as 累计 does in prose; a label numbered 1.1 or 2.1.3 kept its number;
- 大关 after a round level passed (专利授权量突破3000件大关) stayed in the indicator;
- a frame of a level with a bound after the number pointing the other way (结案率控制在90%以上) read as a
  ceiling (<=): the bound next to the number says which (>=);
- growth by a number of two digits (发明专利申请量实现两位数增长) was no target: at least 10 %, growth; nor a
  doubling reached (数量实现倍增: 2 倍, relative); a net increase (较2023年净增5000件) was an indicator of its own
  (净增): it counts as 新增 does, of the measure before;
- a mark after a row's label (专利授权量*, …拥有量★) stayed in the indicator, and a 其中 row below it named
  no measure;
- a later name of a list given 分别 took a part of a whole term of the first (地理标志商标、驰名商标 → 地理驰名商标:
  whole_terms), and a range among the values gave every value its comparator (分别为2—3件、1件: 1件 a range).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from policykg.models import Target
from tests.plans import extracted

NANKANG = (
    "赣州市南康区知识产权强县建设工作方案（2023—2025年）\n为深入实施知识产权强国战略，制定本方案。\n"
    "一、工作目标\n"
)
KAILI = (
    "黔东南州凯里市知识产权强县建设工作方案（2024—2026年）\n为深入实施知识产权强国战略，制定本方案。\n"
    "一、工作目标\n"
)
HUICHUAN = (
    "遵义市汇川区知识产权强区建设工作方案（2024—2026年）\n为深入实施知识产权强国战略，制定本方案。\n"
    "一、工作目标\n到2026年，主要指标如下：\n"
)
LIUPANSHUI = (
    "六盘水市知识产权强市建设工作方案（2024—2026年）\n为深入实施知识产权强国战略，制定本方案。\n"
    "一、工作目标\n到2026年，各县区目标如下：\n"
)
TASKS = "二、重点任务\n（一）加强知识产权保护。\n"


def _targets(text: str, head: str = NANKANG) -> list[Target]:
    doc, _ = extracted(head + text + "\n")
    return doc.targets


def _based(
    text: str, head: str = NANKANG
) -> list[tuple[str, str, float | None, str | None, int | None, int | None]]:
    return [(t.kind, t.indicator, t.value, t.unit, t.year, t.base_year) for t in _targets(text, head)]


# 1. a change from a level the sentence names


def test_the_level_of_a_base_built_on_is_a_baseline_and_the_doubling_is_measured_from_it() -> None:
    got = _based("到2025年，全区发明专利拥有量在2020年150件的基础上翻一番。")
    assert got == [
        ("baseline", "发明专利拥有量", 150.0, "件", 2020, None),
        ("target", "发明专利拥有量", 2.0, "倍", 2025, 2020),
    ]
    assert [
        t.indicator_key for t in _targets("到2025年，全区发明专利拥有量在2020年150件的基础上翻一番。")
    ] == [
        "有效发明专利拥有量",
        "有效发明专利拥有量",
    ]


def test_a_level_after_a_comparison_is_a_baseline_of_its_year() -> None:
    assert _based("到2025年，全区发明专利拥有量比2020年的150件翻一番。") == [
        ("baseline", "发明专利拥有量", 150.0, "件", 2020, None),
        ("target", "发明专利拥有量", 2.0, "倍", 2025, 2020),
    ]
    growth = _targets("到2025年，发明专利授权量较2022年的120件增长30%以上。")
    assert [(t.kind, t.indicator, t.value, t.unit, t.comparator, t.base_year) for t in growth] == [
        ("baseline", "发明专利授权量", 120.0, "件", "=", None),
        ("target", "发明专利授权量", 30.0, "%", ">=", 2022),
    ]
    assert growth[1].flags == ["growth"]
    # a number with no change after it is no level of a base (在2024年5家试点企业中…)
    got = _targets("到2025年，在2024年5家试点企业中推广专利导航，达到10家。")
    assert all(t.kind == "target" for t in got)


def test_a_level_of_the_last_five_year_plans_end() -> None:
    assert _based("到2025年，知识产权优势企业较“十三五”末的80家增加20家。") == [
        ("baseline", "知识产权优势企业", 80.0, "家", 2020, None),
        ("target", "知识产权优势企业", 20.0, "家", 2025, 2020),
    ]


@settings(max_examples=30, deadline=None)
@given(
    measure=st.sampled_from(["有效注册商标量", "发明专利授权量", "地理标志商标数量", "专利质押融资额"]),
    base=st.integers(min_value=2015, max_value=2022),
    level=st.integers(min_value=2, max_value=9000),
    form=st.sampled_from(
        ["在{y}年{v}{u}的基础上", "比{y}年的{v}{u}", "较{y}年的{v}{u}", "较{y}年底的{v}{u}"]
    ),
    change=st.sampled_from([("翻一番", 2.0, "倍"), ("增长20%", 20.0, "%"), ("再增长15%以上", 15.0, "%")]),
)
def test_any_level_of_a_base_with_its_change(
    measure: str, base: int, level: int, form: str, change: tuple[str, float, str]
) -> None:
    unit = "万元" if measure.endswith("额") else "件"
    words, value, changed = change
    written = form.format(y=base, v=level, u=unit)
    if words.startswith("再") and not written.endswith("基础上"):
        words = words[1:]
    got = _based(f"到2025年，全区{measure}{written}{words}。")
    assert got == [
        ("baseline", measure, float(level), unit, base, None),
        ("target", measure, value, changed, 2025, base),
    ]


def test_a_multiple_written_with_shi_and_a_base_of_the_last_plan() -> None:
    assert _based("到2025年，专利授权量是2022年的2倍。") == [("target", "专利授权量", 2.0, "倍", 2025, 2022)]
    got = _targets("到2025年，专利授权量在“十三五”末基础上增长30%。")
    assert [(t.indicator, t.indicator_key, t.base_year) for t in got] == [
        ("专利授权量", "专利授权量增长率", 2020)
    ]


def test_a_base_written_with_xiangbi_or_as_a_clause_of_its_own() -> None:
    got = _targets("到2026年，专利授权量与2023年相比增长30%。", KAILI)
    assert [(t.indicator, t.base_year) for t in got] == [("专利授权量", 2023)]
    got = _targets("到2026年，与2023年相比，专利授权量增长30%，商标注册量达到5000件。", KAILI)
    assert [(t.indicator, t.base_year) for t in got] == [("专利授权量", 2023), ("商标注册量", None)]
    got = _targets("较2023年，专利授权量增长30%。", KAILI)
    assert [(t.indicator, t.base_year) for t in got] == [("专利授权量", 2023)]
    got = _targets("与上年相比，专利授权量增长10%。", KAILI)
    assert [(t.indicator, t.base_year) for t in got] == [("专利授权量", 2025)]


# 2. indicator tables whose rows open with marks or carry notes

MARKED = """| 序号 | 指标 | 单位 | 2023年（基期） | 2026年 | 属性 |
|---|---|---|---|---|---|
| 1 | 专利授权量 | 件 | 900 | 1200 | 预期性 |
| 2 | 其中：发明专利 | 件 | 100 | 200 | 预期性 |
| 3 | ▲每万人口高价值发明专利拥有量 | 件 | 1.2 | 2.5 | 约束性 |
| 4 | ★知识产权质押融资额 | 亿元 | 1 | 3 | 预期性 |
| 5 | （1）地理标志商标 | 件 | 5 | 8 | 预期性 |
| 6 | 有效注册商标量（约束性） | 件 | 8000 | 12000 |  |
"""


def test_an_indicator_tables_row_marks_and_notes_are_no_part_of_the_indicator() -> None:
    got = [
        (t.kind, t.indicator, t.indicator_key, t.value, sorted(t.flags))
        for t in _targets(MARKED + TASKS, HUICHUAN)
        if t.kind == "target"
    ]
    assert got == [
        ("target", "专利授权量", "专利授权量", 1200.0, ["expected"]),
        ("target", "发明专利授权量", "发明专利授权量", 200.0, ["expected"]),
        (
            "target",
            "每万人口高价值发明专利拥有量",
            "每万人口高价值发明专利拥有量",
            2.5,
            ["binding", "per_capita", "starred"],
        ),
        ("target", "知识产权质押融资额", "知识产权质押融资额", 3.0, ["expected", "starred"]),
        ("target", "地理标志商标", "地理标志商标注册量", 8.0, ["expected"]),
        ("target", "有效注册商标量", "有效注册商标量", 12000.0, ["binding"]),
    ]


@settings(max_examples=25, deadline=None)
@given(
    mark=st.sampled_from(["▲", "★", "☆", "△", "＊"]),
    number=st.sampled_from(["", "（2）", "(3)", "4.", "②", "1.2", "2.1.3 "]),
    note=st.sampled_from([("", []), ("（预期性）", ["expected"]), ("(约束性指标)", ["binding"])]),
    name=st.sampled_from(["有效发明专利拥有量", "知识产权质押融资额", "PCT国际专利申请量"]),
)
def test_any_marked_or_numbered_row_label(
    mark: str, number: str, note: tuple[str, list[str]], name: str
) -> None:
    unit = "亿元" if name.endswith("额") else "件"
    table = f"| 指标 | 单位 | 2026年 |\n|---|---|---|\n| {mark}{number}{name}{note[0]} | {unit} | 30 |\n"
    got = _targets(table + TASKS, HUICHUAN)
    assert [(t.indicator, t.value, sorted(t.flags)) for t in got] == [
        (name, 30.0, sorted([*note[1], "starred"]))
    ]


def test_a_mark_after_a_rows_label_stars_it_too() -> None:
    table = (
        "| 指标 | 单位 | 2026年 |\n|---|---|---|\n"
        "| 每万人口高价值发明专利拥有量★ | 件 | 3 |\n| 专利授权量* | 件 | 900 |\n| 其中:发明专利 | 件 | 90 |\n"
    )
    got = [(t.indicator, t.value, sorted(t.flags)) for t in _targets(table + TASKS, HUICHUAN)]
    assert got == [
        ("每万人口高价值发明专利拥有量", 3.0, ["per_capita", "starred"]),
        ("专利授权量", 900.0, ["starred"]),
        ("发明专利授权量", 90.0, []),
    ]


def test_a_word_of_how_a_row_counts_in_a_bracket_flags_it() -> None:
    table = "| 指标 | 单位 | 2023年 | 2026年 |\n|---|---|---|---|\n| 地理标志商标（累计） | 件 | 6 | 10 |\n"
    got = [(t.kind, t.indicator, t.value, t.flags) for t in _targets(table + TASKS, HUICHUAN)]
    assert got == [
        ("baseline", "地理标志商标", 6.0, ["cumulative"]),
        ("target", "地理标志商标", 10.0, ["cumulative"]),
    ]


def test_a_region_tables_row_marks_and_notes_too() -> None:
    table = (
        "| 指标 | 钟山区 | 水城区 | 合计 |\n|---|---|---|---|\n"
        "| ▲专利授权量（件） | 100 | 80 | 180 |\n"
        "| 其中：发明专利（件） | 10 | 8 | 18 |\n"
        "| 地理标志商标（件）（约束性） | 2 | 3 | 5 |\n"
    )
    got = {(t.indicator, tuple(sorted(t.flags))) for t in _targets(table + TASKS, LIUPANSHUI)}
    assert got == {
        ("专利授权量", ("starred",)),
        ("发明专利授权量", ()),
        ("地理标志商标", ("binding",)),
    }


# 3. growth rows


def test_a_yearly_growth_row_grows_from_the_tables_starting_year() -> None:
    table = (
        "序号\t指标\t单位\t2023年\t2026年\t属性\n"
        "1\t有效发明专利拥有量\t件\t1500\t2200\t预期性\n"
        "2\t专利授权量年均增长（%）\t%\t—\t12\t预期性\n"
        "3\t商标注册量年均增长率\t%\t8\t10\t预期性\n"
    )
    got = [(t.kind, t.indicator, t.value, t.year, t.base_year) for t in _targets(table + TASKS, HUICHUAN)]
    assert got == [
        ("baseline", "有效发明专利拥有量", 1500.0, 2023, None),
        ("target", "有效发明专利拥有量", 2200.0, 2026, None),
        ("target", "专利授权量", 12.0, 2026, 2023),
        ("baseline", "商标注册量", 8.0, 2023, None),
        ("target", "商标注册量", 10.0, 2026, 2023),
    ]


# 4. several years' values in one sentence


def test_a_later_years_value_written_with_its_year_alone() -> None:
    got = _targets("全市发明专利授权量2024年达到12件，2025年15件，2026年20件。", KAILI)
    assert [(t.indicator, t.value, t.year) for t in got] == [
        ("发明专利授权量", 12.0, 2024),
        ("发明专利授权量", 15.0, 2025),
        ("发明专利授权量", 20.0, 2026),
    ]
    got = _targets("全市发明专利授权量2024年达到12件；2025年达到15件。", KAILI)
    assert [(t.indicator, t.value, t.year) for t in got] == [
        ("发明专利授权量", 12.0, 2024),
        ("发明专利授权量", 15.0, 2025),
    ]


def test_a_later_years_clause_naming_only_the_verb_of_the_measure() -> None:
    got = _targets("力争到2024年培育知识产权优势企业5家，2025年培育10家。", KAILI)
    assert [(t.indicator_key, t.value, t.year) for t in got] == [
        ("知识产权优势企业", 5.0, 2024),
        ("知识产权优势企业", 10.0, 2025),
    ]


def test_years_after_a_label_of_the_years_goals_or_a_span_of_years() -> None:
    got = _targets(
        "分年度目标：2024年，有效发明专利拥有量达到450件；2025年，达到520件；2026年，达到600件。", KAILI
    )
    assert [(t.indicator, t.value, t.year) for t in got] == [
        ("有效发明专利拥有量", 450.0, 2024),
        ("有效发明专利拥有量", 520.0, 2025),
        ("有效发明专利拥有量", 600.0, 2026),
    ]
    got = _targets("2024—2025年，每年新增地理标志商标1件；2026年新增2件。", KAILI)
    # round 32: the count each year of the span is one target a year (here: the span's last year alone)
    assert [(t.indicator, t.value, t.year, t.flags) for t in got] == [
        ("地理标志商标", 1.0, 2024, ["annual", "increment"]),
        ("地理标志商标", 1.0, 2025, ["annual", "increment"]),
        ("地理标志商标", 2.0, 2026, ["increment"]),
    ]


# 5. wordings


def test_a_round_level_passed() -> None:
    got = _targets("到2026年，专利授权量突破3000件大关。", KAILI)
    assert [(t.indicator, t.value, t.comparator) for t in got] == [("专利授权量", 3000.0, ">")]


def test_a_frame_kept_with_a_bound_after_the_number() -> None:
    got = _targets(
        "到2026年，专利侵权纠纷案件结案率控制在90%以上，专利申请非正常率控制在5%以内，"
        "发明专利授权量突破300件以上。",
        KAILI,
    )
    assert [(t.indicator, t.value, t.comparator) for t in got] == [
        ("专利侵权纠纷案件结案率", 90.0, ">="),
        ("专利申请非正常率", 5.0, "<="),
        ("发明专利授权量", 300.0, ">"),
    ]


def test_growth_by_two_digits() -> None:
    got = _targets("到2026年，发明专利申请量实现两位数增长，商标注册量年均保持两位数以上增长。", KAILI)
    assert [(t.indicator, t.value, t.unit, t.comparator, sorted(t.flags)) for t in got] == [
        ("发明专利申请量", 10.0, "%", ">=", ["growth"]),
        ("商标注册量", 10.0, "%", ">=", ["annual", "growth"]),
    ]


def test_a_listed_name_keeps_a_whole_term_and_a_range_its_own_comparator() -> None:
    got = _targets("到2026年，新增地理标志商标、驰名商标分别为2—3件、1件。", KAILI)
    assert [(t.indicator, t.value, t.value_max, t.comparator) for t in got] == [
        ("地理标志商标", 2.0, 3.0, "range"),
        ("驰名商标", 1.0, None, "="),
    ]
    got = _targets("到2026年，地理标志商标、集体商标分别达到5件、2—4件。", KAILI)
    assert [(t.indicator, t.value, t.comparator) for t in got] == [
        ("地理标志商标", 5.0, ">="),
        ("集体商标", 2.0, "range"),
    ]


def test_a_net_increase_and_a_doubling_reached() -> None:
    got = _targets("到2026年，全市商标有效注册量达到3万件以上，较2023年净增5000件。", KAILI)
    assert [(t.indicator, t.value, t.flags, t.base_year) for t in got][1] == (
        "商标有效注册量",
        5000.0,
        ["increment"],
        2023,
    )
    got = _targets("力争到2026年，国家知识产权优势企业数量实现倍增。", KAILI)
    assert [(t.indicator_key, t.value, t.unit, t.comparator) for t in got] == [
        ("国家知识产权优势企业", 2.0, "倍", ">=")
    ]
