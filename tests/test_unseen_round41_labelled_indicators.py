"""Round 41: an annex of indicators typed as plain lines of labelled fields, with no table.

What was read wrong before: a run of lines such as 1．指标名称：有效发明专利拥有量；单位：件；2024年：320；
2025年目标：400 gave no targets at all, since no table was found there. A run of two such lines or more, each
with the same labels in the same order, whose labels head an indicator table (an indicator column and a value
column), is now read as that table (labelled_rows.py): each line a row, its baseline and target as a ruled
table's.
"""

from __future__ import annotations

import pytest

from tests.plans import extracted

_HEAD = (
    "淇县知识产权工作方案\n一、工作目标\n到2025年，全县知识产权工作取得新成效。\n附件\n淇县知识产权主要指标\n"
)

Row = tuple[float, str | None, int | None, str, list[str]]


def _targets(rows: str) -> list[Row]:
    doc, _ = extracted(_HEAD + rows)
    return [(t.value or 0.0, t.unit, t.year, t.kind, sorted(t.flags)) for t in doc.targets]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (  # full-width dots, full-width colons and semicolons, a bare year before a target year
            "1．指标名称：有效发明专利拥有量；单位：件；2024年：150；2025年目标：190\n"
            "2．指标名称：有效注册商标总量；单位：件；2024年：5200；2025年目标：6000\n",
            [
                (150, "件", 2024, "baseline", []),
                (190, "件", 2025, "target", []),
                (5200, "件", 2024, "baseline", []),
                (6000, "件", 2025, "target", []),
            ],
        ),
        (  # no numbers, half-width colons and semicolons, two bare years
            "指标:专利授权量;单位:件;2023年:310;2025年:420\n指标:商标注册量;单位:件;2023年:900;2025年:1200\n",
            [
                (310, "件", 2023, "baseline", []),
                (420, "件", 2025, "target", []),
                (900, "件", 2023, "baseline", []),
                (1200, "件", 2025, "target", []),
            ],
        ),
        (  # bracketed numbers, the years inside the labels' brackets, a per-capita indicator
            "1、指标名称：每万人口高价值发明专利拥有量；单位：件；2023年（基期）：1.1；2025年（目标）：1.8\n"
            "2、指标名称：知识产权保护满意度；单位：分；2023年（基期）：78；2025年（目标）：81\n",
            [
                (1.1, "件", 2023, "baseline", ["per_capita"]),
                (1.8, "件", 2025, "target", ["per_capita"]),
                (78, "分", 2023, "baseline", []),
                (81, "分", 2025, "target", []),
            ],
        ),
        (  # baseline and target words with no year
            "（1）指标：地理标志证明商标数量；单位：件；基期值：3；目标值：5\n"
            "（2）指标：知识产权质押融资金额；单位：亿元；基期值：0.8；目标值：1.5\n",
            [
                (3, "件", None, "baseline", []),
                (5, "件", 2025, "target", []),
                (0.8, "亿元", None, "baseline", []),
                (1.5, "亿元", 2025, "target", []),
            ],
        ),
    ],
)
def test_lines_of_labelled_fields_are_an_indicator_table(rows: str, expected: list[Row]) -> None:
    assert _targets(rows) == expected


def test_one_line_of_labelled_fields_alone_is_no_table() -> None:
    assert _targets("指标名称：有效发明专利拥有量；单位：件；2024年：150；2025年目标：190\n") == []


def test_labelled_lines_naming_no_indicator_column_are_no_indicator_table() -> None:
    doc, _ = extracted(
        _HEAD
        + "1．责任单位：县市场监管局；完成时限：2025年12月底前\n2．责任单位：县科技局；完成时限：2025年6月底前\n"
    )
    assert doc.targets == []
    assert [t.origin for t in doc.tables] == []


def test_lines_under_other_labels_end_the_table() -> None:
    rows = (
        "1．指标名称：有效发明专利拥有量；单位：件；2024年：150；2025年目标：190\n"
        "2．指标名称：有效注册商标总量；单位：件；2024年：5200；2025年目标：6000\n"
        "备注：数据来源：县市场监管局；统计口径：年末数\n"
    )
    doc, text = extracted(_HEAD + rows)
    (table,) = doc.tables
    assert text[table.span[0] : table.span[1]].endswith("2025年目标：6000")
