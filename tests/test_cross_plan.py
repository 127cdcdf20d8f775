"""Cross-plan identity: what analysts get from many plans of one city's counties and districts together.

Eight small plans of 南宁市's counties, districts and county-level city (written for the tests) name the same
bodies, programmes, targets and higher documents in the many ways real plans do: the city's bureau as 市市场监管局
or 南宁市市场监督管理局, each county's own 县科技局 / 县科学技术局 / 县科技局（县知识产权局）, vertical bodies (南宁海关,
国家税务总局宾阳县税务局 / 县税务局), courts (县人民法院 / 县法院); 高价值专利培育 as 培育高价值专利 or 高价值专利培育工程;
万人 / 每万人口 高价值发明专利拥有量; the national 纲要 with full-width or half-width brackets and dashes, with or
without its document number, and the 十四五 plan with or without 国发〔2021〕20号.

The same body must be one agency (one id) in every plan and different bodies never one; a programme, a
standard indicator and a cited document one key however worded; the analysts' library over the embedded
graph store then counts them together (agency_ranking, programme_regions, citation_network,
targets_by_indicator).
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from graph.factory import open_store
from graph.library import statement
from graph.store import CypherStore
from policykg.extract.citations import find_citations
from policykg.models import Document
from tests.plans import extracted, resolved_agency

BINYANG = """宾阳县知识产权强县建设工作方案（2024—2026年）
宾政办发〔2024〕12号
为深入贯彻落实《知识产权强国建设纲要（2021—2035年）》和《“十四五”国家知识产权保护和运用规划》，根据《南宁市知识产权强市建设实施方案》，结合我县实际，制定本方案。
一、工作目标
到2026年，全县每万人口高价值发明专利拥有量达到1.2件，有效注册商标总量达到8000件，PCT国际专利申请量达到3件。
二、重点任务
（一）培育高价值专利。实施高价值专利培育工程，支持企业建设高价值专利培育中心。（县科技局牵头，县市场监管局配合）
（二）推进专利导航。开展产业专利导航，服务重点产业发展。（县工业和信息化局牵头，市市场监管局配合）
（三）强化知识产权保护。开展“铁拳”专项行动，打击侵权假冒行为。（县市场监管局牵头，县公安局、县人民法院配合）
（四）加强进出口环节保护。开展“龙腾”行动，查处侵权货物。（南宁海关牵头，县商务局配合）
（五）落实税收优惠政策。落实研发费用加计扣除政策。（国家税务总局宾阳县税务局负责）
（六）争取上级支持。争取地理标志保护示范区创建支持。（县市场监管局负责，自治区知识产权局指导）
三、保障措施
各部门要加强协作。
宾阳县人民政府办公室
2024年3月5日
"""

SHANGLIN = """上林县知识产权强县建设实施方案（2024—2026年）
上政办〔2024〕8号
为贯彻落实《知识产权强国建设纲要(2021-2035年)》（中发〔2021〕37号）和《"十四五"国家知识产权保护和运用规划》（国发〔2021〕20号），结合我县实际，制定本方案。
一、工作目标
到2026年，全县万人高价值发明专利拥有量达到0.8件，有效注册商标总量达到5000件。
二、重点任务
1.实施高价值专利培育工程。培育高价值专利，支持企业建设高价值专利培育中心。（县科学技术局牵头，上林县市场监督管理局配合）
2.推进专利导航。开展企业专利导航。（县工信局牵头，南宁市市场监督管理局配合）
3.开展知识产权执法。开展“铁拳”行动。（上林县市场监督管理局牵头，县公安局、县法院配合）
4.落实税收政策。落实研发费用加计扣除政策。（县税务局负责）
5.加强海关保护。开展“龙腾行动”。（南宁海关负责）
三、保障措施
各成员单位要加强协作。
上林县人民政府办公室
2024年4月2日
"""

LONGAN = """隆安县2024年知识产权工作要点
为贯彻落实《纲要》和《知识产权强国建设纲要和“十四五”规划实施年度推进计划》，根据《南宁市知识产权强市建设实施方案》，现制定2024年工作要点。
一、主要目标
2024年，全县每万人口高价值发明专利拥有量达到0.6件，PCT专利申请量达到1件。
二、重点工作
（一）培育高价值专利。开展高价值专利培育。（县科技局（县知识产权局）牵头，县市场监管局配合）
（二）开展知识产权保护。开展“铁拳”行动，打击商标侵权行为。（县市场监督管理局牵头，县公安局、县人民法院配合）
（三）推进贯标。推动企业贯彻《企业知识产权管理规范》。（县市场监管局负责，市知识产权局指导）
（四）落实税收政策。（国家税务总局隆安县税务局负责）
隆安县知识产权工作领导小组办公室
2024年2月20日
"""

WUMING = """南宁市武鸣区知识产权强区建设工作方案（2024—2026年）
为深入贯彻落实中共中央、国务院印发的《知识产权强国建设纲要（2021-2035年）》和国务院印发的《“十四五”国家知识产权保护和运用规划》，结合我区实际，制定本方案。
一、工作目标
到2026年，全区每万人口高价值发明专利拥有量达到2件，有效注册商标总量达到12000件。
二、重点任务
（一）培育高价值专利。实施高价值专利培育工程。（区科技局牵头，区市场监管局配合）
（二）推进专利导航。开展专利导航服务。（区工信局牵头，市市场监管局配合）
（三）强化执法。开展“铁拳”行动。（区市场监管局牵头，区公安分局、区人民法院配合）
（四）海关保护。（南宁海关负责）
（五）税收优惠。（国家税务总局南宁市武鸣区税务局负责）
（六）争取支持。争取商标品牌指导站建设支持。（区市场监管局负责，广西壮族自治区知识产权局指导）
南宁市武鸣区人民政府办公室
2024年5月6日
"""

HENGZHOU = """横州市知识产权强市建设实施方案（2024—2026年）
为贯彻落实《知识产权强国建设纲要（2021—2035年）》（中发〔2021〕37号）和《广西知识产权强区建设纲要（2021—2035年）》，结合我市实际，制定本方案。
一、工作目标
到2026年，全市每万人口高价值发明专利拥有量达到1.5件，地理标志商标达到5件。
二、重点任务
（一）培育高价值专利。培育一批高价值专利。（市科技局牵头，市市场监管局配合）
（二）打造地理标志品牌。实施地理标志运用促进工程，推动横州茉莉花茶品牌建设。（市农业农村局牵头，市市场监管局配合）
（三）强化保护。开展“铁拳”行动。（市市场监管局牵头，市公安局、市人民法院配合）
（四）对接南宁。争取南宁市市场监督管理局支持。（南宁市市场监督管理局指导，市市场监管局负责）
（五）加强司法保护。开展知识产权案件繁简分流。（市中级人民法院、市人民法院负责）
横州市人民政府办公室
2024年3月18日
"""

MASHAN = """马山县知识产权强县建设工作方案
为贯彻落实《知识产权强国建设纲要（2021—2035年）》，结合我县实际，制定本方案。
一、工作目标
到2025年，全县每万人口高价值发明专利拥有量达到0.5件。
二、重点任务
（一）高价值专利培育。（县科技局牵头）
（二）知识产权保护。开展“铁拳”行动。（县市场监管局牵头，县人民法院、县人民检察院配合）
（三）贯标。推动企业贯标。（县市场监管局牵头，南宁市知识产权局配合）
马山县人民政府
2024年6月1日
"""

XIXIANGTANG = """南宁市西乡塘区知识产权强区建设实施方案（2024—2026年）
为深入贯彻落实《知识产权强国建设纲要（2021—2035年）》和《南宁市知识产权强市建设实施方案》，结合我区实际，制定本方案。
一、工作目标
到2026年，全区每万人口高价值发明专利拥有量达到6件，PCT国际专利申请量达到10件。
二、重点任务
（一）培育高价值专利。实施高价值专利培育工程。（区科学技术局牵头，区市场监督管理局配合）
（二）专利导航。（区工业和信息化局牵头，南宁市市场监督管理局配合）
（三）保护。开展“铁拳”行动。（区市场监管局牵头，南宁市公安局西乡塘分局、区人民法院配合）
（四）司法保护。推进知识产权审判“三合一”。（南宁市中级人民法院、区人民法院负责）
南宁市西乡塘区人民政府
2024年4月9日
"""

QINGXIU = """南宁市青秀区2024年知识产权工作要点
为贯彻落实《知识产权强国建设纲要（2021-2035年）》，现制定本要点。
一、主要目标
2024年，全区每万人口高价值发明专利拥有量达到12件。
二、重点工作
（一）高价值专利培育。（区科技局牵头，区市场监管局配合）
（二）知识产权保护。开展“铁拳”行动。（区市场监管局牵头，青秀区人民法院配合）
（三）海关保护。（南宁海关负责）
南宁市青秀区人民政府办公室
2024年1月15日
"""

PLANS = {
    "binyang": BINYANG,
    "shanglin": SHANGLIN,
    "longan": LONGAN,
    "wuming": WUMING,
    "hengzhou": HENGZHOU,
    "mashan": MASHAN,
    "xixiangtang": XIXIANGTANG,
    "qingxiu": QINGXIU,
}


@pytest.fixture(scope="module")
def docs() -> dict[str, Document]:
    return {name: extracted(text, f"{name}.txt")[0] for name, text in PLANS.items()}


def _agencies(docs: dict[str, Document]) -> dict[tuple[str, str], str]:
    """(plan, surface) → agency id of every agency a task names."""
    return {
        (name, r.agency.surface): r.agency.id
        for name, doc in docs.items()
        for t in doc.tasks
        for r in t.responsibilities
        if r.basis != "issuer_default"
    }


def test_the_same_body_is_one_agency_in_every_plan(docs) -> None:
    ids = _agencies(docs)
    city_market = {
        ids[("binyang", "市市场监管局")],
        ids[("wuming", "市市场监管局")],
        ids[("shanglin", "南宁市市场监督管理局")],
        ids[("xixiangtang", "南宁市市场监督管理局")],
        ids[("hengzhou", "南宁市市场监督管理局")],
    }
    assert city_market == {"agency/450100/market_regulation"}
    assert {ids[(p, "南宁海关")] for p in ("binyang", "shanglin", "wuming", "qingxiu")} == {
        "agency/450100/customs"
    }
    assert ids[("shanglin", "县法院")] == "agency/450125/court"
    assert ids[("shanglin", "县税务局")] == "agency/450125/tax"
    assert ids[("longan", "县科技局（县知识产权局）")] == "agency/450123/science_tech"


def test_an_autonomous_regions_body_is_one_agency_however_written(docs) -> None:
    """自治区知识产权局 in a 广西 county's plan is the region's bureau (自治区 is a level prefix as 省 is), the
    same body as 广西壮族自治区知识产权局 in a district's plan."""
    ids = _agencies(docs)
    assert ids[("binyang", "自治区知识产权局")] == ids[("wuming", "广西壮族自治区知识产权局")]
    assert ids[("binyang", "自治区知识产权局")] == "agency/450000/ip_office"
    assert resolved_agency("450107", "自治区市场监管局")[:2] == (
        "agency/450000/market_regulation",
        "广西壮族自治区市场监督管理局",
    )


