"""Round 36: agency names and types as plans of the West's districts, counties, development zones and new
areas write them (锦江, 叙州, 会东, 九龙坡, 银川经开区, 昆明, 天府新区, 兰州新区, 西青, 长葛).

What was read wrong before:

- merged bureaus were typed by the wrong field: Chengdu's 区新经济和科技局 was industry_it (it ends with
  经济和科技局), 区经信商务局 and 区工业商务和信息化局 were commerce (the full form 经济信息化和商务局 was
  industry_it), 区财政金融局 was the local financial bureau, and 区财政审计局 and a zone's 科技发展局 had no type;
- 各产业园区 and 各工业园区管委会 were no collective, and 区内各银行业金融机构 / 辖区内各金融机构 had no type and
  a canonical name with 内 in it;
- 县委金融工委 and 县委金融工作委员会办公室 had no type, 县委金融工作委员会 was a leading group and 县委金融工委
  办公室 the committee's general office;
- 区大数据发展局 and 市委督查局 / 市政府督查局 had no type;
- a city bureau's branch in a development zone (市公安局经开区分局, 市场监管局经开区分局, 市公安局高新区分局)
  had no type and a mangled name (银川市场监管局经开区分局), and in the zone's own plan was not the zone's
  bureau a bare 市场监管局 names;
- the reverse form 区知识产权局（区市场监管局） made a separate ip_office body, or renamed every 区市场监管局
  知识产权局;
- the bodies of a state-level new area named with its province (四川天府新区, 陕西西咸新区, 贵州贵安新区) had the
  city put before it (成都市四川天府新区…), and an untyped department written with 新区 doubled it
  (…四川天府新区新区党群工作部);
- in a zone's plan the financial regulator's 金融监管支局 was renamed a 监管分局;
- in a joint 两办 issue the party office signed for itself (长葛市委办公室) where the government's office signs
  for its government: now the pair is 长葛市委 and 长葛市人民政府.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import extracted, resolved_agency, task_agencies

JINJIANG, XUZHOU, HUIDONG, JIULONGPO = "510104", "511504", "513426", "500107"
YINCHUAN_ETDZ, KUNMING, XIAN = "Z64010021", "530100", "610100"
LANZHOU_NEW_AREA, XIQING, CHANGGE = "620171", "120111", "411082"
JINJIANG_PLAN = "成都市锦江区2024年知识产权工作要点\n一、重点工作\n"


@pytest.mark.parametrize(
    ("surface", "type_id"),
    [
        ("区新经济和科技局", "science_tech"),
        ("区科技发展局", "science_tech"),
        ("区经信商务局", "industry_it"),
        ("区工信商务局", "industry_it"),
        ("区工业商务和信息化局", "industry_it"),
        ("区工业商务和科技局", "industry_it"),
        ("区财政金融局", "finance"),
        ("区财政审计局", "finance"),
        ("区大数据发展局", "data_bureau"),
    ],
)
def test_a_merged_bureau_is_of_the_field_it_names_first(surface: str, type_id: str) -> None:
    _, name, found, _ = resolved_agency(JINJIANG, surface)
    assert (name, found) == ("成都市锦江" + surface, type_id)  # kept as written


@settings(max_examples=10, deadline=None)
@given(
    lead=st.sampled_from(["区经信商务局", "区工业商务和信息化局", "区经济信息化和商务局"]),
    support=st.sampled_from(["区新经济和科技局", "区科技发展局"]),
)
def test_merged_bureaus_in_a_task_are_typed_so(lead: str, support: str) -> None:
    units = task_agencies(JINJIANG_PLAN + f"1.推进商标品牌。（牵头单位：{lead}；配合单位：{support}）\n")[
        "一.1"
    ]
    assert [(s, t, r) for s, _, t, r in units] == [
        (lead, "industry_it", "lead"),
        (support, "science_tech", "support"),
    ]
    assert resolved_agency(JINJIANG, "区商务和工业信息化局")[2] == "commerce"  # commerce named first


@pytest.mark.parametrize(
    ("surface", "collective", "name"),
    [
        ("各产业园区", "all_zones", "宜宾市叙州区各产业园区"),
        ("各工业园区管委会", "all_zones", "宜宾市叙州区各工业园区管委会"),
        ("区内各银行业金融机构", "all_financial_institutions", "宜宾市叙州区各银行业金融机构"),
        ("辖区内各金融机构", "all_financial_institutions", "宜宾市叙州区各金融机构"),
        ("区域内各银行机构", "all_financial_institutions", "宜宾市叙州区各银行机构"),
    ],
)
def test_zones_and_banks_gathered_are_collectives(surface: str, collective: str, name: str) -> None:
    agency_id, found_name, found, _ = resolved_agency(XUZHOU, surface)
    assert (found_name, found) == (name, collective)
    assert agency_id.startswith(f"agency/{XUZHOU}/{collective}/")


@pytest.mark.parametrize(
    ("surface", "type_id", "name"),
    [
        ("县委金融工委", "party_finance_work_committee", "县委金融工作委员会"),
        ("县委金融工作委员会", "party_finance_work_committee", "县委金融工作委员会"),
        ("县委金融委员会", "party_finance_commission", "县委金融委员会"),
        ("县委金融工作委员会办公室", "party_finance_office", "县委金融工作委员会办公室"),
        ("县委金融工委办公室", "party_finance_office", "县委金融工委办公室"),
    ],
)
def test_the_party_finance_bodies_are_party_organs(surface: str, type_id: str, name: str) -> None:
    assert resolved_agency(HUIDONG, surface)[1:3] == ("凉山彝族自治州会东" + name, type_id)


def test_the_finance_work_committee_written_short_or_in_full_is_one_body() -> None:
    assert resolved_agency(HUIDONG, "县委金融工委")[0] == resolved_agency(HUIDONG, "县委金融工作委员会")[0]


@pytest.mark.parametrize(
    ("surface", "type_id"),
    [("市委督查局", "inspection_office"), ("市政府督查局", "inspection_office")],
)
def test_an_inspection_bureau_is_typed(surface: str, type_id: str) -> None:
    assert resolved_agency(JIULONGPO, surface)[2] == type_id


@pytest.mark.parametrize(
    ("region_id", "surface", "agency_id", "name", "type_id"),
    [
        (
            YINCHUAN_ETDZ,
            "市场监管局经开区分局",
            "agency/Z64010021/market_regulation",
            "银川市市场监督管理局经开区分局",
            "market_regulation",
        ),
        (
            YINCHUAN_ETDZ,
            "银川市公安局经开区分局",
            "agency/Z64010021/public_security",
            "银川市公安局经开区分局",
            "public_security",
        ),
        (
            KUNMING,
            "市公安局经开区分局",
            "agency/Z53010021/public_security",
            "昆明市公安局经开区分局",
            "public_security",
        ),
        (
            KUNMING,
            "市公安局高新区分局",
            "agency/Z53010011/public_security",
            "昆明市公安局高新区分局",
            "public_security",
        ),
        (
            XIAN,
            "市生态环境局高新区分局",
            "agency/Z61010011/ecology_environment",
            "西安市生态环境局高新区分局",
            "ecology_environment",
        ),
    ],
)
def test_a_city_bureaus_branch_in_a_zone_is_the_zones_bureau(
    region_id: str, surface: str, agency_id: str, name: str, type_id: str
) -> None:
    assert resolved_agency(region_id, surface)[:3] == (agency_id, name, type_id)


def test_a_branch_in_a_zone_the_gazetteer_lacks_is_typed_by_its_bureau() -> None:
    agency_id, name, found, region = resolved_agency(XIAN, "西安市公安局高新分局")
    assert (name, found, region) == ("西安市公安局高新分局", "public_security", XIAN)
    assert agency_id != f"agency/{XIAN}/public_security"  # not the city's bureau itself
    assert resolved_agency(KUNMING, "市公安局交警分局")[2] is None  # named for its work: as written


def test_in_the_zones_plan_its_branch_and_the_bare_bureau_are_one() -> None:
    rows = task_agencies(
        "银川经济技术开发区2024年知识产权工作要点\n一、重点工作\n"
        "1.建设知识产权保护工作站。市场监管局经开区分局负责，党群工作部参与。\n"
        "2.开展专项检查。（责任单位：市场监管局）\n"
    )
    assert rows["一.1"][0][1:] == ("agency/Z64010021/market_regulation", "market_regulation", "lead")
    assert rows["一.2"][0][1:3] == ("agency/Z64010021/market_regulation", "market_regulation")


@pytest.mark.parametrize(
    "surface",
    ["区知识产权局（区市场监管局）", "区知识产权局（市场监管局）"],
)
def test_the_ip_office_plate_written_first_is_the_market_regulator(surface: str) -> None:
    found = resolved_agency(XIQING, surface)[:3]
    assert found == resolved_agency(XIQING, "区市场监管局（区知识产权局）")[:3]  # as in the usual order
    assert found == (f"agency/{XIQING}/market_regulation", "天津市西青区市场监督管理局", "market_regulation")


def test_the_reverse_form_leaves_the_market_regulator_its_name() -> None:
    doc, _ = extracted(
        "西青区知识产权强区建设工作方案（2023—2025年）\n一、主要任务\n"
        "1.培育知识产权示范企业。（区市场监管局牵头，区科技局配合）\n"
        "2.推进企业知识产权合规管理。（区知识产权局（区市场监管局）负责）\n"
    )
    kinds = {a.type for a in doc.agencies}
    assert "ip_office" not in kinds
    regulator = next(a for a in doc.agencies if a.type == "market_regulation")
    assert regulator.name == "天津市西青区市场监督管理局"
    assert {"区市场监管局", "区知识产权局（区市场监管局）"} <= set(regulator.surfaces)


def test_the_copyright_plate_written_first_is_the_publicity_department() -> None:
    assert resolved_agency(XIQING, "区版权局（区委宣传部）")[2] == "publicity_department"


@pytest.mark.parametrize(
    ("region_id", "surface", "name"),
    [
        ("Z51010001", "新区市场监管局", "四川天府新区市场监督管理局"),
        ("Z51010001", "新区党群工作部", "四川天府新区党群工作部"),
        ("Z51010001", "四川天府新区管理委员会", "四川天府新区管理委员会"),
        ("Z61010001", "新区市场监管局", "陕西西咸新区市场监督管理局"),
        ("Z52010001", "新区经济发展部", "贵州贵安新区经济发展部"),
    ],
)
def test_a_new_area_named_with_its_province_is_not_given_its_city(
    region_id: str, surface: str, name: str
) -> None:
    assert resolved_agency(region_id, surface)[1:4:2] == (name, region_id)


def test_a_zones_financial_regulator_office_keeps_its_level() -> None:
    for surface in ("兰州新区金融监管支局", "金融监管支局", "新区金融监管支局"):
        assert resolved_agency(LANZHOU_NEW_AREA, surface)[1:3] == (
            "国家金融监督管理总局兰州新区监管支局",
            "financial_regulator_branch",
        )


def test_a_joint_issue_of_two_offices_defaults_to_the_committee_and_the_government() -> None:
    doc, _ = extracted(
        "中共长葛市委办公室　长葛市人民政府办公室\n关于印发《长葛市知识产权强县建设示范县工作方案》的通知\n\n"
        "长办〔2023〕18号\n\n中共长葛市委办公室\n长葛市人民政府办公室\n2023年9月8日\n\n"
        "长葛市知识产权强县建设示范县工作方案\n\n一、重点任务\n"
        "（一）加强组织领导。成立以市长为组长的知识产权强县建设工作领导小组，统筹推进各项工作。\n"
    )
    task = doc.tasks[0]
    defaults = [(r.agency.name, r.agency.type) for r in task.responsibilities if r.basis == "issuer_default"]
    assert defaults == [("长葛市委", "party_committee"), ("长葛市人民政府", "government")]


def test_the_party_committee_named_with_its_place_is_typed() -> None:
    assert resolved_agency(CHANGGE, "中共长葛市委")[:3] == (
        f"agency/{CHANGGE}/party_committee",
        "长葛市委",
        "party_committee",
    )
    assert resolved_agency(CHANGGE, "长葛市管委")[2] is None  # 委 names a committee only alone
