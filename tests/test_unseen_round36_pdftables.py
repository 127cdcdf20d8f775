"""Round 36: task and indicator tables as a PDF's text layer gives them, one cell a line, where the layout
wrapped a cell or the header does not open as the reader expected.

What was read wrong before:

- a time limit with no date in a narrow 完成时限 column wrapped over two lines (长期坚 / 持, 持续推 / 进) ended
  the row at its first line: the next row's task opened with 持, and in a table with a number column the
  numbered reading failed whole, so every task title carried its row number (1推动…);
- a name wrapped inside a unit cell (金积工业园区管委 / 会, 西北农林科 / 技大学, 太阳山开发区 / 管委会,
  中国科 / 学院西北高原生物 / 研究所) was cut into two bogus bodies (会, 技大学, a bare 管委会), and where the
  cut fell in the 配合单位 column the cell's first names became leads;
- a header with two task-like columns (序号 | 重点任务 | 具体措施 | …, 工作任务 | 工作内容) was no numbered
  table: the columns before 具体措施 were lost and each row's number and category were glued into its title
  (1知识产权创造开展…);
- a table of a chapter numbering its rows on from the table before it (4, 5, 6 …) lost its number column:
  the row's number became its task and the task a unit;
- an indicator table whose 序号 header was wrapped (序 / 号) glued each row's number into its indicator
  (1有效发明专利拥有量), which broke the standard keys;
- a table of places (县（区） | 专利授权量（件） | 商标注册量（件）, then a place and its numbers a row) was no
  table: its cells became goal paragraphs and no place's target was read.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.formats import to_docx, to_table_pdf
from tests.plans import extracted, named_units

WUZHONG = "某市知识产权强市建设工作方案\n三、任务分工\n"
HEADER = "序号\n具体措施\n牵头单位\n配合单位\n完成时限\n"
AFTER = "四、保障措施\n市财政局要保障经费。\n"


def _tasks(text: str, name: str = "plan.txt") -> dict[str, tuple[str, str | None]]:
    """Per table row's path, its title and deadline."""
    doc, _ = extracted(text, name)
    return {t.path: (t.title, t.deadline) for t in doc.tasks if t.kind == "table_row"}


@settings(max_examples=10, deadline=None)
@given(
    limit=st.sampled_from([("长期坚", "持"), ("持续推", "进"), ("常态化推", "进"), ("2024年起持", "续推进")])
)
def test_a_time_limit_with_no_date_wrapped_in_the_deadline_column_is_the_rows_deadline(
    limit: tuple[str, str],
) -> None:
    text = (
        WUZHONG + HEADER + "1\n推动知识产权行政执法与刑事司法衔接\n市公安局\n市市场监管局\n"
        f"{limit[0]}\n{limit[1]}\n"
        "2\n在利通区设立知识产权维权援助工作站\n市市场监管局\n利通区人民政府\n2025年6月\n"
        "3\n建立知识产权纠纷人民调解委员会\n市司法局\n市市场监管局\n2024年12月\n" + AFTER
    )
    assert _tasks(text) == {
        "三.表1.1": ("推动知识产权行政执法与刑事司法衔接", "".join(limit)),
        "三.表1.2": ("在利通区设立知识产权维权援助工作站", "2025年6月"),
        "三.表1.3": ("建立知识产权纠纷人民调解委员会", "2024年12月"),
    }


@settings(max_examples=4, deadline=None)
@given(case=st.sampled_from([("长期坚\n持", "长期坚持"), ("2024年12月\n长期坚持", "2024年12月\n长期坚持")]))
def test_a_time_cell_of_a_word_table_joins_a_wrapped_time_and_keeps_two_times_apart(
    case: tuple[str, str],
) -> None:
    """A cell writing two times a line each is no time wrapped: it is kept as written."""
    cell, deadline = case
    rows = [["序号", "重点任务", "牵头单位", "完成时限"], ["1", "推进专利导航", "市市场监管局", cell]]
    doc, _ = extracted(to_docx(["某市知识产权工作方案", "一、任务分工"], rows), "plan.docx")
    assert [(t.title, t.deadline) for t in doc.tasks if t.kind == "table_row"] == [("推进专利导航", deadline)]


@settings(max_examples=10, deadline=None)
@given(lead=st.sampled_from(["市市场监管局", "市市场监管局、\n市发展改革委"]))
def test_a_name_wrapped_inside_the_support_cell_is_one_support_unit(lead: str) -> None:
    text = (
        "某市知识产权工作方案\n三、任务分工\n" + HEADER + f"1\n推进专利导航项目\n{lead}\n"
        "金积工业园区管委\n会、太阳山开发区\n管委会\n2025年6月\n"
        "2\n推广地理标志专用标志使用\n市市场监管局\n同心县人民政府\n2025年12月\n"
    )
    doc, _ = extracted(text)
    units = named_units(doc)["三.表1.1"]
    leads = lead.replace("、\n", "、").split("、")
    assert [(s.replace("\n", ""), role) for s, role, _ in units] == [
        *((name, "lead") for name in leads),
        ("金积工业园区管委会", "support"),
        ("太阳山开发区管委会", "support"),
    ]
    kinds = {r.agency.surface.replace("\n", ""): r.agency.type for t in doc.tasks for r in t.responsibilities}
    assert kinds["金积工业园区管委会"] == kinds["太阳山开发区管委会"] == "zone_committee"


