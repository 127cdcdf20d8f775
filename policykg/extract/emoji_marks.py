"""Outline marks typed as emoji, as an article copied from a phone writes a plan (a WeChat post, 政务新媒体):
a keycap number for each chapter (1️⃣ 工作目标, 2⃣ 重点任务, 🔟 保障措施) and a pictograph before each item
(🔹 培育…, ▶️ 推进…, ✅ 加强…, 👉 落实…).

``KEYCAP`` and ``EMOJI_BULLET`` read such a mark at a line's start for markers.match_marker, and
``LINE_PICTOGRAPH`` one a line opens with for markers.LINE_BULLET.
"""

from __future__ import annotations

import re

#: The variation selector asking for the emoji form (▶️, 1️⃣), which a phone's keyboard types after a symbol.
_SELECTOR = "\ufe0f"
#: A keycap number: a digit, the selector or not, the combining keycap (1️⃣, 1⃣), or the keycap ten 🔟.
KEYCAP = re.compile(r"(?:(\d)\ufe0f?\u20e3|(\U0001f51f))[ \t\u3000]*+")
#: Pictographs an article sets before its items: geometric shapes (🔹 ▶), the symbols and dingbats
#: (✅ ☑ ✔ ⭐), the emoji planes (📌 👉 🔸 💡 🟢); not the dingbat numbers (❶ ➀), which number.
PICTOGRAPHS = "\u25a0-\u25ff\u2600-\u2775\u2794-\u27bf\u2b00-\u2bff\U0001f300-\U0001faff"
#: What an item's words open with, as after a bullet (● 开展…).
_ITEM_AHEAD = "(?=[\u4e00-\u9fff“《「【])"
EMOJI_BULLET = re.compile(rf"([{PICTOGRAPHS}]){_SELECTOR}?[ \t\u3000]*+{_ITEM_AHEAD}")
#: A pictograph opening a line as a bullet does, with the selector after it (📈每万人口…, 👉责任单位：…).
LINE_PICTOGRAPH = rf"[{PICTOGRAPHS}]{_SELECTOR}?"
#: The bounds of the pictographs' two blocks of ranges, for a test of one character before the pattern.
_SYMBOLS = ("\u25a0", "\u2bff")
_EMOJI = ("\U0001f300", "\U0001faff")


def may_be_pictograph(ch: str) -> bool:
    """``ch`` falls in the blocks ``PICTOGRAPHS`` ranges lie in (most characters, CJK and ASCII, do not)."""
    return _SYMBOLS[0] <= ch <= _SYMBOLS[1] or _EMOJI[0] <= ch <= _EMOJI[1]


#: The characters a keycap number opens with besides a digit.
KEYCAP_OPENERS = "\U0001f51f"


def keycap_label(m: re.Match[str]) -> str:
    """The number a keycap writes (1️⃣ → 1, 🔟 → 10)."""
    return m.group(1) or "10"
