"""Indicator tables that a PDF's text layer gives one cell per line, with no tab between cells (an
annex's 主要指标 table: 序号 / 指标名称 / 单位 / 2023年（基期） / 2025年目标 / 责任单位, then each row's
number and its cells, a line each; or with no number column, its header opening at the indicator
column's name: 指标名称 / 单位 / 2023年基数 / 2024年目标). The task tables of stacked_tables.py are read
there; this reads the tables whose header names an indicator column (targets.yaml year_tables
indicator_headers: 指标) and at least one value column (a year, or a target or baseline word: 2025年目标,
基期值), so that their rows give targets as a ruled table's do.

The header runs from the number column's line (序号) to the first row's number (1). Each row opens with its
number on a line of its own and ends before the next number. A value cell and a unit cell are a line each and
must read as one (3.2, ≥15%, —; 件, 万件); a text cell (the indicator's name, the units responsible, a
remark) takes a line, or more where the layout wrapped it: a row with more lines than columns gives the extra
lines to its text cells, the first reading that puts a value in every value column. The last row has no
number after it: it takes the fewest lines that read, more only while a cell of units does not yet read as
a body's name (市金融工作局、市市场监管 / 局). A header cell the layout wrapped in a narrow column is one cell
over its lines (2023年基 / 期, 2025年目 / 标值): a short line that names no column ends the cell before it
when a header word reads across the break or a bracket is left open (2023年（基 / 期）)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from functools import cache, partial
from itertools import combinations_with_replacement

from loaders.base import TableCell, TableGrid
from ontology.vocab import document_vocabulary
from ontology.vocab_targets import target_vocabulary
from policykg.extract.agency_names import looks_like_agency, place_unit
from policykg.extract.dates import YEAR_NUMBER
from policykg.extract.markers import match_marker
from policykg.extract.regions import region_index
from policykg.extract.stacked_tables import row_number
from policykg.extract.textspan import Span, overlaps, squeeze, trim
from policykg.extract.year_tables import is_value_cell

#: Longest header cell, fewest and most columns of a table read here.
_MAX_HEADER = 14
_MIN_COLUMNS = 3
_MAX_COLUMNS = 10
#: Most lines the layout may add to a row's text cells by wrapping them.
_MAX_EXTRA = 3
#: A year in a value column's header (2025年目标, 2023年（基期）).

_VALUE, _UNIT, _WORDS = "value", "unit", "words"


@cache
def _header_vocabulary() -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The number column's names, the indicator column's words, the unit column's names and the words of a
    value column (target and baseline words)."""
    years = target_vocabulary().year_tables
    values = (*years.target_words, *years.baseline_words)
    numbers = frozenset(document_vocabulary().task_table_columns.number)
    return numbers, years.indicator_headers, years.unit_headers, values


@cache
def _number_line() -> re.Pattern[str]:
    """A line holding a number column's name alone (序号), or its lines where a narrow column wrapped it
    (序 / 号), where a header given one cell per line opens."""
    gap = r"[ \t\u3000]*\n[ \t\u3000]*"
    names = "|".join(
        re.escape(name[:cut]) + (gap + re.escape(name[cut:]) if cut < len(name) else "")
        for name in _header_vocabulary()[0]
        for cut in range(1, len(name) + 1)
    )
    return re.compile(rf"^[ \t\u3000]*(?:{names})[ \t\u3000]*$", re.MULTILINE)


def _column_kind(name: str) -> str:
    _, _, units, values = _header_vocabulary()
    if name in units:
        return _UNIT
    if YEAR_NUMBER.search(name) or any(word in name for word in values):
        return _VALUE
    return _WORDS


def indicator_header(names: Sequence[str]) -> bool:
    """``names`` head an indicator table: short cells, one naming the indicator column (指标名称), one a
    value column (2025年（目标）, 基期值). Read here and by spaced_tables.py."""
    _, indicators, _, _ = _header_vocabulary()
    return (
        all(0 < len(name) <= _MAX_HEADER for name in names)
        and any(word in name for name in names for word in indicators)
        and any(_column_kind(name) == _VALUE for name in names)
    )