def test_a_university_wrapped_inside_a_unit_cell_is_one_body() -> None:
    text = (
        "杨凌示范区知识产权工作方案\n一、重点任务\n序号\n重点任务\n牵头单位\n配合单位\n完成时限\n"
        "1\n推进农业植物新品种保护\n农业农村局\n科技创新局、西北农林科\n技大学、市场监管局\n2024年12月\n"
        "2\n开展农业专利导航\n科技创新局\n市场监管局\n2024年11月\n"
    )
    units = named_units(extracted(text)[0])["一.表1.1"]
    assert [(s.replace("\n", ""), role) for s, role, _ in units] == [
        ("农业农村局", "lead"),
        ("科技创新局", "support"),
        ("西北农林科技大学", "support"),
        ("市场监管局", "support"),
    ]


@settings(max_examples=8, deadline=None)
@given(
    case=st.sampled_from(
        [
            ("金积工业园区管委会、太阳山开发区管委会", 8, ["金积工业园区管委会", "太阳山开发区管委会"]),
            ("市科技局、西北农林科技大学", 8, ["市科技局", "西北农林科技大学"]),
            ("市科技局、中国科学院西北高原生物研究所", 8, ["市科技局", "中国科学院西北高原生物研究所"]),
            ("市工信局、高新技术产业开发区管委会", 9, ["市工信局", "高新技术产业开发区管委会"]),
        ]
    )
)
def test_a_pdf_tables_narrow_unit_column_wrapping_names_reads_each_name_whole(
    case: tuple[str, int, list[str]],
) -> None:
    support, width, names = case
    rows = [
        ["序号", "具体措施", "牵头单位", "配合单位", "完成时限"],
        ["1", "推动知识产权行政执法与刑事司法衔接", "市公安局", "市市场监管局", "长期坚持"],
        ["2", "推进专利导航项目", "市市场监管局", support, "2025年6月"],
        ["3", "推广地理标志专用标志使用", "市市场监管局", "市科技局", "2025年12月"],
    ]
    data = to_table_pdf(["某市知识产权工作方案", "三、任务分工"], rows, [3, 12, 7, width, 3], AFTER.split())
    doc, _ = extracted(data, "plan.pdf")
    units = named_units(doc)
    assert [(s.replace("\n", ""), role) for s, role, _ in units["三.表1.2"]] == [
        ("市市场监管局", "lead"),
        *((name, "support") for name in names),
    ]
    assert {t.path: t.deadline for t in doc.tasks}["三.表1.1"] == "长期坚持"


@settings(max_examples=6, deadline=None)
@given(
    columns=st.sampled_from([("重点任务", "具体措施"), ("工作任务", "工作内容"), ("主要任务", "工作措施")])
)
def test_a_header_with_a_task_column_and_a_measures_column_is_a_numbered_table(
    columns: tuple[str, str],
) -> None:
    first, second = columns
    text = (
        f"某市知识产权强市建设工作方案\n一、任务分工\n序号\n{first}\n{second}\n牵头单位\n配合单位\n完成时限\n"
        "1\n知识产权创造\n开展核心技术专利布局\n市科技局\n市工信局\n2026年12月\n"
        "2\n知识产权创造\n开展合规管理体系贯标\n市市场监管局\n市工信局\n2025年12月\n"
        "3\n地理标志\n实施滩羊地标工程\n市农业农村局\n盐池县政府\n2024年12月\n"
        "二、保障措施\n市财政局要保障经费。\n"
    )
    doc, _ = extracted(text)
    (table,) = doc.tables
    assert table.header == ["序号", first, second, "牵头单位", "配合单位", "完成时限"]
    assert table.rows == 4
    titles = [t.title for t in doc.tasks if t.kind == "table_row"]
    assert len(titles) == 3
    assert not any(title[:1].isdigit() for title in titles)  # no row number glued into a title
    units = named_units(doc)
    assert [(s, role) for s, role, _ in units["一.表1.2"]] == [
        ("市市场监管局", "lead"),
        ("市工信局", "support"),
    ]


