"""Round 23: the files users bring beyond the seed corpus, saved the ways real users save them (the files are
built here around plans written for the tests).

What was misread before:
- A page break written as a form feed: Word's plain-text export puts it between two lines with no line end
  (制定本方案。\\f二、主要任务), so the next heading was no heading and every task of the plan was lost; a
  PDF's text (pdftotext) opens each page with one before the page's number (\\f- 2 -), so the number stayed
  in a sentence and cut a target's value from its unit. Vertical tabs (Word's manual line break) and the
  Unicode line separators did the same. Each is a line end now, whatever the file's encoding.
- An old portal's page grid of tables: its logo, navigation and breadcrumb rows (one cell of text a row,
  beside an icon) were read as data tables, so the breadcrumb stayed and the plan's task table was numbered
  表3; its footer in a table cell (主办单位：县政府办公室　承办单位：县大数据发展中心 … 浙ICP备…) stayed and
  made the last task's lead and helper. A table whose rows hold text in one cell each is read as the
  page's lines now, and a footer's table cell is the page's.
- Markdown from document converters: a setext heading's underline (=== / ---) was read as the chapter's own
  text, so chapters became tasks; a grid table (+---+ borders, wrapped cells) made targets of its border
  and cell bars (培育高价|县市场监管局|…); pandoc's simple and multiline tables (columns under a rule of dash
  runs) made their rows one chapter's note; an HTML table left in the Markdown was no table; HTML inside
  the lines (<p>…</p>, <div align="right">…<br/>…</div>) hid a section's number, the signature and the
  date. Each is now read as the Markdown it stands for (loaders/markdown.py).
- Files that cannot be read: an empty .docx, .pdf, .doc or .rtf was refused as an invalid zip, as pypdf's
  error or as an unsupported type, not as empty; an image (a scan saved as JPEG or PNG, named .pdf or .txt)
  gave pypdf's error or "binary"; a PDF named .txt was decoded into garbage and read as a plan titled
  %搶嫗ReportLab…; a zip package that is no Word document (an Excel workbook, an OpenDocument file) named
  .docx gave python-docx's internal error; a password-protected PDF gave "File has not been decrypted".
  Each is now refused with what it is and how to convert it, or read as what it is.

Already confirmed by earlier rounds (tests/test_unseen_round19_saved_files.py, tests/test_loaders.py) and not
repeated: Notepad's UTF-16 with a byte-order mark, UTF-8 with one, GB18030 beyond GBK, CRLF, a page's wrong
meta charset, an old binary .doc, an .rtf and a scanned PDF refused with how to convert them.
"""

from __future__ import annotations

import codecs
import io
import textwrap
import zipfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders import load_bytes
from loaders.markdown import grid_tables, setext_headings
from policykg.errors import DocumentError
from tests.formats import paragraphs_of, to_docx, to_pdf
from tests.plans import extracted, named_units

PLAN = """武义县知识产权强县建设工作方案（2024—2026年）
为全面贯彻《知识产权强国建设纲要（2021—2035年）》，加快建设知识产权强县，结合我县实际，制定本方案。
一、总体要求
（一）工作目标
到2026年，全县每万人口高价值发明专利拥有量达到4.2件，有效注册商标总量达到12000件，知识产权质押融资额累计达到3亿元。
二、主要任务
（一）提升知识产权创造质量。实施高价值专利培育计划，支持五金、文旅等产业企业开展专利布局。（牵头单位：县市场监管局；配合单位：县科技局、县经信局）
（二）强化知识产权保护。开展知识产权执法专项行动，严厉打击商标侵权假冒行为。（责任单位：县市场监管局、县公安局，2025年底前完成）
（三）推动知识产权转化运用。推进知识产权质押融资，建立风险补偿资金池。（牵头单位：县财政局；配合单位：县金融工作中心、人行武义县支行）
三、保障措施
（一）加强组织领导。成立县知识产权强县建设工作领导小组，统筹推进各项工作。（责任单位：县市场监管局）
（二）强化经费保障。县财政每年安排知识产权专项资金不少于150万元。（责任单位：县财政局）
武义县人民政府办公室
2024年4月8日
"""

