"""The analysts' Cypher library: one documented file per query in graph/queries/."""

from __future__ import annotations

from pathlib import Path

from policykg.querylib import QueryLibrary

QUERY_DIR = Path(__file__).resolve().parent / "queries"
_LIBRARY = QueryLibrary(QUERY_DIR, ".cypher")

library = _LIBRARY.queries
statement = _LIBRARY.text
describe = QueryLibrary.describe
