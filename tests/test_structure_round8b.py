"""Headings carried by markup alone in HTML pages and markdown, and task-table headers: small plans written
for the tests.

1. An HTML plan whose outline is carried by <h1>–<h6> without 一、/（一） in the heading text: the headings
   open chapters and sections as a .docx's heading styles do. The page's own headings stay out: a site's
   name heading above the plan's title, a 相关链接 heading after the plan, and (when the page has an
   article) headings outside it.
2. A markdown plan whose # / ## headings carry no numbers: the headings open chapters and sections; a
   lone # title above them is the plan's title. Numbered markdown headings (## 一、总体要求) read as before.
3. A task table whose time column is divided into its start and its end (时间安排 over 启动时间 | 结束时间,
   or two columns 开始时间 | 截止时间): the end is the row's deadline.
4. A stacked PDF task table with a column of no known name left of the task (类别, 任务类别, 领域), or a
   remarks column (备注) closing the header whose cells are mostly empty: the header and the rows are read.
"""

from __future__ import annotations

import html

import pytest

from loaders import load_bytes
from policykg.models import Document
from tests.formats import to_table_pdf
from tests.plans import extracted, named_units
from tests.test_structure_round8 import CHAPTERS, LEFT_AFTER, LEFT_BEFORE, STYLED, UNITS, numbered

TITLE = STYLED[0][1]


def _chapters(doc: Document) -> list[tuple[str, int, str, str, str | None]]:
    return [(s.path, s.level, s.kind, s.chapter_kind, s.title) for s in doc.sections]


# --- 1. HTML headings -----------------------------------------------------------------------------------------


def _html_body(paragraphs: list[tuple[int, str]], shift: int = 1) -> str:
    """The plan's paragraphs, a heading of level N written as <h(N+shift)>."""
    lines = []
    for level, text in paragraphs:
        tag = f"h{level + shift}" if level else "p"
        lines.append(f"<{tag}>{html.escape(text)}</{tag}>")
    return "\n".join(lines)


def _page(content: str, *, article: bool) -> bytes:
    """A government web page around ``content``: the site's name as <h1> in an unmarked banner, a
    navigation bar, the plan (in an <article> when asked, a box headed <h2> beside it), a related-links box
    headed <h3>相关链接</h3> and a footer."""
    wrapper = ("<article>", "</article>") if article else ("<div class='con_box'>", "</div>")
    beside = "<div class='box'><h2>政务服务</h2><p>办事指南</p></div>" if article else ""
    page = f"""<!DOCTYPE html><html><head><meta charset='utf-8'><title>{TITLE}</title></head><body>
<div class='top'><h1>正定县人民政府</h1></div>
<div class='nav'><ul><li><a href='/'>首页</a></li><li><a href='/zwgk'>政务公开</a></li></ul></div>
{wrapper[0]}
<h1>{TITLE}</h1>
<div class='info'>发布时间：2024-03-01　来源：县市场监管局</div>
<div class='content'>
{content}
</div>
<h3>相关链接</h3>
<ul><li><a href='/a'>正定县2023年知识产权工作总结</a></li><li><a href='/b'>关于开展专利转化专项行动的通知</a></li></ul>
{wrapper[1]}
{beside}
<div class='foot'>主办单位：正定县人民政府办公室</div>
</body></html>"""
    return page.encode("utf-8")


def test_html_headings_report_their_levels() -> None:
    loaded = load_bytes(_page(_html_body(STYLED[1:]), article=True), "zhengding.html")
    got = [(loaded.text[h.span[0] : h.span[1]], h.level) for h in loaded.headings]
    assert got == [(TITLE, 1)] + [(text, level + 1) for level, text in STYLED[1:] if level]


def test_html_headings_open_chapters_and_sections() -> None:
    """Chapters in <h2>, sections in <h3> under the title in <h1>, inside an article."""
    doc, _ = extracted(_page(_html_body(STYLED[1:]), article=True), "zhengding.html")
    assert _chapters(doc) == CHAPTERS
    assert {p: u for p, u in named_units(doc).items() if u} == UNITS
    assert doc.plan.title == TITLE


def test_html_headings_without_an_article_leave_the_site_s_headings_out() -> None:
    """No <article>: the site's name in <h1> above the plan's title in <h1> is no chapter, nor is the
    related-links box after the plan."""
    doc, _ = extracted(_page(_html_body(STYLED[1:]), article=False), "zhengding.html")
    assert _chapters(doc) == CHAPTERS
    assert {p: u for p, u in named_units(doc).items() if u} == UNITS
    assert doc.plan.title == TITLE


def test_html_headings_numbered_in_their_text_keep_their_numbers() -> None:
    written = numbered(STYLED[1:])
    doc, _ = extracted(_page(_html_body(written), article=False), "zhengding.html")
    assert [s.path for s in doc.sections] == [c[0] for c in CHAPTERS]


