"""Round 16, loader quirks of real files: plans as Word, PDF and web-page files carry them, built in the tests
(python-docx, reportlab, HTML bytes) around plans written for the tests.

- A .docx whose title sits in a text box (w:txbxContent in a drawing, with its VML fallback copy) lost its
  title: the plan was named by its term line (（2024-2026年）), with no kind of document.
- A .docx with tracked changes read neither the inserted text (w:ins: a body added to a task's units was not
  read) nor, in content controls (w:sdt, at the body's level or inside a paragraph), any of their paragraphs.
  Deleted text (w:del) stays out. Runs inside a smart tag (Word's date and place tags) or a simple field
  (w:fldSimple) were lost too: a signature's date so tagged gave the plan no date.
- A .docx task table whose rows are a repeating section (content controls wrapping rows, or a cell) lost
  those rows, or read the row's cells shifted left.
- A .docx exported by a web system with its whole text in an HTML chunk (w:altChunk) was refused as holding
  no text.
- A .docx laid out in a table of one cell (the whole body in it) was read as one table cell: no title, no
  task, no target. A table nested in a cell lost its text.
- A web page laying its article in a table of one cell, or in the article column of an old site's page grid
  (logo row, article row), was read as one table: no title, no task. A plan inside <pre> lost its line
  breaks: the whole plan was one line.
- A PDF text layer with a space between every character (平 阳 县 知 识 产 权 …) gave no region, no period, no
  agency (单 / 位 read as bodies) and targets such as '全县每万人口…达到5.' of 5.0; a title letter-spaced
  with no-break spaces (a web page's 平&nbsp;阳&nbsp;县…) or spaces (a Word title) lost its term and region.
- Zero-width spaces and a byte-order mark inside words (two files put together, a web editor's paste) hid
  names and programmes.
- A seal's text layer beside the signature (a PDF seal drawn as text: its name a character a line round the
  rim, read backwards, or with its star) made the signature and date the last task's words, the plan's
  back matter unseen.
- A PDF printing two running lines above every page (the office's name and the document's number) and one
  below (the plan's short name) lost only the first: the others stood between the lines of sentences.
- A title broken over two lines (a Word paragraph's soft line break, a PDF's line width, a text file) was
  read as its first line: 平阳县知识产权强县, no kind of document, no period.
"""

from __future__ import annotations

import html
import io
import textwrap

from docx import Document as new_docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders import load_bytes
from loaders.spacing import close_letter_spacing
from policykg.models import Document
from tests.plans import extracted, named_units

TITLE = "乐清市知识产权强市建设工作方案"
TERM = "（2024-2026年）"
BODY = [
    "为深入实施知识产权强国战略，加快建设知识产权强市，结合我市实际，制定本方案。",
    "一、主要目标",
    "到2026年，全市每万人口高价值发明专利拥有量达到6.2件，PCT国际专利申请量达到30件。",
    "二、重点任务",
    "（一）强化知识产权创造",
    "1.实施高价值专利培育工程。支持龙头企业组建高价值专利培育中心。（责任单位：市市场监管局、市科技局）",
    "2.推进地理标志品牌建设。培育雁荡山铁皮石斛地理标志品牌。（牵头单位：市市场监管局；配合单位：市农业农村局）",
    "（二）加强知识产权保护",
    "3.开展执法专项行动。严厉打击商标侵权和假冒专利行为。（责任单位：市市场监管局、市公安局）",
    "三、保障措施",
    "（一）加强组织领导。市知识产权工作领导小组统筹推进各项工作。",
]
SIGNATURE = ["乐清市人民政府", "2024年4月8日"]
FULL_TITLE = TITLE + TERM
UNITS = {
    "二.(一).1": [("市市场监管局", "joint", "annotation"), ("市科技局", "joint", "annotation")],
    "二.(一).2": [("市市场监管局", "lead", "annotation"), ("市农业农村局", "support", "annotation")],
    "二.(二).3": [("市市场监管局", "joint", "annotation"), ("市公安局", "joint", "annotation")],
}
W = nsdecls("w")


