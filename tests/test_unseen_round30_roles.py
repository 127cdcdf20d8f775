"""Round 30: who answers for a task and in which role, as plans of provinces the tests did not cover write
it (districts of Jiangxi, Guangdong and Shandong, a county-level city of Hunan, a prefecture of Hubei, a
Yunnan autonomous prefecture).

What was read wrong before:

- a body coordinating the work before units sharing it by their duties (市市场监管局统筹推进，市公安局、市人民
  法院按职责分工负责) in a sentence left all three implicit prose partners, while the same words in a note led
  and supported: the coordinator leads and the units after it support, in a sentence as in a note (four
  older tests that pinned the implicit reading now expect this, with the reason);
- a role clause opening the sentence before the work (县人民法院负责，完善…; 由区司法局负责，完善…; A、B按职责
  分工负责，完善…) was prose, implicit: the glossary reads 负责 alone as sole and 按职责分工负责 with no lead as
  joint, as when the same clause closes the sentence;
- a dash parting role clauses (区农业农村局牵头——区市场监管局配合) made one supporter of both names with the
  dash; helpers after a note's dash (（责任单位：区科技局）——区工信局配合) were lost, and after its comma
  (（责任单位：区科技局），区工信局配合) they stood beside a sole unit: the note's unit leads them;
- units opening an item before a colon and its 一是/二是 clauses (区市场监管局：一是…；二是…) went to the item
  alone, its clauses naming nobody: each clause is theirs too, as items under a heading of units are;
- a label's list going on at the next line (参与部门：区商务局、↵区农业农村局) lost the names of that line;
- a guide answering for the guiding under a label (责任主体：各县（市、区）人民政府，市市场监管局负责指导) was
  named with the cue (市市场监管局负责);
- units counted as the first and second answering for the work (区市场监管局为第一责任单位，区大数据局为第二
  责任单位; （第一责任单位：A；第二责任单位：B）) were implicit prose, or all answering: the first leads and the
  second supports, as 主要/次要责任单位 read;
- a note of a body answering for the guiding and its helper (（县司法局负责指导，县法院配合）) named the body
  alone, implicit, and lost the helper: the body leads and the helper supports, as in a sentence;
- bodies the plan holds answerable with 是 (各县（市、区）人民政府是本辖区知识产权工作的责任主体，要…) named
  nobody (the item went to the issuer by default): they are its prose obligation.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import plan_units

GUANGXIN = "上饶市广信区知识产权强区建设工作方案\n为深入推进知识产权强区建设，结合我区实际，制定本方案。\n"
NANHAI = "佛山市南海区知识产权强区建设工作方案\n为加快推进知识产权强区建设，结合我区实际，制定本方案。\n"
ZHANGDIAN = "淄博市张店区2024年知识产权工作要点\n为做好2024年全区知识产权工作，制定本要点。\n"
LIUYANG = "浏阳市知识产权强市建设2024年工作要点\n为推进知识产权强市建设，制定本要点。\n"
YICHANG = "宜昌市知识产权强市建设实施方案\n为深入实施知识产权强市战略，制定本方案。\n"
DALI = "大理白族自治州知识产权工作方案\n为推进全州知识产权事业发展，制定本方案。\n"
WUHU = "芜湖市知识产权强市建设工作方案\n为加快推进知识产权强市建设，制定本方案。\n"
OUHAI = "温州市瓯海区2024年知识产权工作要点\n为做好2024年全区知识产权工作，制定本要点。\n"


def test_a_coordinator_leads_the_units_sharing_the_work_in_a_sentence_as_in_a_note() -> None:
    got = plan_units(
        GUANGXIN,
        "一、重点任务\n（一）加强知识产权保护。区市场监管局统筹推进，区公安分局、区人民法院按职责分工负责。\n"
        "（二）加强保护协作。（区市场监管局统筹推进，区公安分局、区人民法院按职责分工负责）\n"
        "二、保障措施\n（一）加强组织领导。区知识产权工作领导小组统筹推进，各成员单位按职责分工抓好落实。\n",
    )
    expected = [
        ("区市场监管局", "lead", "annotation"),
        ("区公安分局", "support", "annotation"),
        ("区人民法院", "support", "annotation"),
    ]
    assert got["一.(一)"] == expected
    assert got["一.(二)"] == expected
    assert got["二.(一)"] == [
        ("区知识产权工作领导小组", "lead", "annotation"),
        ("各成员单位", "support", "annotation"),
    ]


def test_a_role_clause_opening_the_sentence_names_who_does_the_work() -> None:
    got = plan_units(
        NANHAI,
        "一、重点任务\n（一）加强知识产权保护\n"
        "1.推进司法保护。区人民法院负责，完善知识产权案件审判机制，提升审判质效。\n"
        "2.健全行刑衔接。区市场监管局、区公安分局按职责分工负责，完善行政执法与刑事司法衔接机制。\n"
        "3.推进纠纷多元化解。由区司法局负责，完善人民调解组织。\n"
        "4.推进维权援助。各镇（街道）负责，建立维权援助工作站。\n",
    )
    assert got["一.(一).1"] == [("区人民法院", "sole", "annotation")]
    assert got["一.(一).2"] == [
        ("区市场监管局", "joint", "annotation"),
        ("区公安分局", "joint", "annotation"),
    ]
    assert got["一.(一).3"] == [("区司法局", "sole", "annotation")]
    assert got["一.(一).4"] == [("各镇（街道）", "sole", "annotation")]


_OPENING_BODIES = st.sampled_from(
    [["县人民法院"], ["县人民法院", "县人民检察院"], ["县市场监管局", "县公安局"]]
)
_OPENING_WORDS = st.sampled_from(["负责", "按职责分工负责", "按照职责分工负责", "共同负责", "分工负责"])


@settings(max_examples=30, deadline=None)
@given(
    bodies=_OPENING_BODIES,
    word=_OPENING_WORDS,
    by=st.booleans(),
    work=st.sampled_from(["完善知识产权案件审判机制", "开展专项执法行动，提升执法质效", "2025年底前完成"]),
)
def test_an_opening_role_clause_in_any_wording(bodies: list[str], word: str, by: bool, work: str) -> None:
    sentence = f"{'由' if by else ''}{'、'.join(bodies)}{word}，{work}。"
    got = plan_units(LIUYANG, f"一、重点任务\n1.加强知识产权保护。{sentence}\n")["一.1"]
    role = "sole" if len(bodies) == 1 and word == "负责" else "joint"
    assert got == [(body, role, "annotation") for body in bodies]


def test_a_dash_parts_role_clauses_and_a_note_from_its_helpers() -> None:
    got = plan_units(
        DALI,
        "一、重点工作\n1.加强知识产权保护。州市场监管局牵头——州公安局、州法院配合\n"
        "2.加强知识产权金融服务。（责任单位：州地方金融监管局）——州财政局、人行大理州中心支行配合\n"
        "3.推动专利转化。（责任单位：州科技局），州工信局配合。\n"
        "4.推进地理标志保护。（牵头单位——州农业农村局；配合单位——州林草局）\n",
    )
    assert got["一.1"] == [
        ("州市场监管局", "lead", "annotation"),
        ("州公安局", "support", "annotation"),
        ("州法院", "support", "annotation"),
    ]
    assert got["一.2"] == [
        ("州地方金融监管局", "lead", "annotation"),
        ("州财政局", "support", "annotation"),
        ("人行大理州中心支行", "support", "annotation"),
    ]
    assert got["一.3"] == [("州科技局", "lead", "annotation"), ("州工信局", "support", "annotation")]
    # a dash standing for a label's colon still opens its list
    assert got["一.4"] == [("州农业农村局", "lead", "annotation"), ("州林草局", "support", "annotation")]


def test_units_before_a_colon_speak_for_the_clauses_after_it() -> None:
    got = plan_units(
        ZHANGDIAN,
        "一、加强知识产权运用\n（一）强化知识产权运用。区市场监管局：一是推进专利质押融资；二是开展专利导航。\n"
        "（二）推动产学研合作。区科技局：一是组织企业申报高新技术企业；二是推动高校成果转化，区财政局配合。\n",
    )
    assert got["一.(一)"] == [("区市场监管局", "sole", "annotation")]
    assert got["一.(一).一是"] == [("区市场监管局", "sole", "annotation")]
    assert got["一.(一).二是"] == [("区市场监管局", "sole", "annotation")]
    assert got["一.(二).一是"] == [("区科技局", "sole", "annotation")]
    # a clause naming units of its own keeps them
    assert ("区财政局", "support", "annotation") in got["一.(二).二是"]


def test_a_label_list_going_on_at_the_next_line_keeps_its_names() -> None:
    got = plan_units(
        NANHAI,
        "一、重点任务\n（一）提升知识产权创造质量\n"
        "1.推动商标品牌建设。实施商标品牌战略，培育一批区域品牌。\n牵头部门：区市场监管局\n参与部门：区商务局、\n"
        "区农业农村局\n"
        "2.培育高价值专利组合。支持企业开展专利布局。\n牵头部门：区市场监管局\n参与部门：区科技局、\n区工信局\n"
        "完成时限：2025年底\n"
        "3.推进地理标志。\n牵头单位：区农业农村局；配合单位：区市场监管局、区林业局、\n区供销社\n"
        "（二）加强知识产权保护\n4.健全行政执法。严厉打击侵权假冒行为。\n",
    )
    assert got["一.(一).1"] == [
        ("区市场监管局", "lead", "annotation"),
        ("区商务局", "support", "annotation"),
        ("区农业农村局", "support", "annotation"),
    ]
    assert got["一.(一).2"] == [
        ("区市场监管局", "lead", "annotation"),
        ("区科技局", "support", "annotation"),
        ("区工信局", "support", "annotation"),
    ]
    assert ("区供销社", "support", "annotation") in got["一.(一).3"]


def test_a_guide_answering_for_the_guiding_under_a_label_is_named_without_the_cue() -> None:
    got = plan_units(
        YICHANG,
        "一、主要任务\n1.推进地理标志产品保护。责任主体：各县（市、区）人民政府，市市场监管局负责指导。\n"
        "2.推进纠纷调解。（责任单位：各县（市、区）人民政府，市司法局负责业务指导）\n",
    )
    assert got["一.1"] == [
        ("各县（市、区）人民政府", "lead", "annotation"),
        ("市市场监管局", "support", "annotation"),
    ]
    assert got["一.2"] == [
        ("各县（市、区）人民政府", "lead", "annotation"),
        ("市司法局", "support", "annotation"),
    ]


def test_units_counted_first_and_second_answering_lead_and_support() -> None:
    got = plan_units(
        OUHAI,
        "一、提升知识产权创造水平\n1.推动数据知识产权登记。区市场监管局为第一责任单位，区大数据局为第二责任单位。\n"
        "2.推动专利导航。（第一责任单位：区科技局；第二责任单位：区经信局、区教育局）\n"
        "3.推动商标品牌建设。区市场监管局为主办单位，区商务局为协办单位。\n",
    )
    assert got["一.1"] == [("区市场监管局", "lead", "annotation"), ("区大数据局", "support", "annotation")]
    assert got["一.2"] == [
        ("区科技局", "lead", "annotation"),
        ("区经信局", "support", "annotation"),
        ("区教育局", "support", "annotation"),
    ]
    assert got["一.3"] == [("区市场监管局", "lead", "annotation"), ("区商务局", "support", "annotation")]


def test_a_note_of_a_body_answering_for_the_guiding_and_its_helper() -> None:
    got = plan_units(
        YICHANG,
        "一、主要任务\n1.推进纠纷调解。县司法局负责指导，县法院配合。\n2.推进纠纷调解。（县司法局负责指导，县法院配合）\n",
    )
    assert [(s, r) for s, r, _ in got["一.1"]] == [("县司法局", "lead"), ("县法院", "support")]
    assert got["一.2"] == [("县司法局", "lead", "annotation"), ("县法院", "support", "annotation")]


def test_bodies_held_answerable_with_shi_are_obliged() -> None:
    got = plan_units(
        WUHU,
        "一、重点任务\n（一）提升知识产权创造质量。实施高价值专利培育工程。\n"
        "二、保障措施\n（一）压实工作责任。各县（市、区）人民政府是本辖区知识产权工作的责任主体，要细化工作措施。\n",
    )
    assert got["二.(一)"] == [("各县（市、区）人民政府", "implicit", "prose")]
