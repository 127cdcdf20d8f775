"""Targets in phrasings and tables the corpus lacks: baselines (由…的X提高到Y), comparisons (较2023年提高2件),
adverbs and spans of time around the indicator (力争 / 年内 / 三年累计 / 年均), subject agencies, time units,
a subject carried across clauses, and indicator tables whose columns are years or base/target values."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders import load_bytes
from ontology.vocab_targets import target_vocabulary
from policykg.extract.indicators import indicator_key
from policykg.extract.pipeline import extract_document
from policykg.extract.quantities import normalise
from policykg.extract.targets import find_targets
from policykg.extract.year_tables import indicator_table_targets

HVP = "每万人口高价值发明专利拥有量"


def drafts(text: str, year: int | None = None) -> list[tuple[object, ...]]:
    return [
        (d.indicator, d.value, d.unit, d.comparator, sorted(d.flags), d.year)
        for d in find_targets(text, 0, len(text), context_year=year)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a starting level is flagged baseline and dated by its own year; the target keeps the indicator
        (
            f"到2026年，{HVP}由2023年的6.2件提高到10件",
            [
                (HVP, 6.2, "件", "=", ["baseline", "per_capita"], 2023),
                (HVP, 10, "件", ">=", ["per_capita"], 2026),
            ],
        ),
        (
            "到2025年，省级知识产权示范企业从2020年底的5家增加至12家",
            [
                ("省级知识产权示范企业", 5, "家", "=", ["baseline"], 2020),
                ("省级知识产权示范企业", 12, "家", ">=", [], 2025),
            ],
        ),
        (
            "专利代理率由目前的60%提升至80%",
            [("专利代理率", 60, "%", "=", ["baseline"], None), ("专利代理率", 80, "%", ">=", [], None)],
        ),
        # comparisons: the base is not the indicator, the change word says increment or growth
        (f"到2026年，{HVP}较2023年提高2件", [(HVP, 2, "件", "=", ["increment", "per_capita"], 2026)]),
        ("发明专利授权量比上年增长20%", [("发明专利授权量", 20, "%", "=", ["growth"], None)]),
        (
            "专利密集型产业增加值占比较2020年提高3个百分点",
            [("专利密集型产业增加值占比", 3, "个百分点", "=", ["increment", "share"], None)],
        ),
        # adverbs and spans of time at either end
        (
            "到2026年，知识产权质押融资额三年累计达到100亿元",
            [("知识产权质押融资额", 100, "亿元", ">=", ["cumulative"], 2026)],
        ),
        ("知识产权质押融资额力争突破50亿元", [("知识产权质押融资额", 50, "亿元", ">", [], None)]),
        ("专利代理率确保达到85%", [("专利代理率", 85, "%", ">=", [], None)]),
        ("年内完成质押登记金额20亿元", [("完成质押登记金额", 20, "亿元", "=", ["annual"], None)]),
        ("地理标志用标企业年均新增5家", [("地理标志用标企业", 5, "家", "=", ["annual", "increment"], None)]),
        ("年均新增用标企业5家", [("用标企业", 5, "家", "=", ["annual", "increment"], None)]),
        (
            "“十四五”期间累计新增贯标企业100家",
            [("贯标企业", 100, "家", "=", ["cumulative", "increment"], None)],
        ),
        # time units, with 以内 as an upper bound
        ("行政裁决案件平均结案周期控制在3个月以内", [("行政裁决案件平均结案周期", 3, "月", "<=", [], None)]),
        ("预审合格专利授权周期压缩至20个工作日", [("预审合格专利授权周期", 20, "工作日", "<=", [], None)]),
        (
            "专利侵权纠纷案件平均办理周期压缩至30天以内",
            [("专利侵权纠纷案件平均办理周期", 30, "天", "<=", [], None)],
        ),
        ("维权援助响应时间缩短至48小时", [("维权援助响应时间", 48, "小时", "<=", [], None)]),
        # a multiplier before any unit
        ("新增注册商标1.2万个", [("注册商标", 1.2, "万个", "=", ["increment"], None)]),
        (
            "专利授权量从2020年的500件增长到2025年的1000件",
            [("专利授权量", 500, "件", "=", ["baseline"], 2020), ("专利授权量", 1000, "件", ">=", [], 2025)],
        ),
        (
            "专利侵权案件办理周期由60天缩短至30天",
            [
                ("专利侵权案件办理周期", 60, "天", "=", ["baseline"], None),
                ("专利侵权案件办理周期", 30, "天", "<=", [], None),
            ],
        ),
        # a duration or threshold qualifying the next indicator is not a target of its own
        ("专利侵权纠纷案件30天内办结率达到90%", [("专利侵权纠纷案件30天内办结率", 90, "%", ">=", [], None)]),
        ("1个工作日内完成登记", [("完成登记", 1, "工作日", "<=", [], None)]),
        ("县知识产权局全年组织培训20场次", [("组织培训", 20, "场次", "=", ["annual"], None)]),
        ("2024年底前完成20家企业贯标", [("完成企业贯标", 20, "家", "=", [], 2024)]),
        (
            "每万人口发明专利拥有量到2025年达到30件",
            [("每万人口发明专利拥有量", 30, "件", ">=", ["per_capita"], 2025)],
        ),
        # a subject named in one clause, the number in the next
        ("到2025年，全市专利授权量较2020年翻一番，达到1万件", [("专利授权量", 1, "万件", ">=", [], 2025)]),
        (
            "区财政局、区科技局每年安排专项资金1000万元",
            [("安排专项资金", 1000, "万元", "=", ["annual"], None)],
        ),
        (
            "到2026年，有效注册商标总量保持全省首位，突破55万件",
            [("有效注册商标总量", 1, "位", "=", [], 2026), ("有效注册商标总量", 55, "万件", ">", [], 2026)],
        ),
        (
            "发明专利授权量达到500件，同比增长20%",
            [
                ("发明专利授权量", 500, "件", ">=", [], None),
                ("发明专利授权量", 20, "%", "=", ["growth"], None),
            ],
        ),
        # an agency that is the sentence's subject is not part of the indicator
        (
            "区财政局每年安排不少于2000万元知识产权专项资金",
            [("安排知识产权专项资金", 2000, "万元", ">=", ["annual"], None)],
        ),
        (
            "义乌市市场监管局每年组织知识产权培训不少于10场",
            [("组织知识产权培训", 10, "场", ">=", ["annual"], None)],
        ),
    ],
)
def test_unseen_phrasings(text: str, expected: list[tuple[object, ...]]) -> None:
    assert drafts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "于2024年6月30日前完成申报",  # a date, not 30 days
        "每年4月26日开展知识产权宣传周活动",
    ],
)
def test_dates_are_not_durations(text: str) -> None:
    assert drafts(text) == []


def test_not_mistaken_for_baselines_or_agencies() -> None:
    # 从 before a number that no change follows opens no baseline
    assert all("baseline" not in f for *_, f, _ in drafts("从3个方面推进知识产权保护，建成2个中心"))
    # an agency type of another category stays in the indicator: the centre's registered firms
    assert drafts("知识产权保护中心备案企业达500家") == [
        ("知识产权保护中心备案企业", 500, "家", ">=", [], None)
    ]
    assert drafts("政府采购正版软件比例达到100%")[0][0] == "政府采购正版软件比例"  # 政府 alone is no subject


def test_baseline_evidence_and_years_in_a_plan() -> None:
    text = (
        "某区知识产权工作方案\n一、工作目标\n到2026年，每万人口高价值发明专利拥有量由2023年的6.2件提高到10件。"
        "有效注册商标总量保持全省首位，突破55万件。\n"
    )
    doc = extract_document(load_bytes(text.encode(), "plan.txt"))
    got = [(t.indicator, t.value, t.year, t.kind, t.flags) for t in doc.targets]
    assert got == [
        (HVP, 6.2, 2023, "baseline", ["per_capita"]),
        (HVP, 10, 2026, "target", ["per_capita"]),
        ("有效注册商标总量", 1, 2026, "target", []),  # its rank: 保持全省首位
        ("有效注册商标总量", 55, 2026, "target", []),
    ]
    assert doc.targets[2].quote == "有效注册商标总量保持全省首位"
    carried = doc.targets[3]
    assert carried.quote == "突破55万件"
    assert carried.indicator_evidence is not None
    assert carried.indicator_evidence.quote == "有效注册商标总量"
    assert carried.normalized_value == 550_000
    for t in doc.targets:
        assert text[t.span[0] : t.span[1]] == t.quote


def test_vocabulary_units() -> None:
    vocab = target_vocabulary()
    assert normalise(55, "万件") == (550_000, "件")
    assert normalise(1.2, "万个") == (12_000, "个")
    assert normalise(3, "月") == (3, "月")
    assert normalise(15, "日") == (15, "天")
    assert vocab.unit("万月") is None  # 月 counts only after 个
    assert indicator_key("安排知识产权专项资金") == "知识产权专项资金"


R05 = """<html><body><h1>某区知识产权强区建设实施意见</h1>
<h2>一、发展目标</h2><p>到2025年主要指标如下：</p>
<table><tr><th>指标名称</th><th>单位</th><th>2023年</th><th>2025年</th></tr>
<tr><td>每万人口高价值发明专利拥有量</td><td>件</td><td>11</td><td>14</td></tr>
<tr><td>知识产权质押融资额</td><td>亿元</td><td>8</td><td>12</td></tr></table>
<h2>二、重点任务</h2><p>（一）培育高价值专利。（区市场监管局负责）</p></body></html>"""


def table_rows(doc) -> list[tuple[object, ...]]:
    return [
        (t.indicator, t.value, t.unit, t.comparator, t.year, t.kind, t.flags)
        for t in doc.targets
        if t.source == "table"
    ]


def test_year_column_table() -> None:
    doc = extract_document(load_bytes(R05.encode(), "plan.html"))
    assert table_rows(doc) == [
        (HVP, 11, "件", "=", 2023, "baseline", ["per_capita"]),
        (HVP, 14, "件", "=", 2025, "target", ["per_capita"]),
        ("知识产权质押融资额", 8, "亿元", "=", 2023, "baseline", []),
        ("知识产权质押融资额", 12, "亿元", "=", 2025, "target", []),
    ]
    target = next(t for t in doc.targets if t.value == 12)
    assert (target.normalized_value, target.is_total, target.year_basis) == (1_200_000_000, False, "table")
    assert target.indicator_evidence is not None
    assert target.indicator_evidence.quote == "知识产权质押融资额"
    assert target.region_evidence is None


ATTRIBUTE_TABLE = """<html><body><h1>某县知识产权工作方案</h1><h2>一、主要目标</h2>
<table><tr><th>序号</th><th>指标</th><th>基期值（2020年）</th><th>2025年目标值</th><th>属性</th></tr>
<tr><td>1</td><td>发明专利拥有量（件）</td><td>1200</td><td>≥2000</td><td>预期性</td></tr>
<tr><td>2</td><td>专利侵权案件结案率</td><td>85%</td><td>90%以上</td><td>约束性</td></tr>
<tr><td>3</td><td>知识产权服务机构（家）</td><td>—</td><td>3-5</td><td>预期性</td></tr></table>
</body></html>"""


def test_base_and_target_value_columns_with_attributes() -> None:
    doc = extract_document(load_bytes(ATTRIBUTE_TABLE.encode(), "plan.html"))
    assert table_rows(doc) == [
        ("发明专利拥有量", 1200, "件", "=", 2020, "baseline", ["expected"]),
        ("发明专利拥有量", 2000, "件", ">=", 2025, "target", ["expected"]),
        ("专利侵权案件结案率", 85, "%", "=", 2020, "baseline", ["binding"]),
        ("专利侵权案件结案率", 90, "%", ">=", 2025, "target", ["binding"]),
        ("知识产权服务机构", 3, "家", "range", 2025, "target", ["expected"]),
    ]
    assert next(t for t in doc.targets if t.comparator == "range").value_max == 5


MILESTONES = """<html><body><table>
<tr><th>指标名称</th><th>单位</th><th>2023年</th><th>2024年</th><th>2025年</th><th>2026年</th></tr>
<tr><td>PCT专利申请量</td><td>件</td><td>100</td><td>120</td><td>140</td><td>160</td></tr>
</table></body></html>"""


def test_year_columns_before_the_plan_period_are_baselines() -> None:
    loaded = load_bytes(MILESTONES.encode(), "plan.html")
    (table,) = loaded.tables
    got = [(c.value, c.year, c.flags) for c in indicator_table_targets(loaded.text, table, None, 2026, 2024)]
    assert got == [(100, 2023, ("baseline",)), (120, 2024, ()), (140, 2025, ()), (160, 2026, ())]
    bare = [(c.value, c.flags) for c in indicator_table_targets(loaded.text, table, None, 2026, None)]
    assert bare[0] == (100, ("baseline",))  # no period: the earliest of several years is the base
    assert [f for _, f in bare[1:]] == [(), (), ()]


def test_a_bare_target_column_takes_the_plan_year() -> None:
    html = (
        "<html><body><table><tr><th>指标</th><th>单位</th><th>目标值</th></tr>"
        "<tr><td>专利质押融资额</td><td>亿元</td><td>5</td></tr></table></body></html>"
    )
    loaded = load_bytes(html.encode(), "plan.html")
    (cell,) = indicator_table_targets(loaded.text, loaded.tables[0], None, 2025, None)
    assert (cell.value, cell.unit, cell.year, cell.year_basis, cell.flags) == (5, "亿元", 2025, "plan", ())


def test_task_tables_are_not_indicator_tables() -> None:
    html = (
        "<html><body><table><tr><th>序号</th><th>工作任务</th><th>责任单位</th><th>完成时限</th></tr>"
        "<tr><td>1</td><td>培育高价值专利</td><td>区市场监管局</td><td>2025年12月</td></tr></table></body></html>"
    )
    loaded = load_bytes(html.encode(), "plan.html")
    assert indicator_table_targets(loaded.text, loaded.tables[0], None, 2025, None) == []


INDICATORS = [
    "发明专利授权量",
    "PCT国际专利申请量",
    "知识产权质押融资额",
    "有效注册商标总量",
    "地理标志证明商标",
    "专利代理机构数量",
    "规上企业专利申请覆盖率",
    "知识产权服务业从业人员",
]
LEADS = [
    "",
    "力争",
    "争取",
    "确保",
    "年内",
    "每年",
    "年均",
    "三年",
    "五年累计",
    "“十四五”期间",
    "继续",
    "进一步",
]
VERBS = {"达到": ">=", "突破": ">", "不低于": ">=", "超过": ">", "达": ">=", "不少于": ">="}
AGENCIES = ["", "区财政局", "市市场监管局", "县科技局、县财政局", "区人民政府"]
UNITS = ["件", "家", "个", "亿元", "万元", "%", "人次", "项", "万件", "笔"]


@settings(max_examples=300, deadline=None)
@given(
    lead=st.sampled_from(LEADS),
    inner=st.sampled_from(LEADS),
    indicator=st.sampled_from(INDICATORS),
    verb=st.sampled_from(sorted(VERBS)),
    number=st.integers(min_value=1, max_value=99999),
    unit=st.sampled_from(UNITS),
    year=st.sampled_from(["", "到2025年，", "到2026年底，"]),
    agency=st.sampled_from(AGENCIES),
)
def test_generated_phrases_give_a_clean_indicator(
    lead: str, inner: str, indicator: str, verb: str, number: int, unit: str, year: str, agency: str
) -> None:
    """{year}{agency}{lead}{indicator}{inner}{verb}{number}{unit}: a subject agency, adverbs and spans of
    time on either side of the indicator never stay in it; the value, unit and comparator are as written."""
    text = f"{year}{agency}{lead}{indicator}{inner}{verb}{number}{unit}"
    (draft,) = find_targets(text, 0, len(text), context_year=None)
    assert (draft.indicator, draft.value, draft.unit, draft.comparator) == (
        indicator,
        number,
        unit,
        VERBS[verb],
    )
    assert draft.year == (int(year[1:5]) if year else None)
    assert "baseline" not in draft.flags
    assert text[draft.span[0] : draft.span[1]].endswith(f"{number}{unit}")
    if "每年" in lead + inner or "年均" in lead + inner or "年内" in lead + inner:
        assert "annual" in draft.flags
    if "累计" in lead + inner:
        assert "cumulative" in draft.flags
