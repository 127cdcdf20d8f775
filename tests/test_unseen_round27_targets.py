"""Round 27: goals with numeric targets as plans of Henan, Hunan, Gansu, Guangxi, Shanxi and Sichuan write
them: a chapter heading that is itself the goals sentence, goals listed in an annex, tables whose unit is
written once above them, approximate values, parts in brackets, values typed in full-width digits.

What was read wrong before:

- a chapter heading that is a goals sentence (二、到2025年，全县有效发明专利达到500件) gave no target when the
  chapter had no text under it or tasks under it, and a task with an empty title (or one titled by the goal)
  when the sentence was too long for a title or had words under it; a goals sentence heading a unit of the
  guidance chapter (（二）到2025年，…) gave no target: each is a goal now, its targets read;
- a work-points heading opening with its year (一、2024年，全区专利授权量达到2000件，…) gave no target;
- the goals an annex lists (附件1 ⏎ …主要目标 ⏎ 1.有效发明专利拥有量达到300件；, or 一、…) were tasks, those of
  a line alone lost: they are goals, every one read;
- a merged header cell written out in each column it spans (目标值 | 目标值 | 目标值 over 2024年 | 2025年 |
  2026年) left the years below it unread: every target the plan's final year's;
- an indicator table's unit written above it (（单位：件）, 表1 主要指标（单位：万元）) was not its cells'
  unit (a list of units, 单位：件、家, names none for a cell), nor was a unit in the header (指标名称（单位：
  件）, 2026年（家）) or after its label in an indicator's bracket (发明专利授权量（单位：件）: no unit, the
  bracket in the indicator);
- a base column naming no year (基期值 | 2024年 | 2025年) gave baselines of no year: the year before the
  first target column's (or, with none, before the plan's first year);
- 约 before a number (约2000件, 达到约2000件, 约为1.2万件) stayed in the indicator (专利授权量达到约) with the
  comparator of the word before it: it is ~, the indicator clean (签约 is no such word);
- a part of the total in brackets (达到1000件（其中高价值发明专利300件）) was a target of the indicator
  （其中高价值发明专利: it is the part, read as after a comma (高价值发明专利拥有量);
- a full-width decimal point between full-width digits (１．２万件) lost the target;
- a base at a five-year plan's start (较“十四五”初期翻一番, 较十四五期初) stayed in the indicator with no
  base year: it is the end of the plan before (2020), as 较“十三五”末 is;
- 增长一倍 (技术合同成交额较2023年增长一倍) was no target: it doubles, as 翻一番; 实现 before a flag word stayed
  in the indicator (发明专利授权量实现年均增长20%).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from policykg.models import Document, Target
from tests.plans import extracted

COUNTY = (
    "河南省洛阳市伊川县知识产权强县建设工作方案（2024—2026年）\n为深入实施知识产权强国战略，制定本方案。\n"
)
GOALS = COUNTY + "一、主要目标\n"
TASKS = "\n二、重点任务\n（一）提升知识产权创造质量。由县市场监管局负责。\n"
HUNAN = "湖南省岳阳市华容县知识产权强县建设工作方案（2023—2025年）\n为推进知识产权强县建设，制定本方案。\n"


def _doc(text: str) -> Document:
    return extracted(text)[0]


def _targets(body: str) -> list[Target]:
    return _doc(GOALS + body + TASKS).targets


def _read(targets: list[Target]) -> list[tuple[str, float | None, str | None, str]]:
    return [(t.indicator, t.value, t.unit, t.comparator) for t in targets]


# 1. a chapter heading that is a goals sentence


def test_a_goals_sentence_heading_a_chapter_without_text_is_a_goal() -> None:
    doc = _doc(
        HUNAN
        + "一、总体要求\n坚持创新驱动发展。\n二、到2025年，全县有效发明专利达到500件，商标注册总量突破8000件\n"
        "三、重点任务\n（一）提升知识产权创造质量。由县市场监管局负责。\n"
    )
    got = [(t.indicator_key, t.value, t.year, t.goal_id is not None, t.task_id) for t in doc.targets]
    assert got == [
        ("有效发明专利拥有量", 500.0, 2025, True, None),
        ("有效注册商标量", 8000.0, 2025, True, None),
    ]
    assert [t.path for t in doc.tasks] == ["三.(一)"]


def test_a_long_goals_sentence_heading_is_no_task_without_a_title() -> None:
    heading = (
        "二、到2025年，全县有效发明专利达到500件，每万人口高价值发明专利拥有量达到3件，商标注册总量突破8000件，"
        "地理标志商标达到5件。"
    )
    doc = _doc(
        HUNAN + "一、总体要求\n坚持创新驱动发展。\n" + heading + "\n知识产权创造、运用、保护水平显著提升。\n"
        "三、重点任务\n（一）提升知识产权创造质量。由县市场监管局负责。\n"
    )
    assert all(t.title for t in doc.tasks)
    assert [t.path for t in doc.tasks] == ["三.(一)"]
    assert [(t.value, t.task_id) for t in doc.targets] == [
        (500.0, None),
        (3.0, None),
        (8000.0, None),
        (5.0, None),
    ]
    assert all(t.goal_id is not None for t in doc.targets)


def test_a_goals_sentence_heading_its_tasks_is_the_chapters_goal() -> None:
    doc = _doc(
        HUNAN
        + "一、总体要求\n坚持创新驱动发展。\n二、到2025年，全县有效发明专利达到500件，每万人口高价值发明专利"
        "拥有量达到3件\n（一）提升知识产权创造质量。由县市场监管局负责。\n（二）加强知识产权保护。由县公安局负责。\n"
    )
    assert [(t.indicator_key, t.value, t.goal_id is not None) for t in doc.targets] == [
        ("有效发明专利拥有量", 500.0, True),
        ("每万人口高价值发明专利拥有量", 3.0, True),
    ]
    assert [t.path for t in doc.tasks] == ["二.(一)", "二.(二)"]


def test_a_goals_sentence_heading_a_unit_of_the_guidance_chapter() -> None:
    doc = _doc(
        HUNAN
        + "一、总体要求\n（一）指导思想。坚持创新驱动发展。\n（二）到2025年，全县有效发明专利达到500件，"
        "每万人口高价值发明专利拥有量达到3件。\n二、重点任务\n（一）提升知识产权创造质量。由县市场监管局负责。\n"
    )
    assert [(t.value, t.year, t.goal_id is not None) for t in doc.targets] == [
        (500.0, 2025, True),
        (3.0, 2025, True),
    ]


def test_a_work_points_year_heading_its_goals() -> None:
    doc = _doc(
        "江西省赣州市南康区2024年知识产权工作要点\n一、2024年，全区专利授权量达到2000件，商标注册量同比增长10%\n"
        "二、重点工作\n（一）提升创造质量。由区市场监管局负责。\n"
    )
    got = [(t.indicator, t.value, t.year, t.base_year, t.goal_id is not None) for t in doc.targets]
    assert got == [("专利授权量", 2000.0, 2024, None, True), ("商标注册量", 10.0, 2024, 2023, True)]
    assert [t.path for t in doc.tasks] == ["二.(一)"]


# 2. the goals an annex lists


def test_the_goals_listed_in_an_annex_are_goals() -> None:
    doc = _doc(
        "广西壮族自治区玉林市北流市知识产权强县建设试点工作方案\n为深入推进知识产权强县建设，制定本方案。\n"
        "一、工作目标\n到2025年，知识产权综合实力明显提升（具体指标见附件1）。\n"
        "二、重点任务\n（一）提升知识产权创造质量。由市市场监管局负责。\n"
        "附件1\n北流市知识产权强县建设主要目标\n1.有效发明专利拥有量达到300件；\n"
        "2.每万人口高价值发明专利拥有量达到1.5件；\n3.新增知识产权贯标企业20家；\n4.地理标志商标累计达到8件。\n"
    )
    got = [(t.indicator_key, t.value, t.goal_id is not None, t.task_id) for t in doc.targets]
    assert got == [
        ("有效发明专利拥有量", 300.0, True, None),
        ("每万人口高价值发明专利拥有量", 1.5, True, None),
        ("知识产权贯标企业", 20.0, True, None),
        ("地理标志商标注册量", 8.0, True, None),
    ]
    assert [t.path for t in doc.tasks] == ["二.(一)"]


def test_the_goals_an_annex_lists_under_chapter_numbers() -> None:
    doc = _doc(
        "江西省赣州市南康区知识产权强区建设工作方案（2024—2026年）\n一、主要目标\n"
        "到2026年，全区知识产权主要指标达到以下要求。\n附件\n南康区知识产权强区建设主要指标\n"
        "一、有效发明专利拥有量达到800件\n二、每万人口高价值发明专利拥有量达到2件\n三、知识产权示范优势企业达到30家\n"
    )
    assert [(t.value, t.unit, t.year, t.goal_id is not None) for t in doc.targets] == [
        (800.0, "件", 2026, True),
        (2.0, "件", 2026, True),
        (30.0, "家", 2026, True),
    ]


# 3. indicator tables: a unit written above, a base column naming no year


def test_a_unit_written_above_the_table_is_its_cells_unit() -> None:
    doc = _doc(
        "甘肃省天水市秦州区知识产权强区建设三年行动方案（2024—2026年）\n一、工作目标\n到2026年，主要指标如下表。\n"
        "（单位：件）\n| 指标 | 2023年 | 2026年 |\n| --- | --- | --- |\n| 有效发明专利拥有量 | 150 | 300 |\n"
        "表2 融资指标（单位：万元）\n| 指标 | 2023年 | 2026年 |\n| --- | --- | --- |\n| 专利质押融资额 | 5000 | 8000 |\n"
        "单位：件、家\n| 指标 | 2023年 | 2026年 |\n| --- | --- | --- |\n| 知识产权示范企业 | 8 | 15 |\n"
        "二、重点任务\n（一）提升知识产权创造质量。由区市场监管局负责。\n"
    )
    got = [(t.kind, t.value, t.unit, t.normalized_value) for t in doc.targets]
    assert got == [
        ("baseline", 150.0, "件", 150.0),
        ("target", 300.0, "件", 300.0),
        ("baseline", 5000.0, "万元", 50_000_000.0),
        ("target", 8000.0, "万元", 80_000_000.0),
        # a list of units names none for a cell
        ("baseline", 8.0, None, None),
        ("target", 15.0, None, None),
    ]


def test_a_unit_in_the_header_is_the_unit_of_the_rows_given_none() -> None:
    doc = _doc(
        GOALS
        + "| 指标名称（单位：件） | 2023年 | 2026年 |\n| --- | --- | --- |\n| 有效发明专利拥有量 | 150 | 300 |\n"
        "| 知识产权质押融资额（亿元） | 0.5 | 1 |\n\n"
        "| 指标名称 | 2023年（家） | 2026年（家） |\n| --- | --- | --- |\n| 知识产权示范企业 | 8 | 15 |"
        + TASKS
    )
    got = [(t.indicator, t.value, t.unit) for t in doc.targets]
    assert got == [
        ("有效发明专利拥有量", 150.0, "件"),
        ("有效发明专利拥有量", 300.0, "件"),
        ("知识产权质押融资额", 0.5, "亿元"),
        ("知识产权质押融资额", 1.0, "亿元"),
        ("知识产权示范企业", 8.0, "家"),
        ("知识产权示范企业", 15.0, "家"),
    ]


def test_a_unit_after_its_label_in_a_region_tables_indicator() -> None:
    doc = _doc(
        "河南省洛阳市知识产权强市建设工作方案（2024—2026年）\n一、主要目标\n到2026年，各县目标如下：\n"
        "| 指标 | 伊川县 | 嵩县 | 合计 |\n| --- | --- | --- | --- |\n| 发明专利授权量（单位：件） | 80 | 60 | 140 |"
        + TASKS
    )
    assert [(t.indicator, t.region_name, t.value, t.unit) for t in doc.targets] == [
        ("发明专利授权量", "伊川县", 80.0, "件"),
        ("发明专利授权量", "嵩县", 60.0, "件"),
        ("发明专利授权量", "洛阳市", 140.0, "件"),
    ]


def test_a_merged_header_cell_written_out_in_each_column_it_spans() -> None:
    doc = _doc(
        GOALS + "| 序号 | 指标 | 单位 | 目标值 | 目标值 | 目标值 |\n| | | | 2024年 | 2025年 | 2026年 |\n"
        "| --- | --- | --- | --- | --- | --- |\n| 1 | 有效发明专利拥有量 | 件 | 500 | 650 | 800 |" + TASKS
    )
    assert [(t.value, t.year, t.year_basis) for t in doc.targets] == [
        (500.0, 2024, "table"),
        (650.0, 2025, "table"),
        (800.0, 2026, "table"),
    ]


def test_a_base_column_naming_no_year_is_the_year_before_the_first_target() -> None:
    doc = _doc(
        GOALS
        + "主要指标如下（单位：件）：\n| 序号 | 指标名称 | 基期值 | 2024年 | 2025年 | 2026年 | 指标属性 |\n"
        "| --- | --- | --- | --- | --- | --- | --- |\n| 1 | 有效发明专利拥有量 | 200 | 260 | 330 | 400 | 约束性 |"
        + TASKS
    )
    got = [(t.kind, t.value, t.unit, t.year, t.flags) for t in doc.targets]
    assert got[0] == ("baseline", 200.0, "件", 2023, ["binding"])
    assert [t.year for t in doc.targets[1:]] == [2024, 2025, 2026]


def test_a_base_column_beside_an_undated_target_column_is_before_the_plans_first_year() -> None:
    doc = _doc(
        GOALS
        + "| 指标名称 | 单位 | 基期值 | 目标值 | 指标属性 | 责任单位 |\n| --- | --- | --- | --- | --- | --- |\n"
        "| 有效发明专利拥有量 | 件 | 210 | 400 | 预期性 | 县市场监管局 |" + TASKS
    )
    assert [(t.kind, t.year, t.year_basis) for t in doc.targets] == [
        ("baseline", 2023, "plan"),
        ("target", 2026, "plan"),
    ]


# 4. approximate values


def test_about_a_number_is_approximate_with_the_indicator_clean() -> None:
    targets = _targets(
        "到2026年，全县专利授权量达到约2000件，商标注册量约为1.2万件，技术合同成交额约5亿元，累计签约5家服务机构。"
    )
    assert _read(targets) == [
        ("专利授权量", 2000.0, "件", "~"),
        ("商标注册量", 1.2, "万件", "~"),
        ("技术合同成交额", 5.0, "亿元", "~"),
        ("签约服务机构", 5.0, "家", "="),
    ]


@settings(max_examples=30, deadline=None)
@given(
    indicator=st.sampled_from(["有效发明专利拥有量", "地理标志商标", "知识产权质押融资额", "专利授权量"]),
    before=st.sampled_from(["约", "达到约", "约为", "大约", "约达"]),
    value=st.integers(min_value=1, max_value=99_999),
)
def test_any_approximation_before_a_number(indicator: str, before: str, value: int) -> None:
    (target,) = _targets(f"到2026年，全县{indicator}{before}{value}件。")
    assert (target.indicator, target.value, target.comparator) == (indicator, float(value), "~")


# 5. parts of a total in brackets


def test_a_part_in_brackets_after_its_total() -> None:
    targets = _targets(
        "到2026年，全县专利授权量达到1000件（其中发明专利200件），有效发明专利拥有量达到1000件\n（其中高价值发明专利300件）。"
    )
    assert [(t.indicator, t.value) for t in targets] == [
        ("专利授权量", 1000.0),
        ("发明专利授权量", 200.0),
        ("有效发明专利拥有量", 1000.0),
        ("高价值发明专利拥有量", 300.0),
    ]


# 6. full-width digits, doublings and 实现


def test_a_full_width_decimal_point() -> None:
    targets = _targets("到2026年，全县有效发明专利拥有量达到５００件，商标注册量达到１．２万件。")
    assert [(t.indicator, t.value, t.unit) for t in targets] == [
        ("有效发明专利拥有量", 500.0, "件"),
        ("商标注册量", 1.2, "万件"),
    ]


def test_a_growth_by_as_much_again_doubles() -> None:
    targets = _targets("到2026年，技术合同成交额较2023年增长一倍，全县发明专利授权量实现年均增长20%。")
    got = [(t.indicator, t.value, t.unit, t.base_year, sorted(t.flags)) for t in targets]
    assert got == [
        ("技术合同成交额", 2.0, "倍", 2023, ["relative"]),
        ("发明专利授权量", 20.0, "%", None, ["annual", "growth"]),
    ]


def test_a_base_at_the_start_of_a_five_year_plan() -> None:
    targets = _targets(
        "到2026年，高价值发明专利拥有量较“十四五”初期翻一番，有效发明专利拥有量较十四五期初增长50%。"
    )
    got = [(t.indicator, t.value, t.unit, t.base_year) for t in targets]
    assert got == [("高价值发明专利拥有量", 2.0, "倍", 2020), ("有效发明专利拥有量", 50.0, "%", 2020)]
