"""Round 22: Word plans as county and city offices really save them (the .docx files are built here, with
python-docx and the XML Word writes, around plans written for the tests).

What was misread before:
- A task table split over two pages into two tables (a document converted from a PDF, or a table a drafter
  split to caption its second page 续表), the second opening with the header typed again and the rows of a
  task cell merged down (w:vMerge) going on from the page before: the second table's header took those rows
  for its own cells, giving a task named 重点任务 numbered 序号 with the measure's units, its own task lost.
- A task table whose header row is typed again in the middle (a table copied off pages, in any format): the
  repeated row was a task (序号 | 重点任务 …, its deadline 完成时限).
- Text Word does not show or print was read as the plan's: hidden text (a drafter's note kept in the file,
  w:vanish) stood in a task's words, and a content control still showing its placeholder
  (单击或点击此处输入文字。) was read as a responsible unit; a table row a tracked change deletes stayed
  as an empty row, and a numbered item it deletes still took its number (the items after it 3., 4.). A note's mark in the text (a footnote's custom mark,
  or ① / [1] / * typed in superscript) stood inside the indicator it follows (每万人口高价值发明专利①拥有量).
  The footnotes themselves, the page header (the office's running line) and the footer's page number stay
  out of the text: a footnote defining an indicator names no target and breaks no sentence.
- A plan converted from its PDF into Word keeps each page's printed number (— 1 —, 第3页 共3页) as a paragraph
  of the body; one between the halves of a wrapped note made units of 县市 — (over its line break), 1 and 场监管局.
- Items one multilevel list numbers on through a chapter's sections (1 … 4, w:lvlRestart after the chapter's
  level only) or through the whole plan (never restarting) were numbered from 1 again in each section.
- Word's numbering formats of a Chinese Word or WPS (japaneseCounting for 一、, decimalEnclosedCircleChinese
  for ①, decimalEnclosedParen for ⑴, decimalEnclosedFullstop for ⒈) were written as digits (1、总体目标,
  1 for ⑴): chapters read as items, sub-items as nothing.
- A macro-enabled document (.docm) and Word's templates (.dotx, .dotm), whatever their name, were refused
  (an unsupported file type, or python-docx's "not a Word file"); they are read as documents now. So is a
  document Word saved as "Strict Open XML" (its parts in the strict namespaces of ISO/IEC 29500), which
  python-docx could not open (no main document found).
- A title whose soft line break (or a PDF's wrap) leaves its kind of document and its term alone on the
  second line (宁都县知识产权强县建设 / 工作方案（2024—2026年）) was named by that second line alone: no region.

Found read right already (parts of the plans above): lists restarted by a new instance, a unit cell listing
one body per line (soft line breaks), a 附件 table of people after the plan, a footnote's own text left out.
Guards of the new rules pass before too: a w:lvlRestart naming a level below its own is ignored, two tables
of their own stay apart, hidden text set off and superscript words are read, a title whose second line is its
kind alone (…知识产权 / 工作要点) was joined already, a line above a whole title stays apart.
"""

from __future__ import annotations

import io
import re
import zipfile

import pytest
from docx import Document as new_docx
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loaders import load_bytes
from loaders.docx_numbering import format_number
from policykg.errors import DocumentError
from tests.formats import to_docx, to_html
from tests.plans import extracted, named_units

W = nsdecls("w")


def _save(document: object) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)  # type: ignore[attr-defined]
    return buffer.getvalue()


def _append(document: object, xml: str) -> None:
    """Append a body-level element before the section properties."""
    body = document.element.body  # type: ignore[attr-defined]
    body.insert(len(body) - 1, parse_xml(xml))


def _p(text: str, properties: str = "") -> str:
    return f'<w:p {W}><w:pPr>{properties}</w:pPr><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def _runs(*runs: str) -> str:
    """A paragraph of runs written as XML (text, or any run content)."""
    return f"<w:p {W}>{''.join(runs)}</w:p>"


def _t(text: str, properties: str = "") -> str:
    return f'<w:r><w:rPr>{properties}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


# --- 1. a WPS-saved plan numbered by Word's automatic numbering in the formats of a Chinese Word ---------


def _numbering(
    document: object, abstract: int, levels: list[tuple[str, str]], instances: dict[int, int]
) -> None:
    """A list definition of ``levels`` (number format, level text) and its instances, each restarting its
    first level at the given number (0: no restart)."""
    part = document.part.numbering_part.element  # type: ignore[attr-defined]
    written = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
        '<w:suff w:val="nothing"/></w:lvl>'
        for i, (fmt, text) in enumerate(levels)
    )
    part.insert(0, parse_xml(f'<w:abstractNum {W} w:abstractNumId="{abstract}">{written}</w:abstractNum>'))
    for num, start in instances.items():
        override = (
            f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start}"/></w:lvlOverride>' if start else ""
        )
        part.append(
            parse_xml(f'<w:num {W} w:numId="{num}"><w:abstractNumId w:val="{abstract}"/>{override}</w:num>')
        )


def _numbered(num: int, level: int) -> str:
    return f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr>'


