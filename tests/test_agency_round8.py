"""Agency names left open in round 8: vertically managed bodies written bare in a district or county plan
(海关 serves a city, not a district), names that carry their own place word (玉门经济开发区管委会 in a plan
of 玉门市), the People's Bank and the tax bureau below their last level, the two 金融监管局, issuers written
together (市委、市政府), the 兵团's 师市 and 团场, shorthand 部门 subjects and the state-level new areas."""

from __future__ import annotations

import pytest

from tests.plans import agency_registry as _registry
from tests.plans import resolved_agency as _resolved

JIANGNAN, NANNING, GUANGXI = "450105", "450100", "450000"  # 南宁市江南区, a district
BINYANG = "450126"  # 南宁市宾阳县, a county
ILI, KHORGOS = "654000", "654004"  # 伊犁哈萨克自治州 and its 霍尔果斯市
FIRST_DIVISION = "B660100"  # 兵团第一师: a prefecture-level place with no name to give a customs house
YUMEN = "620981"  # 玉门市, a county-level city the gazetteer gives no short form


# --- 1. a vertical body written bare serves the place it is set up for -------------------------------


@pytest.mark.parametrize("plan", [JIANGNAN, BINYANG])
@pytest.mark.parametrize("surface", ["海关", "区海关"])
def test_a_bare_customs_in_a_district_or_county_plan_is_its_citys(plan: str, surface: str) -> None:
    if plan == BINYANG:
        surface = surface.replace("区", "县")
    assert _resolved(plan, surface) == (f"agency/{NANNING}/customs", "南宁海关", "customs", NANNING)


def test_a_bare_customs_where_the_city_has_no_name_to_give_it_is_kept_as_written() -> None:
    agency = _registry(FIRST_DIVISION).resolve("海关")
    assert (agency.name, agency.type_id, agency.region_id) == ("海关", "customs", None)
    # in the plan's context: not one body for every plan
    assert agency.id.startswith(f"agency/{FIRST_DIVISION}/")
    assert agency.id != _registry(JIANGNAN).resolve("金陵海关").id


def test_a_bare_customs_in_a_county_level_citys_plan_is_no_guess() -> None:
    # some county-level cities have a customs house of their own (江阴海关) and most have none: a bare 海关 in
    # 玉门市's plan is neither made 酒泉海关 nor 玉门海关, but kept as written in the plan's context
    agency = _registry(YUMEN).resolve("海关")
    assert (agency.name, agency.type_id, agency.region_id) == ("海关", "customs", None)
    assert agency.id.startswith(f"agency/{YUMEN}/")
    # a postal administration is a city's, never a county-level city's own
    assert _registry(YUMEN).resolve("邮政管理局").name == "酒泉市邮政管理局"


def test_a_bare_postal_administration_in_a_county_plan_is_its_citys() -> None:
    assert _resolved(BINYANG, "邮政管理局") == (
        f"agency/{NANNING}/postal_administration",
        "南宁市邮政管理局",
        "postal_administration",
        NANNING,
    )


def test_bodies_every_county_has_stay_the_counties() -> None:
    assert _resolved(BINYANG, "县税务局")[3] == BINYANG
    assert _resolved(BINYANG, "税务局")[1] == "国家税务总局宾阳县税务局"
    assert _resolved(BINYANG, "县气象局")[3] == BINYANG


# --- 2. a name that carries its own place word --------------------------------------------------------


@pytest.mark.parametrize(
    ("plan", "surface", "type_id", "region"),
    [
        (ILI, "霍尔果斯海关", "customs", KHORGOS),
        (YUMEN, "玉门经济开发区管委会", "zone_committee", YUMEN),
        (YUMEN, "玉门经开区管委会", "zone_committee", YUMEN),
    ],
)
def test_a_name_with_its_own_place_word_gets_no_second_place(
    plan: str, surface: str, type_id: str, region: str
) -> None:
    agency = _registry(plan).resolve(surface)
    assert (agency.name, agency.type_id, agency.region_id) == (surface, type_id, region)


def test_a_zone_without_a_place_word_is_named_with_the_plans() -> None:
    agency = _registry(YUMEN).resolve("工业园区管委会")
    assert (agency.name, agency.region_id) == ("玉门市工业园区管委会", YUMEN)


# --- 3. the People's Bank and the tax bureau below their last level; the two 金融监管局 -------------------


