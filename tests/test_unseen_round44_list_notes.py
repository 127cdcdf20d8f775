"""Round 44: an item whose own words are its title and a lead-in to numbered sub-points (2.3.1 加大行政执法
力度。聚焦重点领域，重点做好以下工作： ↵（1）…； ↵（2）…。), its bodies on a line of their own after the last
sub-point (责任单位：A（牵头），B、C). The note spoke for each sub-point, but the item itself was no task (a
lead-in to its parts, as 分以下三个阶段开展： is), so the plan's numbered item and its bodies were lost; a note
alone on the line closing the list of its parts now makes the item a task (tasks._list_closed_by_note), and a
note closing all of an item's parts speaks for the item as well (responsibilities._item_of_list). An item
whose parts carry notes is named by them: the line naming the next item's bodies no longer reaches back over
it as a note closing a list of items that name nobody."""

from __future__ import annotations

import pytest

from tests.plans import extracted, named_units, plan_units

HEAD = "某区知识产权强区建设行动计划\n二、主要任务\n（一）强化知识产权保护\n"
DECIMAL_HEAD = "某区知识产权强区建设行动计划\n## 2 主要任务\n### 2.1 强化知识产权保护\n"


@pytest.mark.parametrize(
    ("head", "item", "note", "expected"),
    [
        (
            DECIMAL_HEAD,
            "2.1.1 加大行政执法力度。聚焦重点领域和关键环节，重点做好以下工作：",
            "责任单位：区市场监管局（牵头），区公安分局、区文化和旅游局",
            [("区市场监管局", "lead"), ("区公安分局", "support"), ("区文化和旅游局", "support")],
        ),
        (
            HEAD,
            "1.加大行政执法力度。围绕重点领域，开展以下工作：",
            "（责任单位：区市场监管局牵头，区公安分局配合）",
            [("区市场监管局", "lead"), ("区公安分局", "support")],
        ),
        (
            HEAD,
            "1.健全纠纷化解机制。具体包括：",
            "牵头单位：区司法局；配合单位：区人民法院、区市场监管局",
            [("区司法局", "lead"), ("区人民法院", "support"), ("区市场监管局", "support")],
        ),
        (
            HEAD,
            "1.强化司法保护。重点抓好以下几项工作:",
            "责任单位：区人民法院、区人民检察院",
            [("区人民法院", "joint"), ("区人民检察院", "joint")],
        ),
    ],
)
def test_a_lead_in_item_closed_by_its_note_is_a_task_of_the_note_bodies(
    head: str, item: str, note: str, expected: list[tuple[str, str]]
) -> None:
    units = plan_units(
        head, f"{item}\n（1）开展专项执法行动，查办侵权案件；\n（2）加强展会知识产权保护。\n{note}\n"
    )
    named = {path: [(name, role) for name, role, _ in found] for path, found in units.items()}
    item_path = "2.1.1" if head == DECIMAL_HEAD else "二.(一).1"
    assert named[item_path] == expected
    parts = [path for path in named if path.startswith(item_path + ".(")]
    assert len(parts) == 2
    assert all(named[path] == expected for path in parts)


def test_three_parts_and_a_following_item() -> None:
    units = plan_units(
        HEAD,
        "1.推进专利转化运用。主要任务如下：\n（1）开展存量专利盘点；\n（2）推广专利开放许可；\n"
        "（3）举办供需对接活动。\n责任单位：区科技局（牵头），区教育局\n"
        "2.加强宣传培训。开展知识产权宣传周活动。\n责任单位：区委宣传部\n",
    )
    item = [(name, role) for name, role, _ in units["二.(一).1"]]
    assert item == [("区科技局", "lead"), ("区教育局", "support")]
    assert [(n, r) for n, r, _ in units["二.(一).1.(3)"]] == item
    assert [(n, r) for n, r, _ in units["二.(一).2"]] == [("区委宣传部", "sole")]


def test_an_item_with_words_of_its_own_takes_the_note_closing_its_parts() -> None:
    # the item was a task already (its own words), but named nobody: the note after its parts is its too
    units = plan_units(
        HEAD,
        "1.拓展知识产权金融服务。推广知识产权质押融资，扩大保险覆盖面。\n（1）举办银企对接活动；\n"
        "（2）开展专利保险试点。\n责任单位：区财政局\n",
    )
    assert [(n, r) for n, r, _ in units["二.(一).1"]] == [("区财政局", "sole")]
    assert [(n, r) for n, r, _ in units["二.(一).1.(2)"]] == [("区财政局", "sole")]


