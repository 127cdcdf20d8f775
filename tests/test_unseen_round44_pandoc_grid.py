"""Round 44: a Word plan converted by ``pandoc -t markdown``. Pandoc writes a grid table's breaks itself (a hard
break's backslash closing a cell's line, a blank line between a cell's paragraphs) and wraps a CJK paragraph
where it likes, its first line often cut short (围绕新 ↵ 能源新材料…, 市委金 ↵ 融办牵头); the reader took every
short line for a break of the cell, cutting bodies' names in two, and kept the backslash in the words. In such a
table every other line now wraps on (markdown.marks_breaks, join_cell ``marked``); a table writing no break of
its own keeps the width's reading. Pandoc's smart dashes (--- for an em dash, -- for an en dash) read as the
dashes they write, so titles and cited titles keep theirs (知识产权强国建设纲要（2021—2035年）)."""

from __future__ import annotations

import pytest

from loaders import load_bytes
from loaders.markdown import join_cell, marks_breaks, smart_dashes
from tests.plans import extracted, named_units


def _text(markdown: str) -> str:
    return load_bytes(markdown.encode("utf-8"), "plan.md").text


TASKS = """# 某市知识产权工作方案（2025---2027年）

## 一、重点任务

+----+------------------------+-------------------+
| 序 | 工作措施               | 责任单位          |
| 号 |                        |                   |
+====+========================+===================+
| 1  | 扩大知识产             | 市委金            |
|    | 权质押融资规模，推广专 | 融办牵头，市市场  |
|    | 利保险产品。           | 监管局配合        |
+----+------------------------+-------------------+
| 2  | 开展                   | 牵头单            |
|    | 产业专利导航项目3项。  | 位：市工信局\\     |
|    |                        | 配合单位：市      |
|    |                        | 科技局、市财政局  |
+----+------------------------+-------------------+
| 3  | 组织开展“铁拳”专项行   | 市公安局          |
|    | 动。                   |                   |
|    |                        | 市文化和旅游局    |
+----+------------------------+-------------------+
"""


def test_a_pandoc_grid_table_joins_its_short_first_lines() -> None:
    text = _text(TASKS)
    assert "| 1 | 扩大知识产权质押融资规模，推广专利保险产品。 | 市委金融办牵头，市市场监管局配合 |" in text
    assert "| 牵头单位：市工信局<br>配合单位：市科技局、市财政局 |" in text
    assert "| 市公安局<br>市文化和旅游局 |" in text  # two paragraphs: a break
    assert "\\" not in text


def test_the_rows_name_whole_bodies() -> None:
    doc, _ = extracted(TASKS, "plan.md")
    units = {path: sorted((s, r) for s, r, _ in found) for path, found in named_units(doc).items()}
    assert sorted(units.values()) == [
        [("市公安局", "joint"), ("市文化和旅游局", "joint")],
        [("市委金融办", "lead"), ("市市场监管局", "support")],
        [("市工信局", "lead"), ("市科技局", "support"), ("市财政局", "support")],
    ]
    assert doc.plan.title == "某市知识产权工作方案（2025—2027年）"


def test_a_grid_table_writing_no_break_keeps_the_widths_reading() -> None:
    # typed by hand: a short line ends the cell's line, a full one wraps on
    pieces = ["县市场监管局", "县科技局", "县财政局、县工业和信", "息化局"]
    assert not marks_breaks(pieces)
    assert join_cell(pieces, 20) == "县市场监管局<br>县科技局<br>县财政局、县工业和信息化局"
    assert join_cell(pieces, 20, marked=True) == "县市场监管局县科技局县财政局、县工业和信息化局"


@pytest.mark.parametrize(
    ("pieces", "marked"),
    [
        (["市委金", "融办牵头"], False),
        (["牵头单位：县市场监管局\\", "配合单位：县科技局"], True),
        (["县司法局", "", "县法院"], True),
        (["县司法局", "县法院", "", ""], False),  # blank lines closing a short cell: no paragraph
        (["C:\\\\", "D"], False),  # an escaped backslash is a word's
    ],
)
def test_which_cells_write_their_breaks(pieces: list[str], marked: bool) -> None:
    assert marks_breaks(pieces) is marked


def test_a_hard_break_ends_a_line_of_any_cell() -> None:
    assert join_cell(["市市场监管局（牵头）\\", "市公安局"], 24) == "市市场监管局（牵头）<br>市公安局"


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("《知识产权强国建设纲要（2021---2035年）》", "《知识产权强国建设纲要（2021—2035年）》"),
        ("全面推进------县市场监管局牵头", "全面推进——县市场监管局牵头"),
        ("2023--2025年", "2023–2025年"),
        ("| --- | --- |", "| --- | --- |"),  # a pipe table's rule
        ("|---|---|", "|---|---|"),
        ("|:---|:---:|---:|", "|:---|:---:|---:|"),  # its alignment marks
        ("| 件 | --- | 60 |", "| 件 | --- | 60 |"),  # a cell's dash alone: no dash of words
        ("<!-- 注释 -->", "<!-- 注释 -->"),
    ],
)
def test_smart_dashes(written: str, read: str) -> None:
    assert smart_dashes(written) == read


def test_a_cited_title_keeps_its_dash() -> None:
    doc, _ = extracted(
        "# 某县知识产权工作要点\n\n为落实《湖北省知识产权强省建设纲要（2021---2035年）》，制定本要点。\n",
        "plan.md",
    )
    assert [c.title for c in doc.citations] == ["湖北省知识产权强省建设纲要（2021—2035年）"]
