"""The FastAPI application: routers per resource, the store opened and closed in the lifespan."""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from api import problems
from api.limits import BodyLimit
from api.problems import Problem
from api.response_cache import CachedResponses, ResponseCache
from api.routers import agencies, catalogue, documents, queries, search, views
from api.settings import Settings, get_settings
from graph.documents import DocumentCache
from graph.factory import open_store
from graph.store import ready_to_read


def create_app(settings: Settings | None = None) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        current = app.state.settings
        app.state.cache = DocumentCache(current.data_dir / "documents")
        app.state.rdf = None
        app.state.searchable = None
        app.state.responses = ResponseCache(current.response_cache_mb * 1024 * 1024)
        app.state.store = open_store(current.store_uri)
        ready_to_read(app.state.store)
        if current.search_warm_up:
            threading.Thread(
                target=search.warm_up, args=(app.state, app.state.store), name="search-warm-up", daemon=True
            ).start()
        try:
            yield
        finally:
            app.state.store.close()
            app.state.store = None

    app = FastAPI(
        title="PolicyKG API",
        summary="政策知识图谱: agencies' obligations, plans, targets, programmes and citations",
        version="0.1.0",
        lifespan=lifespan,
    )
    chosen = settings or get_settings()
    app.state.settings = chosen
    app.add_middleware(CachedResponses)  # added first, so innermost: CORS and the body limit still apply
    app.add_middleware(BodyLimit, upload_bytes=chosen.max_upload_bytes, body_bytes=chosen.max_body_bytes)
    if chosen.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=chosen.cors_origins,
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type", "If-None-Match"],  # tokens, JSON bodies, ETags
            expose_headers=["ETag", "X-Total-Count", "Retry-After"],
        )
    problems.install(app)
    for module in (agencies, catalogue, search, queries, documents, views):
        app.include_router(module.router)

    @app.get("/health", tags=["health"], summary="Is the graph store reachable?")
    def health() -> dict[str, Any]:
        store = getattr(app.state, "store", None)
        try:
            if store is None:
                raise RuntimeError("no store")
            nodes, relationships = store.counts()
        except Exception as e:  # any failure to reach the store is an outage, reported without internals
            raise Problem(
                503, "store-unavailable", "The graph store is not reachable", "retry shortly"
            ) from e
        return {"status": "ok", "store": store.name, "nodes": nodes, "relationships": relationships}

    return app
