"""An article's furniture around a plan marked with emoji (a WeChat post copied from a phone): the pictographs
that open its headline and prompts above the plan (📢重磅｜…印发, 👆点击上方蓝字) and its links below the end
mark (—END— ↵ 往期推荐 ↵ ▶️ …再获新进展！) open no items; those between the plan's chapters do (emoji_marks).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from policykg.extract.closings import back_matter_line
from policykg.extract.markers import BULLETS, TYPED_BULLETS

if TYPE_CHECKING:
    from policykg.extract.structure import Paragraph, Unit

Opened = list[tuple[int, "Unit | None"]]


def _emoji_item(text: str, unit: Unit) -> bool:
    """``unit`` opens with a pictograph (🔹, ▶️), not with a bullet a word processor sets (●)."""
    return unit.style == "bullet" and text[unit.marker_span[0]] not in BULLETS + TYPED_BULLETS


def without_article_furniture(text: str, paragraphs: list[Paragraph], opened: Opened) -> Opened:
    """``opened`` without the items a pictograph opens before the plan's first chapter, or after a line of
    back matter (—END—, 来源：…) until another kind of unit opens, in a plan whose chapters are numbered."""
    if not any(u is not None and u.level == 1 for _, u in opened):
        return opened
    out: Opened = []
    before = True  # above the plan's first chapter
    after = False  # in the back matter after a line of it, until another kind of unit opens
    for p, unit in opened:
        para = paragraphs[p]
        if unit is None:
            after = after or (not before and bool(para.lines) and back_matter_line(text, para.lines[0]))
        elif _emoji_item(text, unit):
            unit = None if before or after else unit
        else:
            before = before and unit.level != 1
            after = False
        out.append((p, unit))
    return out
