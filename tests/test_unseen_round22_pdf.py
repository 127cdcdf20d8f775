"""Round 22: text PDF plans as government sites publish them, laid out here with reportlab (the CID font
STSong-Light, nothing embedded or downloaded) and read back by the PDF loader.

- A county's 工作方案 under a red head (发文机关 文件, 文号, a rule, the 印发 notice on the first page), its lines
  justified and broken by the page wherever they fill (inside a number: 2024—2 / 026年, 到20 / 26年, 20 / 25年6月底
  前, 2026年3月1 / 0日前), '— 3 —' at the foot of each page and the office's name and the document's number above
  every page but the first, a 抄送/印发 block at the end. Before, the number cut by a line was read in two: the
  target 到20 / 26年 had no year, 20 / 25年6月底前 was no deadline, 1 / 0日前 gave a target of 10 日, and the
  running lines of the pages after the first (the first page carries its masthead instead) stayed in the text,
  between the lines of a sentence. A text file copied out of such a PDF keeps the cuts: its deadlines and
  dates now read through them too.
- A 工作要点 whose item notes give the time limit as a field (〔责任单位：…；完成时限：2025年11月底〕), the
  label cut by the line (完成时 / 限：): the item had no deadline.
- A 重点任务分工 table over two pages, its unit cells wrapped over three lines in a narrow column, a line
  ending inside a name (各乡镇人民 / 政府, 县内各 / 银行业金融机构): the cell was read from its last line alone
  (政府, 银行业金融机构) and the row's other units were lost or taken for the task's words.
- A landscape 附件 of main indicators (序号 / 指标名称 / 单位 / 2023年（基期） / 2025年目标 / 2027年目标 /
  责任单位), which the text layer gives one cell per line: only task tables were read in that layout, so the
  indicator table gave no targets.
- A task table whose header cells are set in distributed alignment, which the text layer runs together on
  one line (序号工作任务牵头单位配合单位完成时限): the header was not found and the table was read as prose,
  its rows' units and deadlines lost.
- A red head naming its signer beside the number (泰府字〔2024〕21号　　签发人：刘某某): the line was no header
  line, so the plan had no number, and its own number was read as a citation.
"""

from __future__ import annotations

import io
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.pdf import join_cut_numbers
from policykg.extract.stacked_data import stacked_data_tables
from policykg.extract.stacked_tables import stacked_tables
from policykg.extract.textspan import line_spans
from policykg.models import Document
from tests.plans import extracted, named_units

FONT = "STSong-Light"


