"""Task tables that a PDF's text layer gives one cell per line, with no tab between cells: a header of
known column names (ontology/data/document_types.yaml task_table_columns) one per line, opening with the
number column (序号), then rows that each open with the next number on a line of its own.

A cell the layout wrapped runs over several lines. The cells right of the task column are read from the
row's end: the deadline a line, and each unit column as many lines as it takes for its text to open like a
body's name (市工信局、市市场监 / 管局). The cells left of it are read from the row's start, a line each,
a unit cell with the lines after it until its names read whole (市科技局、市市 / 场监管局), a narrow
column's cell (重点任务 beside a 具体内容 column, the task's) with the lines after it standing in its column
where a PDF's lines are placed (实施高价值 / 专利培育工 / 程); what is left is the task's. The row after
the last has no number to end it, so the last row ends at the fewest lines that read as a whole row. A
table carried over a page break repeats its header above the rows of the next page: those lines end the
row before them and are no cells (a row the break split inside, its cells going on under the repeated
header, is put back together by the PDF loader: loaders/pdf_split_rows.py). A row across the table heading
the rows under it (一、强化知识产权创造, a merged cell) is a line of its own between two rows: it ends the row
before it and is a row of that one cell. An empty cell has no line: a row that does not read whole is read
with a unit column right of the task empty, the last first (a row with no 配合单位 names its lead alone).
A category column left of the number (类别) whose cell, merged down over its group's rows, is written
vertically gives a run of lines of one character each (知 / 识 / 产 / 权 / 创 / 造) before its group's first
row or after its last: no cells of the rows beside it; a header a page repeats carries that column's name too.

Narrow columns wrap their header cells too (序 / 号, 牵头单 / 位): a header cell is the run of lines whose
text joined is a column name. A deadline cell is the lines from its end that read joined as a date
(2025年9月底 / 前); a unit cell backs up over a line a list separator ends (县科技商务经信局、 /
各乡镇人民政府).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from functools import cache

from loaders.base import TableCell, TableGrid
from ontology.vocab import document_vocabulary
from policykg.extract.agency_lists import (
    cut_name,
    ends_a_name,
    is_time,
    strip_role_word,
    without_first_is_lead_note,
)
from policykg.extract.agency_names import looks_like_agency, opens_like_body
from policykg.extract.dates import YEAR_OR_MONTH, is_date_cell, is_date_piece
from policykg.extract.markers import match_marker
from policykg.extract.merged_cells import Extents, Placement, lead_column, placement_check, share_merged_leads
from policykg.extract.table_headers import names_people
from policykg.extract.textspan import Span, squeeze, trim

#: Longest header cell read as a column name.
_MAX_HEADER = 8
#: Most columns a header is read for.
_MAX_COLUMNS = 12
#: Longest deadline cell (2024年12月底前, 持续推进).
_MAX_DEADLINE = 20
#: Most wrapped lines a row is looked through for the next row's number, for each of its cells.
_MAX_WRAPS = 8
#: Most wrapped lines a last row is tried with (a task over three lines, two unit cells over two each) in a
#: table of no number column, where every row is read so.
_MAX_LAST_WRAPS = 6
#: Most lines a numbered table's last row is tried with, up to a blank line (具体措施 cells run over ten
#: lines and more): the fewest that read whole are its.
_MAX_LAST_ROW = 40
#: Most header cells of no known name in a row before the task column (类别, 领域 …).
_MAX_OTHERS = 2
#: Most lines a header cell is wrapped over (序 / 号 in a narrow column, 牵头单 / 位).
_MAX_HEADER_LINES = 3
#: Most lines a deadline cell is wrapped over (2025年9月底 / 前).
_MAX_DEADLINE_LINES = 3

_NUMBER, _TASK, _UNITS, _DEADLINE, _OTHER = "number", "task", "units", "deadline", "other"
#: A column naming people (责任领导, 分管领导, 联系人; cells such as 副区长 王某某): a line a row, no unit.
_PEOPLE = "people"
#: The last column when it has no known name (备注): its cell is often empty and the text layer gives no
#: line for an empty cell.
_LAST = "last"
#: Numbering styles of a row heading the rows under it, and the longest title read as one.
_SECTION_STYLES = ("part", "cn", "paren_cn", "half_paren_cn", "enclosed_cn")
_MAX_SECTION = 30
#: Fewest lines of one character each read as a cell written vertically (知 / 识 / 产 / 权 …).
_MIN_VERTICAL = 2
#: A cell that reads as a date (2024年12月, 6月底前): a deadline's, not a remark's.
_DATED = re.compile(YEAR_OR_MONTH)


@cache
def _column_words() -> tuple[frozenset[str], tuple[tuple[str, tuple[str, ...]], ...]]:
    """The number column's names, and each column kind with its names (other columns first: 任务类别 is
    none of the task's; units before task: 任务 would also match 任务责任单位)."""
    spec = document_vocabulary().task_table_columns
    kinds = (
        (_NUMBER, spec.number),
        (_OTHER, spec.other),
        (_UNITS, (*spec.lead, *spec.support, *spec.responsible)),
        (_DEADLINE, spec.deadline),
        (_TASK, spec.task),
    )
    return frozenset(spec.number), kinds


