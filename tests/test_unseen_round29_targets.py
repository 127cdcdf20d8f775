"""Round 29: numeric targets as plans of provinces the tests did not cover write them (districts of Tianshui,
Ganzhou, Guilin, Harbin, Sanya, Chongqing, a county-level city of Quanzhou): levels in a bracket after the
values, totals over the plan's period, rates of handling cases, and a hostile run of bracketed levels.

What was read wrong before:

- a run of thousands of 达到1件（2023年为1件） in one clause took time quadratic in its length (3,000 of them:
  about a minute): each value read the brackets closing the clause from itself to the clause's end again;
- values listed without 分别 before them (发明专利授权量、商标注册量达到300件、2000件（2023年分别为200件、
  1500件）) read the first target only, under both names: the bracket's 分别 was taken for the list's;
- a bracket of several levels (地理标志商标达到12件（2023年为8件，2024年为10件）) lost them all: only a
  bracket holding one level was read;
- a target written inside a bracket after another (达到500件（较2023年增长30%）) was quoted from the
  bracket's opener (（较2023年增长30%);
- a total over the plan's whole period (专利商标质押融资额三年累计不低于10亿元, 示范期内，累计培育…) took the
  year an earlier sentence named (到2025年，…) instead of the plan's end year;
- a sentence of the next year after a semicolon stating only a value (2024年，全县专利授权量达到500件，…；
  2025年达到600件，其中发明专利50件以上) lost it, its part dated by the year before: it is the same measure, and
  a year opening a sentence without a comma (2025年专利授权量达到600件，商标注册量1000件) dates each clause;
- a growth column of an indicator table whose columns are years (2023年 | 2024年 | … | 年均增速) named no
  base year: the rates grow from the table's starting year (2023);
- a bare count (数量达到5个) after a clause with no number saying what covers what (知识产权保护工作站覆盖全区
  重点产业园区) was the indicator 数量: it counts the clause's subject (知识产权保护工作站数量);
- a clause after a bracketed part (专利授权量达到1500件以上（其中发明专利300件），比2023年增长50%以上) grew
  the part: it is the total's growth, as the bracket is an aside;
- a bracket opening with 含 and holding a number (新增注册商标不少于3000件（含地理标志商标1件以上）) was a
  target of its own named （含地理标志商标: it is a part of the total, as （其中…） is;
- products listed before the right they share (马铃薯、中药材地理标志商标分别新增2件、3件) gave the first
  the product's name alone (马铃薯): each names the right and the words after it (马铃薯地理标志商标);
- a year opening an item after its number (（一）2024年，新增地理标志商标1件…) did not date it; a later year's
  sentence naming only a verb and a value (2026年，新增3件，培育5家) named the verb (培育): it is the
  measure of the year before's target the verb opens (培育示范企业);
- values given 分别 after a word of how they count (发明专利授权量、实用新型专利授权量年均分别增长15%、10%)
  read the first value under both names: each name has its value;
- a bare rate of handling after a count of cases (查处商标侵权假冒案件不少于20件，结案率100%; …案件不少于15件，
  案件办结率达到98%) was keyed as a bare 结案率 / 案件办结率: it is the rate of those cases (商标侵权假冒
  案件结案率, a 知识产权案件结案率 as the standard indicator reads it); a rate kept (结案率保持100%) kept
  保持 in its words.
"""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from loaders import load_bytes
from policykg.extract.pipeline import extract_document
from policykg.extract.targets import _ClosingNotes
from policykg.extract.textspan import ANNOTATION_OPENERS, CLOSERS, bracket_groups, find_top_level, trim
from policykg.models import Target
from tests.plans import extracted

QINZHOU = (
    "天水市秦州区知识产权强县建设工作方案（2024—2026年）\n为加快推进知识产权强县建设，结合我区实际，"
    "制定本方案。\n一、主要目标\n"
)
LINGUI = "桂林市临桂区知识产权强县建设试点工作方案（2024—2026年）\n为加快建设知识产权强县，制定本方案。\n"


def _targets(text: str) -> list[Target]:
    doc, _ = extracted(text)
    return doc.targets


def _read(text: str) -> list[tuple[str, float | None, str | None, str, int | None]]:
    return [(t.indicator, t.value, t.unit, t.kind, t.year) for t in _targets(text)]


