"""Round 16: a city's 工作要点 whose 指标分解表 lists its counties down the first column and the indicators
across the header (县区 | 发明专利授权量（件） | 有效注册商标量（件） | 地理标志（件）), the other way round from
the tables read so far (regions across the header). Before, no target of such a table was read; now each
cell is a target of its row's region and its column's indicator, the 合计 row the city's total, and the
ids keep the cell's place as written (row, column).
"""

from __future__ import annotations

import pytest

from policykg.models import Document
from tests.formats import to_html
from tests.plans import extracted

HEAD = [
    "商洛市2024年知识产权工作要点",
    "为推进知识产权强市建设，制定本要点。",
    "一、主要目标",
    "2024年各县区知识产权主要指标分解如下：",
]
ROWS = [
    ["县区", "发明专利授权量（件）", "有效注册商标量（件）", "地理标志（件）"],
    ["商州区", "30", "5000", "2"],
    ["洛南县", "15", "2600", "1"],
    ["山阳县", "12", "2100", "1"],
    ["合计", "57", "9700", "4"],
]


def _markdown() -> str:
    lines = ["| " + " | ".join(row) + " |" for row in ROWS]
    lines.insert(1, "|---|---|---|---|")
    return "\n\n".join(HEAD) + "\n\n" + "\n".join(lines) + "\n"


@pytest.fixture(scope="module", params=["md", "html"])
def plan(request: pytest.FixtureRequest) -> Document:
    if request.param == "md":
        doc, _ = extracted(_markdown(), "plan.md")
    else:
        doc, _ = extracted(to_html(HEAD, ROWS), "plan.html")
    return doc


def _cells(doc: Document) -> dict[tuple[str, str | None], tuple[float, str | None, bool]]:
    return {
        (t.indicator, t.region_name): (t.value, t.unit, t.is_total)
        for t in doc.targets
        if t.source == "table"
    }


def test_regions_down_the_first_column(plan: Document) -> None:
    cells = _cells(plan)
    assert cells[("发明专利授权量", "商州区")] == (30.0, "件", False)
    assert cells[("有效注册商标量", "洛南县")] == (2600.0, "件", False)
    assert cells[("地理标志", "山阳县")] == (1.0, "件", False)
    assert cells[("发明专利授权量", "商洛市")] == (57.0, "件", True)
    assert len(cells) == 12


def test_ids_and_quotes_keep_the_cell_as_written(plan: Document) -> None:
    target = next(t for t in plan.targets if t.indicator == "有效注册商标量" and t.region_name == "洛南县")
    assert target.id.endswith("/r2c2")
    assert target.quote == "2600"
    assert target.region_evidence is not None
    assert target.region_evidence.quote == "洛南县"
    assert target.indicator_evidence is not None
    assert target.indicator_evidence.quote == "有效注册商标量（件）"


def test_a_table_of_tasks_by_county_gives_no_targets() -> None:
    rows = [
        ["县区", "重点任务", "责任单位"],
        ["商州区", "开展专利导航", "区市场监管局"],
        ["洛南县", "推进贯标", "县科技局"],
    ]
    doc, _ = extracted(to_html(HEAD, rows), "plan.html")
    assert [t for t in doc.targets if t.source == "table"] == []
