"""A table continued on the next page without its header (续表 / （续上表） and the rows that follow, or a
page break splitting a Word table in two): its rows are the rows of the table above when they are as wide.

A task table's continuation repeating its header is a table of its own already; one that does not would
otherwise have no columns to read, and all its rows would be lost.
"""

from __future__ import annotations

import re

from loaders.base import TableGrid
from policykg.extract.tables import task_columns

#: A line between the two parts saying the table goes on: 续表, 续表1, （续表）, 续上表, …分工表（续）.
_CONTINUED = re.compile(r"(?:^[（(]?续(?:上)?表\s*\d*\s*[）)]?|[（(]续(?:表|上表)?[）)])\s*[：:]?$")


def _width(table: TableGrid) -> int:
    return max((len(row) for row in table.rows), default=0)


def _continues(text: str, above: TableGrid, below: TableGrid) -> bool:
    """``below`` goes on with ``above``'s rows: as wide, only blank lines or a continuation caption between
    them, ``above`` a task table and ``below`` without a header of its own (the cheap tests first)."""
    if _width(above) != _width(below):
        return False
    between = [line.strip() for line in text[above.span[1] : below.span[0]].splitlines() if line.strip()]
    if between and (len(between) > 1 or _CONTINUED.search(between[0].replace(" ", "")) is None):
        return False
    return task_columns(text, above) is not None and task_columns(text, below) is None


def join_continued(text: str, tables: list[TableGrid]) -> list[TableGrid]:
    """``tables`` (in text order) with each headerless continuation joined to the task table above it."""
    if len(tables) < 2:
        return tables
    joined: list[TableGrid] = [tables[0]]
    for table in tables[1:]:
        above = joined[-1]
        if _continues(text, above, table):
            joined[-1] = TableGrid((above.span[0], table.span[1]), above.rows + table.rows, above.origin)
        else:
            joined.append(table)
    return joined