class _Pages:
    """Pages drawn top to bottom as a government PDF lays them out: paragraphs given line by line (the page's
    own line breaks), each line but a paragraph's last justified to the text width glyph by glyph; a printed
    page number at the foot ('— 3 —' right on odd pages, left on even ones) and running lines above the
    pages (from the second page on, or on all)."""

    def __init__(
        self, *, running: tuple[str, ...] = (), running_first: bool = False, landscape_at: int | None = None
    ) -> None:
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        from reportlab.pdfgen import canvas

        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
        self.metrics = pdfmetrics
        self.buffer = io.BytesIO()
        self.size = A4
        self.pdf = canvas.Canvas(self.buffer, pagesize=A4)
        self.margin, self.font, self.leading = 60.0, 15.0, 26.0
        self.running, self.running_first = running, running_first
        self.page = 1
        self.y = 0.0
        self._start()

    @property
    def width(self) -> float:
        return self.size[0] - 2 * self.margin

    def _start(self) -> None:
        self.y = self.size[1] - self.margin
        if self.running and (self.page > 1 or self.running_first):
            self.pdf.setFont(FONT, 9)
            for k, line in enumerate(self.running):
                self.pdf.drawString(self.margin, self.size[1] - 30 - 11 * k, line)

    def _foot(self) -> None:
        self.pdf.setFont(FONT, 14)
        x = self.size[0] - self.margin - 60 if self.page % 2 else self.margin
        self.pdf.drawString(x, 26, f"— {self.page} —")

    def new_page(self, size: tuple[float, float] | None = None) -> None:
        self._foot()
        self.pdf.showPage()
        self.page += 1
        if size is not None:
            self.size = size
            self.pdf.setPageSize(size)
        self._start()

    def _text_width(self, text: str, size: float) -> float:
        return float(self.metrics.stringWidth(text, FONT, size))

    def line(
        self, text: str, *, x: float | None = None, size: float | None = None, width: float | None = None
    ) -> None:
        """One line; ``width``: the width to spread it over, its glyphs placed one by one."""
        size = size or self.font
        if self.y - self.leading < 60:
            self.new_page()
        self.y -= self.leading
        x = self.margin if x is None else x
        gap = (
            0.0
            if width is None or len(text) < 2
            else (width - self._text_width(text, size)) / (len(text) - 1)
        )
        if gap <= 0.5:
            self.pdf.setFont(FONT, size)
            self.pdf.drawString(x, self.y, text)
            return
        glyphs = self.pdf.beginText(x, self.y)
        glyphs.setFont(FONT, size)
        for ch in text:
            glyphs.setTextOrigin(x, self.y)
            glyphs.textOut(ch)
            x += self._text_width(ch, size) + gap
        self.pdf.drawText(glyphs)

    def para(self, lines: str, indent: bool = True) -> None:
        """A paragraph whose lines are given parted by '|', the first indented two characters."""
        parts = lines.split("|")
        for k, part in enumerate(parts):
            shift = 2 * self.font if indent and k == 0 else 0.0
            last = k == len(parts) - 1
            self.line(part, x=self.margin + shift, width=None if last else self.width - shift)

    def centred(self, text: str, size: float | None = None) -> None:
        size = size or self.font
        self.line(text, x=(self.size[0] - self._text_width(text, size)) / 2, size=size)

    def right(self, text: str) -> None:
        self.line(text, x=self.size[0] - self.margin - self._text_width(text, self.font) - 2 * self.font)

    def rule(self) -> None:
        self.pdf.setStrokeColorRGB(0.8, 0, 0)
        self.pdf.line(self.margin, self.y - 10, self.size[0] - self.margin, self.y - 10)
        self.y -= 16

    def table(
        self, rows: list[list[str]], widths: list[float], *, size: float = 11.0, spread_header: bool = False
    ) -> None:
        """A ruled table's text: each cell wrapped within its column (``widths`` in points) and drawn line by
        line, column after column; a row that does not fit goes to the next page under the header repeated.
        ``spread_header``: the header's cells set in distributed alignment across their columns."""
        lead = size * 1.5

        def wrapped(cell: str, width: float) -> list[str]:
            lines, line = [], ""
            for ch in cell:
                if line and self._text_width(line + ch, size) > width - 6 and ch not in "，。、；：）》”":
                    lines.append(line)
                    line = ""
                line += ch
            return [*lines, line] if line else lines

        def draw(row: list[str], header: bool) -> None:
            cells = [wrapped(cell, width) for cell, width in zip(row, widths, strict=True)]
            height = max(len(lines) for lines in cells) * lead + 6
            if self.y - height < 60:
                self.new_page()
                draw(rows[0], True)
            x = self.margin
            for lines, width, cell in zip(cells, widths, row, strict=True):
                if header and spread_header:
                    glyphs = self.pdf.beginText(x + 4, self.y - lead)
                    glyphs.setFont(FONT, size)
                    gap = (width - 8 - len(cell) * size) / max(1, len(cell) - 1)
                    for n, ch in enumerate(cell):
                        glyphs.setTextOrigin(x + 4 + n * (size + gap), self.y - lead)
                        glyphs.textOut(ch)
                    self.pdf.drawText(glyphs)
                else:
                    self.pdf.setFont(FONT, size)
                    for k, line in enumerate(lines):
                        self.pdf.drawString(x + 3, self.y - lead * (k + 1), line)
                x += width
            self.y -= height

        for n, row in enumerate(rows):
            draw(row, n == 0)

    def done(self) -> bytes:
        self._foot()
        self.pdf.save()
        return self.buffer.getvalue()


def _tasks(doc: Document) -> dict[str, tuple[str | None, str | None]]:
    return {t.path: (t.deadline, t.deadline_date) for t in doc.tasks}


# --- 1. a red-headed county plan: numbers cut by the page's lines, running lines after the first page --------


