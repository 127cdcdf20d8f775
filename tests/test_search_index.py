"""The one-string search index finds exactly what a regex pass over each text would."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from starlette.datastructures import State

from api.routers.search import data_changed, search_index
from api.search_index import SEPARATOR, SearchIndex
from api.settings import Settings
from graph import cypher
from graph.store import QueryResult

TEXTS = st.lists(st.one_of(st.none(), st.text(alphabet="专利融资质押\x00 ab", max_size=30)), max_size=12)
WORDS = st.lists(st.text(alphabet="专利融资质押ab", min_size=1, max_size=3), min_size=1, max_size=3)


@given(TEXTS, WORDS)
@settings(max_examples=200, deadline=None)
def test_index_matches_each_text_scanned_alone(texts: list[str | None], words: list[str]) -> None:
    patterns = [re.compile(re.escape(w)) for w in words]
    index = SearchIndex([{"text": t} for t in texts])
    expected: dict[int, list[tuple[int, int, int]]] = {}
    for row, text in enumerate(texts):
        clean = (text or "").replace("\x00", " ")
        assert index.text(row) == clean
        for number, pattern in enumerate(patterns):
            for m in pattern.finditer(clean):
                expected.setdefault(row, []).append((m.start(), m.end(), number))
    got = index.matches(patterns)
    assert {k: sorted(v) for k, v in got.items()} == {k: sorted(v) for k, v in expected.items()}


def test_ranking_is_best_first_and_cached() -> None:
    rows = [
        {"text": "融资", "plan": "乙", "path": "1"},
        {"text": "质押融资 融资", "plan": "甲", "path": "2"},
        {"text": "无关", "plan": "甲", "path": "3"},
        {"text": "质押", "plan": "甲", "path": "1"},
    ]
    index = SearchIndex(rows)
    patterns = [re.compile("融资"), re.compile("质押")]
    ranking = index.ranking(patterns)
    assert ranking == [(1, 7), (0, 3), (3, 1)]
    assert index.ranking(patterns) is ranking
    assert index.row_matches(1, patterns) == [(2, 4, 0), (5, 7, 0), (0, 2, 1)]


def test_an_index_read_while_the_plans_change_is_read_again() -> None:
    state = State()
    reads: list[int] = []

    class Store:
        def data_version(self) -> int:  # this process is the store's only writer
            return 1

        def query(self, statement: str, params: dict[str, Any] | None = None, *, limit: int) -> QueryResult:
            if statement == cypher.SEARCHABLE_PLANS:
                return QueryResult(["id"], [{"id": "plan"}])
            reads.append(limit)
            if len(reads) == 1:
                data_changed(state)  # an upload lands while the first read is under way
            return QueryResult(["text"], [{"text": f"第{len(reads)}次"}])

    index = search_index(state, Store())  # type: ignore[arg-type]
    assert len(reads) == 2
    assert state.searchable is index
    assert index.text(0) == "第2次"
    assert search_index(state, Store()) is index  # type: ignore[arg-type]
    assert len(reads) == 2
    data_changed(state)
    assert state.searchable is None


def test_with_other_writers_the_index_follows_the_stores_generation(monkeypatch: pytest.MonkeyPatch) -> None:
    # Neo4j: other processes load plans, so there is no data version; the index asks the store's
    # generation (at most every shared_store_recheck_s) and is read again once it has changed
    state = State()
    state.settings = Settings(shared_store_recheck_s=10)
    clock = [100.0]
    monkeypatch.setattr("api.routers.search.time.monotonic", lambda: clock[0])
    reads: list[int] = []
    generation = [3]

    class Shared:
        def data_version(self) -> None:
            return None

        def generation(self) -> int:
            return generation[0]

        def query(self, statement: str, params: dict[str, Any] | None = None, *, limit: int) -> QueryResult:
            if statement == cypher.SEARCHABLE_PLANS:
                return QueryResult(["id"], [{"id": "plan"}])
            reads.append(limit)
            return QueryResult(["text"], [{"text": f"第{len(reads)}次"}])

    store = Shared()
    first = search_index(state, store)  # type: ignore[arg-type]
    assert first.text(0) == "第1次"
    generation[0] = 4  # another process loaded a plan
    assert search_index(state, store) is first  # type: ignore[arg-type]  # not asked again yet
    clock[0] += 11
    second = search_index(state, store)  # type: ignore[arg-type]
    assert second is not first
    assert second.text(0) == "第2次"
    clock[0] += 11
    assert search_index(state, store) is second  # type: ignore[arg-type]  # unchanged: kept
    assert len(reads) == 2


def test_rows_keep_no_text_and_one_copy_of_repeated_values() -> None:
    """The texts live once, in the blob; a plan's id and title, on each of its tasks, are one object each
    (the store's reply decodes them apart: at 10,000 plans they held most of the API process's memory)."""
    title = "某县知识产权强县建设工作方案"
    rows = [
        {"id": f"t{i}", "kind": "Task", "text": f"任务{i}", "plan_id": "doc-1", "plan": "".join(title)}
        for i in range(3)
    ]
    assert rows[0]["plan"] is not rows[1]["plan"]  # as decoded: equal, not the same
    index = SearchIndex(rows)
    assert all("text" not in row for row in index.rows)
    assert [index.text(i) for i in range(3)] == ["任务0", "任务1", "任务2"]
    assert index.rows[0]["plan"] is index.rows[2]["plan"] == title
    assert index.rows[0]["id"] == "t0"
    assert index.rows[1]["kind"] == "Task"


def test_the_index_is_read_a_page_of_plans_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every plan's tasks and goals, in pages of plans (the whole store's reply at once held about 1 GB at
    10,000 plans), the rows in the store's order page after page."""
    monkeypatch.setattr("api.routers.search.PLANS_A_PAGE", 2)
    pages: list[list[str]] = []

    class Store:
        def data_version(self) -> int:
            return 1

        def query(self, statement: str, params: dict[str, Any] | None = None, *, limit: int) -> QueryResult:
            if statement == cypher.SEARCHABLE_PLANS:
                return QueryResult(["id"], [{"id": p} for p in ("p1", "p2", "p3")])
            assert statement == cypher.SEARCHABLE
            assert params is not None
            pages.append(params["plans"])
            return QueryResult(
                ["text", "plan_id"], [{"text": f"{p}的任务", "plan_id": p} for p in params["plans"]]
            )

    index = search_index(State(), Store())  # type: ignore[arg-type]
    assert pages == [["p1", "p2"], ["p3"]]
    assert [index.text(i) for i in range(3)] == ["p1的任务", "p2的任务", "p3的任务"]
    assert [row["plan_id"] for row in index.rows] == ["p1", "p2", "p3"]


