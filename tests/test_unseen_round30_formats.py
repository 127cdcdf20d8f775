"""Round 30: formats and structure, as plans of places the tests did not cover save them (a district of
Tianshui in Word's List Number styles, a Nanning district's and a Zunyi district's web pages whose task tables
group their rows under rows across the table, an Ulanqab district's .docx annexing such a table with cells
merged down, a Kaili task list as a PDF giving a cell a line, a Fuzhou district's plan saved from a PDF as a
hard-wrapped .txt).

What was read wrong before:

- paragraphs Word numbers with its List Number and List Number 2 styles came out flat: both lists show 1. 2. …
  and every paragraph was an item beside the others (the chapters' items under the first chapter, or paths
  such as 1~2): the list a paragraph is in is its depth in the outline, chapters (List Number) over items
  (List Number 2), as a multilevel list's levels are;
- a task table's row that is one cell across the table (<td colspan="5">一、提升知识产权创造质量</td>, a Word
  row's cells merged along it) was skipped: it heads the rows under it, a section of the plan whose path the
  rows' tasks take (附件.一.表1.1, 二.(一).表1.1), numbered or not (知识产权创造); the paragraph after the table
  is the chapter's again;
- bodies' names a narrow column wrapped inside a PDF's table that gives a cell a line (市工业和信 / 息化局、
  市财 / 政局, 市公安局、市 / 人民检察院) kept the line break in their surface form;
- a .txt saved from a PDF with its lines cut at one width mid-sentence kept every break (区工业和信息 / 化局
  as a unit's surface), where the same PDF's are joined; a text with short lines of its own (headings, a
  list) keeps them.
"""

from __future__ import annotations

import io
import textwrap

from docx import Document as new_docx
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders import load_bytes
from tests.formats import to_pdf
from tests.plans import extracted, named_units


def _list_number_docx() -> bytes:
    doc = new_docx()
    doc.add_paragraph("天水市秦州区知识产权强区建设工作方案")
    doc.add_paragraph("为加快知识产权强区建设，结合我区实际，制定本方案。")
    chapters = [
        (
            "提升知识产权创造质量",
            ["加强高价值专利培育。（责任单位：区科技局）", "推进商标品牌建设。（责任单位：区市场监管局）"],
        ),
        (
            "强化知识产权保护",
            [
                "加大行政执法力度。（责任单位：区市场监管局、区公安分局）",
                "完善纠纷调解机制。（责任单位：区司法局）",
            ],
        ),
    ]
    for title, items in chapters:
        doc.add_paragraph(title, style="List Number")
        for item in items:
            doc.add_paragraph(item, style="List Number 2")
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def test_word_list_number_styles_are_chapters_and_items() -> None:
    doc, _ = extracted(_list_number_docx(), "qinzhou.docx")
    assert [(s.path, s.kind, s.title) for s in doc.sections] == [
        ("1", "chapter", "提升知识产权创造质量"),
        ("1.1", "item", "加强高价值专利培育"),
        ("1.2", "item", "推进商标品牌建设"),
        ("2", "chapter", "强化知识产权保护"),
        ("2.3", "item", "加大行政执法力度"),  # Word counts List Number 2 on through the chapters
        ("2.4", "item", "完善纠纷调解机制"),
    ]
    assert named_units(doc) == {
        "1.1": [("区科技局", "sole", "annotation")],
        "1.2": [("区市场监管局", "sole", "annotation")],
        "2.3": [("区市场监管局", "joint", "annotation"), ("区公安分局", "joint", "annotation")],
        "2.4": [("区司法局", "sole", "annotation")],
    }