def _xiushui() -> bytes:
    pages = _Pages(running=("修水县人民政府办公室", "修府办发〔2024〕15号"))
    pages.y -= 30
    pages.centred("修水县人民政府办公室文件", size=30)
    pages.y -= 16
    pages.centred("修府办发〔2024〕15号")
    pages.rule()
    pages.centred("修水县人民政府办公室", size=20)
    pages.centred("关于印发修水县知识产权强县建设工作方案", size=20)
    pages.centred("（2024—2026年）的通知", size=20)
    pages.para("各乡镇人民政府，县政府各部门：", indent=False)
    pages.para(
        "《修水县知识产权强县建设工作方案（2024—2026年）》已经县政府|同意，现印发给你们，请认真抓好贯彻落实。"
    )
    pages.right("修水县人民政府办公室")
    pages.right("2024年3月12日")
    pages.para("（此件主动公开）")
    pages.new_page()
    pages.centred("修水县知识产权强县建设工作方案", size=20)
    pages.centred("（2024—2026年）", size=16)
    for para in (
        "为深入贯彻落实《知识产权强国建设纲要（2021—2035年）》，加快|推进知识产权强县建设，结合我县实际，制定本方案。实施期为2024—2|026年。",
        "一、工作目标",
        "全县知识产权创造、运用、保护、管理和服务水平全面提升，力争到20|26年，全县每万人高价值发明专利拥有量达到1.5件，有效发明专利|拥有量达到320件以上，有效注册商标总量突破12000件，新增地理标志证|明商标2件，知识产权质押融资金额累计达到2亿元。",
        "二、重点任务",
        "（一）提升知识产权创造质量。围绕茶叶、蚕桑、矿产品加工等特色产|业，引导企业加大研发投入，着力培育一批高价值发明专利，力争20|25年6月底前建成县知识产权维权援助工作站。（责任单位：县市场|监管局、县科技局）",
        "（二）加强知识产权保护。县市场监管局牵头，县公安局配合，开展“铁|拳”“昆仑”等专项行动，严厉打击商标侵权、假冒专利等违法行为。各|乡镇要全面排查辖区内商标侵权线索，汇总整治情况，于2026年3月1|0日前报送县市场监管局。",
        "（三）促进知识产权转化运用。深入实施专利转化专项计划，开展知识产|权质押融资入园惠企行动，每年组织银企对接活动不少于2场。（牵头单|位：县市场监管局；配合单位：县财政局、县金融服务中心）",
        "（四）优化知识产权公共服务。依托县政务服务中心设立知识产权服务窗|口，推动知识产权业务“一窗通办”。（责任单位：县市场监管局、县行|政审批局）",
        "三、保障措施",
        "（一）加强组织领导。成立由县政府分管领导任组长的知识产权强县建设|工作领导小组，领导小组办公室设在县市场监管局。",
        "（二）强化经费保障。县财政每年安排知识产权专项资金不少于200万元，|用于专利资助、品牌培育和维权援助。（责任单位：县财政局）",
    ):
        pages.para(para, indent=not para.endswith(("目标", "任务", "措施")))
    pages.y -= 30
    pages.line("抄送：县委各部门，县人大常委会办公室，县政协办公室，县法院，县检察院。", size=13)
    pages.line("修水县人民政府办公室                    2024年3月12日印发", size=13)
    return pages.done()


def test_red_headed_plan_read_whole() -> None:
    doc, text = extracted(_xiushui(), "xiushui.pdf")
    assert doc.plan.title == "修水县知识产权强县建设工作方案（2024—2026年）"
    assert (doc.plan.doc_type, doc.plan.doc_number, doc.plan.date) == (
        "工作方案",
        "修府办发〔2024〕15号",
        "2024-03-12",
    )
    assert doc.plan.region is not None
    assert doc.plan.region.name == "修水县"
    assert doc.plan.period is not None
    assert (doc.plan.period.start, doc.plan.period.end) == ("2024", "2026")
    assert [i.name for i in doc.plan.issuers] == ["修水县人民政府办公室"]
    assert "2024—2026年。" in text
    units = {
        path: [(s.replace("\n", ""), role) for s, role, _ in found]
        for path, found in named_units(doc).items()
    }
    assert units["二.(一)"] == [("县市场监管局", "joint"), ("县科技局", "joint")]
    # 各乡镇 report by a date: theirs is that part of the work
    assert units["二.(二)"] == [("县市场监管局", "lead"), ("县公安局", "support"), ("各乡镇", "implicit")]
    assert units["二.(三)"] == [
        ("县市场监管局", "lead"),
        ("县财政局", "support"),
        ("县金融服务中心", "support"),
    ]
    assert units["二.(四)"] == [("县市场监管局", "joint"), ("县行政审批局", "joint")]
    assert units["三.(二)"] == [("县财政局", "sole")]


def test_running_lines_of_the_pages_after_the_masthead_go() -> None:
    _, text = extracted(_xiushui(), "xiushui.pdf")
    assert text.count("修府办发〔2024〕15号") == 1  # the masthead's
    assert text.count("修水县人民政府办公室文件") == 1
    assert text.count("修水县人民政府办公室\n") == 2  # the notice's heading and its signature
    assert "— 2 —" not in text


