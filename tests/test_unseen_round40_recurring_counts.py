"""Round 40: a province's opinions count a yearly reach with the word of recurrence inside the indicator,
between what does the work and its verb (知识产权质押融资年均惠及企业300家以上). Before, a flag word was read only
at either end of the indicator (质押融资惠及企业年均5000家以上 was annual, this wording was not, and kept 年均 in
its words); now 每年, 年均, 全年 and 每年度 standing there flag the count annual and leave the indicator's words
(targets.yaml recurring_inside), while a word of change or of how the count counts after them (年均增长,
每年新增) is read as before."""

from __future__ import annotations

import pytest

from tests.plans import extracted

PLAN = "某省知识产权强省建设实施意见\n二、重点任务\n（一）加强运用\n1.拓展金融服务。{words}（责任单位：省知识产权局）\n"


def _targets(words: str) -> list[tuple[str, float | None, str | None, list[str]]]:
    doc, _ = extracted(PLAN.format(words=words))
    return [(t.indicator, t.value, t.unit, sorted(t.flags)) for t in doc.targets]


@pytest.mark.parametrize(
    ("words", "indicator", "value", "unit"),
    [
        ("知识产权质押融资年均惠及企业300家以上。", "知识产权质押融资惠及企业", 300, "家"),
        ("知识产权质押融资每年惠及中小企业200家。", "知识产权质押融资惠及中小企业", 200, "家"),
        ("专利保险年均服务企业50家以上。", "专利保险服务企业", 50, "家"),
        ("商标品牌指导站每年服务企业200家次。", "商标品牌指导站服务企业", 200, "家次"),
        # a body doing the counted work (targets.yaml subject_kinds: 维权援助中心) is taken off the words
        ("知识产权维权援助中心全年受理援助申请120件。", "受理援助申请", 120, "件"),
        ("专利转化项目每年度实施20项。", "专利转化项目实施", 20, "项"),
    ],
)
def test_a_recurrence_word_inside_the_indicator_flags_it_annual(
    words: str, indicator: str, value: float, unit: str
) -> None:
    assert _targets(words) == [(indicator, value, unit, ["annual"])]


def test_the_same_count_with_the_word_before_its_number_reads_alike() -> None:
    inside = _targets("知识产权质押融资年均惠及企业300家以上。")
    after = _targets("知识产权质押融资惠及企业年均300家以上。")
    assert inside == after


@pytest.mark.parametrize(
    ("words", "flags"),
    [
        ("发明专利授权量年均增长10%以上。", ["annual", "growth"]),
        ("专利授权量年均增速保持在10%以上。", ["annual", "growth"]),
        ("规上企业每年新增发明专利100件。", ["annual", "increment"]),
        ("专利质押融资金额达到10亿元。", []),
    ],
)
def test_words_of_change_and_counting_after_it_are_read_as_before(words: str, flags: list[str]) -> None:
    assert _targets(words)[0][3] == flags
