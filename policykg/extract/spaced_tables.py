"""Tables typed with spaces: each row a line, its cells apart by two spaces or more (or an ideographic
space, or a tab), under a header line naming a task table's columns (序号  重点任务  牵头单位  配合单位
完成时限, ontology/data/document_types.yaml task_table_columns) or an indicator table's (指标名称  单位
2022年（基期）  2025年（目标）, targets.yaml year_tables). Plain-text plans typed by hand and PDFs
converted with their layout kept give their tables so.

A row's cells are its line's pieces in order when there are as many as the header's; with fewer (an empty
cell), each piece goes to the column whose stretch of the screen holds where it starts, or else its middle
(a CJK character is two columns wide; a stretch ends halfway to the next header), left to right. With a
number column (序号) a row opens with its number; a line that does not, but starts right of the first
column, is a cell's text the layout wrapped: it belongs to the table and is no row (its text stays out of
the cells: a cell is one span of the text) unless the number column is the second (类别  序号  工作任务: a
line opening with its number there is a row whose category cell, written once above, is empty), as is a
line of bracketed words right below the header (2023年 ↵ （基数）: its cells' words wrapped). A line at the
first column that is a part's numbered heading alone ((一）知识产权创造), with a row after it, is a row of
one cell across the table (a merged row, as a Word table's: table_sections.py); another line opening at
the first column with no row's shape (二、工作要求) ends the table, as two blank lines do, unless a row
numbered after the last one follows them (a PDF's page break, its page number taken out and the header
not repeated).

A table of values needs no known column name: a line of short cells over two lines or more of as many
cells, each opening with words and holding values only after them (县市区  发明专利授权量（件）  质押融资额
（亿元） ↵ 寿光市  620  9.0; 指标  寿光市  诸城市 ↵ 发明专利授权量（件）  620  480), is a table; a header one
cell short, right of the rows' first column, has an empty corner. Whether its columns or its rows name
regions, years or indicators is the targets' reading (target_tables.py).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from functools import cache

from loaders.base import TableCell, TableGrid
from ontology.vocab import document_vocabulary
from ontology.vocab_targets import target_vocabulary
from policykg.extract.stacked_data import indicator_header
from policykg.extract.stacked_tables import column_kind, section_line
from policykg.extract.table_headers import names_people
from policykg.extract.textspan import Span, squeeze, trim
from policykg.extract.year_tables import is_value_cell

#: What parts two cells of a line: two spaces or more, an ideographic space, a tab.
_GAP = re.compile(r"[ \t\u3000]{2,}|[\t\u3000]")
#: A row's number: 1, 1., 12、, (3), 一.
_ROW_NUMBER = re.compile(r"[(（]?(?:\d{1,3}|[一二三四五六七八九十]{1,3})[)）]?[.．、]?")
#: Fewest columns a header names, and how far (in screen columns) a piece may start left of its column.
#: Two only when they are a task's and a unit's (重点任务  责任单位: a division table with no 序号).
_MIN_COLUMNS = 3
_SLACK = 2


@cache
def _header_names() -> re.Pattern[str]:
    """Any unit column's name (牵头单位, 责任单位 …) or indicator column's (指标名称): a header line holds
    one."""
    spec = document_vocabulary().task_table_columns
    indicators = target_vocabulary().year_tables.indicator_headers
    words = sorted({*spec.lead, *spec.support, *spec.responsible, *indicators}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


@cache
def _two_column_names() -> frozenset[str]:
    """The task and unit columns' names as a whole header cell says them (重点任务, 责任单位): the only
    header of two columns read, a line of prose holding more words (重点任务已分解  责任单位) none."""
    spec = document_vocabulary().task_table_columns
    return frozenset((*spec.task, *spec.lead, *spec.support, *spec.responsible))


def screen_width(text: str) -> int:
    """How many columns ``text`` takes on the screen: a CJK (wide) character two, any other one."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pieces(text: str, line: Span) -> list[tuple[Span, int]]:
    """The line's cells (trimmed spans) with where each starts on the screen."""
    s, e = line
    out: list[tuple[Span, int]] = []
    start, seen, width = s, s, 0  # the screen width of text[s:seen], counted once
    for gap in [*_GAP.finditer(text, s, e), None]:
        stop = gap.start() if gap is not None else e
        piece = trim(text, start, stop)
        if piece[0] < piece[1]:
            width += screen_width(text[seen : piece[0]])
            seen = piece[0]
            out.append((piece, width))
        if gap is not None:
            start = gap.end()
    return out


