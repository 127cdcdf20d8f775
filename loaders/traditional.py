"""Plans written in traditional characters (a Big5 file, a copy from a Hong Kong or Taiwan site, a text
converted to traditional characters): they are read, but the extractor's vocabulary (role labels 责任单位,
牵头, agencies' names, kinds of document) is written in simplified characters, so most of such a plan's
units and headings cannot be recognised. The loader says so in a warning rather than give thin facts
silently; converting the text first (OpenCC's t2s) gives the full reading.

A text is taken as traditional when characters found only in traditional writing, among common ones of
plans (縣 區 產 權 責 單 …), make up a share of its Chinese characters that a simplified text quoting a
traditional name never reaches.
"""

from __future__ import annotations

import re

#: Common characters of plans in their traditional forms, none of them written in simplified text.
_TRADITIONAL = re.compile(
    "[縣區產權務實標專發開關會單責機構業經濟設劃進導護質點為與這個們來說對動體場監農總網應織優勢環資團擴聯調]"
)
_CHINESE = re.compile("[\u4e00-\u9fff]")
#: Fewest traditional characters, and least share of the Chinese characters, that make a text traditional.
_LEAST = 10
_SHARE = 0.03

WARNING = (
    "the text is written in traditional Chinese characters; the rules and vocabulary read simplified ones, "
    "so agencies, roles and headings may be missed: convert the text to simplified characters first "
    "(e.g. OpenCC t2s)"
)


def traditional_warning(text: str) -> str | None:
    """The warning for a text written in traditional characters, or None."""
    found = len(_TRADITIONAL.findall(text))
    if found < _LEAST:
        return None
    return WARNING if found >= _SHARE * len(_CHINESE.findall(text)) else None
