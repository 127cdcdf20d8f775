"""How plans write dates, in one place for the readers of deadlines and phases (phases.py), of task-table
time cells (stacked_tables.py) and of a time written beside a note's units (agency_lists.py): a year and its
month, what joins the two dates of a span, and a whole cell that is a date."""

from __future__ import annotations

import re

#: A year and, perhaps, its month (2025年, 2025年6月), both captured. Runs of spaces possessive (\s*+): no
#: part after one opens with a space, so the matches are the same, but a pattern going on with optional
#: parts and runs (年\s*(?:月)?\s*(?:底|末)?\s*前) would otherwise split a run every way before failing.
YEAR_MONTH = r"((?:19|20)\d{2})\s*+年\s*+(?:(\d{1,2})\s*+月)?"
#: What joins the two dates of a span (2024年6月—12月, 2024.6-2024.12, 2024年至2025年), as the inside of a
#: character class.
SPAN_JOINERS = r"—–\-－~～至到"
#: A year's four digits (2025), anywhere: a year named, written as a year or not (2025年, 2023基期).
YEAR_NUMBER = re.compile(r"(?:19|20)\d{2}")
#: A year written as a year (2025年, 2025 年).
CALENDAR_YEAR = re.compile(r"(?:19|20)\d{2}\s*年")
#: A year or a month written anywhere (2025年12月底前, 6月底, 2024—2025年): a time, not a name.
YEAR_OR_MONTH = r"(?:19|20)\d{2}\s*年|\d{1,2}\s*月"

#: A date as a time cell writes it, each part optional (2025年, 9月底, 2024年上半年, 6月30日).
_CELL_DATE = (
    r"(?:(?:19|20)\d{2}\s*年)?(?:\d{1,2}\s*月)?(?:\d{1,2}\s*日)?"
    r"(?:底|末|初|中旬|上旬|下旬|上半年|下半年)?"
)
#: A whole time cell that is a date or a span of dates and nothing else (2025年9月底前, 2024年6月—12月,
#: 2025年), as a cell the layout wrapped reads once its lines are joined (2025年9月底 / 前).
_DATE_CELL = re.compile(
    rf"(?=\S*\d)(?:{_CELL_DATE}(?:[{SPAN_JOINERS}]{_CELL_DATE})?)(?:前|以前|之前|内|完成|止)?"
)
#: A line of nothing but a date's characters (前, 月底前, 6月—12月): it may carry on a time cell wrapped
#: above it.
_DATE_PIECE = re.compile(rf"[\d年月日底末初中旬上下半前以之内完成止{SPAN_JOINERS}]+")


def is_date_cell(value: str) -> bool:
    """``value`` (a cell's text, white space squeezed out) is a date or a span of dates and nothing else."""
    return _DATE_CELL.fullmatch(value) is not None


def is_date_piece(value: str) -> bool:
    """``value`` is nothing but a date's characters: the rest of a time cell wrapped over lines."""
    return _DATE_PIECE.fullmatch(value) is not None