def _header(text: str, line: Span) -> tuple[list[tuple[Span, int]], bool] | None:
    """The header's cells with their screen starts, and whether its first column numbers the rows; None
    unless every cell names a column (a short one of no known name, 备注, may close it), one the task's (or
    two: the task's and its measures') and one a unit's."""
    if _GAP.search(text, *trim(text, *line)) is None:
        return None  # the cheap test first: a line of prose has no gap
    cells = _pieces(text, line)
    if len(cells) < _MIN_COLUMNS - 1:
        return None
    names = [text[slice(*span)] for span, _ in cells]
    kinds = [column_kind(name) for name in names]
    if len(cells) < _MIN_COLUMNS and (kinds != ["task", "units"] or not set(names) <= _two_column_names()):
        return None
    if indicator_header(names):
        return cells, kinds[0] == "number"
    # one task column, or two: the task and its measures right of it (任务内容  具体措施, tables.task_columns)
    if kinds.count("task") not in (1, 2) or "units" not in kinds:
        return None
    # a column of people (责任领导, 分管领导 with cells such as 副市长李某某) is one of no unit's kind
    kinds = [
        kind or ("other" if names_people(name) else None) for kind, name in zip(kinds, names, strict=True)
    ]
    if None in kinds[:-1]:
        return None
    if kinds[-1] is None and len(names[-1]) > 4:
        return None
    return cells, kinds[0] == "number"


#: Most blank lines a page's break leaves between a table's rows (its footer and header taken out).
_PAGE_GAP = 3


def _page_on(
    text: str,
    lines: list[Span],
    k: int,
    rows: list[tuple[TableCell, ...]],
    shape: Callable[[Span], tuple[list[tuple[Span, int]], list[int] | None]],
) -> int | None:
    """Where a numbered table's rows go on past blank lines (a page's break in a PDF's text: the page number
    between taken out, the header not repeated): the first filled line within ``_PAGE_GAP`` lines from
    ``k``, when it opens a row numbered one after the last row's (2 … ↵ ↵ ↵ 3 …); else None."""
    last = next((row[0] for row in reversed(rows[1:]) if row[0].span[0] < row[0].span[1]), None)
    if last is None:
        return None
    for at in range(k, min(k + _PAGE_GAP, len(lines))):
        s, e = trim(text, *lines[at])
        if s >= e:
            continue
        pieces, columns = shape(lines[at])
        if columns is None:
            return None
        return at if _row_count(text, pieces[0][0]) == _row_count(text, last.span) + 1 else None
    return None


def _row_count(text: str, span: Span) -> int:
    """The number a row's 序号 cell writes (1, 12、, (3)); -1 for none in Arabic digits."""
    digits = "".join(ch for ch in text[slice(*span)] if ch.isascii() and ch.isdigit())
    return int(digits) if digits else -1


def _number_second(text: str, cells: list[tuple[Span, int]]) -> bool:
    """The header's second column numbers the rows (类别  序号  工作任务 …: a category column before it)."""
    return len(cells) > 2 and column_kind(text[slice(*cells[1][0])]) == "number"


def _place(text: str, pieces: list[tuple[Span, int]], bounds: list[float], left: int) -> list[int] | None:
    """The column of each piece, left to right: the one whose stretch of the screen holds where the piece
    starts or, failing that for some piece, where its middle lies (data left-aligned under headers centred
    over wide columns); None when two pieces would share a column or a piece lies left of the table. A
    column's stretch ends halfway between its header's end and the next header's start (``bounds``)."""
    if pieces[0][1] + _SLACK < left:
        return None
    for middle in (False, True):
        columns: list[int] = []
        for span, at in pieces:
            point = at + screen_width(text[slice(*span)]) / 2 if middle else at
            column = bisect_right(bounds, point)
            if columns and column <= columns[-1]:
                break
            columns.append(column)
        else:
            return columns
    return None


def _bounds(text: str, cells: list[tuple[Span, int]]) -> list[float]:
    """Where each column's stretch of the screen ends: halfway between its header's end and the next's
    start."""
    ends = [at + screen_width(text[slice(*span)]) for span, at in cells]
    return [(ends[c] + cells[c + 1][1]) / 2 for c in range(len(cells) - 1)]


