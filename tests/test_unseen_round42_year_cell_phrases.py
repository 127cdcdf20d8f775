"""Round 42: an annex of each year's tasks (年度任务分解表: 序号 | 重点任务 | 2025年 | 2026年 | 2027年 | 责任单位, a
Tianjin district's three-year plan in Word) whose year cells state that year's work as a phrase with its own
figure (新增专利导航项目2项, 质押融资额达到4亿元, 查办知识产权案件不少于50件), beside cells holding only a level
(累计达到5项). The table was read as an indicators table, so only the bare levels counted and every phrase was
lost. A year column's cell that is no bare level is now read as prose reads a sentence, each target with its own
indicator, dated by the column unless its words name a year; a cell opening with a span of the plan's period
before a level (三年累计突破15亿元) is that level, counted as its words say."""

from __future__ import annotations

import pytest

from tests.formats import TABLE_MARK, to_docx, to_html
from tests.plans import extracted

Row = tuple[str, float | None, str | None, str, int | None, list[str]]

_HEADER = ["序号", "重点任务", "2025年", "2026年", "2027年", "责任单位"]


def _plan(rows: list[list[str]], suffix: str) -> list[Row]:
    paragraphs = [
        "某区知识产权强区建设三年行动计划（2025—2027年）",
        "一、重点任务",
        "（一）加强知识产权创造",
        "围绕主导产业开展专利布局。",
        "附件：年度任务分解表",
        TABLE_MARK,
    ]
    table = [_HEADER, *rows]
    data = to_docx(paragraphs, table) if suffix == "docx" else to_html(paragraphs, table)
    doc, _ = extracted(data, f"plan.{suffix}")
    return [(t.indicator, t.value, t.unit, t.comparator, t.year, sorted(t.flags)) for t in doc.targets]


@pytest.mark.parametrize("suffix", ["docx", "html"])
@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        (
            ["新增专利导航项目2项", "累计达到5项", "累计达到8项"],
            [
                ("专利导航项目", 2, "项", "=", 2025, ["increment"]),
                ("实施专利导航", 5, "项", ">=", 2026, ["cumulative"]),
                ("实施专利导航", 8, "项", ">=", 2027, ["cumulative"]),
            ],
        ),
        (
            ["知识产权质押融资额达到3亿元", "知识产权质押融资额达到4亿元", "三年累计突破12亿元"],
            [
                ("知识产权质押融资额", 3, "亿元", ">=", 2025, []),
                ("知识产权质押融资额", 4, "亿元", ">=", 2026, []),
                ("实施专利导航", 12, "亿元", ">", 2027, ["cumulative"]),
            ],
        ),
        (
            ["办理专利侵权纠纷案件不少于30件", "培育贯标企业15家以上", "未来三年累计达到40家"],
            [
                ("办理专利侵权纠纷案件", 30, "件", ">=", 2025, []),
                ("培育贯标企业", 15, "家", ">=", 2026, []),
                ("实施专利导航", 40, "家", ">=", 2027, ["cumulative"]),
            ],
        ),
    ],
)
def test_a_year_cells_phrase_is_that_years_target(suffix: str, cells: list[str], expected: list[Row]) -> None:
    rows = [["1", "实施专利导航", *cells, "牵头：区市场监管局；参与：区科技局"]]
    assert _plan(rows, suffix) == expected


def test_a_phrase_naming_its_own_year_keeps_it() -> None:
    rows = [
        ["1", "培育高价值专利", "开展专利挖掘培训4场", "2026年6月底前建成培育中心2个", "持续推进", "区科技局"]
    ]
    assert _plan(rows, "html") == [
        ("开展专利挖掘培训", 4, "场", "=", 2025, []),
        ("建成培育中心", 2, "个", "=", 2026, []),
    ]


def test_a_year_cell_of_work_without_a_figure_gives_none() -> None:
    rows = [["1", "强化行政保护", "开展专项执法行动", "完善快速协同保护机制", "形成长效机制", "区市场监管局"]]
    assert _plan(rows, "docx") == []


def test_a_table_of_bare_levels_reads_as_before() -> None:
    header = ["指标", "单位", "2025年", "2026年", "2027年"]
    paragraphs = ["某区知识产权强区建设三年行动计划（2025—2027年）", "一、主要目标", TABLE_MARK]
    data = to_html(paragraphs, [header, ["有效发明专利拥有量", "件", "1200", "1500", "1800"]])
    doc, _ = extracted(data, "plan.html")
    assert [(t.value, t.year) for t in doc.targets] == [(1200, 2025), (1500, 2026), (1800, 2027)]
