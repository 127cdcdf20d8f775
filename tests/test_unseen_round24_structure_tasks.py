"""Round 24: the outline and the task list of county and city plans in shapes the tests did not show (Jiangxi,
Guangdong, Fujian, Hunan work points and plans; .txt, .md, .html, .docx, .pdf).

What was read wrong before:

- a closing chapter 三、其他 / 五、其他事项 gave no task at all, though some of its items are work with a unit
  named for them (（一）做好统计分析工作…（责任单位：市统计局）); its remarks (本要点由…负责解释) are none;
- 第一部分 … 第二部分 重点任务 over 第一章 / 第一节: each 章 stood beside the 部分 (a chapter of its own, path
  一~2), not under it;
- a typed task table (columns apart by spaces, pdftotext -layout) headed 任务内容 and 具体措施 side by side was
  no table (one task column only was looked for): its rows gave no task;
- a grid table (+---+) with a cell merged down (a border under some columns only) or across columns was left
  as its lines (rows of bars read as text); a pipe table writing a merged 任务内容 cell again in each row it
  covers (an HTML table inside Markdown) gave one task per row, each with the task's title, where the same
  table in a web page gives the task with its measures under it;
- a task table in an annex (附件 / 附件1) took paths like the body's (表1.1): its rows are now 附件.表1.1;
- a .docx setting its headings apart in bold alone (no number, no heading style) gave no outline and no task;
- a line alone naming its units in a note and closed by no stop (1.开展专利导航（责任单位：县科技局）) was a
  heading, no task;
- 1.3月底前，制定… (an item opening with a month) was no item (read as the decimal 1.3); the items of a list
  grouped under （一）第一季度 / （二）上半年 had no deadline; 二季度 had no date in a one-year plan; and a
  work list by month written 1月份：… / 3月底前：… / 每季度：… was one paragraph of its chapter, its units all
  doing one task.
"""

from __future__ import annotations

import io

from docx import Document as new_docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders import load_bytes
from loaders.markdown import grid_tables
from policykg.extract.phases import deadline_date
from tests.formats import to_html, to_pdf
from tests.plans import extracted, named_units

FENGCHENG = "丰城市知识产权强市建设工作要点（2024年）\n为深入推进知识产权强市建设，制定本要点。\n"


def _tasks(doc: object) -> list[tuple[str, str | None, str | None]]:
    return [(t.path, t.title, t.deadline) for t in doc.tasks]  # type: ignore[attr-defined]


# 1. a closing chapter 其他


def test_an_item_of_a_closing_chapter_naming_its_unit_is_a_task() -> None:
    doc, _ = extracted(
        FENGCHENG + "一、重点任务\n"
        "（一）加强知识产权创造。全年发明专利授权量达到120件。（责任单位：市市场监管局、市科技局）\n"
        "二、保障措施\n（一）加强组织领导。各单位要高度重视。\n"
        "三、其他\n"
        "（一）做好知识产权统计分析工作，按时报送统计数据。（责任单位：市统计局）\n"
        "（二）本要点由市市场监管局负责解释。\n"
        "（三）各单位工作进展情况请于2024年6月底前报送市知识产权局。\n"
    )
    assert [t.path for t in doc.tasks] == ["一.(一)", "二.(一)", "三.(一)"]
    task = doc.tasks[-1]
    assert (task.title, task.chapter_kind) == ("做好知识产权统计分析工作，按时报送统计数据", "supplementary")
    assert named_units(doc)["三.(一)"] == [("市统计局", "sole", "annotation")]
    # a closing chapter of remarks alone gives no task
    doc, _ = extracted(
        FENGCHENG + "一、重点任务\n（一）加强知识产权保护。（责任单位：市市场监管局）\n"
        "五、其他事项\n（一）本要点自印发之日起施行。\n（二）请各单位于每季度末报送工作进展。\n"
    )
    assert [t.path for t in doc.tasks] == ["一.(一)"]


def test_a_line_alone_with_a_note_naming_its_units_is_a_task() -> None:
    doc, _ = extracted(
        FENGCHENG + "一、重点任务\n（一）强化知识产权运用\n1.开展专利导航（责任单位：市科技局）\n"
        "2.推进知识产权质押融资（市金融办牵头，市市场监管局配合）\n（二）【责任单位：市商务局】\n"
    )
    assert [(t.path, t.title) for t in doc.tasks] == [
        ("一.(一).1", "开展专利导航"),
        ("一.(一).2", "推进知识产权质押融资"),
    ]
    assert named_units(doc)["一.(一).2"] == [
        ("市金融办", "lead", "annotation"),
        ("市市场监管局", "support", "annotation"),
    ]


