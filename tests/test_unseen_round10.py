"""Round 10 of plans the corpus does not show, written for the tests: kinds and wordings of no earlier round.

A 吉林 county-level city's 知识产权“十五五”规划 (.md) for the coming period: a title naming a five-year plan by
its ordinal (“十五五”) states its term (2026—2030), whatever year a look back at the last period names first
(由2020年的85件增长到2025年的210件); its 发展基础 chapter is background, no task.

A 湖北 forest district's 知识产权保护工作要点 (神农架林区, .txt in GB18030) whose bodies are named with 林区 as a county
writes 县 (林区市场监管局, 林区人民法院), whose 一是/二是/三是 clauses each close with their own units (…负责,
…按职责分工负责), and whose targets are counted in Chinese numerals (新增地理标志证明商标两件, 查办…三十件以上,
不少于五家): a count in numerals that closes its phrase is a quantity (two to ninety-nine; never 一, nor 两项工作
or 四个方面, which run on into a noun).

A 贵州 county's 重点任务清单 (.html) whose chapter headings carry a note for the items under them
(（以下各项任务均由县市场监管局牵头）): the note names the lead, its pointer words no part of the name.

A 四川 county-level city's 考核评价办法 as its web page (.html): the site's name above the page (…门户网站) and the
page's record table (索引号：… 发文字号：…) are not the title, the <h1> after them is; 考核评价由市市场监管局牵头组织
names 市市场监管局 (the work before 由 is no part of the name); an indicator table of 分值 / 权重 gives no
targets, nor does a reward (给予3万元工作经费奖励).

A province's 推进计划 (海南, .html) whose page record labels its cells without colons (标题 | …): the label is no
part of the title; its departments are 厅 (省司法厅, 省公安厅, 省科技厅) and its court 省高院: typed as a city's
局 are, named as a province names them (海南省司法厅, 海南省高级人民法院).

A 甘肃 county's plan that is nothing but its table (…工作任务分解表, .docx): a 任务分解表 is a task list, and a count
in numerals in a cell (查处侵权假冒案件不少于二十件) is read; a space typed between two names in a cell (县科技局
县工信局) parts them, as a line break in a web page's source between two CJK characters does not. A 宁夏 city's 市文化旅游体育广电局 is its culture
and tourism bureau; places named alone among units (配合单位：大武口区、惠农区、平罗县人民政府) are their people's
governments, each in its own place.

A 内蒙古 league's county-level city's 工作要点 (阿尔山市, .docx) whose indicator table gives the year's target and
the total over the years (指标 | 单位 | 2025年度目标 | 累计目标（2023—2025年）): the total is the span's last
year's, cumulative, not a target for its first year.

A 云南 county-level city's 知识产权强企建设实施方案 (.md) whose period states no start (到2026年), issued in 2024, with
a table of yearly targets (指标 | 2024年 | 2025年 | 2026年): the column of the year it was issued in is a
target for that year, not a level measured before the plan.
"""

from __future__ import annotations

import pytest

from loaders.builder import squash
from policykg.models import Document
from tests.formats import to_docx, to_html
from tests.plans import extracted, named_units, resolved_agency


def _roles(doc: Document) -> dict[str, list[tuple[str, str]]]:
    return {path: [(s, role) for s, role, _ in units] for path, units in named_units(doc).items()}


def _targets(doc: Document) -> list[tuple[str, float | None, str | None, str, int | None]]:
    return [(t.indicator, t.value, t.unit, t.comparator, t.year) for t in doc.targets]


# --- 吉林: a “十五五” plan ------------------------------------------------------------------------------------

