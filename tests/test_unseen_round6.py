"""Round 6 of plans the corpus does not show, written for the tests (provinces and layouts of no earlier round).

A 广东 district 工作要点 (.txt) whose items each close with a 责任单位 line (责任单位：A，B；完成时限：…), with
责任领导 / 责任人 lines that name no agency, and a case count in 宗 (查处侵权假冒案件50宗以上).

A 重庆 district plan (.docx) whose tasks are all in a 重点任务分工表 (序号 | 工作任务 | 具体措施 | 牵头单位 |
配合单位 | 完成时限) with one 工作任务 merged over several 具体措施 rows: each row is its own task (its own
line of text, the merged 工作任务 as its title); 重庆's 委 names (经济信息委, 教委, 文化旅游委) are typed; the
chapter that only says 重点任务详见附件《…分工表》 is no task, and that annex's title is no citation.

A 浙江 county-level city plan (.pdf) whose lines wrap inside a number (累计达到10 / 0亿元) and inside a cited
document number (（浙 / 政办发〔2021〕47号）), also printed over pages with page numbers (— 2 —).

A 江西 实施意见 (.txt in GB18030) written in 第一章 / 第一条 articles: each 第X条 is a unit; 【牵头单位】A
【责任单位】B with no separator between the fields; 责任领导 / 责任人 fields name no agency; the last article
(本意见自印发之日起施行) is no task.

A 湖南 plan (.md) with 专栏 boxes (专栏1 知识产权保护工程, then （1）（2）…) under each section.

A 四川 plan (.html) whose goals are a sentence list (到2025年，实现以下目标：（一）…；（二）…) and whose indicator
table is 指标名称 | 单位 | 2022年 | 2025年 | 属性 in a 2022—2025 plan: the plan's first year is the starting
level. "A负责，B配合" and "由A牵头，B、C配合" follow an item's title.

A 福建 task list (.html) that is one table and no chapters: its first line is still its title (…工作任务清单),
a 责任领导 column (merged over two rows) names no agency, （牵头） after a name makes it lead.

A 湖北 plan as a government web page (.html in GB18030, with the site's breadcrumb, info bar and footer)
whose items carry their annotation on the heading (1.加强高价值专利培育（责任单位：…）。…): the title stops
before it; and a clause that states only a quantity (开展产业专利导航项目，每年不少于3项) takes the clause
before as its indicator.

A 贵州 plan (.docx) with a yearly indicator table (2023年 | 2024年 | 2025年 | 属性 | 责任单位) and a bureau
named by its city without 市 (遵义金融监管分局).
"""

from __future__ import annotations

import pytest

from policykg.models import Document
from tests.formats import paragraphs_of, to_docx, to_html, to_pdf
from tests.plans import extracted, named_units
from tests.test_structure_round4 import _merged_docx, _merged_html


def _roles(doc: Document) -> dict[str, list[tuple[str, str]]]:
    return {path: [(s, role) for s, role, _ in units] for path, units in named_units(doc).items()}


def _names(doc: Document) -> dict[str, str]:
    """Surface → canonical name of every agency the tasks name."""
    return {r.agency.surface: r.agency.name for t in doc.tasks for r in t.responsibilities}


def _targets(doc: Document) -> list[tuple[str, float | None, str | None, str, int | None, str]]:
    return [(t.indicator, t.value, t.unit, t.comparator, t.year, t.kind) for t in doc.targets]


# --- 广东: 责任单位 lines after each item -------------------------------------------------------------------

FOSHAN = """佛山市南海区2024年知识产权工作要点
为深入贯彻落实《知识产权强国建设纲要（2021—2035年）》和《广东省知识产权保护和运用“十四五”规划》，加快建设知识产权强区，制定本要点。
一、提升知识产权创造质量
1.培育高价值专利。围绕智能制造、新材料等产业，培育高价值专利组合5个以上，全年发明专利授权量达到3500件。
责任单位：区市场监管局（知识产权局），区科技局；完成时限：2024年12月底
2.推进商标品牌建设。实施商标品牌战略，新增地理标志证明商标1件。
责任单位：区市场监管局（知识产权局）、区农业农村局
责任领导：区政府分管副区长
二、强化知识产权保护
3.加强司法保护。推进知识产权案件“三合一”审判机制改革，提升审判质效。
责任单位：区人民法院、区人民检察院
4.开展专项执法行动。深入开展“铁拳”“龙腾”等专项行动，查处侵权假冒案件50宗以上。
责任单位：区市场监管局（知识产权局），佛山海关驻南海办事处，区公安分局
责任人：张某某
三、促进知识产权运用
5.深化知识产权质押融资。推动银行业金融机构开展知识产权质押融资，全年质押融资额达到20亿元。
（责任单位：人行佛山市中心支行南海支行，区金融工作局；完成时限：2024年底）
6.推进企业贯标。推动100家企业开展《企业知识产权合规管理体系要求》（GB/T 29490-2023）贯标。
（责任单位：区市场监管局（知识产权局））
四、加强组织保障
各责任单位要明确专人负责，于2024年12月10日前将工作总结报送区知识产权局。
佛山市南海区市场监督管理局（知识产权局）
2024年3月15日
"""


