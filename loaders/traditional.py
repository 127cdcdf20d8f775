"""Plans written in traditional characters (a Big5 file, a copy from a Hong Kong or Taiwan site, a text
converted to traditional characters): the extractor's vocabulary (role labels 责任单位, 牵头, agencies'
names, kinds of document) is written in simplified characters, so such a plan is read in simplified ones:
OpenCC's t2s conversion (opencc-purepy, its dictionaries shipped in the package), whose every entry maps a
character or phrase to one of the same length, so that each character stands where it stood and every
offset slices the original text at the same place (責任單位：縣市場監管局 → 责任单位：县市场监管局). The
canonical text, and so every quote, is the converted one, and a warning says so; without the package, or
were a conversion to change the length, the text is kept and the warning says what is missed.

A text is taken as traditional when characters found only in traditional writing, among common ones of
plans (縣 區 產 權 責 單 …), make up a share of its Chinese characters that a simplified text quoting a
traditional name never reaches.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

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


CONVERTED = (
    "the text is written in traditional Chinese characters; it is read converted to simplified ones, one "
    "character for one (OpenCC t2s): quotes are in simplified characters, offsets are the original's"
)


def traditional_warning(text: str) -> str | None:
    """The warning for a text written in traditional characters, or None."""
    found = len(_TRADITIONAL.findall(text))
    if found < _LEAST:
        return None
    return WARNING if found >= _SHARE * len(_CHINESE.findall(text)) else None


@cache
def _converter() -> Callable[[str], str] | None:
    """OpenCC's traditional-to-simplified conversion (punctuation kept), or None without the package."""
    try:
        from opencc_purepy import OpenCC
    except ImportError:
        return None
    return OpenCC("t2s").convert


def read_traditional(text: str) -> tuple[str, str | None]:
    """``text`` in simplified characters when it is written in traditional ones, character for character,
    with the warning that says so (or that it could not be converted); else ``text`` and None."""
    warning = traditional_warning(text)
    if warning is None:
        return text, None
    convert = _converter()
    converted = convert(text) if convert is not None else text
    if convert is None or len(converted) != len(text):
        return text, warning
    return converted, CONVERTED