def test_a_run_of_thousands_of_bracketed_levels_reads_in_linear_time() -> None:
    head = QINZHOU + "到2026年，发明专利"
    short = _read(head + "达到1件（2023年为1件）。\n")
    assert short == [("发明专利", 1.0, "件", "target", 2026), ("发明专利", 1.0, "件", "baseline", 2023)]
    data = (head + "达到1件（2023年为1件）" * 4_000 + "。\n").encode("utf-8")
    began = time.perf_counter()
    doc = extract_document(load_bytes(data, "plan.txt"))
    seconds = time.perf_counter() - began
    assert seconds < 20, f"{seconds:.1f} s"  # quadratic, it took well over a minute
    assert len(doc.targets) == 8_000


def test_values_listed_without_respectively_and_levels_given_respectively() -> None:
    read = _read(
        QINZHOU + "到2026年，发明专利授权量、商标注册量达到300件、2000件（2023年分别为200件、1500件）。\n"
    )
    assert read == [
        ("发明专利授权量", 300.0, "件", "target", 2026),
        ("商标注册量", 2000.0, "件", "target", 2026),
        ("发明专利授权量", 200.0, "件", "baseline", 2023),
        ("商标注册量", 1500.0, "件", "baseline", 2023),
    ]


def test_respectively_inside_a_bracket_is_found_only_outside() -> None:
    text = "达到300件、2000件（2023年分别为200件、1500件）"
    assert find_top_level(text, 0, len(text), "分别") == -1
    text = "分别达到300件（2023年分别为200件）"
    assert find_top_level(text, 0, len(text), "分别") == 0
    text = "（注：分别）专利分别达到"
    assert find_top_level(text, 0, len(text), "分别") == text.index("专利") + 2


def test_a_bracket_of_several_levels_gives_each() -> None:
    read = _read(QINZHOU + "到2026年，地理标志商标达到12件（2023年为8件，2024年为10件）。\n")
    assert read == [
        ("地理标志商标", 12.0, "件", "target", 2026),
        ("地理标志商标", 8.0, "件", "baseline", 2023),
        ("地理标志商标", 10.0, "件", "baseline", 2024),
    ]
    quotes = [
        t.quote for t in _targets(QINZHOU + "到2026年，地理标志商标达到12件（2023年为8件；2024年10件）。\n")
    ]
    assert quotes == ["地理标志商标达到12件", "2023年为8件", "2024年10件"]


def test_a_note_after_the_levels_of_a_bracket_is_no_target() -> None:
    read = _read(QINZHOU + "到2026年，地理标志商标达到12件（2023年为8件，其余为集体商标）。\n")
    assert read == [
        ("地理标志商标", 12.0, "件", "target", 2026),
        ("地理标志商标", 8.0, "件", "baseline", 2023),
    ]


def test_a_growth_written_in_a_bracket_is_quoted_inside_it() -> None:
    found = _targets(QINZHOU + "到2026年，有效发明专利拥有量达到500件（较2023年增长30%）。\n")
    growth = [t for t in found if t.unit == "%"]
    assert [(t.indicator, t.value, t.base_year, t.year, t.quote) for t in growth] == [
        ("有效发明专利拥有量", 30.0, 2023, 2026, "较2023年增长30%")
    ]


def test_a_total_over_the_plan_period_is_for_the_plans_end_year() -> None:
    body = (
        "一、工作目标\n到2025年，全区发明专利授权量达到200件。专利商标质押融资额三年累计不低于10亿元，"
        "每年新增地理标志商标2件。示范期内，累计培育知识产权优势企业20家。\n"
    )
    read = {t.indicator: (t.year, t.flags) for t in _targets(LINGUI + body)}
    assert read["专利商标质押融资额"] == (2026, ["cumulative"])
    assert read["培育知识产权优势企业"] == (2026, ["cumulative"])
    assert read["发明专利授权量"][0] == 2025
    assert read["地理标志商标"][0] == 2025  # a yearly count of the sentence's year, no total
    # a total dated in its own sentence keeps that year
    body = "一、工作目标\n到2025年，专利商标质押融资额三年累计不低于10亿元。2024年底前累计建成工作站5个。\n"
    assert {t.indicator: t.year for t in _targets(LINGUI + body)} == {
        "专利商标质押融资额": 2025,
        "建成工作站": 2024,
    }


def test_a_total_over_a_five_year_plan_is_for_its_last_year() -> None:
    body = "一、工作目标\n到2024年，发明专利授权量达到200件。“十四五”期间，累计实施专利转化项目30项。\n"
    read = {t.indicator: t.year for t in _targets(LINGUI + body)}
    assert read["实施专利转化项目"] == 2025


