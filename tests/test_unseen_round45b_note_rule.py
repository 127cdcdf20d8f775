"""Round 45b: the sentence stating how a plan's notes read (第一个单位为牵头单位，其他单位按职责分工负责).

A Jiangxi city's scheme states its convention once under 二、重点任务: 各项任务第一个单位为牵头单位，其他单位按
职责分工负责。 The note that the first unit leads was read, but its second half was read as a note naming a
body, 其他单位, sharing the work (joint; prose read it again as an obligation once the note was left). The
units after the lead that such a rule speaks of (其他单位, 其余部门: roles.yaml others_of_note) are now no
body after a first-is-lead note in the same sentence or list, while the rule still gives each note its lead.
Here other wordings of the rule, and the same words naming bodies where no such rule stands.
"""

from __future__ import annotations

import pytest

from tests.plans import extracted, named_units

_ITEMS = (
    "（一）加强专利培育。实施高价值专利培育工程。（责任单位：市市场监管局、市科技局）\n"
    "（二）加强执法保护。开展知识产权执法专项行动。（责任单位：市市场监管局、市公安局、市司法局）\n"
)


@pytest.mark.parametrize(
    "rule",
    [
        "各项任务第一个单位为牵头单位，其他单位按职责分工负责。",
        "排在第一位的为牵头单位，其余单位为配合单位。",
        "列第一位的为牵头部门，其他部门按职责分工落实。",
        "各项任务中排在首位的为牵头单位，其他责任单位按职责分工负责。",
        "以下各项任务第一个单位为牵头单位，其余部门按照职责分工抓好落实。",
    ],
)
def test_the_rule_names_no_body_and_still_reads_the_notes(rule: str) -> None:
    text = f"某市知识产权工作方案\n一、重点任务\n{rule}\n{_ITEMS}"
    doc, _ = extracted(text)
    units = named_units(doc)
    surfaces = [s for rows in units.values() for s, _, _ in rows]
    assert not any(s.startswith(("其他", "其余")) for s in surfaces)
    rows = [rows for rows in units.values() if rows]
    assert [[(s, r) for s, r, _ in found] for found in rows] == [
        [("市市场监管局", "lead"), ("市科技局", "support")],
        [("市市场监管局", "lead"), ("市公安局", "support"), ("市司法局", "support")],
    ]


def test_the_rule_in_a_note_of_its_own() -> None:
    text = (
        "某市知识产权工作方案\n一、重点任务\n（一）加强专利培育。实施高价值专利培育工程。"
        "（责任单位：市市场监管局、市科技局、市教育局；排在第一位的为牵头单位，其余单位配合）\n"
    )
    rows = [rows for rows in named_units(extracted(text)[0]).values() if rows]
    assert [[(s, r) for s, r, _ in found] for found in rows] == [
        [("市市场监管局", "lead"), ("市科技局", "support"), ("市教育局", "support")]
    ]


def test_the_words_name_bodies_where_no_rule_stands() -> None:
    text = (
        "某市知识产权工作方案\n一、重点任务\n（一）加强执法保护。开展知识产权执法专项行动。"
        "（市市场监管局牵头，其他有关部门按职责分工负责）\n"
    )
    rows = [rows for rows in named_units(extracted(text)[0]).values() if rows]
    assert [s for s, _, _ in rows[0]] == ["市市场监管局", "其他有关部门"]
