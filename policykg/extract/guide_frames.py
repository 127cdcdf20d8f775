"""Work framed as done under bodies' guidance: '在市市场监管局指导下，市农业农村局具体实施…',
'（在县司法局的业务指导下，各乡镇具体实施）'.

A clause opening with the frame (roles.yaml ``guide_frame``: 在…指导下) names the guides; the bodies of the
words after it carry the work and lead it, the guides take part without carrying it (support), as
'市市场监管局指导市农业农村局实施…' and '（县司法局指导，各乡镇具体实施）' read. The frame may stand alone
before a comma or open the clause holding the work ('在县司法局指导下各乡镇开展…').
"""

from __future__ import annotations

import re
from functools import cache

from ontology.vocab import role_vocabulary
from policykg.extract.markers import skip_lead_in
from policykg.extract.regex_heads import needed_chars
from policykg.extract.textspan import Span, trim

_COMMAS = "，,"


@cache
def _frame() -> re.Pattern[str]:
    return re.compile(role_vocabulary().guide_frame)


@cache
def _needed() -> re.Pattern[str] | None:
    """The characters one of which every frame holds (下 of 指导下), as a class to search for: a clause
    holding none holds no frame (most clauses; a quick test before the lead-in is skipped)."""
    chars = needed_chars(role_vocabulary().guide_frame)
    return re.compile("[" + "".join(map(re.escape, sorted(chars))) + "]") if chars else None


def guide_frame(text: str, start: int, end: int) -> tuple[Span, int] | None:
    """The words naming the guides of a frame opening ``text[start:end]`` (past a numbering marker) and where
    the frame ends, past a comma closing it; None when no frame opens it (most clauses: no 在 there)."""
    needed = _needed()
    if needed is not None and needed.search(text, start, end) is None:
        return None
    s = skip_lead_in(text, start, end)
    if not text.startswith("在", s, end):
        return None
    found = _frame().match(text, s, end)
    if found is None:
        return None
    return trim(text, *found.span("guide")), found.end()


def framed_alone(text: str, clause: Span) -> Span | None:
    """The guides' words when a frame is the whole of ``clause`` (在县司法局指导下, before a comma)."""
    frame = guide_frame(text, *clause)
    if frame is None or trim(text, frame[1], clause[1])[0] < clause[1]:
        return None
    return frame[0]


def at_frame(text: str, clause: Span) -> tuple[Span, Span] | None:
    """``clause`` parted into the guides' words and the words after the frame, when a frame standing before a
    comma opens it (在县司法局指导下，各乡镇具体实施: 县司法局, 各乡镇具体实施); None otherwise."""
    frame = guide_frame(text, *clause)
    if frame is None or frame[1] <= clause[0] or text[frame[1] - 1] not in _COMMAS:
        return None
    rest = trim(text, frame[1], clause[1])
    return (frame[0], rest) if rest[0] < rest[1] else None
