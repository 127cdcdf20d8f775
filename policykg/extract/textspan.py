"""Offset-preserving text helpers: lines, trimming, bracket-aware scanning and splitting."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

Span = tuple[int, int]

#: Bracket pairs as written in Chinese official texts and in practice.
PAIRS: dict[str, str] = {
    "〔": "〕",
    "［": "］",
    "[": "]",
    "（": "）",
    "(": ")",
    "【": "】",
    "﹝": "﹞",
    "〖": "〗",
    "｛": "｝",
    "{": "}",
    "《": "》",
    "〈": "〉",
    "“": "”",
    "‘": "’",
    "「": "」",
    "『": "』",
}
CLOSERS: dict[str, str] = {v: k for k, v in PAIRS.items()}
#: Brackets that can hold an annotation (title marks and quotes cannot).
ANNOTATION_OPENERS = "〔［[（(【﹝〖｛{"
WHITESPACE = " \t\n\r\f\v\u3000\xa0\u2002\u2003\u2009\ufeff"
#: Characters that end a sentence or a paragraph.
TERMINALS = '。！？!?；;：:〕】）)」』”"…'


def trim(text: str, start: int, end: int) -> Span:
    """Shrink ``[start, end)`` past surrounding white space (ASCII and CJK)."""
    while start < end and text[start] in WHITESPACE:
        start += 1
    while end > start and text[end - 1] in WHITESPACE:
        end -= 1
    return start, end


def overlaps(span: Span, taken: Iterable[Span]) -> bool:
    """``span`` shares a character with one of ``taken``."""
    return any(span[0] < e and s < span[1] for s, e in taken)


def line_spans(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Spans of the lines in ``text[start:end]``, newline excluded."""
    return list(_line_spans(text, start, len(text) if end is None else end))


#: How many line lists are kept: a document's whole text is cut into lines by several stages (its
#: paragraphs, its text tables, its task-number lines), a few of its ranges by others in between.
_LINES_KEPT = 16


@lru_cache(maxsize=_LINES_KEPT)
def _line_spans(text: str, start: int, stop: int) -> tuple[Span, ...]:
    spans: list[Span] = []
    pos = start
    for line in text[start:stop].split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    if spans[-1][0] >= stop:  # nothing after the last line break, or an empty range
        spans.pop()
    return tuple(spans)


@dataclass(frozen=True)
class BracketGroup:
    """A bracketed stretch: ``open`` is the opener's offset, ``close`` one past the closer."""

    open: int
    close: int
    opener: str
    closed: bool

    @property
    def inner(self) -> Span:
        return (self.open + 1, self.close - 1 if self.closed else self.close)


def bracket_groups(text: str, start: int, end: int, openers: str = "".join(PAIRS)) -> list[BracketGroup]:
    """Every bracket group in ``text[start:end]`` (nested ones too), in one linear pass.

    Tolerant of bad input: a stray closer is ignored; a closer that matches an outer opener closes it
    and drops the inner unclosed ones; an opener never closed yields a group running to ``end`` with
    ``closed=False``. Only groups whose outermost opener is in ``openers`` are tracked. Symmetric
    quotes ("") are not tracked.
    """
    groups: list[BracketGroup] = []
    stack: list[tuple[str, int]] = []
    for m in _BRACKET_RE.finditer(text, start, end):  # only the brackets, found by the regex engine
        pos, ch = m.start(), m.group()
        if ch in PAIRS and (stack or ch in openers):
            stack.append((ch, pos))
        elif ch in CLOSERS and stack:
            wanted = CLOSERS[ch]
            depth = next((i for i in range(len(stack) - 1, -1, -1) if stack[i][0] == wanted), None)
            if depth is None:
                continue
            opener, at = stack[depth]
            for stray_opener, stray_at in stack[depth + 1 :]:
                groups.append(BracketGroup(stray_at, pos, stray_opener, False))
            del stack[depth:]
            groups.append(BracketGroup(at, pos + 1, opener, True))
    groups.extend(BracketGroup(at, end, opener, False) for opener, at in stack)
    groups.sort(key=lambda g: (g.open, -g.close))
    return groups


def depth_map(text: str, start: int, end: int) -> list[int]:
    """Bracket depth at each offset of ``text[start:end]`` (0 = top level)."""
    depths: list[int] = []
    stack: list[str] = []
    for pos in range(start, end):
        ch = text[pos]
        if ch in CLOSERS and CLOSERS[ch] in stack:
            _close(stack, CLOSERS[ch])
            depths.append(len(stack))
            continue
        depths.append(len(stack))
        if ch in PAIRS:
            stack.append(ch)
    return depths


def _close(stack: list[str], opener: str) -> None:
    """Close the innermost ``opener`` on ``stack`` (the openers of the brackets open, innermost last), and
    any bracket opened inside it and left open."""
    while stack and stack[-1] != opener:
        stack.pop()
    if stack:
        stack.pop()


_BRACKET_RE = re.compile("[" + re.escape("".join(PAIRS) + "".join(CLOSERS)) + "]")


#: A half-width comma that groups no number's thousands (1,200件, 12,500万元 are one number each): a
#: separator. A digit before it and three after it, no fourth, make it a number's.
_SEPARATING_COMMA = r",(?!(?<=\d,)\d{3}(?!\d))"


@lru_cache(maxsize=64)
def _separator_re(separators: str) -> re.Pattern[str]:
    """Any of ``separators``; a half-width comma only where it groups no number's thousands."""
    if "," not in separators:
        return re.compile("[" + re.escape(separators) + "]")
    others = separators.replace(",", "")
    return re.compile(("[" + re.escape(others) + "]|" if others else "") + _SEPARATING_COMMA)


