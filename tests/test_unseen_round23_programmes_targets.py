"""Round 23: recurring programmes and the goals' numeric targets as plans of other provinces write them. A
city's 工作要点 and 实施意见 promote 知识产权证券化 (知识产权资产支持专项计划) next to pledge financing and
insurance, and a county sets up 知识产权保护工作站 in its industrial clusters; plans on the business climate or
on rural work, read by the same tool, speak of 劳动密集型产业, 股权质押贷款, 委托管理, 课后托管, 网络安全宣传周,
地质灾害预警分析 or 空壳村消零. A county's plan gives its towns their share in one sentence (太姥山镇、点头镇
各建成1个知识产权保护工作站; 城关镇、店下镇新增注册商标分别达到100件、80件; 太姥山镇建成2个商标品牌指导站;
各乡镇分别培育专利消零企业5家), and an indicator table with year columns names a row as a count counts (新增
国家知识产权优势示范企业). Before, securitisation and the protection workstations were no programme and the
look-alikes were programmes (IP-intensive industries, pledge financing, trusteeship, the publicity week,
patent early warning, 专利消零); the towns' count before its noun had the town and the verb as indicator (太姥山镇
建成, and 建成 alone for districts), a town's 新增 stayed in the indicator with no increment flag, the key kept
the verb after the town (太姥山镇建成商标品牌指导站) and 分别 after a scope per unit (各乡镇分别专利消零企业);
the table's 新增 row had no increment flag. A target set for each year in one sentence (2023年、2024年、2025年
全区专利授权量分别达到1000件、1100件、1200件; 专利授权量2023年、2024年…分别…; 到2023年、2024年和2025年，…分别…)
gave one target, the first value, dated with the last year or the first (and the years inside the indicator).
A count for each unit with 至少 or 均 before its verb (每个乡镇至少建成1个商标品牌指导站) had the words before the
count as indicator (每个乡镇至少建成), 至少建成 stayed in a key, a year opening a sentence with 全年 (2024年全年，…)
did not date it, and 零的突破 of anything (上市企业, 地理标志商标) was 专利消零.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from policykg.extract.programs import find_programs
from policykg.models import Document, Target
from tests.plans import extracted

CITY = "绵阳市知识产权强市建设实施方案（2024—2026年）\n为推进知识产权强市建设，制定本方案。\n一、工作目标\n"
COUNTY = "宁德市福鼎市知识产权强县建设工作方案（2023—2025年）\n为加快推进知识产权强县建设，制定本方案。\n一、工作目标\n"
TASKS = "二、重点任务\n（一）提升知识产权创造质量。由市市场监管局负责。\n"

WORK_POINTS = """赣州市南康区2024年知识产权工作要点
为深入贯彻落实知识产权工作决策部署，推动知识产权强区建设，现提出2024年知识产权工作要点如下。
一、主要目标
全年专利授权量力争达到1200件，同比增长10%以上；知识产权质押融资额突破5亿元，较上年增长20%。
二、重点工作
（一）推进知识产权金融创新。推广知识产权质押融资、知识产权证券化和知识产权保险，探索发行知识产权资产支持\
专项计划。（区金融办牵头，区市场监管局配合）
（二）加强知识产权保护。在家具产业集群建设知识产权保护工作站，设立知识产权维权援助工作站，完善海外知识产权\
纠纷应对指导机制。（区市场监管局负责）
"""

LOOK_ALIKES = """某县2024年优化营商环境工作要点
为优化营商环境，制定本要点。
一、重点工作
（一）推动劳动密集型产业转型升级，培育技术密集型企业，发展知识密集型产业。（县发改局负责）
（二）规范国有资产委托管理，做好物业托管和课后托管服务。（县国资中心负责）
（三）开展安全生产宣传周和网络安全宣传周活动。（县应急局负责）
（四）推广股权质押贷款、应收账款质押融资和动产质押登记。（县金融办负责）
（五）做好地质灾害预警分析和气象风险预警报告。（县自然资源局负责）
（六）推进乡村振兴，实现集体经济空壳村消零。（县农业农村局负责）
（七）支持企业开展资产证券化。（县金融办负责）
（八）力争实现上市企业零的突破。（县金融办负责）
"""


def _doc(body: str, head: str = COUNTY) -> Document:
    doc, _ = extracted(head + body + "\n" + TASKS)
    return doc


def _targets(body: str, head: str = COUNTY) -> list[Target]:
    return _doc(body, head).targets


def _programs(doc: Document) -> list[tuple[str, str]]:
    return [(m.program_id, m.quote) for m in doc.programs]


# 1. programmes named in other words


def test_securitisation_and_protection_workstations_are_programmes() -> None:
    doc, _ = extracted(WORK_POINTS)
    found = _programs(doc)
    assert ("ip_securitisation", "知识产权证券化") in found
    assert ("ip_securitisation", "知识产权资产支持专项计划") in found
    assert ("protection_workstations", "知识产权保护工作站") in found
    assert ("protection_workstations", "知识产权维权援助工作站") in found
    # the programmes next to them as before
    assert {
        "pledge_financing",
        "ip_insurance",
        "overseas_disputes",
        "rights_assistance",
    } <= {p for p, _ in found}
    finance = [m for m in doc.programs if m.program_id == "ip_securitisation"]
    assert all(m.broader == "ip_finance" and m.label == "知识产权证券化" for m in finance)
    assert all(m.task_id is not None and m.task_id.endswith("/task/二.(一)") for m in finance)


def test_words_that_only_resemble_a_programme_are_none() -> None:
    doc, _ = extracted(LOOK_ALIKES)
    assert _programs(doc) == []


def test_the_programmes_stay_next_to_their_look_alikes() -> None:
    cases = {
        "劳动密集型产业与专利密集型产业": [("ip_intensive_industries", "密集型产业")],
        "加大知识产权密集型企业培育": [("ip_intensive_industries", "密集型企业")],
        "股权质押和知识产权质押融资": [("pledge_financing", "知识产权质押")],
        "扩大专利权质押登记": [("pledge_financing", "专利权质押")],
        "开展知识产权托管服务": [("ip_trusteeship", "托管")],
        "“4·26”知识产权宣传周": [
            ("publicity_week", "4·26"),
            ("publicity_week", "宣传周"),
        ],
        "开展产业知识产权风险预警分析": [("patent_early_warning", "知识产权风险预警")],
        "开展专利预警分析": [("patent_early_warning", "专利预警")],
        "实现规上企业专利“消零”": [("zero_patent_elimination", "消零")],
        "规上企业实现发明专利零的突破": [("zero_patent_elimination", "零的突破")],
        "专利获权和专利管理零的突破": [("zero_patent_elimination", "零的突破")],
        "实现地理标志商标零的突破": [("geographical_indications", "地理标志")],
    }
    for text, expected in cases.items():
        got = [(h.program.id, text[h.span[0] : h.span[1]]) for h in find_programs(text, 0, len(text))]
        assert got == expected, text


# the words of another thing and a programme's words right after them
_OTHER = {
    "密集型产业": ["劳动", "劳动力", "资金", "技术", "人才", "知识", "能源"],
    "质押贷款": [
        "股权",
        "林权",
        "应收账款",
        "动产",
        "不动产",
        "存单",
        "仓单",
        "土地经营权",
    ],
    "托管": ["委", "物业", "课后", "资金", "资产"],
    "宣传周": ["网络安全", "安全生产", "科普", "法治", "节能"],
    "预警分析": ["地质灾害", "气象", "疫情", "舆情"],
    "消零": ["空壳村", "贫困户"],
    "证券化": ["资产", "企业资产"],
}
_PAIRS = [(other, mention) for mention, others in _OTHER.items() for other in others]


@given(
    st.sampled_from(_PAIRS),
    st.text("，。推进开展", max_size=3),
    st.text("，。工作", max_size=3),
)
def test_no_programme_after_the_words_of_another_thing(
    pair: tuple[str, str], before: str, after: str
) -> None:
    other, mention = pair
    text = before + other + mention + after
    assert find_programs(text, 0, len(text)) == []


# 2. a count for each town in one sentence


def test_towns_listed_with_ge_take_the_noun_after_the_count() -> None:
    got = _targets("到2025年，太姥山镇、点头镇各建成1个知识产权保护工作站。")
    assert [(t.indicator, t.indicator_key, t.value, t.unit, t.region_name) for t in got] == [
        (
            "太姥山镇知识产权保护工作站",
            "太姥山镇知识产权保护工作站",
            1.0,
            "个",
            "福鼎市",
        ),
        ("点头镇知识产权保护工作站", "点头镇知识产权保护工作站", 1.0, "个", "福鼎市"),
    ]


def test_districts_listed_with_ge_take_the_noun_after_the_count() -> None:
    got = _targets("到2026年，涪城区、游仙区各建成1个知识产权保护工作站。", CITY)
    assert [(t.indicator, t.indicator_key, t.value, t.region_name, t.year) for t in got] == [
        ("知识产权保护工作站", "知识产权保护工作站", 1.0, "涪城区", 2026),
        ("知识产权保护工作站", "知识产权保护工作站", 1.0, "游仙区", 2026),
    ]
    assert [t.quote for t in got] == ["涪城区、游仙区各建成1个知识产权保护工作站"] * 2


def test_a_towns_counting_words_are_flags() -> None:
    got = _targets("到2025年，城关镇、店下镇新增注册商标分别达到100件、80件。")
    assert [(t.indicator, t.indicator_key, t.value, t.comparator, t.flags) for t in got] == [
        ("城关镇注册商标", "城关镇注册商标", 100.0, ">=", ["increment"]),
        ("店下镇注册商标", "店下镇注册商标", 80.0, ">=", ["increment"]),
    ]
    got = _targets("到2025年，太姥山镇累计培育知识产权示范企业10家。")
    assert [(t.indicator, t.indicator_key, t.flags) for t in got] == [
        (
            "太姥山镇培育知识产权示范企业",
            "太姥山镇知识产权示范企业",
            ["cumulative"],
        )  # 培育: as a county's
    ]


def test_a_towns_key_has_no_verb_after_the_town() -> None:
    got = _targets("到2025年，太姥山镇建成2个商标品牌指导站。")
    assert [(t.indicator, t.indicator_key, t.value, t.unit) for t in got] == [
        (
            "太姥山镇建成商标品牌指导站",
            "太姥山镇商标品牌指导站",
            2.0,
            "个",
        )  # the words as written
    ]


def test_every_town_is_no_town() -> None:
    got = _targets("到2025年，各乡镇分别培育专利消零企业5家，每个乡镇新增注册商标不少于50件。")
    assert [(t.indicator, t.indicator_key, t.value, t.comparator, t.flags) for t in got] == [
        ("各乡镇分别培育专利消零企业", "各乡镇专利消零企业", 5.0, "=", []),
        ("每个乡镇新增注册商标", "每个乡镇注册商标", 50.0, ">=", []),
    ]


# 3. an indicator table with year columns


TABLE = """到2025年，每万人口高价值发明专利拥有量达到3件。
附表：福鼎市知识产权强县建设主要指标
序号\t指标名称\t单位\t2022年（基期）\t2023年\t2024年\t2025年\t属性
1\t知识产权行政案件结案率\t%\t90\t95\t95\t95\t约束性
2\t新增国家知识产权优势示范企业\t家\t—\t1\t1—2\t2\t预期性
"""


def test_a_table_row_named_as_a_count_counts_so() -> None:
    got = [t for t in _targets(TABLE) if t.source == "table"]
    assert [(t.indicator_key, t.value, t.value_max, t.comparator, t.year, t.kind, t.flags) for t in got] == [
        ("知识产权案件结案率", 90.0, None, "=", 2022, "baseline", ["binding"]),
        ("知识产权案件结案率", 95.0, None, "=", 2023, "target", ["binding"]),
        ("知识产权案件结案率", 95.0, None, "=", 2024, "target", ["binding"]),
        ("知识产权案件结案率", 95.0, None, "=", 2025, "target", ["binding"]),
        (
            "国家知识产权优势示范企业",
            1.0,
            None,
            "=",
            2023,
            "target",
            ["expected", "increment"],
        ),
        (
            "国家知识产权优势示范企业",
            1.0,
            2.0,
            "range",
            2024,
            "target",
            ["expected", "increment"],
        ),
        (
            "国家知识产权优势示范企业",
            2.0,
            None,
            "=",
            2025,
            "target",
            ["expected", "increment"],
        ),
    ]


# 4. a target for each year in one sentence

YEARLY = "漳州市长泰区知识产权强县建设试点工作方案（2023—2025年）\n为加快推进知识产权强县建设，制定本方案。\n一、工作目标\n"


def _yearly(body: str) -> list[tuple[str, str, float, str, int | None, str]]:
    return [
        (t.indicator, t.indicator_key, t.value or 0.0, t.comparator, t.year, t.quote)
        for t in _targets(body, YEARLY)
    ]


def test_years_listed_before_the_measure() -> None:
    assert _yearly("2023年、2024年、2025年全区专利授权量分别达到1000件、1100件、1200件。") == [
        (
            "专利授权量",
            "专利授权量",
            1000.0,
            ">=",
            2023,
            "2023年、2024年、2025年全区专利授权量分别达到1000件",
        ),
        (
            "专利授权量",
            "专利授权量",
            1100.0,
            ">=",
            2024,
            "2023年、2024年、2025年全区专利授权量分别达到1000件、1100件",
        ),
        (
            "专利授权量",
            "专利授权量",
            1200.0,
            ">=",
            2025,
            "2023年、2024年、2025年全区专利授权量分别达到1000件、1100件、1200件",
        ),
    ]


def test_years_listed_after_the_measure_are_no_part_of_it() -> None:
    got = _yearly("全区专利授权量2023年、2024年、2025年分别达到1000件、1100件和1200件。")
    assert [(i, k, v, y) for i, k, v, _, y, _ in got] == [
        ("专利授权量", "专利授权量", 1000.0, 2023),
        ("专利授权量", "专利授权量", 1100.0, 2024),
        ("专利授权量", "专利授权量", 1200.0, 2025),
    ]
    # names listed with 分别 and no years: as before
    got = _yearly("到2025年，有效发明专利拥有量、PCT国际专利申请量分别达到900件、60件。")
    assert [(i, v, y) for i, _, v, _, y, _ in got] == [
        ("有效发明专利拥有量", 900.0, 2025),
        ("PCT国际专利申请量", 60.0, 2025),
    ]
    # years and values not as many, or not in order: the clause's reading stays
    got = _yearly("2024年、2025年专利授权量分别达到1000件、1100件、1200件。")
    assert [v for _, _, v, _, _, _ in got] == [1000.0]
    got = _yearly("2025年、2024年专利授权量分别达到1000件、1100件。")
    assert [v for _, _, v, _, _, _ in got] == [1000.0]


def test_years_listed_opening_the_sentence() -> None:
    got = _yearly("到2023年、2024年和2025年，发明专利授权量分别达到100件、120件、150件。")
    assert [(i, v, y, q) for i, _, v, _, y, q in got] == [
        ("发明专利授权量", 100.0, 2023, "发明专利授权量分别达到100件"),
        ("发明专利授权量", 120.0, 2024, "发明专利授权量分别达到100件、120件"),
        ("发明专利授权量", 150.0, 2025, "发明专利授权量分别达到100件、120件、150件"),
    ]


@given(
    st.lists(st.integers(2021, 2035), min_size=2, max_size=5, unique=True),
    st.lists(st.integers(1, 9000), min_size=5, max_size=5),
    st.sampled_from(["、", "和", "及"]),
)
def test_each_listed_year_has_its_value(years: list[int], counts: list[int], joiner: str) -> None:
    years = sorted(years)
    listed = "、".join(f"{y}年" for y in years[:-1]) + f"{joiner}{years[-1]}年"
    values = "、".join(f"{c}件" for c in counts[: len(years)])
    got = _targets(f"{listed}有效注册商标分别达到{values}。", YEARLY)
    assert [(t.indicator_key, t.value, t.year, t.year_basis) for t in got] == [
        ("有效注册商标量", float(c), y, "sentence") for y, c in zip(years, counts, strict=False)
    ]


# 5. a count for each unit with 至少 or 均, a year with 全年


def test_at_least_or_jun_after_a_scope_per_unit() -> None:
    got = _targets(
        "到2025年，每个乡镇至少建成1个商标品牌指导站，每个乡镇均建成1个知识产权服务站，"
        "至少建成1个知识产权保护工作站。"
    )
    assert [(t.indicator, t.indicator_key, t.value, t.comparator) for t in got] == [
        ("每个乡镇至少建成商标品牌指导站", "每个乡镇商标品牌指导站", 1.0, ">="),
        ("每个乡镇均建成知识产权服务站", "每个乡镇知识产权服务站", 1.0, "="),
        ("至少建成知识产权保护工作站", "知识产权保护工作站", 1.0, ">="),
    ]


def test_a_year_with_quannian_opening_a_sentence_dates_it() -> None:
    got = _targets("2024年全年，全县发明专利授权量较上年增长15%。", YEARLY)
    assert [(t.indicator_key, t.value, t.year, t.year_basis) for t in got] == [
        ("发明专利授权量增长率", 15.0, 2024, "sentence")
    ]
