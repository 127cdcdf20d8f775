"""Heading styles without numbering, sub-items under an obliging heading, divided time columns, stacked PDF
tables whose unit cell left of the task wraps: small plans written for the tests.

1. A .docx whose outline is carried by its heading styles alone (Word's Heading 1/2/3, a style named
   标题 1/2, or an outline level in the paragraph's properties), with no 一、 in its text and no Word
   numbering: its headings open chapters and sections, numbered items under them nest below them, and a
   lone top heading before the others is the plan's title.
2. An item whose heading is one sentence obliging a unit ((二)县财政局要落实经费保障。) with sub-items 1. 2.:
   the sub-items that name nobody of their own inherit the heading's unit; those naming their own keep it.
3. A task table whose time column is divided into periods (时间安排 over 2024年 | 2025年, or each year over
   上半年 | 下半年), the cells filled in one or several: a row's deadline is the last period it fills.
4. A .pdf task table that the text layer gives one cell per line, its unit column left of the task column
   (序号 | 责任单位 | 主要任务 | 完成时限) and a unit cell wrapped over two lines: the wrapped lines stay the
   cell's, in a middle row and in the last, and the rows after it are still read.
"""

from __future__ import annotations

import io

import pytest
from docx import Document as new_docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from policykg.extract.phases import deadline_date
from policykg.models import Document
from tests.formats import paragraphs_of, to_docx, to_table_pdf
from tests.plans import extracted, named_units
from tests.test_structure_round4 import _merged_docx
from tests.test_structure_round7 import SCHEDULE, SCHEDULE_PLAN, _markdown

# --- 1. headings carried by styles alone ---------------------------------------------------------------------

#: (heading level or 0 for body text, text)
STYLED: list[tuple[int, str]] = [
    (0, "河北省石家庄市正定县2024年知识产权工作要点"),
    (0, "为深入实施知识产权强国战略，结合我县实际，制定本要点。"),
    (1, "总体要求"),
    (0, "坚持以习近平新时代中国特色社会主义思想为指导，全面提升知识产权创造、运用、保护、管理和服务水平。"),
    (1, "重点任务"),
    (2, "强化知识产权创造"),
    (0, "县科技局要加强高价值专利培育，全年发明专利授权量达到50件。"),
    (2, "加强知识产权保护"),
    (0, "1.开展专利侵权纠纷行政裁决工作。（责任单位：县市场监管局）"),
    (0, "2.严厉打击侵权假冒行为。（责任单位：县公安局）"),
    (2, "促进知识产权运用"),
    (0, "县金融办要推动知识产权质押融资，全年质押融资金额达到1亿元。"),
    (1, "保障措施"),
    (0, "加强组织领导，定期调度工作进展。"),
]

CHAPTERS = [
    ("一", 1, "chapter", "guidance", "总体要求"),
    ("二", 1, "chapter", "tasks", "重点任务"),
    ("二.(一)", 2, "section", "tasks", "强化知识产权创造"),
    ("二.(二)", 2, "section", "tasks", "加强知识产权保护"),
    ("二.(二).1", 3, "item", "tasks", "开展专利侵权纠纷行政裁决工作"),
    ("二.(二).2", 3, "item", "tasks", "严厉打击侵权假冒行为"),
    ("二.(三)", 2, "section", "tasks", "促进知识产权运用"),
    ("三", 1, "chapter", "safeguards", "保障措施"),
]

UNITS = {
    "二.(一)": [("县科技局", "implicit", "prose")],
    "二.(二).1": [("县市场监管局", "sole", "annotation")],
    "二.(二).2": [("县公安局", "sole", "annotation")],
    "二.(三)": [("县金融办", "implicit", "prose")],
}


