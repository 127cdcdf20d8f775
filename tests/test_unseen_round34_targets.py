"""Round 34: targets as city and county plans of 湖北, 山东 and 河南 write them.

What was read wrong before:

- a count in Chinese numerals right after a verb of adding, before what it counts (每个县市区至少培育两家商业
  秘密保护示范企业，新建三个知识产权工作站), gave no target: a count in numerals was read only where it closes
  its phrase (新增…两件。), against 四个方面, 三个一批 (targets.yaml numeral_verbs, added_verbs);
- a table of each county's targets typed with spaces (县市区  发明专利授权量（件）  … ↵ 寿光市  620  9.0), or of
  each indicator's counties (指标  寿光市  诸城市 ↵ 发明专利授权量（件）  620  480), gave no target: a table
  typed with spaces was read only under a header naming a task or indicator table's columns (tabs were read);
- a goal list written 指标：值 (每万人口高价值发明专利拥有量：18件；马德里商标国际注册量：新增300件；有效发明专利
  拥有量：2.1万件) lost every value that no comparator closes: the label before the colon is the measure;
- 主要目标是：… inside a paragraph of the preamble (after the guidance's 总体思路是：…。) stated no goal: the label's
  是 (为, 如下) before the colon hid it;
- a lead-in 力争通过三年的努力，到2026年，重点实现以下目标： above goals numbered 1. 2. did not flag them stretch
  (a lead-in spoke only for paragraphs of its own unit, not those numbered under it);
- goals numbered right before their year (1.2024年、2025年、2026年有效发明专利拥有量分别达到…; 12.2025年专利授权量…)
  kept the number in the indicator (1.2024 read as a decimal) and the second one took the plan's last year;
- 面向农业合作社开展商标品牌培训，每年不少于4场 gave nothing: a clause opening with a scope (面向, 围绕, 依托) gave
  no measure to the bare count after it; from its work's verb on it does (开展商标品牌培训);
- 品牌价值突破百亿元 (百 before an amount of money, no numeral before it) gave nothing;
- indicator table cells: 1.5万 in a row of 件 lost the row; 累计3 lost the value; 8（累计） lost the total's flag;
  2（力争2.5） gave the second level without stretch; a table of years down its first column labelled
  2023年（实际） / 2024年（目标） gave nothing;
- a table of counties whose indicator names its year (2025年每万人口高价值发明专利拥有量（件）) kept 2025年 in the
  indicator with no year, and no table of counties flagged its per-head or share measures (per_capita, share);
- 各成员单位要确定1名联络员 was a target (各成员单位要确定 = 1名): who staffs the work is a routine (targets.yaml
  criteria);
- 朝阳区每万人口高价值发明专利拥有量达到120件，较2023年增长50% gave the growth the indicator 朝阳区每万人口…,
  with no per_capita and the plan's region: a place opening an indicator taken from the clause before is
  that place's, as it is where the indicator is the target's own.
"""

from __future__ import annotations

import pytest

from tests.plans import extracted

HEAD = "宜昌市2024年知识产权工作要点\n二、主要任务\n　　10.加强商业秘密保护。"


def _targets(sentence: str) -> list[tuple[str, str, float, str | None]]:
    doc, _ = extracted(HEAD + sentence + "\n")
    return [(t.indicator, t.comparator, t.value, t.unit) for t in doc.targets]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "每个县市区至少培育两家商业秘密保护示范企业，新建三个知识产权工作站。",
            [
                ("每个县市区至少培育商业秘密保护示范企业", ">=", 2.0, "家"),
                ("新建知识产权工作站", "=", 3.0, "个"),
            ],
        ),
        ("全年打造两个知识产权服务业集聚区。", [("打造知识产权服务业集聚区", "=", 2.0, "个")]),
        ("力争新增十五家国家知识产权优势企业。", [("国家知识产权优势企业", "=", 15.0, "家")]),
    ],
)
def test_a_count_in_numerals_after_a_verb_of_adding_opens_its_noun(
    sentence: str, expected: list[tuple[str, str, float, str]]
) -> None:
    assert _targets(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "围绕四个方面开展工作。",
        "统筹两个市场两种资源。",
        "落实三个一批工作要求。",
        "培育一批知识产权示范企业。",
    ],
)
def test_a_count_in_numerals_opening_a_noun_without_a_verb_of_adding_is_none(sentence: str) -> None:
    assert _targets(sentence) == []


_COUNTIES_DOWN = """2024年潍坊市知识产权工作要点

附件

2024年各县市区知识产权主要指标分解表

县市区{g}发明专利授权量（件）{g}知识产权质押融资额（亿元）
寿光市{g}620{g}9.0
诸城市{g}480{g}7.5
青州市{g}410{g}6.0
"""

_COUNTIES_ACROSS = """2024年潍坊市知识产权工作要点

附件

2024年各县市区知识产权主要指标分解表

指标名称{g}寿光市{g}诸城市{g}青州市
发明专利授权量（件）{g}620{g}480{g}410
知识产权质押融资额（亿元）{g}9.0{g}7.5{g}6.0
"""

