"""Round 17, documents that are no plans, which users keep in the same folders as their plans, written for
the tests.

- A county 工作总结 (and a district's 工作情况的报告): its chapters report the year's results (2023年全县发明
  专利授权量达到150件，同比增长12%) and actions done (县市场监管局联合县金融办开展了…), its last chapter plans the
  next year (2024年工作打算). Before, the results were read as the document's targets and the actions done as
  the bodies' obligations (lead and support), and the document had no type; a year opening its preamble
  (2023年，全区发明专利授权量达到320件…) made a goal. Now such a document is a review (document_types.yaml
  ``nature``): only the outlook's tasks and targets are read.
- A 资金管理办法: a grant's cap (单个企业年度贴息总额不超过30万元) and the conditions to apply (申请资助的企业应当…，
  年度有效发明专利拥有量达到3件以上) were read as targets.
- A 考核评分细则: score items (每万人口高价值发明专利拥有量达到8件的，得10分；每低1件扣2分) were read as targets and
  as the issuer's tasks.
- A 政策解读 restating a plan's goals and division of work: they were read as its own targets and obligations.
- A 考核结果的通报 and a 名单的公示: the list of units commended was a task of the issuer; neither had a type.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from policykg.models import Document
from tests.plans import extracted, named_units

SUMMARY = """某某县市场监督管理局2023年知识产权工作总结
2023年，在县委、县政府的正确领导下，我局扎实推进知识产权强县建设，现将全年工作总结如下。
一、主要工作成效
（一）知识产权创造质量稳步提升。2023年全县发明专利授权量达到150件，同比增长12%；每万人口高价值发明专利拥有量达到5.2件；新增注册商标1200件。
（二）知识产权运用成效明显。县市场监管局联合县金融办开展了知识产权质押融资“入园惠企”行动，全年实现专利质押融资金额3.5亿元。
（三）知识产权保护持续加强。县市场监管局开展了“铁拳”专项执法行动，查处商标侵权案件23件。
二、存在的问题
高价值专利数量偏少，知识产权服务机构发展不充分。
三、2024年工作打算
（一）加强高价值专利培育。到2024年底，全县发明专利授权量达到180件。
（二）深化知识产权保护。县市场监管局牵头，县公安局配合，持续开展打击侵权假冒专项行动。
某某县市场监督管理局
2024年1月10日
"""


def _targets(doc: Document) -> set[tuple[str, float | None, int | None]]:
    return {(t.indicator, t.value, t.year) for t in doc.targets}


def test_summary_reads_only_its_outlook() -> None:
    doc, _ = extracted(SUMMARY)
    assert doc.plan.doc_type_id == "work_summary"
    assert _targets(doc) == {("发明专利授权量", 180.0, 2024)}
    units = named_units(doc)
    assert all(path.startswith("三") for path in units)  # the results and the problems are no tasks
    assert ("县公安局", "support", "annotation") in units["三.(二)"]


SUMMARY_BY_THEME = """某某县2023年知识产权工作总结
2023年，我县全面推进知识产权强县建设，取得了明显成效。现将有关情况总结如下：
一、强化知识产权创造，创新质量稳步提升
全年发明专利授权量达到150件，同比增长12%。县市场监管局开展了高价值专利培育行动，组织20家企业参加专利布局培训。
二、强化知识产权保护，营商环境持续优化
县市场监管局、县公安局联合开展了“双打”专项行动，查处商标侵权案件23件。
三、存在的不足
知识产权服务业发展滞后。
四、下一步工作思路
（一）提升创造质量。到2024年底，全县发明专利授权量达到180件。（县市场监管局牵头，县科技局配合）
（二）加强保护。县公安局持续开展打击侵权假冒行动。
"""


def test_summary_chapters_named_for_their_results_are_no_work() -> None:
    """Chapters headed by what was achieved (强化知识产权创造，创新质量稳步提升) report, as 主要工作成效 does."""
    doc, _ = extracted(SUMMARY_BY_THEME)
    assert _targets(doc) == {("发明专利授权量", 180.0, 2024)}
    units = named_units(doc)
    assert set(units) == {"四.(一)", "四.(二)"}
    assert ("县科技局", "support", "annotation") in units["四.(一)"]


REPORT = """某某区市场监督管理局关于2023年度知识产权工作情况的报告
2023年，全区发明专利授权量达到320件，同比增长15.2%，每万人口发明专利拥有量达到21.5件。现将主要工作报告如下：
一、主要做法和成效
（一）推进高价值专利培育。区市场监管局联合区科技局组织开展了专利导航项目3个。
（二）加强知识产权保护。截至2023年底，全区建成知识产权维权援助工作站5家。
二、明年重点工作
（一）到2024年底，全区每万人口发明专利拥有量达到23件。（区市场监管局牵头）
（二）推进知识产权质押融资。区金融服务中心、区市场监管局负责。
"""


def test_report_of_the_year_opening_with_results_states_no_goal() -> None:
    """A year, a comma and numbers opening a review's preamble report results, not the document's goals."""
    doc, _ = extracted(REPORT)
    assert doc.plan.doc_type_id == "work_report"
    assert not doc.goals
    assert _targets(doc) == {("每万人口发明专利拥有量", 23.0, 2024)}
    assert set(named_units(doc)) == {"二.(一)", "二.(二)"}


RULES = """某某县知识产权专项资金管理办法
第一章 总则
第一条 为规范知识产权专项资金管理，提高资金使用效益，结合本县实际，制定本办法。
第二条 县市场监管局负责专项资金的项目申报、审核和绩效评价；县财政局负责专项资金的预算安排和拨付。
第二章 支持范围和标准
第三条 对获得中国专利金奖的企业给予50万元奖励，获得中国专利银奖的给予30万元奖励。
第四条 企业开展专利权质押融资的，按贷款利息的50%给予贴息，单个企业年度贴息总额不超过30万元。
第五条 申请资助的企业应当在本县注册，年度有效发明专利拥有量达到3件以上，且近三年无知识产权违法记录。
第三章 附则
第六条 本办法由县市场监管局负责解释。
"""


def test_grant_caps_and_conditions_to_apply_are_no_targets() -> None:
    doc, _ = extracted(RULES)
    assert doc.plan.doc_type_id == "rules"
    assert not doc.targets
    units = named_units(doc)
    # the duties the rules set stay, each body answering for its part (joint; round 31: implicit)
    assert ("县财政局", "joint", "prose") in units["一.第二条"]


SCORES = """某某市知识产权强县建设考核评分细则
一、考核方式
考核实行百分制，由市知识产权局会同市财政局组织实施。
二、评分标准
（一）知识产权创造（30分）
1. 每万人口高价值发明专利拥有量达到8件的，得10分；每低1件扣2分，扣完为止。
2. 发明专利授权量同比增长10%以上的，得10分；增长5%至10%的，得6分。
3. 新增地理标志商标1件以上的，得10分。
（二）知识产权保护（20分）
4. 知识产权侵权案件结案率达到95%以上的，得10分。
5. 建立知识产权纠纷调解组织的，得10分。
"""


def test_score_items_are_neither_targets_nor_tasks() -> None:
    doc, _ = extracted(SCORES)
    assert not doc.targets
    units = named_units(doc)
    assert set(units) == {"一"}
    # 由A会同B组织实施 is a role note, as 由A会同B负责 is (round 23)
    assert ("市财政局", "support", "annotation") in units["一"]


INTERPRETATION = """《某某县知识产权强县建设工作方案（2024—2026年）》政策解读
一、出台背景
为加快建设知识产权强县，县市场监管局起草了《某某县知识产权强县建设工作方案（2024—2026年）》。
二、主要目标
到2026年，全县每万人口高价值发明专利拥有量达到8件，知识产权质押融资金额累计达到10亿元。
三、主要内容
《方案》从知识产权创造、运用、保护、服务四个方面提出了12项重点任务，明确由县市场监管局牵头，县科技局、县财政局配合。
四、解读机关及联系方式
解读机关：某某县市场监督管理局
"""


def test_interpretation_restates_and_sets_nothing() -> None:
    """The plan explained sets the goals and divides the work; its 解读 restating them sets neither."""
    doc, _ = extracted(INTERPRETATION)
    assert doc.plan.doc_type_id == "interpretation"
    assert not doc.targets
    assert not doc.goals
    assert not doc.tasks


BULLETIN = """某某市知识产权局关于2023年度知识产权工作考核结果的通报
各县（市、区）人民政府，市有关部门：
根据《某某市知识产权工作考核办法》，市知识产权局组织开展了2023年度知识产权工作考核。现将考核结果通报如下：
一、考核结果
某甲县、某乙县考核等次为优秀，某丙区考核等次为良好。
二、先进集体
某某县市场监督管理局、某某县公安局、某某县人民法院被评为知识产权工作先进集体。
三、有关要求
各县（市、区）要对照考核中发现的问题，认真抓好整改，整改情况于2024年3月底前报市知识产权局。
某某市知识产权局
2024年1月20日
"""


def test_bulletin_keeps_only_its_requirements() -> None:
    doc, _ = extracted(BULLETIN)
    assert doc.plan.doc_type_id == "bulletin"
    assert [t.path for t in doc.tasks] == ["三"]
    assert doc.tasks[0].deadline is not None


PUBLIC_NOTICE = """关于2024年度市级知识产权示范企业拟认定名单的公示
根据《某某市知识产权示范企业认定管理办法》，经企业申报、县级推荐和专家评审，拟认定以下25家企业为2024年度市级知识产权示范企业，现予以公示。
一、拟认定企业名单
1. 某某科技有限公司
2. 某某县人民医院
3. 某某市农业科学研究院
二、公示时间
2024年11月1日至11月7日，共5个工作日。
"""


def test_list_of_a_public_notice_names_no_one_with_work() -> None:
    doc, _ = extracted(PUBLIC_NOTICE)
    assert doc.plan.doc_type_id == "public_notice"
    assert not doc.tasks
    assert not doc.targets


# --- properties ---------------------------------------------------------------------------------------

_INDICATORS = [
    "发明专利授权量",
    "有效注册商标量",
    "专利质押融资金额",
    "每万人口高价值发明专利拥有量",
    "地理标志商标数",
]
_UNITS = ["件", "家", "亿元", "万元", "个"]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(_INDICATORS),
    st.integers(min_value=1, max_value=999),
    st.sampled_from(_UNITS),
    st.integers(min_value=1, max_value=30),
    st.sampled_from(["得", "扣", "加"]),
)
def test_a_scored_level_is_never_a_target(
    indicator: str, value: int, unit: str, points: int, verb: str
) -> None:
    """However an item scores a level (…达到N件的，得M分 / …每低1件扣M分), it is no target and no task."""
    text = f"某某市知识产权工作考核评分细则\n一、评分标准\n1. {indicator}达到{value}{unit}的，{verb}{points}分。\n"
    doc, _ = extracted(text)
    assert not doc.targets
    assert not doc.tasks


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(_INDICATORS),
    st.integers(min_value=1, max_value=999),
    st.sampled_from(_UNITS),
    st.sampled_from(["主要工作成效", "2023年工作开展情况", "工作回顾", "强化知识产权创造，质量稳步提升"]),
)
def test_a_summarys_result_is_no_target_where_a_plans_aim_is(
    indicator: str, value: int, unit: str, heading: str
) -> None:
    """The same sentence under the same heading: a target of a plan, a result of a summary."""
    body = f"一、{heading}\n（一）提升创造质量。2023年全县{indicator}达到{value}{unit}。县市场监管局开展了专项行动。\n"
    summary, _ = extracted(f"某某县2023年知识产权工作总结\n{body}")
    assert not summary.targets
    assert not summary.tasks
    plan, _ = extracted(
        f"某某县2023年知识产权工作要点\n一、重点任务\n（一）提升创造质量。2023年全县{indicator}达到{value}{unit}。\n"
    )
    assert plan.targets


SCORED_IN_A_PLAN = """某某县知识产权强县建设工作方案
一、重点任务
（一）开展考核评价。县市场监管局将知识产权工作纳入乡镇年度考核，乡镇有效发明专利拥有量达到20件的，得5分。
（二）提升创造质量。到2025年，全县有效发明专利拥有量达到800件。
"""


def test_a_plans_scoring_rule_is_no_target_and_its_task_stays() -> None:
    """A condition closed by 的 and the points it scores, inside a plan's task: the task stays, the level
    scored is no target, and the plan's own goal still is."""
    doc, _ = extracted(SCORED_IN_A_PLAN)
    assert _targets(doc) == {("有效发明专利拥有量", 800.0, 2025)}
    assert ("县市场监管局", "implicit", "prose") in named_units(doc)["一.(一)"]


LATER_YEAR = """某某县2023年知识产权工作总结
一、2023年工作成效
全县发明专利授权量达到150件。县市场监管局开展了知识产权执法专项行动。
二、2024年主要举措
（一）到2024年底，全县发明专利授权量达到180件。（县市场监管局牵头）
"""


def test_summary_chapter_opening_with_a_later_year_plans_ahead() -> None:
    """2024年主要举措 in a summary of 2023 is its outlook, whatever word closes the heading."""
    doc, _ = extracted(LATER_YEAR)
    assert _targets(doc) == {("发明专利授权量", 180.0, 2024)}
    assert named_units(doc) == {"二.(一)": [("县市场监管局", "lead", "annotation")]}