UNITS = {
    "二.(一)": [
        ("县市场监管局", "lead", "annotation"),
        ("县科技局", "support", "annotation"),
        ("县经信局", "support", "annotation"),
    ],
    "二.(二)": [("县市场监管局", "joint", "annotation"), ("县公安局", "joint", "annotation")],
    "二.(三)": [
        ("县财政局", "lead", "annotation"),
        ("县金融工作中心", "support", "annotation"),
        ("人行武义县支行", "support", "annotation"),
    ],
    "三.(一)": [("县市场监管局", "sole", "annotation")],
    "三.(二)": [("县财政局", "sole", "annotation")],
}
TARGETS = [
    ("每万人口高价值发明专利拥有量", 4.2, "件", 2026),
    ("有效注册商标总量", 12000.0, "件", 2026),
    ("知识产权质押融资额", 3.0, "亿元", 2026),
    ("安排知识产权专项资金", 150.0, "万元", 2026),
]


def _read_whole(data: bytes, name: str = "plan.txt") -> str:
    """The plan's facts as its plain UTF-8 text gives them (agencies' surfaces with their line breaks
    closed up: a wrapped text keeps them); its canonical text."""
    doc, text = extracted(data, name)
    assert doc.plan.title == "武义县知识产权强县建设工作方案（2024—2026年）"
    assert doc.plan.period is not None
    assert (doc.plan.period.start, doc.plan.period.end) == ("2024", "2026")
    assert doc.plan.date == "2024-04-08"
    assert [i.name for i in doc.plan.issuers] == ["武义县人民政府办公室"]
    assert doc.plan.region is not None
    assert doc.plan.region.name == "武义县"
    units = {
        path: [(surface.replace("\n", ""), role, basis) for surface, role, basis in found]
        for path, found in named_units(doc).items()
        if found
    }
    assert units == UNITS
    assert next(t for t in doc.tasks if t.path == "二.(二)").deadline == "2025年底前"
    assert [(t.indicator, t.value, t.unit, t.year) for t in doc.targets] == TARGETS
    assert not any(ch in text for ch in "\f\v\x85\u2028\u2029")
    return text


# --- 1. text files: page breaks --------------------------------------------------------------------------

#: The plan as Word's "plain text" export writes a page break before each chapter: a form feed, no line end.
PAGED = PLAN.replace("\n二、主要任务", "\f二、主要任务").replace("\n三、保障措施", "\f三、保障措施")


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(
            codecs.BOM_UTF16_LE + PAGED.replace("\n", "\r\n").encode("utf-16-le"), id="utf-16-le-bom"
        ),
        pytest.param(
            codecs.BOM_UTF16_BE + PAGED.replace("\n", "\r\n").encode("utf-16-be"), id="utf-16-be-bom"
        ),
        pytest.param(codecs.BOM_UTF8 + PAGED.replace("\n", "\r\n").encode("utf-8"), id="utf-8-bom"),
        pytest.param(PAGED.replace("\n", "\r").encode("utf-8"), id="lone-cr"),
        pytest.param(
            PAGED.replace(
                "武义县人民政府办公室\n", "武义县人民政府办公室\n（联系人：王喆、李堃、陈镕）\n"
            ).encode("gb18030"),
            id="gb18030-beyond-gb2312",
        ),
        pytest.param(PAGED.replace("\f", "\v").encode("utf-8"), id="vertical-tab"),
        pytest.param(PAGED.replace("\f", "\u2028").encode("utf-8"), id="line-separator"),
    ],
)
def test_page_break_between_two_lines_is_a_line_end(data: bytes) -> None:
    text = _read_whole(data)
    assert "制定本方案。\n一、总体要求" in text
    assert "3亿元。\n二、主要任务\n" in text


def test_gb18030_characters_beyond_gb2312_are_kept() -> None:
    text = PAGED.replace(
        "武义县人民政府办公室\n", "武义县人民政府办公室\n（联系人：王喆、李堃、陈镕，吉𠮷）\n"
    )
    loaded = load_bytes(text.encode("gb18030"), "plan.txt")
    assert loaded.encoding.name == "gb18030"
    assert "（联系人：王喆、李堃、陈镕，吉𠮷）" in loaded.text
    assert "\f" not in loaded.text


