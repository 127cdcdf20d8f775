"""A pipe table's rows that go on with the row above, joined into it.

A table copied out of a PDF or a narrow page into Markdown (a converter giving each printed line of a row a
row of its own) writes a row's wrapped cells on rows under it, their number cell empty:

    | 1 | 开展高价值专利培育， | 区科技局 | 区工信局、区 | 2024年12 |
    |   | 支持企业布局专利组合 |          | 财政局       | 月底     |

Such a row is the row above's: its cells join the cells above (no space between CJK words, one between Latin
ones), and the table has one row a numbered task. A row is joined only when its number cell is empty under a
numbered row, each of its filled cells stands under a filled one, each filled cell of a column of bodies
goes on with a name the line cut (区工信局、区 ↵ 财政局, 区市场监 ↵ 管局), and at least one cell above was cut
mid-way: a body's name, a clause ending with a comma or 、, a date cut after its digits (2024年12 ↵ 月底).
A row under a merged number cell that is a measure of its own (| | 开展专利预警 | 区市场监管局 |, whole names
above it) stays a row.
"""

from __future__ import annotations

import re

#: Header words of a table's number column.
_NUMBER_HEADERS = ("序号", "编号")
#: Header words of a column of bodies, and of a column of dates.
_UNIT_HEADERS = ("单位", "部门", "牵头", "配合", "责任", "主体")
_DATE_HEADERS = ("时限", "时间", "期限", "进度")
#: The last characters a body's name ends with: any other ends a name the line cut (区工信局、区).
_NAME_ENDS = frozenset("局委办府院所会室队部门心站行司处馆厅组社台团联校镇乡道）)")
#: What a clause cut mid-way ends with.
_CUT_MARKS = frozenset("，,、（(：:")
#: What a date cut after its digits goes on with (2024年12 ↵ 月底).
_DATE_GOES_ON = frozenset("年月日号底前中")
_SEPARATOR = re.compile(r"[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*:?-*:?[ \t]*")
_BAR = re.compile(r"(?<!\\)\|")


def _cells(line: str) -> list[str]:
    body = line.strip()
    body = body[1:] if body.startswith("|") else body
    body = body[:-1] if body.endswith("|") and not body.endswith("\\|") else body
    return [cell.strip() for cell in _BAR.split(body)]


def _join(upper: str, lower: str) -> str:
    if not lower:
        return upper
    if upper and upper[-1].isascii() and upper[-1].isalnum() and lower[0].isascii() and lower[0].isalnum():
        return f"{upper} {lower}"
    return upper + lower


def _goes_on(above: list[str], row: list[str], number: int, units: set[int], dates: set[int]) -> bool:
    """``row`` (cells) goes on with ``above`` (see the module's note)."""
    if len(row) != len(above) or row[number] or not above[number]:
        return False
    cut = False
    for c, (upper, lower) in enumerate(zip(above, row, strict=True)):
        if not lower:
            continue
        if not upper:
            return False
        if c in units:
            if upper[-1] in _NAME_ENDS:
                return False  # a whole name above: a body of its own on this row
            cut = True
        elif upper[-1] in _CUT_MARKS or (c in dates and upper[-1].isdigit() and lower[0] in _DATE_GOES_ON):
            cut = True
    return cut


def _joined_table(lines: list[str]) -> list[str]:
    """The table's lines (header, separator, rows) with its rows that go on with the row above joined."""
    header = _cells(lines[0])
    number = next((c for c, h in enumerate(header) if h in _NUMBER_HEADERS), None)
    if number is None:
        return lines
    units = {c for c, h in enumerate(header) if any(w in h for w in _UNIT_HEADERS)}
    dates = {c for c, h in enumerate(header) if any(w in h for w in _DATE_HEADERS)}
    out = lines[:2]
    above: list[str] | None = None
    for line in lines[2:]:
        row = _cells(line)
        if above is not None and _goes_on(above, row, number, units, dates):
            above = [_join(u, w) for u, w in zip(above, row, strict=True)]
            out[-1] = "| " + " | ".join(above) + " |"
            continue
        out.append(line)
        above = row
    return out


def joined_pipe_rows(text: str) -> str:
    """``text`` with each pipe table's rows that go on with the row above joined into it (see the module's
    note); the cheap test first: a table with a number column."""
    if "|" not in text or not any(h in text for h in _NUMBER_HEADERS):
        return text
    lines = text.split("\n")
    out: list[str] = []
    k = 0
    while k < len(lines):
        if (
            not lines[k].lstrip().startswith("|")
            or k + 1 >= len(lines)
            or not _SEPARATOR.fullmatch(lines[k + 1])
        ):
            out.append(lines[k])
            k += 1
            continue
        end = k + 2
        while end < len(lines) and lines[end].lstrip().startswith("|"):
            end += 1
        out.extend(_joined_table(lines[k:end]))
        k = end
    return "\n".join(out)
