"""Round 40: a PDF whose lines are drawn in several pieces with no move between them, as a TrueType font
embedded in subsets of 256 glyphs each switches font inside a line (reportlab and other producers), or a run
of digits set in a Latin font.

pypdf reports each piece at the place its text object began, the pieces before it not added, so a line's
right edge was estimated from its last piece alone: a ruled task table's 配合单位 cell (县农业农村局、县商务局、)
seemed to stand nearer the 牵头单位 header than its own, and the row was read with its lead column empty and
its supporters as leads. Now a piece reported where the line's piece before it was stands after that one."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import pytest

from loaders.pdf_geometry import line_extents
from tests.plans import extracted, named_units

#: (text, x) of each piece a fake page reports, one em 10 points wide.
Pieces = list[tuple[str, float]]


def _extents(pieces: Pieces) -> list[tuple[str, tuple[float, float]]]:
    def extract(visitor_text: Callable[..., Any]) -> str:
        for text, x in pieces:
            visitor_text(text, [1, 0, 0, 1, 0, 0], [1, 0, 0, 1, x, 700], None, 10)
        return "".join(text for text, _ in pieces)

    return line_extents(extract)[1]


@pytest.mark.parametrize(
    ("pieces", "edges"),
    [
        ([("县市场", 100.0), ("监管局\n", 100.0)], (100.0, 160.0)),  # two subsets of one font
        ([("县市", 100.0), ("场", 100.0), ("监", 100.0), ("管局\n", 100.0)], (100.0, 160.0)),
        (
            [("截至", 50.0), ("2026", 50.0), ("年12月\n", 50.0)],
            (50.0, 120.0),
        ),  # digits in a Latin font: half an em
        ([("县公安局、", 300.0), ("县农业农村局、\n", 300.0)], (300.0, 420.0)),
    ],
)
def test_pieces_reported_at_one_place_follow_each_other(pieces: Pieces, edges: tuple[float, float]) -> None:
    ((_, found),) = _extents(pieces)
    assert found == pytest.approx(edges)


def test_pieces_placed_apart_keep_their_places() -> None:
    """Pieces each reported at its own place (a producer that moves between them) are read as they stand."""
    ((_, found),) = _extents([("县市场", 100.0), ("监管局\n", 130.0)])
    assert found == pytest.approx((100.0, 160.0))


def test_a_new_line_opens_at_its_own_place() -> None:
    """The line after a break starts where it is reported, whatever the line before it ended at."""
    found = _extents([("县市场", 100.0), ("监管局\n", 100.0), ("县公安局\n", 100.0)])
    assert [edges for _, edges in found] == [pytest.approx((100.0, 160.0)), pytest.approx((100.0, 140.0))]


HEADER = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
#: Column edges (points) and width (characters of 10 points).
COLUMNS = [(40, 3), (80, 8), (170, 9), (270, 16), (440, 6)]


def _pieced_table_pdf(before: list[str], rows: list[list[str]]) -> bytes:
    """A ruled task table whose every body cell line is drawn in pieces of two characters, the font set again
    before each piece and no move between them, each cell placed by moving the page's origin to it (as
    reportlab's tables draw their cells' paragraphs); the header cells whole (a bold font's few glyphs, one
    subset), centred in their columns."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    y = 800.0
    for para in before:
        pdf.setFont("STSong-Light", 10)
        pdf.drawString(40, y, para)
        y -= 18
    for r, row in enumerate([HEADER, *rows]):
        height = 1
        for cell, (x, width) in zip(row, COLUMNS, strict=True):
            lines = [cell[k : k + width] for k in range(0, len(cell), width)]
            pdf.saveState()
            pdf.translate(x + (width - len(cell)) * 5 if r == 0 else x, y)
            pieces = pdf.beginText(0, 0)
            for line in lines:
                for k in range(0, len(line), len(line) if r == 0 else 2):
                    pieces.setFont("STSong-Light", 10, leading=14)
                    pieces.textOut(line[k : k + 2] if r else line)
                pieces.textLine("")  # down to the cell's next line
            pdf.drawText(pieces)
            pdf.restoreState()
            height = max(height, len(lines))
        y -= 14 * height + 8
    pdf.save()
    return buffer.getvalue()


BEFORE = [
    "蒲江县知识产权强县建设工作方案",
    "一、重点任务",
    "（一）推进商标品牌建设。",
    "（二）加大行政执法力度。",
    "附件：重点任务分工表",
]


@pytest.mark.parametrize(
    ("lead", "supporters"),
    [
        ("县市场监管局", ["县农业农村局", "县商务局", "各乡镇人民政府"]),
        ("县委金融办", ["县财政局", "县市场监管局", "县农业农村局"]),
        ("县司法局", ["县人民法院", "县人民检察院"]),
    ],
)
def test_a_one_line_lead_beside_wrapped_supporters_is_the_lead(lead: str, supporters: list[str]) -> None:
    rows = [
        ["1", "推进商标品牌建设", lead, "、".join(supporters), "持续推进"],
        ["2", "加大行政执法力度", "县公安局", "县市场监管局、县文化广播电视和旅游局", "2026年12月"],
    ]
    doc, _ = extracted(_pieced_table_pdf(BEFORE, rows), "pujiang.pdf")
    found = {path: units for path, units in named_units(doc).items() if units}
    assert [(name.replace("\n", ""), role) for name, role, _ in found["一.(一)"]] == [
        (lead, "lead"),
        *[(name, "support") for name in supporters],
    ]
    assert [(name.replace("\n", ""), role) for name, role, _ in found["一.(二)"]] == [
        ("县公安局", "lead"),
        ("县市场监管局", "support"),
        ("县文化广播电视和旅游局", "support"),
    ]