def test_numbers_cut_by_the_line_read_whole() -> None:
    doc, _ = extracted(_xiushui(), "xiushui.pdf")
    targets = {t.indicator: (t.value, t.unit, t.year) for t in doc.targets}
    assert targets["每万人高价值发明专利拥有量"] == (1.5, "件", 2026)
    assert targets["有效发明专利拥有量"] == (320, "件", 2026)
    assert not [t for t in doc.targets if t.unit == "日"]  # 2026年3月1 / 0日前 is a date
    tasks = _tasks(doc)
    assert tasks["二.(一)"] == ("2025年6月底前", "2025-06")
    assert tasks["二.(二)"] == ("于2026年3月10日前", "2026-03")


# --- 2. a 工作要点 whose notes give the time limit, the label cut by the line -----------------------------------


def _shuyang() -> bytes:
    pages = _Pages(running=("沭阳县人民政府办公室", "沭政办发〔2025〕8号"), running_first=True)
    pages.centred("沭阳县2025年知识产权工作要点", size=20)
    for para in (
        "2025年是“十四五”规划收官之年。全县知识产权工作要全面贯彻落实《江苏|省知识产权强省建设推进计划（2021—2025年）》，扎实推进知识产权强县建|设。",
        "一、主要目标",
        "全年新增发明专利授权量350件以上，每万人高价值发明专利拥有量达到8.6件。",
        "二、重点工作",
        "1.深入实施专利质量提升工程。聚焦花木、家具、新材料等主导产业，组织|开展高价值专利培育。〔责任单位：县市场监管局、县科技局；完成时|限：2025年11月底〕",
        "2.推进知识产权强企建设。新培育省级知识产权示范企业3家。〔责任单位：|县市场监管局、县工业和信息化局、县商务局；完成时限：2025年1|0月底〕",
        "3.强化知识产权行政保护。开展电商领域知识产权专项整治，建立重点企业|知识产权保护直通车机制。〔牵头单位：县市场监管局；配合单位：县公安|局、县商务局、县司法局、县农业农村局、县文化广电和旅游局；时间节|点：2025年9月底前〕",
        "三、工作要求",
        "各责任单位要细化工作措施，确保各项任务按时完成。",
    ):
        pages.para(para, indent=not para.endswith(("目标", "工作", "要求")))
    pages.right("沭阳县人民政府办公室")
    pages.right("2025年2月20日")
    return pages.done()


def test_time_limit_label_cut_by_the_line() -> None:
    doc, _ = extracted(_shuyang(), "shuyang.pdf")
    assert doc.plan.doc_type == "工作要点"
    assert doc.plan.doc_number == "沭政办发〔2025〕8号"
    assert doc.plan.period is not None
    assert (doc.plan.period.start, doc.plan.period.end) == ("2025", "2025")
    tasks = _tasks(doc)
    assert tasks["二.1"] == ("2025年11月底", "2025-11")
    assert tasks["二.2"] == ("2025年10月底", "2025-10")
    assert tasks["二.3"] == ("2025年9月底前", "2025-09")
    units = {
        path: [(s.replace("\n", ""), role) for s, role, _ in found]
        for path, found in named_units(doc).items()
    }
    assert units["二.3"] == [
        ("县市场监管局", "lead"),
        *[
            (unit, "support")
            for unit in ("县公安局", "县商务局", "县司法局", "县农业农村局", "县文化广电和旅游局")
        ],
    ]


# --- 3. a task table over two pages, unit cells wrapped inside a name --------------------------------------

XIAPU_ROWS = [
    ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
    [
        "1",
        "制定出台《霞浦县知识产权强县建设三年行动计划》，明确年度目标任务",
        "县市场监管局",
        "县发改局、县科技局",
        "2024年6月底前",
    ],
    [
        "2",
        "围绕海带、紫菜、大黄鱼等特色产业开展专利导航，建立产业专利数据库",
        "县市场监管局",
        "县海洋与渔业局、县工信局",
        "2024年12月底前",
    ],
    [
        "3",
        "培育国家知识产权优势示范企业，每年新增省级知识产权优势企业2家",
        "县工信局",
        "县市场监管局、县科技局",
        "每年12月底前",
    ],
    [
        "4",
        "推进“霞浦海带”“霞浦紫菜”地理标志运用促进工程，打造区域公用品牌",
        "县农业农村局",
        "县海洋与渔业局、县市场监管局、各乡镇人民政府",
        "2025年12月底前",
    ],
    [
        "5",
        "开展知识产权质押融资“入园惠企”活动，建立知识产权质押融资项目库",
        "县财政局",
        "县市场监管局、人民银行霞浦县支行、县内各银行业金融机构",
        "长期坚持",
    ],
    [
        "6",
        "建设知识产权纠纷人民调解委员会，完善行政调解与司法确认衔接机制",
        "县司法局",
        "县人民法院、县市场监管局",
        "2024年9月底前",
    ],
    [
        "7",
        "加强商标专用权保护，开展农资、食品等重点领域打击侵权假冒专项行动",
        "县市场监管局",
        "县公安局、县农业农村局",
        "持续推进",
    ],
]