def test_word_list_number_styles_under_chapters_the_text_numbers() -> None:
    """Chapters typed in the text (一、 二、): the lists' outline lies under them, items over sub-items."""
    doc = new_docx()
    for line in (
        "延吉市知识产权强市建设工作方案",
        "为加快知识产权强市建设，制定本方案。",
        "一、总体要求",
        "坚持创新驱动。",
    ):
        doc.add_paragraph(line)
    doc.add_paragraph("二、重点任务")
    doc.add_paragraph("强化知识产权创造", style="List Number")
    doc.add_paragraph("培育高价值专利。（责任单位：市科技局）", style="List Number 2")
    doc.add_paragraph("推进商标品牌建设。（责任单位：市市场监管局）", style="List Number 2")
    doc.add_paragraph("加强知识产权保护", style="List Number")
    doc.add_paragraph("开展专项执法行动。（责任单位：市市场监管局、市公安局）", style="List Number 2")
    doc.add_paragraph("三、保障措施")
    doc.add_paragraph("加强组织领导。")
    buffer = io.BytesIO()
    doc.save(buffer)
    got, _ = extracted(buffer.getvalue(), "yanji.docx")
    assert [(s.path, s.kind) for s in got.sections] == [
        ("一", "chapter"),
        ("二", "chapter"),
        ("二.1", "item"),
        ("二.1.1", "subitem"),
        ("二.1.2", "subitem"),
        ("二.2", "item"),
        ("二.2.3", "subitem"),
        ("三", "chapter"),
    ]
    assert named_units(got)["二.2.3"] == [
        ("市市场监管局", "joint", "annotation"),
        ("市公安局", "joint", "annotation"),
    ]


_QINGXIU = """<html><head><meta charset="utf-8"><title>南宁市青秀区知识产权强区建设2024年工作要点</title></head><body>
<h1>南宁市青秀区知识产权强区建设2024年工作要点</h1>
<p>为深入实施知识产权强国战略，加快推进知识产权强区建设，结合我区实际，制定本要点。</p>
<p>附件：重点任务分工表</p>
<table border="1">
<tr><th>序号</th><th>工作任务</th><th>具体措施</th><th>牵头单位</th><th>配合单位</th></tr>
<tr><td colspan="5">一、提升知识产权创造质量</td></tr>
<tr><td>1</td><td>培育高价值专利</td><td>支持重点企业开展专利导航。</td><td>区科技局</td><td>区工信局</td></tr>
<tr><td>2</td><td>推进商标品牌建设</td><td>培育地理标志商标。</td><td>区市场监管局</td><td>区农业农村局</td></tr>
<tr><td colspan="5">二、加强知识产权保护</td></tr>
<tr><td>3</td><td>加大执法力度</td><td>开展知识产权保护专项行动。</td><td>区市场监管局</td><td>区公安分局</td></tr>
</table>
</body></html>"""


def test_html_rows_across_a_task_table_head_its_rows() -> None:
    doc, _ = extracted(_QINGXIU, "qingxiu.html")
    assert [(s.path, s.level, s.title) for s in doc.sections] == [
        ("附件", 0, "重点任务分工表"),
        ("一", 1, "提升知识产权创造质量"),
        ("二", 1, "加强知识产权保护"),
    ]
    assert named_units(doc) == {
        "附件.一.表1.1": [("区科技局", "lead", "table"), ("区工信局", "support", "table")],
        "附件.一.表1.2": [("区市场监管局", "lead", "table"), ("区农业农村局", "support", "table")],
        "附件.二.表1.3": [("区市场监管局", "lead", "table"), ("区公安分局", "support", "table")],
    }


_HUICHUAN = """<html><head><meta charset="utf-8"></head><body>
<p>遵义市汇川区知识产权强区建设工作方案</p>
<p>一、总体要求</p><p>坚持创新驱动，加快建设知识产权强区。</p>
<p>二、重点任务</p>
<table border="1">
<tr><td>序号</td><td>重点任务</td><td>责任单位</td><td>完成时限</td></tr>
<tr><td colspan="4">知识产权创造</td></tr>
<tr><td>1</td><td>开展专利导航，培育高价值专利。</td><td>区科技局</td><td>2024年底</td></tr>
<tr><td colspan="4">知识产权保护</td></tr>
<tr><td>2</td><td>开展知识产权保护专项行动。</td><td>区市场监管局</td><td>2024年底</td></tr>
</table>
<p>各单位要按照分工抓好落实。</p>
<p>三、保障措施</p><p>（一）加强组织领导。区市场监管局负责统筹协调。</p>
</body></html>"""


