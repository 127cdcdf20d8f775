"""Items numbered ① ② or (1) (2), or sections （一） （二）, run on in one line (①开展专利质量提升行动；②培育
专利密集型产品。): the line opens with the first and goes on, after a stop, with the next number of the same
style. Each is a unit of its own, as when each opens its line; before, the first unit's title ran on over the
second (…行动；②培育…)."""

from __future__ import annotations

import re
from functools import lru_cache

from policykg.extract.markers import CIRCLED, ENCLOSED_PAREN, Marker

#: The styles whose items a line may run on (markers.py): ①, （1）, 1）, ⑴, and sections （一）…。（二）…
#: (a web page's paragraph that lost its breaks).
_RUN_ON_STYLES = ("circled", "paren_digit", "half_paren_digit", "enclosed_paren", "paren_cn")
#: The numerals of the sections a line may run on, in order.
_CN_NUMERALS = "一二三四五六七八九十"
#: The styles written as one character a number (①, ⑴): the next item's mark is the next character.
_ONE_CHARACTER = {"circled": CIRCLED, "enclosed_paren": ENCLOSED_PAREN}
#: What closes the item before the next (…行动；②…).
_STOPS = "；;。"


@lru_cache(maxsize=64)
def _next_mark(style: str, number: int) -> re.Pattern[str]:
    """The next item's number after a stop, its style's way: ②, ⑵, （2）/(2), 2）/2)."""
    if style in _ONE_CHARACTER:
        mark = _ONE_CHARACTER[style][number]
    elif style == "paren_cn":
        mark = rf"[（(]{_CN_NUMERALS[number]}[）)]"
    elif style == "paren_digit":
        mark = rf"[（(]\s*{number + 1}\s*[）)]"
    else:
        mark = rf"(?<!\d){number + 1}\s*[）)]"
    return re.compile(rf"[{_STOPS}][ \t\u3000]*({mark})")


def run_on_sibling(text: str, marker: Marker, end: int) -> int | None:
    """Where the next item of ``marker``'s numbering opens in the rest of its line ``text[marker end:end]``,
    after a stop; None when it does not."""
    if marker.style not in _RUN_ON_STYLES:
        return None
    marks = _ONE_CHARACTER.get(marker.style) or (_CN_NUMERALS if marker.style == "paren_cn" else None)
    if marks is not None:
        number = int(marker.label) if marker.label.isascii() else marks.find(marker.label) + 1
        if not 0 < number < len(marks) or text.find(marks[number], marker.span[1], end) < 0:
            return None  # the cheap test first: the next mark is in the line
    else:
        if not (marker.label.isascii() and marker.label.isdigit()):
            return None
        number = int(marker.label)
        if text.find(str(number + 1), marker.span[1], end) < 0:
            return None
    m = _next_mark(marker.style, number).search(text, marker.span[1], end)
    return m.start(1) if m else None
