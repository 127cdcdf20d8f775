"""Plain text (.txt) and Markdown (.md): the decoded text is the canonical text (for Markdown, without the
marks of strong emphasis)."""

from __future__ import annotations

import re

from loaders.base import EncodingReport, StyledHeading
from loaders.columns import unfold_columns
from loaders.encoding import decode_bytes
from loaders.page_furniture import drop_edge_numbers, drop_page_numbers, drop_running_lines_at_numbers
from loaders.spacing import close_letter_spacing, drop_invisible

#: A page break (form feed) or another line-ending control (vertical tab: Word's manual line break; NEL, the
#: Unicode line and paragraph separators), with the line ends next to it: one line end. Word's plain-text
#: export writes a page break as a form feed with no line end around it (制定本方案。\f一、总体要求), a PDF's
#: text (pdftotext) opens each page with one, before the page's number (\f— 2 —) or its words.
_PAGE_BREAK = re.compile("\n?[\f\v\x85\u2028\u2029]+\n?")


def normalise_newlines(text: str) -> str:
    """Canonical texts use ``\\n`` only (a page break is a line end), carry no printed page numbers nor the
    running lines beside them (page_furniture.py), no invisible characters and no letter spacing
    (spacing.py); these are the rewrites applied to decoded text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\f" in text:  # pdftotext's pages: a number closing each (3/12, Page 3) is the page's; two columns
        text = "\f".join(drop_edge_numbers([unfold_columns(page) for page in text.split("\f")]))
    if _PAGE_BREAK.search(text) is not None:  # the cheap test first: most texts hold none
        text = _PAGE_BREAK.sub("\n", text)
    text = drop_invisible(text)
    return drop_page_numbers(drop_running_lines_at_numbers(close_letter_spacing(text)))


def load_text(data: bytes, source: str) -> tuple[str, EncodingReport]:
    text, report = decode_bytes(data, source)
    return normalise_newlines(text).lstrip("\ufeff"), report


#: Markdown's strong emphasis around words on one line (**牵头单位**：…, __一、总体目标__): the marks go,
#: the words stay, as a reader sees them. A run of marks with nothing inside (____ to fill in) stays.
#: The words may hold a single mark of the other kind or of their own, never a pair of their own: each
#: opening pair is read up to the next pair only, so a line of unclosed pairs costs one pass.
_STRONG = re.compile(
    r"\*\*(?=[^\s*_])((?:[^\n*]|\*(?!\*))*?[^\s*_])\*\*|__(?=[^\s*_])((?:[^\n_]|_(?!_))*?[^\s*_])__"
)


def drop_emphasis(text: str) -> str:
    """A Markdown text without the marks of strong emphasis: labels and headings read as written."""
    if "**" not in text and "__" not in text:
        return text
    return _STRONG.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), text)


#: A heading line of markdown: one to six #, then its text (closing # marks and trailing spaces are no part
#: of it). Read as the segmenter reads a line opening with # marks, the space after them optional.
_MD_HEADING = re.compile(r"^[ \t]*(#{1,6})(?!#)[ \t]*([^\n]*)$", re.MULTILINE)


def markdown_headings(text: str) -> tuple[StyledHeading, ...]:
    """The heading lines of a markdown text, # marks included in their spans, with their levels. Linear in
    the text: each line is matched once and its closing marks stripped by hand."""
    found = []
    for m in _MD_HEADING.finditer(text):
        words = m.group(2)
        if not words or words[0] == "#":
            continue
        found.append(StyledHeading((m.start(1), m.start(2) + len(words.rstrip(" \t#"))), len(m.group(1))))
    return tuple(found)
