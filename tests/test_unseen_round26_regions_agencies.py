"""Round 26: agencies and regions named as plans of leagues, autonomous prefectures and counties, county-level
cities, development zones and counties write them in ways no test covered (plans written for the tests).

What was read wrong before:

- a league's or a prefecture's conventional short form (锡盟 for 锡林郭勒盟, 阿盟, 巴州, 克州, 博州) was no
  place: 锡盟市场监督管理局 was a body of its own named 锡林郭勒盟锡盟市场监督管理局;
- an autonomous county whose place name the gazetteer lists as no short form (景宁 of 景宁畲族自治县, an
  ordinary word) written with 县 (景宁县市场监管局) was read by the 宁县 inside it: 甘肃's 宁县's body;
  two autonomous counties sharing such a form kept the first one's, whatever the plan's place;
- the financial regulator's branch named by a place without its level word (恩施银保监分局) in the plan of the
  county-level city sharing the word was the city's, with an id of its own; its 监管支局 named so in the
  prefecture's plan likewise: the level word says the rank, as it does after the regulator's head;
- a merged bureau named by its fields (旗农牧和科技局) had an id of its own, not the banner's one agriculture
  body; the public resource trading centre and the government services bureau (公共资源交易中心,
  政务服务和大数据管理局) had no type or the data bureau's;
- a space inside a name (县 市场监管局, 县人民 法院, as text copied from a laid-out page has it) parted it
  into two units, 县 and 市场监管局;
- a zone's internal bureau of no known type (高新区社会事务局) kept the zone's word twice in its name
  (青岛高新技术产业开发区高新区社会事务局) and an id apart from the same bureau written bare;
- a city written without 市 before 市场监管局 (义乌市场监管局) was read as 义乌市 and 场监管局, no type;
- a title opening with a county-level city's name without 市 (义乌2024年知识产权工作要点) left the plan's
  region unknown though the plan speaks as a 市 throughout.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ontology.import_divisions import _AUTONOMOUS
from ontology.vocab import RegionEntry, gazetteer
from policykg.extract.agencies import AgencyRegistry
from policykg.extract.regions import RegionIndex, region_index
from tests.plans import extracted, resolved_agency, task_agencies


def _names(text: str) -> dict[str, str]:
    """Each agency's canonical name by its id."""
    doc, _ = extracted(text)
    return {a.id: a.name for a in doc.agencies}


XILINGOL = (
    "锡林郭勒盟知识产权强盟建设工作方案（2024—2026年）\n"
    "为深入贯彻知识产权强国建设纲要，加快推进我盟知识产权事业发展，结合锡盟实际，制定本方案。\n"
    "一、重点任务\n"
    "（一）打造畜产品地理标志品牌。围绕羊肉、奶制品等特色产品，推进地理标志运用。"
    "牵头单位：锡盟市场监督管理局；配合单位：盟农牧局、锡林郭勒银保监分局\n"
    "（二）加强知识产权执法。开展地理标志专用标志使用专项检查。牵头单位：盟市场监督管理局；配合单位：盟公安局\n"
)


def test_a_leagues_conventional_short_form_is_the_league() -> None:
    got = task_agencies(XILINGOL)
    market = "agency/152500/market_regulation"
    assert got["一.(一)"][0] == ("锡盟市场监督管理局", market, "market_regulation", "lead")
    assert got["一.(二)"][0][1] == market
    assert _names(XILINGOL)[market] == "锡林郭勒盟市场监督管理局"
    # 阿盟's bodies, in its own plan and in a banner's; the regulator keeps the place's name (阿拉善)
    for plan in ("152900", "152921"):
        assert resolved_agency(plan, "阿盟市场监管局")[0] == "agency/152900/market_regulation"
    assert resolved_agency("152900", "阿盟银保监分局")[:2] == (
        "agency/152900/financial_regulator_branch",
        "国家金融监督管理总局阿拉善监管分局",
    )


def test_a_short_form_two_places_share_is_the_one_near_the_plan() -> None:
    # 巴州 is 巴音郭楞蒙古自治州 in 新疆 and 巴中市's 巴州区 in 四川
    korla = (
        "库尔勒市知识产权工作要点（2024年）\n为推动我市知识产权工作，制定本要点。\n一、主要任务\n"
        "1.培育香梨地理标志。牵头单位：市市场监管局；配合单位：巴州市场监督管理局、巴州科技局\n"
    )
    got = task_agencies(korla)["一.1"]
    assert [u[1] for u in got[1:]] == ["agency/652800/market_regulation", "agency/652800/science_tech"]
    assert resolved_agency("511900", "巴州市场监管局")[0] == "agency/511902/market_regulation"
    assert resolved_agency("653000", "克州科技局")[0] == "agency/653000/science_tech"
    assert resolved_agency("652700", "博州市场监管局")[0] == "agency/652700/market_regulation"


