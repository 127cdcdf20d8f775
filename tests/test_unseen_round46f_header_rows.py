"""Round 46: a Markdown file holding an HTML table with a header of two rows (指标 and 单位 merged down over
two rows beside 指标值 over 2024年 | 2025年目标; 序号, 重点任务 and 完成时限 merged down beside 责任单位 over
牵头单位 | 配合单位). The loader writes such a table as a pipe table, a merged cell's words in each row it spans,
so the second row repeated 指标 | 单位 under the first; the header reader took a cell merged down only where
a .docx or .html grid gives both rows one cell, the second row was read as a body row, and the table lost
every target (an indicators table) or every supporter (the 配合单位 column unread, each lead made sole). A
cell whose words are those of the cell above it now reads as that cell merged down
(policykg/extract/table_headers.py ``_merged_down``), in a text table as in a grid."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loaders.base import TableCell, TableGrid
from policykg.extract.table_headers import body_rows, header_depth, header_texts
from tests.plans import extracted, named_units

HEAD = "# 某市2025年知识产权工作要点\n\n## 一、主要目标\n\n主要指标如下：\n\n"

INDICATORS = """<table>
<thead>
<tr><th rowspan="2">指标</th><th rowspan="2">单位</th><th colspan="2">{upper}</th></tr>
<tr><th>2024年</th><th>2025年目标</th></tr>
</thead>
<tbody>
<tr><td>每万人口高价值发明专利拥有量</td><td>件</td><td>38.6</td><td>42</td></tr>
<tr><td>知识产权质押融资登记金额</td><td>亿元</td><td>165</td><td>180</td></tr>
</tbody>
</table>

## 二、重点任务

1. 实施高价值专利培育工程。培育一批高价值专利组合。
"""


@pytest.mark.parametrize("upper", ["指标值", "数值", "年度指标"])
def test_an_indicators_table_under_a_two_row_header(upper: str) -> None:
    doc, _ = extracted(HEAD + INDICATORS.format(upper=upper), "plan.md")
    read = sorted((t.value, t.unit, t.year, t.kind) for t in doc.targets)
    assert read == [
        (38.6, "件", 2024, "baseline"),
        (42, "件", 2025, "target"),
        (165, "亿元", 2024, "baseline"),
        (180, "亿元", 2025, "target"),
    ]


TASKS = """# 某市2025年知识产权工作要点

## 一、重点任务

1. 实施高价值专利培育工程。培育一批高价值专利组合。
2. 深入实施商标品牌战略。推进“一企一标”工作。
3. 加大行政执法力度。开展“铁拳”行动。

## 附件

<table>
<thead>
<tr><th rowspan="2">序号</th><th rowspan="2">重点任务</th><th colspan="2">{upper}</th><th rowspan="2">完成时限</th></tr>
<tr><th>牵头单位</th><th>配合单位</th></tr>
</thead>
<tbody>
<tr><td>1</td><td>实施高价值专利培育工程</td><td>市市场监管局</td><td>市科技局<br>各镇街（园区）</td><td>2025年12月底前</td></tr>
<tr><td>2</td><td>深入实施商标品牌战略</td><td rowspan="2">市市场监管局</td><td>市商务局</td><td>2025年12月底前</td></tr>
<tr><td>3</td><td>加大行政执法力度</td><td>市公安局、各镇街（园区）</td><td>持续推进</td></tr>
</tbody>
</table>
"""


@pytest.mark.parametrize("upper", ["责任单位", "责任分工", "职责分工"])
def test_a_task_table_under_a_two_row_header(upper: str) -> None:
    doc, _ = extracted(TASKS.format(upper=upper), "plan.md")
    units = {path: sorted((s, role) for s, role, _ in rows) for path, rows in named_units(doc).items()}
    assert units == {
        "一.1": [("各镇街（园区）", "support"), ("市市场监管局", "lead"), ("市科技局", "support")],
        "一.2": [("市商务局", "support"), ("市市场监管局", "lead")],
        "一.3": [("各镇街（园区）", "support"), ("市公安局", "support"), ("市市场监管局", "lead")],
    }


def _grid(text: str, rows: list[list[str]]) -> tuple[str, TableGrid]:
    """``rows`` typed as a text table (each cell a span of its own, as a pipe table's are)."""
    cells: list[tuple[TableCell, ...]] = []
    for r, row in enumerate(rows):
        line: list[TableCell] = []
        for c, words in enumerate(row):
            text += "| "
            line.append(TableCell(r, c, (len(text), len(text) + len(words))))
            text += words + " "
        text += "|\n"
        cells.append(tuple(line))
    return text, TableGrid((0, len(text)), tuple(cells), "markdown")


_NAME = st.text(alphabet=st.sampled_from("指标单位名称项目类别属性备注"), min_size=2, max_size=6)
_YEAR = st.integers(2020, 2030)


@given(st.lists(_NAME, min_size=1, max_size=3, unique=True), _NAME, _YEAR, st.integers(2, 4))
def test_merged_down_cells_written_out_join_their_columns_header(
    kept: list[str], upper: str, year: int, width: int
) -> None:
    subs = [f"{year + k}年" for k in range(width)]
    if upper in kept:
        return
    text, grid = _grid("", [[*kept, *[upper] * width], [*kept, *subs], [*["甲"] * len(kept), *["1"] * width]])
    assert header_depth(text, grid) == 2
    assert header_texts(text, grid) == [*kept, *(upper + s for s in subs)]
    assert [r for r, _ in body_rows(text, grid)] == [2]


def test_a_body_row_naming_other_words_is_no_sub_header() -> None:
    text, grid = _grid(
        "", [["指标", "目标值", "目标值"], ["发明专利", "2024年", "2025年"], ["商标", "1", "2"]]
    )
    assert header_depth(text, grid) == 1
