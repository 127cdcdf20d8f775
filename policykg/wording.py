"""Facts written back as short Chinese-and-symbols text, for spreadsheets and view labels."""

from __future__ import annotations

from collections.abc import Mapping


def target_text(target: Mapping[str, object]) -> str:
    """万人高价值发明专利拥有量 >= 8件; a standing: 有效商标注册量 全市前3位, 质押融资额增幅 >= 全省平均水平
    (with a margin: 专利授权量增速 >= 全省平均水平 +2个百分点).
    ``target`` holds indicator, comparator, value, unit, and for a standing its kind and reference."""
    indicator, comparator = target.get("indicator") or "", target.get("comparator") or ""
    reference, value, unit = target.get("reference"), target.get("value"), target.get("unit") or ""
    if target.get("standing") == "rank" and reference:
        return f"{indicator} {reference}"
    if reference and isinstance(value, int | float):  # a margin over an average: >= 全省平均水平 +2个百分点
        return f"{indicator} {comparator} {reference} +{value:g}{unit}"
    if reference:
        return f"{indicator} {comparator} {reference}"
    if isinstance(value, int | float):
        return f"{indicator} {comparator} {value:g}{unit}"
    return f"{indicator} {comparator}".strip()