@cache
def _column_names() -> frozenset[str]:
    """Every column name the vocabulary lists, as a whole cell says it."""
    return frozenset(word for _, words in _column_words()[1] for word in words)


def _without_note(cell: str) -> str:
    """A header cell without the first-is-lead note it carries (责任单位（排名第一的为牵头单位） is a
    责任单位 column whose first unit leads: tables.py reads the note so). The cheap test first: a note
    names the lead (牵头) and makes the cell longer than a column's name."""
    if len(cell) <= _MAX_HEADER or "牵头" not in cell:
        return cell
    return without_first_is_lead_note(cell).strip()


def _header_words(words: list[str]) -> list[tuple[str, int]]:
    """A header's cells from its lines, each with the number of lines it takes: a cell the layout wrapped
    over lines (序 / 号 in a narrow column, 牵头单 / 位, 完成时 / 限, 责任单位（排名第一的为牵头单 / 位）) is
    the longest run of lines, up to _MAX_HEADER_LINES, whose text joined is a column name the vocabulary
    lists, a first-is-lead note after it aside; else a line is a cell."""
    names = _column_names()
    cells: list[tuple[str, int]] = []
    at = 0
    while at < len(words):
        taken = 1
        for count in range(min(_MAX_HEADER_LINES, len(words) - at), 1, -1):
            joined = _without_note("".join(words[at : at + count]))
            if len(joined) <= _MAX_HEADER and joined in names and all(words[at : at + count]):
                taken = count
                break
        cells.append(("".join(words[at : at + taken]), taken))
        at += taken
    return cells


def column_kind(cell: str) -> str | None:
    """The kind of column a header cell names (number, task, units, deadline, people, other), if any; a
    first-is-lead note in the cell aside (责任单位（排名第一的为牵头单位）)."""
    cell = _without_note(cell)
    if not cell or len(cell) > _MAX_HEADER:
        return None
    if names_people(cell) and not any(w in cell for w in document_vocabulary().task_table_columns.unit_words):
        return _PEOPLE  # 责任领导, 牵头县领导 (not 责任单位及责任人, a unit column)
    return next((kind for kind, words in _column_words()[1] if any(w in cell for w in words)), None)


def _header_kinds(words: list[str]) -> list[str]:
    """The column kinds a header's cells (the number column's name first) name, up to the first cell that
    names none. Left of the task column, a short cell of no known name (类别, 领域) is a column of its own
    when a known name follows it; right of it, one closing the header (备注) when the first row's number
    follows it."""
    kinds = [_NUMBER]
    at = 1
    while at < len(words):
        kind = column_kind(words[at])
        if kind is None and _TASK not in kinds:
            ahead = at
            while ahead < len(words) and ahead - at < _MAX_OTHERS and _unnamed(words[ahead]):
                ahead += 1
            follows = column_kind(words[ahead]) if ahead < len(words) and ahead > at else None
            if follows is not None and follows not in (_NUMBER, _OTHER):
                kinds.extend([_OTHER] * (ahead - at))
                at = ahead
                continue
        if kind is None or kind == _NUMBER or (kind == _OTHER and _TASK in kinds):
            last = kind == _OTHER or _unnamed(words[at])
            if last and _TASK in kinds and at + 1 < len(words) and row_number(words[at + 1]) is not None:
                kinds.append(_LAST)
            break
        if kind == _TASK and kinds[-1] == _TASK:
            kinds[-1] = _OTHER  # 重点任务 | 具体措施: the first a line a row, the measures' cell the task's
        elif kind == _TASK and _TASK in kinds:
            break
        kinds.append(kind)
        at += 1
    return kinds


#: The most a table's first row's number may be: a table of a chapter numbers its rows on from the table of
#: the chapter before (4, 5, 6 …).
_MAX_FIRST_NUMBER = 200


def row_number(word: str) -> int | None:
    """The number a line holding a row's number alone gives (1, 4 where a table numbers on from the one
    before it), else None."""
    if not word.isdigit() or not word.isascii() or word.startswith("0"):
        return None
    number = int(word)
    return number if number <= _MAX_FIRST_NUMBER else None


def _unnamed(word: str) -> bool:
    """A header cell of no known name: short, no number (a row's number opens the body)."""
    return 0 < len(word) <= _MAX_HEADER and column_kind(word) is None and not any(ch.isdigit() for ch in word)


