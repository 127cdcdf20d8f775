"""Tables laying out a chapter's measures in prose: the safeguards drawn as a table of two columns (措施 |
主要内容), each row a measure, its name in the first cell (加强组织领导) and its sentences in the second
(市知识产权强市建设工作领导小组负责统筹推进…). Neither a task table (no unit column, no notes in its cells)
nor a table of indicators, such a table was read by nobody: its lines stood in no paragraph, and the bodies
its sentences name were lost.

Each row of such a table is read as an item of the chapter the table stands in, as if written
（一）加强组织领导。市…负责… under it: its name cell heads the item (a row heading the rows under it is read
the same way, table_sections.py) and its content cell's lines are the item's text, read as any paragraph is
(负责, 会同, 要 …). The table is known by its header (document_types.yaml measure_table_columns), its two
columns, and rows each a short name on its line with sentences beside it.
"""

from __future__ import annotations

from dataclasses import dataclass

from loaders.base import TableCell, TableGrid
from ontology.vocab import document_vocabulary
from policykg.extract.tables import task_columns
from policykg.extract.textspan import Span, squeeze, trim

#: The most characters a measure's name cell holds: a heading's words (加强组织领导), no sentence.
_NAME_MAX = 20
#: What a content cell's sentences close with (or its lead-in, 按照以下分工抓好落实：): a measure written out,
#: not a figure or a name.
_SENTENCE_MARKS = ("。", "；", "：")
#: The tables whose cells' lines are the paragraphs the source writes in them.
_PARAGRAPH_ORIGINS = ("docx", "html")
#: What may stand before a row's first cell on its line: white space, a Markdown row's bar.
_ROW_OPENING = " \t\u3000|"


@dataclass(frozen=True)
class MeasureRows:
    """The rows of the plan's measure tables: ``heads`` by the start of each row's line, its name cell and
    the row's end (as table_sections.table_heads gives a row heading the rows under it); ``cells`` the
    content cells, whose lines are read as the text's own."""

    heads: dict[int, tuple[Span, int]]
    cells: list[Span]
    #: the content cells of a Word or web table, whose lines are each a paragraph of the cell (never a line
    #: wrapped by a page), and a nested table's row on one line (市财政局 统筹安排…) one of its own
    whole_lines: list[Span]


def measure_rows(text: str, tables: list[TableGrid]) -> MeasureRows:
    """The rows of every table of ``tables`` that lays out measures in prose."""
    heads: dict[int, tuple[Span, int]] = {}
    cells: list[Span] = []
    whole: list[Span] = []
    for table in tables:
        rows = _measure_rows(text, table)
        for name, content in rows:
            s, e = trim(text, *name.span)
            cell = trim(text, *content.span)
            heads[text.rfind("\n", 0, s) + 1] = ((s, e), cell[1])
            cells.append(cell)
            if table.origin in _PARAGRAPH_ORIGINS:
                whole.append(cell)
    return MeasureRows(heads, sorted(cells), sorted(whole))


def _measure_rows(text: str, table: TableGrid) -> list[tuple[TableCell, TableCell]]:
    """The (name, content) cells of the body rows of ``table`` when it lays out measures in prose, else []."""
    spec = document_vocabulary().measure_table_columns
    if spec is None or len(table.rows) < 3 or any(len(row) != 2 for row in table.rows):
        return []
    header = table.rows[0]
    if squeeze(text[slice(*header[0].span)]) not in spec.name:
        return []  # the cheap test first
    if squeeze(text[slice(*header[1].span)]) not in spec.content or task_columns(text, table) is not None:
        return []
    rows = [(row[0], row[1]) for row in table.rows[1:]]
    return rows if all(_measure(text, name, content) for name, content in rows) else []


def _measure(text: str, name: TableCell, content: TableCell) -> bool:
    """A row of a measure table: a short name alone on its line opening the row's line, and sentences beside
    it."""
    s, e = trim(text, *name.span)
    if not 0 < e - s <= _NAME_MAX or "\n" in text[s:e] or "。" in text[s:e]:
        return False
    if text[text.rfind("\n", 0, s) + 1 : s].strip(_ROW_OPENING):
        return False  # the name opens its line (after a Markdown row's bar): the row is a line of the text
    c_s, c_e = trim(text, *content.span)
    return c_s < c_e and any(mark in text[c_s:c_e] for mark in _SENTENCE_MARKS)


def in_cells(pos: int, cells: list[Span]) -> bool:
    """``pos`` lies in one of the sorted content ``cells``."""
    return any(s <= pos < e for s, e in cells)


def cell_on_line(cells: list[Span], start: int, end: int) -> Span | None:
    """The piece of the line ``[start, end)`` a content cell of ``cells`` opens on it (after its row's name
    cell): from the cell's start to its end or the line's, whichever comes first."""
    return next(((s, min(e, end)) for s, e in cells if start <= s < end), None)
