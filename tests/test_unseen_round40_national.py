"""Round 40: the country's own bodies, and the governments of a level and those above it, in a local plan.

What was read wrong before:

- A national (central) body named in a provincial or city plan's notes (公安部, 最高人民法院, 海关总署,
  国家知识产权局, 国家市场监督管理总局, 中共中央宣传部) was read as a body of the plan's region: named with
  the region before it (广东省公安部, 广东省最高人民法院, 广东省海关总署), or kept as written with an id of
  the region (agency/440000/…) and the region's code, so that each plan naming it made a body of its own. It
  now keeps its own name, is typed by its field where a type has one, is placed in the country (100000) and
  has one id in every plan: agency/100000/<hash of its name> (agency_types.yaml national: the listed bodies
  and their aliases, and the patterns of 国家X局 and 国务院X). Its offices and branches (海关总署广东分署,
  国家金融监督管理总局广东监管局, 中国人民银行广州分行, 国家知识产权局专利局广州代办处, 中国（南京）知识产权
  保护中心) are read as before, in their regions.
- 县级以上人民政府 (县级以上地方人民政府, 市级以上人民政府) read 县 as a relative prefix: a body of the plan's
  counties, or of none. It is now the collective of the plan's region over those levels (all_governments),
  one collective however written; its departments (县级以上知识产权管理部门, 县级以上地方人民政府有关部门)
  are the collective of their field's departments (all_local_departments).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.rows import document_rows, props_of
from ontology.vocab import DATA_DIR, agency_vocabulary
from policykg.errors import DataFileError
from policykg.extract.agencies import national_body
from tests.plans import extracted, resolved_agency, task_agencies

COUNTRY = "100000"
GUANGDONG = "440000"
GUANGZHOU = "440100"
SICHUAN = "510000"
CHENGDU = "510100"
TONGZHOU = "320612"  # 南通市通州区
PLANS = [GUANGDONG, GUANGZHOU, SICHUAN, CHENGDU, TONGZHOU]

#: (written, the name kept, type)
LISTED = [
    ("公安部", "公安部", "public_security"),
    ("商务部", "商务部", "commerce"),
    ("最高人民法院", "最高人民法院", "court"),
    ("最高人民检察院", "最高人民检察院", "procuratorate"),
    ("海关总署", "海关总署", "customs"),
    ("国家知识产权局", "国家知识产权局", "ip_office"),
    ("国知局", "国家知识产权局", "ip_office"),
    ("国家知识产权局专利局", "国家知识产权局专利局", "ip_office"),
    ("国家市场监督管理总局", "国家市场监督管理总局", "market_regulation"),
    ("国家市场监管总局", "国家市场监督管理总局", "market_regulation"),
    ("中国人民银行", "中国人民银行", "central_bank"),
    ("国家金融监督管理总局", "国家金融监督管理总局", "financial_regulator"),
    ("中共中央宣传部", "中央宣传部", "publicity_department"),
    ("中宣部", "中央宣传部", "publicity_department"),
    ("国务院", "国务院", "government"),
    ("国家发展改革委", "国家发展和改革委员会", "development_reform"),
    ("国家标准化管理委员会", "国家标准化管理委员会", None),
]

#: Names of the patterns, none listed: (written, type by its ending)
PATTERNED = [
    ("国家林业和草原局", "forestry"),
    ("国家药品监督管理局", "drug_administration"),
    ("国家中医药管理局", None),
    ("国家广播电视总局", None),
    ("国务院知识产权战略实施工作部际联席会议办公室", "leading_group_office"),
]


def _national_id(name: str) -> str:
    agency_id = resolved_agency(GUANGDONG, name)[0]
    assert agency_id.startswith(f"agency/{COUNTRY}/")
    return agency_id


@pytest.mark.parametrize(("written", "name", "kind"), LISTED)
@pytest.mark.parametrize("region", PLANS)
def test_a_listed_national_body_is_the_countrys_in_every_plan(
    region: str, written: str, name: str, kind: str | None
) -> None:
    agency_id, got_name, got_kind, where = resolved_agency(region, written)
    assert (got_name, got_kind, where) == (name, kind, COUNTRY)
    assert agency_id == _national_id(name)  # one id, whichever plan and whichever of its names


@pytest.mark.parametrize(("written", "kind"), PATTERNED)
@pytest.mark.parametrize("region", [GUANGZHOU, SICHUAN, TONGZHOU])
def test_a_national_body_of_a_pattern(region: str, written: str, kind: str | None) -> None:
    agency_id, name, got_kind, where = resolved_agency(region, written)
    assert (name, got_kind, where) == (written, kind, COUNTRY)
    assert agency_id == _national_id(written)


@pytest.mark.parametrize(
    ("region", "written", "expected"),
    [
        # offices and branches of national bodies stay in their regions, as before
        (GUANGZHOU, "海关总署广东分署", (f"agency/{GUANGDONG}/customs_regional_office", GUANGDONG)),
        (
            CHENGDU,
            "国家金融监督管理总局四川监管局",
            (f"agency/{SICHUAN}/financial_regulator_branch", SICHUAN),
        ),
        (GUANGDONG, "中国人民银行广州分行", (f"agency/{GUANGZHOU}/central_bank_branch", GUANGZHOU)),
        (GUANGDONG, "国家税务总局广州市税务局", (f"agency/{GUANGZHOU}/tax", GUANGZHOU)),
    ],
)
def test_offices_of_national_bodies_keep_their_regions(
    region: str, written: str, expected: tuple[str, str]
) -> None:
    agency_id, _, _, where = resolved_agency(region, written)
    assert (agency_id, where) == expected


@pytest.mark.parametrize(
    ("region", "written"),
    [
        (GUANGZHOU, "国家知识产权局专利局广州代办处"),
        (SICHUAN, "中国（四川）知识产权保护中心"),
        (GUANGDONG, "国家市场监督管理总局广东分局"),  # a pattern's name holding a place
        (GUANGDONG, "国家知识产权局专利局专利审查协作广东中心"),
        (GUANGZHOU, "国家高新区管理委员会"),  # a zone's committee: 区 stands in no national body's name
        (GUANGZHOU, "国家级知识产权示范园区管理局"),  # 国家级: a rank, no body of the country
        (TONGZHOU, "区委宣传部"),  # the district's own, not 中宣部
        (TONGZHOU, "县公安局"),
        (TONGZHOU, "人民银行"),  # bare: the district's branch, as before
    ],
)
def test_near_misses_are_not_the_countrys(region: str, written: str) -> None:
    agency_id, _, _, where = resolved_agency(region, written)
    assert where != COUNTRY
    assert not agency_id.startswith(f"agency/{COUNTRY}/")


def test_an_office_of_a_vertical_body_named_by_a_bare_place() -> None:
    """义乌 has no short form the scan finds: the type's head (国家金融监督管理总局) before it says it is an
    office, whatever the pattern of 国家X局 would read."""
    assert national_body("国家金融监督管理总局义乌监管支局") is None
    assert national_body("国家税务总局宾阳县税务局") is None
    assert national_body("国家林业和草原局") == ("国家林业和草原局", agency_vocabulary().by_id("forestry"))


@settings(max_examples=40, deadline=None)
@given(
    body=st.sampled_from([w for w, _, _ in LISTED]),
    region=st.sampled_from(PLANS),
    place=st.sampled_from(["广东", "四川", "南通", "成都"]),
    office=st.sampled_from(["分局", "监管局", "办事处", "代办处", "分中心"]),
)
def test_a_body_with_a_place_after_it_is_never_the_countrys(
    body: str, region: str, place: str, office: str
) -> None:
    """Whatever national body a name opens with, a place and an office's word after it make an office of it
    (or another body), never the country's."""
    assert resolved_agency(region, body)[3] == COUNTRY
    assert resolved_agency(region, body + place + office)[3] != COUNTRY


