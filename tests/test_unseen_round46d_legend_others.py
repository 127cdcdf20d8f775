"""Round 46: a first-is-lead legend inside a note whose second half names the others without a unit word
(（责任单位：A、B、C，列第一位的为牵头单位，其他为配合单位）, 其余为配合单位, 其它均为配合单位) read 其他 as a
body, a helper of the lead: it names no body, as 其他单位 / 其余部门 already did (roles.yaml others_of_note).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import extracted

HEAD = "江西省上饶市婺源县知识产权强县建设工作方案（2025—2027年）\n一、重点任务\n"


@given(
    legend=st.sampled_from(["列第一位的为牵头单位", "排在首位的为牵头单位", "第一个为牵头单位"]),
    others=st.sampled_from(["其他", "其余", "其它", "其他均", "其余都"]),
    role=st.sampled_from(["为配合单位", "按职责分工负责", "配合"]),
)
@settings(max_examples=25, deadline=None)
def test_the_others_of_a_legend_without_a_unit_word_are_no_body(legend: str, others: str, role: str) -> None:
    note = f"（责任单位：县市场监管局、县科工信局、县财政局，{legend}，{others}{role}）"
    doc = extracted(HEAD + f"1.培育高价值专利。开展专利布局。{note}\n")[0]
    got = [(r.agency.surface, r.role) for t in doc.tasks for r in t.responsibilities]
    assert got == [("县市场监管局", "lead"), ("县科工信局", "support"), ("县财政局", "support")]


def test_a_collective_of_the_others_named_in_a_label_stays() -> None:
    # 其他有关部门 under a 配合单位 label is the plan's other departments, as before
    note = "（牵头单位：县市场监管局；配合单位：县科工信局、其他有关部门）"
    doc = extracted(HEAD + f"1.培育高价值专利。开展专利布局。{note}\n")[0]
    got = [(r.agency.surface, r.role) for t in doc.tasks for r in t.responsibilities]
    assert got == [("县市场监管局", "lead"), ("县科工信局", "support"), ("其他有关部门", "support")]
