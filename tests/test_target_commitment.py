"""How firmly a prose target is promised (policykg/extract/target_commitment.py): ``stretch`` for a value
striven for (力争, 争取, 力求), ``assured`` for a floor the plan guarantees (确保, 务必).

What was read wrong before: 力争发明专利授权量达到1500件，确保不低于1200件 gave two targets of one indicator with
nothing telling the aim from the floor (the words were only taken off the indicator), and a target listed
under 力争…实现以下目标： looked as firm as one the plan guarantees."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import extracted

HEAD = "某县知识产权强县建设工作方案\n为推进知识产权强县建设，制定本方案。\n一、工作目标\n"
TASKS = "\n二、重点任务\n（一）开展知识产权培训。\n"


def _flags(goals: str) -> list[tuple[str, float | None, list[str]]]:
    doc, _ = extracted(HEAD + goals + TASKS)
    return [
        (t.indicator, t.value, [f for f in t.flags if f in ("stretch", "assured")])
        for t in doc.targets
        if t.kind == "target"
    ]


@pytest.mark.parametrize(
    ("goals", "expected"),
    [
        # the aim and the floor of one measure
        (
            "到2025年，力争发明专利授权量达到1500件，确保不低于1200件。",
            [("发明专利授权量", 1500.0, ["stretch"]), ("发明专利授权量", 1200.0, ["assured"])],
        ),
        # a word opening the sentence speaks for every target after it there
        (
            "到2025年，力争全县专利授权量达到1000件，商标注册量达到5000件。",
            [("专利授权量", 1000.0, ["stretch"]), ("商标注册量", 5000.0, ["stretch"])],
        ),
        # the last word before the value decides
        (
            "到2025年，确保专利授权量达到800件，争取达到1000件。",
            [("专利授权量", 800.0, ["assured"]), ("专利授权量", 1000.0, ["stretch"])],
        ),
        # a word after the value is the next target's
        (
            "到2025年，专利授权量达到800件，力争达到1000件。",
            [("专利授权量", 800.0, []), ("专利授权量", 1000.0, ["stretch"])],
        ),
        # a word after its clause's subject speaks for that clause alone; one opening a clause for the rest
        (
            "到2027年，力争专利授权量达到1000件，有效发明专利拥有量确保不低于600件，商标注册量达到5000件。",
            [
                ("专利授权量", 1000.0, ["stretch"]),
                ("有效发明专利拥有量", 600.0, ["assured"]),
                ("商标注册量", 5000.0, ["stretch"]),
            ],
        ),
        (
            "到2027年，专利授权量确保达到1000件，商标注册量达到5000件。",
            [("专利授权量", 1000.0, ["assured"]), ("商标注册量", 5000.0, [])],
        ),
        (
            "到2025年力争专利授权量达到1000件，商标注册量达到5000件。",
            [("专利授权量", 1000.0, ["stretch"]), ("商标注册量", 5000.0, ["stretch"])],
        ),
        # another sentence's word speaks for nothing here, nor does a purpose (为确保) or 努力 as a noun
        ("确保各项任务落实到位。全县专利授权量达到1000件。", [("专利授权量", 1000.0, [])]),
        ("为确保目标实现，全县专利授权量达到1000件。", [("专利授权量", 1000.0, [])]),
        ("经过努力，全县专利授权量达到1000件。", [("专利授权量", 1000.0, [])]),
        # a lead-in ending with a colon speaks for the paragraphs below it in its section
        (
            "力争通过三年的努力，到2025年，重点实现以下目标：\n"
            "——创造质量明显提升。每万人口发明专利拥有量达到10件以上。\n"
            "——运用能力明显增强。知识产权质押融资额达到5亿元。",
            [("每万人口发明专利拥有量", 10.0, ["stretch"]), ("知识产权质押融资额", 5.0, ["stretch"])],
        ),
        # a lead-in with no such word lets its targets be
        (
            "到2025年，主要目标如下：\n1.每万人口发明专利拥有量达到10件以上。\n2.知识产权质押融资额达到5亿元。",
            [("每万人口发明专利拥有量", 10.0, []), ("知识产权质押融资额", 5.0, [])],
        ),
    ],
)
def test_how_firmly_a_prose_target_is_promised(goals: str, expected: list[object]) -> None:
    assert _flags(goals) == expected


def test_a_lead_in_speaks_for_its_own_section_only() -> None:
    doc, _ = extracted(
        HEAD + "力争到2025年实现以下目标：\n专利授权量达到1000件。\n"
        "二、重点任务\n（一）加强专利培育。全年培育高价值专利组合2个。\n"
    )
    flags = {t.indicator: t.flags for t in doc.targets}
    assert "stretch" in flags["专利授权量"]
    assert "stretch" not in flags["培育高价值专利组合"]


def test_table_targets_keep_their_own_attribute() -> None:
    doc, _ = extracted(
        HEAD + "力争到2025年实现以下目标：\n"
        "| 指标 | 2025年 | 属性 |\n|---|---|---|\n| 发明专利授权量（件） | 120 | 约束性 |\n" + TASKS,
        "plan.md",
    )
    (target,) = [t for t in doc.targets if t.source == "table"]
    assert "binding" in target.flags
    assert "stretch" not in target.flags
    assert "assured" not in target.flags


_PIECES = [
    "力争",
    "确保",
    "争取",
    "为确保",
    "到2025年，",
    "专利授权量达到",
    "1000件",
    "，",
    "。",
    "：\n",
    "\n",
    "以上",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=24))
def test_only_the_two_flags_are_added_and_never_both(pieces: list[str]) -> None:
    goals = "".join(pieces)
    bare = goals.replace("力争", "").replace("确保", "").replace("争取", "")
    with_words, _ = extracted(HEAD + goals + TASKS)
    for target in with_words.targets:
        added = [f for f in target.flags if f in ("stretch", "assured")]
        assert len(added) <= 1
        if added:
            assert target.source == "prose"
            assert target.kind == "target"
    # with the words taken out nothing is flagged
    without, _ = extracted(HEAD + bare + TASKS)
    assert not any(f in ("stretch", "assured") for t in without.targets for f in t.flags)
