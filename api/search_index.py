"""The texts /search looks through, held as one string so that each pattern is one regex pass in C over
all of them (not a Python loop over every task), with the row of each match found by bisection.

A query expands to dozens of the vocabulary's patterns (专利: 62), and most of them come back in the
next query (专利, 保护, 商标, 知识产权 share 41 or more): the rows each pattern proposes are cached per
pattern (within a budget of rows), and the rankings per query (a few recent ones). One request computes
a query's ranking while the others asking for it wait; requests for other queries, and for those already
ranked, go on meanwhile. The whole index is built once per app from the store and dropped when an upload
or a delete changes the plans."""

from __future__ import annotations

import re
import threading
from array import array
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any

from api.pattern_words import required_words
from policykg.extract.regex_heads import skipping

#: Between two texts: no search pattern (built from vocabulary labels) can match across it.
SEPARATOR = "\x00"
#: Rankings kept: each is two ints per matching text.
CACHED_RANKINGS = 16
#: Rows the per-pattern cache holds in all (4 bytes each): about 50 of the vocabulary's patterns that
#: propose every text, at 10,000 plans (some 325,000 texts); most propose a small share.
CACHED_PROPOSALS = 16_000_000
#: Characters of the joined texts a word is counted in, to choose the words to look for; words counted kept.
COUNTED = 1_000_000
COUNTED_WORDS = 100_000
#: Words found in more than this share of the rows (1 / FIND_SHARE): the pattern is run over all texts.
FIND_SHARE = 4

Matches = list[tuple[int, int, int]]


#: Row fields that repeat from row to row (a plan's id and title on each of its tasks): held once.
_REPEATED = ("kind", "plan_id", "plan")


