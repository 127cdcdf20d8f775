"""Word .docx files through python-docx: body paragraphs and tables in document order.

Word's other packages hold a body as a document does: a macro-enabled document (.docm, which offices keep
for their forms' macros) and a template (.dotx, .dotm: a plan saved as the office's template, or a template's
file renamed .docx). python-docx opens only a document's main part; the others' main parts are read as one,
by their content type whatever the file's name says. A Strict Open XML document is read in the transitional
vocabulary (docx_strict.py).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Hashable
from typing import Any

from docx.opc.part import PartFactory
from docx.package import Package
from docx.parts.document import DocumentPart
from docx.table import Table

from loaders.base import EncodingReport, Note, StyledHeading, TableGrid
from loaders.builder import TextBuilder
from loaders.docx_chunks import Chunk, read_chunk
from loaders.docx_content import (
    blocks,
    deleted_whole,
    drop_deleted_rows,
    drop_unshown,
    paragraph_text,
    text_boxes,
    unwrap_table_controls,
)
from loaders.docx_headings import HeadingLevels, bold_look, look_headings
from loaders.docx_notes import note_marks, note_texts, place_notes
from loaders.docx_numbering import Numbering
from loaders.docx_strict import transitional
from loaders.docx_tables import grid_cells, join_split_tables
from loaders.page_furniture import drop_page_numbers
from policykg.errors import DocumentError

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: Main parts of Word packages other than a document whose body is read as a document's.
_WORD_MAIN_PARTS = (
    "application/vnd.ms-word.document.macroEnabled.main+xml",  # .docm
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",  # .dotx
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",  # .dotm
)
for _content_type in _WORD_MAIN_PARTS:
    PartFactory.part_type_for.setdefault(_content_type, DocumentPart)


#: What a zip package holding no Word document is, by a member only it holds: (member's start, what it is).
_OTHER_PACKAGES = (
    ("xl/", "an Excel workbook (.xlsx)"),
    ("ppt/", "a PowerPoint presentation (.pptx)"),
    ("OFD.xml", "an OFD layout document (.ofd)"),
    ("content.xml", "an OpenDocument file (.odt, .ods)"),
)


def _not_word(names: list[str]) -> str | None:
    """What a zip package is when it holds no Word document (no word/ part), else None."""
    if any(name.startswith("word/") for name in names):
        return None
    for start, what in _OTHER_PACKAGES:
        if any(name.startswith(start) for name in names):
            return what
    return "a zip archive of other files"


def _check_zip(data: bytes, source: str, max_unpacked: int) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
            names = archive.namelist()
    except zipfile.BadZipFile as e:
        raise DocumentError(source, "it is not a valid .docx (not a zip archive)") from e
    what = _not_word(names)
    if what is not None:
        raise DocumentError(
            source,
            f"it is {what}, not a Word document",
            hint="open the plan in Word or WPS and save it as .docx (另存为 Word 文档), or give its .pdf",
        )
    if unpacked > max_unpacked:
        raise DocumentError(
            source,
            f"it would unpack to {unpacked:,} bytes, over the limit of {max_unpacked:,}",
            hint="raise POLICYKG_MAX_BYTES if the document is genuine",
        )


def _open(data: bytes, source: str) -> Any:
    """The document of a Word package: a document's, a macro-enabled document's or a template's."""
    try:
        part = Package.open(io.BytesIO(data)).main_document_part
    except Exception as e:  # python-docx raises many types for a damaged package
        raise DocumentError(source, f"python-docx cannot open it: {e}") from e
    if not isinstance(part, DocumentPart):
        raise DocumentError(
            source,
            f"it is not a Word document: its main part is {part.content_type!r}",
            hint="an Excel or PowerPoint file named .docx? save the plan itself as .docx",
        )
    return part.document


def _numbered(paragraph: Any, numbering: Numbering, *, in_cell: bool = False) -> tuple[str, int | None]:
    """The text of a w:p element after the label its automatic numbering shows, and the paragraph's depth in
    the outline of lists when it has a label (None otherwise); an empty paragraph shows its label alone only
    in a table cell (a 序号 column numbered by Word)."""
    text = paragraph_text(paragraph)
    if deleted_whole(paragraph, text):
        return "", None  # not counted in its list: the next item takes its number
    label = numbering.label(paragraph)
    if not label:
        return text, None
    if text.strip():
        return label + text, numbering.depth
    return (label.strip() if in_cell else text), None


def _numbering(document: Any) -> Numbering:
    try:
        numbering = document.part.numbering_part.element
    except (KeyError, NotImplementedError):  # a package without a numbering part
        numbering = None
    return Numbering(numbering, document.styles.element)


def _page_number(text: str) -> bool:
    """Whether a paragraph is nothing but a printed page number (— 3 —, 第3页 共12页): a document converted
    from a PDF writes the pages' numbers as paragraphs of the body, between the halves of a sentence."""
    return bool(text.strip()) and not drop_page_numbers(text.strip() + "\n")


def _single_cell(table: Table) -> Any | None:
    """The one cell (w:tc) of a table of one cell, a frame laid around text (the whole body, a title)
    rather than a table of the plan; None for any other table."""
    cells = {cell for row in grid_cells(table._tbl) for cell in row}
    return cells.pop() if len(cells) == 1 else None