def _row(pieces: list[tuple[Span, int]], columns: list[int], count: int, index: int) -> tuple[TableCell, ...]:
    cells: list[TableCell] = []
    by_column = dict(zip(columns, (span for span, _ in pieces), strict=True))
    at = pieces[0][0][0]
    for c in range(count):
        span = by_column.get(c, (at, at))  # an empty cell stands where the text before it ends
        at = span[1]
        cells.append(TableCell(index, c, span))
    return tuple(cells)


def _header_lines(text: str, lines: list[Span]) -> list[int]:
    """Indexes of the lines naming a unit or indicator column, found by searching the text for the names
    (not by reading every line)."""
    starts = [s for s, _ in lines]
    found: list[int] = []
    for m in _header_names().finditer(text):
        k = bisect_right(starts, m.start()) - 1
        if k >= 0 and m.end() <= lines[k][1] and (not found or found[-1] != k):
            found.append(k)
    return found


#: Words wholly in brackets (（基数）, (目标)).
_BRACKETED = re.compile(r"[（(][^（()）]{1,10}[)）]")


def _next_filled(text: str, lines: list[Span], k: int) -> int | None:
    """The index of the first line from ``k`` holding words, past one blank line at most."""
    for at in range(k, min(k + 2, len(lines))):
        s, e = trim(text, *lines[at])
        if s < e:
            return at
    return None


#: Most characters a value table's header cell or row label holds.
_MAX_LABEL = 30


def _gapped(text: str, lines: list[Span]) -> list[int]:
    """Indexes of the lines with a gap between their words (not only their indentation), found by looking
    for the gaps' characters (a search of the text's characters for a pattern costs more)."""
    starts = [s for s, _ in lines]
    found: set[int] = set()
    for mark in ("\t", "\u3000", "  "):
        at = text.find(mark)
        while at >= 0:
            k = bisect_right(starts, at) - 1
            s, e = lines[k] if k >= 0 else (0, 0)
            if at < e and text[s:at].strip(" \t\u3000") and trim(text, at, e)[0] < e:
                found.add(k)
                at = text.find(mark, e)
            else:
                at = text.find(mark, at + len(mark))
    return sorted(found)


def _value_row(text: str, pieces: list[tuple[Span, int]], count: int) -> bool:
    """``pieces`` are a value table's row of ``count`` cells: a label of words, then values, one a number."""
    if len(pieces) != count or not 0 < len(squeeze(text[slice(*pieces[0][0])])) <= _MAX_LABEL:
        return False
    first = squeeze(text[slice(*pieces[0][0])])
    if is_value_cell(first) or not any("\u4e00" <= ch <= "\u9fff" for ch in first):
        return False
    values = [squeeze(text[slice(*span)]) for span, _ in pieces[1:]]
    return all(map(is_value_cell, values)) and any(ch.isdigit() for value in values for ch in value)


def _value_tables(text: str, lines: list[Span], taken: list[Span]) -> list[TableGrid]:
    """The tables of values of ``lines`` (see the module's docstring), outside the spans ``taken``."""
    gapped = _gapped(text, lines)
    has_gap = set(gapped)
    tables: list[TableGrid] = []
    done = 0
    for k in gapped:
        if k < done or k + 2 not in has_gap or k + 1 not in has_gap:
            continue
        if any(s <= lines[k][0] < e for s, e in taken):
            continue
        head = _pieces(text, lines[k])
        rows_at = k + 1
        first = _pieces(text, lines[rows_at])
        count = len(first)
        corner = len(head) == count - 1 and head and head[0][1] > first[0][1] + _SLACK
        if count < 2 or not (len(head) == count or corner):
            continue
        sizes = [len(squeeze(text[slice(*span)])) for span, _ in head]
        if not all(0 < size <= _MAX_LABEL for size in sizes) or max(sizes) == 1:
            continue  # no header: a cell too long, or a word spaced out for show (目　录)
        body: list[tuple[list[tuple[Span, int]], Span]] = []
        while rows_at in has_gap and rows_at < len(lines):
            pieces = _pieces(text, lines[rows_at])
            if not _value_row(text, pieces, count):
                break
            body.append((pieces, lines[rows_at]))
            rows_at += 1
        if len(body) < 2:
            continue
        at = head[0][0][0]
        header = [(at, at)] if corner else []
        header += [span for span, _ in head]
        rows = [tuple(TableCell(0, c, span) for c, span in enumerate(header))]
        rows += [
            tuple(TableCell(r, c, span) for c, (span, _) in enumerate(pieces))
            for r, (pieces, _) in enumerate(body, start=1)
        ]
        tables.append(TableGrid((lines[k][0], trim(text, *body[-1][1])[1]), tuple(rows), "spaced"))
        done = rows_at
    return tables