def test_a_heading_broken_by_a_line_break_is_one_heading() -> None:
    body = _html_body(STYLED[1:]).replace("<h2>重点任务</h2>", "<h2>重点<br>任务</h2>")
    doc, _ = extracted(_page(body, article=True), "zhengding.html")
    assert _chapters(doc) == CHAPTERS


@pytest.mark.parametrize("article", [True, False])
def test_chapters_numbered_in_paragraphs_beside_page_headings(article: bool) -> None:
    """The plan numbered in its paragraphs (一、 / （一）), the page's title and boxes in heading elements:
    the numbers are the outline."""
    chapters, sections = iter("一二三"), iter("一二三")
    written: list[tuple[int, str]] = []
    for level, text in STYLED[1:]:
        if level == 1:
            sections = iter("一二三")
            text = f"{next(chapters)}、{text}"
        elif level == 2:
            text = f"（{next(sections)}）{text}"
        written.append((0, text))
    doc, _ = extracted(_page(_html_body(written), article=article), "zhengding.html")
    assert _chapters(doc) == CHAPTERS


def test_html_without_headings_has_no_chapters() -> None:
    doc, _ = extracted(_page(_html_body([(0, t) for _, t in STYLED[1:]]), article=True), "zhengding.html")
    assert [s.path for s in doc.sections if s.level == 1] == []


# --- 2. markdown headings without numbers -----------------------------------------------------------------


def _markdown(paragraphs: list[tuple[int, str]], title: bool) -> str:
    lines = [f"# {TITLE}" if title else TITLE, ""]
    for level, text in paragraphs:
        lines.append(f"{'#' * (level + 1)} {text}" if level else text)
        lines.append("")
    return "\n".join(lines)


def test_markdown_headings_open_chapters_and_sections() -> None:
    doc, text = extracted(_markdown(STYLED[1:], title=True), "zhengding.md")
    # the # title stays a heading of level 0 as in a markdown plan numbered in its text
    assert _chapters(doc)[0] == ("#", 0, "heading", "preamble", TITLE)
    assert _chapters(doc)[1:] == CHAPTERS
    section = next(s for s in doc.sections if s.path == "二.(二)")
    assert text[section.heading_span[0] : section.heading_span[1]] == "### 加强知识产权保护"
    assert {p: u for p, u in named_units(doc).items() if u} == UNITS
    assert doc.plan.title == TITLE


def test_markdown_headings_under_a_plain_title() -> None:
    """The title a plain line, chapters ##: they open at level 1 all the same."""
    doc, _ = extracted(_markdown(STYLED[1:], title=False), "zhengding.md")
    assert _chapters(doc) == CHAPTERS
    assert doc.plan.title == TITLE


def test_numbered_markdown_headings_keep_their_numbers() -> None:
    written = numbered(STYLED[1:])
    doc, _ = extracted(_markdown(written, title=True), "zhengding.md")
    assert [s.path for s in doc.sections if s.level] == [c[0] for c in CHAPTERS]


def test_a_lone_heading_under_the_title_opens_nothing() -> None:
    """The title in <h1> and a subtitle in <h2> over a plan whose items are numbered 1. 2. in the text: one
    heading is no outline, the subtitle does not become a chapter holding the whole plan."""
    body = [
        (1, "（征求意见稿）"),
        (0, STYLED[1][1]),
        (0, "1.开展专利侵权纠纷行政裁决工作。（责任单位：县市场监管局）"),
        (0, "2.严厉打击侵权假冒行为。（责任单位：县公安局）"),
    ]
    doc, _ = extracted(_page(_html_body(body), article=True), "zhengding.html")
    assert [(s.path, s.level) for s in doc.sections] == [("1", 3), ("2", 3)]


# --- 3. a time column divided into its start and its end --------------------------------------------------

PLAN = [
    "河北省石家庄市正定县知识产权强县建设工作方案",
    "一、主要目标",
    "到2025年，知识产权工作取得明显成效。",
    "二、重点任务",
]
STARTS_ENDS = [
    ["1", "建设知识产权保护工作站。", "县市场监管局", "2024年3月", "2024年12月"],
    ["2", "开展重点产业专利导航。", "县科技局", "2024年6月", "2025年6月"],
]
END_DEADLINES = {
    "建设知识产权保护工作站": ("2024年12月", "2024-12"),
    "开展重点产业专利导航": ("2025年6月", "2025-06"),
}


def _deadlines(doc: Document) -> dict[str, tuple[str | None, str | None]]:
    return {t.title or "": (t.deadline, t.deadline_date) for t in doc.tasks if t.kind == "table_row"}