def test_a_courts_level_word_names_its_region(docs) -> None:
    """中级人民法院 is a prefecture's court: 市中级人民法院 in a county-level city's plan is the city's
    (南宁市中级人民法院, named so in a district's plan), not the county-level city's own 市人民法院."""
    ids = _agencies(docs)
    assert ids[("hengzhou", "市中级人民法院")] == ids[("xixiangtang", "南宁市中级人民法院")]
    assert ids[("hengzhou", "市中级人民法院")] == "agency/450100/court"
    assert ids[("hengzhou", "市人民法院")] == "agency/450181/court"
    assert resolved_agency("450181", "市中院")[:2] == ("agency/450100/court", "南宁市中级人民法院")


def test_different_bodies_are_never_one_agency(docs) -> None:
    ids = _agencies(docs)
    # a county-level city's 市市场监管局 is its own bureau, not the prefecture's
    assert ids[("hengzhou", "市市场监管局")] == "agency/450181/market_regulation"
    county_market = [ids[(p, "县市场监管局")] for p in ("binyang", "longan", "mashan")]
    assert len(set(county_market)) == 3
    taxes = {ids[("binyang", "国家税务总局宾阳县税务局")], ids[("longan", "国家税务总局隆安县税务局")]}
    assert len(taxes) == 2
    # one id, one body: the names an id is given agree
    names: dict[str, set[str]] = defaultdict(set)
    for doc in docs.values():
        for t in doc.tasks:
            for r in t.responsibilities:
                names[r.agency.id].add(r.agency.name)
    assert {i: n for i, n in names.items() if len(n) > 1} == {}