def _pdftotext(text: str, width: int, per_page: int) -> str:
    """The plan as pdftotext writes it: lines wrapped at ``width``, each page after the first opening with a
    form feed and its printed number."""
    lines = [line for paragraph in text.strip().split("\n") for line in textwrap.wrap(paragraph, width)]
    pages = [lines[k : k + per_page] for k in range(0, len(lines), per_page)]
    return "".join(
        (f"\f- {n} -\n" if n > 1 else "") + "\n".join(page) + "\n" for n, page in enumerate(pages, 1)
    )


@pytest.mark.parametrize(("width", "per_page"), [(28, 6), (30, 5), (26, 7)])
def test_pages_opening_with_a_form_feed_and_their_number(width: int, per_page: int) -> None:
    text = _read_whole(_pdftotext(PLAN, width, per_page).encode("utf-8"))
    assert "- 2 -" not in text


# --- 2. web pages of an old portal ------------------------------------------------------------------------


def _portal(inner: str, meta: str) -> str:
    """A county portal's page: a grid of tables around the article (logo and navigation rows, a breadcrumb
    beside an icon, the article's column, a tool row, a footer cell)."""
    title = "武义县知识产权强县建设工作方案（2024—2026年）"
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head>{meta}<title>{title}_武义县人民政府</title></head>
<body leftmargin="0" topmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="120" background="/images/top.jpg"><img src="/images/logo.png"></td></tr>
<tr><td height="36" class="dh"><a href="/">首页</a>｜<a href="/zwgk/">政务公开</a>｜<a href="/hdjl/">互动交流</a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="25"><img src="/images/dot.gif"></td><td>当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政策文件</td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td align="center" height="60"><font style="font-size:22px;color:#c00000"><b>{title}</b></font></td></tr>
<tr><td align="center">发布日期：2024-04-10&nbsp;&nbsp;&nbsp;信息来源：县政府办</td></tr>
<tr><td style="padding:20px 40px;line-height:32px;font-size:16px">
{inner}
</td></tr>
<tr><td align="right"><a href="javascript:window.print()">打印本页</a>&nbsp;&nbsp;<a href="javascript:window.close()">关闭窗口</a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td align="center" height="80" bgcolor="#e0e0e0">主办单位：武义县人民政府办公室&nbsp;&nbsp;承办单位：武义县大数据发展中心<br>地址：武义县壶山街道&nbsp;&nbsp;电话：0579-87661234&nbsp;&nbsp;浙ICP备05012345号</td></tr>
</table></body></html>"""


@pytest.mark.parametrize(
    "meta",
    [
        pytest.param('<meta http-equiv="Content-Type" content="text/html">', id="no-charset"),
        pytest.param('<meta charset="utf-8">', id="wrong-charset"),
    ],
)
@pytest.mark.parametrize("indent", ["&#12288;&#12288;", "&nbsp;&nbsp;&nbsp;&nbsp;"])
def test_portal_page_of_layout_tables_paragraphs_parted_by_br(meta: str, indent: str) -> None:
    inner = "<br>\n".join(indent + line for line in PLAN.strip().split("\n")[1:])
    data = _portal(inner, meta).encode("gbk")
    text = _read_whole(data, "plan.html")
    assert load_bytes(data, "plan.html").tables == ()
    for chrome in ("当前位置", "主办单位", "承办单位", "ICP", "打印本页"):
        assert chrome not in text


def _paragraph(words: str) -> str:
    return (
        '<p style="text-indent:2em;line-height:150%"><font face="仿宋_GB2312" size="4">'
        f'<span style="font-family:仿宋_GB2312;font-size:16pt">&nbsp;&nbsp;&nbsp;&nbsp;{words}</span></font></p>'
    )


TASK_TABLE_HTML = """<p align="center"><span style="font-family:黑体">附件1</span></p>
<p align="center"><b><span style="font-size:18pt">武义县知识产权强县建设重点任务分解表</span></b></p>
<table border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse">
<tr><td><p align="center"><b>序号</b></p></td><td><p align="center"><b>重点任务</b></p></td><td><p align="center"><b>具体举措</b></p></td><td><p align="center"><b>牵头单位</b></p></td><td><p align="center"><b>配合单位</b></p></td><td><p align="center"><b>完成时限</b></p></td></tr>
<tr><td rowspan="2"><p>1</p></td><td rowspan="2"><p>提升知识产权创造质量</p></td><td><p>实施高价值专利培育计划，培育高价值专利组合10个。</p></td><td rowspan="2"><p>县市场监管局</p></td><td><p>县科技局</p></td><td><p>2025年底</p></td></tr>
<tr><td><p>开展专利导航，形成五金产业专利导航报告。</p></td><td><p>县经信局</p></td><td><p>2024年底</p></td></tr>
<tr><td><p>2</p></td><td><p>强化知识产权保护</p></td><td><p>开展知识产权执法专项行动。</p></td><td><p>县公安局</p></td><td><p>县市场监管局<br>县法院</p></td><td><p>长期</p></td></tr>
</table>
<p>附件：<a href="/attach/2024/04/P020240410.doc">1.武义县知识产权强县建设重点任务分解表.doc</a></p>
<p><img src="/images/file.gif"><a href="/attach/2024/04/P020240411.pdf">武义县知识产权强县建设工作方案（2024—2026年）.pdf</a></p>"""


def test_portal_task_table_with_merged_cells_is_the_plans_first_table() -> None:
    lines = [*PLAN.strip().split("\n")[1:6], "按照重点任务分解表（见附件1）抓好落实。"]
    inner = (
        "".join(_paragraph(line) for line in lines)
        + '<p align="right">武义县人民政府办公室</p><p align="right">2024年4月8日</p>'
        + TASK_TABLE_HTML
    )
    data = _portal(inner, '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">').encode(
        "gbk"
    )
    doc, text = extracted(data, "plan.html")
    assert [t.origin for t in load_bytes(data, "plan.html").tables] == ["html"]
    assert doc.plan.date == "2024-04-08"
    assert [i.name for i in doc.plan.issuers] == ["武义县人民政府办公室"]
    assert {path: units for path, units in named_units(doc).items() if units} == {
        "附件1.表1.1.1": [("县市场监管局", "lead", "table"), ("县科技局", "support", "table")],
        "附件1.表1.1.2": [("县市场监管局", "lead", "table"), ("县经信局", "support", "table")],
        "附件1.表1.2": [
            ("县公安局", "lead", "table"),
            ("县市场监管局", "support", "table"),
            ("县法院", "support", "table"),
        ],
    }
    assert "附件：1.武义县知识产权强县建设重点任务分解表.doc" in text
    assert "主办单位" not in text


def test_a_footer_cell_names_no_unit_of_the_last_task() -> None:
    inner = "<br>".join(PLAN.strip().split("\n")[1:-2])  # no signature: the footer follows the last task
    doc, text = extracted(_portal(inner, "").encode("gbk"), "plan.html")
    assert named_units(doc)["三.(二)"] == [("县财政局", "sole", "annotation")]
    assert text.endswith("（责任单位：县财政局）\n")


# --- 3. Markdown from document converters ----------------------------------------------------------------

MD_TASKS = {
    "二.1": [
        ("县市场监管局", "lead", "annotation"),
        ("县科技局", "support", "annotation"),
        ("县经信局", "support", "annotation"),
    ],
    "二.2": [("县市场监管局", "joint", "annotation"), ("县公安局", "joint", "annotation")],
    "三.表1.1": [
        ("县财政局", "lead", "table"),
        ("县金融工作中心", "support", "table"),
        ("人行武义县支行", "support", "table"),
    ],
    "三.表1.2": [
        ("县市场监管局", "lead", "table"),
        ("县科技局", "support", "table"),
        ("各乡镇（街道）", "support", "table"),
    ],
    "四.(一)": [("县市场监管局", "sole", "annotation")],
}

SETEXT = """武义县知识产权强县建设工作方案（2024—2026年）
==============================================

