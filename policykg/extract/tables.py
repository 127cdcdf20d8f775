"""Tables written as text: markdown pipe tables, tab-separated rows, rows typed with spaces
(spaced_tables.py), and the one-cell-per-line layouts
(each cell on its own tab-led line, rows separated by blank lines; or a PDF's text layer giving a task
table's cells one per line with no tab, stacked_tables.py), and an indicator table's rows as lines of labelled
fields (指标名称：…；单位：…；2025年目标：…, labelled_rows.py). Also recognises task tables by
their 牵头单位 / 配合单位 / 责任单位 / 完成时限 columns (ontology/data/document_types.yaml), under a header of
one row or two (table_headers.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from loaders.base import TableCell, TableGrid
from ontology.vocab import document_vocabulary
from policykg.extract.agency_lists import holds_label, is_time, may_hold_label, without_first_is_lead_note
from policykg.extract.dates import CALENDAR_YEAR, is_date_cell
from policykg.extract.headings import contents_run
from policykg.extract.labelled_rows import labelled_row_tables
from policykg.extract.mark_matrix import MarkMatrix, mark_matrix
from policykg.extract.spaced_tables import spaced_tables
from policykg.extract.stacked_data import stacked_data_tables
from policykg.extract.stacked_tables import section_line, stacked_tables
from policykg.extract.table_headers import HeaderCell, header_cells, header_texts, names_people
from policykg.extract.textspan import Span, line_spans, overlaps, split_top_level, squeeze, trim

#: A pipe table's delimiter row: cells of hyphens, a colon at either end for the alignment (|---|:-:|, and
#: GFM's shortest, | :-- | - |); a line of three hyphens or more and no bar is one column's.
_PIPE_SEPARATOR = re.compile(
    r"^(?:\|?\s*+:?-++:?\s*+(?:\|\s*+:?-++:?\s*+)+\|?|\|\s*+:?-++:?\s*+\|?|\|?\s*+:?-{3,}:?\s*+\|?)\s*$"
)


def _outside(lines: list[Span], taken: list[Span]) -> list[Span]:
    """The lines (in order) that overlap none of the sorted ``taken`` spans, in one walk over both."""
    out: list[Span] = []
    t = 0
    for span in lines:
        while t < len(taken) and taken[t][1] <= span[0]:
            t += 1
        j, hit = t, False
        while j < len(taken) and taken[j][0] < span[1] and not hit:
            hit = span[0] < taken[j][1]
            j += 1
        if not hit:
            out.append(span)
    return out


def _row(text: str, index: int, start: int, end: int, separators: list[int]) -> tuple[TableCell, ...]:
    """The cells of one line of a text table, split at the separator offsets."""
    cells: list[TableCell] = []
    for stop in [*separators, end]:
        cells.append(TableCell(index, len(cells), trim(text, start, stop)))
        start = stop + 1
    return tuple(cells)


def _bare_rows(text: str, lines: list[Span], i: int) -> int:
    """How many lines from ``lines[i]`` are a pipe table written without the bars opening its rows (GFM's
    指标 | 单位 | 目标 over ---|---|---): a header line holding a bar, a delimiter row holding one, then the
    lines holding one; 0 when the lines there are no such table."""
    if i + 1 >= len(lines) or "|" not in text[lines[i][0] : lines[i][1]]:
        return 0
    delimiter = text[lines[i + 1][0] : lines[i + 1][1]].strip()
    if "|" not in delimiter or not _PIPE_SEPARATOR.match(delimiter):
        return 0
    j = i + 2
    while j < len(lines) and "|" in text[lines[j][0] : lines[j][1]]:
        j += 1
    return j - i


#: Full-width bars and hyphens of a table typed with a Chinese input method (｜指标｜单位｜, ｜－－｜－－｜),
#: read as the ASCII ones are.
_FULL_WIDTH = str.maketrans("｜－：", "|-:")
_FULL_BAR = "｜"


def _is_separator(line: str, bar: str) -> bool:
    """Whether ``line`` (stripped) is a pipe table's delimiter row, in the bars ``bar`` writes."""
    return bool(_PIPE_SEPARATOR.match(line if bar == "|" else line.translate(_FULL_WIDTH)))


def _bars(text: str, s: int, e: int, bar: str) -> list[int]:
    """The offsets of the bars between ``s`` and ``e``, an escaped one (\\|) left out."""
    return [p for p in range(s, e) if text[p] == bar and (p == s or text[p - 1] != "\\")]