def _header(words: list[str]) -> list[str] | None:
    """The column kinds of a header whose cells (after the number column's) are ``words``, or None when it
    is no indicator table's."""
    if not _MIN_COLUMNS - 1 <= len(words) < _MAX_COLUMNS or not indicator_header(words):
        return None
    return [_column_kind(name) for name in words]


def _reads(text: str, lines: list[Span], kinds: list[str], extra: tuple[int, ...]) -> list[Span] | None:
    """The row's cells when its text cells take the lines ``extra`` gives each beyond their first (in the
    order of the text columns), or None when a value or unit cell does not read as one."""
    cells: list[Span] = []
    at, nth = 0, 0
    for kind in kinds:
        take = 1
        if kind == _WORDS:
            take += extra[nth]
            nth += 1
        if at + take > len(lines):
            return None
        cell = (lines[at][0], lines[at + take - 1][1])
        value = squeeze(text[slice(*cell)])
        if kind == _VALUE and not is_value_cell(value):
            return None
        if kind == _UNIT and target_vocabulary().unit(value) is None:
            return None
        cells.append(cell)
        at += take
    return cells if at == len(lines) else None


def _shares(extra: int, columns: int) -> Iterator[tuple[int, ...]]:
    """Every way of giving ``extra`` wrapped lines to ``columns`` text cells, the earliest cells first."""
    if columns == 0:
        if extra == 0:
            yield ()
        return
    for picks in combinations_with_replacement(range(columns), extra):
        yield tuple(picks.count(c) for c in range(columns))


def _row(text: str, lines: list[Span], kinds: list[str]) -> list[Span] | None:
    extra = len(lines) - len(kinds)
    if extra < 0 or extra > _MAX_EXTRA:
        return None
    for share in _shares(extra, kinds.count(_WORDS)):
        cells = _reads(text, lines, kinds, share)
        if cells is not None:
            return cells
    return None


def _units_whole(text: str, cells: list[Span], names: list[str], kinds: list[str]) -> bool:
    """Every cell under a column of units (责任单位, 牵头单位; not the measure's 单位, nor the indicator's
    column naming it in brackets: 指标名称（单位）) reads as names of bodies."""
    words = document_vocabulary().task_table_columns.unit_words
    return all(
        looks_like_agency(squeeze(text[slice(*cell)]))
        for cell, name, kind in zip(cells, names, kinds, strict=True)
        if kind == _WORDS and any(word in _BRACKETED.sub("", name) for word in words)
    )


#: A bracket's words in a header cell (指标名称（单位）).
_BRACKETED = re.compile(r"[（(][^（()）]*[)）]")


def stacked_data_tables(text: str, lines: list[Span]) -> list[TableGrid]:
    """The indicator tables given one cell per line in ``lines`` (see the module's note), and the tables
    whose rows are places (``_places_at``)."""
    if _any_header_line().search(text) is None:  # the cheap test: no line of a column's name alone
        return []
    has_numbers = _number_line().search(text) is not None
    has_indicators = _indicator_line().search(text) is not None
    has_places = _place_line().search(text) is not None
    spans = [trim(text, *line) for line in lines]
    words = [text[slice(*span)] for span in spans]
    numbered = _tables(lines, partial(_numbered_at, text, spans, words)) if has_numbers else []
    unnumbered = _tables(lines, partial(_unnumbered_at, text, spans, words)) if has_indicators else []
    apart = [t for t in unnumbered if not overlaps(t.span, (n.span for n in numbered))]
    found = [*numbered, *apart]
    places = _tables(lines, partial(_places_at, spans, words)) if has_places else []
    found.extend(t for t in places if not overlaps(t.span, (f.span for f in found)))
    return sorted(found, key=lambda t: t.span)


@cache
def _place_line() -> re.Pattern[str]:
    """A line holding a places column's name alone (县（区）, 地区: targets.yaml year_tables
    place_headers)."""
    names = "|".join(f"(?:{name})" for name in target_vocabulary().year_tables.place_headers) or "(?!)"
    return re.compile(rf"^[ \t\u3000]*(?:{names})[ \t\u3000]*$", re.MULTILINE)


