"""Round 11 of plans the corpus does not show: agencies and role clauses, gaps left open by earlier rounds.

区科委 (科学技术委员会) is the region's science-and-technology body and 经发局 (经济发展局) the development
department of a zone or a county that writes it so: each an alias of an existing type, named by the type's
canonical name as every alias is (卫健局 is the 卫生健康委员会), agency_types.yaml says why.

A zone committee's office (高新区管委会办公室, 经开区管委会综合办) is a body of its own type, named in the zone's
plan as the zone's (青岛高新技术产业开发区管委会办公室), never with the zone's word twice; 管委办 is such an office,
not the committee, and 管委办公室 no party committee's office (区委办公室).

司法行政部门 (the generic phrasing of 司法局), 市委目标办 (the party committee's target-management office), a
province-named outpost of the securities regulator (海南证监局) and 县融媒体中心 are typed; so are 苏木 (an Inner
Mongolian township) and its government.

会同配合部门 / 会同部门 label their units as 配合部门 does (〔牵头单位：…，会同配合部门：…〕); written alone as a
name (由县市场监管局牵头，会同配合部门负责) they are no body named 会同配合部门. A list closed by 等其他有关部门 names
its units and stops at 等.

Spaces typed around a label's colon (牵头单位 ：, 牵头单位　：　) keep the label; bare towns and subdistricts in a list of
units (城关镇、东城街道) are the plan's, even when a far region's short name opens them (东城 of 北京's 东城区).
"""

from __future__ import annotations

import pytest

from policykg.models import Document
from tests.plans import extracted, named_units, resolved_agency

BINYANG, HAIDIAN, PUDONG = "450126", "110108", "310115"
QINGDAO_ZONE, TIANJIN_ZONE, HAINAN = "Z37020011", "Z12011621", "460000"


def _roles(doc: Document) -> dict[str, list[tuple[str, str]]]:
    return {path: [(s, role) for s, role, _ in units] for path, units in named_units(doc).items()}


def _agencies(doc: Document) -> dict[str, tuple[str, str | None]]:
    """Surface -> (canonical name, type) of every agency a task names."""
    return {r.agency.surface: (r.agency.name, r.agency.type) for t in doc.tasks for r in t.responsibilities}


# --- 1. 科委 and 经发局 --------------------------------------------------------------------------------------


@pytest.mark.parametrize("region_id", [HAIDIAN, PUDONG])
def test_a_district_kewei_is_the_science_and_technology_body(region_id: str) -> None:
    kewei = resolved_agency(region_id, "区科委")
    assert kewei[2] == "science_tech"
    assert kewei[1].endswith("科学技术局")
    assert kewei[0] == resolved_agency(region_id, "区科学技术委员会")[0]


@pytest.mark.parametrize(
    ("region_id", "surface"), [(QINGDAO_ZONE, "高新区经发局"), (BINYANG, "县经济发展局")]
)
def test_a_jingfaju_is_the_development_department(region_id: str, surface: str) -> None:
    found = resolved_agency(region_id, surface)
    assert found[2] == "development_reform"
    assert found[0] == f"agency/{region_id}/development_reform"


# --- 2. a zone committee's office -------------------------------------------------------------------------

_QINGDAO_ZONE_PLAN = (
    "青岛国家高新区知识产权强区建设工作方案\n为深入实施知识产权强国战略，制定本方案。\n一、重点任务\n"
    "（一）加强知识产权保护。开展专项整治。（牵头单位：高新区管委会办公室；配合单位：高新区市场监管局）\n"
    "（二）加强知识产权服务。建设服务平台。（责任单位：高新区管委会综合办、高新区管委会）\n"
    "青岛高新区管理委员会\n2024年3月1日\n"
)