JINGNING = (
    "景宁畲族自治县知识产权工作要点（2024年）\n为推动我县知识产权工作，结合县情，制定本要点。\n"
    "一、主要任务\n"
    "1.培育惠明茶地理标志。牵头单位：景宁县市场监管局；配合单位：丽水市市场监管局、县农业农村局\n"
    "2.加强商标品牌指导。牵头单位：县市场监管局；配合单位：县公共资源交易中心\n"
)


def test_an_autonomous_county_with_no_short_form_written_with_its_level_word() -> None:
    got = task_agencies(JINGNING)
    market = "agency/331127/market_regulation"
    assert got["一.1"][0] == ("景宁县市场监管局", market, "market_regulation", "lead")
    assert got["一.2"][0][1] == market
    assert got["一.2"][1] == (
        "县公共资源交易中心",
        "agency/331127/public_resource_trading",
        "public_resource_trading",
        "support",
    )
    # written so in its city's plan too, and never 甘肃's 宁县
    assert resolved_agency("331100", "景宁县科技局")[0] == "agency/331127/science_tech"
    assert resolved_agency("621000", "宁县科技局")[0] == "agency/621026/science_tech"


def _autonomous(entry_id: str, name: str, parent: str, short: tuple[str, ...] = ()) -> RegionEntry:
    return RegionEntry(id=entry_id, name=name, level="county", parent=parent, short=short)


def test_two_autonomous_counties_sharing_a_form_are_both_kept_for_the_context_to_settle() -> None:
    # two counties (made up for the test) in two provinces, each named 清溪 before its peoples' names
    entries = [
        *gazetteer().regions,
        _autonomous("439901", "清溪苗族自治县", "430000", ("清溪",)),
        _autonomous("449901", "清溪瑶族自治县", "440000", ("清溪",)),
    ]
    index = RegionIndex(entries)
    assert sorted(e.id for e in index.short["清溪县"]) == ["439901", "449901"]
    for county in ("439901", "449901"):  # a plan of either county reads the form as its own
        registry = AgencyRegistry(index, index.by_id[county], "doc-test")
        assert registry.resolve("清溪县科技局").region_id == county


def test_a_regulators_branch_named_by_a_shared_word_is_of_the_rank_its_ending_says() -> None:
    enshi = (
        "恩施市知识产权工作要点（2024年）\n为推动我市知识产权高质量发展，结合我市实际，制定本要点。\n"
        "一、主要任务\n1.深化知识产权质押融资。扩大质押融资规模。牵头单位：恩施银保监分局；"
        "配合单位：市市场监管局、市政务服务和大数据管理局\n"
    )
    got = task_agencies(enshi)["一.1"]
    assert got[0] == (
        "恩施银保监分局",
        "agency/422800/financial_regulator_branch",
        "financial_regulator_branch",
        "lead",
    )
    assert got[2][1:3] == ("agency/422801/government_services", "government_services")
    # its sub-branch named so in the prefecture's plan is the city's; the branch stays the prefecture's
    assert resolved_agency("422800", "恩施银保监支局")[3] == "422801"
    assert resolved_agency("422800", "恩施银保监分局")[3] == "422800"
    assert resolved_agency("422801", "恩施金融监管支局")[0] == "agency/422801/financial_regulator_branch"


def test_a_merged_bureau_is_the_one_body_of_its_first_fields_type() -> None:
    text = (
        "阿拉善左旗知识产权工作实施方案\n为推进我旗知识产权工作，结合旗情实际，制定本方案。\n一、主要任务\n"
        "（一）培育沙产业地理标志。推进肉苁蓉、锁阳地理标志运用。牵头单位：旗农牧和科技局；"
        "配合单位：旗市场监督管理局、旗公共资源交易中心\n"
        "（二）推广特色品种。牵头单位：旗农牧局\n"
    )
    got = task_agencies(text)
    agriculture = "agency/152921/agriculture"
    assert got["一.(一)"][0] == ("旗农牧和科技局", agriculture, "agriculture", "lead")
    assert got["一.(二)"][0][1] == agriculture
    assert got["一.(一)"][2][1] == "agency/152921/public_resource_trading"
    assert _names(text)[agriculture] == "阿拉善盟阿拉善左旗农牧和科技局"


SPACED = (
    "浦江县知识产权工作要点（2024年）\n为推进我县知识产权工作，结合浦江实际，制定本要点。\n一、重点任务\n"
    "1.打击侵权假冒。牵头单位：县 市场监管局；配合单位：县公安局、县人民 法院、县 人民检察院\n"
    "2.加强宣传。牵头单位：县委 宣传部；配合单位：县市场监管局 县公安局\n"
)


def test_a_space_inside_a_name_keeps_it_one_name() -> None:
    got = task_agencies(SPACED)
    assert [(u[0], u[1]) for u in got["一.1"]] == [
        ("县 市场监管局", "agency/330726/market_regulation"),
        ("县公安局", "agency/330726/public_security"),
        ("县人民 法院", "agency/330726/court"),
        ("县 人民检察院", "agency/330726/procuratorate"),
    ]
    # a space between two names still parts them
    assert [u[1] for u in got["一.2"]] == [
        "agency/330726/publicity_department",
        "agency/330726/market_regulation",
        "agency/330726/public_security",
    ]


