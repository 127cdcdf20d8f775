"""Round 37's speed pass: each cheap test put before a costly rule accepts whatever the rule accepts, so the
extractor's output stays the same (bench/HISTORY.md, round 37).

- stacked tables: one pass over the text for a line naming a column alone finds a line whenever one of the
  three patterns it joins (a number column, an indicator column, a places column) finds one;
- a clause's or sentence's opening year (2024年转化…, 2024—2026年，每年…) is read only where the text there
  opens with 19 or 20, as every year the patterns read does;
- the quick test that words may end agency names tests the name's end before the split words (行|动), with
  the same answers as before;
- the counting words opening an indicator are read once for each indicator (kept), with the same answer;
- two titles are compared by the characters they share before a matcher is built, as the matcher's own
  quick ratio did;
- a paragraph's last sentence closed by its stop is read as names alone only when each of its pieces may end
  a name (the names closing a paragraph, round 37's roles);
- chapter names alone on their lines (round 37b) are found by one pass of the engine over the short lines of
  words alone, as walking every line found them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from difflib import SequenceMatcher

from hypothesis import example, given
from hypothesis import strategies as st

from loaders.base import StyledHeading
from policykg.extract import bracket_headings, stacked_data, structure
from policykg.extract.agency_names import (
    _ANY_COLLECTIVE_HEAD,
    _name_end_chars,
    _name_end_splits,
    may_end_names,
)
from policykg.extract.annotations import _bodies, _names_whole, _pieces_end_like_names, only_units
from policykg.extract.citation_titles import _FORWARDING, SIMILAR, same_document, title_core
from policykg.extract.plan_facts import _counting_front
from policykg.extract.targets import _CLAUSE_YEAR, _YEAR_HEADS, _YEAR_SPAN
from policykg.extract.textspan import trim
from tests.plans import extracted

_HEADER_PIECES = st.sampled_from(
    [
        "序号",
        "序",
        "号",
        "指标名称",
        "主要指标",
        "县（区）",
        "地区",
        "合计",
        "2025年",
        "单位",
        "件",
        " ",
        "\u3000",
        "\t",
        "\n",
        "\n",
        "专利",
        "达到",
    ]
)


@given(st.lists(_HEADER_PIECES, max_size=14))
@example(["序", "\n", "号"])
@example(["　", "指标名称", "\n"])
@example(["县（区）", "\n", "专利"])
def test_one_pass_for_header_lines_finds_what_the_three_find(pieces: list[str]) -> None:
    text = "".join(pieces)
    three = (stacked_data._number_line(), stacked_data._indicator_line(), stacked_data._place_line())
    either = any(p.search(text) is not None for p in three)
    assert (stacked_data._any_header_line().search(text) is not None) == either


_YEAR_PIECES = st.sampled_from(
    ["2024", "1999", "2", "0", "年", "底", "前", "—", "至", "2026", " ", "，", "到", "第", "转化", "12"]
)


@given(st.lists(_YEAR_PIECES, min_size=1, max_size=8))
def test_a_year_is_read_only_where_its_head_stands(pieces: list[str]) -> None:
    text = "".join(pieces)
    if _CLAUSE_YEAR.match(text) is not None:
        assert text.startswith(_YEAR_HEADS)
    start = trim(text, 0, len(text))[0]
    if _YEAR_SPAN.match(text, start) is not None:
        assert text.startswith(_YEAR_HEADS, start)


def _may_end_names_before(text: str, start: int, end: int) -> bool:
    """The quick name test as round 36 wrote it: the split words first."""
    s, e = trim(text, start, end)
    if s >= e or text[e - 1 : e + 1] in _name_end_splits():
        return False
    return text[e - 1] in _name_end_chars() or _ANY_COLLECTIVE_HEAD.search(text, s, e) is not None


_NAME_PIECES = st.sampled_from(
    [
        "县",
        "市场监管局",
        "科技局",
        "行",
        "动",
        "会",
        "同",
        "各镇",
        "有关部门",
        "开展",
        "配合",
        " ",
        "人民银行",
        "办",
    ]
)


@given(st.lists(_NAME_PIECES, min_size=1, max_size=6), st.integers(0, 3))
@example(["配合", "县", "开展", "行", "动"], 1)
def test_the_quick_name_test_answers_as_before(pieces: list[str], cut: int) -> None:
    text = "".join(pieces)
    end = max(0, len(text) - cut)
    assert may_end_names(text, 0, end) == _may_end_names_before(text, 0, end)


@given(st.sampled_from(["累计培育", "新增", "每年新增", "累计新增", "专利", "高价值发明专利拥有量", "培育"]))
def test_counting_words_read_once_answer_as_read_anew(words: str) -> None:
    kept = _counting_front(words)
    assert kept == _counting_front.__wrapped__(words)
    assert isinstance(kept[1], tuple)  # kept answers are shared: nothing in them may change


def test_a_year_opening_a_later_clause_still_dates_it() -> None:
    """推进专利转化，2024年转化专利100件: the year after the sentence's first clause dates its clause."""
    doc, _ = extracted(
        "某县知识产权工作方案\n一、工作目标\n推进专利转化运用，2024年转化专利100件，2025年转化专利150件。\n"
    )
    assert [(t.value, t.year) for t in doc.targets] == [(100.0, 2024), (150.0, 2025)]


