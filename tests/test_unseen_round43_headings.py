"""Round 43: a section heading naming the lead for the items under it, the items naming only their helpers.

A prefecture's action plan (tests/evaluation/zhuzhou_strong_city_heading_leads.txt) writes the lead once, on
the section's heading line (（一）实施高价值专利培育行动（牵头单位：市市场监管局）), and closes each numbered item
under it with its own helpers alone (1．……。（配合单位：市科技局、市工信局）), or with nothing. It was read right
at first reading; these tests hold the shape in other wordings so that a change to headings or notes cannot
lose it:

- the heading's lead leads each item under it, beside the item's helpers (配合单位, 协办单位, 参与单位, 协同单位,
  a prose parenthesis …配合, a 配合单位 line below the item), and alone on an item naming nobody;
- an item naming a lead of its own (（牵头单位：市商务局；配合单位：市市场监管局）, 牵头部门, two leads) or a
  responsible unit of its own (（责任单位：市财政局）: sole) keeps it: the heading's lead is not added;
- a heading naming several bodies without a lead (（责任单位：A、B）) makes them joint on an item naming nobody,
  and the units an item's helpers support, which lead, as 责任单位：A、B；配合单位：C reads in one note;
- the same at every depth: a chapter heading (一、) over （一） items, a 1． heading over （1） items, half-width
  brackets and colons.
"""

from __future__ import annotations

from tests.plans import plan_units

GANZHOU = (
    "赣州市知识产权强市建设行动计划（2024—2026年）\n为加快建设知识产权强市，结合我市实际，制定本计划。\n"
)
LIUZHOU = "柳州市知识产权强市建设行动计划\n为深入实施知识产权强市战略，制定本计划。\n"
YUEYANG = "岳阳市知识产权强市建设三年行动计划\n为推进知识产权强市建设，制定本计划。\n"

Row = tuple[str, str, str]


def _roles(rows: list[Row]) -> set[tuple[str, str]]:
    """The units and roles named, in no order (the order units are listed in is not what these test)."""
    return {(name, role) for name, role, _ in rows}


def test_the_heading_lead_leads_items_naming_helpers_or_nobody() -> None:
    got = plan_units(
        GANZHOU,
        "二、重点任务\n（一）加强专利创造（牵头部门：市科技局）\n"
        "1．培育高价值专利。支持企业围绕主导产业布局专利。（协办单位：市工信局）\n"
        "2．推进专利导航。在稀土、钨等产业开展专利导航。\n"
        "3．支持企业出海。引导企业开展海外专利布局。（牵头部门：市商务局；参与单位：市科技局）\n",
    )
    assert _roles(got["二.(一)"]) == {("市科技局", "lead")}
    assert _roles(got["二.(一).1"]) == {("市工信局", "support"), ("市科技局", "lead")}
    assert _roles(got["二.(一).2"]) == {("市科技局", "lead")}
    # the item's own lead: the heading's is not added, and the heading's body stays only where the item puts it
    assert _roles(got["二.(一).3"]) == {("市商务局", "lead"), ("市科技局", "support")}


def test_a_heading_of_responsible_units_makes_them_joint_or_the_units_helpers_support() -> None:
    got = plan_units(
        GANZHOU,
        "二、重点任务\n（二）强化司法保护（责任单位：市中级人民法院、市人民检察院）\n"
        "4．深化知识产权审判“三合一”改革，提高审判质效。\n"
        "5．加强知识产权检察综合履职，依法从严起诉侵权犯罪。（配合单位：市公安局）\n",
    )
    joint = {("市中级人民法院", "joint"), ("市人民检察院", "joint")}
    assert _roles(got["二.(二)"]) == joint
    assert _roles(got["二.(二).4"]) == joint
    assert _roles(got["二.(二).5"]) == {
        ("市中级人民法院", "lead"),
        ("市人民检察院", "lead"),
        ("市公安局", "support"),
    }