@pytest.mark.parametrize(
    ("region", "written", "name"),
    [
        (GUANGDONG, "县级以上人民政府", "广东省县级以上人民政府"),
        (GUANGDONG, "县级以上地方人民政府", "广东省县级以上人民政府"),
        (GUANGDONG, "县级以上政府", "广东省县级以上人民政府"),
        (CHENGDU, "县级以上人民政府", "成都市县级以上人民政府"),
        (CHENGDU, "市级以上人民政府", "成都市市级以上人民政府"),
        (SICHUAN, "县级及以上各级人民政府", "四川省县级及以上人民政府"),
    ],
)
def test_governments_of_a_level_and_above_are_a_collective(region: str, written: str, name: str) -> None:
    agency_id, got, kind, where = resolved_agency(region, written)
    assert (got, kind, where) == (name, "all_governments", region)
    assert agency_id.startswith(f"agency/{region}/all_governments/")


@pytest.mark.parametrize("region", [GUANGDONG, CHENGDU, TONGZHOU])
def test_one_collective_however_written(region: str) -> None:
    ids = {
        resolved_agency(region, w)[0] for w in ("县级以上人民政府", "县级以上地方人民政府", "县级以上政府")
    }
    assert len(ids) == 1


@pytest.mark.parametrize(
    "written",
    [
        "县级以上人民政府知识产权管理部门",
        "县级以上市场监管部门",
        "县级以上地方人民政府有关部门",
        "市级以上知识产权局",
    ],
)
@pytest.mark.parametrize("region", [GUANGDONG, CHENGDU])
def test_departments_of_a_level_and_above_are_a_collective(region: str, written: str) -> None:
    agency_id, _, kind, where = resolved_agency(region, written)
    assert (kind, where) == ("all_local_departments", region)
    assert agency_id.startswith(f"agency/{region}/all_local_departments/")


