"""Closing paragraphs that oblige a body: tasks of their own.

An unnumbered paragraph after the last item of a list (各县市市场监管局要对照本要点，结合实际制定本地年度工作
计划，于2025年3月底前报州市场监管局。) is no part of that item (closings.py moves it to the chapter), and the
chapter's own text stops at its first item, so the work it puts on a body belonged to no task and was lost.
Such a paragraph is a task of its own when it names who must do what (a prose obligation,
obligations.py): a ``section`` under its chapter, path ``<chapter>.closing`` (``.closing2`` … for more
than one). A closing exhortation naming nobody (确保各项任务落到实处。) and the plan's back matter stay no
one's work.
"""

from __future__ import annotations

from policykg.extract.obligations import find_prose_obligations
from policykg.extract.structure import WORK_CHAPTERS, Structure
from policykg.extract.textspan import trim

_TITLE_CHARS = 30


def closing_paragraph_tasks(structure: Structure) -> list[tuple[str, str, tuple[int, int]]]:
    """(path, chapter kind, span) of each closing paragraph that obliges a named body, in text order."""
    text = structure.text
    found: list[tuple[str, str, tuple[int, int]]] = []
    counts: dict[int, int] = {}
    for para in structure.paragraphs:
        if not para.closing or para.unit is None:
            continue  # a unit's own text, or the plan's back matter (no chapter owns it)
        owner = structure.units[para.unit]
        if owner.level == 0 or owner.chapter_kind not in WORK_CHAPTERS:
            continue
        span = trim(text, *para.span)
        if span[0] >= span[1] or not any(o.mentions for o in find_prose_obligations(text, *span)):
            continue
        counts[owner.index] = counts.get(owner.index, 0) + 1
        suffix = "" if counts[owner.index] == 1 else str(counts[owner.index])
        found.append((f"{owner.path}.closing{suffix}", owner.chapter_kind, span))
    return found


def closing_title(text: str, span: tuple[int, int]) -> str:
    """The paragraph's first clause, at most _TITLE_CHARS characters: what the task list shows."""
    words = text[span[0] : span[1]]
    cut = min((i for i in (words.find(ch) for ch in "，。；") if i > 0), default=len(words))
    return words[: min(cut, _TITLE_CHARS)]
