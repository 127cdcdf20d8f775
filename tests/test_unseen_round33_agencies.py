"""Round 33: the party bodies of a place named by one character and its level word; a banner's townships;
Sichuan's 经济信息化局; places gathered without brackets before a body (各旗县区人民政府).

What was read wrong before: 县委宣传部 in a plan of 曹县 was named 菏泽市曹县委宣传部, which reads as 曹's 县委;
the body is 中共曹县县委宣传部: a place named by one character and its level word (曹县, 沛县, 阳泉's 矿区)
writes that word again before a party body's suffix (agency_types.yaml level_doubled_before). A place of a
longer name is named once (余杭区委宣传部), and a government body of such a place too (曹县市场监督管理局).

各苏木镇（街道） in a plan of a banner (its townships are 苏木 and 镇) was a collective of its own beside 各镇（街道）,
which 各乡镇（街道） already joins: one collective of the banner's towns and subdistricts. Towns alone stay as
written (各苏木镇, 各镇).

县经济信息化局 (as 四川's counties name their industry bureau) was a body of no type beside 县经信局: an alias
of the industry bureau now. 配合单位：各旗县区人民政府 (a 内蒙古 city's banners, counties and districts) was read
as 区人民政府 after three characters of work (各旗县): places gathered by 各 go on with the level prefix
after them with their levels bracketed or not (agency_names._GATHERED).
"""

from __future__ import annotations

import pytest

from tests.plans import plan_units, resolved_agency


@pytest.mark.parametrize(
    ("region_id", "surface", "name"),
    [
        ("371721", "县委宣传部", "菏泽市曹县县委宣传部"),
        ("371721", "县委", "菏泽市曹县县委"),
        ("320322", "县委组织部", "徐州市沛县县委组织部"),
        ("140303", "区委宣传部", "阳泉市矿区区委宣传部"),
    ],
)
def test_a_one_character_place_writes_its_level_word_again(region_id: str, surface: str, name: str) -> None:
    assert resolved_agency(region_id, surface)[1] == name


@pytest.mark.parametrize(
    ("region_id", "surface", "name"),
    [
        ("371721", "县市场监管局", "菏泽市曹县市场监督管理局"),
        ("330110", "区委宣传部", "杭州市余杭区委宣传部"),
        ("140303", "区科技局", "阳泉市矿区科学技术局"),
    ],
)
def test_other_names_are_written_once(region_id: str, surface: str, name: str) -> None:
    assert resolved_agency(region_id, surface)[1] == name


@pytest.mark.parametrize(
    "surface", ["各苏木镇（街道）", "各苏木乡镇（街道）", "各苏木乡镇、街道", "各乡镇（街道）"]
)
def test_a_banners_towns_and_subdistricts_are_one_collective(surface: str) -> None:
    assert resolved_agency("150622", surface)[:2] == resolved_agency("150622", "各镇（街道）")[:2]


def test_towns_alone_stay_as_written() -> None:
    assert resolved_agency("150622", "各苏木镇")[1] == "鄂尔多斯市准格尔旗各苏木镇"


@pytest.mark.parametrize("surface", ["县经济信息化局", "县工业信息化局", "县经信局"])
def test_sichuans_industry_bureau(surface: str) -> None:
    assert resolved_agency("510921", surface)[1:3] == ("遂宁市蓬溪县工业和信息化局", "industry_it")


@pytest.mark.parametrize("gathered", ["各旗县区人民政府", "各旗县区政府", "各旗县区市场监管局"])
def test_places_gathered_without_brackets_before_a_body(gathered: str) -> None:
    units = plan_units(
        "包头市知识产权强市建设工作方案（2024—2026年）\n一、重点任务\n",
        f"（一）推进地理标志保护。（牵头单位：市农牧局；配合单位：{gathered}）\n",
    )
    assert units["一.(一)"] == [("市农牧局", "lead", "annotation"), (gathered, "support", "annotation")]
