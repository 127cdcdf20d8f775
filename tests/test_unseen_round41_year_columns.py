"""Round 41: a district's indicators table headed 2024年 | 2026年目标 in a plan for 2024—2026 (a Shanghai portal
page). The plan's first year, bare beside a later column marked as the target's, is the level the plan starts
from; before, a first year equal to the plan's start was a base only when exactly two bare year columns stood
side by side (2022年 | 2025年), so this table gave two targets a row. Still read as before: two columns both
marked as targets, and a bare year after the plan's first (2025年 between 2024年 and 2026年目标)."""

from __future__ import annotations

import pytest

from tests.plans import extracted

Row = tuple[str, float | None, int | None, str]


def _page(title: str, header: list[str], row: list[str]) -> str:
    heads = "".join(f"<th>{h}</th>" for h in header)
    cells = "".join(f"<td>{c}</td>" for c in row)
    return (
        f"<html><head><meta charset='utf-8'></head><body><article><h1>{title}</h1><h2>一、主要目标</h2>"
        f"<p>到期末，主要指标如下。</p><table><thead><tr>{heads}</tr></thead><tbody><tr>{cells}</tr></tbody>"
        "</table><h2>二、重点任务</h2><h3>（一）加强创造</h3><p>培育高价值专利。</p></article></body></html>"
    )


def _read(title: str, header: list[str], row: list[str]) -> list[Row]:
    doc, _ = extracted(_page(title, header, row), "plan.html")
    return [(t.indicator, t.value, t.year, t.kind) for t in doc.targets]


@pytest.mark.parametrize(
    ("title", "header", "row", "expected"),
    [
        (
            "某区知识产权强区建设行动方案（2024—2026年）",
            ["指标名称", "单位", "2024年", "2026年目标", "属性"],
            ["有效发明专利拥有量", "件", "1200", "1800", "预期性"],
            [("有效发明专利拥有量", 1200, 2024, "baseline"), ("有效发明专利拥有量", 1800, 2026, "target")],
        ),
        (
            "某市知识产权强市建设实施方案（2023—2025年）",
            ["指标", "单位", "2023年", "2025年目标值"],
            ["PCT国际专利申请量", "件", "80", "120"],
            [("PCT国际专利申请量", 80, 2023, "baseline"), ("PCT国际专利申请量", 120, 2025, "target")],
        ),
        (
            "某县知识产权强县建设行动计划（2025—2027年）",
            ["序号", "主要指标", "2025年", "2027年（目标）", "指标属性"],
            ["1", "知识产权质押融资登记金额（亿元）", "3", "8", "约束性"],
            [
                ("知识产权质押融资登记金额", 3, 2025, "baseline"),
                ("知识产权质押融资登记金额", 8, 2027, "target"),
            ],
        ),
    ],
)
def test_the_plans_first_year_beside_a_target_column_is_its_base(
    title: str, header: list[str], row: list[str], expected: list[Row]
) -> None:
    assert _read(title, header, row) == expected


def test_a_bare_year_after_the_first_is_still_a_target() -> None:
    read = _read(
        "某区知识产权强区建设行动方案（2024—2026年）",
        ["指标名称", "单位", "2024年", "2025年", "2026年目标"],
        ["有效发明专利拥有量", "件", "1200", "1500", "1800"],
    )
    assert [(year, kind) for _, _, year, kind in read] == [
        (2024, "baseline"),
        (2025, "target"),
        (2026, "target"),
    ]


def test_two_columns_marked_as_targets_are_both_targets() -> None:
    read = _read(
        "某区知识产权强区建设行动方案（2024—2026年）",
        ["指标名称", "单位", "2024年目标", "2026年目标"],
        ["有效发明专利拥有量", "件", "1500", "1800"],
    )
    assert [(year, kind) for _, _, year, kind in read] == [(2024, "target"), (2026, "target")]
