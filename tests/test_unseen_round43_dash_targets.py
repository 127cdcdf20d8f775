"""Round 43: a task written on one line with its fields after a double dash (…全年调解纠纷不少于30件——县司法局、
县市场监管局；完成时限：…). A target closing the work before the dash took the fields' first words into its
indicator (调解纠纷——县司法局…, 有效注册商标——责任单位), as words counted after the number; a double dash now
parts the clause (targets._dash_parts), while a single dash still joins a range (2023—2025年)."""

from __future__ import annotations

import pytest

from tests.plans import extracted

PLAN = "某市2025年知识产权重点工作任务清单\n一、重点任务\n{line}\n"


@pytest.mark.parametrize(
    ("line", "indicator", "value"),
    [
        (
            "1．全年调解知识产权纠纷不少于30件——县司法局、县市场监管局；完成时限：长期坚持",
            "调解知识产权纠纷",
            30,
        ),
        ("1．年内新增有效注册商标6000件——责任单位：市市场监管局", "有效注册商标", 6000),
        ("2．新增发明专利授权100件——牵头单位：市科技局；配合单位：市市场监管局", "发明专利授权", 100),
        (
            "3．新建知识产权保护工作站5家——各县（市、区）人民政府；完成时限：2025年12月底",
            "新建知识产权保护工作站",
            5,
        ),
        ("4．开展专利导航项目3项———市工业和信息化局牵头", "开展专利导航项目", 3),
    ],
)
def test_a_target_ends_at_the_double_dash(line: str, indicator: str, value: float) -> None:
    doc, _ = extracted(PLAN.format(line=line))
    assert [(t.indicator, t.value) for t in doc.targets] == [(indicator, value)]
    assert "—" not in doc.targets[0].quote


def test_targets_after_a_double_dash_are_read_as_their_own_clause() -> None:
    doc, _ = extracted(
        PLAN.format(line="1．实现“两个突破”——发明专利授权量达到500件，PCT国际专利申请量突破30件。")
    )
    assert [(t.indicator, t.value) for t in doc.targets] == [
        ("发明专利授权量", 500),
        ("PCT国际专利申请量", 30),
    ]


def test_a_single_dash_still_joins_a_range() -> None:
    doc, _ = extracted(PLAN.format(line="1．2023—2025年累计新增发明专利300件。"))
    assert [(t.value, sorted(t.flags)) for t in doc.targets] == [(300, ["cumulative"])]
