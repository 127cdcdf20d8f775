"""Round 46: a note on a body's name written in 〔〕 or ［］, as a note nested inside a bracketed list of
units writes it (（责任单位：县文化广电新闻出版旅游局〔以下简称县文广新旅局〕、县融媒体中心）), is a note on the
name as （以下简称…） is: before, the bracket stayed in the body's surface (县文化广电新闻出版旅游局〔以下简称
县文广新旅局〕), so the body named there was not the one the plan's later notes name short.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import extracted

HEAD = "江西省上饶市婺源县知识产权强县建设工作方案（2025—2027年）\n一、重点任务\n"


def _units(text: str) -> list[tuple[str, str]]:
    doc = extracted(HEAD + text)[0]
    return [
        (r.agency.surface, r.role)
        for t in doc.tasks
        for r in t.responsibilities
        if r.basis != "issuer_default"
    ]


@pytest.mark.parametrize(
    "note",
    [
        "〔以下简称县文广新旅局〕",
        "［以下简称县文广新旅局］",
        "〔简称县文广新旅局，下同〕",
        "（以下简称县文广新旅局）",
    ],
)
def test_a_note_on_a_name_in_any_bracket_is_no_part_of_it(note: str) -> None:
    got = _units(f"1.加强宣传。开展宣传活动。（责任单位：县文化广电新闻出版旅游局{note}、县融媒体中心）\n")
    assert got == [("县文化广电新闻出版旅游局", "joint"), ("县融媒体中心", "joint")]


def test_a_note_in_square_brackets_after_a_sentences_subject() -> None:
    got = _units("1.加强版权保护。县文化广电新闻出版旅游局〔以下简称县文广新旅局〕要加强作品登记服务。\n")
    assert got == [("县文化广电新闻出版旅游局", "implicit")]


@given(
    name=st.sampled_from(
        ["县科学技术和工业信息化局", "县人力资源和社会保障局", "县市场监督管理局", "县文化广电新闻出版旅游局"]
    ),
    short=st.sampled_from(["县甲局", "县乙局", "“县丙局”"]),
    word=st.sampled_from(["以下简称", "简称", "下称"]),
    pair=st.sampled_from(["〔〕", "［］"]),
)
@settings(max_examples=20, deadline=None)
def test_a_note_naming_a_short_form_keeps_the_full_name(name: str, short: str, word: str, pair: str) -> None:
    note = f"{pair[0]}{word}{short}{pair[1]}"
    got = _units(
        f"1.培育高价值专利。开展专利布局。（责任单位：{name}{note}、县财政局，列第一位的为牵头单位）\n"
    )
    assert got == [(name, "lead"), ("县财政局", "support")]


def test_a_body_of_a_bracketed_place_keeps_its_bracket() -> None:
    # 〔市、区〕 is part of the name: no note word in it
    got = _units("1.加强执法。开展专项执法行动。（责任单位：各县〔市、区〕人民政府）\n")
    assert [surface for surface, _ in got] == ["各县〔市、区〕人民政府"]
