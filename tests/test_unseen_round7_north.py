"""Round 7 of plans the corpus does not show, written for the tests: northern and western provinces.

An 内蒙古 banner plan (准格尔旗, .txt) whose bodies are named with the banner's own prefix (旗科技局, 旗市场
监督管理局, 旗人民法院) and its township-level collective (各苏木乡镇), with the annotation forms
（牵头部门：…；参与部门：…）, （主责单位：…；协同单位：…）, a bare bracket of names closing an item, （X负责）,
由X会同Y负责 and 牵头单位：X 责任领导：…; its 农牧局 is the agriculture bureau.

An 内蒙古 league's 工作要点 (锡林郭勒盟, .txt) issued by the league's 行政公署: 盟-prefixed bodies, the
collective of its banners and counties (各旗县（市、区）, 各旗县市区人民政府) and its direct departments
(盟直各有关部门).

A 青海 autonomous prefecture's 实施意见 (海西州, .txt): 州-prefixed bodies (州市场监管局, 州中级人民法院)
are the prefecture's.

A 新疆 prefecture's plan (伊犁州, .docx) whose headings and items are numbered by Word: styles 'Heading 1' /
'Heading 2' / 'List Number' linked to one multilevel list (一、 / （一） / 1.), the numbers in no paragraph's
text; the loader writes the labels Word shows, so the outline is read as in any other plan.

A 西藏 district's 工作要点 (.html) whose task table has a <thead> of <th> cells (工作内容 | 主责单位 | 协同单位 |
完成时限) and a 主责单位 cell merged over two rows (rowspan); 各责任单位 is a collective.

A 黑龙江 county-level city's plan (宁安市, .txt in GB18030): 市 bodies are the county-level city's, its
prefecture (牡丹江市市场监督管理局) named in full beside them.

A 宁夏 county-level city's plan (灵武市, .txt) with unit lines after items (主责单位：X　协同单位：Y;
责任部门：X 完成时限：…) and a prose subject before 要会同 (市市场监管局要会同有关部门…).

A 甘肃 county-level city's 工作要点 (玉门市, .txt) closing with a 有关要求 chapter.

A 河北 county-level city's task table in a .pdf (迁安市) that the text layer gives one cell per line, no tab
between cells (序号 / 主要任务 / 牵头单位 / 配合单位 / 完成时限, then 1 / … per row), some cells wrapped
over two lines, one of them inside a unit's name.

A 山西 county-level city's task list (孝义市, .docx) whose 序号 column Word numbers (empty cells of style
'List Number'): the rows keep their numbers (1. is row 1).
"""

from __future__ import annotations

import pytest

from policykg.models import Document
from tests.formats import to_table_pdf
from tests.plans import extracted, named_units


def _roles(doc: Document) -> dict[str, list[tuple[str, str]]]:
    return {path: [(s, role) for s, role, _ in units] for path, units in named_units(doc).items()}


def _names(doc: Document) -> dict[str, tuple[str, str | None]]:
    """Surface → (canonical name, type) of every agency the tasks name."""
    return {r.agency.surface: (r.agency.name, r.agency.type) for t in doc.tasks for r in t.responsibilities}


def _targets(doc: Document) -> list[tuple[str, float | None, str | None, str, int | None, str]]:
    return [(t.indicator, t.value, t.unit, t.comparator, t.year, t.kind) for t in doc.targets]


# --- 内蒙古: a banner's plan --------------------------------------------------------------------------------

ZHUNGEER = """准格尔旗知识产权强县建设工作方案（2024—2026年）
准政办发〔2024〕18号
各苏木乡镇人民政府，各街道办事处，旗直各部门：
为深入贯彻落实《知识产权强国建设纲要（2021—2035年）》和《内蒙古自治区知识产权保护和运用“十四五”规划》，推动我旗知识产权事业高质量发展，结合我旗实际，制定本方案。
一、工作目标
到2026年，全旗有效发明专利拥有量达到260件，每万人口高价值发明专利拥有量达到2.5件，注册商标总量突破8000件，地理标志证明商标达到3件。
二、重点任务
（一）提升知识产权创造质量
1.培育高价值专利。聚焦煤炭清洁利用、新材料等重点产业，支持企业开展关键核心技术攻关，每年培育高价值专利20件以上。（牵头部门：旗市场监督管理局；参与部门：旗科技局、旗工业和信息化局）
2.打造区域品牌。围绕“准格尔小米”“准格尔黄米”等特色农畜产品，开展地理标志培育工作。（主责单位：旗农牧局；协同单位：旗市场监督管理局、各苏木乡镇）
（二）加强知识产权保护
3.开展专项执法行动。深入开展知识产权执法“铁拳”行动，严厉打击商标侵权、假冒专利等违法行为。（旗市场监管局、旗公安局）
4.健全纠纷多元化解机制。设立知识产权纠纷人民调解委员会，推进诉调对接。（责任部门：旗司法局）
5.加强司法保护。提升知识产权案件审判质效。（旗人民法院负责）
（三）促进知识产权运用
6.推进知识产权金融服务。由旗金融服务中心会同旗市场监督管理局负责，推动知识产权质押融资年度金额达到1亿元。
7.推动专利转化。实施专利转化专项计划，促进高校院所专利向中小企业转移转化。牵头单位：旗科技局 责任领导：分管副旗长
三、保障措施
各苏木乡镇人民政府、旗直各有关部门要高度重视知识产权强县建设工作，明确责任分工，确保各项任务落到实处。
准格尔旗人民政府办公室
2024年4月12日
"""


