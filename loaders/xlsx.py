"""Excel workbooks (.xlsx, .xlsm): each sheet read as the sheet saved as a web page is (File > Save as Web
Page), one table after another in the workbook's order, through the HTML loader.

A workbook is a zip package of XML parts: xl/workbook.xml lists the sheets (their names, their hidden state)
and their parts by relationship, xl/sharedStrings.xml holds the text of the cells (plain or as rich-text
runs, whose words are joined), xl/styles.xml the number format of each cell style, and each sheet's part its
rows of cells and its merged ranges. A cell shows its number through its number format (0.15 under 0% is
15%, a date serial under yyyy-mm-dd is 2025-12-31: xlsx_numbers.py), a merged range becomes one cell
spanning its rows and columns (rowspan, colspan), a line break inside a cell a <br>. A hidden sheet is left
out. The workbook's title (its properties' title, else the first row written in one cell alone that reads as
a plan's title) is the page's <title>, taken as a web page's is when no plan title opens the text.
"""

from __future__ import annotations

import io
import re
import zipfile
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from html import escape, unescape
from posixpath import join, normpath

from lxml import etree

from loaders.base import EncodingReport, StyledHeading, TableGrid
from loaders.html import load_html
from loaders.xlsx_numbers import BUILT_IN, shown
from policykg.errors import DocumentError
from policykg.extract.header_lines import ends_like_a_title

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main"
_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"
#: An OOXML escape of a character XML cannot hold (_x000D_ for a carriage return).
_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")
_CELL_REF = re.compile(r"([A-Z]+)(\d+)")

Cell = tuple[int, int]  # (row, column), from 1


def _local(tag: object) -> str:
    return str(tag).rpartition("}")[2]


def _children(element: etree._Element, name: str) -> list[etree._Element]:
    return [child for child in element.iter() if _local(child.tag) == name]


def _words(element: etree._Element) -> str:
    """A string item's text: its <t> and its runs' <t>, the phonetic runs (<rPh>) left out."""
    parts = [
        t.text or "" for t in element.iter() if _local(t.tag) == "t" and _local(t.getparent().tag) != "rPh"
    ]
    return _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), "".join(parts))


def _position(ref: str) -> Cell:
    match = _CELL_REF.match(ref.replace("$", ""))
    if match is None:
        return (0, 0)
    column = 0
    for letter in match.group(1):
        column = column * 26 + ord(letter) - 64
    return int(match.group(2)), column


class _Package:
    def __init__(self, archive: zipfile.ZipFile, source: str) -> None:
        self.archive, self.source = archive, source

    def xml(self, name: str) -> etree._Element | None:
        try:
            data = self.archive.read(name)
        except KeyError:
            return None
        try:
            return etree.fromstring(data, etree.XMLParser(resolve_entities=False, huge_tree=False))
        except etree.XMLSyntaxError as e:
            raise DocumentError(self.source, f"the workbook's part {name} is no valid XML: {e}") from e

    def targets(self, part: str) -> dict[str, str]:
        """The parts the relationships of ``part`` point to, by relationship id."""
        folder, _, base = part.rpartition("/")
        rels = self.xml(join(folder, "_rels", f"{base}.rels"))
        out: dict[str, str] = {}
        for rel in [] if rels is None else _children(rels, "Relationship"):
            target = rel.get("Target", "")
            out[rel.get("Id", "")] = (
                target.lstrip("/") if target.startswith("/") else normpath(join(folder, target))
            )
        return out


def _formats(package: _Package) -> list[str]:
    """The number format of each cell style (cellXfs), by the style's index."""
    styles = package.xml("xl/styles.xml")
    if styles is None:
        return []
    custom = {
        int(f.get("numFmtId", "0")): f.get("formatCode", "General") for f in _children(styles, "numFmt")
    }
    groups = _children(styles, "cellXfs")
    xfs = [x for x in groups[0] if _local(x.tag) == "xf"] if groups else []
    ids = [int(x.get("numFmtId", "0")) for x in xfs]
    return [custom.get(i, BUILT_IN.get(i, "General")) for i in ids]


def _value(cell: etree._Element, strings: list[str], formats: list[str], date1904: bool) -> str:
    kind = cell.get("t", "n")
    v = next((c for c in cell if _local(c.tag) == "v"), None)
    raw = "" if v is None or v.text is None else v.text
    if kind == "inlineStr":
        return "".join(_words(c) for c in cell if _local(c.tag) == "is")
    if kind == "s":
        return strings[int(raw)] if raw.isdigit() and int(raw) < len(strings) else ""
    if kind == "b":
        return "TRUE" if raw == "1" else "FALSE"
    if kind != "n" or not raw:
        return _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), raw)
    try:
        number = float(raw)
    except ValueError:
        return raw
    style = int(cell.get("s", "0") or 0)
    return shown(number, formats[style] if style < len(formats) else "General", date1904)


def _placed_cells(sheet: etree._Element) -> Iterator[tuple[etree._Element, Cell]]:
    """Each cell of the sheet with its row and column: by its reference, or after the cell (and row) before
    it where a writer gave none (r is optional in the format)."""
    row = 0
    for line in _children(sheet, "row"):
        row = int(line.get("r")) if str(line.get("r", "")).isdigit() else row + 1
        column = 0
        for cell in line:
            if _local(cell.tag) != "c":
                continue
            placed = _position(cell.get("r", ""))
            row_at, column = placed if placed[0] else (row, column + 1)
            yield cell, (row_at, column)