def split_top_level(text: str, start: int, end: int, separators: str) -> list[Span]:
    """Split ``[start, end)`` on ``separators`` that stand outside any bracket; pieces are trimmed.

    The regex engine finds the separators and brackets; only those positions are walked, with the same
    tolerant nesting rules as ``depth_map`` (a closer closes its opener and any unclosed ones inside it;
    a stray closer is ignored)."""
    return _pieces(text, start, end, _top_level_cuts(text, start, end, separators))


def split_two_levels(
    text: str, start: int, end: int, outer: str, inner: str
) -> list[tuple[Span, list[Span]]]:
    """``split_top_level`` on ``outer`` (sentences), each piece with its own ``split_top_level`` on
    ``inner`` (clauses), from one walk of the range: outside every bracket of the range is outside every
    bracket of the piece, as a piece begins where no bracket is open. A separator in both counts as
    ``outer``."""
    split: list[tuple[Span, list[Span]]] = []
    piece_start, inner_cuts = start, []
    for pos in [*_top_level_cuts(text, start, end, outer + inner), end]:
        if pos < end and text[pos] not in outer:
            inner_cuts.append(pos)
            continue
        piece = trim(text, piece_start, pos)
        if piece[0] < piece[1]:
            split.append((piece, _pieces(text, *piece, inner_cuts)))
        piece_start, inner_cuts = pos + 1, []
    return split


def find_top_level(text: str, start: int, end: int, word: str) -> int:
    """Where ``word`` first stands in ``[start, end)`` outside any bracket (-1 for nowhere), in one walk of
    the range however many times it stands inside brackets."""
    if text.find(word, start, end) < 0:
        return -1
    return next((at for at in _top_level_cuts(text, start, end, word[0]) if text.startswith(word, at)), -1)


#: A dash parting two clauses or two names (区农业农村局牵头——区市场监管局配合), not the one joining two years
#: (2024—2025年).
_DASH_RUN = re.compile(r"[—－]{2,}")


def has_dash(text: str, start: int, end: int) -> bool:
    """A dash stands in ``text[start:end]`` (the quick test before ``split_at_dashes``)."""
    return text.find("—", start, end) >= 0 or text.find("－", start, end) >= 0


def split_at_dashes(text: str, span: Span) -> list[Span]:
    """``span`` parted at each run of dashes outside brackets, pieces trimmed ([span] itself with none)."""
    if _DASH_RUN.search(text, *span) is None:
        return [span]
    out: list[Span] = []
    at = span[0]
    for dash in _DASH_RUN.finditer(text, *span):
        if dash.start() >= at and find_top_level(text, at, dash.end(), dash.group(0)) == dash.start():
            out.append(trim(text, at, dash.start()))
            at = dash.end()
    out.append(trim(text, at, span[1]))
    return [piece for piece in out if piece[0] < piece[1]]


def _top_level_cuts(text: str, start: int, end: int, separators: str) -> list[int]:
    """The offsets of the ``separators`` in ``[start, end)`` that stand outside any bracket."""
    cuts: list[int] = []
    separator_hits = [m.start() for m in _separator_re(separators).finditer(text, start, end)]
    if separator_hits:
        brackets = [(m.start(), m.group()) for m in _BRACKET_RE.finditer(text, start, end)]
        if not brackets:
            return separator_hits
        stack: list[str] = []
        b = 0
        for pos in separator_hits:
            while b < len(brackets) and brackets[b][0] < pos:
                ch = brackets[b][1]
                if ch in CLOSERS and CLOSERS[ch] in stack:
                    _close(stack, CLOSERS[ch])
                elif ch in PAIRS:
                    stack.append(ch)
                b += 1
            if not stack:
                cuts.append(pos)
    return cuts


def _pieces(text: str, start: int, end: int, cuts: list[int]) -> list[Span]:
    """``[start, end)`` cut at ``cuts`` (the cut characters left out), each piece trimmed, empty ones
    dropped."""
    pieces: list[Span] = []
    piece_start = start
    for pos in cuts:
        pieces.append(trim(text, piece_start, pos))
        piece_start = pos + 1
    pieces.append(trim(text, piece_start, end))
    return [p for p in pieces if p[0] < p[1]]


_CN_DIGITS = {ch: i + 1 for i, ch in enumerate("一二三四五六七八九")} | {"两": 2}


def numeral_value(numeral: str) -> int:
    """'3' → 3, '三' → 3, '两' → 2, '十二' → 12, '二十' → 20 (0 when it is not a numeral)."""
    if numeral.isdigit():
        return int(numeral)
    if "十" in numeral:
        tens, _, ones = numeral.partition("十")
        return (_CN_DIGITS.get(tens, 0) if tens else 1) * 10 + _CN_DIGITS.get(ones, 0)
    return _CN_DIGITS.get(numeral, 0) if len(numeral) == 1 else 0


#: Any white space character: the regex engine removes them far faster than str.translate does.
_ANY_WHITESPACE = re.compile("[" + re.escape(WHITESPACE) + "]")
#: A line break a Markdown table's cell writes as HTML (每万人口高价值<br>发明专利拥有量).
CELL_BREAK = "<br>"


def squeeze(text: str) -> str:
    """Remove all white space, and the <br> tags a Markdown table's cell writes for its line breaks (for
    names wrapped across lines)."""
    squeezed = _ANY_WHITESPACE.sub("", text)
    return squeezed.replace(CELL_BREAK, "") if CELL_BREAK in squeezed else squeezed


def find_all(text: str, needle: str, start: int = 0, end: int | None = None) -> Iterable[int]:
    stop = len(text) if end is None else end
    pos = text.find(needle, start, stop)
    while pos >= 0:
        yield pos
        pos = text.find(needle, pos + 1, stop)