@pytest.fixture(scope="module")
def zhungeer() -> Document:
    return extracted(ZHUNGEER, "zhungeer.txt")[0]


def test_banner_plan_head(zhungeer: Document) -> None:
    plan = zhungeer.plan
    assert plan.title == "准格尔旗知识产权强县建设工作方案（2024—2026年）"
    assert plan.doc_number == "准政办发〔2024〕18号"
    assert [i.name for i in plan.issuers] == ["准格尔旗人民政府办公室"]
    assert plan.date == "2024-04-12"
    assert plan.region is not None
    assert (plan.region.name, plan.region.level) == ("准格尔旗", "county")
    assert [p.name for p in plan.region.parents] == ["鄂尔多斯市", "内蒙古自治区"]
    assert plan.period is not None
    assert (plan.period.start, plan.period.end) == ("2024", "2026")


def test_banner_annotation_forms(zhungeer: Document) -> None:
    roles = _roles(zhungeer)
    assert roles["二.(一).1"] == [
        ("旗市场监督管理局", "lead"),
        ("旗科技局", "support"),
        ("旗工业和信息化局", "support"),
    ]
    assert roles["二.(一).2"] == [
        ("旗农牧局", "lead"),
        ("旗市场监督管理局", "support"),
        ("各苏木乡镇", "support"),
    ]
    assert roles["二.(二).3"] == [("旗市场监管局", "joint"), ("旗公安局", "joint")]
    assert roles["二.(二).4"] == [("旗司法局", "sole")]
    assert roles["二.(二).5"] == [("旗人民法院", "sole")]
    assert roles["二.(三).6"] == [("旗金融服务中心", "lead"), ("旗市场监督管理局", "support")]
    assert roles["二.(三).7"] == [("旗科技局", "lead")]  # 责任领导 names a person, not a body


def test_banner_prefix_names_the_banner(zhungeer: Document) -> None:
    names = _names(zhungeer)
    assert names["旗市场监督管理局"] == ("鄂尔多斯市准格尔旗市场监督管理局", "market_regulation")
    assert names["旗市场监管局"] == names["旗市场监督管理局"]
    assert names["旗科技局"] == ("鄂尔多斯市准格尔旗科学技术局", "science_tech")
    assert names["旗人民法院"] == ("鄂尔多斯市准格尔旗人民法院", "court")
    assert names["旗农牧局"] == (
        "鄂尔多斯市准格尔旗农牧局",
        "agriculture",
    )  # round 35: a full name written is the body's name (agency_types full_names)


def test_banner_collectives(zhungeer: Document) -> None:
    names = _names(zhungeer)
    assert names["各苏木乡镇"] == ("鄂尔多斯市准格尔旗各苏木乡镇", "all_towns")
    assert names["各苏木乡镇人民政府"][1] == "all_towns"
    assert names["旗直各有关部门"] == ("鄂尔多斯市准格尔旗直属各有关部门", "direct_departments")


def test_banner_targets(zhungeer: Document) -> None:
    assert _targets(zhungeer)[:4] == [
        ("有效发明专利拥有量", 260.0, "件", ">=", 2026, "target"),
        ("每万人口高价值发明专利拥有量", 2.5, "件", ">=", 2026, "target"),
        ("注册商标总量", 8000.0, "件", ">", 2026, "target"),
        ("地理标志证明商标", 3.0, "件", ">=", 2026, "target"),
    ]


# --- 内蒙古: a league's 工作要点 ------------------------------------------------------------------------------