def _chongyi() -> bytes:
    """崇义县's 工作要点: chapters and sections numbered by one multilevel list in WPS's formats, items by a
    list restarted under each section, sub-items ⑴ and clauses ① by the first list's lower levels."""
    document = new_docx()
    _numbering(
        document,
        90,
        [
            ("japaneseCounting", "%1、"),
            ("chineseCounting", "（%2）"),
            ("decimal", "%3."),
            ("decimalEnclosedParen", "%4"),
            ("decimalEnclosedCircleChinese", "%5"),
        ],
        {90: 0},
    )
    _numbering(document, 91, [("decimalEnclosedFullstop", "%1")], {91: 0, 92: 1})

    def item(num: int, level: int, text: str) -> None:
        _append(document, _p(text, _numbered(num, level)))

    _append(document, _p("崇义县2024年知识产权工作要点"))
    _append(document, _p("为推动全县知识产权事业高质量发展，现提出2024年工作要点如下。"))
    item(90, 0, "工作目标")
    _append(document, _p("到2024年底，全县有效发明专利拥有量达到120件，新增地理标志证明商标1件。"))
    item(90, 0, "重点任务")
    item(90, 1, "提升知识产权创造质量")
    item(
        91, 0, "实施高价值专利培育工程。支持南酸枣加工企业开展专利布局。（责任单位：县市场监管局、县科技局）"
    )
    item(91, 0, "推进商标品牌建设。（牵头单位：县市场监管局；配合单位：县农业农村局）")
    item(90, 1, "加强知识产权保护")
    item(92, 0, "开展知识产权执法专项行动。")
    item(90, 3, "严厉打击商标侵权行为。（责任单位：县市场监管局）")
    item(90, 3, "依法打击侵犯知识产权犯罪。（责任单位：县公安局）")
    item(92, 0, "建设知识产权纠纷调解组织。（责任单位：县司法局，2024年9月底前完成）")
    item(90, 0, "保障措施")
    _append(document, _p("各责任单位要于2024年12月10日前将年度工作总结报送县市场监管局。"))
    _append(document, _p("崇义县人民政府办公室"))
    _append(document, _p("2024年3月12日"))
    return _save(document)


def test_numbering_formats_of_a_chinese_word_are_written_as_shown() -> None:
    doc, text = extracted(_chongyi(), "chongyi.docx")
    assert "\n一、工作目标\n" in text
    assert "\n二、重点任务\n（一）提升知识产权创造质量\n⒈实施高价值专利培育工程" in text
    assert "\n⒈开展知识产权执法专项行动。\n⑴严厉打击商标侵权行为。" in text
    assert doc.plan.title == "崇义县2024年知识产权工作要点"
    assert [(t.path, t.title) for t in doc.tasks if t.kind != "chapter"] == [
        ("二.(一).1", "实施高价值专利培育工程"),
        ("二.(一).2", "推进商标品牌建设"),
        ("二.(二).1.(1)", "严厉打击商标侵权行为"),
        ("二.(二).1.(2)", "依法打击侵犯知识产权犯罪"),
        ("二.(二).2", "建设知识产权纠纷调解组织"),
    ]
    units = named_units(doc)
    assert units["二.(一).2"] == [
        ("县市场监管局", "lead", "annotation"),
        ("县农业农村局", "support", "annotation"),
    ]
    assert units["二.(二).1.(2)"] == [("县公安局", "sole", "annotation")]
    assert next(t for t in doc.tasks if t.path == "二.(二).2").deadline == "2024年9月底前"
    assert [(t.indicator, t.value, t.year) for t in doc.targets] == [
        ("有效发明专利拥有量", 120.0, 2024),
        ("地理标志证明商标", 1.0, 2024),
    ]


def _ganzhou(restart: str) -> bytes:
    """赣州市's 实施意见: one multilevel list numbers its chapters, sections and items; the items' level
    restarts as ``restart`` (w:lvlRestart) says: after a chapter only (1 … 4 through its sections), never."""
    document = new_docx()
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/>{extra}<w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
        '<w:suff w:val="nothing"/></w:lvl>'
        for i, (fmt, text, extra) in enumerate(
            [
                ("chineseCounting", "%1、", ""),
                ("chineseCounting", "（%2）", ""),
                ("decimal", "%3.", f'<w:lvlRestart w:val="{restart}"/>'),
            ]
        )
    )
    part = document.part.numbering_part.element
    part.insert(0, parse_xml(f'<w:abstractNum {W} w:abstractNumId="55">{levels}</w:abstractNum>'))
    part.append(parse_xml(f'<w:num {W} w:numId="55"><w:abstractNumId w:val="55"/></w:num>'))
    _append(document, _p("赣州市关于加快知识产权强市建设的实施意见"))
    _append(document, _p("为加快建设知识产权强市，提出如下意见。"))
    outline = [
        (0, "重点任务"),
        (1, "强化知识产权创造"),
        (2, "实施专利质量提升工程。（责任单位：市市场监管局）"),
        (2, "培育知识产权优势企业。（责任单位：市工信局）"),
        (1, "加强知识产权保护"),
        (2, "建设知识产权保护中心。（责任单位：市市场监管局）"),
        (2, "开展行政执法专项行动。（责任单位：市公安局）"),
        (0, "保障措施"),
        (1, "强化组织领导"),
        (2, "建立联席会议制度。（责任单位：市政府办）"),
    ]
    for level, text in outline:
        _append(document, _p(text, _numbered(55, level)))
    return _save(document)


