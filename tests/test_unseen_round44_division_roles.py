"""Round 44: a provincial bureau's task breakdown naming its own divisions by their roles in prose. Three wordings
were misread: a quoted principle of how work is shared (按照“牵头处室（单位）负总责、配合处室（单位）协同推进”的原则)
gave a body named 按照“牵头处室 that leads; the role word in 对所牵头任务负总责 (the tasks a unit leads: 所 makes
it the thing done) closed a name 各牵头处室（单位）对所; and a role label opening a clause with a support word
(配合处室（单位）主动对接, 配合单位要…) was taken for a qualifier (配合做好…) and obliged no one. A role word
inside a quotation opened before it now names no role (agency_lists._quote_open), 所 before a role word makes it
a noun as 的 does, and a role label written as a name is the plan's units of that role, a collective subject
(agency_names.role_label_subject), as 各配合单位 already was; 会同配合部门 stays no body."""

from __future__ import annotations

import pytest

from tests.plans import plan_units

HEAD = "某省2025年知识产权重点工作任务分工方案\n"


@pytest.mark.parametrize(
    "principle",
    [
        "按照“牵头处室（单位）负总责、配合处室（单位）协同推进”的原则，将重点工作分解为12项任务。",
        "坚持“牵头单位负总责、配合单位协同推进”的工作机制，抓好各项任务落实。",
        "落实“谁主管、谁负责”“谁执法、谁普法”要求，细化任务分工。",
        "按照“牵头部门牵头抓总、责任部门分工负责”的要求，明确任务分工。",
    ],
)
def test_a_quoted_principle_names_no_body(principle: str) -> None:
    units = plan_units(
        HEAD, f"一、重点任务\n{principle}\n1.加强专利培育。（牵头单位：省科技厅；配合单位：省教育厅）\n"
    )
    assert all(not rows for path, rows in units.items() if path != "一.1")
    assert units["一.1"] == [("省科技厅", "lead", "annotation"), ("省教育厅", "support", "annotation")]


def test_a_role_word_after_a_quotation_closed_before_it_still_reads() -> None:
    units = plan_units(
        HEAD,
        "一、重点任务\n1.开展“一企一策”帮扶，由省科技厅负责。\n2.实施“蓝天”行动，省市场监管局牵头，省公安厅配合。\n",
    )
    assert units["一.1"] == [("省科技厅", "sole", "annotation")]
    assert units["一.2"] == [("省市场监管局", "lead", "annotation"), ("省公安厅", "support", "annotation")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("各牵头处室（单位）对所牵头任务负总责。", [("各牵头处室（单位）", "implicit", "prose")]),
        ("各牵头单位要对所牵头任务负总责。", [("各牵头单位", "implicit", "prose")]),
        ("各牵头单位对所牵头的任务负总责。", [("各牵头单位", "implicit", "prose")]),
        ("省科技厅对所负责的任务要加强调度。", [("省科技厅", "implicit", "prose")]),
    ],
)
def test_a_role_word_after_suo_is_the_thing_done(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    units = plan_units(HEAD, f"三、工作要求\n（一）压实责任。{sentence}\n")
    assert units["三.(一)"] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("配合处室（单位）主动对接、积极支持。", [("配合处室（单位）", "implicit", "prose")]),
        ("配合单位要主动对接。", [("配合单位", "implicit", "prose")]),
        (
            "各牵头处室（单位）对所牵头任务负总责，配合处室（单位）主动对接、积极支持，形成工作合力。",
            [("各牵头处室（单位）", "implicit", "prose"), ("配合处室（单位）", "implicit", "prose")],
        ),
        ("各配合处室（单位）要主动对接。", [("各配合处室（单位）", "implicit", "prose")]),
    ],
)
def test_a_role_label_opening_a_clause_is_a_collective_subject(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    units = plan_units(HEAD, f"三、工作要求\n（一）压实责任。{sentence}\n")
    assert units["三.(一)"] == expected


def test_a_support_word_opening_work_is_still_no_subject() -> None:
    units = plan_units(HEAD, "三、工作要求\n（一）加强宣传。配合做好知识产权宣传工作。\n")
    assert units["三.(一)"] == []
