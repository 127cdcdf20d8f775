"""Targets read from table cells: the record both kinds of target table give (a region-column table,
target_tables.py; a year-column indicator table, year_tables.py) and the cell readings they share."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from loaders.base import TableGrid
from ontology.vocab import RegionEntry
from ontology.vocab_targets import target_vocabulary
from policykg.extract.indicators import indicator_key
from policykg.extract.markers import BULLETS
from policykg.extract.standings import Standing
from policykg.extract.table_headers import body_rows, header_texts
from policykg.extract.textspan import Span, squeeze

NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?")
#: A half-width comma grouping a number's thousands in a cell (1,050 | ≥1,800): three digits after it.
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_TRAILING_GROUP = re.compile(r"[（(]([^（()）]*)[)）]$")
NO_TARGET = {"", "/", "／", "-", "—", "--", "——", "无", "空"}


@dataclass
class TableTarget:
    indicator: str
    unit: str | None
    value: float
    denominator: float | None
    value_text: str
    region: RegionEntry | None
    is_total: bool
    row: int
    column: int
    part: int
    span: Span
    indicator_span: Span
    region_span: Span | None  # the header naming the region; None in an indicator table (the plan's region)
    starred: bool
    year: int | None = None  # from the column header in an indicator table; else the plan's year
    year_basis: str = "table"
    comparator: str = "="
    value_max: float | None = None
    flags: tuple[str, ...] = ()
    standing: Standing | None = None  # a rank written in the cell (全市第三, 全省前十): its value the place
    base_year: int | None = None  # the base a cell's change is measured from (较2023年翻一番: 2023)

    @property
    def key(self) -> str:
        return indicator_key(self.indicator)


class RowLabel(NamedTuple):
    """A target row's label as its indicator: the words, the flags a bracket of its attribute gives
    (binding, expected), whether a mark singles it out (starred) and whether 其中 opens it (a part of the
    row above)."""

    name: str
    flags: tuple[str, ...]
    starred: bool
    part: bool


_ROW_NUMBER = re.compile(
    r"(?:[（(]\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[)）]|(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[、.．](?!\d)"
    r"|\d{1,2}(?:[.．]\d{1,2})+[.．、]?(?=\s*[\u4e00-\u9fffA-Z])|[\u2460-\u2473])\s*"
)
_ROW_PART = re.compile(r"其中\s*[：:]?\s*")


#: Flags a word of how a count counts or of the year it counts gives in a bracket of a row's label (地理标志
#: 商标（累计）, 质押融资登记金额（年度）).
_NOTE_FLAGS = ("cumulative", "increment", "annual")


#: The years of a span written before a note's word in its bracket (（2025—2027年累计）).
_YEAR_SPAN = r"(?:19|20)\d{2}\s*(?:—|–|－|-|~|～|至|到)\s*(?:(?:19|20)\d{2}|\d{2})\s*年?"


@cache
def _row_notes() -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    """A note in a bracket in a row's label and the flags each gives: an attribute (有效注册商标量（预期性）,
    （约束性指标）: year_tables attributes) or a word of how the count counts or of its year (（累计）,
    （新增）, （年度）: flag_words), perhaps after the span it counts over (（三年累计）, （规划期内新增）,
    （2025—2027年累计）: targets.yaml plan_spans, or two years), which goes with the note."""
    vocab = target_vocabulary()
    notes: dict[str, tuple[str, ...]] = {w: (f,) for w, f in vocab.year_tables.attributes.items()}
    notes.update((f.text, f.flags) for f in vocab.flag_words if f.flag in _NOTE_FLAGS)
    words = "|".join(re.escape(w) for w in sorted(notes, key=len, reverse=True))
    spans = "|".join(f"(?:{p})" for p in (*vocab.plan_spans, _YEAR_SPAN))
    return re.compile(rf"\s*[（(【\[]\s*(?:(?:{spans})\s*)?({words})(?:指标)?\s*[)）】\]]"), notes


_NOTE_OPENERS = re.compile(r"[（(【\[]")


#: A bracket closing a row's label, its parts apart by a comma or a slash (（件，累计）, （亿元/年）).
_MIXED_BRACKET = re.compile(r"[（(]\s*([^（()）]{1,16}?[，,、/／][^（()）]{1,16}?)\s*[)）]$")
_MIXED_PARTS = re.compile(r"\s*[，,、/／]\s*")


@cache
def _yearly_words() -> frozenset[str]:
    """Words saying a count is each year's (年, 每年, 全年 …: targets.yaml flag_words of flag annual), as a
    part of such a bracket writes them (（亿元/年）, （件，每年））."""
    return frozenset(w.text for w in target_vocabulary().flag_words if w.flag == "annual")


def _unit_and_notes(name: str) -> tuple[str, list[str]] | None:
    """A label whose closing bracket holds its unit and notes of how it counts (地理标志证明商标（件，累计）,
    （家，新增）, 质押融资额（亿元/年）): the label with the unit alone in the bracket, and the notes' flags;
    None for any other label."""
    m = _MIXED_BRACKET.search(name)
    if m is None:
        return None
    parts = _MIXED_PARTS.split(m.group(1).strip())
    units = [p for p in parts if target_vocabulary().unit(p) is not None]
    notes = _row_notes()[1]
    flags: list[str] = []
    for part in parts:
        if part in units:
            continue
        found = ("annual",) if part in _yearly_words() else notes.get(part)
        if found is None:
            return None
        flags += [f for f in found if f not in flags]
    if len(units) != 1:
        return None
    return f"{name[: m.start()]}（{units[0]}）", flags


def row_label(label: str) -> RowLabel:
    """``label`` (a target row's first cell, white space squeezed) without what opens it and is no part of
    the indicator: a mark singling the row out (▲, ★, *: year_tables row_marks; other bullets are left off
    too), its item number ((1), 1., ①) and 其中 opening a part; a note in a bracket ((预期性), (累计)) is a
    flag."""
    tables = target_vocabulary().year_tables
    marks = (*tables.row_marks, *BULLETS)
    name = label.lstrip("".join(marks) + " \u3000")
    starred = name != label and label.startswith(tables.row_marks)
    if name.endswith(tables.row_marks):  # 专利授权量*, 每万人口高价值发明专利拥有量（件）★: after it too
        name, starred = name.rstrip("".join(tables.row_marks) + " \u3000"), True
    if (number := _ROW_NUMBER.match(name)) is not None and number.end() < len(name):
        name = name[number.end() :]
    part = _ROW_PART.match(name)
    if part is not None and part.end() < len(name):
        name = name[part.end() :]
    else:
        part = None
    flags: list[str] = []
    if (mixed := _unit_and_notes(name)) is not None:  # 地理标志证明商标（件，累计）, 质押融资额（亿元/年）
        name, flags = mixed
    name = bracket_notes(name, flags)
    return RowLabel(name, tuple(flags), starred, part is not None)


def bracket_notes(name: str, flags: list[str]) -> str:
    """``name`` without the notes in brackets that flag it (有效注册商标量（预期性）, 地理标志商标（累计）,
    质押融资登记金额（年度）), their flags added to ``flags``; as it is when it holds none."""
    if _NOTE_OPENERS.search(name) is None:
        return name
    pattern, notes = _row_notes()
    found = False
    for m in pattern.finditer(name):
        found = True
        flags += [f for f in notes[m.group(1)] if f not in flags]
    return pattern.sub("", name) if found else name


def note_at(text: str, at: int, end: int) -> list[str]:
    """The flags of a note in a bracket written at ``at`` (达到5个（累计）, 5000件（年度）: ``bracket_notes``'
    notes); [] when none is there."""
    pattern, notes = _row_notes()
    m = pattern.match(text, at, end)
    return [] if m is None else list(notes[m.group(1)])


def plain_number(raw: str) -> str:
    """A cell's text with the commas grouping its numbers' thousands left out (1,050 → 1050)."""
    return _THOUSANDS.sub("", raw) if "," in raw else raw


def unit_and_name(indicator: str) -> tuple[str, str | None]:
    """专利申请量（件） -> (专利申请量, 件); the last bracket holds the unit when it is one, perhaps after
    单位： (专利申请量（单位：件）)."""
    m = _TRAILING_GROUP.search(indicator)
    if m is None:
        return indicator, None
    written = _UNIT_LABEL.sub("", m.group(1).strip())
    if target_vocabulary().unit(written) is not None:
        return indicator[: m.start()], written
    return indicator, None


#: The label before a unit in a bracket (（单位：件）).
_UNIT_LABEL = re.compile(r"^单位\s*[：:]\s*")


#: A unit written for a whole table in its caption or the line above it (（单位：件）, 单位：万元): one unit,
#: not a list of them (单位：件、家).
_CAPTION_UNIT = re.compile(r"单位\s*[：:]\s*([^\s、，,；;。：:（()）/／]{1,4})\s*(?![、/／\w])")
#: How many lines above a table may hold its caption's unit.
_CAPTION_LINES = 2


def caption_unit(text: str, table: TableGrid) -> str | None:
    """The unit the caption or the lines just above ``table`` name for all its cells (表1 主要指标
    （单位：件）; a line （单位：万元） above the header), else a row of the table's top holding that note
    alone (a cell merged across the table above or under its header); None when it is no unit."""
    start = end = table.span[0]
    for _ in range(_CAPTION_LINES):
        if start <= 0:
            break
        start = text.rfind("\n", 0, start - 1) + 1
    found = (
        [m.group(1) for m in _CAPTION_UNIT.finditer(text, start, end)] if "单位" in text[start:end] else []
    )
    if not found:
        found = _unit_row(text, table)
    if not found or target_vocabulary().unit(found[-1]) is None:
        return None
    return found[-1]


#: How many rows at a table's top may hold its unit note alone (above the header, or under it).
_UNIT_ROWS = 3
#: A unit note filling a cell: 单位：件, （单位：件）.
_UNIT_NOTE = re.compile(r"[（(]?\s*单位\s*[：:]\s*([^\s、，,；;。：:（()）/／]{1,4})\s*[)）]?")


def _unit_row(text: str, table: TableGrid) -> list[str]:
    """The unit of a row at the table's top whose one text (a cell merged across, or one cell among empty
    ones) is a unit note (单位：件), as a caption's; [] when no such row stands there."""
    for row in table.rows[:_UNIT_ROWS]:
        words = {squeeze(text[c.span[0] : c.span[1]]) for c in row} - {""}
        if len(words) == 1 and "单位" in (note := words.pop()) and (m := _UNIT_NOTE.fullmatch(note)):
            return [m.group(1)]
    return []


def indicator_column(text: str, table: TableGrid, skip: set[int]) -> int | None:
    header = header_texts(text, table)
    for c, name in enumerate(header):
        if c not in skip and "指标" in name:
            return c
    for c in range(len(header)):
        if c in skip:
            continue
        body = [squeeze(text[r[c].span[0] : r[c].span[1]]) for _, r in body_rows(text, table) if c < len(r)]
        worded = sum(1 for b in body if b and not NUMBER.fullmatch(plain_number(b).lstrip("*＊")))
        if body and worded >= len(body) * 0.6:
            return c
    return None