class _Reader:
    """Reads a document's blocks into a TextBuilder: paragraphs with the text boxes anchored in them (before
    their own text), tables as grids, a table of one cell as the blocks it frames."""

    def __init__(self, document: Any, source: str) -> None:
        self.builder = TextBuilder()
        self._document = document
        self._source = source
        self._numbering = _numbering(document)
        self._headings = HeadingLevels(document.styles.element)

    def read(self, container: Any) -> None:
        for block in blocks(container):
            if block.tag == f"{_W}p":
                for box in text_boxes(block):
                    self.read(box)
                text, depth = _numbered(block, self._numbering)
                if not _page_number(text):
                    level = self._headings.level(block)
                    look = bold_look(block, text) if level is None else None
                    self.builder.paragraph(text, level, look, listed=depth)
                continue
            if block.tag == f"{_W}altChunk":
                chunk = read_chunk(self._document, block, self._source)
                if chunk is not None:
                    self._append_chunk(chunk)
                continue
            table = Table(block, self._document)
            frame = _single_cell(table)
            if frame is not None:
                self.read(frame)
            else:
                self.builder.table(self._rows(table), origin="docx")

    def _append_chunk(self, chunk: Chunk) -> None:
        """A chunk's lines as paragraphs (its headings with their levels) and its tables as tables."""
        levels = {heading.span[0]: heading.level for heading in chunk.headings}
        at = 0
        for table in sorted(chunk.tables, key=lambda t: t.span):
            self._chunk_lines(chunk.text, at, table.span[0], levels)
            rows = [[(cell.span, table.cell_text(chunk.text, cell)) for cell in row] for row in table.rows]
            self.builder.table(rows, origin="docx")
            at = max(at, table.span[1])
        self._chunk_lines(chunk.text, at, len(chunk.text), levels)

    def _chunk_lines(self, text: str, start: int, end: int, levels: dict[int, int]) -> None:
        for line in text[start:end].split("\n"):
            self.builder.paragraph(line, levels.get(start))
            start += len(line) + 1

    def _cell_lines(self, cell: Any) -> list[str]:
        """A cell's lines: its paragraphs' (and text boxes'), and a nested table's rows, one line each, their
        cells parted by a tab as the table's own rows are (written as a space inside the cell: 单位 | 职责 ↵
        市财政局 | 统筹安排… gives 市财政局 统筹安排…, a body and its duty on one line); a nested table of one
        column, or a row whose cells hold paragraphs of their own, gives a line a cell."""
        lines: list[str] = []
        for block in blocks(cell):
            if block.tag == f"{_W}p":
                for box in text_boxes(block):
                    lines.extend(self._cell_lines(box))
                lines.append(_numbered(block, self._numbering, in_cell=True)[0])
            elif block.tag == f"{_W}altChunk":
                chunk = read_chunk(self._document, block, self._source)
                lines.extend(chunk.text.split("\n") if chunk is not None else [])
            else:
                seen: set[Hashable] = set()  # a merged cell of the nested table is written once
                for row in self._rows(Table(block, self._document)):
                    own = [text for identity, text in row if identity not in seen]
                    seen.update(identity for identity, _ in row)
                    if len(row) > 1 and len(own) > 1 and not any("\n" in text for text in own):
                        lines.append("\t".join(own))
                    else:
                        lines.extend(own)
        return lines

    def _rows(self, table: Table) -> list[list[tuple[Hashable, str]]]:
        rows: list[list[tuple[Hashable, str]]] = []
        texts: dict[Hashable, str] = {}  # a merged cell is read (and its numbering counted) once
        for row in grid_cells(table._tbl):
            # The XML element itself (w:tc) is the identity of a (possibly merged) cell.
            cells = []
            for cell in row:
                if cell not in texts:
                    texts[cell] = "\n".join(self._cell_lines(cell))
                cells.append((cell, texts[cell]))
            rows.append(cells)
        return rows


#: What load_docx reads: the text, how it was decoded, its tables, its headings, its listed paragraphs and the
#: notes its body refers to.
Loaded = tuple[
    str,
    EncodingReport,
    tuple[TableGrid, ...],
    tuple[StyledHeading, ...],
    tuple[StyledHeading, ...],
    tuple[Note, ...],
]


def load_docx(data: bytes, source: str, max_unpacked: int) -> Loaded:
    """The canonical text, its tables, the paragraphs its styles mark as headings, the paragraphs Word's
    lists number, each with its depth in the lists' outline (from 1), and the notes the body refers to, each
    at its mark's place (docx_notes.py)."""
    _check_zip(data, source, max_unpacked)
    document = _open(transitional(data), source)
    unwrap_table_controls(document.element.body)
    drop_deleted_rows(document.element.body)
    notes = note_texts(document)
    marks = note_marks(document.element.body) if notes else []
    drop_unshown(document.element.body)
    join_split_tables(document.element.body)
    reader = _Reader(document, source)
    reader.read(document.element.body)
    builder = reader.builder
    report = EncodingReport(name="utf-8", method="container")
    # headings no style marks, set apart by their look (bold) alone: only where no style marks any
    headings = builder.headings or look_headings(builder.looks)
    text = builder.text
    placed = place_notes(text, marks, notes)
    return text, report, tuple(builder.tables), tuple(headings), tuple(builder.listed), placed
