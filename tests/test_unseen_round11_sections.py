"""Round 11 of plans the corpus does not show: notes on section headings, zones' own plans, and the securities
regulator's outposts of the cities with their own.

A responsibility note on a chapter or section heading (三、强化知识产权保护（牵头单位：…；配合单位：…）,
（二）加强知识产权运用〔责任单位：…〕) speaks for the items under it that name nobody of their own, down any depth,
as an annotation opening with 以上任务… speaks for the items before it: the heading's note is their evidence.
Items with their own annotation keep theirs; an item stating its own obligation in prose keeps it.

A zone written with its city's full name (青岛市高新区, 西安市高新区) is the zone, in a title as in an issuer's name:
the plan is the zone's, not the city's; a city's plan naming 市高新区 in one task stays the city's.

深圳, 大连, 宁波, 厦门 and 青岛 have securities-regulator outposts of their own (深圳证监局): a bare 证监局 or 市证监局
in a plan of one of them, or of a district or zone of one, is that city's, not its province's.
"""

from __future__ import annotations

import pytest

from ontology.vocab import agency_vocabulary
from policykg.errors import DataFileError
from policykg.extract.agencies import own_body_regions
from policykg.extract.regions import region_index
from policykg.models import Document
from tests.formats import to_docx
from tests.plans import extracted, named_units, resolved_agency

# --- 1. a note on a chapter or section heading --------------------------------------------------------------

_NINGYANG = """宁阳县知识产权强县建设工作方案
为深入实施知识产权强国战略，制定本方案。
一、总体要求
到2025年，全县有效发明专利拥有量达到500件。
二、加强知识产权创造
（一）培育高价值专利。开展专利导航。
（二）推进商标品牌建设。
三、强化知识产权保护（牵头单位：县市场监管局；配合单位：县公安局、县法院）
（一）开展专项整治行动。
（二）加强维权援助。（责任单位：县司法局）
（三）县检察院要加强与行政执法部门的协同。
（四）健全纠纷调解机制
1.建立调解组织。
2.完善诉调对接。
四、重点工作
（一）加强知识产权运用〔责任单位：县科技局〕
1.推进专利转化。
2.开展质押融资。（牵头单位：县金融服务中心）
（二）优化公共服务
1.建设服务平台。
宁阳县人民政府
2024年3月1日
"""

_PROTECTION = [("县市场监管局", "lead"), ("县公安局", "support"), ("县法院", "support")]
_PROTECTION_NOTE = "（牵头单位：县市场监管局；配合单位：县公安局、县法院）"


def _ningyang_units(doc: Document) -> dict[str, list[tuple[str, str]]]:
    return {path: [(s, role) for s, role, _ in units] for path, units in named_units(doc).items()}


@pytest.fixture(scope="module", params=["txt", "docx"])
def ningyang(request: pytest.FixtureRequest) -> Document:
    if request.param == "txt":
        return extracted(_NINGYANG.encode("gb18030"), "ningyang.txt")[0]
    return extracted(to_docx(_NINGYANG.splitlines()), "ningyang.docx")[0]


def test_items_under_an_annotated_heading_take_its_units(ningyang: Document) -> None:
    got = _ningyang_units(ningyang)
    assert got["三"] == _PROTECTION
    assert got["三.(一)"] == _PROTECTION
    # down any depth: the items of a section of the chapter (a heading alone, no task of its own)
    assert got["三.(四).1"] == _PROTECTION
    assert got["三.(四).2"] == _PROTECTION
    assert got["四.(一)"] == [("县科技局", "sole")]
    assert got["四.(一).1"] == [("县科技局", "sole")]


def test_items_naming_their_own_units_keep_them(ningyang: Document) -> None:
    got = _ningyang_units(ningyang)
    assert got["三.(二)"] == [("县司法局", "sole")]
    assert got["四.(一).2"] == [("县金融服务中心", "lead")]
    # a prose obligation of the item's own is kept as it is
    assert got["三.(三)"] == [("县检察院", "implicit")]


