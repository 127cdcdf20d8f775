"""Round 13 of plans the corpus does not show, written for the tests: shapes of no earlier round.

A 新疆 autonomous region's 推进计划 (.txt) whose notes name several leads with 、 and then the units that support
them after a semicolon inside one （…） note (（自治区市场监管局、科技厅、工业和信息化厅牵头；自治区财政厅、教育厅
配合）), the later names sharing the first one's 自治区; its 林草局 (林业和草原局), which shares with the
agriculture department the protection of plant varieties and the forest products' geographical indications, is a
body of its own type in every region (县林业局, 自治区林业和草原局). As a PDF whose lines wrap inside a
paragraph, its last 二是 clause ends with its paragraph, not at the first line break.

A district's 任务清单 as a web page (.html) and as a .docx whose task table groups its rows under section rows
(一、强化知识产权创造) that span every column (colspan, cells merged across the row), and whose 牵头单位 cell spans
the rows of one lead (rowspan, cells merged down): a row that is one cell across the whole table is a heading of
the rows under it, no task, and its words name no body. The list as a PDF whose text layer gives one cell a
line: a section row's line (一、…, （二）…: a number and a short title) between two rows ends the row above it.

A district's 三年行动方案 whose targets stand in an annexed indicator table (指标名称 | 单位 | 2024年（基期） |
2025年 | 2027年 | 指标属性), its values written ≥8.5, 2200以上 and, for one year, as a quantity in words
(翻一番): a cell of words is read as the same words are in prose (twice the base level, relative; 实现零的突破
at least one, in no unit of the row's). A 2025—2027 plan's 2025年 column, read by its place as the level the
plan starts from, is a column of targets when its cells say so with a comparator (≥1.2, 15以上).

A 西藏 district's 工作要点 (.txt) whose 一是/二是/三是 clauses each close with their own （责任单位：…）, one of them
（责任单位：A，B配合）: the support word after the comma is B's alone, A leads (so in a 责任单位 column's cell
A，B配合 of a 宁夏 district's task table). Increments that name nothing (新增2家以上, 力争新增1件) count what
the clause before adds (组织企业申报自治区知识产权优势企业, 培育驰名商标); a count of firms after a count of
patents (发明专利授权量30件以上，新增3家以上) is not the patents'.

A 宁夏 district's 工作方案 whose list of counts after one 新增 (新增地理标志证明商标2件、集体商标1件) adds each, and
whose 区文化旅游广电局 (宁夏's name for the culture and tourism bureau) is typed.

A 海南 district's 行动计划 (.md) whose items number their clauses inside the paragraph after a colon
(开展…专项行动：（1）…（X负责）；（2）…；（3）…, or ①…；②…): each is a clause of the item with its own note, as
一是/二是 are, and the words before the colon are the item's title. 海南's 综合执法局 (综合行政执法局) and 旅游和文化广电体育局 are typed.

A 新疆 city's 工作要点 (.txt in GB18030) naming the customs house's office in the city without 驻
(乌鲁木齐海关克拉玛依办事处, as 乌鲁木齐海关驻克拉玛依办事处): the customs house's, its name kept as written.
"""

from __future__ import annotations

import io

import pytest
from docx import Document as new_docx

from policykg.models import Document
from tests.formats import TABLE_MARK, paragraphs_of, to_docx, to_html, to_pdf
from tests.plans import extracted, named_units


def _roles(doc: Document) -> dict[str, list[tuple[str, str]]]:
    return {path: [(s, role) for s, role, _ in units] for path, units in named_units(doc).items()}


def _typed(doc: Document) -> dict[str, list[tuple[str, str, str | None, str]]]:
    return {
        t.path: [(r.agency.surface, r.agency.name, r.agency.type, r.role) for r in t.responsibilities]
        for t in doc.tasks
    }


# --- 新疆: several leads and their supports in one note; the forestry and grassland bureau -----------------

