"""A spreadsheet saved whole as one table (Excel's File > Save as Web Page, a sheet pasted into Word): its
rows hold the page's own lines above the table and, often, more than one table, each under its own header row

    | 附件 |                                                   (a cell alone: the page's line)
    | 金华市2025年知识产权工作任务清单（merged across）         |
    | 金华市知识产权工作领导小组办公室　2025年3月20日（merged） |
    | 表一　2025年主要指标（merged across）                     |
    | 序号 | 指标名称 | 单位 | 2024年完成 | 2025年目标 |         (a header: the first block)
    | 1    | 发明专利授权量 | 件 | 5126 | 5500 |
    |      |      |      |      |      |                       (a blank row between the blocks)
    | 表二　重点工作任务（merged across）                       |
    | 注：标注★的为牵头单位，其余为配合单位（merged across）    |
    | 序号 | 工作任务 | 具体举措 | 责任单位 | 完成时限 |         (a header: the second block)
    | 一、强化知识产权创造（merged across）                     |   (a category row: the block's own)

is read as the tables it holds: a block opens at a header row (two or more short cells, no number alone
among them, most of them holding a column's word: 序号, 工作任务, 责任单位, 指标, 单位 … from
document_types.yaml ``task_table_columns`` and targets.yaml ``year_tables``) right under a row of one cell
or a blank one, and ends before the blank row and the one-cell rows leading to the next header; the first
header row opens one under rows of two cells too (the issuer and the date apart). The rows above a block
(title, issuer and date, caption, a legend) are lines of the text, no rows. A table is split only when it
holds two blocks or more, or when two rows or more lead its one block (a table with a caption over its
header is read as before).
"""

from __future__ import annotations

from functools import cache

from loaders.base import TableCell, TableGrid
from ontology.vocab import document_vocabulary
from ontology.vocab_targets import target_vocabulary
from policykg.extract.table_cells import NUMBER, plain_number
from policykg.extract.textspan import squeeze

#: Longest cell of a header row (characters): a body row's task or measure is longer.
_MAX_HEADER_CELL = 12


def _written(text: str, row: tuple[TableCell, ...]) -> list[str]:
    """The words of each distinct cell of ``row`` that writes any (a merged cell counted once)."""
    seen: set[tuple[int, int]] = set()
    out: list[str] = []
    for cell in row:
        if cell.span in seen:
            continue
        seen.add(cell.span)
        words = squeeze(text[cell.span[0] : cell.span[1]])
        if words:
            out.append(words)
    return out


@cache
def _column_words() -> tuple[str, ...]:
    columns = document_vocabulary().task_table_columns
    years = target_vocabulary().year_tables
    return (
        *columns.number,
        *columns.task,
        *columns.lead,
        *columns.support,
        *columns.responsible,
        *columns.deadline,
        *columns.other,
        *years.indicator_headers,
        *years.unit_headers,
        *years.attribute_headers,
        *years.target_words,
        *years.baseline_words,
        *years.skip_headers,
    )


def _is_header(cells: list[str]) -> bool:
    """A row naming columns: two cells or more, all short, none a number alone, most of them holding a
    column's word (a task row of short cells, 专利导航 | 县科技局牵头 | 全年, holds one or two)."""
    if len(cells) < 2 or any(len(c) > _MAX_HEADER_CELL or NUMBER.fullmatch(plain_number(c)) for c in cells):
        return False
    words = _column_words()
    return 2 * sum(1 for c in cells if any(w in c for w in words)) > len(cells)


#: The most cells a line of the page above the first header writes (the issuer and the date apart).
_PAGE_LINE_CELLS = 2


def _block_starts(written: list[list[str]]) -> list[int]:
    """The rows opening a block, given each row's written cells: the first header row under the page's lines
    (rows of one or two cells), and each header row below it under a blank or one-cell row."""
    starts: list[int] = []
    loose = True  # the row above is the table's top, a blank row or a row of one cell
    page = True  # every row above is a line of the page
    for r, cells in enumerate(written):
        if len(cells) <= 1:
            loose = True
            continue
        if (loose or (page and not starts)) and _is_header(cells):
            starts.append(r)
        loose = False
        page = page and len(cells) <= _PAGE_LINE_CELLS
    return starts


def _block(table: TableGrid, rows: tuple[tuple[TableCell, ...], ...]) -> TableGrid:
    renumbered = tuple(tuple(TableCell(i, c.col, c.span) for c in row) for i, row in enumerate(rows))
    spans = [c.span for row in rows for c in row if c.span[1] > c.span[0]]
    return TableGrid((min(s[0] for s in spans), max(s[1] for s in spans)), renumbered, table.origin)


def _blocks(text: str, table: TableGrid) -> list[TableGrid]:
    written = [_written(text, row) for row in table.rows]
    starts = _block_starts(written)
    if not starts or (len(starts) == 1 and starts[0] < 2):
        return [table]
    out: list[TableGrid] = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(table.rows)
        # the blank row and the one-cell rows (caption, legend) leading to the next header are no rows
        while i + 1 < len(starts) and end > start + 1 and len(written[end - 1]) <= 1:
            end -= 1
        if end > start + 1:
            out.append(_block(table, table.rows[start:end]))
    return out or [table]


def split_sheets(text: str, tables: list[TableGrid]) -> list[TableGrid]:
    """``tables`` with each sheet saved as one table read as the tables it holds (see the module's words)."""
    return [block for table in tables for block in _blocks(text, table)]
