"""Round 39: the time limit of a phase's work. A phase that names who does its work is that body's task
(tests/test_unseen_round39_phases.py); the work is due by the end of the time its heading names
（二）组织实施阶段（2025年7月—2026年10月）。各责任单位按照任务分工抓好落实 → due 2026-10), unless its own
words state a time limit of their own (…5月底前制定实施方案). Before, such a task had no deadline.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policykg.extract.phases import phase_time
from tests.plans import extracted

HEAD = (
    "某县知识产权强县建设试点工作方案\n为推进知识产权强县建设试点，制定本方案。\n一、重点任务\n"
    "（一）培育高价值专利。开展专利布局，县科技局负责。\n二、实施步骤\n"
)
TAIL = "三、保障措施\n（一）强化经费保障。县财政局要将试点经费纳入年度预算。\n"


def _phase_deadlines(steps: str) -> dict[str, tuple[str | None, str | None]]:
    doc, _ = extracted(HEAD + steps + TAIL)
    return {t.path: (t.deadline, t.deadline_date) for t in doc.tasks if t.path.startswith("二")}


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(
        [
            ("2025年7月—2026年10月", "2026-10"),
            ("2025年7月至2026年10月", "2026-10"),
            ("2025年7月-12月", "2025-12"),
            ("2026年1—6月", "2026-06"),
            ("2025年下半年", "2025-12"),
        ]
    ),
    st.sampled_from(["各责任单位按照任务分工抓好落实。", "县市场监管局负责组织验收，形成总结报告。"]),
)
def test_a_phase_task_is_due_by_the_end_of_its_time(time: tuple[str, str], work: str) -> None:
    written, due = time
    steps = (
        "（一）动员部署阶段（2025年5月—6月）。制定试点方案，召开动员会议。\n"
        f"（二）组织实施阶段（{written}）。{work}\n"
    )
    assert _phase_deadlines(steps) == {"二.(二)": (written, due)}


def test_a_phase_tasks_own_time_limit_stands() -> None:
    steps = (
        "（一）动员部署阶段（2025年5月—6月）。县市场监管局于2025年5月底前制定实施方案。\n"
        "（二）组织实施阶段（2025年7月—2026年10月）。全面推进各项任务。\n"
    )
    deadline, due = _phase_deadlines(steps)["二.(一)"]
    assert deadline is not None
    assert "2025年5月底前" in deadline
    assert due == "2025-05"


def test_a_numbered_phase_with_its_name_after_a_colon() -> None:
    steps = "第一阶段：启动部署（2025年6月—8月）。县科技局负责制定实施方案。\n第二阶段：全面推进（2025年9月—2026年12月）。\n"
    got = _phase_deadlines(steps)
    assert [(d, due) for d, due in got.values()] == [("2025年6月—8月", "2025-08")]


@pytest.mark.parametrize(
    ("heading", "time"),
    [
        ("（二）组织实施阶段（2025年7月—2026年10月）", "2025年7月—2026年10月"),
        ("第三阶段：总结验收（2025年下半年）", "2025年下半年"),
        ("（一）动员部署（2024年3月底前）", "2024年3月底前"),
        ("（三）巩固提升阶段", None),
    ],
)
def test_phase_time_reads_the_time_as_written(heading: str, time: str | None) -> None:
    assert phase_time(heading) == time
