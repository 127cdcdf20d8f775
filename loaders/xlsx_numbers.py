"""A workbook's numbers as Excel shows them: a cell holds a number (0.15, 45657) and its style a number
format (0%, yyyy-mm-dd, #,##0.00"万元"), and a reader sees 15%, 2024-12-31, 1,234.50万元. The number
format's sections (positive;negative;zero;text), its quoted and escaped literals, its colour and locale
brackets, percent and thousands marks, decimal places and date and time codes are read; a fraction or an
elapsed time is shown as General.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

#: Excel's built-in number formats by id (the ids a style names without a <numFmt> of its own), with the
#: Chinese (zh-CN) forms of the locale-dependent date formats.
BUILT_IN: dict[int, str] = {
    0: "General",
    1: "0",
    2: "0.00",
    3: "#,##0",
    4: "#,##0.00",
    9: "0%",
    10: "0.00%",
    11: "0.00E+00",
    14: "yyyy/m/d",
    20: "h:mm",
    21: "h:mm:ss",
    22: "yyyy/m/d h:mm",
    27: 'yyyy"年"m"月"',
    28: 'm"月"d"日"',
    31: 'yyyy"年"m"月"d"日"',
    49: "@",
    57: 'yyyy"年"m"月"',
    58: 'm"月"d"日"',
}

#: A quoted literal, an escaped character, a padding or fill mark, a bracket (colour, locale, condition).
_PIECE = re.compile(r'"([^"]*)"|\\(.)|_.|\*.|\[[^\]]*\]')
_DATE_CODE = re.compile(r"[ydhs]|(?<![0#?.,])m|e{1,2}|a{3,4}", re.IGNORECASE)
_DATE_TOKEN = re.compile(r"yyyy|yy|mmmm|mmm|mm|m|dd|d|hh|h|ss|s|AM/PM", re.IGNORECASE)
_PLACES = re.compile(r"[0#?][0#?,]*(?:\.[0#?]*)?(?:[eE][+-][0#]+)?|\.[0#?]+")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _sections(code: str) -> list[str]:
    """The format's sections, parted by semicolons outside quotes."""
    out, quoted, start = [], False, 0
    for at, char in enumerate(code):
        if char == '"':
            quoted = not quoted
        elif char == ";" and not quoted:
            out.append(code[start:at])
            start = at + 1
    out.append(code[start:])
    return out


def _literal(section: str) -> list[tuple[bool, str]]:
    """The section as (code?, text) pieces: its quoted and escaped literals apart, its brackets and padding
    dropped."""
    pieces: list[tuple[bool, str]] = []
    at = 0
    for match in _PIECE.finditer(section):
        pieces.append((True, section[at : match.start()]))
        literal = match.group(1) if match.group(1) is not None else match.group(2)
        pieces.append((False, literal or ""))
        at = match.end()
    pieces.append((True, section[at:]))
    return [(code, text) for code, text in pieces if text]


def general(value: float) -> str:
    """A number in the General format: an integer without decimals, else up to ten significant digits."""
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    shown = f"{value:.10g}"
    if "e" in shown and 1e-9 <= abs(value) < 1e15:
        shown = f"{value:.10f}".rstrip("0").rstrip(".")
    return shown.upper()


def serial_date(serial: float, date1904: bool = False) -> datetime:
    """The moment an Excel date serial stands for (the 1900 system counting its 29 February 1900)."""
    if date1904:
        base = datetime(1904, 1, 1)
    else:
        base = datetime(1899, 12, 30) if serial >= 61 else datetime(1899, 12, 31)
    return base + timedelta(seconds=round(serial * 86400))


