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
    row compared with them."""

    def __init__(self, titles: list[str]) -> None:
        self.sets = [content_pairs(t) for t in titles]
        self._counts = Counter(pair for pairs in self.sets for pair in pairs)
        self._size = len(titles) + 1
        self._totals = [sum(self.weight(p) for p in pairs) for pairs in self.sets]

    def weight(self, pair: str) -> float:
        return math.log(self._size / (self._counts.get(pair, 0) + 0.5))

    def coverage(self, row: str) -> list[tuple[float, float]]:
        """For each title: the share of its content that ``row`` holds, and the share of the row's content
        that it makes up, both weighted."""
        mine = content_pairs(row)
        own = sum(self.weight(p) for p in mine)
        out: list[tuple[float, float]] = []
        for pairs, theirs in zip(self.sets, self._totals, strict=True):
            shared = sum(self.weight(p) for p in mine & pairs)
            out.append((shared / theirs if theirs else 0.0, shared / own if own else 0.0))
        return out


def coverage(row: str, titles: list[str]) -> list[tuple[float, float]]:
    """``Titles(titles).coverage(row)``: for each of ``titles`` (title keys), the share of its content ``row``
    holds and the share of the row's content it makes up."""
    return Titles(titles).coverage(row)
