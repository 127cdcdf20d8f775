"""Round 36: grid tables of county and district plans (分解表 of towns and counties, 分工表 with a category
column, 十四五 indicator tables) as .md, .html and .txt write them.

What was read wrong before:

- a breakdown table with towns and streets down its rows (乡镇（街道） | 茶山街道 | 江益镇 | 合计) and several
  indicator columns gave no target at all: only counties down the rows were read, and towns only under a
  caption naming one measure;
- a table of counties down its rows whose indicators span sub-columns of years or of base and target values
  (发明专利授权量（件） over 2023年实际 | 2024年目标, beside 质押融资登记金额（亿元） over no sub-column) read each
  county's name as the indicator, with no unit, for the city, and lost the columns with no sub-column;
- a 分工表 with a category column (重点任务, often merged down over several rows) and a 具体措施 column
  lost its rows when the category restated a heading whose items name their own units, or merged them all
  into the one section task when it restated a section (one body lead and support of one task, one deadline
  kept, the rows' targets lost): each row is now a task of its own, titled by its measure, under the task
  its category restates; only a measure restating a prose task still speaks for it;
- an indicator table's five-year totals in brackets (〔12〕, ［300］, under 注：〔〕内为五年累计数) lost the whole
  row, and the note under the table became a goal.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import extracted, named_units

GONGQINGCHENG = (
    "# 共青城市2024年知识产权工作要点\n\n## 一、重点工作\n\n"
    "1. 开展知识产权质押融资入园惠企活动。（责任单位：市金融服务中心）\n\n"
    "附件：2024年各乡镇（街道）知识产权主要指标分解表\n\n"
)


@settings(max_examples=10, deadline=None)
@given(
    corner=st.sampled_from(["乡镇（街道）", "单位", "地区", "乡镇"]),
    towns=st.sampled_from([("茶山街道", "江益镇"), ("苏家垱乡", "甘露镇"), ("江益镇", "茶山街道")]),
    total=st.sampled_from(["合计", "全市"]),
)
def test_towns_down_the_rows_and_indicators_across_give_each_towns_targets(
    corner: str, towns: tuple[str, str], total: str
) -> None:
    first, second = towns
    doc, _ = extracted(
        GONGQINGCHENG + f"| {corner} | 有效注册商标量（件） | 专利授权量（件） |\n| --- | --- | --- |\n"
        f"| {first} | 300 | 40 |\n| {second} | 120 | 15 |\n| {total} | 420 | 55 |\n",
        "plan.md",
    )
    read = {(t.indicator, t.value, t.unit, t.year, t.region_name, t.is_total) for t in doc.targets}
    assert read == {
        (f"{first}有效注册商标量", 300, "件", 2024, "共青城市", False),
        (f"{second}有效注册商标量", 120, "件", 2024, "共青城市", False),
        ("有效注册商标量", 420, "件", 2024, "共青城市", True),
        (f"{first}专利授权量", 40, "件", 2024, "共青城市", False),
        (f"{second}专利授权量", 15, "件", 2024, "共青城市", False),
        ("专利授权量", 55, "件", 2024, "共青城市", True),
    }


TAIYUAN = (
    "<html><body><p>太原市2024年知识产权工作要点</p><p>一、主要目标</p><p>各县（市、区）目标任务分解如下：</p>"
    '<table border="1">'
    '<tr><td rowspan="2">县（市、区）</td><td colspan="2">发明专利授权量（件）</td>'
    '<td rowspan="2">知识产权质押融资登记金额（亿元）</td></tr>'
    "<tr><td>{base}</td><td>{aim}</td></tr>"
    "<tr><td>小店区</td><td>650</td><td>720</td><td>3.0</td></tr>"
    "<tr><td>清徐县</td><td>40</td><td>50</td><td>0.5</td></tr>"
    "<tr><td>山西转型综改示范区</td><td>1100</td><td>1217</td><td>9.0</td></tr>"
    "</table></body></html>"
)


@settings(max_examples=8, deadline=None)
@given(
    columns=st.sampled_from(
        [("2023年实际", "2024年目标"), ("2023年完成", "2024年目标值"), ("2023年（基期）", "2024年")]
    )
)
def test_counties_down_the_rows_under_an_indicator_spanning_year_columns(columns: tuple[str, str]) -> None:
    base, aim = columns
    doc, _ = extracted(TAIYUAN.format(base=base, aim=aim), "plan.html")
    read = {(t.indicator, t.value, t.unit, t.year, t.kind, t.region_name) for t in doc.targets}
    assert read == {
        ("发明专利授权量", 650, "件", 2023, "baseline", "小店区"),
        ("发明专利授权量", 720, "件", 2024, "target", "小店区"),
        ("知识产权质押融资登记金额", 3.0, "亿元", 2024, "target", "小店区"),
        ("发明专利授权量", 40, "件", 2023, "baseline", "清徐县"),
        ("发明专利授权量", 50, "件", 2024, "target", "清徐县"),
        ("知识产权质押融资登记金额", 0.5, "亿元", 2024, "target", "清徐县"),
    }


CATEGORY_PLAN = (
    "# 某市知识产权强市建设工作方案\n\n一、重点任务\n\n（一）强化知识产权保护\n\n"
    "1.加大行政执法力度。深入开展“铁拳”专项行动。（牵头单位：市市场监管局；配合单位：市公安局）\n\n"
    "附件\n\n重点任务分解表\n\n"
    "| 序号 | {category} | 具体措施 | 牵头单位 | 配合单位 | 完成时限 |\n|---|---|---|---|---|---|\n"
    "| 1 | 强化知识产权保护 | 开展“铁拳”专项行动 | 市市场监管局 | 市公安局 | 长期坚持 |\n"
    "| 2 | {again} | 建设知识产权维权援助工作站3个 | 市市场监管局 | 柳梧新区管委会 | 2026年6月 |\n"
)


@settings(max_examples=8, deadline=None)
@given(
    category=st.sampled_from(["重点任务", "主要任务", "工作任务"]),
    again=st.sampled_from(["强化知识产权保护", ""]),
)
def test_rows_under_a_category_naming_a_heading_are_tasks_of_their_own(category: str, again: str) -> None:
    doc, _ = extracted(CATEGORY_PLAN.format(category=category, again=again), "plan.md")
    rows = {t.path: (t.title, t.deadline) for t in doc.tasks if t.kind == "table_row"}
    assert rows == {
        "附件.表1.1": ("开展“铁拳”专项行动", "长期坚持"),
        "附件.表1.2": ("建设知识产权维权援助工作站3个", "2026年6月"),
    }
    units = named_units(doc)
    assert [(s, r) for s, r, _ in units["附件.表1.2"]] == [
        ("市市场监管局", "lead"),
        ("柳梧新区管委会", "support"),
    ]
    assert [(s, r) for s, r, _ in units["一.(一).1"]] == [("市市场监管局", "lead"), ("市公安局", "support")]
    assert {(t.indicator_key, t.value, t.unit) for t in doc.targets} == {("知识产权维权援助工作站", 3, "个")}


SANYA = (
    "<html><body><p>三亚市知识产权保护和运用三年行动方案（2024—2026年）</p><p>一、主要任务</p>"
    "<p>（一）建设崖州湾科技城知识产权特区。深化知识产权综合管理改革。</p>"
    "<p>（二）提升知识产权公共服务能力。建设知识产权信息公共服务网点。</p>"
    "<p>附件</p><p>任务分工表</p><table border='1'>"
    "<tr><td>序号</td><td>任务</td><td>具体内容</td><td>牵头单位</td><td>配合单位</td><td>完成时间</td></tr>"
    "<tr><td>1</td><td rowspan='2'>建设崖州湾科技城知识产权特区</td><td>推进“一站式”服务</td>"
    "<td>崖州湾科技城管理局</td><td>市市场监管局</td><td>2025年12月</td></tr>"
    "<tr><td>2</td><td>设立知识产权法庭巡回审判点</td><td>三亚市中级人民法院</td><td>崖州湾科技城管理局</td>"
    "<td>2024年12月</td></tr>"
    "<tr><td>3</td><td>提升知识产权公共服务能力</td><td>建设知识产权信息公共服务网点2个</td><td>市市场监管局</td>"
    "<td>市科技工业信息化局</td><td>2025年6月</td></tr>"
    "</table></body></html>"
)


def test_rows_under_a_merged_category_naming_a_section_are_its_measures_not_the_section() -> None:
    doc, _ = extracted(SANYA, "plan.html")
    by_path = {t.path: t for t in doc.tasks}
    section = by_path["一.(一)"]
    assert section.responsibilities == []  # its work is assigned in the rows under it: no default either
    first, second = by_path["附件.表1.1"], by_path["附件.表1.2"]
    assert (first.title, first.deadline, first.parent) == ("推进“一站式”服务", "2025年12月", section.id)
    assert (second.title, second.deadline, second.parent) == (
        "设立知识产权法庭巡回审判点",
        "2024年12月",
        section.id,
    )
    units = named_units(doc)
    assert [(s, r) for s, r, _ in units["附件.表1.2"]] == [
        ("三亚市中级人民法院", "lead"),
        ("崖州湾科技城管理局", "support"),
    ]
    # a task cell alone in its row is the row's task, as before: it restates the section and speaks for it
    assert "附件.表1.3" not in by_path
    assert [(s, r) for s, r, _ in units["一.(二)"]] == [
        ("市市场监管局", "lead"),
        ("市科技工业信息化局", "support"),
    ]


YUBEI = (
    "渝北区知识产权“十四五”规划\n\n一、发展目标\n到2025年，知识产权强区建设取得显著成效。\n\n表1　主要指标\n\n"
    "序号　指标　2020年　2025年　属性\n"
    "1　有效注册商标总量（万件）　6.8　10　预期性\n"
    "2　知识产权质押融资额（亿元）　{o}12{c}　{o}50{c}　预期性\n"
    "3　专利转让许可次数（次）　{o}300{c}　{o}800{c}　预期性\n"
    "{note}：{o}{c}内为五年累计数。\n"
)


@settings(max_examples=8, deadline=None)
@given(brackets=st.sampled_from(["〔〕", "［］", "[]"]), note=st.sampled_from(["注", "备注"]))
def test_five_year_totals_in_brackets_are_cumulative_and_the_note_no_goal(brackets: str, note: str) -> None:
    doc, _ = extracted(YUBEI.format(o=brackets[0], c=brackets[1], note=note))
    read = {(t.indicator_key, t.value, t.year, t.kind, "cumulative" in t.flags) for t in doc.targets}
    assert read == {
        ("有效注册商标量", 6.8, 2020, "baseline", False),
        ("有效注册商标量", 10, 2025, "target", False),
        ("知识产权质押融资额", 12, 2020, "baseline", True),
        ("知识产权质押融资额", 50, 2025, "target", True),
        ("专利转让许可量", 300, 2020, "baseline", True),
        ("专利转让许可量", 800, 2025, "target", True),
    }
    assert [g.title for g in doc.goals] == ["到2025年，知识产权强区建设取得显著成效"]
