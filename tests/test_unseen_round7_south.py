"""Round 7 of plans the corpus does not show, written for the tests (southern and eastern provinces,
municipalities' districts and new areas).

A 海南 county-level city 实施方案 (.txt) for 2024—2026 whose goal paragraph joins several targets with 、 and
，(…600件以上、每万人口…2.5件，…进入全省第一方阵), whose item gives a target for each year (2024年…达到120件、
2025年达到150件、2026年达到180件), and whose 一是/二是/三是 clauses close with 由X负责 or X牵头，Y配合; the
programmes it names (地理标志运用促进工程, 重点商标保护名录, 知识产权纠纷人民调解委员会, 知识产权质押融资入园惠企,
专利转化运用专项行动, 数据知识产权登记, 商标品牌指导站) are each found.

A 云南 county-level city 工作要点 (.html) whose goals are one paragraph of a 总体要求 chapter opening with the
year (2024年，全市…同比增长10%以上…): its targets are read (2023年，… in a 2024 plan looks back and is no goal);
保持全州首位 places the city within its 自治州; 推动30家规上企业实现发明专利零的突破 counts 30 firms.

A 天津 new area's 工作要点 (.txt) with a goals paragraph in ‰, 家次 and 个百分点, and 保持全市首位 measured
against the municipality (not the district).

A 上海 new area's 实施意见 (.md) that implements the municipality's document of the same title
(市委、市政府《关于全面加强知识产权保护的实施意见》（沪委发〔2020〕22号）): a citation, not the plan itself;
保持全市领先 is a standing.

A 河北 county 工作方案 (.txt) whose 具体目标 are listed one per line ((一)…；(二)…；): each line is a goal, its
targets read, and the goal's title keeps no closing ；.

A 陕西 若干措施 (.pdf, wrapped lines and page numbers) citing documents whose numbers use [2023] and (2022) for
〔〕, titles with 十四五 in “”, "" and 「」, and a law with its revision note (《中华人民共和国专利法》(2020年修正));
its term (自2024年6月1日起施行，有效期至2026年12月31日) is its period.

A 河北 high-tech zone's 工作要点 (.txt) issued by its 管委会, whose goals open 2024年，…主要目标是：… (the
indicator starts after the colon) and whose indicator takes two standings (保持全市首位、进入全国高新区前50名).

A 广西 prefecture's 三年行动计划 (.docx) with an indicator table 指标名称 | 单位 | 2023年现状 | 2026年目标 | 指标属性
whose target cell states a change (提高5个百分点), and counts of 场次 and 人次.
"""

from __future__ import annotations

import pytest

from policykg.models import Document
from tests.formats import paragraphs_of, to_docx, to_html, to_pdf
from tests.plans import extracted, named_units


def _roles(doc: Document) -> dict[str, list[tuple[str, str]]]:
    return {path: [(s, role) for s, role, _ in units] for path, units in named_units(doc).items()}


def _targets(doc: Document) -> list[tuple[str, float | None, str | None, str, int | None, list[str]]]:
    return [(t.indicator, t.value, t.unit, t.comparator, t.year, t.flags) for t in doc.targets]


def _programs(doc: Document) -> set[str]:
    return {m.program_id for m in doc.programs}


# --- 海南: a goal paragraph of many targets, per-year targets, clause roles, programmes ------------------

QIONGHAI = """琼海市知识产权强市建设实施方案（2024—2026年）
海府办〔2024〕18号
为深入贯彻落实《知识产权强国建设纲要（2021—2035年）》、《“十四五”国家知识产权保护和运用规划》（国发〔2021〕20号）和《海南自由贸易港知识产权保护条例》，加快推进自由贸易港知识产权强市建设，结合我市实际，制定本方案。
一、工作目标
到2026年，全市有效发明专利拥有量达到600件以上、每万人口高价值发明专利拥有量达到2.5件，有效注册商标总量突破3.5万件，地理标志产品达到5个，知识产权质押融资登记金额累计达到3亿元，知识产权综合实力进入全省第一方阵。
二、重点任务
（一）提升知识产权创造质量
1.培育高价值专利。实施高价值专利培育工程，支持企业与高校院所共建高价值专利培育中心，2024年发明专利授权量达到120件、2025年达到150件、2026年达到180件。（市科技工信局牵头，市市场监管局、市财政局配合）
2.打造地理标志品牌。实施地理标志运用促进工程，推动琼海胡椒、嘉积鸭等特色产品申报地理标志，新增地理标志商标2件。（市农业农村局牵头，市市场监管局配合）
（二）加强知识产权保护
3.强化行政执法。一是深入开展“铁拳”“蓝天”专项行动，全年查办知识产权案件不少于30件，由市综合执法局负责；二是加强重点商标保护名录管理，由市市场监管局负责；三是建立知识产权纠纷人民调解委员会，市司法局牵头，市市场监管局配合。
4.健全海外维权机制。开展海外知识产权纠纷应对指导，为外贸企业提供风险预警服务。（市商务局牵头，海口海关驻琼海办事处配合）
（三）促进知识产权转化运用
5.推进知识产权金融。深入实施知识产权质押融资入园惠企行动，推广知识产权保险，年度质押融资额同比增长15%以上。（市金融办牵头，国家金融监督管理总局琼海监管支局配合）
6.开展专利转化运用专项行动。推动高校院所专利开放许可，组织企业开展数据知识产权登记，建设商标品牌指导站3个。（市市场监管局负责）
三、保障措施
各部门要加强协作，于每年12月10日前将工作进展报送市市场监管局。
琼海市人民政府办公室
2024年4月8日
"""