def _cells(
    text: str, lines: list[Span], kinds: list[str], blank: int | None = None, placed: Placement | None = None
) -> list[Span] | None:
    """The cells of one row from its lines (the number line excluded), or None when they do not read as
    one: columns left of the task column a line each, those right of it from the row's end. A last column
    of no known name (备注) is empty or its last line: empty first when that line reads as a date. The unit
    column ``blank``, when given, is empty: the text layer gives no line for it. ``placed``: where the lines
    stand under the unit columns' headers, if known."""
    if kinds[-1] != _LAST:
        return _known_cells(text, lines, kinds, blank, placed)
    if not lines:
        return None
    empty = (lines[-1][1], lines[-1][1])
    tries = [(lines, empty), (lines[:-1], lines[-1])]
    if not _DATED.search(text[slice(*lines[-1])]):
        tries.reverse()
    for own, last in tries:
        cells = _known_cells(text, own, kinds[:-1], blank, placed)
        if cells is not None:
            return [*cells, last]
    return None


def _known_cells(
    text: str, lines: list[Span], kinds: list[str], blank: int | None = None, placed: Placement | None = None
) -> list[Span] | None:
    task = kinds.index(_TASK)
    left = kinds[1:task]
    if len(lines) < len(kinds) - 1 - (blank is not None):
        return None
    tail: list[Span] = []
    end = len(lines)
    for column in range(len(kinds) - 1, task, -1):
        kind = kinds[column]
        if column == blank:
            at = lines[end][0] if end < len(lines) else lines[-1][1]
            tail.insert(0, (at, at))  # an empty cell, where the next one opens
            continue
        start = end - 1
        if kind == _UNITS:
            start = _units_start(text, lines, end, len(left) + 1, cut=kinds[column - 1] != _PEOPLE)
            if placed is not None:
                start = _same_column_start(text, lines, start, len(left) + 1, placed, column)
        elif kind == _DEADLINE:
            start = _deadline_start(text, lines, end, len(left) + 1)
        if start <= len(left):
            return None
        cell = (lines[start][0], lines[end - 1][1])
        value = text[cell[0] : cell[1]]
        if kind == _UNITS and not _units_cell(value.replace("\n", "")):
            return None
        if kind == _DEADLINE and (
            len(value) > _MAX_DEADLINE or "。" in value or looks_like_agency(value) or _names_a_unit(value)
        ):
            return None
        tail.insert(0, cell)
        end = start
    cells = _left_cells(text, lines[:end], left, placed)
    if cells is None:
        return None
    return [*cells, *tail]


def _same_column_start(
    text: str, lines: list[Span], start: int, first: int, placed: Placement, column: int
) -> int:
    """The first line of the unit cell of ``column`` that opens at line ``start`` read from the text alone,
    backed up over the whole names above it that stand under the same column's header (园区财政局 ↵
    园区经发局: one name a line, each whole, so the text alone ends the cell at the last): the cell the page
    draws, opening no earlier than line ``first``."""
    if placed.column_of(lines[start]) != column:
        return start
    while (
        start > first
        and placed.column_of(lines[start - 1]) == column
        and looks_like_agency(text[slice(*lines[start - 1])])
    ):
        start -= 1
    return start


#: The separator after a list's first name.
_LIST_HEAD = re.compile(r"[、，,]")
#: What parts the names of a list of units.
_LIST_NAMES = re.compile(r"[、，,；;]")
#: What parts the clauses of a unit cell naming roles (县市场监管局牵头，县科技局配合).
_ROLE_CLAUSES = re.compile(r"[，,；;]")


def _units_cell(value: str) -> bool:
    """``value`` reads as a unit cell: names of bodies (a list longer than any one name too: 人民银行潍坊市
    分行、国家金融监督管理总局潍坊监管分局、市市场监管局（市知识产权局）), or clauses each naming bodies and
    their role (县市场监管局牵头，县科技局配合)."""
    if looks_like_agency(value):
        return True
    names = [n for n in _LIST_NAMES.split(value) if n]
    if len(names) > 1 and all(looks_like_agency(n) for n in names):
        return True
    clauses = [c for c in _ROLE_CLAUSES.split(value) if c]
    if len(clauses) < 2:
        return False
    names = [c[: strip_role_word(c, 0, len(c))[0][1]] for c in clauses]
    return names != clauses and all(looks_like_agency(n) for n in names)


def _names_a_unit(value: str) -> bool:
    """A list opening with a body's name (县公安局、县农业农村): a cell of units cut short, no time limit."""
    parts = _LIST_HEAD.split(value, maxsplit=1)
    return len(parts) == 2 and looks_like_agency(parts[0])


