"""Round 45b: a PDF set in narrow text columns, its wrapped lines joined column by column.

A gazette sets its pages in two text columns (three in some), each of some twenty characters or fewer. The
page's wrapped lines were told from one text block a page, at least _MIN_EMS wide, or from a width in
characters of at least 40 display columns: a Jiangxi city's scheme in columns of 21 characters was read by
the second, but columns of 19 characters or fewer (a gazette in 16开, a larger type, three columns) kept
every line break, cutting names, numbers and sentences. A page whose long lines end at two or three right
edges, the columns the same width and side by side, every line standing in one, now reads each line against
its own column, and a last page filling its first column alone takes the document's columns. Here two and
three columns in several sizes and gutters, a page of one wide block, and a table whose columns differ.
"""

from __future__ import annotations

import io

import pytest

from loaders.pdf_margins import _columns, wrapped_by_page
from tests.plans import extracted, named_units

_ITEM = (
    "{n}.加强知识产权保护第{n}项工作。完善快速协同保护机制，推动行政执法与刑事司法衔接，"
    "健全知识产权纠纷多元化解机制，每年办理知识产权案件{v}件以上。（责任单位：市市场监管局，市公安局、市司法局）"
)


def _columns_pdf(columns: int, size: float, gutter: float, items: int = 20) -> bytes:
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle(
        "p",
        fontName="STSong-Light",
        fontSize=size,
        leading=size * 1.7,
        wordWrap="CJK",
        alignment=TA_JUSTIFY,
        firstLineIndent=2 * size,
    )
    width, height = A4
    column = (width - 100 - (columns - 1) * gutter) / columns
    frames = [
        Frame(
            50 + k * (column + gutter), 60, column, height - 130, leftPadding=0, rightPadding=0, topPadding=0
        )
        for k in range(columns)
    ]
    out = io.BytesIO()
    doc = BaseDocTemplate(out, pagesize=A4)
    doc.addPageTemplates([PageTemplate(id="columns", frames=frames)])
    flow = [Paragraph("某市知识产权保护工作方案", style), Paragraph("一、主要任务", style)]
    flow += [Paragraph(_ITEM.format(n=n, v=n * 10), style) for n in range(1, items + 1)]
    doc.build(flow)
    return out.getvalue()


@pytest.mark.parametrize(
    ("columns", "size", "gutter"),
    [(2, 12, 20), (2, 13, 20), (2, 12.5, 14), (2, 14, 24), (3, 10.5, 12), (3, 11, 16), (2, 11, 20)],
)
def test_each_items_lines_are_joined(columns: int, size: float, gutter: float) -> None:
    doc, text = extracted(_columns_pdf(columns, size, gutter), "plan.pdf")
    for n in range(1, 21):
        assert (
            f"推动行政执法与刑事司法衔接，健全知识产权纠纷多元化解机制，每年办理知识产权案件{n * 10}件以上。"
            in text
        )
    named = [rows for rows in named_units(doc).values() if rows]
    assert len(named) == 20
    assert all([s for s, _, _ in rows] == ["市市场监管局", "市公安局", "市司法局"] for rows in named)


def _line(words: str, left: float, em: float = 12.0) -> tuple[str, tuple[float, float]]:
    return words, (left, left + em * len(words))


def test_a_page_of_one_block_has_no_columns() -> None:
    lines = [_line("推进知识产权保护工作，完善快速协同保护机制，推动行政执法与刑事司法衔接。", 50)] * 20
    assert _columns(lines) == []


def test_a_table_with_columns_of_different_widths_has_none() -> None:
    row = [_line("开展专利导航，推动产业链强链补链", 80), _line("市市场监管局、市科技局、市工信局", 300, 9)]
    assert _columns(row * 12) == []


def test_two_columns_of_a_page_are_found() -> None:
    left = _line("推进知识产权保护工作，完善快速协同保护", 50)
    right = _line("健全知识产权纠纷多元化解机制，推动行政", 300)
    found = _columns([left] * 10 + [right] * 10)  # as the page draws them: a column, then the next
    assert [(c.left, c.right) for c in found] == [(50, left[1][1]), (300, right[1][1])]


def test_a_short_line_ends_its_paragraph_in_a_column() -> None:
    full = "推进知识产权保护工作，完善快速协同保护"
    ends = ["机制。", "机制，推动执法。", "机制，推动行政执法。", "机制，推动行政执法衔接。"]
    page = [line for end in ends * 2 for line in (_line(full, 50), _line(end, 50))]
    page += [_line("健全知识产权纠纷多元化解机制，推动行政", 300)] * 16
    text = "\n".join(w for w, _ in page)
    wrapped = wrapped_by_page(text, [page])
    assert {0, 2, 4, 6} <= wrapped
    assert not {1, 3, 5, 7} & wrapped
