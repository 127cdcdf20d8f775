"""Round 39: two bodies listed with 、 whose first is a merged bureau's name joined by 和 (县林业和草原局、
县市场监管局, 县文化和旅游局、县公安局, 市工业和信息化局、市科技局), as a county's pilot scheme in 青海 writes its
helpers (由县农业农村和科技局牵头，县林业和草原局、县市场监管局配合).

What was read wrong before: the pair was read as bodies sharing the last one's ending (the shorthand of
县发改、财政、商务局), the first name taken with that ending doubled (县林业和草原局局): the whole list became one
unit beside the last one (县林业和草原局、县市场监管局 and 县市场监管局), the first body lost. A name that closes
with the ending already is whole; the shorthand (市科技、工信局, 县发改、财政、商务局) is read as before.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import plan_units

XUNHUA = "循化撒拉族自治县知识产权强县建设试点工作方案\n为推进知识产权强县建设，制定本方案。\n一、重点任务\n"
MINXIAN = "岷县知识产权工作要点\n为做好全县知识产权工作，制定本要点。\n一、重点任务\n"

#: Merged bureaus whose names join two fields with 和, as counties and cities write them.
_JOINED = [
    "林业和草原局",
    "文化和旅游局",
    "工业和信息化局",
    "农业农村和科技局",
    "住房和城乡建设局",
    "自然资源和规划局",
]
_OTHERS = ["市场监管局", "公安局", "科技局", "财政局", "商务局"]


def _roles(units: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    return [(s, r) for s, r, _ in units]


@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from(_JOINED),
    st.sampled_from(_OTHERS),
    st.sampled_from(["配合", "协助", "等部门配合", "按职责配合"]),
    st.sampled_from(["由", ""]),
)
def test_two_helpers_the_first_joined_by_he(joined: str, other: str, role: str, by: str) -> None:
    body = f"（一）推进地理标志培育。做好申报工作，{by}县农业农村局牵头，县{joined}、县{other}{role}。\n"
    got = _roles(plan_units(XUNHUA, body)["一.(一)"])
    assert got == [("县农业农村局", "lead"), (f"县{joined}", "support"), (f"县{other}", "support")]


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(_JOINED),
    st.sampled_from(_OTHERS),
    st.sampled_from(["负责", "按照职责分工负责", "共同负责"]),
)
def test_two_bodies_sharing_the_work_the_first_joined_by_he(joined: str, other: str, role: str) -> None:
    got = _roles(
        plan_units(MINXIAN, f"（一）加强行政执法。开展专项行动，县{joined}、县{other}{role}。\n")["一.(一)"]
    )
    assert got == [(f"县{joined}", "joint"), (f"县{other}", "joint")]


@settings(max_examples=15, deadline=None)
@given(
    st.sampled_from(_JOINED), st.sampled_from(_OTHERS), st.sampled_from(["配合单位", "协办单位", "参与单位"])
)
def test_a_labels_pair_the_first_joined_by_he(joined: str, other: str, label: str) -> None:
    body = f"（一）推进专利转化。开展对接活动。（牵头单位：市发展改革局；{label}：市{joined}、市{other}）\n"
    got = _roles(plan_units(MINXIAN, body)["一.(一)"])
    assert got == [("市发展改革局", "lead"), (f"市{joined}", "support"), (f"市{other}", "support")]


def test_the_shorthand_of_a_shared_ending_is_read_as_before() -> None:
    got = plan_units(MINXIAN, "（一）加强协同。开展联合执法。（责任单位：县发改、财政、商务局）\n")["一.(一)"]
    assert [r for _, r, _ in got] == ["joint", "joint", "joint"]
    assert {s for s, _, _ in got} == {"县发改、财政、商务局"}
    got = plan_units(MINXIAN, "（一）加强协同。开展联合执法。（责任单位：市科技、工信局）\n")["一.(一)"]
    assert [r for _, r, _ in got] == ["joint", "joint"]
