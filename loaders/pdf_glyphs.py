"""A PDF text layer written one character at a time: lines rebuilt from where each glyph stands.

Some producers (a scanning app's OCR layer, some export tools) draw every character in a text object of its
own, at its own x, its baseline jittered by a fraction of a point. pypdf breaks its text at every text
object, so such a page comes out one character a line and no word, name or figure of it can be found. Where
most of a page's lines are a single character, the page's lines are rebuilt from the glyphs as drawn: a
glyph goes on the line of the one before it when it stands on the same baseline (within half an em) and
just after it (no gap of more than half an em, nor a step back), as the characters of one text object
would (a space between them kept, taking no room); a wider gap (a table's next cell, a signature set
apart) or a new baseline starts a new line."""

from __future__ import annotations

from typing import NamedTuple

#: A line's left and right edge across the page, in points.
Extent = tuple[float, float]

#: Fewest lines a page must have for its one-character lines to be looked at, and the share of its lines
#: that must be one character for the page to be read glyph by glyph.
_MIN_LINES = 12
_SINGLE_SHARE = 0.6
#: How far (in ems) a glyph may stand off the baseline, or after the glyph before it, on one line.
_BASELINE = 0.5
_GAP = 0.5


class Glyph(NamedTuple):
    """One piece of text as drawn: its words, where it starts, its baseline and its em (points)."""

    text: str
    x: float
    y: float
    em: float


def estimated_width(text: str, em: float) -> float:
    """How wide ``text`` is drawn: a CJK character one em, a half-width one half an em (no font's metrics
    are read)."""
    return sum(em if ord(ch) > 0x7F else em / 2 for ch in text)


def one_glyph_lines(text: str) -> bool:
    """Whether a page's text came out one character a line (a text layer drawn glyph by glyph)."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if len(lines) < _MIN_LINES:
        return False
    return sum(len(line) == 1 for line in lines) >= _SINGLE_SHARE * len(lines)


def _goes_on(glyph: Glyph, end: float, y: float) -> bool:
    """Whether ``glyph`` goes on the line whose last glyph ended at ``end`` on baseline ``y``."""
    em = glyph.em or 1.0
    return abs(glyph.y - y) <= _BASELINE * em and -_GAP * em <= glyph.x - end <= _GAP * em


def glyph_lines(glyphs: list[Glyph]) -> list[tuple[str, Extent]]:
    """The lines the glyphs make in the order they are drawn, each with its left and right edge."""
    lines: list[tuple[str, Extent]] = []
    words: list[str] = []
    left = end = y = 0.0

    def close() -> None:
        line = "".join(words).strip()
        if line:
            lines.append((line, (left, end)))
        words.clear()

    for glyph in glyphs:
        if not glyph.text.strip():  # a space drawn or reported between glyphs: kept inside a line only
            if words:
                words.append(glyph.text)
            continue
        if not words or not _goes_on(glyph, end, y):
            close()
            left, y = glyph.x, glyph.y
        words.append(glyph.text)
        end = glyph.x + estimated_width(glyph.text, glyph.em)
    close()
    return lines
