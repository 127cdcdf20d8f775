"""Document loaders: any supported file in, one canonical text (plus tables) out.

``load_document(path)`` and ``load_bytes(data, name)`` are the entry points. Every offset that later
stages produce refers to ``LoadedDocument.text``.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import replace
from pathlib import Path

from loaders.base import EncodingReport, LoadedDocument, Note, StyledHeading, TableCell, TableGrid
from loaders.box_tables import box_tables
from loaders.bracket_widths import read_bracket_widths
from loaders.csvfile import load_csv
from loaders.definition_lists import definition_lists, html_definition_lists
from loaders.docx import load_docx
from loaders.html import load_html
from loaders.look_alikes import read_look_alikes
from loaders.markdown import (
    backslash_escapes,
    front_matter,
    grid_tables,
    html_comments,
    html_fragments,
    html_tables,
    inline_markup,
    quote_marks,
    setext_headings,
    simple_tables,
    smart_dashes,
)
from loaders.md_markup import callout_markers, code_spans, reference_links, task_boxes
from loaders.pdf import load_pdf
from loaders.pdf_lines import hard_wrapped, join_wrapped_lines
from loaders.pdf_names import join_cut_names
from loaders.pipe_rows import joined_pipe_rows
from loaders.sniff import READABLE, REFUSED, sniff
from loaders.textfile import drop_emphasis, load_text, markdown_headings
from loaders.traditional import read_traditional
from loaders.xlsx import load_xlsx
from policykg.errors import ConfigurationError, DocumentError

__all__ = [
    "BY_CONTENT",
    "DEFAULT_MAX_BYTES",
    "FORMATS",
    "EncodingReport",
    "LoadedDocument",
    "Note",
    "StyledHeading",
    "TableCell",
    "TableGrid",
    "load_bytes",
    "load_document",
    "max_bytes_setting",
]

#: Largest file accepted, in bytes, unless POLICYKG_MAX_BYTES says otherwise (25 MiB).
DEFAULT_MAX_BYTES = 25 * 1024 * 1024

FORMATS: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".docx": "docx",
    ".docm": "docx",  # a macro-enabled document, and Word's templates: their bodies are a document's
    ".dotx": "docx",
    ".dotm": "docx",
    ".pdf": "pdf",
    ".csv": "csv",  # a sheet saved as CSV: one table (csvfile.py)
    ".xlsx": "xlsx",  # an Excel workbook, and a macro-enabled one: each sheet read as a table (xlsx.py)
    ".xlsm": "xlsx",
}


def max_bytes_setting() -> int:
    raw = os.environ.get("POLICYKG_MAX_BYTES")
    if raw is None:
        return DEFAULT_MAX_BYTES
    try:
        value = int(raw)
    except ValueError as e:
        raise ConfigurationError(f"POLICYKG_MAX_BYTES={raw!r} is not a whole number of bytes") from e
    if value <= 0:
        raise ConfigurationError(f"POLICYKG_MAX_BYTES={raw!r} must be positive")
    return value


#: Extensions of files users save plans as whose format only their bytes tell (sniff.py): read when they hold
#: a format the loaders read (a .doc that is a web page, a renamed .docx), else refused with how to convert
#: them.
BY_CONTENT = frozenset({".doc", ".wps", ".rtf", ".mht", ".mhtml"})


#: Kinds of file whose bytes are never a text nor a web page: a zip package, a PDF. A file of another
#: format's name holding one (a download saved under the wrong name, a PDF named .txt or .docx) is read as
#: what it is, never as its bytes decoded.
_CONTAINERS = frozenset({"zip", "xlsx", "pdf"})


def _named_otherwise(kind: str, fmt: str | None, suffix: str) -> bool:
    """The file's bytes are a format the loaders read (``kind``, sniff.py) that its name does not say: a
    container under any other format's name, a web page named .txt or .csv, any of them under a Word name
    (BY_CONTENT). A Markdown file may open with HTML of its own: its name decides."""
    if kind not in READABLE:
        return False
    if fmt is None:
        return suffix in BY_CONTENT
    return fmt != READABLE[kind] and (kind in _CONTAINERS or fmt in ("txt", "csv"))


def _format(data: bytes, name: str, suffix: str) -> tuple[str, tuple[str, ...]]:
    """The loaders' format of the file, by its extension and its bytes (sniff.py), and the warning that its
    name gives another; a format the loaders cannot read is refused with how to convert it."""
    if not data.strip():
        raise DocumentError(
            name, "the file is empty", hint="check that the right file was given: a download may have failed"
        )
    kind = sniff(data)
    if kind in REFUSED:
        what, how = REFUSED[kind]
        raise DocumentError(name, f"it is {what}, which is not read", hint=how)
    fmt = FORMATS.get(suffix)
    if kind is not None and _named_otherwise(kind, fmt, suffix):
        actual = READABLE[kind]
        return actual, (f"the file is named {suffix} but holds a {actual} document; read as {actual}",)
    if fmt is None:
        supported = ", ".join(sorted(FORMATS))
        raise DocumentError(
            name,
            f"unsupported file type {suffix or '(no extension)'!r}",
            hint=f"supported: {supported}; open .doc/.wps/.rtf files in Word or WPS and save them as .docx",
        )
    return fmt, ()


def _markdown(text: str) -> tuple[str, tuple[StyledHeading, ...]]:
    """A Markdown text as the extractor reads it (markdown.py: its HTML comments gone, its front matter's
    title and date as lines and its record's fields as record lines; md_markup.py: a static site's markup,
    task boxes, code spans, callout markers and reference links, read as the words it marks; its HTML tables
    and grid tables as pipe tables, the HTML in its lines read, its block quotes' and setext underlines'
    marks gone, pandoc's ASCII dashes read as dashes; pipe_rows.py:
    a row going on with the row above joined into it; no marks of strong emphasis; definition_lists.py: a
    definition list's term and definitions, in Markdown or HTML, as one label line), and its heading lines
    (# and setext) in text order."""
    text = joined_pipe_rows(
        html_fragments(
            html_definition_lists(
                simple_tables(
                    grid_tables(
                        box_tables(
                            html_tables(quote_marks(callout_markers(front_matter(html_comments(text)))))
                        )
                    )
                )
            )
        )
    )
    text = reference_links(code_spans(task_boxes(text)))
    text = definition_lists(drop_emphasis(backslash_escapes(smart_dashes(inline_markup(text)))))
    text, setext = setext_headings(text)
    headings = markdown_headings(text)
    if setext:
        underlined = (StyledHeading((start, end), level) for start, end, level in setext)
        headings = tuple(sorted((*headings, *underlined), key=lambda h: h.span))
    return text, headings


def load_bytes(data: bytes, name: str, *, max_bytes: int | None = None) -> LoadedDocument:
    """Load a document held in memory; ``name`` gives its file name (and so its format)."""
    limit = max_bytes if max_bytes is not None else max_bytes_setting()
    suffix = Path(name).suffix.lower()
    fmt, warnings = _format(data, name, suffix)
    if len(data) > limit:
        raise DocumentError(
            name,
            f"it is {len(data):,} bytes, over the limit of {limit:,}",
            hint="split the document or raise POLICYKG_MAX_BYTES",
        )
    tables: tuple[TableGrid, ...] = ()
    headings: tuple[StyledHeading, ...] = ()
    listed: tuple[StyledHeading, ...] = ()
    extents: tuple[tuple[int, float, float], ...] = ()
    notes: tuple[Note, ...] = ()
    if fmt in ("txt", "md"):
        text, report = load_text(data, name)
        if fmt == "md":
            text, headings = _markdown(text)
        else:
            if hard_wrapped(text):  # saved with its lines cut at one width (from a PDF, WPS's fixed breaks)
                text = join_cut_names(join_wrapped_lines(text, indents=True))
            # a drawn table (┌─┬─┐, +--+--+) read as a pipe table; a pipe table's row going on with the row
            # above joined into it, as in Markdown
            text = joined_pipe_rows(box_tables(text, typed=True))
    elif fmt == "csv":
        text, report, tables = load_csv(data, name)
    elif fmt == "html":
        text, report, tables, headings = load_html(data, name)
    elif fmt == "xlsx":
        text, report, tables, headings = load_xlsx(data, name, max_unpacked=limit * 8)
    elif fmt == "docx":
        text, report, tables, headings, listed, notes = load_docx(data, name, max_unpacked=limit * 8)
    else:
        text, report, extents = load_pdf(data, name)
    if not text.strip():
        raise DocumentError(name, "it contains no text", hint="check that the file is the plan itself")
    text = read_look_alikes(text)  # ⼯作⽅案 → 工作方案, ２０２５ → 2025: one for one, tables' offsets keep
    text = read_bracket_widths(text)  # (责任单位：…配合） → (责任单位：…配合): one for one, offsets keep
    text, traditional = read_traditional(text)  # 縣市場監管局 → 县市场监管局: one for one, offsets keep
    if traditional:
        warnings = (*warnings, traditional)
    # a note's words read as the text's are (its offset is the text's, which these keep)
    notes = tuple(Note(n.at, read_traditional(read_look_alikes(n.text))[0]) for n in notes)
    return LoadedDocument(
        source=name,
        format=fmt,
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=report,
        tables=tables,
        headings=headings,
        listed=listed,
        warnings=warnings,
        line_extents=extents,
        notes=notes,
    )


def load_document(path: str | Path, *, max_bytes: int | None = None) -> LoadedDocument:
    """Read ``path`` and load it; every failure is a ``DocumentError`` naming the file."""
    file = Path(path)
    limit = max_bytes if max_bytes is not None else max_bytes_setting()
    try:
        size = file.stat().st_size
        if not file.is_file():
            raise DocumentError(file, "it is not a regular file")
        if size > limit:
            raise DocumentError(
                file,
                f"it is {size:,} bytes, over the limit of {limit:,}",
                hint="split the document or raise POLICYKG_MAX_BYTES",
            )
        data = file.read_bytes()
    except FileNotFoundError as e:
        raise DocumentError(file, "no such file", hint="check the path") from e
    except OSError as e:
        raise DocumentError(file, f"it cannot be read: {e.strerror or e}") from e
    return replace(load_bytes(data, file.name, max_bytes=limit), source=str(file))
