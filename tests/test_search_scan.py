"""How the search index finds a pattern's rows quickly and exactly: the words every match holds (looked for
with ``str.find``), the look-ahead that lets the engine skip to where matches begin, the per-pattern
cache shared by queries, and one ranking computed at a time per query, not for all queries."""

from __future__ import annotations

import re
import threading
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from api import search_index
from api.pattern_words import by_length, required_words
from api.routers.search import expansions
from api.search_index import SearchIndex
from ontology.vocab_programs import program_scheme
from policykg.extract.regex_heads import skipping

_ALPHABET = "专利质押融资知识产权ab。"
_WORD = st.text(alphabet="专利质押融资ab", min_size=1, max_size=3).map(re.escape)


def _piece(word: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.one_of(
        word,
        word.map(lambda w: f"(?:{w})?"),
        st.tuples(word, word).map(lambda ws: f"(?:{ws[0]}|{ws[1]})"),
        word.map(lambda w: f"(?<!{w})"),
        word.map(lambda w: f"(?<={w})"),
        word.map(lambda w: f"(?!{w})"),
        word.map(lambda w: f"(?:{w}){{1,2}}"),
        st.just("[专利a]"),
        st.just("[^。]"),
    )


#: Patterns of literal words, optional and repeated ones, alternations, look-arounds of words and classes
#: (none reading the separator differently from a text's start or end: see test_search_index.py for those).
PATTERNS = st.lists(_piece(_WORD), min_size=1, max_size=4).map("".join)
TEXTS = st.lists(st.text(alphabet=_ALPHABET, max_size=24), min_size=1, max_size=10)


@given(PATTERNS, st.text(alphabet=_ALPHABET, max_size=40))
@settings(max_examples=400, deadline=None)
def test_every_match_holds_one_of_the_required_words(pattern: str, text: str) -> None:
    compiled = re.compile(pattern)
    words = required_words(compiled)
    if words is None:
        return
    assert words
    assert all(words)
    for m in compiled.finditer(text):
        if m.end() > m.start():
            assert any(w in m.group() for w in words), (pattern, text, m.group(), words)


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        ("专利质押", {"专利质押"}),
        ("(?:专利|商标)质押融资", {"质押融资"}),  # the longer run, by length
        ("(?:知识产权|专利)?纠纷快速处理", {"纠纷快速处理"}),  # an optional word is never required
        ("(?<!股权)质押", {"质押"}),  # a look-behind's word is no part of the match
        ("(?:专利导航)|(?:导航(?:项目|工程))", {"专利导航", "导航"}),
        ("[专商]标", {"标"}),
        ("(?:地理标志)|(?:\\w+)", None),  # a branch with no word of its own
        ("(?i)gb", None),  # either case
        ("专?", None),
    ],
)
def test_required_words(pattern: str, words: set[str] | None) -> None:
    assert required_words(re.compile(pattern)) == (None if words is None else frozenset(words))


def test_the_words_chosen_are_those_found_least() -> None:
    """Counted in the texts, a common word is passed over for a rarer one of the same match: 知识产权 is in
    most texts of a plan, 鉴定 in few."""
    pattern = re.compile("知识产权(?:侵权)?(?:纠纷)?鉴定")
    assert required_words(pattern, by_length) == frozenset({"知识产权"})
    counts = {"知识产权": 900.0, "鉴定": 3.0}
    assert required_words(pattern, lambda w: counts.get(w, 0.0) + 1 / len(w)) == frozenset({"鉴定"})


@given(PATTERNS, st.text(alphabet=_ALPHABET, max_size=40))
@settings(max_examples=300, deadline=None)
def test_skipping_finds_where_the_patterns_matches_begin(pattern: str, text: str) -> None:
    compiled = re.compile(pattern)
    heads = skipping(compiled)
    if heads is None:
        return
    for position in range(len(text) + 1):
        found, head = compiled.search(text, position), heads.search(text, position)
        while found is not None and found.end() == found.start():  # skipping finds no empty match
            found = compiled.search(text, found.start() + 1) if found.start() < len(text) else None
        assert (found and found.start()) == (head and head.start()), (pattern, text, position)


def test_the_vocabularys_look_behind_patterns_are_skipped_through() -> None:
    """The programme patterns that open with look-behinds (质押融资 after (?<!股权)(?<!股票)…) were the slowest
    passes of a search, tried at every character."""
    opening = [p.regex() for p in program_scheme().programs if p.regex().pattern.startswith("(?<")]
    assert opening
    assert all(skipping(p) is not None for p in opening)