def test_headings_without_a_note_pass_nothing_down(ningyang: Document) -> None:
    got = _ningyang_units(ningyang)
    assert got["二.(一)"] == []
    assert got["二.(二)"] == []
    assert got["四.(二).1"] == []


def test_the_headings_note_is_the_evidence(ningyang: Document) -> None:
    tasks = {t.path: t for t in ningyang.tasks}
    for path in ("三.(一)", "三.(四).1"):
        for r in tasks[path].responsibilities:
            assert (r.quote, r.basis, r.implicit) == (_PROTECTION_NOTE, "annotation", False)
    assert {r.quote for r in tasks["四.(一).1"].responsibilities} == {"〔责任单位：县科技局〕"}


_FEIXIAN = """费县知识产权工作要点
一、重点任务
（一）强化知识产权保护
（牵头单位：县市场监管局；配合单位：县公安局）
1.开展专项整治行动。
2.加强维权援助。
（二）加强知识产权运用
责任单位：县科技局
1.推进专利转化。
（三）加强服务。建设服务平台，提升服务能力。
1.培育服务机构。
"""


def test_a_note_on_the_line_after_the_heading_is_the_headings() -> None:
    doc = extracted(_FEIXIAN.encode("gb18030"), "feixian.txt")[0]
    got = _ningyang_units(doc)
    protection = [("县市场监管局", "lead"), ("县公安局", "support")]
    assert got["一.(一).1"] == got["一.(一).2"] == protection
    assert got["一.(二).1"] == [("县科技局", "sole")]
    assert got["一.(三).1"] == []


# --- 2. a zone's own plan -----------------------------------------------------------------------------------

QINGDAO_ZONE, XIAN_ZONE, SUZHOU_PARK = "Z37020011", "Z61010011", "Z32050001"


def _plan(title: str, issuer: str, task: str = "（牵头单位：市场监管局）") -> str:
    return (
        f"{title}\n为深入实施知识产权强国战略，制定本方案。\n一、重点任务\n"
        f"（一）加强知识产权保护。开展专项整治。{task}\n"
        "（二）加强知识产权服务。建设服务平台。（责任单位：科技局）\n"
        f"{issuer}\n2024年3月1日\n"
    )


@pytest.mark.parametrize(
    ("title", "issuer", "expected"),
    [
        ("青岛市高新区知识产权强区建设工作方案", "青岛市高新区管委会", QINGDAO_ZONE),
        ("关于印发知识产权强区建设工作方案的通知", "青岛市高新区管委会", QINGDAO_ZONE),
        ("西安市高新区知识产权工作要点", "西安市高新区管委会", XIAN_ZONE),
        ("山东省青岛市高新区知识产权工作要点", "青岛市高新区管理委员会", QINGDAO_ZONE),
        # read before this round: the zone's own short name, and a zone named by its own name
        ("青岛高新区知识产权工作要点", "青岛高新区管委会", QINGDAO_ZONE),
        ("苏州工业园区知识产权工作要点", "苏州工业园区管委会", SUZHOU_PARK),
    ],
)
def test_a_zone_written_with_its_city_is_the_plans_region(title: str, issuer: str, expected: str) -> None:
    doc, _ = extracted(_plan(title, issuer))
    assert doc.plan.region is not None
    assert doc.plan.region.id == expected


def test_a_zone_plans_units_are_the_zones() -> None:
    doc, _ = extracted(
        _plan("青岛市高新区知识产权强区建设工作方案", "青岛市高新区管委会", "（牵头单位：高新区管委会）")
    )
    agencies = {r.agency.surface: r.agency for t in doc.tasks for r in t.responsibilities}
    assert agencies["高新区管委会"].name == "青岛高新技术产业开发区管理委员会"


