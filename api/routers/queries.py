"""Analysts' read-only Cypher and SPARQL over HTTP, with the time limit and row cap from settings."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request

from api.deps import CacheDep, SettingsDep, StoreDep, require_read
from api.problems import Problem
from api.schemas import QueryIn, QueryOut
from api.settings import Settings
from graph.readonly import check_read_only
from ontology.rdf import QUERY_STORE, corpus_graph
from ontology.sparql import run_query

router = APIRouter(tags=["queries"], dependencies=[Depends(require_read)])


def _check_size(body: QueryIn, settings: Settings) -> None:
    if len(body.query) > settings.max_query_chars:
        limit = f"limit: {settings.max_query_chars:,} characters"
        raise Problem(422, "invalid-parameters", "The query is too long", limit)
    if len(body.params) > settings.max_query_params:
        raise Problem(
            422, "invalid-parameters", "Too many parameters", f"limit: {settings.max_query_params} parameters"
        )


@router.post("/cypher", response_model=QueryOut, summary="Read-only Cypher with parameters")
def run_cypher(body: QueryIn, store: StoreDep, settings: SettingsDep) -> QueryOut:
    _check_size(body, settings)
    check_read_only(body.query)
    result = store.query(
        body.query, body.params, timeout_ms=settings.cypher_timeout_ms, limit=settings.cypher_row_cap
    )
    return QueryOut(columns=result.columns, rows=result.rows, truncated=result.truncated)


@router.post("/sparql", response_model=QueryOut, summary="Read-only SPARQL over the RDF export")
def run_sparql(body: QueryIn, request: Request, cache: CacheDep, settings: SettingsDep) -> QueryOut:
    _check_size(body, settings)
    stamp = cache.stamp()  # before reading: a save in between is seen by the next query
    held = getattr(request.app.state, "rdf", None)
    if held is None or held[0] != stamp:  # built before a save or delete by this or another process
        held = (stamp, corpus_graph(cache.all(), store=QUERY_STORE))
        request.app.state.rdf = held
    graph = held[1]
    result = run_query(graph, body.query, {k: str(v) for k, v in body.params.items()})
    columns = [str(v) for v in (result.vars or [])]
    rows: list[dict[str, Any]] = []
    for row in result:
        values = row if isinstance(row, tuple) else (row,)
        rows.append({c: (None if v is None else str(v)) for c, v in zip(columns, values, strict=False)})
        if len(rows) > settings.cypher_row_cap:
            break
    truncated = len(rows) > settings.cypher_row_cap
    return QueryOut(columns=columns, rows=rows[: settings.cypher_row_cap], truncated=truncated)