def _xiapu() -> bytes:
    pages = _Pages()
    pages.centred("霞浦县知识产权强县建设工作方案", size=20)
    pages.centred("（2024—2026年）", size=16)
    for para in (
        "为深入实施知识产权强国战略，加快建设知识产权强县，根据《宁德市知识产|权强市建设实施方案》要求，结合我县实际，制定本方案。",
        "近年来，我县坚持把知识产权工作作为推动高质量发展的重要抓手，知识产|权创造、运用、保护、管理和服务水平稳步提升，但仍存在高价值专利偏少、|知识产权运用效益不高、保护体系不够健全等短板。",
        "我县将以此次强县建设为契机，聚焦海洋渔业、文旅康养等特色产业，推动知识|产权与产业发展深度融合，为建设现代化滨海县城提供有力支撑。",
        "一、主要目标",
        "到2026年，全县有效发明专利拥有量达到260件，有效注册商标达到15000|件，地理标志证明商标总数达到8件。",
        "到2026年，知识产权质押融资金额累计达到3亿元，培育国家知识产权优势示范|企业4家以上，知识产权保护社会满意度达到85分以上。",
        "二、重点任务分工",
        "各牵头单位要会同配合单位，按照下表分工抓好落实，每半年报送一次工作进|展情况。",
    ):
        pages.para(para, indent=not para.endswith(("目标", "分工")))
    pages.table(XIAPU_ROWS, [34, 180, 70, 116, 76])
    for para in ("三、保障措施", "各责任单位要于每年12月10日前将工作进展情况报送县市场监管局。"):
        pages.para(para, indent=not para.endswith("措施"))
    pages.right("霞浦县人民政府")
    pages.right("2024年1月18日")
    return pages.done()


def test_task_table_over_two_pages_with_unit_cells_wrapped_inside_names() -> None:
    data = _xiapu()
    doc, text = extracted(data, "xiapu.pdf")
    assert text.count("序号") == 2  # the table runs over a page break, its header repeated
    assert doc.tables[0].header == ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
    units = {
        path: [(s.replace("\n", ""), role) for s, role, _ in found]
        for path, found in named_units(doc).items()
        if ".表" in path
    }
    assert len(units) == 7
    assert units["二.表1.4"] == [
        ("县农业农村局", "lead"),
        ("县海洋与渔业局", "support"),
        ("县市场监管局", "support"),
        ("各乡镇人民政府", "support"),
    ]
    assert units["二.表1.5"] == [
        ("县财政局", "lead"),
        ("县市场监管局", "support"),
        ("人民银行霞浦县支行", "support"),
        ("县内各银行业金融机构", "support"),
    ]
    assert units["二.表1.6"] == [("县司法局", "lead"), ("县人民法院", "support"), ("县市场监管局", "support")]
    tasks = _tasks(doc)
    assert tasks["二.表1.4"] == ("2025年12月底前", "2025-12")  # the cell wrapped: 2025年12月底 / 前
    assert tasks["二.表1.7"] == ("持续推进", None)


# --- 4. a landscape annex of main indicators, one cell per line --------------------------------------------

JINCHENG_INDICATORS = [
    ["序号", "指标名称", "单位", "2023年（基期）", "2025年目标", "2027年目标", "责任单位"],
    ["1", "每万人口高价值发明专利拥有量", "件", "3.2", "4.5", "6", "市市场监管局"],
    ["2", "PCT国际专利申请量", "件", "12", "20", "30", "市市场监管局、市商务局"],
    ["3", "有效注册商标总量", "万件", "1.8", "2.2", "2.6", "市市场监管局"],
    ["4", "知识产权质押融资金额", "亿元", "3.5", "6", "10", "市金融工作局、市市场监管局"],
]


