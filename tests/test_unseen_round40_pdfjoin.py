"""Round 40: a text PDF's paragraph lines that run to the right margin are joined by where they end on the
page, not by how many characters they hold.

The loader joined a PDF's wrapped lines when they filled the width most lines fill, counted in characters or
display columns. A justified line holding digits, letters or quotation marks holds another count than its
neighbours while it runs to the same margin, so its break stayed: a cited title cut across two lines
(《四川省“十四五”知识产权 / 保护和运用规划》) was read as two titles' pieces, a line closing a bracket
mid-sentence (在成渝地区（川渝） / 协同…) kept its break as if the bracket closed a note, and a word cut at the
foot of a page (…全年工作总 / 结。 on the next page, below its running line) stayed in two. The lines' right
edges (loaders/pdf_geometry.py) now tell it: a line running to its page's margin from the text block's left
side, the next going on at the block's left edge, runs on (loaders/pdf_margins.py). A line ending short of
the margin, an indented next line, a stop or a note's bracket (〔责任单位：…〕) at the line's end, a table's
cells and a list's lines keep their breaks; a narrow block (a table's column) and a page whose lines show
no margin are left to the count of characters.

The PDFs are laid out here with reportlab (CID font STSong-Light, nothing embedded or downloaded): lines
given one by one, every line of a paragraph but its last justified to the margin glyph by glyph.
"""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.pdf import load_pdf
from tests.plans import extracted

FONT = "STSong-Light"


class _Sheet:
    """Pages of a text block ``ems`` characters wide from ``left`` (points from the page's edge), a running
    line above every page and '— n —' below it; lines drawn top to bottom, a new page when one is full."""

    def __init__(
        self, *, ems: float = 26.0, left: float = 80.0, size: float = 15.0, running: str = ""
    ) -> None:
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        from reportlab.pdfgen import canvas

        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
        self.metrics = pdfmetrics
        self.buffer = io.BytesIO()
        self.pdf = canvas.Canvas(self.buffer, pagesize=A4)
        self.page_width, self.page_height = A4
        self.left, self.ems, self.size, self.running = left, ems, size, running
        self.page = 1
        self.y = 0.0
        self._start()

    def _start(self) -> None:
        if self.running:
            self.pdf.setFont(FONT, 10)
            self.pdf.drawString(self.left, self.page_height - 40, self.running)
        self.y = self.page_height - 70

    @property
    def margin(self) -> float:
        """The right margin's place across the page."""
        return self.left + self.ems * self.size

    def width_of(self, text: str) -> float:
        return float(self.metrics.stringWidth(text, FONT, self.size))

    def new_page(self, *, ems: float | None = None) -> None:
        self.pdf.setFont(FONT, 12)
        self.pdf.drawString(self.page_width / 2 - 20, 40, f"— {self.page} —")
        self.pdf.showPage()
        self.page += 1
        self.ems = self.ems if ems is None else ems
        self._start()

    def glyphs(self, text: str, x: float, gap: float = 0.0) -> None:
        """``text`` from ``x``, its glyphs placed one by one ``gap`` apart beyond their widths."""
        if self.y < 100:
            self.new_page()
        self.y -= self.size * 1.7
        out = self.pdf.beginText(x, self.y)
        out.setFont(FONT, self.size)
        if not gap:
            out.textOut(text)  # set as it stands (ragged)
        for ch in text if gap else "":
            out.setTextOrigin(x, self.y)
            out.textOut(ch)
            x += self.width_of(ch) + gap
        self.pdf.drawText(out)

    def justified(self, text: str, x: float) -> None:
        """A line spread from ``x`` to the margin (it must nearly fill it, as a justified line does)."""
        natural = self.width_of(text)
        assert -0.5 * self.size < self.margin - x - natural < 3 * self.size, text
        self.glyphs(text, x, (self.margin - x - natural) / (len(text) - 1))

    def para(self, lines: str, *, indent: bool = True, justify: bool = True) -> None:
        """A paragraph whose lines are parted by '|', the first indented two characters; every line but the
        last justified to the margin (``justify``), or set ragged as it stands."""
        parts = lines.split("|")
        for k, part in enumerate(parts):
            x = self.left + (2 * self.size if indent and k == 0 else 0.0)
            if justify and k < len(parts) - 1:
                self.justified(part, x)
            else:
                self.glyphs(part, x)

    def hanging(self, text: str) -> None:
        """A line one mark longer than the block holds, the mark set in past the margin."""
        x = self.left
        self.glyphs(text[:-1], x, (self.margin - x - self.width_of(text[:-1])) / (len(text) - 2))
        self.y += self.size * 1.7
        self.glyphs(text[-1], self.margin)

    def squeezed(self, text: str) -> None:
        """A line one mark longer than the block holds, its glyphs drawn closer to fit."""
        x = self.left
        self.glyphs(text, x, (self.margin - x - self.width_of(text)) / (len(text) - 1))

    def row(self, cells: list[str], columns: list[float]) -> None:
        """A table's row: each cell at its column's left edge (points from the block's)."""
        self.y -= self.size * 1.7
        self.pdf.setFont(FONT, self.size)
        for cell, at in zip(cells, columns, strict=True):
            self.pdf.drawString(self.left + at, self.y, cell)

    def done(self) -> bytes:
        self.new_page()
        self.pdf.save()
        return self.buffer.getvalue()


