"""The text decoder's weighing of readable characters: the regex shortcut (runs of characters readable by
construction removed first) gives the per-character definition's ratio on any text."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from loaders.encoding import _SURELY_READABLE, cjk_count, readable_character, readable_ratio


def _per_character(text: str) -> float:
    return sum(1 for ch in text if readable_character(ch)) / len(text) if text else 1.0


def test_every_character_of_the_shortcut_is_readable() -> None:
    shortcut = [chr(c) for c in range(0x110000) if _SURELY_READABLE.fullmatch(chr(c))]
    assert len(shortcut) > 20_000
    assert all(readable_character(ch) for ch in shortcut)


def test_unreadable_characters_count_against_the_text() -> None:
    assert readable_ratio("知识产权\x01\x02") == 4 / 6
    assert readable_ratio("\ue000" * 3 + "专利") == 2 / 5  # private use
    assert readable_ratio("") == 1.0
    assert readable_ratio("\u3000全角空格") == 1.0


@given(st.text(max_size=200))
def test_ratio_equals_the_per_character_definition(text: str) -> None:
    assert readable_ratio(text) == _per_character(text)


@given(st.text(alphabet=st.characters(min_codepoint=0x3000, max_codepoint=0xA000), max_size=200))
def test_ratio_on_cjk_ranges(text: str) -> None:
    assert readable_ratio(text) == _per_character(text)
    assert cjk_count(text) == sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")


def test_the_definition_is_the_unicode_categories() -> None:
    assert unicodedata.category("专") == "Lo"
    assert readable_character("专")
    assert not readable_character("\u0301")  # a combining mark
    assert not readable_character("\u200b")  # a format character
