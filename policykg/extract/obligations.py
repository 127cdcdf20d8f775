"""Obligations stated in prose: '区政府办督查科要加大督查力度', '领导小组办公室定期检查…',
'办公室设在区市场监管局'. Recorded with role implicit and basis prose (cues: ontology/data/roles.yaml)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ontology.vocab import role_vocabulary
from policykg.extract.agency_names import agency_subject, clean_name, ends_like_body, looks_like_agency
from policykg.extract.closings import about_the_plan
from policykg.extract.textspan import Span, skip_lead_in, split_top_level, squeeze, trim

_SENTENCE = "。；;！!"
_CLAUSE = "，,"
_MAX_SUBJECT = 60


@dataclass(frozen=True)
class ProseObligation:
    mentions: tuple[Span, ...]
    evidence: Span
    form: str


@cache
def _cue_regex() -> re.Pattern[str]:
    cues = sorted(role_vocabulary().obligation_cues, key=len, reverse=True)
    return re.compile("|".join(re.escape(c) for c in cues))


def _subject(text: str, start: int, end: int) -> tuple[Span, ...] | None:
    """Agency names at the start of ``[start, end)`` directly followed by an obligation cue (a cue that is
    the inside of a name, 区委组织部, does not end it)."""
    cues, limit, at = _cue_regex(), min(end, start + _MAX_SUBJECT), start + 2
    while (cue := cues.search(text, at, limit)) is not None:
        pos, at = cue.start(), cue.start() + 1
        if ends_like_body(squeeze(text[start : cue.end() + 1])):
            continue
        names = [clean_name(text, n) for n in split_top_level(text, start, pos, "、")]
        if names and all(agency_subject(text[s:e]) for s, e in names):
            return tuple(names)
    return None


def find_prose_obligations(text: str, start: int, end: int) -> list[ProseObligation]:
    found: list[ProseObligation] = []
    for sentence in split_top_level(text, start, end, _SENTENCE):
        if about_the_plan(text, *sentence):  # 本方案由区市场监管局负责解释
            continue
        for clause in split_top_level(text, sentence[0], sentence[1], _CLAUSE):
            s, e = clause
            s = skip_lead_in(text, s, e)
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
