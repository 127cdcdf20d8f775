"""Round 19: plans as users really save them, from Word, WPS, browsers and PDF viewers (the files are built
here around plans written for the tests).

What was misread before:
- Full-width digits (到２０２５年, ２０２４年３月１５日, typed in a full-width input mode): no period, no date,
  no issuer, no deadline and no target year were read; the values were.
- A heading whose title alone is letter-spaced (一、总 体 要 求, （二）目　　标): its number stands against the
  first character, so the line was not closed up; the chapter's title was 总 体 要 求 and its sections
  (指导思想, 工作目标) were read as tasks.
- Text copied out of a PDF viewer keeps each page's running line after the printed page number: the line
  (桐庐县人民政府办公室文件) stood between the words of a wrapped sentence and made a target's indicator
  (办公室文件发明专利拥有量) and a chapter's body (三、保障措施 became a task).
- A file whose name is not its format: an old binary .doc / .wps (or a password-protected document) named
  .doc, .docx or .txt, an RTF file, a single-file web archive (.mht) were refused as an unsupported type, an
  invalid zip or binary bytes, or read as RTF markup; a .doc that is a web page (a web system's "export to
  Word") or a renamed .docx was refused. Now each unreadable format is named with how to convert it, and a
  readable one is read as what it is, with a warning.
- A web page's tool links written without brackets (打印本页 关闭窗口) ended the plan's text.
- A task-table cell merged across the 牵头单位 and 配合单位 columns (Word's gridSpan, HTML's colspan) made each
  unit both a lead and a helper of the task.
- A plan in traditional characters (a Big5 file) read silently with thin facts: now a loader warning says
  the vocabulary is simplified and how to convert the text.
- Undecodable bytes breaking UTF-8 at the first byte said nothing of where.

Confirmed (no change, so these pass on the code before too): Notepad's "Unicode" (UTF-16 LE with BOM, CRLF),
UTF-16 BE and UTF-8 with BOM, GB18030 with characters outside GBK, web pages whose declared charset is not
their bytes', Word's automatic numbering on custom styles with the page header, footer and footnotes left
out. Guards of the new rules pass before too: a .doc of plain text is still refused, a line after a single
page number stays, a heading's title of words is not closed up.
"""

from __future__ import annotations

import codecs
import io
import json
import textwrap
from pathlib import Path

import pytest
from docx import Document as new_docx
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from loaders import load_bytes
from loaders.page_furniture import drop_page_numbers, drop_running_lines_at_numbers
from policykg.cli import app
from policykg.errors import DocumentError
from tests.formats import paragraphs_of, to_docx, to_html
from tests.plans import extracted, named_units

PLAN = """桐庐县知识产权强县建设工作方案（2024—2026年）
为深入贯彻落实《知识产权强国建设纲要（2021—2035年）》，加快推进知识产权强县建设，结合我县实际，制定本方案。
一、总体要求
（一）指导思想
以习近平新时代中国特色社会主义思想为指导，全面提升知识产权创造、运用、保护、管理和服务水平。
（二）工作目标
到2026年，全县有效发明专利拥有量达到500件以上，每万人口高价值发明专利拥有量达到3.5件，知识产权质押融资额累计达到2亿元。
二、重点任务
（一）提高知识产权创造质量。实施高价值专利培育工程，支持企业开展专利布局。（牵头单位：县市场监管局；配合单位：县科技局、县工信局）
（二）加强知识产权保护。开展知识产权执法专项行动，严厉打击侵权假冒行为。（责任单位：县市场监管局、县公安局，2025年底前完成）
（三）促进知识产权转化运用。推进知识产权质押融资，建立风险补偿机制。（牵头单位：县财政局；配合单位：县地方金融监管局、人行桐庐县支行）
三、保障措施
（一）加强组织领导。成立县知识产权强县建设工作领导小组，统筹推进各项工作。（责任单位：县市场监管局）
（二）强化资金保障。县财政每年安排知识产权专项资金不少于100万元。（责任单位：县财政局）
桐庐县人民政府办公室
2024年3月15日
"""

