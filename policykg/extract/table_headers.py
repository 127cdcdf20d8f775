"""A table's header, of one row or two: a merged cell spanning columns over sub-headers

    | 序号 | 重点任务 | 责任单位（merged over 2） |        | 指标 | 目标值（merged over 3）  | 属性 |
    |      |          | 牵头单位 | 配合单位      |        |      | 2023年 | 2024年 | 2025年 |      |

is one header whose column texts are the upper cell and the lower cell together (责任单位牵头单位,
目标值2024年); a cell across the whole first row is the table's caption, and the second row alone names the
columns. The first two rows form one header when a cell of the first row spans two or more columns (a
merged cell repeats its span in a .docx / .html grid; in a text table, empty cells after it continue it)
and has a distinct, short sub-header under each of its columns, while every other cell of the second row
is empty or the upper cell merged down. The body is the rows below the header.
"""

from __future__ import annotations

from dataclasses import dataclass

from loaders.base import TableCell, TableGrid
from policykg.extract.textspan import Span, squeeze

#: Longest sub-header (characters): a body cell is longer, or not under a merged cell.
_MAX_SUB_HEADER = 20


@dataclass(frozen=True)
class HeaderCell:
    text: str  # the column's header: the upper cell, followed by the lower one in a two-row header
    span: Span  # the lowest cell naming the column (the sub-header in a two-row header)


def _text(text: str, cell: TableCell) -> str:
    return squeeze(text[cell.span[0] : cell.span[1]])


def _upper_groups(text: str, row: tuple[TableCell, ...]) -> list[int]:
    """For each column of the first row, the column where its cell begins: a merged cell repeats its span,
    and an empty cell after a filled one continues it (a text table's merged cell)."""
    owner: list[int] = []
    for c, cell in enumerate(row):
        if c > 0 and (cell.span == row[c - 1].span or not _text(text, cell)) and _text(text, row[owner[-1]]):
            owner.append(owner[-1])
        else:
            owner.append(c)
    return owner


def header_depth(text: str, table: TableGrid) -> int:
    """How many rows the table's header takes: 2 for a two-row header (see the module's words), else 1."""
    if len(table.rows) < 3 or len(table.rows[1]) != len(table.rows[0]):
        return 1
    upper, lower = table.rows[0], table.rows[1]
    owner = _upper_groups(text, upper)
    widths = {c: owner.count(c) for c in set(owner)}
    split = False
    for c, cell in enumerate(lower):
        below = _text(text, cell)
        if widths[owner[c]] >= 2:
            head = upper[owner[c]]
            distinct = cell.span != head.span and all(
                lower[o].span != cell.span for o in range(len(lower)) if o != c and owner[o] == owner[c]
            )
            if not below or not distinct or len(below) > _MAX_SUB_HEADER:
                return 1
            split = True
        elif below and cell.span != upper[c].span:
            return 1
    return 2 if split else 1


def header_cells(text: str, table: TableGrid) -> list[HeaderCell]:
    """The header of each column, combining a two-row header."""
    if not table.rows:
        return []
    upper = table.rows[0]
    if header_depth(text, table) == 1:
        return [HeaderCell(_text(text, c), c.span) for c in upper]
    owner = _upper_groups(text, upper)
    caption = len(set(owner)) == 1  # one cell across the whole table is its caption, not a column's words
    out: list[HeaderCell] = []
    for c, cell in enumerate(table.rows[1]):
        head = upper[owner[c]]
        if caption:
            out.append(HeaderCell(_text(text, cell), cell.span))
        elif cell.span == head.span or not _text(text, cell):
            out.append(HeaderCell(_text(text, head), head.span))
        else:
            out.append(HeaderCell(_text(text, head) + _text(text, cell), cell.span))
    return out


def header_texts(text: str, table: TableGrid) -> list[str]:
    """The header text of each column (upper and lower cell together in a two-row header)."""
    return [h.text for h in header_cells(text, table)]


def body_rows(text: str, table: TableGrid) -> list[tuple[int, tuple[TableCell, ...]]]:
    """The rows below the header, with their indices in the table."""
    depth = header_depth(text, table)
    return list(enumerate(table.rows[depth:], start=depth))