def test_a_bare_rate_of_handling_cases_is_the_rate_of_the_cases_counted_before() -> None:
    body = (
        "二、保障措施\n（一）加强执法。每年查处商标侵权假冒案件不少于20件，结案率100%；办理专利侵权纠纷行政裁决"
        "案件30件以上，按期结案率达到95%以上。查处商标侵权案件不少于15件，案件办结率达到98%。\n"
    )
    read = [(t.indicator, t.indicator_key, t.value) for t in _targets(LINGUI + body) if t.unit == "%"]
    assert read == [
        ("商标侵权假冒案件结案率", "知识产权案件结案率", 100.0),
        ("专利侵权纠纷行政裁决案件按期结案率", "专利侵权纠纷行政裁决案件按期结案率", 95.0),
        ("商标侵权案件办结率", "商标侵权案件办结率", 98.0),
    ]
    # a rate kept (保持100%): 保持 is no part of it
    body = "二、保障措施\n（一）加强执法。知识产权行政案件结案率保持100%。\n"
    assert [(t.indicator, t.comparator) for t in _targets(LINGUI + body)] == [("知识产权行政案件结案率", "=")]
    # after a count of other things (firms) the rate keeps its words
    body = "二、保障措施\n（一）加强服务。培育知识产权服务机构10家，结案率100%。\n"
    assert [t.indicator for t in _targets(LINGUI + body) if t.unit == "%"] == ["结案率"]


WUYUAN = "婺源县知识产权强县建设工作方案\n为加快推进知识产权强县建设，制定本方案。\n一、工作目标\n"


def test_a_sentence_of_the_next_year_after_a_semicolon_states_the_same_measure() -> None:
    body = "2024年，全县专利授权量达到500件，其中发明专利40件以上；2025年达到600件，其中发明专利50件以上。\n"
    assert _read(WUYUAN + body) == [
        ("专利授权量", 500.0, "件", "target", 2024),
        ("发明专利授权量", 40.0, "件", "target", 2024),
        ("专利授权量", 600.0, "件", "target", 2025),
        ("发明专利授权量", 50.0, "件", "target", 2025),
    ]
    body = "到2024年，全县专利授权量达到500件；到2025年，达到600件；2026年力争达到700件。\n"
    assert [(t.indicator, t.value, t.year) for t in _targets(WUYUAN + body)] == [
        ("专利授权量", 500.0, 2024),
        ("专利授权量", 600.0, 2025),
        ("专利授权量", 700.0, 2026),
    ]
    # a year opening a sentence with no comma dates each clause of it
    read = _read(WUYUAN + "2025年专利授权量达到600件，商标注册量1000件。\n")
    assert read == [("专利授权量", 600.0, "件", "target", 2025), ("商标注册量", 1000.0, "件", "target", 2025)]


SHANGHANG = (
    "上杭县知识产权强县建设工作方案（2024—2026年）\n为加快推进知识产权强县建设，制定本方案。\n一、主要指标\n"
)


def test_a_growth_column_of_a_table_of_years_grows_from_its_starting_year() -> None:
    table = (
        "| 指标 | 2023年 | 2024年 | 2025年 | 2026年 | 年均增速 |\n| --- | --- | --- | --- | --- | --- |\n"
        "| 发明专利授权量（件） | 45 | 55 | 65 | 80 | 21% |\n| 专利商标质押融资额（亿元） | 1.5 | 2 | 2.5 | 3 | 26% |\n"
    )
    read = [
        (t.indicator, t.value, t.unit, t.kind, t.year, t.base_year)
        for t in _targets(SHANGHANG + table)
        if t.year in (2023, 2026)
    ]
    assert read == [
        ("发明专利授权量", 45.0, "件", "baseline", 2023, None),
        ("发明专利授权量", 80.0, "件", "target", 2026, None),
        ("发明专利授权量", 21.0, "%", "target", 2026, 2023),
        ("专利商标质押融资额", 1.5, "亿元", "baseline", 2023, None),
        ("专利商标质押融资额", 3.0, "亿元", "target", 2026, None),
        ("专利商标质押融资额", 26.0, "%", "target", 2026, 2023),
    ]


def test_a_bare_count_after_a_clause_of_what_covers_counts_its_subject() -> None:
    body = "到2026年，知识产权保护工作站覆盖全区重点产业园区，数量达到5个。\n"
    assert [(t.indicator, t.value) for t in _targets(QINZHOU + body)] == [("知识产权保护工作站数量", 5.0)]


DANZHOU = (
    "儋州市知识产权强市建设工作方案（2024—2026年）\n为加快推进知识产权强市建设，制定本方案。\n一、工作目标\n"
)


