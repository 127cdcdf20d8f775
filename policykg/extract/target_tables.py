"""Target tables: per-region tables (each cell a target with indicator, unit, region and value) and
indicator tables whose value columns are years or base/target values.

Per-region orientation is found from which side names regions (column headers such as 海安 / 如皋 /
市开发区 / 合计, or the first column). Compound cells (8/2000 under 专利质押融资登记数（笔）/金额（万元）)
become one target per part; "/" means no target; the 合计 column is the issuing region's total.

Indicator tables (指标名称 | 单位 | 2023年 | 2025年目标值 | 属性) give one target per row and target
column, for the plan's own region, dated by the column's year (the plan's final year under a bare 目标值).
A base column (基期值, 2020年（基期）, a year before the plan's period, or else the earliest of several
bare year columns) gives the row's starting level, flagged ``baseline``: a cross-county comparison needs
it to tell ambition from size. An attribute column (属性: 约束性 / 预期性) flags each target binding or
expected. Header words are in ontology/data/targets.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.base import TableGrid
from ontology.vocab import RegionEntry
from ontology.vocab_targets import target_vocabulary
from policykg.extract.regions import RegionIndex
from policykg.extract.targets import BASELINE, indicator_key, target_flags
from policykg.extract.textspan import Span, split_top_level, squeeze

_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?")
_TRAILING_GROUP = re.compile(r"[（(]([^（()）]*)[)）]$")
_SLASH_IN_GROUP = re.compile(r"[（(]([^（()）]*/[^（()）]*)[)）]")
_NO_TARGET = {"", "/", "／", "-", "—", "--", "——", "无", "空"}
_MIN_REGION_HEADERS = 2
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_BRACKET_CHARS = str.maketrans("", "", "（）()[]［］【】")


@dataclass(frozen=True)
class RegionColumn:
    index: int
    region: RegionEntry | None  # None with is_total: the plan's own region, which may be unknown
    is_total: bool
    span: Span


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

    @property
    def key(self) -> str:
        return indicator_key(self.indicator)


def resolve_header(
    index: RegionIndex, name: str, plan_region: RegionEntry | None, year: int | None
) -> tuple[RegionEntry | None, bool] | None:
    """The region a column header names, or (plan region, True) for a total column; None otherwise."""
    name = squeeze(name)
    if not name:
        return None
    if name in target_vocabulary().total_headers:
        return plan_region, True
    if plan_region is not None and name[0] in "市区县" and name.endswith(("开发区", "高新区", "园区")):
        host = index.with_prefix_level(plan_region, name[0])
        if host is not None:
            zones = [e for e in index.by_id.values() if e.level == "zone" and e.parent == host.id]
            wanted = "高新" if "高新" in name else ("经济技术开发区" if "开发区" in name else "")
            for zone in zones:
                if wanted and wanted in zone.name:
                    return zone, False
    candidates = index.lookup(name)
    if not candidates:
        return None
    lineage = set()
    if plan_region is not None:
        lineage = {plan_region.id, *(a.id for a in index.ancestors(plan_region))}
    current = [c for c in candidates if c.abolished is None or (year is not None and year < c.abolished)]
    ranked = sorted(
        current or candidates,
        key=lambda c: (c.parent in lineage or c.id in lineage, c.abolished is None),
        reverse=True,
    )
    return ranked[0], False


def _unit_and_name(indicator: str) -> tuple[str, str | None]:
    """专利申请量（件） -> (专利申请量, 件); the last bracket holds the unit when it is one."""
    m = _TRAILING_GROUP.search(indicator)
    if m and target_vocabulary().unit(m.group(1).strip()) is not None:
        return indicator[: m.start()], m.group(1).strip()
    return indicator, None


def _variants(indicator: str, parts: int) -> list[tuple[str, str | None]] | None:
    """专利质押融资登记数（笔）/金额（万元） -> [(专利质押融资登记数, 笔), (专利质押融资登记金额, 万元)];
    企业高管（总裁/总监）参培人数（位） -> the two bracketed alternatives."""
    pieces = [indicator[s:e] for s, e in split_top_level(indicator, 0, len(indicator), "/／")]
    if len(pieces) == parts:
        named = [_unit_and_name(p) for p in pieces]
        first = named[0][0]
        stem = re.sub(r"(?:数量|人数|数|量)$", "", first)
        out = [named[0]]
        for name, unit in named[1:]:
            out.append((name if len(name) > 4 else stem + name, unit))
        return out
    m = _SLASH_IN_GROUP.search(indicator)
    if m:
        options = re.split(r"[/／]", m.group(1))
        if len(options) == parts:
            base, unit = _unit_and_name(indicator)
            return [(base.replace(m.group(0), f"（{o}）"), unit) for o in options]
    return None


def _region_columns(
    text: str, table: TableGrid, index: RegionIndex, plan_region: RegionEntry | None, year: int | None
) -> list[RegionColumn]:
    header = table.rows[0]
    columns = []
    for c, cell in enumerate(header):
        found = resolve_header(index, text[cell.span[0] : cell.span[1]], plan_region, year)
        if found is not None:
            columns.append(RegionColumn(c, found[0], found[1], cell.span))
    return columns


def _indicator_column(text: str, table: TableGrid, skip: set[int]) -> int | None:
    header = [squeeze(text[c.span[0] : c.span[1]]) for c in table.rows[0]]
    for c, name in enumerate(header):
        if c not in skip and "指标" in name:
            return c
    for c in range(len(header)):
        if c in skip:
            continue
        body = [squeeze(text[r[c].span[0] : r[c].span[1]]) for r in table.rows[1:] if c < len(r)]
        if body and sum(1 for b in body if b and not _NUMBER.fullmatch(b.lstrip("*＊"))) >= len(body) * 0.6:
            return c
    return None


def table_targets(
    text: str,
    table: TableGrid,
    index: RegionIndex,
    plan_region: RegionEntry | None,
    year: int | None,
    start_year: int | None = None,
) -> list[TableTarget]:
    """Targets of a table whose columns are regions, else of an indicator table whose columns are years or
    base/target values; [] for any other table. ``start_year`` is the first year of the plan's period."""
    if len(table.rows) < 2:
        return []
    columns = _region_columns(text, table, index, plan_region, year)
    if len([c for c in columns if not c.is_total]) < _MIN_REGION_HEADERS:
        return indicator_table_targets(text, table, plan_region, year, start_year)
    indicator_col = _indicator_column(text, table, {c.index for c in columns})
    if indicator_col is None:
        return []
    out: list[TableTarget] = []
    for r, row in enumerate(table.rows[1:], start=1):
        if indicator_col >= len(row):
            continue
        ind_span = row[indicator_col].span
        raw_indicator = squeeze(text[ind_span[0] : ind_span[1]])
        if not raw_indicator:
            continue
        starred = any(
            squeeze(text[c.span[0] : c.span[1]]).startswith(("*", "＊")) for c in row[: indicator_col + 1]
        )
        for column in columns:
            if column.index >= len(row):
                continue
            cell = row[column.index].span
            raw = squeeze(text[cell[0] : cell[1]])
            if raw in _NO_TARGET:
                continue
            numbers = [p for p in re.split(r"[/／]", raw)]
            if not all(_NUMBER.fullmatch(n.rstrip("%％")) for n in numbers):
                continue
            variants = _variants(raw_indicator, len(numbers)) if len(numbers) > 1 else None
            if variants is None:
                name, unit = _unit_and_name(raw_indicator)
                if len(numbers) == 2:
                    value, den = float(numbers[0].rstrip("%％")), float(numbers[1].rstrip("%％"))
                    out.append(
                        TableTarget(
                            name,
                            unit,
                            value,
                            den,
                            raw,
                            column.region,
                            column.is_total,
                            r,
                            column.index,
                            0,
                            cell,
                            ind_span,
                            column.span,
                            starred,
                            year=year,
                        )
                    )
                    continue
                variants = [(name, unit)]
            for part, ((name, unit), number) in enumerate(zip(variants, numbers, strict=True)):
                if number.endswith(("%", "％")):
                    unit = unit or "%"
                out.append(
                    TableTarget(
                        name,
                        unit,
                        float(number.rstrip("%％")),
                        None,
                        number,
                        column.region,
                        column.is_total,
                        r,
                        column.index,
                        part,
                        cell,
                        ind_span,
                        column.span,
                        starred,
                        year=year,
                    )
                )
    return out