UNITS = {
    "二.(一)": [
        ("县市场监管局", "lead", "annotation"),
        ("县科技局", "support", "annotation"),
        ("县工信局", "support", "annotation"),
    ],
    "二.(二)": [("县市场监管局", "joint", "annotation"), ("县公安局", "joint", "annotation")],
    "二.(三)": [
        ("县财政局", "lead", "annotation"),
        ("县地方金融监管局", "support", "annotation"),
        ("人行桐庐县支行", "support", "annotation"),
    ],
    "三.(一)": [("县市场监管局", "sole", "annotation")],
    "三.(二)": [("县财政局", "sole", "annotation")],
}
TARGETS = [
    ("有效发明专利拥有量", 500.0, "件", 2026),
    ("每万人口高价值发明专利拥有量", 3.5, "件", 2026),
    ("知识产权质押融资额", 2.0, "亿元", 2026),
    ("安排知识产权专项资金", 100.0, "万元", 2026),
]


def _read_whole(data: str | bytes, name: str = "plan.txt") -> None:
    """The plan's facts as its plain UTF-8 text gives them."""
    doc, _ = extracted(data, name)
    assert doc.plan.title == "桐庐县知识产权强县建设工作方案（2024—2026年）"
    assert doc.plan.period is not None
    assert (doc.plan.period.start, doc.plan.period.end) == ("2024", "2026")
    assert doc.plan.date == "2024-03-15"
    assert [i.name for i in doc.plan.issuers] == ["桐庐县人民政府办公室"]
    assert doc.plan.region is not None
    assert doc.plan.region.name == "桐庐县"
    assert {path: units for path, units in named_units(doc).items() if units} == UNITS
    assert [t.path for t in doc.tasks] == list(UNITS)
    assert next(t for t in doc.tasks if t.path == "二.(二)").deadline == "2025年底前"
    assert [(t.indicator, t.value, t.unit, t.year) for t in doc.targets] == TARGETS


# --- 1. encodings ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(
            codecs.BOM_UTF16_LE + PLAN.replace("\n", "\r\n").encode("utf-16-le"), id="notepad-unicode"
        ),
        pytest.param(codecs.BOM_UTF16_BE + PLAN.replace("\n", "\r\n").encode("utf-16-be"), id="utf-16-be"),
        pytest.param(codecs.BOM_UTF8 + PLAN.replace("\n", "\r\n").encode("utf-8"), id="utf-8-bom"),
    ],
)
def test_text_saved_by_notepad_and_word(data: bytes) -> None:
    """Confirmation: Notepad's and Word's encoded text files read as the plan."""
    _read_whole(data)


def test_gb18030_with_characters_outside_gbk() -> None:
    """Confirmation: a name written with a character GBK lacks (𠮷) keeps it, and the plan reads whole."""
    text = PLAN.replace("2024年3月15日\n", "2024年3月15日\n（联系人：吉𠮷，电话：0571-64212345）\n")
    loaded = load_bytes(text.encode("gb18030"), "plan.txt")
    assert loaded.encoding.name == "gb18030"
    assert loaded.text == text


def test_full_width_digits_read_as_digits() -> None:
    full = PLAN.translate({ord(d): ord(d) + 0xFEE0 for d in "0123456789"})
    doc, text = extracted(full)
    assert "２" not in text
    _read_whole(full)
    assert doc.plan.title == "桐庐县知识产权强县建设工作方案（2024—2026年）"


def test_full_width_digits_inside_a_sentence() -> None:
    text = PLAN.replace("到2026年，", "到２０２６年，").replace("2024年3月15日", "２０２４年３月１５日")
    _read_whole(text)