def numbered(headings: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The headings with their numbers written in their text: 一、 for the first level, （一） for the second."""
    chapters, sections = iter("一二三四五六七八九"), iter("一二三四五六七八九")
    written: list[tuple[int, str]] = []
    for level, text in headings:
        if level == 1:
            sections = iter("一二三四五六七八九")
            text = f"{next(chapters)}、{text}"
        elif level == 2:
            text = f"（{next(sections)}）{text}"
        written.append((level, text))
    return written


def _outline_level(paragraph: object, level: int) -> None:
    """Write w:outlineLvl (0-based) into the paragraph's own properties."""
    ppr = paragraph._p.get_or_add_pPr()  # type: ignore[attr-defined]
    outline = OxmlElement("w:outlineLvl")
    outline.set(qn("w:val"), str(level - 1))
    ppr.append(outline)


def _styled_docx(paragraphs: list[tuple[int, str]], how: str) -> bytes:
    """A .docx whose headings are marked ``how``: 'builtin' (Heading N), 'named' (a style named 标题 N that
    has no outline level of its own) or 'outline' (w:outlineLvl in the paragraph's properties)."""
    doc = new_docx()
    if how == "named":
        for n in range(1, 4):
            doc.styles.add_style(f"标题 {n}", WD_STYLE_TYPE.PARAGRAPH)
    for level, text in paragraphs:
        if level == 0:
            doc.add_paragraph(text)
        elif how == "builtin":
            doc.add_heading(text, level)
        elif how == "named":
            doc.add_paragraph(text, style=f"标题 {level}")
        else:
            _outline_level(doc.add_paragraph(text), level)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _chapters(doc: Document) -> list[tuple[str, int, str, str, str | None]]:
    return [(s.path, s.level, s.kind, s.chapter_kind, s.title) for s in doc.sections]


@pytest.mark.parametrize("how", ["builtin", "named", "outline"])
def test_heading_styles_open_chapters_and_sections(how: str) -> None:
    doc, text = extracted(_styled_docx(STYLED, how), "zhengding.docx")
    assert _chapters(doc) == CHAPTERS
    section = next(s for s in doc.sections if s.path == "二.(二)")
    assert text[section.heading_span[0] : section.heading_span[1]] == "加强知识产权保护"
    assert {p: u for p, u in named_units(doc).items() if u} == UNITS
    assert doc.plan.title == "河北省石家庄市正定县2024年知识产权工作要点"


def test_a_lone_top_heading_is_the_title() -> None:
    """The title styled Heading 1 above chapters styled Heading 2: the chapters still open at level 1."""
    paragraphs = [(1, STYLED[0][1])] + [(level + 1 if level else 0, text) for level, text in STYLED[1:]]
    doc, _ = extracted(_styled_docx(paragraphs, "builtin"), "zhengding.docx")
    # the title (Heading 1) is the plan's title, not a chapter; chapters are Heading 2, sections Heading 3
    assert _chapters(doc) == CHAPTERS
    assert doc.plan.title == "河北省石家庄市正定县2024年知识产权工作要点"


def test_numbered_headings_keep_their_numbers() -> None:
    """Headings styled and numbered in their text (一、 / （一）) are read by their numbers as before."""
    doc, _ = extracted(_styled_docx(numbered(STYLED), "builtin"), "zhengding.docx")
    assert [s.path for s in doc.sections] == [c[0] for c in CHAPTERS]


def test_sections_numbered_in_the_text_nest_under_styled_chapters() -> None:
    """Chapters styled Heading 2 under a title styled Heading 1, sections numbered （一） in the body text."""
    paragraphs = [
        (1, STYLED[0][1]),
        (0, STYLED[1][1]),
        (2, "重点任务"),
        (0, "（一）强化知识产权创造。县科技局要加强高价值专利培育"),
        (0, "（二）加强知识产权保护。县市场监管局要开展专利侵权纠纷行政裁决工作。"),
        (2, "保障措施"),
        (0, "加强组织领导。"),
    ]
    doc, _ = extracted(_styled_docx(paragraphs, "builtin"), "zhengding.docx")
    assert _chapters(doc) == [
        ("一", 1, "chapter", "tasks", "重点任务"),
        ("一.(一)", 2, "section", "tasks", "强化知识产权创造"),
        ("一.(二)", 2, "section", "tasks", "加强知识产权保护"),
        ("二", 1, "chapter", "safeguards", "保障措施"),
    ]
    assert named_units(doc)["一.(一)"] == [("县科技局", "implicit", "prose")]


def test_a_styled_subtitle_beside_numbered_chapters_opens_nothing() -> None:
    """Chapters numbered in the body text (一、) are the outline; a subtitle styled Heading 2 under the
    title styled Heading 1 does not put them a level down."""
    paragraphs = [
        (1, STYLED[0][1]),
        (2, "（征求意见稿）"),
        (0, STYLED[1][1]),
        (0, "一、总体要求"),
        (0, STYLED[3][1]),
        (0, "二、重点任务"),
        (0, "（一）强化知识产权创造。县科技局要加强高价值专利培育。"),
        (0, "（二）加强知识产权保护。县市场监管局要开展专利侵权纠纷行政裁决工作。"),
    ]
    doc, _ = extracted(_styled_docx(paragraphs, "builtin"), "zhengding.docx")
    assert [(s.path, s.level) for s in doc.sections] == [("一", 1), ("二", 1), ("二.(一)", 2), ("二.(二)", 2)]


def test_a_body_styled_paragraph_is_no_heading() -> None:
    """The same plan without heading styles has no sections: the styles are what make them. (Round 37b: its
    chapters' bare names alone on their lines, 总体要求, 重点任务, 保障措施, are chapters still, as a plain
    text's are; the section headings, naming no kind of chapter, are none.)"""
    doc, _ = extracted(to_docx([text for _, text in STYLED]), "zhengding.docx")
    assert [s.title for s in doc.sections if s.level == 1] == ["总体要求", "重点任务", "保障措施"]
    assert not [s for s in doc.sections if s.title and "知识产权" in s.title]


# --- 2. sub-items under a heading that obliges a unit --------------------------------------------------------

OBLIGING = """山东省潍坊市寿光市知识产权强市建设工作方案
为深入实施知识产权强国战略，结合我市实际，制定本方案。
一、重点任务
（一）加强高价值专利培育。围绕主导产业开展高价值专利培育，每年培育高价值专利组合3个。（责任单位：市市场监管局）
（二）市财政局要强化资金保障。
1.每年安排知识产权专项资金不少于300万元。
2.优化资金使用方向，重点支持专利转化运用。
（1）对实施专利开放许可的企业给予补助。
（2）对开展专利质押融资的企业给予贴息。
3.市科技局负责将知识产权指标纳入科技项目评审。
4.对获得中国专利奖的企业给予奖励。（责任单位：市市场监管局、市财政局）
（三）市场监管部门和公安机关要加大执法力度。
1.开展专利侵权纠纷行政裁决。
2.严厉打击侵权假冒犯罪行为。
（四）加强知识产权服务
1.建设知识产权公共服务网点。
二、保障措施
加强组织领导，定期调度工作进展。
"""


@pytest.fixture(scope="module", params=["txt", "docx"])
def obliging(request: pytest.FixtureRequest) -> Document:
    if request.param == "txt":
        doc, _ = extracted(OBLIGING, "shouguang.txt")
    else:
        doc, _ = extracted(to_docx(paragraphs_of(OBLIGING)), "shouguang.docx")
    return doc


def test_sub_items_naming_nobody_inherit_the_heading_s_unit(obliging: Document) -> None:
    named = named_units(obliging)
    finance = [("市财政局", "implicit", "prose")]
    assert named["一.(二)"] == finance
    for path in ("一.(二).1", "一.(二).2.(1)", "一.(二).2.(2)"):  # 2. heads its own sub-items, no task
        assert named[path] == finance, path
    tasks = {t.path: t for t in obliging.tasks}
    heading = tasks["一.(二)"].responsibilities[0]
    inherited = tasks["一.(二).1"].responsibilities[0]
    assert (inherited.span, inherited.quote) == (heading.span, heading.quote)  # the heading's sentence


def test_sub_items_naming_their_own_units_keep_them(obliging: Document) -> None:
    named = named_units(obliging)
    assert named["一.(二).3"] == [("市科技局", "sole", "prose")]  # 负责 alone: sole (round 31)
    assert named["一.(二).4"] == [
        ("市市场监管局", "joint", "annotation"),
        ("市财政局", "joint", "annotation"),
    ]


def test_a_heading_naming_several_units_passes_them_all_down(obliging: Document) -> None:
    named = named_units(obliging)
    assert [n[0] for n in named["一.(三)"]] == ["市场监管部门", "公安机关"]
    for path in ("一.(三).1", "一.(三).2"):
        assert named[path] == named["一.(三)"], path


def test_sub_items_of_a_plain_heading_still_fall_back_to_the_issuer(obliging: Document) -> None:
    tasks = {t.path: t for t in obliging.tasks}
    assert "一.(四)" not in tasks
    assert [r.basis for r in tasks["一.(四).1"].responsibilities] == ["issuer_default"]


# --- 3. a time column divided into periods -------------------------------------------------------------------

PERIODS = [
    ["序号", "重点任务", "牵头单位", "配合单位", "时间安排", ""],
    ["", "", "", "", "2024年", "2025年"],
    ["1", "建设知识产权保护工作站。", "县市场监管局", "县司法局", "√", ""],
    ["2", "开展重点产业专利导航。", "县科技局", "县工信局", "启动项目", "形成报告"],
    ["3", "培育知识产权示范企业。", "县市场监管局", "", "", "√"],
    ["4", "完善知识产权纠纷调解机制。", "县司法局", "", "", ""],
]
PERIOD_DEADLINES = {
    "建设知识产权保护工作站": ("2024年", "2024"),
    "开展重点产业专利导航": ("2025年", "2025"),
    "培育知识产权示范企业": ("2025年", "2025"),
    "完善知识产权纠纷调解机制": (None, None),
}


def _deadlines(doc: Document) -> dict[str, tuple[str | None, str | None]]:
    return {t.title or "": (t.deadline, t.deadline_date) for t in doc.tasks if t.kind == "table_row"}


def test_the_last_year_marked_is_the_deadline_in_a_text_table() -> None:
    doc, _ = extracted("\n".join(SCHEDULE_PLAN) + "\n\n" + _markdown(PERIODS), "zhengding.md")
    assert doc.tables[0].header[4:] == ["时间安排2024年", "时间安排2025年"]
    assert _deadlines(doc) == PERIOD_DEADLINES


def test_the_last_year_marked_is_the_deadline_in_docx() -> None:
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 4, 0, 5)]
    doc, _ = extracted(_merged_docx(SCHEDULE_PLAN, PERIODS, merges), "zhengding.docx")
    assert _deadlines(doc) == PERIOD_DEADLINES


