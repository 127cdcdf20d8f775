"""Round 25: agencies and regions named as plans of autonomous counties and banners, a league, an autonomous
prefecture, the forest district, a 兵团 division-city and county-level cities sharing their prefecture's
name write them (plans written for the tests; none of these places was covered).

What was read wrong before:

- an autonomous county or banner written with its short name and the plain level word (恭城县市场监管局 for
  恭城瑶族自治县市场监督管理局, 莫力达瓦旗市场监督管理局) was a body of its own, with an id of its own, not
  the county's bureau the plan names elsewhere as 县市场监管局;
- 团旗委, 团州委, 团盟委 and 团师市委 (the youth league committee of a banner, an autonomous prefecture, a
  league, a division-city) had no type and an id of their own, where 团县委 is the county's 团委;
- a bureau merging sport in before 和旅游 (县文化广电体育和旅游局, 县文化体育广电和旅游局) had no type;
- the forest district's vertical bodies named with its name without 林区 (国家金融监督管理总局神农架监管分局,
  神农架海关) were placed nowhere;
- the financial regulator's 监管分局 named by a place a prefecture shares with its county-level city (恩施 for
  恩施州 and 恩施市, 和田 for 和田地区 and 和田市) was the city's in the city's plan; its 监管支局 named so in
  the prefecture's plan was the prefecture's: the level word says the rank.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from policykg.extract.regions import region_index
from tests.plans import extracted, resolved_agency, task_agencies

GONGCHENG = (
    "恭城瑶族自治县知识产权强县建设工作方案（2024—2026年）\n"
    "为深入实施知识产权强国建设纲要，加快推进我县知识产权强县建设，结合本县实际，制定本方案。\n"
    "一、重点任务\n"
    "（一）培育特色农产品地理标志。围绕月柿、油茶等特色产品，推进地理标志培育和运用。"
    "（牵头单位：恭城县市场监管局；配合单位：县农业农村局、县文化广电体育和旅游局）\n"
    "（二）加强知识产权执法。开展地理标志专用标志使用专项检查。"
    "（牵头单位：县市场监管局；配合单位：县公安局、县文化体育广电和旅游局）\n"
)


def test_an_autonomous_countys_short_name_with_its_level_word_and_a_merged_culture_bureau() -> None:
    got = task_agencies(GONGCHENG)
    market = "agency/450332/market_regulation"
    assert got["一.(一)"][0] == ("恭城县市场监管局", market, "market_regulation", "lead")
    assert got["一.(二)"][0] == ("县市场监管局", market, "market_regulation", "lead")
    culture = "agency/450332/culture_tourism"
    assert got["一.(一)"][2] == ("县文化广电体育和旅游局", culture, "culture_tourism", "support")
    assert got["一.(二)"][2] == ("县文化体育广电和旅游局", culture, "culture_tourism", "support")


def test_an_autonomous_banners_short_name_with_its_level_word() -> None:
    text = (
        "莫力达瓦达斡尔族自治旗知识产权工作实施方案\n为推动我旗知识产权事业发展，制定本方案。\n一、主要任务\n"
        "（一）培育大豆地理标志品牌。推进大豆地理标志运用。牵头单位：莫力达瓦旗市场监督管理局；"
        "配合单位：旗农牧局\n"
        "（二）开展知识产权进校园活动。牵头单位：团旗委；配合单位：旗教育局\n"
    )
    got = task_agencies(text)
    assert got["一.(一)"][0][1:3] == ("agency/150722/market_regulation", "market_regulation")
    assert got["一.(二)"][0] == ("团旗委", "agency/150722/youth_league", "youth_league", "lead")


def test_the_youth_league_committee_of_a_banner_a_prefecture_a_league_and_a_division_city() -> None:
    ejina = (
        "额济纳旗知识产权工作要点（2024年）\n为贯彻落实盟委、行署关于知识产权工作的部署，结合我旗实际，"
        "制定本要点。\n一、主要任务\n"
        "1.开展青年创新创业活动。组织青年创客参加知识产权培训。责任单位：团旗委、旗总工会\n"
        "2.加强苏木镇知识产权服务。在各苏木镇设立知识产权服务站。责任单位：旗市场监督管理局\n"
    )
    got = task_agencies(ejina)
    assert got["一.1"][0][:3] == ("团旗委", "agency/152923/youth_league", "youth_league")
    assert got["一.1"][1][1] == "agency/152923/trade_union"
    yanbian = (
        "延边朝鲜族自治州知识产权强州建设实施意见\n为加快建设知识产权强州，结合我州实际，提出如下实施意见。\n"
        "一、重点工作\n（一）实施青年知识产权素养提升行动。面向青年开展知识产权普及教育。"
        "责任单位：团州委、州教育局、州科协\n"
    )
    assert task_agencies(yanbian)["一.(一)"][0][:3] == (
        "团州委",
        "agency/222400/youth_league",
        "youth_league",
    )
    assert resolved_agency("152900", "团盟委") == (
        "agency/152900/youth_league",
        "阿拉善盟团委",
        "youth_league",
        "152900",
    )
    shihezi = (
        "第八师石河子市知识产权强市建设工作方案（2024—2026年）\n为全面提升师市知识产权创造、运用、保护水平，"
        "结合师市实际，制定本方案。\n一、重点任务\n"
        "1.加强知识产权人才培养。牵头单位：师市人力资源和社会保障局；配合单位：师市科协、团师市委\n"
    )
    got = task_agencies(shihezi)
    assert got["一.1"][2][:3] == ("团师市委", "agency/659001/youth_league", "youth_league")


def test_the_forest_districts_vertical_bodies_named_without_its_level_word() -> None:
    text = (
        "神农架林区知识产权强区建设试点工作方案\n为推进知识产权强区建设试点工作，结合林区实际，制定本方案。\n"
        "一、工作任务\n（一）推动知识产权质押融资。引导银行机构开展专利、商标质押融资业务。"
        "牵头单位：国家金融监督管理总局神农架监管分局；配合单位：林区市场监管局、林区财政局\n"
    )
    doc, _ = extracted(text)
    assert doc.plan.region is not None
    assert doc.plan.region.id == "429021"
    lead = doc.tasks[0].responsibilities[0].agency
    assert (lead.id, lead.type) == ("agency/429021/financial_regulator_branch", "financial_regulator_branch")
    assert resolved_agency("429021", "神农架海关")[3] == "429021"


def test_a_regulators_branch_is_the_prefectures_and_its_sub_branch_the_county_citys() -> None:
    enshi = (
        "恩施市知识产权强县建设试点工作方案\n为深入推进知识产权强县建设试点工作，结合我市实际，制定本方案。\n"
        "一、重点任务\n（一）深化知识产权金融服务。推动银行机构扩大知识产权质押融资规模。"
        "牵头单位：国家金融监督管理总局恩施监管分局；配合单位：市市场监管局（知识产权局）、州市场监管局\n"
    )
    got = task_agencies(enshi)["一.(一)"]
    assert got[0][1] == "agency/422800/financial_regulator_branch"
    assert [u[1] for u in got[1:]] == ["agency/422801/market_regulation", "agency/422800/market_regulation"]
    hetian = (
        "和田市知识产权工作实施方案（2024—2025年）\n为推动我市知识产权工作高质量发展，结合和田市实际，"
        "制定本方案。\n一、主要任务\n（一）推动地理标志保护。牵头单位：市市场监管局；"
        "配合单位：地区市场监管局、国家金融监督管理总局和田监管分局\n"
    )
    got = task_agencies(hetian)["一.(一)"]
    assert [u[1] for u in got] == [
        "agency/653201/market_regulation",
        "agency/653200/market_regulation",
        "agency/653200/financial_regulator_branch",
    ]
    # the sub-branch named so in the prefecture's plan is the county-level city's
    assert resolved_agency("422800", "国家金融监督管理总局恩施监管支局")[3] == "422801"
    assert resolved_agency("422800", "国家金融监督管理总局恩施监管分局")[3] == "422800"


_AUTONOMOUS = sorted(
    (e.id, s if s.endswith(e.name[-1]) else s + e.name[-1])  # 鄂温克旗 is written so
    for e in region_index().by_id.values()
    if e.level == "county" and e.name.endswith(("自治县", "自治旗"))
    for s in e.short
)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_AUTONOMOUS), st.sampled_from(["市场监督管理局", "科技局", "人民政府"]))
def test_every_autonomous_county_written_short_is_the_county(county: tuple[str, str], body: str) -> None:
    region_id, written = county
    full = region_index().by_id[region_id].name
    for plan_region in (region_id, region_index().by_id[region_id].parent or region_id):
        assert resolved_agency(plan_region, written + body)[0] == resolved_agency(plan_region, full + body)[0]