@pytest.fixture(scope="module")
def qionghai() -> Document:
    return extracted(QIONGHAI, "qionghai.txt")[0]


def test_hainan_head(qionghai: Document) -> None:
    plan = qionghai.plan
    assert (plan.title, plan.doc_number, plan.doc_type) == (
        "琼海市知识产权强市建设实施方案（2024—2026年）",
        "海府办〔2024〕18号",
        "实施方案",
    )
    assert [i.name for i in plan.issuers] == ["琼海市人民政府办公室"]
    assert plan.date == "2024-04-08"
    assert plan.region is not None
    assert (plan.region.name, plan.region.level) == ("琼海市", "county_city")
    assert plan.period is not None
    assert (plan.period.start, plan.period.end) == ("2024", "2026")


def test_hainan_goal_sentence_of_many_targets(qionghai: Document) -> None:
    goals = [t for t in qionghai.targets if t.goal_id is not None]
    assert [(t.indicator, t.value, t.unit, t.comparator, t.year, t.flags) for t in goals] == [
        ("有效发明专利拥有量", 600.0, "件", ">=", 2026, []),
        ("每万人口高价值发明专利拥有量", 2.5, "件", ">=", 2026, ["per_capita"]),
        ("有效注册商标总量", 3.5, "万件", ">", 2026, []),
        ("地理标志产品", 5.0, "个", ">=", 2026, []),
        ("知识产权质押融资登记金额", 3.0, "亿元", ">=", 2026, ["cumulative"]),
        ("知识产权综合实力", None, None, "<=", 2026, []),
    ]
    standing = goals[-1]
    assert (standing.standing, standing.reference, standing.reference_region_id) == (
        "rank",
        "全省第一方阵",
        "460000",
    )


def test_hainan_target_for_each_year(qionghai: Document) -> None:
    yearly = [(t.value, t.year) for t in qionghai.targets if t.indicator == "发明专利授权量"]
    assert yearly == [(120.0, 2024), (150.0, 2025), (180.0, 2026)]
    growth = next(t for t in qionghai.targets if t.indicator == "质押融资额")
    assert (growth.value, growth.unit, growth.comparator, growth.flags) == (
        15.0,
        "%",
        ">=",
        ["annual", "growth"],
    )


def test_hainan_clause_roles(qionghai: Document) -> None:
    roles = _roles(qionghai)
    assert roles["二.(一).1"] == [
        ("市科技工信局", "lead"),
        ("市市场监管局", "support"),
        ("市财政局", "support"),
    ]
    assert roles["二.(二).3.一是"] == [("市综合执法局", "sole")]
    assert roles["二.(二).3.二是"] == [("市市场监管局", "sole")]
    assert roles["二.(二).3.三是"] == [("市司法局", "lead"), ("市市场监管局", "support")]
    assert roles["二.(二).3"] == []


def test_hainan_programmes(qionghai: Document) -> None:
    assert {
        "geographical_indications",
        "key_trademark_list",
        "ip_mediation",
        "overseas_disputes",
        "pledge_financing",
        "ip_insurance",
        "patent_conversion_action",
        "open_licensing",
        "data_ip",
        "trademark_brands",
    } <= _programs(qionghai)
    found = {(m.program_id, m.quote) for m in qionghai.programs}
    assert ("ip_mediation", "知识产权纠纷人民调解") in found
    assert ("data_ip", "数据知识产权") in found
    # 知识产权质押融资入园惠企 is one mention of pledge financing, not two
    assert [m.quote for m in qionghai.programs if m.program_id == "pledge_financing"] == [
        "知识产权质押",  # the goals' 知识产权质押融资登记金额
        "知识产权质押",  # 知识产权质押融资入园惠企行动
        "质押融资",  # 年度质押融资额
    ]


