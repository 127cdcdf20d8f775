"""A cue before work that opens with a character ending a body's name (负责行业监管, 负责行政执法: 行 ends 银行
and 农行; plans written for the tests). Before, 县市场监管局负责行 was taken for a name running on (as 组织 of
区委组织部 is inside one), so the sentence named no one and the task fell to the issuer. The cue ends the name
when the words before it are a typed body's whole name and the cue with the next character types none."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.plans import extracted, named_units

_HEAD = "某县知识产权工作方案\n一、重点任务\n"


def test_a_cue_before_work_opening_with_a_name_ending_is_read() -> None:
    doc, _ = extracted(
        _HEAD
        + "（一）加强行业监管。县市场监管局负责行业监管工作。\n"
        + "（二）规范行政执法。县司法局负责行政执法监督。\n"
        + "（三）加强行业自律。由县市场监管局会同县商务局负责行业自律工作。\n"
    )
    units = named_units(doc)
    # a body answering for its work alone carries it (round 31: it was implicit)
    assert units["一.(一)"] == [("县市场监管局", "sole", "prose")]
    assert units["一.(二)"] == [("县司法局", "sole", "prose")]
    assert units["一.(三)"] == [("县市场监管局", "lead", "annotation"), ("县商务局", "support", "annotation")]


def test_a_cue_inside_a_name_stays_inside() -> None:
    doc, _ = extracted(_HEAD + "（一）加强组织。区委组织部负责人才工作。\n（二）县委组织部组织开展培训。\n")
    units = named_units(doc)
    assert units["一.(一)"] == [("区委组织部", "sole", "prose")]  # 负责 alone: sole (round 31)
    assert units["一.(二)"] == [("县委组织部", "implicit", "prose")]


@given(
    st.sampled_from(["县市场监管局", "县科技局", "县公安局", "县司法局", "县财政局", "县农业农村局"]),
    st.sampled_from(["负责", "牵头"]),
    st.sampled_from(["行业监管", "行政执法", "行业自律", "行动部署"]),
)
def test_any_body_before_a_cue_and_work_opening_with_hang(body: str, cue: str, work: str) -> None:
    doc, _ = extracted(_HEAD + f"（一）开展工作。{body}{cue}{work}工作。\n")
    units = named_units(doc)["一.(一)"]
    assert [surface for surface, _, _ in units] == [body]