def test_a_chapter_heading_over_bracketed_items() -> None:
    got = plan_units(
        LIUZHOU,
        "一、强化知识产权创造（牵头单位：市市场监管局）\n"
        "（一）培育高价值专利。支持汽车、机械企业创造核心专利。（配合单位：市科技局、市工信局）\n"
        "（二）推进商标品牌培育。\n"
        "（三）发展外贸品牌。推动企业开展商标国际注册。（牵头单位：市商务局；配合单位：市市场监管局）\n"
        "二、促进知识产权运用（责任单位：市金融办、市财政局）\n"
        "（一）扩大质押融资。开展入园惠企活动。\n"
        "（二）发展知识产权保险。（配合单位：市市场监管局）\n",
    )
    assert _roles(got["一"]) == {("市市场监管局", "lead")}
    assert _roles(got["一.(一)"]) == {
        ("市市场监管局", "lead"),
        ("市工信局", "support"),
        ("市科技局", "support"),
    }
    assert _roles(got["一.(二)"]) == {("市市场监管局", "lead")}
    assert _roles(got["一.(三)"]) == {("市商务局", "lead"), ("市市场监管局", "support")}
    assert _roles(got["二.(一)"]) == {("市财政局", "joint"), ("市金融办", "joint")}
    assert _roles(got["二.(二)"]) == {("市市场监管局", "support"), ("市财政局", "lead"), ("市金融办", "lead")}


def test_a_numbered_heading_over_parenthesised_items_and_an_item_with_two_leads() -> None:
    got = plan_units(
        YUEYANG,
        "二、重点任务\n1．实施商标品牌战略（牵头单位：市市场监管局）\n"
        "（1）培育区域品牌。支持企业争创知名品牌。（配合单位：市商务局）\n"
        "（2）保护品牌权益。加强商标专用权保护。\n"
        "（3）推动品牌出海。支持企业开展马德里注册。（牵头单位：市商务局、市贸促会；配合单位：市市场监管局）\n",
    )
    assert _roles(got["二.1"]) == {("市市场监管局", "lead")}
    assert _roles(got["二.1.(1)"]) == {("市商务局", "support"), ("市市场监管局", "lead")}
    assert _roles(got["二.1.(2)"]) == {("市市场监管局", "lead")}
    assert _roles(got["二.1.(3)"]) == {
        ("市商务局", "lead"),
        ("市市场监管局", "support"),
        ("市贸促会", "lead"),
    }


def test_other_wordings_of_the_heading_and_of_the_items_notes() -> None:
    got = plan_units(
        LIUZHOU,
        "二、重点任务\n（一）实施专利导航工程(牵头单位:市工信局)\n"
        "1.开展产业导航。推动导航成果落地。(配合单位:市科技局)\n2.建设导航平台。完善服务功能。\n"
        "（二）加强专利创造（市科技局牵头）\n"
        "3．培育专利。支持企业创新。（市工信局、市财政局配合）\n4．推进导航。开展专利导航。\n"
        "（三）加强行政保护（牵头单位：市市场监管局）\n"
        "5．开展执法。严厉打击侵权假冒。\n配合单位：市公安局、市文旅局\n"
        "6．完善资助。兑现专利奖补。（责任单位：市财政局）\n",
    )
    assert _roles(got["二.(一).1"]) == {("市工信局", "lead"), ("市科技局", "support")}
    assert _roles(got["二.(一).2"]) == {("市工信局", "lead")}
    assert _roles(got["二.(二).3"]) == {
        ("市工信局", "support"),
        ("市科技局", "lead"),
        ("市财政局", "support"),
    }
    assert _roles(got["二.(二).4"]) == {("市科技局", "lead")}
    assert _roles(got["二.(三).5"]) == {
        ("市公安局", "support"),
        ("市市场监管局", "lead"),
        ("市文旅局", "support"),
    }
    # an item's own responsible unit answers alone
    assert _roles(got["二.(三).6"]) == {("市财政局", "sole")}
