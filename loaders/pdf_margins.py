"""Which of a PDF's lines the page wrapped, read from where the lines stand on the page.

A text PDF sets a paragraph's lines across the text block: every line but the last runs to the right
margin, and the next one goes on at the block's left edge (a paragraph's first line is indented, a table's
cells stand at their columns). A line that runs to the margin was cut by the page wherever it filled:
inside a cited title (《福建省“十四五”知识产权 / 保护和运用规划》), after a bracket closing mid-sentence
(在海峡两岸（龙岩） / 农博会), inside a word at the foot of a page (…全年工作总 / 结。 on the next page). A
line that ends short of the margin ends its paragraph. How many characters a line holds tells this only
roughly (digits, letters and quotation marks take widths of their own); its right edge tells it in any
font.

The margins are the page's own: the right margin is the right edge most of a page's long lines end at
(within an em: a justified line holding digits is estimated a little short, a mark set in at the margin a
little past), the left edge the leftmost that two long lines start at. A page with too few long lines (a
page of a table, a signature page) takes the document's, and so does a page whose lines show no margin: a
line across the block runs far past the edge most lines end at (that edge is then a column's, cells of one
length set one a line). A block narrower than _MIN_EMS is a table's column or a box, where a heading fills
the width as a wrapped line does: its lines are left to the loader's count of characters. The em is the
page's body size, read off its long lines. A line reaches the margin when it ends within _REACH ems of it
(ragged-right text, a mark kept off the next line's start), or short by as much more as the half-width word
opening the next line takes (…通过ISO / 9001质量…: the layout moved the word whole). The edges are
loaders/pdf_geometry.py's estimates. Which of these lines run on into the next (no stop, no note's bracket
closing them) loaders/pdf_lines.py decides.

A page set in text columns (a gazette's two columns of some twenty characters, three narrower ones) holds a
block per column: its long lines end at as many right edges, the columns the same width and side by side,
each line standing in one of them. Each line is then read against its own column, however narrow (down to
_MIN_COLUMN_EMS), and the last line of a column runs on into the first of the next when it fills its
column. A table's columns differ in width, or hold lines standing in none of them."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import pairwise
from statistics import median
from typing import NamedTuple

from loaders.pdf_geometry import Extent

#: Fewest ems of a line counted as long (a page number, a table's cell, a short heading are not).
_LONG = 8.0
#: Fewest long lines ending at one edge that show a page's margin.
_SEEN = 3
#: Fewest ems across a text block whose lines are read so: a narrower one is a column of a table or a box,
#: where a heading may fill the width as a wrapped line does.
_MIN_EMS = 20.0
#: Ems a line may end short of the right margin and still run to it.
_REACH = 2.0
#: Ems a line's left edge may stand right of the block's and the line still span the block (an indented
#: first line, a numbered item's indent); a cell of a table's later column stands further in.
_INDENT = 4.0
#: Ems the next line may stand off the block's left edge and still go on at it.
_ALIGNED = 0.5
#: Most text lines a placed line is looked for after the last one found (running lines dropped between).
_LOOK = 8
#: The half-width word opening a line, moved whole to it by the layout.
_LEADING_WORD = re.compile(r"[\x21-\x7e]+")


class _Page(NamedTuple):
    """A page's text block: its left edge and right margin across the page, and its em, in points."""

    left: float
    right: float
    em: float


def _ems(words: str) -> float:
    return sum(1.0 if ord(ch) > 0x7F else 0.5 for ch in words)


def _most_at(values: list[float], near: float) -> tuple[float, int]:
    """The value most of ``values`` lie within ``near`` of, and how many do (the larger on a tie)."""
    ordered = sorted(values)
    best, best_count = 0.0, 0
    for v in reversed(ordered):
        count = bisect_right(ordered, v + near) - bisect_left(ordered, v - near)
        if count > best_count:
            best, best_count = v, count
    return best, best_count