def test_half_years_give_the_half_year_s_end() -> None:
    # 时间安排 over 2024年 | 2025年, each over 上半年 | 下半年 (the round-7 schedule)
    doc, _ = extracted("\n".join(SCHEDULE_PLAN) + "\n\n" + _markdown(SCHEDULE), "zhengding.md")
    assert _deadlines(doc) == {
        "建立知识产权快速维权机制": ("2024年下半年", "2024-12"),
        "开展重点产业专利导航": ("2025年下半年", "2025-12"),
    }


@pytest.mark.parametrize(
    ("written", "date"),
    [
        ("2024年上半年", "2024-06"),
        ("2024年下半年", "2024-12"),
        ("2025年三季度", "2025-09"),
        ("2024年第一季度", "2024-03"),
    ],
)
def test_a_part_of_a_year_ends_with_its_last_month(written: str, date: str) -> None:
    assert deadline_date(written) == date


def test_a_period_cell_stating_its_own_date_is_the_deadline() -> None:
    rows = [row[:] for row in PERIODS[:3]]
    rows[2][5] = "2025年6月底前完成"
    doc, _ = extracted("\n".join(SCHEDULE_PLAN) + "\n\n" + _markdown(rows), "zhengding.md")
    assert _deadlines(doc) == {"建设知识产权保护工作站": ("2025年6月底前完成", "2025-06")}


