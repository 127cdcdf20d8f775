"""Round 35: numeric targets and standings as plans of counties, towns and zones the tests did not cover write
them (a county of Quanzhou split over its towns, counties of Qujing, a county ranked among counties, the
杨凌 and 宁波 zones, pledge-financing and budget goals).

What was read wrong before:

- a table of one measure named only in its caption (表1　2024年各镇（街道）发明专利授权量目标（单位：件）),
  its rows towns or counties and its columns 2023年完成 | 2024年目标, took each town's name for the indicator
  (towns) or the column's words (目标, 完成: counties);
- a rank among the counties of a province (全省县域第一位, 全省县域第一方阵, 全省县（市）前十, 全国县域前50)
  was no standing, nor one scoped by a region named (排名泉州市前三, 保持泉州市县域首位, 位居福建省前列);
- a zone's plan naming itself by its word (示范区发明专利授权量 in 杨凌示范区's, 高新区… in 宁波高新区's) kept
  the word in the indicator and its key, where 全区 is taken off;
- ——PCT国际专利申请量 kept the list's dash in the indicator (a capital letter after it, not a Chinese one);
- an amount after a count of the same thing (质押融资笔数不少于10笔、金额达到5000万元) was keyed 金额 alone;
- 发明专利年授权量 was keyed apart from 发明专利授权量, with no annual flag;
- a grant cap per firm worded 每家支持资金不超过50万元 was a target;
- （预期性） / （约束性） after a value in prose set no expected / binding flag;
- a scope of fields opening a target (围绕苎麻纺织、生物医药产业培育高价值专利组合3个) stayed in its key;
- a fund put into the budget before its amount (将知识产权专项资金纳入年度预算，每年安排不少于2000万元) gave the
  indicator 安排.
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


def _standings(text: str) -> dict[str, tuple[str | None, str | None, float | None, str | None]]:
    doc, _ = extracted(text)
    return {
        t.indicator: (t.standing, t.reference, t.value, t.reference_region_id)
        for t in doc.targets
        if t.standing is not None
    }


@settings(max_examples=8, deadline=None)
@given(
    st.sampled_from(
        [
            ("全省县域第一位", 1.0, "350000"),
            ("全省县域第一方阵", None, "350000"),
            ("全省县（市）前十", 10.0, "350000"),
            ("全国县域前50", 50.0, "100000"),
            ("全省县（市、区）前五位", 5.0, "350000"),
        ]
    ),
    st.sampled_from(["继续保持", "进入", "位居"]),
)
def test_a_rank_among_counties_is_a_standing(rank: tuple[str, float | None, str], verb: str) -> None:
    words, value, province = rank
    found = _standings(NANAN + f"一、工作目标\n到2025年，全市有效发明专利拥有量{verb}{words}。\n")
    assert found["有效发明专利拥有量"] == ("rank", words, value, province)


def test_a_rank_scoped_by_a_named_city_or_province_is_measured_against_it() -> None:
    found = _standings(
        NANAN
        + "一、年度目标\n1.PCT国际专利申请量排名泉州市前三。\n2.有效发明专利拥有量保持泉州市县域首位。\n"
        + "3.知识产权保护社会满意度位居福建省前列。\n4.商标注册量稳居泉州市第一中学附近。\n"
    )
    assert found["PCT国际专利申请量"] == ("rank", "泉州市前三", 3.0, "350500")
    assert found["有效发明专利拥有量"] == ("rank", "泉州市县域首位", 1.0, "350500")
    assert found["知识产权保护社会满意度"] == ("rank", "福建省前列", None, "350000")


YANGLING = "杨凌示范区2024年知识产权工作要点\n为做好示范区知识产权工作，制定本要点。\n"
GAOXIN = "宁波国家高新区2024年知识产权工作要点\n为做好高新区知识产权工作，制定本要点。\n"


def _keys(text: str) -> dict[str, tuple[str, float | None, list[str], str | None]]:
    doc, _ = extracted(text)
    return {t.indicator: (t.indicator_key, t.value, t.flags, t.qualifier) for t in doc.targets}


def test_a_zone_naming_itself_in_its_own_plan_is_no_part_of_the_indicator() -> None:
    yangling = _keys(
        YANGLING
        + "一、总体目标\n2024年，示范区知识产权保护社会满意度达到82分；示范区发明专利授权量达到300件。\n"
    )
    assert yangling["知识产权保护社会满意度"][0] == "知识产权保护社会满意度"
    assert yangling["发明专利授权量"][0] == "发明专利授权量"
    gaoxin = _keys(
        GAOXIN + "一、主要目标\n2024年，高新区发明专利授权量达到1500件，全区知识产权质押融资额达到20亿元。\n"
    )
    assert gaoxin["发明专利授权量"][0] == "发明专利授权量"


def test_a_zone_word_in_a_city_plan_stays() -> None:
    found = _keys(QUJING + "一、主要目标\n2024年，高新区发明专利授权量达到1500件。\n")
    assert "高新区发明专利授权量" in found


@settings(max_examples=4, deadline=None)
@given(st.sampled_from(["年均增长10%以上", "达到50件"]))
def test_a_dash_before_a_latin_name_is_the_lists_mark(value: str) -> None:
    found = _keys(QUJING + f"一、主要目标\n到2024年：\n——PCT国际专利申请量{value}。\n")
    assert "PCT国际专利申请量" in found
    assert not any(k.startswith("—") for k in found)


def test_an_amount_after_a_count_of_the_same_thing_takes_its_words() -> None:
    found = _keys(
        QUJING + "一、年度目标\n（一）知识产权质押融资笔数不少于10笔、金额达到5000万元。\n"
        "（二）专利转让许可数量达到50件，金额2000万元。\n（三）培育示范企业5家，地理标志商标新增2件，总数达到6件。\n"
    )
    assert found["知识产权质押融资金额"][:2] == ("知识产权质押融资额", 5000.0)
    assert found["专利转让许可金额"][1] == 2000.0
    assert "金额" not in found
    assert found["地理标志商标总数"][1] == 6.0


@settings(max_examples=4, deadline=None)
@given(st.sampled_from([("发明专利年授权量", "发明专利授权量"), ("商标年注册量", "商标注册量")]))
def test_a_yearly_measure_is_keyed_as_the_measure_and_flagged_annual(words: tuple[str, str]) -> None:
    written, plain = words
    found = _keys(QUJING + f"一、发展目标\n到2025年，{written}达到800件；{plain}达到900件。\n")
    assert found[written][0] == found[plain][0]
    assert "annual" in found[written][2]


def test_a_grant_cap_per_firm_is_no_target() -> None:
    found = _keys(
        QUJING + "一、工作措施\n（一）推进专利产业化。建设专利产业化样板企业5家，每家支持资金不超过50万元。\n"
    )
    assert list(found) == ["建设专利产业化样板企业"]


def test_an_attribute_in_a_bracket_after_a_value_flags_the_target() -> None:
    found = _keys(
        QUJING
        + "一、年度目标\n每万人口高价值发明专利拥有量达到6.5件（预期性），发明专利授权量达到420件（约束性），"
        "商标注册量达到800件（2024年）。\n"
    )
    assert "expected" in found["每万人口高价值发明专利拥有量"][2]
    assert "binding" in found["发明专利授权量"][2]
    assert not {"expected", "binding"} & set(found["商标注册量"][2])


@settings(max_examples=4, deadline=None)
@given(st.sampled_from(["围绕", "聚焦"]))
def test_a_scope_of_fields_opening_a_target_is_its_qualifier(opener: str) -> None:
    found = _keys(
        QUJING
        + f"一、重点任务\n（一）培育高价值专利。{opener}苎麻纺织、生物医药产业培育高价值专利组合3个。\n"
        "（二）开展导航。围绕重点产业链开展专利导航项目2项。\n"
    )
    assert found["培育高价值专利组合"] == ("高价值专利组合", 3.0, [], "苎麻纺织、生物医药产业")
    # (round 36) 产业链 closes a field as 产业 does: the chain is the qualifier, the key what is counted
    assert found["开展专利导航项目"] == ("专利导航项目", 2.0, [], "重点产业链")


def test_a_fund_put_into_the_budget_names_the_amount_after() -> None:
    found = _keys(
        QUJING
        + "三、保障措施\n（一）强化经费保障。市财政局要将知识产权专项资金纳入年度预算，每年安排不少于2000万元。\n"
        "（二）强化考核。将知识产权工作纳入绩效考核，每年安排不少于500万元。\n"
    )
    assert found["知识产权专项资金"][1] == 2000.0
    assert "知识产权工作" not in found