def _plan_read_whole(doc: Document) -> None:
    """The plan's title, region, period, tasks with their units and targets, as its plain text gives them."""
    assert doc.plan.title == FULL_TITLE
    assert doc.plan.doc_type == "工作方案"
    assert doc.plan.region is not None
    assert doc.plan.region.name == "乐清市"
    assert doc.plan.period is not None
    assert (doc.plan.period.start, doc.plan.period.end) == ("2024", "2026")
    units = named_units(doc)
    for path, expected in UNITS.items():  # a name wrapped over a PDF's lines keeps its line break
        assert [("".join(surface.split()), role, basis) for surface, role, basis in units[path]] == expected
    assert [(t.indicator, t.value, t.unit) for t in doc.targets] == [
        ("每万人口高价值发明专利拥有量", 6.2, "件"),
        ("PCT国际专利申请量", 30.0, "件"),
    ]


def _docx(document: object) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)  # type: ignore[attr-defined]
    return buffer.getvalue()


def _append(document: object, element: object) -> None:
    """Append a body-level element before the section properties."""
    body = document.element.body  # type: ignore[attr-defined]
    body.insert(len(body) - 1, element)


# --- Word ----------------------------------------------------------------------------------------------


def _text_box(text: str) -> str:
    """A paragraph anchoring a text box, written as Word writes it: a drawing and its VML fallback."""
    inner = f"<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"
    return (
        f'<w:p {W} xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml">'
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>'
        f"<wps:wsp><wps:txbx>{inner}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
        f"</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>{inner}</v:textbox></v:shape></w:pict>"
        "</mc:Fallback></mc:AlternateContent></w:r></w:p>"
    )


def test_docx_title_in_a_text_box() -> None:
    document = new_docx()
    _append(document, parse_xml(_text_box(TITLE)))
    for line in [TERM, *BODY, *SIGNATURE]:
        document.add_paragraph(line)
    doc, text = extracted(_docx(document), "plan.docx")
    _plan_read_whole(doc)
    assert text.count(TITLE) == 1  # the fallback copy is not read again


def test_docx_signature_in_a_text_box_names_the_issuer() -> None:
    document = new_docx()
    for line in [TITLE, TERM, *BODY]:
        document.add_paragraph(line)
    _append(document, parse_xml(_text_box(SIGNATURE[0])))
    document.add_paragraph(SIGNATURE[1])
    doc, _ = extracted(_docx(document), "plan.docx")
    assert [i.name for i in doc.plan.issuers] == ["乐清市人民政府"]
    assert doc.plan.date == "2024-04-08"


def test_docx_tracked_changes_read_as_accepted() -> None:
    document = new_docx()
    for line in [TITLE, TERM, *BODY, *SIGNATURE]:
        if line.startswith("3.开展执法"):
            paragraph = document.add_paragraph(
                "3.开展执法专项行动。严厉打击商标侵权和假冒专利行为。（责任单位：市市场监管局、"
            )
            revision = 'w:id="{}" w:author="审核人" w:date="2024-03-01T09:00:00Z"'
            paragraph._p.append(
                parse_xml(
                    f"<w:del {W} {revision.format(1)}><w:r><w:delText>市财政局</w:delText></w:r></w:del>"
                )
            )
            paragraph._p.append(
                parse_xml(f"<w:ins {W} {revision.format(2)}><w:r><w:t>市公安局</w:t></w:r></w:ins>")
            )
            paragraph.add_run("）")
        else:
            document.add_paragraph(line)
    doc, text = extracted(_docx(document), "plan.docx")
    _plan_read_whole(doc)
    assert "市财政局" not in text


def test_docx_runs_in_smart_tags_and_simple_fields() -> None:
    document = new_docx()
    for line in [TITLE, TERM, *BODY, SIGNATURE[0]]:
        document.add_paragraph(line)
    date = document.add_paragraph()
    date._p.append(
        parse_xml(
            f"<w:smartTag {W} w:uri='urn:schemas-microsoft-com:office:smarttags' w:element='chsdate'>"
            "<w:smartTagPr><w:attr w:name='Year' w:val='2024'/></w:smartTagPr>"
            "<w:r><w:t>2024年4月8日</w:t></w:r></w:smartTag>"
        )
    )
    note = document.add_paragraph("（此件公开发布，联系电话：")
    note._p.append(
        parse_xml(
            f"<w:fldSimple {W} w:instr=' MERGEFIELD 电话 '><w:r><w:t>0577-61234567</w:t></w:r></w:fldSimple>"
        )
    )
    note.add_run("）")
    doc, text = extracted(_docx(document), "plan.docx")
    _plan_read_whole(doc)
    assert doc.plan.date == "2024-04-08"
    assert "0577-61234567）" in text