def _date(serial: float, pieces: list[tuple[bool, str]], date1904: bool) -> str:
    moment = serial_date(serial, date1904)
    tokens: list[tuple[bool, str]] = []
    for code, text in pieces:
        if not code:
            tokens.append((False, text))
            continue
        at = 0
        for match in _DATE_TOKEN.finditer(text):
            tokens.append((False, text[at : match.start()]))
            tokens.append((True, match.group()))
            at = match.end()
        tokens.append((False, text[at:]))
    codes = [i for i, (code, _) in enumerate(tokens) if code]
    out = []
    for i, (code, token) in enumerate(tokens):
        if not code:
            out.append(token)
            continue
        low = token.lower()
        if low in ("m", "mm"):
            before = [tokens[j][1].lower() for j in codes if j < i][-1:]
            after = [tokens[j][1].lower() for j in codes if j > i][:1]
            minute = before[:1] in (["h"], ["hh"]) or after[:1] in (["s"], ["ss"])
            number = moment.minute if minute else moment.month
            out.append(f"{number:0{len(low)}d}")
        elif low == "yyyy":
            out.append(f"{moment.year:04d}")
        elif low == "yy":
            out.append(f"{moment.year % 100:02d}")
        elif low in ("mmm", "mmmm"):
            name = _MONTHS[moment.month - 1]
            out.append(name if low == "mmmm" else name[:3])
        elif low in ("d", "dd"):
            out.append(f"{moment.day:0{len(low)}d}")
        elif low in ("h", "hh"):
            out.append(f"{moment.hour:0{len(low)}d}")
        elif low in ("s", "ss"):
            out.append(f"{moment.second:0{len(low)}d}")
        else:  # AM/PM
            out.append("AM" if moment.hour < 12 else "PM")
    return "".join(out)


def _number(value: float, places: str) -> str:
    """``value`` written by the digit placeholders ``places`` (0.00, #,##0, 0.0E+00)."""
    mantissa, _, exponent = places.upper().partition("E")
    whole, _, decimals = mantissa.partition(".")
    needed = decimals.count("0")
    most = sum(decimals.count(c) for c in "0#?")
    if exponent:
        text = f"{value:.{most}E}"
        digits, _, power = text.partition("E")
        return f"{digits}E{int(power):+0{len(exponent)}d}"
    while whole.endswith(","):  # a trailing comma counts in thousands
        whole = whole[:-1]
        value /= 1000
    rounded = Decimal(repr(value)).quantize(Decimal(1).scaleb(-most), rounding=ROUND_HALF_UP)
    integer, _, fraction = f"{rounded:f}".partition(".")
    fraction = fraction.rstrip("0").ljust(needed, "0") if most else ""
    integer = integer.lstrip("0").rjust(whole.count("0"), "0")
    if "," in whole and integer:
        integer = f"{int(integer):,}"
    return integer + (f".{fraction}" if fraction else "")


def shown(value: float, code: str, date1904: bool = False) -> str:
    """The number ``value`` as Excel shows it under the number format ``code``."""
    sections = _sections(code)
    section, sign = sections[0], "-" if value < 0 else ""
    if value < 0 and len(sections) > 1:
        section, sign = sections[1], ""
    elif value == 0 and len(sections) > 2:
        section = sections[2]
    pieces = _literal(section)
    written = "".join(text for is_code, text in pieces if is_code)
    if code.strip() and not written.strip():  # a section of literals alone (0;-0;"—"): shows them alone
        return "".join(text for _, text in pieces)
    if not written.strip() or re.search("general|@", written, re.IGNORECASE):
        number, out, placed = general(abs(value)), [], 0
        for is_code, text in pieces:
            if is_code:
                text, count = re.subn("general|@", number, text, flags=re.IGNORECASE)
                placed += count
            out.append(text)
        return sign + ("" if placed else number) + "".join(out)
    if _DATE_CODE.search(_PLACES.sub("", written)) and value >= 0:
        return _date(value, pieces, date1904)
    number = abs(value) * 100 ** written.count("%")
    out, placed = [], False
    for is_code, text in pieces:
        if is_code and not placed and (match := _PLACES.search(text)):
            text = text[: match.start()] + _number(number, match.group()) + text[match.end() :]
            placed = True
        out.append(text)
    return sign + "".join(out) if placed else sign + general(number) + "".join(out)
