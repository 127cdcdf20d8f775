"""How much a 分工表 row's task says the same as each prose task's title, in other words if need be
(提升知识产权创造质量 for 加强知识产权创造, 加大知识产权保护力度 for 强化知识产权保护).

The generic words of titles (document_types.yaml ``task_title_generic_words``: actions, intensifiers, the
field's own name) are dropped; what is left is compared as character pairs, each weighted by how few of the
plan's titles hold it, so that the words every title of this plan shares count for little and the word that
sets one task apart counts most. ``Titles.coverage`` gives, for each title, how much of it the row holds and
how much of the row it makes up.

When a row shares no more with a title than the field's common words (document_types.yaml
``task_title_domain_words``: 保护, 运用, 专利 …), ``common_only`` tells it: such a row may be another
work in the same field (建设知识产权保护工作站 beside 强化知识产权保护), and ``own_words`` are the words
it brings of its own.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import cache

from ontology.vocab import document_vocabulary


@cache
def _generic() -> re.Pattern[str]:
    words = sorted(document_vocabulary().task_title_generic_words, key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words))


@cache
def _domain_pairs() -> frozenset[str]:
    return frozenset(p for w in document_vocabulary().task_title_domain_words for p in content_pairs(w))


def content_pairs(key: str) -> frozenset[str]:
    """The character pairs of ``key`` (a title's words, see row_links.title_key) once its generic words are
    dropped; a single character left between two generic words stands for itself."""
    out: set[str] = set()
    for part in _generic().split(key):
        if len(part) == 1:
            out.add(part)
        out.update(part[i : i + 2] for i in range(len(part) - 1))
    return frozenset(out)


def common_only(row: str, title: str) -> bool:
    """Whether all the content ``row`` and ``title`` (title keys) share is the field's common words."""
    return content_pairs(row) & content_pairs(title) <= _domain_pairs()


def own_words(row: str, title: str) -> frozenset[str]:
    """The content pairs of ``row`` that ``title`` does not hold."""
    return content_pairs(row) - content_pairs(title)


class Titles:
    """The content of a plan's titles and the weight of each character pair in it, computed once for every
    row compared with them.

    ``near`` finds the titles a row holds at least ``least`` of by look-up, not by trying every title (a
    分工表 of thousands of rows paraphrasing thousands of titles): each title is indexed under its rarest
    pairs, as many as a row must share one of to hold ``least`` of the title (the title's other pairs weigh
    less than that together)."""

    def __init__(self, titles: list[str], least: float = 0.0) -> None:
        self._titles = titles
        self.sets = [content_pairs(t) for t in titles]
        self._counts = Counter(pair for pairs in self.sets for pair in pairs)
        self._size = len(titles) + 1
        self._weights = {pair: math.log(self._size / (n + 0.5)) for pair, n in self._counts.items()}
        self._totals = [sum(self.weight(p) for p in pairs) for pairs in self.sets]
        self._index: dict[str, list[int]] = {}
        for i, pairs in enumerate(self.sets):
            for pair in self._needed(pairs, self._totals[i], least):
                self._index.setdefault(pair, []).append(i)

    def weight(self, pair: str) -> float:
        found = self._weights.get(pair)
        return found if found is not None else math.log(self._size / 0.5)

    def _needed(self, pairs: frozenset[str], total: float, least: float) -> list[str]:
        """The heaviest pairs of a title, enough that the others weigh less than ``least`` of ``total``
        together (with a margin for rounding): a row holding none of them holds less than ``least``."""
        ranked = sorted(pairs, key=lambda p: (-self.weight(p), p))
        rest = total
        needed: list[str] = []
        for pair in ranked:
            if rest <= least * total * _MARGIN:
                break
            needed.append(pair)
            rest -= self.weight(pair)
        return needed

    def _fit(self, mine: frozenset[str], own: float, n: int) -> tuple[float, float]:
        shared = sum(self.weight(p) for p in mine & self.sets[n])
        theirs = self._totals[n]
        return (shared / theirs if theirs else 0.0, shared / own if own else 0.0)

    def coverage(self, row: str) -> list[tuple[float, float]]:
        """For each title: the share of its content that ``row`` holds, and the share of the row's content
        that it makes up, both weighted."""
        mine = content_pairs(row)
        own = sum(self.weight(p) for p in mine)
        return [self._fit(mine, own, n) for n in range(len(self.sets))]

    def near(self, row: str) -> dict[int, tuple[float, float]]:
        """``coverage`` of the titles (by their place in the list, in order) that ``row`` holds at least
        ``least`` of, and of some others it holds less of; every title left out it holds less of."""
        mine = content_pairs(row)
        own = sum(self.weight(p) for p in mine)
        found = sorted({n for p in mine for n in self._index.get(p, ())})
        fits: dict[int, tuple[float, float]] = {}
        same: dict[str, tuple[float, float]] = {}  # a title written again (hundreds of times) is weighed once
        for n in found:
            fit = same.get(self._titles[n])
            fits[n] = fit if fit is not None else same.setdefault(self._titles[n], self._fit(mine, own, n))
        return fits


#: How far below ``least`` the pairs a title is not indexed under must weigh: rounding in the sums never
#: comes near it.
_MARGIN = 0.97


def coverage(row: str, titles: list[str]) -> list[tuple[float, float]]:
    """``Titles(titles).coverage(row)``: for each of ``titles`` (title keys), the share of its content ``row``
    holds and the share of the row's content it makes up."""
    return Titles(titles).coverage(row)
