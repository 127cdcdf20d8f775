"""Spacing that is layout, not text: letter-spaced lines and invisible characters.

A title set with spaces between its characters (工 作 方 案, 平　阳　县　人　民　政　府), or a PDF text layer
that gives a space between every character of a line (县 市 场 监 管 局 牵 头), writes no word the extractor
knows. A line is read as letter-spaced when at least four ideographs in a row stand one to a word and most of
its words are one character long; its gaps no wider than its usual gap close up, a wider gap (the space the
text itself had, set wider) stays. A line of words (县科技局 县工信局) is never letter-spaced.

Zero-width spaces and joiners, soft hyphens and a byte-order mark inside the text (two files put together)
show nothing and split words; they are dropped.

Both rewrite the canonical text itself, before any offset is taken from it.
"""

from __future__ import annotations

import itertools
import re

#: The spaces that letter-space a line: ASCII, ideographic (full-width) and no-break spaces.
_GAP_CHARACTERS = " \u3000\xa0"
_GAP = f"[{_GAP_CHARACTERS}]+"
_IDEOGRAPH = "[\u3400-\u4dbf\u4e00-\u9fff]"
#: Four ideographs in a row, each standing alone between gaps: the cheap test before a line is weighed.
_SPACED_RUN = re.compile(rf"(?<!\S){_IDEOGRAPH}{_GAP}{_IDEOGRAPH}{_GAP}{_IDEOGRAPH}{_GAP}{_IDEOGRAPH}(?!\S)")
_WORD = re.compile(f"[^\\s{_GAP_CHARACTERS}]+")
#: A Chinese character or punctuation mark (ideographs, CJK punctuation, full-width forms).
_CHINESE = re.compile("[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")
#: Least share of one-character words in a letter-spaced line.
_SINGLE_SHARE = 0.75
#: Characters that show nothing: zero-width space, non-joiner, joiner, word joiner, soft hyphen, BOM.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\u00ad\ufeff"))


def drop_invisible(text: str) -> str:
    """``text`` without the characters that show nothing (see the module's note)."""
    return text.translate(_INVISIBLE)


def _width(gap: str) -> int:
    """A gap's width in half-width columns (an ideographic space is two)."""
    return len(gap) + gap.count("\u3000")


def _close_line(line: str, strong: bool) -> str:
    """One line with its letter spacing closed up, or the line as it was when it is not letter-spaced. A
    line with a spaced run of ideographs (``strong``) needs most of its words one character long; another
    line of a letter-spaced text needs that too and two of those characters Chinese (本 方 案 。,
    2 0 2 4 年 3 月 1 5 日), so that a row of single digits stays apart."""
    words = list(_WORD.finditer(line))
    singles = [w.group() for w in words if w.end() - w.start() == 1]
    if len(words) < (4 if strong else 3) or len(singles) < _SINGLE_SHARE * len(words):
        return line
    if not strong and sum(1 for ch in singles if _CHINESE.match(ch)) < 2:
        return line
    gaps = [line[a.end() : b.start()] for a, b in itertools.pairwise(words)]
    widths = sorted(_width(g) for g in gaps)
    usual = widths[len(widths) // 2]  # the median gap: the letter spacing
    parts = [line[: words[0].start()], words[0].group()]
    for gap, word in zip(gaps, words[1:], strict=True):
        if _width(gap) > usual:
            parts.append(gap)
        parts.append(word.group())
    parts.append(line[words[-1].end() :])
    return "".join(parts)


def has_letter_spacing(text: str) -> bool:
    """The text holds a letter-spaced run of ideographs (the cheap test)."""
    return _SPACED_RUN.search(text) is not None


def close_letter_spacing(text: str, *, spaced: bool = False) -> str:
    """``text`` with every letter-spaced line closed up (see the module's note); other lines unchanged.
    ``spaced`` says the document letter-spaces other lines; else only a text holding a spaced run of
    ideographs is split into lines and weighed."""
    if not spaced and not has_letter_spacing(text):
        return text
    lines = text.split("\n")
    return "\n".join(_close_line(line, _SPACED_RUN.search(line) is not None) for line in lines)