def spaced_tables(text: str, lines: list[Span]) -> list[TableGrid]:
    """The tables of ``lines`` typed with spaces (see the module's docstring)."""
    if "  " not in text and "\u3000" not in text and "\t" not in text:
        return []
    tables = _named_tables(text, lines)
    return sorted([*tables, *_value_tables(text, lines, [t.span for t in tables])], key=lambda t: t.span)


def _named_tables(text: str, lines: list[Span]) -> list[TableGrid]:
    """The tables under a header naming a task or indicator table's columns."""
    tables: list[TableGrid] = []
    done = 0
    for k in _header_lines(text, lines):
        if k < done:
            continue
        line = lines[k]
        head = _header(text, line)
        if head is None:
            continue
        cells, numbered = head
        starts = [at for _, at in cells]
        bounds = _bounds(text, cells)
        second = _number_second(text, cells)

        def shape(
            line: Span,
            starts: list[int] = starts,
            bounds: list[float] = bounds,
            numbered: bool = numbered,
            second: bool = second,
        ) -> tuple[list[tuple[Span, int]], list[int] | None]:
            """The line's pieces, and their columns when the line opens a row."""
            pieces = _pieces(text, line)
            columns = (
                list(range(len(starts)))
                if len(pieces) == len(starts)
                else _place(text, pieces, bounds, starts[0])
            )
            opens_row = columns is not None and columns[0] == 0 and len(pieces) >= 2
            if opens_row and numbered:
                opens_row = _ROW_NUMBER.fullmatch(text, *pieces[0][0]) is not None
            elif second and columns is not None and columns[0] == 1 and len(pieces) >= 3:
                # 类别  序号  工作任务 …: a row under a category written once, its first cell empty
                opens_row = _ROW_NUMBER.fullmatch(text, *pieces[0][0]) is not None
            return pieces, columns if opens_row else None

        rows = [tuple(TableCell(0, c, span) for c, (span, _) in enumerate(cells))]
        end, blanks = line[1], 0
        k += 1
        while k < len(lines):
            s, e = trim(text, *lines[k])
            if s >= e:
                blanks += 1
                if blanks > 1:
                    after = _page_on(text, lines, k + 1, rows, shape) if numbered else None
                    if after is None:
                        break
                    k, blanks = after, 0  # the rows go on after a page's break (its number left out)
                    continue
                k += 1
                continue
            pieces, columns = shape(lines[k])
            if columns is not None:
                rows.append(_row(pieces, columns, len(starts), len(rows)))
            elif pieces[0][1] > starts[0] + _SLACK and len(rows) > 1:
                pass  # a wrapped cell's next line: the table's, no row
            elif len(rows) == 1 and all(_BRACKETED.fullmatch(text, *span) for span, _ in pieces):
                pass  # the header's words wrapped below its cells (2023年 ↵ （基数）): the table's, no row
            elif (
                len(pieces) == 1
                and pieces[0][1] <= starts[0] + _SLACK
                and section_line(text, pieces[0][0])
                and (after := _next_filled(text, lines, k + 1)) is not None
                and shape(lines[after])[1] is not None
            ):
                rows.append((TableCell(len(rows), 0, pieces[0][0]),))  # a part's heading across the rows
            else:
                break
            end, blanks = e, 0
            k += 1
        done = k
        if len(rows) >= 2:
            tables.append(TableGrid((line[0], end), tuple(rows), "spaced"))
    return tables


def wrapped_pieces(text: str, table: TableGrid, r: int) -> dict[int, list[Span]]:
    """The words the cells of row ``r`` of a table typed with spaces or tabs wrapped onto the lines below it
    (县市场监督 ↵ 管理局, a second unit ↵ 县科技局), up to the next row or the table's end: each piece of
    those lines by its column, the one whose stretch of the screen holds it as a row's pieces are placed
    (spaces), or the one as many tabs from the line's start (tabs). The table keeps those lines out of its
    cells (a cell is one span of the text); {} for a table of another origin or a row with none."""
    if table.origin not in _WRAPPED_ORIGINS or r == 0:
        return {}
    row_end = max(cell.span[1] for cell in table.rows[r])
    stop = table.rows[r + 1][0].span[0] if r + 1 < len(table.rows) else table.span[1]
    first = text.find("\n", row_end, stop)
    if first < 0:  # the cheap test: most rows wrap no cell
        return {}
    lines: list[Span] = []
    pos = first + 1
    while pos < stop:
        end = text.find("\n", pos, stop)
        end = stop if end < 0 else end
        lines.append((pos, end))
        pos = end + 1
    place = _tabbed_pieces if table.origin == "tsv" else _spaced_pieces(text, table, r, lines)
    found: dict[int, list[Span]] = {}
    for line in lines:
        for column, span in place(text, line):
            found.setdefault(column, []).append(span)
    return found


