"""Per-region target tables: each cell a target with indicator, unit, region and value.

Orientation is found from which side names regions: column headers such as 海安 / 如皋 / 市开发区 / 合计, or
the first column (县区 / 商州区 / 洛南县 / 合计, the indicators across the header), read turned. Compound
cells (8/2000 under 专利质押融资登记数（笔）/金额（万元）) become one target per part; "/" means no target;
the 合计 column is the issuing region's total. A table whose columns are not regions is read as an
indicator table (year_tables.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache

from loaders.base import TableCell, TableGrid
from ontology.vocab import RegionEntry
from ontology.vocab_targets import target_vocabulary
from policykg.extract.indicators import target_flags
from policykg.extract.quantities import unit_at
from policykg.extract.regions import RegionIndex
from policykg.extract.spaced_tables import wrapped_pieces
from policykg.extract.table_captions import caption_measure, record_caption
from policykg.extract.table_cells import (
    NO_TARGET,
    NUMBER,
    TableTarget,
    caption_unit,
    indicator_column,
    plain_number,
    row_label,
    unit_and_name,
)
from policykg.extract.table_headers import body_rows, header_cells, header_depth, header_levels
from policykg.extract.targets import part_indicator, town_opening
from policykg.extract.textspan import Span, split_top_level, squeeze
from policykg.extract.year_tables import cell_level, indicator_table_targets, is_value_cell

_SLASH_IN_GROUP = re.compile(r"[（(]([^（()）]*/[^（()）]*)[)）]")
_SLASH = re.compile(r"[/／]")
_MIN_REGION_HEADERS = 2


@dataclass(frozen=True)
class RegionColumn:
    index: int
    region: RegionEntry | None  # None with is_total: the plan's own region, which may be unknown
    is_total: bool
    span: Span


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
            zones = [e for e in index.children.get(host.id, []) if e.level == "zone"]
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


def _variants(indicator: str, parts: int) -> list[tuple[str, str | None]] | None:
    """专利质押融资登记数（笔）/金额（万元） -> [(专利质押融资登记数, 笔), (专利质押融资登记金额, 万元)];
    企业高管（总裁/总监）参培人数（位） -> the two bracketed alternatives."""
    pieces = [indicator[s:e] for s, e in split_top_level(indicator, 0, len(indicator), "/／")]
    if len(pieces) == parts:
        named = [unit_and_name(p) for p in pieces]
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
            base, unit = unit_and_name(indicator)
            return [(base.replace(m.group(0), f"（{o}）"), unit) for o in options]
    return None


def _region_columns(
    text: str, table: TableGrid, index: RegionIndex, plan_region: RegionEntry | None, year: int | None
) -> list[RegionColumn]:
    columns = []
    for c, cell in enumerate(header_cells(text, table)):
        found = resolve_header(index, text[cell.span[0] : cell.span[1]], plan_region, year)
        if found is not None:
            columns.append(RegionColumn(c, found[0], found[1], cell.span))
    return columns


def table_targets(
    text: str,
    table: TableGrid,
    index: RegionIndex,
    plan_region: RegionEntry | None,
    year: int | None,
    start_year: int | None = None,
) -> list[TableTarget]:
    """Targets of a table whose columns are regions, else of an indicator table whose columns are years or
    base/target values; [] for any other table. ``start_year`` is the first year of the plan's period. A
    unit its caption names (（单位：件）) is the unit of the cells given none."""
    if len(table.rows) < 2 or record_caption(text, table, start_year if start_year is not None else year):
        return []  # a record of a past year's figures (2024年度…统计表): results, no targets
    found = _targets(text, table, index, plan_region, year, start_year)
    if found and table.origin == "spaced":
        found = _wrapped_names(text, table, found)
    if found and any(t.unit is None for t in found) and (unit := caption_unit(text, table)) is not None:
        return [t if t.unit is not None else replace(t, unit=unit) for t in found]
    return found


def _wrapped_names(text: str, table: TableGrid, found: list[TableTarget]) -> list[TableTarget]:
    """``found`` with the words an indicator cell of a table typed with spaces wrapped onto the lines below
    its row (每万人口高价值发明专利 ↵ 拥有量) ending its indicator: the table keeps those lines out of its
    cells. Only a cell read whole as the indicator goes on so (no unit nor mark taken out of it), and not with
    a bracket alone (（件）, a unit the layout wrapped)."""
    below: dict[int, str] = {}
    out: list[TableTarget] = []
    for target in found:
        if target.row not in below:
            below[target.row] = _wrapped_name(text, table, target)
        more = below[target.row]
        out.append(replace(target, indicator=target.indicator + more) if more else target)
    return out


def _wrapped_name(text: str, table: TableGrid, target: TableTarget) -> str:
    """The words the indicator cell of ``target``'s row wrapped onto the lines below it, or ""."""
    if target.row >= len(table.rows):
        return ""
    cell = next((c for c in table.rows[target.row] if c.span == target.indicator_span), None)
    if cell is None or squeeze(text[slice(*cell.span)]) != target.indicator:
        return ""
    pieces = wrapped_pieces(text, table, target.row).get(cell.col, [])
    words = "".join(squeeze(text[slice(*piece)]) for piece in pieces)
    return "" if words[:1] in "（([【" else words


