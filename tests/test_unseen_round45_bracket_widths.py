"""Round 45: a responsibility note whose bracket OCR (or a typist switching input modes) opened at one width
and closed at the other ((责任单位：县地方金融监管局牵头,…县市场监管局配合）, （责任单位:县科技局)). No stage
paired the two halves: the note's bracket stayed open to the paragraph's end and its last body took the
closing half into its name (县市场监管局配合）, a support role for a body nobody knows). The canonical text
now reads such a closing half at its opener's width, one character for one (loaders/bracket_widths.py), so
the note is read as any note is; brackets of one width, nested ones and halves on other lines are left as
written."""

from __future__ import annotations

import pytest

from loaders.bracket_widths import read_bracket_widths
from tests.plans import extracted, named_units

HEAD = "某县知识产权工作方案\n一、重点任务\n"


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            "(责任单位：县地方金融监管局牵头,人民银行某县支行、县市场监管局配合）",
            [("县地方金融监管局", "lead"), ("人民银行某县支行", "support"), ("县市场监管局", "support")],
        ),
        ("（责任单位:县科技局牵头,县工信局配合)", [("县科技局", "lead"), ("县工信局", "support")]),
        ("(牵头单位：县司法局；配合单位：县人民法院）", [("县司法局", "lead"), ("县人民法院", "support")]),
        ("（县农业农村局、县林业局负责)", [("县农业农村局", "joint"), ("县林业局", "joint")]),
        ("(责任单位：县财政局）", [("县财政局", "sole")]),
    ],
)
def test_a_note_closed_at_the_other_width(note: str, expected: list[tuple[str, str]]) -> None:
    doc, _ = extracted(HEAD + "1.深化知识产权金融服务。推广知识产权质押融资，建立企业白名单。" + note + "\n")
    units = [(surface, role) for rows in named_units(doc).values() for surface, role, _ in rows]
    assert sorted(units) == sorted(expected)


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("(责任单位：县财政局）", "(责任单位：县财政局)"),
        ("（2025年底前完成)", "（2025年底前完成）"),
        ("按照《纲要(2021—2035年）》要求", "按照《纲要(2021—2035年)》要求"),
        # a bracket of its own width open outside closes: the inner half-width one stays unclosed
        ("（一是完善(机制，二是加强保护）", "（一是完善(机制，二是加强保护）"),
        # nested, each closed at its own width
        ("(责任单位：县科技局（牵头）、县工信局)", "(责任单位：县科技局（牵头）、县工信局)"),
        # a line break closes every bracket: the next line's closing half is its own
        ("第一项(见附件\n二是加强宣传）", "第一项(见附件\n二是加强宣传）"),
        # a closing half with nothing open
        ("1）加强组织领导(县政府办)", "1）加强组织领导(县政府办)"),
        ("全文（共3项）(另附)", "全文（共3项）(另附)"),
    ],
)
def test_closing_halves_read_at_their_openers_width(written: str, read: str) -> None:
    assert read_bracket_widths(written) == read
    assert len(read_bracket_widths(written)) == len(written)


def test_a_text_of_one_width_is_returned_as_it_is() -> None:
    text = "（责任单位：县科技局）(1)加强(2)推进"
    assert read_bracket_widths(text) is text
