"""Round 26: notices, page wrappers, file formats and plan structure not seen before, as county offices of
several provinces publish them (Fujian, Anhui, Zhejiang, Guangdong): a notice issuing a 方案 and a 工作要点
together, plans following what a province issued, notices printed to PDF whose issuing cue wraps, web pages
with a download link and a page's section label above the plan, task tables typed with spaces whose task
cell wraps before its first comma, Markdown and Word outlines mixing numbered and unnumbered headings, and
tasks whose paragraphs each close with their own responsibility note; as text (UTF-8 and GB18030),
Markdown, Word, PDF and web pages written for the tests.

What was misread before:
- Under one heading (二、重点任务, or a numbered task whose heading paragraph has its own note), paragraphs
  that each close with their own note (…。（责任单位：县科技局）) were one task naming every body of every
  note: each such paragraph is now a measure of the task (a clause, 二.段1, 二.段2 …) with its own bodies.
  A task whose note closes only its last paragraph is still one task.
- A notice issuing a 2023—2025 方案 and a 2024年工作要点 dated the 要点's undated targets 2025 (the 方案's
  last year) and left its deadlines written without a year (6月底前) undated: each plan of the notice is
  dated by its own heading.
- 省政府印发《…》 (贯彻落实省政府印发《…》, 争取省政府出台《…》) gave the cited document no issuer: the province's
  government named before the cue issued it.
- A PDF whose line broke inside the issuing cue (现印↵发给你们, 现将《X》↵印发给你们) lost it: the plan issued
  with the document's own was no longer published by it, and a notice with no 关于印发 heading was titled
  with its salutation.
- A web page's download link (附件下载：X.docx, 附件：X.docx) opened an annex holding the plan's body.
- A task table typed with spaces (pdftotext -layout) titled a row with the first line of a task cell that
  wraps before its first comma (开展重点产业专利导航分析与): the title runs on into the words the next line
  writes under the cell.
- A Markdown or Word outline mixing numbered and unnumbered headings (## 一、主要目标, ## 重点任务, ### 提升
  创造水平) read the unnumbered ones as preamble headings with no tasks: they are chapters and sections of
  the levels their numbered peers have.
- A web page's section label above the plan (栏目：规划计划) was taken for the plan's title.
"""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st

from policykg.extract.citations import find_citations
from policykg.extract.tasks import paragraph_measures
from tests.formats import new_docx, paragraphs_of, to_html, to_pdf
from tests.plans import extracted, named_units

# --- paragraphs that are measures of their own ---------------------------------------------------------

MEASURES = """松溪县知识产权强县建设工作方案

为深入实施知识产权强国战略，加快建设知识产权强县，制定本方案。

一、工作目标

到2025年，全县有效发明专利拥有量达到300件。

二、重点任务

实施高价值专利培育工程，引导企业围绕主导产业开展专利布局。（责任单位：县市场监管局、县科技局）

推进地理标志运用，支持地理标志产品提升品牌价值。（责任单位：县农业农村局）

建立知识产权质押融资风险补偿机制，扩大质押融资规模。（责任单位：县财政局、县金融办）

三、保障措施

（一）加强组织领导。县知识产权工作领导小组统筹推进全县知识产权工作。（责任单位：县市场监管局）

完善部门协作机制，定期召开联席会议，研究解决重大问题。（责任单位：县司法局）

（二）强化宣传引导。围绕“4·26”知识产权宣传周开展系列宣传活动。

加大典型案例宣传力度，营造尊重知识产权的良好氛围。（责任单位：县委宣传部）
"""


def test_paragraphs_each_closing_with_a_note_are_measures_of_their_task() -> None:
    doc, _ = extracted(MEASURES)
    units = named_units(doc)
    assert units["二.段1"] == [("县市场监管局", "joint", "annotation"), ("县科技局", "joint", "annotation")]
    assert units["二.段2"] == [("县农业农村局", "sole", "annotation")]
    assert units["二.段3"] == [("县财政局", "joint", "annotation"), ("县金融办", "joint", "annotation")]
    titles = {t.path: t.title for t in doc.tasks}
    assert titles["二.段1"] == "实施高价值专利培育工程"
    assert titles["二.段3"] == "建立知识产权质押融资风险补偿机制"
    # a numbered task with its own note and a paragraph with another: that paragraph is a measure of it
    assert units["三.(一)"][0] == ("县市场监管局", "sole", "annotation")
    assert units["三.(一).段1"] == [("县司法局", "sole", "annotation")]
    # one note closing the last paragraph: one task in two paragraphs
    assert "三.(二).段1" not in units
    assert ("县委宣传部", "sole", "annotation") in units["三.(二)"]