HUNCHUN = """# 珲春市知识产权“十五五”规划

珲春市人民政府

2026年1月15日

## 一、发展基础

“十四五”期间，全市有效发明专利拥有量由2020年的85件增长到2025年的210件，累计办理知识产权质押融资3.2亿元。

## 二、发展目标

（一）知识产权创造更加优质。每万人口高价值发明专利拥有量达到3—4件，有效注册商标总量达到1.2万件左右。

（二）知识产权运用更加高效。年度知识产权质押融资额比上年增长10%，专利转化实施率达到40%以上。

## 三、重点任务

### （一）实施高价值专利培育工程

围绕海洋生物、能源矿产等产业，培育高价值专利组合，新增国家知识产权优势企业不少于10家。（牵头单位：市科技局；责任单位：市工信局 市市场监管局 市商务局）

### （二）推进商标品牌建设

培育“珲春海产”区域公用品牌，新增中国驰名商标1—2件。（牵头单位：市市场监管局；责任单位：市农业农村局／市商务局）
"""


@pytest.fixture(scope="module")
def hunchun() -> Document:
    return extracted(HUNCHUN, "hunchun.md")[0]


@pytest.mark.parametrize(
    ("title", "period"),
    [
        ("珲春市知识产权“十五五”规划", ("2026", "2030", "十五五")),
        ("某县知识产权十四五规划", ("2021", "2025", "十四五")),
        ("某县“十三五”知识产权发展规划", ("2016", "2020", "十三五")),
    ],
)
def test_a_five_year_plan_named_by_its_ordinal_states_its_term(title: str, period: tuple) -> None:
    doc = extracted(HUNCHUN.replace("珲春市知识产权“十五五”规划", title, 1), "plan.md")[0]
    assert doc.plan.title == title
    assert doc.plan.period is not None
    assert (doc.plan.period.start, doc.plan.period.end, doc.plan.period.evidence.quote) == period


def test_the_targets_of_a_five_year_plan_are_its_last_year(hunchun: Document) -> None:
    targets = _targets(hunchun)
    assert ("每万人口高价值发明专利拥有量", 3.0, "件", "range", 2030) in targets
    assert ("中国驰名商标", 1.0, "件", "range", 2030) in targets


def test_a_development_basis_chapter_is_background(hunchun: Document) -> None:
    assert [s.chapter_kind for s in hunchun.sections if s.path == "一"] == ["guidance"]
    assert [t.path for t in hunchun.tasks if t.kind == "chapter"] == []
    assert not [t for t in hunchun.targets if t.kind == "target" and t.year == 2025]


# --- 湖北: a forest district's 工作要点 in GB18030 --------------------------------------------------------------

SHENNONGJIA = """神农架林区2025年知识产权保护工作要点
神政办发〔2025〕6号
各乡镇人民政府，林区政府各部门：
现将《神农架林区2025年知识产权保护工作要点》印发给你们，请结合实际认真抓好落实。
神农架林区人民政府办公室
2025年3月20日
一、工作目标
2025年，全区新增地理标志证明商标两件，查办知识产权侵权案件三十件以上，知识产权保护社会满意度达到85%左右。
二、重点任务
（一）加强行政保护。一是开展“铁拳”专项行动，重点查处中药材、茶叶领域商标侵权行为，林区市场监管局、林区农业农村局负责；二是加强旅游商品市场知识产权监管，林区文化和旅游局、林区市场监管局负责；三是开展商标代理行业专项整治，林区市场监管局负责。
（二）强化司法保护。一是依法审理知识产权民事案件，林区人民法院负责；二是严厉打击侵犯知识产权犯罪，林区公安局、林区人民检察院按职责分工负责。
（三）推进地理标志保护。开展神农架蜂蜜地理标志保护，新增地理标志专用标志使用企业不少于五家（牵头单位：林区市场监管局；责任单位：林区农业农村局、各乡镇人民政府）。
（四）加强宣传。以上两项工作由林区市场监管局统筹，开展“四个一”宣传活动，建设一个知识产权宣传阵地。
三、工作要求
各乡镇、各部门要于2025年12月10日前将年度工作总结报林区市场监管局。
"""


@pytest.fixture(scope="module")
def shennongjia() -> Document:
    return extracted(SHENNONGJIA.encode("gb18030"), "shennongjia.txt")[0]


