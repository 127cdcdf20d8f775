"""Round 36b: who is responsible and in which role, as county and district plans of 浙江, 福建, 广东, 江西 and
湖南 write it (南昌县, 浏阳市, 晋江市, 思明区, 瑞金市, 天元区).

What was read wrong before:

- a single unit followed by 等 (责任单位：县科技局等, 县工信局等有关单位负责) was read as the one body doing the
  work (sole), though 等 says there are others the plan does not name: it shares the work (joint), as two
  units before 等 do;
- a note whose units go on below (（市市场监管局负责，下同）, （责任单位：…，下同）) spoke for its own task only:
  the tasks after it fell back to the issuing government;
- units sharing the work written 根据各自职能抓好落实 read as prose obligations (implicit), and 依职责推进 lost
  its units altogether (the task fell back to the issuer);
- 由X组织，Y具体实施 left the organiser implicit and Y alone, and X组织，Y具体实施 inverted the roles (X
  support, Y lead), as a bracket did with 负责组织 or 负责统筹 (（X负责统筹，Y具体实施）): the organiser leads
  and the body carrying the work out supports it, as X负责统筹，Y具体实施 in a sentence reads;
- 人民银行X支行负责指导银行机构扩大… made 银行 a lead body of its own (X市银行) and the branch its helper: a
  body answering for its guiding (负责指导) does its own work, whoever it guides;
- a note addressing items by their numbers (上述第1—2项任务由A、B按职责分工负责，第3项由A负责，B配合) gave every
  item every unit, the roles of both parts mixed.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import plan_units

NANCHANG = "南昌县知识产权工作方案\n一、主要任务\n"
RUIJIN = "瑞金市知识产权强县建设试点工作实施方案\n一、重点任务\n"
TIANYUAN = "株洲市天元区2024年知识产权工作要点\n一、重点工作\n"
LIUYANG = "浏阳市知识产权工作方案\n一、重点任务\n"
JINJIANG = "晋江市2024年知识产权工作要点\n一、重点工作\n"
SIMING = "厦门市思明区2024年知识产权工作要点\n一、重点任务\n"


def _roles(units: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    return [(surface, role) for surface, role, _ in units]


@settings(max_examples=12, deadline=None)
@given(
    form=st.sampled_from(
        [
            "（责任单位：{a}等）",
            "责任单位：{a}等有关单位。",
            "（{a}等负责）",
            "由{a}等负责。",
            "{a}等有关部门负责。",
            "（责任单位：{a}等相关部门）",
        ]
    ),
    unit=st.sampled_from(["县科技局", "县工信局", "县市场监管局"]),
)
def test_a_unit_alone_before_deng_shares_the_work(form: str, unit: str) -> None:
    got = plan_units(
        NANCHANG,
        "（一）推进转化。开展专利转化运用。" + form.format(a=unit) + "\n"
        "（二）推进贯标。开展贯标。（责任单位：县科技局）\n",
    )
    assert _roles(got["一.(一)"]) == [(unit, "joint")]
    assert _roles(got["一.(二)"]) == [("县科技局", "sole")]  # no 等: alone


@settings(max_examples=8, deadline=None)
@given(
    note=st.sampled_from(
        [
            ("（市市场监管局负责，下同）", [("市市场监管局", "sole")]),
            ("（责任单位：市市场监管局，下同）", [("市市场监管局", "sole")]),
            (
                "（责任单位：市市场监管局、市科技局，下同）",
                [("市市场监管局", "joint"), ("市科技局", "joint")],
            ),
            (
                "（牵头单位：市市场监管局；配合单位：市科技局，下同）",
                [("市市场监管局", "lead"), ("市科技局", "support")],
            ),
        ]
    )
)
def test_a_note_going_on_below_speaks_for_the_tasks_after_it(note: tuple[str, list[tuple[str, str]]]) -> None:
    written, units = note
    got = plan_units(
        RUIJIN,
        f"（一）推进知识产权“入园惠企”。组织开展知识产权服务进园区活动。{written}\n"
        "（二）开展专利转化运用。推动高校院所专利向市内企业转化实施。\n"
        "（三）加强商标品牌建设。开展商标品牌指导站建设。\n"
        "（四）加强版权保护。推进作品登记。（市委宣传部负责）\n"
        "（五）加强执法。开展执法行动。\n",
    )
    for path in ("一.(一)", "一.(二)", "一.(三)"):
        assert _roles(got[path]) == units
    assert _roles(got["一.(四)"]) == [("市委宣传部", "sole")]
    assert got["一.(五)"] == []  # the note of 一.(四), written without 下同, stops it


def test_a_note_going_on_below_leaves_a_task_naming_its_own_doer_and_stays_in_its_chapter() -> None:
    got = plan_units(
        RUIJIN,
        "（一）推进运用。开展服务进园区活动。（市市场监管局负责，下同）\n"
        "（二）加强执法。市公安局负责打击侵权犯罪。\n"
        "（三）加强宣传。开展宣传活动。\n"
        "二、保障措施\n（一）加强经费保障。安排专项经费。\n",
    )
    assert _roles(got["一.(二)"]) == [("市公安局", "sole")]
    assert _roles(got["一.(三)"]) == [("市市场监管局", "sole")]
    assert ("市市场监管局", "sole") not in _roles(got["二.(一)"])


@settings(max_examples=12, deadline=None)
@given(
    basis=st.sampled_from(["根据各自职能", "依职责", "依据职责", "按照各自职能", "根据职责分工", "依职能"]),
    verb=st.sampled_from(["抓好落实", "推进", "推动", "组织实施", "落实"]),
)
def test_units_doing_their_parts_by_their_duties_share_the_work(basis: str, verb: str) -> None:
    got = plan_units(
        TIANYUAN,
        f"1.推进知识产权质押融资。区金融办、区财政局、区市场监管局{basis}{verb}。\n"
        f"2.推进知识产权质押融资。区金融办牵头，区财政局、区科技局{basis}{verb}。\n",
    )
    assert _roles(got["一.1"]) == [("区金融办", "joint"), ("区财政局", "joint"), ("区市场监管局", "joint")]
    assert _roles(got["一.2"]) == [("区金融办", "lead"), ("区财政局", "support"), ("区科技局", "support")]


@settings(max_examples=10, deadline=None)
@given(
    by=st.sampled_from(["由", ""]),
    organise=st.sampled_from(["组织", "组织协调", "负责组织", "负责统筹"]),
    carry=st.sampled_from(["具体实施", "具体承办", "落实", "负责落实"]),
    bracket=st.booleans(),
)
def test_the_organiser_leads_the_body_carrying_the_work_out(
    by: str, organise: str, carry: str, bracket: bool
) -> None:
    note = f"{by}市工信局{organise}，市市场监管局{carry}"
    got = plan_units(LIUYANG, "1.开展生物医药企业贯标。" + (f"（{note}）" if bracket else note + "。") + "\n")
    assert _roles(got["一.1"]) == [("市工信局", "lead"), ("市市场监管局", "support")]


@settings(max_examples=8, deadline=None)
@given(
    guide=st.sampled_from(["负责指导", "负责督促指导", "负责业务指导"]),
    guided=st.sampled_from(["银行机构", "各银行业金融机构", "各商业银行"]),
)
def test_a_body_answering_for_its_guiding_does_its_own_work(guide: str, guided: str) -> None:
    got = plan_units(
        JINJIANG,
        f"1.开展知识产权质押融资行动，市财政局负责落实贴息政策，人民银行晋江市支行{guide}{guided}扩大质押融资规模。\n"
        "2.推进纠纷调解。市司法局指导各镇（街道）开展人民调解。\n",
    )
    assert _roles(got["一.1"]) == [("市财政局", "joint"), ("人民银行晋江市支行", "joint")]
    # with no answering word the guide still helps the bodies it guides, who carry the work
    assert _roles(got["一.2"]) == [("各镇（街道）", "lead"), ("市司法局", "support")]


@settings(max_examples=8, deadline=None)
@given(
    first=st.sampled_from(["第1—2项", "第1-2项", "第1至2项", "第1、2项", "第一至二项"]),
    scope=st.sampled_from(["上述", "以上", ""]),
)
def test_a_note_addressing_items_by_number_gives_each_its_own_units(first: str, scope: str) -> None:
    got = plan_units(
        SIMING,
        "（一）加强保护力度。1.开展“铁拳”专项行动。2.建设知识产权保护规范化市场。3.推进知识产权纠纷行政裁决。"
        f"{scope}{first}任务由区市场监管局、区委宣传部按职责分工负责，第3项由区市场监管局负责，区司法局配合。\n",
    )
    for path in ("一.(一).1", "一.(一).2"):
        assert _roles(got[path]) == [("区市场监管局", "joint"), ("区委宣传部", "joint")]
    assert _roles(got["一.(一).3"]) == [("区市场监管局", "lead"), ("区司法局", "support")]


def test_a_bracketed_note_addressing_items_under_a_heading() -> None:
    got = plan_units(
        SIMING,
        "（一）加强保护力度\n1.开展专项行动。\n2.建设知识产权保护规范化市场。\n3.推进知识产权纠纷行政裁决。\n"
        "（第1、3项由区市场监管局负责；第2项由区商务局牵头，区市场监管局配合）\n",
    )
    assert _roles(got["一.(一).1"]) == [("区市场监管局", "sole")]
    assert _roles(got["一.(一).2"]) == [("区商务局", "lead"), ("区市场监管局", "support")]
    assert _roles(got["一.(一).3"]) == [("区市场监管局", "sole")]