def test_hainan_citations(qionghai: Document) -> None:
    assert [(c.title, c.doc_number, c.kind) for c in qionghai.citations] == [
        ("知识产权强国建设纲要（2021—2035年）", None, "policy"),
        ("“十四五”国家知识产权保护和运用规划", "国发〔2021〕20号", "plan"),
        ("海南自由贸易港知识产权保护条例", None, "law"),
    ]


# --- 云南: a work-points goal paragraph opening with its year, in a 总体要求 chapter -------------------------

DALI = """大理市2024年知识产权工作要点
为全面贯彻落实《云南省“十四五”知识产权发展规划》和州委、州政府关于知识产权工作的部署要求，现提出2024年全市知识产权工作要点如下。
一、总体要求
2024年，全市发明专利授权量同比增长10%以上，知识产权质押融资金额不低于5000万元，每万人口高价值发明专利拥有量保持全州首位。
二、重点工作
（一）提升知识产权创造水平。一是开展专利“清零”行动，推动30家规上企业实现发明专利零的突破（市工业信息化和科技局牵头，市市场监管局配合）；二是培育地理标志品牌，力争新增地理标志证明商标1件，由市农业农村局负责；三是推进商标品牌指导站建设，市市场监管局负责。
（二）加强知识产权保护。一是开展知识产权执法专项行动，办理侵权假冒案件20件以上（市市场监管局牵头，市公安局、大理海关配合）；二是建立知识产权纠纷多元化解机制，设立知识产权人民调解委员会，由市司法局负责。
（三）促进知识产权运用。一是落实知识产权质押融资入园惠企行动，力争全年质押融资登记金额突破5000万元；二是推动专利转化运用，专利转化实施率提高2个百分点，力争排名进入全省前10位。（市市场监管局牵头，人民银行大理州分行、市财政局配合）
三、工作要求
各部门要高度重视，明确分管领导和具体责任人，确保各项任务落到实处。
大理市市场监督管理局
2024年3月20日
"""


@pytest.fixture(scope="module")
def dali() -> Document:
    return extracted(to_html(paragraphs_of(DALI)), "dali.html")[0]


def test_year_opens_goals_of_work_points(dali: Document) -> None:
    assert [g.path for g in dali.goals] == ["一.p1"]
    goals = [t for t in dali.targets if t.goal_id is not None]
    assert [(t.indicator, t.value, t.unit, t.comparator, t.year, t.flags) for t in goals] == [
        ("发明专利授权量", 10.0, "%", ">=", 2024, ["growth"]),
        ("知识产权质押融资金额", 5000.0, "万元", ">=", 2024, []),
        ("每万人口高价值发明专利拥有量", 1.0, "位", "=", 2024, ["per_capita"]),
    ]


def test_whole_prefecture_is_the_autonomous_prefecture(dali: Document) -> None:
    first = next(t for t in dali.targets if t.reference == "全州首位")
    assert (first.standing, first.reference_region_id) == ("rank", "532900")  # 大理白族自治州, not 大理市
    top10 = next(t for t in dali.targets if t.reference == "全省前10位")
    assert (top10.value, top10.comparator, top10.reference_region_id) == (10.0, "<=", "530000")


def test_firms_brought_to_a_first_patent_are_counted(dali: Document) -> None:
    """推动30家规上企业实现发明专利零的突破: 30 firms is the target; 零的突破 is what each firm reaches."""
    firms = [(t.indicator, t.value, t.unit, t.quote) for t in dali.targets if "零的突破" in t.quote]
    assert firms == [("规上企业实现发明专利零的突破", 30.0, "家", "30家规上企业实现发明专利零的突破")]


def test_yunnan_clause_roles(dali: Document) -> None:
    roles = _roles(dali)
    assert roles["二.(一).一是"] == [("市工业信息化和科技局", "lead"), ("市市场监管局", "support")]
    assert roles["二.(一).二是"] == [("市农业农村局", "sole")]
    assert roles["二.(二).一是"] == [
        ("市市场监管局", "lead"),
        ("市公安局", "support"),
        ("大理海关", "support"),
    ]
    assert roles["二.(二).二是"] == [("市司法局", "sole")]


