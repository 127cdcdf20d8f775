"""Round 36b: a zone run under two brands, the second in brackets before its committee (浏阳经开区（高新区）管委会,
宁乡经开区（高新区）管理委员会), as many county plans of 湖南, 江西 and 广东 name it.

What was read wrong before: the name was kept as written, a committee of its own beside the one the same plan
names by its first brand alone (浏阳经开区管委会 → 浏阳经济技术开发区管理委员会).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import extracted


@settings(max_examples=8, deadline=None)
@given(st.sampled_from(["（高新区）", "(高新区)", "（综保区）"]), st.sampled_from(["管委会", "管理委员会"]))
def test_a_zone_under_two_brands_is_its_first_brands_committee(brand: str, word: str) -> None:
    doc, _ = extracted(
        "浏阳市知识产权强县建设示范县工作方案\n\n一、重点任务\n"
        f"1.设立知识产权保护工作站。浏阳经开区{brand}{word}负责，市市场监管局指导。\n"
        "2.开展专利导航。浏阳经开区管委会负责。\n"
    )
    zones = {
        (r.agency.id, r.agency.name)
        for t in doc.tasks
        for r in t.responsibilities
        if r.agency.type == "zone_committee"
    }
    assert len(zones) == 1
    assert next(iter(zones))[1] == "浏阳经济技术开发区管理委员会"