def _framed(text: str, block: list[Span], bar: str) -> bool:
    """Whether every line of ``block`` opens and closes with a bar and holds as many cells as the others,
    two or more: a table written without its delimiter row (| 指标 | 2023年 | 2025年 | over rows of as many
    cells), never prose quoting a bar."""
    counts = set()
    for s, e in block:
        s, e = trim(text, s, e)
        if e - s < 3 or text[e - 1] != bar:
            return False
        counts.add(len(_bars(text, s, e, bar)))
    return len(counts) == 1 and min(counts) >= 3


def _bar_tables(text: str, lines: list[Span], bar: str) -> list[TableGrid]:
    """Tables whose rows open with ``bar``: with a delimiter row, or framed rows of one width without it."""
    tables: list[TableGrid] = []
    i = 0
    while i < len(lines):
        block = []
        while i < len(lines) and text[lines[i][0] : lines[i][1]].strip().startswith(bar):
            block.append(lines[i])
            i += 1
        if not block and bar == "|" and (bare := _bare_rows(text, lines, i)):
            block, i = lines[i : i + bare], i + bare
        if len(block) >= 2 and (
            any(_is_separator(text[s:e].strip(), bar) for s, e in block) or _framed(text, block, bar)
        ):
            rows: list[tuple[TableCell, ...]] = []
            for s, e in block:
                if _is_separator(text[s:e].strip(), bar):
                    continue
                s, e = trim(text, s, e)
                bars = _bars(text, s, e, bar)
                if bars and bars[0] == s:
                    bars, s = bars[1:], s + 1
                if bars and bars[-1] == e - 1:
                    bars, e = bars[:-1], e - 1
                rows.append(_row(text, len(rows), s, e, bars))
            tables.append(TableGrid((block[0][0], block[-1][1]), tuple(rows), "markdown"))
        i += 1 if not block else 0
    return tables


def _pipe_tables(text: str, lines: list[Span]) -> list[TableGrid]:
    """Markdown pipe tables (| 指标 | 单位 |), with or without their delimiter row."""
    return _bar_tables(text, lines, "|")


def _full_width_tables(text: str, lines: list[Span]) -> list[TableGrid]:
    """Pipe tables typed with full-width bars (｜指标｜单位｜)."""
    return _bar_tables(text, lines, _FULL_BAR)


def _cell_per_line_tables(text: str, lines: list[Span]) -> list[TableGrid]:
    """Runs of tab-led lines; a blank line followed by a tab-led line starts a new row, and an
    untabbed line inside the run continues the previous cell."""
    tables: list[TableGrid] = []
    i = 0
    while i < len(lines):
        if not text.startswith("\t", lines[i][0]) or "\t" in text[lines[i][0] + 1 : lines[i][1]]:
            i += 1
            continue
        j, last_tab = i, i
        while j < len(lines):
            s, e = lines[j]
            if text.startswith("\t", s):
                last_tab = j
            elif text[s:e].strip() and j > last_tab + 2:
                break
            j += 1
        block = lines[i : last_tab + 1]
        rows: list[list[Span]] = [[]]
        blank_before = False
        for s, e in block:
            content = trim(text, s, e)
            if text.startswith("\t", s):
                if blank_before and rows[-1]:
                    rows.append([])
                rows[-1].append(content)
                blank_before = False
            elif content[0] >= content[1]:
                blank_before = True
            elif rows[-1]:
                rows[-1][-1] = (rows[-1][-1][0], content[1])
                blank_before = False
        rows = [r for r in rows if r]
        if len(rows) >= 2:
            grid = tuple(
                tuple(TableCell(r, c, span) for c, span in enumerate(row)) for r, row in enumerate(rows)
            )
            tables.append(TableGrid((block[0][0], block[-1][1]), grid, "cell-per-line"))
        i = last_tab + 1
    return tables


def _tabbed(text: str, lines: list[Span], i: int) -> bool:
    """Line ``i`` holds words and a tab between them (a row of a tab-separated table)."""
    if i >= len(lines):
        return False
    s, e = trim(text, *lines[i])
    return s < e and "\t" in text[s:e]


