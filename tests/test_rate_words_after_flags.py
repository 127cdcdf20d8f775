"""A rate word closing a percentage's indicator (增长率, 增速, 增幅) with words before it that the phrase's end
loses: a flag word (每年, 全年, 当年, 年度) is taken off and its flag set, so that 商标注册量每年增长率不低于8%
reads as 商标注册量年均增长率不低于8% does (商标注册量, growth and annual); a comparison's base (较上年, 同比,
较2024年) is taken off as before a change word (较上年增长10%)."""

from __future__ import annotations

import pytest

from tests.plans import extracted

HEAD = "某县2025年知识产权工作要点\n\n一、重点任务\n（一）加强工作。"


def _targets(sentence: str) -> list[tuple[str, float | None, str | None, list[str]]]:
    doc, _ = extracted(HEAD + sentence + "\n")
    return [(t.indicator, t.value, t.unit, sorted(t.flags)) for t in doc.targets]


@pytest.mark.parametrize(
    ("sentence", "indicator", "value"),
    [
        ("商标注册量每年增长率不低于8%。", "商标注册量", 8),
        ("专利申请量全年增长率达到10%。", "专利申请量", 10),
        ("有效注册商标量每年增幅保持在5%以上。", "有效注册商标量", 5),
        ("知识产权质押融资额当年增速不低于15%。", "知识产权质押融资额", 15),
        ("商标注册量年均增长率不低于8%。", "商标注册量", 8),
        # a year's rate written with 年 alone, as 年增长8% reads
        ("知识产权质押融资额年增速达到15%。", "知识产权质押融资额", 15),
        ("专利授权量年增长率不低于10%。", "专利授权量", 10),
        ("技术合同成交额年增幅保持在12%以上。", "技术合同成交额", 12),
    ],
)
def test_a_flag_word_under_the_rate_word_is_taken_off(sentence: str, indicator: str, value: float) -> None:
    assert _targets(sentence) == [(indicator, value, "%", ["annual", "growth"])]


def test_the_same_rate_worded_with_and_without_a_flag_word_is_one_indicator() -> None:
    doc, _ = extracted(HEAD + "商标注册量每年增长率不低于8%，专利授权量增长率达到10%。\n")
    assert [(t.indicator, t.indicator_key, sorted(t.flags)) for t in doc.targets] == [
        ("商标注册量", doc.targets[0].indicator_key, ["annual", "growth"]),
        ("专利授权量", doc.targets[1].indicator_key, ["growth"]),
    ]
    plain, _ = extracted(HEAD + "商标注册量年均增长8%。\n")
    assert doc.targets[0].indicator_key == plain.targets[0].indicator_key


@pytest.mark.parametrize(
    "sentence",
    ["专利授权量较上年增长率10%。", "专利授权量同比增长率达到10%。", "专利授权量较2024年增长率不低于10%。"],
)
def test_a_comparison_base_under_the_rate_word_is_taken_off(sentence: str) -> None:
    assert [(t[0], t[3]) for t in _targets(sentence)] == [("专利授权量", ["growth"])]


def test_words_too_few_to_name_a_measure_are_no_target() -> None:
    assert _targets("全年增长率10%。") == []


@pytest.mark.parametrize("sentence", ["专利授权量2025年增速达到10%。", "质押融资额上年增速为10%。"])
def test_a_year_rate_word_only_right_after_the_measure(sentence: str) -> None:
    """年增速 is a year's rate right after a measure's noun only: after a year or 上年 the 年 is theirs."""
    assert [t[3] for t in _targets(sentence)] == [["growth"]]
