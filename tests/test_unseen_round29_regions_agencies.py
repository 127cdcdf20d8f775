"""Round 29: regions and agencies as plans of places the tests did not cover name them (a 兵团 division-city,
banners of Inner Mongolia, a prefecture's market-regulation bureau in Hubei, a province naming a district
several cities have, districts of Fuzhou, Hangzhou and Qingdao after the 2023 reforms, Haikou's customs).

What was read wrong before:

- 一四三团场 and 一四三团 (one regiment farm of the 兵团) were two bodies: one, however written;
- a banner's branch of its city's bureau lost the banner's word (鄂尔多斯市市场监督管理局鄂托克前分局): a banner's
  short name names no branch, 鄂尔多斯市市场监督管理局鄂托克前旗分局;
- in a bureau's own plan, its units named by its bare word (市局长阳分局, 宜昌市局五峰分局, 市局执法支队,
  市局知识产权科) had no type and the place 宜昌市局; a branch named by its place alone (鄂托克前旗分局) had
  none either, and a bare 执法支队 was the city's: each is the bureau's (宜昌市市场监督管理局长阳分局, the
  county's bureau; 宜昌市市场监督管理局执法支队; its 知识产权科 however written); an autonomous county with no
  short name names its branch by its place (五峰分局 of 五峰土家族自治县, not 五峰土家族自治分局);
- 第八师人民法院 in a plan of 石河子市 (师市合一) was 石河子市人民法院: a court is each level's own, the
  division's (第八师中级人民法院); the 兵团's court was named by the type's rule (新疆生产建设兵团高级人民法院),
  not its own name (新疆维吾尔自治区高级人民法院生产建设兵团分院);
- a district's name several cities bear (鼓楼区: 南京, 徐州, 福州, 开封) was the first city's in any plan: the
  one near the plan (its own city's), else the one inside the plan's province (福建省: 福州's; 吉林省's 朝阳区 is
  长春's, not 北京's), else placed in none (江苏省: 南京's or 徐州's, nothing tells);
- bodies of the 2023 reforms had no type: 区委社会工作部 (the party committee's social work department),
  区数据资源管理局 (the data bureau under its earlier name);
- a customs house whose own name opens with a far district's short name (马村港海关 in a plan of 海口市) was
  焦作's 马村区's: the words going on from the short name (港) make it the customs house's own name;
- a subdistrict whose name opens with a level word no place above the plan's ends with (州桥街道 in a plan of
  开封市鼓楼区) was 开封市's 桥街道: 州 (盟, 旗, 地区 …) names only a place whose name ends with it;
- a prefecture's procuratorate written in full as its autonomous region's branch (自治区人民检察院塔城地区分院)
  had no type and was the autonomous region's: it is the prefecture's, as 塔城地区检察分院 is;
- programmes of 2023-24 were none (产业知识产权强链护链工程, 千企百校知识产权精准对接活动), and 地理标志助力乡村振兴行动
  was a geographical indication alone, not the rural-revitalisation programme too.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import extracted, resolved_agency

SHIHEZI = "659001"
YICHANG_BUREAU = "宜昌市市场监督管理局2024年知识产权工作要点\n为做好2024年全市知识产权工作，制定本要点。\n"
ORDOS_BUREAU = "鄂尔多斯市市场监督管理局2024年知识产权工作要点\n为做好2024年全市知识产权工作，制定本要点。\n"


def _agencies(text: str) -> dict[str, tuple[str, str, str | None, str | None]]:
    """Per surface, (id, name, type, region) of each agency the plan names."""
    doc, _ = extracted(text)
    return {s: (a.id, a.name, a.type, a.region_id) for a in doc.agencies for s in a.surfaces}


def test_a_regiment_farm_written_with_or_without_its_farm_word_is_one_body() -> None:
    farm = resolved_agency(SHIHEZI, "一四三团场")
    regiment = resolved_agency(SHIHEZI, "一四三团")
    assert farm[0] == regiment[0] == resolved_agency(SHIHEZI, "第八师一四三团")[0]
    assert farm[2] == "regiment"


@settings(max_examples=25, deadline=None)
@given(number=st.text(alphabet="一二三四五六七八九〇", min_size=2, max_size=3))
def test_any_numbered_regiment_is_one_body_however_written(number: str) -> None:
    assert resolved_agency(SHIHEZI, number + "团场")[0] == resolved_agency(SHIHEZI, number + "团")[0]


def test_a_banner_branch_keeps_its_banner_word() -> None:
    found = resolved_agency("150623", "鄂托克前旗市场监管分局")
    assert found == (
        "agency/150623/market_regulation",
        "鄂尔多斯市市场监督管理局鄂托克前旗分局",
        "market_regulation",
        "150623",
    )


def test_a_bureaus_units_named_by_its_bare_word_are_its_own() -> None:
    got = _agencies(
        YICHANG_BUREAU
        + "一、强化知识产权保护\n（一）开展专项执法行动。（责任单位：市局执法支队、市局长阳分局、"
        "市局五峰分局、市局知识产权科）\n（二）推进纠纷调解。（责任单位：宜昌市局长阳分局、执法支队、知识产权科）\n"
    )
    assert got["市局长阳分局"] == (
        "agency/420528/market_regulation",
        "宜昌市市场监督管理局长阳分局",
        "market_regulation",
        "420528",
    )
    assert got["宜昌市局长阳分局"] == got["市局长阳分局"]
    assert got["市局五峰分局"][1:] == ("宜昌市市场监督管理局五峰分局", "market_regulation", "420529")
    assert got["市局执法支队"][1:3] == ("宜昌市市场监督管理局执法支队", "enforcement_team")
    assert got["执法支队"] == got["市局执法支队"]
    assert got["市局知识产权科"] == got["知识产权科"]
    assert got["知识产权科"][1] == "宜昌市市场监督管理局知识产权科"


def test_a_branch_named_by_its_place_alone_in_its_bureaus_plan() -> None:
    got = _agencies(
        ORDOS_BUREAU + "一、重点工作\n（一）开展商标专项整治。（责任单位：鄂托克前旗分局、准格尔旗分局）\n"
    )
    assert got["鄂托克前旗分局"] == (
        "agency/150623/market_regulation",
        "鄂尔多斯市市场监督管理局鄂托克前旗分局",
        "market_regulation",
        "150623",
    )
    assert got["准格尔旗分局"][0] == "agency/150622/market_regulation"


def test_a_division_court_in_its_citys_plan_is_the_divisions() -> None:
    assert resolved_agency(SHIHEZI, "第八师人民法院") == (
        "agency/B660800/court",
        "第八师中级人民法院",
        "court",
        "B660800",
    )
    assert resolved_agency(SHIHEZI, "市人民法院")[0] == "agency/659001/court"
    assert resolved_agency(SHIHEZI, "兵团法院")[1] == "新疆维吾尔自治区高级人民法院生产建设兵团分院"


def test_a_district_name_several_cities_bear_is_placed_only_when_something_decides() -> None:
    assert resolved_agency("320000", "鼓楼区人民政府")[3] is None
    assert resolved_agency("320000", "鼓楼区人民政府")[1] == "鼓楼区人民政府"
    assert resolved_agency("320300", "鼓楼区人民政府")[3] == "320302"
    assert resolved_agency("320100", "鼓楼区人民政府")[3] == "320106"
    assert resolved_agency("350000", "鼓楼区人民政府")[:2] == (
        "agency/350102/government",
        "福州市鼓楼区人民政府",
    )
    assert resolved_agency("220000", "朝阳区市场监管局")[3] == "220104"
    assert resolved_agency("110000", "朝阳区市场监管局")[3] == "110105"
    assert resolved_agency("320000", "南京市鼓楼区人民政府")[3] == "320106"


def test_bodies_of_the_2023_reforms_are_typed() -> None:
    social = resolved_agency("350102", "区委社会工作部")
    assert social == (
        "agency/350102/social_work_department",
        "福州市鼓楼区委社会工作部",
        "social_work_department",
        "350102",
    )
    assert resolved_agency("330106", "区数据资源管理局")[0] == "agency/330106/data_bureau"
    assert resolved_agency("330106", "区数据局")[0] == "agency/330106/data_bureau"


def test_a_customs_house_named_by_a_far_districts_short_name_is_its_own() -> None:
    assert resolved_agency("460100", "马村港海关")[3] is None
    assert resolved_agency("460100", "海口海关")[0] == "agency/460100/customs"
    assert resolved_agency("370211", "黄岛海关")[3] == "370211"
    assert resolved_agency("320500", "上海海关")[0] == "agency/310000/customs"  # a far city's own name
    assert resolved_agency("110000", "黄埔海关")[3] == "440112"  # named by the district, nothing after it


def test_a_level_word_no_place_above_ends_with_opens_a_name() -> None:
    assert resolved_agency("410204", "州桥街道")[1:] == ("开封市鼓楼区州桥街道", "subdistrict", "410204")
    assert resolved_agency("222401", "州人民检察院")[0] == "agency/222400/procuratorate"
    assert resolved_agency("152500", "盟公安局")[0] == "agency/152500/public_security"
    assert resolved_agency("150623", "旗公安局")[0] == "agency/150623/public_security"


def test_an_autonomous_regions_procuratorate_branch_is_its_prefectures() -> None:
    written = resolved_agency("654200", "自治区人民检察院塔城地区分院")
    assert written == resolved_agency("654200", "塔城地区检察分院")
    assert written[0] == "agency/654200/procuratorate"
    assert (
        resolved_agency("653101", "新疆维吾尔自治区人民检察院喀什地区分院")[0]
        == "agency/653100/procuratorate"
    )


def test_programmes_of_2023_and_2024_are_read() -> None:
    doc, _ = extracted(
        "济南市历城区知识产权工作要点\n为推进知识产权强区建设，制定本要点。\n一、主要任务\n"
        "（一）深入实施产业知识产权强链护链工程，开展千企百校知识产权精准对接活动。（责任单位：区科技局）\n"
        "（二）实施地理标志助力乡村振兴行动。（责任单位：区农业农村局）\n"
    )
    found = {(p.program_id, p.quote) for p in doc.programs}
    assert ("chain_strengthening", "知识产权强链护链工程") in found
    assert ("enterprise_university_matching", "千企百校知识产权精准对接活动") in found
    assert ("rural_revitalisation", "地理标志助力乡村振兴") in found
    assert ("geographical_indications", "地理标志") in found
