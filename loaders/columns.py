"""Pages laid out in two columns, as ``pdftotext -layout`` prints them: each line holds a line of the left
column, a run of spaces (the gutter), then a line of the right column, so that a reader of the lines reads
across both columns at once (一、工作目标        （二）强化知识产权保护…). Each such page is read as a
reader reads it: its left column, then its right one; the lines above the columns (a running header, the
title) and those only in one column stay where they are.

A page is read so only when most of its lines show the gutter at one place and both columns are prose
(many of their lines hold a sentence's marks: ，。；：); a table spaced into columns (序号  任务  牵头单位)
shows gaps at several places, or cells naming bodies and tasks without such marks, and is left as it is.
"""

from __future__ import annotations

import re
from collections import Counter

#: A gutter: three spaces or more between words (an ideographic space counts as two).
_GAP = re.compile(r"(?<=\S)(?: |\u3000){3,}(?=\S)")
#: How far a line's gutter may stray from the page's, in characters.
_SLACK = 2
#: Fewest lines showing the gutter, and least share of the page's lines between the first and the last of
#: them, that make a page of two columns.
_LEAST_LINES = 3
_LEAST_SHARE = 0.5
#: Least share of a column's lines holding a sentence's marks: prose, where a table's cells name bodies.
_PROSE_SHARE = 0.4
_SENTENCE = re.compile("[，。；：]")
#: Most spaces a line of the left column opens with (a paragraph's first line is indented).
_INDENT = 8


def unfold_columns(page: str) -> str:
    """``page`` with its two columns one after the other, or ``page`` itself when it has no such layout."""
    lines = page.split("\n")
    gaps = [list(_GAP.finditer(line)) for line in lines]
    ends = Counter(m.end() for found in gaps for m in found)
    if not ends:
        return page
    column = max(ends, key=lambda at: sum(ends.get(end, 0) for end in range(at - _SLACK, at + _SLACK + 1)))
    cuts = [next((m for m in found if abs(m.end() - column) <= _SLACK), None) for found in gaps]
    split = [i for i, cut in enumerate(cuts) if cut is not None]
    if len(split) < _LEAST_LINES:
        return page
    first, last = split[0], split[-1]
    words = sum(1 for line in lines[first : last + 1] if line.strip())
    if len(split) < _LEAST_SHARE * words or any(len(gaps[i]) > 1 for i in split):
        return page  # gaps at more places than one: a table spaced into columns
    lefts = [lines[i][: cut.start()] for i in split if (cut := cuts[i]) is not None]
    rights = [lines[i][cut.end() :] for i in split if (cut := cuts[i]) is not None]
    if not (_prose(lefts) and _prose(rights)):
        return page
    left: list[str] = []
    right: list[str] = []
    tail: list[str] = []  # below the columns: a page's number or footer, set off from the margin
    for line, cut in zip(lines[first:], cuts[first:], strict=True):
        indent = len(line) - len(line.lstrip())
        if cut is not None:
            left.append(line[: cut.start()].rstrip())
            right.append(line[cut.end() :].rstrip())
        elif not line.strip():
            continue
        elif indent >= column - _SLACK:
            right.append(line.strip())  # a line of the right column alone (the left one ended)
        elif indent > _INDENT:
            tail.append(line.rstrip())
        else:
            left.append(line.rstrip())
    return "\n".join([*lines[:first], *left, *right, *tail])


def _prose(parts: list[str]) -> bool:
    """Many of a column's lines hold a sentence's marks (，。；：): prose, not a table's cells of names."""
    return sum(1 for part in parts if _SENTENCE.search(part)) >= _PROSE_SHARE * len(parts)