def test_a_clause_after_a_bracketed_part_is_of_the_total() -> None:
    body = "到2026年，全市专利授权量达到1500件以上（其中发明专利300件），比2023年增长50%以上。\n"
    read = [(t.indicator, t.value, t.unit, t.base_year) for t in _targets(DANZHOU + body)]
    assert read == [
        ("专利授权量", 1500.0, "件", None),
        ("发明专利授权量", 300.0, "件", None),
        ("专利授权量", 50.0, "%", 2023),
    ]


def test_a_bracket_opening_with_including_and_a_number_is_a_part() -> None:
    body = (
        "到2026年，每年新增注册商标不少于3000件（含地理标志商标1件以上）。专利授权量达到300件（含）以上。\n"
    )
    read = [(t.indicator, t.value, t.comparator, t.flags) for t in _targets(DANZHOU + body)]
    assert read == [
        ("注册商标", 3000.0, ">=", ["annual", "increment"]),
        ("地理标志商标", 1.0, ">=", ["annual", "increment"]),
        ("专利授权量", 300.0, ">=", []),
    ]


def test_products_listed_before_the_right_they_share_each_name_it() -> None:
    body = (
        "到2026年，马铃薯、中药材地理标志商标分别新增2件、3件，武夷岩茶、正山小种地理标志证明商标使用企业分别达到"
        "500家、200家。\n"
    )
    assert [(t.indicator, t.value) for t in _targets(QINZHOU + body)] == [
        ("马铃薯地理标志商标", 2.0),
        ("中药材地理标志商标", 3.0),
        ("武夷岩茶地理标志证明商标使用企业", 500.0),
        ("正山小种地理标志证明商标使用企业", 200.0),
    ]


def test_an_item_of_years_each_after_a_semicolon_counts_the_year_befores_measures() -> None:
    body = (
        "二、重点任务\n（一）2024年，新增地理标志商标1件，培育知识产权示范企业2家；2025年，新增地理标志商标2件，"
        "培育示范企业3家；2026年，新增3件，培育5家。\n"
    )
    read = [(t.indicator, t.value, t.year) for t in _targets(LINGUI + body)]
    assert read == [
        ("地理标志商标", 1.0, 2024),
        ("培育知识产权示范企业", 2.0, 2024),
        ("地理标志商标", 2.0, 2025),
        ("培育示范企业", 3.0, 2025),
        ("地理标志商标", 3.0, 2026),
        ("培育示范企业", 5.0, 2026),
    ]


def test_values_given_respectively_after_a_word_of_how_they_count() -> None:
    body = "到2026年，发明专利授权量、实用新型专利授权量年均分别增长15%、10%。\n"
    read = [(t.indicator, t.value, t.unit, t.flags) for t in _targets(QINZHOU + body)]
    assert read == [
        ("发明专利授权量", 15.0, "%", ["growth", "annual"]),
        ("实用新型专利授权量", 10.0, "%", ["growth", "annual"]),
    ]


def _before_annotation_walk(text: str, start: int, end: int) -> int:
    """The walk _ClosingNotes replaced: the brackets from ``start`` to ``end`` read again for each value."""
    while end > start and text[end - 1] in CLOSERS:
        groups = [g for g in bracket_groups(text, start, end, ANNOTATION_OPENERS) if g.close == end]
        if not groups:
            break
        end = trim(text, start, min(g.open for g in groups))[1]
    return end


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="件1（）【】《》 ", min_size=1, max_size=30), st.data())
def test_closing_notes_read_as_the_walk_from_each_value_did(text: str, data: st.DataObject) -> None:
    clause = trim(text, 0, len(text))
    notes = _ClosingNotes(text, clause)
    for start in range(clause[0], clause[1] + 1):
        if "（" not in text[clause[0] : start] and "【" not in text[clause[0] : start]:
            # no bracket opened before the value: the index of the whole clause reads as the walk from it
            assert notes.before(start) == _before_annotation_walk(text, start, clause[1])
    data.draw(st.just(None))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(2015, 2025), st.integers(1, 999)), min_size=1, max_size=4))
def test_levels_of_a_bracket_are_read_whatever_their_number(levels: list[tuple[int, int]]) -> None:
    written = "，".join(f"{year}年为{value}件" for year, value in levels)
    read = _read(QINZHOU + f"到2026年，地理标志商标达到1000件（{written}）。\n")
    assert read[0] == ("地理标志商标", 1000.0, "件", "target", 2026)
    assert read[1:] == [("地理标志商标", float(value), "件", "baseline", year) for year, value in levels]
