"""Round 44: targets in a provincial task breakdown. A count by which the plan parts its own work (将2025年重点
工作分解为14项任务) was read as a target, and a coverage pushed for in a dated task (推动存量专利盘点全覆盖 in a
row due 2025年12月底前) was dropped as what the plan helps others reach (推进企业实现零的突破). A count right after
a verb of parting the work (targets.yaml work_parting_verbs) is now none, and a directive verb no longer hides
a coverage: the manner rule (a task's coverage only when dated) decides it, as for 实现…全覆盖."""

from __future__ import annotations

import pytest

from tests.plans import extracted

HEAD = "某省2025年知识产权重点工作任务分工方案\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "将2025年重点工作分解为14项任务，具体分工如下。",
        "围绕知识产权强省建设，细化为36条具体措施。",
        "按照职责分工，梳理出20项重点事项。",
        "年度工作拆分为 8 个方面，逐项落实。",
    ],
)
def test_a_count_of_the_plans_own_parts_is_no_target(sentence: str) -> None:
    doc, _ = extracted(
        HEAD + f"一、重点任务\n{sentence}\n1.加强专利培育，培育示范企业5家。（牵头单位：省科技厅）\n"
    )
    assert [(t.indicator, t.value) for t in doc.targets] == [("培育示范企业", 5)]


@pytest.mark.parametrize(
    ("line", "indicator"),
    [
        (
            "1.推动高校和科研院所存量专利盘点全覆盖。（牵头单位：省科技厅；完成时限：2025年12月底前）",
            "高校和科研院所存量专利盘点覆盖率",
        ),
        (
            "1.年底前推进知识产权信息公共服务网点市州全覆盖。（牵头单位：省市场监管局）",
            "知识产权信息公共服务网点市州覆盖率",
        ),
        ("1.到2025年底，推动规上工业企业贯标全覆盖。（牵头单位：省工信厅）", "规上工业企业贯标覆盖率"),
    ],
)
def test_a_dated_coverage_after_a_directive_verb_is_a_target(line: str, indicator: str) -> None:
    doc, _ = extracted(HEAD + f"一、重点任务\n{line}\n")
    assert [(t.indicator, t.value, t.unit, t.year) for t in doc.targets] == [(indicator, 100, "%", 2025)]


def test_an_undated_coverage_in_a_task_stays_its_manner() -> None:
    doc, _ = extracted(
        HEAD + "一、重点任务\n1.推动知识产权宣传全覆盖，营造良好氛围。（牵头单位：省委宣传部）\n"
    )
    assert doc.targets == []


def test_a_first_success_pushed_for_others_stays_no_target() -> None:
    doc, _ = extracted(
        HEAD + "一、重点任务\n1.到2025年底，推进中小微企业实现专利申请零的突破。（牵头单位：省科技厅）\n"
    )
    assert doc.targets == []
