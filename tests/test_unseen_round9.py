"""Round 9 of plans the corpus does not show, written as users get them from government websites.

A 内蒙古 banner's 工作方案 as its government's web page (.html in GB2312 declared by <meta http-equiv>): site
header and navigation, a breadcrumb (当前位置：首页 > 政务公开 > …), the page's metadata as a <table> of label and
value cells (索引号, 发布机构, 成文日期, 标题, 发文字号), the notice (…关于印发X的通知 whose X leaves out the
plan's term; 现将《X（2024—2026年）》印发给你们; signature; date), the plan, its annexed task table with
rowspan cells (one 牵头单位 for two measures), then 相关解读, 附件下载, 【打印本页】【关闭窗口】 and a footer of
主办单位 and ICP numbers. The plan's title is the fuller name the notice quotes or the plan's own heading gives
(with its term), so its period starts in 2024 and the quoted name is no citation.

A 广西 autonomous county's plan as a PDF whose pages each carry the issuing office's running header line
(融水苗族自治县人民政府办公室文件) and a page number: the header of the pages after the first is left out
wherever the layout set it (inside a sentence), a line that opens or closes every page being the page's,
not the plan's. Its notice heading likewise names the plan without its
term, and a unit cut by the line's wrap (200人 / 次以上) is read whole.

A 山东 high-tech zone's 工作要点 as its web page (.html in GBK) whose document number stands on the line under
the notice heading (…关于印发《X》的通知 / 青高管发〔2024〕9号): that number is the plan's own, not the number of
the X quoted in the heading (a number read after a title without brackets does not reach over a line break).

A 广西 county's task list as a PDF (one cell per line) whose table runs over a page break and repeats its
header row on the next page, each page closing with its page number and the office's running line: the
repeated header ends the row before it and is no cell of any row.

A 北京 district's 三年行动计划 as its web page (.html in UTF-8) whose metadata table labels its cells in
brackets ([索引号], [发文字号] …) and whose annexed task table has a two-row header (责任单位 over 牵头单位 /
配合单位), a 任务类别 cell and a 牵头单位 cell each spanning two rows, and a task cell spanning the 任务类别
and 具体任务 columns: a cell spanning columns is one cell, its target one target. 区人力社保局 is the
district's 人力资源和社会保障局.

A 厦门 district's 工作要点 as an older web page (.html in GBK, the layout in <table>s, the plan in one <div>
broken by <br> and indented with &nbsp;) whose document number stands only in the page's metadata table, on a
line that also gives its 生成日期 (the date 福建's public-information pages give a document): the number is
the plan's own, and so no citation.
"""

from __future__ import annotations

import io
import textwrap

import pytest

from policykg.models import Document
from tests.formats import paragraphs_of, to_pdf
from tests.plans import extracted, named_units


def _roles(doc: Document) -> dict[str, list[tuple[str, str]]]:
    return {path: [(s, role) for s, role, _ in units] for path, units in named_units(doc).items()}


def _targets(doc: Document) -> list[tuple[str, float | None, str | None, str, int | None]]:
    return [(t.indicator, t.value, t.unit, t.comparator, t.year) for t in doc.targets]


# --- 内蒙古: a banner's web page --------------------------------------------------------------------------