@given(st.lists(PATTERNS, min_size=1, max_size=3), TEXTS)
@settings(max_examples=300, deadline=None)
def test_the_index_finds_what_each_text_alone_matches(patterns: list[str], texts: list[str]) -> None:
    compiled = [re.compile(p) for p in patterns]
    index = SearchIndex([{"text": t} for t in texts])
    expected = {
        row: spans
        for row, text in enumerate(texts)
        if (
            spans := [
                (m.start(), m.end(), n)
                for n, p in enumerate(compiled)
                for m in p.finditer(text)
                if m.end() > m.start()
            ]
        )
    }
    assert index.matches(compiled) == expected


def test_the_words_route_and_the_pass_route_find_the_same_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = ["加强专利质押融资", "股权质押", "商标质押", "专利导航", "质押"] * 5
    for pattern in expansions("质押"):
        rows = {}
        for share in (1, 10**9):  # words found in any share of rows, or in none: the pass alone
            monkeypatch.setattr(search_index, "FIND_SHARE", share)
            rows[share] = list(SearchIndex([{"text": t} for t in texts])._scan(pattern))
        assert rows[1] == rows[10**9], pattern.pattern


class _Recording:
    """A compiled pattern that records the calls made of it."""

    def __init__(self, pattern: str, gate: threading.Event | None = None) -> None:
        self.compiled = re.compile(pattern)
        self.pattern, self.flags = pattern, self.compiled.flags
        self.searches = 0
        self.gate = gate

    def search(self, *args: Any) -> Any:
        self.searches += 1
        if self.gate is not None:
            self.gate.wait(10)
        return self.compiled.search(*args)

    def finditer(self, text: str) -> Any:
        return self.compiled.finditer(text)


def test_queries_share_the_rows_of_their_patterns() -> None:
    """专利, 保护, 商标 and 知识产权 share 41 or more of their expansions: a pattern's rows are found once."""
    index = SearchIndex(
        [{"text": t, "plan": "甲", "path": str(n)} for n, t in enumerate(["专利质押", "商标质押", "无"])]
    )
    pledge: Any = _Recording("质押")
    index.ranking([re.compile("专利"), pledge])
    searches = pledge.searches
    assert searches > 0
    assert index.ranking([re.compile("商标"), pledge]) == [(1, 4), (0, 1)]
    assert pledge.searches == searches


def test_the_pattern_cache_keeps_to_its_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_index, "CACHED_PROPOSALS", 3)
    index = SearchIndex([{"text": t} for t in ["专利", "专利质押", "质押", "商标"]])
    patent, pledge, mark = re.compile("专利"), re.compile("质押"), re.compile("商标")
    assert list(index.proposals(patent)) == [0, 1]
    assert list(index.proposals(pledge)) == [1, 2]  # 4 rows held: the oldest pattern's go
    assert list(index._proposals) == [pledge]
    assert list(index.proposals(mark)) == [3]
    assert list(index._proposals) == [pledge, mark]
    assert index._proposed_rows == 3


def test_a_ranking_under_way_holds_up_only_its_own_query() -> None:
    """At 10,000 plans a common word's first ranking took tens of seconds under one lock for all queries, and
    requests for rankings already made waited behind it past the bench clients' 30 s."""
    index = SearchIndex(
        [{"text": t, "plan": "甲", "path": str(n)} for n, t in enumerate(["专利质押", "商标"])]
    )
    ready = [re.compile("商标")]
    made = index.ranking(ready)
    gate = threading.Event()
    slow: Any = [_Recording("质押", gate)]
    results: list[Any] = []
    first = threading.Thread(target=lambda: results.append(index.ranking(slow)))
    second = threading.Thread(target=lambda: results.append(index.ranking(slow)))
    first.start()
    second.start()
    other: list[Any] = []
    asker = threading.Thread(
        target=lambda: other.append((index.ranking(ready), index.ranking([re.compile("专利")])))
    )
    asker.start()
    asker.join(5)
    assert not asker.is_alive(), "a query already ranked, or another query, waited for the ranking under way"
    assert other == [(made, [(0, 3)])]
    gate.set()
    first.join(10)
    second.join(10)
    assert results[0] is results[1] == [(0, 3)]  # computed once, by the first to ask
    alone: Any = [_Recording("质押")]
    SearchIndex([{"text": t} for t in ["专利质押", "商标"]]).ranking(alone)
    assert slow[0].searches == alone[0].searches
