"""The labels Word's automatic numbering shows before paragraphs (一、 / （一） / 1.), which their text lacks.

A paragraph is numbered by its own numbering properties (w:numPr) or by its style's (a heading style linked
to a multilevel list); the label is the level's w:lvlText with each %n replaced by the counter of level n in
the level's number format. Counters run per list definition (w:abstractNum) in document order; a level
restarts below a level that moves on (w:lvlRestart: only below the levels down to the one it names, or never,
as items numbered 1 … 20 through the plan's sections are), and a list instance's w:startOverride restarts its
level.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
#: Where a level's format stands when Word 2010 writes a custom one (w14: 01, 02 …) for its own reading: the
#: format every other reader takes, as this one does.
_FALLBACK_FORMAT = f"{_MC}AlternateContent/{_MC}Fallback/{_W}numFmt"
_LEVELS = 9
#: What a bulleted list item is written with, whatever symbol its numbering gives (often a Symbol-font
#: character of the private use area).
BULLET = "●"
_DIGITS = "零一二三四五六七八九"
_STEMS = "甲乙丙丁戊己庚辛壬癸"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_PARENTHESISED = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
_FULL_STOP = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛"
#: Formats of enclosed numbers of one character each, up to 20: Word's Chinese circled numbers are
#: decimalEnclosedCircleChinese, as WPS writes them too.
_ENCLOSED = {
    "decimalEnclosedCircle": _CIRCLED,
    "decimalEnclosedCircleChinese": _CIRCLED,
    "decimalEnclosedParen": _PARENTHESISED,
    "decimalEnclosedFullstop": _FULL_STOP,
}
#: Formats counting in Chinese numerals (一 … 九十九); japaneseCounting writes them alike.
_COUNTING = (
    "chineseCounting",
    "chineseCountingThousand",
    "ideographDigital",
    "taiwaneseCounting",
    "taiwaneseCountingThousand",
    "japaneseCounting",
)
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"))
_ROMAN_SMALL = ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
#: The name of one of Word's built-in list styles of a deeper list (List Number 2, List Bullet 3, List 2):
#: Word writes built-in styles' names in English whatever the language it shows them in.
_DEEPER_LIST = re.compile(r"list(?: number| bullet| continue)? ([2-9])$", re.IGNORECASE)


def _chinese(n: int) -> str:
    """一 … 九十九 as chineseCounting writes them (十一, 二十); larger numbers in digits."""
    if not 0 < n < 100:
        return str(n)
    tens, ones = divmod(n, 10)
    if tens == 0:
        return _DIGITS[ones]
    return ("" if tens == 1 else _DIGITS[tens]) + "十" + (_DIGITS[ones] if ones else "")


def _roman(n: int) -> str:
    out = []
    for value, letters in (*_ROMAN, *_ROMAN_SMALL):
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def _letter(n: int) -> str:
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    """``n`` in the w:numFmt ``fmt``; a format without its own digits reads as decimal, as Word falls back."""
    if fmt in _COUNTING:
        return _chinese(n)
    if fmt == "ideographTraditional" and 0 < n <= len(_STEMS):
        return _STEMS[n - 1]
    if fmt in _ENCLOSED and 0 < n <= len(_ENCLOSED[fmt]):
        return _ENCLOSED[fmt][n - 1]
    if fmt == "decimalFullWidth":
        return "".join(chr(ord(d) + 0xFEE0) for d in str(n))
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("lowerRoman", "upperRoman"):
        return _roman(n) if fmt == "lowerRoman" else _roman(n).upper()
    if fmt in ("lowerLetter", "upperLetter"):
        return _letter(n) if fmt == "lowerLetter" else _letter(n).upper()
    return str(n)


def _val(element: Any, path: str) -> str | None:
    found = element.find(path)
    return None if found is None else found.get(f"{_W}val")


def _int(value: str | None, default: int) -> int:
    """A number attribute; a missing or damaged one reads as ``default``, as Word reads it."""
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


@dataclass
class _Level:
    start: int
    fmt: str
    text: str
    separator: str
    #: w:lvlRestart: the 1-based level after whose moving on this one restarts, 0 for never; None (the
    #: default) for any level above it.
    restart: int | None = None


@dataclass
class _List:
    levels: dict[int, _Level]
    styles: dict[str, int]  # a style linked to a level (w:pStyle in the level)
    counters: list[int | None] = field(default_factory=lambda: [None] * _LEVELS)


def _level(lvl: Any) -> _Level:
    """A list level's definition (w:lvl)."""
    suffix = _val(lvl, f"{_W}suff") or "tab"
    restart = _val(lvl, f"{_W}lvlRestart")
    return _Level(
        start=_int(_val(lvl, f"{_W}start"), 1),
        fmt=_val(lvl, f"{_W}numFmt") or _val(lvl, _FALLBACK_FORMAT) or "decimal",
        text=_val(lvl, f"{_W}lvlText") or "",
        separator="" if suffix == "nothing" else " ",
        restart=None if restart is None else _int(restart, -1),
    )