XILINGOL = """锡林郭勒盟知识产权保护和运用工作要点
锡署办发〔2024〕9号
各旗县（市、区）人民政府，盟行政公署各委办局：
现将《锡林郭勒盟知识产权保护和运用工作要点》印发给你们，请认真贯彻落实。
一、强化知识产权创造
1.实施地理标志运用促进工程，加强“锡林郭勒羊”“苏尼特羊”等地理标志保护。（盟市场监管局、盟农牧局，各旗县市区人民政府）
2.年内全盟发明专利授权量达到120件，新增注册商标3000件。（盟市场监管局牵头，盟科技局配合）
二、加强知识产权保护
3.开展草原畜产品商标侵权专项整治行动。（责任单位：盟市场监管局，盟公安局，二连浩特海关）
4.推进知识产权纠纷人民调解组织建设，在各旗县（市、区）设立调解工作室。（盟司法局负责）
三、工作要求
各旗县（市、区）、盟直各有关部门要结合实际抓好落实，每半年向盟市场监管局报送工作进展。
锡林郭勒盟行政公署办公室
2024年3月1日
"""


@pytest.fixture(scope="module")
def xilingol() -> Document:
    return extracted(XILINGOL, "xilingol.txt")[0]


def test_league_prefix_names_the_league(xilingol: Document) -> None:
    assert xilingol.plan.region is not None
    assert xilingol.plan.region.name == "锡林郭勒盟"
    names = _names(xilingol)
    assert names["盟市场监管局"] == ("锡林郭勒盟市场监督管理局", "market_regulation")
    assert names["盟农牧局"] == (
        "锡林郭勒盟农牧局",
        "agriculture",
    )  # round 35: a full name written is the body's name (agency_types full_names)
    assert names["盟司法局"] == ("锡林郭勒盟司法局", "justice")
    assert _roles(xilingol)["一.2"] == [("盟市场监管局", "lead"), ("盟科技局", "support")]


def test_league_collectives(xilingol: Document) -> None:
    names = _names(xilingol)
    assert names["各旗县市区人民政府"][1] == "all_governments"
    closing = next(t for t in xilingol.tasks if t.path == "三")
    assert [(r.agency.surface, r.agency.type, r.basis) for r in closing.responsibilities] == [
        ("各旗县（市、区）", "all_governments", "prose"),
        ("盟直各有关部门", "direct_departments", "prose"),
    ]


def test_league_administration_is_typed(xilingol: Document) -> None:
    issuer = xilingol.plan.issuers[0]
    assert issuer.name == "锡林郭勒盟行政公署办公室"
    agency = next(a for a in xilingol.agencies if a.id == issuer.agency_id)
    assert agency.type == "administration_office"


# --- 青海: an autonomous prefecture's 实施意见 ------------------------------------------------------------------

HAIXI = """海西蒙古族藏族自治州知识产权强州建设实施意见
海西州政〔2023〕38号
格尔木市、德令哈市、茫崖市人民政府，各县人民政府，州政府各部门：
为加快建设知识产权强州，推动盐湖化工、新能源等特色产业高质量发展，现提出如下实施意见。
一、主要目标
到2025年，全州每万人口发明专利拥有量达到2件，专利转化运用项目实施数量达到20项。
二、重点工作
（一）加强盐湖资源领域专利布局。支持盐湖股份等龙头企业建设专利池。州科技局、州工业和信息化局负责。
（二）强化知识产权保护。州市场监管局牵头，州公安局、州中级人民法院参与，建立知识产权案件快速处置机制。
（三）推进柴达木枸杞地理标志保护。由州农牧局会同州市场监管局负责，培育枸杞地理标志品牌。
（四）完善知识产权公共服务体系。在格尔木市建设知识产权服务分中心。（格尔木市人民政府负责）
海西州人民政府
2023年8月10日
"""


@pytest.fixture(scope="module")
def haixi() -> Document:
    return extracted(HAIXI, "haixi.txt")[0]


def test_prefecture_prefix_names_the_autonomous_prefecture(haixi: Document) -> None:
    assert haixi.plan.region is not None
    assert haixi.plan.region.name == "海西蒙古族藏族自治州"
    names = _names(haixi)
    assert names["州市场监管局"] == ("海西蒙古族藏族自治州市场监督管理局", "market_regulation")
    assert names["州中级人民法院"] == ("海西蒙古族藏族自治州中级人民法院", "court")
    assert names["州科技局"] == ("海西蒙古族藏族自治州科学技术局", "science_tech")
    assert names["格尔木市人民政府"] == ("格尔木市人民政府", "government")
    roles = _roles(haixi)
    assert roles["二.(二)"] == [
        ("州市场监管局", "lead"),
        ("州公安局", "support"),
        ("州中级人民法院", "support"),
    ]
    assert roles["二.(三)"] == [("州农牧局", "lead"), ("州市场监管局", "support")]


