"""Round 14 of plans the corpus does not show, written for the tests: shapes of no earlier round.

A 贵州 autonomous county's 工作要点 (.txt, and as .docx and .html) whose items open with the units that do them:
the names and a colon before the item's words (1.县科技局：加快培育…, 7.县财政局、县市场监管局：落实…) or a bracket
of names alone opening them (3.【县农业农村局】推进…): those units carry the item, as a bracket of names closing
it would say, and the item's title starts after them. Words before a colon that open like no body's name
(9.建设知识产权服务工作站：在各乡镇设立…) are the item's work, whatever they end with. Units may open a sentence
of the item after its title too (10.推进知识产权强企建设。县科技局：培育…。县工信局：组织…). Its notes close with the unit
and a time that is no date (（县人民法院负责，全年推进）, （…，常态化推进）): the time is no unit and no part of
the title, and a cue word inside a bracket never ends a prose subject that opens outside it
(依法审理知识产权案件（县人民法院 is no body): the subject starts after the opener (（县司法局要依法依规开展）).

A 吉林 autonomous prefecture's 实施方案 whose list of units gives one of them its role in brackets
(州农业农村局、州林业和草原局（牵头）、州市场监管局按职责分工负责): the bracket speaks for the name it follows
alone; its 文化广播电视和旅游局 is the culture and tourism bureau; its targets compare with the last five-year
plan's end (较“十三五”末翻一番, 比“十三五”末增长30%: the base is no part of the indicator) and give one indicator
two levels (确保达到1.5件、力争达到2件).

An 内蒙古 banner's 工作方案 whose notes are labelled 实施主体 (the bodies that carry the work out, as 责任主体 and
实施单位 are), 承办单位, 主要责任单位 / 协同单位, 主责部门 / 协办部门 and 责任部门：A（牵头）、B、C; whose 旗教育和体育局
is a merged bureau of the type of its first field (教育局), as 农牧和科技局 is the agriculture bureau; and whose
indicators open with 全旗 (全州, 全盟), the plan's whole region as 全县 is.

A 青海 county-level city's 工作要点 in markdown (## 一、… / ### （一）…) whose tasks stand in a pipe table
(序号 | 工作任务 | 具体措施 | 牵头单位 | 配合单位 | 完成时限), cells holding units parted by <br> or ；; its
文体旅游广电局 is the culture and tourism bureau. A 青海 prefecture's targets as levels reached (增至60件, 升至1.2万件).

A 青海 county's task list laid out by department: a heading that is nothing but unit names (（一）县市场监管局,
（二）县科技局、县工信局) over numbered items is no task; the items under it that name nobody do its units' work,
and an item naming only the units that support it (（县财政局配合）) is led by the heading's units.
"""

from __future__ import annotations

import pytest

from policykg.models import Document
from tests.formats import paragraphs_of, to_docx, to_html
from tests.plans import extracted, named_units


def _roles(doc: Document) -> dict[str, list[tuple[str, str]]]:
    return {path: [(s, role) for s, role, _ in units] for path, units in named_units(doc).items()}


def _typed(doc: Document) -> dict[str, list[tuple[str, str, str | None, str]]]:
    return {
        t.path: [(r.agency.surface, r.agency.name, r.agency.type, r.role) for r in t.responsibilities]
        for t in doc.tasks
    }


# --- 贵州: items opening with their units; notes closing with a time that is no date -----------------------