#: The longest name of a place a row of a table of places opens with (桑珠孜区, 经济技术开发区).
_MAX_PLACE = 12
#: What a place's name ends in when the gazetteer does not hold it (a town: 城关镇, 溪美街道).
_PLACE_ENDS = ("县", "市", "区", "镇", "乡", "旗", "街道", "园区")


def _names_place(name: str) -> bool:
    """``name`` (a short line) names a place or the table's total: a region of the gazetteer whole, a zone
    (高新区), a town's name, or a total's header (合计)."""
    if not 0 < len(name) <= _MAX_PLACE or name[0].isdigit():
        return False
    if name in target_vocabulary().total_headers or name.endswith(_PLACE_ENDS) or place_unit(name):
        return True
    hit = region_index().match_at(name, 0, len(name), allow_short=True)
    return hit is not None and hit.span[1] == len(name)


def _places_at(spans: list[Span], words: list[str], k: int) -> _Read:
    """A table whose rows are places at line ``k`` (县（区） / 专利授权量（件） / 商标注册量（件）, then
    桑珠孜区 / 45 / 600 …): the header opens at a line of a places column's name alone and runs up to the
    first row's place, the line before a value; each row is a place and a value a column, a line each, and
    the table ends where no row reads. The targets are read as a ruled table's whose first column names the
    places (target_tables.py)."""
    if _place_line().fullmatch(words[k]) is None:
        return None
    last = min(len(words) - 1, k + _MAX_COLUMNS)
    first = next((j for j in range(k + 1, last) if words[j + 1] and is_value_cell(words[j + 1])), None)
    if first is None or first - k < 2 or not _names_place(words[first]):
        return None
    names = words[k + 1 : first]
    if not all(0 < len(name) <= _MAX_HEADER and not is_value_cell(name) for name in names):
        return None
    width = first - k
    rows = [tuple(TableCell(0, c, spans[k + c]) for c in range(width))]
    at = first
    while at + width <= len(words) and _places_row(words[at : at + width]):
        rows.append(tuple(TableCell(len(rows), c, spans[at + c]) for c in range(width)))
        at += width
    return (rows, at) if len(rows) > _MIN_PLACE_ROWS else None


#: Fewest rows of places a table of places is read with.
_MIN_PLACE_ROWS = 2


def _places_row(words: list[str]) -> bool:
    """``words`` are a row of a table of places: a place, then a value each (45, 600, —)."""
    return _names_place(words[0]) and all(word and is_value_cell(word) for word in words[1:])


#: The rows of a table read from a header opening at a line, and the line after its last row; None when no
#: header opens there.
_Read = tuple[list[tuple[TableCell, ...]], int] | None


def _tables(lines: list[Span], read_at: Callable[[int], _Read]) -> list[TableGrid]:
    """The tables ``read_at`` reads from the lines, each header tried at the line after the table before, or
    at the next line when none is read there (a header and a row at the least)."""
    tables: list[TableGrid] = []
    k = 0
    while k < len(lines):
        read = read_at(k)
        if read is None or len(read[0]) < 2:
            k += 1
            continue
        rows, at = read
        tables.append(TableGrid((lines[k][0], lines[at - 1][1]), tuple(rows), "cell-per-line"))
        k = at
    return tables


@cache
def _any_header_line() -> re.Pattern[str]:
    """A line ``_number_line``, ``_indicator_line`` or ``_place_line`` finds, in one pass over the text."""
    lines = (_number_line(), _indicator_line(), _place_line())
    either = "|".join(f"(?:{p.pattern.removeprefix('^')})" for p in lines)
    return re.compile(rf"^(?:{either})", re.MULTILINE)


@cache
def _indicator_line() -> re.Pattern[str]:
    """A line holding an indicator column's name alone (指标名称), where a header with no number column
    opens."""
    names = "|".join(map(re.escape, _header_vocabulary()[1]))
    return re.compile(rf"^[ \t\u3000]*[^\n]{{0,6}}(?:{names})[^\n]{{0,6}}$", re.MULTILINE)


def _names_indicators(name: str) -> bool:
    """``name`` (a short line) names an indicator column (指标名称, 主要指标)."""
    return 0 < len(name) <= _MAX_HEADER and any(word in name for word in _header_vocabulary()[1])


