"""Round 47: a frame of help (在A支持下, 在A的配合下, 在A协助下) written as the frame of guidance is (在A指导下).

What was read wrong before: the frame of guidance (round 46) took only 指导 and its pairs, so 在县公安局的配合下，
县市场监管局开展… named the doer alone and the helping body was lost. Its bodies help (support) the doer, who
leads, before the subject as after it (县市场监管局在县公安局配合下开展…); 在…领导下 and a frame naming no
body (在社会各界支持下) still give no helper.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import plan_units

HEAD = "某县知识产权工作实施方案\n为推进知识产权强县建设，结合我县实际，制定本方案。\n一、重点任务\n"


def _units(item: str) -> list[tuple[str, str, str]]:
    return plan_units(HEAD, "（一）" + item + "\n")["一.(一)"]


@pytest.mark.parametrize(
    "item",
    [
        "强化行政执法。在县公安局的配合下，县市场监管局开展商标侵权专项整治。",
        "强化行政执法。在县公安局支持下县市场监管局开展商标侵权专项整治。",
        "强化行政执法。在县公安局的大力协助下，县市场监管局组织开展商标侵权专项整治。",
        "强化行政执法。县市场监管局在县公安局配合下开展商标侵权专项整治。",
        "强化行政执法。县市场监管局要在县公安局的支持和配合下开展商标侵权专项整治。",
    ],
)
def test_the_helping_body_supports_the_doer(item: str) -> None:
    assert sorted(_units(item)) == [("县公安局", "support", "prose"), ("县市场监管局", "lead", "prose")]


@pytest.mark.parametrize(
    "item",
    [
        "强化行政执法。在县委县政府领导下，县市场监管局开展商标侵权专项整治。",
        "强化行政执法。在社会各界支持下，县市场监管局开展商标侵权专项整治。",
    ],
)
def test_no_helper_without_a_body_helping(item: str) -> None:
    assert _units(item) == [("县市场监管局", "implicit", "prose")]


@settings(max_examples=25, deadline=None)
@given(
    helper=st.sampled_from(["县财政局", "县公安局", "县司法局", "县税务局"]),
    of=st.sampled_from(["", "的"]),
    manner=st.sampled_from(["", "大力", "积极", "全力"]),
    helping=st.sampled_from(["支持", "配合", "协助", "帮助", "支持和配合"]),
    after=st.booleans(),
)
def test_any_frame_of_help(helper: str, of: str, manner: str, helping: str, after: bool) -> None:
    frame = f"在{helper}{of}{manner}{helping}下"
    doer = "县科技局"
    item = (
        f"推进重点工作。{doer}{frame}开展专利导航。"
        if after
        else f"推进重点工作。{frame}，{doer}开展专利导航。"
    )
    assert sorted(_units(item)) == sorted([(helper, "support", "prose"), (doer, "lead", "prose")])
