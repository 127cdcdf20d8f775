"""Round 8 of plans the corpus does not show, written for the tests (西藏, 湖南, 黑龙江, 安徽, 宁夏, 重庆, 江西, 青海).

A 西藏 district's 工作要点 (.txt) whose title states no year (日喀则市桑珠孜区知识产权工作要点), issued 2024年3月1日:
an annual document's period is the year it was issued in, and its targets are that year's; items close with
(X牵头，Y、Z参与). A 湖南 district's 工作要点 (.txt in GB18030) likewise, with a document number; a 黑龙江
district's 年度工作计划 (.txt in GB18030) with no year in its title. A multi-year kind (an 安徽 实施方案 with no
years in its title) takes no period from its issue date.

A 宁夏 district's 工作要点 (.html) whose items close with （主办：X；协办：Y、Z）, （X主办，Y、Z协办） or X主办，Y协办:
主办 leads, 协办 supports (联合主办 in a sentence names no role), as do
主办 / 协办 lines in a 重庆 district's task table (.docx) whose 责任单位 cells hold either
牵头：X / 配合：Y or 主办：X / 协办：Y on two lines; its 工作要求 (每季度末5日前报送) and a 湖南 plan's (每月5日前报送,
每季度结束后10日内报送) date reports by a day of a recurring period: no targets in days.

A 青海 district's 行动方案 (.md) whose items close with 牵头单位：X；责任单位：Y、Z after the sentence, naming its
police as 公安城北分局 (the city bureau's branch for the district, written without 局); a 江西 district's 工作要点
(.html) naming 公安章贡分局 and 市市场监管局章贡分局; an 安徽 district's 公安鸠江分局: each is one body with the
district's bureau of that kind (its identity, one with 区公安分局), named as the branch it is (赣州市公安局章贡分局).

Merged and local bureau names of these plans are typed by their first field: 区科工局 (湖南's 科技和工业信息化局),
区文体旅游局, 区农牧水利局; a district's 综合行政执法局 / 城管执法局 is its urban management bureau. 各牵头单位,
各主办单位, 各配合单位 in a closing chapter are the plan's responsible units, as 各责任单位 is.

A 重庆 district's 工作要点 (.pdf, lines wrapped at the page's width, no year in its title) with （主责：X；协同：Y、Z）,
由X负责，Y、Z配合 and a 责任单位： line whose list wraps inside a unit's name (责任单位：区 / 市场监管局，各镇街).

A 吉林 district's 工作要点 (.md) whose tasks are in an annexed pipe table (序号 | 重点任务 | 具体措施 | 责任单位 |
完成时限) whose 责任单位 cells give 牵头：X；配合：Y on one line or 牵头：X<br>配合：Y on two (a line break written
as HTML inside a Markdown cell).

A 贵州 district's 实施细则 (.txt in GB18030) of 第X条 articles that grant money (每件资助3000元, 一次性资助5万元,
分别奖励20万元、10万元, 每家单位每年资助总额不超过20万元): terms of grants, no targets.

A 湖南 county's 工作要点 (.txt) whose only date is the print line of its back matter (湘阴县人民政府办公室
2024年3月1日印发): the issue date and issuer, and so the period of a title without a year; its closing
各乡镇（街道）要抓好落实 is an exhortation (the units' implicit obligation), not an annotation naming 各乡镇（街道）要,
while …，县金融办牵头，县财政局积极配合 assigns roles.

A 甘肃 district's plan (.html) whose safeguards oblige the finance bureau with a modal (区财政局要每年安排知识产权
专项资金不少于100万元): the modal goes with the subject, not into the indicator.

A 西藏 prefecture's (阿里地区) 工作要点 (.txt) issued by its 行政公署, whose bodies are named with 地区 as a county
writes 县 (地区市场监管局, 地区农业农村局) and whose departments directly under it are 地直各有关单位; in a plan of a
新疆 county-level city of a 地区 (和田市, .txt in GB18030), 地区市场监管局 is the 地区's as 市市场监管局 is the city's.
"""

from __future__ import annotations

import pytest