#: Most cells a sheet's table may hold once its empty rows and columns are folded: a sheet is a plan's page,
#: not a database (a few cells far apart would otherwise ask for billions).
_MAX_CELLS = 1_000_000


def _kept(lines: set[int]) -> list[int]:
    """The rows (or columns) that write anything, in order, each run of empty ones between two of them kept as
    one empty line (the blank row parting two tables of a sheet); none before the first."""
    out: list[int] = []
    for line in sorted(lines):
        if out and line > out[-1] + 1:
            out.append(out[-1] + 1)
        out.append(line)
    return out


def _within(kept: list[int], first: int, last: int) -> list[int]:
    return kept[bisect_left(kept, first) : bisect_right(kept, last)]


def _sheet_table(
    sheet: etree._Element, strings: list[str], formats: list[str], date1904: bool, source: str
) -> list[str]:
    """The sheet as the rows of an HTML table (empty when the sheet writes nothing): the rows and columns
    that write anything, a merged range whose first cell writes as one cell spanning those it covers."""
    values: dict[Cell, str] = {}
    for cell, at in _placed_cells(sheet):
        text = _value(cell, strings, formats, date1904)
        if text.strip():
            values[at] = text
    if not values:
        return []
    rows, columns = _kept({r for r, _ in values}), _kept({c for _, c in values})
    if len(rows) * len(columns) > _MAX_CELLS:
        raise DocumentError(source, f"a sheet of {len(rows):,} rows by {len(columns):,} columns is too large")
    spans: dict[Cell, Cell] = {}
    covered: set[Cell] = set()
    for merge in _children(sheet, "mergeCell"):
        first, _, last = merge.get("ref", "").partition(":")
        (top, left), (bottom, right) = _position(first), _position(last or first)
        if (top, left) not in values:
            continue
        under, beside = _within(rows, top, bottom), _within(columns, left, right)
        spans[(top, left)] = (len(under), len(beside))
        covered |= {(r, c) for r in under for c in beside} - {(top, left)}
    html = []
    for r in rows:
        cells = []
        for c in columns:
            if (r, c) in covered:
                continue
            down, across = spans.get((r, c), (1, 1))
            attrs = (f' rowspan="{down}"' if down > 1 else "") + (
                f' colspan="{across}"' if across > 1 else ""
            )
            words = escape(values.get((r, c), "")).replace("\r\n", "\n").replace("\n", "<br>")
            cells.append(f"<td{attrs}>{words}</td>")
        html.append(f"<tr>{''.join(cells)}</tr>")
    return html


def _title(package: _Package, tables: list[list[str]]) -> str | None:
    """The workbook's title: its properties' title, else the first row of one cell alone reading as one."""
    core = package.xml("docProps/core.xml")
    titled = None if core is None else core.find(_DC_TITLE)
    if titled is not None and (titled.text or "").strip():
        return str(titled.text).strip()
    for rows in tables:
        for row in rows:
            cells = [c for c in re.findall(r"<td[^>]*>(.*?)</td>", row) if c]
            if len(cells) == 1 and ends_like_a_title(cells[0].replace(" ", "")):
                return unescape(cells[0])
    return None


def workbook_page(data: bytes, source: str, max_unpacked: int) -> str:
    """The workbook as one web page: each visible sheet's table in the workbook's order."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as e:
        raise DocumentError(source, "it is not a valid .xlsx (not a zip archive)") from e
    unpacked = sum(info.file_size for info in archive.infolist())
    if unpacked > max_unpacked:
        raise DocumentError(
            source,
            f"it would unpack to {unpacked:,} bytes, over the limit of {max_unpacked:,}",
            hint="raise POLICYKG_MAX_BYTES if the workbook is genuine",
        )
    with archive:
        package = _Package(archive, source)
        book = package.xml("xl/workbook.xml")
        if book is None:
            raise DocumentError(source, "it is no Excel workbook (no xl/workbook.xml)")
        shared = package.xml("xl/sharedStrings.xml")
        strings = [] if shared is None else [_words(si) for si in shared if _local(si.tag) == "si"]
        formats = _formats(package)
        properties = _children(book, "workbookPr")
        date1904 = bool(properties) and properties[0].get("date1904", "0") in ("1", "true")
        parts = package.targets("xl/workbook.xml")
        tables = []
        for sheet in _children(book, "sheet"):
            rid = next((v for k, v in sheet.attrib.items() if _local(k) == "id"), "")
            part = package.xml(parts.get(str(rid), ""))
            if sheet.get("state", "visible") != "visible" or part is None:
                continue
            tables.append(_sheet_table(part, strings, formats, date1904, source))
        title = _title(package, tables)
    if not any(tables):
        raise DocumentError(
            source,
            "it is an Excel workbook whose sheets write nothing",
            hint="check that it is the plan itself",
        )
    head = f"<title>{escape(title, quote=False)}</title>" if title else ""
    body = "\n".join(f"<table>{''.join(rows)}</table>" for rows in tables if rows)
    return f'<html><head><meta charset="utf-8">{head}</head><body>{body}</body></html>'


def load_xlsx(
    data: bytes, source: str, max_unpacked: int
) -> tuple[str, EncodingReport, tuple[TableGrid, ...], tuple[StyledHeading, ...]]:
    """The workbook's text, tables and headings, read as its sheets saved as one web page."""
    return load_html(workbook_page(data, source, max_unpacked).encode("utf-8"), source)