def _introduces(line: str) -> bool:
    """``line`` leads into what follows it (主要指标：, 主要指标如下:), as no column's name does."""
    return line.endswith(("：", ":"))


def _short_known(name: str) -> bool:
    """``name`` is a short line naming a known column (``_known_column``)."""
    return 0 < len(name) <= _MAX_HEADER and _known_column(name)


def _known_column(name: str) -> bool:
    """``name`` names an indicator table's column: its indicator's, unit's, a value's (a year, 目标值), an
    attribute's (指标属性) or the units' responsible (责任单位)."""
    years = target_vocabulary().year_tables
    unit_words = document_vocabulary().task_table_columns.unit_words
    return (
        _column_kind(name) != _WORDS
        or _names_indicators(name)
        or any(word in name for word in (*years.attribute_headers, *unit_words))
    )


#: Longest piece of a header cell the layout wrapped onto a line of its own (2023年基 / 期).
_MAX_WRAPPED = 4
_OPENING, _CLOSING = "（(", "）)"


@cache
def _header_words() -> tuple[str, ...]:
    """The words a header cell of an indicator table is made of (基期, 目标值, 计量单位, 属性, 约束性)."""
    years = target_vocabulary().year_tables
    return (
        *years.indicator_headers,
        *years.unit_headers,
        *years.attribute_headers,
        *years.attributes,
        *years.target_words,
        *years.baseline_words,
    )


def _wraps_into(before: str, line: str) -> bool:
    """``line`` ends the header cell ``before`` that the layout wrapped in a narrow column (2023年基 / 期,
    2025年目 / 标值, 2023年（基期 / 值）, 指标名 / 称): a short line naming no column of its own, one
    character alone, after a bracket left open or joined with which a header word reads across the break
    (基期, 目标值); or a line closing the bracket left open though it names a column (2023年（ / 基期值）)."""
    if not 0 < len(line) <= _MAX_WRAPPED or len(before) + len(line) > _MAX_HEADER or line[0].isdigit():
        return False
    if _year_alone(before) and _value_word(line):
        return True  # 2023年 / 完成值, 2026年 / （目标值）: the year column wrapped after its year
    left_open = sum(before.count(c) for c in _OPENING) > sum(before.count(c) for c in _CLOSING)
    if left_open and any(c in line for c in _CLOSING):
        return True  # 2023年（ / 基期值）: the line closes the bracket left open, though it names a column
    if _known_column(line):
        return False
    if len(line) == 1 or left_open:
        return True  # a character alone names no column (指标名 / 称); a bracket left open goes on
    joined = before + line
    return any(w in joined and w not in before and w not in line for w in _header_words())


#: A header cell that is a year alone (2023年, 2025年度), the rest of the cell wrapped onto the next line.
_YEAR_ALONE = re.compile(r"(?:19|20)\d{2}年度?")


def _year_alone(cell: str) -> bool:
    """``cell`` is a year alone (2023年), no column's name of its own but the year of the value word the
    layout wrapped below it."""
    return len(cell) <= len("2025年度") and _YEAR_ALONE.fullmatch(cell) is not None


def _value_word(line: str) -> bool:
    """``line`` is a value column's word alone, in brackets or not (完成值, 目标值, （基期）), no year of its
    own: the rest of a year's header cell."""
    years = target_vocabulary().year_tables
    word = line.strip(_OPENING + _CLOSING)
    return word in years.target_words or word in years.baseline_words


def _header_cells(words: list[str], start: int, stop: int, known: Callable[[str], bool]) -> list[Span]:
    """The header's cells from line ``start`` on, as ranges of lines: a line each, or with the line after it
    that ends it where the layout wrapped it (``_wraps_into``); up to line ``stop`` or the first line that
    neither ``known`` accepts nor ends a cell."""
    cells: list[Span] = []
    at = start
    while at < stop:
        if cells and _wraps_into("".join(words[slice(*cells[-1])]), words[at]):
            cells[-1] = (cells[-1][0], at + 1)
        elif known(words[at]):
            cells.append((at, at + 1))
        else:
            break
        at += 1
    return cells


