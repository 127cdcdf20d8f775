"""Round 35: agency names, types and places as plans of Fujian, Inner Mongolia, Hubei, Hebei and Anhui write
them (泉州, 乌兰察布, 包头, 兴安盟, 潜江, 正定, 蜀山, 鸠江).

What was read wrong before:

- a zone named 投资区, 经济区, 名胜区, 保护区, 管理区 … before its committee (泉州台商投资区管委会, 彬村山华侨
  经济区管委会) in a list of units was cut to 区管委会, and the unit before it in the list was lost;
- the short names Inner Mongolia writes its banners by (科右前旗, 察右前旗, 达茂旗, 土右旗, 莫旗 …) were no
  places: 察右前旗人民政府 was lost, 察右后旗科技局 became a place-less 旗科学技术局 and 达茂旗市场监管局 a body
  of 包头市 named so; 盟市场监管局科右前旗分局 had no type;
- the financial regulator's office of a county-level city its province governs directly (潜江金融监管分局,
  天门金融监管分局, 琼海金融监管分局, 济源) was named a 监管支局, a body that does not exist, and 仙桃金融监管分局
  in 仙桃's own plan was kept as written, no identity of its type;
- a body's full name written in the plan was replaced by its type's standard name (县发展和改革局 →
  发展和改革委员会, 县教育体育局 → 教育局, 县文体广电和旅游局 → 文化广电和旅游局, 市经济和信息化局 →
  工业和信息化局, 旗农牧局 → 农业农村局), where a merged bureau joined by 和 kept its own;
- a bank's branch named by its place after the bank's name (兴业银行合肥分行, 徽商银行合肥蜀山支行) got the
  plan's district put before it (合肥市蜀山区兴业银行合肥分行) and was placed there, so one branch was a
  different body in each district's plan;
- 区科经局 (科技经济局, 科技和经济信息化局), 区金融发展局 and Shenzhen's 区科技创新局 had no type.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import extracted, resolved_agency, task_agencies

SHUSHAN = "蜀山区2023年知识产权质押融资工作方案\n一、重点任务\n"
ZHENGDING = "正定县知识产权强县建设工作方案\n三、重点任务\n"
QUANZHOU = "泉州市2024年知识产权工作要点\n一、重点任务\n"
WULANCHABU = "乌兰察布市2024年知识产权工作要点\n二、重点工作\n"


@settings(max_examples=12, deadline=None)
@given(
    zone=st.sampled_from(
        [
            "泉州台商投资区",
            "福建泉州台商投资区",
            "彬村山华侨经济区",
            "临空经济区",
            "清源山风景名胜区",
            "湄洲岛管理区",
        ]
    ),
    committee=st.sampled_from(["管委会", "管理委员会"]),
)
def test_a_zone_of_any_kind_before_its_committee_is_one_unit_and_keeps_the_list(
    zone: str, committee: str
) -> None:
    units = task_agencies(
        QUANZHOU + f"1.开展专利导航。（牵头单位：市市场监管局；配合单位：市科技局、{zone}{committee}）\n"
    )["一.1"]
    assert [(surface, kind, role) for surface, _, kind, role in units] == [
        ("市市场监管局", "market_regulation", "lead"),
        ("市科技局", "science_tech", "support"),
        (zone + committee, "zone_committee", "support"),
    ]


def test_the_two_writings_of_an_investment_zones_committee_are_one_body() -> None:
    units = task_agencies(
        QUANZHOU + "1.实施高价值专利培育计划。（牵头单位：市市场监管局；配合单位：泉州台商投资区管委会）\n"
        "2.开展专利导航。（牵头单位：市工信局；配合单位：市发改委、福建泉州台商投资区管理委员会）\n"
    )
    assert units["一.1"][-1][1] == units["一.2"][-1][1]
    assert [u[0] for u in units["一.2"]] == ["市工信局", "市发改委", "福建泉州台商投资区管理委员会"]


@settings(max_examples=10, deadline=None)
@given(
    case=st.sampled_from(
        [
            ("150900", "察右前旗人民政府", "150926", "government"),
            ("150900", "察右后旗科技局", "150928", "science_tech"),
            ("150900", "察右中旗市场监管局", "150927", "market_regulation"),
            ("150200", "达茂旗市场监管局", "150223", "market_regulation"),
            ("150200", "土右旗人民政府", "150221", "government"),
            ("150100", "土左旗科技局", "150121", "science_tech"),
            ("150600", "鄂前旗市场监管局", "150623", "market_regulation"),
            ("152900", "阿左旗市场监管局", "152921", "market_regulation"),
            ("152900", "阿右旗人民政府", "152922", "government"),
            ("150700", "莫旗市场监管局", "150722", "market_regulation"),
            ("150700", "新右旗人民政府", "150727", "government"),
            ("152200", "科右前旗人民政府", "152221", "government"),
            ("152200", "科右中旗市场监管局", "152222", "market_regulation"),
            ("150800", "乌前旗市场监管局", "150823", "market_regulation"),
        ]
    )
)
def test_a_banner_named_by_its_short_form_is_that_banner(case: tuple[str, str, str, str]) -> None:
    plan_region, surface, banner, kind = case
    agency_id, _, type_id, region = resolved_agency(plan_region, surface)
    assert (agency_id, type_id, region) == (f"agency/{banner}/{kind}", kind, banner)


def test_short_banner_names_in_a_list_of_units_keep_their_bodies() -> None:
    units = task_agencies(
        WULANCHABU
        + "1.推动知识产权质押融资。（牵头单位：市市场监管局；配合单位：察右前旗人民政府、察右后旗科技局）\n"
    )["二.1"]
    assert [(surface, agency_id) for surface, agency_id, _, _ in units] == [
        ("市市场监管局", "agency/150900/market_regulation"),
        ("察右前旗人民政府", "agency/150926/government"),
        ("察右后旗科技局", "agency/150928/science_tech"),
    ]


def test_a_leagues_bureau_branch_named_for_a_short_banner_is_the_banners_bureau() -> None:
    _, name, type_id, region = resolved_agency("152200", "盟市场监管局科右前旗分局")
    assert (name, type_id, region) == (
        "兴安盟市场监督管理局科尔沁右翼前旗分局",
        "market_regulation",
        "152221",
    )


def test_a_plan_titled_with_a_short_banner_name_is_that_banners() -> None:
    doc, _ = extracted(
        "科右前旗2024年知识产权工作要点\n一、重点工作\n1.开展专利导航。（责任单位：旗科技局）\n"
    )
    assert doc.plan.region is not None
    assert doc.plan.region.id == "152221"


@settings(max_examples=12, deadline=None)
@given(
    case=st.sampled_from(
        [
            ("429005", "潜江金融监管分局", "429005", "潜江"),
            ("429005", "潜江银保监分局", "429005", "潜江"),
            ("429004", "仙桃金融监管分局", "429004", "仙桃"),
            ("429004", "天门金融监管分局", "429006", "天门"),
            ("429004", "市金融监管分局", "429004", "仙桃"),
            ("469002", "琼海金融监管分局", "469002", "琼海"),
            ("419001", "济源金融监管分局", "419001", "济源"),
            ("420000", "潜江金融监管分局", "429005", "潜江"),
        ]
    )
)
def test_a_province_governed_citys_financial_regulator_is_a_branch_of_a_citys_rank(
    case: tuple[str, str, str, str],
) -> None:
    plan_region, surface, city, word = case
    agency_id, name, _, region = resolved_agency(plan_region, surface)
    assert (agency_id, name, region) == (
        f"agency/{city}/financial_regulator_branch",
        f"国家金融监督管理总局{word}监管分局",
        city,
    )


def test_a_county_level_citys_financial_regulator_under_a_prefecture_stays_a_sub_branch() -> None:
    assert resolved_agency("320583", "市金融监管支局")[1] == "国家金融监督管理总局昆山监管支局"
    assert resolved_agency("422801", "恩施银保监分局")[1] == "国家金融监督管理总局恩施监管分局"
    assert resolved_agency("429005", "市法院")[1] == "潜江市人民法院"


@settings(max_examples=12, deadline=None)
@given(
    case=st.sampled_from(
        [
            ("县发展和改革局", "development_reform"),
            ("县经济发展局", "development_reform"),
            ("县教育体育局", "education"),
            ("县文体广电和旅游局", "culture_tourism"),
            ("县文化和旅游局", "culture_tourism"),
            ("县文化广电体育和旅游局", "culture_tourism"),
            ("县经济和信息化局", "industry_it"),
            ("县科技和工业信息化局", "science_tech"),
            ("县卫生健康局", "health"),
            ("县自然资源局", "natural_resources"),
            ("县林业局", "forestry"),
        ]
    )
)
def test_a_bodys_full_name_written_in_the_plan_is_its_name(case: tuple[str, str]) -> None:
    surface, kind = case
    agency_id, name, type_id, _ = resolved_agency("130123", surface)
    assert (agency_id, name, type_id) == (f"agency/130123/{kind}", "石家庄市正定" + surface, kind)


def test_a_short_form_keeps_the_standard_name_and_takes_the_full_one_the_plan_writes() -> None:
    assert resolved_agency("130123", "县发改局")[1] == "石家庄市正定县发展和改革委员会"
    assert resolved_agency("130123", "县教体局")[1] == "石家庄市正定县教育局"
    doc, _ = extracted(
        ZHENGDING + "1.推动知识产权质押融资。（牵头单位：县发改局；配合单位：县教体局）\n"
        "2.开展专利导航。（牵头单位：县发展和改革局；配合单位：县教育体育局）\n"
    )
    ids = {t.path: [r.agency.id for r in t.responsibilities] for t in doc.tasks}
    assert ids["三.1"] == ids["三.2"] == ["agency/130123/development_reform", "agency/130123/education"]
    names = {t.path: [r.agency.name for r in t.responsibilities] for t in doc.tasks}
    assert names["三.1"] == names["三.2"] == ["石家庄市正定县发展和改革局", "石家庄市正定县教育体育局"]


@settings(max_examples=10, deadline=None)
@given(
    case=st.sampled_from(
        [
            ("兴业银行合肥分行", "340100"),
            ("建设银行合肥分行", "340100"),
            ("中国光大银行合肥分行", "340100"),
            ("邮储银行合肥市分行", "340100"),
            ("徽商银行合肥蜀山支行", "340104"),
            ("招商银行蜀山支行", "340104"),
        ]
    ),
    plan=st.sampled_from(["340104", "340103", "340100"]),
)
def test_a_bank_branch_named_by_its_place_is_kept_as_written_and_placed_there(
    case: tuple[str, str], plan: str
) -> None:
    surface, place = case
    _, name, type_id, region = resolved_agency(plan, surface)
    assert (name, type_id, region) == (surface, "bank_branch", place)


def test_bank_branches_in_a_list_of_units_keep_their_names() -> None:
    units = task_agencies(
        SHUSHAN
        + "（一）扩大质押融资。（责任单位：区财政局、徽商银行合肥蜀山支行、兴业银行合肥分行、区农商银行）\n"
    )["一.(一)"]
    doc, _ = extracted(SHUSHAN + "（一）扩大质押融资。（责任单位：区财政局、兴业银行合肥分行、区农商银行）\n")
    assert [u[0] for u in units] == ["区财政局", "徽商银行合肥蜀山支行", "兴业银行合肥分行", "区农商银行"]
    names = [r.agency.name for r in doc.tasks[0].responsibilities]
    assert names == ["合肥市蜀山区财政局", "兴业银行合肥分行", "合肥市蜀山区农商银行"]


@settings(max_examples=12, deadline=None)
@given(
    case=st.sampled_from(
        [
            ("340207", "区科经局", "science_tech", "芜湖市鸠江区科学技术局"),
            ("340207", "区科技经济局", "science_tech", "芜湖市鸠江区科技经济局"),
            ("340207", "区科技和经济信息化局", "science_tech", "芜湖市鸠江区科技和经济信息化局"),
            ("340207", "区经科局", "industry_it", "芜湖市鸠江区工业和信息化局"),
            ("320105", "区金融发展局", "local_finance", "南京市建邺区金融发展局"),
            ("440305", "区科技创新局", "science_tech", "深圳市南山区科技创新局"),
            ("440300", "市科技创新委员会", "science_tech", "深圳市科技创新委员会"),
        ]
    )
)
def test_district_bureaus_of_merged_or_local_names_are_typed(case: tuple[str, str, str, str]) -> None:
    region, surface, kind, name = case
    assert resolved_agency(region, surface) == (f"agency/{region}/{kind}", name, kind, region)


def test_a_task_table_cell_led_by_the_science_and_economy_bureau_has_a_typed_lead() -> None:
    units = task_agencies(
        "鸠江区2024年知识产权工作任务分解表\n序号\t工作任务\t责任单位\t完成时限\n"
        "1\t新增发明专利授权量800件\t区科经局牵头，区市场监管局配合\t2024年12月\n"
    )
    rows = [(surface, kind, role) for rows in units.values() for surface, _, kind, role in rows]
    assert rows == [("区科经局", "science_tech", "lead"), ("区市场监管局", "market_regulation", "support")]
