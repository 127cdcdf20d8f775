"""Round 46: work done under bodies' guidance with the frame written after the body doing it (县农业农村局在县
市场监管局指导下开展…, 各乡镇要在县市场监管局的业务指导下做好…). Written before it (在A指导下，B具体实施) the
frame made B lead and A support (round 46c); after it, A was not read. The guides of a frame right after the
subject, past a modal, are now its partners: the subject leads, the guides support. Words after the subject
opening with 在 that are no frame (在全县范围内开展…) name no one."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policykg.extract.obligations import find_prose_obligations
from tests.plans import extracted, named_units


def _read(sentence: str) -> tuple[list[str], list[str]]:
    (ob,) = find_prose_obligations(sentence, 0, len(sentence))
    return [sentence[s:e] for s, e in ob.mentions], [sentence[s:e] for s, e in ob.partners]


@pytest.mark.parametrize(
    ("sentence", "doers", "guides"),
    [
        ("县农业农村局在县市场监管局指导下开展地理标志培育。", ["县农业农村局"], ["县市场监管局"]),
        ("县农业农村局在县市场监管局的业务指导下，开展地理标志培育。", ["县农业农村局"], ["县市场监管局"]),
        ("各乡镇要在县市场监管局指导下做好知识产权工作。", ["各乡镇"], ["县市场监管局"]),
        ("县科技局要主动在县市场监管局指导下开展专利导航。", ["县科技局"], ["县市场监管局"]),
        ("各园区积极在县知识产权局指导下做好贯标工作。", ["各园区"], ["县知识产权局"]),
        (
            "县文旅局在县委宣传部、县市场监管局指导督促下推进版权工作。",
            ["县文旅局"],
            ["县委宣传部", "县市场监管局"],
        ),
    ],
)
def test_guides_after_the_subject_support_it(sentence: str, doers: list[str], guides: list[str]) -> None:
    assert _read(sentence) == (doers, guides)


def test_words_opening_with_zai_that_are_no_frame_name_no_one() -> None:
    assert _read("县科技局在全县范围内开展专利导航工作。") == (["县科技局"], [])


def test_the_roles_in_a_plan() -> None:
    text = (
        "某县知识产权强县建设工作方案\n一、重点任务\n"
        "（一）培育地理标志。县农业农村局在县市场监管局指导下开展地理标志培育。\n"
    )
    doc, _ = extracted(text)
    assert sorted((s, r) for s, r, _ in named_units(doc)["一.(一)"]) == [
        ("县农业农村局", "lead"),
        ("县市场监管局", "support"),
    ]


_BODIES = st.sampled_from(["县科技局", "县财政局", "县公安局", "县商务局", "县农业农村局", "县司法局"])


@settings(max_examples=40, deadline=None)
@given(
    doer=_BODIES,
    guide=_BODIES,
    modal=st.sampled_from(["", "要", "应当"]),
    words=st.sampled_from(["指导", "的指导", "的业务指导", "指导督促"]),
    verb=st.sampled_from(["开展", "推进", "做好"]),
)
def test_any_frame_after_any_subject(doer: str, guide: str, modal: str, words: str, verb: str) -> None:
    if doer == guide:
        guide = "县市场监管局"
    assert _read(f"{doer}{modal}在{guide}{words}下{verb}知识产权工作。") == ([doer], [guide])
