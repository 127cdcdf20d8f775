"""Dependencies: the store and document cache from the app's lifespan, and the token checks."""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import Depends, Header, Request

from api.problems import Problem
from api.settings import Settings
from graph.documents import DocumentCache
from graph.store import CypherStore

# The dependencies are coroutines: they only look things up, so they run on the event loop rather than
# costing a hop to the thread pool each per request.


async def store(request: Request) -> CypherStore:
    found = getattr(request.app.state, "store", None)
    if found is None:
        raise Problem(503, "store-unavailable", "The graph store is not available", "retry shortly")
    return found  # type: ignore[no-any-return]


async def cache(request: Request) -> DocumentCache:
    return request.app.state.cache  # type: ignore[no-any-return]


async def settings(request: Request) -> Settings:
    """The app's settings, fixed when it was created (``create_app``)."""
    return request.app.state.settings  # type: ignore[no-any-return]


SettingsDep = Annotated[Settings, Depends(settings)]
StoreDep = Annotated[CypherStore, Depends(store)]
CacheDep = Annotated[DocumentCache, Depends(cache)]


def _bearer(value: str | None) -> str | None:
    if value and value.lower().startswith("bearer "):
        return value[7:].strip()
    return None


def may_read(settings: Settings, authorization: str | None) -> bool:
    """Whether a request with this Authorization header may read (always, unless a read token is set)."""
    if settings.read_token is None:
        return True
    return _matches(settings.read_token.get_secret_value(), _bearer(authorization))


async def require_read(settings: SettingsDep, authorization: Annotated[str | None, Header()] = None) -> None:
    if not may_read(settings, authorization):
        raise Problem(401, "unauthorised", "A valid bearer token is required")


async def require_write(settings: SettingsDep, authorization: Annotated[str | None, Header()] = None) -> None:
    if settings.write_token is None:
        raise Problem(
            403, "writes-disabled", "Writes are disabled", "set POLICYKG_WRITE_TOKEN to enable uploads"
        )
    _check(settings.write_token.get_secret_value(), _bearer(authorization))


def _matches(expected: str, given: str | None) -> bool:
    return given is not None and secrets.compare_digest(expected.encode(), given.encode())


def _check(expected: str, given: str | None) -> None:
    if not _matches(expected, given):
        raise Problem(401, "unauthorised", "A valid bearer token is required")