为全面贯彻《知识产权强国建设纲要（2021—2035年）》，加快建设知识产权强县，结合我县实际，制定本方案。

一、总体要求
------------

到2026年，全县每万人口高价值发明专利拥有量达到4.2件，有效注册商标总量达到12000件。

二、主要任务
------------

1. 提升知识产权创造质量。实施高价值专利培育计划。（牵头单位：县市场监管局；配合单位：县科技局、县经信局）
2. 强化知识产权保护。开展知识产权执法专项行动。（责任单位：县市场监管局、县公安局，2025年底前完成）

三、重点任务分解
----------------

| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |
|:---:|:---|:---:|:---|:---:|
| 1 | 推进知识产权质押融资，建立风险补偿资金池。 | 县财政局 | 县金融工作中心、人行武义县支行 | 2025年底 |
| 2 | 建设知识产权公共服务工作站。 | 县市场监管局 | 县科技局<br>各乡镇（街道） | 2024年12月 |

四、保障措施
------------

（一）加强组织领导。成立县知识产权强县建设工作领导小组。（责任单位：县市场监管局）

武义县人民政府办公室

2024年4月8日
"""


def _md_plan(data: str) -> str:
    doc, text = extracted(data, "plan.md")
    assert doc.plan.title == "武义县知识产权强县建设工作方案（2024—2026年）"
    assert doc.plan.date == "2024-04-08"
    assert [i.name for i in doc.plan.issuers] == ["武义县人民政府办公室"]
    assert {path: units for path, units in named_units(doc).items() if units} == MD_TASKS
    assert [t.path for t in doc.tasks] == list(MD_TASKS)
    assert [(t.indicator, t.value, t.unit, t.year) for t in doc.targets] == TARGETS[:2]
    return text


def test_setext_headings_are_headings_and_their_underlines_go() -> None:
    text = _md_plan(SETEXT)
    assert "===" not in text
    assert "----" not in text
    loaded = load_bytes(SETEXT.encode(), "plan.md")
    assert [(loaded.text[s:e], level) for (s, e), level in ((h.span, h.level) for h in loaded.headings)] == [
        ("武义县知识产权强县建设工作方案（2024—2026年）", 1),
        ("一、总体要求", 2),
        ("二、主要任务", 2),
        ("三、重点任务分解", 2),
        ("四、保障措施", 2),
    ]


def test_html_left_inside_markdown_lines() -> None:
    data = SETEXT.replace(
        "（一）加强组织领导。成立县知识产权强县建设工作领导小组。（责任单位：县市场监管局）",
        '<p style="text-indent:2em">（一）<span style="font-weight:bold">加强组织领导</span>。成立县知识产权强县建设工作'
        "领导小组。（责任单位：县市场监管局）</p>",
    ).replace(
        "武义县人民政府办公室\n\n2024年4月8日\n",
        '<div align="right">武义县人民政府办公室<br/>2024年4月8日</div>\n<!-- 正文结束 -->\n',
    )
    text = _md_plan(data)
    assert "<" not in text.replace("<br>", "")


GRID = """# 武义县2024年知识产权工作要点