from policykg.extract.textspan import squeeze
from policykg.models import Document
from tests.formats import to_docx, to_html, to_pdf
from tests.plans import extracted, named_units, resolved_agency


def _roles(doc: Document) -> dict[str, list[tuple[str, str]]]:
    return {path: [(s, role) for s, role, _ in units] for path, units in named_units(doc).items()}


def _targets(doc: Document) -> list[tuple[str, float | None, str | None, str, int | None]]:
    return [(t.indicator, t.value, t.unit, t.comparator, t.year) for t in doc.targets]


# --- 西藏: a 工作要点 whose title states no year -------------------------------------------------------------

SANGZHUZI = """日喀则市桑珠孜区知识产权工作要点
各乡（镇）人民政府、街道办事处，区直各部门：
现将《日喀则市桑珠孜区知识产权工作要点》印发给你们，请结合实际认真抓好落实。
日喀则市桑珠孜区人民政府办公室
2024年3月1日
一、工作目标
全年新增发明专利授权量10件以上，商标有效注册量较上年增长8%，地理标志证明商标力争突破2件。
二、重点工作
（一）加强知识产权创造
1.培育特色产业专利。围绕青稞、藏香猪、藏毯等特色产业，开展专利挖掘和布局。（区科技局牵头，区市场监管局、区农业农村局参与）
2.推进商标品牌建设。实施商标品牌战略，每年新增注册商标企业20家。（区市场监管局牵头，区商务局参与）
（二）强化知识产权保护
3.开展专项执法。开展“雪域净土”知识产权保护专项行动，查处侵权假冒案件不少于15件。（区市场监管局牵头，区公安分局、区文化局参与）
4.加强司法保护。推动知识产权案件审判与执法衔接。（区人民法院负责）
（三）优化知识产权服务
5.建设服务站点。在各乡（镇）设立知识产权服务站，实现乡镇全覆盖。（区市场监管局牵头，各乡（镇）人民政府参与）
三、工作要求
各乡（镇）、各部门要于2024年12月10日前将工作完成情况报区市场监管局。
"""


@pytest.fixture(scope="module")
def sangzhuzi() -> Document:
    return extracted(SANGZHUZI, "sangzhuzi.txt")[0]


def test_yearless_work_points_take_the_issue_year(sangzhuzi: Document) -> None:
    plan = sangzhuzi.plan
    assert (plan.title, plan.doc_type_id, plan.date) == (
        "日喀则市桑珠孜区知识产权工作要点",
        "work_points",
        "2024-03-01",
    )
    assert plan.period is not None
    assert (plan.period.start, plan.period.end, plan.period.evidence.quote) == (
        "2024",
        "2024",
        "2024年3月1日",
    )
    assert _targets(sangzhuzi)[:3] == [
        ("发明专利授权量", 10.0, "件", ">=", 2024),
        ("商标有效注册量", 8.0, "%", "=", 2024),
        ("地理标志证明商标", 2.0, "件", ">", 2024),
    ]


def test_lead_and_participants_in_brackets(sangzhuzi: Document) -> None:
    roles = _roles(sangzhuzi)
    assert roles["二.(一).1"] == [
        ("区科技局", "lead"),
        ("区市场监管局", "support"),
        ("区农业农村局", "support"),
    ]
    assert roles["二.(三).5"] == [("区市场监管局", "lead"), ("各乡（镇）人民政府", "support")]


# --- 湖南: a 工作要点 in GB18030 with a number and no year in its title --------------------------------------

TIANYUAN = """株洲市天元区知识产权工作要点
天政办发〔2025〕3号
一、总体目标
全区发明专利授权量较上年增长10%，知识产权质押融资额突破8亿元。
二、重点工作
（一）强化创造。支持轨道交通、航空动力等产业企业开展高价值专利培育。（区科工局牵头，区市场监管局参与）
（二）严格保护。开展“铁拳”“护航”专项行动，查办侵权案件20件以上。（区市场监管局牵头，区公安分局、区法院参与）
三、工作要求
各有关单位要加强协作，于每月5日前报送上月工作进展，每季度结束后10日内报送季度工作总结。
株洲市天元区人民政府办公室
2025年2月28日
"""

