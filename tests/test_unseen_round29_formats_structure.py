"""Round 29: file formats and document structure in shapes the corpus does not show (a county of Shanxi
and a district of Hanzhong as PDFs, a county of Dongying typed as pdftotext -layout prints a table, a
county-level city of Guizhou as a PDF's cell-per-line table, a county of Zunyi's web page).

What was read wrong before:

- a PDF's line the layout wrapped inside a unit's name (县文化和旅↵游局, 汉中市公安局↵南郑分局) kept the line
  break in the unit's surface and in the task's words; under a label with no bracket the list ended at the
  line's end and cut the last name (责任单位：…、区知识产权↵保护中心。完成时限：… named 区知识产权). A PDF's text
  joins such lines back: a line that fills the page's wrap width and closes no sentence runs on into the
  next one when that one goes on with words (no numbering marker, no indent, no table row);
- a division table of two columns typed with spaces (重点任务      责任单位, no 序号), as pdftotext -layout
  prints it, was no table and its rows no tasks;
- such a table as a PDF's text layer gives it, one cell a line with no number column (重点任务 / 责任单位 /
  开展专利导航服务… / 市市场监管局、市工业和信息化 / 局), was no table either: each row is read as a
  numbered table's last row is, ending at the fewest lines that read as a whole row;
- a web page's (or a Word document's) table cell merged across the task and lead columns (colspan: 推进知识产权质押融资（县金融服务
  中心牵头）over 工作任务 and 牵头单位) made the whole task a lead unit: the cell is the task's, its own note
  names the lead;
- a web page's download link after the signature (附件下载：分工表.docx, 相关附件：…) made the signature, its
  date and the link words of the last chapter: they close the plan, as 附件：… does.
"""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.pdf_lines import join_wrapped_lines
from tests.formats import to_pdf, to_table_pdf
from tests.plans import extracted, named_units

PINGYAO = [
    "平遥县知识产权强县建设工作方案",
    "为深入贯彻落实《山西省知识产权强省建设纲要》，结合我县实际，制定本方案。",
    "一、重点任务",
    "（一）加强知识产权保护。严厉打击侵犯知识产权违法犯罪行为，开展专项执法行动。（牵头单位：县市场监督管理"
    "局；配合单位：县公安局、县文化和旅游局、县人民法院）",
    "（二）推进平遥牛肉地理标志保护。加强地理标志产品专用标志使用管理，建立健全质量追溯体系。（责任单位：县农"
    "业农村局、晋中市市场监督管理局平遥分局）",
    "（三）强化专利转化运用。推动高校院所专利向中小企业转移转化，开展专利开放许可。（责任单位：县科技和工业信"
    "息化局、县财政局）",
    "二、保障措施",
    "加强组织领导。",
]


def test_a_unit_name_a_pdf_line_wraps_has_no_line_break() -> None:
    doc, text = extracted(to_pdf(PINGYAO, width=34, page_numbers=True), "pingyao.pdf")
    assert "县文化和旅游局" in text  # the layout wrapped it: 县文化和旅 / 游局
    units = named_units(doc)
    assert units["一.(一)"] == [
        ("县市场监督管理局", "lead", "annotation"),
        ("县公安局", "support", "annotation"),
        ("县文化和旅游局", "support", "annotation"),
        ("县人民法院", "support", "annotation"),
    ]
    assert [s for s, _, _ in units["一.(二)"]] == ["县农业农村局", "晋中市市场监督管理局平遥分局"]
    tasks = {t.path: t for t in doc.tasks}
    assert "\n" not in tasks["一.(一)"].text  # a paragraph of wrapped lines is one line
    assert [(s.path, s.title) for s in doc.sections][:2] == [
        ("一", "重点任务"),
        ("一.(一)", "加强知识产权保护"),
    ]


NANZHENG = [
    "汉中市南郑区知识产权强区建设三年行动方案",
    "为贯彻落实《陕西省知识产权强省建设纲要》，制定本方案。",
    "一、主要任务",
    "（一）实施知识产权质押融资入园惠企行动和专利导航产业发展工程。组织银行机构深入园区开展对接。（牵头单位：区"
    "知识产权服务中心；配合单位：南郑区发展和改革局、汉中市公安局南郑分局）",
    "1.建设知识产权公共服务网点。在区政务服务中心设立窗口。责任单位：区行政审批服务局、汉台区市场监督管理局南郑"
    "分所、区知识产权保护中心。完成时限：2025年12月底前。",
    "二、保障措施",
    "加强组织领导，区市场监管局牵头，区财政局、区科技局配合。",
]


