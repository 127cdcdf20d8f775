"""Indicator tables (指标名称 | 单位 | 2023年 | 2025年目标值 | 属性): one target per row and target column,
for the plan's own region, dated by the column's year (the plan's final year under a bare 目标值).

A base column (基期值, 2020年（基期）, a year before the plan's period, the plan's first year when one other
year column follows it (2022年 | 2025年 in a 2022—2025 plan, 2024年 | 2026年目标 in a 2024—2026 plan), a bare
year before the year of a target column (2022年 | 2025年目标), or else the earliest of several bare year
columns) gives the row's starting level, flagged ``baseline``: a cross-county comparison needs it to tell
ambition from size. A growth column (年均增速 13%) gives a growth target per row, in %, flagged ``growth``
(and ``annual`` when the header says the rate is yearly), for the last year its header names or the plan's
final year; a target cell of a yearly growth (年均增长15%, 年均增速15%) is one as well, grown from the base
column's year, as is a cell measured from the base period (较基期增长20%). A column of a year's targets
(2025年度目标, 年度目标值) flags its targets ``annual``. An attribute
column (属性: 约束性 / 预期性) flags each target binding or expected. Header words are in
ontology/data/targets.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from loaders.base import TableCell, TableGrid
from ontology.vocab import RegionEntry
from ontology.vocab_targets import WordValue, target_vocabulary
from policykg.extract.indicators import inner_counting, rate_word, target_flags
from policykg.extract.quantities import RANGE_DASHES, is_percentage, resolve_flags
from policykg.extract.standings import Standing, find_standing, may_stand
from policykg.extract.table_cells import (
    NO_TARGET,
    TableTarget,
    indicator_column,
    plain_number,
    row_label,
    unit_and_name,
)
from policykg.extract.table_headers import body_rows, header_texts
from policykg.extract.target_words import closing_comparator, phrase_patterns, word_value_marks, word_values
from policykg.extract.targets import (
    BASELINE,
    RANK_UNIT,
    base_year_named,
    find_targets,
    part_indicator,
    plan_year_at,
)
from policykg.extract.textspan import Span, squeeze

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_BRACKET_CHARS = str.maketrans("", "", "（）()[]［］【】")
_UNIT_RANGE = re.compile(rf"([+-]?\d+(?:\.\d+)?)(\D+?)[{RANGE_DASHES}至](\d+(?:\.\d+)?)\2")
#: A value cell: a number, the upper end of a range, the rest (a unit, a comparator after it).
_CELL_NUMBER = re.compile(rf"([+-]?\d+(?:\.\d+)?)(?:[{RANGE_DASHES}至](\d+(?:\.\d+)?))?(.*)")


@dataclass(frozen=True)
class _ValueColumn:
    index: int
    year: int | None
    baseline: bool
    growth: tuple[str, ...] | None = None  # the flags of a growth-rate column (growth, annual)
    unit: str | None = None  # the unit its header names (年均增速（%）)
    flags: tuple[str, ...] = ()  # cumulative: the column totals a span of years (累计目标（2023—2025年）)
    inferred: bool = False  # a base column by its place (no 基期 / 现状 in its header), not by its words


@dataclass(frozen=True)
class _IndicatorLayout:
    indicator: int
    unit: int | None
    attribute: int | None
    values: tuple[_ValueColumn, ...]
    row_year: int | None = None  # a column naming each row's year (年度 | 2024年)


def _indicator_layout(
    text: str, table: TableGrid, start_year: int | None, final: int | None = None
) -> _IndicatorLayout | None:
    """The columns of an indicator table: indicator, unit, attribute and value columns (years, 基期值,
    目标值); None when the header names no value column."""
    words = target_vocabulary().year_tables
    header = header_texts(text, table)
    unit: int | None = None
    attribute: int | None = None
    indicators: list[int] = []
    found: list[tuple[int, int | None, str | None]] = []  # (column, year, baseline / target / None)
    totals: set[int] = set()  # columns of totals over a span of years
    yearly: set[int] = set()  # columns of a year's targets (2025年度目标, 年度目标值)
    growth: list[_ValueColumn] = []
    row_year: int | None = None
    for c, name in enumerate(header):
        bare = name.translate(_BRACKET_CHARS)
        if not bare or bare.startswith(words.skip_headers):
            continue
        if row_year is None and bare in words.row_year_headers:
            row_year = c
            continue
        if any(w in bare for w in words.growth_words) and not any(
            w in bare for w in (*words.baseline_words, *words.indicator_headers)
        ):
            years = _YEAR.findall(bare)
            flags = ("growth", "annual") if any(w in bare for w in words.annual_words) else ("growth",)
            growth.append(
                _ValueColumn(c, int(years[-1]) if years else None, False, flags, unit_and_name(name)[1])
            )
            continue
        year = _YEAR.search(bare)
        # 第二年 | 首年 in a plan from 2024: 2025 | 2024 (targets.yaml plan_years)
        nth = plan_year_at(bare, 0, len(bare)) if year is None and start_year is not None else None
        role = (
            "baseline"
            if any(w in bare for w in words.baseline_words)
            else ("target" if any(w in bare for w in words.target_words) else None)
        )
        if attribute is None and year is None and any(w in bare for w in words.attribute_headers):
            attribute = c
        elif unit is None and bare in words.unit_headers:
            unit = c
        elif year is not None or role is not None or nth is not None:
            # a span of years (累计目标（2023—2025年）) is its last year's
            counted = None if nth is None or start_year is None else start_year + nth[0] - 1
            if counted is not None and role is None:
                role = "target"  # a year of the plan is one of its targets, never the level it starts from
            found.append((c, int(_YEAR.findall(bare)[-1]) if year else counted, role))
            if any(w in bare for w in words.cumulative_words):
                totals.add(c)
            elif role == "target" and any(w in bare for w in words.annual_words):
                yearly.add(c)
        elif any(w in bare for w in words.indicator_headers):
            indicators.append(c)
    if not growth and not any(role != "baseline" for _, _, role in found):
        return None
    if row_year is not None and not any(_row_year(text, row, row_year) for _, row in body_rows(text, table)):
        row_year = None  # no year in it: a column of names (a table turned, 年份 heading its indicators)
    taken = (
        {c for c, _, _ in found}
        | {g.index for g in growth}
        | {c for c in (unit, attribute, row_year) if c is not None}
    )
    indicator = indicators[-1] if indicators else indicator_column(text, table, taken)
    if indicator is None:
        return None
    bare_years = sorted(y for _, y, role in found if role is None and y is not None)
    has_base = any(role == "baseline" for _, _, role in found)
    target_years = [y for _, y, role in found if role == "target" and y is not None]

    def is_baseline(year: int | None, role: str | None) -> bool:
        if role is not None:
            return role == "baseline"
        if has_base or year is None:
            return False
        if start_year is not None:  # 2022年 | 2025年 in a 2022—2025 plan: the first year is where it starts,
            # as is a lone bare first year before a target column (2024年 | 2026年目标 in a 2024—2026 plan)
            lone = len(bare_years) == 1 and bool(target_years) and year < min(target_years)
            # but a column for each year of the plan's period is the year's target (2025年 | 2026年 in a
            # 2025—2026 plan), as three or more are
            each_year = bare_years == list(range(start_year, (final or 0) + 1))
            return year < start_year or (
                (len(bare_years) == 2 or lone) and year == bare_years[0] == start_year and not each_year
            )
        if target_years:  # 2022年 | 2025年目标: the bare year before the target's is the starting level
            return year < min(target_years)
        return len(bare_years) > 1 and year == bare_years[0]

    values = tuple(
        _ValueColumn(
            c,
            y,
            base := is_baseline(y, role),
            # a unit its header names (2025年（件）), or the indicator column's (指标名称（单位：件）)
            unit=unit_and_name(header[c])[1] or unit_and_name(header[indicator])[1],
            flags=_column_flags(c, totals, yearly),
            inferred=base and not role,
        )
        for c, y, role in found
    )
    return _IndicatorLayout(
        indicator, unit, attribute, tuple(sorted((*values, *growth), key=lambda v: v.index)), row_year
    )


#: A cell naming one year, perhaps as a deadline within it (2024年, 2024, 2024年度, 2024年底前, 2024年12月底):
#: the row's year. A span of years (2023—2025年) or a cell of other words names none.
_ROW_YEAR = re.compile(
    r"((?:19|20)\d{2})\s*年?\s*(?:度|底|末|\d{1,2}\s*月\s*(?:份|底|末)?)?\s*(?:前|以前|之前)?"
)


def row_year(text: str, table: TableGrid, row: int) -> int | None:
    """The year a table's row names in a column of each row's year (年度 | 2024年, 完成时限 | 2024年底前):
    the year of the targets the row's work sets, when it names one."""
    if row >= len(table.rows):
        return None
    headers = target_vocabulary().year_tables.row_year_headers
    named = header_texts(text, table)
    column = next((c for c, h in enumerate(named) if h.translate(_BRACKET_CHARS) in headers), None)
    return _row_year(text, table.rows[row], column)


