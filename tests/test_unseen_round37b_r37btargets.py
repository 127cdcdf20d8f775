"""Round 37b: goals and numeric targets as city and county plans of 广东, 广西, 云南 and 重庆 write them, in
prose, in HTML indicator tables and in a PDF's text layer.

What was read wrong before:

- a lead-in closed by a colon naming one measure for the places listed after it (各县（市、区）发明专利授权量
  目标：青秀区不少于600件，西乡塘区不少于550件; 6.各镇（街道）发明专利授权量：大良街道不少于600件，…) took
  each place's name for the indicator and kept the plan's region: the measure was lost, and a county of the
  gazetteer was no target's region;
- a table row's label holding a word of how its count counts inside it (地理标志商标累计注册量) kept the word
  in its indicator and key, with no cumulative flag, where prose writing the same words has both;
- a note in a bracket naming the year a count is of (知识产权质押融资登记金额（年度）) set no annual flag in a
  table row, and in prose no note in a bracket before the value (地理标志商标（累计）达到12件,
  …金额（年度）达到1.5亿元) set its flag nor left the indicator;
- changes given 分别 in a clause of their own after a clause of two counts (新增国家知识产权优势企业3家、省级
  知识产权示范企业5家，分别比上年增长50%和25%) gave the first change to the last count and lost the second;
- a fund paid out (兑现专利资助资金不少于300万元, 拨付知识产权奖补资金500万元) kept the verb in its key;
- a table whose columns are districts (指标（单位） | 五华区 | 盘龙区 | … | 全市) dropped every cell written with a
  comparator, a range or an adverb (≥900, 1000以上, 3-5, 力争500), which an indicator table reads, and then
  warned that the total was not the sum of the cells it had kept;
- a rank whose scope was written before it with 在 and the rank noun (专利授权量在全州排名保持第一, 有效注册商标量在
  全州排名前3位, 发明专利授权量在全省县域排名进入前10位, 知识产权综合发展指数在全区排名保持第一) kept 在全州排名
  or 在 in its indicator and key, and where the standing after it wrote no scope the one before was lost: the
  reference was inferred (the next level up: the prefecture for 全省县域 in a county of 云南);
- 遴选培育高价值专利培育中心 kept its verbs in the key.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.formats import to_docx, to_html, to_table_pdf
from tests.plans import extracted

NANNING = "南宁市2024年知识产权工作要点\n一、工作目标\n"
SHUNDE = "佛山市顺德区2024年知识产权工作要点\n一、工作目标\n"
TASKS = "二、重点任务\n（一）强化保护。市市场监管局负责。\n"


def _targets(data: str | bytes, name: str = "plan.txt") -> list[tuple[str, str, float | None, str | None]]:
    doc, _ = extracted(data, name)
    return [(t.indicator, t.indicator_key, t.value, t.region_name) for t in doc.targets]


@settings(max_examples=12, deadline=None)
@given(
    marker=st.sampled_from(["（一）", "1.", ""]),
    scope=st.sampled_from(["各县（市、区）", "2024年各县（市、区）", "各县（区）"]),
    closing=st.sampled_from(["目标", "目标任务", ""]),
    colon=st.sampled_from(["：", "： "]),
    measure=st.sampled_from(["发明专利授权量", "有效发明专利拥有量", "商标注册量"]),
)
def test_a_lead_in_naming_a_measure_for_counties_gives_each_county_listed_after_it_that_measure(
    marker: str, scope: str, closing: str, colon: str, measure: str
) -> None:
    text = (
        NANNING + f"{marker}{scope}{measure}{closing}{colon}青秀区不少于600件，西乡塘区不少于550件，"
        "江南区不少于200件。\n" + TASKS
    )
    found = {(ind, value, region) for ind, _, value, region in _targets(text)}
    assert {(measure, 600.0, "青秀区"), (measure, 550.0, "西乡塘区"), (measure, 200.0, "江南区")} <= found
    assert not any(ind in {"青秀区", "西乡塘区", "江南区"} for ind, _, _ in found)
    # 主要目标： names no measure for places: the targets after it read as before
    plain = NANNING + "主要目标：发明专利授权量达到900件，商标注册量达到5000件。\n" + TASKS
    assert [(i, v) for i, _, v, _ in _targets(plain)] == [("发明专利授权量", 900.0), ("商标注册量", 5000.0)]


@settings(max_examples=8, deadline=None)
@given(
    scope=st.sampled_from(["各镇（街道）", "各镇街", "各乡镇（街道）"]),
    value=st.sampled_from(["不少于", "达到", "力争达到"]),
)
def test_a_lead_in_naming_a_measure_for_towns_opens_each_towns_indicator_with_it(
    scope: str, value: str
) -> None:
    """Towns the gazetteer does not hold open the indicator, as in a table of towns (round 35)."""
    text = (
        SHUNDE
        + f"6.{scope}发明专利授权量：大良街道{value}600件，容桂街道{value}550件，北滘镇{value}700件。\n"
        + TASKS
    )
    found = [(ind, key, value, region) for ind, key, value, region in _targets(text)]
    assert ("大良街道发明专利授权量", "大良街道发明专利授权量", 600.0, "顺德区") in found
    assert ("北滘镇发明专利授权量", "北滘镇发明专利授权量", 700.0, "顺德区") in found
    assert not any(t[0] in {"大良街道", "容桂街道", "北滘镇"} for t in found)


INDICATOR_HEADER = ["序号", "指标名称", "单位", "2023年（基期值）", "2026年（目标值）", "属性"]


@settings(max_examples=8, deadline=None)
@given(
    label=st.sampled_from(
        [
            ("地理标志商标累计注册量", "地理标志商标注册量", "cumulative"),
            ("地理标志商标（累计）", "地理标志商标", "cumulative"),
            ("知识产权质押融资登记金额（年度）", "知识产权质押融资登记金额", "annual"),
            ("专利质押融资金额（全年）", "专利质押融资金额", "annual"),
        ]
    ),
    fmt=st.sampled_from(["html", "pdf"]),
)
def test_a_row_label_with_a_counting_or_year_word_inside_is_flagged_and_reads_without_it(
    label: tuple[str, str, str], fmt: str
) -> None:
    written, indicator, flag = label
    unit = "亿元" if "金额" in written else "件"
    rows = [
        INDICATOR_HEADER,
        ["1", written, unit, "20", "26", "预期性"],
        ["2", "有效发明专利拥有量", "件", "900", "1200", "预期性"],
    ]
    before = ["玉溪市知识产权强市建设实施方案（2024—2026年）", "一、发展目标", "表1　主要指标"]
    after = ["二、重点任务", "（一）提升创造质量。市市场监管局负责。"]
    if fmt == "html":
        data, name = to_html(before, rows) + b"", "plan.html"
    else:
        data, name = to_table_pdf(before, rows, [3, 16, 3, 6, 6, 4], after), "plan.pdf"
    doc, _ = extracted(data, name)
    found = [t for t in doc.targets if t.source == "table" and t.value == 26.0]
    assert [t.indicator for t in found] == [indicator]
    assert flag in found[0].flags
    assert "expected" in found[0].flags
    assert "累计" not in found[0].indicator_key


@settings(max_examples=6, deadline=None)
@given(
    case=st.sampled_from(
        [
            ("地理标志商标（累计）达到12件", "地理标志商标", "cumulative"),
            ("知识产权质押融资登记金额（年度）达到1.5亿元", "知识产权质押融资登记金额", "annual"),
            ("有效注册商标量（预期性）达到3万件", "有效注册商标量", "expected"),
        ]
    )
)
def test_a_note_in_a_bracket_before_a_prose_value_is_a_flag(case: tuple[str, str, str]) -> None:
    sentence, indicator, flag = case
    doc, _ = extracted("曲靖市麒麟区2024年知识产权工作要点\n一、主要目标\n全区" + sentence + "。\n" + TASKS)
    assert [(t.indicator, flag in t.flags) for t in doc.targets] == [(indicator, True)]


@settings(max_examples=6, deadline=None)
@given(
    header=st.sampled_from(
        [
            ("2023年（基期值）", "2026年（目标值）"),
            ("2023年（基期）", "2026年（目标）"),
            ("2023年(基期值)", "2026年(目标值)"),
        ]
    )
)
def test_a_pdf_indicator_table_whose_year_header_wraps_after_its_open_bracket_is_read(
    header: tuple[str, str],
) -> None:
    """A narrow year column wraps its header after the bracket (2023年（ / 基期值）): the line closing the
    bracket ends the cell, though 基期值） alone would name a column."""
    rows = [
        ["序号", "指标名称", "单位", *header, "属性"],
        ["1", "每万人口高价值发明专利拥有量", "件", "1.8", "3.0", "预期性"],
        ["2", "有效注册商标量", "万件", "5.6", "7.0", "预期性"],
    ]
    before = ["玉溪市知识产权强市建设实施方案（2024—2026年）", "一、发展目标", "表1　主要指标"]
    pdf = to_table_pdf(before, rows, [3, 16, 3, 6, 6, 4], ["二、重点任务", "（一）提升创造质量。"])
    doc, _ = extracted(pdf, "plan.pdf")
    assert [(t.indicator_key, t.value, t.year, t.kind) for t in doc.targets if t.source == "table"] == [
        ("每万人口高价值发明专利拥有量", 1.8, 2023, "baseline"),
        ("每万人口高价值发明专利拥有量", 3.0, 2026, "target"),
        ("有效注册商标量", 5.6, 2023, "baseline"),
        ("有效注册商标量", 7.0, 2026, "target"),
    ]


@settings(max_examples=8, deadline=None)
@given(
    change=st.sampled_from(["分别比上年增长", "分别较上年增长", "分别增长", "分别同比增长"]),
    joiner=st.sampled_from(["、", "和"]),
)
def test_changes_given_respectively_after_a_clause_of_counts_are_each_counts_in_order(
    change: str, joiner: str
) -> None:
    text = (
        "曲靖市麒麟区2024年知识产权工作要点\n一、主要目标\n新增国家知识产权优势企业3家、省级知识产权示范企业5家，"
        f"{change}50%{joiner}25%。\n" + TASKS
    )
    doc, _ = extracted(text)
    growth = [(t.indicator_key, t.value) for t in doc.targets if "growth" in t.flags]
    assert growth == [("国家知识产权优势企业增长率", 50.0), ("省级知识产权示范企业增长率", 25.0)]


@settings(max_examples=6, deadline=None)
@given(verb=st.sampled_from(["兑现", "拨付"]), fund=st.sampled_from(["专利资助资金", "知识产权奖补资金"]))
def test_a_fund_paid_out_is_keyed_without_the_verb(verb: str, fund: str) -> None:
    text = "某县2024年知识产权工作要点\n一、重点任务\n（一）加强资助。" + f"{verb}{fund}不少于300万元。\n"
    doc, _ = extracted(text)
    assert [(t.indicator_key, t.value, t.unit) for t in doc.targets] == [(fund, 300.0, "万元")]


@settings(max_examples=10, deadline=None)
@given(
    cell=st.sampled_from(
        [
            ("≥900", 900.0, None, ">=", []),
            ("900以上", 900.0, None, ">=", []),
            ("不低于900", 900.0, None, ">=", []),
            ("力争900", 900.0, None, "=", ["stretch"]),
            ("800-900", 800.0, 900.0, "range", []),
        ]
    ),
    fmt=st.sampled_from(["html", "docx"]),
)
def test_a_districts_cell_with_a_comparator_range_or_adverb_is_its_target(
    cell: tuple[str, float, float | None, str, list[str]], fmt: str
) -> None:
    written, value, value_max, comparator, flags = cell
    rows = [
        ["指标（单位）", "五华区", "盘龙区", "官渡区", "全市"],
        ["发明专利授权量（件）", written, "≥700", "1000", "4000"],
        ["知识产权质押融资额（亿元）", "3", "2", "1.5", "6.5"],
    ]
    paragraphs = ["昆明市2025年知识产权工作要点", "一、工作目标", "附表　2025年主要指标任务分解表"]
    data, name = (
        (to_html(paragraphs, rows), "plan.html")
        if fmt == "html"
        else (to_docx(paragraphs, rows), "plan.docx")
    )
    doc, _ = extracted(data, name)
    read = {t.region_name: t for t in doc.targets if t.indicator == "发明专利授权量"}
    assert set(read) == {"五华区", "盘龙区", "官渡区", "昆明市"}
    first = read["五华区"]
    assert (first.value, first.value_max, first.comparator, first.unit) == (
        value,
        value_max,
        comparator,
        "件",
    )
    assert all(f in first.flags for f in flags)
    assert (read["盘龙区"].value, read["盘龙区"].comparator) == (700.0, ">=")
    # the total passes the floors' sum (or a range is in the row): no mismatch
    assert not [w for w in doc.warnings if w.code == "table-total-mismatch"]


@settings(max_examples=12, deadline=None)
@given(
    case=st.sampled_from(
        [
            ("专利授权量在全州排名保持第一", "专利授权量", "全州第一", "532500", "=", 1.0),
            ("专利授权量在全州排名第一", "专利授权量", "全州排名第一", "532500", "=", 1.0),
            ("有效注册商标量在全州排名前3位", "有效注册商标量", "全州排名前3位", "532500", "<=", 3.0),
            (
                "发明专利授权量在全省县域排名进入前10位",
                "发明专利授权量",
                "全省县域前10位",
                "530000",
                "<=",
                10.0,
            ),
            (
                "发明专利授权量在全省县域中排名保持前列",
                "发明专利授权量",
                "全省前列",
                "530000",
                "<=",
                None,
            ),
            ("专利授权量全州排名保持第一", "专利授权量", "全州第一", "532500", "=", 1.0),
        ]
    )
)
def test_a_rank_scoped_before_it_with_its_noun_is_the_measures_rank_in_that_scope(
    case: tuple[str, str, str, str, str, float | None],
) -> None:
    sentence, indicator, reference, region, comparator, value = case
    doc, _ = extracted("弥勒市2024年知识产权工作要点\n一、工作目标\n" + sentence + "。\n" + TASKS)
    [target] = doc.targets
    assert (target.indicator, target.indicator_key, target.reference) == (indicator, indicator, reference)
    assert (target.reference_region_id, target.reference_basis) == (region, "stated")
    assert (target.comparator, target.value) == (comparator, value)


def test_a_rank_in_the_autonomous_region_of_a_guangxi_city_is_stated() -> None:
    text = "南宁市2024年知识产权工作要点\n一、工作目标\n知识产权综合发展指数在全区排名保持第一。\n" + TASKS
    doc, _ = extracted(text)
    [target] = doc.targets
    assert (target.indicator, target.reference, target.reference_region_id) == (
        "知识产权综合发展指数",
        "全区第一",
        "450000",
    )


def test_selected_and_fostered_centres_are_keyed_without_the_verbs() -> None:
    text = "重庆市永川区2024年知识产权工作要点\n一、重点任务\n（一）每年遴选培育高价值专利培育中心2家。\n"
    doc, _ = extracted(text)
    assert [(t.indicator_key, t.value) for t in doc.targets] == [("高价值专利培育中心", 2.0)]