def test_a_zones_internal_bureau_of_no_known_type() -> None:
    text = (
        "青岛高新区知识产权工作要点（2024年）\n为推进高新区知识产权工作，结合高新区实际，制定本要点。\n"
        "一、重点任务\n1.加强企业专利培育。牵头单位：高新区经发局；配合单位：高新区社会事务局\n"
        "2.开展知识产权进校园。牵头单位：社会事务局\n"
    )
    got = task_agencies(text)
    assert got["一.1"][0][1] == "agency/Z37020011/development_reform"
    affairs = got["一.1"][1][1]
    assert got["一.2"][0][1] == affairs
    assert _names(text)[affairs] == "青岛高新技术产业开发区社会事务局"


def test_a_city_written_without_its_shi_before_the_market_regulator() -> None:
    text = (
        "金华市知识产权工作要点（2024年）\n为推动知识产权强市建设，制定本要点。\n一、重点任务\n"
        "1.强化市场知识产权保护。牵头单位：市市场监管局；配合单位：义乌市场监管局、东阳市市场监管局\n"
    )
    got = task_agencies(text)["一.1"]
    assert [u[1:3] for u in got[1:]] == [
        ("agency/330782/market_regulation", "market_regulation"),
        ("agency/330783/market_regulation", "market_regulation"),
    ]


def test_a_title_opening_with_a_county_level_citys_name_without_shi() -> None:
    text = (
        "义乌2024年知识产权工作要点\n为推动知识产权强市建设，结合义乌实际，制定本要点。\n一、重点任务\n"
        "1.强化小商品知识产权保护。牵头单位：市市场监管局；配合单位：市公安局\n"
    )
    doc, _ = extracted(text)
    assert doc.plan.region is not None
    assert (doc.plan.region.id, doc.plan.region.method) == ("330782", "title")
    assert doc.tasks[0].responsibilities[0].agency.id == "agency/330782/market_regulation"
    # a plan speaking as a 县 is no 市's
    county = (
        text.replace("强市", "强县").replace("市市场监管局", "县市场监管局").replace("市公安局", "县公安局")
    )
    doc, _ = extracted(county)
    assert doc.plan.region is None or doc.plan.region.id != "330782"


_INDEX = region_index()


def _autonomous_form(entry: RegionEntry) -> str | None:
    """An autonomous county's or banner's place name and plain level word (景宁县, 莫力达瓦旗), unless the place's
    name is a region's own (河南 of 河南蒙古族自治县)."""
    found = _AUTONOMOUS.match(entry.name)
    place = entry.short[0] if entry.short else found.group(1) if found else None
    if place is None or any(
        o.id != entry.id for o in (*_INDEX.full.get(place, ()), *_INDEX.short.get(place, ()))
    ):
        return None
    return place + entry.name[-1]


_AUTONOMOUS_FORMS = sorted(
    (e.id, form)
    for e in _INDEX.by_id.values()
    if e.level == "county" and e.name.endswith(("自治县", "自治旗")) and (form := _autonomous_form(e))
)
_CITIES = sorted(
    e.id
    for e in _INDEX.by_id.values()
    if e.level == "county_city" and e.abolished is None and len(_INDEX.full.get(e.name, [])) == 1
)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_AUTONOMOUS_FORMS), st.sampled_from(["市场监督管理局", "科技局", "人民政府"]))
def test_every_autonomous_county_written_with_its_level_word_is_the_county(
    county: tuple[str, str], body: str
) -> None:
    region_id, written = county
    for plan_region in (region_id, _INDEX.by_id[region_id].parent or region_id):
        assert resolved_agency(plan_region, written + body)[3] == region_id


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_CITIES))
def test_every_county_level_city_without_its_shi_before_its_market_regulator(city: str) -> None:
    entry = _INDEX.by_id[city]
    plan = entry.parent or city
    assert resolved_agency(plan, entry.name[:-1] + "市场监管局")[0] == f"agency/{city}/market_regulation"


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["县市场监管局", "县人民法院", "县委宣传部", "县公安局", "县人民检察院", "县科技局"]),
    st.integers(min_value=1, max_value=3),
    st.sampled_from([" ", "\u3000", "  "]),
)
def test_a_space_anywhere_in_a_name_after_its_head(name: str, cut: int, space: str) -> None:
    spaced = name[:cut] + space + name[cut:]
    text = f"宁陕县知识产权工作要点\n为推动我县知识产权工作，制定本要点。\n一、重点工作\n1.开展宣传。牵头单位：{spaced}\n"
    got = task_agencies(text)["一.1"]
    assert [u[1] for u in got] == [resolved_agency("610923", name)[0]]