_EXPECTED = [
    ("370783", "发明专利授权量", 620.0, "件"),
    ("370782", "发明专利授权量", 480.0, "件"),
    ("370781", "发明专利授权量", 410.0, "件"),
    ("370783", "知识产权质押融资额", 9.0, "亿元"),
    ("370782", "知识产权质押融资额", 7.5, "亿元"),
    ("370781", "知识产权质押融资额", 6.0, "亿元"),
]


@pytest.mark.parametrize("page", [_COUNTIES_DOWN, _COUNTIES_ACROSS], ids=["down", "across"])
@pytest.mark.parametrize("gap", ["    ", "\u3000", "  "], ids=["spaces", "ideographic", "two"])
def test_a_county_table_typed_with_spaces_gives_each_county_its_targets(page: str, gap: str) -> None:
    doc, text = extracted(page.format(g=gap))
    got = sorted(((t.region_id, t.indicator, t.value, t.unit) for t in doc.targets), key=_EXPECTED.index)
    assert got == _EXPECTED
    assert all(text[t.span[0] : t.span[1]] == t.quote for t in doc.targets)


def _goals(body: str, head: str = "义乌市2024年知识产权工作要点\n\n一、年度目标\n") -> list[tuple]:
    doc, _ = extracted(head + body)
    return [(t.indicator, t.comparator, t.value, t.unit, t.year, sorted(t.flags)) for t in doc.targets]


def test_a_goal_lists_label_before_its_colon_is_the_measure() -> None:
    assert _goals(
        "1.发明专利授权量：1500件以上；\n2.每万人口高价值发明专利拥有量：18件；\n"
        "3.马德里商标国际注册量：新增300件；\n4.有效发明专利拥有量：2.1万件。\n"
    ) == [
        ("发明专利授权量", ">=", 1500.0, "件", 2024, []),
        ("每万人口高价值发明专利拥有量", "=", 18.0, "件", 2024, ["per_capita"]),
        ("马德里商标国际注册量", "=", 300.0, "件", 2024, ["increment"]),
        ("有效发明专利拥有量", "=", 2.1, "万件", 2024, []),
    ]


def test_a_goals_label_with_shi_inside_a_preamble_paragraph_states_the_goals() -> None:
    doc, _ = extracted(
        "岳阳市知识产权局2024年工作要点\n\n2024年全市知识产权工作的总体思路是：坚持创新驱动。主要目标是：全市"
        "发明专利授权量增长15%，有效发明专利拥有量达到4500件。\n\n一、加强知识产权创造\n"
        "1.实施专利提质增效工程。（牵头单位：市知识产权局）\n"
    )
    assert [(t.indicator, t.value, t.unit) for t in doc.targets] == [
        ("发明专利授权量", 15.0, "%"),
        ("有效发明专利拥有量", 4500.0, "件"),
    ]


def test_a_lead_in_speaks_for_the_goals_numbered_under_it() -> None:
    got = _goals(
        "力争通过三年的努力，到2026年，重点实现以下目标：\n1.发明专利授权量达到350件以上；\n"
        "2.每万人口发明专利拥有量达到15件。\n",
        head="长沙县知识产权行动方案\n\n一、行动目标\n",
    )
    assert [(g[0], g[4], "stretch" in g[5]) for g in got] == [
        ("发明专利授权量", 2026, True),
        ("每万人口发明专利拥有量", 2026, True),
    ]


def test_an_items_number_before_its_year_is_no_part_of_the_indicator() -> None:
    got = _goals(
        "1.2024年、2025年、2026年有效发明专利拥有量分别达到5000件、6500件、8000件；\n"
        "2.2026年，每万人口高价值发明专利拥有量达到25件；\n12.2025年专利授权量达到3000件。\n",
        head="长沙县知识产权强县建设工作方案（2024—2026年）\n\n一、工作目标\n",
    )
    assert [(g[0], g[2], g[4]) for g in got] == [
        ("有效发明专利拥有量", 5000.0, 2024),
        ("有效发明专利拥有量", 6500.0, 2025),
        ("有效发明专利拥有量", 8000.0, 2026),
        ("每万人口高价值发明专利拥有量", 25.0, 2026),
        ("专利授权量", 3000.0, 2025),
    ]


@pytest.mark.parametrize(
    ("clause", "indicator"),
    [
        ("面向农业合作社开展商标品牌培训，每年不少于4场。", "开展商标品牌培训"),
        ("围绕重点产业组织专利导航，每年不少于3项。", "组织专利导航"),
    ],
)
def test_a_scope_opening_the_clause_before_a_bare_count_is_no_part_of_its_measure(
    clause: str, indicator: str
) -> None:
    got = _goals(
        clause, head="库尔勒市知识产权强市建设试点工作方案（2023—2025年）\n\n二、重点任务\n（五）加强培训。\n"
    )
    assert [g[0] for g in got] == [indicator]


def test_a_hundred_before_an_amount_of_money_is_a_count() -> None:
    got = _goals(
        "到2025年，“寿光蔬菜”区域公用品牌价值突破百亿元。\n", head="寿光市知识产权工作方案\n\n一、工作目标\n"
    )
    assert [(g[1], g[2], g[3]) for g in got] == [(">", 100.0, "亿元")]
    assert _goals("打造百亿元级产业集群。\n", head="寿光市知识产权工作方案\n\n一、工作目标\n") == []