def test_docx_content_controls_hold_paragraphs() -> None:
    document = new_docx()
    for line in [TITLE, TERM, *BODY, *SIGNATURE]:
        if line.startswith("（一）强化"):
            _append(
                document,
                parse_xml(
                    f"<w:sdt {W}><w:sdtPr><w:alias w:val='任务'/></w:sdtPr><w:sdtContent>"
                    f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p></w:sdtContent></w:sdt>"
                ),
            )
        elif line.startswith("2.推进"):
            paragraph = document.add_paragraph()
            paragraph._p.append(
                parse_xml(
                    f"<w:sdt {W}><w:sdtPr/><w:sdtContent><w:r><w:t>{line}</w:t></w:r></w:sdtContent></w:sdt>"
                )
            )
        else:
            document.add_paragraph(line)
    doc, _ = extracted(_docx(document), "plan.docx")
    _plan_read_whole(doc)
    assert [t.path for t in doc.tasks][:3] == ["二.(一).1", "二.(一).2", "二.(二).3"]


def _cell(text: str) -> str:
    return f"<w:tc><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"


def test_docx_table_rows_in_a_repeating_section() -> None:
    document = new_docx()
    for line in [TITLE, TERM, *BODY[:3], "二、重点任务"]:
        document.add_paragraph(line)
    table = document.add_table(rows=1, cols=3)
    for c, head in enumerate(("序号", "重点任务", "责任单位")):
        table.cell(0, c).text = head
    rows = "".join(
        f"<w:tr>{_cell(str(n))}{_cell(task)}{_cell(unit)}</w:tr>"
        for n, task, unit in (
            (1, "建设知识产权保护工作站", "市市场监管局"),
            (2, "开展专利导航服务", "市科技局"),
        )
    )
    section = f"<w:sdt {W}><w:sdtPr><w:alias w:val='任务清单'/></w:sdtPr><w:sdtContent>{rows}</w:sdtContent></w:sdt>"
    table._tbl.append(parse_xml(section))
    table._tbl.append(
        parse_xml(
            f"<w:tr {W}><w:sdt><w:sdtPr/><w:sdtContent>{_cell('3')}</w:sdtContent></w:sdt>"
            f"{_cell('实施地理标志运用促进工程')}{_cell('市农业农村局')}</w:tr>"
        )
    )
    for line in SIGNATURE:
        document.add_paragraph(line)
    doc, _ = extracted(_docx(document), "plan.docx")
    found = {
        t.title: [surface for surface, _, _ in units]
        for t in doc.tasks
        for units in [named_units(doc)[t.path]]
    }
    assert found["建设知识产权保护工作站"] == ["市市场监管局"]
    assert found["开展专利导航服务"] == ["市科技局"]
    assert found["实施地理标志运用促进工程"] == ["市农业农村局"]


def test_docx_text_in_an_html_chunk() -> None:
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    document = new_docx()
    rows = "<tr><td>序号</td><td>重点任务</td><td>责任单位</td></tr><tr><td>1</td><td>建设快维中心</td><td>市市场监管局</td></tr>"
    page = _page(_paragraphs([TITLE, TERM, *BODY]) + f"<table>{rows}</table>" + _paragraphs(SIGNATURE))
    part = Part(PackURI("/word/afchunk1.htm"), "text/html", page, document.part.package)
    rel_id = document.part.relate_to(part, RELATIONSHIP_TYPE.A_F_CHUNK)
    _append(document, parse_xml(f'<w:altChunk {nsdecls("w", "r")} r:id="{rel_id}"/>'))
    doc, _ = extracted(_docx(document), "plan.docx")
    _plan_read_whole(doc)
    loaded = load_bytes(_docx(document), "plan.docx")
    assert [[loaded.text[slice(*c.span)] for c in row] for row in loaded.tables[0].rows][1] == [
        "1",
        "建设快维中心",
        "市市场监管局",
    ]


