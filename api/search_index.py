"""The texts /search looks through, held as one string so that each pattern is one regex pass in C over
all of them (not a Python loop over every task), with the row of each match found by bisection.

Rankings are cached per query (a few recent ones; one request computes a ranking while the others asking
for it wait), since a common word matches a large share of the texts. The whole index is built once per
app from the store and dropped when an upload or a delete changes the plans."""

from __future__ import annotations

import re
import threading
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from typing import Any

#: Between two texts: no search pattern (built from vocabulary labels) can match across it.
SEPARATOR = "\x00"
#: Rankings kept: each is two ints per matching text.
CACHED_RANKINGS = 16

Matches = list[tuple[int, int, int]]


#: Row fields that repeat from row to row (a plan's id and title on each of its tasks): held once.
_REPEATED = ("kind", "plan_id", "plan")


class SearchIndex:
    def __init__(self, rows: Iterable[dict[str, Any]]) -> None:
        """``rows``: the tasks' and goals' rows, in any number of pieces (``chain`` of the store's pages), so
        that the whole reply never has to be held at once."""
        # Each row kept without its text (``text()`` reads it from the blob) and with one copy of each
        # repeated value: the store's reply decodes every value apart.
        shared: dict[str, str] = {}
        texts: list[str] = []
        self.rows: list[dict[str, Any]] = []
        for row in rows:
            texts.append(str(row.get("text") or "").replace(SEPARATOR, " "))
            self.rows.append(
                {
                    key: shared.setdefault(value, value)
                    if key in _REPEATED and isinstance(value, str)
                    else value
                    for key, value in row.items()
                    if key != "text"
                }
            )
        self.starts: list[int] = []
        position = 0
        for text in texts:
            self.starts.append(position)
            position += len(text) + 1
        self.blob = SEPARATOR.join(texts)
        self._rankings: OrderedDict[tuple[str, ...], list[tuple[int, int]]] = OrderedDict()
        self._ranking_lock = threading.Lock()
        #: The store's generation when the rows were read (None: a store with one writer, this process) and
        #: when it was last found unchanged (time.monotonic()).
        self.generation: int | None = None
        self.checked = 0.0

    def text(self, row: int) -> str:
        end = self.starts[row + 1] - 1 if row + 1 < len(self.starts) else len(self.blob)
        return self.blob[self.starts[row] : end]

    def matches(self, patterns: Sequence[re.Pattern[str]]) -> dict[int, Matches]:
        """Row → its matches as (start, end, pattern number), offsets within the row's text: the rows a pass
        of each pattern over all texts finds, each kept with what its own text matches of the patterns that
        found it (as highlighting reads a row, ``row_matches``). A match the joined texts alone give (a
        query holding the separator, a pattern whose lookahead reaches into the next text) names no row.
        Only a row's proposing patterns are run again on its text: a common word's expansions are dozens
        of patterns, and running each on every row found cost twice the joined passes (16 against 8.6 s
        for 专利 over the tasks of 2,000 bench plans)."""
        proposed: dict[int, set[int]] = {}
        for number, pattern in enumerate(patterns):
            for m in pattern.finditer(self.blob):
                if m.start() != m.end():
                    proposed.setdefault(bisect_right(self.starts, m.start()) - 1, set()).add(number)
        found: dict[int, Matches] = {}
        for row in sorted(proposed):
            if spans := self.row_matches(row, patterns, sorted(proposed[row])):
                found[row] = spans
        return found

    def row_matches(
        self, row: int, patterns: Sequence[re.Pattern[str]], numbers: Sequence[int] | None = None
    ) -> Matches:
        """What the row's own text matches of ``patterns`` (of those numbered ``numbers`` only, when given),
        in the order of the patterns."""
        text = self.text(row)
        return [
            (m.start(), m.end(), n)
            for n in (range(len(patterns)) if numbers is None else numbers)
            for m in patterns[n].finditer(text)
            if m.end() > m.start()
        ]

    def ranking(self, patterns: Sequence[re.Pattern[str]]) -> list[tuple[int, int]]:
        """(row, score) of every matching row, best first: a match of the first pattern (the query itself)
        scores 3, of any other 1; ties by plan, then path, then row order."""
        key = tuple(p.pattern for p in patterns)
        with self._ranking_lock:
            cached = self._rankings.get(key)
            if cached is None:
                scored = []
                for row, spans in self.matches(patterns).items():
                    meta = self.rows[row]
                    score = sum(3 if i == 0 else 1 for _, _, i in spans)
                    scored.append((-score, str(meta.get("plan") or ""), str(meta.get("path") or ""), row))
                scored.sort()
                cached = [(row, -negative) for negative, _, _, row in scored]
                self._rankings[key] = cached
                while len(self._rankings) > CACHED_RANKINGS:
                    self._rankings.popitem(last=False)
            else:
                self._rankings.move_to_end(key)
            return cached