def test_big5_plan_in_traditional_characters_is_read_with_a_warning() -> None:
    traditional = (
        "臺北市智慧財產權工作要點\n一、工作目標\n到2026年，全市有效發明專利擁有量達到5000件以上。\n"
        "二、重點任務\n（一）加強智慧財產權保護。開展執法專項行動。（責任單位：市產業發展局、市警察局）\n"
        "（二）推進專利導航。（牽頭單位：市經濟發展局）\n臺北市政府\n2024年3月15日\n"
    )
    doc, text = extracted(traditional.encode("big5"))
    assert len(text) == len(traditional)
    assert text.startswith("台北市智慧财产权工作要点")  # round 28: read converted, one for one
    assert doc.encoding == "big5"
    assert any(w.code == "loader" and "traditional" in w.message and "t2s" in w.message for w in doc.warnings)
    simplified, _ = extracted(PLAN)
    assert not [w for w in simplified.warnings if w.code == "loader"]


def test_bytes_undecodable_from_the_first_say_where() -> None:
    with pytest.raises(DocumentError, match="breaks at byte 0") as info:
        load_bytes(b"\xfd\xfe\xff" * 50 + "知识产权".encode() + b"\xff" * 40, "plan.txt")
    assert "re-save" in str(info.value.hint)


def test_garbage_after_a_byte_order_mark_is_refused() -> None:
    """Bytes after a UTF-16 byte-order mark that decode, but into no text (here U+FDFD … and U+FFFE, not
    characters of any plan), are refused rather than read as mojibake."""
    with pytest.raises(DocumentError, match="unreadable text") as info:
        load_bytes(codecs.BOM_UTF16_LE + b"\xfd\xfd\xfe\xff" * 200, "plan.txt")
    assert "re-save" in str(info.value.hint)


# --- 2. formats named by their bytes ------------------------------------------------------------------------

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1536)
_RTF = (
    rb"{\rtf1\ansi\ansicpg936\deff0{\fonttbl{\f0\fnil\fcharset134 \'cb\'ce\'cc\'e5;}}\f0\'d6\'aa\'ca\'b6\par}"
)
_MHT = (
    b"From: <Saved by Blink>\r\nSnapshot-Content-Location: http://www.tonglu.gov.cn/art/2024/3/16/art_1.html\r\n"
    b'Subject: plan\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\tboundary="----b"\r\n\r\n'
)


@pytest.mark.parametrize(
    ("data", "name", "what"),
    [
        (_OLE, "plan.doc", "old binary Word or WPS document"),
        (_OLE, "plan.wps", "old binary Word or WPS document"),
        (_OLE, "plan.docx", "old binary Word or WPS document"),
        (_OLE, "plan.txt", "old binary Word or WPS document"),
        (_RTF, "plan.rtf", "Rich Text Format"),
        (_RTF, "plan.txt", "Rich Text Format"),
        (_MHT, "plan.mht", "single-file web archive"),
        (_MHT, "plan.html", "single-file web archive"),
    ],
)
def test_formats_not_read_are_named_with_how_to_convert(data: bytes, name: str, what: str) -> None:
    with pytest.raises(DocumentError) as info:
        load_bytes(data, name)
    assert name in str(info.value)
    assert what in info.value.reason
    assert info.value.hint is not None
    assert ".docx" in info.value.hint or ".html" in info.value.hint


@pytest.mark.parametrize(
    ("data", "name", "fmt"),
    [
        (to_html(paragraphs_of(PLAN)), "plan.doc", "html"),
        (to_docx(paragraphs_of(PLAN)), "plan.doc", "docx"),
        (to_docx(paragraphs_of(PLAN)), "plan.wps", "docx"),
    ],
)
def test_word_file_names_holding_a_readable_format(data: bytes, name: str, fmt: str) -> None:
    _read_whole(data, name)
    doc, _ = extracted(data, name)
    assert doc.format == fmt
    assert any(w.code == "loader" and f"read as {fmt}" in w.message for w in doc.warnings)


