"""Round 45c: an old portal page (HTML 4, <font> tags, &nbsp; indents) whose whole page is laid out with
nested tables: the header, navigation and footer in layout tables, a record block of label-value pairs
(索引号 / 发布机构 / 发文日期 / 文号) above the article, the article's paragraphs in <p> or bare inside a cell's
<font> with <br> between lines, and the annex 任务分工表 a bordered data table nested in a layout cell. The
page is read whatever grid holds the article: one column of rows, a side bar beside the article's column,
each paragraph in its own row (one task's words split by the content system over two rows), so the record
block gives the metadata, the tasks their notes' roles, the goals their targets and the annex its rows."""

from __future__ import annotations

import pytest

from loaders import load_bytes
from policykg.extract.header_lines import record_line
from policykg.models import Document
from tests.plans import extracted, named_units

RECORD = (
    "<table width='96%' border='0' cellpadding='3' cellspacing='1' bgcolor='#CCCCCC'>"
    "<tr bgcolor='#FFFFFF'><td><font size='2'>索&nbsp;引&nbsp;号：</font></td><td><font size='2'>"
    "000014349/2024-0520007</font></td><td><font size='2'>信息分类：</font></td><td><font size='2'>"
    "县政府办文件</font></td></tr>"
    "<tr bgcolor='#FFFFFF'><td><font size='2'>发布机构：</font></td><td><font size='2'>{issuer}</font></td>"
    "<td><font size='2'>发文日期：</font></td><td><font size='2'>2024年05月20日</font></td></tr>"
    "<tr bgcolor='#FFFFFF'><td><font size='2'>文&nbsp;&nbsp;&nbsp;&nbsp;号：</font></td><td><font size='2'>"
    "{number}</font></td><td><font size='2'>公开日期：</font></td><td><font size='2'>2024年05月27日</font></td>"
    "</tr></table>"
)
NAV = (
    "<table width='100%' border='0'><tr align='center'><td><a href='/'>首 页</a></td><td><a href='/zwgk/'>"
    "政务公开</a></td><td><a href='/zwfw/'>政务服务</a></td><td><a href='/hdjl/'>互动交流</a></td></tr></table>"
)
SIDE = (
    "<table width='100%' border='0'><tr><td><b>政府信息公开</b></td></tr><tr><td><a href='/a/'>政府信息公开指南"
    "</a></td></tr><tr><td><a href='/b/'>法定主动公开内容</a></td></tr><tr><td><a href='/c/'>政策文件</a></td>"
    "</tr></table>"
)
FOOT = (
    "<table width='1000' border='0' align='center'><tr><td align='center'><font size='2'>主办：{issuer}"
    "&nbsp;&nbsp;承办：县融媒体中心<br>网站标识码：4508210001&nbsp;&nbsp;桂ICP备05000000号</font></td></tr>"
    "</table>"
)
F = "<font face='仿宋_GB2312' size='4'>"
IND = "&nbsp;&nbsp;&nbsp;&nbsp;"

#: The article's paragraphs: (text, split) where split puts the text's second half in a row of its own.
PARAGRAPHS = [
    "{place}知识产权强县建设工作方案",
    IND + "为贯彻落实《知识产权强国建设纲要（2021—2035年）》，结合我县实际，制定本方案。",
    IND + "一、工作目标",
    IND
    + "到2026年，全县有效发明专利拥有量达到180件以上，有效注册商标总量突破9000件；<br>"
    + IND
    + "新增地理标志商标1件，知识产权质押融资金额累计达到2亿元。",
    IND + "二、重点任务",
    IND + "（一）实施商标品牌战略。深入实施商标品牌培育工程，引导企业注册自主商标。（县市场监管局牵头，"
    "县商务局、县农业农村局配合）",
    IND + "（二）拓展知识产权金融服务。开展知识产权质押融资入园惠企行动，|落实贷款贴息政策。（县金融服务中心"
    "牵头，县财政局、县市场监管局配合）",
    IND
    + "（三）加大行政执法力度。开展“铁拳”专项执法行动，严厉打击商标侵权违法行为。（责任单位：县市场监管局）",
    IND + "三、保障措施",
    IND + "县财政局要将知识产权工作经费纳入年度预算。",
    IND + "附件：重点任务分工表",
]
ANNEX_ROWS = [
    ("1", "实施商标品牌战略", "县市场监管局", "县商务局、县农业农村局", "持续推进"),
    ("2", "拓展知识产权金融服务", "县金融服务中心", "县财政局、县市场监管局", "2025年12月"),
    ("3", "加大行政执法力度", "县市场监管局", "&nbsp;", "持续推进"),
]


