"""Statements that start from one id must start from its index, not from every node of a label: on the
embedded engine the planner can otherwise begin at the far end of a pattern (every Plan) and walk the whole
graph, which is fast on five plans and unusable on ten thousand."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from graph import cypher
from graph.factory import open_store
from graph.falkor import EmbeddedFalkorStore
from graph.library import statement

PARAMS = {
    **dict.fromkeys(("id", "agency", "plan", "doc_id", "agency_id"), "x"),
    **dict.fromkeys(("role", "region", "program", "year", "kind"), None),
    "sort": "plan",
    "offset": 0,
    "limit": 5,
    "cap": 5,
}
ANCHORED = {
    "OBLIGATIONS": cypher.OBLIGATIONS,
    "OBLIGATIONS_TOTAL": cypher.OBLIGATIONS_TOTAL,
    "AGENCY": cypher.AGENCY,
    "VIEW_AGENCY": cypher.VIEW_AGENCY,
    "VIEW_PLAN": cypher.VIEW_PLAN,
    "VIEW_PLAN_GOALS": cypher.VIEW_PLAN_GOALS,
    "PROGRAM_REGIONS": cypher.PROGRAM_REGIONS,
    "library agency_obligations": statement("agency_obligations"),
    "library standings": statement("standings"),  # the index on Target.standing, not every target
    **{f"touched_shared({label})": cypher.touched_shared(label) for label in cypher.SHARED_LABELS},
}


@pytest.fixture(scope="module")
def embedded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedFalkorStore]:
    folder: Path = tmp_path_factory.mktemp("plans") / "graph"
    store = open_store(f"embedded:{folder}")
    store.ensure_schema()
    if not isinstance(store, EmbeddedFalkorStore):
        pytest.fail("the embedded URI did not open the embedded store")
    yield store
    store.close()


@pytest.mark.parametrize("name", sorted(ANCHORED))
def test_anchored_statements_start_from_an_index(embedded, name: str) -> None:
    plan = str(embedded._graph.explain(ANCHORED[name], PARAMS))
    assert "Index Scan" in plan, plan
    assert "Label Scan" not in plan, plan
    assert "All Node Scan" not in plan, plan