def test_measures_in_a_word_file_of_the_same_plan() -> None:
    doc, _ = extracted(_docx(paragraphs_of(MEASURES)), "plan.docx")
    units = named_units(doc)
    assert units["二.段2"] == [("县农业农村局", "sole", "annotation")]
    assert [t.path for t in doc.tasks if t.parent and t.parent.endswith("/二")] == [
        "二.段1",
        "二.段2",
        "二.段3",
    ]


_NOTE = st.sampled_from(["（责任单位：县科技局）", "（牵头单位：县市场监管局）", "（县财政局负责）"])
_WORK = st.sampled_from(["开展专利导航服务", "推进商标品牌建设", "加强执法检查", "完善纠纷调解机制"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(_WORK, st.booleans(), _NOTE), min_size=1, max_size=6))
def test_property_paragraph_measures(paragraphs: list[tuple[str, bool, str]]) -> None:
    heading = "二、重点任务"
    text, spans = heading, [(0, len(heading))]
    for work, noted, note in paragraphs:
        start = len(text) + 1
        text += "\n" + work + "。" + (note if noted else "")
        spans.append((start, len(text)))
    found = paragraph_measures(text, spans[0], spans)
    noted = [s for s, (_, n, _) in zip(spans[1:], paragraphs, strict=True) if n]
    if len(noted) >= 2:
        assert [label for label, _ in found] == [f"段{n}" for n in range(1, len(noted) + 1)]
        assert [span for _, span in found] == noted
    else:
        assert found == []


# --- a notice issuing two plans: each dated by its own heading --------------------------------------

TWO_PLANS = """青阳县人民政府办公室关于印发《青阳县知识产权强县建设工作方案（2023—2025年）》和《青阳县2024年知识产权工作要点》的通知

各乡镇人民政府，县政府各部门：
　　《青阳县知识产权强县建设工作方案（2023—2025年）》和《青阳县2024年知识产权工作要点》已经县政府同意，现印发给你们，请认真贯彻执行。

青阳县人民政府办公室
2024年3月5日

青阳县知识产权强县建设工作方案（2023—2025年）

一、总体目标
到2025年，全县有效发明专利拥有量达到500件。
二、重点任务
（一）提升知识产权创造质量。实施高价值专利培育计划。（责任单位：县市场监管局、县科技局）

青阳县2024年知识产权工作要点

一、工作目标
全年新增注册商标600件，知识产权质押融资额达到2亿元。
二、工作任务
（一）加强知识产权保护。6月底前完成商标品牌指导站建设。（责任单位：县市场监管局）
"""


def test_the_second_plan_of_a_notice_dates_its_targets_and_deadlines_by_its_own_heading() -> None:
    doc, _ = extracted(TWO_PLANS)
    years = {(t.indicator, t.plan_part): t.year for t in doc.targets}
    assert years[("有效发明专利拥有量", "青阳县知识产权强县建设工作方案（2023—2025年）")] == 2025
    assert years[("注册商标", "青阳县2024年知识产权工作要点")] == 2024
    assert years[("知识产权质押融资额", "青阳县2024年知识产权工作要点")] == 2024
    task = next(t for t in doc.tasks if t.deadline == "6月底前")
    assert task.plan_part == "青阳县2024年知识产权工作要点"
    assert task.deadline_date == "2024-06"


# --- 省政府印发《…》: the province issued it ----------------------------------------------------------

FOLLOWS = """宁化县知识产权强县建设实施方案

　　为贯彻落实省政府印发《福建省知识产权强省建设纲要（2021—2035年）》，结合我县实际，制定本方案。

一、主要任务
（一）加强知识产权保护。争取省政府出台《福建省知识产权保护条例》配套政策，推动出台《宁化县知识产权奖励办法》。（责任单位：县市场监管局）
"""


def test_a_document_the_province_issued_is_cited_with_the_province_as_its_issuer() -> None:
    doc, _ = extracted(FOLLOWS)
    issued = {c.title: (c.relation, c.issuer) for c in doc.citations}
    assert issued["福建省知识产权强省建设纲要（2021—2035年）"] == ("cites", "省政府")
    assert issued["福建省知识产权保护条例"] == ("cites", "省政府")
    assert issued["宁化县知识产权奖励办法"] == ("cites", None)  # pressed for, by no body named


_BODY = st.sampled_from(
    ["省政府", "省委、省政府", "国务院", "国家知识产权局", "中共中央、国务院", "省人民政府办公厅"]
)
_LEAD = st.sampled_from(["", "为贯彻落实", "根据", "按照"])
_CUE = st.sampled_from(["印发", "发布", "出台", "制定出台"])


