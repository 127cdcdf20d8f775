"""Round 22: goals and numeric targets in wordings the earlier rounds left open. Plans rank the whole of their
work with a modifier before 排名 (综合排名全省第五, 总体排名全省第二, 总排名全市第二), rank with 居 alone
(满意度居全市前列), say how a measure moves and then give one district its count with the place alone
(全市…企业数量稳步增长，涪城区累计达到50家), or the measure's level or growth with no words of its own (…稳步
提升，达到300件; …持续增长，年均增长10%以上), name their own region before a count (涪城区累计达到50家…企业 in
涪城区's plan), open a count with the plan's own act of having firms do the work (组织企业开展知识产权合规管理
体系认证30家), write a count per unit with and without 各 (每个乡镇各建成1个… / 每个乡镇建成1个…), word one share
three ways (拥有有效发明专利的规上工业企业占比, 规上工业企业有效发明专利企业占比, 拥有有效发明专利的企业占规模
以上工业企业比重), set targets for trademark pledge financing (商标质押融资额) and closing IP infringement cases
(知识产权侵权案件结案率), and caption the indicator table of the goals chapter on a line of its own (表1 …主要
指标). Before, the indicator was the modifier alone (综合), kept 居, was the place alone (涪城区) or the
trend's adverb (高价值发明专利拥有量稳步), the growth had no target, the plan's own name stayed in the indicator,
组织 stayed in it, the per-unit count had two keys, the share three, the pledge and the closure rate no
standard indicator, and the caption was a goal (or the last line of the goal before it).
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from policykg.extract.closings import table_caption
from policykg.extract.indicators import indicator_key
from policykg.extract.standard_indicators import comparable_key
from policykg.models import Document, Target
from tests.plans import extracted

CITY = "绵阳市知识产权强市建设实施方案（2024—2026年）\n为推进知识产权强市建设，制定本方案。\n一、工作目标\n"
DISTRICT = "绵阳市涪城区知识产权强区建设工作方案（2024—2026年）\n为推进知识产权强区建设，制定本方案。\n一、工作目标\n"
COUNTY = "温州市平阳县知识产权强县建设工作方案（2023—2025年）\n为推进知识产权强县建设，制定本方案。\n一、工作目标\n"
TASKS = "二、重点任务\n（一）加强知识产权创造。由区市场监管局负责。\n"

Row = tuple[str, str, float | None, str | None, str, list[str], str | None]


def _doc(body: str, head: str = COUNTY) -> Document:
    doc, _ = extracted(head + body + "\n" + TASKS)
    return doc


def _targets(body: str, head: str = COUNTY) -> list[Target]:
    return _doc(body, head).targets


def _rows(body: str, head: str = COUNTY) -> list[Row]:
    """(indicator, key, value, unit, comparator, flags, region) of each target."""
    return [
        (t.indicator, t.indicator_key, t.value, t.unit, t.comparator, t.flags, t.region_name)
        for t in _targets(body, head)
    ]


# 1. a modifier before 排名 names no measure: the rank is ranked


def test_a_modifier_before_paiming_keeps_the_rank_in_the_indicator() -> None:
    got = _targets(
        "到2026年，知识产权综合发展指数排名全市前三，综合排名全省第五，总体排名全省第二，总排名全市第一。",
        CITY,
    )
    assert [(t.indicator, t.value, t.comparator, t.reference, t.quote) for t in got] == [
        (
            "知识产权综合发展指数",
            3.0,
            "<=",
            "全市前三",
            "知识产权综合发展指数排名全市前三",
        ),  # a measure: as before
        ("综合排名", 5.0, "=", "全省第五", "综合排名全省第五"),
        ("总体排名", 2.0, "=", "全省第二", "总体排名全省第二"),
        ("总排名", 1.0, "=", "全市第一", "总排名全市第一"),
    ]
    got = _targets("知识产权工作综合排名全市第一，整体排名保持全省前五，专利授权量排名全市第二。")
    assert [(t.indicator, t.value, t.comparator) for t in got] == [
        ("知识产权工作综合排名", 1.0, "="),
        ("整体排名", 5.0, "<="),  # 保持 is the verb: as before
        ("专利授权量", 2.0, "="),
    ]


def test_ju_alone_is_a_rank_verb() -> None:
    got = _targets("知识产权保护社会满意度居全市前列，商标注册量居全市第二位，综合排名居全省第五。")
    assert [(t.indicator, t.indicator_key, t.value, t.comparator, t.standing, t.reference) for t in got] == [
        ("知识产权保护社会满意度", "知识产权保护社会满意度", None, "<=", "rank", "全市前列"),
        ("商标注册量", "有效注册商标量", 2.0, "=", "rank", "全市第二位"),
        ("综合排名", "综合排名", 5.0, "=", "rank", "全省第五"),
    ]
    assert [t.quote for t in got] == [
        "知识产权保护社会满意度居全市前列",
        "商标注册量居全市第二位",
        "综合排名居全省第五",
    ]


# 2. a place alone after a clause saying how a measure moves


def test_a_place_alone_after_a_trend_clause_takes_its_measure() -> None:
    got = _targets(
        "到2026年，全市国家知识产权优势示范企业数量稳步增长，涪城区累计达到50家，游仙区累计达到30家。", CITY
    )
    assert [(t.indicator, t.indicator_key, t.value, t.flags, t.region_name, t.quote) for t in got] == [
        (
            "国家知识产权优势示范企业数量",
            "国家知识产权优势示范企业",
            50.0,
            ["cumulative"],
            "涪城区",
            "涪城区累计达到50家",
        ),
        (
            "国家知识产权优势示范企业数量",
            "国家知识产权优势示范企业",
            30.0,
            ["cumulative"],
            "游仙区",
            "游仙区累计达到30家",
        ),
    ]
    got = _targets("全市高新技术企业持续增加，其中江油市累计达到80家。", CITY)
    assert [(t.indicator, t.value, t.region_name) for t in got] == [("高新技术企业", 80.0, "江油市")]


def test_the_plans_own_region_naming_a_count_is_no_part_of_its_indicator() -> None:
    got = _targets(
        "到2026年，涪城区累计达到50家国家高新技术企业，全区知识产权示范企业稳步增长，涪城区累计达到30家。",
        DISTRICT,
    )
    assert [(t.indicator, t.value, t.flags, t.region_name) for t in got] == [
        ("国家高新技术企业", 50.0, ["cumulative"], "涪城区"),
        ("知识产权示范企业", 30.0, ["cumulative"], "涪城区"),
    ]


def test_a_level_or_growth_with_no_words_after_a_trend_clause_is_the_measures() -> None:
    assert _rows(
        "全县高价值发明专利拥有量稳步提升，达到300件，有效注册商标总量持续增长，年均增长10%以上。"
    ) == [
        ("高价值发明专利拥有量", "高价值发明专利拥有量", 300.0, "件", ">=", [], "平阳县"),
        ("有效注册商标总量", "有效注册商标量增长率", 10.0, "%", ">=", ["growth", "annual"], "平阳县"),
    ]
    got = _targets("专利授权量稳步提升，同比增长15%，知识产权质押融资规模不断扩大，突破5亿元。")
    assert [(t.indicator, t.value, t.unit, t.flags, t.quote) for t in got] == [
        ("专利授权量", 15.0, "%", ["growth"], "增长15%"),
        ("知识产权质押融资规模", 5.0, "亿元", [], "突破5亿元"),
    ]
    # the measure's words are the indicator's evidence, where the clause before writes them
    assert [t.indicator_evidence.quote for t in got if t.indicator_evidence] == [
        "专利授权量",
        "知识产权质押融资规模",
    ]
    _no_measure_before_a_task_verb_or_without_a_trend()


def _no_measure_before_a_task_verb_or_without_a_trend() -> None:
    assert _targets("加强专利转化，年均增长10%。") == []  # no measure moves: as before
    got = _targets("鳌江镇知识产权工作稳步推进，累计达到50家。")  # 推进 moves no measure
    assert got == []


# 3. the plan's own act of having firms do the counted work


def test_a_causative_verb_before_who_does_the_work_is_no_part_of_the_indicator() -> None:
    assert _rows(
        "组织企业开展知识产权合规管理体系认证30家，引导中小企业申请发明专利200件，"
        "通过知识产权合规管理体系认证的企业达到20家。"
    ) == [
        ("企业开展知识产权合规管理体系认证", "知识产权贯标企业", 30.0, "家", "=", [], "平阳县"),
        # the applicants are the target's qualifier (round 26), the count the standard one
        ("中小企业申请发明专利", "发明专利申请量", 200.0, "件", "=", [], "平阳县"),
        ("通过知识产权合规管理体系认证的企业", "知识产权贯标企业", 20.0, "家", ">=", [], "平阳县"),
    ]
    # before anything else than who does the work the verb stays (a fund's name, a service)
    got = _targets("支持资金达到2000万元，引导基金规模达到5亿元。")
    assert [t.indicator for t in got] == ["支持资金", "引导基金规模"]


# 4. a count per unit, with and without 各


def test_a_count_per_unit_has_one_key_with_and_without_ge() -> None:
    got = _targets(
        "每个乡镇各建成1个商标品牌指导站，每个街道建成1个商标品牌指导站，每所高校培育知识产权示范企业2家，"
        "在县级层面建成商标品牌指导站10个。"
    )
    assert [(t.indicator, t.indicator_key, t.value) for t in got] == [
        ("每个乡镇各建成商标品牌指导站", "每个乡镇商标品牌指导站", 1.0),  # the indicator as written
        ("每个街道建成商标品牌指导站", "每个街道商标品牌指导站", 1.0),
        ("每所高校培育知识产权示范企业", "每所高校知识产权示范企业", 2.0),
        ("在县级层面建成商标品牌指导站", "商标品牌指导站", 10.0),  # the plan's own scope: a total, as before
    ]
    assert indicator_key("每个乡镇各建成商标品牌指导站") == indicator_key("每个乡镇建成商标品牌指导站")
    assert indicator_key("每年新增注册商标") == "注册商标"  # a span of time is no unit


@given(
    st.sampled_from(["每个", "每", "各", "每所", "每家"]),
    st.sampled_from(["乡镇", "街道", "园区", "高校", "重点企业"]),
    st.sampled_from(["建成", "建设", "培育", "设立", "新增"]),
    st.sampled_from(["商标品牌指导站", "知识产权工作站", "专利导航服务基地"]),
)
def test_a_per_unit_key_is_the_scope_and_the_noun(scope: str, unit: str, verb: str, noun: str) -> None:
    with_ge, without = (
        indicator_key(f"{scope}{unit}各{verb}{noun}"),
        indicator_key(f"{scope}{unit}{verb}{noun}"),
    )
    assert with_ge == without == f"{scope}{unit}{noun}"
    assert indicator_key(with_ge) == with_ge  # a key is its own key


# 5. standard indicators: one share worded three ways, trademark pledges, case closure rates


def test_one_share_worded_three_ways_has_one_standard_key() -> None:
    got = _targets(
        "拥有有效发明专利的规上工业企业占比达到50%，规模以上工业企业中有效发明专利企业占比达到45%，"
        "拥有有效发明专利的企业占规模以上工业企业比重达到40%，规上工业企业有效发明专利拥有量达到5000件。",
        CITY,
    )
    share = "拥有有效发明专利的规上工业企业占比"
    assert [t.qualifier for t in got] == [None, None, None, "规上工业企业"]
    assert [(t.indicator_key, t.value, t.unit) for t in got] == [
        (share, 50.0, "%"),
        (share, 45.0, "%"),
        (share, 40.0, "%"),
        # the firms' patents, no share: the stock held, the firms its qualifier (round 26)
        ("有效发明专利拥有量", 5000.0, "件"),
    ]


def test_trademark_pledge_financing_is_a_standard_indicator_in_yuan() -> None:
    got = _targets(
        "商标质押融资额达到2亿元，商标专用权质押融资金额突破1亿元，专利商标质押融资额达到5亿元，商标质押融资10笔。"
    )
    assert [(t.indicator, t.indicator_key, t.value, t.unit) for t in got] == [
        ("商标质押融资额", "商标质押融资额", 2.0, "亿元"),
        ("商标专用权质押融资金额", "商标质押融资额", 1.0, "亿元"),
        ("专利商标质押融资额", "知识产权质押融资额", 5.0, "亿元"),  # both: the IP total, as before
        ("商标质押融资", "商标质押融资", 10.0, "笔"),  # deals, not the amount
    ]
    assert comparable_key("商标质押融资额", "元") == "商标质押融资额"
    assert comparable_key("商标质押融资额", "笔") == "商标质押融资额"  # its own words: no other indicator


def test_infringement_and_administrative_case_closure_rates_are_the_case_closure_rate() -> None:
    got = _targets("知识产权侵权纠纷案件结案率达到95%，知识产权行政案件结案率达到100%。")
    assert [(t.indicator, t.indicator_key) for t in got] == [
        ("知识产权侵权纠纷案件结案率", "知识产权案件结案率"),
        ("知识产权行政案件结案率", "知识产权案件结案率"),
    ]


# 6. a table's caption in a goals chapter


def test_a_tables_caption_is_no_goal() -> None:
    doc = _doc("到2026年，专利授权量达到5000件。\n表1 绵阳市知识产权强市建设主要指标", CITY)
    assert [(g.path, g.text) for g in doc.goals] == [("一.p1", "到2026年，专利授权量达到5000件。")]
    doc = _doc(
        "1.知识产权创造。发明专利授权量达到150件。\n2.知识产权保护。综合排名继续保持全市第一。\n"
        "表3 2025年平阳县知识产权工作主要指标"
    )
    assert [(g.path, g.text) for g in doc.goals] == [
        ("一.1", "1.知识产权创造。发明专利授权量达到150件。"),
        ("一.2", "2.知识产权保护。综合排名继续保持全市第一。"),  # the caption closing it cut off
    ]


@given(
    st.sampled_from(["表", "附表", "**表"]),
    st.sampled_from(["1", "2", "一", "3-1"]),
    st.sampled_from([" ", "\u3000", "：", "  "]),
    st.sampled_from(["绵阳市知识产权强市建设主要指标", "2025年平阳县知识产权工作主要指标", "主要指标"]),
)
def test_a_caption_line_is_read_as_written(word: str, number: str, gap: str, title: str) -> None:
    line = f"{word}{number}{gap}{title}" + ("**" if word.startswith("*") else "")
    assert table_caption(line, 0, len(line))
    for prose in (f"表彰奖励{title}10家", f"{word}{number}{gap}{title}，达到10件。", f"{title}"):
        assert not table_caption(prose, 0, len(prose))


# 7. goals chapters in wordings the tests did not show


def test_a_goals_chapter_with_a_tab_table_of_base_and_two_target_years() -> None:
    doc = _doc(
        "到2027年，力争每万人口高价值发明专利拥有量较2022年增长20%，有效发明专利拥有量确保不低于600件，"
        "年均新增地理标志商标1—2件，新增知识产权质押融资10—15笔，商标质押融资额达到5000万元以上。\n"
        "表2 利州区知识产权强区建设试点主要指标\n"
        "序号\t指标名称\t单位\t基期值（2024年）\t目标值（2025年）\t目标值（2027年）\t指标属性\n"
        "1\t知识产权侵权案件结案率\t%\t90\t95\t≥95\t约束性\n"
        "2\t商标质押融资额\t万元\t3000\t4000\t6000\t预期性\n",
        "广元市利州区知识产权强区建设试点工作方案（2025—2027年）\n为推进知识产权强区建设，制定本方案。\n一、建设目标\n",
    )
    assert [g.path for g in doc.goals] == ["一.p1"]  # the caption is none
    got = [
        (t.indicator_key, t.value, t.value_max, t.unit, t.comparator, t.kind, t.flags, t.year)
        for t in doc.targets
    ]
    # 力争 opening the sentence's first clause speaks for it and the clauses after it; 确保 after its clause's
    # subject for that clause alone (round 29: how firmly each is promised, target_commitment.py)
    assert got == [
        (
            "每万人口高价值发明专利拥有量增长率",
            20.0,
            None,
            "%",
            "=",
            "target",
            ["growth", "per_capita", "stretch"],
            2027,
        ),
        ("有效发明专利拥有量", 600.0, None, "件", ">=", "target", ["assured"], 2027),
        ("地理标志商标注册量", 1.0, 2.0, "件", "range", "target", ["annual", "increment", "stretch"], 2027),
        ("知识产权质押融资笔数", 10.0, 15.0, "笔", "range", "target", ["increment", "stretch"], 2027),
        ("商标质押融资额", 5000.0, None, "万元", ">=", "target", ["stretch"], 2027),
        ("知识产权案件结案率", 90.0, None, "%", "=", "baseline", ["binding"], 2024),
        ("知识产权案件结案率", 95.0, None, "%", "=", "target", ["binding"], 2025),
        ("知识产权案件结案率", 95.0, None, "%", ">=", "target", ["binding"], 2027),
        ("商标质押融资额", 3000.0, None, "万元", "=", "baseline", ["expected"], 2024),
        ("商标质押融资额", 4000.0, None, "万元", "=", "target", ["expected"], 2025),
        ("商标质押融资额", 6000.0, None, "万元", "=", "target", ["expected"], 2027),
    ]


def test_a_goals_chapter_of_titled_sections_in_markdown() -> None:
    text = (
        "# 赣州市南康区知识产权强县建设工作方案（2024—2027年）\n\n为加快推进知识产权强县建设，制定本方案。\n\n"
        "## 一、发展目标\n\n### （一）创造能力稳步提升\n\n"
        "到2027年，全区发明专利授权量年均增长10%以上，有效注册商标总量达到3.5万件，较2023年增长25%；"
        "培育区域品牌2—3个。\n\n### （二）保护水平持续增强\n\n"
        "知识产权保护社会满意度保持在85分以上，知识产权保护工作考核位居全市前列，综合排名居全省第五。\n\n"
        "表1　南康区知识产权强县建设主要指标\n\n"
        "| 指标 | 单位 | 2023年（基期） | 2025年 | 2027年 | 属性 |\n| --- | --- | --- | --- | --- | --- |\n"
        "| 拥有有效发明专利的企业占规模以上工业企业比重 | % | 30 | 35 | ≥40 | 预期性 |\n\n"
        "## 二、重点任务\n\n### （一）提升知识产权创造质量\n\n由区市场监管局负责。\n"
    )
    doc, _ = extracted(text, "plan.md")
    assert [g.path for g in doc.goals] == ["一.(一).p1", "一.(二).p1"]
    got = [(t.indicator, t.indicator_key, t.value, t.unit, t.comparator, t.kind, t.year) for t in doc.targets]
    share = "拥有有效发明专利的规上工业企业占比"
    assert got == [
        ("发明专利授权量", "发明专利授权量增长率", 10.0, "%", ">=", "target", 2027),
        ("有效注册商标总量", "有效注册商标量", 3.5, "万件", ">=", "target", 2027),
        ("有效注册商标总量", "有效注册商标量增长率", 25.0, "%", "=", "target", 2027),
        ("培育区域品牌", "区域品牌", 2.0, "个", "range", "target", 2027),
        ("知识产权保护社会满意度", "知识产权保护社会满意度", 85.0, "分", ">=", "target", 2027),
        ("知识产权保护工作考核", "知识产权保护工作考核", None, None, "<=", "target", 2027),
        ("综合排名", "综合排名", 5.0, "位", "=", "target", 2027),
        ("拥有有效发明专利的企业占规模以上工业企业比重", share, 30.0, "%", "=", "baseline", 2023),
        ("拥有有效发明专利的企业占规模以上工业企业比重", share, 35.0, "%", "=", "target", 2025),
        ("拥有有效发明专利的企业占规模以上工业企业比重", share, 40.0, "%", ">=", "target", 2027),
    ]


def test_a_work_points_goals_chapter_of_numbered_items() -> None:
    doc = _doc(
        "1.知识产权创造。全年发明专利授权量力争达到150件以上，同比增长15%；新增地理标志证明商标1—2件。\n"
        "2.知识产权运用。商标专用权质押融资额确保不低于3亿元，组织企业开展知识产权合规管理体系认证10—15家。\n"
        "3.知识产权保护。知识产权保护工作考核排名全市第二，知识产权保护社会满意度居全市前列。\n"
        "表3 2025年建阳区知识产权工作主要指标",
        "南平市建阳区知识产权工作要点（2025年）\n为做好全区知识产权工作，制定本要点。\n一、主要目标\n",
    )
    ends = ["1—2件。", "10—15家。", "居全市前列。"]  # the caption after the last cut off
    assert [g.path for g in doc.goals] == ["一.1", "一.2", "一.3"]
    assert all(g.text.endswith(end) for g, end in zip(doc.goals, ends, strict=True))
    got = [(t.indicator, t.indicator_key, t.value, t.comparator, t.flags, t.year) for t in doc.targets]
    # 力争 and 确保 after their clauses' subjects speak for those clauses alone (round 29, target_commitment.py)
    assert got == [
        ("发明专利授权量", "发明专利授权量", 150.0, ">=", ["annual", "stretch"], 2025),
        ("发明专利授权量", "发明专利授权量增长率", 15.0, "=", ["growth"], 2025),
        ("地理标志证明商标", "地理标志商标注册量", 1.0, "range", ["increment"], 2025),
        ("商标专用权质押融资额", "商标质押融资额", 3.0, ">=", ["assured"], 2025),
        ("企业开展知识产权合规管理体系认证", "知识产权贯标企业", 10.0, "range", [], 2025),
        ("知识产权保护工作考核", "知识产权保护工作考核", 2.0, "=", [], 2025),
        ("知识产权保护社会满意度", "知识产权保护社会满意度", None, "<=", [], 2025),
    ]