def _jincheng(rows: list[list[str]], widths: list[float]) -> bytes:
    from reportlab.lib.pagesizes import A4, landscape

    pages = _Pages()
    pages.centred("晋城市知识产权强市建设实施方案", size=20)
    pages.centred("（2024—2027年）", size=16)
    for para in (
        "为贯彻落实《山西省知识产权强省建设实施方案》，加快推进知识产权强市建|设，制定本方案。",
        "一、发展目标",
        "到2027年，知识产权强市建设取得明显成效，主要指标见附件1。",
        "二、重点任务",
        "（一）实施高价值专利培育工程。围绕煤层气、光机电、新材料等产业，每年|培育高价值专利组合5个以上。（市市场监管局牵头，市科技局配合）",
        "附件：晋城市知识产权强市建设主要指标",
    ):
        pages.para(para, indent=not para.endswith(("目标", "任务")))
    pages.right("晋城市人民政府办公室")
    pages.right("2024年5月8日")
    pages.new_page(size=landscape(A4))
    pages.line("附件1")
    pages.centred("晋城市知识产权强市建设主要指标", size=18)
    pages.table(rows, widths, size=12)
    pages.new_page(size=A4)
    pages.y -= 400
    pages.line("抄送：市委办公室，市人大常委会办公室，市政协办公室。", size=14)
    pages.line("晋城市人民政府办公室                2024年5月9日印发", size=14)
    return pages.done()


def test_landscape_indicator_annex_one_cell_per_line() -> None:
    doc, _ = extracted(_jincheng(JINCHENG_INDICATORS, [40, 230, 50, 100, 90, 90, 150]), "jincheng.pdf")
    assert [(t.role, t.header[3]) for t in doc.tables] == [("data", "2023年（基期）")]
    table = {(t.indicator, t.year): (t.value, t.unit, t.kind) for t in doc.targets if t.source == "table"}
    assert len(table) == 12
    assert table["每万人口高价值发明专利拥有量", 2023] == (3.2, "件", "baseline")
    assert table["每万人口高价值发明专利拥有量", 2027] == (6, "件", "target")
    assert table["有效注册商标总量", 2025] == (2.2, "万件", "target")
    assert table["知识产权质押融资金额", 2027] == (10, "亿元", "target")
    assert "抄送" not in doc.tables[0].header
    assert [t.path for t in doc.tasks] == ["二.(一)"]


def test_indicator_table_with_wrapped_names_in_narrow_columns() -> None:
    """Portrait: the indicator names and the units responsible wrap over lines."""
    rows = [
        ["序号", "指标名称", "单位", "2023年（基期）", "2027年目标", "责任单位"],
        ["1", "每万人口高价值发明专利拥有量", "件", "3.2", "6", "市市场监管局"],
        ["2", "规模以上工业企业有效发明专利拥有量", "件", "860", "1200", "市工信局、市市场监管局"],
        ["3", "技术合同成交额", "亿元", "8", "15", "市科技局"],
    ]
    doc, _ = extracted(_jincheng(rows, [32, 120, 40, 90, 80, 120]), "jincheng.pdf")
    table = {
        (t.indicator.replace("\n", ""), t.year): (t.value, t.unit) for t in doc.targets if t.source == "table"
    }
    assert table == {
        ("每万人口高价值发明专利拥有量", 2023): (3.2, "件"),
        ("每万人口高价值发明专利拥有量", 2027): (6, "件"),
        ("规模以上工业企业有效发明专利拥有量", 2023): (860, "件"),
        ("规模以上工业企业有效发明专利拥有量", 2027): (1200, "件"),
        ("技术合同成交额", 2023): (8, "亿元"),
        ("技术合同成交额", 2027): (15, "亿元"),
    }


# --- 5. a task table whose header cells are set in distributed alignment -----------------------------------

JIUJIANG_ROWS = [
    ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"],
    ["1", "编制全区知识产权强区建设年度工作计划", "区市场监管局", "区发展改革委", "2025年3月"],
    [
        "2",
        "组织开展知识产权优势企业培育，新增省级知识产权优势企业3家",
        "区工业和信息化局",
        "区市场监管局",
        "2025年11月",
    ],
    ["3", "开展知识产权纠纷快速处理试点", "区市场监管局", "区司法局", "2025年10月"],
]