def _units_start(text: str, lines: list[Span], end: int, first: int, *, cut: bool = True) -> int:
    """The first line of a unit cell ending before ``end`` (none before ``first``): back up over the lines
    the layout wrapped until the cell opens like a body's name (市工信局、市市场监 / 管局). A line a list
    separator ends (县科技商务经信局、) goes on in the next, even when that one opens like a name of its own
    (各乡镇人民政府): the cell backs up over it too, when the names then still read as a unit cell. With
    ``cut`` false (a people column before it: 市政府分管副市长 | 市市场监管局), no name is read as cut over
    the line before the cell."""
    start = end - 1
    while start > first and not _opens_units(text, lines, start, end):
        start -= 1
    if not _opens_units(text, lines, start, end):  # no line opens like a name the gazetteer knows (延吉海关)
        start = end - 1
        while start > first and (_continues(text, lines[start - 1]) or _name_cut(text, lines, start, end)):
            start -= 1
    wider = start
    while wider > first and (
        _continues(text, lines[wider - 1]) or (cut and _cuts_name(text, lines[wider - 1], lines[wider:end]))
    ):
        wider -= 1
        while wider > first and not opens_like_body(text[lines[wider][0] : lines[end - 1][1]]):
            wider -= 1
    cell = text[lines[wider][0] : lines[end - 1][1]].replace("\n", "")
    return wider if wider < start and opens_like_body(cell) and _units_cell(cell) else start


def _opens_units(text: str, lines: list[Span], start: int, end: int) -> bool:
    """A unit cell of the lines from ``start`` to ``end`` may open at ``start``: no name is cut over the line
    before it, and its text opens like a body's name or its first line's last name goes on in the next line
    (金积工业园区管委 / 会、太阳山开发区 / 管委会: a name of a place the gazetteer does not know)."""
    if _name_cut(text, lines, start, end):
        return False
    return opens_like_body(text[lines[start][0] : lines[end - 1][1]]) or (
        start + 1 < end and _name_cut(text, lines, start + 1, end)
    )


def _name_cut(text: str, lines: list[Span], at: int, end: int) -> bool:
    """The layout wrapped a name over the line before ``at`` and line ``at`` of a cell ending before ``end``
    (金积工业园区管委 / 会, 太阳山开发区 / 管委会): the line before ends in no separator, is as wide as the
    widest of the lines (the layout filled it), and its last piece and line ``at``'s first read as one name
    cut (agency_lists.cut_name)."""
    s, e = trim(text, *lines[at - 1])
    if e <= s or text[e - 1] in "、，,；;。：:" or any(b - a > e - s for a, b in lines[at:end]):
        return False
    tail = _NAME_PARTS.split(text[s:e])[-1]
    head = ""
    for k in range(at, end):  # a name over three lines and more (中国科 / 学院西北高原生物 / 研究所)
        pieces = _NAME_PARTS.split(text[slice(*trim(text, *lines[k]))])
        head += pieces[0]
        if len(pieces) > 1 or lines[k][1] - lines[k][0] < e - s:
            break
    return cut_name(tail, head)


#: What parts the names of a unit cell, and what closes a sentence (a task cell's last line).
_NAME_PARTS = re.compile(r"[、，,；;。：:\s]")


def _cuts_name(text: str, line: Span, cell: list[Span]) -> bool:
    """The layout wrapped a name of the unit cell ``cell`` over ``line`` and its first line (县内各 /
    银行业金融机构, 各乡镇人民 / 政府): the line's last piece is no name (nor one closed by its other name
    in brackets, 市市场监管局（市知识产权局）), that piece and the cell's first joined are one, and the line
    is as wide as the cell's widest (a wrapped line of the same column, not the last line of a narrower cell
    before it)."""
    s, e = trim(text, *line)
    if e <= s or text[e - 1] in "。；;：:" or e - s < max(b - a for a, b in cell):
        return False
    tail = _NAME_PARTS.split(text[s:e])[-1]
    head = _NAME_PARTS.split(text[slice(*trim(text, *cell[0]))])[0]
    return bool(tail) and not ends_a_name(tail) and looks_like_agency(tail + head)


def _continues(text: str, line: Span) -> bool:
    """A line that a list separator ends (县科技商务经信局、): its cell goes on in the next line."""
    end = trim(text, *line)[1]
    return end > line[0] and text[end - 1] in "、，,"


def _deadline_start(text: str, lines: list[Span], end: int, first: int) -> int:
    """The first line of a deadline cell ending before ``end``: the most lines, up to
    _MAX_DEADLINE_LINES and none before ``first``, whose text joined reads as a date (2025年9月底 / 前); else,
    when the last line alone states no time (持 of 长期坚 / 持, 续推进 of 2024年起持 / 续推进), the fewest
    lines ending with it whose text joined states one (a time limit with no date wrapped: 长期坚持); else the
    last line alone."""
    reach = max(first, end - _MAX_DEADLINE_LINES)
    for start in range(reach, end - 1):
        joined = _joined(text, lines[start:end])
        if len(joined) <= _MAX_DEADLINE and is_date_cell(joined):
            return start
    if not is_time(text, *lines[end - 1]):
        for start in range(end - 2, reach - 1, -1):
            joined = _joined(text, lines[start:end])
            if len(joined) > _MAX_DEADLINE:
                break
            if is_time(joined, 0, len(joined)):
                return start
    return end - 1


def _joined(text: str, lines: list[Span]) -> str:
    """The text of ``lines`` joined, each trimmed: a cell the layout wrapped, read whole."""
    return "".join(text[slice(*trim(text, *line))] for line in lines)


