"""Round 45: a PDF's ruled task table whose row a page break splits, its cells carried on under the header row
the next page repeats (loaders/pdf_split_rows.py).

A Jiangsu city's work points set their tasks only as a ruled table (序号 / 重点任务 / 具体内容 / 牵头单位 / 配合单位 /
完成时限) running over a page break; the row at the break was split inside it, its measure and its 配合单位 list
going on below the repeated header (…推 / [header] / 广专利开放许可…, …市教育体育局、 / [header] / 市工信局). Read
in the text layer's order the row ended at the header and did not read (a unit cell ending in 、), so the table
ended there and every later row was read as one paragraph of prose. The carried lines are now moved up into
their cells, each by the column it stands in. Here other tables split so, built with reportlab's platypus
(rows split inside, the header repeated): other column orders, one unit column, the task cell or a unit list
carried, the table's last row split with the text after the table below its carried lines, and the loader's
own reading of made-up pages.
"""

from __future__ import annotations

import io
from functools import cache

from pypdf import PdfReader

from loaders.pdf_split_rows import rejoin_split_rows
from tests.plans import extracted, named_units

BEFORE = "全年重点任务及分工如下表所列，请各单位按期完成。"


def _table_pdf(
    header: list[str], rows: list[list[str]], widths: list[float], space: float, after: tuple[str, ...] = ()
) -> bytes:
    """A PDF holding a paragraph, ``space`` points of room, then a ruled table (cells wrapped in their
    columns, the header repeated on every page, a row split inside where the page breaks), then the
    paragraphs ``after``."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    body = ParagraphStyle("body", fontName="STSong-Light", fontSize=14, leading=24, wordWrap="CJK")
    cell = ParagraphStyle("cell", fontName="STSong-Light", fontSize=10.5, leading=14, wordWrap="CJK")
    data = [[Paragraph(h, cell) for h in header]] + [[Paragraph(c, cell) for c in row] for row in rows]
    table = Table(data, colWidths=widths, repeatRows=1, splitByRow=0, splitInRow=20)
    table.setStyle(
        TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    )
    buffer = io.BytesIO()
    story = [Paragraph(BEFORE, body), Spacer(1, space), table, *(Paragraph(p, body) for p in after)]
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


def _split(
    header: list[str],
    rows: list[list[str]],
    widths: list[float],
    after: tuple[str, ...] = (),
    *,
    last: bool = False,
) -> bytes:
    """The table laid out so that the page break splits a row: the room before it grown until the second
    page's lines after the repeated header open with no row's number (``last``: and no row's number follows,
    the table's last row split)."""
    for space in range(0, 720, 4):
        data = _table_pdf(header, rows, widths, float(space), after)
        pages = PdfReader(io.BytesIO(data)).pages
        if len(pages) < 2:
            continue
        lines = [ln.strip() for ln in (pages[1].extract_text() or "").split("\n") if ln.strip()]
        if lines[: len(header)] != header or lines[len(header)].isdigit() or lines[len(header)] in after:
            continue  # no row split, or a header repeated over no row
        if not last or not any(line.isdigit() for line in lines):
            return data
    raise AssertionError("no layout splits a row")


FIVE = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
FIVE_ROWS = [
    [
        str(n + 1),
        f"围绕重点产业链开展第{n + 1}批专利导航和知识产权分析评议工作，形成导航成果并在企业推广应用，"
        "定期通报工作进展情况。",
        "县市场监管局",
        "县科技局、县工业和信息化局、县商务局、县财政局、县农业农村局",
        "2025年12月底前",
    ]
    for n in range(12)
]


@cache
def _five() -> tuple[dict[str, list[tuple[str, str, str]]], str]:
    doc, text = extracted(_split(FIVE, FIVE_ROWS, [36, 170, 70, 100, 60]), "plan.pdf")
    return {path: units for path, units in named_units(doc).items() if ".表" in path or "表" in path}, text


def test_every_row_of_a_split_table_is_read() -> None:
    units, _ = _five()
    rows = [units[path] for path in sorted(units, key=lambda p: int(p.rsplit(".", 1)[-1]))]
    assert len(rows) == 12
    for row in rows:
        assert [(s.replace("\n", ""), r) for s, r, _ in row] == [
            ("县市场监管局", "lead"),
            ("县科技局", "support"),
            ("县工业和信息化局", "support"),
            ("县商务局", "support"),
            ("县财政局", "support"),
            ("县农业农村局", "support"),
        ]


def test_carried_lines_stand_in_their_cells_before_the_repeated_header() -> None:
    _, text = _five()
    flat = text.replace("\n", "")
    for n in range(1, 13):
        assert (
            f"第{n}批专利导航和知识产权分析评议工作，形成导航成果并在企业推广应用，定期通报工作进展情况。"
            in flat
        )
    assert text.count("\n重点任务\n") == 2  # the header the page repeats stays, between two whole rows


ONE_UNIT = ["序号", "主要任务", "责任单位", "完成时间"]
ONE_UNIT_ROWS = [
    [
        str(n + 1),
        "推进知识产权纠纷人民调解组织规范化建设，在重点园区设立知识产权保护工作站，开展维权援助。",
        "市司法局、市人民法院、市市场监管局、市公安局、市人民检察院",
        "持续推进",
    ]
    for n in range(14)
]


def test_a_table_of_one_unit_column_split() -> None:
    doc, _ = extracted(_split(ONE_UNIT, ONE_UNIT_ROWS, [36, 220, 120, 60]), "plan.pdf")
    rows = [t for t in doc.tasks if t.kind == "table_row"]
    assert len(rows) == 14
    for task in rows:
        assert [r.agency.surface.replace("\n", "") for r in task.responsibilities] == [
            "市司法局",
            "市人民法院",
            "市市场监管局",
            "市公安局",
            "市人民检察院",
        ]


AFTER = ("二、保障措施", "各责任单位要按照分工抓好落实，每季度报送工作进展情况，确保各项任务按期完成。")
LAST_ROWS = [
    [
        str(n + 1),
        f"组织第{n + 1}期企业知识产权管理人员培训，推动企业建立知识产权管理制度，提升企业知识产权管理水平。",
        "区市场监管局",
        "区科技局、区教育局、区人力资源和社会保障局",
        "2025年11月底前",
    ]
    for n in range(6)
]


def test_the_last_row_of_a_table_split_by_the_page() -> None:
    data = _split(FIVE, LAST_ROWS, [36, 170, 70, 100, 60], AFTER, last=True)
    doc, text = extracted(data, "plan.pdf")
    rows = [t for t in doc.tasks if t.kind == "table_row"]
    assert len(rows) == 6
    for task in rows:
        assert [(r.agency.surface.replace("\n", ""), r.role) for r in task.responsibilities] == [
            ("区市场监管局", "lead"),
            ("区科技局", "support"),
            ("区教育局", "support"),
            ("区人力资源和社会保障局", "support"),
        ]
    flat = text.replace("\n", "")
    assert (
        "组织第6期企业知识产权管理人员培训，推动企业建立知识产权管理制度，提升企业知识产权管理水平。" in flat
    )
    assert text.index("二、保障措施") > text.rindex("管理水平。")  # the text after the table stays after it


# the loader's reading of made-up pages: four columns, x in points
_NUMBER, _TASK, _LEAD, _SUPPORT = (40.0, 50.0), (60.0, 160.0), (170.0, 230.0), (240.0, 300.0)
_HEADER = [("序号", _NUMBER), ("重点任务", _TASK), ("牵头单位", _LEAD), ("配合单位", _SUPPORT)]


def _pages(
    carried: list[tuple[str, tuple[float, float]]],
) -> tuple[list[str], list[list[tuple[str, tuple[float, float]]]]]:
    first = [*_HEADER, ("1", _NUMBER), ("开展专利导航", _TASK), ("县科技局", _LEAD), ("县财政局、", _SUPPORT)]
    second = [
        *_HEADER,
        *carried,
        ("2", _NUMBER),
        ("组织贯标", _TASK),
        ("县市场监管局", _LEAD),
        ("县工信局", _SUPPORT),
    ]
    return ["\n".join(w for w, _ in first), "\n".join(w for w, _ in second)], [first, second]


def test_carried_lines_moved_into_their_cells() -> None:
    pages, placed = _pages([("分析工作", (60.0, 100.0)), ("县商务局", (240.0, 280.0))])
    got, got_placed = rejoin_split_rows(pages, placed)
    assert got[0].split("\n")[4:] == ["1", "开展专利导航", "分析工作", "县科技局", "县财政局、", "县商务局"]
    assert got[1].split("\n") == [
        "序号",
        "重点任务",
        "牵头单位",
        "配合单位",
        "2",
        "组织贯标",
        "县市场监管局",
        "县工信局",
    ]
    assert [w for w, _ in got_placed[0]] == got[0].split("\n")
    assert [w for w, _ in got_placed[1]] == got[1].split("\n")


def test_rows_not_split_are_left_alone() -> None:
    pages, placed = _pages([])
    assert rejoin_split_rows(pages, placed) == (pages, placed)


def test_a_carried_line_standing_in_no_cell_is_left_alone() -> None:
    pages, placed = _pages([("附注", (400.0, 430.0))])
    assert rejoin_split_rows(pages, placed)[0] == pages


def test_carried_lines_out_of_the_columns_order_are_left_alone() -> None:
    pages, placed = _pages([("县商务局", (240.0, 280.0)), ("分析工作", (60.0, 100.0))])
    assert rejoin_split_rows(pages, placed)[0] == pages


def test_a_next_page_not_opening_with_the_header_is_left_alone() -> None:
    pages, placed = _pages([("分析工作", (60.0, 100.0))])
    pages[1] = pages[1].replace("序号\n重点任务\n牵头单位\n配合单位\n", "")
    placed[1] = placed[1][4:]
    assert rejoin_split_rows(pages, placed)[0] == pages


def test_the_last_row_carried_before_the_text_after_the_table() -> None:
    first = [*_HEADER, ("1", _NUMBER), ("开展专利导航", _TASK), ("县科技局", _LEAD), ("县财政局、", _SUPPORT)]
    second = [
        *_HEADER,
        ("分析工作", (60.0, 100.0)),
        ("县商务局", (240.0, 280.0)),
        ("三、保障措施", (80.0, 150.0)),  # set in: opens at no cell's left edge
        ("各单位要抓好落实。", (40.0, 300.0)),
    ]
    pages = ["\n".join(w for w, _ in first), "\n".join(w for w, _ in second)]
    got, _ = rejoin_split_rows(pages, [first, second])
    assert got[0].split("\n")[4:] == ["1", "开展专利导航", "分析工作", "县科技局", "县财政局、", "县商务局"]
    assert got[1].split("\n")[4:] == ["三、保障措施", "各单位要抓好落实。"]
