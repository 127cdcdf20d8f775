"""Query parameters as the ``CYPHER name=value …`` header FalkorDB parses, written at native speed.

The falkordb client writes this header with a recursive Python function, a large part of the time spent
loading big ``UNWIND $rows`` batches. Here pydantic-core's JSON writer (Rust) writes each value, and a few
byte scans adapt its output to what FalkorDB's header parser takes (tests/test_params.py checks each point
against the server):

* strings in double quotes. The escapes ``\\"``, ``\\\\``, ``\\n``, ``\\r``, ``\\t``, ``\\b`` and ``\\f``
  are decoded; ``\\uXXXX`` is *not* (it stays six characters). Any other character is taken as it is,
  control characters and characters beyond the BMP included, except NUL, which ends the header. So JSON
  strings are right but for the ``\\u00XX`` JSON writes for the other control characters: those are
  written raw instead.
* map keys as bare identifiers or in back quotes, taken verbatim (a back quote cannot be escaped); a
  double-quoted key, as in JSON, is a syntax error. Keys are written back-quoted here, so any string
  without a back quote (empty, non-ASCII, keywords) is a key.
* 64-bit integers. A larger one is silently clamped to the largest 64-bit integer, so it is refused here.
* floats in JSON notation, parsed exactly (replies print 15 significant digits, however the value was
  sent). NaN and infinities have no syntax, so they are refused here.
* ``true``, ``false``, ``null``, lists and maps as in JSON.

Values are first converted as pydantic converts them for JSON: tuples and sets become lists, enums their
values, dates, decimals and UUIDs strings, and map keys strings (``1`` -> ``"1"``); unknown objects are
refused. Of the result, what FalkorDB would refuse or change (NaN, infinities, integers beyond 64 bits,
NUL characters, unpaired surrogates, back quotes in keys) raises ``StoreError`` naming where it is.

How the keys are found in the compact JSON without parsing it (so at the speed of ``bytes.replace``):
a ``"`` right before ``:`` ends a key, unless it opens a string that starts with ``:`` (found by its
neighbour: an opening quote follows ``{``, ``[``, ``,`` or ``:``) or is an escaped quote (``\\":``);
both are left to the exact writer. A key starts with ``{"`` or ``,"``, which also occur where a string in a
list follows a comma or a string ends in ``{`` or ``,``: counting the replaced quotes tells whether that
happened, and then a pattern that reads each candidate string to its end finds the keys instead. Anything
more unusual goes to an exact writer in Python, which is slow but handles everything the fast path does
(and writes single strings and numbers, for which it is the quicker).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any

import pydantic_core

from graph.store import StoreError

_INT64_MIN, _INT64_MAX = -(2**63), 2**63 - 1
#: Digits made "0" and what may precede an integer ("[", ",", ":", "-") made "#": an integer of 19 digits or
#: more (which may not fit in 64 bits) is then one substring search. The digits after a float's "." or "e"
#: are not preceded by "#"; a string that holds such a sequence is left to the exact writer.
_MARK_INTEGERS = bytes.maketrans(b"123456789[,:-", b"000000000####")
_LONG_INTEGER = b"#" + b"0" * 19
#: A string that starts with ":" (its opening quote follows "{", "[", "," or ":"; a key that ends in one of
#: these is found too, and left to the exact writer).
_COLON_STRING = re.compile(rb'":(?<=[{\[,:]":)')
#: Each string holding an escape, from its first backslash (the search never starts inside a string) to its
#: closing quote, and the ":" after that quote if the string is a key. (Written as runs of plain characters
#: between escapes, which the regex engine scans several times faster than one alternation per character.)
_ESCAPED_STRING = re.compile(rb'\\.[^"\\]*(?:\\.[^"\\]*)*"(:?)', re.S)
#: Likewise from each string's first back quote.
_BACKTICK_STRING = re.compile(rb'`[^"\\]*(?:\\.[^"\\]*)*"(:?)', re.S)
#: The opening quote of a key without escapes or back quotes (keys holding one are left to the exact writer),
#: after "," or after "{": its string is followed by ":". Two patterns that each start with their two
#: characters, which the regex engine looks for at the speed of a substring search, instead of trying every
#: quote. The second runs after the first turned key quotes into back quotes, which its look-ahead stops at
#: (else the quote after "{" closing a value such as "{" would look like a key's: {"B":"{",`A":null}).
_KEY_AFTER_COMMA = re.compile(rb',"(?=[^"\\`]*":)')
_KEY_AFTER_BRACE = re.compile(rb'\{"(?=[^"\\`]*":)')
#: "\u00XX", written by JSON for control characters: a "u" after an odd number of backslashes.
_U_ESCAPE = re.compile(rb"(?<!\\)((?:\\\\)*)\\u00([0-9a-fA-F]{2})")

_SCALARS = frozenset({str, int, float, bool, type(None)})

_HINT = (
    "send strings (without NUL characters), 64-bit integers, finite floats, booleans, None, and lists and "
    "maps of these (parameter names and map keys without back quotes)"
)


class Written(str):
    """A parameter value already in the header's syntax (``cypher_value`` or ``written_list`` wrote it,
    possibly in another process): sent as it is. Only statements for FalkorDB may carry one."""


def written_list(items: list[str]) -> Written:
    """The list whose items ``items`` are, each the text ``cypher_value`` wrote for a list without its
    brackets (items are written one by one, so lists written apart join into one)."""
    return Written("[" + ",".join(item for item in items if item) + "]")


def params_header(params: Mapping[str, Any] | None) -> str:
    """The ``CYPHER name=value … `` prefix that binds ``params`` for the statement written after it ("" for
    none). Raises StoreError, naming the parameter, for a value FalkorDB cannot take unchanged."""
    if not params:
        return ""
    parts = ["CYPHER"]
    for name, value in params.items():
        if not name:
            raise StoreError("a query parameter has an empty name", hint=_HINT)
        parts.append(f"{_quoted(name, f'the query parameter name {name!r}')}={cypher_value(value, name)}")
    parts.append("")
    return " ".join(parts)


def cypher_value(value: Any, name: str = "value") -> str:
    """One parameter value in the header's syntax; ``name`` is used in error messages."""
    if type(value) is Written:
        return value
    if type(value) in _SCALARS:  # an id, a limit: quicker written directly
        return _write(value, f"query parameter ${name}")
    try:
        text = pydantic_core.to_json(value, inf_nan_mode="constants")  # NaN, not null: found below
    except (pydantic_core.PydanticSerializationError, ValueError, RecursionError):
        return _exact(value, name)  # an unknown object, a surrogate, too deep or circular
    if (
        _LONG_INTEGER in b"#" + text.translate(_MARK_INTEGERS)
        or b"NaN" in text
        or b"Infinity" in text
        or _COLON_STRING.search(text)
    ):
        return _exact(value, name)
    backticks = text.count(b"`")
    if backticks and b":" in _BACKTICK_STRING.findall(text):
        return _exact(value, name)  # a key holding a back quote
    escapes = b"\\" in text
    if escapes and (b'\\":' in text or b":" in _ESCAPED_STRING.findall(text)):
        return _exact(value, name)  # an escaped quote before ":", or a key holding an escape
    keys = text.count(b'":')
    if keys:
        quoted = text.replace(b'":', b"`:").replace(b'{"', b"{`").replace(b',"', b",`")
        if quoted.count(b"`") != backticks + 2 * keys:  # a string in a list, or ending in "{" or ","
            quoted, opened = _KEY_AFTER_COMMA.subn(b",`", text)
            quoted, after_brace = _KEY_AFTER_BRACE.subn(b"{`", quoted)
            if opened + after_brace != keys:
                return _exact(value, name)
            quoted = quoted.replace(b'":', b"`:")
        text = quoted
    if escapes and b"\\u" in text:
        text = _U_ESCAPE.sub(_raw_control, text)
        if b"\0" in text:
            return _exact(value, name)  # raises, naming where the NUL is
    return text.decode()


