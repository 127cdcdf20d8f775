"""Rows of a task table that are one cell across the whole table (<td colspan="5">一、提升知识产权
创造质量</td>, a Word row's cells merged along it; in a text table the cell written again in each
column): headings of the rows under them, no task. A task table's rows under such a heading are the tasks
of that part of the plan, as the items under a chapter of its text are: the heading is a unit of the
plan's outline (structure.py), and the rows below it, up to the next such row or the table's end, lie in
its span.
"""

from __future__ import annotations

import re

from loaders.base import TableCell, TableGrid
from policykg.extract.stacked_tables import section_line
from policykg.extract.table_headers import body_rows
from policykg.extract.tables import task_columns
from policykg.extract.textspan import Span, trim


def across(text: str, row: tuple[TableCell, ...]) -> bool:
    """The row is one cell across the whole table (colspan, cells merged along the row; in a text table the
    cell written again in each column): a heading of the rows under it (一、强化知识产权创造), no task, its
    words in no unit column."""
    first = row[0]
    return len(row) > 1 and all(
        cell.span == first.span or (filled(first) and same_words(text, cell, first)) for cell in row
    )


#: A part's number alone in a row's first cell (一, 二、, （三）, 第一部分), as a plan numbers its chapters.
_PART_NUMBER = re.compile(
    r"(?:[（(]?[一二三四五六七八九十]{1,3}[)）]?|第[一二三四五六七八九十]{1,3}(?:部分|章|篇))[、.．]?"
)
#: A number alone (1, 2.): a 序号 cell's.
_NUMBER = re.compile(r"[（(]?\d{1,3}[)）]?[、.．]?")


def numbered_across(text: str, row: tuple[TableCell, ...]) -> TableCell | None:
    """The cell of words of a row numbering a part of the plan across the table (一 | 提升知识产权创造质量,
    the rest of the row merged into one cell, or written in the task's cell alone with the others empty
    after a part's number such as 一 or （二）): a heading of the rows under it, as ``across`` is."""
    if len(row) < 3:
        return None
    s, e = trim(text, *row[0].span)
    if s >= e:
        return _numbered_alone(text, row)
    rest = [c for c in row[1:] if filled(c)]
    if not rest or any(c.span != rest[0].span and not same_words(text, c, rest[0]) for c in rest):
        return None
    if _HAN.search(text, *rest[0].span) is None:
        return None
    merged = len(rest) == len(row) - 1
    if _PART_NUMBER.fullmatch(text, s, e) or (merged and _NUMBER.fullmatch(text, s, e)):
        return rest[0]
    return None


def _numbered_alone(text: str, row: tuple[TableCell, ...]) -> TableCell | None:
    """The one cell of words of a row whose 序号 cell is empty when it is a part's numbered heading
    (| | 二、知识产权保护 | | |, （三）强化知识产权运用: a number and a short title, no stop), the rest of the
    row empty: a merged row a converter wrote into the task's column."""
    cells = [c for c in row[1:] if filled(c)]
    if len(cells) != 1 or not text[cells[0].span[0]].startswith(_PART_OPENERS):
        return None  # the cheap test first: a part's number opens the cell
    return cells[0] if section_line(text, cells[0].span) else None


#: What a part's number opens with (二、, （三）, 第一部分).
_PART_OPENERS = ("（", "(", "第", *"一二三四五六七八九十")


def filled(cell: TableCell) -> bool:
    """The cell holds words (an empty cell's span is empty)."""
    return cell.span[0] < cell.span[1]


def same_words(text: str, cell: TableCell, above: TableCell) -> bool:
    """Two cells of a text table writing the same words (a merged cell written again in each of its rows)."""
    if cell.span[1] - cell.span[0] != above.span[1] - above.span[0]:
        return False  # the cheap test first
    return text[cell.span[0] : cell.span[1]] == text[above.span[0] : above.span[1]]