def test_a_level_and_its_direct_departments_stay_as_before() -> None:
    """市级有关部门 in a district's plan is the city's direct departments: 市级 there names the city."""
    _, name, kind, where = resolved_agency(TONGZHOU, "市级有关部门")
    assert (kind, where) == ("direct_departments", "320600")
    assert name.startswith("南通市")


GUANGDONG_PLAN = (
    "2025年广东省知识产权保护工作要点\n"
    "一、加强知识产权保护\n"
    "（一）强化进出口环节保护。开展专项行动。（责任单位：海关总署广东分署、海关总署、省市场监管局）\n"
    "（二）加大司法保护力度。依法打击侵权犯罪。（责任单位：县级以上人民政府、国家知识产权局、最高人民法院、"
    "公安部、国家知识产权局专利局广州代办处）\n"
    "（三）完善知识产权金融服务。推广质押融资。（牵头单位：省知识产权局；配合单位：国家市场监督管理总局、"
    "中国人民银行广州分行、国家金融监督管理总局广东监管局）\n"
)

SICHUAN_PLAN = (
    "四川省知识产权强省建设2025年推进计划\n"
    "一、重点任务\n"
    "1．健全协同保护机制。推进行政执法与司法衔接。\n"
    "牵头单位：省知识产权局\n"
    "配合单位：最高人民法院，公安部，国家市场监管总局，国家金融监督管理总局四川监管局，县级以上地方人民政府\n"
)


def _bodies(text: str) -> dict[str, tuple[str, str | None]]:
    return {surface: (aid, kind) for rows in task_agencies(text).values() for surface, aid, kind, _ in rows}


def test_a_provinces_notes_name_the_countrys_bodies() -> None:
    got = _bodies(GUANGDONG_PLAN)
    for written in ("海关总署", "国家知识产权局", "最高人民法院", "公安部", "国家市场监督管理总局"):
        assert got[written][0].startswith(f"agency/{COUNTRY}/"), written
    assert got["海关总署"][1] == "customs"
    assert got["海关总署广东分署"] == (
        f"agency/{GUANGDONG}/customs_regional_office",
        "customs_regional_office",
    )
    assert got["中国人民银行广州分行"][0] == f"agency/{GUANGZHOU}/central_bank_branch"
    assert got["国家金融监督管理总局广东监管局"][0] == f"agency/{GUANGDONG}/financial_regulator_branch"
    assert got["国家知识产权局专利局广州代办处"][0].startswith(("agency/440000/", "agency/440100/"))
    assert got["县级以上人民政府"][1] == "all_governments"
    doc, _ = extracted(GUANGDONG_PLAN)
    names = {a.name for a in doc.agencies}
    assert not {"广东省公安部", "广东省最高人民法院", "广东省海关总署"} & names


def test_two_plans_share_one_id_for_each_national_body() -> None:
    guangdong, sichuan = _bodies(GUANGDONG_PLAN), _bodies(SICHUAN_PLAN)
    assert guangdong["最高人民法院"] == sichuan["最高人民法院"]
    assert guangdong["公安部"] == sichuan["公安部"]
    assert guangdong["国家市场监督管理总局"] == sichuan["国家市场监管总局"]  # one body, two of its names
    assert sichuan["县级以上地方人民政府"][0].startswith(f"agency/{SICHUAN}/all_governments/")


def test_graph_rows_place_a_national_body_in_the_country() -> None:
    doc, _ = extracted(GUANGDONG_PLAN)
    batch = document_rows(doc)
    national = {a.id for a in doc.agencies if a.region_id == COUNTRY}
    assert national
    in_region = batch.rels[("Agency", "IN_REGION", "Region")]
    assert {src for src, dst in in_region if dst == COUNTRY} == national
    regions = batch.nodes[("Region", ())]
    assert props_of(regions[COUNTRY])["level"] == "country"


def test_the_national_list_is_validated(tmp_path: Path) -> None:
    text = (DATA_DIR / "agency_types.yaml").read_text(encoding="utf-8")
    entry = "- {name: 公安部, type: public_security}"
    assert entry in text
    for broken, problem in (
        (entry.replace("public_security", "nowhere"), "nowhere"),
        (entry.replace("公安部", "商务部"), "商务部"),
    ):
        path = tmp_path / "agency_types.yaml"
        path.write_text(text.replace(entry, broken), encoding="utf-8")
        with pytest.raises(DataFileError, match=problem):
            agency_vocabulary(path)
    pattern = '- "国务院(?:(?!区)'
    assert pattern in text
    path = tmp_path / "agency_types.yaml"
    path.write_text(text.replace(pattern, '- "国务院(?:(?!区'), encoding="utf-8")
    with pytest.raises(DataFileError, match="invalid regular expression"):
        agency_vocabulary(path)
