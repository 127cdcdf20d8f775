"""Word .docx files through python-docx: body paragraphs and tables in document order."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Hashable

from docx import Document as open_docx
from docx.table import Table
from docx.text.paragraph import Paragraph

from loaders.base import EncodingReport, TableGrid
from loaders.builder import TextBuilder
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


def _table_rows(table: Table) -> list[list[tuple[Hashable, str]]]:
    rows: list[list[tuple[Hashable, str]]] = []
    for row in table.rows:
        # The XML element itself is the identity of a (possibly merged) cell: python-docx hands out new
        # proxy objects on every access, so id() of a proxy is not stable.
        rows.append([(cell._tc, "\n".join(p.text for p in cell.paragraphs)) for cell in row.cells])
    return rows


def load_docx(
    data: bytes, source: str, max_unpacked: int
) -> tuple[str, EncodingReport, tuple[TableGrid, ...]]:
    _check_zip(data, source, max_unpacked)
    try:
        document = open_docx(io.BytesIO(data))
    except Exception as e:  # python-docx raises many types for a damaged package
        raise DocumentError(source, f"python-docx cannot open it: {e}") from e
    builder = TextBuilder()
    body = document.element.body
    for child in body.iterchildren():
        if child.tag == f"{_W}p":
            builder.paragraph(Paragraph(child, document).text)
        elif child.tag == f"{_W}tbl":
            builder.table(_table_rows(Table(child, document)), origin="docx")
    report = EncodingReport(name="utf-8", method="container")
    return builder.text, report, tuple(builder.tables)