SANDU = """三都水族自治县2024年知识产权工作要点
三府办发〔2024〕9号
各乡（镇）人民政府、街道办事处，县政府各部门：
现将《三都水族自治县2024年知识产权工作要点》印发给你们，请认真抓好落实。
三都水族自治县人民政府办公室
2024年3月15日
三都水族自治县2024年知识产权工作要点
一、工作目标
全年力争新增有效发明专利15件以上，知识产权质押融资登记金额突破2000万元。
二、重点工作
（一）提高知识产权创造质量
1.县科技局：加快培育科技型企业，全年新增高新技术企业3家以上。
2.县市场监管局：深入实施商标品牌战略，指导水族马尾绣、九阡酒等特色产品注册商标，新增地理标志证明商标1件。
3.【县农业农村局】推进三都水晶葡萄等农产品地理标志登记保护。
（二）强化知识产权保护
4.开展知识产权执法“铁拳”行动，严厉打击商标侵权、假冒专利等违法行为（县市场监管局负责，2024年10月底前完成）。
5.加强知识产权司法保护，依法审理知识产权案件（县人民法院负责，全年推进）。
6.【县公安局、县市场监管局】加强行刑衔接，联合打击侵犯知识产权犯罪。
（三）促进知识产权转化运用
7.县财政局、县市场监管局：落实知识产权质押融资风险补偿政策，推动银行开展知识产权质押融资业务。
8.加强知识产权服务，依法开展知识产权咨询（县市场监管局牵头，县司法局配合，常态化推进）。
9.建设知识产权服务工作站：在各乡镇设立知识产权服务工作站（县市场监管局负责）。
10.推进知识产权强企建设。县科技局：培育知识产权优势企业2家。县工信局：组织企业开展贯标。
11.健全知识产权纠纷调解机制，开展知识产权纠纷调解（县司法局要依法依规开展）。
三、工作要求
各乡（镇）、街道和县直各部门要高度重视，于2024年12月10日前将年度工作总结报送县市场监管局。
"""


@pytest.fixture(scope="module")
def sandu() -> Document:
    return extracted(SANDU, "sandu.txt")[0]


def test_units_before_a_colon_open_the_item(sandu: Document) -> None:
    typed = _typed(sandu)
    assert typed["二.(一).1"] == [
        ("县科技局", "黔南布依族苗族自治州三都水族自治县科学技术局", "science_tech", "sole")
    ]
    assert _roles(sandu)["二.(一).2"] == [("县市场监管局", "sole")]
    assert _roles(sandu)["二.(三).7"] == [("县财政局", "joint"), ("县市场监管局", "joint")]
    tasks = {t.path: t for t in sandu.tasks}
    assert tasks["二.(一).1"].title == "加快培育科技型企业，全年新增高新技术企业3家以上"
    units = [r for r in tasks["二.(一).1"].responsibilities]
    assert units[0].basis == "annotation"
    assert units[0].quote == "县科技局："
    # the words before a colon that open like no body's name are the item's title and work
    assert _roles(sandu)["二.(三).9"] == [("县市场监管局", "sole")]
    # units opening a sentence of the item after its title: each does the words after it
    assert _roles(sandu)["二.(三).10"] == [("县科技局", "sole"), ("县工信局", "sole")]
    assert tasks["二.(三).10"].title == "推进知识产权强企建设"


def test_bracket_of_units_opens_the_item(sandu: Document) -> None:
    roles = _roles(sandu)
    assert roles["二.(一).3"] == [("县农业农村局", "sole")]
    assert roles["二.(二).6"] == [("县公安局", "joint"), ("县市场监管局", "joint")]
    tasks = {t.path: t for t in sandu.tasks}
    assert tasks["二.(一).3"].title == "推进三都水晶葡萄等农产品地理标志登记保护"
    assert tasks["二.(二).6"].title == "加强行刑衔接，联合打击侵犯知识产权犯罪"


def test_note_closing_with_a_time_that_is_no_date(sandu: Document) -> None:
    roles = _roles(sandu)
    assert roles["二.(二).4"] == [("县市场监管局", "sole")]
    assert roles["二.(二).5"] == [("县人民法院", "sole")]
    assert roles["二.(三).8"] == [("县市场监管局", "lead"), ("县司法局", "support")]
    names = {a.name for a in sandu.agencies}
    assert not any("审理" in name or "调解" in name for name in names), names
    # a sentence in brackets obliging a unit (（县司法局要依法依规开展）): its subject starts after the opener
    assert roles["二.(三).11"] == [("县司法局", "implicit")]
    titles = {t.path: t.title for t in sandu.tasks}
    assert titles["二.(二).5"] == "加强知识产权司法保护，依法审理知识产权案件"


