"""Round 41: a city's work points in Word list the year's tasks in one table whose 责任单位 cell writes the
roles in many forms; one more form, seen when other wordings of the cell were tried, names the lead with its
role word and its helpers in a bracket after it: 市科技局牵头（市财政局、市教育局配合）, 市科技局负责（市财政局配合）,
市委宣传部牵头（配合单位：市教育局）, or the lead alone before its helpers' bracket: 市委宣传部（市教育局配合）.

What was read wrong before: the bracket was taken for a part of the lead's name, as 市市场监管局（市知识产权局）
is (one unit named 市科技局牵头（市财政局、市教育局配合）, sole), or, opening with a label, cut off (the lead's
role word kept in its name); after a line's label (【责任单位】A牵头（B参与）) the bracket's note and the line
each gave B. Now a bracket of helpers after a lead's or answering body's role word, or after a body alone, is
read as the clause after it (A牵头；B、C配合); a bracket holding a role word alone (A（牵头）), no label nor
role word (A牵头（年底前完成）, 市市场监管局（市知识产权局）) is read as before. The same list reader serves
the cells and the notes of prose items, so both read the form; a unit a line's label names inside a bracket
already read as a note is not given again.

The plan that showed the table's forms (tests/evaluation/hengyang_2025_points_tracked.docx) was also saved
with tracked changes and reviewers' comments left in: its insertions are read, its deletions and comments
are not; the last test holds that for a 责任单位 cell."""

from __future__ import annotations

import io

import pytest
from docx import Document as WordDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from policykg.extract.agency_lists import parse_agency_list
from tests.plans import extracted, named_units, plan_units

HEAD = "某市2025年知识产权工作要点\n一、重点任务\n"


def _roles(words: str) -> list[tuple[str, str | None]]:
    mentions, _ = parse_agency_list(words, 0, len(words), lines=True)
    return [(m.name or words[m.span[0] : m.span[1]], m.role) for m in mentions]


@pytest.mark.parametrize(
    ("cell", "roles"),
    [
        ("市科技局牵头（市财政局、市教育局配合）", [("市科技局", "lead"), ("市财政局", "support"), ("市教育局", "support")]),
        ("市科技局负责（市财政局配合）", [("市科技局", "lead"), ("市财政局", "support")]),
        ("市委宣传部牵头（配合单位：市教育局、市文旅广电局）",
         [("市委宣传部", "lead"), ("市教育局", "support"), ("市文旅广电局", "support")]),
        ("县市场监管局负责(县公安局、县司法局协助)",
         [("县市场监管局", "lead"), ("县公安局", "support"), ("县司法局", "support")]),
        ("区科技局主抓（区财政局参与）", [("区科技局", "lead"), ("区财政局", "support")]),
        ("市农业农村局牵头（各县市区人民政府配合）", [("市农业农村局", "lead"), ("各县市区人民政府", "support")]),
        # a body alone before its helpers' bracket leads them
        ("市委宣传部（市教育局配合）", [("市委宣传部", "lead"), ("市教育局", "support")]),
        ("县科技局（配合单位：县财政局、县教育局）", [("县科技局", "lead"), ("县财政局", "support"), ("县教育局", "support")]),
        # the lead's name carrying a bracket of its own
        ("市市场监管局（市知识产权局）牵头（市公安局配合）",
         [("市市场监管局（市知识产权局）", "lead"), ("市公安局", "support")]),
    ],
)  # fmt: skip
def test_helpers_in_a_bracket_after_the_leads_role_word(cell: str, roles: list[tuple[str, str]]) -> None:
    assert _roles(cell) == roles


@pytest.mark.parametrize(
    ("cell", "roles"),
    [
        ("市市场监管局（市知识产权局）", [("市市场监管局（市知识产权局）", "sole")]),
        ("市科技局（牵头），市财政局", [("市科技局", "lead"), ("市财政局", "support")]),
        ("各县市区人民政府（配合）", [("各县市区人民政府", "support")]),
        ("市科技局牵头，市财政局、市教育局配合", [("市科技局", "lead"), ("市财政局", "support"), ("市教育局", "support")]),
    ],
)  # fmt: skip
def test_brackets_of_a_name_or_its_role_read_as_before(cell: str, roles: list[tuple[str, str]]) -> None:
    assert _roles(cell) == roles


def test_a_bracket_holding_no_role_is_no_clause() -> None:
    words = "市科技局牵头（年底前完成）"
    assert all(m.span[0] < words.index("（") for m in parse_agency_list(words, 0, len(words), lines=True)[0])


@pytest.mark.parametrize(
    "note",
    [
        "（市委宣传部牵头（配合单位：市教育局、市文化旅游广电局））",
        "【责任单位】市委宣传部牵头（市教育局、市文化旅游广电局参与）",
        "（责任单位：市委宣传部负责（市教育局、市文化旅游广电局配合））",
        "责任单位：市委宣传部（市教育局、市文化旅游广电局配合）",
    ],
)
def test_a_prose_items_note_reads_the_bracket_too(note: str) -> None:
    units = plan_units(HEAD, f"（一）加强宣传培训。办好知识产权宣传周活动。{note}\n")
    got = {(s, r) for s, r, _ in units["一.(一)"]}
    assert got == {("市委宣传部", "lead"), ("市教育局", "support"), ("市文化旅游广电局", "support")}


def _tracked(tag: str, words: str, at: int) -> OxmlElement:
    mark = OxmlElement(tag)
    mark.set(qn("w:id"), str(at))
    mark.set(qn("w:author"), "审核人")
    mark.set(qn("w:date"), "2025-03-01T00:00:00Z")
    run = OxmlElement("w:r")
    text = OxmlElement("w:delText" if tag == "w:del" else "w:t")
    text.text = words
    run.append(text)
    mark.append(run)
    return mark


def test_a_cell_edited_with_tracked_changes_and_commented_reads_as_accepted() -> None:
    word = WordDocument()
    word.add_paragraph("某市2025年知识产权工作要点")
    word.add_paragraph("一、重点任务")
    table = word.add_table(rows=2, cols=4)
    for cell, header in zip(table.rows[0].cells, ("序号", "工作任务", "责任单位", "完成时限"), strict=True):
        cell.text = header
    number, task, units, deadline = table.rows[1].cells
    number.text, deadline.text = "1", "全年"
    task.paragraphs[0].add_run("完成产业专利导航项目")
    task.paragraphs[0]._p.append(_tracked("w:del", "2", 1))
    task.paragraphs[0]._p.append(_tracked("w:ins", "3", 2))
    task.paragraphs[0].add_run("项。")
    lead = units.paragraphs[0].add_run("市科技局牵头（市财政局")
    units.paragraphs[0]._p.append(_tracked("w:ins", "、市教育局", 3))
    units.paragraphs[0]._p.append(_tracked("w:del", "、市商务局", 4))
    units.paragraphs[0].add_run("配合）")
    word.add_comment([lead], text="请市公安局确认是否参与。", author="审核人", initials="SH")
    data = io.BytesIO()
    word.save(data)
    doc, text = extracted(data.getvalue(), "plan.docx")
    assert "市商务局" not in text  # deleted
    assert "市公安局" not in text  # a comment's
    assert "项目3项" in text
    assert {(s, r) for s, r, _ in named_units(doc)["一.表1.1"]} == {
        ("市科技局", "lead"),
        ("市财政局", "support"),
        ("市教育局", "support"),
    }