为加快建设知识产权强县，制定本要点。

## 一、重点任务

+------+----------------------------------+--------------+------------------+------------+
| 序号 | 重点任务                         | 牵头单位     | 配合单位         | 完成时限   |
+======+==================================+==============+==================+============+
| 1    | 实施高价值专利培育计划，培育高价 | 县市场监管局 | 县科技局、县经信 | 2024年底   |
|      | 值专利组合5个。                  |              | 局               |            |
+------+----------------------------------+--------------+------------------+------------+
| 2    | 推进知识产权质押融资，全年质押融 | 县财政局     | 县金融工作中心   | 2024年12月 |
|      | 资额达到1亿元。                  |              | 人行武义县支行   |            |
+------+----------------------------------+--------------+------------------+------------+

## 二、工作要求

各单位要按时限完成任务。

武义县市场监督管理局

2024年3月1日
"""

SIMPLE = """# 武义县2024年知识产权工作要点

为加快建设知识产权强县，制定本要点。

## 一、重点任务

  序号 重点任务                                        牵头单位     配合单位                       完成时限
  ---- ----------------------------------------------- ------------ ------------------------------ ----------
  1    实施高价值专利培育计划，培育高价值专利组合5个。 县市场监管局 县科技局、县经信局             2024年底
  2    推进知识产权质押融资，全年质押融资额达到1亿元。 县财政局     县金融工作中心、人行武义县支行 2024年12月

## 二、工作要求

各单位要按时限完成任务。

武义县市场监督管理局

