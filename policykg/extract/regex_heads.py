"""The characters a match of a regular expression can begin with, for a cheap test before the expression
itself: a scan of Chinese text with an alternation of many phrases tries each phrase at each character,
while a look-ahead on the phrases' first characters rejects most characters at one test."""

from __future__ import annotations

import re
from collections.abc import Iterable

# the parsed form the standard library compiles a pattern from (Python 3.11+; no stubs describe it)
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

#: A character class this wide is not worth listing as a head.
_MAX_RANGE = 256
#: Categories as written inside a class: with the pattern's own (Unicode) meaning there too.
_CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_SPACE: r"\s", sre.CATEGORY_WORD: r"\w"}


def first_chars(pattern: str) -> frozenset[str] | None:
    """Every character a non-empty match of ``pattern`` can begin with; None when that cannot be told
    as a set of characters (a class such as ``\\s``, a flag, an empty match)."""
    heads = _heads(sre_parse.parse(pattern))
    if heads is None or heads[1]:
        return None
    return frozenset(heads[0])


def guarded(pattern: str) -> str:
    """``pattern`` behind a look-ahead on the characters its matches begin with (the same matches): where
    the pattern opens with a look-behind, an optional word or an alternation of phrases, most characters
    then fail at one test. A pattern the engine already skips through (one opening with a character, a
    class or an alternation of characters) is left as it is: the look-ahead would only slow it. For
    patterns compiled without flags (an inline flag leaves the pattern unguarded)."""
    parsed = sre_parse.parse(pattern)
    if _engine_skips(parsed):
        return pattern
    heads = _heads(parsed)
    if heads is None:
        return pattern
    chars, categories = heads
    members = "".join(re.escape(c) for c in sorted(chars)) + "".join(sorted(categories))
    return f"(?=[{members}])(?:{pattern})"