@pytest.mark.parametrize(
    ("plan", "surface", "name", "region"),
    [
        (JIANGNAN, "人民银行江南区支行营业部", "中国人民银行江南区支行营业部", JIANGNAN),
        (BINYANG, "人行县支行营业部", "中国人民银行宾阳县支行营业部", BINYANG),
        (
            JIANGNAN,
            "国家税务总局南宁市江南区税务局第一税务所",
            "国家税务总局南宁市江南区税务局第一税务所",
            JIANGNAN,
        ),
        (JIANGNAN, "区税务局第一税务所", "国家税务总局南宁市江南区税务局第一税务所", JIANGNAN),
        (JIANGNAN, "南宁市江南区税务局第一税务所", "国家税务总局南宁市江南区税务局第一税务所", JIANGNAN),
        (BINYANG, "县税务局城关税务分局", "国家税务总局宾阳县税务局城关税务分局", BINYANG),
    ],
)
def test_a_unit_below_a_headed_bodys_last_level_keeps_its_head_and_place(
    plan: str, surface: str, name: str, region: str
) -> None:
    reg = _registry(plan)
    agency = reg.resolve(surface)
    assert (agency.name, agency.region_id) == (name, region), surface
    assert agency.id.startswith(f"agency/{region}/")
    body = surface[: surface.index("支行") + 2] if "支行" in surface else surface[: surface.index("局") + 1]
    assert agency.id != reg.resolve(body).id  # the unit is not its body


@pytest.mark.parametrize(
    ("surface", "type_id", "name", "region"),
    [
        ("广西金融监管局", "financial_regulator_branch", "国家金融监督管理总局广西监管局", GUANGXI),
        (
            "国家金融监督管理总局广西监管局",
            "financial_regulator_branch",
            "国家金融监督管理总局广西监管局",
            GUANGXI,
        ),
        ("区金融监管局", "local_finance", "南宁市江南区地方金融监督管理局", JIANGNAN),
        ("广西壮族自治区地方金融管理局", "local_finance", "广西壮族自治区地方金融监督管理局", GUANGXI),
        ("市金融监管局", "local_finance", "南宁市地方金融监督管理局", NANNING),
    ],
)
def test_a_financial_regulator_named_by_a_short_place_is_the_states(
    surface: str, type_id: str, name: str, region: str
) -> None:
    agency = _registry(JIANGNAN).resolve(surface)
    assert (agency.type_id, agency.name, agency.region_id) == (type_id, name, region), surface


# --- 5. the 兵团: a division and its city are one body (师市合一); its 团场 are its towns ---------------

SHIHEZI = "659001"  # 石河子市, one with the 兵团's 第八师


@pytest.mark.parametrize(
    ("surface", "type_id", "name"),
    [
        ("师市科技局", "science_tech", "石河子市科学技术局"),
        ("师市市场监管局", "market_regulation", "石河子市市场监督管理局"),
        ("市科技局", "science_tech", "石河子市科学技术局"),
    ],
)
def test_the_division_city_calls_its_bodies_shi_shi(surface: str, type_id: str, name: str) -> None:
    assert _resolved(SHIHEZI, surface) == (f"agency/{SHIHEZI}/{type_id}", name, type_id, SHIHEZI)


@pytest.mark.parametrize("surface", ["各团场", "各团场（镇）", "师市各团场"])
def test_the_regiment_farms_are_a_collective_like_the_towns(surface: str) -> None:
    agency = _registry(SHIHEZI).resolve(surface)
    assert (agency.type_id, agency.region_id) == ("all_towns", SHIHEZI), surface


def test_shi_shi_is_no_word_of_other_cities() -> None:
    assert _resolved(NANNING, "师市科技局")[0] != f"agency/{NANNING}/science_tech"


# --- 7. the state-level new areas -------------------------------------------------------------------

#: The 19 state-level new areas (国家级新区) as plans name them, and the region each lies in.
NEW_AREAS = {
    "浦东新区": "310000",
    "滨海新区": "120000",
    "两江新区": "500000",
    "舟山群岛新区": "330900",
    "兰州新区": "620100",
    "南沙新区": "440115",
    "西咸新区": "610100",
    "贵安新区": "520100",
    "西海岸新区": "370211",
    "金普新区": "210200",
    "天府新区": "510100",
    "湘江新区": "430100",
    "江北新区": "320100",
    "福州新区": "350100",
    "滇中新区": "530100",
    "哈尔滨新区": "230100",
    "长春新区": "220100",
    "赣江新区": "360100",
    "雄安新区": "130000",
}