DALATE = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>达拉特旗人民政府办公室关于印发达拉特旗知识产权强旗建设工作方案的通知-达拉特旗人民政府</title></head>
<body>
<div class="header"><div class="logo">达拉特旗人民政府</div><ul class="nav"><li>首页</li><li>走进达旗</li><li>政务公开</li><li>政务服务</li><li>互动交流</li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a>政务公开</a> &gt; <a>政府文件</a> &gt; 旗政府办文件</div>
<table class="xxgk">
<tr><td>索引号：</td><td>11150621011580432E/2024-00031</td><td>主题分类：</td><td>科技、教育</td></tr>
<tr><td>发布机构：</td><td>达拉特旗人民政府办公室</td><td>成文日期：</td><td>2024年04月18日</td></tr>
<tr><td>标　　题：</td><td colspan="3">达拉特旗人民政府办公室关于印发达拉特旗知识产权强旗建设工作方案的通知</td></tr>
<tr><td>发文字号：</td><td>达政办发〔2024〕15号</td><td>发布日期：</td><td>2024年04月22日</td></tr>
</table>
<div class="content">
<p style="text-align:center">达拉特旗人民政府办公室关于印发达拉特旗知识产权强旗建设工作方案的通知</p>
<p style="text-align:center">达政办发〔2024〕15号</p>
<p>各苏木镇人民政府，各街道办事处，旗直各部门，各有关单位：</p>
<p>　　经旗人民政府同意，现将《达拉特旗知识产权强旗建设工作方案（2024—2026年）》印发给你们，请结合实际，认真贯彻落实。</p>
<p style="text-align:right">达拉特旗人民政府办公室</p>
<p style="text-align:right">2024年4月18日</p>
<p style="text-align:center">达拉特旗知识产权强旗建设工作方案（2024—2026年）</p>
<p>　　为深入贯彻落实《知识产权强国建设纲要（2021—2035年）》和《内蒙古自治区知识产权强区建设实施方案》，加快推进知识产权强旗建设，结合我旗实际，制定本方案。</p>
<p>　　一、工作目标</p>
<p>　　到2026年，全旗有效发明专利拥有量达到120件，每万人口高价值发明专利拥有量达到1.5件，有效注册商标总量达到6000件，地理标志证明商标达到5件。</p>
<p>　　二、重点任务</p>
<p>　　（一）提升知识产权创造质量。围绕煤炭、化工、现代农牧业等产业，培育高价值专利，每年新增国家高新技术企业5家。（责任单位：旗科技局牵头，旗工信局、旗市场监管局配合）</p>
<p>　　（二）加强知识产权保护。开展“铁拳”“昆仑”等专项行动，严厉打击侵权假冒行为。（责任单位：旗市场监管局、公安局达拉特旗分局、旗人民法院按职责分工负责）</p>
<p>　　（三）促进知识产权运用。开展知识产权质押融资，全旗知识产权质押融资额达到1亿元。（责任单位：旗金融服务中心牵头，旗市场监管局、人行达拉特旗支行配合）</p>
<p>　　三、保障措施</p>
<p>　　各苏木镇、各部门要加强组织领导，将知识产权工作纳入重要议事日程。</p>
<p>　　附件：达拉特旗知识产权强旗建设重点任务分工表</p>
<p>附件</p>
<p style="text-align:center">达拉特旗知识产权强旗建设重点任务分工表</p>
<table border="1">
<tr><td>序号</td><td>重点任务</td><td>具体措施</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td></tr>
<tr><td rowspan="2">1</td><td rowspan="2">知识产权创造</td><td>实施专利质量提升工程</td><td rowspan="2">旗市场监管局</td><td>旗科技局</td><td>2026年底</td></tr>
<tr><td>培育地理标志商标</td><td>旗农牧局</td><td>持续推进</td></tr>
<tr><td>2</td><td>知识产权保护</td><td>建设知识产权维权援助工作站</td><td>旗司法局</td><td>旗市场监管局</td><td>2025年底</td></tr>
</table>
</div>
<div class="xgjd"><h3>相关解读</h3><ul><li><a>一图读懂《达拉特旗知识产权强旗建设工作方案》</a></li><li><a>政策解读：达拉特旗知识产权强旗建设工作方案</a></li></ul></div>
<div class="fj">附件下载：<a href="/files/a.docx">达拉特旗知识产权强旗建设重点任务分工表.docx</a></div>
<div class="tools">【<a>打印本页</a>】【<a>关闭窗口</a>】</div>
<div class="footer"><p>主办单位：达拉特旗人民政府办公室　承办单位：达拉特旗政务服务局</p><p>蒙ICP备05002987号-1　蒙公网安备 15062102000123号</p><p>网站标识码：1506210001</p></div>
</body></html>"""


@pytest.fixture(scope="module")
def dalate() -> Document:
    return extracted(DALATE.encode("gb18030"), "dalate.html")[0]


def test_web_page_head_of_a_notice_naming_the_plan_without_its_term(dalate: Document) -> None:
    plan = dalate.plan
    assert plan.title == "达拉特旗知识产权强旗建设工作方案（2024—2026年）"
    assert plan.doc_number == "达政办发〔2024〕15号"
    assert [i.name for i in plan.issuers] == ["达拉特旗人民政府办公室"]
    assert plan.date == "2024-04-18"
    assert plan.period is not None
    assert (plan.period.start, plan.period.end) == ("2024", "2026")
    assert plan.doc_type == "工作方案"


def test_the_plan_quoted_by_its_notice_is_no_citation(dalate: Document) -> None:
    assert [c.title for c in dalate.citations] == [
        "知识产权强国建设纲要（2021—2035年）",
        "内蒙古自治区知识产权强区建设实施方案",
    ]


def test_banner_page_roles(dalate: Document) -> None:
    roles = _roles(dalate)
    assert roles["二.(二)"][:3] == [
        ("旗市场监管局", "joint"),
        ("公安局达拉特旗分局", "joint"),
        ("旗人民法院", "joint"),
    ]
    assert roles["二.(三)"] == [
        ("旗金融服务中心", "lead"),
        ("旗市场监管局", "support"),
        ("人行达拉特旗支行", "support"),
    ]
    # the rowspan 牵头单位 leads both measures of its row group: each a task of its own under the item its
    # category (知识产权创造) restates, which keeps its own units (round 36)
    assert roles["二.(一)"] == [("旗科技局", "lead"), ("旗工信局", "support"), ("旗市场监管局", "support")]
    measures = [t for t in dalate.tasks if t.kind == "table_row" and t.parent == f"{dalate.id}/task/二.(一)"]
    assert [t.title for t in measures] == ["实施专利质量提升工程", "培育地理标志商标"]
    assert [_roles(dalate)[t.path] for t in measures] == [
        [("旗市场监管局", "lead"), ("旗科技局", "support")],
        [("旗市场监管局", "lead"), ("旗农牧局", "support")],
    ]


def test_banner_page_targets(dalate: Document) -> None:
    assert ("有效发明专利拥有量", 120.0, "件", ">=", 2026) in _targets(dalate)
    assert ("知识产权质押融资额", 1.0, "亿元", ">=", 2026) in _targets(dalate)


# --- 广西: an autonomous county's PDF with a running header line ------------------------------------------

RONGSHUI = """融水苗族自治县人民政府办公室关于印发融水苗族自治县知识产权强县建设试点工作方案的通知
融政办发〔2024〕21号
各乡（镇）人民政府，县直各单位：
现将《融水苗族自治县知识产权强县建设试点工作方案（2024—2026年）》印发给你们，请认真组织实施。
融水苗族自治县人民政府办公室
2024年5月10日
融水苗族自治县知识产权强县建设试点工作方案（2024—2026年）
为贯彻落实《广西壮族自治区知识产权强区建设纲要（2021—2035年）》，结合我县实际，制定本方案。
一、工作目标
到2026年，全县有效发明专利拥有量达到60件，地理标志证明商标达到4件，培育知识产权优势企业3家。
二、重点任务
（一）加强地理标志培育。围绕融水糯米柚、融水香鸭、元宝山茶叶等特色农产品，申请地理标志证明商标2件以上。（责任单位：县市场监管局牵头，县农业农村局、县林业局配合）
（二）加强民族传统知识保护。开展苗族芦笙、侗族木构建筑营造技艺等非物质文化遗产知识产权保护。（责任单位：县文化广电体育和旅游局牵头，县民族宗教事务局、县市场监管局配合）
（三）强化行政执法。每年开展知识产权执法专项行动不少于2次，查处侵权假冒案件10件以上。（责任单位：县市场监管局、县公安局按职责分工负责）
（四）推动专利转化运用。组织开展专利技术转化对接活动，每年不少于1次。（责任单位：县科技局牵头，县工业和信息化局配合）
（五）加强知识产权人才培养。每年举办知识产权培训班2期，培训人员200人次以上。（责任单位：县市场监管局牵头，县人力资源社会保障局、县委组织部配合）
（六）优化知识产权公共服务。在县政务服务中心设立知识产权服务窗口。（责任单位：县政务服务监督管理办公室牵头，县市场监管局配合）
三、保障措施
（一）加强组织领导。成立县知识产权强县建设试点工作领导小组，统筹推进试点工作。
（二）加强经费保障。县财政每年安排知识产权专项经费不少于30万元。（责任单位：县财政局）
（三）加强宣传引导。利用“4·26”世界知识产权日等节点，开展知识产权宣传活动。（责任单位：县委宣传部、县市场监管局）
"""


@pytest.fixture(scope="module")
def rongshui() -> tuple[Document, str]:
    data = to_pdf(
        paragraphs_of(RONGSHUI), 30, page_numbers=True, running_header="融水苗族自治县人民政府办公室文件"
    )
    return extracted(data, "rongshui.pdf")


def test_pdf_head_and_running_header(rongshui: tuple[Document, str]) -> None:
    doc, text = rongshui
    # the first page's header stays as its masthead; the second page's, which the layout set inside a
    # sentence (…开展 / header / 知识产权宣传活动), is left out
    assert text.count("融水苗族自治县人民政府办公室文件") == 1
    assert text.startswith("融水苗族自治县人民政府办公室文件\n")
    assert "开展知识产权宣传活动" in text  # the wrapped line joined back
    plan = doc.plan
    assert plan.title == "融水苗族自治县知识产权强县建设试点工作方案（2024—2026年）"
    assert plan.period is not None
    assert (plan.period.start, plan.period.end) == ("2024", "2026")
    assert plan.region is not None
    assert plan.region.name == "融水苗族自治县"
    assert [c.title for c in doc.citations] == ["广西壮族自治区知识产权强区建设纲要（2021—2035年）"]


def test_a_unit_wrapped_over_lines_reads_whole() -> None:
    data = to_pdf(
        paragraphs_of(RONGSHUI), 36, page_numbers=True, running_header="融水苗族自治县人民政府办公室文件"
    )
    doc, text = extracted(data, "rongshui.pdf")
    assert "200人次" in text  # the layout cut the unit; the PDF's text joins the line back
    trained = next(t for t in doc.targets if t.value == 200.0)
    assert (trained.indicator, trained.unit, trained.comparator) == ("培训人员", "人次", ">=")


def test_pdf_autonomous_county_roles(rongshui: tuple[Document, str]) -> None:
    roles = {
        path: [(s.replace("\n", ""), role) for s, role in units]
        for path, units in _roles(rongshui[0]).items()
    }
    assert roles["二.(二)"] == [
        ("县文化广电体育和旅游局", "lead"),
        ("县民族宗教事务局", "support"),
        ("县市场监管局", "support"),
    ]
    assert roles["三.(二)"] == [("县财政局", "sole")]
    assert roles["三.(三)"] == [("县委宣传部", "joint"), ("县市场监管局", "joint")]


def test_a_notice_heading_without_the_term_in_a_text_file() -> None:
    doc, _ = extracted(
        "某县人民政府办公室关于印发某县知识产权工作方案的通知\n"
        "各乡镇人民政府，县直各部门：\n"
        "现将《某县知识产权工作方案（2023—2025年）》印发给你们，请认真贯彻执行。\n"
        "某县人民政府办公室\n2023年5月6日\n"
        "一、重点任务\n1.加强专利创造。每年新增发明专利10件。\n"
    )
    assert doc.plan.title == "某县知识产权工作方案（2023—2025年）"
    assert doc.plan.period is not None
    assert (doc.plan.period.start, doc.plan.period.end) == ("2023", "2025")
    assert doc.citations == []


# --- 山东: a high-tech zone's web page, its number under the notice heading ----------------------------------

QINGDAO_GAOXIN = """<html><head><meta charset="GBK"><title>关于印发《青岛高新技术产业开发区知识产权强区建设工作要点》的通知</title></head><body>
<div id="head">青岛高新区管委 门户网站</div>
<div class="location">您现在的位置：首页 &gt; 信息公开 &gt; 通知公告</div>
<div class="article">
<h1>青岛高新区管委关于印发《青岛高新技术产业开发区知识产权强区建设工作要点》的通知</h1>
<p>青高管发〔2024〕9号</p>
<p>各部门、各单位，各驻区单位：</p>
<p>现将《青岛高新技术产业开发区知识产权强区建设工作要点》印发给你们，请认真贯彻落实。</p>
<p align="right">青岛高新区管委</p>
<p align="right">2024年2月27日</p>
<p align="center">青岛高新技术产业开发区知识产权强区建设工作要点</p>
<p>一、工作目标</p>
<p>全年新增发明专利授权量600件，PCT国际专利申请量达到80件，新增国家知识产权优势企业5家。</p>
<p>二、重点任务</p>
<p>（一）加强高价值专利培育。推动企业开展专利导航，完成专利导航项目2项。牵头部门：科技创新部；配合部门：经济发展部。</p>
<p>（二）加强知识产权金融服务。推动知识产权质押融资，全年质押融资金额达到5亿元。牵头部门：财政金融部；配合部门：科技创新部、市场监管局高新区分局。</p>
<p>（三）强化知识产权保护。开展知识产权执法行动，办理知识产权案件20件。牵头部门：市场监管局高新区分局；配合部门：公安分局、综合行政执法局。</p>
<p>三、工作要求</p>
<p>各部门要加强协作，确保各项任务落实。</p>
</div>
<div>【<a>打印本页</a>】 【<a>关闭窗口</a>】</div>
<div class="foot">主办：青岛高新技术产业开发区管理委员会　鲁ICP备05029166号</div>
</body></html>"""


def test_the_number_under_a_notice_heading_is_the_plan_s_own() -> None:
    doc, _ = extracted(QINGDAO_GAOXIN.encode("gbk"), "gaoxin.html")
    assert doc.plan.title == "青岛高新技术产业开发区知识产权强区建设工作要点"
    assert doc.plan.doc_number == "青高管发〔2024〕9号"
    assert [i.name for i in doc.plan.issuers] == ["青岛高新区管委"]
    assert doc.plan.period is not None
    assert (doc.plan.period.start, doc.plan.period.end) == ("2024", "2024")
    assert doc.citations == []


def test_a_number_after_a_title_in_brackets_may_be_wrapped() -> None:
    doc, _ = extracted(
        "某县知识产权工作方案\n一、重点任务\n"
        "1.贯彻落实《浙江省知识产权发展规划》（浙\n政办发〔2021〕47号），开展专利导航。\n"
    )
    assert [(c.title, c.doc_number) for c in doc.citations] == [
        ("浙江省知识产权发展规划", "浙政办发〔2021〕47号")
    ]


# --- 广西: a PDF task table over a page break, its header repeated -----------------------------------------

BINYANG_ROWS = [
    ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
    ["1", "实施高价值专利培育工程，全年发明专利授权量达到80件。", "县市场监管局", "县科技局", "2024年12月"],
    ["2", "培育国家知识产权优势企业2家。", "县科技局", "县工信局", "2024年11月"],
    ["3", "开展地理标志产品保护，新增地理标志证明商标1件。", "县市场监管局", "县农业农村局", "2024年10月"],
    ["4", "开展知识产权执法专项行动，查处案件20件。", "县市场监管局", "县公安局", "2024年12月"],
    ["5", "建设知识产权维权援助工作站。", "县司法局", "县市场监管局", "2024年9月"],
]


def _split_table_pdf(rows: list[list[str]], widths: list[int], break_after: int, running: str) -> bytes:
    """A PDF with a ruled-table layout (a cell drawn at its column, wrapped within its width) whose rows
    after ``break_after`` go on a second page under the header row drawn again; each page closes with its
    number and ``running`` (drawn at the top, written last)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    page = 1

    def furniture() -> None:
        pdf.setFont("STSong-Light", 11)
        pdf.drawString(280, 30, f"— {page} —")
        pdf.setFont("STSong-Light", 9)
        pdf.drawString(200, 815, running)

    def draw(row: list[str], y: int) -> int:
        x, height = 40, 1
        for cell, width in zip(row, widths, strict=True):
            lines = textwrap.wrap(cell, width)
            for k, line in enumerate(lines):
                pdf.setFont("STSong-Light", 10)
                pdf.drawString(x, y - 14 * k, line)
            x += width * 10 + 12
            height = max(height, len(lines))
        return y - (14 * height + 8)

    y = 790
    for para in [
        "宾阳县2024年知识产权工作重点任务分解表",
        "现将2024年重点任务分解如下。",
        "一、重点任务分工",
    ]:
        pdf.setFont("STSong-Light", 10)
        pdf.drawString(40, y, para)
        y -= 18
    y = draw(rows[0], y)
    for k, row in enumerate(rows[1:], 1):
        y = draw(row, y)
        if k == break_after:
            furniture()
            pdf.showPage()
            page += 1
            y = draw(rows[0], 790)
    for para in ["二、工作要求", "各责任单位要按时限完成任务。", "宾阳县人民政府办公室", "2024年2月20日"]:
        pdf.setFont("STSong-Light", 10)
        pdf.drawString(40, y, para)
        y -= 18
    furniture()
    pdf.save()
    return buffer.getvalue()


