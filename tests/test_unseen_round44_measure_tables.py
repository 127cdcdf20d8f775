"""Round 44: a chapter's measures laid out as a table of two columns (保障措施 drawn as 措施 | 主要内容, each row a
measure's name and its sentences), with no unit column. Found in a Guangxi city's work scheme in Word
(tests/evaluation/liuzhou_strong_city_textboxes.docx), whose safeguards table named its bodies in prose
(…领导小组负责统筹推进…, 市市场监管局会同市发展改革委…): neither a task table nor an indicators table, it was read
by nobody and those bodies were lost. Each row is now an item of the chapter (measure_tables.py): its name
cell heads it, its content cell is its text, read as any paragraph is. These tests hold other headers, other
prose roles, the table in Word and in Markdown, and tables that are no such thing (a unit column, figures
beside names, a header of other words)."""

from __future__ import annotations

import io

import pytest
from docx import Document as new_docx

from tests.plans import extracted, named_units

HEAD = "某市知识产权工作方案\n\n一、重点任务\n（一）培育高价值专利。支持企业开展专利布局。（责任单位：市市场监管局）\n二、保障措施\n"


def _word(rows: list[tuple[str, str]], tail: str = "") -> bytes:
    """A .docx of HEAD's paragraphs, then a table of ``rows`` (the first its header), then ``tail``."""
    document = new_docx()
    for line in HEAD.strip().split("\n"):
        document.add_paragraph(line)
    table = document.add_table(rows=len(rows), cols=2)
    for r, (name, content) in enumerate(rows):
        table.cell(r, 0).text = name
        table.cell(r, 1).text = content
    if tail:
        document.add_paragraph(tail)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _roles(data: bytes | str, name: str) -> set[tuple[str, str]]:
    """(body, role) named in the safeguards' tasks (paths under 二)."""
    doc, _ = extracted(data, name)
    return {
        (s, role) for path, units in named_units(doc).items() if path.startswith("二") for s, role, _ in units
    }


def _paths(data: bytes | str, name: str) -> list[str]:
    doc, _ = extracted(data, name)
    return [t.path for t in doc.tasks if t.path.startswith("二")]


@pytest.mark.parametrize(
    ("header", "rows", "expected"),
    [
        (
            ("措施", "主要内容"),
            [
                ("加强组织领导", "市知识产权工作领导小组负责统筹推进方案实施，研究解决重大问题。"),
                ("加强督查评估", "市市场监管局会同市发展改革委开展年度评估，评估结果纳入绩效考评。"),
            ],
            {("市知识产权工作领导小组", "sole"), ("市市场监管局", "lead"), ("市发展改革委", "support")},
        ),
        (
            ("保障措施", "具体内容"),
            [
                ("强化资金保障", "市财政局负责统筹安排知识产权专项资金。"),
                ("营造良好氛围", "市委宣传部牵头，市教育局配合，组织开展知识产权宣传活动。"),
            ],
            {("市财政局", "sole"), ("市委宣传部", "lead"), ("市教育局", "support")},
        ),
        (
            ("工作任务", "工作要求"),
            [
                ("开展评估督导", "由市市场监管局负责跟踪调度，每年年底前形成评估报告。"),
                (
                    "强化人才支撑",
                    "市人力资源社会保障局会同市市场监管局加强知识产权人才培养；各县区要落实属地责任。",
                ),
            ],
            {("市市场监管局", "sole"), ("市人力资源社会保障局", "lead"), ("市市场监管局", "support")},
        ),
    ],
)
def test_measure_rows_name_their_bodies(
    header: tuple[str, str], rows: list[tuple[str, str]], expected: set[tuple[str, str]]
) -> None:
    assert expected <= _roles(_word([header, *rows]), "plan.docx")


def test_each_row_is_an_item_of_the_chapter() -> None:
    rows = [
        ("措施", "主要内容"),
        ("加强组织领导", "市知识产权工作领导小组负责统筹推进方案实施。"),
        ("强化资金保障", "市财政局负责统筹安排知识产权专项资金。"),
        ("加强督查评估", "市市场监管局负责开展年度评估。"),
    ]
    assert _paths(_word(rows), "plan.docx") == ["二.(一)", "二.(二)", "二.(三)"]


def test_markdown_measure_table() -> None:
    table = (
        "| 措施 | 主要内容 |\n| --- | --- |\n"
        "| 加强组织领导 | 市知识产权工作领导小组负责统筹推进方案实施。 |\n"
        "| 加强督查评估 | 市市场监管局会同市统计局开展年度监测评估。 |\n"
    )
    roles = _roles(HEAD.replace("\n", "\n\n") + "\n" + table, "plan.md")
    assert {("市知识产权工作领导小组", "sole"), ("市市场监管局", "lead"), ("市统计局", "support")} <= roles


@pytest.mark.parametrize(
    "rows",
    [
        # a unit column: a task table, read by its columns as before
        [
            ("重点任务", "责任单位"),
            ("培育商标品牌。", "市市场监管局"),
            ("加强地理标志保护。", "市农业农村局"),
        ],
        # figures beside names, no sentence: no measures
        [("项目", "内容"), ("专项资金", "500万元"), ("培训人次", "300人次")],
        # a header of other words
        [("单位", "联系人"), ("市市场监管局", "负责人张某。"), ("市财政局", "负责人李某。")],
    ],
)
def test_other_tables_open_no_items(rows: list[tuple[str, str]]) -> None:
    assert not any(path.startswith("二.(") for path in _paths(_word(rows), "plan.docx"))
