"""Word .docx files through python-docx: body paragraphs and tables in document order."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Hashable
from typing import Any

from docx import Document as open_docx
from docx.table import Table
from docx.text.paragraph import Paragraph

from loaders.base import EncodingReport, StyledHeading, TableGrid
from loaders.builder import TextBuilder
from loaders.docx_headings import HeadingLevels
from loaders.docx_numbering import Numbering
from policykg.errors import DocumentError

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _check_zip(data: bytes, source: str, max_unpacked: int) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile as e:
        raise DocumentError(source, "it is not a valid .docx (not a zip archive)") from e
    if unpacked > max_unpacked:
        raise DocumentError(
            source,
            f"it would unpack to {unpacked:,} bytes, over the limit of {max_unpacked:,}",
            hint="raise POLICYKG_MAX_BYTES if the document is genuine",
        )


def _numbered(paragraph: Paragraph, numbering: Numbering, *, in_cell: bool = False) -> str:
    """The paragraph's text after the label its automatic numbering shows; an empty paragraph shows its
    label alone only in a table cell (a 序号 column numbered by Word)."""
    text = paragraph.text
    label = numbering.label(paragraph._p)
    if not label:
        return text
    if text.strip():
        return label + text
    return label.strip() if in_cell else text


def _numbering(document: Any) -> Numbering:
    try:
        numbering = document.part.numbering_part.element
    except (KeyError, NotImplementedError):  # a package without a numbering part
        numbering = None
    return Numbering(numbering, document.styles.element)


def _table_rows(table: Table, numbering: Numbering) -> list[list[tuple[Hashable, str]]]:
    rows: list[list[tuple[Hashable, str]]] = []
    texts: dict[Hashable, str] = {}  # a merged cell is read (and its numbering counted) once
    for row in table.rows:
        # The XML element itself is the identity of a (possibly merged) cell: python-docx hands out new
        # proxy objects on every access, so id() of a proxy is not stable.
        cells = []
        for cell in row.cells:
            if cell._tc not in texts:
                texts[cell._tc] = "\n".join(_numbered(p, numbering, in_cell=True) for p in cell.paragraphs)
            cells.append((cell._tc, texts[cell._tc]))
        rows.append(cells)
    return rows


def load_docx(
    data: bytes, source: str, max_unpacked: int
) -> tuple[str, EncodingReport, tuple[TableGrid, ...], tuple[StyledHeading, ...]]:
    """The canonical text, its tables and the paragraphs its styles mark as headings."""
    _check_zip(data, source, max_unpacked)
    try:
        document = open_docx(io.BytesIO(data))
    except Exception as e:  # python-docx raises many types for a damaged package
        raise DocumentError(source, f"python-docx cannot open it: {e}") from e
    builder = TextBuilder()
    numbering = _numbering(document)
    headings = HeadingLevels(document.styles.element)
    body = document.element.body
    for child in body.iterchildren():
        if child.tag == f"{_W}p":
            builder.paragraph(_numbered(Paragraph(child, document), numbering), headings.level(child))
        elif child.tag == f"{_W}tbl":
            builder.table(_table_rows(Table(child, document), numbering), origin="docx")
    report = EncodingReport(name="utf-8", method="container")
    return builder.text, report, tuple(builder.tables), tuple(builder.headings)
