"""Round 37: places listed before a body they share, written without the level word the last place's name
ends with (句容、扬中、丹阳市政府; 润州、京口区人民政府), as 江苏 and 浙江 city plans write their counties' and
districts' governments.

What was read wrong before: the places named short (句容, 扬中) were bodies of no type (镇江市句容), and only the
last place's government had the task.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import extracted

ZHENJIANG = "镇江市2024年知识产权工作要点\n一、重点任务\n（一）推进专利转化。开展专利转化运用。"


def _names(units: str) -> list[tuple[str, str]]:
    """(canonical name without the city, role) of the task's units."""
    doc, _ = extracted(f"{ZHENJIANG}（责任单位：{units}）\n")
    return [(r.agency.name.removeprefix("镇江市"), r.role) for r in doc.tasks[0].responsibilities]


@settings(max_examples=12, deadline=None)
@given(
    st.sampled_from(
        [
            (["句容", "扬中", "丹阳市"], ["句容市", "扬中市", "丹阳市"]),
            (["润州", "京口区"], ["润州区", "京口区"]),
            (["句容市", "扬中", "丹阳市"], ["句容市", "扬中市", "丹阳市"]),
        ]
    ),
    st.sampled_from(["人民政府", "政府"]),
)
def test_places_written_without_their_shared_level_word_are_each_a_government(
    listed: tuple[list[str], list[str]], body: str
) -> None:
    places, full = listed
    assert _names("、".join(places) + body) == [(place + "人民政府", "joint") for place in full]


def test_a_bureau_beside_a_government_shares_no_ending() -> None:
    assert _names("市科技局、丹阳市政府") == [("科学技术局", "joint"), ("丹阳市人民政府", "joint")]