class Numbering:
    """The numbering definitions and styles of one document, with the counters as its paragraphs go by."""

    def __init__(self, numbering: Any | None, styles: Any | None) -> None:
        self._lists: dict[str, _List] = {}
        #: numId -> (abstractNumId, start overrides, levels it defines anew)
        self._instances: dict[str, tuple[str, dict[int, int], dict[int, _Level]]] = {}
        self._styles: dict[str, tuple[str | None, str | None, str | None]] = {}  # id -> numId, ilvl, basedOn
        self._restarted: set[tuple[str, int]] = set()
        self._style_depths: dict[str, int] = {}  # a deeper list style's id -> its depth below List Number
        #: The depth (from 0) of the last paragraph ``label`` numbered.
        self.depth = 0
        if numbering is not None:
            self._read_numbering(numbering)
        if styles is not None:
            for style in styles.iter(f"{_W}style"):
                style_id = style.get(f"{_W}styleId")
                if style_id:
                    name = _val(style, f"{_W}name") or ""
                    if deeper := _DEEPER_LIST.match(name.strip()):
                        self._style_depths[style_id] = int(deeper.group(1)) - 1
                    num = style.find(f"{_W}pPr/{_W}numPr")
                    self._styles[style_id] = (
                        None if num is None else _val(num, f"{_W}numId"),
                        None if num is None else _val(num, f"{_W}ilvl"),
                        _val(style, f"{_W}basedOn"),
                    )

    def _read_numbering(self, root: Any) -> None:
        styled: dict[str, str] = {}  # a list style's name -> the list defining its levels (w:styleLink)
        by_style: dict[str, str] = {}  # a list that only names a list style (w:numStyleLink) -> that name
        for abstract in root.iter(f"{_W}abstractNum"):
            abstract_id = abstract.get(f"{_W}abstractNumId", "")
            levels: dict[int, _Level] = {}
            linked: dict[str, int] = {}
            for lvl in abstract.iter(f"{_W}lvl"):
                ilvl = _int(lvl.get(f"{_W}ilvl"), 0)
                levels[ilvl] = _level(lvl)
                style = _val(lvl, f"{_W}pStyle")
                if style:
                    linked[style] = ilvl
            self._lists[abstract_id] = _List(levels, linked)
            if (name := _val(abstract, f"{_W}styleLink")) is not None:
                styled[name] = abstract_id
            if (name := _val(abstract, f"{_W}numStyleLink")) is not None and not levels:
                by_style[abstract_id] = name
        # a list of a list style (Word's and WPS's multilevel list styles) counts and shows as that style's
        for abstract_id, name in by_style.items():
            if name in styled:
                self._lists[abstract_id] = self._lists[styled[name]]
        for num in root.iter(f"{_W}num"):
            overrides: dict[int, int] = {}
            redefined: dict[int, _Level] = {}  # levels the instance defines anew (w:lvlOverride/w:lvl)
            for o in num.iter(f"{_W}lvlOverride"):
                ilvl = _int(o.get(f"{_W}ilvl"), 0)
                if (start := _val(o, f"{_W}startOverride")) is not None:
                    overrides[ilvl] = _int(start, 1)
                if (lvl := o.find(f"{_W}lvl")) is not None:
                    redefined[ilvl] = _level(lvl)
            abstract_id = _val(num, f"{_W}abstractNumId")
            if abstract_id is not None:
                self._instances[num.get(f"{_W}numId", "")] = (abstract_id, overrides, redefined)

    def _style_numbering(self, style_id: str | None) -> tuple[str | None, str | None]:
        """numId and ilvl a paragraph style gives, through the styles it is based on."""
        seen: set[str] = set()
        while style_id and style_id not in seen and style_id in self._styles:
            seen.add(style_id)
            num_id, ilvl, based_on = self._styles[style_id]
            if num_id is not None:
                return num_id, ilvl
            style_id = based_on
        return None, None

    def label(self, paragraph: Any) -> str:
        """The label Word shows before ``paragraph`` (a w:p element), counting it; '' when it has none.
        ``depth`` is then its depth in the outline of lists."""
        ppr = paragraph.find(f"{_W}pPr")
        style_id = None if ppr is None else _val(ppr, f"{_W}pStyle")
        num = None if ppr is None else ppr.find(f"{_W}numPr")
        num_id = None if num is None else _val(num, f"{_W}numId")
        ilvl = None if num is None else _val(num, f"{_W}ilvl")
        if num_id is None:
            num_id, style_ilvl = self._style_numbering(style_id)
            ilvl = ilvl or style_ilvl
        if num_id is None or num_id == "0" or num_id not in self._instances:
            return ""
        abstract_id, overrides, redefined = self._instances[num_id]
        listing = self._lists.get(abstract_id)
        if listing is None:
            return ""
        levels = {**listing.levels, **redefined} if redefined else listing.levels
        level = _int(ilvl, -1) if ilvl is not None else listing.styles.get(style_id or "", 0)
        definition = levels.get(level)
        if definition is None or not 0 <= level < _LEVELS:
            return ""
        self.depth = level + self._style_depths.get(style_id or "", 0)
        counters = listing.counters
        if level in overrides and (num_id, level) not in self._restarted:
            self._restarted.add((num_id, level))
            counters[level] = overrides[level]
        elif counters[level] is None:
            counters[level] = definition.start
        else:
            counters[level] = (counters[level] or 0) + 1
        for deeper in range(level + 1, _LEVELS):
            below = levels.get(deeper)
            restart = None if below is None else below.restart
            if restart is None or not 0 <= restart <= deeper or level < restart:
                counters[deeper] = None
        if definition.fmt == "none":
            return ""
        if definition.fmt == "bullet":  # shown as a bullet whatever its symbol font's character: one a plan's
            return BULLET + (definition.separator or " ")  # text would write (● 开展…), an item of its own
        text = definition.text
        for n in range(_LEVELS, 0, -1):  # %10 does not exist; %1 after %1x would not clash
            if f"%{n}" in text:
                at = levels.get(n - 1)
                value = counters[n - 1] if counters[n - 1] is not None else (at.start if at else 1)
                text = text.replace(f"%{n}", format_number(value or 0, at.fmt if at else "decimal"))
        return text + definition.separator if text else ""
