"""Build other-format versions of a plan inside the tests (nothing generated is committed)."""

from __future__ import annotations

import html
import io
import textwrap

from docx import Document as new_docx

#: A paragraph of this text in ``to_docx``'s paragraphs stands for the table: it is placed there.
TABLE_MARK = "@TABLE"


def to_docx(
    paragraphs: list[str], table: list[list[str]] | None = None, *, cell_paragraphs: bool = False
) -> bytes:
    """A .docx of the paragraphs and the table, at TABLE_MARK when a paragraph is that, else at the end.
    With ``cell_paragraphs``, each line of a cell's value is a paragraph of the cell (Word's Enter in a
    cell), else a line break inside one paragraph."""
    doc = new_docx()

    def add_table() -> None:
        if table:
            grid = doc.add_table(rows=len(table), cols=len(table[0]))
            for r, row in enumerate(table):
                for c, value in enumerate(row):
                    cell = grid.cell(r, c)
                    lines = value.split("\n") if cell_paragraphs else [value]
                    cell.text = lines[0]
                    for line in lines[1:]:
                        cell.add_paragraph(line)

    for para in paragraphs:
        if para == TABLE_MARK:
            add_table()
        else:
            doc.add_paragraph(para)
    if TABLE_MARK not in paragraphs:
        add_table()
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def to_html(paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    if table:
        rows = "".join(
            "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>\n" for row in table
        )
        body += f"\n<table border='1'>\n{rows}</table>"
    page = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>plan</title>"
        "<style>p{margin:0}</style><script>var x = '〔责任单位：假局〕';</script></head>"
        f"<body><div class='content'>\n{body}\n</div></body></html>"
    )
    return page.encode("utf-8")


def to_pdf(
    paragraphs: list[str],
    width: int = 36,
    *,
    page_numbers: bool = False,
    running_header: str | None = None,
    number_format: str = "— {page} —",
    pages: int = 0,
) -> bytes:
    """A PDF whose text layer wraps lines like a real layout (CID font, no embedding needed), with a
    printed page number ('— 3 —', or ``number_format`` of the page and ``pages``: '{page}/{pages}') at the
    foot of each page when asked, and ``running_header`` at the top of each page when given."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    top_y = 800 if running_header is None else 790
    page = 1

    def header() -> None:
        if running_header is not None:
            pdf.setFont("STSong-Light", 10)
            pdf.drawString(200, 815, running_header)

    def footer() -> None:
        if page_numbers:
            pdf.setFont("STSong-Light", 11)
            pdf.drawString(280, 30, number_format.format(page=page, pages=pages))

    header()
    y = top_y
    for para in paragraphs:
        for line in textwrap.wrap(para, width) or [""]:
            if y < 60:
                footer()
                pdf.showPage()
                page += 1
                header()
                y = top_y
            pdf.setFont("STSong-Light", 11)
            pdf.drawString(40, y, line)
            y -= 16
        y -= 6
    footer()
    pdf.save()
    return buffer.getvalue()


def to_table_pdf(
    before: list[str], rows: list[list[str]], widths: list[int], after: list[str], *, centred: bool = False
) -> bytes:
    """A PDF with a ruled-table layout: each cell drawn at its column, wrapped within the column's width
    (in characters), the rows below one another; paragraphs before and after. ``centred``: each cell's
    lines centred in its column, as Word's tables often set them."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setFont("STSong-Light", 10)
    y = 800
    for para in before:
        pdf.drawString(40, y, para)
        y -= 18
    for row in rows:
        x, height = 40, 1
        for cell, width in zip(row, widths, strict=True):
            lines = textwrap.wrap(cell, width)
            for k, line in enumerate(lines):
                if centred:
                    pdf.drawCentredString(x + width * 5, y - 14 * k, line)
                else:
                    pdf.drawString(x, y - 14 * k, line)
            x += width * 10 + 12
            height = max(height, len(lines))
        y -= 14 * height + 8
    for para in after:
        pdf.drawString(40, y, para)
        y -= 18
    pdf.save()
    return buffer.getvalue()


def paragraphs_of(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]