# 2. 第一部分 / 第一章 / 第一节

XINFENG = (
    "信丰县知识产权强县建设工作方案（2024—2026年）\n为加快推进知识产权强县建设，制定本方案。\n"
    "第一部分 总体要求\n一、指导思想\n以习近平新时代中国特色社会主义思想为指导。\n"
    "二、主要目标\n到2026年，全县有效发明专利拥有量达到300件。\n"
    "第二部分 重点任务\n第一章 强化知识产权创造\n第一节 提升专利质量\n"
    "1.实施高价值专利培育工程。培育高价值专利组合5个。（责任单位：县市场监管局）\n"
    "2.推进企业知识产权贯标。（责任单位：县工信局）\n"
    "第二节 培育商标品牌\n1.开展商标品牌培育。（责任单位：县市场监管局）\n"
    "第二章 加强知识产权保护\n第一节 强化行政执法\n"
    "1.开展专项执法行动。（责任单位：县市场监管局、县公安局）\n"
    "第三部分 保障措施\n一、加强组织领导。成立工作专班，统筹推进各项工作。\n"
)


def test_chapters_of_a_part_nest_under_it() -> None:
    doc, _ = extracted(XINFENG)
    assert [(s.path, s.level, s.title) for s in doc.sections if s.level <= 2] == [
        ("一", 1, "总体要求"),
        ("一.一", 2, "指导思想"),
        ("一.二", 2, "主要目标"),
        ("二", 1, "重点任务"),
        ("二.一", 2, "强化知识产权创造"),
        ("二.二", 2, "加强知识产权保护"),
        ("三", 1, "保障措施"),
        ("三.一", 2, "加强组织领导"),
    ]
    assert [t.path for t in doc.tasks] == [
        "二.一.第一节.1",
        "二.一.第一节.2",
        "二.一.第二节.1",
        "二.二.第一节.1",
        "三.一",
    ]
    assert named_units(doc)["二.二.第一节.1"] == [
        ("县市场监管局", "joint", "annotation"),
        ("县公安局", "joint", "annotation"),
    ]


def test_chapters_without_parts_are_chapters_still_and_those_of_a_part_nest_in_a_pdf() -> None:
    doc, _ = extracted(to_pdf(XINFENG.strip().split("\n"), width=60), "plan.pdf")
    assert [t.path for t in doc.tasks][:2] == ["二.一.第一节.1", "二.一.第一节.2"]
    doc, _ = extracted(
        "某县知识产权强县建设工作方案\n第一章 总体要求\n坚持创新驱动。\n第二章 重点任务\n第一节 提升专利质量\n"
        "1.实施专利培育工程。（责任单位：县市场监管局）\n第三章 保障措施\n加强组织领导。\n"
    )
    assert [(s.path, s.level) for s in doc.sections if s.level] == [
        ("一", 1),
        ("二", 1),
        ("二.第一节", 2),
        ("二.第一节.1", 3),
        ("三", 1),
    ]


# 3. a typed task table with a measures column

NANKANG = "南康区知识产权强区建设工作要点（2024年）\n为推进知识产权强区建设，制定本要点。\n一、重点任务清单\n"
TYPED = """序号  任务内容                      具体措施                          牵头单位        完成时限
1     提升知识产权创造质量          组织开展高价值专利培育，推动      区市场监管局    2024年12月底前
                                    企业申请发明专利
2     强化知识产权保护              开展知识产权执法专项行动          区市场监管局    长期坚持
3     推进知识产权运用              开展专利转化运用专项行动          区科技局        持续推进
4     加强知识产权服务              开展知识产权服务活动              区工信局        每季度
二、保障措施
（一）加强组织领导。
"""


def test_a_typed_table_with_task_and_measure_columns_gives_its_rows() -> None:
    doc, _ = extracted(NANKANG + TYPED)
    rows = [t for t in doc.tasks if t.kind == "table_row"]
    assert [(t.path, t.title, t.deadline, t.deadline_date, t.deadline_recurs) for t in rows] == [
        ("一.表1.1", "提升知识产权创造质量", "2024年12月底前", "2024-12", None),
        ("一.表1.2", "强化知识产权保护", "长期坚持", None, None),
        ("一.表1.3", "推进知识产权运用", "持续推进", None, None),
        ("一.表1.4", "加强知识产权服务", "每季度", None, "quarter"),
    ]
    units = named_units(doc)
    assert units["一.表1.3"] == [("区科技局", "lead", "table")]
    assert units["一.表1.4"] == [("区工信局", "lead", "table")]