def test_targets_of_items_opening_with_units(sandu: Document) -> None:
    by_task = {(t.task_id or "").rsplit("/", 1)[-1]: t for t in sandu.targets if t.task_id}
    assert by_task["二.(一).1"].indicator == "高新技术企业"
    assert by_task["二.(一).1"].value == 3
    assert by_task["二.(一).2"].indicator == "地理标志证明商标"


@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_units_opening_items_in_other_formats(fmt: str) -> None:
    paragraphs = paragraphs_of(SANDU)
    data = to_docx(paragraphs) if fmt == "docx" else to_html(paragraphs)
    doc, _ = extracted(data, f"sandu.{fmt}")
    roles = _roles(doc)
    assert roles["二.(一).1"] == [("县科技局", "sole")]
    assert roles["二.(一).3"] == [("县农业农村局", "sole")]
    assert roles["二.(二).5"] == [("县人民法院", "sole")]


# --- 吉林: a 自治州's plan; a role in brackets after one name of a list; two levels for one indicator ------

YANBIAN = """延边朝鲜族自治州知识产权保护和运用“十四五”规划实施方案
延州政办发〔2022〕21号
一、发展目标
到2025年，全州知识产权综合实力明显增强：
（一）每万人口高价值发明专利拥有量确保达到1.5件、力争达到2件；
（二）专利转化实施率提高5个百分点，技术合同成交额年均增长10%；
（三）知识产权侵权案件发生率控制在3‰以内，知识产权保护社会满意度达到80分以上；
（四）地理标志保护产品数量较“十三五”末翻一番，有效注册商标总量比“十三五”末增长30%。
二、重点任务
（一）加强知识产权创造
1.推动延边大米、延边黄牛等地理标志产品保护。州农业农村局、州林业和草原局（牵头）、州市场监管局按职责分工负责。
2.支持汪清县、安图县等县市建设知识产权强县。责任单位：州市场监管局（牵头），各县（市）人民政府。
3.培育朝鲜族特色文化版权产业。（主要责任单位：州委宣传部；协同单位：州文化广播电视和旅游局、州教育局）
（二）加强知识产权保护
4.完善知识产权保护机制。（责任单位：州公安局、州市场监管局（牵头）、州司法局）
5.健全知识产权快速维权机制。州市场监管局牵头，延吉海关、州公安局配合，2024年底前完成。
三、保障措施
各县（市）人民政府、州直有关部门要加强协同，形成工作合力。
延边朝鲜族自治州人民政府办公室
2022年6月30日
"""


@pytest.fixture(scope="module")
def yanbian() -> Document:
    return extracted(YANBIAN, "yanbian.txt")[0]


def test_bracketed_role_after_one_name_is_its_own(yanbian: Document) -> None:
    """州农业农村局、州林业和草原局（牵头）、州市场监管局按职责分工负责: the bracket makes the second lead; the first
    and the third share the work the phrase after them gives (support, beside a lead)."""
    roles = _roles(yanbian)
    assert roles["二.(一).1"] == [
        ("州农业农村局", "support"),
        ("州林业和草原局", "lead"),
        ("州市场监管局", "support"),
    ]
    assert roles["二.(一).2"] == [("州市场监管局", "lead"), ("各县（市）人民政府", "support")]
    assert roles["二.(二).4"] == [("州公安局", "support"), ("州市场监管局", "lead"), ("州司法局", "support")]
    assert roles["二.(二).5"] == [("州市场监管局", "lead"), ("延吉海关", "support"), ("州公安局", "support")]


def test_culture_radio_tv_and_tourism_bureau_is_typed(yanbian: Document) -> None:
    typed = _typed(yanbian)
    assert (
        typed["二.(一).3"][1]
        == (
            "州文化广播电视和旅游局",
            "延边朝鲜族自治州文化广播电视和旅游局",  # round 35: a full name written is the body's name (agency_types full_names)
            "culture_tourism",
            "support",
        )
    )


