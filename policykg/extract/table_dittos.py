"""Cells of a task table that write no unit or time of their own: a ditto (同上, 〃) repeats the cell above
it, as a merged cell would; a placeholder (无, 暂无) names no one. Each becomes what it stands for before the
rows are read: a ditto the cell above (its span), a placeholder an empty cell, and so a ditto in the first
row, with nothing above it to repeat. The words are data
(ontology/data/document_types.yaml task_table_columns dittos, no_one).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from loaders.base import TableCell, TableGrid
from ontology.vocab import document_vocabulary
from policykg.extract.table_headers import body_rows
from policykg.extract.tables import TaskColumns, task_columns
from policykg.extract.textspan import squeeze

#: Marks a cell's words may end with (同上。, 无；).
_ENDS = "。；;，,、 "


@dataclass(frozen=True)
class _CellWords:
    dittos: frozenset[str]
    no_one: frozenset[str]
    #: Either kind: a cell that stands for another.
    standing: frozenset[str]
    #: The longest cell either is, with its end marks (同上。, 不涉及): the cheap test's bound.
    longest: int


@cache
def _cell_words() -> _CellWords:
    spec = document_vocabulary().task_table_columns
    dittos, no_one = frozenset(spec.dittos), frozenset(spec.no_one)
    standing = dittos | no_one
    return _CellWords(dittos, no_one, standing, max((len(w) for w in standing), default=0) + 2)


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
    words_of = _cell_words()
    rows = [list(row) for row in table.rows]
    changed = False
    body = [r for r, _ in body_rows(text, table)]
    for r in body:
        for c in repeating:
            if c >= len(rows[r]):
                continue
            cell = rows[r][c]
            words = _words(text, cell)
            if words in words_of.dittos and r - 1 in body and c < len(rows[r - 1]):
                rows[r][c] = replace(cell, span=rows[r - 1][c].span)
            elif (words in words_of.no_one or words in words_of.dittos) and c in units:
                # a placeholder, or a ditto with no row above it to repeat: no one
                rows[r][c] = replace(cell, span=(cell.span[0], cell.span[0]))
            else:
                continue
            changed = True
    return TableGrid(table.span, tuple(tuple(row) for row in rows), table.origin) if changed else table


def _standing_in(text: str, table: TableGrid) -> bool:
    """A cell of ``table`` is a ditto or a placeholder (the cheap test: short cells only)."""
    words_of = _cell_words()
    return any(
        0 < cell.span[1] - cell.span[0] <= words_of.longest and _words(text, cell) in words_of.standing
        for row in table.rows[1:]
        for cell in row
    )


def fill_dittos(text: str, tables: list[TableGrid]) -> list[TableGrid]:
    """``tables`` with their task tables' dittos and placeholders read (see the module's words)."""
    return [_filled(text, t) if _standing_in(text, t) else t for t in tables]