def _block(lines: list[tuple[str, Extent]]) -> tuple[float | None, float, float, int] | None:
    """The text block the long ``lines`` show: its left edge (None when no line shows it), its right
    margin, its em, and how many lines end at the margin; None without long lines. The margin is the edge
    most long lines end within an em of (the estimates' spread: digits, a mark set in past the margin); the
    left edge the one most lines after a line ending there start at (a paragraph goes on there; an indented
    first line opens one, however many paragraphs are short), the leftmost on a tie."""
    long = [(left, right, _ems(words)) for words, (left, right) in lines if _ems(words) >= _LONG]
    if not long:
        return None
    em = median((right - left) / ems for left, right, ems in long)
    if em <= 0:
        return None
    right, count = _most_at([r for _, r, _ in long], em)
    after = [
        nxt[1][0] for line, nxt in pairwise(lines) if _ems(line[0]) >= _LONG and abs(line[1][1] - right) <= em
    ]
    if not after:
        return None, right, em, count
    left = -_most_at([-x for x in after], _ALIGNED * em)[0]
    if any(x <= left + _INDENT * em and r > right + _REACH * em for x, r, _ in long):
        return None  # a line across the block runs far past the edge: it is a column's (cells of one length)
    return left, right, em, count


#: Fewest ems across a text column of a page set in columns: a gazette's column of some twenty characters,
#: a third of a page; a narrower one is a table's.
_MIN_COLUMN_EMS = 12.0
#: Fewest long lines ending at a column's right edge that show it.
_COLUMN_LINES = 6
#: Most columns of text a page is set in.
_MOST_COLUMNS = 3


def _columns(lines: list[tuple[str, Extent]]) -> list[_Page]:
    """The text columns of a page set in two or three (see the module's note), left to right; empty when the
    page shows no such layout: its long lines end at two or three right edges, _COLUMN_LINES at least at
    each, the column before each edge starting where most lines after one ending there start, the columns
    the same width within an em, apart from each other, and every long line standing in one of them."""
    long = [(left, right, _ems(words)) for words, (left, right) in lines if _ems(words) >= _LONG]
    if len(long) < 2 * _COLUMN_LINES:
        return []
    em = median((right - left) / ems for left, right, ems in long)
    if em <= 0:
        return []
    groups: list[list[float]] = []
    for r in sorted(r for _, r, _ in long):
        if groups and r - groups[-1][-1] <= em:
            groups[-1].append(r)
        else:
            groups.append([r])
    most = max(len(g) for g in groups)
    # a column's edge, where many lines end: not the few paragraphs' last lines of one length
    edges = [max(g, key=g.count) for g in groups if len(g) >= max(_COLUMN_LINES, most / 2)]
    if not 2 <= len(edges) <= _MOST_COLUMNS:
        return []
    columns: list[_Page] = []
    for right in edges:
        after = [
            nxt[1][0]
            for line, nxt in pairwise(lines)
            if _ems(line[0]) >= _LONG and abs(line[1][1] - right) <= em and nxt[1][0] < right
        ]
        if not after:
            return []
        left = -_most_at([-x for x in after], _ALIGNED * em)[0]
        if (columns and left <= columns[-1].right) or right - left < _MIN_COLUMN_EMS * em:
            return []
        columns.append(_Page(left, right, em))
    widths = [c.right - c.left for c in columns]
    if max(widths) - min(widths) > em:
        return []  # columns of different widths: a table's
    return columns if _in_columns(columns, long) else []  # else a line across the columns, or in none


def _in_columns(columns: list[_Page], long: list[tuple[float, float, float]]) -> bool:
    """Every one of the ``long`` lines (left, right, ems) stands in one of the ``columns``."""
    return all(any(c.left - c.em <= x and r <= c.right + _REACH * c.em for c in columns) for x, r, _ in long)


def _page_columns(pages: list[list[tuple[str, Extent]]]) -> list[list[_Page]]:
    """Each page's text columns: its own, else those of the document's pages set in columns when every
    long line of the page stands in one of them (a last page filling its first column alone)."""
    own = [_columns(page) for page in pages]
    document = next((columns for columns in own if columns), [])
    if not document:
        return own
    return [
        columns
        or (
            document
            if _in_columns(document, [(x, r, _ems(w)) for w, (x, r) in page if _ems(w) >= _LONG])
            else []
        )
        for columns, page in zip(own, pages, strict=True)
    ]


