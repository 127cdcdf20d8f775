"""Round 26: goals, numeric targets and programmes as plans of regions and industries not yet read write them.
Annual work points of tea, furniture and motor counties measure growth against the year before (同比增长10%,
较上年增加300件, 比去年增长8%, 达到上年的1.5倍); goals limit a standard measure to who holds it (高新技术企业发明
专利拥有量, 规上工业企业有效发明专利拥有量, 科技型中小企业专利申请量); lists of rights share the measure written
after the last (专利、商标质押融资额分别…, 发明专利、商标拥有量分别…); trademark and patent densities are per firm or
per market entity (每万家企业有效注册商标拥有量, 每万户有效商标拥有量, 每万户经营主体…); indicator tables are typed
with full-width bars (｜指标名称｜单位｜) or without a delimiter row, with 基期值/目标值/属性/责任单位 columns; a
ceiling is written 低于 / 少于; and tasks name programmes of the field not yet known (专利侵权纠纷行政裁决,
知识产权保护规范化市场, 知识产权信息公共服务网点, 中国专利奖).
Before: a change against the year before had no base year; the holder stayed in the key, so the target compared
with no other plan's; the first right of such a list was read bare (专利: 1亿元); per-firm densities had no
standard key and 每万户 was flagged per person; tables in full-width bars or without a delimiter row gave no
targets; 低于 stayed in the indicator (专利申请非正常率低于) with the comparator =; the programmes were not found.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from policykg.extract.programs import find_programs
from policykg.extract.tables import detect_text_tables
from policykg.models import Target
from tests.plans import extracted

COUNTY = "福建省宁德市福安市知识产权强县建设工作方案（2023—2025年）\n为推进知识产权强县建设，制定本方案。\n一、主要目标\n"
ANNUAL = "云南省普洱市思茅区2024年知识产权工作要点\n一、工作目标\n"
TASKS = "二、重点任务\n（一）提升知识产权创造质量。由市市场监管局负责。\n"


def _targets(body: str, head: str = COUNTY) -> list[Target]:
    doc, _ = extracted(head + body + "\n" + TASKS)
    return doc.targets


# 1. a change against the year before: the base year is the target's year less one


def test_a_change_against_the_year_before_has_the_year_before_as_its_base() -> None:
    targets = _targets(
        "到2025年，专利授权量比上年增长15%，商标注册申请量较上年增加300件，知识产权质押融资额达到上年的1.5倍，"
        "技术合同成交额较去年增长8%。"
    )
    got = [(t.indicator_key, t.value, t.unit, t.year, t.base_year, sorted(t.flags)) for t in targets]
    assert got == [
        ("专利授权量增长率", 15.0, "%", 2025, 2024, ["growth"]),
        ("商标注册申请量", 300.0, "件", 2025, 2024, ["increment"]),
        ("知识产权质押融资额", 1.5, "倍", 2025, 2024, ["relative"]),
        ("技术合同成交额增长率", 8.0, "%", 2025, 2024, ["growth"]),
    ]


def test_the_same_period_of_the_year_before_in_annual_work_points() -> None:
    targets = _targets("2024年，全区专利授权量同比增长10%，有效注册商标量环比增长2%。", ANNUAL)
    got = [(t.indicator_key, t.year, t.base_year) for t in targets]
    # 环比: the period before (a month, a quarter), no year
    assert got == [("专利授权量增长率", 2024, 2023), ("有效注册商标量增长率", 2024, None)]


def test_a_named_base_year_and_a_starting_level_keep_their_own_years() -> None:
    targets = _targets(
        "到2025年，每万人口高价值发明专利拥有量由2023年的0.8件提高到1.5件，专利授权量较2022年增长30%，"
        "发明专利授权量同比增长12%。"
    )
    got = [(t.kind, t.value, t.year, t.base_year) for t in targets]
    assert got == [
        ("baseline", 0.8, 2023, None),
        ("target", 1.5, 2025, None),
        ("target", 30.0, 2025, 2022),
        ("target", 12.0, 2025, 2024),
    ]


@settings(max_examples=25, deadline=None)
@given(year=st.integers(min_value=2001, max_value=2049), rate=st.integers(min_value=1, max_value=99))
def test_the_base_of_a_year_on_year_change_is_always_the_year_before(year: int, rate: int) -> None:
    head = f"某省某市某县{year}年知识产权工作要点\n一、工作目标\n"
    (target,) = _targets(f"{year}年，全县专利授权量同比增长{rate}%。", head)
    assert (target.value, target.year, target.base_year) == (float(rate), year, year - 1)


# 2. who holds the count: the qualifier, the key the standard indicator's


def test_who_holds_a_standard_count_is_its_qualifier() -> None:
    targets = _targets(
        "2024年，高新技术企业发明专利拥有量达到200件，规上工业企业有效发明专利拥有量不低于150件，"
        "科技型中小企业专利申请量不少于300件，高校和科研院所专利转化运用量达到20件。",
        ANNUAL,
    )
    got = [(t.indicator_key, t.qualifier, t.value) for t in targets]
    assert got == [
        ("有效发明专利拥有量", "高新技术企业", 200.0),
        ("有效发明专利拥有量", "规上工业企业", 150.0),
        ("专利申请量", "科技型中小企业", 300.0),
        ("专利转化运用量", "高校和科研院所", 20.0),
    ]
    # all firms (企业 alone), a count for each firm and a count of recognised firms have no holder qualifier
    others = _targets(
        "2024年，企业发明专利拥有量达到500件，每家企业发明专利拥有量不少于2件，国家知识产权优势企业达到3家，"
        "每万家企业有效注册商标拥有量达到1200件。",
        ANNUAL,
    )
    assert [t.qualifier for t in others] == [None, None, None, None]


def test_a_part_held_by_some_firms_is_told_from_the_total_by_its_qualifier() -> None:
    part, total = _targets("到2025年，规模以上工业企业有效发明专利拥有量达到500件，有效发明专利数达到700件。")
    assert (part.indicator_key, part.qualifier) == ("有效发明专利拥有量", "规上工业企业")
    assert (total.indicator_key, total.qualifier) == ("有效发明专利拥有量", None)


# 3. per firm and per market entity densities


def test_densities_per_firm_and_per_market_entity_have_standard_keys() -> None:
    targets = _targets(
        "到2025年，每万户有效商标拥有量达到1500件，每万户经营主体有效商标拥有量达到1600件，"
        "每万家企业有效注册商标拥有量达到1200件，每万家企业发明专利拥有量达到60件。"
    )
    got = [(t.indicator_key, t.flags) for t in targets]
    assert got == [
        ("每万户市场主体有效商标拥有量", ["per_firm"]),
        ("每万户市场主体有效商标拥有量", ["per_firm"]),
        ("每万家企业有效商标拥有量", ["per_firm"]),
        ("每万家企业有效发明专利拥有量", ["per_firm"]),
    ]


# 4. rights listed before the measure the last one names


def test_rights_listed_share_a_standard_measure_written_after_the_last() -> None:
    targets = _targets(
        "到2025年，专利、商标质押融资额分别达到1亿元、0.5亿元，发明专利、商标拥有量分别达到300件、6000件。"
    )
    got = [(t.indicator, t.indicator_key, t.value) for t in targets]
    assert got == [
        ("专利质押融资额", "专利质押融资额", 1.0),
        ("商标质押融资额", "商标质押融资额", 0.5),
        ("发明专利拥有量", "有效发明专利拥有量", 300.0),
        ("商标拥有量", "有效注册商标量", 6000.0),
    ]


def test_a_measure_that_names_no_measure_of_the_first_right_is_not_lent() -> None:
    # 发明专利注册量 names no measure (patents are granted, marks registered): the first right stays bare
    targets = _targets(
        "到2025年，发明专利、商标注册量达到300件、2000件，专利、商标质押融资额分别达到1亿元、0.5亿元。"
    )
    assert [t.indicator for t in targets] == ["发明专利", "商标注册量", "专利质押融资额", "商标质押融资额"]


# 5. a ceiling short of the number


def test_a_ceiling_below_the_number_is_a_comparator() -> None:
    targets = _targets(
        "到2025年，专利申请非正常率低于1‰，侵权案件平均办结周期少于30天，知识产权保护社会满意度不低于85分。"
    )
    got = [(t.indicator, t.value, t.unit, t.comparator) for t in targets]
    assert got == [
        ("专利申请非正常率", 1.0, "‰", "<"),
        ("侵权案件平均办结周期", 30.0, "天", "<"),
        ("知识产权保护社会满意度", 85.0, "分", ">="),
    ]


# 6. indicator tables in full-width bars, or without a delimiter row


def _table_targets(table: str) -> list[tuple[str, float | None, str | None, str, int | None, list[str]]]:
    doc, _ = extracted(COUNTY + "到2025年，主要指标如下：\n" + table + "\n" + TASKS)
    return [(t.indicator_key, t.value, t.unit, t.kind, t.year, sorted(t.flags)) for t in doc.targets]


EXPECTED_TABLE = [
    ("有效发明专利拥有量", 320.0, "件", "baseline", 2022, ["expected"]),
    ("有效发明专利拥有量", 500.0, "件", "target", 2025, ["expected"]),
    ("知识产权质押融资额", 0.5, "亿元", "baseline", 2022, ["binding"]),
    ("知识产权质押融资额", 1.2, "亿元", "target", 2025, ["binding"]),
]
HEADER = ["序号", "指标名称", "单位", "基期值（2022年）", "目标值（2025年）", "属性", "责任单位"]
ROWS = [
    ["1", "有效发明专利拥有量", "件", "320", "500", "预期性", "市市场监管局"],
    ["2", "知识产权质押融资额", "亿元", "0.5", "1.2", "约束性", "市金融办、市市场监管局"],
]


def test_a_table_in_full_width_bars_is_read() -> None:
    table = "\n".join("｜" + "｜".join(row) + "｜" for row in [HEADER, *ROWS])
    assert _table_targets(table) == EXPECTED_TABLE


def test_a_table_in_full_width_bars_with_a_delimiter_row_is_read() -> None:
    rows = ["｜" + "｜".join(row) + "｜" for row in [HEADER, *ROWS]]
    rows.insert(1, "｜" + "｜".join(["－－－"] * len(HEADER)) + "｜")
    assert _table_targets("\n".join(rows)) == EXPECTED_TABLE


def test_a_pipe_table_without_a_delimiter_row_is_read() -> None:
    table = "\n".join("| " + " | ".join(row) + " |" for row in [HEADER, *ROWS])
    assert _table_targets(table) == EXPECTED_TABLE
    # lines opening with a bar in rows of different widths are no table
    assert detect_text_tables("| 注：数据来源于统计部门 |\n| 单位 | 件 |\n正文", []) == []


_CELL = st.text(alphabet="专利商标指标件家单位基期目标一二三0123456789", min_size=1, max_size=6)


@settings(max_examples=40, deadline=None)
@given(
    grid=st.integers(min_value=2, max_value=5).flatmap(
        lambda w: st.lists(st.lists(_CELL, min_size=w, max_size=w), min_size=2, max_size=6)
    )
)
def test_a_framed_table_reads_the_same_in_any_bars(grid: list[list[str]]) -> None:
    width = len(grid[0])
    ascii_rows = ["| " + " | ".join(r) + " |" for r in grid]
    delimited = "\n".join([ascii_rows[0], "|" + "---|" * width, *ascii_rows[1:]])
    variants = ("\n".join(ascii_rows), "\n".join("｜" + "｜".join(r) + "｜" for r in grid), delimited)
    for text in variants:
        (table,) = detect_text_tables(text, [])
        assert [[text[c.span[0] : c.span[1]] for c in row] for row in table.rows] == grid


# 7. programmes of the IP field not yet known, and their look-alikes


def test_new_programmes_are_found_and_their_look_alikes_are_not() -> None:
    found = [
        [(h.program.id, text[h.span[0] : h.span[1]]) for h in find_programs(text, 0, len(text))]
        for text in (
            "大力开展专利侵权纠纷行政裁决工作",
            "培育省级知识产权保护规范化市场1个",
            "建设知识产权信息公共服务网点2个",
            "组织企业申报中国专利奖",
            "开展土地权属争议行政裁决",
            "加强知识产权信息公共服务平台建设",
            "落实专利奖励政策，专利奖补仅限发明专利",
        )
    ]
    assert found == [
        [("administrative_adjudication", "专利侵权纠纷行政裁决")],
        [("regulated_markets", "知识产权保护规范化市场")],
        [("information_service_outlets", "知识产权信息公共服务网点")],
        [("patent_awards", "专利奖")],
        [],
        [],
        [],
    ]
