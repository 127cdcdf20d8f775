"""Alternative-format chunks (w:altChunk): a .docx that holds its text, or part of it, as an HTML page or a
plain text file inside the package, which Word converts when the document is opened. Documents exported by
web systems put the whole plan in one such chunk, leaving the body without a paragraph of its own. The chunk
is read as the HTML loader or the text loader reads a file of its kind."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from loaders.base import StyledHeading, TableGrid
from loaders.html import load_html
from loaders.textfile import load_text

_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_HTML_TYPES = ("text/html", "application/xhtml+xml", "message/rfc822")
_TEXT_TYPES = ("text/plain",)


@dataclass(frozen=True)
class Chunk:
    """A chunk's canonical text with its tables and headings, offsets into that text."""

    text: str
    tables: tuple[TableGrid, ...] = ()
    headings: tuple[StyledHeading, ...] = ()


def read_chunk(document: Any, element: Any, source: str) -> Chunk | None:
    """The content of a w:altChunk element: None when its part is missing or of a kind not read (RTF, a
    nested Word document)."""
    rel_id = element.get(f"{_R}id")
    part = document.part.related_parts.get(rel_id) if rel_id else None
    if part is None:
        return None
    kind = part.content_type.split(";")[0].strip().lower()
    name = f"{source}#{part.partname}"
    if kind in _HTML_TYPES:
        text, _, tables, headings = load_html(part.blob, name)
        return Chunk(text, tables, headings)
    if kind in _TEXT_TYPES:
        return Chunk(load_text(part.blob, name)[0])
    return None
