"""Round 27: regions and agencies as plans of the 兵团's divisions, of 河南县 (青海), of 吉林市, of special and
forest districts, new areas, autonomous counties and banners and of cities with their zones write them (plans
written for the tests).

What was read wrong before:

- the towns and subdistricts gathered, written in many ways in one plan (各镇（街道）, 各镇街, 各乡镇（街道）,
  各乡镇街道, 各镇（区、街道）, 各镇（街道、园区）), were a collective each, with ids of their own; 各乡镇、街道
  was 各乡镇 and a subdistrict named 街道, in a list and as a prose subject (各乡镇、街道要…). Now one
  collective of the region, named 各镇（街道） and with the id that form always had (a hash of its canonical
  words), the other forms its aliases;
- a plan of 河南县 (河南蒙古族自治县, 青海) was a plan of 河南省, its 县 bodies placed in no region;
- a division written without 第 (十二师市场监管局) or its bodies written with 师 alone (师市场监管局, 师人民法院,
  师团委) in a division's plan were bodies of their own (第十二师十二师市场监管局); 师市场监管局 in a
  division-city's plan was 石河子市场监管局 of no type;
- the financial regulator's branch named by a short form a province and its prefecture share
  (吉林金融监管分局 in a plan of 吉林市) was the province's 监管局; the 分局 says the city's; so was a court
  named with 中院 (海南中院 in a plan of 海南州 was 海南省高级人民法院); a prefecture's court named by its
  place's word (恩施中院, 阿克苏中院) was a body of its own (恩施土家族苗族自治州恩施中院);
- an arbitration commission named by a word a province and its city share (吉林仲裁委) was the province's,
  one named with 区/县 in a district's or county's plan (区仲裁委) a body of the district (江宁仲裁委员会):
  cities set them up;
- a zone named by two places of a province's plan (郑州新郑综合保税区管委会 in a plan of 河南省) was the
  province's body, named 河南省郑州新郑综合保税区管委会; the zone's committee written short in its own plan
  (综保区管委会) was a body apart from its issuer 郑州新郑综合保税区管理委员会;
- a special district's bodies (特区市场监管局 in a plan of 六枝特区) were bodies of their own, named
  六盘水市六枝特区特区市场监管局;
- 市场和质量监管局 and 营商环境建设局 had no type; 人民银行雄安营业管理部 and 国家金融监督管理总局雄安监管分局
  were placed nowhere;
- a regulator's county office under its city's named by an autonomous county's place (铜仁金融监管分局玉屏监管
  支局) was a unit of the city's branch; 鄂温克旗 (鄂温克族自治旗) was no place (人行鄂温克旗支行 unplaced);
- a bare 高新区管委会 in a plan of a city whose zone the gazetteer knows (洛阳) was a body of its own, not the
  zone's committee the plan also names 洛阳高新区管委会; 郑州航空港区管委会 was no zone's;
- the 兵团's division-cities gathered (各师市) were no collective.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from policykg.extract.regions import region_index
from tests.plans import extracted, resolved_agency, task_agencies

TOWNS = "agency/350583/all_towns/ce06b8b26c"  # 各镇（街道） of 南安市: the id that form has always had

NANAN = (
    "南安市知识产权强市建设工作方案（2024—2026年）\n一、重点任务\n"
    "（一）推进专利导航。（牵头单位：市市场监管局；配合单位：各镇（街道））\n"
    "（二）加强商标品牌培育。（牵头单位：市市场监管局；配合单位：各镇街）\n"
    "（三）推进地理标志。（牵头单位：市市场监管局；配合单位：各乡镇（街道））\n"
    "（四）强化宣传。（牵头单位：市委宣传部；配合单位：各乡镇、街道）\n"
    "（五）推进园区建设。（牵头单位：市科技局；配合单位：各镇（区、街道））\n"
    "（六）加强企业服务。（牵头单位：市工信局；配合单位：各镇（街道、园区））\n"
)


def test_the_towns_and_subdistricts_written_in_many_ways_are_one_collective() -> None:
    got = task_agencies(NANAN)
    assert {rows[-1][1] for rows in got.values()} == {TOWNS}
    assert got["一.(四)"][1] == ("各乡镇、街道", TOWNS, "all_towns", "support")
    doc, _ = extracted(NANAN)
    towns = next(a for a in doc.agencies if a.id == TOWNS)
    assert towns.name == "南安市各镇（街道）"
    # towns alone and subdistricts alone name fewer units: collectives of their own
    assert resolved_agency("350583", "各乡镇")[0] != TOWNS
    assert resolved_agency("350583", "各街道")[0] != TOWNS
    # what follows the gathered words stays as written
    assert resolved_agency("350583", "各乡镇（街道）人民政府")[1] == "南安市各镇（街道）人民政府"


def test_the_towns_and_subdistricts_listed_as_a_prose_subject_are_the_one_collective() -> None:
    plan = (
        "泰和县知识产权强县建设工作方案（2024—2026年）\n一、重点任务\n"
        "（一）加强宣传。各乡镇、街道要结合实际开展知识产权宣传活动。\n"
        "（二）推进地理标志。由县市场监管局牵头，各乡镇（街道）配合，推进地理标志运用。\n"
    )
    got = task_agencies(plan)
    towns = "agency/360826/all_towns/ce06b8b26c"
    assert got["一.(一)"] == [("各乡镇、街道", towns, "all_towns", "implicit")]
    assert got["一.(二)"][1][1] == towns


_TOWN_WORDS = st.sampled_from(["镇", "乡镇"])
_STREET_WORDS = st.sampled_from(
    ["街道", "（街道）", "(街道)", "街", "（区、街道）", "（街道、园区）", "街道"]
)


@settings(max_examples=40, deadline=None)
@given(_TOWN_WORDS, _STREET_WORDS)
def test_any_writing_of_towns_with_subdistricts_is_the_one_collective(towns: str, streets: str) -> None:
    assert resolved_agency("350583", "各" + towns + streets)[0] == TOWNS


HENAN_COUNTY = (
    "河南县知识产权强县建设工作方案（2024—2026年）\n"
    "为深入实施知识产权强国战略，加快推进河南蒙古族自治县知识产权强县建设，结合我县实际，制定本方案。\n"
    "一、重点任务\n"
    "（一）打造地理标志品牌。推动河南牦牛、欧拉羊地理标志运用。（牵头单位：县市场监管局；配合单位：县公安局）\n"
    "河南县市场监督管理局\n2024年4月8日\n"
)


def test_a_plan_of_henan_county_is_that_county_not_the_province() -> None:
    doc, _ = extracted(HENAN_COUNTY)
    assert doc.plan.region is not None
    assert (doc.plan.region.id, doc.plan.region.name) == ("632324", "河南蒙古族自治县")
    got = task_agencies(HENAN_COUNTY)["一.(一)"]
    assert [u[1] for u in got] == ["agency/632324/market_regulation", "agency/632324/public_security"]
    # 河南省's plans keep their words for its counties: 河南 and what goes on from 县
    index = region_index()
    for text in ("河南县域经济高质量发展", "河南县级知识产权工作", "河南县（市、区）", "河南县市区"):
        hit = index.match_at(text, 0, len(text), allow_short=True)
        assert hit is not None, text
        assert [c.id for c in hit.candidates] == ["410000"], text
    province = (
        "河南省2024年知识产权工作要点\n一、重点任务\n1.推进河南县域知识产权工作。（责任单位：省知识产权局）\n"
    )
    doc, _ = extracted(province)
    assert doc.plan.region is not None
    assert doc.plan.region.id == "410000"


def test_a_divisions_bodies_written_with_its_short_name_or_shi() -> None:
    plan = (
        "兵团第十二师知识产权工作实施方案\n为推动第十二师知识产权事业发展，制定本方案。\n一、重点任务\n"
        "（一）加强专利转化运用。（牵头单位：十二师市场监管局；配合单位：十二师科技局、师人民法院）\n"
        "（二）加强品牌建设。（牵头单位：第十二师市场监督管理局；配合单位：师团委）\n"
    )
    got = task_agencies(plan)
    assert [u[1] for u in got["一.(一)"]] == [
        "agency/B661200/market_regulation",
        "agency/B661200/science_tech",
        "agency/B661200/court",
    ]
    assert [u[1] for u in got["一.(二)"]] == [
        "agency/B661200/market_regulation",
        "agency/B661200/youth_league",
    ]
    assert resolved_agency("B660800", "师市场监管局")[:2] == (
        "agency/B660800/market_regulation",
        "第八师市场监督管理局",
    )
    # a division-city's plan: 师 and 师市 are the city's (师市合一), 师市场监管局 is no 师市 + 场监管局
    assert resolved_agency("659001", "师市场监管局")[0] == "agency/659001/market_regulation"
    assert resolved_agency("B660000", "八师市场监管局")[0] == "agency/B660800/market_regulation"
    # the 兵团's plan gathers its division-cities as a province its cities (各师市, 各师市人民政府)
    gathered = {resolved_agency("B660000", w)[:3] for w in ("各师市", "各师市人民政府")}
    assert gathered == {
        ("agency/B660000/all_governments/c0dffefcdd", "新疆生产建设兵团各师市人民政府", "all_governments")
    }


def test_a_regulators_branch_named_by_a_word_a_province_and_its_city_share() -> None:
    assert resolved_agency("220200", "吉林金融监管分局")[:2] == (
        "agency/220200/financial_regulator_branch",
        "国家金融监督管理总局吉林监管分局",
    )
    assert resolved_agency("220200", "国家金融监督管理总局吉林监管分局")[0] == (
        "agency/220200/financial_regulator_branch"
    )
    # the province's own office keeps its rank
    assert resolved_agency("220000", "吉林金融监管局")[0] == "agency/220000/financial_regulator_branch"
    assert resolved_agency("220200", "国家金融监督管理总局吉林监管局")[0] == (
        "agency/220000/financial_regulator_branch"
    )


def test_a_court_named_by_a_prefectures_bare_or_shared_word_and_its_level_alias() -> None:
    # 中院 is a prefecture's court: 海南 is 海南省's short name and 海南州's word, 吉林 吉林省's and 吉林市's
    assert resolved_agency("632500", "海南中院")[:2] == ("agency/632500/court", "海南藏族自治州中级人民法院")
    assert resolved_agency("220200", "吉林中院")[0] == "agency/220200/court"
    assert resolved_agency("220000", "吉林高院")[0] == "agency/220000/court"
    # an autonomous prefecture's or a 地区's court named by its place's word (恩施中院, 阿克苏中院)
    for plan in ("422800", "422801"):
        assert resolved_agency(plan, "恩施中院")[:2] == (
            "agency/422800/court",
            "恩施土家族苗族自治州中级人民法院",
        )
    assert resolved_agency("652900", "阿克苏中院")[0] == "agency/652900/court"


def test_an_arbitration_commission_is_its_citys() -> None:
    # 吉林 names the province and the city; the province has no arbitration commission of its own
    for plan in ("220200", "220000"):
        assert resolved_agency(plan, "吉林仲裁委")[:2] == (
            "agency/220200/arbitration_commission",
            "吉林仲裁委员会",
        )
    # a district's or county's plan names its city's (no 江宁仲裁委员会), a municipality's district its own city's
    assert resolved_agency("320115", "区仲裁委")[:2] == (
        "agency/320100/arbitration_commission",
        "南京仲裁委员会",
    )
    assert resolved_agency("110105", "市仲裁委")[0] == "agency/110000/arbitration_commission"


def test_a_zone_named_by_two_places_of_a_provinces_plan() -> None:
    for plan in ("410000", "410100"):
        assert resolved_agency(plan, "郑州新郑综合保税区管委会")[::3] == (
            "agency/410184/65b450b5c2",
            "410184",
        )
    # the zone's own plan writes it short (综保区管委会): one body with its name written out
    plan = (
        "郑州新郑综合保税区2024年知识产权工作要点\n一、重点任务\n"
        "1.推进海外维权。（责任单位：综保区管委会、新郑市市场监管局）\n"
        "郑州新郑综合保税区管理委员会\n2024年3月1日\n"
    )
    doc, _ = extracted(plan)
    assert doc.tasks[0].responsibilities[0].agency.id == doc.plan.issuers[0].agency_id
    # a far region's short name still opens a zone of the plan's own (滨海湾新区 in 东莞, not 天津's 滨海新区)
    assert resolved_agency("441900", "滨海湾新区管委会")[3] == "441900"


def test_a_special_districts_bodies() -> None:
    plan = (
        "六枝特区知识产权工作实施方案\n为推进特区知识产权工作，结合特区实际，制定本方案。\n一、重点任务\n"
        "（一）加强商标培育。（牵头单位：特区市场监管局；配合单位：特区人民法院）\n"
    )
    got = task_agencies(plan)["一.(一)"]
    assert got[0] == ("特区市场监管局", "agency/520203/market_regulation", "market_regulation", "lead")
    assert got[1][1:3] == ("agency/520203/court", "court")


def test_merged_and_new_bureaus_and_a_new_areas_vertical_bodies() -> None:
    assert resolved_agency("520622", "县市场和质量监管局")[0] == "agency/520622/market_regulation"
    assert resolved_agency("410300", "市营商环境建设局")[::2] == (
        "agency/410300/business_environment",
        "business_environment",
    )
    assert resolved_agency("Z13000001", "人民银行雄安营业管理部")[::3] == (
        "agency/Z13000001/central_bank_branch",
        "Z13000001",
    )
    assert resolved_agency("Z13000001", "国家金融监督管理总局雄安监管分局")[3] == "Z13000001"


def test_a_regulators_county_office_named_by_an_autonomous_place() -> None:
    assert resolved_agency("520622", "铜仁金融监管分局玉屏监管支局")[:2] == (
        "agency/520622/financial_regulator_branch",
        "国家金融监督管理总局铜仁监管分局玉屏监管支局",
    )
    assert resolved_agency("150724", "呼伦贝尔金融监管分局鄂温克监管支局")[0] == (
        "agency/150724/financial_regulator_branch"
    )
    assert resolved_agency("150724", "人行鄂温克旗支行")[0] == "agency/150724/central_bank_branch"


def test_a_bare_zone_committee_in_its_citys_plan() -> None:
    zone = "agency/410371/zone_committee"
    for written in ("高新区管委会", "洛阳高新区管委会", "洛阳市高新区管委会"):
        assert resolved_agency("410300", written)[0] == zone
    # a zone of its own level written short (郑州航空港区 for 郑州航空港经济综合实验区), bare in its city's plan too
    for written in ("航空港区管委会", "郑州航空港区管委会"):
        assert resolved_agency("410100", written)[0] == "agency/410173/zone_committee"
