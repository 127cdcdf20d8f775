"""Round 16, plans from autonomous prefectures, counties and banners, Xinjiang's 地区 and Inner Mongolia's 盟
and 旗, written for the tests.

What the plans show, and what was wrong before:

- An autonomous county, banner or prefecture names its own bodies with the whole level word (自治县科技局,
  自治旗市场监督管理局, 自治州人民政府) as often as with its last character (县科技局): the whole word was
  no level prefix, so 自治县科技局 in a plan of 长阳土家族自治县 read as 宜昌市长阳土家族自治县自治县科技局 of no
  known type.
- The gazetteer's generator read autonomous areas named without 族 after the people (伊犁哈萨克自治州,
  巴里坤哈萨克自治县, 塔什库尔干塔吉克自治县) and those of 各族 (龙胜各族自治县) or a city's ethnic district
  (管城回族区) wrongly: short forms such as 巴里坤哈萨克自治 and 管城回族, and no 伊犁州; and it dropped the X州 of
  恩施州, 楚雄州, 德宏州 and 玉树州. A title 恩施州知识产权强州建设工作方案 named no known region, and
  人行恩施州中心支行 was placed nowhere.
- A prefecture's vertical bodies are named with its name bare (恩施银保监分局, 阿克苏海关, 兴安银保监分局): in
  a plan of 恩施州 the word 恩施 placed the body in 恩施市 (a county-level child of the same stem) as a name of
  its own, a body other than the 州金融监管分局 of the same plan.
- A financial regulator's county office named under its city's (苏州金融监管分局昆山监管支局, the pre-2023
  金华金融监管分局义乌监管组) was of no type, placed in the city; 监管组 did not even end like a body, so the
  note (旗财政局、人行正蓝旗支行、锡林郭勒金融监管分局正蓝旗监管组按职责分工负责) named nobody. A full name
  with a county that has no short form (国家金融监督管理总局金华监管分局义乌监管支局) was placed nowhere.
- 两江新区公安分局 read as 重庆市公安局两江新分局 (新区 cut as if 区 were its level word).
- 地理标志商标新增2件，总数达到6件: the second target's indicator was the bare 总数; 新培育省级知识产权优势企业3家
  kept 新培育 in its indicator and was no increment.
- A county plan's 市市场监管局负责专利行政执法，市公安局配合。: the unit leading was recorded implicit and the
  one helping not at all.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ontology.import_divisions import _ETHNIC, _WITHOUT_ZU, _short
from policykg.extract.regions import region_index
from tests.plans import extracted, named_units, resolved_agency

CHANGYANG = "420528"  # 长阳土家族自治县
EWENKI = "150724"  # 鄂温克族自治旗
LIANGSHAN = "513400"  # 凉山彝族自治州
ENSHI = "422800"  # 恩施土家族苗族自治州
AKSU = "652900"  # 阿克苏地区
HINGGAN = "152200"  # 兴安盟
YIWU = "330782"  # 义乌市
ZHENGLAN = "152530"  # 正蓝旗

CHANGYANG_PLAN = """长阳土家族自治县知识产权强县建设试点工作方案

为加快推进知识产权强县建设，结合自治县实际，制定本方案。

一、主要任务
1.推动专利创造。支持企业建立研发机构，开展专利申请。牵头单位：自治县科技局；责任单位：自治县经信局、县市场监管局。
2.加强商标品牌建设。围绕清江椪柑等特色产品培育地理标志商标。牵头单位：县市场监督管理局；责任单位：县农业农村局、各乡镇人民政府。