def test_a_guiding_body_in_an_annotation_is_an_agency_of_its_own(docs) -> None:
    """（县市场监管局负责，市知识产权局指导）: 指导 closes a body's clause as 配合 does; no name swallows the bracket
    or the comma."""
    surfaces = {surface for _, surface in _agencies(docs)}
    assert not {s for s in surfaces if any(ch in s for ch in "（，,")} - {"县科技局（县知识产权局）"}
    ids = _agencies(docs)
    assert ids[("longan", "市知识产权局")] == "agency/450100/ip_office"
    assert ids[("hengzhou", "南宁市市场监督管理局")] == "agency/450100/market_regulation"
    roles = {
        r.agency.surface: r.role
        for t in docs["longan"].tasks
        if "贯标" in t.title
        for r in t.responsibilities
    }
    assert roles == {"县市场监管局": "lead", "市知识产权局": "support"}


def test_a_programme_is_one_programme_however_worded(docs) -> None:
    for name, doc in docs.items():
        assert "high_value_patents" in {m.program_id for m in doc.programs}, name
    assert {
        n for n, d in docs.items() if "standard_implementation" in {m.program_id for m in d.programs}
    } == {
        "longan",
        "mashan",
    }


@pytest.mark.parametrize(
    "wording",
    [
        "推动企业贯彻知识产权管理国家标准",
        "开展知识产权管理体系国家标准贯彻工作",
        "推动企业贯彻《企业知识产权管理规范》",
    ],
)
def test_the_management_standard_is_one_programme_however_worded(wording: str) -> None:
    """The enterprise IP management standard is named by its title, 贯标, or as the 国家标准 of IP management."""
    doc, _ = extracted(f"某县知识产权工作要点\n一、重点工作\n（一）{wording}。（县市场监管局负责）\n")
    assert {m.program_id for m in doc.programs} == {"standard_implementation"}