def test_a_chapters_table_numbering_on_from_the_table_before_is_read() -> None:
    text = (
        "某州知识产权强州建设实施方案\n二、重点任务\n（一）推动创造质量提升\n表2 创造质量提升任务分工\n"
        "序号\n工作任务\n责任单位\n完成时限\n1\n实施高价值专利培育计划\n州市场监管局、州科技局\n2025年12月\n"
        "2\n支持珲春市、龙井市开展商标品牌指导站建设\n珲春市政府、龙井市政府\n2024年12月\n"
        "3\n推进地理标志品牌建设\n州农业农村局\n2026年12月\n"
        "（二）推动保护体系完善\n表3 保护体系完善任务分工\n序号\n工作任务\n责任单位\n完成时限\n"
        "4\n建立中朝俄边境口岸知识产权海关保护协作机\n制\n延吉海关、珲春海关\n2025年6月\n"
        "5\n推进知识产权“三合一\n”审判\n州中级人民法院\n2024年12月\n"
        "三、保障措施\n州财政局要保障经费。\n"
    )
    doc, _ = extracted(text)
    assert [t.header for t in doc.tables][1] == ["序号", "工作任务", "责任单位", "完成时限"]
    rows = {t.path: t for t in doc.tasks if t.kind == "table_row" and t.path.startswith("二.(二)")}
    assert [(t.title, t.deadline) for t in rows.values()] == [
        ("建立中朝俄边境口岸知识产权海关保护协作机制", "2025年6月"),
        ("推进知识产权“三合一”审判", "2024年12月"),
    ]
    units = named_units(doc)
    assert [s for s, _, _ in units["二.(二).表2.4"]] == ["延吉海关", "珲春海关"]
    assert [s for s, _, _ in units["二.(二).表2.5"]] == ["州中级人民法院"]


@settings(max_examples=6, deadline=None)
@given(number=st.sampled_from([("序", "号"), ("编", "号")]), first=st.sampled_from([1, 4]))
def test_an_indicator_tables_wrapped_number_header_keeps_the_numbers_out_of_the_indicators(
    number: tuple[str, str], first: int
) -> None:
    text = (
        "某州知识产权强州建设实施方案\n一、主要目标\n到2026年，主要指标如下：\n"
        f"{number[0]}\n{number[1]}\n指标\n单位\n2024年\n2025年\n2026年\n"
        f"{first}\n有效发明专利拥有量\n件\n1450\n1600\n1800\n"
        f"{first + 1}\n知识产权质押融资额\n亿元\n1.5\n1.8\n2.2\n"
        "二、重点任务\n（一）推动创造质量提升。州市场监管局负责。\n"
    )
    doc, _ = extracted(text)
    found = {(t.indicator, t.year, t.value) for t in doc.targets if t.source == "table"}
    assert found == {
        ("有效发明专利拥有量", 2024, 1450.0),
        ("有效发明专利拥有量", 2025, 1600.0),
        ("有效发明专利拥有量", 2026, 1800.0),
        ("知识产权质押融资额", 2024, 1.5),
        ("知识产权质押融资额", 2025, 1.8),
        ("知识产权质押融资额", 2026, 2.2),
    }
    assert {t.indicator_key for t in doc.targets if t.source == "table"} == {
        "有效发明专利拥有量",
        "知识产权质押融资额",
    }


@settings(max_examples=6, deadline=None)
@given(header=st.sampled_from(["县（区）", "县区", "县（市、区）", "地区"]))
def test_a_table_of_places_one_cell_a_line_gives_each_places_targets(header: str) -> None:
    text = (
        "日喀则市2024年知识产权工作要点\n一、工作目标\n全年专利授权量达到120件。各县（区）年度指标分解见下表。\n"
        f"{header}\n专利授权量（件）\n商标注册量（件）\n桑珠孜区\n45\n600\n南木林县\n6\n80\n江孜县\n10\n120\n"
        "二、重点工作\n（一）加强知识产权创造。推进地理标志培育工作。（责任单位：市市场监管局）\n"
    )
    doc, _ = extracted(text)
    assert [(t.rows, t.columns) for t in doc.tables] == [(4, 3)]
    found = {(t.indicator, t.region_name, t.value, t.unit) for t in doc.targets if t.source == "table"}
    assert found == {
        ("专利授权量", "桑珠孜区", 45.0, "件"),
        ("专利授权量", "南木林县", 6.0, "件"),
        ("专利授权量", "江孜县", 10.0, "件"),
        ("商标注册量", "桑珠孜区", 600.0, "件"),
        ("商标注册量", "南木林县", 80.0, "件"),
        ("商标注册量", "江孜县", 120.0, "件"),
    }
    assert not any("桑珠孜区" in (g.title or "") for g in doc.goals)
    # a places column's name alone on a line with no row of values after it is no table
    prose = "某县知识产权工作要点\n一、工作目标\n乡镇\n推进知识产权强镇建设。\n二、重点工作\n（一）加强知识产权创造。\n"
    assert extracted(prose)[0].tables == []
