"""Decode bytes of a plain-text plan, reporting how the encoding was determined.

Order: byte-order mark; strict UTF-8; UTF-16 without BOM (NUL-byte pattern); strict GB18030 whose
result reads as Chinese text; otherwise charset-normalizer's detection. Binary or undecodable input
raises ``DocumentError`` rather than yielding mojibake.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from charset_normalizer import from_bytes

from loaders.base import EncodingReport
from policykg.errors import DocumentError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
    (b"\x84\x31\x95\x33", "gb18030"),  # GB18030's own BOM
)

# Encodings charset-normalizer may pick for Chinese plans; GBK/GB2312 are decoded as GB18030 (a superset).
_CANDIDATES = ["gb18030", "big5", "utf_16_le", "utf_16_be", "utf_8"]
_SUPERSETS = {"gbk": "gb18030", "gb2312": "gb18030", "cp936": "gb18030", "hz": "gb18030"}
#: Least share of readable characters in a decoded text, and how many of its first characters are weighed when
#: a byte-order mark named the encoding (bytes after a mark may still be garbage).
_READABLE = 0.9
_SAMPLE = 4096


#: Characters readable by construction: ordinary white space, printable ASCII, the common CJK ideographs,
#: CJK and full-width punctuation and letters. The regex engine removes their runs, so that only the rest of
#: a text is weighed one character at a time (tests/test_encoding.py checks the shortcut against the
#: per-character definition on every character it lists).
_SURELY_READABLE = re.compile("[\t\n\r -~\u4e00-\u9fa5\u3001-\u3003\u3008-\u3011\uff01-\uff5e]+")
_CJK = re.compile("[\u4e00-\u9fff]+")


def readable_character(ch: str) -> bool:
    """A letter, digit, punctuation, symbol or space character, or ordinary white space."""
    if ch in "\n\r\t ":
        return True
    cat = unicodedata.category(ch)
    return cat[0] in "LNPSZ" and cat != "Co"


def readable_ratio(text: str) -> float:
    """Share of characters that are letters, digits, CJK, punctuation or ordinary white space."""
    if not text:
        return 1.0
    rest = _SURELY_READABLE.sub("", text)
    good = len(text) - len(rest) + sum(1 for ch in rest if readable_character(ch))
    return good / len(text)


def cjk_count(text: str) -> int:
    """How many characters of ``text`` are CJK unified ideographs (U+4E00–U+9FFF)."""
    return len(text) - len(_CJK.sub("", text))


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text puts the NUL bytes of its ASCII characters on one side of each code unit;
    binary data spreads NULs over both sides."""
    if len(data) < 4 or len(data) % 2:
        return None
    even_nuls = data[0::2].count(0)
    odd_nuls = data[1::2].count(0)
    floor = max(2, len(data) // 400)
    for name, side, other in (("utf-16-le", odd_nuls, even_nuls), ("utf-16-be", even_nuls, odd_nuls)):
        if side >= floor and other * 3 <= side:
            try:
                text = data.decode(name)
            except UnicodeDecodeError:
                continue
            if readable_ratio(text) > 0.95:
                return name
    return None


def decode_bytes(data: bytes, source: str) -> tuple[str, EncodingReport]:
    """Decode ``data``; raise ``DocumentError`` naming ``source`` when it is not text."""
    if not data.strip():
        raise DocumentError(source, "the file is empty", hint="check that the right file was given")
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(name)
            except UnicodeDecodeError as e:
                raise DocumentError(
                    source, f"it starts with a {name} byte-order mark but does not decode as {name}: {e}"
                ) from e
            if readable_ratio(text[:_SAMPLE]) < _READABLE:
                raise DocumentError(
                    source,
                    f"it starts with a {name} byte-order mark but decodes as {name} into unreadable text",
                    hint="the file is damaged or not text: re-save the plan as UTF-8 text",
                )
            return text, EncodingReport(name=name, method="bom")
    utf8_break: int | None = None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        utf8_break = e.start
    else:
        if "\x00" not in text:
            return text, EncodingReport(name="utf-8", method="strict-utf-8")
    utf16 = _utf16_without_bom(data)
    if utf16:
        return data.decode(utf16), EncodingReport(name=utf16, method="detected", confidence=0.9)
    if b"\x00" in data:
        raise DocumentError(
            source,
            "it looks binary (NUL bytes), not a text document",
            hint="give .txt/.md/.html/.docx/.pdf files; rename the file if its extension is wrong",
        )
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        pass
    else:
        ratio = readable_ratio(text)
        cjk = cjk_count(text)
        if ratio > 0.97 and cjk >= max(1, len(text) // 20):
            return text, EncodingReport(name="gb18030", method="detected", confidence=round(ratio, 3))
    best = from_bytes(data, cp_isolation=_CANDIDATES).best()
    if best is None or best.encoding is None:
        where = f" (as UTF-8 it breaks at byte {utf8_break:,})" if utf8_break is not None else ""
        raise DocumentError(
            source,
            f"its bytes decode in none of UTF-8, UTF-16, GB18030 or Big5{where}",
            hint="the file may mix encodings or be damaged: re-save it as UTF-8 or GB18030",
        )
    name = _SUPERSETS.get(best.encoding, best.encoding)
    text = data.decode(name, errors="strict")
    if readable_ratio(text) < _READABLE:
        raise DocumentError(
            source,
            f"it decodes as {name} only into unreadable text; it is probably binary",
            hint="re-save the file as UTF-8 text",
        )
    confidence = round(1.0 - float(best.chaos), 3)
    return text, EncodingReport(name=name, method="detected", confidence=confidence)
