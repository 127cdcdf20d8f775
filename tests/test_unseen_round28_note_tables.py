"""Round 28: task tables with no unit column, whose cells name the units in notes.

What was read wrong before: a table of tasks with a task column and no unit column (序号 | 工作任务 | 具体措施),
each measure closing with its note (（责任单位：…；完成时限：…）, （牵头单位：A；配合单位：B）), gave no tasks at
all: a table counted as one of tasks only with a lead or a responsible column, and the rows' notes were never
read. Its rows are tasks now, each with the units and the time limit its own note names. A table of data
whose cells hold no label (指标 | 2025年) stays data.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.plans import extracted

ROWS = [
    (
        "1",
        "加强专利培育",
        "开展高价值专利培育，新增发明专利授权80件。（责任单位：区市场监管局；完成时限：2024年12月）",
    ),
    ("2", "推进专利转化", "开展专利开放许可试点。（牵头单位：区科技局；配合单位：区工信局）"),
    ("3", "强化行政保护", "开展“铁拳”行动。（责任单位：区市场监管局、区公安分局）"),
]
HEADER = ("序号", "工作任务", "具体措施")
TITLE = "遵义市汇川区2024年知识产权重点工作任务清单\n"


def _markdown() -> tuple[str, str]:
    lines = ["| " + " | ".join(HEADER) + " |", "|---|---|---|"] + ["| " + " | ".join(r) + " |" for r in ROWS]
    return "# " + TITLE + "\n" + "\n".join(lines) + "\n", "plan.md"


def _html() -> tuple[str, str]:
    cells = "".join(f"<th>{h}</th>" for h in HEADER)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in ROWS)
    return f"<html><body><h1>{TITLE}</h1><table><tr>{cells}</tr>{body}</table></body></html>", "plan.html"


@pytest.mark.parametrize("written", [_markdown, _html])
def test_rows_naming_their_units_in_notes_are_tasks(written: Callable[[], tuple[str, str]]) -> None:
    doc, _ = extracted(*written())
    tasks = {t.title: t for t in doc.tasks if t.kind == "table_row"}
    assert list(tasks) == ["加强专利培育", "推进专利转化", "强化行政保护"]
    units = {title: [(r.agency.surface, r.role) for r in t.responsibilities] for title, t in tasks.items()}
    assert units == {
        "加强专利培育": [("区市场监管局", "sole")],
        "推进专利转化": [("区科技局", "lead"), ("区工信局", "support")],
        "强化行政保护": [("区市场监管局", "joint"), ("区公安分局", "joint")],
    }
    assert tasks["加强专利培育"].deadline_date == "2024-12"
    assert {t.role for t in doc.tables} == {"tasks"}


def test_a_table_of_data_with_no_label_stays_data() -> None:
    doc, _ = extracted(
        "# 某区知识产权主要指标\n\n| 序号 | 工作任务 | 2025年 |\n|---|---|---|\n| 1 | 发明专利授权量（件） | 120 |\n",
        "plan.md",
    )
    assert [t.role for t in doc.tables] == ["data"]
    assert not [t for t in doc.tasks if t.kind == "table_row"]