@pytest.mark.parametrize(
    ("restart", "labels"),
    [
        ("1", ["1.", "2.", "3.", "4.", "1."]),
        ("0", ["1.", "2.", "3.", "4.", "5."]),
        ("3", ["1.", "2.", "1.", "2.", "1."]),
    ],
)
def test_items_numbered_on_through_sections(restart: str, labels: list[str]) -> None:
    _, text = extracted(_ganzhou(restart), "ganzhou.docx")
    items = [line for line in text.split("\n") if "责任单位" in line]
    assert [line[: line.index(".") + 1] for line in items] == labels
    assert "\n（二）加强知识产权保护\n" in text
    assert "\n二、保障措施\n（一）强化组织领导\n" in text


def test_enclosed_and_japanese_counting_formats() -> None:
    assert [format_number(n, "decimalEnclosedCircleChinese") for n in (1, 3, 20)] == ["①", "③", "⑳"]
    assert [format_number(n, "decimalEnclosedParen") for n in (1, 12)] == ["⑴", "⑿"]
    assert [format_number(n, "decimalEnclosedFullstop") for n in (2, 20)] == ["⒉", "⒛"]
    assert [format_number(n, "japaneseCounting") for n in (1, 11, 40)] == ["一", "十一", "四十"]
    assert format_number(21, "decimalEnclosedParen") == "21"  # no enclosed character beyond 20


# --- 2. a task table split over two pages, and a header typed again in a table -----------------------------

_HEAD = ["序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限"]


def _cell(text: str, merge: str | None = None, span: int = 1) -> str:
    """A w:tc: paragraphs apart by a blank line, lines of a paragraph by soft line breaks (w:br)."""
    properties = (f'<w:gridSpan w:val="{span}"/>' if span > 1 else "") + (
        '<w:vMerge w:val="restart"/>' if merge == "restart" else "<w:vMerge/>" if merge == "continue" else ""
    )
    paragraphs = "".join(
        "<w:p>"
        + "<w:r><w:br/></w:r>".join(
            f'<w:r><w:t xml:space="preserve">{line}</w:t></w:r>' for line in para.split("\n")
        )
        + "</w:p>"
        for para in text.split("\n\n")
    )
    return f"<w:tc><w:tcPr>{properties}</w:tcPr>{paragraphs or '<w:p/>'}</w:tc>"


def _row(*cells: str, header: bool = False) -> str:
    return f"<w:tr>{'<w:trPr><w:tblHeader/></w:trPr>' if header else ''}{''.join(cells)}</w:tr>"


def _table(rows: list[str], columns: int) -> str:
    grid = '<w:gridCol w:w="1400"/>' * columns
    return f"<w:tbl {W}><w:tblPr/><w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"


_HEADER_ROW = _row(*(_cell(h) for h in _HEAD), header=True)
_PAGE_ONE = [
    _HEADER_ROW,
    _row(
        _cell("1", "restart"),
        _cell("提升知识产权创造质量", "restart"),
        _cell("实施高价值专利培育工程，培育高价值专利组合3个。"),
        _cell("县市场监管局"),
        _cell("县科技局\n县工信局"),
        _cell("2024年12月"),
    ),
    _row(
        _cell("", "continue"),
        _cell("", "continue"),
        _cell("支持脐橙产业企业申请地理标志证明商标。"),
        _cell("县农业农村局"),
        _cell("县市场监管局"),
        _cell("2025年6月"),
    ),
    _row(
        _cell("2", "restart"),
        _cell("加强知识产权保护", "restart"),
        _cell("开展“铁拳”知识产权执法专项行动。"),
        _cell("县市场监管局", span=2),
        _cell("长期"),
    ),
]
_PAGE_TWO = [
    _row(
        _cell("", "continue"),
        _cell("", "continue"),
        _cell("建立知识产权纠纷多元化解机制。"),
        _cell("县司法局"),
        _cell("县人民法院\n\n县市场监管局"),
        _cell("2025年12月"),
    ),
    _row(
        _cell("3"),
        _cell("促进知识产权转化运用"),
        _cell("开展专利质押融资入园惠企行动，质押融资额达到1亿元。"),
        _cell("县金融服务中心"),
        _cell("人行于都支行、县市场监管局"),
        _cell("2026年"),
    ),
]
_PAGE_BREAK = f'<w:p {W}><w:r><w:br w:type="page"/></w:r></w:p>'
_YUDU_UNITS = {
    "一.表1.1.1": [
        ("县市场监管局", "lead", "table"),
        ("县科技局", "support", "table"),
        ("县工信局", "support", "table"),
    ],
    "一.表1.1.2": [("县农业农村局", "lead", "table"), ("县市场监管局", "support", "table")],
    "一.表1.2.1": [("县市场监管局", "sole", "table")],
    "一.表1.2.2": [
        ("县司法局", "lead", "table"),
        ("县人民法院", "support", "table"),
        ("县市场监管局", "support", "table"),
    ],
    "一.表1.3": [
        ("县金融服务中心", "lead", "table"),
        ("人行于都支行", "support", "table"),
        ("县市场监管局", "support", "table"),
    ],
    "二": [("各牵头单位", "implicit", "prose")],
}