def _raw_control(match: re.Match[bytes]) -> bytes:
    return match[1] + chr(int(match[2], 16)).encode()


def _exact(value: Any, name: str) -> str:
    """The value converted as for JSON, then written by a Python walk: slow, exact, and raising StoreError
    for what FalkorDB cannot take unchanged."""
    where = f"query parameter ${name}"
    try:
        plain = pydantic_core.to_jsonable_python(value)
    except (pydantic_core.PydanticSerializationError, ValueError, RecursionError) as e:
        raise StoreError(f"{where} cannot be sent: {e}", hint=_HINT) from e
    try:
        return _write(plain, where)
    except RecursionError as e:
        raise StoreError(f"{where} is nested too deeply", hint=_HINT) from e


def _write(value: Any, where: str) -> str:
    """``where`` names the value in error messages: ``query parameter $rows[3].props.title``."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, str):
        return _string(value, where)
    if isinstance(value, int):
        if not _INT64_MIN <= value <= _INT64_MAX:
            raise StoreError(
                f"{where} = {value} does not fit in 64 bits (FalkorDB would silently store "
                f"{_INT64_MAX if value > 0 else _INT64_MIN} instead)",
                hint="send it as a string or a float",
            )
        return int.__repr__(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise StoreError(
                f"{where} is {value}, which FalkorDB cannot store",
                hint="send None (null) for a missing number, or fix the computation that produced it",
            )
        return float.__repr__(value)
    if isinstance(value, list):
        return "[" + ",".join(_write(item, f"{where}[{i}]") for i, item in enumerate(value)) + "]"
    if isinstance(value, dict):
        items = (
            f"{_quoted(key, f'the map key {key!r} in {where}')}:{_write(item, f'{where}.{key}')}"
            for key, item in value.items()
        )
        return "{" + ",".join(items) + "}"
    raise StoreError(f"{where} is a {type(value).__name__}, which cannot be sent", hint=_HINT)


def _string(value: str, where: str) -> str:
    if "\0" in value:
        raise StoreError(
            f"{where} holds a NUL character, which ends FalkorDB's parameter text",
            hint="remove NUL characters (\\x00) from the text",
        )
    try:
        value.encode()
    except UnicodeEncodeError as e:
        raise StoreError(
            f"{where} holds an unpaired surrogate ({value[e.start]!r}), which is not UTF-8",
            hint="decode the source text with errors='replace', or remove the surrogate",
        ) from e
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _quoted(name: str, where: str) -> str:
    """A parameter name or map key in back quotes, which FalkorDB takes verbatim."""
    if "`" in name:
        raise StoreError(f"{where} cannot be sent: it holds a back quote", hint=_HINT)
    _string(name, where)  # no NUL, no unpaired surrogate
    return f"`{name}`"