_TITLE_PIECES = st.sampled_from(
    [
        "县",
        "知识产权",
        "强县",
        "建设",
        "试点",
        "工作",
        "方案",
        "实施",
        "关于",
        "印发",
        "(2024-2026年)",
        "创建",
        "某",
    ]
)


def _same_document_before(title: str, own: str) -> bool:
    """The comparison as round 36 wrote it: the matcher built for every pair whose lengths allow it."""
    if title == own:
        return True
    if (_FORWARDING.search(title) is None) != (_FORWARDING.search(own) is None):
        return False
    core, own_core = title_core(title), title_core(own)
    if core == own_core and (core == title or own_core == own):
        return True
    for a, b in ((title, own), (title.rpartition("关于")[2], own.rpartition("关于")[2])):
        if not a or not b or 2.0 * min(len(a), len(b)) / (len(a) + len(b)) < SIMILAR:
            continue
        matcher = SequenceMatcher(None, a, b, autojunk=False)
        if matcher.quick_ratio() >= SIMILAR and matcher.ratio() >= SIMILAR:
            return True
    return False


@given(st.lists(_TITLE_PIECES, min_size=1, max_size=7), st.lists(_TITLE_PIECES, min_size=1, max_size=7))
@example(
    ["县", "知识产权", "强县", "建设", "工作", "方案"], ["县", "知识产权", "强县", "创建", "工作", "方案"]
)
@example(["关于"], ["县", "关于"])
def test_titles_compared_by_shared_characters_answer_as_the_matcher(a: list[str], b: list[str]) -> None:
    title, own = "".join(a), "".join(b)
    assert same_document(title, own) == _same_document_before(title, own)


_CLOSING_PIECES = st.sampled_from(
    [
        "省发展改革委",
        "省市场监管局",
        "县发展和改革局",
        "区市场监管局（知识产权局）",
        "各乡镇（街道）",
        "各有关部门",
        "县科技局",
        "设立维权援助工作站",
        "开展专项检查",
        "、",
        "，",
        " ",
        "和",
        "等",
    ]
)


@given(st.lists(_CLOSING_PIECES, min_size=1, max_size=6))
@example(["县发展和改革局", "、", "各乡镇（街道）"])
def test_the_quick_test_of_a_closing_sentence_never_drops_names(pieces: list[str]) -> None:
    """A paragraph's last sentence, closed by its stop, read as names alone (…。省发展改革委、省市场监管局。):
    whatever the full reading takes as names whole passes the quick test of its pieces."""
    tail = "".join(pieces)
    mentions = only_units(tail, 0, len(tail), False)
    if mentions and _names_whole(tail, (0, len(tail)), mentions) and _bodies(tail, mentions):
        assert _pieces_end_like_names(tail, 0, len(tail))


def _bare_headings_before(text: str, names_chapter: Callable[[str], bool]) -> list[StyledHeading]:
    """Round 37b's reading of bare chapter names, every line walked in Python."""
    bare_pattern = re.compile(r"[ \t\u3000]*([\u4e00-\u9fff]{2,8})[ \t\u3000]*$", re.MULTILINE)
    found: list[StyledHeading] = []
    apart = True
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        last = end
        while last > start and text[last - 1] in " \t\u3000":
            last -= 1
        heading = False
        if apart and last - start <= 16 and (bare := bare_pattern.match(text, start, end)) is not None:
            heading = names_chapter(bare[1])
            if heading:
                found.append(StyledHeading(bare.span(1), 1))
        apart = last == start or heading or text[last - 1] in "。；;！!）)】"
        start = end + 1
    return found if len(found) >= 2 else []


_OUTLINE_LINES = st.sampled_from(
    [
        "工作目标",
        "重点任务",
        "保障措施",
        "　重点任务　",
        "总体要求",
        "加强宣传",
        "",
        " ",
        "到2025年，专利达到10件。",
        "开展专利导航，",
        "（一）推进转化。",
        "1.开展贯标",
        "加强组织领导】",
        "工作目标重点任务保障措施",
    ]
)


@given(st.lists(_OUTLINE_LINES, max_size=10))
@example(["工作目标", "到2025年，专利达到10件。", "重点任务", "保障措施"])
@example(["工作目标", "开展专利导航，", "重点任务", "", "保障措施"])
def test_bare_chapter_names_read_in_one_pass_as_line_by_line(lines: list[str]) -> None:
    text = "\n".join(lines)
    names = structure._names_chapter
    assert bracket_headings._bare_headings(text, names) == _bare_headings_before(text, names)