def test_base_of_the_last_plan_period(yanbian: Document) -> None:
    """较“十三五”末翻一番, 比“十三五”末增长30%: the base (the last five-year plan's end) is no part of the
    indicator, as 较2020年 is not."""
    by_indicator = {t.indicator: t for t in yanbian.targets}
    doubled = by_indicator["地理标志保护产品数量"]
    assert (doubled.value, doubled.unit, doubled.flags) == (2, "倍", ["relative"])
    grown = by_indicator["有效注册商标总量"]
    assert (grown.value, grown.unit, grown.flags) == (30, "%", ["growth"])


def test_two_levels_for_one_indicator(yanbian: Document) -> None:
    """确保达到1.5件、力争达到2件: two targets of one indicator (the level ensured, the level striven for)."""
    levels = [
        (t.value, t.comparator, t.year)
        for t in yanbian.targets
        if t.indicator == "每万人口高价值发明专利拥有量"
    ]
    assert levels == [(1.5, ">=", 2025), (2, ">=", 2025)]
    rates = {t.indicator: (t.value, t.unit) for t in yanbian.targets}
    assert rates["专利转化实施率"] == (5, "个百分点")
    assert rates["知识产权侵权案件发生率"] == (3, "‰")


# --- 内蒙古: a banner's 工作方案 with the labels of its own notes -------------------------------------------

ETUOKEQIANQI = """鄂托克前旗知识产权强县建设工作方案（2024—2025年）
鄂前政办发〔2024〕12号
为贯彻落实《鄂尔多斯市知识产权强市建设实施方案》，推动全旗知识产权事业高质量发展，结合我旗实际，制定本方案。
一、工作目标
到2025年，全旗每万人口发明专利拥有量由2023年的1.2件提高到2025年的2件，有效注册商标总量较2023年增长20%以上，地理标志证明商标力争达到5件、确保达到4件，知识产权质押融资额突破5000万元。
二、主要任务
（一）提升知识产权创造水平
1.培育高价值专利。围绕绒纺、新能源等产业，支持企业开展专利布局。主要责任单位：旗科技局、旗工信局；协同单位：旗市场监督管理局。
2.打造农畜产品区域公用品牌。推动鄂托克前旗羊肉、阿尔巴斯白山羊绒等申请地理标志。（主责部门：旗农牧局；协办部门：旗市场监督管理局、各苏木镇人民政府）
3.推进嘎查村品牌建设。指导嘎查村集体经济组织注册集体商标。责任部门：旗农牧局（牵头）、旗市场监督管理局、各苏木镇。
（二）加强知识产权保护
4.加强行政执法。开展商标侵权、假冒专利专项整治，查处案件10件以上。承办单位：旗市场监督管理局。
5.加强司法保护。完善知识产权纠纷诉调对接机制。实施主体：旗人民法院、旗司法局。
6.加强宣传培训。开展知识产权进苏木、进嘎查活动。（实施主体：旗市场监督管理局；配合单位：旗教育和体育局、各苏木镇）
（三）促进知识产权运用
7.推进知识产权质押融资。组织银企对接活动不少于2场。（旗市场监督管理局负责，2025年底前完成）
三、保障措施
旗财政局要将知识产权工作经费纳入年度预算。
鄂托克前旗人民政府办公室
2024年4月10日
"""


@pytest.fixture(scope="module")
def etuokeqianqi() -> Document:
    return extracted(ETUOKEQIANQI, "etuokeqianqi.txt")[0]


def test_implementing_bodies_label(etuokeqianqi: Document) -> None:
    """实施主体：A、B names who carries the item, as 责任单位 does; beside a 配合单位 label its units lead."""
    roles = _roles(etuokeqianqi)
    assert roles["二.(二).5"] == [("旗人民法院", "joint"), ("旗司法局", "joint")]
    assert roles["二.(二).6"] == [
        ("旗市场监督管理局", "lead"),
        ("旗教育和体育局", "support"),
        ("各苏木镇", "support"),
    ]
    assert roles["二.(二).4"] == [("旗市场监督管理局", "sole")]
    assert roles["二.(一).3"] == [
        ("旗农牧局", "lead"),
        ("旗市场监督管理局", "support"),
        ("各苏木镇", "support"),
    ]


