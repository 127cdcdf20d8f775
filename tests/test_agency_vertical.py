"""Agency names that the city-department pattern does not fit: vertically managed bodies named by the place
they serve (南宁海关, 国家税务总局南宁市江南区税务局), the People's Bank at each of its levels, institutions with
proper names (江南大学, 中山大学知识产权中心), and the abbreviated people's organisations and party offices of a
region (区侨联, 团区委, 县委编办)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ontology.vocab import DATA_DIR, agency_vocabulary
from policykg.errors import DataFileError
from tests.plans import agency_registry as _registry
from tests.plans import extracted
from tests.plans import resolved_agency as _resolved

JIANGNAN = "450105"  # 南宁市江南区: a district whose short name 江南 is also a word in proper names
NANNING, GUANGXI = "450100", "450000"
BINYANG = "450126"  # 南宁市宾阳县: a county
XIANGYANG = "420600"
NANHAI, FOSHAN = "440605", "440600"
WUXI, SUZHOU, NANJING, JIANGSU = "320200", "320500", "320100", "320000"
RUDONG = "320623"
YILING, YICHANG = "420506", "420500"


# --- vertically managed bodies ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("plan", "surfaces", "expected"),
    [
        (
            JIANGNAN,
            ("南宁海关", "南宁市海关", "市海关"),
            (f"agency/{NANNING}/customs", "南宁海关", "customs", NANNING),
        ),
        (BINYANG, ("襄阳海关",), (f"agency/{XIANGYANG}/customs", "襄阳海关", "customs", XIANGYANG)),
        (
            JIANGNAN,
            ("国家税务总局南宁市江南区税务局", "区税务局", "江南区税务局"),
            (f"agency/{JIANGNAN}/tax", "国家税务总局南宁市江南区税务局", "tax", JIANGNAN),
        ),
        (
            JIANGNAN,
            ("国家税务总局南宁市税务局", "市税务局"),
            (f"agency/{NANNING}/tax", "国家税务总局南宁市税务局", "tax", NANNING),
        ),
        (
            BINYANG,
            ("县税务局", "国家税务总局宾阳县税务局"),
            (f"agency/{BINYANG}/tax", "国家税务总局宾阳县税务局", "tax", BINYANG),
        ),
        (
            JIANGNAN,
            (
                "南宁金融监管分局",
                "南宁市金融监管分局",
                "南宁银保监分局",
                "市金融监管分局",
                "国家金融监督管理总局南宁监管分局",
                "中国银保监会南宁监管分局",
            ),
            (
                f"agency/{NANNING}/financial_regulator_branch",
                "国家金融监督管理总局南宁监管分局",
                "financial_regulator_branch",
                NANNING,
            ),
        ),
        (
            BINYANG,
            ("县金融监管支局", "宾阳金融监管支局"),
            (
                f"agency/{BINYANG}/financial_regulator_branch",
                "国家金融监督管理总局宾阳监管支局",
                "financial_regulator_branch",
                BINYANG,
            ),
        ),
        (
            JIANGNAN,
            ("南宁市邮政管理局", "市邮政管理局", "南宁邮政管理局"),
            (f"agency/{NANNING}/postal_administration", "南宁市邮政管理局", "postal_administration", NANNING),
        ),
        (
            JIANGNAN,
            ("南宁市气象局", "市气象局"),
            (f"agency/{NANNING}/meteorology", "南宁市气象局", "meteorology", NANNING),
        ),
        (
            BINYANG,
            ("县气象局",),
            (f"agency/{BINYANG}/meteorology", "南宁市宾阳县气象局", "meteorology", BINYANG),
        ),
        (
            JIANGNAN,
            ("南宁市烟草专卖局", "市烟草专卖局"),
            (f"agency/{NANNING}/tobacco_monopoly", "南宁市烟草专卖局", "tobacco_monopoly", NANNING),
        ),
    ],
)
def test_a_vertical_body_is_named_as_the_state_names_it_and_placed_in_its_own_region(
    plan: str, surfaces: tuple[str, ...], expected: tuple[str, str, str, str]
) -> None:
    for surface in surfaces:
        assert _resolved(plan, surface) == expected, surface


@pytest.mark.parametrize(
    ("plan", "surface", "type_id", "region"),
    [
        (JIANGNAN, "南宁出入境边检站", "border_inspection", NANNING),
        (JIANGNAN, "南宁出入境边防检查站", "border_inspection", NANNING),
        (JIANGNAN, "南宁海事局", "maritime", NANNING),
        (JIANGNAN, "南宁市市场监管综合执法支队", "enforcement_team", NANNING),
        # an outpost: of its body's type, placed where it serves (round 30; before, in its body's city)
        (NANHAI, "佛山海关驻南海办事处", "customs", NANHAI),
    ],
)
def test_a_vertical_body_named_by_a_city_keeps_its_written_name_in_that_city(
    plan: str, surface: str, type_id: str | None, region: str
) -> None:
    agency = _registry(plan).resolve(surface)
    assert (agency.name, agency.type_id, agency.region_id) == (surface, type_id, region)
    assert agency.id.startswith(f"agency/{region}/")


def test_a_customs_named_by_no_known_place_is_not_the_plans() -> None:
    for plan in (JIANGNAN, WUXI):
        agency = _registry(plan).resolve("金陵海关")
        assert (agency.name, agency.type_id, agency.region_id) == ("金陵海关", "customs", None)
    assert _registry(JIANGNAN).resolve("金陵海关").id == _registry(WUXI).resolve("金陵海关").id


def test_a_unit_below_the_last_level_is_its_own_body() -> None:
    reg = _registry(JIANGNAN)
    inspection = reg.resolve("国家税务总局南宁市税务局第一稽查局")
    assert (inspection.name, inspection.type_id, inspection.region_id) == (
        "国家税务总局南宁市税务局第一稽查局",
        "tax",
        NANNING,
    )
    assert inspection.id != reg.resolve("市税务局").id


def test_a_district_enforcement_team_is_the_districts() -> None:
    agency = _registry(JIANGNAN).resolve("区市场监管综合执法大队")
    assert (agency.name, agency.type_id, agency.region_id) == (
        "南宁市江南区市场监管综合执法大队",
        "enforcement_team",
        JIANGNAN,
    )


# --- the People's Bank at each level ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("plan", "surface", "name", "region"),
    [
        (JIANGNAN, "人行南宁市中心支行江南支行", "中国人民银行南宁市中心支行江南支行", JIANGNAN),
        (JIANGNAN, "人民银行南宁市中心支行", "中国人民银行南宁市中心支行", NANNING),
        (JIANGNAN, "人民银行南宁中心支行", "中国人民银行南宁中心支行", NANNING),
        (JIANGNAN, "中国人民银行南宁市分行", "中国人民银行南宁市分行", NANNING),
        (JIANGNAN, "中国人民银行广西壮族自治区分行", "中国人民银行广西壮族自治区分行", GUANGXI),
        (JIANGNAN, "人行江南支行", "中国人民银行江南支行", JIANGNAN),
        (JIANGNAN, "中国人民银行江南区支行", "中国人民银行江南区支行", JIANGNAN),
        (JIANGNAN, "区人行", "中国人民银行江南区支行", JIANGNAN),
        (JIANGNAN, "区人民银行", "中国人民银行江南区支行", JIANGNAN),
        (JIANGNAN, "市人民银行", "中国人民银行南宁市分行", NANNING),
        (BINYANG, "人行县支行", "中国人民银行宾阳县支行", BINYANG),
        (BINYANG, "中国人民银行宾阳县支行", "中国人民银行宾阳县支行", BINYANG),
        (RUDONG, "人行如东县支行", "中国人民银行如东县支行", RUDONG),
        (NANHAI, "人行佛山市中心支行南海支行", "中国人民银行佛山市中心支行南海支行", NANHAI),
    ],
)
def test_a_peoples_bank_branch_keeps_its_level(plan: str, surface: str, name: str, region: str) -> None:
    assert _resolved(plan, surface) == (
        f"agency/{region}/central_bank_branch",
        name,
        "central_bank_branch",
        region,
    ), surface


def test_a_sub_branch_is_not_its_city_branch() -> None:
    reg = _registry(JIANGNAN)
    city = reg.resolve("人民银行南宁市中心支行")
    district = reg.resolve("人行南宁市中心支行江南支行")
    assert city.id != district.id
    assert reg.resolve("区人行").id == district.id


# --- institutions with proper names ------------------------------------------------------------------


@pytest.mark.parametrize("plan", [WUXI, SUZHOU, JIANGNAN, BINYANG])
@pytest.mark.parametrize(
    "surface",
    [
        "江南大学",
        "中山大学知识产权中心",
        "南京理工大学",
        "广西大学",
        "洛阳知识产权研究院",
        "无锡华光环保能源集团股份有限公司",
        "清华大学",
        "南京知识产权法庭",
    ],
)
def test_a_proper_named_institution_is_its_own_organisation(plan: str, surface: str) -> None:
    agency = _registry(plan).resolve(surface)
    assert (agency.name, agency.region_id) == (surface, None)
    assert agency.id == _registry(NANHAI).resolve(surface).id  # the same organisation whatever the plan


@pytest.mark.parametrize("plan", [WUXI, SUZHOU, JIANGNAN, BINYANG])
@pytest.mark.parametrize(
    ("surface", "region"), [("上海知识产权法院", "310000"), ("南宁铁路运输法院", NANNING)]
)
def test_a_court_of_special_jurisdiction_is_its_own_organisation_in_its_place(
    plan: str, surface: str, region: str
) -> None:
    """(round 30: placed in no region before) one organisation whatever the plan, sitting in the place its
    name opens with."""
    agency = _registry(plan).resolve(surface)
    assert (agency.name, agency.region_id) == (surface, region)
    assert agency.id == _registry(NANHAI).resolve(surface).id


@pytest.mark.parametrize(
    ("plan", "surface", "name", "region"),
    [
        (JIANGNAN, "区人民医院", "南宁市江南区人民医院", JIANGNAN),
        (BINYANG, "县人民医院", "南宁市宾阳县人民医院", BINYANG),
        (BINYANG, "县中医医院", "南宁市宾阳县中医医院", BINYANG),
        (JIANGNAN, "市人民医院", "南宁市人民医院", NANNING),
        (JIANGNAN, "南宁市第一人民医院", "南宁市第一人民医院", NANNING),
        (BINYANG, "县职业技术学校", "南宁市宾阳县职业技术学校", BINYANG),
        (JIANGNAN, "区城投集团", "南宁市江南区城投集团", JIANGNAN),
        (WUXI, "江苏省产业技术研究院", "江苏省产业技术研究院", JIANGSU),
        (JIANGNAN, "区知识产权保护中心", "南宁市江南区知识产权保护中心", JIANGNAN),
    ],
)
def test_a_local_institution_named_by_its_region_stays_the_regions(
    plan: str, surface: str, name: str, region: str
) -> None:
    agency = _registry(plan).resolve(surface)
    assert (agency.name, agency.region_id) == (name, region), surface


@pytest.mark.parametrize(
    ("plan", "surface", "region"),
    [
        (JIANGNAN, "中国（南京）知识产权保护中心", NANJING),
        (WUXI, "中国（南京）知识产权保护中心", NANJING),
        (YILING, "中国（宜昌）知识产权保护中心", YICHANG),
        ("320612", "中国南通（家纺）知识产权快速维权中心", "320600"),
    ],
)
def test_a_national_centre_is_placed_in_the_city_it_is_named_for(
    plan: str, surface: str, region: str
) -> None:
    agency = _registry(plan).resolve(surface)
    assert (agency.name, agency.type_id, agency.region_id) == (surface, "ip_protection_center", region)


# --- abbreviated people's organisations and party offices -------------------------------------------


@pytest.mark.parametrize(
    ("plan", "surface", "type_id", "name"),
    [
        (JIANGNAN, "区工商联", "business_federation", "南宁市江南区工商业联合会"),
        (BINYANG, "县科协", "science_association", "南宁市宾阳县科学技术协会"),
        (JIANGNAN, "区侨联", "overseas_chinese_federation", "南宁市江南区归国华侨联合会"),
        (BINYANG, "县文联", "literary_art_federation", "南宁市宾阳县文学艺术界联合会"),
        (JIANGNAN, "区妇联", "womens_federation", "南宁市江南区妇女联合会"),
        (JIANGNAN, "区残联", "disabled_persons_federation", "南宁市江南区残疾人联合会"),
        (JIANGNAN, "团区委", "youth_league", "南宁市江南区团委"),
        (BINYANG, "团县委", "youth_league", "南宁市宾阳县团委"),
        (JIANGNAN, "共青团南宁市江南区委员会", "youth_league", "南宁市江南区团委"),
        (BINYANG, "县总工会", "trade_union", "南宁市宾阳县总工会"),
        (JIANGNAN, "区委宣传部", "publicity_department", "南宁市江南区委宣传部"),
        (JIANGNAN, "区委网信办", "cyberspace", "南宁市江南区委网信办"),
        (BINYANG, "县委编办", "establishment_office", "南宁市宾阳县委机构编制委员会办公室"),
        (BINYANG, "县编办", "establishment_office", "南宁市宾阳县委机构编制委员会办公室"),
        (JIANGNAN, "区委政法委", "political_legal_committee", "南宁市江南区委政法委员会"),
        (JIANGNAN, "区委统战部", "united_front_department", "南宁市江南区委统一战线工作部"),
        (JIANGNAN, "区委办", "party_committee_office", "南宁市江南区委办公室"),
        (JIANGNAN, "区纪委监委", "discipline_inspection", "南宁市江南区纪委监委"),
    ],
)
def test_an_abbreviated_body_of_a_region_is_typed(plan: str, surface: str, type_id: str, name: str) -> None:
    agency = _registry(plan).resolve(surface)
    assert (agency.id, agency.name, agency.type_id, agency.region_id) == (
        f"agency/{plan}/{type_id}",
        name,
        type_id,
        plan,
    ), surface


def test_the_city_youth_league_in_a_district_plan() -> None:
    assert _resolved(JIANGNAN, "团市委") == (
        f"agency/{NANNING}/youth_league",
        "南宁市团委",
        "youth_league",
        NANNING,
    )


def test_the_words_are_data() -> None:
    vocab = agency_vocabulary()
    assert {"大学", "学院", "研究院", "研究所", "医院", "集团", "公司"} <= set(vocab.institution_words)
    assert vocab.name_rewrites
    vertical = {t.id for t in vocab.types if t.vertical}
    assert {"customs", "tax", "financial_regulator_branch", "postal_administration"} <= vertical


def test_levels_without_a_head_are_refused(tmp_path: Path) -> None:
    text = (DATA_DIR / "agency_types.yaml").read_text(encoding="utf-8")
    old = "head: 国家税务总局, prefixes: [国家税务总局],"
    assert old in text
    path = tmp_path / "agency_types.yaml"
    path.write_text(text.replace(old, ""), encoding="utf-8")
    with pytest.raises(DataFileError, match="levels need a head"):
        agency_vocabulary(path)


# --- a whole plan ---------------------------------------------------------------------------------------


def test_district_plan_names_its_partners() -> None:
    text = (
        "南宁市江南区知识产权强区建设工作方案\n为深入实施知识产权强国战略，制定本方案。\n一、重点任务\n"
        "（一）加强进出口环节知识产权保护。开展跨境电商知识产权专项整治。（责任单位：南宁海关、区市场监管局）\n"
        "（二）推进知识产权质押融资。（责任单位：人行南宁市中心支行江南支行、南宁金融监管分局、区税务局）\n"
        "（三）深化产学研合作。支持企业与江南大学、中山大学知识产权中心共建创新平台。"
        "（责任单位：区科技局、区人民医院、区侨联、团区委）\n南宁市江南区人民政府\n2024年3月1日\n"
    )
    doc, _ = extracted(text)
    units = {r.agency.surface: (r.agency.name, r.agency.id) for t in doc.tasks for r in t.responsibilities}
    assert units["南宁海关"] == ("南宁海关", f"agency/{NANNING}/customs")
    assert units["人行南宁市中心支行江南支行"] == (
        "中国人民银行南宁市中心支行江南支行",
        f"agency/{JIANGNAN}/central_bank_branch",
    )
    assert units["南宁金融监管分局"] == (
        "国家金融监督管理总局南宁监管分局",
        f"agency/{NANNING}/financial_regulator_branch",
    )
    assert units["区税务局"] == ("国家税务总局南宁市江南区税务局", f"agency/{JIANGNAN}/tax")
    assert units["区人民医院"][0] == "南宁市江南区人民医院"
    assert units["区侨联"] == ("南宁市江南区归国华侨联合会", f"agency/{JIANGNAN}/overseas_chinese_federation")
    assert units["团区委"] == ("南宁市江南区团委", f"agency/{JIANGNAN}/youth_league")
    regions = {a.name: a.region_id for a in doc.agencies}
    assert regions["南宁海关"] == NANNING
