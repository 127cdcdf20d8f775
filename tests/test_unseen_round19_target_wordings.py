"""Round 19: numeric targets in wordings the earlier rounds did not show. Goals chapters write numbers with a
comma grouping thousands (1,200件), as more than a number (12000余件, 300多家), in Chinese numerals of hundreds
and thousands (一千二百件, 两千件以上), per year (2000件/年), after 至少; they give a list of measures their starting
and reached levels with 分别 (分别由2022年的800件、3000件增加到1200件、5000件), name a place alone in the clause
after a place's target (…达到12件，游仙区达到8件), list towns (鳌江镇、萧江镇…分别), levels (国家级、省级…) or nouns
before one measure (发明专利、实用新型专利…授权量), or the whole area before its places (全县及鳌江镇、萧江镇…); a
sentence opens with its year alone (2024年，…), and a table writes its years down the rows. Before, a grouped
number was lost with its target, a number with 余 / 多 or in hundreds in words was none, /年 went into the
indicator, the list of changes gave a garbled indicator and no baselines, a place alone was the indicator,
the lists gave one name each its value but the shared words to the last only, a bare opening year left the
targets with the plan's year, a year-row table gave nothing, and a rank normalised to people (人).
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from policykg.extract.quantities import hundreds_value, numbers
from policykg.models import Target
from tests.plans import extracted

COUNTY = "平阳县知识产权强县建设工作方案（2023—2025年）\n为推进知识产权强县建设，制定本方案。\n一、工作目标\n"
CITY = "绵阳市知识产权强市建设实施方案（2024—2026年）\n为推进知识产权强市建设，制定本方案。\n一、工作目标\n"


def _targets(body: str, head: str = COUNTY) -> list[Target]:
    doc, _ = extracted(head + body + "\n")
    return doc.targets


def _read(body: str, head: str = COUNTY) -> list[tuple[str, float | None, str | None, str, str, int | None]]:
    """(indicator, value, unit, comparator, kind, year) of each target."""
    return [(t.indicator, t.value, t.unit, t.comparator, t.kind, t.year) for t in _targets(body, head)]


def test_a_comma_grouping_thousands_in_prose() -> None:
    got = _targets("到2025年，全县专利授权量达到1,200件，知识产权质押融资额达到12,500万元。")
    assert [(t.indicator, t.value, t.unit, t.normalized_value) for t in got] == [
        ("专利授权量", 1200.0, "件", 1200.0),
        ("知识产权质押融资额", 12500.0, "万元", 125000000.0),
    ]
    assert got[0].value_text == "1,200"
    got = _targets("到2025年，商标注册量达到3,000至5,000件。")
    assert [(t.value, t.value_max, t.comparator) for t in got] == [(3000.0, 5000.0, "range")]


def test_a_comma_grouping_thousands_in_a_table_cell() -> None:
    table = (
        "| 指标 | 2022年（基期） | 2025年（目标） |\n| --- | --- | --- |\n"
        "| 专利授权量（件） | 1,050 | ≥1,800 |\n| 有效注册商标量（件） | 9,600 | 12,000 |\n"
    )
    got = _read(table)
    assert ("专利授权量", 1050.0, "件", "=", "baseline", 2022) in got
    assert ("专利授权量", 1800.0, "件", ">=", "target", 2025) in got
    assert ("有效注册商标量", 12000.0, "件", "=", "target", 2025) in got


def test_a_table_with_the_years_down_the_rows() -> None:
    table = (
        "| 年份 | 有效发明专利拥有量（件） | 每万人口发明专利拥有量（件） |\n| --- | --- | --- |\n"
        "| 2022年（基期） | 850 | 3.2 |\n| 2024年 | ≥1100 | ≥4 |\n| 2025年 | ≥1300 | ≥5 |\n"
    )
    got = _read(table)
    assert got == [
        ("有效发明专利拥有量", 850.0, "件", "=", "baseline", 2022),
        ("有效发明专利拥有量", 1100.0, "件", ">=", "target", 2024),
        ("有效发明专利拥有量", 1300.0, "件", ">=", "target", 2025),
        ("每万人口发明专利拥有量", 3.2, "件", "=", "baseline", 2022),
        ("每万人口发明专利拥有量", 4.0, "件", ">=", "target", 2024),
        ("每万人口发明专利拥有量", 5.0, "件", ">=", "target", 2025),
    ]
    # each value's quote is its own cell
    assert [t.quote for t in _targets(table)][:3] == ["850", "≥1100", "≥1300"]


def test_only_values_beside_the_years_make_a_year_row_table() -> None:
    work = (
        "| 年度 | 工作任务 | 责任单位 |\n| --- | --- | --- |\n"
        "| 2024年 | 培育知识产权示范企业 | 县市场监管局 |\n| 2025年 | 10 | 县市场监管局 |\n"
    )
    values = "| 年度 | 专利授权量（件） |\n| --- | --- |\n| 2024年 | 1000 |\n| 2025年 | 1200 |\n"
    got = _read(work + "\n" + values)
    assert [(name, value, year) for name, value, *_, year in got] == [
        ("专利授权量", 1000.0, 2024),
        ("专利授权量", 1200.0, 2025),
    ]


def test_a_list_of_starting_and_reached_levels() -> None:
    got = _read("到2025年，专利授权量、商标注册量分别由2022年的800件、3000件增加到1200件、5000件。")
    assert got == [
        ("专利授权量", 800.0, "件", "=", "baseline", 2022),
        ("专利授权量", 1200.0, "件", ">=", "target", 2025),
        ("商标注册量", 3000.0, "件", "=", "baseline", 2022),
        ("商标注册量", 5000.0, "件", ">=", "target", 2025),
    ]


def test_a_list_of_changes_for_places_each_with_its_region() -> None:
    body = "到2026年，涪城区、游仙区有效发明专利拥有量分别从3000件、1200件提高到2026年的4500件、2000件。"
    got = [(t.indicator, t.value, t.kind, t.year, t.region_name) for t in _targets(body, CITY)]
    assert got == [
        ("有效发明专利拥有量", 3000.0, "baseline", None, "涪城区"),
        ("有效发明专利拥有量", 4500.0, "target", 2026, "涪城区"),
        ("有效发明专利拥有量", 1200.0, "baseline", None, "游仙区"),
        ("有效发明专利拥有量", 2000.0, "target", 2026, "游仙区"),
    ]


def test_a_place_alone_after_a_places_target_has_the_same_measure() -> None:
    body = "到2026年，涪城区每万人口高价值发明专利拥有量达到12件，游仙区达到8件，江油市达到5件。"
    got = [(t.indicator, t.value, t.region_name, t.flags) for t in _targets(body, CITY)]
    assert got == [
        ("每万人口高价值发明专利拥有量", 12.0, "涪城区", ["per_capita"]),
        ("每万人口高价值发明专利拥有量", 8.0, "游仙区", ["per_capita"]),
        ("每万人口高价值发明专利拥有量", 5.0, "江油市", ["per_capita"]),
    ]


def test_towns_alone_after_a_towns_target() -> None:
    got = _read("到2025年，鳌江镇有效发明专利拥有量达到300件，萧江镇达到200件。")
    assert [(name, value) for name, value, *_ in got] == [
        ("鳌江镇有效发明专利拥有量", 300.0),
        ("萧江镇有效发明专利拥有量", 200.0),
    ]


def test_towns_listed_before_the_measure_they_share() -> None:
    got = _targets("到2025年，鳌江镇、萧江镇、水头镇每万人口发明专利拥有量分别达到15件、12件和10件。")
    assert [(t.indicator, t.value, t.flags) for t in got] == [
        ("鳌江镇每万人口发明专利拥有量", 15.0, ["per_capita"]),
        ("萧江镇每万人口发明专利拥有量", 12.0, ["per_capita"]),
        ("水头镇每万人口发明专利拥有量", 10.0, ["per_capita"]),
    ]


def test_the_whole_area_before_its_places() -> None:
    got = _targets("到2025年，全县及鳌江镇、萧江镇每万人口发明专利拥有量分别达到10件、15件、12件。")
    assert [(t.indicator, t.value, t.region_name) for t in got] == [
        ("每万人口发明专利拥有量", 10.0, "平阳县"),
        ("鳌江镇每万人口发明专利拥有量", 15.0, "平阳县"),
        ("萧江镇每万人口发明专利拥有量", 12.0, "平阳县"),
    ]
    assert got[0].quote.startswith("全县及")


def test_levels_and_nouns_listed_before_the_words_they_share() -> None:
    got = _read("到2025年，国家级、省级知识产权示范企业分别达到3家、15家。")
    assert [(name, value) for name, value, *_ in got] == [
        ("国家级知识产权示范企业", 3.0),
        ("省级知识产权示范企业", 15.0),
    ]
    got = _read("到2025年，发明专利、实用新型专利、外观设计专利授权量分别达到200件、600件、400件。")
    assert [(name, value) for name, value, *_ in got] == [
        ("发明专利授权量", 200.0),
        ("实用新型专利授权量", 600.0),
        ("外观设计专利授权量", 400.0),
    ]
    # names that each name their own measure stay as they are
    got = _read("到2025年，专利授权量和商标注册量分别为1200件和5000件。")
    assert [(name, value) for name, value, *_ in got] == [("专利授权量", 1200.0), ("商标注册量", 5000.0)]


def test_more_than_a_number() -> None:
    got = _read(
        "到2025年，地理标志证明商标达到12余件，培育知识产权优势企业300多家，有效注册商标量达到12000余件。"
    )
    assert got == [
        ("地理标志证明商标", 12.0, "件", ">", "target", 2025),
        ("培育知识产权优势企业", 300.0, "家", ">", "target", 2025),
        ("有效注册商标量", 12000.0, "件", ">", "target", 2025),
    ]


def test_hundreds_and_thousands_in_chinese_numerals() -> None:
    got = _read("到2025年，有效注册商标量达到一千二百件，商标有效注册量两千件以上，累计培训三百五十人次。")
    assert [(name, value, comparator) for name, value, _, comparator, *_ in got] == [
        ("有效注册商标量", 1200.0, ">="),
        ("商标有效注册量", 2000.0, ">="),
        ("培训", 350.0, "="),
    ]
    # words that only hold 百 or 千 count nothing
    text = "深入千家万户，百家企业参与，第一百件专利，三百五十个知识产权工作站建设"
    assert numbers(text, 0, len(text)) == []


def test_a_count_per_year() -> None:
    got = _targets("到2025年，全县专利申请量力争达到2000件/年。")
    assert [(t.indicator, t.value, t.unit, t.flags) for t in got] == [
        ("专利申请量", 2000.0, "件", ["annual", "stretch"])  # 力争 (round 29)
    ]


def test_at_least() -> None:
    got = _read("到2025年，每个乡镇至少建成1个知识产权工作站。")
    assert [(value, comparator) for _, value, _, comparator, *_ in got] == [(1.0, ">=")]


def test_a_year_alone_opening_a_sentence() -> None:
    got = _read("2024年，全县专利授权量较上年增长不低于10%。2025年底前，有效注册商标量达到8000件。")
    assert [(name, year) for name, *_, year in got] == [("专利授权量", 2024), ("有效注册商标量", 2025)]


def test_a_rank_normalises_to_places() -> None:
    got = _targets("到2025年，专利授权量排名进入全省前十，商标注册量稳居全市第一。")
    assert [(t.value, t.unit, t.normalized_unit, t.standing) for t in got] == [
        (10.0, "位", "位", "rank"),
        (1.0, "位", "位", "rank"),
    ]


_DIGITS = "零一二三四五六七八九"


def _chinese(n: int) -> str:
    """100 ≤ n ≤ 9999 written as a formal text writes it (一千二百, 二千零五十, 三百零五)."""
    out, zero = "", False
    for place, word in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // place % 10
        if digit:
            out += ("零" if zero and out else "") + _DIGITS[digit] + word
            zero = False
        elif out:
            zero = True
    return out


@given(st.integers(min_value=100, max_value=9999))
def test_a_count_in_chinese_numerals_reads_back(n: int) -> None:
    assert hundreds_value(_chinese(n)) == n
    text = f"新增注册商标{_chinese(n)}件。"
    assert [(q.value, q.unit) for q in numbers(text, 0, len(text))] == [(float(n), "件")]


@given(st.integers(min_value=1000, max_value=9_999_999))
def test_a_number_with_its_thousands_grouped_reads_whole(n: int) -> None:
    got = _targets(f"到2025年，全县专利授权量达到{n:,}件，商标注册量达到500件。")
    assert [(t.indicator, t.value) for t in got] == [("专利授权量", float(n)), ("商标注册量", 500.0)]
