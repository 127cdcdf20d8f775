"""Round 44: a small table of bodies and their duties inside a cell (保障措施 | 明确分工责任 holding 单位 | 职责 ↵
市财政局 | 统筹安排…). Found in a Guangxi city's work scheme in Word
(tests/evaluation/liuzhou_strong_city_textboxes.docx): the loader wrote the nested table a cell a line (单位 ↵ 职责
↵ 市财政局 ↵ 统筹安排…), which parted each body from its duty, and the bodies were read as mentioned only
(implicit). A nested table's row is now one line of the cell, its cells parted as the table's own rows are
(docx.py), each line of a Word cell is a paragraph of its own (measure_tables.py), and units opening a line
of one row before white space and the work (市财政局 统筹安排…) open it as they do before a colon
(annotations.opening_units): each body is named for its duty (sole)."""

from __future__ import annotations

import io

import pytest
from docx import Document as new_docx

from loaders import load_bytes
from tests.plans import extracted, named_units

HEAD = [
    "某市知识产权工作方案",
    "一、重点任务",
    "（一）培育高价值专利。支持企业开展专利布局。（责任单位：市市场监管局）",
    "二、保障措施",
]


def _word(lead_in: str, header: tuple[str, str], duties: list[tuple[str, str]]) -> bytes:
    """A .docx whose safeguards table (措施 | 主要内容) holds in its second row's cell ``lead_in`` and a nested
    table of ``header`` and ``duties``."""
    document = new_docx()
    for line in HEAD:
        document.add_paragraph(line)
    table = document.add_table(rows=3, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "措施", "主要内容"
    table.cell(1, 0).text = "加强组织领导"
    table.cell(1, 1).text = "市知识产权工作领导小组负责统筹推进方案实施。"
    table.cell(2, 0).text = "明确分工责任"
    cell = table.cell(2, 1)
    cell.text = lead_in
    inner = cell.add_table(rows=len(duties) + 1, cols=2)
    for r, (body, duty) in enumerate([header, *duties]):
        inner.cell(r, 0).text, inner.cell(r, 1).text = body, duty
    cell.add_paragraph("")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _named(data: bytes) -> set[tuple[str, str]]:
    doc, _ = extracted(data, "plan.docx")
    return {
        (s, role)
        for path, units in named_units(doc).items()
        if path.startswith("二.(二)")
        for s, role, _ in units
    }


@pytest.mark.parametrize(
    ("header", "duties"),
    [
        (
            ("单位", "职责"),
            [("市财政局", "统筹安排知识产权专项资金。"), ("市统计局", "做好知识产权统计监测。")],
        ),
        (
            ("责任单位", "主要职责"),
            [
                ("市教育局", "推动知识产权进校园，开展普及教育。"),
                ("市人力资源社会保障局", "落实知识产权人才职称评价政策。"),
                ("市司法局", "指导知识产权纠纷人民调解工作。"),
            ],
        ),
        (
            ("部门", "工作任务"),
            [("市商务局", "做好海外知识产权纠纷应对指导"), ("柳州海关", "加强进出口环节知识产权保护")],
        ),
    ],
)
def test_each_body_is_named_for_its_duty(header: tuple[str, str], duties: list[tuple[str, str]]) -> None:
    named = _named(_word("各有关单位按照以下分工抓好落实：", header, duties))
    assert {(body, "sole") for body, _ in duties} <= named


def test_the_nested_row_is_one_line_of_the_cell() -> None:
    data = _word("分工如下：", ("单位", "职责"), [("市财政局", "统筹安排专项资金。")])
    loaded = load_bytes(data, "plan.docx")
    cell = loaded.tables[0].rows[2][1]
    assert (
        loaded.tables[0].cell_text(loaded.text, cell) == "分工如下：\n单位 职责\n市财政局 统筹安排专项资金。"
    )


@pytest.mark.parametrize(
    "line",
    [
        "市财政局，市统计局 统筹安排专项资金。",  # a clause before the gap: no names alone
        "市市场监管局 2025年5月20日",  # a date after the gap, no work
        "加强统筹协调 市市场监管局负责日常工作。",  # words of work before the gap, no body
    ],
)
def test_lines_that_open_with_no_units_before_a_gap(line: str) -> None:
    """No units open these lines as a note would (the prose may still name a body for its work)."""
    doc, _ = extracted("某市知识产权工作方案\n\n一、保障措施\n（一）加强协调。\n" + line + "\n", "plan.txt")
    assert not any(basis == "annotation" for units in named_units(doc).values() for _, _, basis in units)
