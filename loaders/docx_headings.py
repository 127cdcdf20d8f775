"""Heading levels Word gives paragraphs by their style or outline level rather than by a number in their
text: w:outlineLvl in the paragraph's properties or its style's (through w:basedOn), or a heading style's
name (Heading 2, 标题 2) when the style carries no outline level of its own.
"""

from __future__ import annotations

import re
from typing import Any

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
