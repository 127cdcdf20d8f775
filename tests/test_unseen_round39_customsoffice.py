"""Round 39: the customs administration's regional office as a province's plan names it among the supporters.

What was read wrong before:

- 海关总署广东分署 (the office over 广东's customs houses) had no type: named as written, it was placed in the
  plan's region with that region's name before it (广东省海关总署广东分署), a body of the province's own. It is
  now a vertical body of its own type (agency_types.yaml customs_regional_office), named by the province it
  serves after the administration's name, one identity in every plan that names it.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import resolved_agency, task_agencies

GUANGDONG = "440000"
GUANGZHOU = "440100"
TIANHE = "440106"


@settings(max_examples=6, deadline=None)
@given(region=st.sampled_from([GUANGDONG, GUANGZHOU, TIANHE]))
def test_the_regional_office_is_the_provinces_in_any_plan(region: str) -> None:
    agency_id, name, kind, where = resolved_agency(region, "海关总署广东分署")
    assert (agency_id, name, kind, where) == (
        f"agency/{GUANGDONG}/customs_regional_office",
        "海关总署广东分署",
        "customs_regional_office",
        GUANGDONG,
    )
    # the customs houses under it stay the cities'
    assert resolved_agency(region, "广州海关")[2:] == ("customs", GUANGZHOU)


@settings(max_examples=6, deadline=None)
@given(
    note=st.sampled_from(
        [
            "（牵头单位：省市场监管局；配合单位：省公安厅、海关总署广东分署）",
            "（省市场监管局牵头，省公安厅、海关总署广东分署配合）",
        ]
    )
)
def test_named_among_the_supporters(note: str) -> None:
    got = task_agencies(
        "广东省知识产权保护工作方案\n一、重点任务\n（一）加强进出口环节保护。开展专项执法。" + note + "\n"
    )["一.(一)"]
    assert (
        "海关总署广东分署",
        f"agency/{GUANGDONG}/customs_regional_office",
        "customs_regional_office",
        "support",
    ) in got
