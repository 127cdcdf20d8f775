"""Heading levels Word gives paragraphs by their style or outline level rather than by a number in their
text: w:outlineLvl in the paragraph's properties or its style's (through w:basedOn), or a heading style's
name (Heading 2, 标题 2) when the style carries no outline level of its own.

A document whose headings carry no style and no number may still set them apart by their look: a short line
all in bold (重点任务, then 提升知识产权创造质量 in another font). Each look (size, East Asian font, centring)
is a level, in the order the document first uses it (``bold_look``, ``look_headings``).
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Sequence
from typing import Any

from loaders.base import StyledHeading

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: The outline level Word writes for body text.
_BODY_LEVEL = 9
#: A heading style's name: Word's built-in names (heading 1, Heading 2) and the Chinese names a localised
#: or other word processor saves (标题 1, 标题2).
_HEADING_NAME = re.compile(r"(?:heading|标题)\s*([1-9])$", re.IGNORECASE)
#: Styles with an outline level that head no part of the plan (the table of contents' own heading).
_NOT_HEADINGS = re.compile(r"toc\s*heading|目录", re.IGNORECASE)


def _outline(ppr: Any) -> int | None:
    """The 1-based level of a w:pPr's w:outlineLvl; 0 for body text; None when it sets none."""
    if ppr is None:
        return None
    found = ppr.find(f"{_W}outlineLvl")
    if found is None:
        return None
    try:
        value = int(found.get(f"{_W}val", ""))
    except ValueError:
        return None
    return value + 1 if 0 <= value < _BODY_LEVEL else 0


class HeadingLevels:
    """Reads the heading level of paragraphs from one document's styles."""

    def __init__(self, styles: Any | None) -> None:
        self._styles: dict[str, tuple[int | None, str | None]] = {}  # id -> level, basedOn
        if styles is None:
            return
        for style in styles.iter(f"{_W}style"):
            style_id = style.get(f"{_W}styleId")
            if not style_id or style.get(f"{_W}type", "paragraph") != "paragraph":
                continue
            name_element = style.find(f"{_W}name")
            name = "" if name_element is None else name_element.get(f"{_W}val", "")
            level = _outline(style.find(f"{_W}pPr"))
            if _NOT_HEADINGS.match(name):
                level = 0
            elif level is None and (named := _HEADING_NAME.match(name.strip())):
                level = int(named.group(1))
            based = style.find(f"{_W}basedOn")
            self._styles[style_id] = (level, None if based is None else based.get(f"{_W}val"))

    def level(self, paragraph: Any) -> int | None:
        """The heading level (1 = top) of a w:p element, or None for a paragraph of body text."""
        ppr = paragraph.find(f"{_W}pPr")
        own = _outline(ppr)
        if own is not None:
            return own or None
        style = None if ppr is None else ppr.find(f"{_W}pStyle")
        style_id = None if style is None else style.get(f"{_W}val")
        seen: set[str] = set()
        while style_id and style_id not in seen and style_id in self._styles:
            seen.add(style_id)
            level, style_id = self._styles[style_id]
            if level is not None:
                return level or None
        return None


#: Longest line read as a heading by its look (a heading is short; a bold sentence is body text).
_LOOK_MAX = 40
_OFF = ("0", "false", "off", "none")


def _bold(run: Any) -> bool:
    rpr = run.find(f"{_W}rPr")
    mark = None if rpr is None else rpr.find(f"{_W}b")
    return mark is not None and mark.get(f"{_W}val", "true").lower() not in _OFF


def bold_look(paragraph: Any, text: str) -> Hashable | None:
    """How a short paragraph all in bold looks (its first run's size and East Asian font, and whether it is
    centred), or None when it is longer than a heading, holds a stop, ends with a colon, or has a run of
    text not in bold."""
    words = text.strip()
    if not words or len(words) > _LOOK_MAX or "。" in words or words.endswith(("：", ":")):
        return None  # a sentence, or a line leading into what follows (各乡镇人民政府，县直各单位：)
    runs = [r for r in paragraph.iter(f"{_W}r") if "".join(t.text or "" for t in r.iter(f"{_W}t")).strip()]
    if not runs or not all(_bold(r) for r in runs):
        return None
    rpr = runs[0].find(f"{_W}rPr")
    size = rpr.find(f"{_W}sz") if rpr is not None else None
    fonts = rpr.find(f"{_W}rFonts") if rpr is not None else None
    ppr = paragraph.find(f"{_W}pPr")
    jc = ppr.find(f"{_W}jc") if ppr is not None else None
    return (
        None if size is None else size.get(f"{_W}val"),
        None if fonts is None else fonts.get(f"{_W}eastAsia"),
        jc is not None and jc.get(f"{_W}val") == "center",
    )


def look_headings(looks: Sequence[tuple[tuple[int, int], Hashable]]) -> list[StyledHeading]:
    """The paragraphs set apart by their look as headings: each look a level, in the order of its first
    use (the plan's first heading is its top one). Lines opening the document are its title, set in bold
    as its headings may be: no heading. Only for a document whose styles mark no heading."""
    title = 0
    while title < len(looks) and looks[title][0][0] == (looks[title - 1][0][1] + 1 if title else 0):
        title += 1
    ranks: dict[Hashable, int] = {}
    for _, look in looks[title:]:
        ranks.setdefault(look, len(ranks) + 1)
    return [StyledHeading(span, ranks[look]) for span, look in looks[title:]]
