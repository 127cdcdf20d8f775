"""Tables drawn with box-drawing characters in a plain text (┌─┬─┐ │ ├─┼─┤ └─┴─┘, and their heavy and double
forms): a plan typed in a word processor's text mode, or a table a converter drew for a text export.

Such a table is a grid table (markdown.py) written with other marks: its borders are read as + and - runs,
its bars as |, and it becomes a pipe table as a grid table does, one line a row, a cell's wrapped lines
joined (促成专利转化 ↵ 运用项目10项。), its own line breaks written <br> (县经科局 ↵ 县财政局). A block of
lines between two borders whose lines each open with a row's number (│1 │…│ ↵ │2 │…│, no rule between the
rows) holds a row a line. A cell merged down over rows (the rule under it left out: ├──┼────┤      ├──┤)
stands in each row it covers. A plain text's table typed with + - and | (+----+----+) is read the same way.

A table whose rules do not line up (one drawn a mark wider than the others) is read by its bars: the lines
between two rules are one row. A table whose lines do not part into as many cells is left as it is.
"""

from __future__ import annotations

import re

from loaders.base import display_columns
from loaders.markdown import grid_tables, join_cell

#: The corners opening a drawn table's top border: the cheap test for one in a text.
_CORNERS = "┌╔┏╒╓"
#: Box-drawing marks read as a grid table's: joints and corners as +, horizontal runs as -, bars as |.
_AS_GRID = str.maketrans(
    dict.fromkeys("┌┬┐├┼┤└┴┘╔╦╗╠╬╣╚╩╝┏┳┓┣╋┫┗┻┛╒╤╕╞╪╡╘╧╛╓╥╖╟╫╢╙╨╜┍┑┕┙┝┥┯┷┿", "+")
    | dict.fromkeys("─━═", "-")
    | dict.fromkeys("│┃║", "|")
)
_BOX_MARKS = frozenset(map(chr, _AS_GRID))
#: A border line once read as a grid's.
_BORDER = re.compile(r"\s*\+(?:[-=:]+\+)+\s*")
#: A border's run between two joints (+----+), under some columns only on a line parting rows of a merged
#: cell (+--+----+      +--+).
_RUN = re.compile(r"(?<=\+)[-=]+(?=\+)")
#: The marks opening a line of a table typed with + - and |.
_TYPED_MARKS = frozenset("+|")
#: A row's number filling a line's first cell (1, 12, 一, (3)).
_ROW_NUMBER = re.compile(r"\s*[(（]?(?:\d{1,3}|[一二三四五六七八九十]{1,3})[)）.．、]?\s*")


def box_tables(text: str, *, typed: bool = False) -> str:
    """``text`` with each table drawn in box-drawing characters written as a pipe table; ``typed``: a plain
    text's, whose tables typed with + - and | (+----+----+) are read so too (a Markdown text's grid tables
    are its own: markdown.py)."""
    if not any(corner in text for corner in _CORNERS) and not (typed and "+-" in text):
        return text  # the cheap test: most texts draw none
    lines = text.split("\n")
    out: list[str] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        first = line.lstrip()[:1]
        if not first or (first not in _CORNERS and not (typed and first == "+" and _BORDER.fullmatch(line))):
            out.append(line)
            k += 1
            continue
        marks = _BOX_MARKS | _TYPED_MARKS if typed else _BOX_MARKS
        end = k + 1
        while end < len(lines) and lines[end].lstrip()[:1] in marks and lines[end].strip():
            end += 1
        drawn = _wide_runs([ln.translate(_AS_GRID) for ln in lines[k:end]])
        table = grid_tables("\n".join(_row_per_line(drawn)))
        if table.lstrip().startswith("+"):  # no grid: its rules do not line up
            out.extend(_line_rows(drawn) or lines[k:end])
        else:
            out.extend(table.split("\n"))
        k = end
    return "\n".join(out)


def _wide_runs(lines: list[str]) -> list[str]:
    """The lines of a drawn table with each - of its borders doubled when the table draws a run's mark as
    wide as a CJK character (as a CJK font shows ─: 县市场监管局 under ──────, not ────────────): a cell's
    width then counts in display columns, as its words do when their wrapping is read (markdown.py), and the
    runs of a border line crossing some columns only (under a cell merged down) stand where its bars do."""
    dashes = max((ln.count("-") for ln in lines if _BORDER.fullmatch(ln)), default=0)
    words = max(
        (display_columns(ln.strip().replace("|", "")) for ln in lines if not _BORDER.fullmatch(ln)), default=0
    )
    if not dashes or words <= dashes * 3 // 2:
        return lines
    return [_RUN.sub(lambda m: m.group() * 2, ln) if "+" in ln else ln for ln in lines]


def _line_rows(lines: list[str]) -> list[str] | None:
    """A drawn table whose rules do not line up (a column drawn wider on one rule than on the others) as a
    pipe table: the lines between two rules are one row, each cell's lines joined as a grid cell's are (its
    width the widest of the column's lines), or a row from each line opening with a row's number; None
    unless every line between the rules parts into as many cells, two or more."""
    blocks: list[list[list[str]]] = []
    block: list[list[str]] = []
    for line in lines:
        words = line.strip()
        if words.startswith("+"):  # a rule, whole or under some columns only
            if block:
                blocks.append(block)
            block = []
            continue
        if not words.startswith("|"):
            return None
        block.append(words.split("|")[1:-1])
    if block:
        blocks.append(block)
    counts = {len(row) for block in blocks for row in block}
    if len(counts) != 1 or (count := counts.pop()) < 2:
        return None
    widths = [max(display_columns(row[c].strip()) for block in blocks for row in block) for c in range(count)]
    rows: list[list[str]] = []
    for block in blocks:
        opens = [k for k, row in enumerate(block) if _ROW_NUMBER.fullmatch(row[0])]
        starts = opens if len(opens) > 1 and opens[0] == 0 else [0]
        for at, stop in zip(starts, [*starts[1:], len(block)], strict=True):
            lines_of = block[at:stop]
            rows.append([join_cell([row[c] for row in lines_of], widths[c]) for c in range(count)])
    if len(rows) < 2:
        return None
    out = ["| " + " | ".join(row) + " |" for row in rows]
    out.insert(1, "|" + " --- |" * count)
    return out


def _row_per_line(lines: list[str]) -> list[str]:
    """The lines of a drawn table with a border put before each line of a block that opens with a row's
    number, the block's first opening with one: rows the table draws with no rule between them, each with
    the lines its cells wrapped onto (their number cell empty)."""
    out: list[str] = []
    block: list[str] = []
    for line in lines:
        if not _BORDER.fullmatch(line):
            block.append(line)
            continue
        opens = [_numbered(row) for row in block]
        # a rule under some columns only parts rows of a merged cell: the block is a grid's as drawn
        if len(block) > 1 and opens[0] and sum(opens) > 1 and not any(r.lstrip()[:1] == "+" for r in block):
            for n, (row, numbered) in enumerate(zip(block, opens, strict=True)):
                out.extend([line, row] if n and numbered else [row])  # the border's runs rule the rows apart
        else:
            out.extend(block)
        block = []
        out.append(line)
    out.extend(block)
    return out


def _numbered(row: str) -> bool:
    """The line of a drawn table opens its first cell with a row's number."""
    cells = row.strip().split("|")
    return len(cells) > 2 and _ROW_NUMBER.fullmatch(cells[1]) is not None