def _left_cells(
    text: str, lines: list[Span], left: list[str], placed: Placement | None = None
) -> list[Span] | None:
    """The cells left of the task column and the task's, from the row's lines before the columns right of
    it. A left cell takes a line; a unit cell also the lines after it the layout wrapped (none longer than
    its first) while its names do not yet read whole (市科技局、市市 / 场监管局); a cell of another column
    (重点任务 before a 具体内容 column, the task's) the lines after it that stand in its column on the page
    (``placed``: 实施高价值 / 专利培育工 / 程, a narrow column wrapping a task's name), when the lines are
    placed. The task keeps a line."""
    cells: list[Span] = []
    at = 0
    for kind in left:
        first = at
        width = lines[first][1] - lines[first][0]
        while (
            kind == _UNITS
            and at + 1 < len(lines) - 1
            and not looks_like_agency(text[lines[first][0] : lines[at][1]].replace("\n", ""))
            and lines[at + 1][1] - lines[at + 1][0] <= width
        ):
            at += 1
        while (
            kind == _OTHER
            and placed is not None
            and at + 2 < len(lines)
            and placed.same_column(lines[first], lines[at + 1])
        ):
            at += 1
        cell = (lines[first][0], lines[at][1])
        if kind == _UNITS and not looks_like_agency(text[cell[0] : cell[1]].replace("\n", "")):
            return None
        cells.append(cell)
        at += 1
    if at >= len(lines):
        return None
    cells.append((lines[at][0], lines[-1][1]))
    return cells


def _read_row(
    text: str,
    lines: list[Span],
    kinds: list[str],
    ends: list[int],
    first: int,
    placed: Placement | None = None,
) -> tuple[list[Span], int] | None:
    """The cells of a row whose lines are ``lines`` (the first at index ``first``), ended at the first of
    ``ends`` where they read as a row, and that end; else with a unit column right of the task empty (a row
    with no 配合单位: the text layer gives no line for the cell), the last such column first. Where a PDF's
    lines are placed across the page, a reading whose unit cell stands under another unit column's header
    (``placed`` says no) is none: the lead column is the empty one (merged_cells.py); when no reading
    stands so (the places are estimates), the text's reading holds."""
    read = _read_row_placed(text, lines, kinds, ends, first, placed)
    if read is None and placed is not None:
        read = _read_row_placed(text, lines, kinds, ends, first, None)
    return read


def _read_row_placed(
    text: str,
    lines: list[Span],
    kinds: list[str],
    ends: list[int],
    first: int,
    placed: Placement | None,
) -> tuple[list[Span], int] | None:
    task = kinds.index(_TASK)
    units = [c for c in range(task + 1, len(kinds)) if kinds[c] == _UNITS]
    blanks: list[int | None] = [None, *reversed(units)] if len(units) > 1 else [None]
    for blank in blanks:
        fewest: tuple[list[Span], int] | None = None
        for stop in ends:
            if stop - first <= len(lines):
                cells = _cells(text, lines[: stop - first], kinds, blank, placed)
                if cells is not None and (placed is None or placed(cells)):
                    after = lines[stop - first] if stop - first < len(lines) else None
                    if len(ends) == 1 or _whole_deadline(text, cells, kinds, after):
                        return cells, stop
                    fewest = fewest or (cells, stop)
        if fewest is not None:
            return fewest
    return None


def _whole_deadline(text: str, cells: list[Span], kinds: list[str], after: Span | None) -> bool:
    """The row's deadline cell (if it has one) reads whole: no date cut short (202 / 5年9月), and when it is a
    date, the line ``after`` the row no piece of one (2025年9月底 / 前), as a last row read with too few lines
    leaves a wrapped deadline."""
    if _DEADLINE not in kinds:
        return True
    value = squeeze(text[slice(*cells[kinds.index(_DEADLINE) - 1])])
    if not value[:1].isdigit():
        return True
    if not is_date_cell(value):
        return False
    return after is None or not is_date_piece(squeeze(text[slice(*after)]))


def section_line(text: str, line: Span) -> bool:
    """A chapter's or section's number and a short title, nothing else (一、强化知识产权创造,
    （二）加强保护): a row of one cell across the table (merged) that the text layer gives as one line between
    the rows (and in a table typed with spaces or tabs: spaced_tables.py, tables.py)."""
    marker = match_marker(text, *line)
    if marker is None or marker.style not in _SECTION_STYLES:
        return False
    title = text[marker.span[1] : line[1]]
    return 0 < len(title) <= _MAX_SECTION and not any(ch in title for ch in "。；;，,")


@cache
def _names_longest_first() -> tuple[str, ...]:
    return tuple(sorted(_column_names(), key=len, reverse=True))


