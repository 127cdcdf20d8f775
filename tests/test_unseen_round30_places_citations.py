"""Round 30: places, agencies and citations as plans of provinces the tests did not cover write them (a district
of Ordos, Kashgar prefecture, a 兵团 division-city, Fujian's and Jilin's customs, an autonomous prefecture of
Yunnan, Hangzhou and Hainan's special courts, development zones of Changsha, Chengdu and Guizhou, a city of
Henan citing its province's and the state's numbers).

What was read wrong before:

- a district's branch of its city's bureau written with the district's full name (市市场监管局东胜区分局) was named
  with the short one (鄂尔多斯市市场监督管理局东胜分局): the place as the plan writes it (…东胜区分局);
- an autonomous region's procuratorate's branch named by its prefecture's short name (自治区人民检察院喀什分院)
  stayed the autonomous region's, untyped: a 分院 serves a prefecture, 喀什地区's procuratorate;
- 第八师人民检察院 in a plan of 石河子市 (师市合一) was 石河子市人民检察院: a division's procuratorate is above its
  city's, as its court is (per_level);
- a customs house named for a place two levels down (马尾海关 in a plan of 福建省, 图们海关 in one of 吉林省) was
  placed in no region: the one place of that name inside the plan's;
- a customs office named for the place it serves (昆明海关楚雄办事处, 海口海关驻琼海办事处) was placed in its
  body's city (昆明市): in the place it serves (楚雄彝族自治州, the prefecture the word names, not 楚雄市);
- a court of special jurisdiction (杭州互联网法院, 海南自由贸易港知识产权法院, 上海金融法院) had no place: the place
  its name opens with, its identity still one everywhere;
- a zone's plan naming nobody for a task gave it to …开发区人民政府: a zone is run by its 管理委员会;
- a document number cited by its prefix alone (桂政发〔2022〕12号, 国办发, 苏知发, 鲁政办字, 国知办函运字) had no
  issuer: the prefix names it (广西壮族自治区人民政府, 国务院办公厅, 江苏省知识产权局, 山东省人民政府办公厅,
  国家知识产权局办公室), the provinces' one-character abbreviations read from the gazetteer; a city's prefix
  (杭政发, 鄂府办发 of 鄂尔多斯) and one a city shares with its province (宁政发) still name none;
- a title written with no marks after its issuer (按照省委、省政府关于加快建设知识产权强省的意见部署, 贯彻落实
  中共中央、国务院关于强化知识产权保护的意见（中办发〔2019〕56号）精神, …的实施意见和省政府关于…的通知要求,
  贯彻落实党中央、国务院决策部署和省委 省政府关于…的实施意见（黔党发〔2021〕12号）) was
  no citation (its number alone was one, with no title): the title, its issuer and its number; 按照市委、市政府
  关于…的决策部署 and 习近平总书记关于…的重要指示 name no document;
- merged bureaus named short had no type: 区科信局 (科学技术和信息化局) is science_tech, as 科技工信局; 县工科局
  and 县经科局 industry_it; 县商务粮食局 commerce.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ontology.vocab import gazetteer
from policykg.extract.citations import find_citations
from tests.plans import extracted, resolved_agency

DONGSHENG = "150602"  # 鄂尔多斯市东胜区
KASHGAR = "653100"  # 喀什地区
SHIHEZI = "659001"  # 石河子市, one with 第八师 (B660800)
CHUXIONG = "532300"  # 楚雄彝族自治州
LUOYANG = "410300"


def test_a_districts_branch_written_with_its_full_name_keeps_it() -> None:
    for surface in ("市市场监管局东胜区分局", "鄂尔多斯市市场监督管理局东胜区分局"):
        assert resolved_agency(DONGSHENG, surface) == (
            f"agency/{DONGSHENG}/market_regulation",
            "鄂尔多斯市市场监督管理局东胜区分局",
            "market_regulation",
            DONGSHENG,
        )
    assert resolved_agency(DONGSHENG, "市公安局东胜区分局")[1] == "鄂尔多斯市公安局东胜区分局"


def test_a_procuratorates_branch_named_by_a_short_name_is_the_prefectures() -> None:
    for plan in (KASHGAR, "650000", "653101"):
        assert resolved_agency(plan, "自治区人民检察院喀什分院") == (
            f"agency/{KASHGAR}/procuratorate",
            "喀什地区人民检察院",
            "procuratorate",
            KASHGAR,
        )
    assert resolved_agency("650000", "自治区人民检察院伊犁分院")[3] == "654000"


def test_a_divisions_procuratorate_is_not_its_citys() -> None:
    for surface in ("第八师人民检察院", "第八师检察院"):
        assert resolved_agency(SHIHEZI, surface) == (
            "agency/B660800/procuratorate",
            "第八师人民检察院",
            "procuratorate",
            "B660800",
        )
    assert resolved_agency(SHIHEZI, "市人民检察院")[0] == f"agency/{SHIHEZI}/procuratorate"


def test_a_customs_house_named_for_a_place_far_down_is_placed_there() -> None:
    assert resolved_agency("350000", "马尾海关")[2:] == ("customs", "350105")
    assert resolved_agency("350000", "马尾海关")[0] == resolved_agency("350100", "马尾海关")[0]
    assert resolved_agency("220000", "图们海关")[2:] == ("customs", "222402")


def test_a_customs_office_is_placed_where_it_serves() -> None:
    for plan in (CHUXIONG, "530100"):
        got = resolved_agency(plan, "昆明海关楚雄办事处")
        assert got[1:] == ("昆明海关楚雄办事处", "customs", CHUXIONG)
    assert resolved_agency("469005", "海口海关驻琼海办事处")[3] == "469002"
    assert resolved_agency("650200", "乌鲁木齐海关克拉玛依办事处")[3] == "650200"


def test_a_court_of_special_jurisdiction_sits_in_its_place() -> None:
    cases = {
        ("330110", "杭州互联网法院"): "330100",
        ("460100", "海南自由贸易港知识产权法院"): "460000",
        ("310000", "上海金融法院"): "310000",
        ("440100", "广州知识产权法院"): "440100",
    }
    for (plan, surface), region in cases.items():
        agency_id, name, type_id, placed = resolved_agency(plan, surface)
        assert (name, type_id, placed) == (surface, "court", region)
        assert agency_id.startswith("agency/named/")  # one identity in every plan
    assert resolved_agency("320100", "江南大学")[3] is None  # an institution's name places it nowhere


def test_a_zones_plan_is_its_committees() -> None:
    for title, committee in (
        ("长沙经济技术开发区知识产权强区建设工作方案", "长沙经济技术开发区管理委员会"),
        ("成都高新区知识产权工作要点（2024年）", "成都高新技术产业开发区管理委员会"),
    ):
        doc, _ = extracted(
            f"{title}\n为推进知识产权工作，制定本方案。\n一、重点任务\n（一）加强知识产权创造。培育高价值专利。\n"
        )
        defaults = [r.agency for t in doc.tasks for r in t.responsibilities if r.basis == "issuer_default"]
        assert [(a.name, a.type) for a in defaults] == [(committee, "zone_committee")]


def _issuers(text: str) -> dict[str | None, str | None]:
    return {c.doc_number: c.issuer for c in find_citations(text, own_title=None, own_number=None)}


def test_a_numbers_prefix_names_its_issuer() -> None:
    got = _issuers(
        "根据桂政发〔2022〕12号、苏知发〔2021〕3号和国办发〔2021〕20号文件精神，按照鲁政办字〔2022〕102号、"
        "粤府〔2021〕83号、国知发保字〔2021〕27号、国知办函运字〔2022〕582号要求，落实杭政发〔2021〕5号、"
        "鄂府办发〔2022〕15号、宁政发〔2021〕7号，贯彻川委发〔2021〕5号、苏发〔2021〕1号、苏委发〔2021〕2号。"
    )
    assert got == {
        "桂政发〔2022〕12号": "广西壮族自治区人民政府",
        "苏知发〔2021〕3号": "江苏省知识产权局",
        "国办发〔2021〕20号": "国务院办公厅",
        "鲁政办字〔2022〕102号": "山东省人民政府办公厅",
        "粤府〔2021〕83号": "广东省人民政府",
        "国知发保字〔2021〕27号": "国家知识产权局",
        "国知办函运字〔2022〕582号": "国家知识产权局办公室",
        "杭政发〔2021〕5号": None,  # a city's
        "鄂府办发〔2022〕15号": None,  # 鄂尔多斯's, not 湖北's (鄂政办发)
        "宁政发〔2021〕7号": None,  # 南京's or 宁夏's
        "川委发〔2021〕5号": "中共四川省委员会",
        "苏发〔2021〕1号": "中共江苏省委员会",
        "苏委发〔2021〕2号": None,  # 苏州's party committee
    }


def test_a_title_with_a_prefixed_number_takes_its_issuer() -> None:
    doc, _ = extracted(
        "洛阳市知识产权强市建设实施方案\n根据《河南省“十四五”知识产权发展规划》（豫政〔2021〕55号）和"
        "豫知发〔2022〕8号精神，制定本方案。\n一、重点任务\n（一）加强保护。（责任单位：市市监局、市科信局）\n"
    )
    assert {c.doc_number: c.issuer for c in doc.citations} == {
        "豫政〔2021〕55号": "河南省人民政府",
        "豫知发〔2022〕8号": "河南省知识产权局",
    }
    assert [r.agency.type for t in doc.tasks for r in t.responsibilities] == [
        "market_regulation",
        "science_tech",
    ]


def _cited(text: str) -> list[tuple[str | None, str | None, str | None, str]]:
    found = find_citations(text, own_title=None, own_number=None)
    return [(c.title, c.doc_number, c.issuer, c.quote) for c in found]


def test_a_title_written_without_marks_after_its_issuer_is_cited() -> None:
    assert _cited(
        "为贯彻落实省委、省政府关于加快建设知识产权强省的意见部署，按照市委、市政府关于知识产权工作的决策部署，"
        "根据中共中央、国务院关于强化知识产权保护的意见（中办发〔2019〕56号）精神，制定本方案。"
    ) == [
        (
            "关于加快建设知识产权强省的意见",
            None,
            "省委、省政府",
            "省委、省政府关于加快建设知识产权强省的意见",
        ),
        (
            "关于强化知识产权保护的意见",
            "中办发〔2019〕56号",
            "中共中央、国务院",
            "中共中央、国务院关于强化知识产权保护的意见（中办发〔2019〕56号",
        ),
    ]
    assert [
        c[:3]
        for c in _cited(
            "深入贯彻落实省委 省政府关于全面加强知识产权保护工作的实施意见和省政府关于印发"
            "知识产权强省建设方案的通知要求，落实习近平总书记关于知识产权工作的重要指示。"
        )
    ] == [
        ("关于全面加强知识产权保护工作的实施意见", None, "省委 省政府"),
        # (round 35) the notice issuing a document cites the document, as 关于印发《X》的通知 does
        ("知识产权强省建设方案", None, "省政府"),
    ]


def test_a_title_without_marks_joined_in_a_clause_a_cue_opens_is_cited() -> None:
    got = _cited(
        "为深入贯彻落实党中央、国务院关于知识产权工作的决策部署和省委 省政府关于知识产权强省建设的实施意见"
        "（黔党发〔2021〕12号）精神，全面加强管理和市政府关于印发方案的通知。"
    )
    assert [c[:3] for c in got] == [("关于知识产权强省建设的实施意见", "黔党发〔2021〕12号", "省委 省政府")]


_BODIES = ["省委", "省政府", "市委", "市人民政府", "国务院", "中共中央", "自治区党委", "县政府"]
_WORDS = ["加强", "知识产权", "保护", "、", "运用", "建设", "强省", "若干", "工作", "的", "全面", "2021年"]


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["根据", "按照", "贯彻落实", "依据", "落实"]),
    st.lists(st.sampled_from(_BODIES), min_size=1, max_size=3, unique=True),
    st.sampled_from(["、", " ", "和", ""]),
    st.lists(st.sampled_from(_WORDS), min_size=1, max_size=8),
    st.sampled_from(["的意见", "的实施意见", "的通知", "的决定", "实施方案"]),
    st.sampled_from(["精神", "部署", "要求", "，", "。"]),
)
def test_a_title_without_marks_is_read_whatever_its_words(
    cue: str, bodies: list[str], joiner: str, words: list[str], end: str, after: str
) -> None:
    issuer = joiner.join(bodies)
    title = "关于" + "".join(words) + end
    text = f"为推进知识产权工作，{cue}{issuer}{title}{after}结合实际，制定本方案。"
    assert _cited(text) == [(title, None, issuer, issuer + title)]


def test_a_merged_bureau_named_short_is_of_its_first_remit() -> None:
    for surface, type_id in (
        ("县科信局", "science_tech"),
        ("县工科局", "industry_it"),
        ("县经科局", "industry_it"),
        ("县商务粮食局", "commerce"),
    ):
        assert resolved_agency("430121", surface)[2] == type_id, surface


def test_every_province_has_one_abbreviation() -> None:
    provinces = [r for r in gazetteer().regions if r.level == "province" and not r.province_rank]
    letters = [r.abbreviation for r in provinces]
    assert None not in letters
    assert len(set(letters)) == len(letters) == 34


_PROVINCES = sorted(
    (r.abbreviation, r.name) for r in gazetteer().regions if r.abbreviation and r.abbreviation not in "宁"
)


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(_PROVINCES),
    st.sampled_from(["根据", "按照", "依据", "落实", "贯彻"]),
    st.integers(2000, 2030),
    st.integers(1, 999),
    st.sampled_from(["文件精神", "要求", "部署", "，", "和国发〔2021〕20号精神"]),
)
def test_a_provinces_number_names_its_government(
    province: tuple[str, str], cue: str, year: int, serial: int, after: str
) -> None:
    letter, name = province
    word = "府" if letter in "粤川渝沪赣黔琼" else "政"
    number = f"{letter}{word}发〔{year}〕{serial}号"
    got = _issuers(f"为推进知识产权工作，{cue}{number}{after}，制定本方案。")
    assert got[number] == f"{name}人民政府"


def test_a_number_inside_the_title_marks_names_its_issuer_too() -> None:
    """《…规划（国发〔2021〕20号）》: the number written inside the marks names its issuer as one after them does
    (before, only a number after the marks did: 国务院 there, nobody here)."""
    for sentence in (
        "贯彻《“十四五”国家知识产权保护和运用规划（国发〔2021〕20号）》，制定本方案。",
        "根据《“十四五”国家知识产权保护和运用规划》（国发〔2021〕20号），制定本方案。",
    ):
        doc, _ = extracted(
            f"某县知识产权工作方案\n\n{sentence}\n\n一、重点任务\n（一）开展专利导航。（县市场监管局负责）\n"
        )
        assert [(c.doc_number, c.issuer) for c in doc.citations] == [("国发〔2021〕20号", "国务院")], sentence
    doc, _ = extracted(
        "某县知识产权工作方案\n\n落实《湖南省专利资助办法（省知识产权局〔2022〕第6号）》。\n\n"
        "一、重点任务\n（一）开展专利导航。（县市场监管局负责）\n"
    )
    assert [c.issuer for c in doc.citations] == ["省知识产权局"]