def test_a_folder_of_plans_reads_or_reports_its_word_files(tmp_path: Path) -> None:
    """A folder's .doc and .wps files are no longer passed over: read when they are a web page or a renamed
    .docx, reported with how to convert them when they are old binary files."""
    (tmp_path / "a_export.doc").write_bytes(to_html(paragraphs_of(PLAN)))
    (tmp_path / "b_old.wps").write_bytes(_OLE)
    (tmp_path / "c_plan.txt").write_text(PLAN, encoding="utf-8")
    (tmp_path / "d_slides.pptx").write_bytes(b"PK\x03\x04")
    result = CliRunner().invoke(app, ["extract", str(tmp_path), "--json"])
    payload = json.loads(result.stdout)
    assert [Path(d["source"]).name for d in payload["documents"]] == ["a_export.doc", "c_plan.txt"]
    assert [Path(e["source"]).name for e in payload["errors"]] == ["b_old.wps"]
    assert "old binary Word or WPS document" in payload["errors"][0]["error"]
    assert ".docx" in payload["errors"][0]["hint"]


def test_a_doc_file_of_plain_text_is_still_refused() -> None:
    with pytest.raises(DocumentError, match=r"unsupported file type '\.doc'"):
        load_bytes(PLAN.encode(), "plan.doc")


# --- 3. text copied from a PDF ------------------------------------------------------------------------------

RUNNING = "桐庐县人民政府办公室文件"


def _copied_from_pdf(text: str, width: int, per_page: int, number: str = "- {} -") -> str:
    """The plan as a PDF viewer's copy gives it: lines wrapped at ``width``, and after every ``per_page``
    lines the page's number and the next page's running line."""
    lines: list[str] = []
    for paragraph in text.strip().split("\n"):
        for line in textwrap.wrap(paragraph, width):
            lines.append(line)
            if len(lines) % (per_page + 2) == per_page:
                lines += [number.format(len(lines) // per_page), RUNNING]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(("width", "per_page"), [(34, 9), (30, 6), (38, 12)])
def test_text_copied_from_a_pdf_with_running_lines(width: int, per_page: int) -> None:
    copied = _copied_from_pdf(PLAN, width, per_page)
    assert copied.count(RUNNING) >= 2
    doc, text = extracted(copied)
    assert RUNNING not in text
    assert [t.path for t in doc.tasks] == list(UNITS)
    assert [(t.indicator, t.value, t.unit, t.year) for t in doc.targets] == TARGETS


def test_a_masthead_on_the_first_page_stays() -> None:
    copied = RUNNING + "\n" + _copied_from_pdf(PLAN, 34, 9)
    text = load_bytes(copied.encode(), "plan.txt").text
    assert text.startswith(RUNNING + "\n桐庐县知识产权强县建设工作方案")
    assert text.count(RUNNING) == 1


def test_a_line_after_a_single_page_number_stays() -> None:
    text = "开展专利导航，形成导航\n- 1 -\n县市场监管局负责\n报告。\n"
    assert load_bytes(text.encode(), "plan.txt").text == "开展专利导航，形成导航\n县市场监管局负责\n报告。\n"


@settings(max_examples=30, deadline=None)
@given(st.data())
def test_running_lines_at_page_numbers_go_wherever_pages_break(data: st.DataObject) -> None:
    """Page numbers each followed by the same running line, at any lines of a plan, leave the plan's text."""
    lines = PLAN.rstrip("\n").split("\n")
    cuts = data.draw(st.lists(st.integers(1, len(lines) - 1), min_size=2, max_size=6, unique=True))
    head = data.draw(
        st.sampled_from([RUNNING, "桐庐县知识产权强县建设工作方案", "TLZF〔2024〕5号 桐庐县政府"])
    )
    paged = list(lines)
    for n, at in enumerate(sorted(cuts, reverse=True)):
        paged[at:at] = [data.draw(st.sampled_from([f"- {n + 2} -", f"— {n + 2} —", f"第{n + 2}页"])), head]
    text = "\n".join(paged) + "\n"
    assert drop_page_numbers(drop_running_lines_at_numbers(text)) == PLAN
    assert load_bytes(text.encode(), "plan.txt").text == PLAN


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("一、总 体 要 求", "总体要求"),
        ("一、总　体　要　求", "总体要求"),
        ("一、总\u3000\u3000体\u3000\u3000要\u3000\u3000求 ", "总体要求"),
    ],
)
def test_a_heading_with_its_title_letter_spaced(heading: str, title: str) -> None:
    spaced = PLAN.replace("（一）指导思想", "（一）指 导 思 想").replace("一、总体要求", heading)
    doc, _ = extracted(spaced)
    assert [t.path for t in doc.tasks] == list(UNITS)
    chapter = next(s for s in doc.sections if s.path == "一")
    assert chapter.title == title
    assert next(s for s in doc.sections if s.path == "一.(一)").title == "指导思想"


