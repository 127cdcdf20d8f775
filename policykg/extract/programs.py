"""Programme mentions (正版正货, 贯标, 高价值专利培育 …) from the concept scheme in
ontology/data/programs.yaml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ontology.vocab_programs import Program, program_scheme
from policykg.extract.regex_heads import first_chars, guarded
from policykg.extract.textspan import Span


@dataclass(frozen=True)
class ProgramHit:
    program: Program
    span: Span


@cache
def _compiled() -> list[tuple[Program, re.Pattern[str], frozenset[str] | None]]:
    """Each programme with its pattern and the characters a mention of it can begin with (None: any)."""
    return [(p, p.regex(), first_chars(p.regex().pattern)) for p in program_scheme().programs]


@cache
def _any_program() -> re.Pattern[str]:
    """Every programme's pattern in one: where it first matches, no programme matches earlier. Behind a
    look-ahead on the mentions' first characters, most characters are passed at one test."""
    return re.compile(guarded("|".join(f"(?:{regex.pattern})" for _, regex, _ in _compiled())))


def find_programs(text: str, start: int, end: int) -> list[ProgramHit]:
    """Every programme mention in ``text[start:end]``; overlapping hits of one programme are merged."""
    first = _any_program().search(text, start, end)
    if first is None:  # most paragraphs: one pass instead of one per programme
        return []
    present = set(text[first.start() : end])
    hits: list[ProgramHit] = []
    for program, regex, heads in _compiled():
        if heads is not None and heads.isdisjoint(present):
            continue  # no character a mention of it begins with: no mention
        last_end = -1
        for m in regex.finditer(text, first.start(), end):
            if m.start() < last_end:
                continue
            hits.append(ProgramHit(program, (m.start(), m.end())))
            last_end = m.end()
    return sorted(hits, key=lambda h: h.span)
