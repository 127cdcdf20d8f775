"""Round 41: a county's scheme in plain text, each task's paragraph followed by its own note lines.

What was read wrong before: a task whose unit line writes a ditto (责任单位：同上) with its time line after it
(完成时限：2025年12月底前) named nobody, since only a paragraph closing with the ditto was read as one. A note
line alone writing a ditto, anywhere under the task's text, now repeats the units of the task before, as the
closing note does.
"""

from __future__ import annotations

import pytest

from tests.plans import extracted, named_units

_HEAD = "淇县知识产权强县建设工作方案\n一、重点任务\n"
_FIRST = "1．开展专利导航。围绕主导产业开展产业专利导航。\n"
_SECOND = "2．培育知识产权优势企业。支持企业贯彻知识产权管理规范。\n"


@pytest.mark.parametrize(
    ("first_notes", "second_notes", "expected"),
    [
        (  # one unit line with its lead marked, the ditto on the next task's unit line, a time line after
            "责任单位：县工业和信息化局（牵头），县市场监管局、县商务局\n完成时限：2025年12月底前\n",
            "责任单位：同上\n完成时限：2025年12月底前\n",
            [("县工业和信息化局", "lead"), ("县市场监管局", "support"), ("县商务局", "support")],
        ),
        (  # lead and helpers on two lines; the ditto on the lead's line, its time under another label
            "牵头单位：县工业和信息化局\n配合单位：县市场监管局\n完成时限：2025年12月底前\n",
            "牵头单位：同上\n时间节点：2025年底\n",
            [("县工业和信息化局", "lead"), ("县市场监管局", "support")],
        ),
        (  # paragraphs apart by blank lines, 同前 for 同上, a time line that is no date
            "\n责任单位：县工业和信息化局\n\n",
            "\n责任部门：同前\n\n完成时限：持续推进\n",
            [("县工业和信息化局", "sole")],
        ),
        (  # the ditto's label and word with a space typed between
            "责任单位：县市场监管局、县科技局\n完成时限：2025年9月底前\n",
            "责任单位： 同上\n完成时限：2025年12月底前\n",
            [("县市场监管局", "joint"), ("县科技局", "joint")],
        ),
    ],
)
def test_a_ditto_line_under_a_task_repeats_the_units_before(
    first_notes: str, second_notes: str, expected: list[tuple[str, str]]
) -> None:
    doc, _ = extracted(_HEAD + _FIRST + first_notes + _SECOND + second_notes)
    units = named_units(doc)
    assert sorted((s, r) for s, r, _ in units["一.1"]) == sorted(expected)
    assert sorted((s, r) for s, r, _ in units["一.2"]) == sorted(expected)


def test_same_as_above_in_a_task_sentence_is_no_ditto_note() -> None:
    doc, _ = extracted(
        _HEAD
        + _FIRST
        + "责任单位：县工业和信息化局\n"
        + "2．培育知识产权优势企业。支持企业贯标，申报办法同上。\n完成时限：2025年12月底前\n"
    )
    assert named_units(doc).get("一.2", []) == []


def test_a_ditto_line_takes_the_units_of_the_task_before_in_a_run() -> None:
    doc, _ = extracted(
        _HEAD
        + _FIRST
        + "责任单位：县市场监管局（牵头），县公安局\n完成时限：2025年12月底前\n"
        + _SECOND
        + "责任单位：同上\n完成时限：2025年12月底前\n"
        + "3．强化行政执法。严厉打击侵权假冒行为。\n责任单位：同上\n完成时限：2025年12月底前\n"
    )
    units = named_units(doc)
    for path in ("一.1", "一.2", "一.3"):
        assert sorted((s, r) for s, r, _ in units[path]) == [
            ("县公安局", "support"),
            ("县市场监管局", "lead"),
        ]
