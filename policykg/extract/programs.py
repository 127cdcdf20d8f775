"""Programme mentions (正版正货, 贯标, 高价值专利培育 …) from the concept scheme in
ontology/data/programs.yaml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ontology.vocab_programs import Program, program_scheme
from policykg.extract.regex_heads import any_of, first_chars
from policykg.extract.textspan import Span


@dataclass(frozen=True)
class ProgramHit:
    program: Program
    span: Span


@cache
def _compiled() -> list[tuple[Program, re.Pattern[str], frozenset[str] | None]]:
    """Each programme with its pattern and the characters a mention of it can begin with (None: any)."""
    compiled = [(p, p.regex()) for p in program_scheme().programs]
    return [(p, regex, first_chars(regex.pattern)) for p, regex in compiled]


@cache
def _any_program() -> re.Pattern[str]:
    """Where some programme's mention begins (its match is that one character): where it first matches,
    no programme matches earlier. The engine skips to the mentions' first characters itself and tries at
    each only the programmes whose mentions may begin with it (regex_heads.any_of)."""
    return any_of(regex.pattern for _, regex, _ in _compiled())


@cache
def _by_head() -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    """The programmes (by their place in ``_compiled``) a mention beginning with each character may be of,
    and those whose first characters cannot be told (scanned whole)."""
    by_head: dict[str, list[int]] = {}
    unknown: list[int] = []
    for i, (_, _, heads) in enumerate(_compiled()):
        if heads is None:
            unknown.append(i)
        for char in heads or ():
            by_head.setdefault(char, []).append(i)
    return {char: tuple(found) for char, found in by_head.items()}, tuple(unknown)


#: A line break between two characters of words (开展专利导 ↵ 航, 推动“正 ↵ 版正货”): a line a PDF's text
#: layer or a hard-wrapped text file cut inside a word.
_WORD_WRAP = re.compile(r"(?<=[\u4e00-\u9fff“\"])[ \t\u3000]*\n[ \t\u3000]*(?=[\u4e00-\u9fff”\"])")
#: How far on each side of such a break a mention across it is looked for (the longest mention or so).
_WRAP_REACH = 24


def find_programs(text: str, start: int, end: int) -> list[ProgramHit]:
    """Every programme mention in ``text[start:end]`` (``_scan``), and those a line break cuts inside a word
    (开展专利导 ↵ 航): each read with the break left out, its span the text's, the break inside it."""
    hits = _scan(text, start, end)
    if text.find("\n", start, end) < 0:  # most windows of prose: no line inside
        return hits
    across: list[ProgramHit] = []
    for m in _WORD_WRAP.finditer(text, start, end):
        before, after = max(start, m.start() - _WRAP_REACH), min(end, m.end() + _WRAP_REACH)
        joined = text[before : m.start()] + text[m.end() : after]
        cut = m.start() - before
        for hit in _scan(joined, 0, len(joined)):
            s, e = hit.span
            if s < cut < e:
                across.append(ProgramHit(hit.program, (before + s, m.end() + e - cut)))
    if not across:
        return hits
    return sorted({(h.program.id, h.span): h for h in [*hits, *across]}.values(), key=lambda h: h.span)


def _scan(text: str, start: int, end: int) -> list[ProgramHit]:
    """Every programme mention in ``text[start:end]``, as each programme's pattern finds them scanning the
    window (a mention starts after the end of the programme's one before). The combined pattern finds each
    position where some programme's mention starts; only the programmes whose mentions may begin with the
    character there are tried there, instead of a scan of the window by each of them."""
    compiled = _compiled()
    any_program = _any_program()
    found = any_program.search(text, start, end)
    if found is None:  # most paragraphs: one pass instead of one per programme
        return []
    by_head, unknown = _by_head()
    hits: list[tuple[int, ProgramHit]] = []
    resume = [found.start()] * len(compiled)  # where each programme's scan goes on
    while found is not None:
        at = found.start()
        for i in by_head.get(text[at], ()):
            if at >= resume[i] and (m := compiled[i][1].match(text, at, end)) is not None:
                hits.append((i, ProgramHit(compiled[i][0], m.span())))
                resume[i] = m.end()
        found = any_program.search(text, at + 1, end)
    for i in unknown:
        hits.extend(
            (i, ProgramHit(compiled[i][0], m.span())) for m in compiled[i][1].finditer(text, start, end)
        )
    # by place, then in the scheme's order
    return [hit for _, hit in sorted(hits, key=lambda h: (h[1].span, h[0]))]
