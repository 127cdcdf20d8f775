"""Round 17, small gaps closed, on plans written for the tests.

A county plan whose items give their body in a bracket (or before a colon) opening a heading line, the work
on the lines below (（一）【县市场监管局】开展专利导航↵组织…, 1.[县科技局]推进贯标↵…): before, a short line that
was not names alone was given up as a heading of work, so nobody was read and the bracket stayed in the
title. A sentence opening the item does read so (（一）【县市场监管局】开展专利导航。…).

Goals giving an indicator's unit in brackets before its number (专利质押融资额（亿元）达到1.5, 有效发明专利（件）
达到500), as a table's header does: before, a number with no unit after it was no target.

A task whose body takes its own work and another body closes the sentence with a shared word after a comma
(县财政局负责落实风险补偿资金，县金融服务中心按职责分工负责。): before, both were prose obligations (implicit),
while after ；the second was read as the role clause it is (joint). Only a body coordinating the work
(区市场监管局统筹推进，…按职责分工负责) keeps the closing bodies as its partners.

Ranges the last round left: tenths (提高三至五成, 三成至五成: 50 % alone, its indicator holding 三) and counts in
numerals whose counter is written at both ends (两家至三家: 3 家 alone, 三件到五件以上: nothing).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from policykg.extract.quantities import numbers
from policykg.extract.textspan import numeral_value
from tests.plans import extracted, named_units

_HEAD = "某某县知识产权强县建设工作方案\n为加快推进知识产权强县建设，结合我县实际，制定本方案。\n"

HEADINGS = (
    _HEAD
    + """一、主要任务
（一）【县市场监管局】开展专利导航
组织重点产业开展专利导航，形成导航报告。
（二）[县科技局]推进企业贯标
引导企业贯彻知识产权管理规范国家标准。
（三）〔县金融服务中心、县财政局〕推进知识产权质押融资
扩大质押融资规模，落实风险补偿资金。
（四）县司法局：健全纠纷调解机制
设立知识产权纠纷人民调解委员会。
（五）【重点】开展知识产权宣传
组织知识产权宣传周活动。
二、保障措施
（一）加强组织领导
成立知识产权强县建设工作领导小组。
"""
)


def test_a_bracket_opening_a_heading_line_names_its_body() -> None:
    doc, _ = extracted(HEADINGS)
    units = named_units(doc)
    assert units["一.(一)"] == [("县市场监管局", "sole", "annotation")]
    assert units["一.(二)"] == [("县科技局", "sole", "annotation")]
    assert units["一.(三)"] == [
        ("县金融服务中心", "joint", "annotation"),
        ("县财政局", "joint", "annotation"),
    ]
    assert units["一.(五)"] == []  # a bracket of no body


def test_units_before_a_colon_opening_a_heading_line() -> None:
    doc, _ = extracted(HEADINGS)
    assert named_units(doc)["一.(四)"] == [("县司法局", "sole", "annotation")]


def test_the_title_of_such_a_heading_leaves_its_body_out() -> None:
    doc, _ = extracted(HEADINGS)
    titles = {t.path: t.title for t in doc.tasks}
    assert titles["一.(一)"] == "开展专利导航"
    assert titles["一.(二)"] == "推进企业贯标"
    assert titles["一.(三)"] == "推进知识产权质押融资"
    assert titles["一.(四)"] == "健全纠纷调解机制"
    assert titles["一.(五)"] == "【重点】开展知识产权宣传"


def test_numbered_lines_with_a_bracketed_body() -> None:
    doc, _ = extracted(_HEAD + "一、重点任务\n1.[县科技局]推进贯标\n2.【县市场监管局】开展专利导航\n")
    units = named_units(doc)
    assert units["一.1"] == [("县科技局", "sole", "annotation")]
    assert units["一.2"] == [("县市场监管局", "sole", "annotation")]


GOALS = (
    _HEAD
    + """一、工作目标
到2025年，专利质押融资额（亿元）达到1.5，有效发明专利（件）达到500，知识产权培训（人次）不少于1000。
二、主要任务
（一）推进专利导航。县市场监管局负责。
"""
)


def test_a_unit_in_brackets_before_the_number() -> None:
    doc, _ = extracted(GOALS)
    got = {(t.indicator, t.value, t.unit, t.comparator, t.year) for t in doc.targets}
    assert ("专利质押融资额", 1.5, "亿元", ">=", 2025) in got
    assert ("有效发明专利", 500.0, "件", ">=", 2025) in got
    assert ("知识产权培训", 1000.0, "人次", ">=", 2025) in got
    money = next(t for t in doc.targets if t.unit == "亿元")
    assert money.normalized_value == 150000000.0
    # only a number closing its phrase after the bracket and a verb: 500余项 counts in its own unit (more
    # than 500 项), never the bracket's 件
    text = "专利（件）达到500余项，培训（人次）：300"
    assert [(q.value, q.unit) for q in numbers(text, 0, len(text))] == [(500.0, "项")]


SHARED = (
    _HEAD
    + """一、主要任务
