"""Round 46: work framed as done under a body's guidance (在A指导下，B具体实施…), as a county-level city's
implementation opinions wrote it in prose with no label or bracket.

What was read wrong before:

- a body carrying the work out with 具体 before its verb (县农业农村局具体实施…工程, 区司法局具体开展…) was no
  subject: no onset follows its name, and the task went to the issuing government;
- a frame 在A指导下 (在A的业务指导下, 在A、B指导督促下) before the clause doing the work named nobody, or only the
  doer: the bodies of that clause carry the work and lead it, the guide takes part without carrying it
  (support), as A指导B开展… and the note （A指导，B具体实施） read; the same in a bracketed note and in a role
  sentence of its own (在A指导下，B具体实施。); 在…领导下 and a frame naming no body (在专家指导下) give no guide.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import plan_units

HEAD = "枝江市知识产权工作实施方案\n为推进知识产权强县建设，结合我市实际，制定本方案。\n一、重点任务\n"


def _units(item: str) -> list[tuple[str, str, str]]:
    got = plan_units(HEAD, "（一）" + item + "\n")
    return got["一.(一)"]


def test_a_body_carrying_the_work_out_with_juti_is_its_subject() -> None:
    assert _units("加强地理标志运用。县农业农村局具体实施农产品地理标志培育工程，规范专用标志使用。") == [
        ("县农业农村局", "implicit", "prose")
    ]


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (
            "健全调解机制。在县司法局的业务指导下，各乡镇组织开展知识产权纠纷调解，及时化解矛盾。",
            [("各乡镇", "lead", "prose"), ("县司法局", "support", "prose")],
        ),
        (
            "推进专利导航。在区科技局、区工信局指导督促下，区经济开发区管委会负责实施产业专利导航项目。",
            [
                ("区经济开发区管委会", "lead", "prose"),
                ("区科技局", "support", "prose"),
                ("区工信局", "support", "prose"),
            ],
        ),
        # the frame and the work in one clause, no comma between them
        (
            "开展商标培育。在县市场监管局指导下县商务局组织实施商标品牌培育行动。",
            [("县商务局", "lead", "prose"), ("县市场监管局", "support", "prose")],
        ),
    ],
)
def test_the_bodies_guided_lead_and_the_guide_supports(
    item: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _units(item) == expected


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (
            "健全调解机制。推进纠纷调解组织建设。（在县司法局指导下，各乡镇具体实施）",
            [("县司法局", "support", "annotation"), ("各乡镇", "lead", "annotation")],
        ),
        (
            "健全调解机制。推进纠纷调解组织建设。（在县司法局、县人民法院的指导下，县人民调解委员会负责，县财政局配合）",
            [
                ("县司法局", "support", "annotation"),
                ("县人民法院", "support", "annotation"),
                ("县人民调解委员会", "lead", "annotation"),
                ("县财政局", "support", "annotation"),
            ],
        ),
        (
            "健全调解机制。推进纠纷调解组织建设。在县司法局指导下，县人民调解委员会具体实施。",
            [("县司法局", "support", "annotation"), ("县人民调解委员会", "lead", "annotation")],
        ),
    ],
)
def test_the_frame_in_a_note_or_a_role_sentence(item: str, expected: list[tuple[str, str, str]]) -> None:
    assert _units(item) == expected


@pytest.mark.parametrize(
    "item",
    [
        "健全调解机制。在县委领导下，县司法局开展知识产权纠纷调解工作。",
        "健全调解机制。在专家指导下，县司法局开展知识产权纠纷调解工作。",
    ],
)
def test_no_guide_without_a_body_guiding(item: str) -> None:
    assert _units(item) == [("县司法局", "implicit", "prose")]


_GUIDES = ["县市场监管局", "县科技局", "县司法局", "县农业农村局"]
_DOERS = ["县商务局", "县文化和旅游局", "县教育局", "县人力资源和社会保障局"]


@settings(max_examples=30, deadline=None)
@given(
    guides=st.lists(st.sampled_from(_GUIDES), min_size=1, max_size=2, unique=True),
    doer=st.sampled_from(_DOERS),
    of=st.sampled_from(["", "的"]),
    manner=st.sampled_from(["", "业务", "统筹"]),
    guiding=st.sampled_from(["指导", "指导督促", "督促指导"]),
    verb=st.sampled_from(["具体实施", "组织开展", "负责推进", "具体开展"]),
)
def test_any_frame_before_any_doer(
    guides: list[str], doer: str, of: str, manner: str, guiding: str, verb: str
) -> None:
    item = f"推进重点工作。在{'、'.join(guides)}{of}{manner}{guiding}下，{doer}{verb}知识产权服务工作，定期报送进展。"
    got = _units(item)
    assert (doer, "lead", "prose") in got
    assert sorted((s, r) for s, r, _ in got if s != doer) == sorted((g, "support") for g in guides)
