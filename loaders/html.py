"""HTML pages: block elements become lines, tables become tab-separated rows with a cell grid."""

from __future__ import annotations

from collections.abc import Hashable, Iterator

from bs4 import BeautifulSoup
from bs4.element import (
    Comment,
    Declaration,
    Doctype,
    NavigableString,
    PageElement,
    ProcessingInstruction,
    Tag,
)

from loaders.base import EncodingReport, TableGrid
from loaders.builder import TextBuilder, squash
from loaders.encoding import decode_bytes

_SKIP = {"script", "style", "head", "noscript", "template", "svg", "iframe", "object"}
_BLOCK = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "aside",
    "nav",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "center",
    "form",
    "fieldset",
    "address",
    "figure",
    "figcaption",
    "hr",
    "body",
    "html",
}
_NON_TEXT = (Comment, Declaration, Doctype, ProcessingInstruction)


def _expand_rows(table: Tag) -> list[list[tuple[Hashable, str]]]:
    """Rows of (cell identity, text), with rowspan/colspan expanded to the grid positions."""
    grid: dict[tuple[int, int], tuple[Hashable, str]] = {}
    rows = [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]
    for r, tr in enumerate(rows):
        c = 0
        for cell in tr.find_all(["td", "th"], recursive=False):
            while (r, c) in grid:
                c += 1
            text = cell.get_text(" ")
            rowspan = _span_attr(cell, "rowspan")
            colspan = _span_attr(cell, "colspan")
            for dr in range(rowspan):
                for dc in range(colspan):
                    grid[(r + dr, c + dc)] = (id(cell), text)
            c += colspan
    if not grid:
        return []
    height = max(r for r, _ in grid) + 1
    return [[grid[(r, c)] for c in sorted(cc for rr, cc in grid if rr == r)] for r in range(height)]


def _span_attr(cell: Tag, name: str) -> int:
    value = cell.get(name)
    try:
        return max(1, min(int(str(value)), 200))
    except (TypeError, ValueError):
        return 1


class _Walker:
    def __init__(self) -> None:
        self.builder = TextBuilder()
        self._line: list[str] = []

    def flush(self) -> None:
        self.builder.paragraph(squash("".join(self._line)))
        self._line = []

    def walk(self, root: Tag) -> None:
        """Depth first with an explicit stack, not recursion: HTML nests as deep as it likes."""
        stack: list[tuple[Iterator[PageElement], bool]] = [(iter(root.children), False)]
        while stack:
            children, block = stack[-1]
            child = next(children, None)
            if child is None:
                stack.pop()
                if block:
                    self.flush()
                continue
            if isinstance(child, _NON_TEXT):
                continue
            if isinstance(child, NavigableString):
                self._line.append(str(child))
                continue
            if not isinstance(child, Tag) or child.name in _SKIP:
                continue
            if child.name == "br":
                self.flush()
            elif child.name == "table":
                self.flush()
                self.builder.table(_expand_rows(child), origin="html")
            elif child.name in _BLOCK:
                self.flush()
                stack.append((iter(child.children), True))
            else:
                stack.append((iter(child.children), False))


def load_html(data: bytes, source: str) -> tuple[str, EncodingReport, tuple[TableGrid, ...]]:
    text, report = decode_bytes(data, source)
    soup = BeautifulSoup(text, "lxml")
    walker = _Walker()
    walker.walk(soup)
    walker.flush()
    return walker.builder.text, report, tuple(walker.builder.tables)