@pytest.fixture(scope="module")
def foshan() -> Document:
    return extracted(FOSHAN, "nanhai.txt")[0]


def test_unit_lines_after_items(foshan: Document) -> None:
    roles = _roles(foshan)
    assert roles["一.1"] == [("区市场监管局（知识产权局）", "joint"), ("区科技局", "joint")]
    assert roles["二.4"] == [
        ("区市场监管局（知识产权局）", "joint"),
        ("佛山海关驻南海办事处", "joint"),
        ("区公安分局", "joint"),
    ]
    assert roles["三.5"] == [("人行佛山市中心支行南海支行", "joint"), ("区金融工作局", "joint")]
    assert roles["三.6"] == [("区市场监管局（知识产权局）", "sole")]
    deadlines = {t.path: t.deadline_date for t in foshan.tasks}
    assert deadlines["一.1"] == "2024-12"
    assert deadlines["三.5"] == "2024-12"


def test_leader_and_person_lines_name_no_agency(foshan: Document) -> None:
    surfaces = {r.agency.surface for t in foshan.tasks for r in t.responsibilities}
    assert not any("副区长" in s or "张某某" in s for s in surfaces)
    assert _roles(foshan)["一.2"] == [("区市场监管局（知识产权局）", "joint"), ("区农业农村局", "joint")]


def test_cases_counted_in_zong(foshan: Document) -> None:
    assert ("查处侵权假冒案件", 50.0, "宗", ">=", 2024, "target") in _targets(foshan)


# --- 重庆: a task table with a merged 工作任务 column -------------------------------------------------------

CQ_PARAS = [
    "重庆市江津区知识产权强区建设工作方案（2023—2025年）",
    "江津府办发〔2023〕41号",
    "为贯彻落实《重庆市知识产权保护和运用“十四五”规划》（渝府发〔2021〕32号），制定本方案。",
    "一、工作目标",
    "到2025年，全区每万人口高价值发明专利拥有量达到4件，专利密集型产业增加值占GDP比重达到12%。",
    "二、重点任务",
    "重点任务详见附件《江津区知识产权强区建设重点任务分工表》。",
    "三、保障措施",
    "（一）加强组织领导。成立知识产权强区建设工作领导小组，统筹推进各项工作。",
    "（二）强化经费保障。区财政局要将知识产权工作经费纳入年度预算。",
    "附件：江津区知识产权强区建设重点任务分工表",
]
CQ_ROWS = [
    ["序号", "工作任务", "具体措施", "牵头单位", "配合单位", "完成时限"],
    [
        "1",
        "提升知识产权创造水平",
        "实施高价值专利培育工程，培育高价值专利组合3个。",
        "区市场监管局",
        "区科技局",
        "2025年12月",
    ],
    [
        "2",
        "",
        "推动规上工业企业专利清零，有效发明专利拥有量年均增长15%以上。",
        "区经济信息委",
        "区市场监管局",
        "持续推进",
    ],
    [
        "3",
        "加强知识产权保护",
        "建立知识产权纠纷快速处理机制，设立知识产权维权工作站。",
        "区市场监管局",
        "区法院、区司法局",
        "2024年6月",
    ],
    ["4", "", "开展知识产权执法“护航”专项行动。", "区公安局", "区市场监管局、区文化旅游委", "每年"],
    [
        "5",
        "促进知识产权转化运用",
        "开展专利开放许可试点，推动高校院所专利向中小企业转化。",
        "区科技局",
        "区教委",
        "2025年",
    ],
]
CQ_MERGES = [(1, 1, 2, 1), (3, 1, 4, 1)]