@dataclass(frozen=True)
class _ValueColumn:
    index: int
    year: int | None
    baseline: bool


@dataclass(frozen=True)
class _IndicatorLayout:
    indicator: int
    unit: int | None
    attribute: int | None
    values: tuple[_ValueColumn, ...]


def _indicator_layout(text: str, table: TableGrid, start_year: int | None) -> _IndicatorLayout | None:
    """The columns of an indicator table: indicator, unit, attribute and value columns (years, 基期值,
    目标值); None when the header names no value column."""
    words = target_vocabulary().year_tables
    header = [squeeze(text[c.span[0] : c.span[1]]) for c in table.rows[0]]
    unit: int | None = None
    attribute: int | None = None
    indicators: list[int] = []
    found: list[tuple[int, int | None, str | None]] = []  # (column, year, baseline / target / None)
    for c, name in enumerate(header):
        bare = name.translate(_BRACKET_CHARS)
        if not bare or bare.startswith(words.skip_headers):
            continue
        year = _YEAR.search(bare)
        role = (
            "baseline"
            if any(w in bare for w in words.baseline_words)
            else ("target" if any(w in bare for w in words.target_words) else None)
        )
        if attribute is None and year is None and any(w in bare for w in words.attribute_headers):
            attribute = c
        elif unit is None and bare in words.unit_headers:
            unit = c
        elif year is not None or role is not None:
            found.append((c, int(year.group(1)) if year else None, role))
        elif any(w in bare for w in words.indicator_headers):
            indicators.append(c)
    if not any(role != "baseline" for _, _, role in found):
        return None
    taken = {c for c, _, _ in found} | {c for c in (unit, attribute) if c is not None}
    indicator = indicators[-1] if indicators else _indicator_column(text, table, taken)
    if indicator is None:
        return None
    bare_years = sorted(y for _, y, role in found if role is None and y is not None)
    has_base = any(role == "baseline" for _, _, role in found)

    def is_baseline(year: int | None, role: str | None) -> bool:
        if role is not None:
            return role == "baseline"
        if has_base or year is None:
            return False
        if start_year is not None:
            return year < start_year
        return len(bare_years) > 1 and year == bare_years[0]

    values = tuple(_ValueColumn(c, y, is_baseline(y, role)) for c, y, role in found)
    return _IndicatorLayout(indicator, unit, attribute, values)


