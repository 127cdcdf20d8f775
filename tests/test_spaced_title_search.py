"""A plan's title is looked for again in its text with white space allowed between its characters (a
wrapped heading line): metadata._spaced finds what the pattern that joins the title's characters with \\s*
finds, in order, with str.find instead of a pattern compiled for each plan."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from policykg.extract.metadata import _spaced

_TEXT = st.text(alphabet="县方案 \n\t　工作知", max_size=60)
_WORDS = st.text(alphabet="县方案工作知", min_size=1, max_size=5)


@given(_TEXT, _WORDS, st.integers(0, 60), st.integers(0, 60))
def test_finds_what_the_spaced_pattern_finds(text: str, words: str, start: int, end: int) -> None:
    start, end = min(start, len(text)), min(max(start, end), len(text))
    pattern = re.compile(r"\s*".join(map(re.escape, words)))
    assert list(_spaced(text, words, start, end)) == [m.span() for m in pattern.finditer(text, start, end)]


def test_a_title_wrapped_over_two_lines_is_found_whole() -> None:
    text = "关于印发通知\n平江县知识产权\n  强县建设工作方案（2023—2025年）"
    assert list(_spaced(text, "知识产权强县建设工作方案", 0, len(text))) == [(10, 25)]