@pytest.fixture(scope="module")
def jiangjin() -> Document:
    return extracted(_merged_docx(CQ_PARAS, CQ_ROWS, CQ_MERGES), "jiangjin.docx")[0]


def test_merged_task_cell_titles_each_row(jiangjin: Document) -> None:
    rows = [t for t in jiangjin.tasks if t.kind == "table_row"]
    # the merged 重点任务 cells are the rows' categories: each row's task is its measure (round 36); a task
    # cell alone in its row is the row's task
    assert [t.title for t in rows] == [
        "实施高价值专利培育工程",
        "推动规上工业企业专利清零",
        "建立知识产权纠纷快速处理机制",
        "开展知识产权执法“护航”专项行动",
        "促进知识产权转化运用",
    ]
    second = rows[1]
    assert second.text.startswith("2\t推动规上工业企业专利清零")  # its own line, not the row above
    assert [(r.agency.surface, r.role) for r in second.responsibilities] == [
        ("区经济信息委", "lead"),
        ("区市场监管局", "support"),
    ]
    growth = next(t for t in jiangjin.targets if t.indicator == "有效发明专利拥有量")
    assert growth.task_id == second.id


def test_chongqing_committee_names_are_typed(jiangjin: Document) -> None:
    names = _names(jiangjin)
    assert names["区经济信息委"] == "重庆市江津区工业和信息化局"
    assert names["区教委"] == "重庆市江津区教育局"
    assert names["区文化旅游委"] == "重庆市江津区文化广电和旅游局"


def test_a_pointer_to_the_annex_is_no_task_and_no_citation(jiangjin: Document) -> None:
    assert "二" not in {t.path for t in jiangjin.tasks}
    assert [c.doc_number for c in jiangjin.citations] == ["渝府发〔2021〕32号"]


# --- 浙江: a PDF whose lines wrap inside numbers ------------------------------------------------------------

ZJ = """义乌市知识产权强市建设工作方案
义政办发〔2023〕58号
为深入实施知识产权强国战略，根据《浙江省知识产权发展“十四五”规划》（浙政办发〔2021〕47号）精神，结合我市实际，制定本方案。
一、总体目标
到2025年，全市知识产权综合实力显著提升，每万人口高价值发明专利拥有量达到6.5件，商标有效注册量突破50万件，知识产权质押融资额累计达到100亿元。
二、主要任务
（一）提升知识产权创造质量。聚焦小商品、时尚产业等重点领域，实施专利导航项目5个以上，推动企业开展知识产权合规管理体系贯标，培育国家知识产权示范企业和优势企业20家以上。（责任单位：市市场监管局、市科技局、市经信局）
（二）强化知识产权全链条保护。深化“义乌市场知识产权保护中心”建设，健全快速审查、快速确权、快速维权机制，开展电商平台侵权线索监测，推动知识产权纠纷多元化解。（责任单位：市市场监管局、市中级人民法院义乌法庭、市公安局、市司法局）
（三）促进知识产权转化运用。深化知识产权质押融资“入园惠企”行动，探索开展知识产权证券化，完善知识产权运营服务体系。（责任单位：市金融工作中心、人行义乌市支行、市市场监管局）
（四）优化知识产权公共服务。建设知识产权公共服务网点，打造“一站式”知识产权服务综合体，开展知识产权服务业集聚区建设。（责任单位：市市场监管局、市商务局）
三、保障措施
（一）加强组织领导。各地各部门要高度重视，将知识产权工作纳入重要议事日程。
（二）加强考核督查。将知识产权工作纳入年度综合考核。
义乌市人民政府办公室
2023年8月2日
"""


@pytest.fixture(scope="module", params=[36, 15], ids=["wide", "paged"])
def yiwu(request: pytest.FixtureRequest) -> Document:
    return extracted(to_pdf(paragraphs_of(ZJ), request.param, page_numbers=True), "yiwu.pdf")[0]


def test_a_number_wrapped_over_lines_reads_whole(yiwu: Document) -> None:
    loan = next(t for t in yiwu.targets if "质押融资额" in t.indicator)
    assert (loan.indicator, loan.value, loan.unit, loan.value_text) == (
        "知识产权质押融资额",
        100.0,
        "亿元",
        "100",
    )
    assert ("每万人口高价值发明专利拥有量", 6.5, "件", ">=", 2025, "target") in _targets(yiwu)