def test_a_forest_district_names_its_bodies_with_its_level_word(shennongjia: Document) -> None:
    names = {r.agency.surface: r.agency.name for t in shennongjia.tasks for r in t.responsibilities}
    assert names["林区市场监管局"] == "神农架林区市场监督管理局"
    assert names["林区人民法院"] == "神农架林区人民法院"
    assert (
        names["林区文化和旅游局"] == "神农架林区文化和旅游局"
    )  # round 35: a full name written is the body's name (agency_types full_names)
    assert resolved_agency("429021", "林区公安局")[0] == "agency/429021/public_security"
    roles = _roles(shennongjia)
    assert roles["二.(一).一是"] == [("林区市场监管局", "joint"), ("林区农业农村局", "joint")]
    assert roles["二.(二).二是"] == [("林区公安局", "joint"), ("林区人民检察院", "joint")]


def test_counts_in_chinese_numerals(shennongjia: Document) -> None:
    targets = _targets(shennongjia)
    assert ("地理标志证明商标", 2.0, "件", "=", 2025) in targets
    assert ("查办知识产权侵权案件", 30.0, "件", ">=", 2025) in targets
    assert ("地理标志专用标志使用企业", 5.0, "家", ">=", 2025) in targets
    assert not [t for t in shennongjia.targets if t.value in (1.0, 4.0)]  # 一个, 四个一, 两项工作


# --- 贵州: a note on the heading for the items under it -----------------------------------------------------

DEJIANG = """德江县知识产权强县建设2025年重点任务清单
一、知识产权创造（以下各项任务均由县市场监管局牵头）
1.全年新增发明专利授权量8件，累计有效发明专利达到60件。
2.培育知识产权优势企业两家，新增贯标企业3家。
二、知识产权保护（下列任务由县公安局负责）
3.开展天麻、茶叶等特色产品商标侵权专项整治，查处案件不少于十件。
"""


def test_a_heading_note_for_the_items_under_it() -> None:
    doc = extracted(to_html(DEJIANG.splitlines()), "dejiang.html")[0]
    roles = _roles(doc)
    assert roles["一"] == [("县市场监管局", "lead")]
    assert roles["二"] == [("县公安局", "sole")]
    assert ("培育知识产权优势企业", 2.0, "家", "=", 2025) in _targets(doc)
    assert ("查处案件", 10.0, "件", ">=", 2025) in _targets(doc)


# --- 四川: an assessment method as a web page --------------------------------------------------------------