def test_a_label_s_list_runs_on_over_a_wrapped_pdf_line() -> None:
    doc, text = extracted(to_pdf(NANZHENG, width=31), "nanzheng.pdf")
    assert "区知识产权保护中心。完成时限" in text
    units = named_units(doc)
    assert units["一.(一).1"] == [
        ("区行政审批服务局", "joint", "annotation"),
        ("汉台区市场监督管理局南郑分所", "joint", "annotation"),
        ("区知识产权保护中心", "joint", "annotation"),
    ]
    assert ("汉中市公安局南郑分局", "support", "annotation") in units["一.(一)"]
    assert {t.path: t.deadline for t in doc.tasks}["一.(一).1"] == "2025年12月底前"


def test_breaks_that_end_a_paragraph_or_open_a_unit_stay() -> None:
    full = "为加快推进知识产权强县建设，全面提升全县知识产权创造运用保护管理服务水平"  # 36 characters
    lines = [
        full,
        full,
        "和能力，结合实际制定本方案。",
        "一、工作目标",
        full,
        "（一）加强保护。",  # a numbered unit opens the next line
        full[:-1] + "。",  # a sentence closes the line
        "到2025年，全县发明专利达到100件。",
        full,
        "　　二是推进运用。",  # an indented line opens a paragraph
        full,
        "县市场监管局    县科技局",  # a row of cells
        "序号  重点任务  责任单位",
        full,
        "",
        "三、保障措施",
    ]
    joined = join_wrapped_lines("\n".join(lines)).split("\n")
    assert joined[0] == full + full + "和能力，结合实际制定本方案。"
    assert joined[1:] == lines[3:]


@settings(max_examples=60, deadline=None)
@given(
    words=st.lists(
        st.text(alphabet="加强知识产权保护县市场监管局科技农业农村财政", min_size=20, max_size=20),
        min_size=3,
        max_size=8,
    ),
    marker=st.sampled_from(["一、", "（二）", "3.", "第一章", "附件", "①", "　　", ""]),
)
def test_joined_lines_keep_every_character_and_no_break_before_a_marker(
    words: list[str], marker: str
) -> None:
    text = "\n".join([*words, marker + "开展专项行动。"])
    joined = join_wrapped_lines(text)
    assert joined.replace("\n", "") == text.replace("\n", "")
    assert (("\n" + marker) in joined) == (marker != "")


GUANGRAO = """广饶县知识产权强县建设工作方案

一、工作目标
到2025年，全县有效发明专利达到1500件。
二、保障措施
加强组织领导。

附件

          广饶县知识产权强县建设重点任务分工

  重点任务                                                  责任单位

  开展专利导航服务，围绕橡胶轮胎产业开展专利导航分析        县市场监管局、县工业和信息化局

  建设知识产权保护工作站，为企业提供维权援助服务            县市场监管局、县司法局

  实施地理标志运用促进工程，培育“广饶肴驴肉”品牌          县农业农村局
"""


def test_a_two_column_division_table_typed_with_spaces_is_a_task_table() -> None:
    doc, _ = extracted(GUANGRAO)
    assert [(t.origin, t.rows, t.columns, t.role) for t in doc.tables] == [("spaced", 4, 2, "tasks")]
    units = named_units(doc)
    assert units["附件.表1.1"] == [("县市场监管局", "joint", "table"), ("县工业和信息化局", "joint", "table")]
    assert units["附件.表1.3"] == [("县农业农村局", "sole", "table")]
    # a line of prose with a gap holding the two names and more is no header
    prose, _ = extracted(GUANGRAO.replace("  重点任务  ", "  重点任务已分解  "))
    assert prose.tables == []


QINGZHEN_ROWS = [
    ["重点任务", "责任单位"],
    ["开展专利导航服务，围绕铝产业开展专利导航分析，形成导航报告", "市市场监管局、市工业和信息化局"],
    ["建设知识产权保护工作站，为企业提供维权援助服务", "市市场监管局、市司法局"],
    ["实施地理标志运用促进工程，培育清镇酥李品牌", "市农业农村局"],
]


def test_a_cell_per_line_table_with_no_number_column_is_a_task_table() -> None:
    before = ["清镇市知识产权强市建设工作方案", "一、工作目标", "到2025年，全市有效发明专利达到800件。"]
    after = ["二、保障措施", "加强组织领导。"]
    doc, _ = extracted(to_table_pdf(before, QINGZHEN_ROWS, [24, 14], after), "qingzhen.pdf")
    assert [(t.origin, t.rows, t.columns, t.role) for t in doc.tables] == [("cell-per-line", 4, 2, "tasks")]
    rows = {t.path: t for t in doc.tasks if t.kind == "table_row"}
    assert [t.title for t in rows.values()] == [
        "开展专利导航服务",
        "建设知识产权保护工作站",
        "实施地理标志运用促进工程",
    ]
    units = named_units(doc)
    first = next(iter(rows))
    assert [(s.replace("\n", ""), role) for s, role, _ in units[first]] == [
        ("市市场监管局", "joint"),
        ("市工业和信息化局", "joint"),  # wrapped in its cell: 市工业和信息化 / 局
    ]
    # the chapter after the table stays the plan's
    assert [s.title for s in doc.sections if s.kind == "chapter"] == ["工作目标", "保障措施"]