# --- 4. a stacked PDF table whose unit cell, left of the task column, wraps --------------------------------

LEFT_UNITS = [
    ["序号", "责任单位", "主要任务", "完成时限"],
    ["1", "市市场监管局", "实施高价值专利培育工程，全年发明专利授权量达到150件。", "2024年12月"],
    ["2", "市科技局、市市场监管局", "培育国家知识产权优势企业3家。", "2024年11月"],
    ["3", "市工信局", "开展钢铁、装备制造产业专利导航，推动产业链协同创新。", "2024年9月"],
    ["4", "市司法局、市市场监管局", "建立知识产权纠纷人民调解委员会。", "2024年6月"],
]
LEFT_BEFORE = [
    "迁安市2024年知识产权强县建设重点任务分解表",
    "为推进国家知识产权强县建设示范县工作，现将2024年重点任务分解如下。",
    "一、重点任务分工",
]
LEFT_AFTER = ["二、工作要求", "各责任部门要按时限完成任务。", "迁安市人民政府办公室", "2024年1月30日"]


def test_a_wrapped_unit_cell_left_of_the_task_column() -> None:
    pdf = to_table_pdf(LEFT_BEFORE, LEFT_UNITS, [2, 7, 14, 8], LEFT_AFTER)
    doc, text = extracted(pdf, "qianan.pdf")
    # the text layer wraps the unit cell inside a name (市市 / 场监管局): since round 30 the loader joins the
    # name the column cut (loaders/pdf_names.py), the cell a line of its own
    assert "\n2\n市科技局、市市场监管局\n" in text
    assert doc.tables[0].header == LEFT_UNITS[0]
    rows = [t for t in doc.tasks if t.kind == "table_row"]
    assert [t.title for t in rows] == [
        "实施高价值专利培育工程",
        "培育国家知识产权优势企业3家",
        "开展钢铁、装备制造产业专利导航",
        "建立知识产权纠纷人民调解委员会",
    ]
    assert [[r.agency.surface for r in t.responsibilities] for t in rows] == [
        ["市市场监管局"],
        ["市科技局", "市市场监管局"],
        ["市工信局"],
        ["市司法局", "市市场监管局"],
    ]
    assert [t.deadline_date for t in rows] == ["2024-12", "2024-11", "2024-09", "2024-06"]
    assert "二" in {s.path for s in doc.sections}  # the plan goes on after the table
