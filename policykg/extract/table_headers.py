"""A table's header, of one row or several: a merged cell spanning columns over sub-headers

    | 序号 | 重点任务 | 责任单位（merged over 2） |        | 指标 | 目标值（merged over 3）  | 属性 |
    |      |          | 牵头单位 | 配合单位      |        |      | 2023年 | 2024年 | 2025年 |      |

is one header whose column texts are the upper cell and the lower cell together (责任单位牵头单位,
目标值2024年); a cell across the whole first row is the table's caption, and the rows below it alone name the
columns. The first two rows form one header when a cell of the first row spans two or more columns (a
merged cell repeats its span in a .docx / .html grid; in a text table, empty cells after it continue it)
and has a distinct, short sub-header under each of its columns, while every other cell of the second row
is empty or the upper cell merged down. A further row joins the header the same way when it divides a
sub-header that spans columns itself (时间安排 over 2024年 | 2025年, each over 上半年 | 下半年); a text
table's empty cells after a sub-header continue it only when the row below divides it. The body is the rows
below the header.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from loaders.base import TableCell, TableGrid
from ontology.vocab import document_vocabulary
from policykg.extract.textspan import Span, squeeze

#: Longest sub-header (characters): a body cell is longer, or not under a merged cell.
_MAX_SUB_HEADER = 20


@dataclass(frozen=True)
class HeaderCell:
    text: str  # the column's header: the upper cell, followed by the cells below it in a deeper header
    span: Span  # the lowest cell naming the column (the sub-header in a two-row header)


def _text(text: str, cell: TableCell) -> str:
    return squeeze(text[cell.span[0] : cell.span[1]])


def _upper_groups(text: str, row: tuple[TableCell, ...]) -> list[int]:
    """For each column of the first row, the column where its cell begins: a merged cell repeats its span,
    and an empty cell after a filled one continues it (a text table's merged cell), as does one repeating
    its words (目标值 | 目标值 | 目标值: a merged cell written out in each column it spans)."""
    owner: list[int] = []
    for c, cell in enumerate(row):
        if (
            c > 0
            and (
                cell.span == row[c - 1].span
                or not (words := _text(text, cell))
                or words == _text(text, row[c - 1])
            )
            and _text(text, row[owner[-1]])
        ):
            owner.append(owner[-1])
        else:
            owner.append(c)
    return owner


def _merged_down(text: str, cell: TableCell, above: TableCell) -> bool:
    """``cell`` is the cell above it merged down: the same cell in a .docx / .html grid, or its words written
    out again in a text table (a Markdown file's HTML table made a pipe table writes a rowspan cell, 指标 or
    单位 beside 2024年 | 2025年目标 under 指标值, in each row it spans)."""
    if cell.span == above.span:
        return True
    words = _text(text, cell)
    return bool(words) and words == _text(text, above)


@dataclass(frozen=True)
class _Level:
    """One row of a header: for each column, the column where the cell naming it at this depth begins;
    ``loose`` when a text table's empty cell continues a sub-header (the row below must divide it)."""

    owner: list[int]
    loose: bool = False


def _sub_header(
    text: str, above: tuple[TableCell, ...], owner: list[int], row: tuple[TableCell, ...]
) -> _Level | None:
    """``row`` as a further row of a header whose columns fall in the groups ``owner`` (the row ``above``
    its last): each group spanning columns is divided into two or more short sub-headers, or is the cell
    above merged down; every other column is empty or merged down. None when the row is no sub-header."""
    widths = Counter(owner)
    out: list[int] = []
    split = loose = False
    for c, cell in enumerate(row):
        group = owner[c]
        words = _text(text, cell)
        merged_down = _merged_down(text, cell, above[c])
        if widths[group] == 1:
            if words and not merged_down:
                return None
            out.append(c)
        elif c > group and cell.span == row[c - 1].span:
            out.append(out[-1])  # a merged cell goes on (a sub-header, or the cell above merged down)
        elif c > group and not words and _text(text, row[out[-1]]):
            out.append(out[-1])  # a text table's empty cell after a sub-header
            loose = True
        elif merged_down and c == group:
            out.append(c)
        elif not words or len(words) > _MAX_SUB_HEADER:
            return None
        else:
            out.append(c)
    for group, width in widths.items():
        if width < 2:
            continue
        parts = {out[c] for c in range(group, group + width)}
        if len(parts) >= 2:
            split = True
        elif not _merged_down(text, row[group], above[group]):
            return None  # one cell under the whole group that is not the group's own cell merged down
    return _Level(out, loose) if split else None


def _levels(text: str, table: TableGrid) -> list[_Level]:
    """The header's rows, one level each: one level for a one-row header."""
    rows = table.rows
    levels = [_Level(_upper_groups(text, rows[0]))] if rows else []
    while len(levels) + 1 < len(rows) and len(rows[len(levels)]) == len(rows[0]):
        depth = len(levels)
        found = _sub_header(text, rows[depth - 1], levels[-1].owner, rows[depth])
        if found is None:
            break
        if found.loose:  # its empty cells continue a sub-header only if the row below divides it
            below = depth + 2 < len(rows) and len(rows[depth + 1]) == len(rows[0])
            if not below or _sub_header(text, rows[depth], found.owner, rows[depth + 1]) is None:
                break
        levels.append(found)
    return levels


def header_depth(text: str, table: TableGrid) -> int:
    """How many rows the table's header takes (see the module's words)."""
    return max(1, len(_levels(text, table)))


def header_levels(text: str, table: TableGrid) -> list[list[int]]:
    """For each row of the header, from the top, the column where the cell naming each column at that depth
    begins (a merged cell over 2023年实际 | 2024年目标 owns both columns in the first row)."""
    return [level.owner for level in _levels(text, table)] if table.rows else []


def header_cells(text: str, table: TableGrid) -> list[HeaderCell]:
    """The header of each column, combining the rows of a deeper header from the top down."""
    if not table.rows:
        return []
    levels = _levels(text, table)
    if len(levels) == 1:
        return [HeaderCell(_text(text, c), c.span) for c in table.rows[0]]
    caption = len(set(levels[0].owner)) == 1  # one cell across the whole table is its caption
    out: list[HeaderCell] = []
    for c in range(len(table.rows[0])):
        words: list[str] = []
        span: Span | None = None
        above: TableCell | None = None
        for depth, level in enumerate(levels[1:] if caption else levels, start=1 if caption else 0):
            cell = table.rows[depth][level.owner[c]]
            written = _text(text, cell)
            if written and (above is None or not _merged_down(text, cell, above)):
                words.append(written)
                span = cell.span
            above = cell
        out.append(HeaderCell("".join(words), span or table.rows[len(levels) - 1][c].span))
    return out


def header_texts(text: str, table: TableGrid) -> list[str]:
    """The header text of each column (upper and lower cell together in a two-row header)."""
    return [h.text for h in header_cells(text, table)]


def _row_texts(text: str, row: tuple[TableCell, ...]) -> tuple[str, ...]:
    return tuple(_text(text, cell) for cell in row)


def body_rows(text: str, table: TableGrid) -> list[tuple[int, tuple[TableCell, ...]]]:
    """The rows below the header, with their indices in the table; a row repeating a header row of two or
    more written cells is none (a table converted from pages or copied off them, its header typed again on
    each page: 序号 | 重点任务 | 牵头单位 … is no task)."""
    depth = header_depth(text, table)
    heads = {_row_texts(text, row) for row in table.rows[:depth]}
    heads = {head for head in heads if sum(1 for words in head if words) >= 2}
    if depth < len(table.rows) and _translated_header(_row_texts(text, table.rows[depth])):
        depth += 1  # the header's words in English below it: no row
    rows = enumerate(table.rows[depth:], start=depth)
    return [(r, row) for r, row in rows if not heads or _row_texts(text, row) not in heads]


#: A Chinese character; a Latin letter.
_HAN = re.compile("[\u4e00-\u9fff]")
_LATIN = re.compile("[A-Za-z]")


def _translated_header(cells: tuple[str, ...]) -> bool:
    """A row of Latin words alone, two cells or more, no Chinese character in any (No. | Task | Lead unit |
    Supporting units | Deadline): the header's translation written right below it, never a row of the
    table's (a task, a unit and a target are written in Chinese)."""
    written = [words for words in cells if words]
    return sum(1 for words in written if _LATIN.search(words)) >= 2 and not any(
        _HAN.search(words) for words in written
    )


def names_people(header: str) -> bool:
    """A column's header names people (牵头县领导, 责任人, 责任单位及责任人; document_types.yaml
    task_table_columns people): its cells may name them."""
    return any(w in header for w in document_vocabulary().task_table_columns.people)