XINJIANG = """新疆维吾尔自治区知识产权强区建设推进计划（2024—2025年）
新政办发〔2024〕31号
为深入贯彻落实《知识产权强国建设纲要（2021—2035年）》和《新疆维吾尔自治区知识产权保护条例》，加快推进知识产权强区建设，制定本计划。
一、主要目标
到2025年，全区每万人口高价值发明专利拥有量达到1.5件，知识产权质押融资登记金额年均增长20%以上，地理标志商标总数达到120件。
二、重点任务
（一）提高知识产权创造质量
1.实施高价值专利培育工程。围绕煤化工、新能源、特色农产品精深加工等产业，建设高价值专利培育中心5个。（自治区市场监管局、科技厅、工业和信息化厅牵头；自治区财政厅、教育厅配合）
2.培育特色地理标志品牌。推动吐鲁番葡萄、库尔勒香梨等地理标志产品保护，新增地理标志商标10件。（自治区农业农村厅、林草局牵头；自治区市场监管局配合）
3.加强植物新品种保护。开展林木、草品种权申请指导，严厉打击假冒授权品种行为。（自治区林业和草原局负责）
（二）强化知识产权保护
4.加强司法保护。推进知识产权民事、行政和刑事案件“三合一”审判。（自治区高级人民法院、自治区人民检察院按职责分工负责）
5.加强行政保护。一是开展“铁拳”行动，查处商标侵权假冒案件（责任单位：自治区市场监管局、公安厅）；二是强化进出口环节知识产权保护（责任单位：乌鲁木齐海关）。
6.健全知识产权纠纷多元化解机制。推动建立知识产权纠纷人民调解组织。（各有关部门按职责分工负责）
三、保障措施
各地、各有关部门要高度重视，于每年11月底前将工作进展报送自治区市场监管局。
新疆维吾尔自治区人民政府办公厅
2024年5月20日
"""


@pytest.fixture(scope="module")
def xinjiang() -> Document:
    return extracted(XINJIANG, "xinjiang.txt")[0]


def test_xinjiang_leads_then_supports_in_one_note(xinjiang: Document) -> None:
    roles = _roles(xinjiang)
    assert roles["二.(一).1"] == [
        ("自治区市场监管局", "lead"),
        ("科技厅", "lead"),
        ("工业和信息化厅", "lead"),
        ("自治区财政厅", "support"),
        ("教育厅", "support"),
    ]
    assert roles["二.(二).4"] == [("自治区高级人民法院", "joint"), ("自治区人民检察院", "joint")]
    assert roles["二.(二).5.一是"] == [("自治区市场监管局", "joint"), ("公安厅", "joint")]
    assert roles["二.(二).5.二是"] == [("乌鲁木齐海关", "sole")]
    assert roles["二.(二).6"] == [("各有关部门", "joint")]
    typed = _typed(xinjiang)
    assert typed["二.(一).1"][1] == ("科技厅", "新疆维吾尔自治区科学技术厅", "science_tech", "lead")


def test_forestry_and_grassland_bureau_is_typed(xinjiang: Document) -> None:
    typed = _typed(xinjiang)
    assert typed["二.(一).2"] == [
        ("自治区农业农村厅", "新疆维吾尔自治区农业农村厅", "agriculture", "lead"),
        ("林草局", "新疆维吾尔自治区林业和草原局", "forestry", "lead"),
        ("自治区市场监管局", "新疆维吾尔自治区市场监督管理局", "market_regulation", "support"),
    ]
    # the full name and the short one are one body
    forestry = {
        r.agency.id for t in xinjiang.tasks for r in t.responsibilities if r.agency.type == "forestry"
    }
    assert len(forestry) == 1
    assert typed["二.(一).3"] == [("自治区林业和草原局", "新疆维吾尔自治区林业和草原局", "forestry", "sole")]


def test_last_clause_runs_over_wrapped_lines() -> None:
    """In a PDF whose lines wrap inside a paragraph, the last clause (二是…（责任单位：乌鲁木齐海关）。) ends with
    its paragraph, not at the first line break: its title stops before its note."""
    doc, text = extracted(to_pdf(paragraphs_of(XINJIANG), width=34, page_numbers=True), "xinjiang.pdf")
    clause = next(t for t in doc.tasks if t.path == "二.(二).5.二是")
    assert clause.title == "强化进出口环节知识产权保护"
    assert text[clause.span[0] : clause.span[1]].replace("\n", "").endswith("（责任单位：乌鲁木齐海关）。")
    assert _roles(doc)["二.(二).5.二是"] == [("乌鲁木齐海关", "sole")]


def test_county_forestry_bureau_is_typed() -> None:
    doc, _ = extracted(
        "临夏县知识产权工作要点\n一、重点工作\n1.加强地理标志保护。推进花椒、核桃等林产品地理标志申报。（县林业局牵头，"
        "县市场监管局配合）\n临夏县市场监督管理局\n2024年3月1日\n",
        "linxia.txt",
    )
    assert _typed(doc)["一.1"] == [
        (
            "县林业局",
            "临夏回族自治州临夏县林业局",
            "forestry",
            "lead",
        ),  # round 35: a full name written is the body's name (agency_types full_names)
        ("县市场监管局", "临夏回族自治州临夏县市场监督管理局", "market_regulation", "support"),
    ]