def _yudu(between: list[str], second: list[str]) -> bytes:
    """于都县's division of tasks: its table's first page, ``between`` it and the second page, the second
    page's rows ``second``; a 附件 table of people after the plan."""
    document = new_docx()
    for line in [
        "于都县知识产权强县建设试点工作任务分工方案",
        "为确保试点工作任务落到实处，现将重点任务分工如下：",
        "一、重点任务分工",
    ]:
        _append(document, _p(line))
    _append(document, _table(_PAGE_ONE, 6))
    for element in between:
        _append(document, element)
    _append(document, _table(second, 6))
    for line in [
        "二、工作要求",
        "各牵头单位要于每年12月10日前报送工作进展情况。",
        "附件：于都县知识产权强县建设试点工作领导小组成员名单",
    ]:
        _append(document, _p(line))
    people = [_row(_cell("职务"), _cell("姓名"), _cell("单位及职务"))]
    people += [_row(_cell("组长"), _cell("张明"), _cell("县政府副县长"))]
    _append(document, _table(people, 3))
    return _save(document)


@pytest.mark.parametrize(
    ("between", "repeated"),
    [
        pytest.param([_PAGE_BREAK], True, id="page-break-header-again"),
        pytest.param([_p(""), _p("续表1")], True, id="continued-caption"),
        pytest.param([_PAGE_BREAK, _p("续表1：重点任务分工表")], True, id="continued-caption-titled"),
        pytest.param([_p("重点任务分工表（续）")], False, id="continued-after-title"),
        pytest.param([_p("— 3 —")], True, id="page-number-of-a-converted-pdf"),
        pytest.param([_PAGE_BREAK], False, id="merged-cell-going-on"),
    ],
)
def test_a_task_table_split_over_two_pages_is_one_table(between: list[str], repeated: bool) -> None:
    data = _yudu(between, [_HEADER_ROW, *_PAGE_TWO] if repeated else _PAGE_TWO)
    doc, text = extracted(data, "yudu.docx")
    assert text.count("序号\t重点任务") == 1
    assert "续" not in text
    assert doc.plan.doc_type == "任务分工方案"
    rows = [t for t in doc.tasks if t.kind == "table_row"]
    assert [(t.path, t.title) for t in rows if t.parent is None] == [
        ("一.表1.1", "提升知识产权创造质量"),
        ("一.表1.2", "加强知识产权保护"),
        ("一.表1.3", "促进知识产权转化运用"),
    ]
    assert {path: units for path, units in named_units(doc).items() if units} == _YUDU_UNITS
    deadlines = {t.path: t.deadline for t in rows}
    assert deadlines["一.表1.2.2"] == "2025年12月"
    assert deadlines["一.表1.3"] == "2026年"
    assert [(t.indicator, t.value, t.unit) for t in doc.targets] == [
        ("培育高价值专利组合", 3.0, "个"),
        ("质押融资额", 1.0, "亿元"),
    ]


def test_a_split_table_with_a_header_of_two_rows() -> None:
    """责任单位 over 牵头单位 | 配合单位, 序号 and 完成时限 merged down over both rows, the two rows typed again
    on the second page: both are left out, and no row of the first page takes the second row's cells."""
    upper = _row(
        _cell("序号", "restart"),
        _cell("重点任务", "restart"),
        _cell("责任单位", span=2),
        _cell("完成时限", "restart"),
    )
    lower = _row(
        _cell("", "continue"),
        _cell("", "continue"),
        _cell("牵头单位"),
        _cell("配合单位"),
        _cell("", "continue"),
    )
    first = _row(
        _cell("1"),
        _cell("实施高价值专利培育工程。"),
        _cell("县市场监管局"),
        _cell("县科技局"),
        _cell("2024年12月"),
    )
    second = _row(
        _cell("2"),
        _cell("开展商标品牌培育。"),
        _cell("县农业农村局"),
        _cell("县市场监管局"),
        _cell("2024年6月"),
    )
    third = _row(
        _cell("3"),
        _cell("建立知识产权纠纷多元化解机制。"),
        _cell("县司法局"),
        _cell("县人民法院"),
        _cell("2024年9月"),
    )
    document = new_docx()
    for line in ["于都县2024年知识产权重点任务分工", "一、重点任务分工"]:
        _append(document, _p(line))
    _append(document, _table([upper, lower, first, second], 5))
    _append(document, _PAGE_BREAK)
    _append(document, _table([upper, lower, third], 5))
    _append(document, _p("二、工作要求"))
    doc, text = extracted(_save(document), "plan.docx")
    assert text.count("牵头单位") == 1
    assert {path: units for path, units in named_units(doc).items() if units} == {
        "一.表1.1": [("县市场监管局", "lead", "table"), ("县科技局", "support", "table")],
        "一.表1.2": [("县农业农村局", "lead", "table"), ("县市场监管局", "support", "table")],
        "一.表1.3": [("县司法局", "lead", "table"), ("县人民法院", "support", "table")],
    }
    assert [t.deadline for t in doc.tasks if t.kind == "table_row"] == [
        "2024年12月",
        "2024年6月",
        "2024年9月",
    ]


def test_two_tables_of_their_own_stay_apart() -> None:
    """Guards: a table after words, or after a table of other columns, is a table of its own."""
    people = [
        _row(_cell("职务"), _cell("姓名"), _cell("单位及职务")),
        _row(_cell("组长"), _cell("张明"), _cell("副县长")),
    ]
    for between, second, columns in (
        ([_p("二、第二批任务")], [_HEADER_ROW, *_PAGE_TWO], 6),
        ([_PAGE_BREAK], people, 3),
    ):
        document = new_docx()
        _append(document, _p("于都县知识产权工作任务分工"))
        _append(document, _table(_PAGE_ONE, 6))
        for element in between:
            _append(document, element)
        _append(document, _table(second, columns))
        loaded = load_bytes(_save(document), "plan.docx")
        assert len(loaded.tables) == 2


