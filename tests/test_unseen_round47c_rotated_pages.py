"""Round 47c: a text PDF whose annex 重点任务分工表 stands on rotated pages: a portrait MediaBox with /Rotate 90
(or 270), the table drawn turned on the page so that a viewer shows it upright as a landscape page, as a PDF
printer or a later pypdf pass writes a landscape section. The 大庆 scheme of the labelled set is one; its first
reading read the rotated pages as the landscape ones. Here other tables so turned (either way, one or two units
a cell, a header repeated on the next page) read as the same table drawn on landscape pages does."""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, NumberObject

from loaders.pdf_geometry import line_extents
from tests.plans import extracted, named_units

HEADER = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
ROWS = [
    [
        "1",
        "实施专利转化运用专项行动，推动高校院所存量专利盘活",
        "市科学技术局",
        "市教育局、市财政局",
        "2025年12月底前",
    ],
    [
        "2",
        "开展商标品牌培育，支持企业注册集体商标",
        "市市场监督管理局（市知识产权局）",
        "市商务局",
        "持续推进",
    ],
    ["3", "深化知识产权司法保护", "市中级人民法院、市人民检察院", "市公安局、市司法局", "持续推进"],
    ["4", "加强知识产权宣传", "市委宣传部", "市教育局、市市场监督管理局（市知识产权局）", "每年4月底前"],
]
BODY = ["某市知识产权工作方案", "一、重点任务", "各项任务按附件分工落实。", "附件：重点任务分工表"]


def _landscape_pdf(rows: list[list[str]]) -> bytes:
    """The plan's body on a portrait page, then the annex's ruled table on landscape pages (its header repeated
    where the table runs on)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
        Paragraph,
        Table,
        TableStyle,
    )

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    body = ParagraphStyle("body", fontName="STSong-Light", fontSize=14, leading=24, wordWrap="CJK")
    cell = ParagraphStyle("cell", fontName="STSong-Light", fontSize=11, leading=15, wordWrap="CJK")
    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=A4)
    portrait_frame = Frame(60, 60, A4[0] - 120, A4[1] - 120)
    wide = landscape(A4)
    landscape_frame = Frame(50, 50, wide[0] - 100, wide[1] - 100)
    doc.addPageTemplates(
        [
            PageTemplate("portrait", [portrait_frame], pagesize=A4),
            PageTemplate("landscape", [landscape_frame], pagesize=wide),
        ]
    )
    data = [[Paragraph(h, cell) for h in HEADER]] + [[Paragraph(c, cell) for c in row] for row in rows]
    table = Table(data, colWidths=[40, 260, 170, 170, 90], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black)]))
    story = [Paragraph(p, body) for p in BODY]
    story += [NextPageTemplate("landscape"), PageBreak(), Paragraph("附件", body), table]
    doc.build(story)
    return buffer.getvalue()


def _turned(data: bytes, rotate: int) -> bytes:
    """The same PDF with every landscape page made a portrait page showing it turned by ``rotate``: the content
    drawn turned the other way, /Rotate set so that a viewer shows it upright."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    for page in writer.pages:
        if page.mediabox.width > page.mediabox.height:
            page.rotate(360 - rotate)
            page.transfer_rotation_to_content()
            page[NameObject("/Rotate")] = NumberObject(rotate)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _units(data: bytes) -> list[list[tuple[str, str]]]:
    doc, _ = extracted(data, "plan.pdf")
    return [[(s, role) for s, role, _ in found] for found in named_units(doc).values() if found]


@pytest.mark.parametrize("rotate", [90, 270])
def test_a_table_on_rotated_pages_reads_as_on_landscape_pages(rotate: int) -> None:
    plain = _landscape_pdf(ROWS)
    turned = _turned(plain, rotate)
    pages = PdfReader(io.BytesIO(turned)).pages
    assert [p.rotation for p in pages][-1] == rotate
    assert all(p.mediabox.width < p.mediabox.height for p in pages)
    assert _units(turned) == _units(plain)
    assert [
        ("市中级人民法院", "lead"),
        ("市人民检察院", "lead"),
        ("市公安局", "support"),
        ("市司法局", "support"),
    ] in (_units(turned))


def test_a_rotated_table_running_over_two_pages_keeps_every_row() -> None:
    rows = [
        [str(k + 1), f"第{k + 1}项重点任务，推进知识产权工作", "市科学技术局", "市财政局", "持续推进"]
        for k in range(24)
    ]
    units = _units(_turned(_landscape_pdf(rows), 90))
    assert len(units) == 24
    assert all(found == [("市科学技术局", "lead"), ("市财政局", "support")] for found in units)


def _extents(
    pieces: list[tuple[str, float, float]], cm: list[float]
) -> list[tuple[str, tuple[float, float]]]:
    """The lines and edges line_extents reads from ``pieces`` (words, x, baseline) drawn under ``cm``."""

    def extract(visitor_text: Callable[..., None]) -> str:
        for words, x, y in pieces:
            visitor_text(words + "\n", cm, [1.0, 0.0, 0.0, 1.0, x, y], None, 12.0)
        return "".join(words + "\n" for words, _, _ in pieces)

    return [
        (words, (round(left, 6), round(right, 6))) for words, (left, right) in line_extents(extract, 842.0)[1]
    ]


#: A landscape page's drawing turned onto a portrait page (595 wide): by 90 degrees (shown with /Rotate 90) and
#: by 270 (/Rotate 270).
_TURNS = {90: [0.0, 1.0, -1.0, 0.0, 595.0, 0.0], 270: [0.0, -1.0, 1.0, 0.0, 0.0, 842.0]}


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.text(alphabet="序号重点任务牵头单位市科技局财政0123456789、", min_size=1, max_size=12),
            st.integers(min_value=40, max_value=700),
            st.integers(min_value=40, max_value=550),
        ),
        min_size=1,
        max_size=10,
    ),
    st.sampled_from(sorted(_TURNS)),
)
def test_lines_drawn_turned_stand_where_they_stand_upright(
    pieces: list[tuple[str, int, int]], turn: int
) -> None:
    placed = [(words, float(x), float(y)) for words, x, y in pieces]
    upright = _extents(placed, [1.0, 0.0, 0.0, 1.0, 0.0, 0.0])
    turned = _extents(placed, _TURNS[turn])
    assert turned == upright