def test_a_wrapped_document_number_stays_with_its_title(yiwu: Document) -> None:
    assert [(c.title, c.doc_number) for c in yiwu.citations] == [
        ("浙江省知识产权发展“十四五”规划", "浙政办发〔2021〕47号")
    ]


def test_wrapped_pdf_units(yiwu: Document) -> None:
    assert yiwu.plan.doc_number == "义政办发〔2023〕58号"
    assert yiwu.plan.date == "2023-08-02"
    names = {p: [n for n, _ in units] for p, units in _roles(yiwu).items()}
    assert [n.replace("\n", "") for n in names["二.(三)"]] == [
        "市金融工作中心",
        "人行义乌市支行",
        "市市场监管局",
    ]


# --- 江西: 第一章 / 第一条 articles -------------------------------------------------------------------------

JX = """赣州市人民政府关于加快知识产权强市建设的实施意见
赣市府发〔2022〕12号
各县（市、区）人民政府，市政府各部门：
为贯彻落实《中共中央 国务院关于印发〈知识产权强国建设纲要（2021—2035年）〉的通知》精神，现提出如下实施意见。
第一章 总体要求
第一条 指导思想。以习近平新时代中国特色社会主义思想为指导，全面贯彻新发展理念。
第二条 发展目标。到2025年，全市发明专利拥有量达到5000件，每万人口高价值发明专利拥有量达到2.5件，地理标志商标总数达到60件。
第二章 重点任务
第三条 加强知识产权创造。实施高价值专利培育计划，支持稀土、钨等特色产业开展专利导航。由市市场监管局牵头，市科技局、市工信局配合。
第四条 加强知识产权保护。完善行政执法与刑事司法衔接机制，严厉打击侵权假冒行为。市市场监管局负责，市公安局、市中级人民法院、市人民检察院配合。
第五条 加强知识产权运用。推进知识产权质押融资，每年质押融资额不低于5亿元。【牵头单位】市金融办【责任单位】人行赣州市中心支行、赣州银保监分局、市市场监管局
第六条 加强知识产权服务。建设知识产权公共服务平台，培育知识产权服务机构10家以上。（牵头单位：市市场监管局；责任领导：分管副市长；责任人：李某）
第三章 保障措施
第七条 加强组织领导。建立知识产权联席会议制度。
第八条 本意见自印发之日起施行，由市市场监管局负责解释。
赣州市人民政府
2022年5月20日
"""


@pytest.fixture(scope="module")
def ganzhou() -> Document:
    return extracted(JX.encode("gb18030"), "ganzhou.txt")[0]


def test_articles_are_units(ganzhou: Document) -> None:
    assert [t.path for t in ganzhou.tasks] == [
        "二.第三条",
        "二.第四条",
        "二.第五条",
        "二.第六条",
        "三.第七条",
    ]
    assert [g.path for g in ganzhou.goals] == ["一.第二条"]
    assert ("发明专利拥有量", 5000.0, "件", ">=", 2025, "target") in _targets(ganzhou)


def test_article_roles(ganzhou: Document) -> None:
    roles = _roles(ganzhou)
    assert roles["二.第三条"] == [("市市场监管局", "lead"), ("市科技局", "support"), ("市工信局", "support")]
    assert roles["二.第四条"] == [
        ("市市场监管局", "lead"),
        ("市公安局", "support"),
        ("市中级人民法院", "support"),
        ("市人民检察院", "support"),
    ]


def test_bracketed_fields_without_separators(ganzhou: Document) -> None:
    assert _roles(ganzhou)["二.第五条"] == [
        ("市金融办", "lead"),
        ("人行赣州市中心支行", "support"),
        ("赣州银保监分局", "support"),
        ("市市场监管局", "support"),
    ]
    assert _roles(ganzhou)["二.第六条"] == [("市市场监管局", "lead")]  # 责任领导 / 责任人 are no agencies


# --- 湖南: 专栏 boxes ---------------------------------------------------------------------------------------