@settings(max_examples=60, deadline=None)
@given(_LEAD, _BODY, _CUE)
def test_property_a_higher_body_before_a_publish_cue_issued_the_title(lead: str, body: str, cue: str) -> None:
    text = f"。{lead}{body}{cue}《关于加强知识产权保护的意见》，"
    (cited,) = find_citations(text, own_title=None, own_number=None)
    assert cited.relation == "cites"
    assert cited.issuer == body


# --- a PDF wrapping the issuing cue ---------------------------------------------------------------

PDF_NOTICE = """临泉县人民政府办公室关于印发《临泉县知识产权强县建设工作方案》的通知

各乡镇人民政府，县直有关单位：
　　《临泉县知识产权强县建设工作方案》和《临泉县2024年知识产权工作要点》已经县政府同意，现印发给你们，请认真贯彻执行。

临泉县知识产权强县建设工作方案

一、工作目标
到2025年，全县有效发明专利拥有量达到600件。
"""


def _wrapped_before(paragraphs: list[str], at: str) -> int:
    """A line width at which the paragraph holding ``at`` breaks right before its last character."""
    para = next(p for p in paragraphs if at in p)
    return para.index(at) + len(at) - 1


def test_a_pdf_notice_breaking_its_issuing_cue_still_publishes_the_plan_issued_with_it() -> None:
    paragraphs = paragraphs_of(PDF_NOTICE)
    width = _wrapped_before(paragraphs, "现印发")
    doc, text = extracted(to_pdf(paragraphs, width), "notice.pdf")
    assert "现印\n发" in text
    published = [c for c in doc.citations if c.title == "临泉县2024年知识产权工作要点"]
    assert published
    assert all(c.relation == "publishes" for c in published)


PDF_NO_HEADING = """各乡镇人民政府，县直有关单位：
　　现将《临泉县知识产权保护工作实施方案》印发给你们，请认真贯彻执行。

一、工作目标
到2025年，全县知识产权保护社会满意度达到85分。
二、重点任务
（一）加强行政执法。开展专项执法行动。（责任单位：县市场监管局）
"""


def test_a_pdf_notice_without_a_heading_is_titled_by_its_wrapped_issuing_sentence() -> None:
    paragraphs = paragraphs_of(PDF_NO_HEADING)
    width = _wrapped_before(paragraphs, "》印")
    doc, text = extracted(to_pdf(paragraphs, width), "notice.pdf")
    assert "》\n印" in text
    assert doc.plan.title == "临泉县知识产权保护工作实施方案"


# --- web pages: a download link and a section label ------------------------------------------------

DOWNLOAD_PAGE = """<html><head><meta charset="utf-8"><title>关于印发《建德市2024年知识产权工作要点》的通知</title></head><body>
<div class="nav">首页 &gt; 政务公开 &gt; 部门文件</div>
<h1>关于印发《建德市2024年知识产权工作要点》的通知</h1>
<div class="info">来源：建德市市场监督管理局　发布时间：2024-03-12　浏览次数：235</div>
<div class="content">
<p>各乡镇（街道）、市级有关部门：</p>
<p>　　现将《建德市2024年知识产权工作要点》印发给你们，请结合实际认真贯彻落实。</p>
<p>附件下载：建德市2024年知识产权工作要点.docx</p>
<p>建德市市场监督管理局</p>
<p>2024年3月10日</p>
<p>建德市2024年知识产权工作要点</p>
<p>一、强化知识产权创造</p>
<p>1.实施专利质量提升工程。（责任单位：市市场监管局、市科技局）</p>
<p>二、加强知识产权保护</p>
<p>1.开展知识产权执法“铁拳”行动。（责任单位：市市场监管局、市公安局）</p>
</div>
<div class="foot">【打印本页】【关闭窗口】</div>
</body></html>
"""


def test_a_download_link_opens_no_annex() -> None:
    doc, _ = extracted(DOWNLOAD_PAGE, "page.html")
    assert [s.path for s in doc.sections if s.kind == "annex"] == []
    assert {t.path for t in doc.tasks} == {"一.1", "二.1"}
    # a link written as the annex line itself, in a page saved as text
    linked = DOWNLOAD_PAGE.replace("附件下载：", "附件：")
    doc, _ = extracted(linked, "page.html")
    assert [s.path for s in doc.sections if s.kind == "annex"] == []