def test_a_city_plan_naming_its_zone_in_a_task_stays_the_citys() -> None:
    doc, _ = extracted(
        _plan("青岛市知识产权工作要点", "青岛市人民政府", "（牵头单位：市高新区管委会、青岛市高新区管委会）")
    )
    assert doc.plan.region is not None
    assert doc.plan.region.id == "370200"
    # the zone's committee, however it is written in the city's plan
    agencies = {r.agency.surface: r.agency.id for t in doc.tasks for r in t.responsibilities}
    assert (
        agencies["市高新区管委会"]
        == agencies["青岛市高新区管委会"]
        == f"agency/{QINGDAO_ZONE}/zone_committee"
    )


@pytest.mark.parametrize(
    ("region_id", "surface", "expected"),
    [
        ("370211", "市高新区管委会", f"agency/{QINGDAO_ZONE}/zone_committee"),  # a district of 青岛
        ("610100", "市高新区科技局", f"agency/{XIAN_ZONE}/science_tech"),
        ("610100", "西安市高新区科技局", f"agency/{XIAN_ZONE}/science_tech"),
        ("370100", "市高新区管委会", "agency/370176/zone_committee"),  # 济南高新区 (national.yaml)
        # a city whose zone the gazetteer does not know keeps the name as written, in the city
        ("140800", "市高新区管委会", None),
    ],
)
def test_a_zones_bodies_written_with_its_city(region_id: str, surface: str, expected: str | None) -> None:
    found = resolved_agency(region_id, surface)
    if expected is None:
        assert found[3] == region_id
        assert not found[0].endswith("/zone_committee")
    else:
        assert found[0] == expected


# --- 3. a city's own securities outpost ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("region_id", "surface", "city", "short"),
    [
        ("370200", "市证监局", "370200", "青岛"),
        ("370200", "证监局", "370200", "青岛"),
        ("370211", "证监局", "370200", "青岛"),  # a district of 青岛
        (QINGDAO_ZONE, "证监局", "370200", "青岛"),  # 青岛's zone
        ("440300", "市证监局", "440300", "深圳"),
        ("440305", "证监局", "440300", "深圳"),
        ("210200", "市证监局", "210200", "大连"),
        ("330200", "证监局", "330200", "宁波"),
        ("350200", "市证监局", "350200", "厦门"),
    ],
)
def test_a_city_with_its_own_outpost(region_id: str, surface: str, city: str, short: str) -> None:
    assert resolved_agency(region_id, surface) == (
        f"agency/{city}/securities_regulator_branch",
        f"中国证券监督管理委员会{short}监管局",
        "securities_regulator_branch",
        city,
    )
    assert resolved_agency(region_id, surface)[0] == resolved_agency(region_id, f"{short}证监局")[0]


@pytest.mark.parametrize(
    ("region_id", "surface", "province"),
    [
        ("370100", "市证监局", "370000"),  # 济南 has none of its own: 山东's
        ("370200", "省证监局", "370000"),  # 青岛's plan naming its province's
        ("440100", "证监局", "440000"),  # 广州: 广东's
    ],
)
def test_other_cities_have_their_provinces(region_id: str, surface: str, province: str) -> None:
    assert resolved_agency(region_id, surface)[0] == f"agency/{province}/securities_regulator_branch"


def test_the_cities_with_their_own_are_checked_against_the_gazetteer() -> None:
    entry = agency_vocabulary().by_id("securities_regulator_branch")
    assert entry is not None
    assert own_body_regions(region_index(), entry) == frozenset(
        {"440300", "210200", "330200", "350200", "370200"}
    )
    wrong = entry.model_copy(update={"own_bodies": ("青岛市", "不存在市")})
    with pytest.raises(DataFileError, match="不存在市"):
        own_body_regions(region_index(), wrong)


def test_a_district_plan_of_such_a_city_names_the_citys_outpost() -> None:
    doc, _ = extracted(
        _plan(
            "青岛市崂山区知识产权工作要点",
            "青岛市崂山区人民政府",
            "（牵头单位：区金融局；配合单位：市证监局）",
        )
    )
    agencies = {r.agency.surface: (r.agency.id, r.agency.name) for t in doc.tasks for r in t.responsibilities}
    assert agencies["市证监局"] == (
        "agency/370200/securities_regulator_branch",
        "中国证券监督管理委员会青岛监管局",
    )
