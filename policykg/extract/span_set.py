"""Spans already taken, asked whether a position or a span meets one of them: the spans a paragraph's
annotations took, which a pathological paragraph has by the thousand (a list scanned for each new candidate
made that quadratic)."""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Iterator

from policykg.extract.textspan import Span


class SpanSet:
    """Spans kept in order of their start, with the length of the longest: a question looks back only as far
    as a span could reach."""

    def __init__(self) -> None:
        self._spans: list[Span] = []
        self._longest = 0

    def add(self, span: Span) -> None:
        insort(self._spans, span)
        self._longest = max(self._longest, span[1] - span[0])

    def overlaps(self, start: int, end: int) -> bool:
        """Some span ``(s, e)`` has ``s < end`` and ``start < e``."""
        i = bisect_left(self._spans, (end,))  # the first span starting at or after end
        floor = start - self._longest  # a span starting there or before ends by start
        while i > 0:
            i -= 1
            s, e = self._spans[i]
            if s <= floor:
                return False
            if start < e:
                return True
        return False

    def covers(self, pos: int) -> bool:
        """Some span ``(s, e)`` has ``s <= pos < e``."""
        return self.overlaps(pos, pos + 1)

    def __iter__(self) -> Iterator[Span]:
        return iter(self._spans)

    def __len__(self) -> int:
        return len(self._spans)
