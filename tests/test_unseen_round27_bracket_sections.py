"""Round 27: sections numbered in square or tortoise-shell brackets (【一】, 〔一〕, ［一］), as some plans number
them instead of （一）.

What was read wrong before: such a number opened nothing, so the chapter above became the task and its
sections' notes were its own. Now each is a section as （一） is; a label in the same brackets (【牵头单位】)
and a document number (〔2024〕) are none.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.plans import extracted, named_units

_NUMERALS = "一二三四五六七八九十"


def _plan(bracket: str, count: int = 2) -> str:
    opener, closer = bracket
    items = "".join(
        f"{opener}{_NUMERALS[n]}{closer}推进第{n + 1}项工作。开展专项活动。（责任单位：县科技局）\n"
        for n in range(count)
    )
    return "某县2024年知识产权工作要点\n一、重点任务\n" + items + "二、保障措施\n（一）加强组织领导。\n"


@pytest.mark.parametrize("bracket", ["【】", "〔〕", "［］", "（）", "()"])
def test_a_section_number_in_any_bracket(bracket: str) -> None:
    doc, _ = extracted(_plan(bracket))
    assert [(t.path, t.title) for t in doc.tasks] == [
        ("一.(一)", "推进第1项工作"),
        ("一.(二)", "推进第2项工作"),
        ("二.(一)", "加强组织领导"),
    ]
    assert named_units(doc)["一.(二)"] == [("县科技局", "sole", "annotation")]


def test_a_bracketed_label_or_document_number_opens_no_section() -> None:
    doc, _ = extracted(
        "某县2024年知识产权工作要点\n一、重点任务\n（一）推进专利转化。开展对接活动。\n"
        "【牵头单位】县科技局\n〔2024〕3号文件要求的工作同步推进。\n"
    )
    assert [t.path for t in doc.tasks] == ["一.(一)"]
    assert named_units(doc)["一.(一)"] == [("县科技局", "lead", "annotation")]


@given(bracket=st.sampled_from(["【】", "〔〕", "［］"]), count=st.integers(min_value=1, max_value=9))
def test_every_section_of_a_bracketed_list_is_a_task(bracket: str, count: int) -> None:
    doc, _ = extracted(_plan(bracket, count))
    assert [t.path for t in doc.tasks if t.path.startswith("一.")] == [
        f"一.({_NUMERALS[n]})" for n in range(count)
    ]
