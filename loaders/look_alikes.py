"""Radical characters that some PDF and Word exports write for the ideographs they look like: 工作方案 comes
out as ⼯作⽅案 (Kangxi radicals, U+2F00–U+2FD5) and 长期 as ⻓期 (CJK radicals supplement, U+2E80–U+2EF3).
No rule of the extractor would match those words, so the canonical text reads each such character as its
ideograph. One character stands for one, so every offset keeps its place.

The Kangxi radicals map by their Unicode compatibility decomposition (NFKC). The supplement's forms have
none; they are listed here with the ideograph each is the radical form of (Unicode's
EquivalentUnifiedIdeograph data): every form a PDF printed by Chromium with the Noto CJK fonts writes for
an ideograph whose glyph it shares (人民政府 comes out as 人⺠政府: measured, tests/test_look_alikes.py), and
the simplified forms of the others.

Full-width digits (２０２５年, ５００件: typed in a full-width input mode, or a PDF's text layer) read as the
digits they are, one for one: a year, a date, a term or a deadline written so was read by no rule, and a
target's year with it; a full-width stop between two of them is their decimal point (１．２万件). Other
full-width forms (（）％：，, the stop of a number １．加强…) are the text's own punctuation and stay.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

#: The radicals supplement's forms and their ideographs.
_SUPPLEMENT = {
    "⺅": "亻",
    "⺉": "刂",
    "⺎": "兀",
    "⺐": "尢",
    "⺒": "巳",
    "⺓": "幺",
    "⺔": "彑",
    "⺖": "忄",
    "⺘": "扌",
    "⺙": "攵",
    "⺛": "旡",
    "⺞": "歺",
    "⺟": "母",
    "⺠": "民",
    "⺡": "氵",
    "⺣": "灬",
    "⺤": "爫",
    "⺦": "丬",
    "⺨": "犭",
    "⺫": "罒",
    "⺭": "礻",
    "⺯": "糹",
    "⺰": "纟",
    "⺹": "耂",
    "⺾": "艹",
    "⻁": "虎",
    "⻂": "衤",
    "⻃": "覀",
    "⻄": "西",
    "⻅": "见",
    "⻆": "角",
    "⻈": "讠",
    "⻉": "贝",
    "⻋": "车",
    "⻌": "辶",
    "⻐": "钅",
    "⻑": "長",
    "⻓": "长",
    "⻔": "门",
    "⻖": "阝",
    "⻘": "青",
    "⻙": "韦",
    "⻚": "页",
    "⻛": "风",
    "⻜": "飞",
    "⻝": "食",
    "⻠": "饣",
    "⻢": "马",
    "⻣": "骨",
    "⻤": "鬼",
    "⻥": "鱼",
    "⻦": "鸟",
    "⻧": "卤",
    "⻨": "麦",
    "⻩": "黄",
    "⻪": "黾",
    "⻬": "齐",
    "⻮": "齿",
    "⻰": "龙",
    "⻱": "龜",
    "⻳": "龟",
}


#: Any character of the two radical blocks, or a full-width digit.
_RADICAL = re.compile("[\u2e80-\u2fdf\uff10-\uff19]")


@cache
def _table() -> dict[int, str]:
    kangxi = {cp: unicodedata.normalize("NFKC", chr(cp)) for cp in range(0x2F00, 0x2FD6)}
    table = {cp: ideograph for cp, ideograph in kangxi.items() if len(ideograph) == 1}
    table.update({ord(radical): ideograph for radical, ideograph in _SUPPLEMENT.items()})
    table.update({0xFF10 + n: str(n) for n in range(10)})  # ０ … ９
    return table


def read_look_alikes(text: str) -> str:
    """``text`` with every radical read as its ideograph and every full-width digit as its digit (same
    length)."""
    if _RADICAL.search(text) is None:  # most texts hold none: no copy
        return text
    if "．" in text:  # １．２万件: the full-width stop between full-width digits is their decimal point
        text = _WIDE_POINT.sub(".", text)
    return text.translate(_table())


#: A full-width stop between two full-width digits (１．２).
_WIDE_POINT = re.compile("(?<=[\uff10-\uff19])．(?=[\uff10-\uff19])")