DUJIANGYAN = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>都江堰市知识产权强市建设工作考核评价办法</title></head>
<body>
<div class="header">都江堰市人民政府门户网站</div>
<table class="meta">
<tr><td>索引号：</td><td>11510181MB1234567X/2025-00012</td><td>发布机构：</td><td>都江堰市人民政府办公室</td></tr>
<tr><td>发文字号：</td><td>都办发〔2025〕8号</td><td>成文日期：</td><td>2025年02月26日</td></tr>
</table>
<div class="article">
<h1>都江堰市知识产权强市建设工作考核评价办法</h1>
<p>第一条　为推动知识产权强市建设各项任务落地见效，根据《成都市知识产权强市建设工作方案》，制定本办法。</p>
<p>第二条　考核评价由市市场监管局牵头组织，市委组织部、市委目标办配合，每年开展一次。</p>
<p>第三条　考核采取百分制，指标体系见附表。考核结果分为优秀（90分以上）、良好（80—89分）、合格（60—79分）和不合格（60分以下）四个等次。</p>
<p>第四条　考核结果纳入年度目标绩效考核，对考核优秀的单位予以通报表扬，给予3万元工作经费奖励。</p>
<p>附表</p>
<p>都江堰市知识产权强市建设考核评价指标体系</p>
<table border="1">
<tr><td>一级指标</td><td>二级指标</td><td>分值</td><td>权重</td><td>评分标准</td></tr>
<tr><td>知识产权创造</td><td>发明专利授权量</td><td>20</td><td>20%</td><td>完成年度目标得满分</td></tr>
<tr><td>知识产权保护</td><td>查处侵权案件</td><td>30</td><td>30%</td><td>按办结案件数评分</td></tr>
</table>
</div>
<div class="footer">主办单位：都江堰市人民政府办公室</div>
</body></html>"""


@pytest.fixture(scope="module")
def dujiangyan() -> Document:
    return extracted(DUJIANGYAN, "dujiangyan.html")[0]


def test_web_page_title_after_the_site_name_and_record_table(dujiangyan: Document) -> None:
    plan = dujiangyan.plan
    assert (plan.title, plan.doc_type, plan.doc_number, plan.date) == (
        "都江堰市知识产权强市建设工作考核评价办法",
        "办法",
        "都办发〔2025〕8号",
        "2025-02-26",
    )


def test_the_work_before_by_is_no_part_of_the_lead(dujiangyan: Document) -> None:
    assert _roles(dujiangyan)["第二条"][0] == ("市市场监管局", "lead")


def test_scores_and_rewards_are_no_targets(dujiangyan: Document) -> None:
    assert _targets(dujiangyan) == []


# --- 海南: a province's 推进计划 -----------------------------------------------------------------------------

HAINAN = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>海南省知识产权强省建设2025年推进计划</title></head>
<body>
<table class="info">
<tr><th>标题</th><td>海南省知识产权强省建设2025年推进计划</td></tr>
<tr><th>发布机构</th><td>海南省知识产权强省建设领导小组办公室</td></tr>
<tr><th>发文字号</th><td>琼知强省办〔2025〕1号</td></tr>
</table>
<div class="content">
<p>海南省知识产权强省建设2025年推进计划</p>
<p>一、主要目标</p>
<p>2025年，全省每万人口高价值发明专利拥有量达到3.5件。</p>
<p>二、重点任务</p>
<p>1.推动出台知识产权保护配套制度。（牵头单位：省市场监管局（省知识产权局）；责任单位：省司法厅、省高院）</p>
<p>2.加强知识产权刑事保护。（牵头单位：省公安厅；责任单位：省科技厅、省人社厅、省教育厅）</p>
<p style="text-align:right">2025年3月12日</p>
</div>
</body></html>"""


def test_a_province_names_its_departments_with_ting() -> None:
    doc = extracted(HAINAN, "hainan.html")[0]
    assert doc.plan.title == "海南省知识产权强省建设2025年推进计划"
    bodies = {
        r.agency.surface: (r.agency.name, r.agency.type, r.role)
        for t in doc.tasks
        for r in t.responsibilities
    }
    assert bodies["省司法厅"] == ("海南省司法厅", "justice", "support")
    assert bodies["省高院"] == ("海南省高级人民法院", "court", "support")
    assert bodies["省公安厅"] == ("海南省公安厅", "public_security", "lead")
    assert bodies["省科技厅"] == ("海南省科学技术厅", "science_tech", "support")
    assert bodies["省人社厅"] == ("海南省人力资源和社会保障厅", "hr_social_security", "support")
    assert bodies["省教育厅"][1] == "education"


@pytest.mark.parametrize(
    ("region", "surface", "expected"),
    [
        ("640200", "省科技厅", ("agency/640000/science_tech", "宁夏回族自治区科学技术厅")),
        ("640200", "自治区司法厅", ("agency/640000/justice", "宁夏回族自治区司法厅")),
        ("640200", "市司法局", ("agency/640200/justice", "石嘴山市司法局")),
        # round 35: a full name written is the body's name (agency_types full_names)
        ("640200", "市文化旅游体育广电局", ("agency/640200/culture_tourism", "石嘴山市文化旅游体育广电局")),
        ("640200", "大武口区", ("agency/640202/government", "石嘴山市大武口区人民政府")),
        ("640200", "平罗县", ("agency/640221/government", "石嘴山市平罗县人民政府")),
        ("110105", "北京市司法局", ("agency/110000/justice", "北京市司法局")),  # a municipality's 局
        ("500000", "重庆市公安局", ("agency/500000/public_security", "重庆市公安局")),
    ],
)
def test_departments_above_and_below_a_province(region: str, surface: str, expected: tuple) -> None:
    assert resolved_agency(region, surface)[:2] == expected


