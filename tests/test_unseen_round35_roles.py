"""Round 35: who is responsible and in which role, as county and city plans of provinces the tests did
not cover write it (宾川县, 环江县, 昆山市, 肥西县, 德宏州 and others).

What was read wrong before:

- a body whose name ends in no type's alias nor an organisational word (县农村信用合作联社, 县农信社,
  县广播电视台, 宾居华侨农场, 县国有林场, 县新华书店) in a prose list of units made the list no list: the
  known bodies beside it were lost too (…牵头，县商务局、县农村信用合作联社配合 kept the lead alone);
- a label after words pointing at its work (（本项任务牵头单位：A；配合单位：B）, 此项工作牵头单位：…,
  （本部分牵头单位：A） under a heading or after an item, 本部分责任单位：A、B) lost its units: the lead, or
  the whole note;
- a unit named to its role with 作为 (县市场监管局作为牵头单位，会同县公安局… / …，县公安局配合) named nobody or
  the helpers alone, and 明确县市场监管局为牵头单位 glued the verb to the name (a body 明确县市场监管局);
- 县市场监管局负责牵头，县公安局负责配合 gave two units each alone (sole) or all joint, not a lead and its
  helpers;
- units opening their work before a colon with helpers later in the sentence (县委宣传部：负责版权保护工作，
  县文广旅局配合) were alone (sole) beside their helpers, not their lead;
- a first-is-lead note (in one task's bracket: （责任单位：A、B，排名第一的为牵头单位）) overrode other tasks'
  explicit sharing words: A、B按职责分工负责, units sharing the work with no lead, became a lead and its
  helpers (a list of units with no role word still takes the note's rule, as round 19 reads it).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import plan_units

FEIXI = "肥西县知识产权强县建设工作方案\n为加快知识产权强县建设，制定本方案。\n"
FENGNING = "丰宁满族自治县知识产权强县建设工作方案\n为加快知识产权强县建设，制定本方案。\n"
HUANJIANG = "环江毛南族自治县知识产权强县建设试点工作方案\n为推进知识产权强县建设试点，制定本方案。\n"
KUNSHAN = "昆山市2024年知识产权工作计划\n为做好2024年全市知识产权工作，制定本计划。\n"
BINCHUAN = "宾川县知识产权强县建设工作方案\n为加快知识产权强县建设，结合我县实际，制定本方案。\n"

_BODIES_OF_NO_TYPE = [
    "县农村信用合作联社",
    "县农信社",
    "县广播电视台",
    "宾居华侨农场",
    "县国有林场",
    "县新华书店",
]


@settings(max_examples=12, deadline=None)
@given(st.sampled_from(_BODIES_OF_NO_TYPE))
def test_a_body_of_no_type_in_a_prose_list_keeps_the_list(body: str) -> None:
    got = plan_units(
        BINCHUAN,
        "二、主要任务\n"
        f"（一）推动知识产权金融服务。由县财政局牵头，县商务局、{body}配合，开展知识产权质押融资。\n"
        f"（二）加强版权宣传。县委宣传部负责，县文旅局、{body}配合。\n"
        f"（三）加强乡镇知识产权工作。县市场监管局、{body}负责落实。\n",
    )
    assert [(s, r) for s, r, _ in got["二.(一)"]] == [
        ("县财政局", "lead"),
        ("县商务局", "support"),
        (body, "support"),
    ]
    assert [(s, r) for s, r, _ in got["二.(二)"]] == [
        ("县委宣传部", "lead"),
        ("县文旅局", "support"),
        (body, "support"),
    ]
    assert [(s, r) for s, r, _ in got["二.(三)"]] == [("县市场监管局", "joint"), (body, "joint")]


def test_a_firm_of_no_body_word_still_makes_no_list() -> None:
    # 家庭农场 and 实体书店 are kinds of firms, not bodies: no unit is made of them
    got = plan_units(
        BINCHUAN, "二、主要任务\n（一）培育经营主体。县农业农村局牵头，家庭农场、实体书店配合。\n"
    )
    assert all(s not in {"家庭农场", "实体书店"} for s, _, _ in got["二.(一)"])


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(["本项任务", "本项工作", "此项工作", "该项工作", "该项任务的", "本条"]))
def test_a_label_after_words_pointing_at_its_item_reads_as_alone(scope: str) -> None:
    got = plan_units(
        KUNSHAN,
        "二、重点工作\n（三）加强知识产权运用\n"
        f"1.扩大知识产权质押融资规模。（{scope}牵头单位：市市场监管局；配合单位：市科技局）\n"
        f"2.推进专利转化运用。{scope}责任单位：市工信局、市科技局\n",
    )
    assert [(s, r) for s, r, _ in got["二.(三).1"]] == [("市市场监管局", "lead"), ("市科技局", "support")]
    assert [(s, r) for s, r, _ in got["二.(三).2"]] == [("市工信局", "joint"), ("市科技局", "joint")]


def test_a_label_of_a_part_under_its_heading_covers_the_items_below() -> None:
    got = plan_units(
        KUNSHAN,
        "二、重点工作\n（四）加强知识产权保护\n（本部分牵头单位：市公安局）\n1.开展执法。\n2.开展宣传。\n"
        "（五）加强知识产权服务\n本部分责任单位：市司法局、市法院\n1.开展调解。\n"
        "（六）加强知识产权运用\n1.推进专利转化运用专项行动。\n（本部分牵头单位：市工信局）\n",
    )
    assert [(s, r) for s, r, _ in got["二.(四).2"]] == [("市公安局", "lead")]
    assert [(s, r) for s, r, _ in got["二.(五).1"]] == [("市司法局", "joint"), ("市法院", "joint")]
    assert [(s, r) for s, r, _ in got["二.(六).1"]] == [("市工信局", "lead")]


def test_a_unit_named_to_its_role_with_zuowei_or_mingque_leads() -> None:
    got = plan_units(
        FEIXI,
        "二、重点任务\n1.开展知识产权执法。县市场监管局作为牵头单位，会同县公安局开展执法。\n"
        "2.开展商标侵权整治。县市场监管局作为牵头单位，县公安局配合。\n"
        "3.建设维权援助工作站。明确县市场监管局为牵头单位，县司法局为配合单位。\n"
        "4.完善知识产权服务网络。明确各乡镇知识产权联络员，形成服务网络。\n",
    )
    assert [(s, r) for s, r, _ in got["二.1"]] == [("县市场监管局", "lead"), ("县公安局", "support")]
    assert [(s, r) for s, r, _ in got["二.2"]] == [("县市场监管局", "lead"), ("县公安局", "support")]
    assert [(s, r) for s, r, _ in got["二.3"]] == [("县市场监管局", "lead"), ("县司法局", "support")]
    # 明确 the work's verb there: the towns name liaison officers, no unit is given a role
    assert got["二.4"] == []


@settings(max_examples=8, deadline=None)
@given(
    st.sampled_from(["（{a}负责牵头，{b}负责配合）", "{a}负责牵头，{b}负责配合，开展执法行动。"]),
    st.booleans(),
)
def test_fuze_qiantou_and_fuze_peihe_give_a_lead_and_its_helpers(form: str, two: bool) -> None:
    helpers = "县公安局、县法院" if two else "县公安局"
    got = plan_units(
        FEIXI, "二、重点任务\n1.开展知识产权执法。" + form.format(a="县市场监管局", b=helpers) + "\n"
    )
    assert [(s, r) for s, r, _ in got["二.1"]] == [("县市场监管局", "lead")] + [
        (h, "support") for h in helpers.split("、")
    ]


def test_units_opening_their_work_before_a_colon_lead_the_helpers_of_their_sentence() -> None:
    got = plan_units(
        FENGNING,
        "三、重点任务\n（四）县委宣传部：负责版权保护和软件正版化工作，县文广旅局配合。\n"
        "（五）县人民法院：依法惩治侵犯知识产权犯罪，县公安局、县检察院配合。\n"
        "（六）县市场监管局：负责商标品牌培育工作。\n",
    )
    assert [(s, r) for s, r, _ in got["三.(四)"]] == [("县委宣传部", "lead"), ("县文广旅局", "support")]
    assert [(s, r) for s, r, _ in got["三.(五)"]] == [
        ("县人民法院", "lead"),
        ("县公安局", "support"),
        ("县检察院", "support"),
    ]
    assert [(s, r) for s, r, _ in got["三.(六)"]] == [("县市场监管局", "sole")]


def test_a_first_is_lead_note_does_not_override_units_sharing_by_their_duties() -> None:
    got = plan_units(
        HUANJIANG,
        "二、重点任务\n1.开展专项执法行动。（县市场监督管理局、县公安局按职责分工负责）\n"
        "2.推进知识产权纠纷人民调解工作。（责任单位：县司法局、县人民法院）\n"
        "3.设立知识产权服务窗口。（责任单位：县行政审批局、县市场监督管理局，排名第一的为牵头单位）\n"
        "4.开展宣传。（县委宣传部、县教育局按职责分工负责，排名第一的为牵头单位）\n",
    )
    assert [r for _, r, _ in got["二.4"]] == ["lead", "support"]
    assert [r for _, r, _ in got["二.1"]] == ["joint", "joint"]
    assert [r for _, r, _ in got["二.2"]] == ["lead", "support"]
    assert [(s, r) for s, r, _ in got["二.3"]] == [("县行政审批局", "lead"), ("县市场监督管理局", "support")]


def test_a_first_is_lead_note_in_a_header_or_a_line_of_its_own_speaks_for_every_list() -> None:
    got = plan_units(
        HUANJIANG,
        "二、重点任务（责任单位中排名第一的为牵头单位）\n1.推进知识产权纠纷人民调解工作。（责任单位：县司法局、县人民法院）\n"
        "2.设立知识产权服务窗口。（责任单位：县行政审批局、县市场监督管理局）\n",
    )
    assert [(s, r) for s, r, _ in got["二.1"]] == [("县司法局", "lead"), ("县人民法院", "support")]
    assert [(s, r) for s, r, _ in got["二.2"]] == [("县行政审批局", "lead"), ("县市场监督管理局", "support")]
