"""A zone of the plan's own whose name opens with a far region's short name: 东莞市's 滨海湾新区 opens with
滨海, the short name of 天津's 滨海新区. Before, 滨海湾新区管委会 in 东莞市's plan was placed in 天津 (and
given 天津's id), as 东城街道 in a plan far from 北京 once was; a town's or subdistrict's name was already
read as the plan's own."""

from __future__ import annotations

import pytest

from tests.plans import resolved_agency


@pytest.mark.parametrize(
    ("region", "surface", "expected_region"),
    [
        ("441900", "滨海湾新区管委会", "441900"),  # 东莞市: its own zone, not 天津's 滨海新区
        ("441900", "滨海湾新区管理委员会", "441900"),
        ("441900", "松山湖高新区管委会", "Z44190011"),  # a zone the gazetteer knows keeps its entry
        ("120000", "滨海高新区管委会", "Z12000011"),  # near: 天津's plan names 天津's zone
        ("441900", "天津滨海新区管委会", "120116"),  # a far region written out in full stays there
    ],
)
def test_a_zone_named_after_a_far_short_name_is_the_plans(
    region: str, surface: str, expected_region: str
) -> None:
    assert resolved_agency(region, surface)[3] == expected_region