def _people_name(packed: str, pos: int) -> str | None:
    """The shortest header cell at ``pos`` of a one-line header that names people (责任领导, 牵头区领导:
    column_kind) and holds no name of a column of another kind (重点任务 before 责任领导), else None."""
    people, others = _people_words()
    for end in range(pos + 2, min(len(packed), pos + _MAX_HEADER) + 1):
        if packed.endswith(people, pos, end) and column_kind(cell := packed[pos:end]) == _PEOPLE:
            return None if any(w in cell for w in others) else cell
    return None


@cache
def _people_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words of people's columns, and the names of the columns of the number, the task, the deadline
    and other kinds."""
    kinds = dict(_column_words()[1])
    others = (*kinds[_NUMBER], *kinds[_TASK], *kinds[_DEADLINE], *kinds[_OTHER])
    return tuple(document_vocabulary().task_table_columns.people), others


def _note_after(packed: str, pos: int) -> int:
    """The length of the first-is-lead note in brackets at ``pos`` of a one-line header (责任单位（排名第一的
    为牵头单位）), 0 when none opens there."""
    if pos >= len(packed) or packed[pos] not in "（(":
        return 0
    close = min((k for k in (packed.find("）", pos), packed.find(")", pos)) if k > pos), default=-1)
    if close < 0 or _without_note(packed[pos : close + 1]):
        return 0
    return close + 1 - pos


def _one_line_header(line: str) -> list[Span] | None:
    """The cells of a header the text layer gives on one line, the number column's first (序号 重点任务
    牵头单位 …; cells set in distributed alignment run together: 序号重点任务牵头单位配合单位完成时限, 序 号
    …): where each column name stands in ``line``, read left to right, the longest name first, spaces between
    and inside the names aside; None unless the line is such names alone, three or more."""
    numbers, _ = _column_words()
    if len(line) <= max(map(len, numbers)) or not "".join(line[:8].split()).startswith(tuple(numbers)):
        return None  # the cheap test: most lines opening with 编 or 序 are prose (编制…, 序时推进)
    at = [k for k, ch in enumerate(line) if not ch.isspace()]  # a header line is short: a loop is cheap
    packed = "".join(line[k] for k in at)
    cells: list[Span] = []
    pos = 0
    while pos < len(packed):
        name = _people_name(packed, pos) if cells else None
        name = name or next((n for n in _names_longest_first() if packed.startswith(n, pos)), None)
        if name is None or (not cells and name not in numbers):
            return None
        width = len(name) + _note_after(packed, pos + len(name))
        cells.append((at[pos], at[pos + width - 1] + 1))
        pos += width
    return cells if len(cells) >= 3 else None


def _header_lines(text: str, lines: list[Span], numbers: frozenset[str]) -> list[int]:
    """Indexes of the lines that hold only a number column's name, or its first characters with the rest
    on the next line (序 / 号, wrapped in a narrow column), found by searching for the names (not by reading
    every line)."""
    starts = [s for s, _ in lines]
    found: set[int] = set()
    for number in numbers:
        pos = text.find(number[0])
        while pos >= 0:
            k = bisect_right(starts, pos) - 1
            if k >= 0:
                line = text[slice(*trim(text, *lines[k]))]
                if (
                    line == number
                    or _one_line_header(line) is not None
                    or (
                        number.startswith(line)
                        and k + 1 < len(lines)
                        and line + text[slice(*trim(text, *lines[k + 1]))] == number
                    )
                ):
                    found.add(k)
            pos = text.find(number[0], pos + 1)
    return sorted(found)


@cache
def _task_names() -> tuple[str, ...]:
    """The task column's names, the longest first."""
    return tuple(sorted(dict(_column_words()[1])[_TASK], key=len, reverse=True))


def _unnumbered_heads(
    text: str, lines: list[Span], starts: list[int], after: int
) -> list[tuple[list[Span], list[str], int]]:
    """Headers of tables with no number column from line ``after`` on: a line that is a task column's name
    alone (重点任务), then a line each (or wrapped over a few) naming a unit column and maybe more units'
    and a deadline's (责任单位, 牵头单位 / 配合单位 / 完成时限). Each as its first line, its kinds (the
    task's first) as its cells, their kinds (the task's first) and the line after it. Found by searching
    for the names, not by reading every line (``starts``: where each line starts)."""
    found: dict[int, tuple[list[Span], list[str], int]] = {}
    for name in _task_names():
        pos = text.find(name)
        while pos >= 0:
            k = bisect_right(starts, pos) - 1
            if k >= after and k not in found and text[slice(*trim(text, *lines[k]))] == name:
                reach = min(len(lines), k + 1 + _MAX_COLUMNS * _MAX_HEADER_LINES)
                cells = _header_words([text[slice(*trim(text, *lines[j]))] for j in range(k + 1, reach)])
                kinds, spans = [_TASK], [trim(text, *lines[k])]
                taken = k + 1
                for cell, count in cells:
                    kind = column_kind(cell)
                    if kind not in (_UNITS, _DEADLINE) or (kind == _UNITS and _DEADLINE in kinds):
                        break
                    kinds.append(kind)
                    spans.append((trim(text, *lines[taken])[0], trim(text, *lines[taken + count - 1])[1]))
                    taken += count
                if _UNITS in kinds:
                    found[k] = (spans, kinds, taken)
            pos = text.find(name, pos + 1)
    return [found[k] for k in sorted(found)]