# 4. grid tables with merged cells, and a merged cell written in each row

SHICHENG = "# 石城县知识产权强县建设工作要点（2024年）\n\n为推进知识产权强县建设，制定本要点。\n\n## 一、重点任务\n\n"
GRID = """+------+------------------+------------------------+--------------+--------------+
| 序号 | 任务内容         | 具体措施               | 牵头单位     | 完成时限     |
+======+==================+========================+==============+==============+
| 1    | 提升知识产权创造 | 开展高价值专利培育     | 县市场监管局 | 2024年12月   |
|      | 质量             +------------------------+--------------+--------------+
|      |                  | 推动企业申请发明专利   | 县科技局     | 长期坚持     |
+------+------------------+------------------------+--------------+--------------+
| 2    | 强化知识产权保护 | 开展执法专项行动       | 县市场监管局 | 持续推进     |
+------+------------------+------------------------+--------------+--------------+
"""
TAIL = "\n## 二、保障措施\n\n（一）加强组织领导。\n"
MERGED_ROWS = [
    ("一.表1.1", "提升知识产权创造质量", None),
    ("一.表1.1.1", "开展高价值专利培育", "2024年12月"),
    ("一.表1.1.2", "推动企业申请发明专利", "长期坚持"),
    ("一.表1.2", "强化知识产权保护", "持续推进"),
]


def test_a_grid_table_with_a_cell_merged_down_gives_the_task_and_its_measures() -> None:
    doc, _ = extracted(SHICHENG + GRID + TAIL, "plan.md")
    assert [t for t in _tasks(doc) if "表" in t[0]] == MERGED_ROWS
    units = named_units(doc)
    assert units["一.表1.1.2"] == [("县科技局", "lead", "table")]
    assert units["一.表1.2"] == [("县市场监管局", "lead", "table")]


def test_a_grid_table_with_a_cell_merged_across_columns() -> None:
    grid = """+------+----------------------+--------------+--------------+
| 序号 | 重点任务             | 责任单位     | 完成时限     |
+======+======================+==============+==============+
| 1    | 开展专利导航         | 县科技局     | 2024年6月    |
+------+----------------------+--------------+--------------+
| 一、强化知识产权保护                                      |
+------+----------------------+--------------+--------------+
| 2    | 开展执法行动         | 县市场监管局 | 长期坚持     |
+------+----------------------+--------------+--------------+
"""
    text = load_bytes((SHICHENG + grid + TAIL).encode(), "plan.md").text
    assert (
        "| 一、强化知识产权保护 | 一、强化知识产权保护 | 一、强化知识产权保护 | 一、强化知识产权保护 |"
        in text
    )
    doc, _ = extracted(SHICHENG + grid + TAIL, "plan.md")
    # since round 30 the merged row heads the rows under it, a section of the chapter the table stands in
    assert [t for t in _tasks(doc) if "表" in t[0]] == [
        ("一.表1.1", "开展专利导航", "2024年6月"),
        ("一.一.表1.2", "开展执法行动", "长期坚持"),
    ]


def test_a_task_cell_written_again_in_each_row_is_read_as_the_merged_cell() -> None:
    table = (
        "<table>\n<tr><td>序号</td><td>任务内容</td><td>具体措施</td><td>牵头单位</td><td>完成时限</td></tr>\n"
        '<tr><td rowspan="2">1</td><td rowspan="2">提升知识产权创造质量</td><td>开展高价值专利培育</td>'
        "<td>县市场监管局</td><td>2024年12月</td></tr>\n"
        "<tr><td>推动企业申请发明专利</td><td>县科技局</td><td>长期坚持</td></tr>\n"
        "<tr><td>2</td><td>强化知识产权保护</td><td>开展执法专项行动</td><td>县市场监管局</td><td>持续推进</td></tr>\n"
        "</table>\n"
    )
    in_markdown, _ = extracted(SHICHENG + table + TAIL, "plan.md")
    page = (
        "<html><body><p>石城县知识产权强县建设工作要点（2024年）</p><p>一、重点任务</p>"
        + table
        + "</body></html>"
    )
    on_a_page, _ = extracted(page, "plan.html")
    expected = [(*row[:2], row[2] if row[0] != "一.表1.2" else "持续推进") for row in MERGED_ROWS]
    assert [t for t in _tasks(in_markdown) if "表" in t[0]] == expected
    assert [t for t in _tasks(on_a_page) if "表" in t[0]] == expected


