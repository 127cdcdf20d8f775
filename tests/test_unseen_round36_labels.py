"""Round 36: a unit's label standing at the end of its line with the units it names on the next line, as
plans copied from Word or a portal page set it (责任单位：↵县财政局、县市场监管局; 【牵头单位】↵县市场监管局 ↵
【配合单位】↵县商务局; …质押融资。责任单位：↵县财政局).

What was read wrong before: the label's line closed with a colon or a bracket, so it stood as a paragraph of
its own and the line of units below it as another. Neither was read as a note: the task kept no unit (the
issuer's default alone), and where a later task's note was found the plan's earlier tasks took it over.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import plan_units

BINCHUAN = (
    "宾川县知识产权强县建设工作方案\n为加快知识产权强县建设，结合我县实际，制定本方案。\n二、主要任务\n"
)

_LABELS = ["责任单位：", "责任单位:", "【责任单位】", "［责任单位］", "责任单位 ："]


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(_LABELS), st.sampled_from(["", "　　", "◆"]))
def test_a_label_alone_on_its_line_names_the_units_below(label: str, indent: str) -> None:
    got = plan_units(
        BINCHUAN,
        "（一）推动知识产权金融服务。开展知识产权质押融资。\n"
        f"{indent}{label}\n"
        f"{indent.strip('◆')}县财政局、县市场监管局\n"
        "（二）加强版权宣传。开展版权宣传活动。\n"
        "（三）加强商标品牌建设。实施商标品牌战略。\n"
        "责任单位：县市场监管局牵头，县商务局配合\n",
    )
    assert [(s, r) for s, r, _ in got["二.(一)"]] == [("县财政局", "joint"), ("县市场监管局", "joint")]
    assert got["二.(二)"] == []  # the third task's note is its own
    assert [(s, r) for s, r, _ in got["二.(三)"]] == [("县市场监管局", "lead"), ("县商务局", "support")]


def test_a_label_closing_a_sentence_line_names_the_units_below() -> None:
    got = plan_units(
        BINCHUAN,
        "（一）推动知识产权金融服务。开展知识产权质押融资。责任单位：\n县财政局、县市场监管局\n"
        "（二）加强版权宣传。开展版权宣传活动。\n",
    )
    assert [(s, r) for s, r, _ in got["二.(一)"]] == [("县财政局", "joint"), ("县市场监管局", "joint")]
    assert got["二.(二)"] == []


@settings(max_examples=6, deadline=None)
@given(
    st.sampled_from(
        [("牵头单位：", "配合单位："), ("【牵头单位】", "【配合单位】"), ("牵头单位:", "协办单位:")]
    )
)
def test_each_label_alone_above_its_units(labels: tuple[str, str]) -> None:
    lead, helpers = labels
    got = plan_units(
        BINCHUAN,
        f"（一）加强版权宣传。开展版权宣传活动。\n{lead}\n县委宣传部\n{helpers}\n县文旅局、县公安局\n"
        "（二）加强商标品牌建设。实施商标品牌战略。\n",
    )
    assert [(s, r) for s, r, _ in got["二.(一)"]] == [
        ("县委宣传部", "lead"),
        ("县文旅局", "support"),
        ("县公安局", "support"),
    ]
    assert got["二.(二)"] == []


def test_a_label_line_before_a_new_task_joins_nothing() -> None:
    """A label with nothing below it but the next task's heading names nobody, and takes no words from it."""
    got = plan_units(
        BINCHUAN,
        "（一）推动知识产权金融服务。开展知识产权质押融资。\n责任单位：\n"
        "（二）加强版权宣传。县委宣传部负责。\n",
    )
    assert got["二.(一)"] == []
    assert [(s, r) for s, r, _ in got["二.(二)"]] == [("县委宣传部", "sole")]