# --- 黑龙江: a 年度工作计划 in GB18030 ------------------------------------------------------------------------

SAERTU = """大庆市萨尔图区知识产权年度工作计划
各街道办事处，区政府各部门：
现将《大庆市萨尔图区知识产权年度工作计划》印发给你们，请认真组织实施。
大庆市萨尔图区人民政府办公室
2024年4月2日
一、工作目标
全年专利授权量达到400件，其中发明专利80件；知识产权质押融资额突破5000万元。
二、主要任务
（一）推动石化装备产业专利布局。引导企业围绕油气装备、新材料开展专利挖掘，由区工信局负责。
（二）强化执法保护。开展商标侵权和假冒专利专项整治，由区市场监管局牵头，区公安分局配合。
三、保障措施
区市场监管局要加强统筹协调，定期通报工作进展。
"""

# --- 安徽: a multi-year kind with no years in its title ---------------------------------------------------

JIUJIANG = """# 芜湖市鸠江区知识产权强区建设实施方案

为贯彻落实《安徽省知识产权强省建设纲要（2021—2035年）》，结合我区实际，制定本实施方案。

## 一、发展目标

到2025年，全区有效发明专利拥有量突破3000件，每万人口高价值发明专利拥有量达到20件。

## 二、重点任务

1. 推进专利导航工程，每年完成专利导航项目2项（区市场监管局牵头，区发改委、区工信局参与）。
2. 开展电商领域知识产权保护专项行动（区商务局牵头，区市场监管局、公安鸠江分局参与）。

芜湖市鸠江区人民政府

2023年6月30日
"""


@pytest.mark.parametrize(
    ("plan", "name", "doc_type", "period", "quote"),
    [
        (TIANYUAN, "tianyuan.txt", "工作要点", ("2025", "2025"), "2025年2月28日"),
        (SAERTU, "saertu.txt", "年度工作计划", ("2024", "2024"), "2024年4月2日"),
        (JIUJIANG, "jiujiang.md", "实施方案", (None, "2025"), "到2025年"),
    ],
)
def test_period_of_a_title_without_years(
    plan: str, name: str, doc_type: str, period: tuple, quote: str
) -> None:
    doc = extracted(plan.encode("gb18030") if name.endswith(".txt") else plan.encode("utf-8"), name)[0]
    assert doc.plan.doc_type == doc_type
    assert doc.plan.period is not None
    assert (doc.plan.period.start, doc.plan.period.end, doc.plan.period.evidence.quote) == (*period, quote)
    if doc.plan.period.start is not None:
        assert {t.year for t in doc.targets} == {int(period[0])}


def test_item_title_before_an_annotation_inside_its_sentence() -> None:
    """1. 推进专利导航工程，每年完成专利导航项目2项（区市场监管局牵头，…参与）。: the annotation before the
    full stop does not count towards the title's length."""
    doc = extracted(JIUJIANG, "jiujiang.md")[0]
    assert [(t.path, t.title) for t in doc.tasks if t.kind == "item"] == [
        ("二.1", "推进专利导航工程，每年完成专利导航项目2项"),
        ("二.2", "开展电商领域知识产权保护专项行动"),
    ]


# --- 宁夏: 主办 / 协办 ----------------------------------------------------------------------------------------

DAWUKOU = [
    "石嘴山市大武口区2024年知识产权工作要点",
    "一、工作目标",
    "2024年，全区专利授权量达到300件，其中发明专利授权量较上年增长15%，新增国家知识产权优势企业2家以上。",
    "二、重点任务",
    "（一）加强高价值专利培育。围绕新材料、装备制造产业，支持企业开展专利布局。（主办：区科技局；协办：区市场监管局、区工信局）",
    "（二）实施商标品牌战略。推动“大武口凉皮”申报地理标志证明商标。（主办：区市场监管局；协办：区农业农村局）",
    "（三）推进知识产权公共服务。建设知识产权信息公共服务网点1个，每年开展培训不少于6场次。（主办：区市场监管局）",
    "（四）加强知识产权执法。开展“双打”专项行动，查办案件30件以上。（区市场监管局主办，区公安分局、区文化旅游体育局协办）",
    "（五）加强宣传。区委宣传部、区科协联合主办知识产权宣传周活动。区委宣传部主办，区市场监管局协办。",
    "三、工作要求",
    "各主办单位要牵头制定具体实施计划，协办单位要积极配合。",
    "石嘴山市大武口区人民政府办公室",
    "2024年2月26日",
]