def _one_cell_row(text: str, line: Span, first: Span, words: Span) -> bool:
    """``line`` (its ``words`` trimmed) is a row of the tab-separated table opening with ``first`` of one
    cell of words, the others empty: as many tabs as the table's first row, all outside the words (知识产权
    创造\t\t\t\t, a category merged across the row; \t二、知识产权保护\t\t\t, one written in the task's
    column), never a wrapped cell's next line (\t向中小企业转移转化\t\t: fewer tabs, or no part's heading
    after a leading one)."""
    tabs = text.count("\t", *line)
    if tabs < 2 or tabs != text.count("\t", *first):
        return False
    return not text.startswith("\t", line[0]) or section_line(text, words)


#: Most lines a quoted cell of a tab-separated table runs over.
_MAX_QUOTED_LINES = 12


def _quoted_lines(text: str, lines: list[Span], i: int) -> int:
    """How many lines from ``lines[i]`` one row of a tab-separated table takes: a spreadsheet's copy writes
    a cell holding line breaks in double quotes ("人行晋州支行 ↵ 市市场监管局"), so a row whose quotes do not
    pair up on its line goes on to the line that closes them (1 when they pair, or none closes them)."""
    count = text.count('"', *lines[i])
    for k in range(i + 1, min(len(lines), i + _MAX_QUOTED_LINES)):
        if count % 2 == 0:
            return k - i
        count += text.count('"', *lines[k])
    return 1 if count % 2 else min(len(lines), i + _MAX_QUOTED_LINES) - i


def _quoted_row(text: str, index: int, start: int, end: int) -> tuple[TableCell, ...]:
    """The cells of a row of a tab-separated table whose cells may be quoted ("…", a spreadsheet's copy of
    a cell holding line breaks or tabs): split at the tabs outside quotes, each quoted cell without its
    quotes."""
    separators: list[int] = []
    inside = False
    for p in range(start, end):
        if text[p] == '"':
            inside = not inside
        elif text[p] == "\t" and not inside:
            separators.append(p)
    cells: list[TableCell] = []
    for cell in _row(text, index, start, end, separators):
        s, e = cell.span
        if e - s >= 2 and text[s] == '"' and text[e - 1] == '"':
            s, e = trim(text, s + 1, e - 1)
        cells.append(TableCell(index, cell.col, (s, e)))
    return tuple(cells)


def _tsv_tables(text: str, lines: list[Span]) -> list[TableGrid]:
    tables: list[TableGrid] = []
    i = 0
    while i < len(lines):
        block = []
        wrapped_end = 0  # where the last wrapped line read ends: the table's, after its last row too
        while i < len(lines):
            s, e = trim(text, *lines[i])
            if s < e and "\t" in text[s:e]:
                quoted = _quoted_lines(text, lines, i) if '"' in text[s:e] else 1
                block.append((lines[i][0], lines[i + quoted - 1][1]))
                i += quoted
            elif block and s < e and _one_cell_row(text, lines[i], block[0], (s, e)):
                block.append(lines[i])  # 知识产权创造\t\t\t\t: a merged row's one cell, the others empty
                i += 1
            elif block and s < e and "\t" in text[lines[i][0] : s]:
                wrapped_end = e
                i += 1  # \t向中小企业转移转化\t\t: a wrapped cell's next line, the table's but no row
            elif block and section_line(text, (s, e)) and _tabbed(text, lines, i + 1):
                block.append(lines[i])  # （一）知识产权创造 between rows: a part's heading across them
                i += 1
            else:
                break
        if len(block) >= 2:
            rows = [
                _row(text, r, s, e, [p for p in range(s, e) if text[p] == "\t"])
                if text.find('"', s, e) < 0
                else _quoted_row(text, r, s, e)
                for r, (s, e) in enumerate(block)
            ]
            tables.append(TableGrid((block[0][0], max(block[-1][1], wrapped_end)), tuple(rows), "tsv"))
        i += 1 if not block else 0
    return tables


#: Each text-table finder with a character every table it finds holds (None: no such character): a text
#: without it has none of that finder's tables.
_FINDERS: tuple[tuple[Callable[[str, list[Span]], list[TableGrid]], str | None], ...] = (
    (_pipe_tables, "|"),
    (_full_width_tables, _FULL_BAR),
    (_cell_per_line_tables, "\t"),
    (_tsv_tables, "\t"),
    (spaced_tables, None),
    (stacked_tables, None),
    (stacked_data_tables, None),
    (labelled_row_tables, None),
)