def _unnumbered_tables(
    text: str, lines: list[Span], starts: list[int], after: int, extents: Extents | None = None
) -> list[TableGrid]:
    """Task tables with no number column (重点任务 / 责任单位, one cell a line): each row ends at the fewest
    lines that read as a whole row, as a numbered table's last row does; the table ends at a blank line or
    a line no row reads from (二、保障措施)."""
    tables: list[TableGrid] = []
    done = 0  # where the last table read ends
    for head, kinds, at in _unnumbered_heads(text, lines, starts, after):
        if head[0][0] < done:
            continue
        rows: list[tuple[TableCell, ...]] = [tuple(TableCell(0, c, cell) for c, cell in enumerate(head))]
        kinds = [_NUMBER, *kinds]  # as a numbered row reads its lines after its number's
        placed = placement_check(
            extents, {c + 1: head[c] for c, k in enumerate(kinds[1:]) if k == _UNITS}, kinds.index(_TASK)
        )
        while at < len(lines):
            fewest = at + len(kinds) - 1
            reach = min(len(lines), fewest + _MAX_LAST_WRAPS)
            blank = next((k for k in range(at, reach) if trim(text, *lines[k])[0] >= lines[k][1]), reach)
            ends = list(range(fewest, blank + 1))
            spans = [trim(text, *lines[k]) for k in range(at, min(blank, max(ends, default=at)))]
            read = _read_row(text, spans, kinds, ends, at, placed) if ends and spans else None
            if read is None or match_marker(text, *spans[0]) is not None:
                break
            cells, at = read
            rows.append(tuple(TableCell(len(rows), c, cell) for c, cell in enumerate(cells)))
        if len(rows) >= 2:
            if placed is not None:
                _share_leads(text, rows, kinds[1:], set())  # no number column in the grid
            tables.append(TableGrid((head[0][0], lines[at - 1][1]), tuple(rows), "cell-per-line"))
            done = lines[at - 1][1]
    return tables


def stacked_tables(text: str, lines: list[Span], extents: Extents | None = None) -> list[TableGrid]:
    """The tables of ``lines`` a PDF's text layer gives one cell a line (see the module's docstring): those
    opening with a number column, then those with none. ``extents``: where a PDF's lines stand across the
    page, when known (merged_cells.py)."""
    tables = _numbered_tables(text, lines, extents)
    starts = [s for s, _ in lines]
    after = max((bisect_right(starts, t.span[1] - 1) for t in tables), default=0)
    return [*tables, *_unnumbered_tables(text, lines, starts, after, extents)]


def _share_leads(text: str, rows: list[tuple[TableCell, ...]], kinds: list[str], sections: set[int]) -> None:
    """A row's lead cell a merged cell left empty shares the lead printed in a row beside it
    (merged_cells.py); only where the lines were placed across the page, so that the empty cell is known."""
    header = [squeeze(text[slice(*cell.span)]) for cell in rows[0]]
    units = [c for c, kind in enumerate(kinds) if kind == _UNITS and c < len(header)]
    lead = lead_column(header, units)
    if lead is not None:
        share_merged_leads(rows, lead, sections)


def _vertical_run(word: Callable[[int], str], start: int, stop: int) -> bool:
    """Whether the lines ``start`` to ``stop`` are a cell written vertically, one character a line (知 / 识 /
    产 / 权 / 创 / 造: a category cell left of the number column, merged down over its group's rows, its
    characters set one below the other): two lines or more, each one character that is no digit."""
    return stop - start >= _MIN_VERTICAL and all(
        len(w) == 1 and not w.isdigit() and not w.isascii() for w in map(word, range(start, stop))
    )


def _vertical_start(word: Callable[[int], str], end: int, floor: int) -> int:
    """Where a cell written vertically (``_vertical_run``) ending right before line ``end`` starts, no
    earlier than ``floor``; ``end`` when none ends there."""
    start = end
    while start > floor and len(word(start - 1)) == 1 and not word(start - 1).isdigit():
        start -= 1
    return start if _vertical_run(word, start, end) else end


def _lead_in(word: Callable[[int], str], at: int) -> int:
    """How many header cells of a category column (类别, 分类) stand before the number column's name on
    line ``at``: columns left of the number that a repeated header row carries too."""
    taken = 0
    while taken < _MAX_OTHERS and at - taken > 0 and column_kind(word(at - taken - 1)) == _OTHER:
        taken += 1
    return taken