def test_a_year_that_states_no_goal_is_none() -> None:
    plan = DALI.replace(
        "2024年，全市发明专利授权量同比增长10%以上，知识产权质押融资金额不低于5000万元，每万人口高价值发明专利拥有量保持全州首位。",
        "2024年，是全面贯彻党的二十大精神的关键之年，要坚持以习近平新时代中国特色社会主义思想为指导。",
    )
    doc = extracted(plan, "dali2.txt")[0]
    assert doc.goals == []


# --- 天津: ‰, 家次 and 全市 in a municipality's district ------------------------------------------------------

BINHAI = """天津市滨海新区2024年知识产权工作要点
津滨市监〔2024〕9号
2024年，新区知识产权工作以习近平新时代中国特色社会主义思想为指导，全面落实市委、市政府关于知识产权强市建设的部署。
一、主要目标
全年发明专利授权量同比增长12%以上，PCT国际专利申请量达到260件；每万人口高价值发明专利拥有量达到38件，较上年提高3件；规模以上工业企业有研发机构的比例提高2个百分点；专利侵权纠纷案件调解成功率不低于60%；知识产权保护社会满意度达到82分以上；专利申请非正常率控制在3‰以内。
二、重点任务
（一）强化知识产权创造。推动天津港保税区、天津经济技术开发区等功能区建设专利导航服务基地，新增国家知识产权优势企业15家。（新区科技局牵头，各功能区管委会配合）
（二）深化知识产权运用。加快建设知识产权服务业集聚区，引进知识产权服务机构10家以上；推进知识产权托管，服务中小企业500家次。（新区市场监管局负责）
（三）严格知识产权保护。发挥中国（滨海新区）知识产权保护中心作用，专利预审合格率保持在90%以上，确保知识产权保护工作考核保持全市首位。（新区市场监管局牵头，新区公安局、新区司法局、滨海新区人民法院配合）
（四）推进数据知识产权试点。开展数据知识产权登记，全年登记数据知识产权不少于100件。（新区网信办、新区数据局按职责分工负责）
天津市滨海新区市场监督管理局
2024年2月26日
"""


@pytest.fixture(scope="module")
def binhai() -> Document:
    return extracted(BINHAI, "binhai.txt")[0]


def test_per_mille_and_firm_visits(binhai: Document) -> None:
    targets = _targets(binhai)
    assert ("专利申请非正常率", 3.0, "‰", "<=", 2024, []) in targets
    assert ("服务中小企业", 500.0, "家次", "=", 2024, []) in targets
    assert ("规模以上工业企业有研发机构的比例", 2.0, "个百分点", "=", 2024, ["increment"]) in targets
    assert ("发明专利授权量", 12.0, "%", ">=", 2024, ["annual", "growth"]) in targets


def test_whole_city_in_a_municipality_district_is_the_municipality(binhai: Document) -> None:
    assert binhai.plan.region is not None
    assert binhai.plan.region.id == "120116"
    first = next(t for t in binhai.targets if t.standing == "rank")
    assert (first.indicator, first.value, first.reference, first.reference_region_id) == (
        "知识产权保护工作考核",
        1.0,
        "全市首位",
        "120000",
    )


def test_tianjin_programmes(binhai: Document) -> None:
    assert {"ip_service_cluster", "data_ip", "ip_trusteeship", "protection_centres"} <= _programs(binhai)


# --- 上海: a citation titled like the plan, and 保持全市领先 --------------------------------------------------

PUDONG = """# 浦东新区关于全面加强知识产权保护的实施意见

浦府规〔2024〕3号

为深入贯彻中共中央办公厅、国务院办公厅《关于强化知识产权保护的意见》和市委、市政府《关于全面加强知识产权保护的实施意见》（沪委发〔2020〕22号），落实《上海市知识产权保护条例》，提出如下实施意见。

## 一、主要目标

到2025年，知识产权保护社会满意度达到85分以上，知识产权纠纷平均处理周期缩短至30个工作日以内，知识产权保护水平保持全市领先。

## 二、主要任务

（一）健全知识产权保护体系。依托中国（浦东）知识产权保护中心，完善快速审查、快速确权、快速维权一站式服务，专利快速预审授权周期压缩至3个月以内。由区知识产权局负责。

（二）加强行政执法。开展重点商标保护名录企业专项保护，将50家以上企业纳入重点商标保护名录。区市场监管局牵头，区公安分局、浦东海关配合。

（三）完善纠纷多元化解。推动建立知识产权纠纷人民调解委员会，组建海外知识产权纠纷应对指导浦东工作站。各街镇要结合实际，落实属地责任。

（四）发展知识产权服务业。推进张江知识产权服务业集聚区建设，实施知识产权质押融资入园惠企行动，推广专利执行保险。张江科学城管理局、区金融局按职责分工负责。

## 三、保障措施

各地各部门要把知识产权保护工作摆在突出位置，加强统筹协调，形成工作合力。

上海市浦东新区人民政府

2024年1月15日
"""


