"""Spacing that is layout, not text: letter-spaced lines and invisible characters.

A title set with spaces between its characters (工 作 方 案, 平　阳　县　人　民　政　府), or a PDF text layer
that gives a space between every character of a line (县 市 场 监 管 局 牵 头), writes no word the extractor
knows. A line is read as letter-spaced when at least four ideographs in a row stand one to a word and most of
its words are one character long; its gaps no wider than its usual gap close up, a wider gap (the space the
text itself had, set wider) stays. A line of words (县科技局 县工信局) is never letter-spaced.

A heading's title is often letter-spaced on its own (一、总 体 要 求, （二）目　　标, 第一章 总 则): its
number stands against its first character, so the line holds three spaced ideographs or fewer. A line that
is a heading's number and then nothing but single ideographs between gaps (two to twelve of them) closes up
too.

Zero-width spaces and joiners, soft hyphens and a byte-order mark inside the text (two files put together)
show nothing and split words; they are dropped.

Both rewrite the canonical text itself, before any offset is taken from it.
"""

from __future__ import annotations

import re
from collections import Counter

#: The spaces that letter-space a line: ASCII, ideographic (full-width) and no-break spaces. A tab is none:
#: it parts a table's cells.
_G = " \u3000\xa0"
_GAP = f"[{_G}]+"
_IDEOGRAPH = "[\u3400-\u4dbf\u4e00-\u9fff]"
#: Four ideographs in a row, each standing alone between gaps: the cheap test before a line is weighed.
_SPACED_RUN = re.compile(
    rf"(?<![^{_G}\n]){_IDEOGRAPH}{_GAP}{_IDEOGRAPH}{_GAP}{_IDEOGRAPH}{_GAP}{_IDEOGRAPH}(?![^{_G}\n])"
)
_WORD = re.compile(f"[^{_G}]+")
_SINGLE = re.compile(f"(?<![^{_G}])[^{_G}](?![^{_G}])")
#: A Chinese character or punctuation mark (ideographs, CJK punctuation, full-width forms) standing alone.
_CHINESE_SINGLE = re.compile(f"(?<![^{_G}])[\u3001-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef](?![^{_G}])")
#: A gap between two words of a line.
_INNER_GAP = re.compile(f"(?<=[^{_G}]){_GAP}(?=[^{_G}])")
#: Least share of one-character words in a letter-spaced line.
_SINGLE_SHARE = 0.75
#: Characters that show nothing: zero-width space, non-joiner, joiner, word joiner, soft hyphen, BOM.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\u00ad\ufeff]")


def drop_invisible(text: str) -> str:
    """``text`` without the characters that show nothing (see the module's note)."""
    return _INVISIBLE.sub("", text) if _INVISIBLE.search(text) else text


#: A heading's number: 一、 （二） 第三章 4. （5） and the like.
_HEADING_NUMBER = (
    r"(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]"
    r"|第[一二三四五六七八九十]{1,3}[章节条]|\d{1,2}[、.．]|[（(]\d{1,2}[）)])"
)
#: A heading whose title is letter-spaced: its number, then two to twelve single ideographs between gaps, and
#: nothing else on the line. Group 1 is the number (with the gaps around it), group 2 the title.
_SPACED_TITLE = re.compile(
    rf"^([ \t\u3000]*+{_HEADING_NUMBER}[{_G}]*+)((?:{_IDEOGRAPH}[{_G}]++){{1,11}}{_IDEOGRAPH})(?=[{_G}]*+$)",
    re.MULTILINE,
)
_ANY_GAP = re.compile(_GAP)


def _close_titles(text: str) -> str:
    """``text`` with the letter-spaced titles of its headings closed up (see the module's note)."""
    return _SPACED_TITLE.sub(lambda m: m.group(1) + _ANY_GAP.sub("", m.group(2)), text)


def _narrow_gaps(width: int) -> re.Pattern[str]:
    """Gaps between two words no wider than ``width`` columns (an ideographic space is two), all of one kind
    of space."""
    kinds = [f"[ \xa0]{{1,{width}}}"] + ([f"\u3000{{1,{width // 2}}}"] if width >= 2 else [])
    return re.compile(f"(?<=[^{_G}])(?:{'|'.join(kinds)})(?=[^{_G}])")


def _close_line(line: str, strong: bool) -> str:
    """One line with its letter spacing closed up, or the line as it was when it is not letter-spaced. A
    line with a spaced run of ideographs (``strong``) needs most of its words one character long; another
    line of a letter-spaced text needs that too and two of those characters Chinese (本 方 案 。,
    2 0 2 4 年 3 月 1 5 日), so that a row of single digits stays apart. The line's usual gap (its letter
    spacing) closes up, and so does any narrower one; a wider gap stays. Regular expressions do the work,
    no loop over the line's characters."""
    words = len(_WORD.findall(line))
    if words < (4 if strong else 3) or len(_SINGLE.findall(line)) < _SINGLE_SHARE * words:
        return line
    if not strong and len(_CHINESE_SINGLE.findall(line)) < 2:
        return line
    usual = Counter(_INNER_GAP.findall(line)).most_common(1)[0][0]
    return _narrow_gaps(len(usual) + usual.count("\u3000")).sub("", line)


def has_letter_spacing(text: str) -> bool:
    """The text holds a letter-spaced run of ideographs (the cheap test)."""
    return _SPACED_RUN.search(text) is not None


def close_letter_spacing(text: str, *, spaced: bool = False) -> str:
    """``text`` with every letter-spaced line and heading title closed up (see the module's note); other lines
    unchanged.
    ``spaced`` says the document letter-spaces other lines; else only a text holding a spaced run of
    ideographs is split into lines and weighed."""
    text = _close_titles(text)
    if not spaced and not has_letter_spacing(text):
        return text
    lines = text.split("\n")
    return "\n".join(_close_line(line, _SPACED_RUN.search(line) is not None) for line in lines)
