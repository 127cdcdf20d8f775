"""Round 36: items numbered on through a chapter's sections and written inline in their section's paragraph
(（二）强化知识产权运用。3.开展…（区科技局负责）。4.建立…（区财政局牵头…）), as a PDF that lost its paragraph
breaks or a plan numbering its items 1…N through 主要任务 sets them.

What was read wrong before: inline items were split only when their run opened at 1, so every section after
the first was one task and its items' units mixed in it (a sole unit of one item beside the lead of
another; 区司法局 leading the other item's “铁拳” action).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import plan_units

HEAD = "某区知识产权强县建设工作方案\n为加快知识产权强区建设，制定本方案。\n二、主要任务\n"


@settings(max_examples=10, deadline=None)
@given(st.integers(min_value=2, max_value=15), st.sampled_from([".", "．", "、"]))
def test_inline_items_numbered_on_are_split(first: int, dot: str) -> None:
    got = plan_units(
        HEAD,
        "（一）强化知识产权创造。1.实施高价值专利培育工程（区市场监管局牵头，区科技局配合）。\n"
        f"（二）强化知识产权运用。{first}{dot}开展专利转化运用专项行动（区科技局负责）。"
        f"{first + 1}{dot}建立知识产权纠纷人民调解委员会（区司法局牵头，区市场监管局配合）。\n",
    )
    assert got["二.(二)"] == []
    assert [(s, r) for s, r, _ in got[f"二.(二).{first}"]] == [("区科技局", "sole")]
    assert [(s, r) for s, r, _ in got[f"二.(二).{first + 1}"]] == [
        ("区司法局", "lead"),
        ("区市场监管局", "support"),
    ]


def test_a_run_opened_again_at_one_is_read_from_there() -> None:
    got = plan_units(
        HEAD,
        "（一）强化知识产权运用。要求如下：5.加强统筹。1.开展专利转化运用专项行动（区科技局负责）。"
        "2.建立知识产权纠纷人民调解委员会（区司法局负责）。\n",
    )
    assert [(s, r) for s, r, _ in got["二.(一).1"]] == [("区科技局", "sole")]
    assert [(s, r) for s, r, _ in got["二.(一).2"]] == [("区司法局", "sole")]
