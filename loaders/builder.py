"""Builds a canonical text block by block while recording table cells, for structured formats."""

from __future__ import annotations

import re
from collections.abc import Hashable, Sequence

from loaders.base import StyledHeading, TableCell, TableGrid
from loaders.spacing import close_letter_spacing, drop_invisible, has_letter_spacing

_SPACE = re.compile(r"[ \t\r\n\f\v]+")
_CJK = "\u3000-\u9fff\uff00-\uffef"
#: White space between two CJK characters that holds a line break: the source's line wrapping, no space.
_WRAP = re.compile(rf"(?<=[{_CJK}])[ \t\r\f\v]*\n[ \t\r\n\f\v]*(?=[{_CJK}])")


def squash(text: str) -> str:
    """Collapse white-space runs as a browser would: a run that wraps a line between two CJK characters
    goes; a space typed between them stays one space (县科技局 县工信局 lists two bodies)."""
    return _SPACE.sub(" ", _WRAP.sub("", text.replace("\xa0", " ")))


def cell_lines(text: str, *, spaced: bool = False) -> str:
    """A cell's text with white space collapsed within each of its lines, the line breaks between its
    paragraphs (or <br> lines) kept: a cell listing one body per line keeps them apart. Invisible characters
    and letter spacing go (spacing.py; ``spaced``: the document letter-spaces its lines)."""
    text = drop_invisible(text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = (close_letter_spacing(squash(line), spaced=spaced).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


class TextBuilder:
    """Appends paragraphs and tables; each table row becomes one line of tab-separated cells (a cell of
    several lines holds its line breaks)."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self.tables: list[TableGrid] = []
        self.headings: list[StyledHeading] = []
        #: Paragraphs set apart by their look alone (a .docx's short lines all in bold): span and look.
        self.looks: list[tuple[tuple[int, int], Hashable]] = []
        #: Paragraphs a list numbers (a .docx's List Number, List Number 2), with their depth from 1.
        self.listed: list[StyledHeading] = []
        self._spaced = False  # a letter-spaced line was read: the lines after it are weighed too

    @property
    def text(self) -> str:
        return "".join(self._parts)

    def _append(self, piece: str) -> None:
        self._parts.append(piece)
        self._length += len(piece)

    def paragraph(
        self,
        text: str,
        heading: int | None = None,
        look: Hashable | None = None,
        *,
        listed: int | None = None,
    ) -> None:
        """Append a paragraph; ``heading`` is its heading level when its style marks it as a heading, ``look``
        how it is set apart when only its look does (bold), ``listed`` its depth (from 0) in the outline of
        lists when a list numbers it. Invisible characters and letter spacing go (spacing.py)."""
        text = drop_invisible(text)
        self._spaced = self._spaced or has_letter_spacing(text)
        text = close_letter_spacing(text, spaced=self._spaced).strip()
        if text:
            if listed is not None:
                self.listed.append(StyledHeading((self._length, self._length + len(text)), listed + 1))
            if heading is not None:
                self.headings.append(StyledHeading((self._length, self._length + len(text)), heading))
            elif look is not None:
                self.looks.append(((self._length, self._length + len(text)), look))
            self._append(text + "\n")

    def table(self, rows: Sequence[Sequence[tuple[Hashable, str]]], origin: str) -> None:
        """``rows`` holds (identity, text) per grid position; a merged cell repeats its identity."""
        start = self._length
        seen: dict[Hashable, tuple[int, int]] = {}
        grid: list[tuple[TableCell, ...]] = []
        for r, row in enumerate(rows):
            cells: list[TableCell] = []
            first = True
            for c, (identity, raw) in enumerate(row):
                if identity in seen:
                    cells.append(TableCell(r, c, seen[identity]))
                    continue
                if not first:
                    self._append("\t")
                first = False
                cell_text = cell_lines(raw, spaced=self._spaced)
                span = (self._length, self._length + len(cell_text))
                self._append(cell_text)
                seen[identity] = span
                cells.append(TableCell(r, c, span))
            self._append("\n")
            grid.append(tuple(cells))
        if grid:
            self.tables.append(TableGrid(span=(start, self._length), rows=tuple(grid), origin=origin))