def skipping(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """For a pattern the engine tries at every character of a text (one opening with a look-behind, an
    optional word, an alternation of phrases): ``starts`` of it alone, a pattern that the engine skips
    through to where its matches begin. None when the engine already skips through ``pattern`` or that
    cannot be written (``starts``; a pattern compiled with flags, or one that can match nothing)."""
    if pattern.flags & ~re.UNICODE or _engine_skips(sre_parse.parse(pattern.pattern)):
        return None
    found = starts([pattern.pattern])
    return None if found is None else re.compile(found)


#: A numbered back-reference (\1), or what may be one: a pattern holding it is not written under several
#: characters by ``starts``.
_BACK_REFERENCE = re.compile(r"\\[1-9]")


def any_of(patterns: Iterable[str]) -> re.Pattern[str]:
    """Whether one of ``patterns`` matches a text, and where the first match begins: ``starts`` where it
    can be written, else the patterns as one alternation behind ``guarded``. For a search's ``start()`` or
    whether it found one, never for what a match holds (a match of ``starts`` is one character). Not worth
    it for phrases anchored at the start of a text (^本方案…): the engine tries those at one place only,
    and the look-arounds at each first character cost more (closings.py keeps ``guarded``)."""
    listed = tuple(patterns)
    if not listed:
        return re.compile("(?!)")
    return re.compile(starts(listed) or guarded("|".join(f"(?:{p})" for p in listed)))


def starts(patterns: Iterable[str]) -> str | None:
    """A pattern matching one character wherever a match of one of ``patterns`` begins: for finding where
    matches begin (a search's ``start()``, or whether there is one), not what they hold.

    Each pattern is filed under the characters its matches begin with, and each character opens a branch
    of its own that looks ahead for its patterns only (``知(?<=(?=(?:P1)|(?:P7))[\\s\\S])``). The engine
    then skips through the text to those characters itself, and at each tries the branch of that character
    alone; behind one look-ahead on all the first characters (``guarded``) it tries every character, and
    at those every pattern. None when some pattern's first characters cannot be told (``first_chars``), or
    when a pattern names a group or refers back to one (written under several characters, the group would
    be defined twice, or numbered otherwise)."""
    by_head: dict[str, list[str]] = {}
    for pattern in patterns:
        heads = first_chars(pattern)
        if heads is None or "(?P" in pattern or _BACK_REFERENCE.search(pattern):
            return None
        for char in sorted(heads):
            by_head.setdefault(char, []).append(f"(?:{pattern})")
    if not by_head:
        return None
    return "|".join(
        rf"{re.escape(char)}(?<=(?={'|'.join(found)})[\s\S])" for char, found in sorted(by_head.items())
    )


def _heads(parsed: Any) -> tuple[set[str], set[str]] | None:
    """The characters and the categories (``\\d``, ``\\s`` …) a match of the parsed pattern opens with."""
    if parsed.state.flags & ~re.UNICODE:  # either case, ASCII classes …: not read here
        return None
    heads = _sequence(parsed)
    if heads is None or heads[2]:  # an empty match begins anywhere
        return None
    return heads[0], heads[1]


def _engine_skips(items: Any) -> bool:
    """The regular expression engine looks for the first character itself, or tries few positions: the
    pattern (inside its leading groups) opens with a character, a class, an anchor (^), or an alternation
    each of whose branches opens with a character or an anchor."""
    while items and items[0][0] is sre.SUBPATTERN and not items[0][1][1] and not items[0][1][2]:
        items = items[0][1][3]
    if not items:
        return False
    op, av = items[0]
    if op in (sre.LITERAL, sre.IN, sre.AT):
        return True
    return op is sre.BRANCH and all(branch and branch[0][0] in (sre.LITERAL, sre.AT) for branch in av[1])


_Heads = tuple[set[str], set[str], bool]  # characters, categories, and whether it can match nothing


def _sequence(items: Any) -> _Heads | None:
    """The heads of a sequence of items."""
    chars: set[str] = set()
    categories: set[str] = set()
    for op, av in items:
        item = _item(op, av)
        if item is None:
            return None
        chars |= item[0]
        categories |= item[1]
        if not item[2]:
            return chars, categories, False
    return chars, categories, True


def _item(op: Any, av: Any) -> _Heads | None:
    if op is sre.LITERAL:
        return {chr(av)}, set(), False
    if op is sre.IN:
        return _class(av)
    if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
        return set(), set(), True  # a look-around or an anchor reads no character of the match
    if op is sre.SUBPATTERN:
        _, add_flags, del_flags, body = av
        return None if add_flags or del_flags else _sequence(body)
    if op is sre.BRANCH:
        chars: set[str] = set()
        categories: set[str] = set()
        empty = False
        for branch in av[1]:
            got = _sequence(branch)
            if got is None:
                return None
            chars |= got[0]
            categories |= got[1]
            empty = empty or got[2]
        return chars, categories, empty
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _, body = av
        got = _sequence(body)
        return None if got is None else (got[0], got[1], got[2] or low == 0)
    if op is sre.ATOMIC_GROUP:
        return _sequence(av)
    return None  # a back-reference, any character …


def _class(items: Any) -> _Heads | None:
    chars: set[str] = set()
    categories: set[str] = set()
    for kind, value in items:
        if kind is sre.LITERAL:
            chars.add(chr(value))
        elif kind is sre.RANGE and value[1] - value[0] < _MAX_RANGE:
            chars.update(chr(c) for c in range(value[0], value[1] + 1))
        elif kind is sre.CATEGORY and value in _CATEGORIES:
            categories.add(_CATEGORIES[value])
        else:  # a negated class, a wide range
            return None
    return chars, categories, False


def needed_chars(pattern: str) -> frozenset[str] | None:
    """Characters one of which every match of ``pattern`` holds: for each of its branches the last
    character it must match (a literal one); None when that cannot be told. A text holding none of them
    holds no match: a cheap test, by the engine's own scan for a class, before a costly scan. For patterns
    compiled without flags."""
    parsed = sre_parse.parse(pattern)
    if parsed.state.flags & ~re.UNICODE:
        return None
    found = _needed(parsed)
    return None if found is None else frozenset(found)


def _needed(items: Any) -> set[str] | None:
    """The characters one of which a match of the sequence holds: those of its last item that must match
    a literal character (items that need not, such as a class or a look-around, are passed over)."""
    for op, av in list(items)[::-1]:  # not reversed(): mypyc compiles no reversed() over Any
        found = _needed_item(op, av)
        if found is not None:
            return found
    return None


def _needed_item(op: Any, av: Any) -> set[str] | None:
    if op is sre.LITERAL:
        return {chr(av)}
    if op is sre.SUBPATTERN:
        _, add_flags, del_flags, body = av
        return None if add_flags or del_flags else _needed(body)
    if op is sre.ATOMIC_GROUP:
        return _needed(av)
    if op is sre.BRANCH:
        found: set[str] = set()
        for branch in av[1]:
            got = _needed(branch)
            if got is None:
                return None
            found |= got
        return found
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _, body = av
        return _needed(body) if low >= 1 else None
    return None  # a class, a look-around, an anchor …: no one character it must match