def _row_year(text: str, row: tuple[TableCell, ...], column: int | None) -> int | None:
    """The year the row's cell in ``column`` (a 年度 column) names, if it names one and nothing else."""
    if column is None or column >= len(row):
        return None
    m = _ROW_YEAR.fullmatch(squeeze(text[slice(*row[column].span)]))
    return int(m.group(1)) if m is not None else None


def _column_flags(column: int, totals: set[int], yearly: set[int]) -> tuple[str, ...]:
    """cumulative for a column of totals over a span of years, annual for one of a year's targets."""
    return ("cumulative",) if column in totals else (("annual",) if column in yearly else ())


@cache
def _change_words() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Flag words of a change, an increment or a total opening a value cell (提高, 年均增长, 新增, 累计),
    and the words of a rate of change (年均增速, 增长率: targets.yaml rate_words, which close a measure in
    prose and open the cell here), longest first, each with its flag and the further flags it sets
    (年均增长: change, annual)."""
    kinds = ("change", "increment", "cumulative")
    vocab = target_vocabulary()
    words = {w.text: (w.flag, *w.also) for w in (*vocab.rate_words, *vocab.flag_words) if w.flag in kinds}
    return tuple(sorted(words.items(), key=lambda w: -len(w[0])))


_CHANGE = "change"
_RELATIVE = "relative"
#: The first characters of every comparison base (targets.yaml comparisons): the cheap test first.
_BASE_OPENERS = ("较", "比", "相", "同比", "环比", "在")


def _cell_base(raw: str) -> tuple[str, str]:
    """A value cell opening with a comparison base (较2023年翻一番, 比上年增长10%): the rest and the base, ''
    when none opens it."""
    if not raw.startswith(_BASE_OPENERS):
        return raw, ""
    base = phrase_patterns().comparisons_front.match(raw)
    return (raw, "") if base is None or base.end() == len(raw) else (raw[base.end() :], base.group())


#: A cell of two levels of one target, the second in a bracket (1000（力争1200）).
_SECOND_LEVEL = re.compile(r"(.+?)[（(](.+)[）)]")


def _cell_levels(raw: str) -> list[tuple[str, tuple[str, ...]]]:
    """The levels a value cell names with the flags its words give each, an adverb opening each taken off
    (力争25000 → 25000; targets.yaml adverbs; 力争 and 确保 flag it stretch or assured, commitment_words):
    the level before a bracket and the level inside it (1000（力争1200）: 1000, and 1200 stretch), else the
    cell. A bracket of flag words alone (8（累计）) is a note on the level before it: its flags. A cell
    wholly in a bracket of totals (〔12〕: targets.yaml cumulative_brackets) is one level, cumulative."""
    if (total := _bracketed_total(raw)) is not None:
        return [(_without_adverb(total)[0], ("cumulative",))]
    two = _SECOND_LEVEL.fullmatch(raw) if raw.endswith(("）", ")")) else None
    levels = [two.group(1), two.group(2)] if two is not None else [raw]
    if two is not None and (noted := _noted_flags(two.group(2))) is not None:
        return [(_without_adverb(two.group(1))[0], noted)]
    return [_without_adverb(level) for level in levels]


@cache
def _total_closers() -> tuple[str, ...]:
    """The closing marks of the brackets of totals (targets.yaml cumulative_brackets: 〕, ］)."""
    return tuple(pair[1] for pair in target_vocabulary().year_tables.cumulative_brackets)


def _bracketed_total(raw: str) -> str | None:
    """What a cell wholly in a bracket of totals writes (12 of 〔12〕, a total over the plan's years), or None
    for any other cell."""
    if len(raw) < 3 or not raw.endswith(_total_closers()):
        return None
    pair = raw[0] + raw[-1]
    if pair not in target_vocabulary().year_tables.cumulative_brackets or raw[0] in raw[1:-1]:
        return None
    return raw[1:-1].strip() or None


def _without_adverb(level: str) -> tuple[str, tuple[str, ...]]:
    """``level`` without an adverb opening it, and the commitment that adverb states (力争: stretch)."""
    vocab = target_vocabulary()
    adverb = next((a for a in vocab.adverbs if level.startswith(a) and len(level) > len(a)), None)
    if adverb is None:
        return level, ()
    promised = tuple(w.flag for w in vocab.commitment_words if w.text == adverb)
    return level[len(adverb) :], promised


def _noted_flags(note: str) -> tuple[str, ...] | None:
    """The flags of a bracket of flag words alone (累计, 新增, 每年: targets.yaml flag_words), or None."""
    words = target_vocabulary().flag_words
    flags: list[str] = []
    while note:
        word = max((w for w in words if note.startswith(w.text)), key=lambda w: len(w.text), default=None)
        if word is None:
            return None
        flags += [f for f in (word.flag, *word.also) if f not in flags]
        note = note[len(word.text) :].lstrip("，,、 ")
    return tuple(flags) or None


def _past_span(raw: str) -> str:
    """A value cell opening with a span of the plan's period before its level (三年累计突破15亿元,
    未来三年累计达到20家, 示范期内累计10项): the level, which says how it counts (累计); ``raw`` for any
    other cell (3年 is a number of years)."""
    m = phrase_patterns().periods_front.match(raw) if "年" in raw or "期" in raw else None
    if m is None or m.end() == len(raw):
        return raw
    rest = raw[m.end() :]
    return rest if _cell_value(_cell_change(rest)[0]) is not None else raw


def _cell_change(raw: str) -> tuple[str, tuple[str, ...]]:
    """A value cell opening with a change word (提高5个百分点, 新增3家, 年均增长15%): the rest and the word's
    flags (its own first, then those it sets as well: 年均增长 is yearly), () when no word opens it."""
    if raw[:1].isdigit():
        return raw, ()
    for word, flags in _change_words():
        if raw.startswith(word):
            return raw[len(word) :], flags
    return raw, ()


def _cell_value(raw: str) -> tuple[float, float | None, str, str | None] | None:
    """A value cell: (value, upper end of a range, comparator, unit written in the cell)."""
    vocab = target_vocabulary()
    comparator, raw = "=", plain_number(raw)  # 1,050 is 1050
    for entry in sorted(vocab.comparators_before, key=lambda e: -len(e.text)):
        if raw.startswith(entry.text):
            comparator, raw = entry.comparator, raw[len(entry.text) :]
            break
    for entry in vocab.comparators_after:
        if raw.endswith(entry.text):
            comparator = closing_comparator(comparator, entry.comparator)
            raw = raw[: -len(entry.text)]
            break
    m = _CELL_NUMBER.fullmatch(raw)
    if m is not None and m.group(2) is None:  # 12%—15%: the unit written after both ends
        both = _UNIT_RANGE.fullmatch(raw)
        if both is not None and vocab.unit(both.group(2)) is not None:
            return float(both.group(1)), float(both.group(3)), "range", both.group(2)
    if m is None:
        return None
    unit = m.group(3) or None
    if unit is not None and vocab.unit(unit) is None and unit not in _multiplier_words():
        return None  # 1.5万 in a row of 件: 1.5万件 (with_multiplier)
    value_max = float(m.group(2)) if m.group(2) else None
    return float(m.group(1)), value_max, "range" if value_max is not None else comparator, unit


def cell_level(
    raw: str, unit: str | None
) -> tuple[float, float | None, str, str | None, tuple[str, ...]] | None:
    """A cell's level written with a comparator, as a range or after an adverb (≥900, 1000以上, 3-5,
    力争500), read as an indicator table's value cell is: (value, upper end of a range, comparator, unit,
    the adverb's commitment flags), the unit the cell's own or ``unit`` (the row's); None for another cell."""
    level, promised = _without_adverb(raw)
    parsed = _cell_value(level)
    if parsed is None:
        return None
    value, value_max, comparator, cell_unit = parsed
    return value, value_max, comparator, _with_multiplier(cell_unit, unit), promised


@cache
def _multiplier_words() -> frozenset[str]:
    """The multipliers written alone after a value cell's number (targets.yaml multipliers: 万, 亿)."""
    return frozenset(m.text for m in target_vocabulary().multipliers)


def _with_multiplier(cell_unit: str | None, unit: str | None) -> str | None:
    """The unit of a cell: its own, or its multiplier before the row's or column's ``unit`` (1.5万 in a row
    of 件: 万件, the value 1.5 as written); a multiplier alone with no unit to stand before is none."""
    if cell_unit is None or cell_unit not in _multiplier_words():
        return cell_unit or unit
    joined = cell_unit + (unit or "")
    return joined if target_vocabulary().unit(joined) is not None else None


def _as_target(
    text: str, rows: list[tuple[int, tuple[TableCell, ...]]], column: _ValueColumn
) -> _ValueColumn:
    """A column read as the starting level by its place alone (2025年 | 2027年 in a 2025—2027 plan) is a
    column of targets when a cell of it says so with a comparator (≥1.2, 15以上): a level measured is never
    written so."""
    if not column.inferred:
        return column
    for _, row in rows:
        if column.index < len(row):
            parsed = _cell_value(_cell_change(squeeze(text[slice(*row[column.index].span)]))[0])
            if parsed is not None and parsed[2] != "=":
                return replace(column, baseline=False, inferred=False)
    return column


def is_value_cell(raw: str) -> bool:
    """``raw`` (a cell's text, white space removed) is empty or a value an indicator table's cell may hold:
    a number with its comparator or unit (≥1,100, 15%以上, 提高5个百分点) or a quantity in words."""
    raw = _cell_base(_cell_levels(raw)[0][0])[0]
    return raw in NO_TARGET or _cell_value(_cell_change(raw)[0]) is not None or _cell_words(raw) is not None


def _cell_words(raw: str) -> WordValue | None:
    """A value cell that is a quantity in words (翻一番, 实现零的突破; word_values in targets.yaml), whole."""
    if not raw or (marks := word_value_marks()) is None or marks.search(raw) is None:
        return None
    return next((word for pattern, word in word_values() if pattern.fullmatch(raw)), None)


def indicator_table_targets(
    text: str, table: TableGrid, plan_region: RegionEntry | None, year: int | None, start_year: int | None
) -> list[TableTarget]:
    """Targets of an indicator table: one per row and value column, for the plan's region; base columns
    give the row's starting level, flagged baseline. [] when the table is not one."""
    layout = _indicator_layout(text, table, start_year, year)
    if layout is None:
        return []
    words = target_vocabulary().year_tables
    out: list[TableTarget] = []
    rows = body_rows(text, table)
    columns = [_as_target(text, rows, column) for column in layout.values]
    undated_base = _undated_base(layout, start_year)
    # the year of the table's starting levels (2023年 | … | 年均增速): a growth column grows from it
    base_years = {c.year for c in columns if c.baseline and c.growth is None}
    grown_from = base_years.pop() if len(base_years) == 1 else None
    whole: str | None = None  # the indicator of the last row that is no part of another (其中：…)
    for r, row in rows:
        if layout.indicator >= len(row):
            continue
        ind_span = row[layout.indicator].span
        label = row_label(squeeze(text[ind_span[0] : ind_span[1]]))  # ▲, （1）, 其中：, （预期性）
        name, unit = unit_and_name(label.name)
        if not name:
            continue
        counting: list[str] = []  # 地理标志商标累计注册量: 累计 inside the label counts as it does in prose
        name = inner_counting(name, counting)
        if not label.part:
            whole = name
        elif whole is not None:  # 其中：发明专利 below 专利授权量: 发明专利授权量
            name = part_indicator(name, whole)
        if layout.unit is not None and layout.unit < len(row):
            written = squeeze(text[row[layout.unit].span[0] : row[layout.unit].span[1]]).translate(
                _BRACKET_CHARS
            )
            unit = written or unit
        flags: list[str] = [*label.flags, *(f for f in counting if f not in label.flags)]
        if layout.attribute is not None and layout.attribute < len(row):
            attribute = squeeze(text[row[layout.attribute].span[0] : row[layout.attribute].span[1]])
            flags += [f for word, f in words.attributes.items() if word in attribute and f not in flags]
        starred = label.starred or any(
            squeeze(text[c.span[0] : c.span[1]]).startswith(("*", "＊")) for c in row[: layout.indicator]
        )
        if unit is not None and is_percentage(unit) and (rate := rate_word(name, changes=True)) is not None:
            # 专利授权量年均增长（%）: the count's growth, read as 专利授权量年均增长10% is in prose
            name = name[: -len(rate.text)]
            flags += resolve_flags([rate.flag, *rate.also], unit)
        flags += target_flags(name)
        # 专利授权量年均增长（%） | — | 12: a yearly rate to a target year grows from the table's starting
        # year, as a growth column does
        grows = _yearly(flags)
        row_year = _row_year(text, row, layout.row_year)  # 年度 | 2024年: this row's targets are 2024's
        for column in columns:
            if column.index >= len(row):
                continue
            cell = row[column.index].span
            for part, (level, noted) in enumerate(_cell_levels(squeeze(text[cell[0] : cell[1]]))):
                raw, base = _cell_base(level)  # 较2023年翻一番: 翻一番 from 2023
                raw = _past_span(raw)  # 三年累计突破15亿元: 累计突破15亿元
                rest, said = _cell_change(raw)
                change = said[0] if said else None
                parsed = _cell_value(rest) if raw not in NO_TARGET else None
                in_words = None
                if parsed is None and not column.baseline and column.growth is None:
                    in_words = _cell_words(raw)  # 翻一番 in a target column: read as in prose (2倍, relative)
                if in_words is not None:
                    parsed = (in_words.value, None, in_words.comparator, in_words.unit)
                standing = _cell_rank(raw) if parsed is None and column.growth is None else None
                if standing is not None and standing.value is not None:  # 全市第三: the third place
                    parsed = (standing.value, None, standing.comparator, RANK_UNIT)
                if parsed is None:
                    dated = column.year is not None and column.growth is None
                    if part == 0 and dated and not column.baseline:
                        # 新增专利导航项目2项 under 2025年: the year's work in words, read as prose is
                        out += _phrase_targets(text, cell, r, column, plan_region)
                    continue
                value, value_max, comparator, cell_unit = parsed
                cell_flags = resolve_flags(list(said), cell_unit or unit)
                if change == _CHANGE and (cell_unit or unit) in target_vocabulary().relative_units:
                    # 增长1倍: the multiple of the base reached (2倍), as in prose
                    value, value_max, cell_flags = (
                        value + 1,
                        None if value_max is None else value_max + 1,
                        [_RELATIVE],
                    )
                    comparator = ">=" if comparator == "=" else comparator
                if in_words is not None:
                    cell_flags = list(in_words.flags)
                if column.growth is not None:  # a rate of growth, never in the row's unit
                    column_year, basis = (column.year, "table") if column.year is not None else (year, "plan")
                    column_flags = (*column.growth, *flags)
                    cell_unit = cell_unit or column.unit or "%"
                elif column.baseline:
                    column_year, basis = (column.year, "table") if column.year is not None else undated_base
                    # a starting place among peers is a place, as written (全市前十: at most tenth)
                    comparator = comparator if standing is not None else "="
                    column_flags = (BASELINE, *flags)
                else:
                    column_year, basis = (column.year, "table") if column.year is not None else (year, "plan")
                    if column.year is None and row_year is not None:
                        column_year, basis = row_year, "table"
                    column_flags = (*cell_flags, *column.flags, *flags)
                column_flags = (*column_flags, *(f for f in noted if f not in column_flags))
                out.append(
                    TableTarget(
                        name,
                        # a quantity in words counts in its own unit or in none (实现零的突破 in a row of
                        # 亿元: at least one, not 1亿元)
                        in_words.unit
                        if in_words is not None
                        else _with_multiplier(cell_unit, unit or column.unit),
                        value,
                        None,
                        raw,
                        plan_region,
                        False,
                        r,
                        column.index,
                        part,
                        cell,
                        ind_span,
                        None,
                        starred,
                        year=column_year,
                        year_basis=basis,
                        comparator=comparator,
                        value_max=value_max,
                        flags=column_flags,
                        standing=standing,
                        base_year=(
                            _named_base(base, column_year, grown_from)
                            if base
                            # 年均增长15% under 2027年目标值: a yearly rate, grown from the starting year
                            else (grown_from if _growing(column, grows or _yearly(cell_flags)) else None)
                        ),
                    )
                )
    return out


def _phrase_targets(
    text: str, cell: Span, row: int, column: _ValueColumn, plan_region: RegionEntry | None
) -> list[TableTarget]:
    """The targets a year column's cell states as a phrase of its own rather than a bare level
    (新增专利导航项目2项, 质押融资额达到4亿元, 查办案件不少于50件 under 2025年 in an annex of each year's
    tasks): read as prose reads them, each with its own indicator, dated by the column unless its words name
    a year. Only a cell holding a number is read (most of such a table's cells are work without one). A row
    that is a task reads its cells as its own work (plan_facts), and this reading of the same words yields to
    that one."""
    start, end = cell
    if not any(ch.isdigit() for ch in text[start:end]):
        return []
    out: list[TableTarget] = []
    for n, draft in enumerate(find_targets(text, start, end, context_year=column.year)):
        if draft.value is None or draft.baseline or draft.standing is not None:
            continue
        dated = draft.year is not None and draft.year_basis == "sentence"
        flags = (*draft.flags, *(f for f in column.flags if f not in draft.flags))
        out.append(
            TableTarget(
                draft.indicator,
                draft.unit,
                draft.value,
                draft.denominator,
                draft.value_text,
                plan_region,
                False,
                row,
                column.index,
                n,
                draft.span,
                draft.indicator_span or draft.span,
                None,
                False,
                year=draft.year if dated else column.year,
                year_basis="sentence" if dated else "table",
                comparator=draft.comparator,
                value_max=draft.value_max,
                flags=flags,
                base_year=draft.base_year,
            )
        )
    return out


def _yearly(flags: list[str]) -> bool:
    """Flags of a yearly rate of growth (年均增长10%: growth, annual)."""
    return "growth" in flags and "annual" in flags


def _named_base(base: str, year: int | None, grown_from: int | None) -> int | None:
    """The year of the base a value cell names (较2023年增长20% → 2023; 较上年 → the year before ``year``); a
    base naming the table's starting level (较基期增长20%, 在基期基础上: targets.yaml year_tables
    baseline_words) is the year of its base column, ``grown_from``."""
    named = base_year_named(base, year)
    if named is None and any(w in base for w in target_vocabulary().year_tables.baseline_words):
        return grown_from
    return named


def _growing(column: _ValueColumn, grows: bool) -> bool:
    """A value column whose cells are growth to a target (a growth column, or a target column in a row of a
    yearly rate, ``grows``): grown from the table's starting year."""
    return column.growth is not None or (grows and not column.baseline)


def _undated_base(layout: _IndicatorLayout, start_year: int | None) -> tuple[int | None, str]:
    """The year and its basis of a base column naming none (基期值 | 2024年 | 2025年): the year before the
    first year a target column names, else the year before the plan's first (its 基期); unknown without
    either."""
    targets = [v.year for v in layout.values if not v.baseline and v.growth is None and v.year is not None]
    if targets:
        return min(targets) - 1, "table"
    return (start_year - 1, "plan") if start_year is not None else (None, "unknown")


def _cell_rank(raw: str) -> Standing | None:
    """A cell that is a rank and nothing else (全市第三, 全省前十位, 保持全市首位), read as a rank in prose
    is (standings.py); None for any other cell."""
    if _PLACE_ALONE.fullmatch(raw):  # 前10位, 第8名: a place with no scope nor verb, ranked as 排名 ranks
        raw = _RANK_NOUN + raw
    if not may_stand(raw, 0, len(raw)):
        return None
    # 全市第三: a place with no 位 after it; the whole cell is the rank, so no 第三方 or 第三季度 follows
    written = raw + RANK_UNIT if _BARE_PLACE.search(raw) else raw
    standing = find_standing(written, 0, len(written))
    if standing is None or standing.kind != "rank" or standing.span != (0, len(written)):
        return None
    return standing


#: A cell holding only a place among peers (前10位, 第8名, 前十位, 第12): the scope unwritten.
_PLACE_ALONE = re.compile(r"(?:前|第)\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[位名]?")
#: The rank noun a place alone in a cell is read after (排名前10位), as prose writes it.
_RANK_NOUN = "排名"
#: A cell closing with a place after 第 and no 位 or 名 (全市第三, 全省第10).
_BARE_PLACE = re.compile(r"第\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})$")