def _text(data: bytes) -> str:
    return load_pdf(data, "plan.pdf")[0]


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


# --- lines running to the margin run on ------------------------------------------------------------------------


def _sichuan() -> bytes:
    sheet = _Sheet(ems=26.5, running="遂宁市知识产权局")
    sheet.para("遂宁市2025年知识产权工作要点", indent=False, justify=False)
    sheet.para(
        "深入实施《知识产权强国建设纲要（2021—2035年）》和|"
        "《四川省“十四五”知识产权保护和运用规划》，对照市|"
        "委市政府工作部署，在推进成渝地区双城经济圈（川渝）|"
        "协同框架下，统筹推进知识产权创造、运用、保护、管理|"
        "和服务，制定本要点。"
    )
    sheet.para("一、工作目标", justify=False)
    sheet.para(
        "全年发明专利授权量达到520件，每万人口高价值发明|专利拥有量达到3.8件，知识产权质押融资金额达到16亿|元。"
    )
    sheet.para(
        "企业知识产权合规管理持续加强，新增贯标企业，通过|GB/T29490认证的企业达到120家。",
        indent=False,
        justify=False,
    )
    sheet.para("二、重点任务", justify=False)
    sheet.para(
        "（一）加强行政保护。依托中国（遂宁）知识产权保护|"
        "中心开展快速预审，全年办结维权案件不少于60件以上。|"
        "（责任单位：市市场监管局牵头，市公安局配合）"
    )
    for _ in range(3):
        sheet.para("（二）优化公共服务。推动知识产权信息公共服务网点|向县域延伸，新增网点2个。")
    sheet.para(
        "（三）抓好督促落实。各县（市、区）市场监管局要对|照本要点制定工作计划，于2025年12月10日前报送全年工作总"
    )
    sheet.new_page()
    sheet.para("结。（责任单位：市市场监管局）", indent=False)
    return sheet.done()


def test_cited_title_cut_across_lines_reads_whole() -> None:
    lines = _lines(_text(_sichuan()))
    opening = next(line for line in lines if line.startswith("深入实施"))
    assert "《四川省“十四五”知识产权保护和运用规划》，对照市委市政府工作部署" in opening
    assert "双城经济圈（川渝）协同框架下" in opening
    assert opening.endswith("和服务，制定本要点。")


def test_number_and_half_width_word_lines_run_on() -> None:
    lines = _lines(_text(_sichuan()))
    assert (
        "全年发明专利授权量达到520件，每万人口高价值发明专利拥有量达到3.8件，知识产权质押融资金额达到16亿元。"
        in lines
    )
    # a ragged line short of the margin by the half-width word the layout moved whole to the next line
    assert "企业知识产权合规管理持续加强，新增贯标企业，通过GB/T29490认证的企业达到120家。" in lines


def test_word_cut_by_the_page_reads_whole_past_the_running_line() -> None:
    text = _text(_sichuan())
    assert "报送全年工作总结。（责任单位：市市场监管局）" in text
    assert "— 1 —" not in text