def test_host_and_co_host_annotations() -> None:
    doc = extracted(to_html(DAWUKOU), "dawukou.html")[0]
    roles = _roles(doc)
    assert roles["二.(一)"] == [("区科技局", "lead"), ("区市场监管局", "support"), ("区工信局", "support")]
    assert roles["二.(二)"] == [("区市场监管局", "lead"), ("区农业农村局", "support")]
    assert roles["二.(三)"] == [("区市场监管局", "lead")]
    assert roles["二.(四)"] == [
        ("区市场监管局", "lead"),
        ("区公安分局", "support"),
        ("区文化旅游体育局", "support"),
    ]
    assert roles["二.(五)"] == [("区委宣传部", "lead"), ("区市场监管局", "support")]


# --- 重庆: a task table whose 责任单位 cells name the roles on two lines -----------------------------------------

YUBEI = [
    "重庆市渝北区2024年知识产权工作计划",
    "一、总体目标",
    "全区有效发明专利拥有量达到1.1万件，新增知识产权示范企业5家以上。",
    "二、重点工作",
    "@TABLE",
    "三、工作要求",
    "各责任单位要加强工作统筹，每季度末5日前报送工作进展。",
    "重庆市渝北区知识产权局",
    "2024年2月18日",
]
YUBEI_TABLE = [
    ["序号", "重点任务", "具体措施", "责任单位", "完成时限"],
    [
        "1",
        "提升创造质量",
        "围绕智能网联新能源汽车、软件信息等产业开展专利导航，完成导航项目3项。",
        "牵头：区科技局\n配合：区经济信息委、区市场监管局",
        "2024年11月",
    ],
    [
        "2",
        "促进运用",
        "推动知识产权质押融资，全年融资额较上年增长15%。",
        "主办：区金融发展服务中心\n协办：区财政局",
        "2024年12月",
    ],
    ["3", "优化服务", "建设知识产权服务工作站，实现街镇服务全覆盖。", "区市场监管局", "2024年9月"],
]


@pytest.fixture(scope="module")
def yubei() -> Document:
    return extracted(to_docx(YUBEI, YUBEI_TABLE), "yubei.docx")[0]


def test_days_of_a_reporting_calendar_are_no_targets(yubei: Document) -> None:
    """每季度末5日前, 每月5日前, 每季度结束后10日内 date the reports: no quantity of days."""
    # round 33: 实现街镇服务全覆盖 in a row due 2024年9月 is a coverage target of 2024 (the last %), as in a
    # dated sentence; undated in a task it says how the work is done
    assert [t.unit for t in yubei.targets] == ["万件", "家", "项", "%", "%"]
    tianyuan = extracted(TIANYUAN.encode("gb18030"), "tianyuan.txt")[0]
    assert [(t.indicator, t.unit) for t in tianyuan.targets] == [
        ("发明专利授权量", "%"),
        ("知识产权质押融资额", "亿元"),
        ("查办侵权案件", "件"),
    ]


def test_role_lines_in_a_responsible_cell(yubei: Document) -> None:
    roles = _roles(yubei)
    assert roles["二.表1.1"] == [
        ("区科技局", "lead"),
        ("区经济信息委", "support"),
        ("区市场监管局", "support"),
    ]
    assert roles["二.表1.2"] == [("区金融发展服务中心", "lead"), ("区财政局", "support")]
    assert roles["二.表1.3"] == [("区市场监管局", "sole")]


# --- 青海 / 江西 / 安徽: a city bureau's branch for the district ----------------------------------------------