@pytest.fixture(scope="module")
def pudong() -> Document:
    return extracted(PUDONG, "pudong.md")[0]


def test_same_title_with_another_number_is_cited(pudong: Document) -> None:
    assert pudong.plan.title == "浦东新区关于全面加强知识产权保护的实施意见"
    assert pudong.plan.doc_number == "浦府规〔2024〕3号"
    assert [(c.title, c.doc_number) for c in pudong.citations] == [
        ("关于强化知识产权保护的意见", None),
        ("关于全面加强知识产权保护的实施意见", "沪委发〔2020〕22号"),
        ("上海市知识产权保护条例", None),
    ]


def test_plan_own_title_with_its_own_number_is_not_cited() -> None:
    plan = PUDONG.replace("现提出如下实施意见", "现提出如下实施意见").replace(
        "落实《上海市知识产权保护条例》，提出如下实施意见。",
        "落实《上海市知识产权保护条例》，制定《浦东新区关于全面加强知识产权保护的实施意见》（浦府规〔2024〕3号）。",
    )
    doc = extracted(plan, "pudong2.md")[0]
    assert [c.title for c in doc.citations] == [
        "关于强化知识产权保护的意见",
        "关于全面加强知识产权保护的实施意见",
        "上海市知识产权保护条例",
    ]
    assert [c.doc_number for c in doc.citations][1] == "沪委发〔2020〕22号"


def test_lead_in_the_whole_city_is_a_standing(pudong: Document) -> None:
    lead = next(t for t in pudong.targets if t.standing == "rank")
    assert (lead.indicator, lead.value, lead.comparator, lead.reference, lead.reference_region_id) == (
        "知识产权保护水平",
        None,
        "<=",
        "全市领先",
        "310000",
    )
    assert ("知识产权纠纷平均处理周期", 30.0, "工作日", "<=", 2025, []) in _targets(pudong)


def test_shanghai_programmes(pudong: Document) -> None:
    assert {
        "key_trademark_list",
        "ip_mediation",
        "ip_service_cluster",
        "pledge_financing",
        "ip_insurance",
    } <= (_programs(pudong))


# --- 河北: goals listed one per line ---------------------------------------------------------------------

ZHENGDING = """正定县知识产权强县建设工作方案
正政办字〔2023〕35号
各乡镇人民政府，县政府各部门：
为深入贯彻落实河北省委、省政府《关于强化知识产权保护的实施意见》（冀发〔2020〕9号）和《石家庄市知识产权强市建设实施方案（2023—2025年）》，现制定本方案。
一、工作目标
到2025年，全县知识产权综合实力进入全省前列，力争进入全国知识产权强县建设示范县行列。具体目标：
（一）有效发明专利拥有量年均增长20%，到2025年达到260件；
（二）每万人口高价值发明专利拥有量达到1.5件；
（三）培育省级知识产权优势企业5家，力争国家知识产权示范企业实现零的突破；
（四）知识产权质押融资额三年累计达到1.2亿元，惠及企业不少于30家。
二、重点任务
（一）加强知识产权创造。开展“专利倍增”行动，推动规上工业企业专利清零。责任单位：县科工局、县市场监管局。
（二）强化知识产权运用。开展专利转化运用专项行动，实施专利开放许可，推动知识产权质押融资入园惠企。责任单位：县市场监管局、县财政局、人行正定县支行。
（三）严格知识产权保护。开展知识产权纠纷人民调解，建立知识产权纠纷人民调解委员会。责任单位：县司法局（牵头）、县市场监管局。
三、实施步骤
（一）动员部署阶段（2023年7月—8月）。制定工作方案，明确任务分工。
（二）全面推进阶段（2023年9月—2025年6月）。各责任单位按照任务分工，全面落实各项工作任务。
（三）总结验收阶段（2025年7月—12月）。对建设工作进行全面总结。
正定县人民政府办公室
2023年6月28日
"""