HN = """株洲市知识产权“十四五”发展规划实施方案
一、发展目标
到2025年，全市有效发明专利拥有量达到8000件，PCT国际专利申请量累计达到150件。
二、重点任务
（一）实施知识产权保护工程
加快建设中国（株洲）知识产权保护中心，健全知识产权快速协同保护体系。
专栏1 知识产权保护工程
（1）知识产权保护中心建设。建成运行中国（株洲）知识产权保护中心，年预审专利申请1000件以上。（牵头单位：市市场监管局；配合单位：市发改委）
（2）维权援助网络建设。在各县市区设立知识产权维权援助工作站，实现全覆盖。（牵头单位：市市场监管局；配合单位：市司法局）
（3）海外维权。建立海外知识产权纠纷应对指导机制。（牵头单位：市商务局）
（二）实施知识产权运用工程
推动轨道交通、航空等产业开展专利导航，促进知识产权转化。
专栏2 知识产权运用工程
（1）专利导航。开展产业专利导航项目10项。（牵头单位：市工信局）
（2）质押融资。知识产权质押融资年登记金额突破15亿元。（牵头单位：市金融办；配合单位：人民银行株洲市中心支行）
三、保障措施
加强组织领导，落实经费保障。
株洲市人民政府办公室
2022年1月10日
"""


def test_column_boxes() -> None:
    doc, _ = extracted(HN, "zhuzhou.md")
    roles = _roles(doc)
    assert roles["二.(一).(1)"] == [("市市场监管局", "lead"), ("市发改委", "support")]
    assert roles["二.(一).(3)"] == [("市商务局", "lead")]
    assert roles["二.(二).(2)"] == [("市金融办", "lead"), ("人民银行株洲市中心支行", "support")]
    assert not any("专栏" in (t.title or "") for t in doc.tasks)
    assert ("知识产权质押融资年登记金额", 15.0, "亿元", ">", 2025, "target") in _targets(doc)


# --- 四川: a target list and an indicator table -------------------------------------------------------------

SC_PARAS = [
    "绵阳市知识产权强市建设实施方案（2022—2025年）",
    "一、主要目标",
    "到2025年，实现以下目标：（一）每万人口高价值发明专利拥有量达到10件；（二）年度专利授权量达到1.2万件以上；（三）知识产权质押融资额累计突破30亿元；（四）培育国家知识产权示范企业15家。",
    "二、重点任务",
    "（一）推动科技城知识产权创造。支持中国（绵阳）科技城开展知识产权综合改革试验。由市科技局牵头，市市场监管局、市经信局配合。",
    "（二）加强知识产权行政保护。市市场监管局负责，市公安局、市文广旅局配合，开展侵权假冒专项整治。",
    "附表：绵阳市知识产权主要发展指标",
]
SC_TABLE = [
    ["指标名称", "单位", "2022年", "2025年", "属性"],
    ["每万人口高价值发明专利拥有量", "件", "6.2", "10", "预期性"],
    ["PCT国际专利申请量", "件", "45", "80", "预期性"],
    ["知识产权质押融资额", "亿元", "8", "30", "预期性"],
    ["专利侵权案件结案率", "%", "90", "95", "约束性"],
]


@pytest.fixture(scope="module")
def mianyang() -> Document:
    return extracted(to_html(SC_PARAS, SC_TABLE), "mianyang.html")[0]


def test_goal_list(mianyang: Document) -> None:
    prose = [t[:4] for t, s in zip(_targets(mianyang), mianyang.targets, strict=True) if s.source == "prose"]
    assert prose == [
        ("每万人口高价值发明专利拥有量", 10.0, "件", ">="),
        ("专利授权量", 1.2, "万件", ">="),
        ("知识产权质押融资额", 30.0, "亿元", ">"),
        ("培育国家知识产权示范企业", 15.0, "家", "="),
    ]


def test_the_plans_first_year_is_the_starting_level(mianyang: Document) -> None:
    table = [(t.indicator, t.value, t.year, t.kind, t.flags) for t in mianyang.targets if t.source == "table"]
    assert table[:2] == [
        ("每万人口高价值发明专利拥有量", 6.2, 2022, "baseline", ["expected", "per_capita"]),
        ("每万人口高价值发明专利拥有量", 10.0, 2025, "target", ["expected", "per_capita"]),
    ]
    assert table[-1] == ("专利侵权案件结案率", 95.0, 2025, "target", ["binding"])


def test_responsibility_openers(mianyang: Document) -> None:
    roles = _roles(mianyang)
    assert roles["二.(一)"] == [("市科技局", "lead"), ("市市场监管局", "support"), ("市经信局", "support")]
    assert roles["二.(二)"] == [("市市场监管局", "lead"), ("市公安局", "support"), ("市文广旅局", "support")]