def test_merged_bureau_is_of_its_first_field(etuokeqianqi: Document) -> None:
    """旗教育和体育局: a merged bureau whose fields 和 joins is of the type of its first field (教育局), its name
    kept as written."""
    typed = _typed(etuokeqianqi)
    assert typed["二.(二).6"][1] == (
        "旗教育和体育局",
        "鄂尔多斯市鄂托克前旗教育和体育局",
        "education",
        "support",
    )


def test_banner_targets_and_deadline(etuokeqianqi: Document) -> None:
    """全旗 opens the indicator as 全县 does: the plan's whole region, no part of what is measured."""
    targets = [(t.indicator, t.kind, t.value, t.year) for t in etuokeqianqi.targets if t.goal_id]
    assert targets[:2] == [
        ("每万人口发明专利拥有量", "baseline", 1.2, 2023),
        ("每万人口发明专利拥有量", "target", 2, 2025),
    ]
    assert ("地理标志证明商标", "target", 5, 2025) in targets
    assert ("地理标志证明商标", "target", 4, 2025) in targets
    task = next(t for t in etuokeqianqi.tasks if t.path == "二.(三).7")
    assert (task.deadline, task.deadline_date) == ("2025年底前", "2025-12")


# --- 青海: a county-level city's 工作要点 in markdown, its tasks in a pipe table ----------------------------

DELINGHA = """# 德令哈市2024年知识产权工作要点

为深入实施知识产权强国战略，全面提升我市知识产权综合实力，现制定2024年工作要点如下。

## 一、工作目标

2024年，全市发明专利授权量较2023年增长15%以上，商标有效注册量突破3000件，知识产权质押融资金额同比提高2个百分点。

## 二、重点任务

### （一）提升知识产权创造质量

围绕盐湖化工、光伏新能源等主导产业，开展专利导航，培育一批高价值专利。

### （二）重点任务分工

| 序号 | 工作任务 | 具体措施 | 牵头单位 | 配合单位 | 完成时限 |
| --- | --- | --- | --- | --- | --- |
| 1 | 培育高价值专利 | 支持企业建设高价值专利培育中心，新增发明专利20件以上 | 市科技局 | 市工信局<br>市市场监管局 | 2024年12月底 |
| 2 | 推进商标品牌建设 | 指导枸杞、藜麦等特色产品注册商标 | 市市场监管局 | 市农牧和科技局；市商务局 | 2024年11月底 |
| 3 | 强化行政执法 | 查处商标侵权案件不少于5件 | 市市场监管局 | 市公安局、市文体旅游广电局 | 全年 |
| 4 | 深化知识产权金融服务 | 组织知识产权质押融资对接会2场 | 市金融办<br>市市场监管局 | 人民银行德令哈市支行 | 2024年10月底 |

## 三、工作要求

各有关单位要按照任务分工，于2024年12月15日前将工作完成情况报送市市场监管局。

德令哈市市场监督管理局

2024年2月28日
"""


@pytest.fixture(scope="module")
def delingha() -> Document:
    return extracted(DELINGHA, "delingha.md")[0]


def test_pipe_table_rows_with_units_parted_by_line_tags_and_semicolons(delingha: Document) -> None:
    typed = _typed(delingha)
    assert typed["二.(二).表1.2"] == [
        ("市市场监管局", "德令哈市市场监督管理局", "market_regulation", "lead"),
        ("市农牧和科技局", "德令哈市农牧和科技局", "agriculture", "support"),
        ("市商务局", "德令哈市商务局", "commerce", "support"),
    ]
    assert typed["二.(二).表1.3"][2] == (
        "市文体旅游广电局",
        "德令哈市文化广电和旅游局",
        "culture_tourism",
        "support",
    )
    assert _roles(delingha)["二.(二).表1.4"] == [
        ("市金融办", "lead"),
        ("市市场监管局", "lead"),
        ("人民银行德令哈市支行", "support"),
    ]
    rows = {t.path: t for t in delingha.tasks}
    assert (rows["二.(二).表1.1"].deadline_date, rows["二.(二).表1.3"].deadline) == ("2024-12", "全年")