CHENGBEI = """# 西宁市城北区知识产权强区建设行动方案（2024—2026年）

为深入实施《知识产权强国建设纲要（2021—2035年）》，加快推进知识产权强区建设，结合城北区实际，制定本方案。

## 一、主要目标

到2026年，全区有效发明专利拥有量达到500件，每万人口高价值发明专利拥有量不低于3件。

## 二、重点任务

1.实施高价值专利培育工程。支持生物科技产业园企业建设高价值专利培育中心，每年新增高价值发明专利30件。\
牵头单位：区科技工信局；责任单位：区市场监管局、生物园区管委会。

2.严厉打击侵权假冒行为。开展知识产权执法专项行动，案件结案率达到95%以上。牵头单位：区市场监管局；\
责任单位：公安城北分局、区文体旅游局。

3.建立快速维权机制。依托青海省知识产权保护中心，开展快速预审。责任单位：区市场监管局。

西宁市城北区人民政府办公室

2024年5月20日
"""

ZHANGGONG = [
    "赣州市章贡区2024年知识产权工作要点",
    "一、工作目标",
    "2024年，全区每万人口高价值发明专利拥有量不低于6件，新增知识产权优势企业5家以上。",
    "二、重点工作",
    "1.开展知识产权保护“护航”专项行动，实现重点商圈执法检查全覆盖。牵头单位：市市场监管局章贡分局；配合单位：公安章贡分局。",
    "2.推进知识产权纠纷人民调解组织建设。牵头单位：区司法局；配合单位：区公安分局、区法院。",
    "三、工作要求",
    "各责任单位要明确专人负责，确保各项工作任务按时完成。",
    "赣州市章贡区人民政府办公室",
    "2024年3月12日",
]


def _agencies(doc: Document) -> dict[str, tuple[str, str, str | None]]:
    """Surface → (id, canonical name, type) of every agency the tasks name."""
    return {
        r.agency.surface: (r.agency.id, r.agency.name, r.agency.type)
        for t in doc.tasks
        for r in t.responsibilities
    }


def test_roles_after_the_sentence_and_a_police_branch() -> None:
    doc = extracted(CHENGBEI, "chengbei.md")[0]
    roles = _roles(doc)
    assert roles["二.1"] == [
        ("区科技工信局", "lead"),
        ("区市场监管局", "support"),
        ("生物园区管委会", "support"),
    ]
    assert roles["二.2"] == [
        ("区市场监管局", "lead"),
        ("公安城北分局", "support"),
        ("区文体旅游局", "support"),
    ]
    assert roles["二.3"] == [("区市场监管局", "sole")]
    police = _agencies(doc)["公安城北分局"]
    assert police == ("agency/630105/public_security", "西宁市公安局城北分局", "public_security")


def test_branches_of_city_bureaus_are_the_districts() -> None:
    doc = extracted(to_html(ZHANGGONG), "zhanggong.html")[0]
    agencies = _agencies(doc)
    assert agencies["公安章贡分局"] == agencies["区公安分局"]
    assert agencies["公安章贡分局"] == (
        "agency/360702/public_security",
        "赣州市公安局章贡分局",
        "public_security",
    )
    assert agencies["市市场监管局章贡分局"] == (
        "agency/360702/market_regulation",
        "赣州市市场监督管理局章贡分局",
        "market_regulation",
    )
    assert _roles(doc)["二.1"] == [("市市场监管局章贡分局", "lead"), ("公安章贡分局", "support")]
    jiujiang = extracted(JIUJIANG, "jiujiang.md")[0]
    assert _agencies(jiujiang)["公安鸠江分局"][2] == "public_security"


@pytest.mark.parametrize(
    ("region", "written", "expected"),
    [
        ("360702", "赣州市公安局章贡分局", ("agency/360702/public_security", "赣州市公安局章贡分局")),
        ("630105", "市公安局城北分局", ("agency/630105/public_security", "西宁市公安局城北分局")),
        (
            "360702",
            "赣州市市场监督管理局章贡分局",
            ("agency/360702/market_regulation", "赣州市市场监督管理局章贡分局"),
        ),
    ],
)
def test_a_bureau_branch_named_in_full(region: str, written: str, expected: tuple[str, str]) -> None:
    assert resolved_agency(region, written)[:2] == expected