def _annex() -> str:
    head = "".join(f"<td><b>{h}</b></td>" for h in ("序号", "重点任务", "牵头单位", "配合单位", "完成时限"))
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in ANNEX_ROWS)
    return f"<table width='100%' border='1' cellspacing='0' cellpadding='4'><tr align='center'>{head}</tr>{rows}</table>"


def _article(place: str, layout: str) -> str:
    texts = [p.format(place=place) for p in PARAGRAPHS]
    if layout == "rows":  # each paragraph a row of its own, one task split over two rows by the CMS
        cells = [f"<tr><td>{F}{piece}</font></td></tr>" for text in texts for piece in text.split("|")]
        cells.append(f"<tr><td>{_annex()}</td></tr>")
        return "<table width='94%' border='0' align='center'>" + "".join(cells) + "</table>"
    body = "".join(f"<p>{F}{text.replace('|', '')}</font></p>" for text in texts)
    return f"{body}{_annex()}"


#: Per layout, the county, its government's office and the document's number.
PLACES = {
    "column": ("凌云县", "凌云县人民政府办公室", "凌政办发〔2024〕8号"),
    "side": ("思南县", "思南县人民政府办公室", "思府办发〔2024〕8号"),
    "rows": ("融安县", "融安县人民政府办公室", "融政办发〔2024〕8号"),
}


def _page(layout: str) -> str:
    place, issuer, number = PLACES[layout]
    title = f"{issuer}关于印发{place}知识产权强县建设工作方案的通知"
    record = RECORD.format(issuer=issuer, number=number)
    head_rows = (
        "<tr><td height='120'><img src='/images/logo.gif' alt='某县人民政府门户网站'></td></tr>"
        f"<tr><td bgcolor='#0A5CA8'>{NAV}</td></tr>"
    )
    article = (
        f"<tr><td><font size='2'>当前位置：<a href='/'>首页</a> &gt; <a href='/zwgk/'>政务公开</a></font></td></tr>"
        f"<tr><td>{record}</td></tr>"
        f"<tr><td align='center'><font size='5'><b>{title}</b></font></td></tr>"
        f"<tr><td>{F}各乡镇人民政府，县直各单位：<br>{IND}现将《{place}知识产权强县建设工作方案》印发给你们，请认真贯彻执行。"
        f"</font></td></tr>"
        f"<tr><td align='right'>{F}{issuer}<br>2024年5月20日</font></td></tr>"
        f"<tr><td>{_article(place, layout)}</td></tr>"
    )
    if layout == "side":  # a side bar of links beside the article's column
        grid = (
            f"<table width='1000' border='0' align='center'>{head_rows}</table>"
            "<table width='1000' border='0' align='center'><tr>"
            f"<td width='210' valign='top'>{SIDE}</td><td width='10'>&nbsp;</td>"
            f"<td width='780' valign='top'><table width='100%' border='0'>{article}</table></td></tr></table>"
        )
    else:  # one column of rows holding the page from its logo to its article
        grid = f"<table width='1000' border='0' align='center'>{head_rows}{article}</table>"
    return (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">'
        "<html><head><meta http-equiv='Content-Type' content='text/html; charset=utf-8'>"
        f"<title>{title} - 某县人民政府</title></head><body>{grid}{FOOT.format(issuer=issuer)}</body></html>"
    )


LAYOUTS = ["column", "side", "rows"]


def _doc(layout: str) -> tuple[Document, str]:
    return extracted(_page(layout), "plan.html")


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_record_block_gives_the_metadata(layout: str) -> None:
    doc, _ = _doc(layout)
    place, _issuer, number = PLACES[layout]
    assert doc.plan.title == f"{place}知识产权强县建设工作方案"
    assert doc.plan.doc_number == number
    assert doc.plan.region is not None
    assert doc.plan.region.name == place
    assert str(doc.plan.date) == "2024-05-20"