2024年3月1日
"""

MULTILINE = """# 武义县2024年知识产权工作要点

为加快建设知识产权强县，制定本要点。

## 一、重点任务

-------------------------------------------------------------------
  序号  重点任务               牵头单位     配合单位      完成时限
  ----- ---------------------- ------------ ------------- ----------
  1     实施高价值专利培育计划 县市场监管局 县科技局、县  2024年底
        ，培育高价值专利组合5               经信局
        个。

  2     推进知识产权质押融资， 县财政局     县金融工作中  2024年12月
        全年质押融资额达到1亿               心
        元。                                人行武义县支
                                            行
-------------------------------------------------------------------

## 二、工作要求

各单位要按时限完成任务。

武义县市场监督管理局

2024年3月1日
"""

HTML_TABLE = """# 武义县2024年知识产权工作要点

为加快建设知识产权强县，制定本要点。

## 一、重点任务

<table>
<thead>
<tr class="header">
<th>序号</th>
<th>重点任务</th>
<th>牵头单位</th>
<th>配合单位</th>
<th>完成时限</th>
</tr>
</thead>
<tbody>
<tr class="odd">
<td>1</td>
<td><p>实施高价值专利培育计划，培育高价值专利组合5个。</p></td>
<td>县市场监管局</td>
<td>县科技局、县经信局</td>
<td>2024年底</td>
</tr>
<tr class="even">
<td>2</td>
<td>推进知识产权质押融资，全年质押融资额达到1亿元。</td>
<td>县财政局</td>
<td><p>县金融工作中心</p><p>人行武义县支行</p></td>
<td>2024年12月</td>
</tr>
</tbody>
</table>

## 二、工作要求

各单位要按时限完成任务。

<p align="right">武义县市场监督管理局<br />
2024年3月1日</p>
"""


@pytest.mark.parametrize(
    "data", [GRID, SIMPLE, MULTILINE, HTML_TABLE], ids=["grid", "simple", "multiline", "html"]
)
def test_converters_tables_are_task_tables(data: str) -> None:
    doc, _ = extracted(data, "plan.md")
    assert doc.plan.title == "武义县2024年知识产权工作要点"
    assert doc.plan.date == "2024-03-01"
    units = {path: units for path, units in named_units(doc).items() if units and path.startswith("一")}
    assert units == {
        "一.表1.1": [
            ("县市场监管局", "lead", "table"),
            ("县科技局", "support", "table"),
            ("县经信局", "support", "table"),
        ],
        "一.表1.2": [
            ("县财政局", "lead", "table"),
            ("县金融工作中心", "support", "table"),
            ("人行武义县支行", "support", "table"),
        ],
    }
    rows = [t for t in doc.tasks if t.kind == "table_row"]
    assert [t.deadline for t in rows] == ["2024年底", "2024年12月"]
    assert [(t.indicator, t.value, t.unit) for t in doc.targets] == [
        ("培育高价值专利组合", 5.0, "个"),
        ("知识产权质押融资额", 1.0, "亿元"),
    ]


def _grid(rows: list[list[str]], widths: list[int]) -> str:
    """A grid table of ``rows`` (the first its header) as pandoc writes one: each cell's words wrapped at its
    column's width (a CJK character two columns), padded with spaces."""

    def wrap(words: str, width: int) -> list[str]:
        lines, line = [], ""
        for ch in words:
            if len(line.encode("gb18030")) + len(ch.encode("gb18030")) > width:
                lines.append(line)
                line = ""
            line += ch
        return [*lines, line]

    def pad(piece: str, width: int) -> str:
        return " " + piece + " " * (width - len(piece.encode("gb18030"))) + " "

    border = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    out = [border]
    for r, row in enumerate(rows):
        cells = [wrap(cell, w) for cell, w in zip(row, widths, strict=True)]
        for k in range(max(len(c) for c in cells)):
            out.append(
                "|"
                + "|".join(pad(c[k] if k < len(c) else "", w) for c, w in zip(cells, widths, strict=True))
                + "|"
            )
        out.append(border.replace("-", "=") if r == 0 else border)
    return "\n".join(out)