# --- 新疆: a .docx whose headings are numbered by Word ------------------------------------------------------

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#: A multilevel list as Chinese office templates define it: 一、 / （一） / 1. linked to the heading styles.
_OUTLINE = (
    ("Heading1", "chineseCounting", "%1、", "nothing"),
    ("Heading2", "chineseCounting", "（%2）", "nothing"),
    ("ListNumber", "decimal", "%3.", "space"),
)


def _outline_docx(paragraphs: list[tuple[str | None, str]]) -> bytes:
    """A .docx whose paragraphs of style 'Heading 1' / 'Heading 2' / 'List Number' are numbered by one
    multilevel list linked to those styles: the numbers are in no paragraph's text."""
    import io

    from docx import Document as new_docx
    from docx.oxml import parse_xml

    doc = new_docx()
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:pStyle w:val="{style}"/>'
        f'<w:suff w:val="{suff}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/></w:lvl>'
        for i, (style, fmt, text, suff) in enumerate(_OUTLINE)
    )
    numbering = doc.part.numbering_part.element
    numbering.insert(
        0, parse_xml(f'<w:abstractNum xmlns:w="{_W}" w:abstractNumId="90">{levels}</w:abstractNum>')
    )
    numbering.append(parse_xml(f'<w:num xmlns:w="{_W}" w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    for i, (style, _, _, _) in enumerate(_OUTLINE):
        element = next(
            s for s in doc.styles.element.iter(f"{{{_W}}}style") if s.get(f"{{{_W}}}styleId") == style
        )
        ppr = element.get_or_add_pPr()
        for old in ppr.findall(f"{{{_W}}}numPr"):
            ppr.remove(old)
        ppr.insert(
            0, parse_xml(f'<w:numPr xmlns:w="{_W}"><w:ilvl w:val="{i}"/><w:numId w:val="90"/></w:numPr>')
        )
    for style, text in paragraphs:
        doc.add_paragraph(text, style=style)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


YILI = [
    (None, "伊犁哈萨克自治州知识产权强州建设工作方案"),
    (None, "伊州政办发〔2023〕56号"),
    (
        None,
        "为全面贯彻落实《新疆维吾尔自治区知识产权强区建设纲要（2021—2035年）》，加快推进知识产权强州建设，结合我州实际，制定本方案。",
    ),
    ("Heading 1", "总体目标"),
    (None, "到2025年，全州有效发明专利拥有量达到1200件，商标有效注册量达到6万件，地理标志保护产品达到15个。"),
    ("Heading 1", "重点任务"),
    ("Heading 2", "强化知识产权创造"),
    (
        "List Number",
        "实施专利提质增效行动。支持企业围绕特色农产品精深加工开展技术研发，培育一批高价值专利。（责任单位：州市场监管局、州科技局）",
    ),
    (
        "List Number",
        "推进商标品牌培育。加强“伊力特”“伊犁马”等品牌保护，开展地理标志运用促进工程。（责任单位：州市场监管局、州农业农村局，各县市人民政府）",
    ),
    ("Heading 2", "加强知识产权保护"),
    (
        "List Number",
        "开展执法专项行动。组织开展打击侵权假冒专项行动，办结各类知识产权案件100件以上。（牵头单位：州市场监管局；配合单位：州公安局、霍尔果斯海关）",
    ),
    (
        "List Number",
        "完善协同保护机制。推动建立知识产权行政执法与司法保护衔接机制。（州中级人民法院、州人民检察院负责）",
    ),
    ("Heading 1", "保障措施"),
    ("Heading 2", "加强组织领导"),
    (None, "州知识产权工作领导小组统筹推进强州建设，各县市要制定具体措施。"),
    ("Heading 2", "加强经费保障"),
    (None, "州财政局要加大对知识产权工作的支持力度。"),
    (None, "伊犁哈萨克自治州人民政府办公室"),
    (None, "2023年9月6日"),
]


@pytest.fixture(scope="module")
def yili() -> tuple[Document, str]:
    return extracted(_outline_docx(YILI), "yili.docx")


def test_word_numbering_is_read_into_the_text(yili: tuple[Document, str]) -> None:
    text = yili[1]
    assert "\n一、总体目标\n到2025年" in text
    assert "\n二、重点任务\n（一）强化知识产权创造\n1. 实施专利提质增效行动。" in text
    assert "\n（二）加强知识产权保护\n1. 开展执法专项行动。" in text  # the items restart under each section
    assert "\n三、保障措施\n（一）加强组织领导\n州知识产权工作领导小组" in text


def test_word_numbered_headings_give_the_structure(yili: tuple[Document, str]) -> None:
    doc = yili[0]
    assert doc.plan.title == "伊犁哈萨克自治州知识产权强州建设工作方案"
    assert [(s.path, s.chapter_kind, s.title) for s in doc.sections if s.level <= 2] == [
        ("一", "goals", "总体目标"),
        ("二", "tasks", "重点任务"),
        ("二.(一)", "tasks", "强化知识产权创造"),
        ("二.(二)", "tasks", "加强知识产权保护"),
        ("三", "safeguards", "保障措施"),
        ("三.(一)", "safeguards", "加强组织领导"),
        ("三.(二)", "safeguards", "加强经费保障"),
    ]
    roles = _roles(doc)
    assert roles["二.(一).1"] == [("州市场监管局", "joint"), ("州科技局", "joint")]
    assert roles["二.(二).1"] == [
        ("州市场监管局", "lead"),
        ("州公安局", "support"),
        ("霍尔果斯海关", "support"),
    ]
    assert roles["二.(二).2"] == [("州中级人民法院", "joint"), ("州人民检察院", "joint")]
    assert [t.title for t in doc.tasks if t.kind == "item"] == [
        "实施专利提质增效行动",
        "推进商标品牌培育",
        "开展执法专项行动",
        "完善协同保护机制",
    ]
    assert ("办结各类知识产权案件", 100.0, "件", ">=", 2025, "target") in _targets(doc)


# --- 西藏: an .html task table with <thead> and a 主责单位 merged over two rows ------------------------------

LHASA = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>城关区知识产权工作要点</title></head><body>
<div class="article">
<h1>拉萨市城关区2024年知识产权工作要点</h1>
<p>为深入贯彻《西藏自治区知识产权保护和运用“十四五”规划》，推动全区知识产权工作高质量发展，现制定2024年工作要点如下。</p>
<p>一、主要目标</p>
<p>全年新增发明专利授权量15件，商标注册申请量达到1500件，培育知识产权优势企业2家。</p>
<p>二、重点任务</p>
<table border="1">
<thead><tr><th>序号</th><th>工作内容</th><th>主责单位</th><th>协同单位</th><th>完成时限</th></tr></thead>
<tbody>
<tr><td>1</td><td>开展藏医药、民族手工艺品等特色产业专利导航，推动专利信息运用。</td><td rowspan="2">区市场监管局</td>
<td>区科技局</td><td>2024年10月</td></tr>
<tr><td>2</td><td>加强“拉萨净土”区域公用品牌商标保护，开展商标侵权专项整治。</td><td>区公安分局、区文化局</td>
<td>2024年12月</td></tr>
<tr><td>3</td><td>深入开展知识产权进寺庙、进社区、进学校宣传活动。</td><td>区委宣传部</td><td>各街道办事处、区教育局</td>
<td>2024年4月</td></tr>
</tbody></table>
<p>三、工作要求</p>
<p>各责任单位要细化工作措施，于2024年12月15日前将工作完成情况报区市场监管局。</p>
<p>拉萨市城关区市场监督管理局</p>
<p>2024年3月8日</p>
</div></body></html>"""


@pytest.fixture(scope="module")
def lhasa() -> Document:
    return extracted(LHASA.encode("utf-8"), "chengguan.html")[0]


def test_thead_table_with_merged_lead_column(lhasa: Document) -> None:
    plan = lhasa.plan
    assert (plan.title, plan.date) == ("拉萨市城关区2024年知识产权工作要点", "2024-03-08")
    assert plan.region is not None
    assert [plan.region.name, *(p.name for p in plan.region.parents)] == [
        "城关区",
        "拉萨市",
        "西藏自治区",
    ]
    assert lhasa.tables[0].header == ["序号", "工作内容", "主责单位", "协同单位", "完成时限"]
    roles = _roles(lhasa)
    assert roles["二.表1.1"] == [("区市场监管局", "lead"), ("区科技局", "support")]
    assert roles["二.表1.2"] == [("区市场监管局", "lead"), ("区公安分局", "support"), ("区文化局", "support")]
    assert roles["二.表1.3"] == [("区委宣传部", "lead"), ("各街道办事处", "support"), ("区教育局", "support")]
    assert [t.deadline_date for t in lhasa.tasks if t.kind == "table_row"] == [
        "2024-10",
        "2024-12",
        "2024-04",
    ]
    assert _names(lhasa)["区市场监管局"] == ("拉萨市城关区市场监督管理局", "market_regulation")


def test_all_responsible_units_are_a_collective(lhasa: Document) -> None:
    closing = next(t for t in lhasa.tasks if t.path == "三")
    assert [(r.agency.surface, r.agency.name, r.agency.type) for r in closing.responsibilities] == [
        ("各责任单位", "拉萨市城关区各责任单位", "all_departments")
    ]


# --- 黑龙江: a county-level city's plan (.txt in GB18030), 市 inside a 市 --------------------------------------

NINGAN = """宁安市知识产权强县建设试点工作实施方案
为认真落实《牡丹江市知识产权强市建设实施方案》要求，扎实推进我市知识产权强县建设试点工作，结合我市实际，制定本实施方案。
一、工作目标
通过三年试点建设，到2025年底，全市有效发明专利拥有量较2022年翻一番，商标有效注册量达到5000件。
二、主要任务
（一）推动知识产权创造提质。
1.支持企业开展技术创新和商标注册，全年新增商标注册量500件以上。（牵头单位：市市场监督管理局，责任单位：市农业农村局、市文体广电和旅游局）
2.鼓励企业申请发明专利，落实专利资助政策。（市科技局、市财政局按职责分工负责）
（二）加大知识产权保护力度。
3.建立牡丹江市与宁安市两级联动执法机制，开展跨区域联合执法。（责任单位：市市场监督管理局、牡丹江市市场监督管理局）
4.加强知识产权刑事司法保护。（市公安局、市人民检察院、市人民法院按职责负责）
（三）提升知识产权服务水平。
5.在渤海镇、东京城镇建设知识产权服务工作站。由市市场监督管理局负责，各乡镇人民政府配合。
三、保障措施
市政府成立知识产权强县建设试点工作领导小组，领导小组办公室设在市市场监督管理局。各乡镇、市直各有关部门要将试点工作纳入重要议事日程。
宁安市人民政府
2023年2月27日
"""


@pytest.fixture(scope="module")
def ningan() -> Document:
    return extracted(NINGAN.encode("gb18030"), "ningan.txt")[0]


def test_county_level_city_inside_its_city(ningan: Document) -> None:
    assert ningan.encoding == "gb18030"
    region = ningan.plan.region
    assert region is not None
    assert (region.name, region.level) == ("宁安市", "county_city")
    assert [p.name for p in region.parents] == ["牡丹江市", "黑龙江省"]
    names = _names(ningan)
    assert names["市市场监督管理局"] == ("宁安市市场监督管理局", "market_regulation")
    assert names["牡丹江市市场监督管理局"] == ("牡丹江市市场监督管理局", "market_regulation")
    assert names["市文体广电和旅游局"] == (
        "宁安市文体广电和旅游局",
        "culture_tourism",
    )  # round 35: a full name written is the body's name (agency_types full_names)
    roles = _roles(ningan)
    assert roles["二.(一).1"] == [
        ("市市场监督管理局", "lead"),
        ("市农业农村局", "support"),
        ("市文体广电和旅游局", "support"),
    ]
    assert roles["二.(三).5"] == [("市市场监督管理局", "lead"), ("各乡镇人民政府", "support")]
    assert ("有效发明专利拥有量", 2.0, "倍", ">=", 2025, "target") in _targets(ningan)


# --- 宁夏: a county-level city's plan with unit lines after items and a prose 会同 ------------------------------

LINGWU = """灵武市知识产权强县建设示范工作方案
灵政办发〔2023〕45号
各乡镇人民政府、街道办事处，市直各部门、各直属单位：
《灵武市知识产权强县建设示范工作方案》已经市人民政府同意，现印发给你们，请结合实际认真抓好落实。
为贯彻落实《宁夏回族自治区知识产权强区建设纲要（2021—2035年）》（宁党发〔2022〕8号）和《银川市知识产权“十四五”规划》（银政办发〔2022〕12号），结合我市实际，制定本方案。
一、总体目标
力争到2025年，全市每万人口高价值发明专利拥有量达到1.8件，规模以上工业企业有研发活动的比例达到45%，知识产权质押融资金额累计突破2亿元。
二、重点任务
（一）提升创造质量。实施高价值专利培育计划，每年认定知识产权示范企业5家以上。
主责单位：市科技局　协同单位：市市场监管局、宁东能源化工基地管委会
（二）强化保护体系。推进知识产权快速维权，专利侵权纠纷案件结案率达到95%以上。
责任部门：市市场监管局 完成时限：2025年12月底
（三）推动转化运用。开展知识产权质押融资入园惠企行动，推广专利权质押保险。（牵头部门：市财政局；参与部门：市金融工作局、人民银行灵武市支行）
三、保障措施
市市场监管局要会同有关部门加强督查，每年12月底前向市人民政府报告进展情况。市财政局要会同市科技局落实专项经费。
灵武市人民政府办公室
2023年6月2日
"""


@pytest.fixture(scope="module")
def lingwu() -> Document:
    return extracted(LINGWU, "lingwu.txt")[0]


def test_unit_lines_with_lead_and_partner_labels(lingwu: Document) -> None:
    roles = _roles(lingwu)
    assert roles["二.(一)"] == [
        ("市科技局", "lead"),
        ("市市场监管局", "support"),
        ("宁东能源化工基地管委会", "support"),
    ]
    assert roles["二.(二)"] == [("市市场监管局", "sole")]
    assert {t.path: t.deadline_date for t in lingwu.tasks}["二.(二)"] == "2025-12"
    assert roles["二.(三)"] == [
        ("市财政局", "lead"),
        ("市金融工作局", "support"),
        ("人民银行灵武市支行", "support"),
    ]
    assert [(c.title, c.doc_number) for c in lingwu.citations] == [
        ("宁夏回族自治区知识产权强区建设纲要（2021—2035年）", "宁党发〔2022〕8号"),
        ("银川市知识产权“十四五”规划", "银政办发〔2022〕12号"),
    ]


def test_subject_before_yao_huitong_is_the_name_alone(lingwu: Document) -> None:
    """'X要会同Y…': 要 is the cue after the name though 要会 ends like a body's name (…会); X leads, Y
    supports (tests/test_prose_partners.py)."""
    roles = _roles(lingwu)
    assert roles["三"] == [
        ("市市场监管局", "lead"),
        ("有关部门", "support"),
        ("市财政局", "lead"),
        ("市科技局", "support"),
    ]
    assert _names(lingwu)["市市场监管局"] == ("灵武市市场监督管理局", "market_regulation")


# --- 甘肃: a county-level city's 工作要点 closing with 有关要求 ---------------------------------------------------

YUMEN = """玉门市2024年知识产权工作要点
一、目标任务
全年专利授权量达到200件，其中发明专利授权量不低于30件；新增注册商标300件；培育省级知识产权示范企业2家。
二、工作措施
1.深化知识产权管理体制改革，推动建立知识产权工作联席会议制度。（市市场监管局负责）
2.支持石油化工、新能源装备企业开展专利布局，推进风电装备产业知识产权联盟建设。（市工信局牵头，市科技局、市发展改革局配合）
3.在老市区、玉门镇等设立知识产权维权援助工作站。（各乡镇、市市场监管局）
4.联合酒泉市市场监管局开展商标侵权专项执法行动。责任单位：市市场监管局、市公安局
三、有关要求
各乡镇、各有关部门要于每季度末将工作进展报送市市场监管局。
玉门市市场监督管理局
2024年2月18日
"""


@pytest.fixture(scope="module")
def yumen() -> Document:
    return extracted(YUMEN, "yumen.txt")[0]


def test_closing_requirements_chapter_is_safeguards(yumen: Document) -> None:
    assert [(s.path, s.chapter_kind) for s in yumen.sections if s.level == 1] == [
        ("一", "goals"),
        ("二", "tasks"),
        ("三", "safeguards"),
    ]
    roles = _roles(yumen)
    assert roles["二.2"] == [("市工信局", "lead"), ("市科技局", "support"), ("市发展改革局", "support")]
    assert roles["二.3"] == [("各乡镇", "joint"), ("市市场监管局", "joint")]
    assert roles["二.4"] == [("市市场监管局", "joint"), ("市公安局", "joint")]  # not 酒泉市市场监管局
    assert roles["三"] == [("各乡镇", "implicit"), ("各有关部门", "implicit")]
    assert _targets(yumen) == [
        ("专利授权量", 200.0, "件", ">=", 2024, "target"),
        ("发明专利授权量", 30.0, "件", ">=", 2024, "target"),
        ("注册商标", 300.0, "件", "=", 2024, "target"),
        ("培育省级知识产权示范企业", 2.0, "家", "=", 2024, "target"),
    ]


# --- 河北: a .pdf whose task table the text layer gives one cell per line -----------------------------------


QIANAN_ROWS = [
    ["序号", "主要任务", "牵头单位", "配合单位", "完成时限"],
    ["1", "实施高价值专利培育工程，全年发明专利授权量达到150件。", "市市场监管局", "市科技局", "2024年12月"],
    ["2", "培育国家知识产权优势企业3家。", "市科技局", "市工信局、市市场监管局", "2024年11月"],
    ["3", "开展钢铁、装备制造产业专利导航，推动产业链协同创新。", "市工信局", "市发展改革局", "2024年9月"],
]


@pytest.fixture(scope="module")
def qianan() -> tuple[Document, str]:
    before = [
        "迁安市2024年知识产权强县建设重点任务分解表",
        "为推进国家知识产权强县建设示范县工作，现将2024年重点任务分解如下。",
        "一、重点任务分工",
    ]
    after = ["二、工作要求", "各责任部门要按时限完成任务。", "迁安市人民政府办公室", "2024年1月30日"]
    return extracted(to_table_pdf(before, QIANAN_ROWS, [2, 14, 7, 7, 8], after), "qianan.pdf")


def test_pdf_table_one_cell_per_line(qianan: tuple[Document, str]) -> None:
    doc, text = qianan
    assert "\n序号\n主要任务\n牵头单位\n配合单位\n完成时限\n1\n" in text  # the text layer's own layout
    assert doc.tables[0].header == ["序号", "主要任务", "牵头单位", "配合单位", "完成时限"]
    rows = [t for t in doc.tasks if t.kind == "table_row"]
    assert [t.path for t in rows] == ["一.表1.1", "一.表1.2", "一.表1.3"]
    assert [t.title for t in rows] == [
        "实施高价值专利培育工程",
        "培育国家知识产权优势企业3家",
        "开展钢铁、装备制造产业专利导航",
    ]
    roles = _roles(doc)
    assert roles["一.表1.1"] == [("市市场监管局", "lead"), ("市科技局", "support")]
    assert [(s.replace("\n", ""), r) for s, r in roles["一.表1.2"]] == [
        ("市科技局", "lead"),
        ("市工信局", "support"),
        ("市市场监管局", "support"),
    ]
    assert roles["一.表1.3"] == [("市工信局", "lead"), ("市发展改革局", "support")]
    assert [t.deadline_date for t in rows] == ["2024-12", "2024-11", "2024-09"]
    assert ("发明专利授权量", 150.0, "件", ">=", 2024, "target") in _targets(doc)
    assert rows[0].responsibilities[0].agency.name == "迁安市市场监督管理局"
    assert rows[1].responsibilities[2].agency.name == "迁安市市场监督管理局"  # its name wrapped in the cell


# --- 山西: a .docx task table whose 序号 column Word numbers ------------------------------------------------

XIAOYI_ROWS = [
    ["序号", "主要任务", "责任部门", "完成时限"],
    ["", "培育高价值发明专利，全年发明专利授权量达到60件。", "市市场监管局、市科技局", "2024年12月底"],
    ["", "推进“孝义核桃”地理标志证明商标申报工作。", "市农业农村局", "2024年9月"],
    ["", "组织开展知识产权宣传周活动。", "市市场监管局牵头，各乡镇（街道）配合", "2024年4月"],
]


def _numbered_rows_docx() -> bytes:
    """Paragraphs, then the task table whose 序号 cells are empty paragraphs of style 'List Number'."""
    import io

    from docx import Document as new_docx

    doc = new_docx()
    for para in (
        "孝义市2024年知识产权工作任务清单",
        "为推动我市知识产权工作提质增效，现将2024年重点工作任务分解如下，请各责任单位认真抓好落实。",
        "一、重点工作任务",
    ):
        doc.add_paragraph(para)
    grid = doc.add_table(rows=len(XIAOYI_ROWS), cols=len(XIAOYI_ROWS[0]))
    for r, row in enumerate(XIAOYI_ROWS):
        for c, value in enumerate(row):
            grid.cell(r, c).text = value
            if r and not c:
                grid.cell(r, c).paragraphs[0].style = "List Number"
    for para in ("二、工作要求", "各责任单位每季度末报送工作进展。", "孝义市市场监督管理局", "2024年2月20日"):
        doc.add_paragraph(para)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def test_word_numbered_table_column() -> None:
    doc, text = extracted(_numbered_rows_docx(), "xiaoyi.docx")
    assert "\n1.\t培育高价值发明专利" in text
    assert "\n3.\t组织开展知识产权宣传周活动" in text
    rows = [t for t in doc.tasks if t.kind == "table_row"]
    assert [t.path for t in rows] == ["一.表1.1", "一.表1.2", "一.表1.3"]
    roles = _roles(doc)
    assert roles["一.表1.1"] == [("市市场监管局", "joint"), ("市科技局", "joint")]
    assert roles["一.表1.3"] == [("市市场监管局", "lead"), ("各乡镇（街道）", "support")]
    assert [t.deadline_date for t in rows] == ["2024-12", "2024-09", "2024-04"]


def test_word_number_formats() -> None:
    from loaders.docx_numbering import format_number

    assert [format_number(n, "chineseCounting") for n in (1, 10, 11, 20, 23)] == [
        "一",
        "十",
        "十一",
        "二十",
        "二十三",
    ]
    assert format_number(3, "decimalEnclosedCircle") == "③"
    assert format_number(2, "ideographTraditional") == "乙"
    assert format_number(4, "upperRoman") == "IV"
    assert format_number(7, "decimal") == "7"
