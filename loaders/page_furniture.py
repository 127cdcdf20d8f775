"""Page numbers printed by the page ('— 3 —', '- 3 -', '第3页 共12页'), as a PDF's text layer or a text file
converted from one carries them between the lines of a paragraph, sometimes inside a word or an annotation.
They are dropped from the canonical text. A bare number on its own line is kept: one-cell-per-line tables
hold those.

A PDF's running line (the office's name, 宾阳县人民政府办公室文件, printed at the top of every page) is the
page's too: a line that opens or closes every page of a document of several pages, page numbers aside, is
dropped wherever the text layer gives it (between the lines of a sentence), except on the first page, whose
opening lines are its masthead. A page may run up to three such lines at each edge (the office's name and
the document's number above, the plan's short name below). A document of three pages or more may head every
page but the first alike (the first is red-headed): those lines go too, unless the first page shows them.

Text copied out of a PDF viewer (a .txt, a paste into a Word document) keeps both: the page number between
two pages, the next page's running line after it. There the printed page numbers mark the pages: the lines
that follow every page number alike, or precede every one alike, are running lines and go too."""

from __future__ import annotations

import re

_GAP = r"[ \t\u3000]*"
_DASH = r"[—–\-－─━]+"
_NUMBER = r"\d{1,4}"
_PAGE_LINE = re.compile(
    rf"^{_GAP}(?:{_DASH}{_GAP}{_NUMBER}{_GAP}{_DASH}"
    rf"|第{_GAP}{_NUMBER}{_GAP}页(?:{_GAP}[，,/／]?{_GAP}共{_GAP}{_NUMBER}{_GAP}页)?"
    rf"|共{_GAP}{_NUMBER}{_GAP}页{_GAP}[，,/／]?{_GAP}第{_GAP}{_NUMBER}{_GAP}页){_GAP}(?:\n|\Z)",
    re.MULTILINE,
)


def drop_page_numbers(text: str) -> str:
    """``text`` without the lines that are nothing but a decorated page number."""
    return _PAGE_LINE.sub("", text)


#: Fewest characters of a running line: shorter edge lines (序号, a table's header cell) are the plan's.
_RUNNING_MIN = 4
#: Most characters of a running line: a longer one is a sentence.
_RUNNING_MAX = 40


#: Most running lines at one edge of a page: an office's name and the document's number above, a note of
#: who printed it below.
_RUNNING_DEPTH = 3


def _text_lines(lines: list[str]) -> list[int]:
    """Indexes of a page's lines of text, page numbers and blank lines aside."""
    return [k for k, line in enumerate(lines) if line.strip() and not _PAGE_LINE.match(line + "\n")]


def _running(line: str) -> bool:
    return _RUNNING_MIN <= len(line) <= _RUNNING_MAX and not line.isdigit()


def _middle_lines(split: list[list[str]], kept: list[list[int]]) -> set[str]:
    """The lines of text standing away from every edge of their page (past ``_RUNNING_DEPTH`` lines at each):
    the plan's own words. A line that also stands there (2025年底, a deadline cell ending two pages of a
    task table and many rows between) is no running line, whatever the edges show."""
    return {split[p][k].strip() for p, ks in enumerate(kept) for k in ks[_RUNNING_DEPTH:-_RUNNING_DEPTH]}


def _running_at(split: list[list[str]], kept: list[list[int]], side: int, taken: list[set[int]]) -> list[int]:
    """The lines every page shows at one edge (side 0: the top, 1: the bottom), outermost first: the k-th
    line of text from that edge when it is the same on every page and stands nowhere away from the edges,
    for k up to ``_RUNNING_DEPTH``, as far as each depth agrees. The index of each page's line is given per
    depth, depth after depth."""
    middle: set[str] | None = None  # read only when the edges agree (most documents: never)
    found: list[int] = []
    for depth in range(_RUNNING_DEPTH):
        if any(len(ks) <= depth for ks in kept):
            break
        at = [ks[depth] if side == 0 else ks[-1 - depth] for ks in kept]
        if any(k in taken[p] for p, k in enumerate(at)):
            break  # a line the other edge already holds
        lines = {split[p][k].strip() for p, k in enumerate(at)}
        if len(lines) != 1 or not _running(line := lines.pop()):
            break
        middle = _middle_lines(split, kept) if middle is None else middle
        if line in middle:
            break
        found.extend(at)
    return found