TONGZI = """<html><head><meta charset="utf-8"><title>桐梓县知识产权强县建设工作方案</title></head><body>
<div class="TRS_Editor">
<p style="text-align:center"><strong>桐梓县知识产权强县建设工作方案</strong></p>
<p style="text-indent:2em;font-family:黑体">一、任务分工</p>
<table border="1">
<tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td></tr>
<tr><td>1</td><td>开展专利导航，服务方竹产业</td><td>县市场监管局</td><td>县科技局<br>县农业农村局</td><td>2025年底</td></tr>
<tr><td>2</td><td colspan="2">推进知识产权质押融资（县金融服务中心牵头）</td><td>县财政局</td><td>2024年12月</td></tr>
<tr><td>3</td><td colspan="2">实施地理标志运用促进工程</td><td>县市场监管局</td><td>2025年6月</td></tr>
</table>
<p style="text-indent:2em;font-family:黑体">二、保障措施</p>
<p style="text-indent:2em">加强组织领导。</p>
</div></body></html>"""


def test_a_cell_merged_across_the_task_and_lead_columns_is_the_task_s() -> None:
    doc, _ = extracted(TONGZI, "tongzi.html")
    units = named_units(doc)
    assert units["一.表1.1"] == [
        ("县市场监管局", "lead", "table"),
        ("县科技局", "support", "table"),
        ("县农业农村局", "support", "table"),
    ]
    assert units["一.表1.2"] == [("县金融服务中心", "lead", "table"), ("县财政局", "support", "table")]
    assert units["一.表1.3"] == [("县市场监管局", "support", "table")]


EMIN = """<html><head><meta charset="gb2312"><title>额敏县知识产权强县建设工作方案</title></head><body><div id="zoom">
<p class="MsoNormal" align="center"><b><span>额敏县知识产权强县建设工作方案</span></b></p>
<p class="MsoNormal"><b><span>一、</span></b><b><span>重点任务</span></b></p>
<p class="MsoNormal"><span>（一）加强知识产权创造。</span><span>支持企业申请专利。<br>（牵头单位：县市场监督管理局）</span></p>
<p class="MsoNormal"><b><span>二、保障措施</span></b></p>
<p class="MsoNormal"><span>加强组织领导。</span></p>
<p class="MsoNormal"><span lang="EN-US">&nbsp;</span></p>
<p class="MsoNormal" align="right"><span>额敏县人民政府办公室</span></p>
<p class="MsoNormal" align="right"><span lang="EN-US">2024</span><span>年</span><span lang="EN-US">3</span><span>月</span><span lang="EN-US">15</span><span>日</span></p>
<p>{links}<a href="P020240315.docx">额敏县知识产权强县建设任务分解表.docx</a></p>
</div></body></html>"""


def test_a_page_s_download_link_after_the_signature_closes_the_plan() -> None:
    for links in ("附件下载：", "相关附件："):
        page = EMIN.replace("{links}", links).encode("gb18030")
        doc, _ = extracted(page, "emin.html")
        last = {t.path: t for t in doc.tasks}["二"]
        assert last.text == "二、保障措施\n加强组织领导。"
        assert (doc.plan.date, [i.name for i in doc.plan.issuers]) == ("2024-03-15", ["额敏县人民政府办公室"])


def test_a_word_cell_merged_across_the_task_and_lead_columns_is_the_task_s() -> None:
    from docx import Document as new_docx

    word = new_docx()
    word.add_paragraph("米脂县知识产权强县建设工作方案")
    word.add_paragraph("一、任务分工")
    grid = word.add_table(rows=2, cols=4)
    for c, value in enumerate(["序号", "工作任务", "牵头单位", "配合单位"]):
        grid.cell(0, c).text = value
    grid.cell(1, 0).text = "1"
    grid.cell(1, 1).merge(grid.cell(1, 2)).text = "推进小米地理标志保护（县农业农村局牵头）"
    grid.cell(1, 3).text = "县市场监管局"
    word.add_paragraph("二、保障措施")
    buffer = io.BytesIO()
    word.save(buffer)
    doc, _ = extracted(buffer.getvalue(), "mizhi.docx")
    assert named_units(doc)["一.表1.1"] == [
        ("县农业农村局", "lead", "table"),
        ("县市场监管局", "support", "table"),
    ]
