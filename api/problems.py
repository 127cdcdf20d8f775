"""Errors as RFC 9457 problem+json with a stable ``type``; never raw internals."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from graph.store import ReadOnlyViolation, StoreError, StoreUnavailable
from ontology.sparql import QueryError
from policykg.errors import DocumentError, PolicyKGError

PROBLEM = "https://w3id.org/policykg/problems/"


class Problem(Exception):
    def __init__(self, status: int, slug: str, title: str, detail: str | None = None) -> None:
        self.status, self.slug, self.title, self.detail = status, slug, title, detail


def problem(status: int, slug: str, title: str, detail: str | None = None, **extra: Any) -> JSONResponse:
    body = {
        "type": PROBLEM + slug,
        "title": title,
        "status": status,
        **({"detail": detail} if detail else {}),
    }
    body.update(extra)
    return JSONResponse(body, status_code=status, media_type="application/problem+json")


def install(app: FastAPI) -> None:
    @app.exception_handler(Problem)
    async def _problem(_: Request, e: Problem) -> JSONResponse:
        return problem(e.status, e.slug, e.title, e.detail)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, e: RequestValidationError) -> JSONResponse:
        errors = [{"loc": list(err.get("loc", ())), "msg": str(err.get("msg", ""))} for err in e.errors()]
        return problem(422, "invalid-parameters", "Invalid parameters", "see errors", errors=errors)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, e: StarletteHTTPException) -> JSONResponse:
        slug = {404: "not-found", 405: "method-not-allowed", 401: "unauthorised", 413: "too-large"}.get(
            e.status_code, "http-error"
        )
        return problem(e.status_code, slug, str(e.detail))

    @app.exception_handler(ReadOnlyViolation)
    async def _readonly(_: Request, e: ReadOnlyViolation) -> JSONResponse:
        return problem(400, "read-only", "Queries are read-only", e.message)

    @app.exception_handler(QueryError)
    async def _sparql(_: Request, e: QueryError) -> JSONResponse:
        return problem(400, "query-error", "The query failed", e.message)

    @app.exception_handler(DocumentError)
    async def _document(_: Request, e: DocumentError) -> JSONResponse:
        return problem(422, "unreadable-document", "The document cannot be read", e.reason)

    @app.exception_handler(StoreUnavailable)
    async def _unavailable(_: Request, e: StoreUnavailable) -> JSONResponse:
        # the cause (a socket path, a driver message) stays in the server's log, not in the answer
        response = problem(503, "store-unavailable", "The graph store is not reachable", "retry shortly")
        response.headers["Retry-After"] = "5"
        return response

    @app.exception_handler(StoreError)
    async def _store(_: Request, e: StoreError) -> JSONResponse:
        return problem(400, "query-error", "The graph store refused the query", e.message)

    @app.exception_handler(PolicyKGError)
    async def _policykg(_: Request, e: PolicyKGError) -> JSONResponse:
        return problem(400, "bad-request", "Bad request", e.message)

    @app.exception_handler(Exception)
    async def _internal(_: Request, e: Exception) -> JSONResponse:
        # a defect: logged with its traceback by the server; the client learns nothing of the internals
        return problem(500, "internal-error", "Internal error", "the error has been logged")