def test_a_zone_committees_office_is_named_once_by_its_zone() -> None:
    doc, _ = extracted(_QINGDAO_ZONE_PLAN)
    found = _agencies(doc)
    assert found["高新区管委会办公室"] == ("青岛高新技术产业开发区管委会办公室", "zone_committee_office")
    assert found["高新区管委会综合办"] == ("青岛高新技术产业开发区管委会综合办", "zone_committee_office")
    assert found["高新区管委会"] == ("青岛高新技术产业开发区管理委员会", "zone_committee")


@pytest.mark.parametrize(
    ("region_id", "surface", "expected"),
    [
        # 管委办 is the committee's office, not the committee
        (
            QINGDAO_ZONE,
            "高新区管委办",
            ("青岛高新技术产业开发区管委办", "zone_committee_office", QINGDAO_ZONE),
        ),
        # 管委办公室 closes in 委办公室 as a party committee's office does (区委办公室): the zone's office
        (
            "370211",
            "青岛西海岸新区管委办公室",
            ("青岛西海岸新区管委办公室", "zone_committee_office", "Z37021101"),
        ),
    ],
)
def test_a_zone_committees_office_in_short(region_id: str, surface: str, expected: tuple) -> None:
    assert resolved_agency(region_id, surface)[1:] == expected


def test_an_economic_zones_committee_office() -> None:
    found = resolved_agency(TIANJIN_ZONE, "经开区管委会办公室")
    assert found[1:] == ("天津经济技术开发区管委会办公室", "zone_committee_office", TIANJIN_ZONE)


# --- 3. bodies of no type before ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("region_id", "surface", "expected"),
    [
        (BINYANG, "县司法行政部门", (f"agency/{BINYANG}/justice", "南宁市宾阳县司法局", "justice", BINYANG)),
        (BINYANG, "县司法行政机关", (f"agency/{BINYANG}/justice", "南宁市宾阳县司法局", "justice", BINYANG)),
        (
            "370200",
            "市委目标办",
            ("agency/370200/target_office", "青岛市委目标管理考核办公室", "target_office", "370200"),
        ),
        (
            "370200",
            "市目标办",
            ("agency/370200/target_office", "青岛市委目标管理考核办公室", "target_office", "370200"),
        ),
        (
            "460100",
            "海南证监局",
            (
                "agency/460000/securities_regulator_branch",
                "中国证券监督管理委员会海南监管局",
                "securities_regulator_branch",
                HAINAN,
            ),
        ),
        (
            "320600",
            "江苏证监局",
            (
                "agency/320000/securities_regulator_branch",
                "中国证券监督管理委员会江苏监管局",
                "securities_regulator_branch",
                "320000",
            ),
        ),
        (
            BINYANG,
            "县融媒体中心",
            (f"agency/{BINYANG}/media_center", "南宁市宾阳县融媒体中心", "media_center", BINYANG),
        ),
    ],
)
def test_bodies_typed_as_data(region_id: str, surface: str, expected: tuple) -> None:
    assert resolved_agency(region_id, surface) == expected


def test_a_province_named_financial_regulator_outpost_is_the_states() -> None:
    # already read before this round: 海南银保监局 and 海南金融监管局 are the state regulator's office
    for surface in ("海南银保监局", "海南金融监管局"):
        assert resolved_agency("460100", surface)[1:] == (
            "国家金融监督管理总局海南监管局",
            "financial_regulator_branch",
            HAINAN,
        )


def test_a_sumu_and_its_government_are_a_township() -> None:
    assert resolved_agency("150781", "巴彦苏木")[2] == "town"
    government = resolved_agency("150781", "巴彦苏木人民政府")
    assert government[2] == "town"
    assert government[0] != resolved_agency("150781", "市人民政府")[0]


# --- 4.-7. role clauses ------------------------------------------------------------------------------------

