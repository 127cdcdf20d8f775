"""Round 40: a province's opinions in Word write each section's tasks as 一是…二是…三是… sentences in one
paragraph under a heading of its own, and the bodies answering for all of them on one line closing the
section: 以上工作由A、B、C按职责分工负责。 or a bracketed note alone on the line (（A牵头，B、C按职责分工负责）).

What was read wrong before: the 以上 line gave its units to each clause and to the section's task as well (the
same work counted twice for each body); the bracketed note alone on the line gave them to the section's task
only, the clauses naming nobody. Now both speak for the clauses, as a lone note after a list of items speaks
for the items; a note closing the clauses' own paragraph still speaks for the task, a clause with a note or a
doer of its own keeps it, and a note whose units go on below (…，下同) is read as before."""

from __future__ import annotations

import pytest

from tests.plans import plan_units

HEAD = "某州知识产权强州建设实施意见\n为加快建设知识产权强州，提出如下意见。\n二、重点任务\n"
LEAD = [("州知识产权局", "lead", "annotation"), ("州财政局", "support", "annotation")]
JOINT = [("州知识产权局", "joint", "annotation"), ("州科技局", "joint", "annotation")]


@pytest.mark.parametrize(
    ("clauses", "note", "units"),
    [
        # the clauses in one paragraph under the heading's own line, the note on the next
        (
            "一是培育高价值专利。二是推进商标品牌建设。三是加强地理标志保护。",
            "（州知识产权局牵头，州财政局配合）",
            LEAD,
        ),
        (
            "一是培育高价值专利；二是推进商标品牌建设；三是加强地理标志保护。",
            "〔州知识产权局牵头，州财政局按职责分工负责〕",
            LEAD,
        ),
        (
            "一是培育高价值专利。二是推进商标品牌建设。",
            "（牵头单位：州知识产权局；配合单位：州财政局）",
            LEAD,
        ),
        ("一是培育高价值专利。二是推进商标品牌建设。", "（州知识产权局、州科技局按职责分工负责）", JOINT),
        # the clauses each on a line of their own
        (
            "一是培育高价值专利。\n二是推进商标品牌建设。\n三是加强地理标志保护。",
            "　　（州知识产权局牵头，州财政局配合）",
            LEAD,
        ),
        # a line opening with 以上 / 上述
        (
            "一是培育高价值专利。二是推进商标品牌建设。三是加强地理标志保护。",
            "以上工作由州知识产权局、州科技局按职责分工负责。",
            JOINT,
        ),
        ("一是培育高价值专利。二是推进商标品牌建设。", "上述任务由州知识产权局牵头，州财政局配合。", LEAD),
    ],
)
def test_a_note_on_the_line_after_a_sections_clauses_is_theirs(
    clauses: str, note: str, units: list[tuple[str, str, str]]
) -> None:
    got = plan_units(
        HEAD, f"（一）提高知识产权创造质量\n{clauses}\n{note}\n（二）加强宣传\n开展宣传周活动。\n"
    )
    clause_paths = [path for path in got if path.startswith("二.(一).")]
    assert len(clause_paths) == sum(clauses.count(mark) for mark in ("一是", "二是", "三是"))
    assert all(got[path] == units for path in clause_paths)
    assert got["二.(一)"] == []  # not counted again on the section


def test_a_note_closing_the_clauses_paragraph_still_speaks_for_the_task() -> None:
    got = plan_units(
        HEAD,
        "（一）提高知识产权创造质量\n一是培育高价值专利。二是推进商标品牌建设。（州知识产权局牵头，州财政局配合）\n",
    )
    assert got["二.(一)"] == LEAD
    assert got["二.(一).一是"] == got["二.(一).二是"] == []


def test_a_clause_with_a_note_of_its_own_leaves_a_lone_note_to_the_task() -> None:
    got = plan_units(
        HEAD,
        "（一）提高知识产权创造质量\n一是培育高价值专利（责任单位：州科技局）。二是推进商标品牌建设。\n"
        "（州知识产权局牵头，州财政局配合）\n",
    )
    assert got["二.(一).一是"] == [("州科技局", "sole", "annotation")]
    assert got["二.(一)"] == LEAD


def test_a_clause_answering_for_its_own_work_keeps_its_doer() -> None:
    got = plan_units(
        HEAD,
        "（一）提高知识产权创造质量\n一是培育高价值专利。二是州市场监管局负责推进商标品牌建设。\n"
        "三是加强地理标志保护。\n以上工作由州知识产权局牵头，州财政局配合。\n",
    )
    assert got["二.(一).一是"] == got["二.(一).三是"] == LEAD
    assert got["二.(一).二是"] == [("州市场监管局", "sole", "prose")]
    assert got["二.(一)"] == []


def test_a_counted_note_and_a_note_going_on_below_are_read_as_before() -> None:
    got = plan_units(
        HEAD,
        "（一）提高知识产权创造质量\n一是培育高价值专利。二是推进商标品牌建设。\n以上两项工作由州知识产权局负责。\n",
    )
    assert got["二.(一).一是"] == got["二.(一).二是"] == [("州知识产权局", "sole", "annotation")]
    below = plan_units(
        HEAD,
        "（一）提高知识产权创造质量\n一是培育高价值专利。二是推进商标品牌建设。\n（州知识产权局负责，下同）\n"
        "（二）加强运用\n推进专利转化。\n",
    )
    assert below["二.(一)"] == [("州知识产权局", "sole", "annotation")]
    assert below["二.(二)"] == [("州知识产权局", "sole", "annotation")]
