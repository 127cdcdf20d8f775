"""A table split over pages into two tables, joined back into one; and a table's cells by grid column, its
merged cells read in one pass down the table (``grid_cells``).

A task table long enough to run over a page is one table in a document Word made, its header repeated on
each page by Word's display alone. A document converted from a PDF or another word processor, or one whose
table a drafter split at a page (Ctrl+Shift+Enter, to give the page a 续表 caption), holds two tables
instead: the second opens with the header typed again, or with the rows of a merged cell going on from the
page before (a cell merged down, w:vMerge, whose first row is on the page before). Read apart, the second
table's header took those rows for its own cells (a task named 重点任务, numbered 序号) and lost their task.
Two tables of as many columns with nothing between them but empty paragraphs, page breaks, a printed page
number or a 续表 caption, the second opening with the first's header or with a merged cell going on, are one
table: the second's rows go on the first's, its repeated header (every row of a header of two rows, 责任单位
over 牵头单位 | 配合单位) and the paragraphs between them left out, as a page's running header is.
"""

from __future__ import annotations

import re
from typing import Any

from loaders.docx_content import paragraph_text, text_boxes
from loaders.page_furniture import drop_page_numbers

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TABLE = f"{_W}tbl"
_PARAGRAPH = f"{_W}p"
#: Elements between two tables that hold no text: bookmarks, section properties of the paragraph before.
_MARKS = {f"{_W}bookmarkStart", f"{_W}bookmarkEnd", f"{_W}proofErr", f"{_W}permStart", f"{_W}permEnd"}
#: A caption the drafter gives the table's page after the first: 续表, 续表1：重点任务分工表, 表1（续）,
#: 重点任务分工表（续表）; a short line, no sentence.
_CONTINUED = re.compile(r"续表[^。；;]{0,30}|[^。；;]{0,30}[（(]续表?[）)]")


def _rows(table: Any) -> list[Any]:
    return list(table.iterchildren(f"{_W}tr"))


def _first_row(table: Any) -> Any:
    """A table's first row (None: it has none), found without listing the rest: a table joined from
    thousands of pages is asked again for its header at each page."""
    return next(table.iterchildren(f"{_W}tr"), None)


def _cells(row: Any) -> list[Any]:
    return list(row.iterchildren(f"{_W}tc"))


def _width(row: Any) -> int:
    """The grid columns a row's cells cover (a cell merged across columns counts each)."""
    return sum(_span(cell) for cell in _cells(row))


#: The most grid columns one cell is read to cover: Word's tables hold at most 63 columns, and a number
#: written larger (w:gridSpan w:val="1000000000") would make as many cells of a row.
_MAX_SPAN = 64


def _span(cell: Any) -> int:
    """The grid columns a cell covers (w:gridSpan; 1 when it writes none, or no number)."""
    span = cell.find(f"{_W}tcPr/{_W}gridSpan")
    if span is None:
        return 1
    try:
        return min(int(span.get(f"{_W}val", "1")), _MAX_SPAN)
    except ValueError:
        return 1


def _grid_before(row: Any) -> int:
    """The grid columns a row leaves empty before its first cell (w:gridBefore; 0 when it writes none)."""
    before = row.find(f"{_W}trPr/{_W}gridBefore")
    try:
        return int(before.get(f"{_W}val", "0")) if before is not None else 0
    except ValueError:
        return 0


def _goes_on(cell: Any) -> bool:
    """Whether a cell goes on merging down the cell above it (w:vMerge without restart)."""
    merge = cell.find(f"{_W}tcPr/{_W}vMerge")
    return merge is not None and merge.get(f"{_W}val", "continue") == "continue"


def grid_cells(table: Any) -> list[list[Any]]:
    """Each row's cells (w:tc), one for each grid column a cell covers, a cell merged down given as the
    cell it goes on from: what python-docx's ``Row.cells`` gives, read in one pass down the table. That one
    looks up the rows above for each merged cell, again for each row of the merge (a cell merged down over
    1,000 rows overflowed Python's stack), and fails on a merge with nothing above it (a first row going on,
    no cell at the same column above): such a cell is read as a cell of its own."""
    rows: list[list[Any]] = []
    above: dict[int, Any] = {}  # the row above's cells by the grid column each begins at
    for row in table.iterchildren(f"{_W}tr"):
        column = _grid_before(row)
        here: dict[int, Any] = {}
        cells: list[Any] = []
        for cell in row.iterchildren(f"{_W}tc"):
            owner = above.get(column, cell) if _goes_on(cell) else cell
            here[column] = owner
            cells.extend([owner] * _span(owner))
            column += _span(cell)
        rows.append(cells)
        above = here
    return rows


def _texts(row: Any) -> list[str]:
    return ["".join("".join(paragraph_text(p).split()) for p in c.iter(_PARAGRAPH)) for c in _cells(row)]


def _merged_on(row: Any) -> bool:
    """Whether a cell of the row goes on merging down a cell from the row above (w:vMerge without restart)."""
    return any(_goes_on(cell) for cell in _cells(row))


def _between(paragraph: Any) -> bool:
    """Whether a paragraph between two tables is page furniture: empty (a page break), a printed page number
    (— 3 —, a document converted from a PDF) or a 续表 caption."""
    if paragraph.tag in _MARKS:
        return True
    if paragraph.tag != _PARAGRAPH or text_boxes(paragraph):
        return False
    text = "".join(paragraph_text(paragraph).split())
    return not text or _CONTINUED.fullmatch(text) is not None or not drop_page_numbers(text + "\n")


def _continues(first: Any, second: Any) -> bool:
    """Whether ``second`` is the rest of ``first`` on the next page: as many columns, opening with the
    first's header row (two or more cells written) or with a merged cell going on."""
    head, opening = _first_row(first), _first_row(second)
    if head is None or opening is None or _width(head) != _width(opening):
        return False
    header = _texts(head)
    repeated = _texts(opening) == header and sum(1 for t in header if t) >= 2
    return repeated or _merged_on(opening)


def _repeated_header(first: Any, second: Any) -> int:
    """How many rows opening ``second`` repeat ``first``'s header: its first row, and each row below that
    goes on merging a cell of the header down (the lower row of a header of two rows)."""
    count = 0
    # the rows walked side by side, not listed: ``first`` may hold thousands of pages' rows (see _first_row)
    for mine, theirs in zip(first.iterchildren(f"{_W}tr"), second.iterchildren(f"{_W}tr"), strict=False):
        texts = _texts(mine)
        if not any(texts) or _texts(theirs) != texts or (count and not _merged_on(mine)):
            break
        count += 1
    return count


def join_split_tables(container: Any) -> None:
    """Join each table split over pages (see the module's words) in a body, in memory only."""
    children = list(container)
    at = 0
    while at < len(children):
        first = children[at]
        at += 1
        if first.tag != _TABLE:
            continue
        while True:
            end = at
            while end < len(children) and _between(children[end]):
                end += 1
            if end >= len(children) or children[end].tag != _TABLE or not _continues(first, children[end]):
                break
            second = children[end]
            rows = _rows(second)
            for row in rows[_repeated_header(first, second) :]:
                first.append(row)
            for element in children[at : end + 1]:
                container.remove(element)
            at = end + 1
