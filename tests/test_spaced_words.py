"""``spaced_words``: an alternation of words with their shared openings written once matches what the plain
alternation (longest first) matches, in search and before an anchor, wherever white space wraps them."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from policykg.extract.agency_lists import spaced, spaced_words

LETTERS = "按照职责分工负落实依据法"
words = st.lists(st.text(alphabet=LETTERS, min_size=1, max_size=6), min_size=1, max_size=10, unique=True)
texts = st.text(alphabet=LETTERS + " \n", max_size=20)


def _plain(listed: list[str]) -> str:
    return "|".join(spaced(w) for w in sorted(listed, key=len, reverse=True))


def _span(pattern: str, text: str) -> tuple[int, int] | None:
    m = re.search(pattern, text)
    return None if m is None else m.span()


@settings(max_examples=400)
@given(words, texts)
def test_the_same_matches_as_the_plain_alternation(listed: list[str], text: str) -> None:
    plain, shared = _plain(listed), spaced_words(listed)
    assert _span(shared, text) == _span(plain, text)
    assert _span(rf"(?:{shared})\s*$", text) == _span(rf"(?:{plain})\s*$", text)
    assert _span(rf"^(?:{shared})", text) == _span(rf"^(?:{plain})", text)


@given(words)
def test_every_word_matches_whole_and_wrapped(listed: list[str]) -> None:
    pattern = re.compile(spaced_words(listed))
    for word in listed:
        assert pattern.fullmatch(word)
        assert pattern.fullmatch("\n".join(word))


def test_shared_openings_are_written_once() -> None:
    assert spaced_words(["按职责分工负责", "按职责落实"]).count("按") == 1