@pytest.mark.parametrize("layout", LAYOUTS)
def test_each_task_keeps_its_notes_roles(layout: str) -> None:
    doc, _ = _doc(layout)
    by_title = {t.title: named_units(doc)[t.path] for t in doc.tasks if t.title}
    assert sorted((s, r) for s, r, _ in by_title["实施商标品牌战略"]) == [
        ("县农业农村局", "support"),
        ("县商务局", "support"),
        ("县市场监管局", "lead"),
    ]
    assert sorted((s, r) for s, r, _ in by_title["拓展知识产权金融服务"]) == [
        ("县市场监管局", "support"),
        ("县财政局", "support"),
        ("县金融服务中心", "lead"),
    ]
    # the note's one doer, restated by a row leading nobody: one role
    assert [(s, r) for s, r, _ in by_title["加大行政执法力度"]] == [("县市场监管局", "sole")]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_goals_targets_are_read(layout: str) -> None:
    doc, _ = _doc(layout)
    values = sorted(t.value for t in doc.targets if t.value is not None)
    assert values == [1, 2, 180, 9000]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_annex_is_a_table_and_the_chrome_no_task(layout: str) -> None:
    doc, _text = _doc(layout)
    assert [t.header for t in doc.tables if t.role == "tasks"] == [
        ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
    ]
    words = " ".join(t.text for t in doc.tasks)
    for chrome in ("政务公开", "政府信息公开指南", "网站标识码", "索引号"):
        assert chrome not in words


def test_the_split_task_is_one_task() -> None:
    doc, _ = _doc("rows")
    task = next(t for t in doc.tasks if t.title == "拓展知识产权金融服务")
    assert "落实贷款贴息政策" in task.text


@pytest.mark.parametrize(
    ("line", "number", "ranks"),
    [
        ("文　　号：\t黔南府办发〔2024〕3号\t公开日期：\t2024年03月08日", "黔南府办发〔2024〕3号", [2]),
        ("文号：凌政办发〔2024〕8号　　公开时间：2024-05-27", "凌政办发〔2024〕8号", [2]),
        ("公开日期：2024-05-27\t文 号：\t思府办发〔2024〕8号", "思府办发〔2024〕8号", [2]),
        (
            "发文字号：融政办发〔2024〕8号　公开日期：2024年5月27日　成文日期：2024年5月20日",
            "融政办发〔2024〕8号",
            [2, 0],
        ),
    ],
)
def test_a_record_line_with_the_day_it_went_public_keeps_its_number(
    line: str, number: str, ranks: list[int]
) -> None:
    record = record_line(line, 0, len(line))
    assert record is not None
    assert [n for n, _ in record.numbers] == [number]
    assert record.date_ranks == ranks  # the page's day ranks with 发布日期, after the plan's own


def test_the_day_it_went_public_never_dates_the_plan_before_its_own_date() -> None:
    doc, _ = _doc("side")  # 发文日期 2024年05月20日 before 公开日期 2024年05月27日, the signature's date too
    assert str(doc.plan.date) == "2024-05-20"


def _rows_page(fields: str, annex: str) -> str:
    """A column of paragraphs, a row each, opening with ``fields`` (a row of cells side by side), the
    tasks naming no body, the annex ``annex`` nested in its last row."""
    paragraphs = [
        "三江县知识产权强县建设工作方案",
        "一、重点任务",
        IND + "（一）加强地理标志保护。推进地理标志专用标志使用核准，打造茶油区域品牌。",
        IND + "（二）推进专利转化运用。开展存量专利盘点，推动专利向中小企业转移转化。",
        IND + "（三）强化知识产权宣传。组织开展知识产权宣传周活动。",
        IND + "附件：重点任务分工表",
    ]
    rows = "".join(f"<tr><td>{F}{text}</font></td></tr>" for text in paragraphs)
    return (
        "<html><head><meta http-equiv='Content-Type' content='text/html; charset=utf-8'>"
        "<title>三江县知识产权强县建设工作方案</title></head><body>"
        f"<table width='94%' border='0'>{fields}{rows}<tr><td>{annex}</td></tr></table></body></html>"
    )