_WORDS = st.text(alphabet="县市科技局开展专利导航中心培育", min_size=1, max_size=6)


@settings(max_examples=60, deadline=None)
@given(
    rows=st.lists(
        st.tuples(_WORDS, st.lists(st.tuples(_WORDS, _WORDS), min_size=1, max_size=3)),
        min_size=1,
        max_size=4,
    )
)
def test_a_grid_table_merged_down_comes_back_as_written(
    rows: list[tuple[str, list[tuple[str, str]]]],
) -> None:
    """A grid table whose task cells each span the rows of their measures reads as a pipe table with each
    task written in every row it spans, and each measure and unit in its own row."""
    widths = [14, 14, 14]

    def line(cells: list[str]) -> str:  # a CJK character takes two columns
        return (
            "".join("| " + c + " " * (w - 1 - 2 * len(c)) for c, w in zip(cells, widths, strict=True)) + "|"
        )

    border = "+" + "+".join("-" * w for w in widths) + "+"
    under_task = "|" + " " * widths[0] + "+" + "+".join("-" * w for w in widths[1:]) + "+"  # task goes on
    lines = [border, line(["任务", "措施", "单位"]), border.replace("-", "=")]
    expected = [["任务", "措施", "单位"]]
    for task, measures in rows:
        for k, (measure, unit) in enumerate(measures):
            lines.append(line([task if k == 0 else "", measure, unit]))
            lines.append(border if k + 1 == len(measures) else under_task)
            expected.append([task, measure, unit])
    rewritten = grid_tables("\n".join(lines))
    pipe = [
        [c.strip() for c in row.strip("|").split("|")] for row in rewritten.split("\n") if "---" not in row
    ]
    assert pipe == expected


# 5. an annex's task table

YUDU = [
    "于都县知识产权强县建设工作方案（2024—2026年）",
    "为加快推进知识产权强县建设，制定本方案。",
    "一、重点任务",
    "（一）提升知识产权创造质量。实施高价值专利培育工程。（责任单位：县市场监管局）",
    "（二）加强知识产权保护。具体任务分工见附件。",
    "二、保障措施",
    "（一）加强组织领导。",
    "附件1",
    "于都县知识产权强县建设重点任务分工表",
]
YUDU_TABLE = [
    ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
    ["1", "开展知识产权执法专项行动", "县市场监管局", "县公安局", "2024年6月底前"],
    ["2", "建设知识产权维权援助工作站", "县市场监管局", "县司法局", "2025年底前"],
]


def test_an_annex_task_tables_rows_carry_the_annexs_path() -> None:
    doc, _ = extracted(to_html(YUDU, YUDU_TABLE), "plan.html")
    assert [t.path for t in doc.tasks] == ["一.(一)", "一.(二)", "二.(一)", "附件1.表1.1", "附件1.表1.2"]
    assert named_units(doc)["附件1.表1.1"] == [
        ("县市场监管局", "lead", "table"),
        ("县公安局", "support", "table"),
    ]


# 6. headings in bold alone (.docx)


