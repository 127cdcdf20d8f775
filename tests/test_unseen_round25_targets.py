"""Round 25: goals and numeric targets as plans of regions and industries not yet read write them. A county of
a ceramics or stainless-steel industry lists two measures and their values without 分别 (有效发明专利拥有量、有效
注册商标量达到300件、5000件) and years with the same value for each (2024年、2025年每年新增地理标志商标各1件);
measures a change from a base year (较2020年增长30%, 比2022年翻一番, 较“十三五”末提高500件, 达到2022年的2倍);
sets targets per amount of output and per market entity (每亿元GDP有效发明专利拥有量, 每万户市场主体商标拥有量,
每万家企业有效注册商标拥有量); and names the field a target is limited to (陶瓷领域高价值发明专利拥有量,
生物医药产业发明专利授权量).
Before: only the first value of a list without 分别 was read, under the whole list as its indicator; the years'
list gave one target for its last year with 各 in the indicator; the base year was nowhere on the target, and
a base 达到2022年的2倍 dated the next clause's target 2022 (then read as a starting level); per output and per
firm measures were flagged per_capita and had no standard key; the field stayed in the key, so the target
compared with no other plan's.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from policykg.extract.indicators import target_flags
from policykg.extract.programs import find_programs
from policykg.models import Target
from tests.plans import extracted

COUNTY = "湖南省株洲市醴陵市知识产权强县建设工作方案（2023—2025年）\n为推进知识产权强县建设，制定本方案。\n一、主要目标\n"
TASKS = "二、重点任务\n（一）提升知识产权创造质量。由市市场监管局负责。\n"


def _targets(body: str, head: str = COUNTY) -> list[Target]:
    doc, _ = extracted(head + body + "\n" + TASKS)
    return doc.targets


# 1. values listed without 分别, and the value of each year of a list


def test_values_listed_without_respectively_go_to_the_names_in_order() -> None:
    targets = _targets("到2025年，有效发明专利拥有量、有效注册商标量达到300件、5000件。")
    got = [(t.indicator_key, t.value, t.unit, t.comparator, t.year) for t in targets]
    assert got == [
        ("有效发明专利拥有量", 300.0, "件", ">=", 2025),
        ("有效注册商标量", 5000.0, "件", ">=", 2025),
    ]


def test_years_listed_without_respectively_each_take_their_value() -> None:
    targets = _targets("2023年、2024年、2025年专利授权量达到800件、900件、1000件。")
    got = [(t.indicator_key, t.value, t.year) for t in targets]
    assert got == [("专利授权量", 800.0, 2023), ("专利授权量", 900.0, 2024), ("专利授权量", 1000.0, 2025)]


def test_a_value_for_each_year_of_a_list_is_one_target_a_year() -> None:
    targets = _targets("2024年、2025年每年新增地理标志商标各1件。")
    got = [(t.indicator, t.indicator_key, t.value, t.year, sorted(t.flags)) for t in targets]
    assert got == [
        ("地理标志商标", "地理标志商标注册量", 1.0, 2024, ["annual", "increment"]),
        ("地理标志商标", "地理标志商标注册量", 1.0, 2025, ["annual", "increment"]),
    ]
    assert all(t.quote.startswith("2024年、2025年") for t in targets)
    opened = _targets("2024年、2025年各新增地理标志商标1件。")  # 各 right after the years
    assert [(t.indicator, t.year, sorted(t.flags)) for t in opened] == [
        ("地理标志商标", 2024, ["annual", "increment"]),
        ("地理标志商标", 2025, ["annual", "increment"]),
    ]
    (each,) = _targets("到2025年，2024年、2025年专利授权量分别达到900件、1000件，新增发明专利50件。")[2:]
    assert each.year == 2025  # a target after a list given 分别 stays the last year's


# 2. the base year of a change or a multiple


def test_the_base_year_of_a_change_or_a_multiple_is_recorded() -> None:
    targets = _targets(
        "到2025年，有效发明专利拥有量较2020年增长30%，专利授权量比2022年翻一番，商标注册量较“十三五”末提高500件，"
        "专利质押融资额达到2022年的2倍，技术合同成交额同比增长10%。"
    )
    got = [(t.indicator_key, t.value, t.unit, t.kind, t.year, t.base_year) for t in targets]
    assert got == [
        ("有效发明专利拥有量增长率", 30.0, "%", "target", 2025, 2020),
        ("专利授权量", 2.0, "倍", "target", 2025, 2022),
        ("有效注册商标量", 500.0, "件", "target", 2025, 2020),
        ("专利质押融资额", 2.0, "倍", "target", 2025, 2022),
        ("技术合同成交额增长率", 10.0, "%", "target", 2025, 2024),  # 同比: the year before the target's
    ]


# 3. what a measure per unit is per


def test_measures_per_output_and_per_firm_are_not_per_person() -> None:
    targets = _targets(
        "到2025年，每万人口高价值发明专利拥有量达到8件，每亿元GDP有效发明专利拥有量达到3件，"
        "每万户市场主体商标拥有量达到1500件，每万家企业有效注册商标拥有量达到2000件。"
    )
    got = [(t.indicator_key, t.flags) for t in targets]
    assert got == [
        ("每万人口高价值发明专利拥有量", ["per_capita"]),
        ("每亿元地区生产总值发明专利拥有量", ["per_gdp"]),
        ("每万户市场主体有效商标拥有量", ["per_firm"]),
        ("每万家企业有效商标拥有量", ["per_firm"]),  # firms are fewer than market entities: another key
    ]


def test_a_count_for_each_firm_is_no_measure_per_unit() -> None:
    assert target_flags("每家企业知识产权专员") == []
    assert target_flags("每十亿元地区生产总值发明专利拥有量") == ["per_gdp"]
    assert target_flags("万企有效注册商标企业数") == ["per_firm"]


# 4. the field a target is limited to


def test_the_field_of_a_target_is_its_qualifier_and_the_key_the_standard_indicator() -> None:
    targets = _targets(
        "到2025年，陶瓷领域高价值发明专利拥有量达到120件，生物医药产业发明专利授权量年均增长15%，"
        "不锈钢行业有效注册商标量达到3000件，专利密集型产业增加值占GDP比重达到12%，重点产业领域专利导航项目不少于3项。"
    )
    got = [(t.indicator_key, t.qualifier) for t in targets]
    assert got == [
        ("高价值发明专利拥有量", "陶瓷领域"),
        ("发明专利授权量增长率", "生物医药产业"),
        ("有效注册商标量", "不锈钢行业"),
        ("专利密集型产业增加值占GDP比重", None),  # the industry is what is measured
        ("重点产业领域专利导航项目", None),  # no standard indicator after the field
    ]
    assert targets[0].indicator == "陶瓷领域高价值发明专利拥有量"  # as phrased


# 5. names after the first that leave off its front words


def test_names_after_the_first_share_its_front_words() -> None:
    targets = _targets(
        "到2025年，发明专利申请量、授权量分别达到300件、120件；培育省级知识产权示范企业、优势企业5家、10家。"
    )
    got = [(t.indicator_key, t.value) for t in targets]
    assert got == [
        ("发明专利申请量", 300.0),
        ("发明专利授权量", 120.0),
        ("省级知识产权示范企业", 5.0),
        ("省级知识产权优势企业", 10.0),
    ]


# 6. indicator tables in text files: rows without their opening bars, GFM's shortest delimiter cells

TABLE_HEAD = (
    "云南省普洱市思茅区知识产权工作方案（2023—2025年）\n为推进知识产权工作，制定本方案。\n一、主要指标\n"
)
ROWS = ("有效发明专利拥有量 | 件 | 120 | 200 | 预期性", "专利申请非正常率 | ‰ | 3 | 2 | 约束性")


def _table_targets(table: str) -> list[tuple[str, float | None, str | None, str, int | None, list[str]]]:
    doc, _ = extracted(TABLE_HEAD + table + "\n" + TASKS.replace("市市场", "区市场"))
    return [
        (t.indicator_key, t.value, t.unit, t.kind, t.year, t.flags)
        for t in doc.targets
        if t.source == "table"
    ]


EXPECTED_TABLE = [
    ("有效发明专利拥有量", 120.0, "件", "baseline", 2023, ["expected"]),
    ("有效发明专利拥有量", 200.0, "件", "target", 2025, ["expected"]),
    ("专利申请非正常率", 3.0, "‰", "baseline", 2023, ["binding"]),
    ("专利申请非正常率", 2.0, "‰", "target", 2025, ["binding"]),
]


def test_a_pipe_table_without_the_bars_opening_its_rows_is_read() -> None:
    table = "指标名称 | 单位 | 2023年基数 | 2025年目标 | 属性\n--- | --- | --- | --- | ---\n" + "\n".join(
        ROWS
    )
    assert _table_targets(table) == EXPECTED_TABLE


def test_a_pipe_table_with_short_delimiter_cells_is_read() -> None:
    rows = "\n".join(f"| {r}" for r in ROWS)  # no closing bars either
    table = f"| 指标名称 | 单位 | 2023年基数 | 2025年目标 | 属性\n| :-- | :-: | --: | - | --\n{rows}"
    assert _table_targets(table) == EXPECTED_TABLE


# 7. programmes of the IP field not yet known, and their look-alikes


def test_new_programmes_are_found_and_their_look_alikes_are_not() -> None:
    found = {
        text: [(h.program.id, text[h.span[0] : h.span[1]]) for h in find_programs(text, 0, len(text))]
        for text in (
            "建设技术与创新支持中心（TISC）1家",
            "与高校国家知识产权信息服务中心合作",
            "推进知识产权运营服务体系建设",
            "开展知识产权代理行业“蓝天”专项整治行动",
            "为企业提供专利快速预审服务",
            "开展专利密集型产品备案认定",
            "深入打好蓝天保卫战",
            "推行建设用地快速预审",
            "扩大劳动密集型产品出口",
        )
    }
    assert list(found.values()) == [
        [("tisc", "技术与创新支持中心（TISC）")],
        [("university_ip_centres", "高校国家知识产权信息服务中心")],
        [("ip_operation_system", "知识产权运营服务体系")],
        [("blue_sky_campaign", "代理行业“蓝天”专项整治行动")],
        [("patent_pre_examination", "专利快速预审")],
        [("ip_intensive_industries", "密集型产品")],
        [],
        [],
        [],
    ]


# 8. a property: a list without 分别 reads as the same list with it

_MEASURES = ("有效发明专利拥有量", "有效注册商标量", "专利授权量", "PCT国际专利申请量", "作品登记量")


@settings(max_examples=25, deadline=None)
@given(
    st.lists(st.sampled_from(_MEASURES), min_size=2, max_size=4, unique=True),
    st.lists(st.integers(min_value=1, max_value=99999), min_size=4, max_size=4),
)
def test_a_list_reads_alike_with_or_without_respectively(names: list[str], values: list[int]) -> None:
    listed = "、".join(names)
    numbers = "、".join(f"{v}件" for v in values[: len(names)])
    plain = _targets(f"到2025年，{listed}达到{numbers}。")
    respective = _targets(f"到2025年，{listed}分别达到{numbers}。")
    got = [(t.indicator_key, t.value, t.year) for t in plain]
    assert got == [(t.indicator_key, t.value, t.year) for t in respective]
    assert [t.value for t in plain] == [float(v) for v in values[: len(names)]]
