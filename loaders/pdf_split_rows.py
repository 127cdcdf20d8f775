"""A ruled table's row that a page break splits, its cells carried on below the header the next page repeats,
put back together.

A drawn table whose row does not fit on the page is split inside the row: the page shows the row's number
and the first lines of each cell, and the next page, under the table's header row repeated, the lines of the
cells that went on (…全年促成专利转 / 让许可150件以上。, a 配合单位 list …市教育体育局、 / 市工信局), then the
next row's number. Read in the text layer's order the row ends at the repeated header, which stands between
its cells and their rest: the reader of such tables (policykg/extract/stacked_tables.py) ends a row there,
and the carried lines, before the next row's number, read as no row at all.

Where the lines stand across the page tells which cell each carried line goes on: a cell's lines stand in its
column, and the columns do not overlap, so a carried line overlaps the lines of its own cell on the page
before and no other's. Each carried line is moved up to follow its cell's last line; the header stays where
the page repeats it, now between two whole rows. The page repeats the header when the lines opening it, at
least _MIN_HEADER of them, stand in the same order on the page before; the carried lines are those between it
and the next row's number (the number after the last one on the page before). Nothing is moved unless every
carried line and every line of the split row is placed and each carried line overlaps one cell, the cells in
the order the row gives them.

The table's last row has no next number after its carried lines: the text after the table follows them
(四、保障措施, a paragraph). There the carried lines are those, from the header on, that each overlap one
cell alone and start where a line of that cell starts (a cell's lines open at its left edge); a heading set
in or a line across the columns ends them."""

from __future__ import annotations

import re

from loaders.pdf_geometry import Extent

#: A line holding a row's number alone.
_ROW_NUMBER = re.compile(r"\d{1,3}")
#: Fewest and most lines of a repeated header row (its cells one a line, a narrow one wrapped: 序 / 号).
_MIN_HEADER = 3
_MAX_HEADER = 24
#: Most lines a split row carries onto the next page.
_MAX_CARRIED = 16
#: Most placed lines a page's line is looked for after the last one found (furniture dropped between).
_LOOK = 8

PlacedLine = tuple[str, Extent]


def _placed_indexes(lines: list[str], placed: list[PlacedLine]) -> list[int | None]:
    """For each of a page's lines, the index of the placed line of the same words, found in order."""
    out: list[int | None] = []
    j = 0
    for line in lines:
        words = line.strip()
        found = None
        if words:
            found = next((k for k in range(j, min(j + _LOOK, len(placed))) if placed[k][0] == words), None)
            if found is not None:
                j = found + 1
        out.append(found)
    return out


def _header_length(first: list[str], before: list[str]) -> int:
    """How many of ``first`` (a page's opening lines, stripped, none blank) stand in the same order on the
    page before (``before``: its lines stripped, blanks left out): the header the page repeats. A table over
    many pages repeats it on each, so the page before holds it whether the table opened there or earlier."""
    best = 0
    for at, line in enumerate(before):
        if line != first[0]:
            continue
        n = 0
        while n < len(first) and at + n < len(before) and before[at + n] == first[n]:
            n += 1
        best = max(best, n)
    return best


def _overlap(a: Extent, b: Extent) -> float:
    return min(a[1], b[1]) - max(a[0], b[0])


def _cells(row: list[Extent]) -> list[list[int]]:
    """The split row's lines (their extents, in the text's order) grouped into cells: a cell's lines
    overlap one another across the page, the next cell's stand in the next column."""
    cells: list[list[int]] = []
    for k, extent in enumerate(row):
        if cells and _overlap(row[cells[-1][-1]], extent) > 0:
            cells[-1].append(k)
        else:
            cells.append([k])
    return cells


#: Points a carried line's left edge may stand off its cell's lines' and still open at the cell's left.
_SAME_LEFT = 1.0


def _cell_of(extent: Extent, cells: list[list[int]], row: list[Extent], *, aligned: bool) -> int | None:
    """The cell of the split row (``cells``, its lines' extents ``row``) whose lines the carried line at
    ``extent`` overlaps most across the page, None when it overlaps none. ``aligned``: the line must also
    overlap that cell alone and start where one of its lines starts (a row with no next row's number after
    its carried lines, the table's last: a heading or paragraph after the table stands across columns or set
    in, no cell's line)."""
    overlaps = [max(_overlap(row[j], extent) for j in cell) for cell in cells]
    best = max(range(len(cells)), key=overlaps.__getitem__)
    if overlaps[best] <= 0:
        return None
    if aligned and (
        sum(1 for o in overlaps if o > 0) > 1
        or all(abs(row[j][0] - extent[0]) > _SAME_LEFT for j in cells[best])
    ):
        return None
    return best