@pytest.fixture(scope="module")
def zhengding() -> Document:
    return extracted(ZHENGDING, "zhengding.txt")[0]


def test_goal_lines_are_goals(zhengding: Document) -> None:
    assert [(g.path, g.title) for g in zhengding.goals] == [
        ("一.p1", None),
        ("一.(一)", "有效发明专利拥有量年均增长20%，到2025年达到260件"),
        ("一.(二)", "每万人口高价值发明专利拥有量达到1.5件"),
        ("一.(三)", "培育省级知识产权优势企业5家，力争国家知识产权示范企业实现零的突破"),
        ("一.(四)", "知识产权质押融资额三年累计达到1.2亿元，惠及企业不少于30家"),
    ]
    assert [(t.indicator, t.value, t.unit, t.comparator, t.flags) for t in zhengding.targets] == [
        ("知识产权综合实力", None, None, "<=", []),
        ("有效发明专利拥有量", 20.0, "%", "=", ["growth", "annual"]),
        ("有效发明专利拥有量", 260.0, "件", ">=", []),
        ("每万人口高价值发明专利拥有量", 1.5, "件", ">=", ["per_capita"]),
        ("培育省级知识产权优势企业", 5.0, "家", "=", []),
        ("国家知识产权示范企业", 1.0, None, ">=", ["stretch"]),  # 力争…实现零的突破 (round 29)
        ("知识产权质押融资额", 1.2, "亿元", ">=", ["cumulative"]),
        ("惠及企业", 30.0, "家", ">=", []),
    ]
    assert all(t.year == 2025 for t in zhengding.targets)


def test_hebei_roles_and_phases(zhengding: Document) -> None:
    roles = _roles(zhengding)
    assert roles["二.(三)"] == [("县司法局", "lead"), ("县市场监管局", "support")]
    assert [(p.name, p.start, p.end) for p in zhengding.phases] == [
        ("动员部署", "2023-07", "2023-08"),
        ("全面推进", "2023-09", "2025-06"),
        ("总结验收", "2025-07", "2025-12"),
    ]
    assert {"patent_conversion_action", "ip_mediation", "open_licensing", "pledge_financing"} <= _programs(
        zhengding
    )


# --- 陕西: numbers in square and half-width brackets, quote marks of every kind ---------------------------

BAOJI = """宝鸡市促进知识产权高质量发展若干措施
为深入贯彻《国务院办公厅关于印发〈知识产权强国建设纲要和“十四五”规划实施年度推进计划〉的通知》（国办发〔2021〕49号）、《国家知识产权局关于印发〈推动知识产权高质量发展年度工作指引（2023）〉的通知》（国知发运字[2023]2号）和《国家知识产权局办公室关于开展知识产权快速协同保护工作的通知》（国知办发保字(2022)12号），落实《陕西省"十四五"知识产权发展规划》和《宝鸡市「十四五」科技创新规划》，结合我市实际，制定以下措施。
一、支持高价值专利培育。对获得国家专利金奖的单位，给予一次性奖励50万元；对新获批的国家知识产权示范企业，给予一次性奖励20万元。（责任单位：市市场监管局、市财政局）
二、支持知识产权质押融资。对通过知识产权质押获得贷款的中小企业，按照贷款实际利息的50%给予贴息，每家企业每年最高不超过30万元。（责任单位：市金融办、市财政局）
三、推动专利转化运用。依据《中华人民共和国专利法》(2020年修正)和《中华人民共和国促进科技成果转化法》，支持高校院所开展专利开放许可，到2025年全市技术合同成交额达到300亿元。（责任单位：市科技局）
四、加强知识产权保护。严格落实《陕西省专利条例》，全市专利侵权纠纷行政裁决案件结案率不低于90%。（责任单位：市市场监管局）
五、本措施自2024年6月1日起施行，有效期至2026年12月31日，由市市场监管局负责解释。
宝鸡市人民政府
2024年5月6日
"""


@pytest.fixture(scope="module")
def baoji() -> Document:
    return extracted(to_pdf(paragraphs_of(BAOJI), width=34, page_numbers=True), "baoji.pdf")[0]


