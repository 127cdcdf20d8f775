"""Round 31: goals listed as bullets under a goals paragraph (a Markdown list, or ● / ◆ / ■ lines as a Word
or web page keeps them), as a Heilongjiang district's action plan in tests/evaluation/ writes them.

What was read wrong before:

- the bullet opening a goal's line stood in the target: its quote began with it (- 每万人口…) and its
  indicator too (-每万人口高价值发明专利拥有量, ●每万人口…), so the indicator compared with no other plan's and
  lost the flags its words give (per_capita for 每万人口, annual for 年专利授权量, increment for 新增…).
"""

from __future__ import annotations

import pytest

from tests.plans import extracted

_GOALS = [
    ("每万人口高价值发明专利拥有量达到16件；", "每万人口高价值发明专利拥有量", "per_capita"),
    ("年专利授权量达到2500件；", "专利授权量", "annual"),
    ("新增注册商标300件以上。", "注册商标", "increment"),
]


def _plan(bullet: str, blank: str) -> str:
    lines = "\n".join(f"{bullet}{goal}" for goal, _, _ in _GOALS)
    return (
        f"延寿县知识产权强县建设工作方案\n{blank}一、主要目标\n{blank}"
        f"到2026年，全县知识产权工作取得明显成效：\n{blank}{lines}\n{blank}"
        "二、重点任务\n（一）实施专利导航。（责任单位：县科技局）\n"
    )


@pytest.mark.parametrize(
    ("bullet", "name"),
    [
        ("- ", "plan.md"),
        ("* ", "plan.md"),
        ("+ ", "plan.md"),
        ("● ", "plan.txt"),
        ("◆", "plan.txt"),
        ("■ ", "plan.txt"),
        ("- ", "plan.txt"),
    ],
)
def test_a_goal_bullet_is_no_word_of_its_target(bullet: str, name: str) -> None:
    doc, text = extracted(_plan(bullet, "\n" if name.endswith(".md") else ""), name)
    got = {t.indicator: t for t in doc.targets}
    for goal, indicator, flag in _GOALS:
        target = got[indicator]
        assert target.quote == goal.rstrip("；。")
        assert text[target.span[0] : target.span[1]] == target.quote
        assert flag in target.flags
        assert target.year == 2026


def test_a_goal_line_without_a_bullet_reads_as_before() -> None:
    doc, _ = extracted(_plan("", ""))
    assert sorted(t.indicator for t in doc.targets) == sorted(i for _, i, _ in _GOALS)