def _cell_value(raw: str) -> tuple[float, float | None, str, str | None] | None:
    """A value cell: (value, upper end of a range, comparator, unit written in the cell)."""
    vocab = target_vocabulary()
    comparator = "="
    for entry in sorted(vocab.comparators_before, key=lambda e: -len(e.text)):
        if raw.startswith(entry.text):
            comparator, raw = entry.comparator, raw[len(entry.text) :]
            break
    for entry in vocab.comparators_after:
        if raw.endswith(entry.text):
            comparator = entry.comparator if comparator in ("=", ">=") else comparator
            raw = raw[: -len(entry.text)]
            break
    m = re.fullmatch(r"([+-]?\d+(?:\.\d+)?)(?:[-—–~～至](\d+(?:\.\d+)?))?(.*)", raw)
    if m is None:
        return None
    unit = m.group(3) or None
    if unit is not None and vocab.unit(unit) is None:
        return None
    value_max = float(m.group(2)) if m.group(2) else None
    return float(m.group(1)), value_max, "range" if value_max is not None else comparator, unit


def indicator_table_targets(
    text: str, table: TableGrid, plan_region: RegionEntry | None, year: int | None, start_year: int | None
) -> list[TableTarget]:
    """Targets of an indicator table: one per row and value column, for the plan's region; base columns
    give the row's starting level, flagged baseline. [] when the table is not one."""
    layout = _indicator_layout(text, table, start_year)
    if layout is None:
        return []
    words = target_vocabulary().year_tables
    out: list[TableTarget] = []
    for r, row in enumerate(table.rows[1:], start=1):
        if layout.indicator >= len(row):
            continue
        ind_span = row[layout.indicator].span
        name, unit = _unit_and_name(squeeze(text[ind_span[0] : ind_span[1]]))
        name = name.lstrip("*＊")
        if not name:
            continue
        if layout.unit is not None and layout.unit < len(row):
            written = squeeze(text[row[layout.unit].span[0] : row[layout.unit].span[1]]).translate(
                _BRACKET_CHARS
            )
            unit = written or unit
        flags: list[str] = []
        if layout.attribute is not None and layout.attribute < len(row):
            attribute = squeeze(text[row[layout.attribute].span[0] : row[layout.attribute].span[1]])
            flags += [flag for word, flag in words.attributes.items() if word in attribute]
        starred = any(
            squeeze(text[c.span[0] : c.span[1]]).startswith(("*", "＊")) for c in row[: layout.indicator + 1]
        )
        flags += target_flags(name)
        for column in layout.values:
            if column.index >= len(row):
                continue
            cell = row[column.index].span
            raw = squeeze(text[cell[0] : cell[1]])
            parsed = _cell_value(raw) if raw not in _NO_TARGET else None
            if parsed is None:
                continue
            value, value_max, comparator, cell_unit = parsed
            if column.baseline:
                column_year, basis = column.year, "table" if column.year is not None else "unknown"
                comparator, column_flags = "=", (BASELINE, *flags)
            else:
                column_year, basis = (column.year, "table") if column.year is not None else (year, "plan")
                column_flags = tuple(flags)
            out.append(
                TableTarget(
                    name,
                    cell_unit or unit,
                    value,
                    None,
                    raw,
                    plan_region,
                    False,
                    r,
                    column.index,
                    0,
                    cell,
                    ind_span,
                    None,
                    starred,
                    year=column_year,
                    year_basis=basis,
                    comparator=comparator,
                    value_max=value_max,
                    flags=column_flags,
                )
            )
    return out


def additive(target: TableTarget) -> bool:
    """Summing over regions makes sense (not a rate, share, per-capita figure or percentage)."""
    words = target_vocabulary().non_additive
    return (
        not any(w in target.indicator for w in words)
        and target.unit != "%"
        and not target_flags(target.indicator)
    )