@pytest.fixture(scope="module")
def binyang() -> tuple[Document, str]:
    data = _split_table_pdf(BINYANG_ROWS, [2, 14, 7, 7, 8], 3, "宾阳县人民政府办公室文件")
    return extracted(data, "binyang.pdf")


def test_a_table_over_a_page_break_with_its_header_repeated(binyang: tuple[Document, str]) -> None:
    doc, text = binyang
    assert text.count("\n序号\n重点任务\n牵头单位\n配合单位\n完成时限\n") == 2  # the layout repeats it
    assert "宾阳县人民政府办公室文件" not in text  # the running line closing each page
    rows = [t for t in doc.tasks if t.kind == "table_row"]
    assert [t.path for t in rows] == ["一.表1.1", "一.表1.2", "一.表1.3", "一.表1.4", "一.表1.5"]
    roles = _roles(doc)
    assert roles["一.表1.3"] == [("县市场监管局", "lead"), ("县农业农村局", "support")]
    assert roles["一.表1.4"] == [("县市场监管局", "lead"), ("县公安局", "support")]
    assert [t.deadline_date for t in rows] == ["2024-12", "2024-11", "2024-10", "2024-12", "2024-09"]
    assert [i.name for i in doc.plan.issuers] == ["宾阳县人民政府办公室"]