def _targets(
    text: str,
    table: TableGrid,
    index: RegionIndex,
    plan_region: RegionEntry | None,
    year: int | None,
    start_year: int | None,
) -> list[TableTarget]:
    columns = _region_columns(text, table, index, plan_region, year)
    if len([c for c in columns if not c.is_total]) < _MIN_REGION_HEADERS:
        placed = _place_rows(text, table, index, plan_region, year, start_year)
        if placed is not None:  # one measure, named in the caption, of each place down the first column
            return placed
        turned = _turned(text, table, index, plan_region, year)
        if turned is not None:  # the regions down the first column: read across, indexed as written
            grid, turned_columns, towns = turned
            found = _region_targets(text, grid, turned_columns, year)
            return [_turned_back(t, towns) for t in found]
        grouped = _grouped_places(text, table, index, plan_region, year, start_year)
        if grouped is not None:  # the places down the first column, the indicators over year columns
            return grouped
        found = indicator_table_targets(text, table, plan_region, year, start_year)
        if not found and (by_year := _years_down(text, table)) is not None:
            # the years down the first column (年度 | 专利授权量（件） | …): read across, indexed as written
            grid, units = by_year
            found = indicator_table_targets(text, grid, plan_region, year, start_year)
            below = 1 if units else 0  # a row of units under the header: the rows after it move down one
            return [
                replace(
                    t,
                    row=t.column + below if t.column else 0,
                    column=t.row,
                    unit=t.unit if t.unit is not None or not units else units[t.row],
                )
                for t in found
            ]
        return found
    # a column of the places not listed one by one (其他县（市、区）) among the regions: read as a town's
    header = ((c, squeeze(cell.text), cell.span) for c, cell in enumerate(header_cells(text, table)))
    columns, rest = _with_residual(header, columns, plan_region)
    found = _region_targets(text, table, columns, year)
    if not rest:
        return found
    return [
        replace(t, indicator=rest[t.column] + t.indicator, region_span=None) if t.column in rest else t
        for t in found
    ]


def _with_residual(
    headers: Iterable[tuple[int, str, Span]], columns: list[RegionColumn], plan_region: RegionEntry | None
) -> tuple[list[RegionColumn], dict[int, str]]:
    """``columns`` with a column for each header (index, words, span; the first, the row labels', aside)
    naming the places a table does not list one by one among the regions it names (其他县（市、区）: read as
    a town's, of the plan's region), in order, and those headers' words by index."""
    named = {c.index for c in columns}
    rest = {i: (name, span) for i, name, span in headers if i and i not in named and _residual_places(name)}
    if not rest:
        return columns, {}
    others = [RegionColumn(i, plan_region, False, span) for i, (_, span) in rest.items()]
    return sorted([*columns, *others], key=lambda c: c.index), {i: name for i, (name, _) in rest.items()}


