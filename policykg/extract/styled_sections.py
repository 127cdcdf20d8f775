"""Sections under an unnumbered chapter heading: in a plan whose outline only its styles carry (a .docx's bold
or Heading 1 lines, Markdown's ##), every heading may stand at one level, the chapters' and their sections'
alike (主要任务 ↵ 加强知识产权创造 ↵ 1.… ↵ 加强知识产权运用 ↵ … ↵ 保障措施). A heading naming a chapter
with nothing under it before the next heading opens no empty chapter: the headings after it, up to the next
naming a chapter of another kind, are its sections."""

from __future__ import annotations

from collections.abc import Callable

from policykg.extract.markers import strip_md
from policykg.extract.textspan import squeeze, trim

#: The deepest level a styled heading opens (as headings.styled_outline ranks them).
_DEEPEST = 5


def nest_under_bare_chapters(
    text: str, styled: dict[int, tuple[int, int]], kind_of: Callable[[str], str | None]
) -> dict[int, tuple[int, int]]:
    """``styled`` (per heading's start: its end and level) with the headings following an empty chapter
    heading (主要任务, straight followed by a heading of its level) one level deeper, and the headings under
    them too, until a heading of that level whose chapter kind (``kind_of`` its title: document_types.yaml
    chapter_kinds, None for a title naming none) is another: 时间安排, 保障措施. A title naming none is the
    chapter's section (加强知识产权创造 under 主要任务, 加强组织领导 under 保障措施)."""
    starts = sorted(styled)
    out = dict(styled)
    i = 0
    while i < len(starts) - 1:
        start, (end, level) = starts[i], styled[starts[i]]
        below = starts[i + 1]
        kind = kind_of(_title(text, start, end))
        if kind is None or styled[below][1] != level or trim(text, end, below)[0] < below:
            i += 1
            continue
        j = i + 1
        while j < len(starts):
            s, (e, deeper) = starts[j], styled[starts[j]]
            named = kind_of(_title(text, s, e)) if deeper <= level else None
            if deeper < level or (named is not None and named != kind):
                break
            out[s] = (e, min(deeper + 1, _DEEPEST))
            j += 1
        i = j
    return out


def _title(text: str, start: int, end: int) -> str:
    return squeeze(text[strip_md(text, start, end)[0] : end]).strip("*_")
