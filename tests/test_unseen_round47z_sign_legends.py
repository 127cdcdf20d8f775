"""Round 47: signs written before the names of a list of units (责任单位：●县市场监管局、○县科技局), explained by
a legend anywhere in the plan (注：●为牵头单位，○为配合单位; 标★的为牵头单位; 牵头单位：◎).

What was read wrong before: a sign other than * and ★ stayed part of the name (●县市场监管局 was a body of its
own, not 县市场监管局), and the legend was read beside a mark matrix only, so the marked units all shared the
work. Now a sign before a name is no part of it; the role a legend of the plan gives the sign is the name's;
with no legend the sign gives no role. A legend reads the sign first (●为牵头单位, 标●的为牵头单位, 带*号的单位为
牵头单位) or the label first (牵头单位：●); a bullet opening a label (◆配合单位：…) is no legend.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policykg.extract.mark_matrix import document_legend
from tests.plans import plan_units

HEAD = "某县知识产权工作要点\n为推进知识产权强县建设，制定本要点。\n一、重点任务\n"
ITEM = "（一）加强专利导航。开展产业专利导航项目2项。"


@pytest.mark.parametrize(
    ("line", "legend"),
    [
        ("（注：●为牵头单位，○为配合单位）", {"●": "lead", "○": "support"}),
        ("注：标●的为牵头单位，标○的为配合单位。", {"●": "lead", "○": "support"}),
        ("说明：带◎号的单位为牵头单位。", {"◎": "lead"}),
        ("牵头单位：■；配合单位：□", {"■": "lead", "□": "support"}),
        ("★表示牵头，☆表示参与。", {"★": "lead", "☆": "support"}),
        ("◆配合单位：县科技局、县财政局", {}),
        ("●县市场监管局", {}),
    ],
)
def test_legends_in_the_plan(line: str, legend: dict[str, str]) -> None:
    assert document_legend(f"某县知识产权工作要点\n{line}\n") == legend


def test_signs_before_names_take_the_legends_roles_in_a_note() -> None:
    body = f"{ITEM}（责任单位：●县市场监管局、○县科技局、○ 县工信局）\n注：●为牵头单位，○为配合单位。\n"
    assert plan_units(HEAD, body)["一.(一)"] == [
        ("县市场监管局", "lead", "annotation"),
        ("县科技局", "support", "annotation"),
        ("县工信局", "support", "annotation"),
    ]


def test_signs_before_names_in_a_table_cell() -> None:
    body = (
        "\n| 序号 | 工作任务 | 责任单位 |\n|---|---|---|\n"
        "| 1 | 开展产业专利导航项目2项 | ○县科技局<br>●县市场监管局 |\n"
        "| 2 | 培育商标品牌 | ●县商务局、○县市场监管局 |\n\n说明：标●的为牵头单位，标○的为配合单位。\n"
    )
    got = plan_units("# 某县知识产权工作要点\n\n## 一、重点任务\n", body, name="plan.md")
    assert sorted(got["一.表1.1"]) == [("县市场监管局", "lead", "table"), ("县科技局", "support", "table")]
    assert sorted(got["一.表1.2"]) == [("县商务局", "lead", "table"), ("县市场监管局", "support", "table")]


def test_a_sign_with_no_legend_is_no_part_of_the_name() -> None:
    body = f"{ITEM}（责任单位：●县市场监管局、○县科技局）\n"
    assert plan_units(HEAD, body)["一.(一)"] == [
        ("县市场监管局", "joint", "annotation"),
        ("县科技局", "joint", "annotation"),
    ]


_UNITS = ["县市场监管局", "县科技局", "县工信局", "县财政局", "县农业农村局"]
_PAIRS = [("●", "○"), ("★", "☆"), ("■", "□"), ("◎", "○"), ("▲", "△")]


@settings(max_examples=30, deadline=None)
@given(
    units=st.lists(st.sampled_from(_UNITS), min_size=2, max_size=4, unique=True),
    lead=st.integers(min_value=0, max_value=3),
    pair=st.sampled_from(_PAIRS),
    form=st.sampled_from(
        [
            "{l}为牵头单位，{s}为配合单位",
            "标{l}的为牵头单位，标{s}的为配合单位",
            "牵头单位：{l}；配合单位：{s}",
        ]
    ),
    space=st.sampled_from(["", " "]),
    above=st.booleans(),
)
def test_any_legend_and_list(
    units: list[str], lead: int, pair: tuple[str, str], form: str, space: str, above: bool
) -> None:
    lead %= len(units)
    legend = "注：" + form.format(l=pair[0], s=pair[1]) + "。\n"
    listed = "、".join(f"{pair[0] if i == lead else pair[1]}{space}{u}" for i, u in enumerate(units))
    item = f"{ITEM}（责任单位：{listed}）\n"
    got = plan_units(HEAD + (legend if above else ""), item + ("" if above else legend))["一.(一)"]
    assert sorted(got) == sorted(
        (u, "lead" if i == lead else "support", "annotation") for i, u in enumerate(units)
    )
