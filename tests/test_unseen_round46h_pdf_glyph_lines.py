"""Round 46: a PDF whose text layer is written one character at a time (a scanning app's OCR layer, some
export tools): every glyph in a text object of its own, at its own x, its baseline jittered by a fraction of
a point. pypdf breaks its text at every text object, so the page came out one character a line and no
name, note or figure in it could be found. Now such a page's lines are rebuilt from where its glyphs stand
(loaders/pdf_glyphs.py): same baseline within half an em and no gap wider than half an em, one line."""

from __future__ import annotations

import io
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.pdf import load_pdf
from loaders.pdf_glyphs import Glyph, glyph_lines, one_glyph_lines
from tests.plans import extracted

EM = 12.0


def _glyph_pdf(
    lines: list[str], *, jitter: float, seed: int = 7, spread: float = 0.0, foot: str = ""
) -> bytes:
    """A page drawing each character of ``lines`` on its own (its x advanced by its width and ``spread``
    points, its baseline moved up to ``jitter`` points), the ``foot`` line drawn so too."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pick = random.Random(seed)
    y = 780.0
    for line in [*lines, "", foot]:
        x = 60.0
        for ch in line:
            pdf.setFont("STSong-Light", EM)
            pdf.drawString(x, y + pick.uniform(-jitter, jitter), ch)
            x += pdfmetrics.stringWidth(ch, "STSong-Light", EM) + spread
        y -= 22 if line else 300
    pdf.save()
    return buffer.getvalue()


LINES = [
    "句容市2025年知识产权工作要点",
    "一、重点任务",
    "1.推进商标品牌建设。全年新增有效注册商标1200件以上，培育",
    "地理标志商标2件。〔牵头单位：市市场监管局；配合单位：市农",
    "业农村局、各镇人民政府、街道办事处〕",
    "2.加强知识产权保护。开展“铁拳”行动，查办侵权案件30件。",
    "〔牵头单位：市市场监管局；配合单位：市公安局〕",
    "3.强化知识产权运用。推广专利开放许可，年内促成许可50件。",
    "〔牵头单位：市科技局〕",
    "二、保障措施",
    "市财政局要统筹安排知识产权工作经费。",
    "各镇人民政府、街道办事处要对照本要点抓好落实。",
]


def test_a_page_drawn_glyph_by_glyph_reads_as_its_lines() -> None:
    text, _, extents = load_pdf(_glyph_pdf(LINES, jitter=0.3, spread=0.2, foot="- 1 -"), "plan.pdf")
    assert "1.推进商标品牌建设。全年新增有效注册商标1200件以上" in text
    assert "〔牵头单位：市市场监管局；配合单位：市公安局〕" in text
    assert "- 1 -" not in text  # the page number, rebuilt, is dropped as ever
    assert "\n1\n" not in text
    assert extents  # the lines stand where they are drawn


def test_its_notes_name_the_items_bodies() -> None:
    doc, _ = extracted(_glyph_pdf(LINES, jitter=0.25), "plan.pdf")
    agencies = {task.title: {(r.agency.surface, r.role) for r in task.responsibilities} for task in doc.tasks}
    assert ("市科技局", "lead") in agencies["强化知识产权运用"]
    assert ("市公安局", "support") in agencies["加强知识产权保护"]


def test_a_page_of_whole_lines_is_read_as_before() -> None:
    """Lines drawn whole (one text object each) are not rebuilt: few of them are one character."""
    assert not one_glyph_lines("\n".join(LINES))
    assert not one_glyph_lines("序号\n1\n2\n3\n工作任务\n责任单位")  # a short table's cells


def test_a_wide_gap_or_a_new_baseline_opens_a_line() -> None:
    glyphs = [
        Glyph("1", 40.0, 500.2, EM),
        Glyph("召", 70.0, 499.9, EM),  # the next cell of a ruled table, 2 ems on
        Glyph("开", 82.0, 500.1, EM),
        Glyph("会", 94.3, 500.0, EM),  # a justified line's small extra gap
        Glyph("议", 70.0, 480.0, EM),  # the cell's next line
        Glyph(" ", 82.0, 480.0, EM),  # a space drawn between glyphs stays inside the line
        Glyph("A", 88.0, 480.0, EM),
    ]
    assert glyph_lines(glyphs) == [("1", (40.0, 46.0)), ("召开会", (70.0, 106.3)), ("议 A", (70.0, 94.0))]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.text(alphabet="知识产权工作要点县市场监管局科技农业0123456789，。、：", min_size=1, max_size=30),
        min_size=1,
        max_size=8,
    ),
    # each glyph off its line's baseline by up to 0.2 em: two glyphs of a line stand at most 0.4 em apart,
    # inside the half an em the rule allows (up to 0.3 em drew neighbours 0.6 em apart, a new baseline)
    st.floats(min_value=0.0, max_value=0.2 * EM),
    st.floats(min_value=0.0, max_value=0.2 * EM),
    st.randoms(use_true_random=False),
)
def test_glyphs_laid_out_line_by_line_give_those_lines(
    lines: list[str], jitter: float, spread: float, pick: random.Random
) -> None:
    glyphs = []
    for k, line in enumerate(lines):
        x = 50.0
        for ch in line:
            glyphs.append(Glyph(ch, x, 700.0 - 1.8 * EM * k + pick.uniform(-jitter, jitter), EM))
            x += (EM if ord(ch) > 0x7F else EM * 0.46) + spread
    assert [words for words, _ in glyph_lines(glyphs)] == lines
