"""Numbering markers: which style opens a unit (第X章, 一、, （一）, 1., （1）, ①, 1.1 …), the level that
style has, and how levels shift when a plan nests its numbering under 第X章 / 第X节.

``match_marker(text, start, end)`` reads the marker at ``start``; ``decimal_outline(text)`` tells whether
the plan numbers its outline 1.1 / 2.1.1.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING, NamedTuple

from ontology.vocab_targets import target_vocabulary
from policykg.extract.emoji_marks import (
    EMOJI_BULLET,
    KEYCAP,
    KEYCAP_OPENERS,
    LINE_PICTOGRAPH,
    keycap_label,
    may_be_pictograph,
)
from policykg.extract.header_lines import field_label_line
from policykg.extract.textspan import Span, line_spans, trim

if TYPE_CHECKING:
    from policykg.extract.structure import Unit

_CN = "一二三四五六七八九十百零〇"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_CIRCLED = CIRCLED
#: ㈠–㈩, ⒈–⒛, ⑴–⒇: enclosed numbers, each read as the number it encloses (ENCLOSED).
_ENCLOSED_CN = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"
_ENCLOSED_STOP = "".join(chr(c) for c in range(0x2488, 0x249C))
ENCLOSED_PAREN = "".join(chr(c) for c in range(0x2474, 0x2488))
ENCLOSED = {
    **{ch: _CN[n] if n < 9 else "十" for n, ch in enumerate(_ENCLOSED_CN)},
    **{ch: str(n + 1) for n, ch in enumerate(_ENCLOSED_STOP)},
    **{ch: str(n + 1) for n, ch in enumerate(ENCLOSED_PAREN)},
}
#: Bullets a word processor or a web page sets before a list's items, and those typed in plain text and
#: Markdown (- 开展…, * 推进…), which a space follows.
BULLETS = "●◆■▲★•▪◇□○◎◼◾▸►※"
TYPED_BULLETS = "-*+"
#: A list's bullet opening a line, with the spaces after it (● 责任单位：…, - 牵头单位：…, ◆配合单位：…, and a
#: pictograph as an article from a phone sets it: 📈每万人口…, 👉责任单位：…).
LINE_BULLET = re.compile(
    rf"(?:[{re.escape(TYPED_BULLETS)}][ \t\u3000]|[{BULLETS}]|{LINE_PICTOGRAPH})[ \t\u3000]*+"
)
#: What a bulleted item's words open with.
_ITEM_AHEAD = "(?=[\u4e00-\u9fff“《「【])"


class Marker(NamedTuple):
    level: int  # the level its style has on its own; segment() shifts it under 第X章 / 第X节
    kind: str
    label: str
    span: Span
    #: part (第X章/部分/篇) | jie (第X节) | cn | paren_cn | phase | article (第X条) | digit | paren_digit
    #: | circled | decimal | named (任务一) | half_paren_cn (一）) | half_paren_digit (1）) | enclosed_cn (㈠)
    #: | enclosed_stop (⒈) | enclosed_paren (⑴) | bullet (●) | dated (3月底前：) | padded (01 强化行政执法)
    #: | box (专栏1 重点工程) | keycap (1️⃣)
    style: str


#: 第X章 / 第X部分 / 第X篇; 第二部分第3条 refers to an item (a 分工 line) and heads nothing.
_PART = re.compile(rf"第([{_CN}]+)(?:章|部分|篇)(?!\s*第\s*[\d{_CN}]+\s*[条项])[\s、：:]*")
#: 任务一：… / 行动2：… / 工程三、…: a task list numbering its entries with the word for them; not a line
#: assigning a task of the plan by its number to bodies (任务3：区财政局负责, line_references' reading).
_NAMED = re.compile(
    rf"((?:专项|重点|重大)?(?:任务|措施|行动|工程)\s*+(?:[{_CN}]+|\d{{1,2}}))\s*+[：:、．.]\s*+"
    r"(?![区县市省旗州盟][^\n：:]{1,15}?(?:牵头|负责|配合|参与|落实))"
)
#: A line of a work list opening with the time it is due and a colon (3月底前：…, 1月份：…, 二季度：…,
#: 上半年：…, 2024年6月底前：…, 每季度：…): an entry of the list, labelled in paths by that time; not a line
#: opening with a date and a comma (3月26日，…: a sentence), nor a year alone (2025年：…: a goal).
_DATED = re.compile(
    r"((?:(?:19|20)\d{2}\s*+年\s*+)?(?:第?[一二三四]季度|[上下]半年|每(?:个)?(?:季度|月|半年)|全年"
    r"|(?:1[0-2]|0?[1-9])\s*+月份?"
    r"(?:\s*+\d{1,2}\s*+日)?)\s*+(?:底|末|[上中下]旬)?\s*+(?:前|以前|之前)?)\s*+[：:]\s*+"
)
#: A box's title line (专栏1 重点工程, 专栏三：…): its word and number, then its title's words.
_BOX = re.compile(
    rf"(专栏\s*+(?:\d{{1,2}}|[{_CN}]+))[ \t\u3000]*+[：:、．.]?[ \t\u3000]*+(?=[\u4e00-\u9fff“《「])"
)
MARKERS: tuple[tuple[int, str, str, re.Pattern[str]], ...] = (
    (1, "chapter", "part", _PART),
    (2, "section", "jie", re.compile(rf"第([{_CN}]+)节[\s、：:]*")),
    (1, "chapter", "cn", re.compile(rf"([{_CN}]+)\s*[、．.]\s*")),
    # a keycap number (1️⃣ 工作目标, 🔟 保障措施): a chapter, as an article copied from a phone numbers them
    (1, "chapter", "keycap", KEYCAP),
    # also in square or tortoise-shell brackets as some plans number their sections (【一】, 〔一〕, ［一］)
    (2, "section", "paren_cn", re.compile(rf"[（(【〔［]\s*([{_CN}]+)\s*[）)】〕］]\s*[、．.，,]?\s*")),
    (2, "phase", "phase", re.compile(rf"(第[{_CN}]+(?:阶段|步))\s*[：:、]?\s*")),
    #: 第X条 of a plan written as articles (实施意见, 若干措施): an item, numbered on across its chapters.
    (3, "item", "article", re.compile(rf"第([{_CN}]+)条(?![款项])[\s、：:]*")),
    # not 1.5亿元 nor 1.2 (a decimal), but 1.3月底前，… / 2.2024年6月底前，…: an item opening with its date;
    # up to 999 (a task list of a city or province runs past 99 items; a year, 2024., is no item number)
    (3, "item", "digit", re.compile(r"(\d{1,3})\s*[、．.](?!\d(?!\d?\s*月|\d{3}\s*年))\s*")),
    (3, "item", "named", _NAMED),
    # a box of a 规划 (专栏1 重点工程, 专栏2：知识产权保护工程): a section's level, so that it stands beside
    # the task before it (（八）… ⏎ 专栏1 … ⏎ 1．…) and its own numbered entries nest in it, not in that task
    (2, "section", "box", _BOX),
    (4, "subitem", "paren_digit", re.compile(r"[（(]\s*(\d{1,2})\s*[）)]\s*[、．.，,]?\s*")),
    (5, "point", "circled", re.compile(rf"([{_CIRCLED}])\s*")),
    # numbers closed by a half bracket (一） / 1）), as （一） / （1） are enclosed: the same levels; not 2）%
    (2, "section", "half_paren_cn", re.compile(rf"([{_CN}]+)\s*+[）)](?![%％])\s*")),
    (4, "subitem", "half_paren_digit", re.compile(r"(\d{1,2})\s*+[）)](?![\d%％])\s*")),
    # the enclosed forms of one character (㈠, ⑴, ⒈) that Word's numbering and some fonts give
    (2, "section", "enclosed_cn", re.compile(rf"([{_ENCLOSED_CN}])\s*")),
    (3, "item", "enclosed_stop", re.compile(rf"([{_ENCLOSED_STOP}])\s*")),
    (4, "subitem", "enclosed_paren", re.compile(rf"([{ENCLOSED_PAREN}])\s*")),
    # an entry of a work list by month or quarter (3月底前：…): the deepest level, as a bullet's
    (5, "point", "dated", _DATED),
    # a bulleted item (● 开展…, ◆ 推进…): numbered in paths by its place among its siblings
    (5, "point", "bullet", re.compile(rf"([{BULLETS}])\s*+(?=[\u4e00-\u9fff“《「【])")),
    (
        5,
        "point",
        "bullet",
        re.compile(rf"([{re.escape(TYPED_BULLETS)}])[ \t\u3000]++(?=[\u4e00-\u9fff“《「【])"),
    ),
)
#: Decimal outline numbers (1.1 / 2.1.1 / 1.2.3.4) and, in a decimal outline only, a bare chapter
#: number (1 总体要求).
_DECIMAL = re.compile(r"(\d{1,2}(?:[.．]\d{1,2}){1,3})(?![.．]?\d)(?:\s*[、．.])?\s*")
_BARE = re.compile(r"(\d{1,2})[ \t\u3000]+")
_DECIMAL_KINDS = ("chapter", "section", "item", "subitem")
#: Words a number runs into when it is a quantity or a date, not an outline number (2.5亿元, 1.2万件, 3.5%).
_QUANTITY_HEADS = "年月日时万亿千百倍"
#: Heading words opening with one of those (3 时间安排, 4 时序进度): no quantity.
_HEADING_WORDS = ("时间", "时序")
_HEADING_OPENERS = "“《「【"
#: Markdown emphasis around a heading's words (**…**, __…__).
EMPHASIS = re.compile(r"\*\*|__")
_MD_HEADING = re.compile(r"(#{1,6})\s*")


def strip_md(text: str, start: int, end: int) -> tuple[int, int]:
    """Offset after a markdown heading prefix and an emphasis opener (### **…) and the heading's # count
    (0 if none)."""
    m = _MD_HEADING.match(text, start, end)
    body, md = (m.end(), len(m.group(1))) if m else (start, 0)
    if EMPHASIS.match(text, body, end):
        body += 2
    return body, md


@cache
def _quantity_words() -> tuple[str, ...]:
    return tuple(u.unit for u in target_vocabulary().units)


def _heading_follows(text: str, pos: int, end: int) -> bool:
    """Heading text (not a unit, a percent or a date part) starts at ``pos``: 1.1 发展目标, not 2.5亿元."""
    if pos >= end:
        return False
    ch = text[pos]
    if not ("\u4e00" <= ch <= "\u9fff" or ch in _HEADING_OPENERS):
        return False
    if ch in _QUANTITY_HEADS and not text.startswith(_HEADING_WORDS, pos):
        return False
    return not text.startswith(_quantity_words(), pos)


#: The characters each style's pattern opens with ("0" stands for any decimal digit, as \d matches).
_STYLE_OPENERS = {
    "part": "第",
    "jie": "第",
    "cn": _CN,
    "keycap": "0" + KEYCAP_OPENERS,
    "paren_cn": "（(【〔［",
    "phase": "第",
    "article": "第",
    "digit": "0",
    "paren_digit": "（(",
    "circled": _CIRCLED,
    "named": "任措行工专重",
    "box": "专",
    "half_paren_cn": _CN,
    "half_paren_digit": "0",
    "enclosed_cn": _ENCLOSED_CN,
    "enclosed_stop": _ENCLOSED_STOP,
    "enclosed_paren": ENCLOSED_PAREN,
    "bullet": BULLETS + TYPED_BULLETS,
    "dated": "0第一二三四上下每全",
}
#: The patterns that may match at a character, in MARKERS' order: most lines and clauses open with a
#: character no pattern opens with, and the rest are tried only against the styles that open with theirs.
_BY_OPENER: dict[str, tuple[tuple[int, str, str, re.Pattern[str]], ...]] = {
    ch: tuple(entry for entry in MARKERS if ch in _STYLE_OPENERS[entry[2]])
    for ch in {ch for openers in _STYLE_OPENERS.values() for ch in openers}
}


def match_marker(text: str, start: int, end: int, *, decimal: bool = False) -> Marker | None:
    """The numbering marker at ``start``: its level, kind, label, span and style. Decimal outline numbers
    count only when heading text follows; a bare chapter number (1 总体要求) only in a decimal outline."""
    if start >= end:
        return None
    digit = text[start].isdecimal()
    patterns = _BY_OPENER.get("0" if digit else text[start])
    if patterns is None:
        return _emoji_bullet(text, start, end)  # most lines and clauses: no pattern can match here
    return (
        _first_marker(patterns, text, start, end)
        or (_decimal_marker(text, start, end, decimal) or _padded_marker(text, start, end) if digit else None)
        or _comma_marker(text, start, end)
    )


def match_marker_by_patterns(text: str, start: int, end: int, *, decimal: bool = False) -> Marker | None:
    """match_marker without its quick test of the first character: every pattern tried."""
    return (
        _first_marker(MARKERS, text, start, end)
        or _decimal_marker(text, start, end, decimal)
        or _padded_marker(text, start, end)
        or _comma_marker(text, start, end)
        or _emoji_bullet(text, start, end)
    )


def _emoji_bullet(text: str, start: int, end: int) -> Marker | None:
    """A pictograph set before an item (🔹 培育…, ▶️ 推进…, ✅ 加强…): a bulleted item as ● 开展… is; not one
    before a note's label (👉 责任单位：…), which gives the units of the work above."""
    if start >= end or not may_be_pictograph(text[start]):
        return None  # most lines and clauses: no pictograph opens them
    m = EMOJI_BULLET.match(text, start, end)
    if m is None or field_label_line(text, m.end(), end):
        return None
    return Marker(5, "point", m.group(1), (start, m.end()), "bullet")


#: A chapter or item number typed with a comma for its 、 (一，重点任务 / 1，开展专利清零行动).
_COMMA = re.compile(rf"(?:([{_CN}]+)|(\d{{1,3}}))[ \t\u3000]*+[，,][ \t\u3000]*+")
#: Longest heading such a number opens, and what no heading holds: a sentence's end or a list's colon.
_COMMA_HEADING_MAX = 40
_SENTENCE_MARKS = re.compile(r"[。；;！？!?：:]")


def _comma_marker(text: str, start: int, end: int) -> Marker | None:
    """一，重点任务 / 1，开展专利清零行动: a number and a comma open a chapter (or an item) when the rest of
    the line is a heading, short, opening with words and holding no sentence end; a sentence numbered so
    (1，依法查处侵权案件；) or a number in a wrapped line (达到↵1，200件) opens none."""
    m = _COMMA.match(text, start, end)
    if m is None or not _heading_follows(text, m.end(), end):
        return None
    line_end = text.find("\n", m.end(), end)
    stop = len(text[m.end() : end if line_end < 0 else line_end].rstrip()) + m.end()
    if stop - m.end() > _COMMA_HEADING_MAX or _SENTENCE_MARKS.search(text, m.end(), stop):
        return None
    if m.group(1) is not None:
        return Marker(1, "chapter", m.group(1), (start, m.end()), "cn")
    return Marker(3, "item", m.group(2), (start, m.end()), "digit")


#: A two-digit chapter number as articles and reposts set it (01 强化行政执法, 02｜加强司法衔接,
#: **01** 优化服务): a space or a bar after it, or nothing after a zero-padded one (01强化行政执法).
_PADDED = re.compile(
    r"(0[1-9]|[1-9]\d)(?:\*\*|__)?+(?:[ \t\u3000]*+[｜|丨][ \t\u3000]*+|[ \t\u3000]++|(?<=0\d))"
)
#: What closes a heading's line after its words: white space and markdown emphasis (**01 强化行政执法**).
_HEADING_TAIL = " \t\u3000*_"


def _padded_marker(text: str, start: int, end: int) -> Marker | None:
    """01 强化行政执法 / 02｜加强司法衔接: a two-digit number opens a chapter when the rest of the line is a
    heading (heading words, short, one phrase: no sentence end, no gap between words, as in a spaced table's
    row 01 开展专利导航 区科技局); a count (30 件) or a date (12 月) opens none."""
    m = _PADDED.match(text, start, end)
    if m is not None and m.group(1)[0] == "0":
        line_end = text.find("\n", m.end(), end)
        if not text[m.end() : end if line_end < 0 else line_end].strip(_HEADING_TAIL):
            return _badge_marker(text, start, m)
    if m is None or not _heading_follows(text, m.end(), end):
        return None
    line_end = text.find("\n", m.end(), end)
    stop = len(text[m.end() : end if line_end < 0 else line_end].rstrip(_HEADING_TAIL)) + m.end()
    if stop - m.end() > _COMMA_HEADING_MAX or _SENTENCE_MARKS.search(text, m.end(), stop):
        return None
    if any(ch in " \t\u3000" for ch in text[m.end() : stop]):
        return None
    return Marker(1, "chapter", m.group(1), (start, m.end()), "padded")


def _badge_marker(text: str, start: int, m: re.Match[str]) -> Marker | None:
    """A zero-padded chapter number on a line of its own, the chapter's name on the next (an article's badge:
    01 ↵ 强化知识产权创造), a blank line between them or none: a chapter when that line is a name (short, one
    phrase, no figure, opening no unit of its own); a number alone before a sentence (01 ↵ 开展专利导航，…)
    opens none."""
    after = text.find("\n", m.end())
    if after < 0:
        return None
    if text.startswith("\n", after + 1):  # a blank line between them
        after += 1
    s, e = trim(text, after + 1, len(text) if (nl := text.find("\n", after + 1)) < 0 else nl)
    e = len(text[s:e].rstrip(_HEADING_TAIL)) + s
    if (
        s >= e
        or e - s > _COMMA_HEADING_MAX
        or not _heading_follows(text, s, e)
        or _SENTENCE_MARKS.search(text, s, e)
        or _BADGE_NAME_STOPS.search(text, s, e)
        or match_marker(text, s, e) is not None
    ):
        return None
    return Marker(1, "chapter", m.group(1), (start, m.end()), "padded")


#: What a badge's chapter name holds none of: a gap between words, a comma, a figure (到2025年，…达到180件 is
#: a goal's sentence).
_BADGE_NAME_STOPS = re.compile(r"[ \t\u3000，,\d]")


def _first_marker(
    patterns: Sequence[tuple[int, str, str, re.Pattern[str]]], text: str, start: int, end: int
) -> Marker | None:
    """The marker the first of ``patterns`` (in MARKERS' order) to match at ``start`` reads."""
    for level, kind, style, pattern in patterns:
        m = pattern.match(text, start, end)
        if m and style == "bullet" and field_label_line(text, m.end(), end):
            continue  # ● 责任单位：A、B: the units of the work above set off by a bullet, no point of its own
        if m and style == "keycap":
            return Marker(level, kind, keycap_label(m), (start, m.end()), style)
        if m:
            label = ENCLOSED.get(m.group(1), m.group(1)) if style.startswith("enclosed") else m.group(1)
            return Marker(level, kind, label, (start, m.end()), style)
    return None


def _decimal_marker(text: str, start: int, end: int, decimal: bool) -> Marker | None:
    """A decimal outline number (1.1, 2.1.1) with heading text after it, or in a decimal outline a bare
    chapter number (1 总体要求)."""
    m = _DECIMAL.match(text, start, end) or (_BARE.match(text, start, end) if decimal else None)
    if m and _heading_follows(text, m.end(), end):
        label = m.group(1).replace("．", ".")
        depth = label.count(".") + 1
        return Marker(depth, _DECIMAL_KINDS[depth - 1], label, (start, m.end()), "decimal")
    return None


_LEAD_INS = ("同时", "并", "还")
_ORDINALS = "一二三四五六七八九十"


def skip_lead_in(text: str, start: int, end: int) -> int:
    """Where a clause's own words begin: past a numbering marker (（一）, 1.), a joining word (同时, 并, 还)
    and an enumerator (一是…)."""
    start = trim(text, start, end)[0]
    marker = match_marker(text, start, end)
    if marker is not None and marker.span[1] < end:
        start = trim(text, marker.span[1], end)[0]
    if text.startswith(_LEAD_INS, start, end):
        word = next(w for w in _LEAD_INS if text.startswith(w, start, end))
        start = trim(text, start + len(word), end)[0]
    if end - start >= 3 and text[start + 1] == "是" and text[start] in _ORDINALS:
        start = trim(text, start + 2, end)[0]
    return start


#: A line that may open with a decimal number, past white space, markdown # and emphasis: what every line
#: decimal_outline accepts has, so only the lines it finds are read for their marker. Its white space stops
#: at the line's end (a run of blank lines read from each of its lines was quadratic).
_DECIMAL_OPENING = r"(?:[^\S\n]|[\ufeff#*_])*\d{1,2}[.．]\d"
_FIRST_DECIMAL_LINE = re.compile(_DECIMAL_OPENING)
#: The same after a line break: the engine finds each line break by itself (the text's start as an
#: alternative, ``(?:^|\n)``, had it try every offset of the text).
_DECIMAL_LINE = re.compile(r"\n" + _DECIMAL_OPENING)


def _decimal_candidates(text: str) -> Iterator[int]:
    """Where the number ends on each line that may open with a decimal outline number."""
    first = _FIRST_DECIMAL_LINE.match(text)
    if first is not None:
        yield first.end()
    for candidate in _DECIMAL_LINE.finditer(text):
        yield candidate.end()


def decimal_outline(text: str) -> bool:
    """The plan numbers its outline 1.1 / 2.1.1: some line opens with a decimal outline number. Only the
    lines that may (most plans: none) are read for their marker."""
    for at in _decimal_candidates(text):  # on the line whose number it found
        line_end = text.find("\n", at)
        line = (text.rfind("\n", 0, at) + 1, len(text) if line_end < 0 else line_end)
        if _decimal_line(text, *line):
            return True
    return False


def decimal_outline_by_lines(text: str) -> bool:
    """decimal_outline without its quick test: every line read for its marker."""
    return any(_decimal_line(text, s, e) for s, e in line_spans(text))


def _decimal_line(text: str, start: int, end: int) -> bool:
    """The line ``[start, end)`` opens with a decimal outline number (past markdown # and emphasis)."""
    s, e = trim(text, start, end)
    body, _ = strip_md(text, s, e)
    marker = match_marker(text, body, e)
    return marker is not None and marker.style == "decimal"


#: Styles the numbering inside nests below: 第X章, 第X节 and headings marked by their style alone.
_OUTER_STYLES = ("part", "jie", "styled")
_LEVEL_KINDS = ("chapter", "section", "item", "subitem", "point")


def nest_listed(units: list[Unit], listed: dict[int, int]) -> None:
    """Units a Word list numbers (``listed``: a paragraph's start → its depth in the lists' outline, from 1)
    whose depths the labels Word shows do not tell apart (List Number and List Number 2 both show 1. 2. …:
    one style of label at two depths) take their levels from their depths: the top depth opens chapters
    (its labels' own level when the text numbers chapters of its own), each deeper one a level below the
    one above it, and never above the level its own label's style has (items under 1. chapters)."""
    depths: dict[int, set[int]] = {}
    styles: dict[str, set[int]] = {}  # the depths each label's style is shown at
    for unit in units:
        depth = listed.get(unit.marker_span[0])
        if depth is not None:
            depths.setdefault(depth, set()).add(unit.level)
            styles.setdefault(unit.style, set()).add(depth)
    if all(len(shown) == 1 for shown in styles.values()):
        return  # each style of label at one depth (一、 over （一）, ⒈ lists apart): read as in any plan
    ranked = sorted(depths)
    # chapters the text numbers itself (一、 typed, not a list's): the lists' outline lies under them
    chapters = any(u.level == 1 and u.marker_span[0] not in listed for u in units)
    levels: dict[int, int] = {}
    above = 0
    for depth in ranked:
        top = min(depths[depth]) if chapters or above else 1
        above = levels[depth] = max(above + 1, top)
    for unit in units:
        depth = listed.get(unit.marker_span[0])
        if depth is not None and unit.level != levels[depth]:
            unit.level = levels[depth]
            unit.kind = _LEVEL_KINDS[min(unit.level, len(_LEVEL_KINDS)) - 1]
            unit.style = "decimal" if unit.level == 1 and unit.style == "digit" else unit.style


def promote_decimal_heads(units: list[Unit]) -> None:
    """In a decimal outline, 1. (or 1、) followed directly by 1.1 heads a chapter, not an item."""
    for unit, following in pairwise(units):
        if unit.style == "digit" and following.style == "decimal" and following.label == f"{unit.label}.1":
            unit.level, unit.kind, unit.style = 1, "chapter", "decimal"


#: The words of 第X篇 / 第X部分 / 第X章 / 第X节, widest first: a plan dividing its 部分 into 章 (第二部分
#: 重点任务 over 第一章 …, 第一节 …) nests each under the wider one before it.
_OUTER_WORDS = ("篇", "部分", "章", "节")


def _outer_rank(text: str, unit: Unit) -> int | None:
    """Which of _OUTER_WORDS a 第X… heading's marker writes (its index), or None for another style."""
    if unit.style not in ("part", "jie"):
        return None
    marker = text[unit.marker_span[0] : unit.marker_span[1]]
    return next((k for k, word in enumerate(_OUTER_WORDS) if word in marker), None)


def nest_outer(text: str, unit: Unit, stack: list[Unit]) -> None:
    """A 第X章 under a 第X部分 (or 篇) before it, and a 第X节 under such a 章, sits one level below the
    innermost wider heading open on ``stack``, not beside it (第二部分 重点任务 / 第一章 强化创造 /
    第一节 …)."""
    rank = _outer_rank(text, unit)
    if rank is None:
        return
    for outer in reversed(stack):
        wider = _outer_rank(text, outer)
        if wider is not None and wider < rank:
            if outer.level + 1 > unit.level:
                unit.level = outer.level + 1
                unit.kind = _LEVEL_KINDS[min(unit.level, len(_LEVEL_KINDS)) - 1]
            return


def shift_level(unit: Unit, stack: list[Unit], tops: dict[int, int]) -> None:
    """Under 第X章 (level 1) or 第X节 (level 2) the numbering nests below the innermost of them: the first
    style used inside it (一、, （一） or 1.) sits one level below it, and deeper styles keep their distance
    from that one. ``tops`` remembers that first style's own level per 章/节."""
    if unit.level == 0 or unit.style in _OUTER_STYLES:
        return
    outer = next((u for u in reversed(stack) if u.style in _OUTER_STYLES), None)
    if outer is None:
        return
    top = tops.setdefault(outer.index, unit.level)
    unit.level = outer.level + 1 + max(0, unit.level - top)
    if unit.kind != "phase":
        unit.kind = _LEVEL_KINDS[min(unit.level, len(_LEVEL_KINDS)) - 1]
