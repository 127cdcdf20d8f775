"""Plans, programmes, regions, targets and citations."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query

from api.deps import CacheDep, StoreDep, require_read
from api.problems import Problem
from api.schemas import Page
from graph import cypher
from ontology.vocab_indicators import GrowthIndicator, StandardIndicator, indicator_vocabulary
from policykg.indicator_lookup import lookup_key

router = APIRouter(tags=["catalogue"], dependencies=[Depends(require_read)])

Limit = Annotated[int, Query(ge=1, le=1000)]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]


@router.get("/plans", response_model=Page[dict[str, Any]], summary="Plans")
def plans(store: StoreDep, limit: Limit = 50, offset: Offset = 0) -> Page[dict[str, Any]]:
    rows = store.query(cypher.PLANS, limit=1_000_000).rows
    return Page(total=len(rows), limit=limit, offset=offset, items=rows[offset : offset + limit])


@router.get("/plans/{plan_id}", summary="One plan with its tasks, targets, citations and phases")
def plan(plan_id: Annotated[str, Path(max_length=40)], cache: CacheDep) -> dict[str, Any]:
    try:
        doc = cache.get(plan_id)
    except ValueError:
        doc = None
    if doc is None:
        raise Problem(404, "not-found", "No such plan", plan_id)
    return {
        "id": doc.id,
        "source": doc.source,
        "plan": doc.plan.model_dump(),
        "tasks": [t.model_dump(exclude={"text"}) for t in doc.tasks],
        "goals": [g.model_dump() for g in doc.goals],
        "targets": [t.model_dump() for t in doc.targets],
        "citations": [c.model_dump() for c in doc.citations],
        "phases": [p.model_dump() for p in doc.phases],
        "warnings": [w.model_dump() for w in doc.warnings],
    }


@router.get("/programs", summary="Programmes with the number of plans implementing each")
def programs(store: StoreDep) -> list[dict[str, Any]]:
    return store.query(cypher.PROGRAMS).rows


@router.get("/programs/{program_id}/regions", summary="Where, and in which plans, a programme recurs")
def program_regions(program_id: Annotated[str, Path(max_length=60)], store: StoreDep) -> list[dict[str, Any]]:
    if not store.query("MATCH (g:Program {id: $id}) RETURN g.id AS id", {"id": program_id}).rows:
        raise Problem(404, "not-found", "No such programme", program_id)
    return store.query(cypher.PROGRAM_REGIONS, {"id": program_id}).rows


@router.get("/regions", summary="The regions in the graph as a tree (province → city → county …)")
def regions(store: StoreDep) -> list[dict[str, Any]]:
    rows = store.query(cypher.REGIONS, limit=1_000_000).rows
    nodes = {r["id"]: {**r, "children": []} for r in rows}
    roots: list[dict[str, Any]] = []
    for node in nodes.values():
        parent = nodes.get(node["parent"]) if node["parent"] else None
        (parent["children"] if parent else roots).append(node)
    return roots


@router.get("/indicators", summary="What targets measure, standard indicators marked, most plans first")
def indicators(
    store: StoreDep,
    q: Annotated[str | None, Query(max_length=100, examples=["专利"])] = None,
    standard: Annotated[bool, Query(description="Only the standard indicators (indicators.yaml)")] = False,
    limit: Limit = 100,
    offset: Offset = 0,
) -> Page[dict[str, Any]]:
    """Each indicator key with the number of targets and plans measuring it; a standard indicator (the key
    targets worded differently are compared under, or the growth rate of one) also gives its id and English
    label."""
    vocab = indicator_vocabulary()
    known: dict[str, StandardIndicator | GrowthIndicator] = {i.zh: i for i in vocab.indicators}
    known.update((g.zh, g) for g in vocab.growth_indicators)
    rows = []
    for row in store.query(cypher.INDICATORS, {"q": q}, limit=10_000_000).rows:
        entry = known.get(str(row["key"]))
        if standard and entry is None:
            continue
        rows.append({**row, "standard_id": entry.id if entry else None, "en": entry.en if entry else None})
    return Page(total=len(rows), limit=limit, offset=offset, items=rows[offset : offset + limit])


@router.get("/targets", summary="Targets of an indicator compared across regions and years")
def targets(
    store: StoreDep,
    indicator: Annotated[str | None, Query(max_length=100, examples=["PCT国际专利申请量"])] = None,
    region: Annotated[str | None, Query(max_length=20, examples=["320612"])] = None,
    limit: Limit = 200,
    offset: Offset = 0,
) -> Page[dict[str, Any]]:
    """The targets whose indicator key or written indicator holds ``indicator``, and those of the standard
    indicator it words (万人高价值发明专利拥有量 finds every plan's 每万人口高价值发明专利拥有量)."""
    key = lookup_key(indicator) if indicator else None  # 万人…拥有量 finds 每万人口…拥有量 too
    params = {"indicator": indicator, "key": key, "region": region}
    rows = store.query(cypher.TARGETS, params, limit=1_000_000).rows
    return Page(total=len(rows), limit=limit, offset=offset, items=rows[offset : offset + limit])


@router.get("/citations", summary="The policy citation network (plans → cited documents)")
def citations(store: StoreDep) -> dict[str, Any]:
    rows = store.query(cypher.CITATIONS, limit=1_000_000).rows
    plans = {r["plan_id"]: {"id": r["plan_id"], "title": r["plan"], "kind": "plan"} for r in rows}
    documents = {
        r["id"]: {"id": r["id"], "title": r["title"], "doc_number": r["doc_number"], "kind": r["kind"]}
        for r in rows
    }
    edges = [{"source": r["plan_id"], "target": r["id"], "relation": r["relation"]} for r in rows]
    return {"nodes": list(plans.values()) + list(documents.values()), "edges": edges}
