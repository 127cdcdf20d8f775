"""A sheet saved as CSV (.csv: Excel's 另存为 CSV, a spreadsheet's export): the sheet is one table, read as a
web page's or a Word document's table is, each row a line of tab-separated cells.

Excel on Chinese Windows writes the sheet's used range in the system's code page (GB18030/GBK) with CRLF line
ends: every row as many cells as the widest one (a title row is its title and empty commas, a blank row only
commas), a cell holding the delimiter, a quote or a line break wrapped in double quotes
("市科技局 ↵ 市工信局", a quote inside doubled: ""铁拳""), a merged cell's text in its first row
only, the rows below it empty there.
The cells' text is the text's; the rows above the header (title, issuer and date) and below the table (注：…)
are told apart by the extractor as a sheet saved as a web page is (policykg/extract/sheet_blocks.py). The
delimiter is the comma, or the semicolon or tab a sheet in another locale or a tab-separated export is
written with, whichever parts the file's first rows most. A sheet holding words in one cell a row (a document
pasted into column A) is a text, its rows its lines.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Hashable

from loaders.base import EncodingReport, TableGrid
from loaders.builder import TextBuilder, cell_lines
from loaders.encoding import decode_bytes
from policykg.errors import DocumentError

#: The delimiters a sheet is saved with, the comma first: the one its first rows hold most of is the file's.
DELIMITERS = (",", ";", "\t")
#: How many of the sheet's first lines tell its delimiter.
_SNIFFED_LINES = 10


def delimiter(text: str) -> str:
    """The delimiter of the sheet ``text``: the one its first lines hold most of (the comma on a tie, or
    when they hold none: a sheet of one column)."""
    head = "\n".join(text.splitlines()[:_SNIFFED_LINES])
    return max(DELIMITERS, key=lambda d: (head.count(d), d == ","))


def read_rows(text: str, name: str) -> list[list[str]]:
    """The rows of the sheet ``text`` as a spreadsheet writes them (quoted cells may hold line breaks)."""
    try:
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter(text)))
    except csv.Error as e:
        raise DocumentError(
            name,
            f"it is not a sheet saved as CSV ({e})",
            hint="save the sheet again from Excel or WPS as CSV, or as a web page or a workbook",
        ) from e


def one_cell_rows(rows: list[list[str]]) -> bool:
    """No row of the sheet holds words in two cells: a text typed or pasted one paragraph a row (in column A,
    or wherever), no table."""
    return all(sum(1 for cell in row if cell.strip()) <= 1 for row in rows)


def load_csv(data: bytes, name: str) -> tuple[str, EncodingReport, tuple[TableGrid, ...]]:
    """The sheet's canonical text, the encoding and its one table (every cell in its own place); a sheet
    whose rows hold one cell of words each is read as the lines of a text, no table."""
    text, report = decode_bytes(data, name)
    rows = read_rows(text.lstrip("\ufeff"), name)
    builder = TextBuilder()
    if one_cell_rows(rows):
        for row in rows:
            builder.paragraph(cell_lines("".join(row)))
        return builder.text, report, ()
    width = max(len(row) for row in rows)
    grid: list[list[tuple[Hashable, str]]] = [
        [((r, c), row[c] if c < len(row) else "") for c in range(width)] for r, row in enumerate(rows)
    ]
    builder.table(grid, origin="csv")
    return builder.text, report, tuple(builder.tables)