_BINYANG_PLAN = """宾阳县知识产权强县建设工作方案
为深入实施知识产权强国战略，制定本方案。
一、重点任务
（一）加强知识产权保护。开展专项整治。〔牵头单位：县市场监管局，会同配合部门：县科技局〕
（二）加强知识产权运用。推进专利转化。由县市场监管局牵头，会同有关部门负责。
（三）加强知识产权服务。建设服务平台。由县市场监管局牵头，会同配合部门负责。
（四）加强知识产权创造。培育高价值专利。（责任单位：县科技局、县财政局等其他有关部门）
（五）加强知识产权管理。完善管理制度。县科技局、县财政局等有关单位按职责分工负责。
（六）加强宣传。开展宣传周活动。责任单位： 县市场监管局 牵头，县科技局 配合
（七）加强人才培养。培养专业人才。（牵头单位 ：县市场监管局）
（八）加强合作交流。开展区域合作。（牵头单位　：　县市场监管局；配合单位 : 县科技局）
（九）加强基层工作。开展进乡镇活动。（责任单位：各乡镇人民政府、县市场监管局）
（十）加强乡镇服务。建设服务站点。（责任单位：城关镇、东城街道）
（十一）加强部门协作。建立协作机制。县科技局、县财政局等其他有关部门要加强协作。
（十二）加强协同保护。开展协同执法，县市场监管局 牵头，县科技局　配合。
（十三）加强维权援助。建设维权站点。【牵头单位】 县市场监管局 【配合单位】 县科技局
宾阳县人民政府
2024年3月1日
"""


@pytest.fixture(scope="module")
def binyang() -> Document:
    return extracted(_BINYANG_PLAN)[0]


def test_a_label_after_together_with(binyang: Document) -> None:
    assert _roles(binyang)["一.(一)"] == [("县市场监管局", "lead"), ("县科技局", "support")]


def test_vague_partners_after_together_with_are_no_body(binyang: Document) -> None:
    assert _roles(binyang)["一.(三)"] == [("县市场监管局", "lead")]
    # 有关部门 is the plan's relevant departments, supporting the lead as in 由A会同有关部门负责 (round 16)
    assert _roles(binyang)["一.(二)"] == [("县市场监管局", "lead"), ("有关部门", "support")]


@pytest.mark.parametrize("surface", ["会同配合部门", "会同部门", "会同单位"])
def test_together_with_partners_alone_are_the_plans_supporters(surface: str) -> None:
    assert resolved_agency(BINYANG, surface)[2] == "all_departments"


def test_a_list_closed_by_other_relevant_departments(binyang: Document) -> None:
    roles = _roles(binyang)
    assert roles["一.(四)"] == [("县科技局", "joint"), ("县财政局", "joint")]
    assert roles["一.(五)"] == [("县科技局", "joint"), ("县财政局", "joint")]


def test_a_prose_subject_closed_by_other_relevant_departments(binyang: Document) -> None:
    assert _roles(binyang)["一.(十一)"] == [("县科技局", "implicit"), ("县财政局", "implicit")]


def test_spaces_around_role_words_and_colons(binyang: Document) -> None:
    roles = _roles(binyang)
    # read before this round: spaces around a role word after a name, and around bracketed labels
    assert roles["一.(十二)"] == [("县市场监管局", "lead"), ("县科技局", "support")]
    assert roles["一.(十三)"] == [("县市场监管局", "lead"), ("县科技局", "support")]
    assert roles["一.(六)"] == [("县市场监管局", "lead"), ("县科技局", "support")]
    assert roles["一.(七)"] == [("县市场监管局", "lead")]
    assert roles["一.(八)"] == [("县市场监管局", "lead"), ("县科技局", "support")]


def test_bare_towns_in_a_list_of_units_are_the_plans(binyang: Document) -> None:
    found = _agencies(binyang)
    assert _roles(binyang)["一.(九)"] == [("各乡镇人民政府", "joint"), ("县市场监管局", "joint")]
    assert found["城关镇"] == ("南宁市宾阳县城关镇", "town")
    assert found["东城街道"] == ("南宁市宾阳县东城街道", "subdistrict")


def test_a_town_named_by_a_near_regions_short_name_stays_there() -> None:
    # 海门街道 lies in 海门区: in a plan of 南通市 the short name still places it
    assert resolved_agency("320600", "海门街道")[3] == "320614"