def test_docx_body_in_a_table_of_one_cell() -> None:
    document = new_docx()
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    cell.paragraphs[0].text = TITLE
    for line in [TERM, *BODY, *SIGNATURE]:
        cell.add_paragraph(line)
    doc, _ = extracted(_docx(document), "plan.docx")
    _plan_read_whole(doc)
    assert doc.plan.issuers[0].name == "乐清市人民政府"


def test_docx_nested_table_keeps_its_text() -> None:
    document = new_docx()
    for line in [TITLE, TERM, *BODY[:3]]:
        document.add_paragraph(line)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "重点任务", "完成时限"
    table.cell(1, 0).text = "建设知识产权快维中心"
    inner = table.cell(1, 1).add_table(rows=2, cols=1)
    inner.cell(0, 0).text = "2024年底前完成选址"
    inner.cell(1, 0).text = "2025年6月底前挂牌运行"
    loaded = load_bytes(_docx(document), "plan.docx")
    cell = loaded.tables[0].rows[1][1]
    assert loaded.tables[0].cell_text(loaded.text, cell) == "2024年底前完成选址\n2025年6月底前挂牌运行"


def test_docx_title_with_a_soft_line_break() -> None:
    document = new_docx()
    title = document.add_paragraph()
    title.add_run("乐清市知识产权强市").add_break()
    title.add_run("建设工作方案")
    for line in [TERM, *BODY, *SIGNATURE]:
        document.add_paragraph(line)
    doc, _ = extracted(_docx(document), "plan.docx")
    assert doc.plan.title == FULL_TITLE
    assert doc.plan.period is not None
    assert doc.plan.period.start == "2024"


def test_docx_letter_spaced_title() -> None:
    document = new_docx()
    document.add_paragraph(" ".join(TITLE))
    for line in [TERM, *BODY, *SIGNATURE]:
        document.add_paragraph(line)
    doc, text = extracted(_docx(document), "plan.docx")
    _plan_read_whole(doc)
    assert text.startswith(TITLE + "\n")


# --- PDF -----------------------------------------------------------------------------------------------


def _pdf(lines: list[str], width: int, spaced: bool = False) -> bytes:
    """A PDF drawing each line wrapped at ``width`` characters, every character spaced when asked (a text
    layer exported with its letter spacing as spaces)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    y = 800
    for line in lines:
        for part in textwrap.wrap(line, width):
            if y < 60:
                pdf.showPage()
                y = 800
            pdf.setFont("STSong-Light", 11)
            pdf.drawString(40, y, " ".join(part) if spaced else part)
            y -= 16
        y -= 6
    pdf.save()
    return buffer.getvalue()


def test_pdf_text_layer_spaced_between_every_character() -> None:
    doc, text = extracted(_pdf([TITLE, TERM, *BODY, *SIGNATURE], 36, spaced=True), "plan.pdf")
    _plan_read_whole(doc)
    assert "市 市 场" not in text
    assert [i.name for i in doc.plan.issuers] == ["乐清市人民政府"]


def test_pdf_title_wrapped_at_the_line_width() -> None:
    doc, _ = extracted(_pdf([TITLE, TERM, *BODY, *SIGNATURE], 12), "plan.pdf")
    assert doc.plan.title == FULL_TITLE
    assert doc.plan.doc_type == "工作方案"


def _running_pdf() -> bytes:
    """A PDF of several pages, each headed by the office's name and the document's number and footed by the
    plan's short name and a page count, each page's lines drawn top to bottom."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    lines = [part for line in [TITLE, TERM, *BODY, *SIGNATURE] for part in textwrap.wrap(line, 18)]
    pages = [lines[k : k + 14] for k in range(0, len(lines), 14)]
    for number, page in enumerate(pages, 1):
        pdf.setFont("STSong-Light", 9)
        pdf.drawString(40, 815, "乐清市人民政府办公室")
        pdf.drawString(40, 803, "乐政办发〔2024〕12号")
        y = 780
        for line in page:
            pdf.setFont("STSong-Light", 11)
            pdf.drawString(40, y, line)
            y -= 16
        pdf.setFont("STSong-Light", 9)
        pdf.drawString(40, 45, "知识产权强市建设工作方案")
        pdf.drawString(260, 30, f"第 {number} 页 共 {len(pages)} 页")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_pdf_running_lines_above_and_below_every_page() -> None:
    doc, text = extracted(_running_pdf(), "plan.pdf")
    assert text.count("乐政办发〔2024〕12号") == 1  # the first page's, its masthead
    assert text.count("乐清市人民政府办公室") == 1
    assert "知识产权强市建设工作方案\n" not in text.replace(TITLE, "")
    assert doc.plan.doc_number == "乐政办发〔2024〕12号"
    assert [i.name for i in doc.plan.issuers] == ["乐清市人民政府"]
    assert len(doc.tasks) >= 4


