"""Round 45b: indicator tables turned on their side, the years down the first column and the indicators
across the header (年度 | 发明专利授权量（件） | 有效注册商标量（件） | …, rows 2023年（基期） / 2024年 / …), as Markdown,
Word and web tables, headed 年度, 年份 or 时间, the years written bare or with a note, and the units either in
the header's brackets or in a row of their own under it (单位 | 件 | 件 | 亿元, or that row's first cell empty)."""

from __future__ import annotations

import pytest

from policykg.models import Target
from tests.formats import TABLE_MARK, to_docx, to_html
from tests.plans import extracted

HEAD = [
    "遂宁市船山区知识产权强区建设工作方案（2024—2026年）",
    "一、工作目标",
    "到2026年，全区知识产权综合实力明显提升，主要指标见下表。",
    TABLE_MARK,
    "二、重点任务",
    "（一）培育高价值专利。（区科技局负责）",
]

Table = list[list[str]]


def _markdown(table: Table) -> str:
    lines = ["| " + " | ".join(table[0]) + " |", "|" + " --- |" * len(table[0])]
    return "\n".join([*lines, *("| " + " | ".join(row) + " |" for row in table[1:])])


def _targets(table: Table, layout: str) -> list[Target]:
    if layout == "md":
        body = "\n\n".join(_markdown(table) if p == TABLE_MARK else p for p in HEAD)
        doc, _ = extracted(body + "\n", "plan.md")
    elif layout == "docx":
        doc, _ = extracted(to_docx(HEAD, table), "plan.docx")
    else:
        doc, _ = extracted(to_html(HEAD, table), "plan.html")
    return [t for t in doc.targets if t.source == "table"]


def _read(table: Table, layout: str) -> list[tuple[str, float | None, str | None, str, int | None]]:
    return sorted((t.indicator, t.value, t.unit, t.kind, t.year) for t in _targets(table, layout))


LAYOUTS = ["md", "docx", "html"]

UNITS_ROW = [
    ["年度", "发明专利授权量", "有效注册商标量", "知识产权质押融资额"],
    ["单位", "件", "件", "亿元"],
    ["2023年（基期）", "52", "6860", "1.2"],
    ["2024年", "64", "7550", "1.6"],
    ["2026年", "105", "9150", "2.5"],
]

EXPECTED = [
    ("发明专利授权量", 52.0, "件", "baseline", 2023),
    ("发明专利授权量", 64.0, "件", "target", 2024),
    ("发明专利授权量", 105.0, "件", "target", 2026),
    ("有效注册商标量", 6860.0, "件", "baseline", 2023),
    ("有效注册商标量", 7550.0, "件", "target", 2024),
    ("有效注册商标量", 9150.0, "件", "target", 2026),
    ("知识产权质押融资额", 1.2, "亿元", "baseline", 2023),
    ("知识产权质押融资额", 1.6, "亿元", "target", 2024),
    ("知识产权质押融资额", 2.5, "亿元", "target", 2026),
]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_units_in_a_row_under_the_header(layout: str) -> None:
    assert _read(UNITS_ROW, layout) == EXPECTED


@pytest.mark.parametrize("layout", LAYOUTS)
def test_units_row_with_an_empty_first_cell(layout: str) -> None:
    table = [UNITS_ROW[0], ["", "件", "件", "亿元"], *UNITS_ROW[2:]]
    assert _read(table, layout) == EXPECTED


def test_units_row_cells_keep_their_places_as_written() -> None:
    body = "\n\n".join(_markdown(UNITS_ROW) if p == TABLE_MARK else p for p in HEAD)
    doc, text = extracted(body + "\n", "plan.md")
    got = [t for t in doc.targets if t.source == "table"]
    # each value's span is its own cell, on the row of its year (the units row read as no values)
    for t in got:
        line = text[text.rfind("\n", 0, t.span[0]) + 1 : t.span[0]]
        assert line.startswith(f"| {t.year}年"), (t.quote, line)
    assert sorted(t.quote for t in got if t.year == 2023) == ["1.2", "52", "6860"]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("head", ["年度", "年份", "时间"])
def test_years_headed_in_other_words(layout: str, head: str) -> None:
    table = [
        [head, "专利授权量（件）", "商标注册量（件）"],
        ["2023年（基数）", "52", "6860"],
        ["2025年（目标）", "82", "8300"],
        ["2026年（目标）", "105", "9150"],
    ]
    assert _read(table, layout) == [
        ("专利授权量", 52.0, "件", "baseline", 2023),
        ("专利授权量", 82.0, "件", "target", 2025),
        ("专利授权量", 105.0, "件", "target", 2026),
        ("商标注册量", 6860.0, "件", "baseline", 2023),
        ("商标注册量", 8300.0, "件", "target", 2025),
        ("商标注册量", 9150.0, "件", "target", 2026),
    ]


def test_bare_years_down_with_units_in_a_row() -> None:
    table = [
        ["年份", "专利授权量", "专利转化率"],
        ["计量单位", "件", "%"],
        ["2023", "52", "8"],
        ["2025", "80", "12"],
    ]
    assert _read(table, "md") == [
        ("专利授权量", 52.0, "件", "baseline", 2023),
        ("专利授权量", 80.0, "件", "target", 2025),
        ("专利转化率", 8.0, "%", "baseline", 2023),
        ("专利转化率", 12.0, "%", "target", 2025),
    ]


def test_a_second_row_of_words_is_no_units_row() -> None:
    # a row under the header that names no units (a year's work) leaves the table as it was: no targets
    table = [
        ["年度", "发明专利授权量", "有效注册商标量"],
        ["说明", "按年统计", "按年末存量"],
        ["2023年", "52", "6860"],
        ["2025年", "82", "8300"],
    ]
    assert _read(table, "md") == []