# --- 青海: a 自治州's 工作要点 whose targets are levels reached (增至) and changes in points ----------------

HAIBEI = """海北藏族自治州2024年知识产权工作要点
一、工作目标
2024年，全州发明专利授权量增至60件，有效注册商标总量升至1.2万件，专利转化率较上年提高0.5个百分点，商标注册量增幅不低于8%，地理标志商标新增3至5件，专利质押融资额同比增长10%左右。
二、重点任务
1.实施商标品牌战略。培育区域公用品牌2个以上。（州市场监管局负责）
"""


def test_levels_reached_and_the_whole_prefecture() -> None:
    """增至60件 is the level reached (>=), as 增加至 is; 全州 opens the indicator as 全市 does."""
    doc, _ = extracted(HAIBEI, "haibei.txt")
    targets = {t.indicator: (t.comparator, t.value, t.unit, t.flags) for t in doc.targets}
    assert targets["发明专利授权量"] == (">=", 60, "件", [])
    assert targets["有效注册商标总量"] == (">=", 1.2, "万件", [])
    assert targets["专利转化率"] == ("=", 0.5, "个百分点", ["increment"])
    assert targets["地理标志商标"] == ("range", 3, "件", ["increment"])


# --- 青海: a county's task list laid out by department --------------------------------------------------

MAQIN = """玛沁县2024年知识产权工作任务分解
为抓好全县知识产权各项工作落实，现将2024年重点工作任务分解如下。
一、工作目标
全年新增注册商标50件，查处侵权假冒案件5件以上。
二、各部门工作任务
（一）县市场监管局
1.开展知识产权执法专项行动，查处侵权假冒案件5件以上。
2.推进商标品牌建设，新增注册商标50件。
（二）县科技局、县工信局
1.培育科技型中小企业10家。
2.组织企业申报高新技术企业（县财政局配合）。
（三）县农牧和科技局
推进牦牛、藏羊等地理标志产品保护。
（四）加强知识产权宣传
1.开展知识产权宣传周活动。
（五）县级知识产权服务站
1.在各乡镇建设县级知识产权服务站2个。
三、工作要求
各部门要于2024年12月10日前报送工作总结。
"""


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_headings_naming_units_speak_for_the_items_under_them(fmt: str) -> None:
    """（一）县市场监管局 over 1. 2.: a heading that is nothing but unit names is no task; the items under it that
    name nobody do its units' work, with the heading as evidence. An item naming a unit of its own keeps it
    (2.…（县财政局配合）: the heading's units lead); a heading with a body (（三）县农牧和科技局 and its paragraph)
    is a task of those units; a heading of work ((四)加强知识产权宣传) names no one, nor does one naming a kind of
    thing by its rank ((五)县级知识产权服务站)."""
    data = MAQIN if fmt == "txt" else to_docx(paragraphs_of(MAQIN))
    doc, text = extracted(data, f"maqin.{fmt}")
    roles = _roles(doc)
    assert "二.(一)" not in roles
    assert "二.(二)" not in roles
    assert roles["二.(一).1"] == [("县市场监管局", "sole")]
    assert roles["二.(一).2"] == [("县市场监管局", "sole")]
    assert roles["二.(二).1"] == [("县科技局", "joint"), ("县工信局", "joint")]
    assert roles["二.(二).2"] == [("县财政局", "support"), ("县科技局", "lead"), ("县工信局", "lead")]
    assert roles["二.(三)"] == [("县农牧和科技局", "sole")]
    assert roles["二.(四).1"] == []
    assert roles["二.(五).1"] == []  # 县级…服务站: a kind of thing by its rank (kind_openings), no body
    item = next(t for t in doc.tasks if t.path == "二.(一).1")
    evidence = item.responsibilities[0]
    assert text[evidence.span[0] : evidence.span[1]] == "县市场监管局"