def test_a_part_naming_its_own_bodies_leaves_the_lead_in_no_task() -> None:
    # the line after the last part is that part's, the other naming its own: no note closes the list
    units = plan_units(
        HEAD,
        "1.加大行政执法力度。重点做好以下工作：\n（1）开展专项执法行动。（区市场监管局负责）\n"
        "（2）加强纠纷调解。\n责任单位：区司法局\n",
    )
    assert "二.(一).1" not in units
    assert [(n, r) for n, r, _ in units["二.(一).1.(1)"]] == [("区市场监管局", "sole")]
    assert [(n, r) for n, r, _ in units["二.(一).1.(2)"]] == [("区司法局", "sole")]


def test_a_lead_in_whose_last_part_closes_with_its_own_bracket_stays_a_heading() -> None:
    # a note closing the last part's sentence, not alone on its line: the parts' (as before), not the item's
    doc_units = plan_units(
        HEAD,
        "1.加大行政执法力度。重点做好以下工作：\n（1）开展专项执法行动；\n（2）加强展会知识产权保护。（区市场监管局负责）\n",
    )
    assert "二.(一).1" not in doc_units
    assert [(n, r) for n, r, _ in doc_units["二.(一).1.(1)"]] == [("区市场监管局", "sole")]


def test_a_bare_heading_over_items_closed_by_a_note_stays_a_heading() -> None:
    # a section's title alone over its items: the note closing them is the items', the heading no task
    units = plan_units(
        "某区知识产权工作要点\n二、重点工作\n",
        "（一）强化保护\n1.开展专项执法行动。\n2.加强展会知识产权保护。\n（责任单位：区市场监管局）\n",
    )
    assert "二.(一)" not in units
    assert units["二.(一).1"] == units["二.(一).2"] == [("区市场监管局", "sole", "annotation")]


def test_the_item_takes_no_issuer_default_beside_its_note() -> None:
    doc, _ = extracted(
        DECIMAL_HEAD + "2.1.1 加大行政执法力度。重点做好以下工作：\n（1）开展专项执法行动；\n"
        "（2）加强展会知识产权保护。\n责任单位：区市场监管局（牵头），区公安分局\n"
    )
    item = next(t for t in doc.tasks if t.path == "2.1.1")
    assert {r.basis for r in item.responsibilities} == {"annotation"}
    assert named_units(doc)["2.1.1"][0][:2] == ("区市场监管局", "lead")


@pytest.mark.parametrize(
    ("item", "note"),
    [
        ("2.1.1 加大行政执法力度：", "责任单位：区市场监管局（牵头），区公安分局"),
        ("2.1.1 加大行政执法力度。重点做好以下工作：", "> 责任单位：区市场监管局（牵头），区公安分局"),
        ("2.1.1 **加大行政执法力度。** 重点做好以下工作：", "**责任单位**：区市场监管局（牵头），区公安分局"),
        ("2.1.1 加大行政执法力度。重点做好以下工作：", "　　责任单位：区市场监管局（牵头），区公安分局。"),
    ],
)
def test_markdown_and_indented_notes_closing_the_parts(item: str, note: str) -> None:
    # a title closed by its colon, a blockquote, bold labels, an indented line: the same item and note
    units = plan_units(
        DECIMAL_HEAD, f"{item}\n（1）开展专项执法行动；\n（2）加强展会知识产权保护。\n{note}\n", "plan.md"
    )
    expected = [("区市场监管局", "lead", "annotation"), ("区公安分局", "support", "annotation")]
    assert units["2.1.1"] == units["2.1.1.(1)"] == units["2.1.1.(2)"] == expected


def test_the_next_item_note_reaches_no_item_whose_parts_carry_notes() -> None:
    # item 1 has words of its own and parts naming their bodies: the line after item 2 is item 2's alone
    # (it was item 1's as well, as a note closing a list of items naming nobody)
    units = plan_units(
        HEAD,
        "1.拓展知识产权金融服务。推广质押融资，扩大保险覆盖面。\n（1）举办银企对接活动。（区财政局负责）\n"
        "（2）开展专利保险试点。（区市场监管局负责）\n2.加强宣传培训。开展知识产权宣传周活动。\n"
        "责任单位：区委宣传部\n",
    )
    assert units["二.(一).1"] == []
    assert [(n, r) for n, r, _ in units["二.(一).1.(1)"]] == [("区财政局", "sole")]
    assert [(n, r) for n, r, _ in units["二.(一).2"]] == [("区委宣传部", "sole")]
