"""The texts /search looks through, held as one string so that each pattern is one regex pass in C over
all of them (not a Python loop over every task), with the row of each match found by bisection.

Built once per app from the store and dropped when an upload or a delete changes the plans."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import Any

#: Between two texts: no search pattern (built from vocabulary labels) can match across it.
SEPARATOR = "\x00"


class SearchIndex:
    def __init__(self, rows: Sequence[dict[str, Any]]) -> None:
        self.rows = list(rows)
        texts = [str(r.get("text") or "").replace(SEPARATOR, " ") for r in self.rows]
        self.starts: list[int] = []
        position = 0
        for text in texts:
            self.starts.append(position)
            position += len(text) + 1
        self.blob = SEPARATOR.join(texts)

    def text(self, row: int) -> str:
        end = self.starts[row + 1] - 1 if row + 1 < len(self.starts) else len(self.blob)
        return self.blob[self.starts[row] : end]

    def matches(self, patterns: Sequence[re.Pattern[str]]) -> dict[int, list[tuple[int, int, int]]]:
        """Row → its matches as (start, end, pattern number), offsets within the row's text."""
        found: dict[int, list[tuple[int, int, int]]] = {}
        for number, pattern in enumerate(patterns):
            for m in pattern.finditer(self.blob):
                if m.start() == m.end():
                    continue
                row = bisect_right(self.starts, m.start()) - 1
                base = self.starts[row]
                found.setdefault(row, []).append((m.start() - base, m.end() - base, number))
        return found
