"""Rows of a task table that are one cell across the whole table (<td colspan="5">一、提升知识产权
创造质量</td>, a Word row's cells merged along it; in a text table the cell written again in each
column): headings of the rows under them, no task. A task table's rows under such a heading are the tasks
of that part of the plan, as the items under a chapter of its text are: the heading is a unit of the
plan's outline (structure.py), and the rows below it, up to the next such row or the table's end, lie in
its span.
"""

from __future__ import annotations

from loaders.base import TableCell, TableGrid
from policykg.extract.table_headers import body_rows
from policykg.extract.tables import task_columns
from policykg.extract.textspan import trim


def across(text: str, row: tuple[TableCell, ...]) -> bool:
    """The row is one cell across the whole table (colspan, cells merged along the row; in a text table the
    cell written again in each column): a heading of the rows under it (一、强化知识产权创造), no task, its
    words in no unit column."""
    first = row[0]
    return len(row) > 1 and all(
        cell.span == first.span or (_filled(first) and same_words(text, cell, first)) for cell in row
    )


def _filled(cell: TableCell) -> bool:
    return cell.span[0] < cell.span[1]


def same_words(text: str, cell: TableCell, above: TableCell) -> bool:
    """Two cells of a text table writing the same words (a merged cell written again in each of its rows)."""
    if cell.span[1] - cell.span[0] != above.span[1] - above.span[0]:
        return False  # the cheap test first
    return text[cell.span[0] : cell.span[1]] == text[above.span[0] : above.span[1]]


def _own_line(text: str, cell: TableCell) -> bool:
    """The cell is a line of the text of its own (a merged cell, written once), its words on that line."""
    s, e = cell.span
    return s < e and (s == 0 or text[s - 1] == "\n") and text.find("\n", s, e) < 0 and text[e : e + 1] == "\n"


def table_heads(text: str, tables: list[TableGrid]) -> dict[int, int]:
    """The rows across a task table with task rows under them (in a table read from a PDF's lines, a row of
    one cell: stacked_tables.py), written on a line of their own: by the start of the row's line, the end
    of the rows it heads (the next such row's line, or the table's end)."""
    heads: dict[int, int] = {}
    for table in tables:
        if len(table.rows) < 3 or task_columns(text, table) is None:
            continue
        columns = len(table.rows[0])
        rows = body_rows(text, table)
        opened: int | None = None
        for r, row in rows:
            if not across(text, row) and (len(row) > 1 or columns == 1):
                continue  # a row of cells, not one across the table (nor a PDF's line of one cell)
            if opened is not None and r > opened + 1:
                start = table.rows[opened][0].span[0]
                heads[start] = trim(text, start, row[0].span[0])[1]
            opened = r if _own_line(text, row[0]) else None
        if opened is not None and opened + 1 < len(table.rows):
            start = table.rows[opened][0].span[0]
            heads[start] = trim(text, start, table.span[1])[1]
    return heads
