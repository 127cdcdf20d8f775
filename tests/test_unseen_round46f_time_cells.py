"""Round 46: a task table's time cell writing two dates on lines of their own (2025年4月底前<br>2025年12月底前
in a Markdown or an HTML row, 2025年6月底前 ↵ 2025年12月底前 in a Word cell): a milestone, then the end of the
work. Milestones were parted only by ；，、, so the first line's date was taken for the task's deadline
(2025-04). A line break and a <br> now part milestones too (policykg/extract/phases.py ``_MILESTONES``): the
task is due by the last; a date a cell wrapped over two lines (2024年 ↵ 12月底前) still reads as one."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policykg.extract.phases import deadline_date
from tests.plans import extracted


@pytest.mark.parametrize(
    ("cell", "plan_year", "due"),
    [
        ("2025年4月底前<br>2025年12月底前", None, "2025-12"),
        ("2025年6月底前\n2025年12月底前", None, "2025-12"),
        ("6月底前完成部署<br>11月底前完成验收", 2025, "2025-11"),
        ("2024年9月<br>2025年3月", None, "2025-03"),
        ("2024年12月底前<br>长期坚持", None, "2024-12"),
        # one date wrapped over the cell's lines
        ("2024年\n12月底前", None, "2024-12"),
        ("2024年12月底\n前", None, "2024-12"),
        ("2024年3月至\n12月", None, "2024-12"),
        # one line, as before
        ("2025年6月底前", None, "2025-06"),
        ("3月底前完成方案；12月底前完成验收", 2025, "2025-12"),
    ],
)
def test_the_last_line_of_a_time_cell_is_the_deadline(cell: str, plan_year: int | None, due: str) -> None:
    assert deadline_date(cell, plan_year) == due


@given(
    st.integers(2020, 2030),
    st.lists(st.integers(1, 12), min_size=2, max_size=4, unique=True).map(sorted),
    st.sampled_from(["<br>", "\n", "<br>\n"]),
    st.sampled_from(["底前", "前", "底", ""]),
)
def test_dated_lines_fall_due_by_the_last(year: int, months: list[int], breaks: str, end: str) -> None:
    cell = breaks.join(f"{year}年{m}月{end}" for m in months)
    assert deadline_date(cell) == f"{year}-{months[-1]:02d}"


PLAN = """# 某市2025年知识产权工作要点

## 一、重点任务

1. 实施高价值专利培育工程。培育一批高价值专利组合。
2. 加强知识产权宣传培训。组织开展知识产权宣传周活动。

## 附件

<table>
<thead><tr><th>序号</th><th>重点任务</th><th>责任单位</th><th>完成时限</th></tr></thead>
<tbody>
<tr><td>1</td><td>实施高价值专利培育工程</td><td>市市场监管局</td><td>2025年6月底前<br>2025年12月底前</td></tr>
<tr><td>2</td><td>加强知识产权宣传培训</td><td>市委宣传部（牵头）<br>市教育局</td><td>2025年4月底前<br/>2025年11月底前</td></tr>
</tbody>
</table>
"""


def _page(plan: str) -> str:
    """``plan`` as a web page: its # lines headings, its other lines paragraphs, its table as it is."""
    out = []
    for line in plan.split("\n"):
        level = len(line) - len(line.lstrip("#"))
        if level:
            out.append(f"<h{level}>{line[level:].strip()}</h{level}>")
        elif line.strip() and not line.startswith("<"):
            out.append(f"<p>{line}</p>")
        else:
            out.append(line)
    return "<html><body>" + "\n".join(out) + "</body></html>"


@pytest.mark.parametrize("name", ["plan.md", "plan.html"])
def test_a_task_row_is_due_by_its_time_cells_last_line(name: str) -> None:
    doc, _ = extracted(PLAN if name == "plan.md" else _page(PLAN), name)
    due = {t.title: t.deadline_date for t in doc.tasks if t.deadline}
    assert due == {"实施高价值专利培育工程": "2025-12", "加强知识产权宣传培训": "2025-11"}