def test_citation_numbers_in_any_brackets(baoji: Document) -> None:
    assert [(c.key, c.kind, c.issuer) for c in baoji.citations] == [
        ("doc:国办发〔2021〕49号", "policy", "国务院办公厅"),
        ("doc:国知发运字〔2023〕2号", "policy", "国家知识产权局"),
        ("doc:国知办发保字〔2022〕12号", "policy", "国家知识产权局办公室"),
        ("title:陕西省十四五知识产权发展规划", "plan", None),
        ("title:宝鸡市十四五科技创新规划", "plan", None),
        ("title:中华人民共和国专利法", "law", None),
        ("title:中华人民共和国促进科技成果转化法", "law", None),
        ("title:陕西省专利条例", "law", None),
    ]


def test_measures_grant_terms_are_no_targets(baoji: Document) -> None:
    assert [(t.indicator, t.value, t.unit, t.comparator) for t in baoji.targets] == [
        ("技术合同成交额", 300.0, "亿元", ">="),
        ("专利侵权纠纷行政裁决案件结案率", 90.0, "%", ">="),
    ]
    assert [t.path for t in baoji.tasks] == ["一", "二", "三", "四"]


def test_measures_term_is_their_period(baoji: Document) -> None:
    period = baoji.plan.period
    assert period is not None
    assert (period.start, period.end, period.evidence.quote) == (
        "2024-06",
        "2026-12",
        "自2024年6月1日起施行，有效期至2026年12月",
    )
    year = next(t for t in baoji.targets if t.indicator == "专利侵权纠纷行政裁决案件结案率")
    assert (year.year, year.year_basis) == (2026, "plan")


def test_term_without_start_has_its_end() -> None:
    plan = BAOJI.replace("本措施自2024年6月1日起施行，有效期至", "本措施自印发之日起施行，有效期至")
    period = extracted(plan, "baoji2.txt")[0].plan.period
    assert period is not None
    assert (period.start, period.end) == (None, "2026-12")


# --- 广西: an indicator table whose target cell states a change ---------------------------------------------

LIUZHOU_PARAS = [
    "柳州市知识产权强市建设三年行动计划（2024—2026年）",
    "柳政办发〔2024〕12号",
    "为深入贯彻自治区党委、自治区人民政府《关于强化知识产权保护的实施意见》（桂发〔2020〕15号）和《广西知识产权强区建设纲要（2021—2035年）》，制定本行动计划。",
    "一、总体目标",
    "到2026年，全市知识产权创造、运用、保护、管理和服务水平显著提升，主要指标见下表。",
    "二、重点任务",
    "（一）实施专利质量提升行动。支持汽车、工程机械等优势产业开展专利导航，每年完成产业专利导航项目不少于2项。（市市场监管局牵头，市工业和信息化局、市科技局配合）",
    "（二）实施知识产权保护行动。建设中国（柳州）知识产权保护中心，知识产权案件结案率保持在95%以上。（市市场监管局、市中级人民法院按职责分工负责）",
    "（三）实施知识产权运用行动。开展知识产权托管服务，知识产权质押融资金额年均增长20%，开展知识产权培训50场次、培训人员3000人次。（市金融办牵头，中国人民银行柳州市分行配合）",
    "三、保障措施",
    "各县（区）人民政府、各有关部门要将知识产权工作纳入重要议事日程。",
    "附表：柳州市知识产权强市建设主要指标",
]
LIUZHOU_ROWS = [
    ["序号", "指标名称", "单位", "2023年现状", "2026年目标", "指标属性"],
    ["1", "每万人口高价值发明专利拥有量", "件", "3.1", "5.0", "预期性"],
    ["2", "PCT国际专利申请量", "件", "45", "80", "预期性"],
    ["3", "知识产权质押融资登记金额", "亿元", "8.5", "15", "预期性"],
    ["4", "规模以上工业企业专利申请率", "%", "35", "提高5个百分点", "约束性"],
    ["5", "地理标志商标", "件", "12", "16", "预期性"],
]


@pytest.fixture(scope="module")
def liuzhou() -> Document:
    return extracted(to_docx(LIUZHOU_PARAS, LIUZHOU_ROWS), "liuzhou.docx")[0]


def test_change_in_an_indicator_table_cell(liuzhou: Document) -> None:
    rate = [
        (t.value, t.unit, t.comparator, t.year, t.kind, t.flags, t.quote)
        for t in liuzhou.targets
        if t.indicator == "规模以上工业企业专利申请率"
    ]
    assert rate == [
        (35.0, "%", "=", 2023, "baseline", ["binding"], "35"),
        (5.0, "个百分点", "=", 2026, "target", ["increment", "binding"], "提高5个百分点"),
    ]
    pct = [(t.value, t.year, t.kind) for t in liuzhou.targets if t.indicator == "PCT国际专利申请量"]
    assert pct == [(45.0, 2023, "baseline"), (80.0, 2026, "target")]


