"""Agencies and their obligation lists (JSON, CSV, XLSX)."""

from __future__ import annotations

import csv
import io
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Header, Path, Query, Request
from fastapi.responses import Response

from api.deps import StoreDep, require_read
from api.problems import Problem
from api.response_cache import Rendered, ResponseCache, response_cache
from api.schemas import AgencyOut, AgencyTarget, Evidence, Obligation, Page, PlanRef
from graph import cypher
from policykg.wording import target_text

router = APIRouter(prefix="/agencies", tags=["agencies"], dependencies=[Depends(require_read)])

Limit = Annotated[int, Query(ge=1, le=1000)]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]
Text = Annotated[str | None, Query(max_length=200)]
AgencyId = Annotated[str, Path(max_length=200, examples=["agency/320612/market_regulation"])]
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@router.get("", response_model=Page[AgencyOut], summary="Search agencies (name or alias, in Chinese)")
def list_agencies(
    store: StoreDep,
    q: Annotated[str | None, Query(max_length=100, examples=["市场监管"])] = None,
    region: Annotated[str | None, Query(max_length=20, examples=["320612"])] = None,
    type: Annotated[str | None, Query(max_length=60, examples=["court"])] = None,
    plan: Text = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Page[AgencyOut]:
    filters = {"q": q, "region": region, "type": type, "plan": plan}
    total = int(store.query(cypher.AGENCIES_TOTAL, filters).rows[0]["total"])
    rows = store.query(cypher.AGENCIES, {**filters, "offset": offset, "limit": limit}).rows
    return Page(total=total, limit=limit, offset=offset, items=[AgencyOut(**r) for r in rows])


def _plan(row: dict[str, Any]) -> PlanRef:
    """The plan of a row of the obligation or target lists (plan_id, plan_title … columns)."""
    return PlanRef(
        id=row["plan_id"],
        title=row["plan_title"],
        region_id=row["plan_region"],
        period_start=row["period_start"],
        period_end=row["period_end"],
    )


def _evidence(row: dict[str, Any]) -> Evidence:
    """A responsibility's evidence in a row of the obligation or target lists."""
    return Evidence(
        document=row["plan_id"],
        source=row["source"],
        span=(int(row["start"]), int(row["end"])),
        quote=row["quote"],
    )


def _obligations(store: StoreDep, params: dict[str, Any]) -> list[Obligation]:
    rows = store.query(cypher.OBLIGATIONS, params, limit=1_000_000).rows
    out = []
    for r in rows:
        out.append(
            Obligation(
                task_id=r["task_id"],
                path=r["path"],
                title=r["title"],
                role=r["role"],
                basis=r["basis"],
                plan=_plan(r),
                co_responsible=r["co_responsible"] or [],
                programs=r["programs"] or [],
                targets=r["targets"] or [],
                deadline=r["deadline"],
                deadline_date=r.get("deadline_date"),
                deadline_recurs=r.get("deadline_recurs"),
                evidence=_evidence(r),
            )
        )
    return out


def _table(items: list[Obligation]) -> tuple[list[str], list[list[Any]]]:
    header = [
        "plan",
        "region",
        "path",
        "task",
        "role",
        "co_responsible",
        "programs",
        "targets",
        "deadline",
        "deadline_date",
        "deadline_recurs",
        "quote",
        "source",
        "start",
        "end",
    ]
    rows = [
        [
            o.plan.title,
            o.plan.region_id,
            o.path,
            o.title,
            o.role,
            "、".join(f"{c['name']}({c['role']})" for c in o.co_responsible),
            "、".join(p["name"] for p in o.programs),
            "；".join(target_text(t) for t in o.targets),
            o.deadline,
            o.deadline_date,
            o.deadline_recurs,
            o.evidence.quote,
            o.evidence.source,
            o.evidence.span[0],
            o.evidence.span[1],
        ]
        for o in items
    ]
    return header, rows


@router.get(
    "/{agency_id:path}/obligations",
    response_model=Page[Obligation],
    summary="An agency's obligation list",
    description="Responses carry an ETag: send it back in If-None-Match to get 304 while nothing changed.",
    responses={200: {"content": {"text/csv": {}, XLSX: {}}}, 304: {"description": "Not modified"}},
)
async def obligations(
    request: Request,
    agency_id: AgencyId,
    store: StoreDep,
    responses: Annotated[ResponseCache, Depends(response_cache)],
    role: Annotated[Literal["lead", "support", "joint", "sole", "implicit"] | None, Query()] = None,
    region: Annotated[str | None, Query(max_length=20)] = None,
    plan: Text = None,
    program: Annotated[str | None, Query(max_length=60, examples=["pledge_financing"])] = None,
    year: Annotated[int | None, Query(ge=1949, le=2100)] = None,
    sort: Annotated[Literal["plan", "role", "path"], Query()] = "plan",
    limit: Limit = 100,
    offset: Offset = 0,
    format: Annotated[Literal["json", "csv", "xlsx"] | None, Query()] = None,
    accept: Annotated[str | None, Header()] = None,
) -> Response:
    chosen = format or (
        "csv" if accept and "text/csv" in accept else "xlsx" if accept and XLSX in accept else "json"
    )
    filters = {
        "id": agency_id,
        "role": role,
        "region": region,
        "plan": plan,
        "program": program,
        "year": year,
    }

    def render() -> Rendered:
        total = _total(store, filters)
        page = _obligations(store, {**filters, "sort": sort, "offset": offset, "limit": limit})
        if chosen == "json":
            body = Page(total=total, limit=limit, offset=offset, items=page).model_dump_json()
            return Rendered(body.encode(), "application/json")
        return _spreadsheet(chosen, page, total)

    return await responses.respond(request, store, chosen, render)


@router.get(
    "/{agency_id:path}/targets",
    response_model=Page[AgencyTarget],
    summary="The targets plans name an agency for",
    description="Targets whose own row (a target table's 责任单位 column) or goal's note names the agency; "
    "a target of a task is among the task's obligations instead.",
)
def targets(
    agency_id: AgencyId,
    store: StoreDep,
    role: Annotated[Literal["lead", "support", "joint", "sole", "implicit"] | None, Query()] = None,
    plan: Text = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> Page[AgencyTarget]:
    filters = {"id": agency_id, "role": role, "plan": plan}
    total = _targets_total(store, filters)
    rows = store.query(cypher.AGENCY_TARGETS, {**filters, "offset": offset, "limit": limit}).rows
    items = [
        AgencyTarget(
            target_id=r["target_id"],
            indicator=r["indicator"],
            value=r["value"],
            value_max=r["value_max"],
            unit=r["unit"],
            comparator=r["comparator"],
            year=r["year"],
            region_id=r["region_id"],
            plan=_plan(r),
            role=r["role"],
            basis=r["basis"],
            form=r["form"],
            co_responsible=r["co_responsible"] or [],
            evidence=_evidence(r),
        )
        for r in rows
    ]
    return Page(total=total, limit=limit, offset=offset, items=items)


def _targets_total(store: StoreDep, filters: dict[str, Any]) -> int:
    """How many targets match: from the agency's kept counters (all, or those it leads) unless a plan or
    another role needs them walked. Raises 404 for an unknown agency."""
    kept = filters["plan"] is None and filters["role"] in (None, "lead")
    counter = ("lead_targets" if filters["role"] == "lead" else "targets") if kept else None
    return _counted(store, filters, counter, cypher.AGENCY_TARGETS_TOTAL)


def _total(store: StoreDep, filters: dict[str, Any]) -> int:
    """How many obligations match: from the agency's kept counters unless a filter other than the role
    needs them walked. Raises 404 for an unknown agency."""
    kept = all(filters[name] is None for name in ("region", "plan", "program", "year"))
    return _counted(
        store, filters, (filters["role"] or "obligations") if kept else None, cypher.OBLIGATIONS_TOTAL
    )


def _counted(store: StoreDep, filters: dict[str, Any], counter: str | None, walked: str) -> int:
    """The agency's kept ``counter`` (``cypher.AGENCY_COUNTS``), or with None the ``total`` of the statement
    ``walked`` over the facts. Raises 404 for an unknown agency (either answers no row)."""
    if counter is not None:
        rows = store.query(cypher.AGENCY_COUNTS, {"id": filters["id"]}).rows
    else:
        rows, counter = store.query(walked, filters).rows, "total"
    if not rows:
        raise Problem(404, "not-found", "No such agency", str(filters["id"]))
    return int(rows[0][counter])


def _spreadsheet(chosen: str, page: list[Obligation], total: int) -> Rendered:
    header, rows = _table(page)
    if chosen == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(header)
        writer.writerows(rows)
        body = ("\ufeff" + buffer.getvalue()).encode()
        return Rendered(body, "text/csv; charset=utf-8", {"X-Total-Count": str(total)})
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "obligations"
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return Rendered(out.getvalue(), XLSX, {"X-Total-Count": str(total)})


@router.get("/{agency_id:path}", response_model=AgencyOut, summary="One agency")
def get_agency(agency_id: AgencyId, store: StoreDep) -> AgencyOut:
    rows = store.query(cypher.AGENCY, {"id": agency_id}).rows
    if not rows:
        raise Problem(404, "not-found", "No such agency", agency_id)
    return AgencyOut(**rows[0])
