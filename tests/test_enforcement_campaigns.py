"""The named national enforcement campaigns that recur year after year (剑网, 昆仑, 龙腾, 铁拳, 蓝天, 护航) as
programmes (ontology/data/programs.yaml; plans written for the tests). Plans name them in quotation marks
before the campaign word, often several at once (开展“铁拳”“龙腾”等专项行动), so that how they recur across
regions can be asked like any programme's. Before, none was a programme but 蓝天 written alone, and a
campaign named in a list was found nowhere."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policykg.extract.programs import find_programs
from tests.plans import extracted

_NAMES = {
    "剑网": "sword_net_campaign",
    "昆仑": "kunlun_campaign",
    "龙腾": "longteng_campaign",
    "铁拳": "iron_fist_campaign",
    "蓝天": "blue_sky_campaign",
    "护航": "escort_campaign",
}


def _found(text: str) -> list[tuple[str, str]]:
    return [(h.program.id, text[h.span[0] : h.span[1]]) for h in find_programs(text, 0, len(text))]


def test_a_plan_naming_campaigns_in_a_list_links_each_to_its_task() -> None:
    doc, _ = extracted(
        "某县2024年知识产权工作要点\n二、加强知识产权保护\n"
        "（一）强化行政执法。开展“铁拳”“龙腾”等专项行动，严厉打击侵权假冒行为。（责任单位：县市场监管局）\n"
        "（二）打击侵权犯罪。配合开展“昆仑2024”专项行动。（责任单位：县公安局）\n"
    )
    found = {(m.program_id, m.task_id.split("/")[-1] if m.task_id else None) for m in doc.programs}
    assert found == {
        ("iron_fist_campaign", "二.(一)"),
        ("longteng_campaign", "二.(一)"),
        ("kunlun_campaign", "二.(二)"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("深入开展知识产权维权“护航”“闪电”专项行动", [("escort_campaign", "“护航”")]),
        ("开展“剑网2024”专项行动", [("sword_net_campaign", "“剑网2024”")]),
        ("组织开展龙腾行动", [("longteng_campaign", "龙腾行动")]),
        ("开展知识产权代理行业“蓝天”专项整治行动", [("blue_sky_campaign", "代理行业“蓝天”专项整治行动")]),
        # the same words that are no campaign
        ("打造较强专利护航能力", []),
        ("打赢蓝天保卫战", []),
        ("组织赴昆仑山开展调研", []),
        ("以铁拳出击打击违法行为", []),
        ("“护航”", []),
    ],
)
def test_campaign_mentions(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@given(
    st.lists(st.sampled_from(sorted(_NAMES)), min_size=1, max_size=5, unique=True),
    st.sampled_from(["等专项行动", "专项行动", "等系列执法行动", "行动", "等集中整治行动"]),
    st.sampled_from(["", "、"]),
)
def test_every_campaign_named_in_a_list_is_found(names: list[str], tail: str, separator: str) -> None:
    text = "开展" + separator.join(f"“{n}”" for n in names) + tail + "。"
    assert [program for program, _ in _found(text)] == [_NAMES[n] for n in names]