def test_guangxi_head_and_prose(liuzhou: Document) -> None:
    plan = liuzhou.plan
    assert (plan.title, plan.doc_number, plan.doc_type) == (
        "柳州市知识产权强市建设三年行动计划（2024—2026年）",
        "柳政办发〔2024〕12号",
        "行动计划",
    )
    assert plan.period is not None
    assert (plan.period.start, plan.period.end) == ("2024", "2026")
    targets = _targets(liuzhou)
    assert ("开展知识产权培训", 50.0, "场次", "=", 2026, []) in targets
    assert ("培训人员", 3000.0, "人次", "=", 2026, []) in targets
    assert ("完成产业专利导航项目", 2.0, "项", ">=", 2026, ["annual"]) in targets
    assert _roles(liuzhou)["二.(二)"] == [("市市场监管局", "joint"), ("市中级人民法院", "joint")]
    [citation] = [c for c in liuzhou.citations if c.doc_number]
    assert (citation.title, citation.doc_number) == ("关于强化知识产权保护的实施意见", "桂发〔2020〕15号")


# --- 河北: a high-tech zone's goals after a colon, two standings of one indicator ----------------------------

SJZ = """石家庄高新区2024年知识产权工作要点
石高新管〔2024〕6号
2024年，高新区知识产权工作的主要目标是：发明专利授权量力争达到900件，确保知识产权质押融资登记金额不少于2亿元，PCT国际专利申请量同比增长15%以上，每万人口高价值发明专利拥有量保持全市首位、进入全国高新区前50名。
一、强化知识产权创造
1.实施专利质量提升工程，新培育知识产权优势企业10家，组织开展专利导航项目2项。（科技创新局牵头，经济发展局配合）
2.推进商标品牌建设，2024年新增注册商标800件、2025年达到1000件。（市场监管分局负责）
二、加强知识产权保护
3.开展知识产权行政执法“蓝天”专项行动，全年办理案件40件以上。（市场监管分局牵头，公安分局配合）
石家庄高新技术产业开发区管理委员会
2024年3月1日
"""


@pytest.fixture(scope="module")
def gaoxin() -> Document:
    return extracted(SJZ, "sjz.txt")[0]


def test_zone_head(gaoxin: Document) -> None:
    plan = gaoxin.plan
    assert [i.name for i in plan.issuers] == ["石家庄高新技术产业开发区管理委员会"]
    assert plan.region is not None
    assert (plan.region.name, plan.region.level) == ("石家庄高新技术产业开发区", "zone")
    assert [g.path for g in gaoxin.goals] == ["preamble.p1"]


def test_indicator_starts_after_the_colon(gaoxin: Document) -> None:
    first = gaoxin.targets[0]
    assert (first.indicator, first.value, first.unit, first.comparator, first.quote) == (
        "发明专利授权量",
        900.0,
        "件",
        ">=",
        "发明专利授权量力争达到900件",
    )


def test_two_standings_of_one_indicator(gaoxin: Document) -> None:
    standings = [
        (t.indicator, t.value, t.comparator, t.reference, t.reference_region_id, t.quote)
        for t in gaoxin.targets
        if t.standing == "rank"
    ]
    assert standings == [
        (
            "每万人口高价值发明专利拥有量",
            1.0,
            "=",
            "全市首位",
            "130100",
            "每万人口高价值发明专利拥有量保持全市首位",
        ),
        ("每万人口高价值发明专利拥有量", 50.0, "<=", "全国高新区前50名", "100000", "进入全国高新区前50名"),
    ]
    # 确保 opening the clause speaks for it alone (round 29: how firmly each target is promised)
    assert ("知识产权质押融资登记金额", 2.0, "亿元", ">=", 2024, ["assured"]) in _targets(gaoxin)
    yearly = [(t.value, t.year, t.flags) for t in gaoxin.targets if t.indicator == "注册商标"]
    assert yearly == [(800.0, 2024, ["increment"]), (1000.0, 2025, [])]


def test_a_year_before_the_plan_looks_back() -> None:
    plan = DALI.replace(
        "为全面贯彻落实",
        "2023年，全市发明专利授权量达到320件，同比增长12%。为全面贯彻落实",
    ).replace("一、总体要求\n2024年，", "一、总体要求\n全年")
    doc = extracted(plan, "dali3.txt")[0]
    assert doc.goals == []
    assert not any(t.value == 320.0 for t in doc.targets)
