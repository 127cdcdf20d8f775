"""A zone's committee named in a list of units by a name ending in a zone word the rules did not know
(横店影视文化产业实验区管委会, 前海深港现代服务业合作区管理局 …). Before, the words before 区 were taken for the
work a body is written after (as in 打击侵权假冒工作县市场监管局), the body read as 区管委会 alone, and the units
listed before it were lost."""

from __future__ import annotations

import pytest

from tests.plans import extracted, named_units

PLAN = "东阳市2024年知识产权工作要点\n一、重点任务\n（一）加强影视版权保护。开展版权登记服务。（责任单位：市委宣传部、市市场监管局、{zone}）\n"


@pytest.mark.parametrize(
    "zone",
    [
        "横店影视文化产业实验区管委会",
        "某某现代服务业合作区管委会",
        "某某数字经济先行区管委会",
        "某某科技创新核心区管委会",
    ],
)
def test_a_zone_committee_closes_the_list_whole(zone: str) -> None:
    doc, _ = extracted(PLAN.format(zone=zone))
    assert named_units(doc)["一.(一)"] == [
        ("市委宣传部", "joint", "annotation"),
        ("市市场监管局", "joint", "annotation"),
        (zone, "joint", "annotation"),
    ]