长阳土家族自治县人民政府
2022年8月1日
"""


def test_whole_autonomous_level_word_is_a_relative_prefix() -> None:
    doc, _ = extracted(CHANGYANG_PLAN)
    assert doc.plan.region is not None
    assert doc.plan.region.id == CHANGYANG
    by_surface = {a.surfaces[0]: (a.name, a.type, a.region_id) for a in doc.agencies}
    assert by_surface["自治县科技局"] == ("宜昌市长阳土家族自治县科学技术局", "science_tech", CHANGYANG)
    assert by_surface["自治县经信局"] == ("宜昌市长阳土家族自治县工业和信息化局", "industry_it", CHANGYANG)
    units = named_units(doc)
    assert ("自治县科技局", "lead", "annotation") in units["一.1"]


def test_autonomous_prefixes_resolve_to_the_plan_region() -> None:
    assert resolved_agency(EWENKI, "自治旗市场监督管理局") == (
        f"agency/{EWENKI}/market_regulation",
        "呼伦贝尔市鄂温克族自治旗市场监督管理局",
        "market_regulation",
        EWENKI,
    )
    assert resolved_agency(LIANGSHAN, "自治州人民政府")[1:] == (
        "凉山彝族自治州人民政府",
        "government",
        LIANGSHAN,
    )
    # the same body as 州市场监管局 of the same plan
    assert (
        resolved_agency(LIANGSHAN, "自治州市场监督管理局")[0] == resolved_agency(LIANGSHAN, "州市场监管局")[0]
    )


ENSHI_PLAN = """恩施州知识产权强州建设工作方案（2023—2025年）

为加快推进知识产权强州建设，结合我州实际，制定本方案。

一、总体目标
到2025年，全州有效发明专利达到800件以上，地理标志商标新增10件，总数达到60件。

二、重点任务
（一）强化知识产权金融服务。推广知识产权质押融资。（责任单位：人行恩施州中心支行、恩施银保监分局、州财政局）
（二）加强地理标志保护。（牵头单位：州市场监管局；配合单位：州金融监管分局、各县市人民政府）
"""


def test_autonomous_prefecture_short_name_in_title_and_bodies() -> None:
    doc, _ = extracted(ENSHI_PLAN)
    region = doc.plan.region
    assert region is not None
    assert (region.id, region.level, region.method) == (ENSHI, "prefecture", "title")
    by_surface = {s: a for a in doc.agencies for s in a.surfaces}
    bank = by_surface["人行恩施州中心支行"]
    assert (bank.name, bank.type, bank.region_id) == (
        "中国人民银行恩施州中心支行",
        "central_bank_branch",
        ENSHI,
    )
    regulator = by_surface["恩施银保监分局"]
    assert (regulator.name, regulator.type, regulator.region_id) == (
        "国家金融监督管理总局恩施监管分局",
        "financial_regulator_branch",
        ENSHI,
    )
    assert by_surface["州金融监管分局"] is regulator  # one body however the plan writes it


def test_total_after_an_increment_names_what_was_counted() -> None:
    doc, _ = extracted(ENSHI_PLAN)
    got = {(t.indicator, t.value, t.unit, t.comparator) for t in doc.targets}
    assert ("地理标志商标", 10.0, "件", "=") in got
    assert ("地理标志商标总数", 60.0, "件", ">=") in got
    assert not any(t.indicator == "总数" for t in doc.targets)


def test_total_word_variants() -> None:
    doc, _ = extracted(
        "某某县知识产权工作要点\n一、工作目标\n到2025年，有效注册商标新增5000件，总量突破3万件。\n"
    )
    got = {(t.indicator, t.value, t.unit) for t in doc.targets}
    assert ("有效注册商标总量", 3.0, "万件") in got


def test_prefecture_vertical_bodies_named_with_the_bare_name() -> None:
    assert resolved_agency(AKSU, "阿克苏海关") == (f"agency/{AKSU}/customs", "阿克苏海关", "customs", AKSU)
    assert resolved_agency(AKSU, "地区金融监管分局")[1] == "国家金融监督管理总局阿克苏监管分局"
    assert resolved_agency(HINGGAN, "兴安银保监分局") == (
        f"agency/{HINGGAN}/financial_regulator_branch",
        "国家金融监督管理总局兴安监管分局",
        "financial_regulator_branch",
        HINGGAN,
    )
    # the county-level city's own plan keeps a body named for it as its own (a maybe-served customs house)
    assert resolved_agency(YIWU, "义乌海关")[3] == YIWU


BANNER_PLAN = """正蓝旗2024年知识产权工作要点

