"""Consistency checks of a plan's targets: a table's 合计 against the sum of its regions, and a prose
target against the table total for the same indicator."""

from __future__ import annotations

from collections import defaultdict

from policykg.extract.quantities import normalise
from policykg.extract.table_cells import TableTarget
from policykg.extract.target_tables import additive
from policykg.extract.targets import TargetDraft
from policykg.models import Warning

_TOLERANCE = 1e-6
#: The comparators of cells a row's total is summed over: a level, or a floor (≥900, 1000以上).
_SUMMED = ("=", ">=", ">")


def sum_checks(cells: list[tuple[TableTarget, int]]) -> list[Warning]:
    """A 合计 that is not the sum of its row, where summing makes sense."""
    rows: dict[tuple[int, int, int], list[TableTarget]] = defaultdict(list)
    for cell, t_index in cells:
        rows[(t_index, cell.row, cell.part)].append(cell)
    warnings = []
    for row in rows.values():
        totals = [c for c in row if c.is_total]
        parts = [c for c in row if not c.is_total]
        if len(totals) != 1 or not parts or not additive(totals[0]):
            continue
        if any(c.comparator not in _SUMMED for c in row):
            continue  # a range or an upper bound (3-5, ≤10) sums to no one figure
        expected = sum(c.value for c in parts)
        off = totals[0].value - expected
        if any(c.comparator != "=" for c in parts):
            off = min(off, 0.0)  # ≥900, 1000以上: the floors' sum, which the total may pass
        if abs(off) > _TOLERANCE * max(1.0, abs(expected)):
            total = totals[0]
            warnings.append(
                Warning(
                    code="table-total-mismatch",
                    message=f"{total.indicator}: the total {total.value_text} is not the sum of the regions "
                    f"({expected:g})",
                    span=total.span,
                    related_span=total.indicator_span,
                )
            )
    return warnings


def prose_vs_table(text: str, prose: list[TargetDraft], cells: list[TableTarget]) -> list[Warning]:
    """A prose target that disagrees with the table total for the same indicator."""
    totals = [(c, c.key) for c in cells if c.is_total]  # keys computed once: each is a few regex passes
    warnings: list[Warning] = []
    if not totals:
        return warnings
    for draft in prose:
        if draft.baseline or draft.value_max is not None or draft.value is None or draft.standing is not None:
            continue  # a starting level is not the plan's figure for the year of the table
        key = draft.key
        candidates = [(t, k) for t, k in totals if k.endswith(key)]
        if not candidates:
            continue
        sentence_start = max(text.rfind("。", 0, draft.span[0]), text.rfind("\n", 0, draft.span[0])) + 1
        sentence = text[sentence_start : draft.span[1]]
        prose_value, prose_unit = normalise(draft.value, draft.unit)
        for total, total_key in candidates:
            if total_key != key and total_key[: -len(key)] not in sentence:
                continue
            if draft.year is not None and total.year is not None and draft.year != total.year:
                continue  # 到2027年…8亿元 beside a 2025 table's total: figures of two years
            table_value, table_unit = normalise(total.value, total.unit)
            if prose_unit != table_unit or prose_value is None or table_value is None:
                continue
            if abs(prose_value - table_value) > _TOLERANCE * max(1.0, abs(table_value)):
                warnings.append(
                    Warning(
                        code="prose-table-mismatch",
                        message=f"the text says {text[draft.span[0] : draft.span[1]]} but the table totals "
                        f"{total.indicator} at {total.value_text}{total.unit or ''}",
                        span=draft.span,
                        related_span=total.span,
                    )
                )
    return warnings
