"""A PDF's lines the layout wrapped inside a sentence, joined back into one line.

A PDF's text layer breaks a paragraph's lines where the page ran out, anywhere: inside a unit's name (县公安
/ 分局), a heading's words or a target's. Read as they are, those breaks stay in what the stages quote: a
unit's surface form holds the line break, and a label's list ends at a line's end before its last name is
whole. The canonical text of a PDF is its text layer with such breaks taken out, so every quote and offset is
of the joined text.

A break is the layout's when the line before it fills the page's wrap width (the width most lines followed
by words fill, in display columns: a CJK character takes two) and no sentence, label or bracket closes there,
and the next line goes on with words: not indented, not blank, not opening a numbered unit, a bullet or a
table's row. A line with a gap of spaces inside is a table row or a spaced heading: the breaks around it
stay. The width is read over the whole document; a text whose lines do not wrap at one width (fewer than
_SEEN lines fill it) keeps every break. A plain text saved from a PDF (pdftotext's, lines cut at one width
mid-sentence) is joined the same way when it clearly is one (``hard_wrapped``).

A PDF's page tells more than a count of characters: a line it shows running to the right margin, the next
going on at the text block's left edge (loaders/pdf_margins.py), runs on whatever its width in columns (a
line holding digits, letters or quotation marks counts otherwise than its neighbours), unless a stop or a
note's bracket closes it; a bracket closing words set aside inside a sentence (在海峡两岸（龙岩） / 农博会)
or a quotation mark (“十四五” / 规划) does not close it.

A plain text saved with fixed line breaks (WPS's or Word's "save as text") keeps its paragraphs' indents:
where a document opens its paragraphs indented (full-width spaces, two spaces or more), a line that fills the
width followed by a line not indented runs on into it whatever mark closes it (…3项以上。 ↵ 由县科技局牵头…,
…各乡镇协助； ↵ 二是…, …“循化核桃” ↵ “街子花椒”…): a next paragraph would open indented. That line still
keeps its break when it opens a unit or a table's row, opens the back matter (抄送：…, （此件公开发布）), is a
date alone, or neither closes a sentence nor fills the width itself (a signature's name, a title): a
paragraph's last line ends with a mark. A text that does not indent its paragraphs (most paragraph openings
flush left) is read as before.

A page's end may cut a sentence too: once its printed number and the next page's running line are dropped
(page_furniture.py), the blank lines around them stay between the sentence's two lines. A line that fills the
width and ends in no closing mark runs on over such blank lines (a few, as a page's margins leave) into the
next line going on with words; a note's list cut after its semicolon (…(责任单位:X牵头; ↵ Y配合)) runs on as
a note's label does.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise
from typing import NamedTuple

from loaders.base import display_columns
from policykg.extract.closings import back_matter_line
from policykg.extract.header_lines import record_line

#: Fewest lines running on at one width that show the layout's wrap width, and the narrowest such width in
#: columns (a shorter run of like lines are headings, a table's cells).
_SEEN = 3
_MIN_WIDTH = 40
#: Columns a line may fall short of (or run over) the width and still fill it: a mark or a half-width digit
#: pushed to the next line, a mark squeezed in at the margin.
_SLACK = 2
#: What closes a line that ends a sentence, a clause of a list, a label or a bracket (an annotation closing
#: its paragraph, 〔责任单位：…〕): its break may end a paragraph.
_CLOSING = frozenset("。！？；：!?;:…）)〕]】」』”")
#: A line opening a unit of its own: a numbering marker, a bullet, an annex, a table row's number.
_OPENS_UNIT = re.compile(
    r"[ \t\u3000]|[一二三四五六七八九十百]+[、.．,，]|[（(〔][一二三四五六七八九十\d]+[）)〕]"
    r"|\d+(?:[、)）\s]|[.．,，](?!\d))|第[一二三四五六七八九十百\d]+[章节条部篇]|附件|[①-⑳⑴-⒇⒈-⒛•●▪■◆□☆★·]|[-—]{1,2}\s*\d"
)
#: A line of a table typed with bars (| 1 | 开展… | 县科技局 |): never a wrapped line, however many rows share
#: one width.
_BARRED = re.compile(r"[ \t\u3000]*[|｜]")
#: A gap of spaces inside a line: cells of a table's row, or letters spaced apart.
_GAP = re.compile(r"\S(?:[ \t\u3000]{2,}|(?<=[^\x00-\x7f])[ \t\u3000](?=[^\x00-\x7f]))\S")


#: The half-width word opening a line (9001质量…, 2.5亿元…, GB/T…): the layout moves it whole to the next
#: line when it does not fit, so the line before may fall short of the width by as many columns.
_LEADING_WORD = re.compile(r"[\x21-\x7e]+")
#: Letters or digits on both sides of a break, a letter on one: the layout broke at the space between two
#: half-width words (ISO ↵ 9001, GB/T ↵ 29490), which the joined line keeps; digits on both sides are one
#: number a narrow text cut (不少于15 ↵ 0万元).
_HALF_WIDTH_WORD = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
_DIGITS = frozenset("0123456789")
#: Brackets a line may leave open, a note's label (（责任单位：) running on to the next line.
_OPEN_BRACKETS = "（(〔【［["
_CLOSE_BRACKETS = "）)〕】］]"


def opens_unit(line: str) -> bool:
    """``line`` opens a unit of its own (a numbering marker, a bullet, an annex, a table row's number) or
    is indented."""
    return _OPENS_UNIT.match(line) is not None


def _runs_on(line: str, after: str, *, closed: bool = True) -> bool:
    """``line`` may be a wrapped line running on into ``after``: it is no row of cells, ``after`` goes on
    with words, and (when ``closed`` is asked) it ends in no closing mark."""
    body = line.rstrip()
    return (
        bool(body)
        and (not closed or body[-1] not in _CLOSING or _open_label(body))
        and bool(after.strip())
        and not opens_unit(after)
        and _GAP.search(body) is None
        and _GAP.search(after.rstrip()) is None
        and _BARRED.match(body) is None
        and _BARRED.match(after) is None
    )


def _open_label(body: str) -> bool:
    """``body`` ends with a colon or a semicolon inside a bracket it opened (…（责任单位：, …(责任单位:X
    牵头;): a note's label whose names the next line holds, or a note's list going on there, no lead-in or
    sentence closing the line."""
    if body[-1] not in "：:；;":
        return False
    return sum(body.count(c) for c in _OPEN_BRACKETS) > sum(body.count(c) for c in _CLOSE_BRACKETS)


def _spaced_words(last: str, first: str) -> bool:
    """A break between ``last`` and ``first`` parted two half-width words (see _HALF_WIDTH_WORD)."""
    return (
        last in _HALF_WIDTH_WORD and first in _HALF_WIDTH_WORD and not (last in _DIGITS and first in _DIGITS)
    )


#: How a line's width is measured: in display columns (a page's layout, a GBK export cut by bytes) or in
#: characters (a text cut every N characters, where a line holding half-width digits or letters is
#: narrower on screen yet as long: …（闽政办〔2021〕6 ↵ 0号）…).
Measure = Callable[[str], int]


class Wrap(NamedTuple):
    """The width the lines wrap at and the measure it is read in."""

    width: int
    measure: Measure


def _fills(line: str, after: str, wrap: Wrap) -> bool:
    """``line`` fills the wrap width: to within _SLACK, or short by the half-width word opening ``after``
    that did not fit (…通过ISO ↵ 9001质量…, …达到 ↵ 2025年…)."""
    columns = wrap.measure(line)
    if abs(columns - wrap.width) <= _SLACK:
        return True
    word = _LEADING_WORD.match(after)
    return word is not None and wrap.width - len(word.group()) - _SLACK <= columns < wrap.width


def _best_width(running: list[str], measure: Measure) -> tuple[int, int]:
    """The width (in ``measure``) most of the ``running`` lines (those followed by words) fill to within
    _SLACK, and how many do (0 and 0 when there are none); of widths apart filled as often, the widest (as
    many short lines, a title and labels going on to the next line, as wrapped ones do not make the short
    width the layout's)."""
    counts: dict[int, int] = {}
    for line in running:
        width = measure(line)
        counts[width] = counts.get(width, 0) + 1
    best, best_count = 0, 0
    for width in sorted(counts):
        count = sum(counts.get(w, 0) for w in range(width - _SLACK, width + _SLACK + 1))
        if count > best_count or (count == best_count and width - best > 2 * _SLACK):
            best, best_count = width, count
    return best, best_count


def wrap_width(lines: list[str]) -> Wrap | None:
    """The width the lines followed by words fill (a closing mark at the margin counted too: the sentence
    may go on), in columns or, when more of them fill a width so, in characters (a text cut by character
    count); None when fewer than _SEEN lines fill one or it is narrower than _MIN_WIDTH columns."""
    running = [line.rstrip() for line, after in pairwise(lines) if _runs_on(line, after, closed=False)]
    columns, by_columns = _best_width(running, display_columns)
    chars, by_chars = _best_width(running, len)
    if by_chars > by_columns and by_chars >= _SEEN and 2 * chars >= _MIN_WIDTH:
        return Wrap(chars, len)
    if by_columns >= _SEEN and columns >= _MIN_WIDTH:
        return Wrap(columns, display_columns)
    return None


#: Most lines, as a share of those that fill a hard-wrapped text's width, that may run past it (a web
#: address, a table's row): a text with more was typed with lines of their own lengths.
_PAST_WIDTH_SHARE = 0.1


def hard_wrapped(text: str) -> bool:
    """A plain text saved with its lines cut at one width (pdftotext's, an e-mail's): its lines wrap at a
    width (``wrap_width``) and hardly any line runs past it. A text whose paragraphs are lines of their own
    lengths (most plans' .txt) has many lines longer than any width its short lines happen to share."""
    lines = text.split("\n")
    wrap = wrap_width(lines)
    if wrap is None:
        return False
    widths = [wrap.measure(line.rstrip()) for line in lines]
    filled = sum(1 for w in widths if w >= wrap.width - _SLACK)
    past = sum(1 for w in widths if w > wrap.width + _SLACK)
    return past <= _PAST_WIDTH_SHARE * filled


#: What ends a sentence, a clause of a list or a lead-in: a line the page wrapped (``wrapped``) may still end
#: its paragraph there; a quotation mark closing at the margin closes mid-sentence (…“十四五” / 规划…).
_STOPS = frozenset("。！？；：!?;:…")
#: What a note's bracket holds (〔责任单位：…〕, （2024年底前完成。）), and a bracket closing inside it.
_NOTE_MARKS = frozenset("：:。；;）)〕】］]")


def _aside_closes(body: str) -> bool:
    """``body`` ends with a bracket closing words set aside inside a sentence (在海峡两岸（龙岩）,
    各镇（街道）): the bracket opened on the line and holds no label, stop or other bracket. A note's bracket
    (〔责任单位：…〕), or one opened on a line before, closes its paragraph."""
    opener = _OPEN_BRACKETS[_CLOSE_BRACKETS.index(body[-1])]
    start = body.rfind(opener)
    return start >= 0 and not any(ch in _NOTE_MARKS for ch in body[start + 1 : -1])


def _page_wrapped(line: str, after: str) -> bool:
    """``line``, which the page shows running to its margin, runs on into ``after``: no stop or note's
    bracket closes it (a note's label left open aside) and ``after`` goes on with words."""
    body = line.rstrip()
    if not _runs_on(line, after, closed=False):
        return False
    if body[-1] in _CLOSE_BRACKETS:
        return _aside_closes(body)
    return body[-1] not in _STOPS or _open_label(body)


#: A paragraph's indent at the start of a line: a full-width space, a tab or two spaces.
_INDENT = re.compile(r"\u3000|\t| {2}")
#: Least share of a text's paragraph openings (lines after a blank line or a line short of the width) that
#: are indented in a text that indents its paragraphs: its title block, salutation and signature open flush.
_INDENTED_SHARE = 0.75


def indents_paragraphs(lines: list[str], wrap: Wrap) -> bool:
    """The text opens its paragraphs indented: of the lines after a blank line or a line short of the wrap
    width (the lines that open a paragraph whatever the text's layout), at least _SEEN and _INDENTED_SHARE of
    them are indented. A line after a line that fills the width may be a paragraph's continuation and is not
    counted."""
    indented = flush = 0
    for before, line in pairwise(lines):
        if not line.strip() or (before.strip() and _fills(before.rstrip(), line, wrap)):
            continue
        if _INDENT.match(line) is None:
            flush += 1
        else:
            indented += 1
    return indented >= _SEEN and indented >= _INDENTED_SHARE * (indented + flush)


def _continues_paragraph(body: str, after: str, wrap: Wrap) -> bool:
    """In a text that indents its paragraphs, ``after`` (not indented) goes on with the paragraph whose line
    ``body`` fills the width, whatever mark closes ``body`` (see the module's words): it is no unit, row,
    back matter or date line, and it closes a sentence or fills the width itself."""
    if not _runs_on(body, after, closed=False) or not _fills(body, after, wrap):
        return False
    words = after.rstrip()
    if words[-1] not in _CLOSING and abs(wrap.measure(words) - wrap.width) > _SLACK:
        return False
    if back_matter_line(words, (0, len(words))):
        return False
    record = record_line(words, 0, len(words))
    return record is None or not record.dates


def join_wrapped_lines(text: str, wrapped: frozenset[int] = frozenset(), *, indents: bool = False) -> str:
    """``text`` with each break the layout made inside a sentence taken out (see the module's words).
    ``wrapped``: the lines (by number) a PDF's page shows running to its right margin, the next going on at
    the text block's left edge (loaders/pdf_margins.py), which run on into the next line whatever width
    their characters add up to. ``indents`` says the text keeps its paragraphs' indents as written (a
    plain-text save): when it opens its paragraphs indented, a full line followed by a line not indented runs
    on into it whatever closes it."""
    lines = text.split("\n")
    wrap = wrap_width(lines)
    if wrap is None and not wrapped:
        return text
    indented = indents and wrap is not None and indents_paragraphs(lines, wrap)
    pieces: list[str] = []
    k, last = 0, len(lines) - 1
    while k < last:
        line, after = lines[k], lines[k + 1]
        body = line.rstrip()
        if (k in wrapped and _page_wrapped(line, after)) or (
            wrap is not None
            and (
                (_runs_on(line, after) and _fills(body, after, wrap))
                or (indented and _continues_paragraph(body, after, wrap))
            )
        ):
            pieces.append(body)  # joined: the spaces the layout left at the margin go too
            if _spaced_words(body[-1], after[:1]):
                pieces.append(" ")  # …ISO ↵ 9001…: the space the layout broke at
        elif wrap is not None and body and not after.strip() and (on := _over_page_gap(lines, k, wrap)):
            pieces.append(body)  # joined over the blank lines a page's end left: they go too
            if _spaced_words(body[-1], lines[on][:1]):
                pieces.append(" ")
            k = on
            continue
        else:
            pieces.extend((line, "\n"))
        k += 1
    pieces.append(lines[-1])
    return "".join(pieces)


#: Most blank lines a page's end leaves between two lines of one sentence once its page number and running
#: lines are dropped (the bottom margin's, the next page's top margin's).
_PAGE_GAP_LINES = 8


def _over_page_gap(lines: list[str], k: int, wrap: Wrap) -> int | None:
    """The line (by number) that line ``k`` runs on into over the blank lines after it, or None: a page's end
    cut the sentence there (…办公室设在县 ↵ ↵ ↵ 市场监管局，…), the page number and the next page's running
    line between them dropped (page_furniture.py), so line ``k`` fills the width, ends in no closing mark and
    the next line of text goes on with words. A paragraph's last line ends with a mark, or falls short of
    the width."""
    for on in range(k + 1, min(k + 2 + _PAGE_GAP_LINES, len(lines))):
        if lines[on].strip():
            body = lines[k].rstrip()
            return on if _runs_on(body, lines[on]) and _fills(body, lines[on], wrap) else None
    return None
