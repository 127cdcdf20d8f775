"""Where a PDF's text lines stand across the page: the left and right edge of each line of the text layer,
as pypdf's visitor reports the text it draws, kept for the lines found in the canonical text.

A drawn table's text layer gives its cells one a line, and an empty cell no line at all: a row under
a 牵头单位 cell merged over several rows, its text printed once in the middle row, gives the other rows'
配合单位 alone, which the text cannot tell from a lead named alone. The line's place across the page
tells: it stands under the header cell of its column. The edges are estimates: a CJK character is one
em wide, a half-width one half an em (no font's metrics are read); a column is told from its neighbour
by which header cell a line stands nearer to, which such estimates decide.

A line drawn in several pieces with no move between them (a font switched inside it: a TrueType font
embedded as subsets of 256 glyphs each, a run of Latin digits in a font of their own) is reported piece by
piece at the one place its text object began: each piece reported where the piece before it was stands
after that one, as it is drawn."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from loaders.pdf_glyphs import Extent as Extent
from loaders.pdf_glyphs import Glyph, glyph_lines, one_glyph_lines
from loaders.pdf_glyphs import estimated_width as _width

#: How near (in points) two pieces of a line are reported for one place: the same text position.
_SAME_PLACE = 0.01


def _reading_place(tm: Any, cm: Any, size: float, top: float) -> tuple[float, float, float]:
    """Where a piece of text starts along its line and where its baseline stands across it, and its em
    (points), from its text matrix ``tm`` and the page's ``cm``. Text drawn turned on its page (a landscape
    table drawn on a portrait page that /Rotate 90 or 270 shows upright: the lines run up or down the page,
    whose upper edge stands at ``top``) is placed as it reads, along its own direction from the edge it
    starts at, as the viewer shows it; text running across the page, as before."""
    a = float(tm[0]) * float(cm[0]) + float(tm[1]) * float(cm[2])
    b = float(tm[0]) * float(cm[1]) + float(tm[1]) * float(cm[3])
    x = float(tm[4]) * float(cm[0]) + float(tm[5]) * float(cm[2]) + float(cm[4])
    y = float(tm[4]) * float(cm[1]) + float(tm[5]) * float(cm[3]) + float(cm[5])
    if abs(b) <= abs(a):
        return x, y, abs(size * float(tm[0]) * float(cm[0])) or size
    scale = math.hypot(a, b)
    along = (x * a + y * b) / scale + (top if b < 0 else 0.0)  # read down the page: from its upper edge
    return along, (y * a - x * b) / scale, size * scale


def line_extents(extract: Callable[..., str], top: float = 0.0) -> tuple[str, list[tuple[str, Extent]]]:
    """The page's text (``extract``: a page's extract_text) and each of its lines with its edges (``top``: the
    page's upper edge, where lines turned to read down the page start); a page drawn one character a text
    object is read from its glyphs' places (loaders/pdf_glyphs.py)."""
    lines: list[tuple[str, Extent]] = []
    glyphs: list[Glyph] = []
    current: list[str] = []
    edges: list[float] = []
    last: list[float] = []  # the line's last piece: where it was reported and where it ended

    def close() -> None:
        words = "".join(current).strip()
        if words and edges:
            lines.append((words, (edges[0], edges[-1])))
        current.clear()
        edges.clear()
        last.clear()

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        try:
            x, y, em = _reading_place(tm, cm, float(size), top)
        except (TypeError, ValueError, IndexError):
            return
        parts = text.split("\n")
        for k, part in enumerate(parts):
            if k > 0:
                close()
            # a piece reported where the line's piece before it was: drawn after that one
            at = last[1] if last and abs(last[0] - x) < _SAME_PLACE else x
            current.append(part)
            if part:
                glyphs.append(Glyph(part, x, y, em))
            if part.strip():
                if not edges:
                    edges.append(at + _width(part[: len(part) - len(part.lstrip())], em))
                edges.append(at + _width(part.rstrip(), em))
            if part:
                last[:] = [x, at + _width(part, em)]

    text = extract(visitor_text=visit)
    close()
    if one_glyph_lines(text):
        lines = glyph_lines(glyphs)
        return "".join(f"{words}\n" for words, _ in lines), lines
    return text, lines


#: Most characters a line is looked for after the last line found (a running line dropped between them).
_WINDOW = 400


def place_lines(text: str, lines: list[tuple[str, Extent]]) -> tuple[tuple[int, float, float], ...]:
    """Where each line stands in ``text`` (its first character's offset) with its edges, the lines found in
    order (a line the loader dropped, a page's running head, is passed over)."""
    out: list[tuple[int, float, float]] = []
    at = 0
    for words, (left, right) in lines:
        pos = text.find(words, at, at + _WINDOW + len(words))
        if pos < 0:
            continue
        out.append((pos, left, right))
        at = pos + len(words)
    return tuple(out)
