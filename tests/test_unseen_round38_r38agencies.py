"""Round 38: the names, types and identities of the bodies county, city and district plans of 湖南, 广西, 浙江,
天津, 上海, 贵州, 云南, 广东 and 内蒙古 name in their responsibility notes (浏阳市, 长沙县, 宾阳县, 恭城县, 乐清市,
武清区, 闵行区, 遵义市, 勐海县, 澄海区, 达拉特旗).

What was read wrong before:

- a party committee named by a relative prefix alone (县委, 市委, 区委, 旗委) was a body of no type named
  长沙市市委 or 长沙市芙蓉区区委, apart from 长沙市委 and 中共长沙市委 (市委 in a district's plan is its city's);
  the autonomous region's committee written 自治区党委 or 区党委 was of no type either;
- bureaus county plans name in their tasks had no type: 外事办 (外办, 外事侨务办), 侨办, 广电局, 体育局, 应急管理局
  (应急局), 水利局 (水务局), 审计局, 退役军人事务局, 海洋与渔业局 (海洋局), 畜牧兽医局, 粮食和物资储备局, 经贸局, the
  regulators before 2018 (工商局, 质监局, 食药监局, the last taken for the 药监局), 人大常委会, 政协, 党校, 红十字会;
  the commissions of 北京's, 天津's and 上海's districts (区城市管理委, 区建设和管理委员会, 区交通委, 区规划资源局)
  had none or were a zone's 管理委员会; 县生态环境分局 was none;
- one body written two ways had two identities: 县人民政府金融办 and 县政府金融办, 县科技商务局 (a merged bureau
  named with no joiner) and 县科技局, while 县农牧和科技局 and 县农牧局 already shared one;
- 金融监管分局 or 银保监分局 written bare in a county's or district's plan was named 国家金融监督管理总局长沙监管分局
  长沙分局, a branch of the city's office named for the county, not the city's office (分局 names a city's);
- a city's bureau whose alias opens with 民 after the prefix 市 (市民政局, 市民宗局, 市民宗委) was read as a body
  named 市民… of no identity of its type (浏阳市市民政局), 市民 being words a name of no type opens with;
- bodies sharing the ending written once after the last (市科技、工信局, 县发改、财政、商务局) were read as 市科技 (a
  body of no type) and the plan's 工信局, the prefix lost;
- the towns gathered with the subdistricts or the places gathered, standing after other names in one list
  (配合单位：县农业农村局、各乡镇、街道; 县财政局、各县、市、区人民政府; 县农业农村局、各乡、镇人民政府), were read apart
  (各乡镇 and a subdistrict 街道), as they were not when they opened the list; 各乡（镇）人民政府, 各镇（乡） and
  各乡、镇 were collectives apart from 各乡镇人民政府 and 各乡镇;
- 各县（市、区）金融办 and 各县（市、区）委宣传部 were the governments gathered (all_governments), not each place's
  office or department;
- 贵州's 工业和能源局 had no type; 广东's 区外事局, 区侨务局, 浙江's 市金融工作中心 and the party committee's 市委外办
  had none (or no identity of their type); the short banner names 达旗, 伊旗, 鄂旗 (达旗政府) named no banner;
- 各镇人民政府、各街道办事处按属地负责 named a body 各街道办事处按属地;
- bodies sharing an ending after 会同 in prose (由市市场监管局会同市科技、工信局推进) named no partner at all, the
  sentence falling to its subject alone (implicit); 版纳州 (西双版纳州 written short) named a body of the plan's county
  (勐海县版纳州市场监管局);
- the counties, cities and districts gathered in another order or bracketing (各县市区人民政府, 各县、市、区人民政府,
  各县区市, 各县（区、市）, 各县市区市场监管局, 各县（市）区科技局) were collectives apart from 各县（市、区）人民政府 and
  各县（市、区）市场监管局; the towns or the subdistricts named alone and by their governments or offices (各乡镇 and
  各乡镇人民政府, 各镇 and 各镇人民政府, 各街道 and 各街道办事处) were two collectives each; 乡镇人民政府, 乡镇 and
  镇街 written without 各 were one town (type town), and 乡镇、街道 a town and a subdistrict;
- 海南's province-level 海洋厅, 应急厅 and 旅文厅 (旅游和文化广电体育厅) had no type;
- a party committee named by its prefix alone opening a list that is a sentence's subject (县委、县政府将知识产权工作
  纳入绩效考核) was read as the work before the body (…县政府), only the government named;
- a bracket closing the last name of a label's list (配合单位：市农业农村局、各乡镇（街道）。, 市市场监管局（知识产权
  局）。) was also read as a note of its own after work, naming 街道 (a subdistrict) or 知识产权局 a second time.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import plan_units, resolved_agency, task_agencies

LIUYANG = "浏阳市2025年知识产权工作要点\n为做好2025年全市知识产权工作，制定本要点。\n一、重点任务\n"
BINYANG = "宾阳县2025年知识产权工作要点\n为做好2025年全县知识产权工作，制定本要点。\n一、重点任务\n"
YUEQING = "乐清市2025年知识产权工作要点\n为做好2025年全市知识产权工作，制定本要点。\n一、重点任务\n"


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(
        [
            ("430100", "市委", "中共长沙市委", "430100"),  # 长沙市
            ("430102", "区委", "芙蓉区委", "430102"),  # 芙蓉区
            ("430102", "市委", "长沙市委", "430100"),
            ("430121", "县委", "长沙县委", "430121"),  # 长沙县
            ("150221", "旗委", "土右旗委", "150221"),  # 土默特右旗
            ("222401", "州委", "延边州委", "222400"),  # 延吉市
            ("450332", "区党委", "自治区党委", "450000"),  # 恭城瑶族自治县
        ]
    )
)
def test_a_party_committee_named_by_its_prefix_alone(case: tuple[str, str, str, str]) -> None:
    region, bare, full, placed = case
    agency_id, _, kind, where = resolved_agency(region, bare)
    assert (agency_id, kind, where) == (f"agency/{placed}/party_committee", "party_committee", placed)
    assert resolved_agency(region, full)[0] == agency_id


def test_a_one_character_county_writes_its_level_word_again_before_its_committee() -> None:
    assert resolved_agency("371721", "县委")[1:3] == ("菏泽市曹县县委", "party_committee")  # 曹县


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(
        [
            ("县外事办", "foreign_affairs", "长沙县外事办公室"),
            ("县外办", "foreign_affairs", "长沙县外事办公室"),
            ("县外事侨务办", "foreign_affairs", "长沙县外事办公室"),
            ("县侨办", "overseas_chinese_affairs", "长沙县侨务办公室"),
            ("县广电局", "radio_tv", "长沙县广播电视局"),
            ("县体育局", "sports", "长沙县体育局"),
            ("县应急局", "emergency_management", "长沙县应急管理局"),
            ("县应急管理局", "emergency_management", "长沙县应急管理局"),
            ("县水利局", "water_resources", "长沙县水利局"),
            ("县审计局", "audit", "长沙县审计局"),
            ("县退役军人局", "veterans_affairs", "长沙县退役军人事务局"),
            ("县海洋与渔业局", "ocean_fishery", "长沙县海洋与渔业局"),
            ("县畜牧兽医局", "animal_husbandry", "长沙县畜牧兽医局"),
            ("县粮食和物资储备局", "grain_reserves", "长沙县粮食和物资储备局"),
            ("县经贸局", "industry_it", "长沙县经贸局"),
            ("县工商局", "industry_commerce_admin", "长沙县工商行政管理局"),
            ("县质监局", "quality_supervision", "长沙县质量技术监督局"),
            ("县食药监局", "food_drug_administration", "长沙县食品药品监督管理局"),
            ("县人大常委会", "people_congress", "长沙县人大常委会"),
            ("县政协", "cppcc", "长沙县政协"),
            ("县委党校", "party_school", "长沙县委党校"),
            ("县红十字会", "red_cross", "长沙县红十字会"),
        ]
    )
)
def test_bureaus_a_county_names_have_a_type(case: tuple[str, str, str]) -> None:
    surface, kind, name = case
    assert resolved_agency("430121", surface) == (f"agency/430121/{kind}", name, kind, "430121")


@settings(max_examples=15, deadline=None)
@given(
    st.sampled_from(
        [
            ("区城市管理委", "urban_management"),
            ("区城市管理委员会", "urban_management"),
            ("区建设和管理委员会", "housing"),
            ("区建管委", "housing"),
            ("区住建委", "housing"),
            ("区交通委", "transport"),
            ("区规划资源局", "natural_resources"),
            ("区生态环境分局", "ecology_environment"),
        ]
    ),
    st.sampled_from(["310112", "120114"]),  # 闵行区, 武清区
)
def test_a_municipalitys_district_commissions_are_no_zone_committees(
    case: tuple[str, str], region: str
) -> None:
    surface, kind = case
    assert resolved_agency(region, surface)[::2] == (f"agency/{region}/{kind}", kind)


@settings(max_examples=12, deadline=None)
@given(
    st.sampled_from(
        [
            ("县人民政府金融办", "县政府金融办", "local_finance"),
            ("县人民政府外事办公室", "县外办", "foreign_affairs"),
            ("县科技商务局", "县科技局", "science_tech"),
            ("县财政国资局", "县财政局", "finance"),
            ("县农业农村水利局", "县农业农村局", "agriculture"),
        ]
    )
)
def test_one_body_written_two_ways_has_one_identity(case: tuple[str, str, str]) -> None:
    first, second, kind = case
    assert (
        resolved_agency("430121", first)[0] == resolved_agency("430121", second)[0] == f"agency/430121/{kind}"
    )
    # while a bureau and a merged bureau naming its field second, or a head and a bare place, stay apart
    assert resolved_agency("430121", "县水利局")[0] != resolved_agency("430121", "县农业农村水利局")[0]
    assert resolved_agency("510116", "人行双流")[3] is None  # a head and a place with no level: unplaced


@settings(max_examples=12, deadline=None)
@given(
    st.sampled_from(["金融监管分局", "银保监分局", "县金融监管分局", "区金融监管分局"]),
    st.sampled_from(["430121", "430102"]),  # 长沙县, 芙蓉区
)
def test_a_bare_financial_regulators_branch_in_a_countys_plan_is_its_citys(surface: str, region: str) -> None:
    assert resolved_agency(region, surface) == (
        "agency/430100/financial_regulator_branch",
        "国家金融监督管理总局长沙监管分局",
        "financial_regulator_branch",
        "430100",
    )
    # a county-level city ranked as a prefecture keeps its own; a 支局 is the county's
    assert resolved_agency("429004", "金融监管分局")[:2] == (  # 仙桃市
        "agency/429004/financial_regulator_branch",
        "国家金融监督管理总局仙桃监管分局",
    )
    assert resolved_agency("430121", "金融监管支局")[0] == "agency/430121/financial_regulator_branch"


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(
        [
            ("市科技、工信局", [("市科技局", "science_tech"), ("市工信局", "industry_it")]),
            (
                "市发改、财政、商务局",
                [("市发改局", "development_reform"), ("市财政局", "finance"), ("市商务局", "commerce")],
            ),
            ("市委组织、宣传部", [("市委组织部", "org_department"), ("市宣传部", "publicity_department")]),
            ("市卫健、民宗委", [("市卫健委", "health"), ("市民宗委", "ethnic_religious")]),
            ("市财政、发改局", [("市财政局", "finance"), ("市发改局", "development_reform")]),
        ]
    ),
    st.sampled_from(["责任单位：", "牵头单位：市市场监管局；配合单位："]),
)
def test_bodies_sharing_an_ending_written_once(case: tuple[str, list[tuple[str, str]]], label: str) -> None:
    written, bodies = case
    got = task_agencies(f"{LIUYANG}1.推动知识产权转化。（{label}{written}）\n")["一.1"]
    named = [(surface, kind) for surface, _, kind, role in got if surface == written]
    assert [kind for _, kind in named] == [kind for _, kind in bodies]
    ids = [agency_id for surface, agency_id, _, _ in got if surface == written]
    assert ids == [resolved_agency("430181", name)[0] for name, _ in bodies]
    # a body named whole before another shares nothing
    got = task_agencies(f"{LIUYANG}1.推动知识产权转化。（责任单位：市科技局、工信局）\n")["一.1"]
    assert [(s, k) for s, _, k, _ in got] == [("市科技局", "science_tech"), ("工信局", "industry_it")]


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(["各乡镇（街道）", "各乡镇(街道)", "各镇（街道、园区）", "市市场监管局（知识产权局）"]),
    st.sampled_from(
        [
            "牵头单位：市财政局；配合单位：市农业农村局、{}。",
            "责任单位：市财政局、{}",
            "市财政局牵头，市农业农村局、{}配合。",
        ]
    ),
)
def test_a_bracket_closing_a_lists_last_name_is_part_of_it(name: str, note: str) -> None:
    got = plan_units(YUEQING, "1.深化商标品牌战略。" + note.format(name) + "\n")["一.1"]
    assert [s for s, _, _ in got] == ["市财政局", *(["市农业农村局"] if "农业" in note else []), name]
    # a bracket of names right after work still names its units
    got = plan_units(BINYANG, "1.推进专利开放许可（县科技局、县教育局）。\n")["一.1"]
    assert [s for s, _, _ in got] == ["县科技局", "县教育局"]


@settings(max_examples=10, deadline=None)
@given(
    st.sampled_from(
        [
            ("市民政局", "civil_affairs", "浏阳市民政局"),
            ("市民宗局", "ethnic_religious", "浏阳市民族宗教事务局"),
            ("市民宗委", "ethnic_religious", "浏阳市民族宗教事务局"),
        ]
    )
)
def test_a_citys_bureau_opening_with_min_after_its_prefix(case: tuple[str, str, str]) -> None:
    surface, kind, name = case
    assert resolved_agency("430181", surface) == (f"agency/430181/{kind}", name, kind, "430181")
    # a name of no type opening with 市民 or 市场 keeps its 市
    assert resolved_agency("330782", "市民服务中心")[1] == "义乌市市民服务中心"
    assert resolved_agency("330782", "市场发展委")[1] == "义乌市市场发展委"


MENGHAI = "勐海县2025年知识产权工作要点\n为做好2025年全县知识产权工作，制定本要点。\n一、重点任务\n"


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(["各乡镇、街道", "各镇、街道、园区", "各乡、镇人民政府", "各乡镇人民政府、街道办事处"]),
    st.sampled_from(
        [
            "牵头单位：县市监局；配合单位：县农业农村局、{}。",
            "县市监局牵头，县财政局、{}配合。",
            "（责任单位：县市监局、{}）",
        ]
    ),
)
def test_towns_gathered_after_other_names_in_one_list(towns: str, note: str) -> None:
    got = task_agencies(MENGHAI + "1.加强普洱茶地理标志保护。" + note.format(towns) + "\n")["一.1"]
    assert (got[-1][0], got[-1][2]) == (towns, "all_towns")
    assert len(got) == (2 if "责任单位：县市监局、" in note else 3)


@settings(max_examples=12, deadline=None)
@given(st.sampled_from(["各乡（镇）人民政府", "各镇（乡）人民政府", "各乡、镇人民政府", "各乡(镇)人民政府"]))
def test_townships_and_towns_written_apart_are_one_collective(surface: str) -> None:
    assert resolved_agency("532822", surface)[:2] == resolved_agency("532822", "各乡镇人民政府")[:2]


def test_places_gathered_after_another_name() -> None:
    got = task_agencies(f"{LIUYANG}1.推动知识产权转化。（责任单位：市财政局、各县、市、区人民政府）\n")[
        "一.1"
    ]
    assert [(s, k) for s, _, k, _ in got] == [
        ("市财政局", "finance"),
        ("各县、市、区人民政府", "all_governments"),
    ]


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(["各县（市、区）金融办", "各县（市、区）委宣传部", "各县（市、区）人武部"]))
def test_an_office_of_each_place_gathered_is_no_government(surface: str) -> None:
    assert resolved_agency("520300", surface)[2] == "all_local_departments"  # 遵义市
    assert resolved_agency("520300", "各县（市、区）政府办")[2] == "all_governments"


@settings(max_examples=15, deadline=None)
@given(
    st.sampled_from(
        [
            ("520300", "市工业和能源局", "industry_it"),
            ("440515", "区外事局", "foreign_affairs"),
            ("440515", "区外事侨务局", "foreign_affairs"),
            ("440515", "区侨务局", "overseas_chinese_affairs"),
            ("330382", "市金融工作中心", "local_finance"),
            ("469002", "市委外办", "foreign_affairs"),
        ]
    )
)
def test_more_bureaus_have_a_type_and_their_identity(case: tuple[str, str, str]) -> None:
    region, surface, kind = case
    assert resolved_agency(region, surface)[::2] == (f"agency/{region}/{kind}", kind)


@settings(max_examples=10, deadline=None)
@given(
    st.sampled_from(
        [
            ("达旗政府", "150621"),
            ("伊旗人民政府", "150627"),
            ("鄂旗政府", "150624"),
            ("克旗人民政府", "150425"),
        ]
    )
)
def test_a_banner_named_by_its_first_character(case: tuple[str, str]) -> None:
    surface, banner = case
    assert resolved_agency("150600", surface)[0] == f"agency/{banner}/government"  # 鄂尔多斯市


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(["按属地负责", "属地负责", "按属地落实"]))
def test_places_answering_for_their_own_area(word: str) -> None:
    got = plan_units(
        MENGHAI, f"1.加强保护。由县市场监管局牵头，县公安局配合，各镇人民政府、各街道办事处{word}。\n"
    )["一.1"]
    assert [(s, r) for s, r, _ in got][-2:] == [("各镇人民政府", "support"), ("各街道办事处", "support")]


@settings(max_examples=10, deadline=None)
@given(
    st.sampled_from(
        [
            "由市市场监管局会同市科技、工信局推进。",
            "市市场监管局会同市科技、工信局推进。",
            "市市场监管局会同市发改、财政局开展。",
        ]
    )
)
def test_bodies_sharing_an_ending_after_a_partner_word(sentence: str) -> None:
    got = task_agencies(f"{LIUYANG}1.推动知识产权转化。{sentence}\n")["一.1"]
    assert got[0][2:] == ("market_regulation", "lead")
    assert [r for _, _, _, r in got[1:]] == ["support", "support"]
    assert len({agency_id for _, agency_id, _, _ in got}) == 3


def test_xishuangbanna_written_short() -> None:
    assert resolved_agency("532822", "版纳州市场监管局")[0] == "agency/532800/market_regulation"  # 勐海县


@settings(max_examples=15, deadline=None)
@given(
    st.sampled_from(
        ["各县市区", "各县、市、区", "各县区市", "各县（区、市）", "各县（市）区", "各县(市、区)"]
    ),
    st.sampled_from(["人民政府", "政府", "市场监管局", "科技局"]),
)
def test_places_gathered_in_any_order_are_one_collective(places: str, body: str) -> None:
    canonical = resolved_agency("520300", "各县（市、区）" + body)  # 遵义市
    assert resolved_agency("520300", places + body) == canonical
    assert resolved_agency("520300", "各区县市场监管局")[1] == "遵义市各区县市场监管局"  # 市场 stays whole


@settings(max_examples=8, deadline=None)
@given(
    st.sampled_from(
        [
            ("省海洋厅", "ocean_fishery"),
            ("省应急厅", "emergency_management"),
            ("省旅文厅", "culture_tourism"),
            ("省旅游和文化广电体育厅", "culture_tourism"),
        ]
    )
)
def test_hainans_departments(case: tuple[str, str]) -> None:
    surface, kind = case
    assert resolved_agency("469002", surface)[::2] == (f"agency/460000/{kind}", kind)  # 琼海市


@settings(max_examples=10, deadline=None)
@given(
    st.sampled_from([("县", "450126"), ("市", "450100")]),  # 宾阳县, 南宁市
    st.sampled_from(["将知识产权工作纳入绩效考核。", "要把知识产权工作摆上重要议事日程。"]),
)
def test_a_committee_and_a_government_as_a_sentences_subject(level: tuple[str, str], work: str) -> None:
    prefix, region = level
    got = task_agencies(f"{BINYANG}1.纳入考核。{prefix}委、{prefix}政府{work}\n")["一.1"]
    assert [(s, i) for s, i, _, _ in got] == [
        (f"{prefix}委", f"agency/{region}/party_committee"),
        (f"{prefix}政府", f"agency/{region}/government"),
    ]


@settings(max_examples=10, deadline=None)
@given(
    st.sampled_from(
        [
            ("各乡镇", "各乡镇人民政府"),
            ("各镇", "各镇人民政府"),
            ("各乡镇政府", "各乡镇人民政府"),
            ("各街道", "各街道办事处"),
            ("各街道办", "各街道办事处"),
        ]
    )
)
def test_towns_named_alone_or_by_their_governments_are_one_collective(pair: tuple[str, str]) -> None:
    alone, full = pair
    assert resolved_agency("430181", alone)[:3] == resolved_agency("430181", full)[:3]
    assert resolved_agency("430181", full)[1] == "浏阳市" + full
    assert resolved_agency("430181", alone)[0] != resolved_agency("430181", "各乡镇（街道）")[0]


@settings(max_examples=10, deadline=None)
@given(
    st.sampled_from(
        [
            ("乡镇人民政府", "各乡镇人民政府"),
            ("乡镇政府", "各乡镇人民政府"),
            ("乡镇", "各乡镇人民政府"),
            ("镇街", "各镇（街道）"),
            ("乡镇（街道）", "各镇（街道）"),
            ("乡镇、街道", "各镇（街道）"),
        ]
    )
)
def test_the_towns_written_without_ge(pair: tuple[str, str]) -> None:
    written, gathered = pair
    got = task_agencies(f"{BINYANG}1.加强保护。（责任单位：县市场监管局、{written}）\n")["一.1"]
    assert [(s, k) for s, _, k, _ in got] == [("县市场监管局", "market_regulation"), (written, "all_towns")]
    assert got[1][1] == resolved_agency("450126", gathered)[0]
