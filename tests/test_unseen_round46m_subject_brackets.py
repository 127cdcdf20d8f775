"""Round 46: brackets inside a sentence's subject.

A bracket naming only helpers written right after the bodies a sentence obliges (县市场监管局（县财政局配合）
要加强…; 县公安局、县法院（县检察院、县司法局配合）负责…; 县市场监管局（配合单位：县财政局）要…) was read as a
note naming helpers alone, and the bodies before it, cut from their verb, were lost. The bodies before such a
bracket now lead its helpers, as a table cell's A、B（C配合） reads.

A role word bracketed after one of the subject's names (县市场监管局（牵头）、县科技局要…) stayed part of that
name: a body named 县市场监管局（牵头）, all of them read alike. The marked name now carries the role, the
others beside a marked lead help it, as a note's list reads them.

A bracket that is part of a name (市市场监管局（知识产权局）) stays as it was, and a helpers' note closing the
sentence is read as before."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policykg.extract.agency_lists import helpers_bracket
from policykg.extract.obligations import find_prose_obligations
from tests.plans import extracted, named_units

HEAD = "某县知识产权强县建设工作方案\n一、重点任务\n"


def _roles(sentence: str) -> list[tuple[str, str]]:
    text = HEAD + "（一）实施专利导航。开展产业专利导航分析。（县工业和信息化局牵头，县市场监管局配合）\n\n"
    text += f"（二）加强知识产权创造。{sentence}\n"
    doc, _ = extracted(text, "plan.txt")
    units = named_units(doc)
    path = next(p for p in units if p.endswith("(二)"))
    return sorted((surface, role) for surface, role, _ in units[path])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "县市场监管局（县财政局配合）要加强高价值专利培育。",
            [("县市场监管局", "lead"), ("县财政局", "support")],
        ),
        (
            "县公安局、县法院（县检察院、县司法局配合）负责打击侵权假冒行为。",
            [("县公安局", "lead"), ("县检察院", "support"), ("县司法局", "support"), ("县法院", "lead")],
        ),
        (
            "围绕主导产业，县科技局(县工信局协助)组织开展专利导航。",
            [("县工信局", "support"), ("县科技局", "lead")],
        ),
        (
            "县市场监管局（配合单位：县财政局、县金融办）要推进知识产权质押融资。",
            [("县市场监管局", "lead"), ("县财政局", "support"), ("县金融办", "support")],
        ),
    ],
)
def test_bodies_before_a_helpers_bracket_lead_them(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _roles(sentence) == sorted(expected)


def test_a_helpers_note_closing_the_sentence_reads_as_before() -> None:
    assert _roles("县市场监管局要加强高价值专利培育（县财政局配合）。") == [
        ("县市场监管局", "lead"),
        ("县财政局", "support"),
    ]


def test_a_bracket_that_is_part_of_a_name_is_no_helpers_note() -> None:
    text = "县市场监督管理局（知识产权局）要加强高价值专利培育。"
    assert helpers_bracket(text, 0, text.index("要")) is None
    (ob,) = find_prose_obligations(text, 0, len(text))
    assert [text[s:e] for s, e in ob.mentions] == ["县市场监督管理局（知识产权局）"]
    assert ob.partners == ()


def test_a_role_word_alone_in_the_bracket_is_no_helpers_note() -> None:
    text = "县市场监管局（牵头）"
    assert helpers_bracket(text, 0, len(text)) is None


_BODIES = st.sampled_from(
    ["县科技局", "县财政局", "县公安局", "县商务局", "县农业农村局", "县司法局", "县教育局"]
)
_SUPPORT = st.sampled_from(["配合", "协助", "参与"])
_VERBS = st.sampled_from(["要加强", "负责推进", "组织开展", "抓好"])


@settings(max_examples=60, deadline=None)
@given(
    doers=st.lists(_BODIES, min_size=1, max_size=3, unique=True),
    helpers=st.lists(_BODIES, min_size=1, max_size=3, unique=True),
    word=_SUPPORT,
    verb=_VERBS,
    ascii_brackets=st.booleans(),
)
def test_prose_reads_the_bracket_after_its_subject(
    doers: list[str], helpers: list[str], word: str, verb: str, ascii_brackets: bool
) -> None:
    """Any bodies before a bracket of helpers and a verb are the subject; the bracket's bodies its partners."""
    helpers = [h for h in helpers if h not in doers] or ["县市场监管局"]
    opener, closer = ("(", ")") if ascii_brackets else ("（", "）")
    text = f"{'、'.join(doers)}{opener}{'、'.join(helpers)}{word}{closer}{verb}知识产权工作。"
    (ob,) = find_prose_obligations(text, 0, len(text))
    assert [text[s:e] for s, e in ob.mentions] == doers
    assert [text[s:e] for s, e in ob.partners] == helpers


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "县市场监管局（牵头）、县科技局要加强高价值专利培育。",
            [("县市场监管局", "lead"), ("县科技局", "support")],
        ),
        (
            "县公安局（牵头）、县法院、县检察院负责打击侵权行为。",
            [("县公安局", "lead"), ("县检察院", "support"), ("县法院", "support")],
        ),
        ("县科技局、县市场监管局（主责）推进专利转化。", [("县市场监管局", "lead"), ("县科技局", "support")]),
        ("县科技局、县财政局(配合)推进专利转化。", [("县科技局", "lead"), ("县财政局", "support")]),
    ],
)
def test_a_role_word_bracketed_after_a_subject_name_is_its_role(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _roles(sentence) == sorted(expected)


def test_a_lone_subject_loses_its_bracketed_role_word_from_its_name() -> None:
    (surface, _), *rest = _roles("县科技局（牵头）要加强高价值专利培育。")
    assert (surface, rest) == ("县科技局", [])


@settings(max_examples=60, deadline=None)
@given(
    names=st.lists(_BODIES, min_size=2, max_size=4, unique=True),
    marked=st.integers(min_value=0, max_value=3),
    word=st.sampled_from(["牵头", "主责", "牵头单位"]),
    verb=_VERBS,
)
def test_the_marked_name_leads_the_others(names: list[str], marked: int, word: str, verb: str) -> None:
    marked %= len(names)
    pieces = [f"{n}（{word}）" if i == marked else n for i, n in enumerate(names)]
    text = f"{'、'.join(pieces)}{verb}知识产权工作。"
    (ob,) = find_prose_obligations(text, 0, len(text))
    assert [text[s:e] for s, e in ob.mentions] == [names[marked]]
    assert [text[s:e] for s, e in ob.partners] == [n for i, n in enumerate(names) if i != marked]
