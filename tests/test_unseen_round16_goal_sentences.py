"""Round 16: a plan with no goals chapter whose 总体要求 paragraph states the guidance first and then, in a
sentence of the same paragraph, the goals (…坚持创新驱动发展。到2026年，全县每万人口高价值发明专利拥有量达到
3.5件，…). Before, only a line opening with 到2026年 was a goal, so these targets were lost; now a sentence
inside the paragraph opening so is one too, from that sentence on.
"""

from __future__ import annotations

from tests.plans import extracted

PLAN = """某某县知识产权强县建设工作方案（2024—2026年）
为加快推进知识产权强县建设，制定本方案。
一、总体要求
以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，坚持创新驱动发展。到2026年，全县每万人口高价值发明专利拥有量达到3.5件，知识产权质押融资额累计突破5亿元，知识产权强县建设取得明显成效。
二、重点任务
（一）开展专利导航。（责任单位：县市场监管局）
"""


def test_goals_in_a_sentence_after_the_guidance() -> None:
    doc, _ = extracted(PLAN)
    got = {(t.indicator, t.value, t.unit, t.year) for t in doc.targets}
    assert got == {
        ("每万人口高价值发明专利拥有量", 3.5, "件", 2026),
        ("知识产权质押融资额", 5.0, "亿元", 2026),
    }
    assert [g.path for g in doc.goals] == ["一.p1"]
    goal = doc.goals[0]
    assert goal.text.startswith("到2026年，全县")


def test_a_year_looking_back_inside_the_guidance_is_no_goal() -> None:
    """Only a sentence opening with the year aimed at (到2026年) starts the goals, not one recalling a year."""
    doc, _ = extracted(PLAN.replace("。到2026年，全县", "。2023年，全县"))
    assert doc.targets == []