def category_rows(
    text: str, rows: list[tuple[int, tuple[TableCell, ...]]], task: int, measure: int | None
) -> set[int]:
    """The rows of a task table with a column of measures (重点任务 | 具体措施) whose task cell is a category
    the rows share (强化知识产权保护 merged down over two rows, written again in each, or left empty below
    it in a text table), each filling its measure cell: the measure is the row's work, the category only
    names the part of the plan it falls in. A row alone under its task cell is no such row: that cell is
    its task, the measure its words. Empty without a measure column."""
    if measure is None:
        return set()
    out: set[int] = set()
    last: tuple[int, TableCell] | None = None  # the row above and its task cell, when it fills its measure
    for r, row in rows:
        if max(task, measure) >= len(row) or not filled(row[measure]) or row[measure].span == row[task].span:
            last = None
            continue
        cell = row[task]
        if last is not None and (
            cell.span == last[1].span or not filled(cell) or same_words(text, cell, last[1])
        ):
            out.update((last[0], r))
            cell = cell if filled(cell) else last[1]
        last = (r, cell) if filled(cell) else None
    return out


#: A Chinese character: a row's lone cell of words (一、知识产权创造), not a number.
_HAN = re.compile("[\u4e00-\u9fff]")


def _heading_row(text: str, row: tuple[TableCell, ...], columns: int, task: int) -> bool:
    """The row is one cell of words across the table: merged along it (``across``), a PDF's line of one
    cell under a header of several (stacked_tables.py), or its first cell alone written in a table of three
    columns or more (a merged row saved as Markdown or typed: | 一、知识产权创造 | | | |)."""
    s, e = row[0].span
    if s == e and numbered_across(text, row) is not None:
        return True  # | | 二、知识产权保护 | | |
    if _HAN.search(text, s, e) is None:
        return False  # a number alone (| 1 |): a ragged row's
    if across(text, row) or numbered_across(text, row) is not None:
        return True
    if len(row) == 1:
        return columns > 1
    return (
        columns >= 3
        and task > 0  # a task cell alone is a task whose units a merged cell above names
        and not any(filled(cell) and cell.span != row[0].span for cell in row[1:])
    )


def _on_its_line(text: str, row: tuple[TableCell, ...]) -> tuple[int, Span] | None:
    """The start of the row's line and its first cell, when the row is a line of the text of its own (the
    cell's words on one line, the row's other cells, if any, after them on that line)."""
    words = numbered_across(text, row)  # 一 | 提升知识产权创造质量: the words are the heading's
    s, e = row[0].span if filled(row[0]) or words is None else words.span
    if s >= e or text.find("\n", s, max(c.span[1] for c in row)) >= 0:
        return None
    return text.rfind("\n", 0, s) + 1, words.span if words is not None else (s, e)


def table_heads(text: str, tables: list[TableGrid]) -> dict[int, tuple[Span, int]]:
    """The rows across a task table with task rows under them (``_heading_row``), each on a line of its own:
    by the start of the row's line, its cell and the end of the rows it heads (the next such row's line,
    or the table's end)."""
    heads: dict[int, tuple[Span, int]] = {}
    for table in tables:
        found = task_columns(text, table) if len(table.rows) >= 3 else None
        if found is None:
            continue
        columns = len(table.rows[0])
        opened: tuple[int, tuple[int, Span]] | None = None  # the row heading the rows after it, its line
        for r, row in body_rows(text, table):
            if not _heading_row(text, row, columns, found.task):
                continue
            line = _on_its_line(text, row)
            if opened is not None and r > opened[0] + 1:
                start, cell = opened[1]
                heads[start] = (cell, trim(text, start, line[0] if line else row[0].span[0])[1])
            opened = (r, line) if line is not None else None
        if opened is not None and opened[0] + 1 < len(table.rows):
            start, cell = opened[1]
            heads[start] = (cell, trim(text, start, table.span[1])[1])
    return heads
