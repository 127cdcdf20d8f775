"""Round 36: a unit's name never ends inside a word (agency_types.yaml name_end_splits), nor in a verb closing in a
bank's last character (non_bodies: 履行, 执行 …: 各牵头单位要切实履行 is no body).

What was read wrong before: 工作要点 of counties and cities are full of items helping the level above (配合
自治区开展知识产权执法“铁拳”行动, 配合省里开展地理标志保护专项行动). The 行 of 行动 closes a bank's short name (工行,
农行), so the words up to it were read as a body helping with the work: 自治区开展知识产权执法“铁拳”行, a unit
of no type in the plan's registry.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ontology.vocab import AgencyVocabulary, agency_vocabulary
from policykg.extract.agency_names import looks_like_agency, may_end_names
from tests.plans import plan_units

HEAD = "某县2025年知识产权工作要点\n某县市场监督管理局\n2025年3月1日\n一、重点工作\n"


@settings(max_examples=12, deadline=None)
@given(
    st.sampled_from(["自治区", "省里", "上级", "市里"]),
    st.sampled_from(["知识产权执法“铁拳”行动", "地理标志保护专项行动", "打击侵权假冒专项行动"]),
)
def test_help_to_the_level_above_names_no_body_ending_in_a_word(level: str, action: str) -> None:
    got = plan_units(HEAD, f"（一）配合{level}开展{action}。\n（二）做好知识产权宣传工作。\n")
    assert got["一.(一)"] == []  # the issuer's default alone


def test_a_name_before_a_word_opening_with_its_last_character_is_kept() -> None:
    got = plan_units(
        HEAD,
        "（一）县市场监管局会同县公安局开展打击侵权假冒行动。\n"
        "（二）开展知识产权质押融资。（责任单位：人民银行某县支行、县农行）\n",
    )
    assert ("县市场监管局", "lead") in [(s, r) for s, r, _ in got["一.(一)"]]
    assert [s for s, _, _ in got["一.(二)"]] == ["人民银行某县支行", "县农行"]


def test_a_name_is_never_read_to_end_inside_a_listed_word() -> None:
    for word in agency_vocabulary().name_end_splits:
        text = f"配合县某某{word}"
        assert not may_end_names(text, 2, 6), word


def test_a_split_word_of_other_length_is_refused_on_load() -> None:
    data = agency_vocabulary().model_dump()
    data["name_end_splits"] = ["行动力"]
    with pytest.raises(ValueError, match="name_end_splits: each word is two characters"):
        AgencyVocabulary.model_validate(data)


@settings(max_examples=10, deadline=None)
@given(
    st.sampled_from(["履行", "执行", "进行", "实行", "推行"]),
    st.sampled_from(["各牵头单位要切实", "市场主体自觉"]),
)
def test_a_verb_closing_in_a_banks_last_character_names_no_body(verb: str, words: str) -> None:
    assert not looks_like_agency(words + verb)


@settings(max_examples=6, deadline=None)
@given(st.sampled_from(["县农行", "县农商行", "工商银行某县支行", "人民银行某县支行"]))
def test_a_banks_short_name_is_still_a_body(name: str) -> None:
    assert looks_like_agency(name)