def test_unnumbered_rows_across_a_table_in_a_chapter_are_its_sections() -> None:
    doc, text = extracted(_HUICHUAN, "huichuan.html")
    assert [(s.path, s.kind, s.title) for s in doc.sections] == [
        ("一", "chapter", "总体要求"),
        ("二", "chapter", "重点任务"),
        ("二.(一)", "section", "知识产权创造"),
        ("二.(二)", "section", "知识产权保护"),
        ("三", "chapter", "保障措施"),
        ("三.(一)", "section", "加强组织领导"),
    ]
    rows = {t.path: t.deadline for t in doc.tasks if t.kind == "table_row"}
    assert rows == {"二.(一).表1.1": "2024年底", "二.(二).表1.2": "2024年底"}
    protection = next(s for s in doc.sections if s.path == "二.(二)")
    chapter = next(s for s in doc.sections if s.path == "二")
    after = text.index("各单位要按照分工")
    assert protection.span[1] <= after < chapter.span[1]  # the paragraph after the table is the chapter's


_SHAXIAN = """# 三明市沙县区知识产权强区建设2024年工作要点

为深入推进知识产权强区建设，制定本要点。

## 附件：重点任务分工表

| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |
| --- | --- | --- | --- | --- |
| 一、知识产权创造 |  |  |  |  |
| 1 | 培育高价值专利，新增发明专利授权量60件 | 区科技局 | 区工信局 | 2024年12月 |
| 2 | 推进“沙县小吃”地理标志运用 | 区市场监管局 | 区农业农村局 | 2024年10月 |
| 二、知识产权保护 |  |  |  |  |
| 3 | 开展知识产权保护专项行动 | 区市场监管局 | 区公安分局 | 2024年11月 |
"""


def test_a_markdown_row_writing_its_first_cell_alone_heads_the_rows_under_it() -> None:
    """A merged row saved as Markdown writes its words in the first cell and leaves the others empty."""
    doc, _ = extracted(_SHAXIAN, "shaxian.md")
    assert [(s.path, s.title) for s in doc.sections if s.level > 0] == [
        ("一", "知识产权创造"),
        ("二", "知识产权保护"),
    ]
    assert [t.path for t in doc.tasks] == ["附件.一.表1.1", "附件.一.表1.2", "附件.二.表1.3"]


def _jining_docx() -> bytes:
    doc = new_docx()
    for line in (
        "乌兰察布市集宁区知识产权强区建设工作方案",
        "为加快推进知识产权强区建设，结合我区实际，制定本方案。",
        "一、总体要求",
        "坚持创新驱动，强化知识产权保护。",
        "二、重点任务",
        "具体任务见附件。",
        "附件",
        "集宁区知识产权强区建设重点任务分工",
    ):
        doc.add_paragraph(line)
    rows = [
        ["序号", "重点任务", "具体措施", "牵头单位", "配合单位"],
        ["一、知识产权创造", "", "", "", ""],
        ["1", "培育高价值专利", "开展专利导航分析", "区科技局", "区工信局"],
        ["2", "", "支持企业建设专利池", "", "区市场监管局"],
        ["二、知识产权保护", "", "", "", ""],
        ["3", "加强行政执法", "开展铁拳专项行动", "区市场监管局", "区公安分局"],
    ]
    table = doc.add_table(rows=len(rows), cols=5)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value:
                table.cell(r, c).text = value
    for r in (1, 4):
        table.cell(r, 0).merge(table.cell(r, 4))
    table.cell(2, 1).merge(table.cell(3, 1))  # the task and its lead merged down over its two measures
    table.cell(2, 3).merge(table.cell(3, 3))
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def test_docx_rows_merged_across_an_annexed_table_head_its_rows() -> None:
    doc, _ = extracted(_jining_docx(), "jining.docx")
    assert [(s.path, s.title) for s in doc.sections if s.path not in ("一", "二")] == [
        ("附件", "集宁区知识产权强区建设重点任务分工"),
        ("附件.一", "知识产权创造"),  # the annex's sections under its path, as their rows (round 31)
        ("附件.二", "知识产权保护"),
    ]
    assert named_units(doc) == {
        "附件.一.表1.1": [("区科技局", "lead", "table"), ("区工信局", "support", "table")],
        "附件.一.表1.2": [("区科技局", "lead", "table"), ("区市场监管局", "support", "table")],
        "附件.二.表1.3": [("区市场监管局", "lead", "table"), ("区公安分局", "support", "table")],
    }