@lru_cache(maxsize=1024)
def _heads(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``skipping(pattern)``, made once a pattern: the vocabulary's come back query after query."""
    return skipping(pattern)


def _spans(pattern: re.Pattern[str], text: str) -> Iterator[tuple[int, int]]:
    """Where the non-empty matches of ``pattern.finditer(text)`` are: through ``skipping(pattern)`` when
    there is one, trying the pattern only where a match begins (half the time over a common word's rows)."""
    heads = _heads(pattern)
    if heads is None:
        yield from ((m.start(), m.end()) for m in pattern.finditer(text) if m.end() > m.start())
        return
    end = 0
    for head in heads.finditer(text):
        if head.start() >= end and (m := pattern.match(text, head.start())) is not None:
            end = m.end()
            yield m.start(), end


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
        #: A query's ranking under way: its lock, held by the request computing it.
        self._ranking_now: dict[tuple[str, ...], threading.Lock] = {}
        self._proposals: OrderedDict[re.Pattern[str], array[int]] = OrderedDict()
        self._proposed_rows = 0
        self._counts: dict[str, float] = {}
        self._lock = threading.Lock()  # the caches' own bookkeeping, never held while computing
        #: The store's generation when the rows were read (None: a store with one writer, this process) and
        #: when it was last found unchanged (time.monotonic()).
        self.generation: int | None = None
        self.checked = 0.0

    def text(self, row: int) -> str:
        end = self.starts[row + 1] - 1 if row + 1 < len(self.starts) else len(self.blob)
        return self.blob[self.starts[row] : end]

    def matches(self, patterns: Sequence[re.Pattern[str]]) -> dict[int, Matches]:
        """Row → its matches as (start, end, pattern number), offsets within the row's text, in the order
        of the patterns: what each row's own text matches (``row_matches``) of the patterns that propose
        it (``proposals``). Only a row's proposing patterns are run on its text: running each of a common
        word's dozens on every row found cost twice the joined passes (16 against 8.6 s for 专利 over the
        tasks of 2,000 bench plans)."""
        proposed: dict[int, list[int]] = {}
        for number, pattern in enumerate(patterns):
            for row in self.proposals(pattern):
                proposed.setdefault(row, []).append(number)
        found: dict[int, Matches] = {}
        for row in sorted(proposed):
            if spans := self.row_matches(row, patterns, proposed[row]):
                found[row] = spans
        return found

    def proposals(self, pattern: re.Pattern[str]) -> array[int]:
        """The rows, ascending, in whose text a pass of ``pattern`` over the joined texts finds a match
        (searched from each row's start; a match the joined texts alone give, across the separator or
        with a look-around reaching over it, proposes a row its own text may not match). Cached per
        pattern: the vocabulary's come back in most queries."""
        with self._lock:
            cached = self._proposals.get(pattern)
            if cached is not None:
                self._proposals.move_to_end(pattern)
                return cached
        rows = self._scan(pattern)
        with self._lock:
            if pattern not in self._proposals:
                self._proposals[pattern] = rows
                self._proposed_rows += len(rows)
                while self._proposed_rows > CACHED_PROPOSALS and len(self._proposals) > 1:
                    self._proposed_rows -= len(self._proposals.popitem(last=False)[1])
        return rows

    def _scan(self, pattern: re.Pattern[str]) -> array[int]:
        """The rows ``pattern`` matches in, each searched from its start. Where every match holds one of
        some words (``required_words``: never empty, then) and few texts hold them, the texts holding one
        are found with ``str.find`` and the pattern is run on those alone; otherwise one pass of the
        pattern over the joined texts, through ``skipping(pattern)`` where there is one (a pattern opening
        with look-behinds is otherwise tried at every character), going on at the next row after a match."""
        words = required_words(pattern, self._word_cost)
        holding = None if words is None else self._rows_holding(words)
        if holding is not None:
            search, blob, starts = (_heads(pattern) or pattern).search, self.blob, self.starts
            last = len(starts) - 1
            return array(
                "i",
                (
                    row
                    for row in holding
                    if search(blob, starts[row], starts[row + 1] - 1 if row < last else len(blob))
                ),
            )
        return self._pass(pattern)

    def _word_cost(self, word: str) -> float:
        """How often ``word`` is found in the first ``COUNTED`` characters of the texts (a longer word
        ahead of a shorter one found as often): what ``required_words`` chooses the words to look for by."""
        with self._lock:
            counted = self._counts.get(word)
        if counted is None:
            counted = self.blob.count(word, 0, COUNTED) + 1 / len(word)
            with self._lock:
                if len(self._counts) >= COUNTED_WORDS:
                    self._counts.clear()
                self._counts[word] = counted
        return counted

    def _rows_holding(self, words: frozenset[str]) -> list[int] | None:
        """The rows, ascending, whose text holds one of ``words``; None once they are more than
        ``1 / FIND_SHARE`` of the rows (the pattern's own pass over the joined texts is then quicker)."""
        starts, blob, found = self.starts, self.blob, set()
        most = len(starts) // FIND_SHARE
        for word in words:
            position = blob.find(word)
            while position != -1:
                row = bisect_right(starts, position) - 1
                found.add(row)
                if len(found) > most:
                    return None
                if row + 1 == len(starts):
                    break
                position = blob.find(word, starts[row + 1])
        return sorted(found)

    def _pass(self, pattern: re.Pattern[str]) -> array[int]:
        """The pattern's pass over the joined texts, stopping at a row's first match."""
        search = (_heads(pattern) or pattern).search
        starts, blob, rows = self.starts, self.blob, array("i")
        position = 0
        while (m := search(blob, position)) is not None:
            if m.start() == m.end():  # an empty match (a pattern that can match nothing) proposes no row
                if m.start() == len(blob):  # (a search from past the end finds the end again)
                    break
                position = m.start() + 1
                continue
            row = bisect_right(starts, m.start()) - 1
            rows.append(row)
            if row + 1 == len(starts):
                break
            position = starts[row + 1]
        return rows

    def row_matches(
        self, row: int, patterns: Sequence[re.Pattern[str]], numbers: Sequence[int] | None = None
    ) -> Matches:
        """What the row's own text matches of ``patterns`` (of those numbered ``numbers`` only, when given),
        in the order of the patterns."""
        text = self.text(row)
        return [
            (start, end, n)
            for n in (range(len(patterns)) if numbers is None else numbers)
            for start, end in _spans(patterns[n], text)
        ]

    def ranking(self, patterns: Sequence[re.Pattern[str]]) -> list[tuple[int, int]]:
        """(row, score) of every matching row, best first: a match of the first pattern (the query itself)
        scores 3, of any other 1; ties by plan, then path, then row order."""
        key = tuple(p.pattern for p in patterns)
        with self._lock:
            cached = self._cached_ranking(key)
            if cached is not None:
                return cached
            computing = self._ranking_now.setdefault(key, threading.Lock())
        with computing:  # the first request computes it, the others asking for it wait and find it made
            with self._lock:
                cached = self._cached_ranking(key)
            if cached is not None:
                return cached
            scored = []
            for row, spans in self.matches(patterns).items():
                meta = self.rows[row]
                score = sum(3 if i == 0 else 1 for _, _, i in spans)
                scored.append((-score, str(meta.get("plan") or ""), str(meta.get("path") or ""), row))
            scored.sort()
            ranked = [(row, -negative) for negative, _, _, row in scored]
            with self._lock:
                self._rankings[key] = ranked
                while len(self._rankings) > CACHED_RANKINGS:
                    self._rankings.popitem(last=False)
                self._ranking_now.pop(key, None)
        return ranked

    def _cached_ranking(self, key: tuple[str, ...]) -> list[tuple[int, int]] | None:
        cached = self._rankings.get(key)
        if cached is not None:
            self._rankings.move_to_end(key)
        return cached
