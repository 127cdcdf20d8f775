"""Round 46: a short name a plan defines for a body once (县知识产权保护中心（以下简称“县保护中心”）,
婺源工业园区管理委员会（以下简称园区管委会）, 县茶叶产业发展中心（简称县茶业中心，下同）) and uses after was another
body than its full name's: a body of no type (县保护中心), or another committee (园区管委会). A later mention of a
defined short name is the body its full name names (policykg/extract/short_names.py); a short name naming a
body a region has one of (县市场监管局) reads as before.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policykg.extract.short_names import defined_short_names
from tests.plans import extracted

HEAD = "江西省上饶市婺源县知识产权强县建设工作方案（2025—2027年）\n一、重点任务\n"


def _ids(body: str) -> dict[str, str]:
    doc = extracted(HEAD + body)[0]
    return {r.agency.surface: r.agency.id for t in doc.tasks for r in t.responsibilities}


@given(
    field=st.sampled_from(
        ["知识产权保护", "茶叶产业发展", "检验检测", "知识产权运营服务", "电子商务公共服务"]
    ),
    kind=st.sampled_from(["中心", "服务中心", "促进中心"]),
    short=st.sampled_from(["县甲中心", "县乙中心", "甲中心"]),
    quoted=st.booleans(),
    cue=st.sampled_from(["以下简称", "简称", "下称"]),
    ditto=st.booleans(),
)
@settings(max_examples=30, deadline=None)
def test_a_defined_short_name_is_the_body_of_its_full_name(
    field: str, kind: str, short: str, quoted: bool, cue: str, ditto: bool
) -> None:
    full = f"县{field}{kind}"
    said = f"“{short}”" if quoted else short
    note = f"（{cue}{said}{'，下同' if ditto else ''}）"
    ids = _ids(
        f"1.推进专利服务。（责任单位：{full}{note}、县市场监管局）\n2.推进商标服务。（责任单位：{short}、县科工信局）\n"
    )
    assert ids[short] == ids[full]


def test_a_short_name_defined_in_prose_names_the_body_in_a_later_note() -> None:
    ids = _ids(
        "1.完善园区服务。支持婺源工业园区管理委员会（以下简称园区管委会）建设知识产权服务站。"
        "（责任单位：县市场监管局）\n2.推进园区专利。（责任单位：园区管委会、县科工信局）\n"
    )
    assert ids["园区管委会"] == "agency/361130/1f6ef4beae"
    assert (
        _ids("1.推进园区专利。（责任单位：婺源工业园区管理委员会）\n")["婺源工业园区管理委员会"]
        == ids["园区管委会"]
    )


def test_a_short_name_of_a_body_a_region_has_one_of_reads_as_before() -> None:
    ids = _ids(
        "1.推进专利服务。（责任单位：县市场监督管理局（县知识产权局）（以下简称县市场监管局）、县财政局）\n"
        "2.推进商标服务。（责任单位：县市场监管局）\n"
    )
    assert ids["县市场监管局"] == ids["县市场监督管理局（县知识产权局）"] == "agency/361130/market_regulation"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "县市场监督管理局（县知识产权局）（以下简称县市场监管局）",
            {"县市场监管局": "县市场监督管理局（县知识产权局）"},
        ),
        ("由婺源工业园区管理委员会（以下简称园区管委会）负责", {"园区管委会": "婺源工业园区管理委员会"}),
        ("支持县知识产权保护中心（以下简称“县保护中心”）开展", {"县保护中心": "县知识产权保护中心"}),
        # a document's short title and a practice's short name define no body
        ("《江西省知识产权强省建设纲要》（以下简称《纲要》）", {}),
        ("推行“双随机、一公开”监管（以下简称“双随机”）", {}),
    ],
)
def test_the_definitions_a_text_makes(text: str, expected: dict[str, str]) -> None:
    assert defined_short_names(text) == expected