def test_a_standard_indicator_is_one_key_however_worded(docs) -> None:
    keys = {
        name: {t.indicator_key for t in doc.targets if "高价值" in t.indicator} for name, doc in docs.items()
    }
    assert set(keys) == set(PLANS)
    assert all(k == {"每万人口高价值发明专利拥有量"} for k in keys.values())
    pct = {name for name, doc in docs.items() for t in doc.targets if t.indicator_key == "PCT国际专利申请量"}
    assert pct == {"binyang", "longan", "xixiangtang"}


def _cited(docs: dict[str, Document], core: str) -> dict[str, set[str]]:
    """Per plan, the keys of its citations whose title contains ``core``."""
    found: dict[str, set[str]] = defaultdict(set)
    for name, doc in docs.items():
        for c in doc.citations:
            if c.normalized_title and core in c.normalized_title:
                found[name].add(c.key)
    return found


def test_a_widely_cited_document_is_one_key_with_or_without_its_number(docs) -> None:
    outline = _cited(docs, "知识产权强国建设纲要")
    assert set(outline) >= {"binyang", "shanglin", "wuming", "hengzhou", "mashan", "xixiangtang", "qingxiu"}
    assert len(set().union(*(v for n, v in outline.items() if n != "longan"))) == 1
    plan = _cited(docs, "十四五国家知识产权保护和运用规划")
    assert set(plan) == {"binyang", "shanglin", "wuming"}
    assert set().union(*plan.values()) == {"doc:国发〔2021〕20号"}
    # the city's plan, cited by its title alone, is one document; a province's 纲要 is another document
    city = _cited(docs, "南宁市知识产权强市建设实施方案")
    assert len(set().union(*city.values())) == 1
    assert _cited(docs, "广西知识产权强区建设纲要")["hengzhou"].isdisjoint(outline["hengzhou"])


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("《知识产权强国建设纲要》", "title:知识产权强国建设纲要(2021-2035年)"),  # the years left out
        (
            "《知识产权强国建设纲要(2021-2035年)》（中发〔2021〕37号）",
            "title:知识产权强国建设纲要(2021-2035年)",
        ),
        ("《国家知识产权战略纲要》", "doc:国发〔2008〕18号"),
        ("《关于新形势下加快知识产权强国建设的若干意见》（国发〔2015〕71号）", "doc:国发〔2015〕71号"),
        ("国发〔2021〕20号", "doc:国发〔2021〕20号"),
        ("《“十四五”国家知识产权保护与运用规划》", "doc:国发〔2021〕20号"),
        # a document not in the data file keeps its written identity
        ("《南宁市知识产权强市建设实施方案》", "title:南宁市知识产权强市建设实施方案"),
        ("《广西知识产权强区建设纲要（2021—2035年）》", "title:广西知识产权强区建设纲要(2021-2035年)"),
    ],
)
def test_a_known_document_has_one_key(text: str, key: str) -> None:
    (found,) = find_citations(f"为贯彻落实{text}，制定本方案。", own_title=None, own_number=None)
    assert found.key == key