def _unnumbered_at(text: str, spans: list[Span], words: list[str], k: int) -> _Read:
    """An indicator table with no number column at line ``k``: the header opens at a line of the indicator
    column's name alone (指标名称) and runs while its lines name known columns; each row then takes the fewest
    lines that read as one (a wrapped indicator's name a line or more beyond), and the table ends where no
    row reads. ``spans`` and ``words``: each line trimmed, and its words."""
    if not _names_indicators(words[k]) or match_marker(text, *spans[k]) is not None or _introduces(words[k]):
        return (
            None  # not a heading naming indicators (一、主要指标), nor a line leading into them (主要指标：)
        )
    stop = min(len(spans), k + _MAX_COLUMNS * 2)
    heads = _header_cells(words, k, stop, _short_known)[:_MAX_COLUMNS]
    names = ["".join(words[a:b]) for a, b in heads]
    kinds = _header(names)
    if kinds is None or kinds[0] != _WORDS:
        return None
    rows = [tuple(TableCell(0, c, (spans[a][0], spans[b - 1][1])) for c, (a, b) in enumerate(heads))]
    at = heads[-1][1]
    while at < len(spans):
        fewest = at + len(kinds)
        read = None
        for end in range(fewest, min(len(spans), fewest + _MAX_EXTRA) + 1):
            cells = _row(text, spans[at:end], kinds)
            if cells is not None and _units_whole(text, cells, names, kinds):
                read = cells, end
                break
        if read is None:
            break
        cells, at = read
        rows.append(tuple(TableCell(len(rows), c, cell) for c, cell in enumerate(cells)))
    return rows, at


def _number_header(words: list[str], k: int) -> int:
    """How many lines the number column's name takes at line ``k``: 1 (序号), 2 where a narrow column
    wrapped it (序 / 号), 0 when it does not stand there."""
    numbers = _header_vocabulary()[0]
    if words[k] in numbers:
        return 1
    if words[k] and k + 1 < len(words) and words[k + 1] and words[k] + words[k + 1] in numbers:
        return 2
    return 0


def _numbered_at(text: str, spans: list[Span], words: list[str], k: int) -> _Read:
    """An indicator table opening with a number column (序号) at line ``k``; ``spans`` and ``words`` as for
    ``_unnumbered_at``."""
    taken = _number_header(words, k)
    if taken == 0:
        return None
    last = min(len(spans), k + _MAX_COLUMNS * 2 + 1)
    first = next((j for j in range(k + taken, last) if row_number(words[j]) is not None), None)
    if first is None:
        return None
    # the header's every line up to the first row's number (1, or 4 where a table numbers on)
    heads = _header_cells(words, k + taken, first, lambda _: True)
    names = ["".join(words[a:b]) for a, b in heads]
    kinds = _header(names)
    if kinds is None:
        return None
    header = [(k, k + taken), *heads]
    rows = [tuple(TableCell(0, c, (spans[a][0], spans[b - 1][1])) for c, (a, b) in enumerate(header))]
    at, number = first, row_number(words[first]) or 1
    while at < len(spans) and words[at] == str(number):
        fewest = at + 1 + len(kinds)  # one past the row's last line when no cell wraps
        reach = range(fewest, min(len(spans), fewest + _MAX_EXTRA) + 1)
        # ended by the next row's number (a value cell may hold the same number: the row must read), else
        # the last row
        ends = [j for j in reach if j < len(spans) and words[j] == str(number + 1)]
        read = None
        for end in [*ends, *reach]:
            cells = _row(text, spans[at + 1 : end], kinds)
            if cells is not None and (end in ends or _units_whole(text, cells, names, kinds)):
                read = cells, end
                break
        if read is None:  # the last row: its fewest lines that read
            cells = _row(text, spans[at + 1 : fewest], kinds)
            read = (cells, fewest) if cells is not None and fewest <= len(spans) else None
        if read is None:
            break
        cells, end = read
        rows.append(tuple(TableCell(len(rows), c, cell) for c, cell in enumerate([spans[at], *cells])))
        at, number = end, number + 1
    return rows, at