_REPEATED = """于都县2024年知识产权重点任务分工
为确保任务落到实处，现将重点任务分工如下：
一、重点任务分工
序号\t重点任务\t牵头单位\t配合单位\t完成时限
1\t实施高价值专利培育工程，培育高价值专利组合3个。\t县市场监管局\t县科技局\t2024年12月
2\t支持脐橙产业企业申请地理标志证明商标。\t县农业农村局\t县市场监管局\t2024年6月
序号\t重点任务\t牵头单位\t配合单位\t完成时限
3\t建立知识产权纠纷多元化解机制。\t县司法局\t县人民法院\t2024年12月
二、工作要求
各牵头单位要于12月10日前报送工作进展情况。
"""


def _repeated_table() -> tuple[list[str], list[list[str]]]:
    lines = _REPEATED.strip().split("\n")
    return [*lines[:3], "@TABLE", *lines[8:]], [line.split("\t") for line in lines[3:8]]


@pytest.mark.parametrize("fmt", ["txt", "docx", "html"])
def test_a_header_typed_again_inside_a_table_is_no_task(fmt: str) -> None:
    paragraphs, rows = _repeated_table()
    data = {
        "txt": lambda: _REPEATED.encode(),
        "docx": lambda: to_docx(paragraphs, rows),
        "html": lambda: to_html(paragraphs[:3], rows).replace(
            b"</table>", "</table><p>二、工作要求</p>".encode()
        ),
    }[fmt]()
    doc, _ = extracted(data, f"plan.{fmt}")
    rows_read = [t for t in doc.tasks if t.kind == "table_row"]
    assert [(t.path, t.title) for t in rows_read] == [
        ("一.表1.1", "实施高价值专利培育工程"),
        ("一.表1.2", "支持脐橙产业企业申请地理标志证明商标"),
        ("一.表1.3", "建立知识产权纠纷多元化解机制"),
    ]
    assert named_units(doc)["一.表1.3"] == [("县司法局", "lead", "table"), ("县人民法院", "support", "table")]
    assert all(t.deadline != "完成时限" for t in rows_read)


_WORDS = st.text(alphabet="县市场监管局科技开展专利导航年月12", min_size=1, max_size=8)


@st.composite
def _merged_rows(draw: st.DrawFn) -> list[str]:
    """A task table's body of 2–6 rows and 4 columns, its first column's cells merged down in runs."""
    count = draw(st.integers(min_value=2, max_value=6))
    rows = []
    for r in range(count):
        goes_on = r > 0 and draw(st.booleans())
        first = _cell("", "continue") if goes_on else _cell(draw(_WORDS), "restart")
        rows.append(_row(first, *(_cell(draw(_WORDS)) for _ in range(3))))
    return rows


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_merged_rows(), st.data(), st.booleans())
def test_a_table_split_anywhere_reads_as_the_whole(
    body: list[str], data: st.DataObject, caption: bool
) -> None:
    """Wherever a task table is split into two, the second typed with the header again (or opening with a
    merged cell going on) and captioned 续表 or not, the text and the table read as the table whole."""
    header = _row(*(_cell(h) for h in ("序号", "重点任务", "牵头单位", "完成时限")), header=True)
    at = data.draw(st.integers(min_value=1, max_value=len(body) - 1))
    repeated = data.draw(st.booleans()) or "<w:vMerge/>" not in body[at]

    def load(*parts: str) -> object:
        document = new_docx()
        _append(document, _p("于都县知识产权工作任务分工"))
        for part in parts:
            _append(document, part)
        return load_bytes(_save(document), "plan.docx")

    one = load(_table([header, *body], 4))
    split = load(
        _table([header, *body[:at]], 4),
        _PAGE_BREAK,
        *([_p("续表")] if caption else []),
        _table([header, *body[at:]] if repeated else body[at:], 4),
    )
    assert split.text == one.text  # type: ignore[attr-defined]
    assert split.tables == one.tables  # type: ignore[attr-defined]


# --- 3. notes, hidden text, placeholders, the page's header and footer -----------------------------------

_FOOTNOTES = (
    f'<w:footnotes {W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
    '</w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
    '</w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve">'
    " 高价值发明专利是指维持年限超过10年的发明专利等五类发明专利，全县达到30件以上。</w:t></w:r></w:p></w:footnote>"
    '<w:footnote w:id="2"><w:p><w:r><w:t>① 含集体商标。</w:t></w:r></w:p></w:footnote></w:footnotes>'
)
_SUPERSCRIPT = '<w:vertAlign w:val="superscript"/>'