# --- a task table grouped by section rows spanning every column, one lead spanning several rows ------------

_LONGHUA_HEAD = """海口市龙华区2024年知识产权工作任务清单
为贯彻落实《海南省知识产权强省建设实施方案》，推动全区知识产权工作高质量发展，制定本任务清单。"""
_LONGHUA_TAIL = """海口市龙华区人民政府办公室
2024年3月15日"""

#: The table's rows: a row of one cell spans every column; None stands under a cell spanning rows above it.
_LONGHUA_ROWS: list[list[str | None]] = [
    ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"],
    ["一、强化知识产权创造"],
    [
        "1",
        "开展高价值专利培育，全年新增发明专利授权量80件以上",
        "区科技工信局",
        "区市场监管局",
        "2024年12月底",
    ],
    ["2", "组织企业申报国家知识产权优势示范企业", None, "区市场监管局、区财政局", "2024年10月底"],
    ["二、加强知识产权保护"],
    ["3", "开展“铁拳”专项执法行动，查处侵权假冒案件15件以上", "区市场监管局", "区公安分局", "2024年11月底"],
    ["4", "建设知识产权纠纷人民调解委员会", None, "区司法局", "2024年9月底"],
    ["5", "开展商标品牌指导站建设", None, "各街道办事处", "2024年12月底"],
    ["三、促进知识产权运用"],
    ["6", "推动知识产权质押融资，质押融资金额达到5000万元", "区金融办", "人民银行海口市分行", "2024年12月底"],
]


