"""Round 20: targets in shapes the earlier rounds left misread. Goals chapters place a growth rate a margin
above an average (专利授权量增速高于全省平均水平2个百分点, 高出全市平均水平5个百分点以上), count in round hundreds and
thousands with no numeral before them (近百件, 百余家, 千余件, 一千余件), write a growth rate as the indicator's
word (年均增速保持在10%以上, 年均增长率不低于8%), give each place of a list the same count with 各 (鳌江镇、萧江镇各
培育…5家); indicator tables write ranks in their cells (全市第三, 全省前十); task tables date each row in a 年度
column; and plans look back at levels reached before their period (一、基本情况 / 建设基础 / 发展成效 …; 2022年，
…达到800件 in a 2023—2025 plan's goals). Before, the margin was lost (or the comparator word went into the
indicator), the round counts were none, the rate word stayed in the indicator with no growth flag, the list
and 各 were one indicator for the first place only, rank cells gave nothing, the rows' targets took the
plan's final year, the look-back chapters' levels and a level dated before the period were targets.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from policykg.extract.quantities import numbers
from policykg.models import Target
from policykg.wording import target_text
from tests.plans import extracted

HEAD = "平阳县知识产权强县建设工作方案（2023—2025年）\n为推进知识产权强县建设，制定本方案。\n"
COUNTY = HEAD + "一、工作目标\n"
CITY = "绵阳市知识产权强市建设实施方案（2024—2026年）\n为推进知识产权强市建设，制定本方案。\n一、工作目标\n"


def _targets(body: str, head: str = COUNTY) -> list[Target]:
    doc, _ = extracted(head + body + "\n")
    return doc.targets


def _read(body: str, head: str = COUNTY) -> list[tuple[str, float | None, str | None, str, str, int | None]]:
    """(indicator, value, unit, comparator, kind, year) of each target."""
    return [(t.indicator, t.value, t.unit, t.comparator, t.kind, t.year) for t in _targets(body, head)]


# 1. a margin over an average


def test_a_margin_in_points_over_an_average() -> None:
    got = _targets("到2025年，全县专利授权量增速高于全省平均水平2个百分点。")
    assert [(t.indicator, t.value, t.unit, t.comparator, t.standing, t.reference) for t in got] == [
        ("专利授权量增速", 2.0, "个百分点", ">=", "average", "全省平均水平")
    ]
    assert got[0].quote == "专利授权量增速高于全省平均水平2个百分点"
    assert got[0].reference_basis == "stated"
    assert target_text(got[0].model_dump()) == "专利授权量增速 >= 全省平均水平 +2个百分点"


def test_a_margin_written_with_gao_chu_and_yi_shang() -> None:
    got = _targets(
        "到2025年，全县有效发明专利拥有量增速高出全市平均水平5个百分点以上，商标注册量增幅高于全市平均水平。"
    )
    assert [(t.indicator, t.value, t.unit, t.comparator, t.standing, t.reference) for t in got] == [
        ("有效发明专利拥有量增速", 5.0, "个百分点", ">=", "average", "全市平均水平"),
        ("商标注册量增幅", None, None, ">", "average", "全市平均水平"),  # no margin: as before
    ]
    got = _targets("到2025年，全县专利授权量增速高于全省平均水平两个百分点左右。")
    assert [(t.value, t.unit, t.comparator, t.value_text) for t in got] == [
        (2.0, "个百分点", "~", "全省平均水平两个百分点")
    ]
    _no_margin_below_an_average_or_in_another_unit()  # and not where it does not apply


def _no_margin_below_an_average_or_in_another_unit() -> None:
    got = _targets(
        "到2025年，全县专利侵权案件发生率低于全市平均水平，商标注册量增速高于全市平均水平，达到15%。"
    )
    assert [(t.indicator, t.value, t.standing) for t in got] == [
        ("专利侵权案件发生率", None, "average"),
        ("商标注册量增速", None, "average"),
        ("商标注册量增速", 15.0, None),
    ]


# 2. round counts with no numeral before 百 / 千


def test_round_hundreds_and_thousands() -> None:
    got = _read("到2025年，新增知识产权示范企业近百家，培育专利密集型企业百余家，新增注册商标千余件。")
    assert got == [
        ("知识产权示范企业", 100.0, "家", "~", "target", 2025),
        ("培育专利密集型企业", 100.0, "家", ">", "target", 2025),
        ("注册商标", 1000.0, "件", ">", "target", 2025),
    ]
    _no_round_count_in_names_and_set_phrases()  # and not where it does not apply


def test_hundreds_in_numerals_with_yu_or_duo() -> None:
    got = _read("到2025年，新增注册商标一千余件，培育示范企业两百多家。")
    assert [(name, value, comparator) for name, value, _, comparator, *_ in got] == [
        ("注册商标", 1000.0, ">"),
        ("培育示范企业", 200.0, ">"),
    ]


def _no_round_count_in_names_and_set_phrases() -> None:
    body = "到2025年，实施百家企业知识产权贯标行动，知识产权服务进入千家万户，打造百强品牌，培育百余家企业。"
    assert _targets(body) == []


@given(
    st.sampled_from(["近", ""]),
    st.sampled_from(["百", "千"]),
    st.sampled_from(["余", "多", ""]),
    st.sampled_from(["件", "家", "个", "项"]),
)
def test_round_counts_read_as_written(near: str, place: str, more: str, unit: str) -> None:
    clause = f"新增示范企业{near}{place}{more}{unit}"
    found = numbers(clause, 0, len(clause))
    if not near and not more:
        assert found == []  # 百家, 千件: a name or a phrase, no count
        return
    assert len(found) == 1
    q = found[0]
    assert (q.value, q.unit, q.near, q.more) == (
        100.0 if place == "百" else 1000.0,
        unit,
        bool(near),
        bool(more),
    )
    assert clause[q.start : q.unit_end] == f"{near}{place}{more}{unit}"


@given(st.sampled_from("一二三四五六七八九两几数第每"), st.sampled_from(["百余家", "千余件", "百多个"]))
def test_a_numeral_before_a_round_count_is_its_count(before: str, rest: str) -> None:
    clause = f"新增示范企业{before}{rest}"
    found = [(q.value, q.more, q.near) for q in numbers(clause, 0, len(clause))]
    if before in "几数第每":
        assert found == []  # 几百余家: no number written
        return
    base = 100.0 if "百" in rest else 1000.0
    digit = 2 if before == "两" else "一二三四五六七八九".index(before) + 1
    assert found == [(digit * base, True, False)]


# 3. a growth rate named by its word


def test_a_growth_rate_word_is_a_flag() -> None:
    got = _targets(
        "到2025年，全县专利授权量年均增速保持在10%以上，商标注册量年均增长率不低于8%，技术合同成交额增幅达到10%。"
    )
    assert [(t.indicator, t.value, t.unit, t.comparator, t.flags) for t in got] == [
        ("专利授权量", 10.0, "%", ">=", ["growth", "annual"]),
        ("商标注册量", 8.0, "%", ">=", ["growth", "annual"]),
        ("技术合同成交额", 10.0, "%", ">=", ["growth"]),
    ]
    # the same key as 年均增长10% gives
    same = _targets("到2025年，全县专利授权量年均增长10%以上。")
    assert got[0].indicator_key == same[0].indicator_key
    _a_rate_word_stays_after_a_share_a_rate_or_a_standing()  # and not where it does not apply


def _a_rate_word_stays_after_a_share_a_rate_or_a_standing() -> None:
    got = _targets(
        "到2025年，专利密集型产业增加值占GDP比重增速达到5%，专利转化率增速达到3%，专利授权量增速位居全市前列。"
    )
    assert [(t.indicator, t.flags) for t in got] == [
        ("专利密集型产业增加值占GDP比重增速", ["share"]),
        ("专利转化率增速", []),
        ("专利授权量增速", []),
    ]


# 4. 各 after a list of places


def test_each_town_of_a_list_with_ge() -> None:
    got = _targets("到2025年，鳌江镇、萧江镇和水头镇各新增知识产权工作站1个以上。")
    assert [(t.indicator, t.value, t.comparator, t.flags) for t in got] == [
        ("鳌江镇知识产权工作站", 1.0, ">=", ["increment"]),
        ("萧江镇知识产权工作站", 1.0, ">=", ["increment"]),
        ("水头镇知识产权工作站", 1.0, ">=", ["increment"]),
    ]
    _ge_after_no_list_of_places_is_left()  # and not where it does not apply


def test_each_county_of_a_list_with_ge_has_its_region() -> None:
    got = _targets("到2026年，涪城区、游仙区各累计培育国家知识产权优势企业3家。", CITY)
    assert [(t.indicator, t.value, t.flags, t.region_name) for t in got] == [
        ("培育国家知识产权优势企业", 3.0, ["cumulative"], "涪城区"),
        ("培育国家知识产权优势企业", 3.0, ["cumulative"], "游仙区"),
    ]


def _ge_after_no_list_of_places_is_left() -> None:
    got = _read("到2025年，各乡镇各建成知识产权工作站1个。")
    assert [(name, value) for name, value, *_ in got] == [("各乡镇各建成知识产权工作站", 1.0)]


# 5. ranks in an indicator table's cells

RANKS = (
    "| 指标名称 | 单位 | 2022年 | 2025年目标 |\n| --- | --- | --- | --- |\n"
    "| 有效发明专利拥有量 | 件 | 800 | 1200 |\n| 专利授权量增速 | — | 全市第五 | 全市第三 |\n"
    "| 有效注册商标量 | 件 | 9000 | 全省前十 |\n"
)


def test_rank_cells_in_an_indicator_table() -> None:
    got = [t for t in _targets(RANKS) if t.standing is not None]
    assert [(t.indicator, t.value, t.unit, t.comparator, t.kind, t.year, t.reference) for t in got] == [
        ("专利授权量增速", 5.0, "位", "=", "baseline", 2022, "全市第五位"),
        ("专利授权量增速", 3.0, "位", "=", "target", 2025, "全市第三位"),
        ("有效注册商标量", 10.0, "位", "<=", "target", 2025, "全省前十"),
    ]
    assert [t.quote for t in got] == ["全市第五", "全市第三", "全省前十"]
    assert {t.standing for t in got} == {"rank"}
    assert [t.reference_basis for t in got] == ["stated"] * 3
    assert got[0].normalized_unit == "位"
    # the numbers of the table are read as before
    assert ("有效发明专利拥有量", 1200.0, "件", "=", "target", 2025) in _read(RANKS)
    _a_cell_that_is_more_than_a_rank_is_none()  # and not where it does not apply


def _a_cell_that_is_more_than_a_rank_is_none() -> None:
    table = "| 指标名称 | 2025年目标 |\n| --- | --- |\n| 专利授权量 | 全市第三方机构服务 |\n| 商标注册量 | 1000 |\n"
    assert _read(table) == [("商标注册量", 1000.0, None, "=", "target", 2025)]


# 6. a task table's 年度 column


def test_a_task_tables_year_column_dates_its_rows() -> None:
    table = (
        "| 序号 | 工作任务 | 年度 | 目标 | 责任单位 |\n| --- | --- | --- | --- | --- |\n"
        "| 1 | 培育知识产权示范企业 | 2023年 | 新增5家 | 县市场监管局 |\n"
        "| 2 | 培育知识产权示范企业 | 2024年 | 新增8家 | 县市场监管局 |\n"
    )
    got = _read(table, HEAD + "一、重点任务\n")
    assert [(value, year) for _, value, *_, year in got] == [(5.0, 2023), (8.0, 2024)]


def test_a_task_rows_own_words_take_the_rows_year() -> None:
    table = (
        "| 序号 | 工作任务 | 年份 | 责任单位 |\n| --- | --- | --- | --- |\n"
        "| 1 | 培育知识产权示范企业不少于5家 | 2023年 | 县市场监管局 |\n"
        "| 2 | 建设知识产权维权援助工作站3个 | 2024年底前 | 县市场监管局 |\n"
    )
    doc, _ = extracted(HEAD + "一、重点任务\n" + table + "\n")
    assert [(t.value, t.year, t.task_id is not None) for t in doc.targets] == [
        (5.0, 2023, True),
        (3.0, 2024, True),
    ]


# 7. levels reached before the plan


def test_look_back_chapters_hold_no_targets() -> None:
    body = (
        "近年来，我县知识产权工作取得明显成效。2022年，全县专利授权量达到800件，有效注册商标总量突破9000件。\n"
        "二、工作目标\n到2025年，全县专利授权量达到1200件。\n"
    )
    for title in (
        "基本情况",
        "建设基础",
        "现实基础",
        "前期工作基础",
        "基本现状",
        "发展成效",
        "取得的成效",
        "“十四五”以来工作成效",
        "工作进展",
        "工作成效与存在问题",
    ):
        got = _read(body, HEAD + f"一、{title}\n")
        assert got == [("专利授权量", 1200.0, "件", ">=", "target", 2025)], title


def test_a_level_dated_before_the_period_is_a_baseline() -> None:
    got = _read(
        "截至2022年底，全县有效发明专利拥有量已达到500件，有效注册商标总量已突破9000件。"
        "到2025年，全县有效发明专利拥有量达到1200件。"
    )
    assert got == [
        ("有效发明专利拥有量", 500.0, "件", "=", "baseline", 2022),
        ("有效注册商标总量", 9000.0, "件", ">", "baseline", 2022),
        ("有效发明专利拥有量", 1200.0, "件", ">=", "target", 2025),
    ]