def _jiujiang() -> bytes:
    pages = _Pages()
    pages.line("芜湖市鸠江区人民政府办公室", x=118, size=24, width=360)
    pages.centred("鸠政办〔2025〕6号")
    pages.rule()
    pages.centred("鸠江区2025年知识产权强区建设工作方案", size=20)
    for para in (
        "为加快推进知识产权强区建设，根据《芜湖市知识产权强市建设实施方案》，|制定本方案。",
        "一、工作目标",
        "2025年，全区新增发明专利授权量600件以上。",
        "二、重点任务",
    ):
        pages.para(para, indent=not para.endswith(("目标", "任务")))
    pages.table(JIUJIANG_ROWS, [36, 200, 90, 90, 70], spread_header=True)
    for para in ("三、工作要求", "各单位要明确专人负责，确保各项任务按时完成。"):
        pages.para(para, indent=not para.endswith("要求"))
    pages.line("芜湖市鸠江区人民政府办公室", x=300, width=220)
    pages.line("2025年2月28日", x=330, width=120)
    return pages.done()


def test_task_table_header_set_in_distributed_alignment() -> None:
    doc, _ = extracted(_jiujiang(), "jiujiang.pdf")
    assert doc.plan.doc_number == "鸠政办〔2025〕6号"
    assert [i.name for i in doc.plan.issuers] == ["芜湖市鸠江区人民政府办公室"]
    assert [t.header for t in doc.tables] == [["序号", "工作任务", "牵头单位", "配合单位", "完成时限"]]
    units = {
        path: [(s.replace("\n", ""), role) for s, role, _ in found]
        for path, found in named_units(doc).items()
        if ".表" in path
    }
    assert units == {
        "二.表1.1": [("区市场监管局", "lead"), ("区发展改革委", "support")],
        "二.表1.2": [("区工业和信息化局", "lead"), ("区市场监管局", "support")],
        "二.表1.3": [("区市场监管局", "lead"), ("区司法局", "support")],
    }
    assert [d for d, _ in _tasks(doc).values() if d] == ["2025年3月", "2025年11月", "2025年10月"]


def test_one_line_header_among_lines() -> None:
    """The header's names run together, or spaced apart, on the number column's line; prose opening with
    序 or 编 is none."""
    for header in ("序号重点任务牵头单位配合单位完成时限", "序 号 重点任务 牵头单位 配合单位 完成时限"):
        text = f"编制方案。\n{header}\n1\n开展专利导航。\n县市场监管局\n县科技局\n2025年9月\n二、工作要求\n"
        tables = stacked_tables(text, line_spans(text))
        assert len(tables) == 1
        cells = [text[slice(*c.span)].replace(" ", "") for c in tables[0].rows[0]]
        assert cells == ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
    text = "编制方案牵头单位配合单位\n1\n开展专利导航。\n县市场监管局\n县科技局\n"
    assert stacked_tables(text, line_spans(text)) == []


def test_text_copied_from_a_pdf_keeps_its_cut_numbers_readable() -> None:
    """A text file copied out of a PDF keeps the page's line breaks (the loader rejoins numbers in PDFs only):
    a deadline's date cut by a line still reads, and a day cut by one is no count of days."""
    text = (
        "修水县知识产权强县建设工作方案\n为推进知识产权强县建设，制定本方案。\n二、重点任务\n"
        "（一）建设维权援助工作站。培育一批高价值发明专利，力争20\n25年6月底前建成县知识产权维权援\n"
        "助工作站。（责任单位：县市场监管局）\n"
        "（二）开展专项整治。各乡镇于2026年3月1\n0日前将整治情况报送县市场监管局。\n"
    )
    doc, _ = extracted(text, "plan.txt")
    assert _tasks(doc) == {
        "二.(一)": ("2025年6月底前", "2025-06"),
        "二.(二)": ("于2026年3月10日前", "2026-03"),
    }
    assert not [t for t in doc.targets if t.unit == "日"]


# --- 6. a red head naming the signer beside the number ----------------------------------------------------