def test_stops_at_the_margin_and_headings_keep_their_breaks() -> None:
    lines = _lines(_text(_sichuan()))
    assert "一、工作目标" in lines
    assert "二、重点任务" in lines
    # a line ending in a stop near the margin: its note on the next line stays a line of its own
    assert (
        "（一）加强行政保护。依托中国（遂宁）知识产权保护中心开展快速预审，全年办结维权案件不少于60件以上。"
        in lines
    )
    assert "（责任单位：市市场监管局牵头，市公安局配合）" in lines


def test_cited_title_is_read_as_one_citation() -> None:
    doc, _ = extracted(_sichuan(), "suining.pdf")
    titles = {c.title for c in doc.citations}
    assert "四川省“十四五”知识产权保护和运用规划" in titles


# --- marks at the margin: set in past it, or squeezed --------------------------------------------------------


def _marks() -> bytes:
    sheet = _Sheet(ems=26.0, left=90.0)
    sheet.para("泉州市知识产权保护中心工作安排", indent=False, justify=False)
    for k in range(2):
        sheet.para("推动重点产业专利导航项目落地，围绕纺织鞋服、石|油化工等产业开展分析评议。")
        sheet.hanging("深入实施专利转化运用专项行动，盘活高校科研院所存量专利，")
        sheet.para("组织开放许可对接活动不少于6场。", indent=False)
        sheet.squeezed("持续开展“铁拳”“龙腾”等专项执法行动，打击商标侵权；")
        sheet.para("各县（市、区）要建立执法协作机制。", indent=False)
        sheet.squeezed("健全知识产权纠纷多元化解机制，推动调解组织向园区延伸、")
        sheet.para("向专业市场延伸。" if k else "向商圈延伸。", indent=False)
        sheet.para("推进专利导航，建设运营中心。（责任单位：市科技局）", indent=False, justify=False)
        sheet.para("市直各部门要加强协同配合。", indent=False, justify=False)
    return sheet.done()


def test_a_mark_past_or_squeezed_in_at_the_margin_runs_on_unless_it_stops() -> None:
    lines = _lines(_text(_marks()))
    assert "深入实施专利转化运用专项行动，盘活高校科研院所存量专利，组织开放许可对接活动不少于6场。" in lines
    assert "健全知识产权纠纷多元化解机制，推动调解组织向园区延伸、向商圈延伸。" in lines
    # a semicolon closing a clause at the margin: the next line stays its own
    assert "持续开展“铁拳”“龙腾”等专项执法行动，打击商标侵权；" in lines
    assert "各县（市、区）要建立执法协作机制。" in lines
    # a note's bracket closing at the margin closes its paragraph
    assert "推进专利导航，建设运营中心。（责任单位：市科技局）" in lines
    assert "市直各部门要加强协同配合。" in lines


# --- lines that end short, or stand in a table or a list, keep their breaks ----------------------------------


def _short_lines() -> bytes:
    sheet = _Sheet(ems=26.0, left=85.0, running="湘潭市市场监督管理局")
    sheet.para("湘潭市知识产权强市建设推进方案", indent=False, justify=False)
    for _ in range(2):
        sheet.para("围绕先进装备制造、新材料等优势产业链，引导企业加|大研发投入，培育一批高价值专利组合")
        sheet.para("综合实力提升行动", indent=False, justify=False)
    sheet.para("工作目标", indent=False, justify=False)
    sheet.para(
        "到2026年，全市有效发明专利拥有量达到6800件，知识|产权质押融资额累计达到12亿元。", indent=False
    )
    # a line running to the margin, closing a bracket, before an indented paragraph
    sheet.para("加强知识产权公共服务平台建设，推动网点向园区（基地）", indent=False, justify=False)
    sheet.para("各县（市、区）要结合实际抓好落实。", justify=False)
    sheet.para("附件：主要任务分工表", indent=False, justify=False)
    columns = [0.0, 140.0, 300.0]
    sheet.row(["任务", "牵头单位", "配合单位"], columns)
    sheet.row(["培育高价值专利", "市市场监管局", "市科技局、市工信局"], columns)
    sheet.row(["建设维权援助站", "市市场监管局", "市司法局、各县区政府"], columns)
    sheet.row(["推进专利转化运用", "市科技局", "市教育局、市财政局"], columns)
    sheet.para("抄送单位：", indent=False, justify=False)
    for name in ("湘潭市科学技术局", "湘潭市工业和信息化局", "湘潭市财政局"):
        sheet.para(name, indent=False, justify=False)
    return sheet.done()