def detect_text_tables(
    text: str, known: list[TableGrid], extents: tuple[tuple[int, float, float], ...] = ()
) -> list[TableGrid]:
    """Tables in the canonical text that no loader reported (txt/md/pdf layouts); ``extents``: where a PDF's
    lines stand across the page (loaders/pdf_geometry.py), which the one-cell-a-line reader consults."""
    placed = {start: (left, right) for start, left, right in extents}
    taken = [t.span for t in known]
    if (contents := contents_run(text)) is not None:
        taken.append(contents)  # a table of contents' lines (一、总体要求　1, …\t3) are no table
    found: list[TableGrid] = []
    all_lines = line_spans(text)
    lines = _outside(all_lines, sorted(taken)) if taken else all_lines
    for finder, needed in _FINDERS:
        if needed is not None and needed not in text:
            continue
        added = False
        for table in stacked_tables(text, lines, placed) if finder is stacked_tables else finder(text, lines):
            if not overlaps(table.span, taken):
                found.append(table)
                taken.append(table.span)
                added = True
        if added:  # the next finder reads only the lines outside the tables found so far
            lines = _outside(all_lines, sorted(taken))
    return sorted(found, key=lambda t: t.span)


@dataclass(frozen=True)
class UnitColumns:
    """The columns of a table naming units: its lead (牵头单位), support (配合单位) and responsible (责任单位)
    columns, each None when the table has none."""

    lead: int | None
    support: int | None
    responsible: int | None
    #: Support columns after the first (主责单位 | 协办单位 | 参与部门: 参与部门's).
    more_support: tuple[int, ...] = field(default=(), kw_only=True)
    #: A table marking each body's part in its own column with a legend's signs (mark_matrix.py): the
    #: bodies' columns and the legend; the lead, support and responsible columns are None then.
    matrix: MarkMatrix | None = field(default=None, kw_only=True)


@dataclass(frozen=True)
class TaskColumns(UnitColumns):
    """A task table's columns: its unit columns, the task's, and the time and number columns."""

    task: int
    deadline: int | None
    number: int | None
    #: A time column divided into periods (时间安排 over 2024年 | 2025年): each period's column and name.
    periods: tuple[tuple[int, str], ...] = ()
    #: The other columns of a time column divided into its start and its end (启动时间 | 结束时间).
    times: tuple[int, ...] = ()
    #: A column of measures right of the task column (工作任务 | 具体措施): a task cell may span several of
    #: them, each a task of its own under the task (tasks.py).
    measure: int | None = None


#: A period's name under a divided time column: 2024年, 上半年, 三季度, 6月.
_PERIOD = re.compile(r"\d|[一二三四]季度|[上下]半年")


#: A bracketed note right after a time column's header word (推进时段（2025年）): part of the upper cell.
_UPPER_NOTE = re.compile(r"[（(][^（()）]{1,20}[)）]")


def _divided(header: list[str], deadline: int, keys: tuple[str, ...]) -> list[tuple[int, str]]:
    """The deadline column and those right of it whose header opens with the same upper cell (时间安排2024年,
    时间安排2025年), each with the sub-header below the upper cell. A year the upper cell writes in a bracket
    after its word (推进时段（2025年） over 1月 | 2月 …) dates the sub-headers that write none (2025年1月)."""
    named = header[deadline]
    key = next(k for k in keys if k in named)
    upper = named[: named.index(key) + len(key)]
    year = ""
    if (note := _UPPER_NOTE.match(named, len(upper))) is not None:
        upper = named[: note.end()]
        year = found.group() if (found := CALENDAR_YEAR.search(note.group())) else ""
    out: list[tuple[int, str]] = []
    for idx in range(deadline, len(header)):
        below = header[idx][len(upper) :]
        if not header[idx].startswith(upper) or not below:
            break
        out.append((idx, below if not year or CALENDAR_YEAR.search(below) else year + below))
    return out


def _periods(parts: list[tuple[int, str]]) -> tuple[tuple[int, str], ...]:
    """The columns a divided time column takes, each named by the period below it (a year, a half or a
    quarter of one, a month). None unless two or more."""
    out: list[tuple[int, str]] = []
    for idx, below in parts:
        if not _PERIOD.search(below):
            break
        out.append((idx, below))
    return tuple(out) if len(out) >= 2 else ()


def _end_part(parts: list[tuple[int, str]], ends: tuple[str, ...]) -> int | None:
    """Of a time column divided into its start and its end (启动时间 | 结束时间), the end's column."""
    if len(parts) < 2:
        return None
    return next((idx for idx, below in reversed(parts) if any(w in below for w in ends)), None)


