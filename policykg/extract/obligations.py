"""Obligations stated in prose: '区政府办督查科要加大督查力度', '领导小组办公室定期检查…',
'办公室设在区市场监管局'. Recorded with role implicit and basis prose (cues: ontology/data/roles.yaml)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ontology.vocab import role_vocabulary
from policykg.extract.annotations import looks_like_agency
from policykg.extract.textspan import Span, split_top_level, trim

_SENTENCE = "。；;！!"
_CLAUSE = "，,"
_MAX_SUBJECT = 60
_CLAUSE_MARKERS = ("同时", "并", "还")


@dataclass(frozen=True)
class ProseObligation:
    mentions: tuple[Span, ...]
    evidence: Span
    form: str


#: A subject that starts like this is a qualifier, not a body (特别是…单位要…).
_NOT_SUBJECT = (
    "特别是",
    "尤其是",
    "其中",
    "对",
    "在",
    "将",
    "把",
    "与",
    "和",
    "及",
    "以",
    "通过",
    "鼓励",
    "支持",
    "引导",
)
_MAX_NAME = 25


def _agency_subject(name: str) -> bool:
    return len(name) <= _MAX_NAME and not name.startswith(_NOT_SUBJECT) and looks_like_agency(name)


@cache
def _cues() -> tuple[str, ...]:
    return tuple(sorted(role_vocabulary().obligation_cues, key=len, reverse=True))


def _subject(text: str, start: int, end: int) -> tuple[Span, ...] | None:
    """Agency names at the start of ``[start, end)`` directly followed by an obligation cue."""
    for pos in range(start + 2, min(end, start + _MAX_SUBJECT)):
        if not text.startswith(_cues(), pos):
            continue
        names = split_top_level(text, start, pos, "、")
        if names and all(_agency_subject(text[s:e]) for s, e in names):
            return tuple(names)
    return None


def find_prose_obligations(text: str, start: int, end: int) -> list[ProseObligation]:
    found: list[ProseObligation] = []
    for sentence in split_top_level(text, start, end, _SENTENCE):
        for clause in split_top_level(text, sentence[0], sentence[1], _CLAUSE):
            s, e = clause
            body = text[s:e]
            for marker in _CLAUSE_MARKERS:
                if body.startswith(marker):
                    s = trim(text, s + len(marker), e)[0]
            if len(body) >= 3 and body[1] == "是" and body[0] in "一二三四五六七八九十":
                s = trim(text, s + 2, e)[0]
            names = _subject(text, s, e)
            if names:
                found.append(ProseObligation(names, clause, "prose"))
                continue
            for cue in role_vocabulary().host_patterns:
                at = text.find(cue, s, e)
                if at < 0:
                    continue
                host = trim(text, at + len(cue), e)
                host_names = split_top_level(text, host[0], host[1], "、")
                if host_names and all(looks_like_agency(text[a:b]) for a, b in host_names):
                    found.append(ProseObligation(tuple(host_names), clause, "host"))
                break
    return found