def _bold_docx(title_bold: bool) -> bytes:
    doc = new_docx()

    def para(
        text: str, bold: bool = False, font: str | None = None, size: int = 16, centre: bool = False
    ) -> None:
        p = doc.add_paragraph()
        run = p.add_run(text)
        run.bold = bold
        run.font.size = Pt(size)
        if font:
            run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
        if centre:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    para("大余县知识产权强县建设工作要点（2024年）", title_bold, "方正小标宋简体", 22, True)
    para("为推进知识产权强县建设，制定本要点。")
    para("重点任务", True, "黑体")
    para("提升知识产权创造质量", True, "楷体_GB2312")
    para("实施高价值专利培育工程，培育高价值专利组合3个。（责任单位：县市场监管局）")
    para("加强知识产权保护", True, "楷体_GB2312")
    para("开展知识产权执法专项行动。（责任单位：县市场监管局、县公安局）")
    para("保障措施", True, "黑体")
    para("加强组织领导", True, "楷体_GB2312")
    para("各单位要加强协作，确保任务落实。")
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def test_headings_set_in_bold_alone_are_the_outline() -> None:
    for title_bold in (True, False):
        doc, _ = extracted(_bold_docx(title_bold), "plan.docx")
        assert doc.plan.title == "大余县知识产权强县建设工作要点（2024年）"
        assert [(s.path, s.title) for s in doc.sections] == [
            ("一", "重点任务"),
            ("一.(一)", "提升知识产权创造质量"),
            ("一.(二)", "加强知识产权保护"),
            ("二", "保障措施"),
            ("二.(一)", "加强组织领导"),
        ]
        units = named_units(doc)
        assert units["一.(一)"] == [("县市场监管局", "sole", "annotation")]
        assert units["一.(二)"] == [
            ("县市场监管局", "joint", "annotation"),
            ("县公安局", "joint", "annotation"),
        ]
    # a bold sentence, or a numbered line in bold, is no heading by its look
    plain = new_docx()
    plain.add_paragraph("某县知识产权工作要点")
    plain.add_paragraph("一、重点任务")
    plain.add_paragraph("（一）开展专利导航。").runs[0].bold = True
    plain.add_paragraph("各单位要高度重视，认真抓好落实。").runs[0].bold = True
    buffer = io.BytesIO()
    plain.save(buffer)
    assert load_bytes(buffer.getvalue(), "plan.docx").headings == ()


# 7. work lists by quarter and by month

HUICHANG = "会昌县2024年知识产权工作要点\n为推进知识产权强县建设，制定本要点。\n"


def test_items_opening_with_a_month_and_items_under_a_quarter() -> None:
    doc, _ = extracted(
        HUICHANG + "一、重点工作安排\n（一）第一季度\n"
        "1.3月底前，制定全县知识产权强县建设年度工作计划。（责任单位：县市场监管局）\n"
        "2.开展“知识产权宣传周”筹备工作。（责任单位：县委宣传部、县市场监管局）\n"
        "（二）第二季度\n1.4月26日前后，组织开展知识产权宣传周活动。（责任单位：县市场监管局）\n"
        "2.6月底前，完成专利转化专项计划申报。（责任单位：县科技局）\n"
        "（三）下半年\n1.开展知识产权执法专项行动。（责任单位：县市场监管局、县公安局）\n"
        "二、工作要求\n各单位要按照时间节点推进工作。\n"
    )
    assert [(t.path, t.deadline, t.deadline_date) for t in doc.tasks if t.chapter_kind == "tasks"] == [
        ("一.(一).1", "3月底前", "2024-03"),
        ("一.(一).2", "第一季度", "2024-03"),
        ("一.(二).1", "第二季度", "2024-06"),
        ("一.(二).2", "6月底前", "2024-06"),
        ("一.(三).1", "下半年", "2024-12"),
    ]
    assert named_units(doc)["一.(一).1"] == [("县市场监管局", "sole", "annotation")]


def test_a_work_list_by_month_gives_a_task_per_month() -> None:
    doc, _ = extracted(
        HUICHANG + "一、重点工作\n"
        "1月份：制定年度工作计划。（责任单位：县市场监管局）\n"
        "3月底前：完成知识产权示范企业申报。（责任单位：县工信局）\n"
        "二季度：开展专利转化专项行动。（责任单位：县科技局）\n"
        "每季度：报送工作进展情况。（责任单位：各成员单位）\n"
        "二、工作要求\n3月26日，各单位参加全县知识产权工作会议。\n"
    )
    assert [(t.path, t.title, t.deadline, t.deadline_date, t.deadline_recurs) for t in doc.tasks][:4] == [
        ("一.1月份", "制定年度工作计划", "1月份", "2024-01", None),
        ("一.3月底前", "完成知识产权示范企业申报", "3月底前", "2024-03", None),
        ("一.二季度", "开展专利转化专项行动", "二季度", "2024-06", None),
        ("一.每季度", "报送工作进展情况", "每季度", None, "quarter"),
    ]
    assert named_units(doc)["一.二季度"] == [("县科技局", "sole", "annotation")]
    assert [t.path for t in doc.tasks][4:] == ["二"]  # 3月26日，… is a sentence, no entry


def test_a_part_of_the_year_alone_is_dated_in_a_plan_for_one_year() -> None:
    assert [deadline_date(w, 2024) for w in ("二季度", "第三季度末", "上半年", "下半年")] == [
        "2024-06",
        "2024-09",
        "2024-06",
        "2024-12",
    ]
    assert deadline_date("二季度") is None
