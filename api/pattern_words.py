"""Words one of which every match of a regular expression holds, read from its parsed form: a search looks
for those with ``str.find`` (several times faster over long text than the regex engine's own scan) and
runs the expression only on the texts that hold one. A text holding none of the words holds no match."""

from __future__ import annotations

import re
from collections.abc import Callable

# the parsed form the standard library compiles a pattern from (Python 3.11+; no stubs describe it)
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

#: Words (a set of alternatives) one of which a match holds.
Words = frozenset[str]
#: How often a word is expected in the texts searched (lower: found in fewer, a better choice).
Cost = Callable[[str], float]


def by_length(word: str) -> float:
    """A word's cost without the texts to count it in: a longer word is found in fewer texts."""
    return 1 / len(word)


def required_words(pattern: re.Pattern[str], cost: Cost = by_length) -> Words | None:
    """Words one of which every match of ``pattern`` holds: of the choices its parsed form offers, the one
    whose words cost least in all (``cost``: how often each is found, as counted in the texts searched, or
    ``by_length``). None when no such words can be told (a pattern compiled with flags, one that can match
    without any literal run, a back-reference …)."""
    if pattern.flags & ~re.UNICODE:
        return None
    parsed = sre_parse.parse(pattern.pattern)
    if parsed.state.flags & ~re.UNICODE:
        return None
    return _Chooser(cost).sequence(list(parsed))


class _Chooser:
    """Walks the parsed form, keeping at each level the words that cost least."""

    def __init__(self, cost: Cost) -> None:
        self.cost = cost

    def better(self, a: Words | None, b: Words | None) -> Words | None:
        if a is None:
            return b
        if b is None:
            return a
        return min(a, b, key=lambda words: (sum(map(self.cost, words)), len(words), sorted(words)))

    def sequence(self, items: list[Any]) -> Words | None:
        """The best words of a sequence: a run of literal characters it must match (a look-around, which
        reads no character of the match, ends a run), or the words of one of its items."""
        best: Words | None = None
        run: list[str] = []
        for op, av in items:
            if op is sre.LITERAL:
                run.append(chr(av))
                continue
            if run:
                best = self.better(best, frozenset({"".join(run)}))
                run = []
            best = self.better(best, self.item(op, av))
        if run:
            best = self.better(best, frozenset({"".join(run)}))
        return best

    def item(self, op: Any, av: Any) -> Words | None:
        if op is sre.SUBPATTERN:
            _, add_flags, del_flags, body = av
            return None if add_flags or del_flags else self.sequence(list(body))
        if op is sre.ATOMIC_GROUP:
            return self.sequence(list(av))
        if op is sre.BRANCH:
            found: set[str] = set()
            for branch in av[1]:
                got = self.sequence(list(branch))
                if got is None:
                    return None  # a branch with no word: a match of it holds none of the others'
                found |= got
            return frozenset(found)
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, _, body = av
            return self.sequence(list(body)) if low >= 1 else None
        return None  # a class, any character, a look-around, an anchor, a back-reference: no word of its own