# --- 福建: a task list that is one table --------------------------------------------------------------------

FJ_PARAS = [
    "泉州市晋江市2024年知识产权强市建设工作任务清单",
    "晋江市人民政府办公室",
    "2024年2月26日",
    "为推进知识产权强市建设，现将2024年重点工作任务分解如下，请各责任单位认真抓好落实。",
]
FJ_ROWS = [
    "<td>序号</td><td>重点任务</td><td>责任单位</td><td>责任领导</td><td>完成时限</td>",
    "<td>1</td><td>培育知识产权优势企业10家以上</td><td>市市场监管局（牵头）、市科技局</td><td>王副市长</td><td>2024年12月</td>",
    "<td>2</td><td>开展纺织服装产业专利导航</td><td>市工信局（牵头）、市市场监管局</td><td rowspan='2'>李副市长</td><td>2024年10月</td>",
    "<td>3</td><td>推进鞋服商标品牌国际注册，新增马德里商标国际注册50件</td><td>市商务局、市市场监管局</td><td>2024年12月</td>",
    "<td>4</td><td>设立知识产权巡回审判点</td><td>市人民法院</td><td>市法院院长</td><td>2024年6月</td>",
]


@pytest.fixture(scope="module")
def jinjiang() -> Document:
    return extracted(_merged_html(FJ_PARAS, FJ_ROWS), "jinjiang.html")[0]


def test_a_table_only_plan_keeps_its_title(jinjiang: Document) -> None:
    assert jinjiang.plan.title == "泉州市晋江市2024年知识产权强市建设工作任务清单"
    assert jinjiang.plan.doc_type == "任务清单"
    assert jinjiang.plan.period is not None
    assert jinjiang.plan.period.end == "2024"
    assert {t.year for t in jinjiang.targets} == {2024}


def test_leader_column_names_no_agency(jinjiang: Document) -> None:
    rows = {t.title: [(r.agency.surface, r.role) for r in t.responsibilities] for t in jinjiang.tasks}
    assert rows == {
        "培育知识产权优势企业10家以上": [("市市场监管局", "lead"), ("市科技局", "support")],
        "开展纺织服装产业专利导航": [("市工信局", "lead"), ("市市场监管局", "support")],
        "推进鞋服商标品牌国际注册": [("市商务局", "joint"), ("市市场监管局", "joint")],
        "设立知识产权巡回审判点": [("市人民法院", "sole")],
    }


# --- 贵州: a yearly indicator table -------------------------------------------------------------------------

GZ_PARAS = [
    "遵义市知识产权运用促进工作方案（2023—2025年）",
    "一、目标任务",
    "围绕酱香白酒、茶产业等特色产业，加快知识产权运用。主要指标见下表。",
    "二、工作措施",
    "（一）推进地理标志运用。市农业农村局负责，市市场监管局配合，做好“遵义红”等地理标志产品保护。",
    "（二）推进专利转化。依托高校院所开展专利转化专项计划。由市科技局牵头，市教育局、市市场监管局配合。",
    "（三）加强金融支持。（责任单位：人行遵义市中心支行，遵义金融监管分局；完成时限：2025年底）",
    "遵义市市场监督管理局",
    "2023年4月3日",
]
GZ_TABLE = [
    ["序号", "指标名称", "单位", "2023年", "2024年", "2025年", "属性", "责任单位"],
    ["1", "地理标志产品", "个", "12", "14", "16", "预期性", "市市场监管局"],
    ["2", "专利转让许可次数", "次", "300", "400", "500", "预期性", "市科技局"],
    ["3", "知识产权质押融资额", "亿元", "3", "4", "5", "预期性", "人行遵义市中心支行"],
]


def test_yearly_indicator_table_and_city_without_shi() -> None:
    doc, _ = extracted(to_docx(GZ_PARAS, GZ_TABLE), "zunyi.docx")
    loans = [(t.value, t.year, t.kind) for t in doc.targets if t.indicator == "知识产权质押融资额"]
    assert loans == [(3.0, 2023, "target"), (4.0, 2024, "target"), (5.0, 2025, "target")]
    assert _names(doc)["遵义金融监管分局"] == "国家金融监督管理总局遵义监管分局"
    assert _roles(doc)["二.(三)"] == [("人行遵义市中心支行", "joint"), ("遵义金融监管分局", "joint")]
    assert next(t for t in doc.tasks if t.path == "二.(三)").deadline_date == "2025-12"


