"""Nested lists typed with bullets: a bulleted item indented under a bulleted item above it is its sub-item.

A Markdown or plain-text list nests by indentation (- 培育高价值专利。… ↵ ␣␣- 完成企业遴选。 ↵
␣␣- 组织辅导…): the indented items are the parts of the item above them, done by its bodies, not its
siblings. Every bullet opens a point of one level on its own (markers.py), so the indented ones are set one
level below the item they stand under before the outline is built. Only bullets typed as a list's marks
(- * +) nest so: a word processor's ● or ◆ before a line says nothing by where a text copy of it starts.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from policykg.extract.markers import TYPED_BULLETS

if TYPE_CHECKING:
    from policykg.extract.structure import Unit

#: How much deeper than the bullet above a bullet must start to stand under it (Markdown: at its words).
_NEST_STEP = 2
_TAB_COLUMNS = 4


def nest_bullets(text: str, units: Sequence[Unit]) -> None:
    """Set each typed bullet indented at least two columns more than a typed bullet of the same run above it
    (no other unit between them) one level below the nearest such bullet; a bullet back at an outer indent
    is that outer bullet's sibling again."""
    run: list[tuple[int, Unit]] = []  # the open bullets of the current run, outermost first, with indents
    for unit in units:
        indent = _typed_bullet_indent(text, unit)
        if indent is None:
            run.clear()
            continue
        while run and run[-1][0] + _NEST_STEP > indent:
            run.pop()
        if run:
            unit.level = run[-1][1].level + 1
        run.append((indent, unit))


def _typed_bullet_indent(text: str, unit: Unit) -> int | None:
    """The columns of white space before ``unit``'s typed bullet on its line; None for another unit or a
    bullet that does not open its line."""
    start = unit.marker_span[0]
    if unit.style != "bullet" or start >= len(text) or text[start] not in TYPED_BULLETS:
        return None
    prefix = text[text.rfind("\n", 0, start) + 1 : start]
    if prefix.strip(" \t"):
        return None
    return sum(_TAB_COLUMNS if ch == "\t" else 1 for ch in prefix)
