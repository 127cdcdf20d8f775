"""A table split over pages into two tables, joined back into one.

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


def _cells(row: Any) -> list[Any]:
    return list(row.iterchildren(f"{_W}tc"))


def _width(row: Any) -> int:
    """The grid columns a row's cells cover (a cell merged across columns counts each)."""
    total = 0
    for cell in _cells(row):
        span = cell.find(f"{_W}tcPr/{_W}gridSpan")
        try:
            total += int(span.get(f"{_W}val", "1")) if span is not None else 1
        except ValueError:
            total += 1
    return total


def _texts(row: Any) -> list[str]:
    return ["".join("".join(paragraph_text(p).split()) for p in c.iter(_PARAGRAPH)) for c in _cells(row)]


def _merged_on(row: Any) -> bool:
    """Whether a cell of the row goes on merging down a cell from the row above (w:vMerge without restart)."""
    for cell in _cells(row):
        merge = cell.find(f"{_W}tcPr/{_W}vMerge")
        if merge is not None and merge.get(f"{_W}val", "continue") == "continue":
            return True
    return False


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
    head, rows = _rows(first), _rows(second)
    if not head or not rows or _width(head[0]) != _width(rows[0]):
        return False
    header = _texts(head[0])
    repeated = _texts(rows[0]) == header and sum(1 for t in header if t) >= 2
    return repeated or _merged_on(rows[0])


def _repeated_header(first: Any, second: Any) -> int:
    """How many rows opening ``second`` repeat ``first``'s header: its first row, and each row below that
    goes on merging a cell of the header down (the lower row of a header of two rows)."""
    count = 0
    for mine, theirs in zip(_rows(first), _rows(second), strict=False):
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
