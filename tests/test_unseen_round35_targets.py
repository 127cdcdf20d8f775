"""Round 35: numeric targets and standings as plans of counties, towns and zones the tests did not cover write
them (a county of Quanzhou split over its towns, counties of Qujing, a county ranked among counties, the
杨凌 and 宁波 zones, pledge-financing and budget goals).

What was read wrong before:

- a table of one measure named only in its caption (表1　2024年各镇（街道）发明专利授权量目标（单位：件）),
  its rows towns or counties and its columns 2023年完成 | 2024年目标, took each town's name for the indicator
  (towns) or the column's words (目标, 完成: counties);
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import extracted

NANAN = "南安市2024年度知识产权工作要点\n为做好2024年知识产权工作，制定本要点。\n"
QUJING = "曲靖市2024年知识产权工作要点\n为做好2024年知识产权工作，制定本要点。\n"


def _targets(text: str) -> list[tuple[str, str, float, str | None, str]]:
    doc, _ = extracted(text)
    return [(t.indicator, t.indicator_key, t.value, t.region_name, t.kind) for t in doc.targets]


@settings(max_examples=6, deadline=None)
@given(
    st.sampled_from(["表1　2024年各镇（街道）", "表2 各镇（街道）2024年", "附表1：2024年各镇（街道）"]),
    st.sampled_from(["目标", "目标分解表", "任务分解表"]),
)
def test_a_table_of_towns_takes_the_measure_of_its_caption(opening: str, closing: str) -> None:
    found = _targets(
        NANAN
        + "一、各镇（街道）目标任务\n"
        + f"{opening}发明专利授权量{closing}（单位：件）\n"
        + "镇（街道）\t2023年完成\t2024年目标\n溪美街道\t85\t95\n官桥镇\t55\t62\n水头镇\t120\t135\n"
    )
    assert ("溪美街道发明专利授权量", "溪美街道发明专利授权量", 85.0, "南安市", "baseline") in found
    assert ("官桥镇发明专利授权量", "官桥镇发明专利授权量", 62.0, "南安市", "target") in found
    assert not any(t[0] in {"溪美街道", "官桥镇", "水头镇"} for t in found)


def test_a_table_of_counties_takes_the_measure_of_its_caption_with_each_county_its_region() -> None:
    found = _targets(
        QUJING
        + "一、各县（市、区）目标任务\n表1　2024年各县（市、区）发明专利授权量目标（单位：件）\n"
        + "县（市、区）\t2023年完成\t2024年目标\n麒麟区\t85\t95\n宣威市\t55\t62\n陆良县\t120\t135\n"
    )
    assert ("发明专利授权量", "发明专利授权量", 95.0, "麒麟区", "target") in found
    assert ("发明专利授权量", "发明专利授权量", 55.0, "宣威市", "baseline") in found
    assert {t[0] for t in found} == {"发明专利授权量"}


def test_a_caption_naming_no_one_measure_leaves_the_table_as_it_was() -> None:
    found = _targets(
        QUJING
        + "二、目标任务分解\n表1　各县（市、区）2024年主要指标分解表\n"
        + "县（市、区）\t有效发明专利（件）\t地理标志商标（件）\n麒麟区\t600\t2\n宣威市\t220\t5\n"
    )
    assert ("有效发明专利", "有效发明专利拥有量", 600.0, "麒麟区", "target") in found