def test_short_last_lines_headings_and_indented_lines_keep_their_breaks() -> None:
    lines = _lines(_text(_short_lines()))
    assert lines.count("综合实力提升行动") == 2
    assert "工作目标" in lines
    assert "到2026年，全市有效发明专利拥有量达到6800件，知识产权质押融资额累计达到12亿元。" in lines
    assert "加强知识产权公共服务平台建设，推动网点向园区（基地）" in lines
    assert "各县（市、区）要结合实际抓好落实。" in lines


def test_table_rows_and_a_list_keep_their_lines() -> None:
    lines = _lines(_text(_short_lines()))
    for cell in (
        "市科技局、市工信局",
        "培育高价值专利",
        "市司法局、各县区政府",
        "建设维权援助站",
        "推进专利转化运用",
    ):
        assert cell in lines
    for name in ("湘潭市科学技术局", "湘潭市工业和信息化局", "湘潭市财政局"):
        assert name in lines


# --- each page's own margins ------------------------------------------------------------------------------------


def _two_layouts() -> bytes:
    sheet = _Sheet(ems=26.0)
    sheet.para("赣州市知识产权运营工作要点", indent=False, justify=False)
    for _ in range(2):
        sheet.para(
            "深化知识产权运营服务体系建设，推动稀土、钨等有|色金属产业专利池建设，支持企业开展专利导航工作，|加快构建运营服务体系。"
        )
    sheet.new_page(ems=22.0)
    sheet.para("附件：年度重点工作", indent=False, justify=False)
    for _ in range(2):
        sheet.para(
            "围绕赣南脐橙产业开展地理标志保护工程，|推动“赣南脐橙”品牌走向国际市场，新增注册|商标300件。"
        )
    return sheet.done()


def test_each_page_is_read_against_its_own_margin() -> None:
    lines = _lines(_text(_two_layouts()))
    assert (
        lines.count(
            "深化知识产权运营服务体系建设，推动稀土、钨等有色金属产业专利池建设，支持企业开展专利导航工作，加快构建运营服务体系。"
        )
        == 2
    )
    assert (
        lines.count(
            "围绕赣南脐橙产业开展地理标志保护工程，推动“赣南脐橙”品牌走向国际市场，新增注册商标300件。"
        )
        == 2
    )


# --- any paragraph laid out and read back --------------------------------------------------------------------

_WORDS = st.sampled_from(
    [
        "知识产权",
        "高价值专利",
        "保护",
        "运用",
        "（龙岩）",
        "“十四五”",
        "《运用规划》",
        "2025年",
        "3.8件",
        "，",
        "、",
        "服务体系",
    ]
)


def _wrapped(sheet: _Sheet, paragraph: str) -> str:
    """The paragraph's lines as the page wraps them (a line full when the next character would pass the
    margin), parted by '|'."""
    lines, line, x0 = [], "", sheet.left + 2 * sheet.size
    for ch in paragraph:
        if line and x0 + sheet.width_of(line + ch) > sheet.margin:
            lines.append(line)
            line, x0 = "", sheet.left
        line += ch
    return "|".join([*lines, line])


@settings(max_examples=12, deadline=None)
@given(
    st.lists(
        st.lists(_WORDS, min_size=8, max_size=40).map(lambda w: "".join(w) + "。"), min_size=1, max_size=4
    )
)
def test_paragraphs_laid_out_read_back_whole(paragraphs: list[str]) -> None:
    sheet = _Sheet()
    sheet.para("工作要点", indent=False, justify=False)
    opening = (
        "为深入实施知识产权强国战略，推动知识产权事业高质量发展，进一步提升知识产权创造、运用、保护、"
        "管理和服务水平，结合本地实际，制定本工作要点。各单位要认真抓好落实。"
    )
    sheet.para(_wrapped(sheet, opening))
    for paragraph in paragraphs:
        sheet.para(_wrapped(sheet, paragraph))
    assert _lines(_text(sheet.done())) == ["工作要点", opening, *paragraphs]
