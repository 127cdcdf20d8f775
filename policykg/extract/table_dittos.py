"""Cells of a task table that write no unit or time of their own: a ditto (同上, 〃) repeats the cell above
it, as a merged cell would; a placeholder (无, 暂无) names no one. Each becomes what it stands for before the
rows are read: a ditto the cell above (its span), a placeholder an empty cell.
"""

from __future__ import annotations

from dataclasses import replace

from loaders.base import TableCell, TableGrid
from policykg.extract.table_headers import body_rows
from policykg.extract.tables import TaskColumns, task_columns
from policykg.extract.textspan import squeeze

#: A cell repeating the cell above it.
_DITTOS = frozenset({"同上", "〃", "〃〃", "”", "同前", "同上栏"})
#: A unit cell naming no one.
_NO_ONE = frozenset({"无", "暂无", "没有", "不涉及"})
#: Marks a cell's words may end with (同上。, 无；).
_ENDS = "。；;，,、 "


def _words(text: str, cell: TableCell) -> str:
    return squeeze(text[cell.span[0] : cell.span[1]]).rstrip(_ENDS)


def _columns(columns: TaskColumns) -> tuple[set[int], set[int]]:
    """The unit columns, and those with the time column: where a ditto repeats the cell above."""
    units = {
        c
        for c in (columns.lead, columns.support, columns.responsible, *columns.more_support)
        if c is not None
    }
    return units, units | ({columns.deadline} if columns.deadline is not None else set())


def _filled(text: str, table: TableGrid) -> TableGrid:
    columns = task_columns(text, table)
    if columns is None:
        return table
    units, repeating = _columns(columns)
    rows = [list(row) for row in table.rows]
    changed = False
    body = [r for r, _ in body_rows(text, table)]
    for r in body:
        for c in repeating:
            if c >= len(rows[r]):
                continue
            cell = rows[r][c]
            words = _words(text, cell)
            if words in _DITTOS and r - 1 in body and c < len(rows[r - 1]):
                rows[r][c] = replace(cell, span=rows[r - 1][c].span)
            elif words in _NO_ONE and c in units:
                rows[r][c] = replace(cell, span=(cell.span[0], cell.span[0]))
            else:
                continue
            changed = True
    return TableGrid(table.span, tuple(tuple(row) for row in rows), table.origin) if changed else table


#: The longest cell a ditto or a placeholder is (同上。, 不涉及).
_LONGEST = max(len(w) for w in (*_DITTOS, *_NO_ONE)) + 2


def _standing_in(text: str, table: TableGrid) -> bool:
    """A cell of ``table`` is a ditto or a placeholder (the cheap test: short cells only)."""
    return any(
        0 < cell.span[1] - cell.span[0] <= _LONGEST and _words(text, cell) in _CELL_WORDS
        for row in table.rows[1:]
        for cell in row
    )


_CELL_WORDS = _DITTOS | _NO_ONE


def fill_dittos(text: str, tables: list[TableGrid]) -> list[TableGrid]:
    """``tables`` with their task tables' dittos and placeholders read (see the module's words)."""
    return [_filled(text, t) if _standing_in(text, t) else t for t in tables]