def _pages(pages: list[list[tuple[str, Extent]]]) -> list[_Page | None]:
    """Each page's text block: its own when enough of its long lines show it, else the document's. A page
    whose margin is the document's takes the document's left edge too (a page of few paragraphs shows its
    own by few lines); a page set otherwise (a landscape annex) keeps its own."""
    whole = _block([line for page in pages for line in page])
    if whole is None or whole[0] is None or whole[3] < _SEEN:
        document = None
    else:
        document = _Page(whole[0], whole[1], whole[2])
    blocks: list[_Page | None] = []
    for page in pages:
        own = _block(page)
        if own is None or own[3] < _SEEN:
            blocks.append(document)
            continue
        left, right, em, _ = own
        if document is not None and (left is None or abs(right - document.right) <= em):
            left = document.left  # the document's layout: its lines, more of them, show its left edge
        blocks.append(None if left is None else _Page(left, right, em))
    return [b if b is not None and b.right - b.left >= _MIN_EMS * b.em else None for b in blocks]


def _placed(lines: list[str], pages: list[list[tuple[str, Extent]]]) -> dict[int, tuple[Extent, _Page]]:
    """The edges of each line of ``lines`` the placed lines are found to open and close, with its page's
    block: a placed line is found opening one of the next _LOOK lines, or going on where the last one found
    ended (numbers the loader joined across a break: 2025年12月1 / 0日前)."""
    blocks = _pages(pages)
    starts: dict[int, tuple[float, _Page]] = {}
    placed: dict[int, tuple[Extent, _Page]] = {}
    k, col = 0, 0  # the line looked in first, and where in it the last line found ended
    for page, whole, columns in zip(pages, blocks, _page_columns(pages), strict=True):
        for words, (left, right) in page:
            block = _column_of(columns, left) if columns else whole
            for j in range(k, min(k + _LOOK, len(lines))):
                line = lines[j]
                pos = line.find(words, col if j == k else 0)
                if pos < 0 or line[col if j == k else 0 : pos].strip():
                    continue
                if block is not None and not line[:pos].strip():
                    starts[j] = (left, block)
                if j in starts and not line[pos + len(words) :].strip():
                    placed[j] = ((starts[j][0], right), starts[j][1])
                k, col = j, pos + len(words)
                break
    return placed


def _column_of(columns: list[_Page], left: float) -> _Page | None:
    """The column a line starting at ``left`` stands in (from its left edge, an indent in), or None."""
    return next((c for c in columns if c.left - c.em <= left < c.right), None)


def wrapped_by_page(text: str, pages: list[list[tuple[str, Extent]]]) -> frozenset[int]:
    """The lines of ``text`` (by their number in ``text.split('\\n')``) that run to their page's right margin
    from the text block's left side, the next line going on at the block's left edge: lines the page
    wrapped. ``pages``: each page's lines with their edges, as loaders/pdf_geometry.py reads them; a line of
    ``text`` no placed line is found for is no such line."""
    lines = text.split("\n")
    placed = _placed(lines, pages)
    wrapped: set[int] = set()
    for k, ((left, right), block) in placed.items():
        following = placed.get(k + 1)
        if following is None:
            continue
        (next_left, _), next_block = following
        if left > block.left + _INDENT * block.em:
            continue  # a cell of a table's later column, a line set in: no line across the block
        if abs(next_left - next_block.left) > _ALIGNED * next_block.em:
            continue  # an indented line opens a paragraph; a cell stands at its column
        short = block.right - right
        if short <= _REACH * block.em:
            wrapped.add(k)
            continue
        word = _LEADING_WORD.match(lines[k + 1])
        if word is not None and short <= (_REACH + _ems(word.group())) * block.em:
            wrapped.add(k)
    return frozenset(wrapped)