def _seal_pdf() -> bytes:
    """A PDF whose signature carries a seal drawn as text: the seal's name round its rim, a character at a
    time, and a star at its centre."""
    import math

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    y = 800
    for line in [TITLE, TERM, *BODY]:
        for part in textwrap.wrap(line, 36):
            pdf.setFont("STSong-Light", 11)
            pdf.drawString(40, y, part)
            y -= 16
        y -= 6
    pdf.setFont("STSong-Light", 12)
    pdf.drawString(350, y - 40, SIGNATURE[0])
    pdf.drawString(350, y - 60, SIGNATURE[1])
    name, cx, cy = SIGNATURE[0], 390, y - 45
    for k, ch in enumerate(name):
        angle = math.radians(200 - k * 220 / (len(name) - 1))
        pdf.saveState()
        pdf.translate(cx + 40 * math.cos(angle), cy + 40 * math.sin(angle))
        pdf.rotate(math.degrees(angle) - 90)
        pdf.setFont("STSong-Light", 10)
        pdf.drawString(-5, 0, ch)
        pdf.restoreState()
    pdf.drawString(cx - 5, cy - 5, "★")
    pdf.save()
    return buffer.getvalue()


def test_pdf_seal_drawn_as_text_stays_out_of_the_last_task() -> None:
    doc, _ = extracted(_seal_pdf(), "plan.pdf")
    assert "人民政府" not in doc.tasks[-1].text
    assert [i.name for i in doc.plan.issuers] == ["乐清市人民政府"]
    assert doc.plan.date == "2024-04-08"


def test_seal_text_beside_a_signature_is_back_matter() -> None:
    seals = ["府政民人市清乐", "\n".join(SIGNATURE[0]), "乐清市人民政府★"]
    for seal in seals:
        for tail in ([seal, *SIGNATURE], [*SIGNATURE, seal]):
            doc, _ = extracted("\n".join([TITLE, TERM, *BODY, *tail]))
            assert doc.tasks[-1].text == BODY[-1], seal
            assert [i.name for i in doc.plan.issuers] == ["乐清市人民政府"]


# --- web pages -----------------------------------------------------------------------------------------


def _page(body: str) -> bytes:
    return f"<html><head><meta charset='utf-8'><title>乐清市人民政府</title></head><body>{body}</body></html>".encode()


def _paragraphs(lines: list[str]) -> str:
    return "".join(f"<p>{html.escape(line)}</p>" for line in lines)


def test_html_article_in_a_table_of_one_cell() -> None:
    rows = "".join(f"<tr><td>{n}</td><td>任务{n}</td><td>市市场监管局</td></tr>" for n in range(1, 4))
    tasks = f"<table><tr><th>序号</th><th>任务</th><th>责任单位</th></tr>{rows}</table>"
    frame = "<table width='960' align='center'><tr><td>{}</td></tr></table>"
    doc, _ = extracted(_page(frame.format(_paragraphs([TITLE, TERM, *BODY, *SIGNATURE]))), "plan.html")
    _plan_read_whole(doc)
    # The plan's own table inside the frame stays a table.
    loaded = load_bytes(_page(frame.format(_paragraphs([TITLE, TERM, *BODY[:2]]) + tasks)), "plan.html")
    assert [len(table.rows) for table in loaded.tables] == [4]