（一）完善知识产权金融服务。县财政局负责落实风险补偿资金，县金融服务中心按职责分工负责。
（二）加强知识产权保护。县市场监管局统筹推进，县公安局、县人民法院按职责分工负责。
"""
)


def test_a_shared_word_after_a_comma_reads_as_after_a_semicolon_unless_a_body_coordinates() -> None:
    doc, _ = extracted(SHARED)
    units = named_units(doc)
    assert units["一.(一)"] == [
        ("县金融服务中心", "joint", "annotation"),
        ("县财政局", "implicit", "prose"),
    ]
    semicolon, _ = extracted(SHARED.replace("资金，县金融", "资金；县金融"))
    assert named_units(semicolon)["一.(一)"] == units["一.(一)"]
    # after a body coordinating the work, the closing bodies support it: it leads (round 30: they were
    # implicit prose partners, while the same words in a note led and supported)
    assert units["一.(二)"] == [
        ("县市场监管局", "lead", "annotation"),
        ("县公安局", "support", "annotation"),
        ("县人民法院", "support", "annotation"),
    ]


RANGES = (
    _HEAD
    + """一、工作目标
到2025年，规上工业企业专利覆盖率提高三至五成，专利转化率提高二成至四成，新增国家知识产权示范企业两家至三家，
新增地理标志证明商标三件到五件以上。
二、主要任务
（一）推进专利导航。县市场监管局负责。
"""
)


def test_ranges_of_tenths_and_of_counts_written_at_both_ends() -> None:
    doc, _ = extracted(RANGES)
    got = {(t.indicator, t.value, t.value_max, t.unit, t.comparator) for t in doc.targets}
    assert ("规上工业企业专利覆盖率", 30.0, 50.0, "%", "range") in got
    assert ("专利转化率", 20.0, 40.0, "%", "range") in got
    assert ("国家知识产权示范企业", 2.0, 3.0, "家", "range") in got
    assert any(
        t.indicator == "地理标志证明商标" and (t.value, t.value_max) == (3.0, 5.0) for t in doc.targets
    )
    # no range across different counters, nor after a numeral run on from another
    text = "新增两家至三件，提高十三至五成，"
    assert [(q.value, q.value_max, q.unit) for q in numbers(text, 0, len(text))] == [
        (3.0, None, "件"),
        (50.0, None, "%"),
    ]


_NUMERALS = ["两", "三", "四", "五", "六", "七", "八", "九", "十", "十二", "二十"]


@settings(max_examples=150, deadline=None)
@given(
    low=st.sampled_from(_NUMERALS),
    high=st.sampled_from(_NUMERALS),
    counter=st.sampled_from(["家", "件", "项", "个", "人次"]),
    word=st.sampled_from(["至", "到", "—", "～"]),
    close=st.sampled_from(["。", "，", "以上，", ""]),
)
def test_counts_written_at_both_ends_are_one_range(
    low: str, high: str, counter: str, word: str, close: str
) -> None:
    text = f"新增示范企业{low}{counter}{word}{high}{counter}{close}"
    got = [(q.value, q.value_max, q.unit) for q in numbers(text, 0, len(text))]
    assert got == [(float(numeral_value(low)), float(numeral_value(high)), counter)]


@settings(max_examples=100, deadline=None)
@given(
    low=st.sampled_from("一二三四五六七八九"),
    high=st.sampled_from("二三四五六七八九"),
    repeat=st.booleans(),
    word=st.sampled_from(["至", "到", "-"]),
)
def test_tenths_ranges(low: str, high: str, repeat: bool, word: str) -> None:
    text = f"覆盖率提高{low}{'成' if repeat else ''}{word}{high}成，"
    got = [(q.value, q.value_max, q.unit) for q in numbers(text, 0, len(text))]
    assert got == [(numeral_value(low) * 10.0, numeral_value(high) * 10.0, "%")]


@settings(max_examples=150, deadline=None)
@given(
    indicator=st.sampled_from(["专利质押融资额", "有效发明专利", "知识产权培训", "商标注册量"]),
    unit=st.sampled_from(["件", "亿元", "万元", "人次", "家"]),
    bracket=st.sampled_from([("（", "）"), ("(", ")")]),
    verb=st.sampled_from(["达到", "不少于", "超过", ""]),
    value=st.integers(min_value=1, max_value=99999),
    decimals=st.sampled_from(["", ".5", ".25"]),
    close=st.sampled_from(["。", "，", "以上；", ""]),
)
def test_a_bracketed_unit_gives_the_number_its_unit(
    indicator: str, unit: str, bracket: tuple[str, str], verb: str, value: int, decimals: str, close: str
) -> None:
    text = f"{indicator}{bracket[0]}{unit}{bracket[1]}{verb}{value}{decimals}{close}"
    got = [(q.value, q.unit, text[q.start : q.end]) for q in numbers(text, 0, len(text))]
    assert got == [(float(f"{value}{decimals}"), unit, f"{value}{decimals}")]
