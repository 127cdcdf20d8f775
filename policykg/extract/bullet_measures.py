"""Bullets that are one item's measures: a numbered item writing its work, the bullets under it, then on a
line of its own after the last bullet the bodies doing the item (a page's Markdown as a CMS exports it):

    1. **实施高价值专利培育工程。** 聚焦主导产业，重点做好以下工作：
       - 支持龙头企业建设高价值专利培育中心；
       - 引导企业开展专利布局。

    > 责任部门：高新区科技创新局（牵头）、经济发展局

The item is the task, the bullets its text (as one measure written in several paragraphs is), and the note
its own. Read as a heading over two bullet tasks, the item's words were no one's (the programme its
lead-in names was lost) and the note after the last bullet went to each bullet as a list's closing note."""

from __future__ import annotations

from policykg.extract.annotations import find_annotations
from policykg.extract.structure import WORK_CHAPTERS, Structure, Unit
from policykg.extract.textspan import trim

#: The kinds of unit whose bullets may be their measures: numbered sections, items and sub-items.
_HOLDERS = ("section", "item", "subitem")
#: The chapters whose units do work (a phase's bullets are its steps: structure.WORK_CHAPTERS less phases).
_CHAPTERS = tuple(kind for kind in WORK_CHAPTERS if kind != "phases")
#: What a unit's words after its title may hold without being words (stops, spaces, emphasis marks).
_NOT_WORDS = "。，,；;．.：: \t\n\u3000*_"


def bulleted_measures(structure: Structure) -> dict[int, list[Unit]]:
    """Each unit (by index) whose sub-units are bullet measures of its own, with those bullets."""
    out: dict[int, list[Unit]] = {}
    for unit in structure.units:
        if not unit.children or unit.kind not in _HOLDERS or unit.chapter_kind not in _CHAPTERS:
            continue  # most units: no sub-units, or not an item of work
        points = [structure.units[c] for c in unit.children]
        bullets = all(p.style == "bullet" and not p.children for p in points)
        if bullets and _measures_of(structure, unit, points):
            out[unit.index] = points
    return out


def _measures_of(structure: Structure, unit: Unit, points: list[Unit]) -> bool:
    """``unit`` writes words of its own after its title, none of its ``points`` names a body on its own
    line, and a note on a paragraph of its own after the last of them does."""
    text = structure.text
    title_end = unit.title_span[1] if unit.title_span else unit.marker_span[1]
    own_end = points[0].heading_span[0]
    if unit.title_span is None or not text[title_end:own_end].strip(_NOT_WORDS):
        return False  # a heading alone (（一）加强保护 over its bullets): the bullets are its tasks
    if any(find_annotations(text, *p.heading_span) for p in points):
        return False  # a bullet naming its own bodies is a task of its own
    last = points[-1]
    after = [
        structure.paragraphs[i].span
        for i in structure.own_paragraphs(last)
        if structure.paragraphs[i].span[0] >= last.heading_span[1]
    ]
    if not after:
        return False
    start, end = trim(text, after[0][0], after[-1][1])
    return bool(find_annotations(text, start, end))