@pytest.mark.parametrize(
    ("region", "written"), [("340207", "公安交警分局"), ("360702", "市市场监管局城区分局")]
)
def test_branches_named_for_no_place_are_kept(region: str, written: str) -> None:
    """A branch named for its work (交警) or for no known place (城区) is no place's bureau."""
    assert resolved_agency(region, written)[2] is None


@pytest.mark.parametrize(
    ("region", "written", "expected"),
    [
        ("430211", "区科工局", "science_tech"),
        ("630105", "区文体旅游局", "culture_tourism"),
        ("630105", "区农牧水利局", "agriculture"),
        ("520201", "区综合行政执法局", "urban_management"),
        ("230602", "区城管执法局", "urban_management"),
        ("230602", "区城市管理局", "urban_management"),
        ("500116", "各牵头单位", "all_departments"),
        ("640202", "各主办单位", "all_departments"),
        ("640202", "各配合单位", "all_departments"),
    ],
)
def test_local_bureau_names_are_typed(region: str, written: str, expected: str) -> None:
    agency = resolved_agency(region, written)
    assert (agency[2], agency[3]) == (expected, region)


# --- 重庆: a .pdf with 主责 / 协同 and a wrapped list of units ---------------------------------------------------

QIJIANG = [
    "重庆市綦江区知识产权工作要点",
    "綦江府办发〔2024〕30号",
    "一、主要目标",
    "全区有效发明专利拥有量突破900件，知识产权质押融资金额较上年增长20%，每年新增知识产权示范企业2家。",
    "二、重点工作",
    "（一）提升创造水平。支持齿轮、铝产业企业开展专利导航，完成专利导航项目2个。（主责：区科技局；协同：区经济信息委、区市场监管局）",
    "（二）强化保护。加强綦江农民版画著作权保护，开展版权执法专项行动。由区文化旅游委负责，区市场监管局、公安綦江分局配合。",
    "（三）推进运用。深化知识产权质押融资，区金融服务中心牵头、区财政局参与。",
    "（四）完善服务。在各镇街设立知识产权服务站，实现镇街全覆盖。责任单位：区市场监管局，各镇街。",
    "三、工作要求",
    "各责任单位要每月5日前报送上月工作进展。",
    "重庆市綦江区人民政府办公室",
    "2024年4月15日",
]


@pytest.fixture(scope="module")
def qijiang() -> tuple[Document, str]:
    return extracted(to_pdf(QIJIANG, page_numbers=True), "qijiang.pdf")


def test_pdf_plan_roles(qijiang: tuple[Document, str]) -> None:
    doc, text = qijiang
    # the layout wrapped the list inside a name (区↵市场监管局): the PDF's text joins the line back
    assert "责任单位：区市场监管局，各镇街。" in text
    assert doc.plan.period is not None
    assert doc.plan.period.start == "2024"
    roles = {path: [(squeeze(s), role) for s, role in units] for path, units in _roles(doc).items()}
    assert roles["二.(一)"] == [
        ("区科技局", "lead"),
        ("区经济信息委", "support"),
        ("区市场监管局", "support"),
    ]
    assert roles["二.(二)"] == [
        ("区文化旅游委", "lead"),
        ("区市场监管局", "support"),
        ("公安綦江分局", "support"),
    ]
    assert roles["二.(三)"] == [("区金融服务中心", "lead"), ("区财政局", "support")]
    assert roles["二.(四)"] == [("区市场监管局", "joint"), ("各镇街", "joint")]
    assert [t.unit for t in doc.targets] == ["件", "%", "家", "个"]


# --- 吉林: an annexed Markdown task table with <br> inside cells ---------------------------------------------

