"""Round 44: a count in Chinese numerals bounded by a word, opening the noun it counts.

What was read wrong before: an older office's implementation scheme (a Yunnan autonomous county's, typed with
full-width digits and Chinese numerals) wrote 力争每年为五家以上企业办理知识产权质押融资, and no target was read:
a count in numerals was read only where it closes its phrase (新增…两件。) or right after a verb of adding
(培育两家示范企业), against 四个方面, 两项工作由. A bound says a number is meant: a comparator word right after
the count's unit (五家以上企业, 两次以上执法检查) or a bound word right before it (不少于八家企业, 至少三个乡镇;
targets.yaml numeral_bounds) lets the count open its noun, as the same count in digits does.
"""

from __future__ import annotations

import pytest

from tests.plans import extracted

HEAD = "临沧市2025年知识产权工作要点\n二、主要任务\n　　5.拓展知识产权金融服务。"


def _targets(sentence: str) -> list[tuple[str, str, float, str | None, list[str]]]:
    doc, _ = extracted(HEAD + sentence + "\n")
    return [(t.indicator, t.comparator, t.value, t.unit, sorted(t.flags)) for t in doc.targets]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "力争每年为五家以上企业办理知识产权质押融资，推广知识产权保险。",
            [("企业办理知识产权质押融资", ">=", 5.0, "家", ["annual", "stretch"])],
        ),
        (
            "每年支持不少于八家企业开展知识产权合规管理体系认证。",
            [("支持企业开展知识产权合规管理体系认证", ">=", 8.0, "家", ["annual"])],
        ),
        (
            "全年开展不少于三场次专利开放许可对接活动。",
            [("开展专利开放许可对接活动", ">=", 3.0, "场次", ["annual"])],
        ),
        ("每年开展两次以上知识产权执法检查。", [("开展知识产权执法检查", ">=", 2.0, "次", ["annual"])]),
        ("至少三个乡镇建成商标品牌指导站。", [("乡镇建成商标品牌指导站", ">=", 3.0, "个", [])]),
        (
            "年内为不低于二十家企业提供专利导航服务。",
            [("为企业提供专利导航服务", ">=", 20.0, "家", ["annual"])],
        ),
    ],
)
def test_a_bounded_count_in_numerals_opens_its_noun(
    sentence: str, expected: list[tuple[str, str, float, str, list[str]]]
) -> None:
    assert _targets(sentence) == expected


@pytest.mark.parametrize(
    ("numerals", "digits"),
    [
        ("每年为五家以上企业办理知识产权质押融资。", "每年为5家以上企业办理知识产权质押融资。"),
        ("每年支持不少于八家企业开展贯标。", "每年支持不少于8家企业开展贯标。"),
        ("至少三个乡镇建成商标品牌指导站。", "至少3个乡镇建成商标品牌指导站。"),
    ],
)
def test_a_bounded_count_reads_as_the_same_count_in_digits(numerals: str, digits: str) -> None:
    assert _targets(numerals) == _targets(digits) != []


@pytest.mark.parametrize(
    "sentence",
    [
        "围绕四个方面开展工作。",
        "统筹两个市场两种资源。",
        "分为三个阶段推进。",
        "两项工作由县市场监管局负责。",
        "办理期限不超过两个月。",
        "近两个月以来，工作进展顺利。",
    ],
)
def test_an_unbounded_count_opening_a_noun_is_none(sentence: str) -> None:
    assert _targets(sentence) == []