_CELLS = """<html><body><h1>吴忠市知识产权强市建设三年行动计划（2023—2025年）</h1><p>一、行动目标</p>
<table><tr><th>指标名称</th><th>单位</th><th>2022年基数</th><th>2025年目标</th></tr>
<tr><td>有效注册商标量</td><td>件</td><td>1.5万</td><td>1.8万</td></tr>
<tr><td>专利商标质押融资金额</td><td>亿元</td><td>0.5</td><td>累计3</td></tr>
<tr><td>地理标志产品</td><td>个</td><td>6</td><td>8（累计）</td></tr>
<tr><td>每万人口高价值发明专利拥有量</td><td>件</td><td>1.1</td><td>2（力争2.5）</td></tr>
</table></body></html>"""


def test_indicator_table_cells_with_a_multiplier_a_total_or_a_second_level() -> None:
    doc, _ = extracted(_CELLS, "plan.html")
    got = [(t.indicator, t.kind, t.value, t.unit, t.normalized_value, sorted(t.flags)) for t in doc.targets]
    assert ("有效注册商标量", "target", 1.8, "万件", 18000.0, []) in got
    assert ("有效注册商标量", "baseline", 1.5, "万件", 15000.0, []) in got
    assert ("专利商标质押融资金额", "target", 3.0, "亿元", 300000000.0, ["cumulative"]) in got
    assert ("地理标志产品", "target", 8.0, "个", 8.0, ["cumulative"]) in got
    levels = [(t.value, "stretch" in t.flags) for t in doc.targets if t.kind == "target" and t.unit == "件"]
    assert levels[-2:] == [(2.0, False), (2.5, True)]


def test_a_table_of_years_down_labelled_actual_and_target() -> None:
    page = """<html><body><h1>互助土族自治县2024年知识产权工作计划</h1><p>一、年度目标</p>
<table><tr><th>年度</th><th>发明专利授权量（件）</th><th>有效注册商标量（件）</th></tr>
<tr><td>2023年（实际）</td><td>21</td><td>3560</td></tr><tr><td>2024年（目标）</td><td>30</td><td>3900</td></tr>
</table></body></html>"""
    doc, _ = extracted(page, "plan.html")
    assert sorted((t.indicator, t.kind, t.value, t.year) for t in doc.targets) == [
        ("发明专利授权量", "baseline", 21.0, 2023),
        ("发明专利授权量", "target", 30.0, 2024),
        ("有效注册商标量", "baseline", 3560.0, 2023),
        ("有效注册商标量", "target", 3900.0, 2024),
    ]


def test_a_county_tables_indicator_naming_its_year() -> None:
    page = """<html><body><h1>平顶山市知识产权强市建设目标任务分解表</h1>
<table><tr><th>县（市、区）</th><th>2025年每万人口高价值发明专利拥有量（件）</th><th>2025年有效发明专利（件）</th></tr>
<tr><td>舞钢市</td><td>4.2</td><td>520</td></tr><tr><td>宝丰县</td><td>1.5</td><td>200</td></tr>
</table></body></html>"""
    doc, _ = extracted(page, "plan.html")
    assert sorted((t.region_id, t.indicator, t.value, t.year, tuple(t.flags)) for t in doc.targets) == [
        ("410421", "有效发明专利", 200.0, 2025, ()),
        ("410421", "每万人口高价值发明专利拥有量", 1.5, 2025, ("per_capita",)),
        ("410481", "有效发明专利", 520.0, 2025, ()),
        ("410481", "每万人口高价值发明专利拥有量", 4.2, 2025, ("per_capita",)),
    ]


def test_who_staffs_the_work_is_no_target() -> None:
    head = "万年县知识产权工作方案\n\n一、保障措施\n"
    assert _goals("（一）加强信息报送。各成员单位要确定1名联络员负责日常联络。\n", head=head) == []
    assert [g[0] for g in _goals("（一）加强队伍。每年培训知识产权工作人员不少于100名。\n", head=head)] == [
        "培训知识产权工作人员"
    ]


def test_a_place_opening_an_indicator_taken_from_the_clause_before() -> None:
    doc, text = extracted(
        "北京市朝阳区知识产权强区建设实施方案（2024—2027年）\n\n一、主要目标\n"
        "到2027年，朝阳区每万人口高价值发明专利拥有量达到120件，较2023年增长50%。\n"
    )
    got = [(t.indicator, t.value, t.unit, sorted(t.flags), t.region_name) for t in doc.targets]
    assert got == [
        ("每万人口高价值发明专利拥有量", 120.0, "件", ["per_capita"], "朝阳区"),
        ("每万人口高价值发明专利拥有量", 50.0, "%", ["growth", "per_capita"], "朝阳区"),
    ]
    evidence = doc.targets[1].region_evidence
    assert evidence is not None
    assert text[evidence.span[0] : evidence.span[1]] == "朝阳区"