@cache
def _english_headers() -> tuple[tuple[str, str], ...]:
    """The English header words (lower case, no spaces, as a header cell is squeezed) and the Chinese
    header each stands for (document_types.yaml task_table_columns english), in order."""
    pairs = document_vocabulary().task_table_columns.english
    return tuple((squeeze(en).lower(), zh) for en, zh in pairs)


def _read_header(words: str) -> str:
    """A column's header as the task-table rules read it: an English one (Task | Lead unit | Supporting
    units, a table written with no Chinese header) as the Chinese header it translates; a note in a header
    (责任单位（排在第一位的为牵头单位）) says how the column's cells read, not what it is."""
    if words and words.isascii():
        lowered = words.lower()
        return next((zh for en, zh in _english_headers() if en in lowered), words)
    return without_first_is_lead_note(words)


def unit_columns(text: str, table: TableGrid) -> UnitColumns | None:
    """The columns of ``table`` naming units, as a task table's are found; None when it has neither a lead
    nor a responsible column (a target table with a 责任单位 column has one)."""
    header = [_read_header(h) for h in header_texts(text, table)]
    units, _ = _unit_columns(header)
    return units if units.lead is not None or units.responsible is not None else None


def _column(header: list[str], keys: tuple[str, ...], taken: set[int]) -> int | None:
    """The first column whose header holds one of ``keys``, among those not taken yet (so that '主要责任单位'
    is the lead column, not also the '责任单位' one); it is taken then."""
    for key in keys:
        for idx, cell in enumerate(header):
            if key in cell and idx not in taken:
                taken.add(idx)
                return idx
    return None


def _unit_columns(header: list[str]) -> tuple[UnitColumns, set[int]]:
    """The unit columns of a table with ``header``, and the columns taken once they are found (theirs)."""
    spec = document_vocabulary().task_table_columns
    # a column of people (牵头县领导) is none of the units' columns
    taken = {
        idx
        for idx, cell in enumerate(header)
        if names_people(cell) and not any(w in cell for w in spec.unit_words)
    }
    lead = _column(header, spec.lead, taken)
    support = _column(header, spec.support, taken)
    responsible = _column(header, spec.responsible, taken)
    more: list[int] = []
    while support is not None and (other := _column(header, spec.support, taken)) is not None:
        more.append(other)  # 协办单位 | 参与部门: each a column of supporters
    kept = (lead, support, responsible, *more)
    taken.difference_update(c for c in range(len(header)) if c not in kept)
    return UnitColumns(lead, support, responsible, more_support=tuple(more)), taken


def _notes_in_cells(text: str, table: TableGrid) -> bool:
    """A table with no unit column names its units in notes in its cells (工作任务 | 具体措施, the measure
    closing with （责任单位：…；完成时限：…）): a label of units opens a field in a cell below the header."""
    if not may_hold_label(text, *table.span):  # most tables: no label anywhere
        return False
    return any(holds_label(text, *cell.span) for row in table.rows[1:] for cell in row)


def task_columns(text: str, table: TableGrid) -> TaskColumns | None:
    """Column positions when ``table`` is a task table, else None."""
    cells = header_cells(text, table)
    header = [_read_header(h.text) for h in cells]
    spec = document_vocabulary().task_table_columns
    units, taken = _unit_columns(header)
    lead, support, responsible = units.lead, units.support, units.responsible
    more_support = units.more_support

    def column(keys: tuple[str, ...]) -> int | None:
        return _column(header, keys, taken)

    matrix = _matrix(text, table, cells, header, spec.task + spec.number + spec.deadline)
    if matrix is not None:  # a 责任单位 cell merged over the bodies' columns heads them, no column of units
        taken.difference_update(c for c in (lead, support, responsible, *more_support) if c is not None)
        lead = support = responsible = None
        more_support = ()
        taken.update(matrix.columns)
    elif lead is None and responsible is None and not _notes_in_cells(text, table):
        return None
    agency_cols = {c for c in (lead, support, responsible) if c is not None}
    agency_cols.update(matrix.columns if matrix is not None else ())
    task = next(
        (
            idx
            for key in spec.task
            for idx, cell in enumerate(header)
            if key in cell and idx not in agency_cols and not any(w in cell for w in spec.other)
        ),
        None,
    )
    if task is None:
        return None
    deadline = column(spec.deadline)
    parts = _divided(header, deadline, spec.deadline) if deadline is not None else []
    periods = _periods(parts)
    taken.update(c for c, _ in periods)
    times: tuple[int, ...] = ()
    if not periods and (end := _end_part(parts, spec.deadline_end)) is not None:
        taken.update(c for c, _ in parts)
        times = tuple(c for c, _ in parts if c != end)
        deadline = end
    number = column(spec.number)
    measure = next(
        (
            idx
            for idx in range(task + 1, len(header))
            if idx not in taken
            and any(k in header[idx] for k in spec.task)
            and not any(w in header[idx] for w in spec.other)
        ),
        None,
    )
    return TaskColumns(
        lead=lead,
        support=support,
        responsible=responsible,
        more_support=more_support,
        matrix=matrix,
        task=task,
        deadline=deadline,
        number=number,
        periods=periods,
        times=times,
        measure=measure,
    )