_CELL = st.text(alphabet="县市场监管局科技财政专利培育计划推进质押融资，。、", min_size=1, max_size=30)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.lists(_CELL, min_size=3, max_size=3), min_size=2, max_size=5),
    st.lists(st.integers(6, 20).map(lambda w: w * 2), min_size=3, max_size=3),
)
def test_grid_table_cells_read_back_whole(rows: list[list[str]], widths: list[int]) -> None:
    """Any grid table of CJK cells wrapped at their width reads back as a pipe table of the same cells."""
    table = grid_tables(_grid(rows, widths)).split("\n")
    assert table[1] == "| --- | --- | --- |"
    del table[1]
    assert [line[2:-2].split(" | ") for line in table] == rows


@given(
    st.text(alphabet="一二三、总体要求工作目标（）", min_size=1, max_size=20).map(str.strip).filter(bool),
    st.sampled_from("=-"),
)
def test_setext_underline_goes_and_its_line_is_the_heading(words: str, mark: str) -> None:
    text, found = setext_headings(f"前言。\n\n{words}\n{mark * 6}\n\n正文。\n")
    assert text == f"前言。\n\n{words}\n\n正文。\n"
    assert [(text[s:e], level) for s, e, level in found] == [(words, 1 if mark == "=" else 2)]


@pytest.mark.parametrize(
    "text",
    [
        "- 条目一\n---\n",  # a list item: the line under it is a rule
        "第一行\n第二行\n---\n",  # a paragraph's second line: CommonMark's heading of two lines, left alone
        "---\ntitle: 方案\n---\n正文\n",  # front matter
        "| a | b |\n---\n",
    ],
)
def test_rules_under_other_blocks_stay(text: str) -> None:
    assert setext_headings(text) == (text, [])


# --- 4. files that cannot be read ------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["plan.docx", "plan.pdf", "plan.doc", "plan.rtf", "plan.wps"])
def test_an_empty_file_is_named_empty(name: str) -> None:
    with pytest.raises(DocumentError, match="the file is empty") as info:
        load_bytes(b"", name)
    assert info.value.hint is not None


_JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01" + bytes(500)
_PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(500)
_TIFF = b"II*\x00\x08\x00\x00\x00" + bytes(500)


@pytest.mark.parametrize(
    ("data", "name"),
    [(_JPEG, "plan.pdf"), (_PNG, "plan.txt"), (_TIFF, "plan.docx"), (_JPEG, "scan.jpg"), (_PNG, "plan.doc")],
)
def test_a_scan_saved_as_an_image_is_refused_with_how_to_read_it(data: bytes, name: str) -> None:
    with pytest.raises(DocumentError, match="an image") as info:
        load_bytes(data, name)
    assert "OCR" in str(info.value.hint)


def test_a_pdf_named_txt_is_read_as_the_pdf_it_is() -> None:
    pdf = to_pdf(paragraphs_of(PLAN))
    doc, _ = extracted(pdf, "plan.txt")
    assert doc.format == "pdf"
    assert doc.plan.title == "武义县知识产权强县建设工作方案（2024—2026年）"
    assert any(w.code == "loader" and "read as pdf" in w.message for w in doc.warnings)
    docx, _ = extracted(to_docx(paragraphs_of(PLAN)), "plan.pdf")
    assert docx.format == "docx"


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for member, content in members.items():
            archive.writestr(member, content)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("members", "what"),
    [
        ({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"}, "OpenDocument"),
        ({"OFD.xml": b"<ofd:OFD/>", "Doc_0/Document.xml": b"<x/>"}, "OFD"),
        ({"附件1.pdf": b"%PDF-1.4"}, "zip archive"),
    ],
)
def test_a_zip_package_that_is_no_word_document(members: dict[str, bytes], what: str) -> None:
    with pytest.raises(DocumentError, match=what) as info:
        load_bytes(_zip(members), "plan.docx")
    assert "not a Word document" in info.value.reason
    assert ".docx" in str(info.value.hint)


def test_a_password_protected_pdf_says_so() -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(to_pdf(paragraphs_of(PLAN)))))
    writer.encrypt(user_password="secret", owner_password="owner")
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(DocumentError, match="password-protected") as info:
        load_bytes(buffer.getvalue(), "plan.pdf")
    assert "without one" in str(info.value.hint)