ANNEX = (
    "<table border='1'><tr><td>序号</td><td>重点任务</td><td>牵头单位</td><td>配合单位</td></tr>"
    "<tr><td>1</td><td>加强地理标志保护</td><td>县农业农村局</td><td>县市场监管局</td></tr>"
    "<tr><td>2</td><td>推进专利转化运用</td><td>县科技局</td><td>县工业和信息化局</td></tr>"
    "<tr><td>3</td><td>强化知识产权宣传</td><td>县委宣传部</td><td>县教育局</td></tr></table>"
)


@pytest.mark.parametrize(
    "fields",
    [
        "<tr><td><font size='2'>来源：县政府办</font></td><td align='right'><font size='2'>发布时间：2024-05-27"
        "</font></td></tr>",
        "<tr><td>发布时间：2024-05-27</td><td>浏览次数：126</td><td>【字体：大 中 小】</td></tr>"
        "<tr><td>&nbsp;</td><td>【打印本页】</td><td>【关闭窗口】</td></tr>",
        "<tr><th>信息来源：三江县人民政府</th><th>2024-05-27</th></tr>",
    ],
)
def test_a_column_of_paragraphs_under_a_line_of_fields_is_read_as_the_page(fields: str) -> None:
    doc, _ = extracted(_rows_page(fields, ANNEX), "plan.html")
    assert [t.header for t in doc.tables if t.role == "tasks"] == [
        ["序号", "重点任务", "牵头单位", "配合单位"]
    ]
    by_title = {t.title: sorted((s, r) for s, r, _ in named_units(doc)[t.path]) for t in doc.tasks}
    assert by_title["加强地理标志保护"] == [("县农业农村局", "lead"), ("县市场监管局", "support")]
    assert by_title["推进专利转化运用"] == [("县工业和信息化局", "support"), ("县科技局", "lead")]
    assert by_title["强化知识产权宣传"] == [("县委宣传部", "lead"), ("县教育局", "support")]


def test_three_rows_of_fields_make_a_grid() -> None:
    fields = "".join(f"<tr><td>发布时间：2024-05-2{n}</td><td>浏览次数：12{n}</td></tr>" for n in range(3))
    loaded = load_bytes(_rows_page(fields, ANNEX).encode("utf-8"), "plan.html")
    heads = [[loaded.text[c.span[0] : c.span[1]] for c in t.rows[0]] for t in loaded.tables]
    assert heads == [["发布时间：2024-05-20", "浏览次数：120"]]


@pytest.mark.parametrize(
    "table",
    [
        # a small indicator table under a long note spanning its columns
        "<table border='1'><tr><td>指标</td><td>2026年</td></tr><tr><td>有效发明专利拥有量（件）</td><td>180</td></tr>"
        "<tr><td colspan='2'>注：有效发明专利拥有量指报告期末经国家知识产权局授权且处于有效状态的发明专利数量，"
        "数据来源于国家知识产权局统计年报，按年度更新，由县市场监管局负责统计并报送县统计局审核后发布。</td></tr></table>",
        # a task table whose categories span its columns between rows of data
        "<table border='1'><tr><td>序号</td><td>重点任务</td><td>牵头单位</td></tr>"
        "<tr><td colspan='3'>一、强化知识产权创造</td></tr><tr><td>1</td><td>加强地理标志保护</td><td>县农业农村局</td></tr>"
        "<tr><td colspan='3'>二、促进知识产权运用</td></tr><tr><td>2</td><td>推进专利转化运用</td><td>县科技局</td></tr>"
        "</table>",
    ],
)
def test_data_tables_with_rows_of_one_cell_stay_tables(table: str) -> None:
    page = (
        "<html><head><meta charset='utf-8'><title>三江县知识产权强县建设工作方案</title></head><body>"
        "<p>三江县知识产权强县建设工作方案</p><p>一、主要目标</p><p>到2026年，全县知识产权创造水平明显提升。</p>"
        f"{table}</body></html>"
    )
    doc, _ = extracted(page, "plan.html")
    assert len(doc.tables) == 1