def _xinfeng() -> bytes:
    """信丰县's plan: the office's running line in the page header, a page number field in the footer, a
    footnote after an indicator (Word's mark), one with a custom mark (①), marks typed in superscript, a
    drafter's hidden note, a placeholder left in a unit's content control, a comment."""
    document = new_docx()
    section = document.sections[0]
    section.header.paragraphs[0].text = "信丰县市场监督管理局文件"
    section.footer.paragraphs[0]._p.append(
        parse_xml(f'<w:fldSimple {W} w:instr=" PAGE "><w:r><w:t>— 1 —</w:t></w:r></w:fldSimple>')
    )
    footnotes = Part(
        PackURI("/word/footnotes.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        _FOOTNOTES.encode(),
        document.part.package,
    )
    document.part.relate_to(
        footnotes, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
    )
    reference = (
        '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'
    )
    custom = (
        '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
        '<w:footnoteReference w:customMarkFollows="1" w:id="2"/><w:t>①</w:t></w:r>'
    )
    for line in [
        "信丰县知识产权强县建设工作方案",
        "（2024—2026年）",
        "为加快推进知识产权强县建设，制定本方案。",
        "一、工作目标",
    ]:
        _append(document, _p(line))
    _append(
        document,
        _runs(
            _t("到2026年，全县每万人口高价值发明专利"),
            reference,
            _t("拥有量达到2.5件，商标有效注册量"),
            custom,
            _t("达到1.2万件，知识产权质押融资额"),
            _t("[1]", _SUPERSCRIPT),
            _t("累计达到3亿元，PCT国际专利申请量"),
            _t("*", _SUPERSCRIPT),
            _t("达到10件，新建标准厂房5万m"),
            _t("2", _SUPERSCRIPT),
            _t("。"),
        ),
    )
    _append(document, _p("二、重点任务"))
    _append(
        document,
        _runs(
            _t("（一）推进脐橙产业专利导航。"),
            _t("【起草说明：此项根据县科技局意见增加，由县科技局负责】", "<w:vanish/>"),
            _t("（责任单位：县市场监管局、县农业农村局）"),
        ),
    )
    _append(
        document,
        _runs(
            _t("（二）开展知识产权保护专项行动。（责任单位："),
            "<w:sdt><w:sdtPr><w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rStyle w:val="
            '"PlaceholderText"/></w:rPr><w:t>单击或点击此处输入文字。</w:t></w:r></w:sdtContent></w:sdt>',
            _t("县公安局、"),
            "<w:sdt><w:sdtPr><w:text/></w:sdtPr><w:sdtContent><w:r><w:t>县人民法院</w:t></w:r></w:sdtContent></w:sdt>",
            _t("）"),
        ),
    )
    _append(
        document,
        _runs(
            _t("（三）建设知识产权"),
            '<w:commentRangeStart w:id="0"/>',
            _t("公共服务网点"),
            '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>',
            _t("。（责任单位：县市场监管局，2025年6月底前完成）"),
        ),
    )
    _append(
        document,
        f"<w:sdt {W}><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>单击或点击此处输入文字。"
        "</w:t></w:r></w:p></w:sdtContent></w:sdt>",
    )
    for line in [
        "三、保障措施",
        "县财政局要将知识产权工作经费列入年度预算。",
        "信丰县人民政府",
        "2024年5月6日",
    ]:
        _append(document, _p(line))
    return _save(document)


def test_notes_hidden_text_and_placeholders_stay_out() -> None:
    doc, text = extracted(_xinfeng(), "xinfeng.docx")
    for gone in (
        "信丰县市场监督管理局文件",
        "— 1 —",
        "起草说明",
        "单击",
        "五类发明专利",
        "集体商标",
        "[1]",
        "*",
    ):
        assert gone not in text
    assert "每万人口高价值发明专利拥有量达到2.5件" in text
    assert "新建标准厂房5万m2。" in text  # a unit's superscript is no note's mark
    assert doc.plan.title == "信丰县知识产权强县建设工作方案（2024—2026年）"
    assert doc.plan.date == "2024-05-06"
    assert [i.name for i in doc.plan.issuers] == ["信丰县人民政府"]
    assert [(t.indicator, t.value, t.unit, t.year) for t in doc.targets][:4] == [
        ("每万人口高价值发明专利拥有量", 2.5, "件", 2026),
        ("商标有效注册量", 1.2, "万件", 2026),
        ("知识产权质押融资额", 3.0, "亿元", 2026),
        ("PCT国际专利申请量", 10.0, "件", 2026),
    ]
    assert {path: units for path, units in named_units(doc).items() if units} == {
        "二.(一)": [("县市场监管局", "joint", "annotation"), ("县农业农村局", "joint", "annotation")],
        "二.(二)": [("县公安局", "joint", "annotation"), ("县人民法院", "joint", "annotation")],
        "二.(三)": [("县市场监管局", "sole", "annotation")],
        "三": [("县财政局", "implicit", "prose")],
    }
    assert [t.path for t in doc.tasks] == ["二.(一)", "二.(二)", "二.(三)", "三"]


def test_hidden_toggled_off_and_superscript_words_are_read() -> None:
    """Guards: w:vanish set off is shown; a superscript run of words is no note's mark."""
    document = new_docx()
    _append(document, _runs(_t("信丰县知识产权"), _t("强县建设", '<w:vanish w:val="0"/>'), _t("工作方案")))
    _append(document, _runs(_t("面积达到5万m"), _t("2", _SUPERSCRIPT), _t("，见"), _t("附表", _SUPERSCRIPT)))
    loaded = load_bytes(_save(document), "plan.docx")
    assert loaded.text == "信丰县知识产权强县建设工作方案\n面积达到5万m2，见附表\n"


def test_an_item_deleted_by_a_tracked_change_takes_no_number() -> None:
    """A draft whose second numbered item was deleted with changes tracked (its text and its paragraph mark):
    the items after it are numbered as Word shows the document with its changes accepted, 2. and 3., not
    3. and 4."""
    document = new_docx()
    _numbering(document, 90, [("chineseCounting", "%1、"), ("decimal", "%2.")], {90: 0})
    _append(document, _p("瑞金市2024年知识产权工作要点"))
    _append(document, _p("重点任务", _numbered(90, 0)))
    _append(document, _p("开展专利导航。（责任单位：市市场监管局）", _numbered(90, 1)))
    _append(
        document,
        f'<w:p {W}><w:pPr>{_numbered(90, 1)}<w:rPr><w:del w:id="3" w:author="x"/></w:rPr></w:pPr>'
        '<w:del w:id="4" w:author="x"><w:r><w:delText>开展商标培育。（责任单位：市农业农村局）</w:delText></w:r>'
        "</w:del></w:p>",
    )
    _append(document, _p("建设保护工作站。（责任单位：市司法局）", _numbered(90, 1)))
    _append(document, _p("推进质押融资。（责任单位：市金融办）", _numbered(90, 1)))
    doc, text = extracted(_save(document), "ruijin.docx")
    assert "\n2.建设保护工作站。" in text
    assert [
        (t.path, [u for u, _, _ in units]) for t in doc.tasks for units in [named_units(doc)[t.path]]
    ] == [
        ("一.1", ["市市场监管局"]),
        ("一.2", ["市司法局"]),
        ("一.3", ["市金融办"]),
    ]


def _revised_cell(text: str, kind: str) -> str:
    """A cell whose text a tracked change deletes (w:del) or inserts (w:ins)."""
    run = f"<w:r><w:delText>{text}</w:delText></w:r>" if kind == "del" else f"<w:r><w:t>{text}</w:t></w:r>"
    return f'<w:tc><w:tcPr/><w:p><w:{kind} w:id="9" w:author="x">{run}</w:{kind}></w:p></w:tc>'


def _revised_row(cells: list[str], kind: str) -> str:
    properties = f'<w:trPr><w:{kind} w:id="8" w:author="x"/></w:trPr>'
    return f"<w:tr>{properties}{''.join(_revised_cell(c, kind) for c in cells)}</w:tr>"


def test_a_row_deleted_by_a_tracked_change_is_no_row() -> None:
    """A draft's task table whose second task was deleted, and a task added, with changes tracked: read as
    the table with the changes accepted, no empty row where the deleted one stood."""
    head = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
    rows = [
        _row(*(_cell(h) for h in head)),
        _row(
            _cell("1"),
            _cell("实施高价值专利培育工程。"),
            _cell("县市场监管局"),
            _cell("县科技局"),
            _cell("2024年12月"),
        ),
        _revised_row(["2", "开展商标品牌培育。", "县农业农村局", "", "2024年6月"], "del"),
        _revised_row(["2", "建立知识产权纠纷多元化解机制。", "县司法局", "县人民法院", "2024年9月"], "ins"),
    ]
    document = new_docx()
    for line in ["于都县2024年知识产权重点任务分工", "一、重点任务分工"]:
        _append(document, _p(line))
    _append(document, _table(rows, 5))
    _append(document, _p("二、工作要求"))
    loaded = load_bytes(_save(document), "plan.docx")
    assert "\t\t\t" not in loaded.text
    assert len(loaded.tables[0].rows) == 3
    doc, _ = extracted(_save(document), "plan.docx")
    assert {path: units for path, units in named_units(doc).items() if units} == {
        "一.表1.1": [("县市场监管局", "lead", "table"), ("县科技局", "support", "table")],
        "一.表1.2": [("县司法局", "lead", "table"), ("县人民法院", "support", "table")],
    }


def test_page_numbers_of_a_document_converted_from_a_pdf() -> None:
    """A plan converted from its PDF into Word writes each page's printed number as a paragraph of the body,
    one between the halves of a note wrapped over a page."""
    paragraphs = [
        "石城县知识产权强县建设工作方案（2024—2026年）",
        "为加快推进知识产权强县建设，制定本方案。",
        "一、重点任务",
        "（一）推进专利导航。开展白莲产业专利导航。（责任单位：县市场监管局）",
        "（二）开展执法行动，严厉打击侵权假冒行为。（责任单位：县市",
        "— 1 —",
        "场监管局、县公安局）",
        "（三）建设保护工作站。（责任单位：县司法局）",
        "- 2 -",
        "二、保障措施",
        "县财政局要加强经费保障。",
        "1",
        "第3页 共3页",
    ]
    doc, text = extracted(to_docx(paragraphs), "shicheng.docx")
    assert "— 1 —" not in text
    assert "- 2 -" not in text
    assert "第3页" not in text
    assert "\n1\n" in text  # a bare number is no printed page number
    units = named_units(doc)
    assert [("".join(s.split()), role) for s, role, _ in units["一.(二)"]] == [
        ("县市场监管局", "joint"),
        ("县公安局", "joint"),
    ]


# --- 4. macro-enabled documents and templates ---------------------------------------------------------------

_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_RUIJIN = [
    "瑞金市知识产权强市建设工作方案（2024—2026年）",
    "为加快知识产权强市建设，制定本方案。",
    "一、重点任务",
    "（一）开展红色文化地理标志培育。（牵头单位：市市场监管局；配合单位：市文广新旅局）",
    "瑞金市人民政府",
    "2024年7月1日",
]


def _retyped(data: bytes, content_type: bytes) -> bytes:
    """The package with its main part's content type changed, as Word saves a .docm or a template."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            blob = source.read(info.filename)
            if info.filename == "[Content_Types].xml":
                blob = blob.replace(_MAIN, content_type)
            target.writestr(info.filename, blob)
    return out.getvalue()


@pytest.mark.parametrize(
    ("content_type", "name"),
    [
        (b"application/vnd.ms-word.document.macroEnabled.main+xml", "ruijin.docm"),
        (b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml", "ruijin.dotx"),
        (b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml", "ruijin.dotm"),
        (b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml", "ruijin.docx"),
        (b"application/vnd.ms-word.document.macroEnabled.main+xml", "ruijin.doc"),
    ],
)
def test_macro_enabled_documents_and_templates_are_read(content_type: bytes, name: str) -> None:
    doc, _ = extracted(_retyped(to_docx(_RUIJIN), content_type), name)
    assert doc.format == "docx"
    assert doc.plan.title == _RUIJIN[0]
    assert doc.plan.date == "2024-07-01"
    assert named_units(doc)["一.(一)"] == [
        ("市市场监管局", "lead", "annotation"),
        ("市文广新旅局", "support", "annotation"),
    ]


def _strict(data: bytes) -> bytes:
    """The package saved as Word's Strict Open XML Document: its WordprocessingML, DrawingML and
    relationships named by the strict namespaces (the package's own, content types and core properties,
    are the same in both)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            blob = source.read(info.filename)
            if info.filename.endswith((".xml", ".rels")):
                blob = re.sub(
                    rb"http://schemas\.openxmlformats\.org/(wordprocessingml|officeDocument|drawingml)/2006/(\w+)",
                    rb"http://purl.oclc.org/ooxml/\1/\2",
                    blob,
                )
            target.writestr(info.filename, blob)
    return out.getvalue()


def test_a_strict_open_xml_document_is_read() -> None:
    """Word's "Strict Open XML Document (*.docx)" save type: python-docx found no main document in it."""
    data = _strict(_chongyi())
    assert b"purl.oclc.org/ooxml/wordprocessingml/main" in zipfile.ZipFile(io.BytesIO(data)).read(
        "word/document.xml"
    )
    strict, text = extracted(data, "chongyi.docx")
    plain, plain_text = extracted(_chongyi(), "chongyi.docx")
    assert text == plain_text
    assert [(t.path, t.title) for t in strict.tasks] == [(t.path, t.title) for t in plain.tasks]
    doc, _ = extracted(_strict(to_docx(_RUIJIN)), "ruijin.docx")
    assert doc.plan.title == _RUIJIN[0]


def test_a_spreadsheet_named_docx_is_refused_as_no_word_document() -> None:
    sheet = _retyped(
        to_docx(_RUIJIN), b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
    )
    with pytest.raises(DocumentError) as info:
        load_bytes(sheet, "plan.docx")
    assert "not a Word document" in info.value.reason
    assert "spreadsheetml" in info.value.reason


# --- 5. a title whose kind and term stand alone on its second line ------------------------------------------

_NINGDU_BODY = [
    "为加快知识产权强县建设，制定本方案。",
    "一、工作目标",
    "到2026年，全县每万人口高价值发明专利拥有量达到1.8件。",
    "二、重点任务",
    "（一）推进专利导航。开展黄鸡产业专利导航分析。（责任单位：县市场监管局）",
]


def _soft_broken_title(first: str, second: str) -> bytes:
    document = new_docx()
    _append(document, _runs(_t(first), "<w:r><w:br/></w:r>", _t(second)))
    for line in _NINGDU_BODY:
        _append(document, _p(line))
    return _save(document)


@pytest.mark.parametrize(
    ("first", "second", "title"),
    [
        (
            "宁都县知识产权强县建设",
            "工作方案（2024—2026年）",
            "宁都县知识产权强县建设工作方案（2024—2026年）",
        ),
        (
            "宁都县知识产权强县建设",
            "三年行动方案（2024—2026年）",
            "宁都县知识产权强县建设三年行动方案（2024—2026年）",
        ),
        ("宁都县2024年知识产权", "工作要点", "宁都县2024年知识产权工作要点"),
    ],
)
@pytest.mark.parametrize("fmt", ["docx", "txt"])
def test_a_title_wrapped_before_its_kind_and_term(first: str, second: str, title: str, fmt: str) -> None:
    data = _soft_broken_title(first, second) if fmt == "docx" else "\n".join([first, second, *_NINGDU_BODY])
    doc, _ = extracted(data, f"ningdu.{fmt}")
    assert doc.plan.title == title
    assert doc.plan.region is not None
    assert doc.plan.region.name == "宁都县"


def test_a_line_above_a_title_of_its_own_stays_apart() -> None:
    """Guards: a line above a whole title, an office's name above a title of its kind alone."""
    doc, _ = extracted("\n".join(["内部资料", "宁都县知识产权强县建设工作方案", *_NINGDU_BODY]))
    assert doc.plan.title == "宁都县知识产权强县建设工作方案"
    doc, _ = extracted("\n".join(["宁都县市场监督管理局", "工作方案（2024—2026年）", *_NINGDU_BODY]))
    assert doc.plan.title == "工作方案（2024—2026年）"