def _text_table(rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join([lines[0], "|" + "---|" * len(rows[0]), *lines[1:]]) + "\n"


@pytest.mark.parametrize(
    ("upper", "start", "end"),
    [
        ("时间安排", "启动时间", "结束时间"),
        ("完成时限", "开始", "结束"),
        ("时间节点", "起始时间", "截止时间"),
    ],
)
def test_the_end_of_a_time_column_divided_into_start_and_end_is_the_deadline(
    upper: str, start: str, end: str
) -> None:
    rows = [["序号", "重点任务", "责任单位", upper, ""], ["", "", "", start, end], *STARTS_ENDS]
    doc, _ = extracted("\n".join(PLAN) + "\n\n" + _text_table(rows), "zhengding.md")
    assert _deadlines(doc) == END_DEADLINES


@pytest.mark.parametrize(("start", "end"), [("启动时间", "结束时间"), ("开始时间", "截止时间")])
def test_a_start_and_an_end_column_give_the_end_as_the_deadline(start: str, end: str) -> None:
    rows = [["序号", "重点任务", "责任单位", start, end], *STARTS_ENDS]
    doc, _ = extracted("\n".join(PLAN) + "\n\n" + _text_table(rows), "zhengding.md")
    assert _deadlines(doc) == END_DEADLINES


# --- 4. a stacked PDF table with a column of no known name -------------------------------------------------

KINDS = [
    ["序号", "类别", "主要任务", "责任单位", "完成时限"],
    [
        "1",
        "知识产权创造",
        "实施高价值专利培育工程，全年发明专利授权量达到150件。",
        "市市场监管局",
        "2024年12月",
    ],
    ["2", "知识产权运用", "开展专利转化运用专项行动，推动专利产业化。", "市科技局", "2024年11月"],
    ["3", "知识产权保护", "建立知识产权纠纷人民调解委员会。", "市司法局", "2024年6月"],
]


def _assert_the_three_rows(doc: Document) -> None:
    """The rows of the table with an extra column: each task, its unit and its deadline read."""
    got = [t for t in doc.tasks if t.kind == "table_row"]
    assert [t.title for t in got] == [
        "实施高价值专利培育工程",
        "开展专利转化运用专项行动",
        "建立知识产权纠纷人民调解委员会",
    ]
    assert [[r.agency.surface for r in t.responsibilities] for t in got] == [
        ["市市场监管局"],
        ["市科技局"],
        ["市司法局"],
    ]
    assert [t.deadline_date for t in got] == ["2024-12", "2024-11", "2024-06"]


@pytest.mark.parametrize("name", ["类别", "任务类别", "领域"])
def test_a_column_of_no_known_name_left_of_the_task_does_not_end_the_header(name: str) -> None:
    rows = [[KINDS[0][0], name, *KINDS[0][2:]], *KINDS[1:]]
    pdf = to_table_pdf(LEFT_BEFORE, rows, [2, 6, 14, 7, 8], LEFT_AFTER)
    doc, text = extracted(pdf, "qianan.pdf")
    assert f"\n序号\n{name}\n主要任务\n" in text  # the text layer gives one cell per line
    assert doc.tables[0].header == rows[0]
    _assert_the_three_rows(doc)


REMARKS = [
    ["序号", "主要任务", "责任单位", "完成时限", "备注"],
    ["1", "实施高价值专利培育工程，全年发明专利授权量达到150件。", "市市场监管局", "2024年12月", ""],
    ["2", "开展专利转化运用专项行动，推动专利产业化。", "市科技局", "2024年11月", "省级试点"],
    ["3", "建立知识产权纠纷人民调解委员会。", "市司法局", "2024年6月", ""],
]


def test_a_remarks_column_after_the_last_known_one_is_read() -> None:
    """备注 closes the header, its cell empty in most rows (the text layer gives no line for it): the rows
    are read all the same, the remark written in one of them kept out of the deadline."""
    pdf = to_table_pdf(LEFT_BEFORE, REMARKS, [2, 14, 7, 8, 6], LEFT_AFTER)
    doc, text = extracted(pdf, "qianan.pdf")
    assert "\n2024年11月\n省级试点\n3\n" in text
    assert doc.tables[0].header == REMARKS[0]
    _assert_the_three_rows(doc)
    assert "二" in {s.path for s in doc.sections}  # the plan goes on after the table


def test_sentences_set_in_heading_elements_are_body_text() -> None:
    """A page that sets its body paragraphs in <h4> as well (an editor's font): a sentence is no heading,
    the chapters and sections are still read from the short headings."""
    body = _html_body([(level or 3, text) for level, text in STYLED[1:]])
    doc, _ = extracted(_page(body, article=True), "zhengding.html")
    assert _chapters(doc) == CHAPTERS
    assert {p: u for p, u in named_units(doc).items() if u} == UNITS