@pytest.mark.parametrize(("name", "parent"), sorted(NEW_AREAS.items()))
def test_every_state_level_new_area_is_in_the_gazetteer(name: str, parent: str) -> None:
    from policykg.extract.regions import region_index

    index = region_index()
    found = index.lookup(name)
    assert len(found) == 1, name
    lineage = {found[0].id, *(a.id for a in index.ancestors(found[0]))}
    assert parent in lineage, name


def test_a_new_area_plan_has_its_region_and_its_bodies() -> None:
    from tests.plans import extracted

    text = (
        "大连金普新区知识产权强区建设工作方案\n为深入实施知识产权强国战略，制定本方案。\n一、重点任务\n"
        "（一）加强知识产权保护。开展专项整治。（责任单位：新区市场监管局、新区科技局、各街道）\n"
        "大连金普新区管理委员会\n2024年3月1日\n"
    )
    doc, _ = extracted(text)
    assert doc.plan.region is not None
    area = doc.plan.region.id
    assert "210200" in {area, *(p.id for p in doc.plan.region.parents)}
    ids = {r.agency.surface: r.agency.id for t in doc.tasks for r in t.responsibilities}
    assert ids["新区市场监管局"] == f"agency/{area}/market_regulation"
    assert ids["新区科技局"] == f"agency/{area}/science_tech"


# --- 6. a department named by its field (县市场监管部门) ------------------------------------------------


@pytest.mark.parametrize(
    ("plan", "surface", "type_id"),
    [
        (BINYANG, "县市场监管部门", "market_regulation"),
        (JIANGNAN, "区教育部门", "education"),
        (BINYANG, "县科技部门", "science_tech"),
        (BINYANG, "县财政部门", "finance"),
        (JIANGNAN, "区知识产权部门", "ip_office"),
        (JIANGNAN, "区发展改革部门", "development_reform"),
    ],
)
def test_a_department_named_by_its_field_is_the_body_of_that_type(
    plan: str, surface: str, type_id: str
) -> None:
    reg = _registry(plan)
    agency = reg.resolve(surface)
    assert (agency.id, agency.type_id, agency.region_id) == (f"agency/{plan}/{type_id}", type_id, plan), (
        surface
    )


@pytest.mark.parametrize("surface", ["区有关部门", "区职能部门", "区直部门", "区行业主管部门"])
def test_departments_of_no_field_are_of_no_type(surface: str) -> None:
    agency = _registry(JIANGNAN).resolve(surface)
    assert agency.type is None, surface


# --- 4. bodies that issue a plan together ------------------------------------------------------------

_BODY = (
    "为深入实施知识产权强国战略，制定本方案。\n一、重点任务\n"
    "（一）加强知识产权保护。开展专项整治。（责任单位：县市场监管局）\n"
)


@pytest.mark.parametrize(
    ("signature", "issuers"),
    [
        ("县委办公室、县政府办公室", ["县委办公室", "县政府办公室"]),
        ("中共宾阳县委办公室、宾阳县人民政府办公室", ["中共宾阳县委办公室", "宾阳县人民政府办公室"]),
        ("中共宾阳县委、宾阳县人民政府", ["中共宾阳县委", "宾阳县人民政府"]),
    ],
)
def test_bodies_signed_together_are_each_an_issuer(signature: str, issuers: list[str]) -> None:
    from tests.plans import extracted

    doc, _ = extracted(f"宾阳县知识产权强县建设工作方案\n{_BODY}{signature}\n2024年3月1日\n")
    assert [i.name for i in doc.plan.issuers] == issuers
    assert all(i.agency_id for i in doc.plan.issuers)
    assert signature not in doc.tasks[-1].text  # the signature closes the plan, no task's text


def test_a_list_of_words_above_the_date_is_no_signature() -> None:
    from tests.plans import extracted

    doc, _ = extracted(f"宾阳县知识产权强县建设工作方案\n{_BODY}科技、教育\n2024年3月1日\n")
    assert doc.plan.issuers == []


def test_a_document_issued_together_names_both_issuers() -> None:
    from tests.plans import extracted

    text = (
        "宾阳县知识产权强县建设工作方案\n为贯彻落实县委、县政府《宾阳县创新驱动发展实施意见》，制定本方案。\n"
        "一、重点任务\n（一）加强知识产权保护。开展专项整治。（责任单位：县市场监管局）\n"
    )
    doc, _ = extracted(text)
    cited = {c.title: c.issuer for c in doc.citations}
    assert cited["宾阳县创新驱动发展实施意见"] == "县委、县政府"