一、重点工作
（一）推进畜牧业品牌建设。支持奶食品申请地理标志证明商标。（旗市场监督管理局牵头，旗农牧和科技局、各苏木镇人民政府配合）
（二）推进知识产权金融。鼓励金融机构开展知识产权质押融资。（旗财政局、人行正蓝旗支行、锡林郭勒金融监管分局正蓝旗监管组按职责分工负责）

正蓝旗市场监督管理局
2024年3月15日
"""


def test_regulator_outpost_ends_a_body_in_a_note() -> None:
    doc, _ = extracted(BANNER_PLAN)
    units = named_units(doc)
    surfaces = [s for s, _, _ in units["一.(二)"]]
    assert surfaces == ["旗财政局", "人行正蓝旗支行", "锡林郭勒金融监管分局正蓝旗监管组"]
    outpost = next(a for a in doc.agencies if "锡林郭勒金融监管分局正蓝旗监管组" in a.surfaces)
    assert (outpost.name, outpost.type, outpost.region_id) == (
        "国家金融监督管理总局锡林郭勒监管分局正蓝旗监管组",
        "financial_regulator_branch",
        ZHENGLAN,
    )
    # the county's one office of the regulator, however it is written
    assert resolved_agency(ZHENGLAN, "锡林郭勒银保监分局正蓝旗监管组")[0] == outpost.id


def test_regulator_county_office_named_under_its_city() -> None:
    """苏州金融监管分局昆山监管支局 (the 2023 form) and 金华金融监管分局义乌监管组 (the older one) are the
    county's office of the regulator, the body 市金融监管支局 names in the county's plan; a county or city
    without a short form (义乌市, 金华市) is read without its level word after the head."""
    kunshan = "320583"
    office = f"agency/{kunshan}/financial_regulator_branch"
    assert resolved_agency(kunshan, "苏州金融监管分局昆山监管支局") == (
        office,
        "国家金融监督管理总局苏州监管分局昆山监管支局",
        "financial_regulator_branch",
        kunshan,
    )
    assert resolved_agency(kunshan, "市金融监管支局")[0] == office
    yiwu_office = f"agency/{YIWU}/financial_regulator_branch"
    assert resolved_agency(YIWU, "金华金融监管分局义乌监管组")[0] == yiwu_office
    assert resolved_agency(YIWU, "国家金融监督管理总局金华监管分局义乌监管支局")[0] == yiwu_office
    assert resolved_agency(YIWU, "市金融监管支局") == (
        yiwu_office,
        "国家金融监督管理总局义乌监管支局",
        "financial_regulator_branch",
        YIWU,
    )


def test_new_area_police_branch_keeps_new_area() -> None:
    """A state-level new area without a short form: its police branch is 重庆市公安局两江新区分局, not …两江新分局."""
    liangjiang = "Z50000001"
    assert resolved_agency(liangjiang, "两江新区公安分局")[1] == "重庆市公安局两江新区分局"


def test_gazetteer_short_forms_of_autonomous_areas() -> None:
    index = region_index()
    for short, region_id in (
        ("伊犁州", "654000"),
        ("恩施州", ENSHI),
        ("楚雄州", "532300"),
        ("德宏州", "533100"),
        ("巴里坤", "650521"),
        ("塔什库尔干", "653131"),
        ("龙胜", "450328"),
        ("管城", "410104"),
    ):
        assert [e.id for e in index.lookup(short)] == [region_id], short
    junk = [s for e in index.by_id.values() for s in e.short if s.endswith(("自治", "族"))]
    assert junk == []


def test_title_with_short_name_without_zu() -> None:
    doc, _ = extracted(
        "伊犁州2025年知识产权工作要点\n一、重点工作\n（一）加强商标保护。（责任单位：州市场监管局）\n"
    )
    assert doc.plan.region is not None
    assert doc.plan.region.id == "654000"


_PEOPLES = _ETHNIC.split("|")
_BARE_PEOPLES = _WITHOUT_ZU.split("|")
_STEM = st.text(alphabet="长阳恩施凉山伊犁龙胜木垒玉屏金平", min_size=2, max_size=4)


@given(
    _STEM,
    st.lists(
        st.one_of(st.sampled_from(_PEOPLES).map(lambda p: p + "族"), st.sampled_from(_BARE_PEOPLES)),
        min_size=1,
        max_size=4,
    ),
    st.sampled_from(["自治州", "自治县", "自治旗"]),
)
def test_autonomous_short_is_the_place_name(stem: str, peoples: list[str], level: str) -> None:
    """Whatever peoples an autonomous area is named for, with 族 or (蒙古, 哈萨克 …) without, its short
    form is the place's own name before them (with 州 for a prefecture), never holding 自治."""
    name = stem + "".join(peoples) + level
    short = _short(name)
    assert short == stem + ("州" if level == "自治州" else "")