def _rejoin(
    prev: list[str],
    prev_at: list[int | None],
    page: list[str],
    page_at: list[int | None],
    prev_placed: list[PlacedLine],
    page_placed: list[PlacedLine],
    header_end: int,
) -> tuple[list[str], list[str], list[PlacedLine], list[PlacedLine]] | None:
    """Page ``prev`` and ``page`` with the lines ``page`` carries on after its repeated header (ending at line
    ``header_end``) moved up into their cells of ``prev``'s last row; None when they do not read so."""
    numbers = [k for k, line in enumerate(prev) if _ROW_NUMBER.fullmatch(line.strip())]
    if not numbers:
        return None
    number_line = numbers[-1]
    row = [k for k in range(number_line + 1, len(prev)) if prev[k].strip()]
    following: list[int] = []  # the lines after the header up to a row's number or a blank line
    k = header_end
    while (
        k < len(page)
        and page[k].strip()
        and not _ROW_NUMBER.fullmatch(page[k].strip())
        and len(following) < _MAX_CARRIED
    ):
        following.append(k)
        k += 1
    numbered = k < len(page) and _ROW_NUMBER.fullmatch(page[k].strip()) is not None
    if numbered and int(page[k].strip()) != int(prev[number_line].strip()) + 1:
        return None
    row_at = [a for a in (prev_at[j] for j in row) if a is not None]
    if not following or len(row) < 2 or len(row_at) < len(row):
        return None  # a line not placed: where it stands is not known
    extents = [prev_placed[a][1] for a in row_at]
    cells = _cells(extents)
    carried: list[int] = []
    carried_at: list[int] = []
    into: list[int] = []
    for j in following:
        a = page_at[j]
        into_cell = None if a is None else _cell_of(page_placed[a][1], cells, extents, aligned=not numbered)
        if a is None or into_cell is None or (into and into_cell < into[-1]):
            if numbered:
                return None
            break  # the table's last row: what follows its carried lines is the text after the table
        carried.append(j)
        carried_at.append(a)
        into.append(into_cell)
    if not carried:
        return None
    lines = prev[: number_line + 1]
    for c, cell in enumerate(cells):
        lines.extend(prev[row[j]] for j in cell)
        lines.extend(page[carried[n]] for n, cell_of in enumerate(into) if cell_of == c)
    lines.extend(line for line in prev[number_line + 1 :] if not line.strip())  # the page's closing blanks
    # the placed lines likewise: each carried one after its cell's last line, the others where they were
    after_cell = {row_at[cell[-1]]: c for c, cell in enumerate(cells)}
    moved = set(carried_at)
    new_prev: list[PlacedLine] = []
    for a, placed in enumerate(prev_placed):
        new_prev.append(placed)
        if a in after_cell:
            c = after_cell[a]
            new_prev.extend(page_placed[carried_at[n]] for n, cell_of in enumerate(into) if cell_of == c)
    new_page = [placed for a, placed in enumerate(page_placed) if a not in moved]
    return lines, page[: carried[0]] + page[carried[-1] + 1 :], new_prev, new_page


def rejoin_split_rows(
    pages: list[str], placed: list[list[PlacedLine]]
) -> tuple[list[str], list[list[PlacedLine]]]:
    """``pages`` (each page's text, its furniture dropped) and ``placed`` (each page's placed lines) with each
    row a page break split put back together (see the module's words)."""
    pages, placed = list(pages), list(placed)
    for p in range(1, len(pages)):
        lines = pages[p].split("\n")
        opening = [k for k, line in enumerate(lines) if line.strip()][:_MAX_HEADER]
        first = [lines[k].strip() for k in opening]
        if len(first) < _MIN_HEADER or first[0] not in pages[p - 1]:
            continue  # the cheap test: most pages open with no line of the page before
        header = _header_length(first, [line.strip() for line in pages[p - 1].split("\n") if line.strip()])
        if header < _MIN_HEADER or header >= len(opening):
            continue
        prev = pages[p - 1].split("\n")
        rejoined = _rejoin(
            prev,
            _placed_indexes(prev, placed[p - 1]),
            lines,
            _placed_indexes(lines, placed[p]),
            placed[p - 1],
            placed[p],
            opening[header],
        )
        if rejoined is not None:
            prev_lines, page_lines, placed[p - 1], placed[p] = rejoined
            pages[p - 1], pages[p] = "\n".join(prev_lines), "\n".join(page_lines)
    return pages, placed
