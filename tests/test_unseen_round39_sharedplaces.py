"""Round 39: places listed before the body they share, as a sentence's subject in a province's plan.

What was read wrong before:

- places sharing the body the last names after its place (广州市、深圳市人民政府要率先推进…; 句容、扬中、丹阳市政府
  负责…) named nobody when they opened a sentence, though the same list in a role note or a table's cell was read:
  a subject's names sharing something were tried only when the last ended in a shared ending (局, 委, 部门 …).
  They now name each place's body as a list in a note does, the first quoted with the shared body, the last by
  its own name.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import task_agencies

GUANGDONG = "广东省知识产权强市建设实施方案\n为做好全省知识产权工作，制定本方案。\n一、重点任务\n"
ZHENJIANG = "镇江市知识产权强市建设实施方案\n为做好全市知识产权工作，制定本方案。\n一、重点任务\n"


def _subjects(head: str, sentence: str) -> list[tuple[str, str, str]]:
    got = task_agencies(head + "（一）推进示范建设。" + sentence + "\n")["一.(一)"]
    return [(surface, agency_id, role) for surface, agency_id, _, role in got]


@settings(max_examples=12, deadline=None)
@given(
    case=st.sampled_from(
        [
            ("广州市、深圳市人民政府", ["440100", "440300"]),
            ("广州、深圳市人民政府", ["440100", "440300"]),
            ("广州市、深圳市、珠海市人民政府", ["440100", "440300", "440400"]),
            ("广州市、深圳市政府", ["440100", "440300"]),
        ]
    ),
    predicate=st.sampled_from(["要率先推进知识产权强市建设。", "每年安排专项资金支持示范建设。"]),
)
def test_places_sharing_a_government_open_a_sentence(case: tuple[str, list[str]], predicate: str) -> None:
    written, places = case
    got = _subjects(GUANGDONG, written + predicate)
    assert [agency_id for _, agency_id, _ in got] == [f"agency/{p}/government" for p in places]
    assert {role for _, _, role in got} == {"implicit"}
    assert got[0][0] == written


def test_answering_for_it_together() -> None:
    got = _subjects(GUANGDONG, "广州市、深圳市人民政府负责建设知识产权保护中心。")
    assert [(a, r) for _, a, r in got] == [
        ("agency/440100/government", "joint"),
        ("agency/440300/government", "joint"),
    ]


def test_county_level_places_sharing_the_level_word() -> None:
    got = _subjects(ZHENJIANG, "句容、扬中、丹阳市政府要加快推进专利转化。")
    assert [a for _, a, _ in got] == [
        "agency/321183/government",
        "agency/321182/government",
        "agency/321181/government",
    ]