@given(st.sampled_from(_PEOPLES), st.booleans(), st.sampled_from(["自治州", "自治县", "自治旗"]))
def test_area_named_for_its_people_alone_has_no_short(people: str, zu: bool, level: str) -> None:
    """东乡族自治县, 鄂伦春自治旗: the people's name is no place's short form."""
    assert _short(people + ("族" if zu else "") + level) is None


HELPERS_PLAN = """延吉市2023年知识产权工作要点
一、重点任务
（一）加强专利执法。市市场监管局负责专利行政执法，市公安局配合。
（二）推动金融服务。由市市场监管局负责开展质押融资工作，市金融办、市财政局积极配合。
（三）加强协作。市市场监管局会同市公安局开展专项行动，各乡镇人民政府配合。
（四）抓好落实。市市场监管局负责统筹，各部门要积极配合。
"""


def test_units_closing_an_obligation_with_a_support_word_help_its_subject() -> None:
    """'A负责…，B配合。': A leads and B supports (B's clause read as a role clause, A's as prose); before, A was
    recorded implicit and B not at all (or as a second implicit subject when 积极 stood before 配合). Units
    exhorted to help (各部门要积极配合) help a body answering for the work (round 31), else no one."""
    doc, _ = extracted(HELPERS_PLAN)
    roles = {
        path: {(surface, role) for surface, role, _ in units} for path, units in named_units(doc).items()
    }
    assert roles["一.(一)"] == {("市市场监管局", "lead"), ("市公安局", "support")}
    assert roles["一.(二)"] == {("市市场监管局", "lead"), ("市金融办", "support"), ("市财政局", "support")}
    assert ("各乡镇人民政府", "support") in roles["一.(三)"]
    assert ("市市场监管局", "lead") in roles["一.(三)"]
    # after a body answering for the work, units exhorted to help are its helpers (round 31: the body was
    # implicit and the units nobody's)
    assert roles["一.(四)"] == {("市市场监管局", "lead"), ("各部门", "support")}


def test_new_before_a_verb_of_adding_is_an_increment() -> None:
    text = (
        "某某县知识产权工作要点\n一、工作目标\n到2025年，新培育省级知识产权优势企业3家，新认定国家知识产权"
        "示范企业1家，新引进知识产权服务机构5家，新获批国家级知识产权试点园区2个。\n"
    )
    doc, _ = extracted(text)
    got = {(t.indicator, t.value, tuple(t.flags)) for t in doc.targets}
    assert ("省级知识产权优势企业", 3.0, ("increment",)) in got
    assert ("国家知识产权示范企业", 1.0, ("increment",)) in got
    assert ("知识产权服务机构", 5.0, ("increment",)) in got
    assert ("国家级知识产权试点园区", 2.0, ("increment",)) in got