# --- 甘肃: a task list that is nothing but its table -------------------------------------------------------

LINZE_TABLE = [
    ["序号", "工作任务", "责任单位", "完成时限"],
    ["1", "新增发明专利授权量15件以上", "县科技局 县工信局", "2025年12月底"],
    ["2", "开展知识产权执法“铁拳”行动，查处侵权假冒案件不少于二十件", "县市场监管局、县公安局等部门", "全年"],
    ["3", "组织知识产权宣传周活动", "县委宣传部、县市场监管局、县教育局", "2025年4月底"],
]


def test_a_task_breakdown_table() -> None:
    doc = extracted(to_docx(["临泽县2025年知识产权工作任务分解表"], LINZE_TABLE), "linze.docx")[0]
    assert (doc.plan.title, doc.plan.doc_type, doc.plan.doc_type_id) == (
        "临泽县2025年知识产权工作任务分解表",
        "任务分解表",
        "task_list",
    )
    assert ("查处侵权假冒案件", 20.0, "件", ">=", 2025) in _targets(doc)
    assert _roles(doc)["表1.1"] == [("县科技局", "joint"), ("县工信局", "joint")]  # parted by a space
    assert _roles(doc)["表1.3"] == [
        ("县委宣传部", "joint"),
        ("县市场监管局", "joint"),
        ("县教育局", "joint"),
    ]


# --- 内蒙古: a year's target beside the total over the years ----------------------------------------------

AERSHAN = [
    "阿尔山市2025年知识产权工作要点",
    "一、工作目标",
    "2025年主要指标如下：",
    "@TABLE",
    "二、重点工作",
    "（一）实施地理标志运用促进工程。由市市场监管局牵头，市农牧局、市文体旅游局配合。",
]
AERSHAN_TABLE = [
    ["指标", "单位", "2025年度目标", "累计目标（2023—2025年）"],
    ["注册商标", "件", "80", "240"],
    ["知识产权质押融资额", "万元", "500", "1500"],
]


def test_a_column_of_totals_over_a_span_of_years() -> None:
    doc = extracted(to_docx(AERSHAN, AERSHAN_TABLE), "aershan.docx")[0]
    assert [(t.indicator, t.value, t.year, t.flags) for t in doc.targets] == [
        ("注册商标", 80.0, 2025, ["annual"]),  # the year's target (round 11)
        ("注册商标", 240.0, 2025, ["cumulative"]),
        ("知识产权质押融资额", 500.0, 2025, ["annual"]),
        ("知识产权质押融资额", 1500.0, 2025, ["cumulative"]),
    ]


# --- 云南: yearly targets from the year of issue ----------------------------------------------------------

MILE = """# 弥勒市知识产权强企建设实施方案

**弥政办发〔2024〕21号**

## 一、工作目标

到2026年，全市培育知识产权强企20家左右。年度目标如下：

| 指标 | 2024年 | 2025年 | 2026年 |
| --- | --- | --- | --- |
| 知识产权强企（家） | 6 | 13 | 20 |

## 二、重点任务

1. 建立强企培育库，每年入库企业不少于15家（牵头单位：市市场监管局；责任单位：市工业和信息化局、市科技局）。

弥勒市人民政府办公室

2024年7月5日
"""


def test_yearly_targets_from_the_year_of_issue() -> None:
    doc = extracted(MILE, "mile.md")[0]
    assert doc.plan.period is not None
    assert doc.plan.period.start is None
    assert [(t.value, t.kind, t.year) for t in doc.targets if t.source == "table"] == [
        (6.0, "target", 2024),
        (13.0, "target", 2025),
        (20.0, "target", 2026),
    ]


def test_a_wrapped_source_line_is_no_space() -> None:
    assert squash("县科技局 县工信局") == "县科技局 县工信局"
    assert squash("由县市场监管局\n    牵头") == "由县市场监管局牵头"
    assert squash("2024年\u00a0 3月") == "2024年 3月"
