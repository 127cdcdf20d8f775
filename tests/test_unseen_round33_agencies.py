"""Round 33: the party bodies of a place named by one character and its level word; a banner's townships.

What was read wrong before: 县委宣传部 in a plan of 曹县 was named 菏泽市曹县委宣传部, which reads as 曹's 县委;
the body is 中共曹县县委宣传部: a place named by one character and its level word (曹县, 沛县, 阳泉's 矿区)
writes that word again before a party body's suffix (agency_types.yaml level_doubled_before). A place of a
longer name is named once (余杭区委宣传部), and a government body of such a place too (曹县市场监督管理局).

各苏木镇（街道） in a plan of a banner (its townships are 苏木 and 镇) was a collective of its own beside 各镇（街道）,
which 各乡镇（街道） already joins: one collective of the banner's towns and subdistricts. Towns alone stay as
written (各苏木镇, 各镇).
"""

from __future__ import annotations

import pytest

from tests.plans import resolved_agency


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