# --- 湖北: a government web page ----------------------------------------------------------------------------

XIANGYANG = """<!DOCTYPE html><html><head><meta charset="gb2312"><title>襄阳市人民政府办公室关于印发襄阳市知识产权强市建设三年行动方案（2023—2025年）的通知_政策文件_襄阳市人民政府门户网站</title></head>
<body>
<div class="nav">首页 &gt; 政务公开 &gt; 政策文件</div>
<div class="info"><span>索引号：011043063/2023-12345</span> <span>发布机构：襄阳市人民政府办公室</span> <span>发布日期：2023-09-15</span> <span>字号：[大 中 小]</span></div>
<div class="article">
<h1>襄阳市人民政府办公室关于印发襄阳市知识产权强市建设三年行动方案（2023—2025年）的通知</h1>
<p>襄政办发〔2023〕27号</p>
<p>各县（市、区）人民政府，各开发区管委会，市政府各部门：</p>
<p>《襄阳市知识产权强市建设三年行动方案（2023—2025年）》已经市人民政府同意，现印发给你们，请认真组织实施。</p>
<p style="text-align:right">襄阳市人民政府办公室</p>
<p style="text-align:right">2023年9月12日</p>
<p style="text-align:center">襄阳市知识产权强市建设三年行动方案（2023—2025年）</p>
<p>一、行动目标</p>
<p>到2025年，全市有效发明专利拥有量达到9000件，每万人口高价值发明专利拥有量达到5.5件，技术合同成交额突破300亿元。</p>
<p>二、重点行动</p>
<p>（一）知识产权创造提质行动。</p>
<p>1.加强高价值专利培育（责任单位：市科技局、市市场监管局）。聚焦汽车、新能源等产业，建设高价值专利培育中心5个。</p>
<p>2.推进专利导航（责任单位：市经信局）。开展产业专利导航项目，每年不少于3项。</p>
<p>（二）知识产权保护强化行动。</p>
<p>3.健全协同保护机制。建立行政执法和司法衔接机制。（市市场监管局牵头，市中级人民法院、市人民检察院、市公安局按职责分工负责）</p>
<p>4.开展专项整治。（市市场监管局、市文化和旅游局、襄阳海关按职责分工负责）</p>
<p>三、保障措施</p>
<p>各地各部门要加强组织领导，确保各项任务落到实处。</p>
</div>
<div class="footer"><p>【打印本页】【关闭窗口】</p><p>主办：襄阳市人民政府办公室 鄂ICP备05003355号</p></div>
</body></html>"""


@pytest.fixture(scope="module")
def xiangyang() -> Document:
    return extracted(XIANGYANG.encode("gb18030"), "xiangyang.html")[0]


def test_web_page_metadata(xiangyang: Document) -> None:
    plan = xiangyang.plan
    assert plan.title == "襄阳市知识产权强市建设三年行动方案（2023—2025年）"
    assert plan.doc_number == "襄政办发〔2023〕27号"
    assert [i.name for i in plan.issuers] == ["襄阳市人民政府办公室"]
    assert plan.date == "2023-09-12"
    assert plan.period is not None
    assert (plan.period.start, plan.period.end) == ("2023", "2025")


def test_titles_stop_before_their_annotation(xiangyang: Document) -> None:
    titles = {t.path: t.title for t in xiangyang.tasks}
    assert titles["二.(一).1"] == "加强高价值专利培育"
    assert titles["二.(一).2"] == "推进专利导航"
    assert _roles(xiangyang)["二.(一).1"] == [("市科技局", "joint"), ("市市场监管局", "joint")]
    assert _roles(xiangyang)["二.(二).3"][0] == ("市市场监管局", "lead")


def test_a_bare_quantity_takes_the_clause_before(xiangyang: Document) -> None:
    navigation = next(t for t in xiangyang.targets if t.unit == "项")
    assert (navigation.indicator, navigation.value, navigation.comparator, navigation.flags) == (
        "开展产业专利导航项目",
        3.0,
        ">=",
        ["annual"],
    )


def test_a_context_clause_is_no_indicator() -> None:
    doc, _ = extracted("某县知识产权工作要点\n一、重点任务\n1.培育优势企业。围绕重点产业，每年不少于3家。\n")
    assert doc.targets == []
