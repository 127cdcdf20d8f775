"""Round 46: bodies doing their part of the work by their duties, the work named only as theirs
(市公安局、市文化和旅游局等部门按职责做好相关工作), after a lead going on with its own work, as a county-level
city's implementation opinions wrote it.

What was read wrong before: 按职责做好相关工作 (按照职能做好相应工作, 根据各自职责做好有关工作) was no way of sharing
the work by duties (roles.yaml shared_forms knew 负责, 落实, 推进 … as its verbs, not 做好 with the part that falls
to each): after A牵头建立…机制 its bodies were prose obligations of their own (implicit) where the same clause with
按职责分工负责 supports the lead; alone they now share the work (joint), as 按职责分工负责 does.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import plan_units

HEAD = "当阳市知识产权工作要点\n为做好全年知识产权工作，制定本要点。\n一、重点任务\n"


def _units(item: str) -> list[tuple[str, str]]:
    got = plan_units(HEAD, "（一）" + item + "\n")
    return [(surface, role) for surface, role, _ in got["一.(一)"]]


@settings(max_examples=30, deadline=None)
@given(
    by=st.sampled_from(["按", "按照", "根据", "依据"]),
    duty=st.sampled_from(["职责", "职能", "各自职责", "部门职责"]),
    sharing=st.sampled_from(["", "分工"]),
    work=st.sampled_from(["做好相关工作", "做好相应工作", "做好有关工作"]),
    others=st.sampled_from(["", "等部门", "等单位"]),
)
def test_helpers_doing_their_part_after_a_lead_going_on_with_its_work(
    by: str, duty: str, sharing: str, work: str, others: str
) -> None:
    item = (
        f"加强执法协作。市市场监管局牵头建立侵权线索移送机制，市公安局、市商务局{others}"
        f"{by}{duty}{sharing}{work}，形成监管合力。"
    )
    assert _units(item) == [("市市场监管局", "lead"), ("市公安局", "support"), ("市商务局", "support")]


def test_after_a_body_answering_for_the_work() -> None:
    assert _units("推进专利转化。由市科技局负责，市教育局、市财政局根据各自职责做好有关工作。") == [
        ("市科技局", "lead"),
        ("市教育局", "support"),
        ("市财政局", "support"),
    ]


def test_bodies_alone_share_the_work() -> None:
    assert _units("完善纠纷化解。建立诉调对接机制，市司法局、市人民法院按职责做好相关工作。") == [
        ("市司法局", "joint"),
        ("市人民法院", "joint"),
    ]


def test_doing_their_own_work_is_no_share() -> None:
    # 做好 with work of their own, not the part falling to them: prose as before
    got = _units("加强执法协作。市市场监管局牵头建立联合执法机制，市公安局按职责做好刑事打击工作。")
    assert ("市市场监管局", "lead") in got
    assert ("市公安局", "support") not in got
