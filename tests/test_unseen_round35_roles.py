"""Round 35: who is responsible and in which role, as county and city plans of provinces the tests did
not cover write it (宾川县, 环江县, 昆山市, 肥西县, 德宏州 and others).

What was read wrong before:

- a body whose name ends in no type's alias nor an organisational word (县农村信用合作联社, 县农信社,
  县广播电视台, 宾居华侨农场, 县国有林场, 县新华书店) in a prose list of units made the list no list: the
  known bodies beside it were lost too (…牵头，县商务局、县农村信用合作联社配合 kept the lead alone).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import plan_units

BINCHUAN = "宾川县知识产权强县建设工作方案\n为加快知识产权强县建设，结合我县实际，制定本方案。\n"

_BODIES_OF_NO_TYPE = [
    "县农村信用合作联社",
    "县农信社",
    "县广播电视台",
    "宾居华侨农场",
    "县国有林场",
    "县新华书店",
]


@settings(max_examples=12, deadline=None)
@given(st.sampled_from(_BODIES_OF_NO_TYPE))
def test_a_body_of_no_type_in_a_prose_list_keeps_the_list(body: str) -> None:
    got = plan_units(
        BINCHUAN,
        "二、主要任务\n"
        f"（一）推动知识产权金融服务。由县财政局牵头，县商务局、{body}配合，开展知识产权质押融资。\n"
        f"（二）加强版权宣传。县委宣传部负责，县文旅局、{body}配合。\n"
        f"（三）加强乡镇知识产权工作。县市场监管局、{body}负责落实。\n",
    )
    assert [(s, r) for s, r, _ in got["二.(一)"]] == [
        ("县财政局", "lead"),
        ("县商务局", "support"),
        (body, "support"),
    ]
    assert [(s, r) for s, r, _ in got["二.(二)"]] == [
        ("县委宣传部", "lead"),
        ("县文旅局", "support"),
        (body, "support"),
    ]
    assert [(s, r) for s, r, _ in got["二.(三)"]] == [("县市场监管局", "joint"), (body, "joint")]


def test_a_firm_of_no_body_word_still_makes_no_list() -> None:
    # 家庭农场 and 实体书店 are kinds of firms, not bodies: no unit is made of them
    got = plan_units(
        BINCHUAN, "二、主要任务\n（一）培育经营主体。县农业农村局牵头，家庭农场、实体书店配合。\n"
    )
    assert all(s not in {"家庭农场", "实体书店"} for s, _, _ in got["二.(一)"])