def test_html_article_column_of_a_page_grid() -> None:
    article = "<br>\n".join(html.escape(line) for line in [TITLE, TERM, *BODY, *SIGNATURE])
    page = _page(
        "<table><tr><td><img src='logo.png'>乐清市人民政府门户网站</td></tr>"
        f"<tr><td><table><tr><td class='bt'>{article}</td></tr></table></td></tr>"
        "<tr><td>联系我们</td></tr></table>"
    )
    doc, _ = extracted(page, "plan.html")
    _plan_read_whole(doc)


def test_html_plan_in_pre_keeps_its_lines() -> None:
    page = _page("<pre>\n" + html.escape("\n".join([TITLE, TERM, *BODY, *SIGNATURE])) + "\n</pre>")
    doc, _ = extracted(page, "plan.html")
    _plan_read_whole(doc)


def test_html_title_letter_spaced_with_no_break_spaces() -> None:
    title = "&nbsp;".join(TITLE)
    term = "&nbsp;".join(html.escape(TERM))
    page = _page(
        f"<p align='center'>{title}</p><p align='center'>{term}</p>" + _paragraphs([*BODY, *SIGNATURE])
    )
    doc, _ = extracted(page, "plan.html")
    _plan_read_whole(doc)


def test_zero_width_characters_inside_words() -> None:
    lines = [TITLE, TERM, *BODY, *SIGNATURE]
    lines = [
        line.replace("市场监管局", "市场\u200b监管局").replace("地理标志", "地理\ufeff标志") for line in lines
    ]
    doc, text = extracted(_page(_paragraphs(lines)), "plan.html")
    _plan_read_whole(doc)
    assert "\u200b" not in text
    assert "\ufeff" not in text
    assert [p.quote for p in doc.programs if p.program_id == "geographical_indications"] == ["地理标志"] * 2


def test_text_files_put_together_keep_no_byte_order_mark() -> None:
    first = "\n".join([TITLE, TERM, *BODY[:5]]).encode("utf-8")
    second = "\n".join([*BODY[5:], *SIGNATURE]).encode("utf-8")
    doc, text = extracted(b"\xef\xbb\xbf" + first + b"\n\xef\xbb\xbf" + second, "plan.txt")
    _plan_read_whole(doc)
    assert "\ufeff" not in text


def test_text_file_title_over_two_lines() -> None:
    doc, _ = extracted("\n".join(["乐清市知识产权", "强市建设工作方案", TERM, *BODY, *SIGNATURE]))
    assert doc.plan.title == FULL_TITLE
    # A body's name above a title is its issuer, no part of it.
    doc, _ = extracted("\n".join(["乐清市市场监督管理局", "2024年知识产权工作要点", *BODY[3:]]))
    assert doc.plan.title != "乐清市市场监督管理局2024年知识产权工作要点"
    # Nor is a label above a line that is a title of its own.
    doc, _ = extracted("\n".join(["内部资料", FULL_TITLE, *BODY, *SIGNATURE]))
    assert not doc.plan.title or not doc.plan.title.startswith("内部资料乐清市")


# --- letter spacing as a rule ------------------------------------------------------------------------------

_WORDS = st.text(alphabet="知识产权专利商标市场监管局科技农业工作方案建设", min_size=2, max_size=8)


@settings(max_examples=80, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=6))
def test_letter_spaced_lines_close_up_and_lines_of_words_stay(words: list[str]) -> None:
    line = "".join(words)
    if len(line) >= 4:
        assert close_letter_spacing(" ".join(line)) == line
        assert close_letter_spacing("\u3000".join(line)) == line
    listed = " ".join(words)
    assert close_letter_spacing(listed) == listed  # 县科技局 县工信局: two bodies
    assert close_letter_spacing(close_letter_spacing(" ".join(line))) == close_letter_spacing(" ".join(line))


def test_a_wider_gap_in_a_letter_spaced_line_stays() -> None:
    assert close_letter_spacing("市 科 技 局   市 财 政 局") == "市科技局   市财政局"
    assert close_letter_spacing("组　　长：市长") == "组　　长：市长"
    assert close_letter_spacing("1 2 3\n4 5 6") == "1 2 3\n4 5 6"