def test_a_two_character_title_spaced_to_align() -> None:
    spaced = PLAN.replace("（二）工作目标", "（二）目　　标")
    doc, _ = extracted(spaced)
    assert next(s for s in doc.sections if s.path == "一.(二)").title == "目标"
    assert [t.path for t in doc.tasks] == list(UNITS)


def test_letter_spaced_heading_in_a_word_document() -> None:
    paragraphs = paragraphs_of(
        PLAN.replace("一、总体要求", "一、总 体 要 求").replace("二、重点任务", "二、重 点 任 务")
    )
    doc, _ = extracted(to_docx(paragraphs), "plan.docx")
    assert [s.title for s in doc.sections if s.kind == "chapter"] == ["总体要求", "重点任务", "保障措施"]
    assert [t.path for t in doc.tasks] == list(UNITS)


@pytest.mark.parametrize("line", ["1. 县科技局 县工信局", "一、县 科技局", "（一）县科技局、县工信局"])
def test_heading_lines_of_words_stay(line: str) -> None:
    text = f"{line}\n开展工作。\n"
    assert load_bytes(text.encode(), "plan.txt").text == text


# --- 4. Word ---------------------------------------------------------------------------------------------

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def test_custom_styles_numbered_by_word_header_and_footer_left_out() -> None:
    """Confirmation: 一级标题 / 二级标题 styles linked to a Chinese multilevel list give the headings their
    numbers; the page header (the office's running line), footer and a footnote are not the plan's text."""
    from docx.oxml import parse_xml

    document = new_docx()
    styles = document.styles.element
    for style_id, name, level in (("YJ", "一级标题（方案）", 0), ("EJ", "二级标题（方案）", 1)):
        styles.append(
            parse_xml(
                f'<w:style xmlns:w="{_W}" w:type="paragraph" w:customStyle="1" w:styleId="{style_id}">'
                f'<w:name w:val="{name}"/><w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="77"/>'
                "</w:numPr></w:pPr></w:style>"
            )
        )
    numbering = document.part.numbering_part.element
    levels = "".join(
        f'<w:lvl w:ilvl="{n}"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        f'<w:lvlText w:val="{text}"/><w:suff w:val="nothing"/></w:lvl>'
        for n, text in ((0, "%1、"), (1, "（%2）"))
    )
    numbering.insert(
        0, parse_xml(f'<w:abstractNum xmlns:w="{_W}" w:abstractNumId="77">{levels}</w:abstractNum>')
    )
    numbering.append(parse_xml(f'<w:num xmlns:w="{_W}" w:numId="77"><w:abstractNumId w:val="77"/></w:num>'))
    document.sections[0].header.paragraphs[0].text = RUNNING
    document.sections[0].footer.paragraphs[0].text = "— 1 —"
    for line in PLAN.strip().split("\n"):
        if line[:2] in ("一、", "二、", "三、"):
            document.add_paragraph(line[2:], style=document.styles["一级标题（方案）"])
        elif line.startswith(("（一）指导", "（二）工作")):
            document.add_paragraph(line[3:], style=document.styles["二级标题（方案）"])
        else:
            document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    loaded = load_bytes(buffer.getvalue(), "plan.docx")
    assert RUNNING not in loaded.text
    assert "一、总体要求\n（一）指导思想\n" in loaded.text
    _read_whole(buffer.getvalue(), "plan.docx")