def drop_running_lines(pages: list[str]) -> list[str]:
    """``pages`` without the running lines every page opens with, or closes with (the same lines at the same
    edge of each page, up to ``_RUNNING_DEPTH`` of them at each edge: a masthead opening the first page
    and a signature closing the last are no running line); see the module's note. The first page keeps its
    opening lines: there they are the masthead."""
    if len(pages) < 2:
        return pages
    split = [page.split("\n") for page in pages]
    kept = [_text_lines(lines) for lines in split]
    taken: list[set[int]] = [set() for _ in pages]
    for side in (0, 1):
        at = _running_at(split, kept, side, taken)
        for n, k in enumerate(at):
            page = n % len(pages)
            if side == 1 or page > 0:
                taken[page].add(k)
        if not at:
            for page, ks in enumerate(_swapped_running(split, kept, side, taken)):
                taken[page].update(ks)
    if len(pages) >= _AFTER_MASTHEAD_PAGES and not any(taken[1:]):
        _drop_after_masthead(split, kept, taken)
    if not any(taken):
        return pages
    return ["\n".join(t for k, t in enumerate(page) if k not in taken[p]) for p, page in enumerate(split)]


def _swapped_running(
    split: list[list[str]], kept: list[list[int]], side: int, taken: list[set[int]]
) -> list[list[int]]:
    """Per page, the indexes of the running lines at one edge (side 0: the top, 1: the bottom) that a printed
    publication sets at both ends of the edge and swaps between left and right pages (a gazette's name and
    issue on one side, its section on the other: the text layer gives them in one order on odd pages and
    the other on even ones): the edge's first lines, two or three, the same lines on every page in more than
    one order, each a running line standing nowhere away from the edges. The order changing from page to
    page marks a running head, never a masthead: the first page's go too. Empty when there are none."""
    for depth in range(_RUNNING_DEPTH, 1, -1):
        if any(len(ks) < depth for ks in kept):
            continue
        at = [ks[:depth] if side == 0 else ks[-depth:] for ks in kept]
        if any(k in taken[p] for p, ks in enumerate(at) for k in ks):
            continue
        orders = {tuple(split[p][k].strip() for k in ks) for p, ks in enumerate(at)}
        lines = set(next(iter(orders)))
        if len(orders) < 2 or len(lines) != depth or any(set(order) != lines for order in orders):
            continue
        if all(_running(line) for line in lines) and not lines & _middle_lines(split, kept):
            return at
    return []


#: Fewest pages of a document whose running lines head every page but the first: two pages after the first
#: showing the same line.
_AFTER_MASTHEAD_PAGES = 3


#: Lines of the first page's masthead (the office's name, 文件, the number, the notice's title) and of its
#: signature: a running line of the later pages may repeat them.
_MASTHEAD_LINES = 6
#: A table's header repeated at the top of each page it runs over opens with its number column: no running
#: line.
_TABLE_HEADS = ("序号", "编号", "序 号")


def _drop_after_masthead(split: list[list[str]], kept: list[list[int]], taken: list[set[int]]) -> None:
    """Mark the running lines heading every page but the first (a red-headed first page carries the
    office's name in its masthead, the pages after it in a running line): those the later pages open with
    alike, unless the first page's body shows them too (its masthead and signature may) or they open a
    table's header."""
    at = _running_at(split[1:], kept[1:], 0, taken[1:])
    # the first page's body: its masthead and signature aside
    body = {split[0][k].strip() for k in kept[0][_MASTHEAD_LINES:-_MASTHEAD_LINES]}
    lines = [split[1 + n % (len(split) - 1)][k].strip() for n, k in enumerate(at)]
    if any(line in body or line.startswith(_TABLE_HEADS) for line in lines):
        return  # the first page's words, or the header a table repeats at the top of its pages
    for n, k in enumerate(at):
        taken[1 + n % (len(split) - 1)].add(k)


