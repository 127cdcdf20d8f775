"""A task's units on label lines of their own, one label a line (牵头单位：A ↵ 责任单位：B ↵ 完成时限：…), as
plans set them under a paragraph or a list item. Before, each line was a note of its own: the bodies of a
责任单位 line below a 牵头单位 line were read as the task's sole or joint units, though the same labels on one
line (牵头单位：A；责任单位：B) make B A's support."""

from __future__ import annotations

import pytest

from tests.plans import extracted, named_units

HEAD = "丰城市2024年知识产权强市建设工作方案\n一、重点任务\n（一）打造知识产权服务业集聚区。引进知识产权服务机构2家以上。\n"


@pytest.mark.parametrize("bullet", ["", "- ", "● "])
def test_label_lines_below_one_another_are_one_note(bullet: str) -> None:
    body = f"{bullet}牵头单位：市市场监管局\n{bullet}责任单位：市商务局、市科技局\n{bullet}完成时限：2024年12月\n"
    doc, _ = extracted(HEAD + body)
    assert named_units(doc)["一.(一)"] == [
        ("市市场监管局", "lead", "annotation"),
        ("市商务局", "support", "annotation"),
        ("市科技局", "support", "annotation"),
    ]
    (task,) = doc.tasks
    assert task.deadline_date == "2024-12"


def test_one_label_line_reads_as_before() -> None:
    doc, _ = extracted(HEAD + "责任单位：市商务局、市科技局\n")
    assert named_units(doc)["一.(一)"] == [
        ("市商务局", "joint", "annotation"),
        ("市科技局", "joint", "annotation"),
    ]


def test_a_following_line_of_prose_is_no_part_of_the_note() -> None:
    doc, _ = extracted(
        HEAD + "牵头单位：市市场监管局\n（二）推进专利导航。开展专利导航项目。（责任单位：市科技局）\n"
    )
    units = named_units(doc)
    assert units["一.(一)"] == [("市市场监管局", "lead", "annotation")]
    assert units["一.(二)"] == [("市科技局", "sole", "annotation")]
