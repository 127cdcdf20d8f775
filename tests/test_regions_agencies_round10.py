"""Round 10 of regions and agencies: national development zones in the gazetteer, bodies sharing one ending
(县科技、财政部门), role labels written alone as names, and 科委.

The gazetteer holds the national high-tech zones (国家高新技术产业开发区) and the common national economic and
technological development zones with their host (ontology/data/regions/dev_zones.yaml): a plan of 青岛高新区
(also written 青岛国家高新区) is that zone's, and its 高新区科技局, 高新区市场监管局, 高新区管委会 and 高新区经发局
are the zone's bodies, not 青岛市's; its 管委会 is the zone's one committee, the issuer 青岛高新区管理委员会.
A zone is the plan's region only among the regions it lies in: a county's plan whose title names a zone of
another place, or whose tasks name 市高新区, stays the county's.

Bodies of one list that share the last one's 部门 and the first one's relative prefix (县科技、财政部门,
市发展改革、工业和信息化部门) are each that body: 县科学技术局 and 县财政局, each quoted by the shortest span holding
its own words, the shared ending and the shared prefix (the whole phrase when a prefix is shared; without one,
科技、财政部门 gives 科技、财政部门 and 财政部门).

A role label of roles.yaml that names units (协办单位, 配合部门), written alone as a name (县市场监管局牵头，
协办单位配合), is the plan's units of that role, as 各协办单位 is (all_departments).

区科委 (科学技术委员会) is the region's science-and-technology body: one body with 区科技局 (agency_types.yaml).
In a plan of a municipality's district (海淀区) 市科委 is the municipality's (北京市, a 市 of province level), not
the district's own: the prefix 市 means the municipality, as it does in the municipality's own plan.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from ontology.vocab import role_vocabulary
from policykg.extract.regions import region_index
from tests.plans import extracted, resolved_agency

QINGDAO, LAIXI, BINYANG, HAIDIAN = "370200", "370285", "450126", "110108"

#: National high-tech and economic-technological zones as plans write them, and a region each lies in.
ZONES = {
    "青岛高新区": "370200",
    "青岛国家高新区": "370200",
    "青岛高新技术产业开发区": "370200",
    "青岛国家高新技术产业开发区": "370200",
    "中关村科技园区": "110000",
    "张江高新区": "310000",
    "武汉东湖新技术开发区": "420100",
    "东湖高新区": "420100",
    "成都高新区": "510100",
    "西安高新区": "610100",
    "燕郊高新区": "131082",
    "莫干山高新区": "330521",
    "杨凌示范区": "610403",
    "松山湖高新区": "441900",
    "厦门火炬高新区": "350200",
    "天津经济技术开发区": "120116",
    "广州经开区": "440100",
    "大连开发区": "210200",
    "萧山经开区": "330109",
    "井冈山经济技术开发区": "360800",
    "宾西经开区": "230125",
    # zones the divisions import and jiangsu.yaml hold, written with 国家
    "济南国家高新区": "370100",
    "苏州工业园区": "320500",
    "南京国家高新区": "320100",
}


@pytest.mark.parametrize(("name", "host"), sorted(ZONES.items()))
def test_national_zones_are_in_the_gazetteer_under_their_host(name: str, host: str) -> None:
    index = region_index()
    found = [e for e in index.lookup(name) if e.level == "zone"]
    assert len(found) == 1, name
    assert host in {a.id for a in index.ancestors(found[0])}, name


#: Zones of dev_zones.yaml whose name opens with a place that is not where they lie: 明水 is a town of 章丘区
#: (not 黑龙江's 明水县), 红旗渠 a canal (not 新乡's 红旗区).
_NAMED_FOR_NO_HOST = {"明水经济技术开发区", "红旗渠经济技术开发区"}


def test_a_zone_named_by_a_place_lies_in_it() -> None:
    """A curated zone whose name opens with a place's name (or its stem: 青岛 of 青岛市) lies in that place's
    lineage: its host is the place, below it, or above it (萧山临江 placed in 杭州市 for safety, 井冈山 in 吉安市),
    so the data cannot put 青岛高新区 under another city."""
    index = region_index()
    stems: dict[str, list[str]] = {}
    for e in index.by_id.values():
        if e.level not in ("zone", "country"):
            stem = e.name[:-1] if e.name[-1] in "市区县" and len(e.name) > 2 else e.name
            for s in {e.name, stem, *e.short}:
                stems.setdefault(s, []).append(e.id)
    path = Path(__file__).parents[1] / "ontology" / "data" / "regions" / "dev_zones.yaml"
    for zone in yaml.safe_load(path.read_text(encoding="utf-8"))["regions"]:
        host = index.by_id[zone["parent"]]
        lineage = {host.id, *(a.id for a in index.ancestors(host))}
        named = {i for s, ids in stems.items() if zone["name"].startswith(s) for i in ids}
        above = {i for i in named if host.id in {a.id for a in index.ancestors(index.by_id[i])}}
        if named and zone["name"] not in _NAMED_FOR_NO_HOST:
            assert named & lineage or above, zone["name"]


def test_every_zone_lies_in_a_prefecture_or_municipality() -> None:
    index = region_index()
    for entry in index.by_id.values():
        if entry.level == "zone" and entry.id.startswith("Z"):
            levels = {a.level for a in index.ancestors(entry)}
            assert levels & {"prefecture", "province"}, entry.name


_ZONE_PLAN = (
    "青岛国家高新区知识产权强区建设工作方案\n为深入实施知识产权强国战略，制定本方案。\n一、重点任务\n"
    "（一）加强知识产权保护。开展专项整治。（责任单位：高新区市场监管局、高新区科技局）\n"
    "（二）加强知识产权运用。推进专利转化。（牵头单位：高新区经发局；配合单位：高新区财政局）\n"
    "（三）加强知识产权服务。建设服务平台。（责任单位：高新区管委会）\n"
    "青岛高新区管理委员会\n2024年3月1日\n"
)


def test_a_zone_plan_is_the_zones_and_so_are_its_bodies() -> None:
    doc, _ = extracted(_ZONE_PLAN)
    region = doc.plan.region
    assert region is not None
    assert region.level == "zone"
    assert region.name == "青岛高新技术产业开发区"
    assert QINGDAO in {p.id for p in region.parents}
    ids = {r.agency.surface: r.agency for t in doc.tasks for r in t.responsibilities}
    assert ids["高新区市场监管局"].id == f"agency/{region.id}/market_regulation"
    assert ids["高新区科技局"].id == f"agency/{region.id}/science_tech"
    assert ids["高新区经发局"].id.startswith(f"agency/{region.id}/")
    assert ids["高新区财政局"].id == f"agency/{region.id}/finance"
    # the zone's 管委会 is its one committee, the plan's issuer
    assert ids["高新区管委会"].id == f"agency/{region.id}/zone_committee"
    assert ids["高新区管委会"].name == "青岛高新技术产业开发区管理委员会"
    assert [i.agency_id for i in doc.plan.issuers] == [ids["高新区管委会"].id]


def _county_plan(title: str) -> str:
    return (
        f"{title}\n为深入实施知识产权强国战略，制定本方案。\n一、重点任务\n"
        "（一）加强知识产权保护。开展专项整治。（责任单位：市市场监管局、市高新区管委会）\n"
        "（二）学习青岛高新区经验，对接青岛高新区平台，推广青岛高新区做法。（责任单位：市科技局）\n"
        "莱西市人民政府\n2024年3月1日\n"
    )


@pytest.mark.parametrize(
    "title", ["莱西市知识产权强市建设工作方案", "莱西市对接青岛高新区知识产权协同发展工作方案"]
)
def test_a_zone_named_in_a_county_plan_leaves_the_plan_the_countys(title: str) -> None:
    doc, _ = extracted(_county_plan(title))
    assert doc.plan.region is not None
    assert doc.plan.region.id == LAIXI
    ids = {r.agency.surface: r.agency.id for t in doc.tasks for r in t.responsibilities}
    assert ids["市市场监管局"] == f"agency/{LAIXI}/market_regulation"
    assert ids["市科技局"] == f"agency/{LAIXI}/science_tech"


def test_a_title_naming_a_zone_and_its_province_is_the_zones() -> None:
    doc, _ = extracted(_ZONE_PLAN.replace("青岛国家高新区知识产权", "山东省青岛高新区知识产权", 1))
    assert doc.plan.region is not None
    assert doc.plan.region.name == "青岛高新技术产业开发区"


# --- one ending shared by two bodies -------------------------------------------------------------------

_SHARED_PLAN = (
    "宾阳县知识产权强县建设工作方案\n为深入实施知识产权强国战略，制定本方案。\n一、重点任务\n"
    "（一）加强知识产权保护。开展专项整治。（责任单位：县科技、财政部门）\n"
    "（二）加强知识产权运用。推进专利转化。（市发展改革、工业和信息化部门按职责分工负责）\n"
    "（三）加强知识产权服务。建设服务平台。（县市场监管局牵头，科技、财政部门配合）\n"
    "（四）加强知识产权创造。培育高价值专利。（县市场监管局、县科技局按职责分工负责）\n"
    "宾阳县人民政府\n2024年3月1日\n"
)


def test_bodies_sharing_an_ending_are_each_named_and_quoted() -> None:
    doc, text = extracted(_SHARED_PLAN)
    named = {
        t.path: [(r.agency.id, r.agency.type, r.role, r.agency.surface) for r in t.responsibilities]
        for t in doc.tasks
    }
    nanning = "450100"
    assert named["一.(一)"] == [
        (f"agency/{BINYANG}/science_tech", "science_tech", "joint", "县科技、财政部门"),
        (f"agency/{BINYANG}/finance", "finance", "joint", "县科技、财政部门"),
    ]
    assert [(i, t) for i, t, _, _ in named["一.(二)"]] == [
        (f"agency/{nanning}/development_reform", "development_reform"),
        (f"agency/{nanning}/industry_it", "industry_it"),
    ]
    assert named["一.(三)"][1:] == [
        (f"agency/{BINYANG}/science_tech", "science_tech", "support", "科技、财政部门"),
        (f"agency/{BINYANG}/finance", "finance", "support", "财政部门"),
    ]
    # names that are bodies on their own share nothing
    assert [s for _, _, _, s in named["一.(四)"]] == ["县市场监管局", "县科技局"]
    for t in doc.tasks:
        for r in t.responsibilities:
            assert r.mention_span is not None
            assert text[r.mention_span[0] : r.mention_span[1]] == r.agency.surface


@pytest.mark.parametrize(
    ("written", "names"),
    [
        ("市科技、市场监管部门", [("450100", "science_tech"), ("450100", "market_regulation")]),
        ("县科技、县财政部门", [(BINYANG, "science_tech"), (BINYANG, "finance")]),
        ("科技、教育、财政部门", [(BINYANG, "science_tech"), (BINYANG, "education"), (BINYANG, "finance")]),
    ],
)
def test_the_shared_prefix_is_read_once(written: str, names: list[tuple[str, str]]) -> None:
    doc, _ = extracted(_SHARED_PLAN.replace("县科技、财政部门", written, 1))
    found = [(r.agency.id, r.agency.surface) for r in doc.tasks[0].responsibilities]
    assert [i for i, _ in found] == [f"agency/{region}/{type_id}" for region, type_id in names]


def test_a_field_that_names_no_department_shares_nothing() -> None:
    doc, _ = extracted(_SHARED_PLAN.replace("县科技、财政部门", "县企业、财政部门", 1))
    assert [r.agency.surface for r in doc.tasks[0].responsibilities] == ["县企业", "财政部门"]


_SHARED_PROSE = (
    "宾阳县知识产权强县建设工作方案\n为深入实施知识产权强国战略，制定本方案。\n一、重点任务\n"
    "（一）加强知识产权创造。县科技、财政部门负责落实专利资助政策。\n"
    "（二）加强知识产权保护。县市场监管局要会同县公安、司法部门开展专项整治。\n"
    "宾阳县人民政府\n2024年3月1日\n"
)


def test_bodies_sharing_an_ending_in_prose_are_each_obliged() -> None:
    doc, _ = extracted(_SHARED_PROSE)
    named = [[(r.agency.id, r.role, r.basis) for r in t.responsibilities] for t in doc.tasks]
    # bodies answering for the work together share it (round 31: they were implicit)
    assert named[0] == [
        (f"agency/{BINYANG}/science_tech", "joint", "prose"),
        (f"agency/{BINYANG}/finance", "joint", "prose"),
    ]
    assert [i for i, _, _ in named[1]] == [
        f"agency/{BINYANG}/market_regulation",
        f"agency/{BINYANG}/public_security",
        f"agency/{BINYANG}/justice",
    ]
    assert [r for _, r, _ in named[1]] == ["lead", "support", "support"]


# --- role labels written alone as names ---------------------------------------------------------------

_LABEL_PLAN = (
    "宾阳县知识产权强县建设工作方案\n为深入实施知识产权强国战略，制定本方案。\n一、重点任务\n"
    "（一）加强知识产权保护。开展专项整治。（县市场监管局牵头，协办单位配合）\n"
    "（二）加强知识产权运用。开展专利转化。（县市场监管局牵头，配合部门参与）\n"
    "（三）加强知识产权服务。县市场监管局要会同协办单位开展专项整治。\n"
    "宾阳县人民政府\n2024年3月1日\n"
)


def test_a_role_label_written_as_a_name_is_the_plans_units_of_that_role() -> None:
    doc, _ = extracted(_LABEL_PLAN)
    found = {r.agency.surface: (r.agency.type, r.role) for t in doc.tasks for r in t.responsibilities}
    assert found["协办单位"] == ("all_departments", "support")
    assert found["配合部门"] == ("all_departments", "support")
    prose = [r for r in doc.tasks[2].responsibilities if r.agency.surface == "协办单位"]
    assert [(r.agency.type, r.role, r.basis) for r in prose] == [("all_departments", "support", "prose")]


def _unit_labels() -> list[str]:
    """The labels of roles.yaml that name units (协办单位, 牵头部门, 责任单位 …)."""
    return sorted(
        label.text for label in role_vocabulary().labels if label.text.endswith(("单位", "部门", "处室"))
    )


@pytest.mark.parametrize("label", _unit_labels())
def test_every_unit_label_alone_or_after_ge_is_of_all_departments(label: str) -> None:
    for written in (label, "各" + label, "县" + label):
        _, _, type_id, region = resolved_agency(BINYANG, written)
        assert (type_id, region) == ("all_departments", BINYANG), written


@pytest.mark.parametrize("name", ["协办单位工作组", "配合单位负责人"])
def test_a_role_label_inside_a_longer_name_is_no_collective(name: str) -> None:
    assert resolved_agency(BINYANG, name)[2] != "all_departments"


# --- 科委 ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("region_id", [HAIDIAN, "310115"])
def test_a_district_kewei_is_its_science_and_technology_body(region_id: str) -> None:
    kewei = resolved_agency(region_id, "区科委")
    assert kewei[2] == "science_tech"
    assert (
        kewei[0]
        == resolved_agency(region_id, "区科技局")[0]
        == resolved_agency(region_id, "区科学技术委员会")[0]
    )


_HAIDIAN_PLAN = (
    "海淀区知识产权强区建设工作方案\n为深入实施知识产权强国战略，制定本方案。\n一、重点任务\n"
    "（一）加强知识产权保护。开展专项整治。（责任单位：区科委、市科委、区市场监管局、市知识产权局）\n"
    "北京市海淀区人民政府\n2024年3月1日\n"
)


def test_in_a_municipality_district_plan_shi_is_the_municipality() -> None:
    doc, _ = extracted(_HAIDIAN_PLAN)
    ids = {r.agency.surface: r.agency.id for t in doc.tasks for r in t.responsibilities}
    assert ids["区科委"] == f"agency/{HAIDIAN}/science_tech"
    assert ids["市科委"] == "agency/110000/science_tech"
    assert ids["市知识产权局"] == "agency/110000/ip_office"
    assert ids["区市场监管局"] == f"agency/{HAIDIAN}/market_regulation"


@pytest.mark.parametrize(("region_id", "surface"), [("310000", "市科委"), ("110000", "市市场监管局")])
def test_a_municipalitys_own_plan_places_its_shi_bodies(region_id: str, surface: str) -> None:
    assert resolved_agency(region_id, surface)[3] == region_id