_KAILI_HEAD = [
    "黔东南州凯里市知识产权强市建设2024年工作要点",
    "为深入推进知识产权强市建设，结合我市实际，制定本要点。",
    "一、重点任务分工",
]
_KAILI_CELLS = [
    *("序号", "工作任务", "牵头单位", "配合单位", "完成时限"),
    *(
        "1",
        "开展专利导航，培育高价值专利组合",
        "市科技局",
        "市工业和信",
        "息化局、市财",
        "政局",
        "2024年12月底",
    ),
    *("2", "推进地理标志运用促进工程", "市市场监督", "管理局", "市农业农村", "局", "2024年10月底"),
    *("3", "开展知识产权保护专项行动", "市市场监管局", "市公安局、市", "人民检察院", "2024年11月底"),
]
_KAILI_TAIL = ["二、保障措施", "各单位要加强组织领导，确保各项任务落到实处。"]


def test_names_a_pdf_table_column_wrapped_are_whole() -> None:
    doc, _ = extracted(to_pdf([*_KAILI_HEAD, *_KAILI_CELLS, *_KAILI_TAIL], width=40), "kaili.pdf")
    rows = {path: units for path, units in named_units(doc).items() if ".表" in path}
    assert rows == {
        "一.表1.1": [
            ("市科技局", "lead", "table"),
            ("市工业和信息化局", "support", "table"),
            ("市财政局", "support", "table"),
        ],
        "一.表1.2": [("市市场监督管理局", "lead", "table"), ("市农业农村局", "support", "table")],
        "一.表1.3": [
            ("市市场监管局", "lead", "table"),
            ("市公安局", "support", "table"),
            ("市人民检察院", "support", "table"),
        ],
    }
    assert [t.deadline for t in doc.tasks if ".表" in t.path] == [
        "2024年12月底",
        "2024年10月底",
        "2024年11月底",
    ]


_LINCHUAN = [
    "抚州市临川区知识产权强区建设工作方案",
    "为深入贯彻落实知识产权强国建设纲要，加快推进知识产权强区建设，结合我区实际，制定本方案。",
    "一、重点任务",
    "（一）提升知识产权创造质量。实施高价值专利培育计划，支持企业与高校院所共建知识产权联盟。"
    "（责任单位：区科技局、区市场监督管理局、区工业和信息化局）",
    "（二）加强知识产权保护。开展知识产权保护专项执法行动，严厉打击商标侵权和假冒专利行为。"
    "（责任单位：区市场监督管理局、区公安分局、区人民法院）",
    "二、保障措施",
    "（一）加强组织领导",
    "成立区知识产权工作领导小组，统筹推进全区知识产权工作。",
]


def test_a_txt_saved_from_a_pdf_with_its_lines_cut_is_read_joined() -> None:
    lines = [line for para in _LINCHUAN for line in textwrap.wrap(para, 35)]
    doc, text = extracted("\n".join(lines) + "\n", "linchuan.txt")
    assert text == "\n".join(_LINCHUAN) + "\n"
    assert named_units(doc)["一.(一)"] == [
        ("区科技局", "joint", "annotation"),
        ("区市场监督管理局", "joint", "annotation"),
        ("区工业和信息化局", "joint", "annotation"),
    ]


#: Words of a paragraph: no numbering, no closing mark, no digit (a line opening with one opens a unit).
_WORDS = st.sampled_from(
    ["知识产权", "保护", "创造运用", "加强", "推进", "服务体系", "企业", "高质量发展", "，"]
)
_PARAGRAPH = st.lists(_WORDS, min_size=30, max_size=60).map(lambda w: "开展" + "".join(w) + "工作。")
_HEADINGS = ["二、重点任务", "（一）加强组织领导", "附件", "1.区科技局", "责任单位：区市场监管局"]


@settings(max_examples=40, deadline=None)
@given(st.lists(_PARAGRAPH, min_size=2, max_size=5), st.integers(24, 40), st.data())
def test_hard_wrapped_paragraphs_join_and_short_lines_stay(
    paragraphs: list[str], width: int, data: st.DataObject
) -> None:
    """Paragraphs cut at one width come back whole; headings and list lines between them stay lines."""
    plan = ["临川区知识产权工作方案"]
    for para in paragraphs:
        plan.append(data.draw(st.sampled_from(_HEADINGS)))
        plan.append(para)
    wrapped = [line for para in plan for line in textwrap.wrap(para, width)]
    assert load_bytes("\n".join(wrapped).encode("utf-8"), "plan.txt").text == "\n".join(plan)