def test_a_match_only_the_joined_texts_give_names_no_row() -> None:
    """A query holding the separator (schemathesis sends control characters) or a pattern whose lookahead
    reaches into the next text matched the joined texts but not the row's own, so /search ranked a row it
    could not highlight (a 500: min() of no spans). Ranking and highlighting now read one definition."""
    index = SearchIndex([{"id": "a", "text": "加强专利"}, {"id": "b", "text": "清零行动"}])
    across = [re.compile(re.escape("专利" + SEPARATOR + "清"))]
    assert index.ranking(across) == []
    reaching = [re.compile(r"专利(?=[^。]清零)")]
    assert index.ranking(reaching) == []
    inside = [re.compile("专利"), re.compile("清零")]
    assert index.ranking(inside) == [(0, 3), (1, 1)]
    assert index.row_matches(1, inside) == [(0, 2, 1)]


class _CountingPattern:
    """A compiled pattern that records the texts it is run on."""

    def __init__(self, pattern: str) -> None:
        self.compiled = re.compile(pattern)
        self.pattern, self.flags = pattern, self.compiled.flags
        self.texts: list[str] = []

    def search(self, *args: Any) -> Any:
        return self.compiled.search(*args)

    def finditer(self, text: str) -> Any:
        self.texts.append(text)
        return self.compiled.finditer(text)


def test_a_row_is_read_again_only_by_the_patterns_that_found_it() -> None:
    """A common word expands to dozens of patterns (专利: 62); running every one on every row found made the
    first search of it twice as slow as the joined passes (the 10,000-plan bench's searches timed out).
    Each row is read again only by the patterns that found it, with the same matches."""
    texts = ["加强专利导航", "推进贯标", "专利质押融资"]
    index = SearchIndex([{"id": str(n), "text": t} for n, t in enumerate(texts)])
    patent, pledge, unused = _CountingPattern("专利"), _CountingPattern("质押"), _CountingPattern("商标")
    patterns: Any = [patent, pledge, unused]
    assert index.matches(patterns) == {0: [(2, 4, 0)], 2: [(0, 2, 0), (2, 4, 1)]}
    assert patent.texts == [texts[0], texts[2]]
    assert pledge.texts == [texts[2]]
    assert unused.texts == []