SECTION_LABEL = [
    "网站首页 | 政务公开 | 政务服务",
    "栏目：规划计划",
    "浦城县知识产权强县建设实施方案",
    "发布时间：2023-08-15　来源：县市场监管局　作者：办公室　浏览次数：1024",
    "为加快推进知识产权强县建设，结合我县实际，制定本方案。",
    "一、主要目标",
    "到2025年，全县有效发明专利拥有量达到260件。",
    "二、重点任务",
    "（一）加强知识产权创造。实施专利倍增计划。（责任单位：县市场监管局、县工信局）",
]


def test_a_pages_section_label_is_not_the_title() -> None:
    doc, _ = extracted(to_html(SECTION_LABEL), "page.html")
    assert doc.plan.title == "浦城县知识产权强县建设实施方案"
    assert doc.plan.doc_type == "实施方案"


# --- a task table typed with spaces: a title wrapping before its first comma -------------------------

SPACED = (
    "梅江区城北镇2024年知识产权工作要点\n\n"
    "一、重点任务\n"
    "序号  工作任务                      责任单位       完成时限\n"
    "1     建设镇知识产权服务站并配齐     镇经发办       2024年3月\n"
    "      专职服务人员\n"
    "2     开展重点产业专利导航分析与     镇财政所       2024年6月\n"
    "      预警服务，覆盖全部规上企业\n"
    "3     组织知识产权培训               镇经发办、镇   2024年9月\n"
    "                                     财政所\n"
)


def test_a_spaced_rows_title_runs_on_into_its_wrapped_cell() -> None:
    doc, _ = extracted(SPACED.encode("gb18030"))
    titles = {t.path: t.title for t in doc.tasks if t.kind == "table_row"}
    assert titles["一.表1.1"] == "建设镇知识产权服务站并配齐专职服务人员"
    assert titles["一.表1.2"] == "开展重点产业专利导航分析与预警服务"
    assert titles["一.表1.3"] == "组织知识产权培训"  # the words below stand under the units' column


# --- outlines mixing numbered and unnumbered headings ------------------------------------------------

MIXED_MD = """# 德清县知识产权强县建设工作方案

为深入实施知识产权强国战略，制定本方案。

## 一、主要目标

到2025年，全县有效发明专利拥有量达到1500件。

## 重点任务

### 提升知识产权创造水平

实施高价值专利培育计划，支持企业建设高价值专利组合。（责任单位：县市场监管局、县科技局）

### 强化知识产权运用

推进知识产权质押融资，全年质押融资额达到5亿元。（责任单位：县金融办）

## 保障措施

### 加强组织领导

县知识产权工作领导小组统筹协调。（责任单位：县市场监管局）

## 附件

重点任务分工表
"""


def test_unnumbered_markdown_headings_beside_numbered_ones_are_chapters_and_sections() -> None:
    doc, _ = extracted(MIXED_MD, "plan.md")
    sections = {s.path: (s.kind, s.title) for s in doc.sections}
    assert sections["一"] == ("chapter", "主要目标")
    assert sections["二"] == ("chapter", "重点任务")
    assert sections["二.(一)"] == ("section", "提升知识产权创造水平")
    assert sections["三.(一)"] == ("section", "加强组织领导")
    units = named_units(doc)
    assert units["二.(一)"] == [("县市场监管局", "joint", "annotation"), ("县科技局", "joint", "annotation")]
    assert units["二.(二)"] == [("县金融办", "sole", "annotation")]


def test_unnumbered_word_headings_beside_numbered_ones() -> None:
    doc = new_docx()
    doc.add_heading("德清县知识产权强县建设工作方案", 0)
    doc.add_paragraph("为深入实施知识产权强国战略，制定本方案。")
    doc.add_heading("一、主要目标", 1)
    doc.add_paragraph("到2025年，全县有效发明专利拥有量达到1500件。")
    doc.add_heading("重点任务", 1)
    doc.add_heading("提升知识产权创造水平", 2)
    doc.add_paragraph("实施高价值专利培育计划。（责任单位：县市场监管局）")
    doc.add_heading("强化知识产权运用", 2)
    doc.add_paragraph("推进知识产权质押融资。（责任单位：县金融办）")
    buffer = io.BytesIO()
    doc.save(buffer)
    extracted_doc, _ = extracted(buffer.getvalue(), "plan.docx")
    units = named_units(extracted_doc)
    assert units["二.(一)"] == [("县市场监管局", "sole", "annotation")]
    assert units["二.(二)"] == [("县金融办", "sole", "annotation")]


def _docx(paragraphs: list[str]) -> bytes:
    doc = new_docx()
    for para in paragraphs:
        doc.add_paragraph(para)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()
