"""What every loader returns: one canonical text plus the tables found in it."""

from __future__ import annotations

from dataclasses import dataclass, field

Span = tuple[int, int]


def display_columns(text: str) -> int:
    """The display width of ``text`` in columns: a CJK character or a full-width mark takes two (what a
    plain-text layout, pdftotext's or a pipe table's, pads and wraps by)."""
    return len(text) + (len(text.encode("utf-8")) - len(text)) // 2


@dataclass(frozen=True)
class TableCell:
    """One cell; ``span`` points into the canonical text (may be empty for an empty cell)."""

    row: int
    col: int
    span: Span


@dataclass(frozen=True)
class TableGrid:
    """A table as rows of cells, all positions in canonical-text offsets."""

    span: Span
    rows: tuple[tuple[TableCell, ...], ...]
    origin: str  # docx | html | markdown | tsv | cell-per-line | spaced | labelled

    def cell_text(self, text: str, cell: TableCell) -> str:
        return text[cell.span[0] : cell.span[1]]


@dataclass(frozen=True)
class StyledHeading:
    """A paragraph the source marks as a heading by its style or outline level (Word's Heading 2, 标题 2,
    w:outlineLvl), whatever its text says; ``level`` counts from 1 for the source's top level."""

    span: Span
    level: int


@dataclass(frozen=True)
class Note:
    """A footnote or endnote of a Word document, which is no part of the canonical text: its words, and the
    offset in the text right after the words its mark follows (the documents a note cites are cited there)."""

    at: int
    text: str


@dataclass(frozen=True)
class EncodingReport:
    """How the bytes were decoded: never a silent guess."""

    name: str  # utf-8, utf-8-sig, gb18030, utf-16-le, utf-16-be, ...
    method: str  # bom | strict-utf-8 | detected | container
    confidence: float = 1.0


@dataclass(frozen=True)
class LoadedDocument:
    """A document reduced to the canonical text that every offset refers to."""

    source: str
    format: str  # txt | md | html | docx | xlsx | pdf
    text: str
    sha256: str
    encoding: EncodingReport
    tables: tuple[TableGrid, ...] = ()
    #: Heading paragraphs marked by their style (.docx), in text order.
    headings: tuple[StyledHeading, ...] = ()
    #: Paragraphs a list numbers (.docx), in text order, each with its depth in the lists' outline (from 1).
    listed: tuple[StyledHeading, ...] = ()
    warnings: tuple[str, ...] = field(default=())
    #: A PDF's lines placed across the page (loaders/pdf_geometry.py): each line's first offset in the text
    #: with its left and right edge, in points.
    line_extents: tuple[tuple[int, float, float], ...] = field(default=())
    #: A Word document's footnotes and endnotes its body refers to, in text order (loaders/docx_notes.py).
    notes: tuple[Note, ...] = field(default=())