def _longhua_html() -> bytes:
    width = len(_LONGHUA_ROWS[0])
    rows = []
    for r, row in enumerate(_LONGHUA_ROWS):
        if len(row) == 1:
            rows.append(f"<tr><td colspan='{width}'>{row[0]}</td></tr>")
            continue
        cells = []
        for c, value in enumerate(row):
            if value is None:
                continue
            below = 1  # the rows under this one whose cell in this column is this one
            while r + below < len(_LONGHUA_ROWS) and len(_LONGHUA_ROWS[r + below]) > c:
                if _LONGHUA_ROWS[r + below][c] is not None:
                    break
                below += 1
            span = f" rowspan='{below}'" if below > 1 else ""
            cells.append(f"<td{span}>{value}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    body = "".join(f"<p>{p}</p>" for p in paragraphs_of(_LONGHUA_HEAD))
    body += "<table border='1'>" + "\n".join(rows) + "</table>"
    body += "".join(f"<p>{p}</p>" for p in paragraphs_of(_LONGHUA_TAIL))
    return f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>".encode()


def _longhua_docx() -> bytes:
    doc = new_docx()
    for para in paragraphs_of(_LONGHUA_HEAD):
        doc.add_paragraph(para)
    width = len(_LONGHUA_ROWS[0])
    grid = doc.add_table(rows=len(_LONGHUA_ROWS), cols=width)
    for r, row in enumerate(_LONGHUA_ROWS):
        if len(row) == 1:
            merged = grid.cell(r, 0).merge(grid.cell(r, width - 1))
            merged.text = row[0] or ""
            continue
        for c, value in enumerate(row):
            if value is None:
                top = r - 1
                while _LONGHUA_ROWS[top][c] is None:
                    top -= 1
                grid.cell(top, c).merge(grid.cell(r, c)).text = _LONGHUA_ROWS[top][c] or ""
            else:
                grid.cell(r, c).text = value
    for para in paragraphs_of(_LONGHUA_TAIL):
        doc.add_paragraph(para)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


@pytest.fixture(scope="module", params=["html", "docx"])
def longhua(request: pytest.FixtureRequest) -> Document:
    if request.param == "html":
        return extracted(_longhua_html(), "longhua.html")[0]
    return extracted(_longhua_docx(), "longhua.docx")[0]


def test_section_rows_are_no_tasks(longhua: Document) -> None:
    """Since round 30 a section row is a section of the plan, whose path its rows' tasks take."""
    assert [t.path for t in longhua.tasks] == [
        "一.表1.1",
        "一.表1.2",
        "二.表1.3",
        "二.表1.4",
        "二.表1.5",
        "三.表1.6",
    ]
    surfaces = {r.agency.surface for t in longhua.tasks for r in t.responsibilities}
    assert not surfaces & {"一", "强化知识产权创造", "加强知识产权保护", "促进知识产权运用"}


def test_lead_spanning_rows_leads_each(longhua: Document) -> None:
    roles = _roles(longhua)
    assert roles["一.表1.2"] == [
        ("区科技工信局", "lead"),
        ("区市场监管局", "support"),
        ("区财政局", "support"),
    ]
    assert roles["二.表1.4"] == [("区市场监管局", "lead"), ("区司法局", "support")]
    assert roles["二.表1.5"] == [("区市场监管局", "lead"), ("各街道办事处", "support")]
    assert [(t.indicator, t.value, t.unit) for t in longhua.targets] == [
        ("发明专利授权量", 80.0, "件"),
        ("查处侵权假冒案件", 15.0, "件"),
        ("质押融资金额", 5000.0, "万元"),
    ]


def _longhua_pdf() -> bytes:
    """The list as a PDF whose text layer gives a cell a line and each section row a line of its own; each
    row writes its lead (a merged cell's text stands in its first row only, and a row whose units are fewer
    lines than its columns cannot say which column is empty)."""
    paras = paragraphs_of(_LONGHUA_HEAD)
    for r, row in enumerate(_LONGHUA_ROWS):
        for c in range(len(row)):
            top = r
            while _LONGHUA_ROWS[top][c] is None:
                top -= 1
            paras.append(_LONGHUA_ROWS[top][c] or "")
    return to_pdf([*paras, *paragraphs_of(_LONGHUA_TAIL)], width=40)


def test_section_rows_in_a_pdf_text_layer() -> None:
    """A section row's line between two rows ends the row above, heads the rows under it and is no cell."""
    doc, text = extracted(_longhua_pdf(), "longhua.pdf")
    assert [t.path for t in doc.tasks] == [
        "一.表1.1",
        "一.表1.2",
        "二.表1.3",
        "二.表1.4",
        "二.表1.5",
        "三.表1.6",
    ]
    roles = _roles(doc)
    assert roles["一.表1.1"] == [("区科技工信局", "lead"), ("区市场监管局", "support")]
    assert roles["一.表1.2"] == [
        ("区科技工信局", "lead"),
        ("区市场监管局", "support"),
        ("区财政局", "support"),
    ]
    assert roles["二.表1.5"] == [("区市场监管局", "lead"), ("各街道办事处", "support")]
    assert roles["三.表1.6"] == [("区金融办", "lead"), ("人民银行海口市分行", "support")]
    last = next(t for t in doc.tasks if t.path == "一.表1.2")
    assert "加强知识产权保护" not in text[last.span[0] : last.span[1]]
    assert [(t.indicator, t.value, t.unit) for t in doc.targets] == [
        ("发明专利授权量", 80.0, "件"),
        ("查处侵权假冒案件", 15.0, "件"),
        ("质押融资金额", 5000.0, "万元"),
    ]


_TAIL_ROWS = [
    ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"],
    [
        "1",
        "开展高价值专利培育，全年新增发明专利授权量80件以上",
        "区科技工信局",
        "区市场监管局",
        "2024年12月底",
    ],
    ["2", "组织企业申报国家知识产权优势示范企业，新增2家以上", "区市场监管局", "", "2024年10月底"],
    ["3", "开展“铁拳”专项执法行动，查处侵权假冒案件15件以上", "区市场监管局", "区公安分局", "2024年11月底"],
    ["4", "推动知识产权质押融资，质押融资金额达到5000万元", "区金融办", "", "2024年12月底"],
]


def test_pdf_rows_with_no_supporters() -> None:
    """A row whose 配合单位 cell is empty has no line for it in the text layer: the row reads with that cell
    empty (its one unit the lead), and the table goes on to the rows after it, the last one too."""
    paras = paragraphs_of(_LONGHUA_HEAD) + [cell for row in _TAIL_ROWS for cell in row if cell]
    doc, _ = extracted(to_pdf([*paras, *paragraphs_of(_LONGHUA_TAIL)], width=40), "longhua.pdf")
    assert _roles(doc) == {
        "表1.1": [("区科技工信局", "lead"), ("区市场监管局", "support")],
        "表1.2": [("区市场监管局", "lead")],
        "表1.3": [("区市场监管局", "lead"), ("区公安分局", "support")],
        "表1.4": [("区金融办", "lead")],
    }
    assert [t.deadline for t in doc.tasks] == ["2024年12月底", "2024年10月底", "2024年11月底", "2024年12月底"]
    assert [(t.indicator, t.value, t.unit) for t in doc.targets] == [
        ("发明专利授权量", 80.0, "件"),
        ("国家知识产权优势示范企业", 2.0, "家"),
        ("查处侵权假冒案件", 15.0, "件"),
        ("质押融资金额", 5000.0, "万元"),
    ]


# --- targets in an annexed indicator table, one of them a quantity in words ------------------------------

_JINFENG = """银川市金凤区知识产权强区建设三年行动方案（2025—2027年）
为深入实施知识产权强国战略，加快建设知识产权强区，结合我区实际，制定本方案。
一、总体目标
到2027年，全区知识产权创造质量和运用效益显著提升，主要指标见附件。
二、重点任务
（一）提升知识产权创造质量。实施高价值专利培育工程，支持企业建设知识产权运营中心。（区科技局牵头，区市场监管局配合）
（二）加强知识产权保护。健全知识产权快速协同保护机制，严厉打击侵权假冒行为。（区市场监管局、区公安分局按职责分工负责）
三、保障措施
加强组织领导，落实工作责任。
附件
金凤区知识产权强区建设主要指标
"""
_JINFENG_TABLE = [
    ["序号", "指标名称", "单位", "2024年（基期）", "2025年", "2027年", "指标属性"],
    ["1", "每万人口高价值发明专利拥有量", "件", "6.2", "≥8.5", "12", "预期性"],
    ["2", "有效发明专利拥有量", "件", "1800", "2200以上", "3000", "预期性"],
    ["3", "知识产权质押融资登记金额", "亿元", "2", "3", "翻一番", "预期性"],
    ["4", "专利转化实施率", "%", "25", "≥30", "≥35", "约束性"],
]


@pytest.fixture(scope="module", params=["docx", "html"])
def jinfeng(request: pytest.FixtureRequest) -> Document:
    if request.param == "docx":
        paras = [*paragraphs_of(_JINFENG), TABLE_MARK, "银川市金凤区人民政府", "2025年2月10日"]
        return extracted(to_docx(paras, _JINFENG_TABLE), "jinfeng.docx")[0]
    return extracted(to_html(paragraphs_of(_JINFENG), _JINFENG_TABLE), "jinfeng.html")[0]


def test_annexed_indicator_table(jinfeng: Document) -> None:
    got = [(t.indicator, t.value, t.unit, t.comparator, t.year, t.kind, t.flags) for t in jinfeng.targets]
    assert got == [
        ("每万人口高价值发明专利拥有量", 6.2, "件", "=", 2024, "baseline", ["expected", "per_capita"]),
        ("每万人口高价值发明专利拥有量", 8.5, "件", ">=", 2025, "target", ["expected", "per_capita"]),
        ("每万人口高价值发明专利拥有量", 12.0, "件", "=", 2027, "target", ["expected", "per_capita"]),
        ("有效发明专利拥有量", 1800.0, "件", "=", 2024, "baseline", ["expected"]),
        ("有效发明专利拥有量", 2200.0, "件", ">=", 2025, "target", ["expected"]),
        ("有效发明专利拥有量", 3000.0, "件", "=", 2027, "target", ["expected"]),
        ("知识产权质押融资登记金额", 2.0, "亿元", "=", 2024, "baseline", ["expected"]),
        ("知识产权质押融资登记金额", 3.0, "亿元", "=", 2025, "target", ["expected"]),
        ("知识产权质押融资登记金额", 2.0, "倍", ">=", 2027, "target", ["relative", "expected"]),
        ("专利转化实施率", 25.0, "%", "=", 2024, "baseline", ["binding"]),
        ("专利转化实施率", 30.0, "%", ">=", 2025, "target", ["binding"]),
        ("专利转化实施率", 35.0, "%", ">=", 2027, "target", ["binding"]),
    ]
    doubled = next(t for t in jinfeng.targets if t.unit == "倍")
    assert doubled.quote == "翻一番"


_SHAPOTOU = """中卫市沙坡头区知识产权强区建设实施方案（2025—2027年）
为深入实施知识产权强国战略，制定本方案。
一、发展目标
到2027年，知识产权强区建设取得明显成效，具体指标如下表。
@TABLE
二、重点任务
（一）加强知识产权创造。实施高价值专利培育工程。（区科技局负责）
中卫市沙坡头区人民政府
2025年1月10日
"""
_SHAPOTOU_TABLE = [
    ["指标名称", "单位", "2025年", "2027年", "指标属性(预期性/约束性)"],
    ["每万人口高价值发明专利拥有量", "件", "≥1.2", "2", "预期性"],
    ["地理标志商标", "件", "15以上", "翻一番", "预期性"],
    ["知识产权质押融资金额", "亿元", "1", "实现零的突破", "约束性"],
]


def test_first_year_column_of_comparators_is_targets() -> None:
    """2025年 | 2027年 in a 2025—2027 plan: the first year's column would be the level the plan starts from,
    but cells written ≥1.2 and 15以上 set targets; 实现零的突破 in a row of 亿元 is at least one, of no unit."""
    doc, _ = extracted(to_docx(paragraphs_of(_SHAPOTOU), _SHAPOTOU_TABLE), "shapotou.docx")
    got = [(t.indicator, t.value, t.unit, t.comparator, t.year, t.kind, t.flags) for t in doc.targets]
    assert got == [
        ("每万人口高价值发明专利拥有量", 1.2, "件", ">=", 2025, "target", ["expected", "per_capita"]),
        ("每万人口高价值发明专利拥有量", 2.0, "件", "=", 2027, "target", ["expected", "per_capita"]),
        ("地理标志商标", 15.0, "件", ">=", 2025, "target", ["expected"]),
        ("地理标志商标", 2.0, "倍", ">=", 2027, "target", ["relative", "expected"]),
        ("知识产权质押融资金额", 1.0, "亿元", "=", 2025, "target", ["binding"]),
        ("知识产权质押融资金额", 1.0, None, ">=", 2027, "target", ["binding"]),
    ]


# --- 西藏: 一是…二是…三是… clauses each closing with its own note; increments that name nothing ------------

DUILONG = """拉萨市堆龙德庆区2024年知识产权工作要点
为深入贯彻落实《西藏自治区知识产权强区建设实施方案》，推动全区知识产权事业高质量发展，现提出2024年工作要点如下。
一、提升知识产权创造质量
（一）培育知识产权优势主体。一是组织企业申报自治区知识产权优势企业，新增2家以上（责任单位：区市场监管局、区科技局）；二是培育驰名商标，力争新增1件（责任单位：区市场监管局）；三是推进青稞、牦牛等特色产品地理标志申报，新增地理标志证明商标1件（责任单位：区农业农村局，各乡镇人民政府配合）。
（二）推动专利提质增量。全年新增发明专利授权量30件以上，新增3家以上。（区科技局负责）
二、加强知识产权保护
（三）强化执法保护。一是开展“铁拳”专项行动，查办侵权假冒案件10件以上（责任单位：区市场监管局）；二是打击侵犯知识产权犯罪（责任单位：区公安分局）；三是加强植物新品种保护（责任单位：区农业农村局、区林草局）。
三、工作要求
各乡镇、各有关部门要明确专人负责，于每季度末将工作进展报送区市场监管局。
拉萨市堆龙德庆区市场监督管理局
2024年3月5日
"""


@pytest.fixture(scope="module")
def duilong() -> Document:
    return extracted(DUILONG, "duilong.txt")[0]


def test_clause_notes_each_their_own(duilong: Document) -> None:
    roles = _roles(duilong)
    assert roles["一.(一)"] == []
    assert roles["一.(一).一是"] == [("区市场监管局", "joint"), ("区科技局", "joint")]
    assert roles["一.(一).二是"] == [("区市场监管局", "sole")]
    assert roles["二.(三).二是"] == [("区公安分局", "sole")]
    assert roles["二.(三).三是"] == [("区农业农村局", "joint"), ("区林草局", "joint")]


def test_label_then_a_supporter_after_a_comma(duilong: Document) -> None:
    """责任单位：A，B配合: the support word is B's alone; A, the unit the label names, leads."""
    assert _roles(duilong)["一.(一).三是"] == [("区农业农村局", "lead"), ("各乡镇人民政府", "support")]


def test_bare_increment_counts_what_the_clause_before_adds(duilong: Document) -> None:
    got = [(t.indicator, t.value, t.unit, t.comparator, t.flags, t.quote) for t in duilong.targets]
    assert got[:3] == [
        ("自治区知识产权优势企业", 2.0, "家", ">=", ["increment"], "新增2家以上"),
        ("驰名商标", 1.0, "件", "=", ["increment", "stretch"], "新增1件"),  # 力争 (round 29)
        ("地理标志证明商标", 1.0, "件", "=", ["increment"], "新增地理标志证明商标1件"),
    ]
    firms = duilong.targets[0]
    assert firms.indicator_evidence is not None
    assert firms.indicator_evidence.quote == "自治区知识产权优势企业"


def test_a_count_of_other_things_is_not_the_measure_before(duilong: Document) -> None:
    """新增3家 after 发明专利授权量30件: firms are not a count of patents, and the words name no firms."""
    own = [
        (t.indicator, t.value, t.unit) for t in duilong.targets if t.task_id and t.task_id.endswith("一.(二)")
    ]
    assert own == [("发明专利授权量", 30.0, "件")]


# --- 宁夏: a 责任单位 column whose cells give the lead and then the supporters ----------------------------

_LITONG = """吴忠市利通区知识产权强区建设重点任务分工
为推进知识产权强区建设，现将重点任务分工如下。
"""
_LITONG_TABLE = [
    ["序号", "重点任务", "责任单位", "完成时限"],
    ["1", "开展高价值专利培育", "区科技局牵头，区市场监管局、区财政局配合", "2024年12月"],
    ["2", "推进地理标志产品保护", "区农业农村局，各乡镇人民政府配合", "2024年12月"],
    ["3", "加强知识产权司法保护", "区人民法院、区人民检察院按职责分工负责", "长期"],
    ["4", "开展知识产权宣传", "各有关部门按职责分工负责", "长期"],
]


def test_responsible_column_lead_then_supporters() -> None:
    paras = [*paragraphs_of(_LITONG), TABLE_MARK, "吴忠市利通区人民政府办公室", "2024年4月1日"]
    doc, _ = extracted(to_docx(paras, _LITONG_TABLE), "litong.docx")
    assert _roles(doc) == {
        "表1.1": [("区科技局", "lead"), ("区市场监管局", "support"), ("区财政局", "support")],
        "表1.2": [("区农业农村局", "lead"), ("各乡镇人民政府", "support")],
        "表1.3": [("区人民法院", "joint"), ("区人民检察院", "joint")],
        "表1.4": [("各有关部门", "joint")],
    }


# --- 宁夏: a list of counts after one 新增; the 文化旅游广电局 of 宁夏's cities and districts -----------------

YUANZHOU = """固原市原州区知识产权强区建设工作方案（2024—2026年）
一、工作目标
到2026年，有效发明专利拥有量达到150件，有效注册商标量突破8000件。
二、重点任务
（一）实施商标品牌战略。推动“原州马铃薯”等区域公用品牌建设，力争新增地理标志证明商标2件、集体商标1件。（区农业农村局牵头；区市场监管局、区文化旅游广电局配合）
（二）推进商标品牌建设。2024年新增注册商标800件、2025年达到1000件。（区市场监管局负责）
固原市原州区人民政府办公室
2024年5月6日
"""


@pytest.fixture(scope="module")
def yuanzhou() -> Document:
    return extracted(YUANZHOU, "yuanzhou.txt")[0]


def test_counts_listed_after_one_increment(yuanzhou: Document) -> None:
    """新增A2件、B1件: B is added as A is; a count with a year and a verb of its own (2025年达到1000件) is not."""
    got = [(t.indicator, t.value, t.year, t.flags) for t in yuanzhou.targets if t.goal_id is None]
    assert got == [
        ("地理标志证明商标", 2.0, 2026, ["increment", "stretch"]),  # 力争 heads the sentence (round 29)
        # the first's front words go on (round 28): a geographical indication is registered as a 证明商标 or
        # as a 集体商标, and the list names both kinds of the one thing
        ("地理标志集体商标", 1.0, 2026, ["increment", "stretch"]),
        ("注册商标", 800.0, 2024, ["increment"]),
        ("注册商标", 1000.0, 2025, []),
    ]


def test_culture_tourism_radio_bureau_is_typed(yuanzhou: Document) -> None:
    assert (
        _typed(yuanzhou)["二.(一)"][2]
        == (
            "区文化旅游广电局",
            "固原市原州区文化旅游广电局",  # round 35: a full name written is the body's name (agency_types full_names)
            "culture_tourism",
            "support",
        )
    )


# --- 海南: clauses numbered (1) (2) (3) inside one paragraph, each with its own note; 海南's bureau names -----

JIYANG = """三亚市吉阳区知识产权强区建设三年行动计划（2024—2026年）

## 一、主要任务

### （一）强化知识产权创造（各有关部门按职责分工负责）

1. 实施高价值专利培育计划，每年新增发明专利授权量30件以上。
2. 推进南繁种业植物新品种保护，新增植物新品种权5件。（区农业农村局、区林业局牵头；区市场监管局配合）

### （二）加强知识产权保护

3. 开展知识产权保护专项行动：（1）打击商标侵权行为（区综合执法局负责）；（2）加强旅游市场知识产权保护（区旅游和文化广电体育局负责）；（3）建设知识产权纠纷调解工作室2个（区司法局负责）。
4. 健全知识产权纠纷多元化解机制：①完善诉调对接机制（区人民法院负责）；②推广仲裁调解（三亚仲裁委员会负责）。

三亚市吉阳区人民政府
2024年2月28日
"""


@pytest.fixture(scope="module")
def jiyang() -> Document:
    return extracted(JIYANG, "jiyang.md")[0]


def test_numbered_clauses_inside_a_paragraph(jiyang: Document) -> None:
    roles = _roles(jiyang)
    assert roles["一.(二).3"] == []
    assert roles["一.(二).3.(1)"] == [("区综合执法局", "sole")]
    assert roles["一.(二).3.(2)"] == [("区旅游和文化广电体育局", "sole")]
    assert roles["一.(二).3.(3)"] == [("区司法局", "sole")]
    assert roles["一.(二).4.①"] == [("区人民法院", "sole")]
    assert roles["一.(二).4.②"] == [("三亚仲裁委员会", "sole")]
    titles = {t.path: t.title for t in jiyang.tasks}
    # the item's words before the colon opening its clauses are its title
    assert titles["一.(二).3"] == "开展知识产权保护专项行动"
    assert titles["一.(二).4"] == "健全知识产权纠纷多元化解机制"
    assert titles["一.(二).3.(1)"] == "打击商标侵权行为"
    assert titles["一.(二).4.②"] == "推广仲裁调解"
    workroom = next(t for t in jiyang.targets if t.value == 2.0)
    assert workroom.task_id is not None
    assert workroom.task_id.endswith("一.(二).3.(3)")


def test_hainan_bureau_names_are_typed(jiyang: Document) -> None:
    typed = _typed(jiyang)
    assert typed["一.(二).3.(1)"] == [("区综合执法局", "三亚市吉阳区城市管理局", "urban_management", "sole")]
    assert typed["一.(二).3.(2)"] == [
        # round 35: a full name written is the body's name (agency_types full_names)
        ("区旅游和文化广电体育局", "三亚市吉阳区旅游和文化广电体育局", "culture_tourism", "sole")
    ]
    # round 35: a full name written is the body's name (agency_types full_names)
    assert typed["一.(一).2"][1] == ("区林业局", "三亚市吉阳区林业局", "forestry", "lead")


# --- 新疆: a customs house's office in a city without one, named without 驻 -----------------------------------

KARAMAY = """克拉玛依市2024年知识产权工作要点
克政办发〔2024〕12号
一、加强知识产权保护
1.开展打击侵权假冒专项行动，查处案件20件以上。市市场监管局牵头，市公安局、乌鲁木齐海关克拉玛依办事处配合。
2.加强进出口环节知识产权保护。（乌鲁木齐海关驻克拉玛依办事处负责）
克拉玛依市人民政府办公室
2024年3月22日
"""


def test_customs_office_named_without_zhu() -> None:
    """乌鲁木齐海关克拉玛依办事处 is 乌鲁木齐海关's office, as 乌鲁木齐海关驻克拉玛依办事处 is: a customs body
    placed in the city it serves (round 30; before, the customs house's city), its name kept as written (not
    prefixed with the plan's city)."""
    doc, _ = extracted(KARAMAY.encode("gb18030"), "karamay.txt")
    typed = {
        t.path: [
            (r.agency.surface, r.agency.name, r.agency.type, r.agency.id.split("/")[1])
            for r in t.responsibilities
        ]
        for t in doc.tasks
    }
    assert typed["一.1"][2] == (
        "乌鲁木齐海关克拉玛依办事处",
        "乌鲁木齐海关克拉玛依办事处",
        "customs",
        "650200",
    )
    assert typed["一.2"] == [
        ("乌鲁木齐海关驻克拉玛依办事处", "乌鲁木齐海关驻克拉玛依办事处", "customs", "650200")
    ]