def _row_places(
    text: str,
    table: TableGrid,
    index: RegionIndex,
    plan_region: RegionEntry | None,
    year: int | None,
    every: bool = True,
) -> dict[int, tuple[RegionEntry | None, bool, str]] | None:
    """Each body row's place named by its first cell: (region, is_total, town), the region a district or
    county of the gazetteer (麒麟区) or the plan's own for a total (合计), the town's name for a town or a
    street it does not hold (溪美街道); None unless two of them are no total and, with ``every``, every row
    names one (else a row naming none, 山西转型综改示范区, is left out, as a column heading none is)."""
    places: dict[int, tuple[RegionEntry | None, bool, str]] = {}
    for r, row in body_rows(text, table):
        name = squeeze(text[row[0].span[0] : row[0].span[1]]) if row else ""
        if name and (town_opening(name) == name or _residual_places(name)):
            places[r] = (None, False, name)  # a town (溪美街道) or the towns not listed (其他乡镇)
        elif name and (found := resolve_header(index, name, plan_region, year)) is not None:
            places[r] = (found[0], found[1], "")
        elif every:
            return None
    if sum(1 for _, total, _ in places.values() if not total) < _MIN_REGION_HEADERS:
        return None
    return places


@cache
def _residual_pattern() -> re.Pattern[str] | None:
    patterns = target_vocabulary().residual_places
    return re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None


def _residual_places(name: str) -> bool:
    """Whether a row's first cell names the places the table does not list one by one (其他乡镇, 其余镇
    （街道）; targets.yaml residual_places)."""
    pattern = _residual_pattern()
    return pattern is not None and name.startswith("其") and pattern.match(name) is not None


def _place_rows(
    text: str,
    table: TableGrid,
    index: RegionIndex,
    plan_region: RegionEntry | None,
    year: int | None,
    start_year: int | None,
) -> list[TableTarget] | None:
    """Targets of a table of one measure named only in its caption (表1　2024年各镇（街道）发明专利
    授权量目标), its rows places (溪美街道, 官桥镇; 麒麟区, 宣威市) and its columns years or base/target
    values (2023年完成 | 2024年目标), read as an indicator table is: each cell the caption's measure of the
    row's place, a region of the gazetteer as the target's region, a town (which it does not hold) opening
    the indicator as in prose (溪美街道发明专利授权量), within the plan's region. None for any other table."""
    measure = caption_measure(text, table)
    if measure is None:
        return None
    places = _row_places(text, table, index, plan_region, year)
    if places is None:
        return None
    found = indicator_table_targets(text, table, plan_region, year, start_year)
    if not found:
        return None
    name, span = measure
    flags = tuple(target_flags(name))
    out = []
    for t in found:
        region, total, town = places[t.row]
        out.append(
            replace(
                t,
                indicator=town + name,
                region=region if region is not None else plan_region,  # a town: within the plan's region
                is_total=total,
                indicator_span=span,
                region_span=None if town else t.indicator_span,
                flags=(*t.flags, *(f for f in flags if f not in t.flags)),
            )
        )
    return out


def _transposed(table: TableGrid, width: int) -> TableGrid:
    """``table`` (rows of ``width`` cells each) turned, its rows as columns: its first column heads them."""
    return TableGrid(
        table.span,
        tuple(
            tuple(TableCell(c, r, table.rows[r][c].span) for r in range(len(table.rows)))
            for c in range(width)
        ),
        table.origin,
    )


#: A cell naming a year only (2024年, 2024, 2024年度, 2025年（目标）, 2022年基期, 2023年（实际）): a row of
#: the year's values.
_YEAR_ROW = re.compile(
    r"(?:19|20)\d{2}\s*年?\s*度?\s*[（(]?\s*(?:基期|基数|目标|目标值|现状|实际|实际值|完成|预计|预期)?\s*[）)]?"
)


