"""Round 45b: a government gazette's running head, its two ends swapped between left and right pages.

A Jiangxi city's scheme printed in the city government's gazette (赣州市人民政府公报) carries a running head
over every page: the gazette's name and issue on one side, the section (市政府办公室文件) on the other, the
sides swapped on even pages, so the text layer gives the two lines in one order on odd pages and the other on
even ones. The running-line reader looked for the same line at the same depth of every page and found none;
the head stayed in the text, one of its lines glued to a responsibility note cut by the page
(国家金融监督管理总局赣州监管 / 赣州市人民政府公报 · 2024年第6期 / 市政府办公室文件分局、…). Lines the
same on every page's edge in more than one order are now a running head, dropped on every page. Here other
gazettes, three lines, the foot, and lines that stay.
"""

from __future__ import annotations

import pytest

from loaders.page_furniture import drop_running_lines
from tests.plans import extracted, named_units

_BODY = "推进专利转化运用，完善供需对接机制，提升转化实施效益。"


def _pages(heads: list[list[str]], *, foot: list[list[str]] | None = None) -> list[str]:
    return [
        "\n".join([*head, f"{_BODY}第{n}页的正文。", _BODY, *(foot[n] if foot else [])])
        for n, head in enumerate(heads)
    ]


@pytest.mark.parametrize(
    "heads",
    [
        [
            ["市政府办公室文件", "赣州市人民政府公报 · 2024年第6期"],
            ["赣州市人民政府公报 · 2024年第6期", "市政府办公室文件"],
        ],
        [
            ["南昌市人民政府公报", "规范性文件"],
            ["规范性文件", "南昌市人民政府公报"],
            ["南昌市人民政府公报", "规范性文件"],
        ],
        [
            ["部门文件", "2024年第12期", "湖南省人民政府公报"],
            ["湖南省人民政府公报", "2024年第12期", "部门文件"],
            ["部门文件", "2024年第12期", "湖南省人民政府公报"],
            ["湖南省人民政府公报", "2024年第12期", "部门文件"],
        ],
        [["政府公报 2024年第3期", "县政府办公室文件"], ["县政府办公室文件", "政府公报 2024年第3期"]],
    ],
)
def test_a_head_swapped_between_pages_is_dropped(heads: list[list[str]]) -> None:
    out = drop_running_lines(_pages(heads))
    for page, head in zip(out, heads, strict=True):
        assert not any(line in page.split("\n") for line in head)
        assert _BODY in page


def test_a_foot_swapped_between_pages_is_dropped() -> None:
    heads = [["第一页"], ["第二页"]]
    foot = [["福州市人民政府公报", "政策解读"], ["政策解读", "福州市人民政府公报"]]
    out = drop_running_lines(_pages(heads, foot=foot))
    assert all("福州市人民政府公报" not in page and "政策解读" not in page for page in out)


@pytest.mark.parametrize(
    "heads",
    [
        # the same order on every page: the reading that was there before (the first page keeps its masthead)
        [["赣州市人民政府公报", "市政府办公室文件"], ["赣州市人民政府公报", "市政府办公室文件"]],
        # different lines on the pages: headings of the plan's own
        [["一、总体要求", "二、主要任务"], ["三、保障措施", "一、总体要求"]],
        # one page alone
        [["市政府办公室文件", "赣州市人民政府公报"]],
    ],
)
def test_other_edges_keep_their_lines(heads: list[list[str]]) -> None:
    out = drop_running_lines(_pages(heads))
    assert heads[0][0] in out[0].split("\n")


def test_lines_the_body_repeats_are_no_running_head() -> None:
    heads = [["县市场监管局负责", "县科技局配合"], ["县科技局配合", "县市场监管局负责"]]
    pages = _pages(heads)
    pages[1] = pages[1] + "\n" + "\n".join([_BODY, "县市场监管局负责", _BODY, _BODY, _BODY, _BODY, _BODY])
    assert drop_running_lines(pages) == pages


def _gazette_pdf(heads: tuple[str, str], first: int, items: int) -> bytes:
    """A gazette's pages in two text columns, its running head's ends swapped on even pages."""
    import io

    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle(
        "p", fontName="STSong-Light", fontSize=11, leading=19, wordWrap="CJK", alignment=TA_JUSTIFY
    )
    width, height = A4
    column = (width - 112 - 20) / 2

    def furniture(canvas: object, doc: object) -> None:
        number = first + doc.page - 1  # type: ignore[attr-defined]
        left, right = heads if number % 2 == 0 else heads[::-1]
        canvas.setFont("STSong-Light", 9)  # type: ignore[attr-defined]
        canvas.drawString(56, height - 48, left)  # type: ignore[attr-defined]
        canvas.drawRightString(width - 56, height - 48, right)  # type: ignore[attr-defined]
        canvas.drawCentredString(width / 2, 36, f"— {number} —")  # type: ignore[attr-defined]

    frames = [
        Frame(56 + k * (column + 20), 62, column, height - 132, leftPadding=0, rightPadding=0, topPadding=0)
        for k in range(2)
    ]
    out = io.BytesIO()
    doc = BaseDocTemplate(out, pagesize=A4)
    doc.addPageTemplates([PageTemplate(id="two", frames=frames, onPage=furniture)])
    flow = [Paragraph("某市知识产权保护工作方案", style), Paragraph("一、主要任务", style)]
    for n in range(1, items + 1):
        flow.append(
            Paragraph(
                f"{n}.加强知识产权保护第{n}项工作。完善快速协同保护机制，推动行政执法与刑事司法衔接，"
                f"每年办理知识产权案件{n * 10}件以上。（责任单位：市市场监管局，市公安局、市司法局）",
                style,
            )
        )
    doc.build(flow)
    return out.getvalue()


@pytest.mark.parametrize(
    ("heads", "first"),
    [
        (("赣州市人民政府公报 · 2024年第6期", "市政府办公室文件"), 15),
        (("九江市人民政府公报", "规范性文件"), 4),
        (("上饶市人民政府公报 2024年第2期", "部门文件"), 31),
    ],
)
def test_a_gazettes_pages_read_without_their_heads(heads: tuple[str, str], first: int) -> None:
    doc, text = extracted(_gazette_pdf(heads, first, 24), "plan.pdf")
    assert heads[0] not in text
    assert heads[1] not in text
    units = named_units(doc)
    named = [rows for rows in units.values() if rows]
    assert len(named) == 24
    assert all([s for s, _, _ in rows] == ["市市场监管局", "市公安局", "市司法局"] for rows in named)