SHUANGYANG = """# 长春市双阳区2024年知识产权工作要点

## 一、工作目标

全年发明专利授权量达到120件，每万人口高价值发明专利拥有量达到5件，新增地理标志商标1件。

## 二、重点任务

重点任务分工详见附件。

## 三、工作要求

各牵头单位要于2024年12月10日前将任务完成情况报区市场监管局。

长春市双阳区人民政府办公室

2024年3月20日

附件

## 双阳区2024年知识产权重点任务分工表

| 序号 | 重点任务 | 具体措施 | 责任单位 | 完成时限 |
| --- | --- | --- | --- | --- |
| 1 | 培育高价值专利 | 支持梅花鹿产业企业开展专利布局，培育高价值专利10件。 | 牵头：区科技局；配合：区农业农村局、区市场监管局 | 2024年12月 |
| 2 | 打造区域品牌 | 推进“双阳梅花鹿”地理标志保护，每年新增地理标志授权用户5家。 | 牵头：区市场监管局<br>配合：区农业农村局 | 2024年11月 |
| 3 | 强化执法 | 开展“铁拳”行动，查处侵权案件不少于12件。 | 区市场监管局（牵头）<br/>公安双阳分局 | 全年 |
"""


def test_markdown_cell_with_html_line_breaks() -> None:
    doc = extracted(SHUANGYANG, "shuangyang.md")[0]
    roles = _roles(doc)
    assert roles["表1.1"] == [("区科技局", "lead"), ("区农业农村局", "support"), ("区市场监管局", "support")]
    assert roles["表1.2"] == [("区市场监管局", "lead"), ("区农业农村局", "support")]
    assert roles["表1.3"] == [("区市场监管局", "lead"), ("公安双阳分局", "support")]
    assert [t.deadline for t in doc.tasks if t.kind == "table_row"] == ["2024年12月", "2024年11月", "全年"]


# --- 贵州: a 实施细则 of grants -------------------------------------------------------------------------------

NANMING = """贵阳市南明区专利资助实施细则
第一章 总则
第一条 为鼓励发明创造，提升专利质量，根据《贵阳市知识产权资助办法》（筑府办发〔2022〕15号），制定本细则。
第二条 本细则适用于在南明区注册的企业、高校、科研院所。
第二章 资助标准
第三条 对获得国内发明专利授权的，每件资助3000元；每家单位每年资助总额不超过20万元。
第四条 对首次通过知识产权管理体系认证的企业，一次性资助5万元。
第五条 对新认定的国家知识产权示范企业、优势企业，分别奖励20万元、10万元。
第三章 申报程序
第六条 申报单位于每年3月31日前向区市场监管局提交申请材料，区市场监管局会同区财政局审核后拨付。
第四章 附则
第七条 本细则由区市场监管局负责解释，自2024年1月1日起施行，有效期至2026年12月31日。
贵阳市南明区人民政府办公室
2023年12月20日
"""


def test_grants_of_detailed_rules_are_no_targets() -> None:
    doc = extracted(NANMING.encode("gb18030"), "nanming.txt")[0]
    assert (doc.plan.doc_type_id, doc.encoding) == ("rules", "gb18030")
    assert doc.plan.period is not None
    assert (doc.plan.period.start, doc.plan.period.end) == ("2024-01", "2026-12")
    assert doc.targets == []
    assert [c.doc_number for c in doc.citations] == ["筑府办发〔2022〕15号"]


# --- 湖南: a 工作要点 dated by its print line --------------------------------------------------------------------

XIANGYIN = """湘阴县知识产权工作要点
一、工作目标
全年发明专利授权量达到50件，商标注册量较上年增长10%。
二、重点工作
（一）加强创造。开展专利导航。（县科工信局牵头，各乡镇（街道）、县市场监管局参与）
（二）加强保护。开展专项执法行动，查处案件10件以上。牵头单位：县市场监管局；责任单位：县公安局、县法院。
（三）促进运用。深化知识产权质押融资，县金融办牵头，县财政局积极配合。
三、工作要求
各乡镇（街道）要抓好落实。县直各部门要认真抓好落实。
抄送：市市场监管局。
湘阴县人民政府办公室　　　　　　2024年3月1日印发
"""