def _years_down(text: str, table: TableGrid) -> tuple[TableGrid, list[str | None]] | None:
    """A table whose first column names years (年度 | 2023年 | 2024年 …) and whose header row names the
    indicators, turned so that the years head its columns, as an indicator table writes them, with the
    unit of each indicator a row of units under the header gives (年度 | 发明专利授权量 | … over 单位 | 件 |
    …: read without that row; [] with none); None for any other table. Only a table with a header of one
    row, rows of one width, two years and nothing but values beside them is turned."""
    width = len(table.rows[0])
    if width < 2 or len(table.rows) < 3 or any(len(row) != width for row in table.rows):
        return None
    units = _units_row(text, table.rows[1])
    if units:
        rows = (table.rows[0], *table.rows[2:])
        table = TableGrid(
            table.span,
            tuple(tuple(TableCell(r, c.col, c.span) for c in row) for r, row in enumerate(rows)),
            table.origin,
        )
        if len(table.rows) < 3:
            return None
    if header_depth(text, table) != 1:
        return None
    firsts = [squeeze(text[row[0].span[0] : row[0].span[1]]) for row in table.rows[1:]]
    if not all(_YEAR_ROW.fullmatch(cell) for cell in firsts):
        return None
    # values only beside the years: a table of each year's work (年度 | 工作任务 | 责任单位) is none
    if not all(
        is_value_cell(squeeze(text[c.span[0] : c.span[1]])) for row in table.rows[1:] for c in row[1:]
    ):
        return None
    return _transposed(table, width), units


def _units_row(text: str, row: tuple[TableCell, ...]) -> list[str | None]:
    """The unit each column of a row of units names (单位 | 件 | 件 | 亿元, its first cell 单位 or empty),
    None for its first; [] for any other row."""
    first = squeeze(text[row[0].span[0] : row[0].span[1]])
    if first and first not in target_vocabulary().year_tables.unit_headers:
        return []
    units: list[str | None] = [None]
    for cell in row[1:]:
        words = squeeze(text[cell.span[0] : cell.span[1]]).strip("（）()")
        unit = unit_at(words, 0, len(words)) if words else None
        if unit is None or unit[1] != len(words):
            return []
        units.append(unit[0])
    return units


def _turned(
    text: str, table: TableGrid, index: RegionIndex, plan_region: RegionEntry | None, year: int | None
) -> tuple[TableGrid, list[RegionColumn], dict[int, str]] | None:
    """A table whose first column names the regions (县区 / 商州区 / 洛南县 / 合计) or the towns and streets
    (乡镇（街道） / 茶山街道 / 江益镇 / 合计) and whose header row names the indicators, turned so that the
    places head its columns, with those columns and the town each column of a town names (a town is within
    the plan's region); None for any other table. Only a table with a header of one row and rows of one
    width is turned."""
    width = len(table.rows[0])
    if width < 2 or any(len(row) != width for row in table.rows) or header_depth(text, table) != 1:
        return None
    firsts = [row[0] for row in table.rows]
    if sum(1 for cell in firsts[1:] if squeeze(text[cell.span[0] : cell.span[1]])) < _MIN_REGION_HEADERS:
        return None
    grid = _transposed(table, width)
    columns = _region_columns(text, grid, index, plan_region, year)
    if len([c for c in columns if not c.is_total]) >= _MIN_REGION_HEADERS and not any(
        c.index == 0 for c in columns
    ):
        # a row of the places not listed one by one (其他县（市、区）) among the regions: read as a town's
        rows = ((r, squeeze(text[cell.span[0] : cell.span[1]]), cell.span) for r, cell in enumerate(firsts))
        columns, rest = _with_residual(rows, columns, plan_region)
        return grid, columns, rest
    places = _row_places(text, table, index, plan_region, year, every=False)
    if places is None or not any(town for _, _, town in places.values()):
        return None
    towns = {r: town for r, (_, _, town) in places.items() if town}
    placed = [
        RegionColumn(r, plan_region if town else region, total, firsts[r].span)
        for r, (region, total, town) in places.items()
    ]
    return grid, placed, towns


