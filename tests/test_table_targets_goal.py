"""An indicators table in a goals chapter or section sets out a goal: its targets are linked to the nearest goal
before it that points at a table (各项指标按年度推进（见表1）, 主要指标如下：; targets.yaml goal_pointers), else
to the section's first goal, which the table details; a table in a tasks chapter or an annex sets out none."""

from __future__ import annotations

import pytest

from tests.plans import extracted

TABLE = (
    "\n| 指标 | 2025年 | 2027年 |\n|---|---|---|\n"
    "| 每万人口高价值发明专利拥有量（件） | 10 | 12 |\n| 知识产权质押融资登记金额（亿元） | 15 | 20 |\n\n"
)
TASKS = "## 二、重点任务\n\n1. 加强高价值专利培育。（牵头单位：市市场监管局）\n"


def _goals_of_table_targets(text: str) -> set[str | None]:
    doc, _ = extracted(text, "plan.md")
    table = [t for t in doc.targets if t.source == "table"]
    assert len(table) == 4, [t.indicator for t in doc.targets]
    return {t.goal_id.rsplit("/goal/", 1)[1] if t.goal_id else None for t in table}


@pytest.mark.parametrize("lead_in", ["主要指标如下：", "具体指标见下表。", "各项指标按年度推进（见表1）。"])
def test_the_goal_pointing_at_the_table(lead_in: str) -> None:
    text = (
        "# 某市知识产权强市建设实施方案\n\n## 一、主要目标\n\n"
        "到2027年，知识产权强市建设取得明显成效。\n\n"
        f"（1）创造质量稳步提升。发明专利授权量年均增长8%以上。\n\n（2）运用效益持续显现。{lead_in}\n"
        + TABLE
        + TASKS
    )
    assert _goals_of_table_targets(text) == {"一.(2)"}


def test_the_sections_first_goal_when_none_points() -> None:
    text = (
        "# 某县知识产权强县建设工作方案\n\n## 一、总体要求\n\n### （一）指导思想\n\n全面贯彻党的二十大精神。\n\n"
        "### （二）主要目标\n\n到2027年，全县知识产权综合实力明显增强。\n\n"
        "知识产权保护社会满意度稳步提高。\n" + TABLE + TASKS
    )
    assert _goals_of_table_targets(text) == {"一.(二).p1"}


def test_a_table_outside_the_goals_sets_out_none() -> None:
    text = (
        "# 某市知识产权强市建设实施方案\n\n## 一、主要目标\n\n到2027年，知识产权强市建设取得明显成效。\n\n"
        + TASKS
        + "\n2. 开展质押融资，主要指标如下：\n"
        + TABLE
    )
    assert _goals_of_table_targets(text) == {None}