def test_print_line_dates_the_plan() -> None:
    doc = extracted(XIANGYIN, "xiangyin.txt")[0]
    plan = doc.plan
    assert (plan.date, [i.name for i in plan.issuers]) == ("2024-03-01", ["湘阴县人民政府办公室"])
    assert plan.period is not None
    assert (plan.period.start, plan.period.end) == ("2024", "2024")
    assert [t.year for t in doc.targets] == [2024, 2024, 2024]
    assert _roles(doc)["二.(三)"] == [("县金融办", "lead"), ("县财政局", "support")]
    closing = next(t for t in doc.tasks if t.path == "三")
    assert [(r.agency.surface, r.role, r.basis) for r in closing.responsibilities] == [
        ("各乡镇（街道）", "implicit", "prose"),
        ("县直各部门", "implicit", "prose"),
    ]


# --- 甘肃: a subject agency with a modal before a target -------------------------------------------------------

GANZHOU = [
    "张掖市甘州区知识产权强区建设工作方案",
    "一、工作目标",
    "到2025年，全区专利授权量年均增长10%以上，培育知识产权优势企业15家以上，地理标志商标力争突破10件。",
    "二、主要任务",
    "（一）强化知识产权保护。建立知识产权纠纷调解委员会，年调解纠纷20件以上。（区司法局牵头，区市场监管局、区人民法院参与）",
    "三、保障措施",
    "区财政局要每年安排知识产权专项资金不少于100万元，区科技局应当每年组织专利培训不少于3场。",
    "张掖市甘州区人民政府",
    "2023年2月10日",
]


def test_modal_after_a_subject_agency_is_no_indicator() -> None:
    doc = extracted(to_html(GANZHOU), "ganzhou.html")[0]
    found = [(t.indicator, t.value, t.unit, t.comparator, t.year, t.flags) for t in doc.targets]
    assert found[-2:] == [
        ("安排知识产权专项资金", 100.0, "万元", ">=", 2025, ["annual"]),
        ("组织专利培训", 3.0, "场", ">=", 2025, ["annual"]),
    ]


# --- 西藏: a 地区's own bodies ------------------------------------------------------------------------------------

ALI = """阿里地区知识产权工作要点
阿行署办发〔2024〕5号
一、工作目标
全年地理标志商标注册量达到3件，新增注册商标300件。
二、重点任务
（一）加强地理标志保护。推进“日土山羊绒”等地理标志培育。（地区市场监管局牵头，地区农业农村局、各县人民政府参与）
（二）加强知识产权执法。开展专项整治行动。（地区市场监管局、地区公安局按职责分工负责）
三、工作要求
各县、地直各有关单位要抓好落实。
阿里地区行政公署办公室
2024年3月5日
"""


def test_prefecture_named_diqu_prefixes_its_bodies() -> None:
    doc = extracted(ALI, "ali.txt")[0]
    assert doc.plan.region is not None
    assert (doc.plan.region.name, doc.plan.region.level) == ("阿里地区", "prefecture")
    agencies = _agencies(doc)
    assert agencies["地区市场监管局"][1:] == ("阿里地区市场监督管理局", "market_regulation")
    assert agencies["地区农业农村局"][1:] == ("阿里地区农业农村局", "agriculture")
    assert agencies["地区公安局"][1:] == ("阿里地区公安局", "public_security")
    assert agencies["地直各有关单位"][2] == "direct_departments"


HOTAN = """和田市知识产权工作要点
一、工作目标
全年专利授权量达到60件，新增地理标志商标1件。
二、重点任务
（一）加强地理标志保护。推进“和田玉枣”地理标志运用。（市市场监管局牵头，地区市场监管局、市农业农村局参与）
（二）加强执法。开展知识产权执法专项行动。（市市场监管局、市公安局按职责分工负责）
和田市人民政府办公室
2024年3月12日
"""


def test_diqu_prefix_in_a_plan_of_its_county_city() -> None:
    doc = extracted(HOTAN.encode("gb18030"), "hotan.txt")[0]
    agencies = _agencies(doc)
    assert agencies["地区市场监管局"][1:] == ("和田地区市场监督管理局", "market_regulation")
    assert agencies["市市场监管局"][1:] == ("和田市市场监督管理局", "market_regulation")
    assert _roles(doc)["二.(一)"] == [
        ("市市场监管局", "lead"),
        ("地区市场监管局", "support"),
        ("市农业农村局", "support"),
    ]
