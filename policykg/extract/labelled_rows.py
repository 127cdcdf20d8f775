"""Indicator tables written as lines of labelled fields, with no table at all: each row a line (its number
first, perhaps) whose fields are ``label：value`` apart by semicolons (1．指标名称：有效发明专利拥有量；
单位：件；2024年：320；2025年目标：400), the same labels in the same order on every line of the run.
Plain-text annexes typed by hand give their 主要指标 so. A run of two such lines or more whose labels head an
indicator table (stacked_data.indicator_header: an indicator column and a value column) is read as one: its
header the first line's labels, its rows each line's values, so that year_tables.py reads its rows'
baselines and targets as a ruled table's.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from loaders.base import TableCell, TableGrid
from ontology.vocab_targets import target_vocabulary
from policykg.extract.stacked_data import indicator_header
from policykg.extract.textspan import Span, find_all, split_top_level, trim

#: A row's number before its first label (1．, 2、, （3）, (4)).
_NUMBER = re.compile(r"[ \t\u3000]*(?:\d{1,3}[．.、]|[（(]\d{1,3}[）)])[ \t\u3000]*")
#: The colons closing a field's label.
_COLONS = "：:"
#: What parts a line's fields.
_FIELD_SEPARATORS = "；;"
#: How far into its line a row's first colon may stand (its number and its label): the cheap test's bound.
_FIRST_COLON = 16
#: Fewest fields of a row (the indicator and one value).
_MIN_FIELDS = 2
#: The longest label read as a column's name.
_MAX_LABEL = 12


def _fields(text: str, line: Span) -> tuple[list[str], list[Span]] | None:
    """The labels of the line's fields and their values' spans, or None when the line is no such row."""
    start, end = line
    if not any(text.find(colon, start, min(end, start + _FIRST_COLON)) >= 0 for colon in _COLONS):
        return None  # most lines: no label at their start
    if (number := _NUMBER.match(text, start, end)) is not None:
        start = number.end()
    labels: list[str] = []
    values: list[Span] = []
    for s, e in split_top_level(text, start, end, _FIELD_SEPARATORS):
        colon = min((at for at in (text.find(c, s, e) for c in _COLONS) if at >= 0), default=-1)
        if colon <= s or colon - s > _MAX_LABEL:
            return None
        labels.append(text[s:colon].strip())
        values.append(trim(text, colon + 1, e))
    return (labels, values) if len(labels) >= _MIN_FIELDS else None


def labelled_row_tables(text: str, lines: list[Span]) -> list[TableGrid]:
    """Runs of lines of labelled fields under the same labels that head an indicator table, each a table
    (its header row the first line's labels, each line a row of its values)."""
    tables: list[TableGrid] = []
    after = 0  # the first line not yet read into a table
    for k in _indicator_lines(text, lines):
        if k < after:
            continue
        first = _fields(text, lines[k])
        if first is None or not indicator_header(first[0]):
            continue
        labels, values = first
        rows = [values]
        j = k + 1
        while j < len(lines) and (row := _fields(text, lines[j])) is not None and row[0] == labels:
            rows.append(row[1])
            j += 1
        if len(rows) < _MIN_FIELDS:  # one line alone is a sentence's fields, no table
            continue
        label_spans = _label_spans(text, lines[k], labels)
        grid = [tuple(TableCell(0, c, span) for c, span in enumerate(label_spans))]
        for r, cells in enumerate(rows, 1):
            grid.append(tuple(TableCell(r, c, span) for c, span in enumerate(cells)))
        tables.append(TableGrid((lines[k][0], lines[j - 1][1]), tuple(grid), "labelled"))
        after = j
    return tables


def _indicator_lines(text: str, lines: list[Span]) -> list[int]:
    """The lines (by their index) holding a word of an indicator column's name (指标): only such a line can
    give a run its labels, as indicator_header asks one label to hold that word. Found by str.find, so a
    plan without them costs no look at its lines."""
    words = target_vocabulary().year_tables.indicator_headers
    places = [at for word in words for at in find_all(text, word)]
    if not places:
        return []
    starts = [start for start, _ in lines]
    found = set()
    for at in places:
        k = bisect_right(starts, at) - 1
        if k >= 0 and at < lines[k][1]:
            found.add(k)
    return sorted(found)


def _label_spans(text: str, line: Span, labels: list[str]) -> list[Span]:
    """Where each of the line's labels stands, in order."""
    spans: list[Span] = []
    at = line[0]
    for label in labels:
        at = text.find(label, at, line[1])
        spans.append((at, at + len(label)))
        at += len(label)
    return spans