def _turned_back(target: TableTarget, towns: dict[int, str]) -> TableTarget:
    """A target read from a turned table, indexed as the table is written: a town's (its column's, a row as
    written) opens its indicator as in prose (茶山街道专利授权量), within the plan's region."""
    town = towns.get(target.column, "")
    if not town:
        return replace(target, row=target.column, column=target.row)
    return replace(
        target, row=target.column, column=target.row, indicator=town + target.indicator, region_span=None
    )


def _grouped_places(
    text: str,
    table: TableGrid,
    index: RegionIndex,
    plan_region: RegionEntry | None,
    year: int | None,
    start_year: int | None,
) -> list[TableTarget] | None:
    """Targets of a table whose first column names places (小店区 / 清徐县, or towns) and whose header of two
    rows names the indicators, some over columns of years or of base and target values (发明专利授权量（件）
    over 2023年实际 | 2024年目标): each indicator over such columns read as an indicator table's row is, for
    each place; each indicator alone over its column read as a turned table is. The place is the target's
    region, a town opening its indicator as in prose; None for any other table."""
    levels = header_levels(text, table)
    width = len(table.rows[0])
    if len(levels) != 2 or len(set(levels[0])) < 2 or any(len(row) != width for row in table.rows):
        return None
    places = _row_places(text, table, index, plan_region, year, every=False)
    if places is None:
        return None
    body = [(r, row) for r, row in body_rows(text, table) if r in places]
    head, sub = table.rows[0], table.rows[1]
    out: list[TableTarget] = []
    singles = [c for c in range(1, width) if levels[0].count(levels[0][c]) == 1]
    for group in sorted({levels[0][c] for c in range(1, width)} - set(singles)):
        spanned = [c for c in range(width) if levels[0][c] == group]
        grid = TableGrid(
            table.span,
            (
                (head[group], *(sub[c] for c in spanned)),
                *((row[0], *(row[c] for c in spanned)) for _, row in body),
            ),
            table.origin,
        )
        name, _ = unit_and_name(squeeze(text[head[group].span[0] : head[group].span[1]]))
        flags = tuple(target_flags(name))
        for t in indicator_table_targets(text, grid, plan_region, year, start_year):
            r = body[t.row - 1][0]
            region, total, town = places[r]
            out.append(
                replace(
                    t,
                    indicator=town + name,
                    region=region if region is not None else plan_region,
                    is_total=total,
                    row=r,
                    column=spanned[t.column - 1],
                    indicator_span=head[group].span,
                    region_span=None if town else table.rows[r][0].span,
                    flags=(*t.flags, *(f for f in flags if f not in t.flags)),
                )
            )
    if singles:
        grid = TableGrid(
            table.span,
            (
                (sub[0], *(sub[c] for c in singles)),
                *((row[0], *(row[c] for c in singles)) for _, row in body),
            ),
            table.origin,
        )
        turned = _turned(text, grid, index, plan_region, year)
        if turned is not None:
            for t in _region_targets(text, turned[0], turned[1], year):
                back = _turned_back(t, turned[2])
                out.append(replace(back, row=body[back.row - 1][0], column=singles[back.column - 1]))
    return sorted(out, key=lambda t: (t.row, t.column, t.part)) or None


#: A year opening an indicator's label (2025年每万人口…拥有量, 2025年底有效发明专利): its targets' year.
_DATED_LABEL = re.compile(r"((?:19|20)\d{2})\s*年(?:底|末)?度?")