@pytest.fixture(scope="module")
def store(docs, tmp_path_factory) -> CypherStore:
    graph = open_store(f"embedded:{Path(tmp_path_factory.mktemp('cross')) / 'graph'}")
    graph.ensure_schema()
    graph.load(docs.values())
    yield graph
    graph.close()


def rows(store: CypherStore, name: str, **params: object) -> list[dict[str, object]]:
    return store.query(statement(name), params).rows


def test_the_library_counts_across_plans(store) -> None:
    ranking = rows(store, "agency_ranking", limit=3)
    assert ranking[0]["id"] == "agency/450100/market_regulation"
    assert ranking[0]["agency"] == "南宁市市场监督管理局"
    assert ranking[0]["total"] == 5  # named by 宾阳, 上林, 武鸣, 西乡塘 and 横州
    programmes = {r["programme"]: r["region_count"] for r in rows(store, "programme_regions")}
    assert programmes["高价值专利培育"] == 8
    assert programmes["专利导航"] == 4
    network = rows(store, "citation_network")
    top = network[0]
    assert "知识产权强国建设纲要" in str(top["document"])
    assert top["plans"] == 7
    assert sum(1 for r in network if r["document"] == "十四五国家知识产权保护和运用规划") == 1
    compared = rows(store, "targets_by_indicator", key="每万人口高价值发明专利拥有量", limit=20)
    assert len({r["region"] for r in compared}) == 8