#: How far beside a table (characters) a legend's quoted sign is looked for.
_QUOTE_WINDOW = 160


@cache
def _sign_pattern() -> re.Pattern[str]:
    """Any of the signs a mark matrix's cells may write (one pass over a table's words finds the first)."""
    signs = document_vocabulary().task_table_columns.mark_signs
    return re.compile(f"[{re.escape(signs)}]" if signs else "(?!)")


def _matrix(
    text: str, table: TableGrid, cells: list[HeaderCell], header: list[str], keys: tuple[str, ...]
) -> MarkMatrix | None:
    """``table`` as a mark matrix (mark_matrix.py), when a legend's sign stands in it (●, √) or a quoted one
    beside it (“牵”为牵头单位); the columns whose headers hold a task's, a number's or a time's word are none
    of its bodies'."""
    start, end = table.span
    low, high = max(0, start - _QUOTE_WINDOW), min(len(text), end + _QUOTE_WINDOW)
    quoted = any(text.find(q, low, start) >= 0 or text.find(q, end, high) >= 0 for q in '“"')
    if not quoted and _sign_pattern().search(text, start, end) is None:
        return None
    skip = {c for c, words in enumerate(header) if any(k in words for k in keys)}
    return mark_matrix(text, table, cells, skip)


def row_deadline(text: str, row: tuple[TableCell, ...], columns: TaskColumns) -> str | None:
    """The time limit a task-table row writes in its deadline column (完成时限), if any. Under a time column
    divided into periods (2024年 | 2025年) it is the last period the row fills (with a mark, a milestone),
    or the date that period's cell writes itself."""
    if columns.periods:
        filled = [
            (c, name) for c, name in columns.periods if c < len(row) and text[slice(*row[c].span)].strip()
        ]
        if not filled:
            return None
        last, name = filled[-1]
        written = text[slice(*row[last].span)].strip()
        return written if CALENDAR_YEAR.search(written) else name
    if columns.deadline is None or columns.deadline >= len(row):
        return None
    cell = row[columns.deadline].span
    units = (columns.lead, columns.support, columns.responsible)
    if any(c is not None and c < len(row) and row[c].span == cell for c in units):
        return _merged_time(text, *cell)
    s, e = cell
    written = text[s:e].strip()
    if "\n" in written and (is_date_cell(squeeze(written)) or _wrapped_time(written)):
        return squeeze(written)  # a date the layout wrapped over the cell's lines (2024年12月底 / 前)
    return written or None


def _wrapped_time(written: str) -> bool:
    """A time limit with no date that the layout wrapped over a cell's lines (长期坚 / 持, 持续推 / 进): the
    lines joined state a time, and a line alone does not (two times on two lines are two)."""
    joined = squeeze(written)
    if not is_time(joined, 0, len(joined)):
        return False
    return any(not is_time(line, 0, len(line)) for line in written.splitlines() if line.strip())


#: What parts a cell's words: a cell merged across a unit column and the time column (县财政局 2024年底前).
_CELL_PARTS = " \u3000\t\n，,；;"


def _merged_time(text: str, start: int, end: int) -> str | None:
    """The time limit of a cell merged across a unit column and the time column (a colspan: 县财政局
    2024年12月底前): its words that state a time, from the first to the last; the units are no deadline."""
    times = [p for p in split_top_level(text, start, end, _CELL_PARTS) if is_time(text, *p)]
    return text[times[0][0] : times[-1][1]].strip() if times else None
