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
    """Every programme mention in ``text[start:end]`` (``_scan``), those a line break cuts inside a word
    (开展专利导 ↵ 航): each read with the break left out, its span the text's, the break inside it, and
    those whose quote marks a spreadsheet's copy doubled (_undoubled)."""
    hits = _scan(text, start, end)
    if text.find(_DOUBLED, start, end) >= 0:  # rare: a quoted cell of a tab-separated table
        undoubled = _undoubled(text, start, end)
        # ""双打"": the mention read between the inner marks is the same one
        inside = [h for h in hits if not any(_holds(u, h) for u in undoubled)]
        hits = _merged(inside, undoubled)
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
    return _merged(hits, across)


def _holds(outer: ProgramHit, inner: ProgramHit) -> bool:
    """``outer`` is a mention of ``inner``'s programme around it."""
    return (
        outer.program.id == inner.program.id
        and outer.span[0] <= inner.span[0]
        and inner.span[1] <= outer.span[1]
    )


def _merged(hits: list[ProgramHit], more: list[ProgramHit]) -> list[ProgramHit]:
    """``hits`` with ``more`` by place, each mention once."""
    if not more:
        return hits
    return sorted({(h.program.id, h.span): h for h in [*hits, *more]}.values(), key=lambda h: h.span)


#: A quote mark doubled: a spreadsheet's copy of a cell it wraps in quotes (a cell holding line breaks)
#: writes each quote mark inside twice (深入开展""铁拳""行动).
_DOUBLED = '""'


def _undoubled(text: str, start: int, end: int) -> list[ProgramHit]:
    """The mentions in ``text[start:end]`` read with each doubled quote mark as one (""铁拳""行动 as
    "铁拳"行动), their spans the text's: those only that reading finds, a doubled mark inside them."""
    window = text[start:end]
    kept: list[int] = []  # where each character of the reading stands in the text
    at = 0
    while (found := window.find(_DOUBLED, at)) >= 0:
        kept.extend(range(start + at, start + found + 1))  # the first of the two marks
        at = found + 2
    kept.extend(range(start + at, end))
    reading = "".join(text[p] for p in kept)
    kept.append(end)
    undoubled = []
    for hit in _scan(reading, 0, len(reading)):
        s, e = kept[hit.span[0]], kept[hit.span[1]]  # a mark closing it: both of the doubled marks
        if e - s != hit.span[1] - hit.span[0]:
            undoubled.append(ProgramHit(hit.program, (s, e)))
    return undoubled


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