#: The tables whose rows' wrapped lines stand between them, in no cell: typed with spaces or with tabs.
_WRAPPED_ORIGINS = ("spaced", "tsv")


def _spaced_pieces(
    text: str, table: TableGrid, r: int, lines: list[Span]
) -> Callable[[str, Span], list[tuple[int, Span]]]:
    """The pieces of one of ``lines`` (those row ``r`` of a table typed with spaces wrapped onto), each with
    its column: the column of the row's cell a piece starts under (a wrapped cell's words go on at its left
    edge), where the lines count as the table counts, or else the one whose stretch of the screen under the
    header holds it as a row's pieces are placed. A PDF's text laid out by ``pdftotext -layout`` starts each
    column at the same character on every line (a CJK character one there, whatever its width), a table
    typed by hand at the same place on the screen (a CJK character two columns): the rows next to ``r`` and
    the wrapped lines tell which, by how many of their cells and pieces start where ``r``'s cells start in
    each count; with no difference, the screen's."""
    header = table.rows[0]
    line_start = text.rfind("\n", 0, header[0].span[0]) + 1
    cells = [(cell.span, screen_width(text[line_start : cell.span[0]])) for cell in header]
    bounds = _bounds(text, cells)
    own = _cell_starts(text, table.rows[r])
    near = [_cell_starts(text, table.rows[n]) for n in (r - 1, r + 1) if 0 < n < len(table.rows)]
    pieces_of = {line: _pieces(text, line) for line in lines}
    starts_of = {
        line: ([span[0] - line[0] for span, _ in pieces], [at for _, at in pieces])
        for line, pieces in pieces_of.items()
    }
    agree = [
        sum(abs(other[m][c] - at) <= _SLACK for other in near for c, at in own[m].items() if c in other[m])
        + sum(
            any(abs(edge - at) <= _SLACK for edge in own[m].values())
            for starts in starts_of.values()
            for at in starts[m]
        )
        for m in (0, 1)
    ]
    m = 0 if agree[0] > agree[1] else 1
    edges = list(own[m].items())

    def placed(text: str, line: Span) -> list[tuple[int, Span]]:
        pieces = pieces_of.get(line) or _pieces(text, line)
        if not pieces:
            return []
        starts = starts_of[line][m] if line in starts_of else [at for _, at in pieces]
        columns = _under_edges(starts, edges) or _place(text, pieces, bounds, cells[0][1])
        return [(column, span) for (span, _), column in zip(pieces, columns or (), strict=False)]

    return placed


def _cell_starts(text: str, row: tuple[TableCell, ...]) -> tuple[dict[int, int], dict[int, int]]:
    """Where each filled cell of ``row`` starts on its line: in characters, and on the screen."""
    row_start = text.rfind("\n", 0, row[0].span[0]) + 1
    filled = [(c, cell.span[0]) for c, cell in enumerate(row) if cell.span[0] < cell.span[1]]
    return (
        {c: at - row_start for c, at in filled},
        {c: screen_width(text[row_start:at]) for c, at in filled},
    )


def _under_edges(starts: list[int], edges: list[tuple[int, int]]) -> list[int] | None:
    """The column of each start: the cell whose left edge it stands at (``_SLACK`` either way), left to
    right; None when one stands at none or two at the same."""
    columns: list[int] = []
    for at in starts:
        column = next((c for c, edge in edges if abs(edge - at) <= _SLACK), None)
        if column is None or (columns and column <= columns[-1]):
            return None
        columns.append(column)
    return columns


def _tabbed_pieces(text: str, line: Span) -> list[tuple[int, Span]]:
    """The pieces of a line of a tab-separated table, each with its column: as many tabs from its start."""
    found: list[tuple[int, Span]] = []
    start = line[0]
    for column, field in enumerate(text[line[0] : line[1]].split("\t")):
        span = trim(text, start, start + len(field))
        if span[0] < span[1]:
            found.append((column, span))
        start += len(field) + 1
    return found