def _first_number(word: Callable[[int], str], at: int, count: int) -> int:
    """The number of a table's first row, on the line ``at`` after its header or after a section row there
    (一、强化知识产权创造): 1, or the number a table of a chapter goes on from (4 after a table of three
    rows); 1 when no number stands there."""
    for k in (at, at + 1):
        number = row_number(word(k)) if k < count else None
        if number is not None:
            return number
    return 1


def _numbered_tables(text: str, lines: list[Span], extents: Extents | None = None) -> list[TableGrid]:
    numbers, _ = _column_words()
    tables: list[TableGrid] = []
    heads = _header_lines(text, lines, numbers) if any(n[0] in text for n in numbers) else []
    trimmed: dict[int, Span] = {}

    def span(k: int) -> Span:
        if k not in trimmed:
            trimmed[k] = trim(text, *lines[k])
        return trimmed[k]

    def word(k: int) -> str:
        return text[slice(*span(k))]

    done = 0
    for i in heads:
        if i < done:
            continue
        one_line = _one_line_header(word(i))
        if one_line is not None:  # the header's cells on the number column's line
            kinds = _header_kinds([text[span(i)[0] + a : span(i)[0] + b] for a, b in one_line])
            cell_spans = [(span(i)[0] + a, span(i)[0] + b) for a, b in one_line[: len(kinds)]]
            j = i + 1
        else:
            reach = min(len(lines), i + (_MAX_COLUMNS + 1) * _MAX_HEADER_LINES)
            names = _header_words([word(k) for k in range(i, reach)])
            kinds = _header_kinds([name for name, _ in names])
            cell_spans, j = [], i
            for _, taken in names[: len(kinds)]:
                cell_spans.append((span(j)[0], span(j + taken - 1)[1]))
                j += taken
        if len(kinds) < 3 or kinds.count(_TASK) != 1 or _UNITS not in kinds:
            continue
        header_cells = [TableCell(0, c, cell) for c, cell in enumerate(cell_spans)]
        rows: list[tuple[TableCell, ...]] = [tuple(header_cells)]
        placed = placement_check(
            extents,
            {c: cell_spans[c] for c, k in enumerate(kinds) if k == _UNITS and c < len(cell_spans)},
            kinds.index(_TASK),
        )
        sections: set[int] = set()
        header = [word(k) for k in range(i - _lead_in(word, i), j)]
        at, number = j, _first_number(word, j, len(lines))
        while at < len(lines):
            if word(at) != str(number):
                reach = min(len(lines), at + _MAX_SECTION)
                vertical = next((k for k in range(at, reach) if len(word(k)) != 1 or word(k).isdigit()), at)
                if (
                    vertical < len(lines)
                    and word(vertical) == str(number)
                    and _vertical_run(word, at, vertical)
                ):
                    at = vertical  # a category cell written vertically before its group's first row
                    continue
                if at + 1 < len(lines) and word(at + 1) == str(number) and section_line(text, span(at)):
                    sections.add(len(rows))
                    rows.append(tuple(TableCell(len(rows), c, span(at)) for c in range(len(kinds))))
                    at += 1  # a row across the table heading the rows under it (一、强化知识产权创造)
                    continue
                break
            window = range(at + 1, min(len(lines), at + len(kinds) * (_MAX_WRAPS + 1)))
            following = next((k for k in window if word(k) == str(number + 1)), None)
            fewest = at + len(kinds) - (1 if kinds[-1] == _LAST else 0)
            # one line fewer: a unit cell left empty; no further than a blank line
            reach = min(len(lines), at + _MAX_LAST_ROW)
            blank = next((k for k in range(fewest, reach) if span(k)[0] >= span(k)[1]), reach)
            last = range(fewest - 1, max(blank, fewest) + 1)
            ends = [following] if following is not None else list(last)
            resume = following
            if following is not None and following - 1 > at and section_line(text, span(following - 1)):
                # the next row's section heads it: it ends this row, no cell of it (unless the row does not
                # read without it: a deadline 一、二季度)
                ends, resume = [following - 1, following], None
            elif following is not None:
                # a category cell written vertically (before the next group's first row, or after this
                # group's last) ends the row, no cell of it
                end = _vertical_start(word, following, at + 1)
                repeated = end - len(header)  # the header a page repeats above the rows it carries on
                if repeated > at and all(word(repeated + c) == name for c, name in enumerate(header)):
                    end = _vertical_start(word, repeated, at + 1)
                ends = [end]
            read = _read_row(
                text,
                [span(k) for k in range(at + 1, min(len(lines), max(ends)))],
                kinds,
                ends,
                at + 1,
                placed,
            )
            if read is None:
                break
            cells, stop = read
            rows.append(tuple(TableCell(len(rows), c, cell) for c, cell in enumerate([span(at), *cells])))
            at, number = (resume if resume is not None else stop), number + 1
        if len(rows) >= 2:
            if placed is not None:
                _share_leads(text, rows, kinds, sections)
            tables.append(TableGrid((lines[i][0], lines[at - 1][1]), tuple(rows), "cell-per-line"))
            done = at
    return tables
