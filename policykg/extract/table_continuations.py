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


def _continues(text: str, above: TableGrid, below: TableGrid, header: bool) -> bool:
    """``below`` goes on with ``above``'s rows: as wide, no header of its own, and only blank lines or a
    continuation caption between them (blank lines alone: ``above`` a task table, ``below`` none)."""
    if not header or _width(above) != _width(below) or task_columns(text, below) is not None:
        return False
    between = [line.strip() for line in text[above.span[1] : below.span[0]].splitlines() if line.strip()]
    if not between:
        return True
    return len(between) == 1 and _CONTINUED.search(between[0].replace(" ", "")) is not None


def join_continued(text: str, tables: list[TableGrid]) -> list[TableGrid]:
    """``tables`` (in text order) with each headerless continuation joined to the task table above it."""
    if len(tables) < 2:
        return tables
    joined: list[TableGrid] = []
    header = False  # the last table joined is a task table (its header read once)
    for table in tables:
        if joined and _continues(text, joined[-1], table, header):
            above = joined[-1]
            joined[-1] = TableGrid((above.span[0], table.span[1]), above.rows + table.rows, above.origin)
            continue
        joined.append(table)
        header = task_columns(text, table) is not None
    return joined