def _taihe() -> bytes:
    pages = _Pages()
    pages.centred("泰和县人民政府文件", size=30)
    pages.line("泰府字〔2024〕21号                          签发人：刘某某")
    pages.rule()
    pages.centred("泰和县人民政府", size=20)
    pages.centred("关于印发泰和县知识产权强县建设试点", size=20)
    pages.centred("工作方案的通知", size=20)
    pages.para("各乡镇人民政府，县政府各部门：", indent=False)
    pages.para("现将《泰和县知识产权强县建设试点工作方案》印发给你们，请认真组织实|施。")
    pages.right("泰和县人民政府")
    pages.right("2024年6月3日")
    pages.para("（此件公开发布）")
    pages.new_page()
    pages.centred("泰和县知识产权强县建设试点工作方案", size=20)
    for para in (
        "为推进国家知识产权强县建设试点工作，制定本方案。",
        "一、工作目标",
        "试点期内，全县发明专利授权量年均增长15%以上，新增地理标志商标2件。",
        "二、主要任务",
        "（一）打造泰和乌鸡地理标志品牌。（责任单位：县农业农村局、县市场监管局）",
        "（二）推进知识产权服务进园区。2024年12月底前在工业园区设立知识产权工作站。|（责任单位：县工业园区管委会）",
    ):
        pages.para(para, indent=not para.endswith(("目标", "任务")))
    pages.y -= 40
    pages.line("抄送：县委办，县人大办，县政协办，县纪委监委，县人武部。", size=13)
    pages.line("泰和县人民政府办公室                     2024年6月4日印发", size=13)
    return pages.done()


def test_number_line_naming_the_signer() -> None:
    """泰府字〔2024〕21号　签发人：刘某某 on one line: the line was no header line, so the plan had no number and
    was read as citing its own."""
    doc, _ = extracted(_taihe(), "taihe.pdf")
    assert doc.plan.doc_number == "泰府字〔2024〕21号"
    assert doc.plan.date == "2024-06-03"
    assert [i.name for i in doc.plan.issuers] == ["泰和县人民政府"]
    assert doc.citations == []
    assert named_units(doc)["二.(二)"] == [("县工业园区管委会", "sole", "annotation")]


# --- properties of the number rejoining -----------------------------------------------------------------

_NUMBERS = st.sampled_from(["2024—2026年", "2025年12月10日前", "12000件", "1.5件", "320件以上", "2亿元"])


@settings(max_examples=80, deadline=None)
@given(
    number=_NUMBERS, cut=st.integers(min_value=1, max_value=8), before=st.integers(min_value=2, max_value=12)
)
def test_a_number_cut_by_a_line_reads_whole(number: str, cut: int, before: int) -> None:
    """Wherever a line cuts a number between two digits, the number reads whole again; nothing else moves."""
    words = "全县发明专利拥有量达到"[:before] if before <= 11 else "到"
    line = words + number + "，力争更高水平。"
    at = len(words) + cut
    if not (at < len(line) and line[at - 1].isdigit() and line[at].isdigit()):
        return
    text = "一、工作目标\n" + line[:at] + "\n" + line[at:] + "\n二、重点任务\n"
    assert join_cut_numbers(text) == "一、工作目标\n" + line + "\n二、重点任务\n"


@settings(max_examples=60, deadline=None)
@given(
    cells=st.lists(
        st.from_regex(re.compile(r"[1-9]\d{0,3}(\.\d)?%?"), fullmatch=True), min_size=2, max_size=8
    )
)
def test_lines_of_numbers_alone_keep_their_breaks(cells: list[str]) -> None:
    """A table's value cells, a line each, and rows' numbers are never joined."""
    text = "指标名称\n" + "\n".join(cells) + "\n"
    assert join_cut_numbers(text) == text


_INDICATORS = st.sampled_from(
    ["有效发明专利拥有量", "每万人口高价值发明专利拥有量", "技术合同成交额", "PCT国际专利申请量"]
)
_VALUES = st.from_regex(re.compile(r"[1-9]\d{0,3}(\.\d)?|—"), fullmatch=True)


@settings(max_examples=60, deadline=None)
@given(
    rows=st.lists(
        st.tuples(_INDICATORS, _VALUES, _VALUES, st.integers(min_value=4, max_value=20)),
        min_size=1,
        max_size=5,
    )
)
def test_indicator_table_one_cell_per_line_reads_back(rows: list[tuple[str, str, str, int]]) -> None:
    """However the layout wraps the indicators' names, an indicator table given one cell per line reads back
    its rows' cells, the wrapped names whole."""
    lines = ["序号", "指标名称", "单位", "2023年（基期）", "2025年目标"]
    for n, (name, base, goal, width) in enumerate(rows, 1):
        lines += [str(n), *[name[k : k + width] for k in range(0, len(name), width)], "件", base, goal]
    text = "\n".join(lines) + "\n二、重点任务\n"
    tables = stacked_data_tables(text, line_spans(text))
    assert len(tables) == 1
    read = [[text[slice(*c.span)].replace("\n", "") for c in row] for row in tables[0].rows[1:]]
    assert read == [[str(n), name, "件", base, goal] for n, (name, base, goal, _) in enumerate(rows, 1)]
