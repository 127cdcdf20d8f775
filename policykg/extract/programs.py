"""Programme mentions (正版正货, 贯标, 高价值专利培育 …) from the concept scheme in
ontology/data/programs.yaml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ontology.vocab_programs import Program, program_scheme
from policykg.extract.textspan import Span


@dataclass(frozen=True)
class ProgramHit:
    program: Program
    span: Span


@cache
def _compiled() -> list[tuple[Program, re.Pattern[str]]]:
    return [(p, p.regex()) for p in program_scheme().programs]


@cache
def _any_program() -> re.Pattern[str]:
    """Every programme's pattern in one: where it first matches, no programme matches earlier."""
    return re.compile("|".join(f"(?:{regex.pattern})" for _, regex in _compiled()))


def find_programs(text: str, start: int, end: int) -> list[ProgramHit]:
    """Every programme mention in ``text[start:end]``; overlapping hits of one programme are merged."""
    first = _any_program().search(text, start, end)
    if first is None:  # most paragraphs: one pass instead of one per programme
        return []
    hits: list[ProgramHit] = []
    for program, regex in _compiled():
        last_end = -1
        for m in regex.finditer(text, first.start(), end):
            if m.start() < last_end:
                continue
            hits.append(ProgramHit(program, (m.start(), m.end())))
            last_end = m.end()
    return sorted(hits, key=lambda h: h.span)
