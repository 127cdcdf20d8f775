"""The pages: the landing page at "/" and the network views, all offline (scripts inline)."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query
from fastapi.responses import HTMLResponse

from api.deps import StoreDep, require_read
from api.problems import Problem
from graph import cypher
from viz.pages import landing
from viz.render import render
from viz.views import build_view

router = APIRouter(tags=["views"], dependencies=[Depends(require_read)])


@router.get("/", response_class=HTMLResponse, summary="Landing page: the views and an agency search box")
def home(store: StoreDep) -> HTMLResponse:
    plans = [(r["id"], r["title"]) for r in store.query(cypher.PLANS, limit=1000).rows]
    agencies = store.query("MATCH (a:Agency) RETURN count(a) AS n").rows[0]["n"]
    return HTMLResponse(landing(plans, int(agencies)))


@router.get("/views/{view}", response_class=HTMLResponse, summary="An interactive network view")
def view(
    view: Literal["agency", "network", "programs", "citations", "plan"],
    store: StoreDep,
    agency: Annotated[str | None, Query(max_length=200, examples=["agency/320612/market_regulation"])] = None,
    region: Annotated[str | None, Query(max_length=20, examples=["320612"])] = None,
    plan: Annotated[str | None, Query(max_length=40)] = None,
    cap: Annotated[int, Query(ge=1, le=5000)] = 300,
) -> HTMLResponse:
    try:
        graph = build_view(store, view, agency=agency, region=region, plan=plan, cap=cap)
    except ValueError as e:
        raise Problem(422, "invalid-parameters", "Invalid view parameters", str(e)) from e
    if not graph.nodes:
        raise Problem(404, "not-found", "Nothing to show", "no such agency or plan, or an empty graph")
    return HTMLResponse(render(graph))