# --- 北京: a district's web page with a merged-cell task table ----------------------------------------------

HAIDIAN = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>北京市海淀区人民政府办公室关于印发海淀区知识产权强区建设三年行动计划（2024—2026年）的通知_海淀区人民政府网站</title></head><body>
<div class="header"><div class="banner">北京市海淀区人民政府</div><div class="menu">首页 | 政务公开 | 办事服务 | 互动交流</div></div>
<div class="bread">当前位置：首页 &gt; 政务公开 &gt; 政策文件 &gt; 区政府办文件</div>
<div class="zcwj-table"><table>
<tbody>
<tr><th>[索引号]</th><td>000014349/2024-00087</td><th>[主题分类]</th><td>科技、教育/知识产权</td></tr>
<tr><th>[发文机构]</th><td>北京市海淀区人民政府办公室</td><th>[联合发文单位]</th><td></td></tr>
<tr><th>[实施日期]</th><td>2024-07-01</td><th>[成文日期]</th><td>2024-06-20</td></tr>
<tr><th>[发文字号]</th><td>海政办发〔2024〕11号</td><th>[废止日期]</th><td></td></tr>
<tr><th>[有效性]</th><td>有效</td><th>[发布日期]</th><td>2024-06-26</td></tr>
</tbody></table></div>
<div class="article">
<div class="title">北京市海淀区人民政府办公室关于印发海淀区知识产权强区建设三年行动计划（2024—2026年）的通知</div>
<div class="wh">海政办发〔2024〕11号</div>
<div class="content">
<p>各街道办事处，各镇人民政府，区政府各委、办、局，各区属机构：</p>
<p>经区政府同意，现将《海淀区知识产权强区建设三年行动计划（2024—2026年）》印发给你们，请认真贯彻落实。</p>
<p align="right">北京市海淀区人民政府办公室</p>
<p align="right">2024年6月20日</p>
<p align="center">海淀区知识产权强区建设三年行动计划（2024—2026年）</p>
<p>一、总体目标</p>
<p>到2026年，全区每万人口高价值发明专利拥有量达到450件，PCT专利申请量年均增长10%以上，知识产权质押融资规模累计达到300亿元。</p>
<p>二、重点任务</p>
<p>重点任务分工详见附件。</p>
<p>三、保障措施</p>
<p>各单位要高度重视，区知识产权局要加强统筹协调、定期调度。</p>
<p>附件：海淀区知识产权强区建设三年行动计划重点任务分工表</p>
<p>附件</p>
<p align="center">海淀区知识产权强区建设三年行动计划重点任务分工表</p>
<table border="1" cellspacing="0">
<thead>
<tr><th rowspan="2">序号</th><th rowspan="2">任务类别</th><th rowspan="2">具体任务</th><th colspan="2">责任单位</th><th rowspan="2">完成时限</th></tr>
<tr><th>牵头单位</th><th>配合单位</th></tr>
</thead>
<tbody>
<tr><td>1</td><td rowspan="2">知识产权创造</td><td>建设中关村知识产权高价值专利培育中心，每年新增培育中心3家</td><td rowspan="2">区科委、中关村科学城管委会</td><td>区知识产权局</td><td>2026年12月</td></tr>
<tr><td>2</td><td>支持高校院所开展专利转化，每年转化专利500件</td><td>区教委、区知识产权局</td><td>2026年12月</td></tr>
<tr><td>3</td><td>知识产权保护</td><td>建设中国（中关村）知识产权保护中心海淀分中心</td><td>区知识产权局</td><td>区法院、区检察院、海淀公安分局</td><td>2025年6月</td></tr>
<tr><td>4</td><td colspan="2">加强知识产权人才培养，每年培训2000人次</td><td>区人力社保局</td><td>区知识产权局</td><td>长期</td></tr>
</tbody></table>
</div></div>
<div class="jd"><p>相关政策解读：</p><p><a>《海淀区知识产权强区建设三年行动计划（2024—2026年）》政策解读</a></p></div>
<div class="share">分享到：微信 微博</div>
<div class="tool">【打印本页】 【关闭窗口】</div>
<div class="footer">主办：北京市海淀区人民政府办公室 | 承办：海淀区政务服务和数据管理局 | 京ICP备05060933号 | 京公网安备11010802023331号</div>
</body></html>"""


@pytest.fixture(scope="module")
def haidian() -> Document:
    return extracted(HAIDIAN.encode("utf-8"), "haidian.html")[0]


def test_municipal_district_page_head(haidian: Document) -> None:
    plan = haidian.plan
    assert plan.title == "海淀区知识产权强区建设三年行动计划（2024—2026年）"
    assert plan.doc_number == "海政办发〔2024〕11号"
    assert plan.date == "2024-06-20"
    assert plan.region is not None
    assert (plan.region.name, plan.region.level) == ("海淀区", "district")
    assert haidian.citations == []  # the plan itself, named again in the page's box of readings


def test_merged_cells_of_a_web_task_table(haidian: Document) -> None:
    assert haidian.tables[-1].header == [
        "序号",
        "任务类别",
        "具体任务",
        "责任单位牵头单位",
        "责任单位配合单位",
        "完成时限",
    ]
    roles = _roles(haidian)
    assert roles["附件.表2.2"] == [
        ("区科委", "lead"),
        ("中关村科学城管委会", "lead"),
        ("区教委", "support"),
        ("区知识产权局", "support"),
    ]
    assert roles["附件.表2.3"][-1] == ("海淀公安分局", "support")


def test_a_cell_spanning_columns_gives_one_target(haidian: Document) -> None:
    trained = [t for t in haidian.targets if t.task_id is not None and t.task_id.endswith("/task/附件.表2.4")]
    assert [(t.indicator, t.value, t.unit) for t in trained] == [("培训", 2000.0, "人次")]


def test_merged_human_resources_bureau_name(haidian: Document) -> None:
    lead = next(t for t in haidian.tasks if t.path == "附件.表2.4").responsibilities[0].agency
    assert (lead.surface, lead.name, lead.type) == (
        "区人力社保局",
        "北京市海淀区人力资源和社会保障局",
        "hr_social_security",
    )


# --- 福建: a 副省级 city's district, its number only in the page's metadata table -------------------------------

HAICANG = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>厦门市海沧区人民政府办公室关于印发海沧区2024年知识产权工作要点的通知</title></head><body>
<table width="100%"><tr><td>海沧区人民政府门户网站</td><td>首页</td><td>政务公开</td></tr></table>
<div class="dqwz">您当前所在位置：首页 &gt;&gt; 政务公开 &gt;&gt; 区政府办文件</div>
<table class="xxgk" width="900">
<tr><td width="15%">索 引 号</td><td width="35%">XM00107-0200-2024-00021</td><td width="15%">发布机构</td><td>海沧区人民政府办公室</td></tr>
<tr><td>生成日期</td><td>2024-03-08</td><td>文　　号</td><td>厦海政办〔2024〕6号</td></tr>
<tr><td>标　　题</td><td colspan="3">厦门市海沧区人民政府办公室关于印发海沧区2024年知识产权工作要点的通知</td></tr>
</table>
<div class="TRS_Editor">各街道办事处，区直各单位：<br>&nbsp;&nbsp;&nbsp;&nbsp;现将《海沧区2024年知识产权工作要点》印发给你们，请认真贯彻执行。<br><div align="right">厦门市海沧区人民政府办公室<br>2024年3月6日</div><br>
<div align="center"><b>海沧区2024年知识产权工作要点</b></div>
&nbsp;&nbsp;&nbsp;&nbsp;一、主要目标<br>
&nbsp;&nbsp;&nbsp;&nbsp;全年新增发明专利授权量350件，有效发明专利拥有量突破3000件，新增国家知识产权优势示范企业3家。<br>
&nbsp;&nbsp;&nbsp;&nbsp;二、重点工作<br>
&nbsp;&nbsp;&nbsp;&nbsp;（一）提升知识产权创造水平<br>
&nbsp;&nbsp;&nbsp;&nbsp;1.推进生物医药产业专利导航，完成导航报告1份。（区科技局牵头，区工信局配合）<br>
&nbsp;&nbsp;&nbsp;&nbsp;2.实施商标品牌战略，新增有效注册商标1200件。（市市场监管局海沧分局负责）<br>
&nbsp;&nbsp;&nbsp;&nbsp;（二）加强知识产权保护<br>
&nbsp;&nbsp;&nbsp;&nbsp;3.开展知识产权执法“护航”行动，办结侵权案件30件。（市市场监管局海沧分局牵头，海沧公安分局、区法院配合）<br>
&nbsp;&nbsp;&nbsp;&nbsp;4.推动海沧台商投资区知识产权纠纷多元化解。（区司法局牵头，区台港澳办、各街道配合）<br>
&nbsp;&nbsp;&nbsp;&nbsp;三、工作要求<br>
&nbsp;&nbsp;&nbsp;&nbsp;各单位于2024年12月10日前将工作完成情况报送市市场监管局海沧分局。<br>
</div>
<table><tr><td>【<a>打印本页</a>】【<a>关闭窗口</a>】</td></tr></table>
<table><tr><td>版权所有：厦门市海沧区人民政府　闽ICP备10203684号</td></tr></table>
</body></html>"""


def test_the_number_in_the_page_s_metadata_table() -> None:
    doc, _ = extracted(HAICANG.encode("gbk"), "haicang.html")
    assert doc.plan.title == "海沧区2024年知识产权工作要点"
    assert doc.plan.doc_number == "厦海政办〔2024〕6号"
    assert doc.plan.date == "2024-03-06"
    assert [i.name for i in doc.plan.issuers] == ["厦门市海沧区人民政府办公室"]
    assert doc.citations == []
    roles = _roles(doc)
    assert roles["二.(一).2"] == [("市市场监管局海沧分局", "sole")]
    assert roles["二.(二).3"] == [
        ("市市场监管局海沧分局", "lead"),
        ("海沧公安分局", "support"),
        ("区法院", "support"),
    ]