def _pages_at_numbers(text: str) -> tuple[list[str], list[str]] | None:
    """``text`` cut at its printed page numbers: the pieces between them and the page-number lines (one
    fewer); None when it prints fewer than two."""
    numbers = list(_PAGE_LINE.finditer(text))
    if len(numbers) < 2:
        return None
    pieces, at = [], 0
    for m in numbers:
        pieces.append(text[at : m.start()])
        at = m.end()
    pieces.append(text[at:])
    return pieces, [m.group(0) for m in numbers]


def _edge_lines(pieces: list[str], side: int) -> list[set[int]]:
    """Per piece, the indexes of its lines that are running lines at one edge (side 0: after the page number
    before it, 1: before the page number after it), found as on a PDF's pages; the pieces given must all
    touch a page number at that edge."""
    split = [piece.split("\n") for piece in pieces]
    kept = [_text_lines(lines) for lines in split]
    taken: list[set[int]] = [set() for _ in pieces]
    for n, k in enumerate(_running_at(split, kept, side, taken)):
        taken[n % len(pieces)].add(k)
    return taken


def drop_running_lines_at_numbers(text: str) -> str:
    """``text`` without the running lines around its printed page numbers (see the module's note): those
    every page number is followed by, on at least two pages, and those every page number is preceded by."""
    cut = _pages_at_numbers(text)
    if cut is None:
        return text
    pieces, numbers = cut
    last = len(pieces) - 1 if pieces[-1].strip() else len(pieces) - 2  # the text may end on a page number
    taken: list[set[int]] = [set() for _ in pieces]
    for side, first, end in ((0, 1, last + 1), (1, 0, min(last + 1, len(numbers)))):
        if end - first >= 2:
            for n, found in enumerate(_edge_lines(pieces[first:end], side)):
                taken[first + n] |= found
    if not any(taken):
        return text
    kept = [
        "\n".join(t for k, t in enumerate(piece.split("\n")) if k not in taken[p])
        for p, piece in enumerate(pieces)
    ]
    return "".join(piece + number for piece, number in zip(kept, [*numbers, ""], strict=True))


#: A page's number as a page's edge prints it in forms other than those dropped everywhere: 3/12, 3 / 12,
#: Page 3, Page 3 of 12, ·3·, [3], or the number alone. Such a line is dropped only where the pages are
#: known (a PDF's, or a text's pages apart by form feeds) and it counts them: see ``drop_edge_numbers``.
_EDGE_NUMBER = re.compile(
    rf"{_GAP}[-—–·•\[【(（]?{_GAP}(?:page{_GAP})?(\d{{1,4}})"
    rf"(?:{_GAP}(?:[/／]|of){_GAP}(\d{{1,4}}))?{_GAP}[-—–·•\]】)）]?{_GAP}",
    re.IGNORECASE,
)


def _edge_number(line: str) -> tuple[int, str | None] | None:
    """The page number a line prints (and the page count it prints with it), or None."""
    m = _EDGE_NUMBER.fullmatch(line)
    return (int(m[1]), m[2]) if m else None


def drop_edge_numbers(pages: list[str]) -> list[str]:
    """``pages`` without the page numbers printed at an edge of each (the first or last line of text) in a
    form a line of a table may take too (3/12, Page 3, a number alone): dropped when they count the pages,
    the number going up by one a page and the count, if printed, the same on every page; a number alone
    must stand on every page but the first (a cover), a number with its count on two pages at least or
    count the pages given (1/1 on a page alone). A one-cell-per-line table's number cell closing two pages
    (3, then 7) counts no pages and stays."""
    split = [page.split("\n") for page in pages]
    for side in (0, -1):
        found: dict[int, int] = {}  # page → index of its number line
        offsets, counts = set(), set()
        for p, lines in enumerate(split):
            kept = _text_lines(lines)
            if not kept or (number := _edge_number(lines[kept[side]])) is None:
                continue
            found[p] = kept[side]
            offsets.add(number[0] - p)
            counts.add(number[1])
        if len(offsets) != 1 or len(counts) != 1:
            continue
        count = counts.pop()
        if count is None and (len(found) < 2 or len(found) < len(pages) - 1):
            continue
        if len(found) < 2 and (count is None or offsets != {1} or int(count) != len(pages)):
            continue
        for p, k in found.items():
            del split[p][k]
    return ["\n".join(lines) for lines in split]