def _region_targets(
    text: str, table: TableGrid, columns: list[RegionColumn], year: int | None
) -> list[TableTarget]:
    """The targets of a table whose ``columns`` name regions, one a cell."""
    indicator_col = indicator_column(text, table, {c.index for c in columns})
    if indicator_col is None:
        return []
    out: list[TableTarget] = []
    whole: str | None = None  # the indicator of the last row that is no part of another (其中：…)
    for r, row in body_rows(text, table):
        if indicator_col >= len(row):
            continue
        ind_span = row[indicator_col].span
        label = row_label(squeeze(text[ind_span[0] : ind_span[1]]))  # ▲, （1）, 其中：, （预期性）
        raw_indicator = label.name
        if not raw_indicator:
            continue
        starred = label.starred or any(
            squeeze(text[c.span[0] : c.span[1]]).startswith(("*", "＊")) for c in row[:indicator_col]
        )
        named = unit_and_name(raw_indicator)  # the row's indicator and unit, read once for its cells
        row_year = year
        if (dated := _DATED_LABEL.match(named[0])) is not None and dated.end() < len(named[0]):
            # 2025年每万人口高价值发明专利拥有量（件）: the year the row's targets are for
            named, row_year = (named[0][dated.end() :], named[1]), int(dated.group(1))
        # 每万人口…拥有量: per head, as the words of an indicator table's row or of prose say
        row_flags = (*label.flags, *(f for f in target_flags(named[0]) if f not in label.flags))
        if not label.part:
            whole = named[0]
        elif whole is not None:  # 其中：发明专利 below 专利授权量: 发明专利授权量
            named = (part_indicator(named[0], whole), named[1])
        split: dict[int, list[tuple[str, str | None]] | None] = {}  # its _variants by count, read once too
        for column in columns:
            if column.index >= len(row):
                continue
            cell = row[column.index].span
            raw = squeeze(text[cell[0] : cell[1]])
            if raw in NO_TARGET:
                continue
            numbers = _SLASH.split(plain_number(raw))  # 1,050 is 1050
            if not all(NUMBER.fullmatch(n.rstrip("%％")) for n in numbers):
                leveled = _level_target(raw, named, column, r, (cell, ind_span), starred, row_year, row_flags)
                if leveled is not None:  # ≥900, 1000以上, 3-5, 力争500: read as an indicator table's cell
                    out.append(leveled)
                continue
            variants = None
            if len(numbers) > 1:
                if len(numbers) not in split:
                    split[len(numbers)] = _variants(raw_indicator, len(numbers))
                variants = split[len(numbers)]
            if variants is None:
                name, unit = named
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
                            year=row_year,
                            flags=row_flags,
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
                        year=row_year,
                        flags=row_flags,
                    )
                )
    return out


def _level_target(
    raw: str,
    named: tuple[str, str | None],
    column: RegionColumn,
    row: int,
    spans: tuple[Span, Span],
    starred: bool,
    year: int | None,
    flags: tuple[str, ...],
) -> TableTarget | None:
    """The target of a region's cell holding one level with a comparator, a range or an adverb (≥900,
    1000以上, 3-5, 力争500: cell_level) in the row ``named`` (its indicator and unit); None for another
    cell or a cell whose unit is not the row's."""
    level = cell_level(raw, named[1])
    if level is None:
        return None
    value, value_max, comparator, unit, promised = level
    if unit is None and named[1] is not None:
        return None
    return TableTarget(
        named[0],
        unit,
        value,
        None,
        raw,
        column.region,
        column.is_total,
        row,
        column.index,
        0,
        spans[0],
        spans[1],
        column.span,
        starred,
        year=year,
        comparator=comparator,
        value_max=value_max,
        flags=(*flags, *(f for f in promised if f not in flags)),
    )


def additive(target: TableTarget) -> bool:
    """Summing over regions makes sense (not a rate, share, per-capita figure or percentage)."""
    words = target_vocabulary().non_additive
    return (
        not any(w in target.indicator for w in words)
        and target.unit != "%"
        and not target_flags(target.indicator)
    )