TABLE_HEAD = ["桐庐县2024年知识产权工作要点", "为推进知识产权强县建设，制定本要点。", "一、重点任务"]
TABLE = [
    ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
    ["1", "实施高价值专利培育工程，培育高价值专利组合。", "县市场监管局", "县科技局", "2024年底"],
    ["2", "开展知识产权执法专项行动。", "县公安局、县市场监管局", "", "长期"],
]


def _merged_docx() -> bytes:
    """The task table with row 2's unit cell merged across both unit columns (w:gridSpan)."""
    document = new_docx()
    for line in TABLE_HEAD:
        document.add_paragraph(line)
    grid = document.add_table(rows=len(TABLE), cols=len(TABLE[0]))
    for r, row in enumerate(TABLE):
        for c, value in enumerate(row):
            if value:
                grid.cell(r, c).text = value
    grid.cell(2, 2).merge(grid.cell(2, 3))
    document.add_paragraph("二、工作要求")
    document.add_paragraph("各单位要按时限完成任务。")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _merged_html() -> bytes:
    rows = "".join(
        "<tr>"
        + "".join(
            f"<td colspan='2'>{c}</td>" if (r, k) == (2, 2) else f"<td>{c}</td>"
            for k, c in enumerate(row)
            if (r, k) != (2, 3)
        )
        + "</tr>"
        for r, row in enumerate(TABLE)
    )
    body = "".join(f"<p>{p}</p>" for p in TABLE_HEAD) + f"<table>{rows}</table><p>二、工作要求</p>"
    return f"<html><body><div class='TRS_Editor'>{body}</div></body></html>".encode()


@pytest.mark.parametrize(("build", "name"), [(_merged_docx, "plan.docx"), (_merged_html, "plan.html")])
def test_unit_cell_merged_across_lead_and_helper_columns(build: object, name: str) -> None:
    doc, _ = extracted(build(), name)  # type: ignore[operator]
    units = named_units(doc)
    assert units["一.表1.1"] == [("县市场监管局", "lead", "table"), ("县科技局", "support", "table")]
    assert units["一.表1.2"] == [("县公安局", "joint", "table"), ("县市场监管局", "joint", "table")]


# --- 5. web pages ----------------------------------------------------------------------------------------


def _portal_page(charset: str, tools: str) -> str:
    paragraphs = paragraphs_of(PLAN)
    body = "<br>".join("&nbsp;&nbsp;&nbsp;&nbsp;" + p for p in paragraphs[1:])
    return (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
        f"<title>{paragraphs[0]}_桐庐县人民政府</title></head><body>"
        "<div class='top'><a href='/'>首页</a> <a>政务公开</a> <a>政策文件</a></div>"
        f"<h1 class='title'>{paragraphs[0]}</h1>"
        "<div class='info'>发布时间：2024-03-16 来源：县政府办 字号：[ 大 中 小 ]</div>"
        f"<div id='zoom'><div class='TRS_Editor'><p>{body}</p></div></div>"
        "<div class='bdsharebuttonbox'><a>微信</a><a>微博</a></div>"
        f"<div class='dy'>{tools}</div></body></html>"
    )


@pytest.mark.parametrize(
    "tools",
    [
        "<a href='javascript:window.print()'>打印本页</a> <a href='javascript:window.close()'>关闭窗口</a>",
        "<a>打印此页</a>&nbsp;&nbsp;<a>关闭页面</a>&nbsp;<a>返回顶部</a>",
    ],
)
def test_tool_links_without_brackets_are_the_pages(tools: str) -> None:
    doc, text = extracted(_portal_page("utf-8", tools).encode("utf-8"), "plan.html")
    assert text.endswith("桐庐县人民政府办公室\n2024年3月15日\n")
    assert doc.plan.date == "2024-03-15"


@pytest.mark.parametrize(
    ("charset", "encoding"), [("gb2312", "utf-8"), ("utf-8", "gb18030"), ("gbk", "gb18030")]
)
def test_declared_charset_other_than_the_bytes(charset: str, encoding: str) -> None:
    """Confirmation: the bytes decide, not the page's meta charset."""
    _read_whole(_portal_page(charset, "").encode(encoding), "plan.html")
