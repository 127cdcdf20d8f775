"""Rendered responses of read endpoints, reused while the store's data version holds, with ETags.

A response is kept under its path, its query string, the representation chosen (JSON, CSV, XLSX) and the
store's ``data_version()``, which changes on every write. So an upload, a delete, a rollback or a restart
of the embedded store makes every kept response unreachable, and the first request after it reads the
store again. A store with other writers (Neo4j) has no data version: nothing is kept, every request reads
the store. Either way each response carries an ``ETag`` (a hash of its body), and a request whose
``If-None-Match`` names it gets ``304 Not Modified`` without the body.

The cache is bounded in bytes and evicts the least recently used response first; responses under an older
data version are dropped as soon as one under a newer version is kept.

Routing, validating a dozen query parameters and solving dependencies cost about ten times as much as
sending a kept response (measured in the application, without the network). So each request an endpoint
answered through the cache is also remembered as it arrived (path, raw query string, Accept header) and
``CachedResponses``, an ASGI middleware in front of the routes, answers the same request again straight from
the cache while the data version holds. It answers nothing an endpoint has not answered before under that
version, checks the read token as the endpoint does, and leaves everything else to the application.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from fastapi import Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

from api.deps import may_read
from graph.store import CypherStore

#: (data version, path, sorted query items, representation)
Key = tuple[int, str, tuple[tuple[str, str], ...], str]
#: (data version, path, raw query string, Accept header): a request exactly as it arrived
Arrival = tuple[int, str, bytes, bytes]
#: Most arrivals remembered at once (each maps to a kept response; forgotten all together when exceeded).
_MOST_ARRIVALS = 100_000


@dataclass
class Rendered:
    body: bytes
    media_type: str
    headers: dict[str, str] = field(default_factory=dict)
    etag: str = field(init=False)

    def __post_init__(self) -> None:
        self.etag = '"' + hashlib.blake2b(self.body, digest_size=12).hexdigest() + '"'


class ResponseCache:
    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self._kept: OrderedDict[Key, Rendered] = OrderedDict()
        self._bytes = 0
        self._version = 0  # the newest data version a kept response was read under
        self._arrivals: dict[Arrival, Key] = {}
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0
        self.recalled = 0  # hits answered in front of the routes (included in hits)

    def version(self, store: CypherStore) -> int | None:
        """The data version responses are kept under, or None when nothing may be kept (no budget, or a
        store with other writers)."""
        return store.data_version() if self.max_bytes > 0 else None

    def key(self, request: Request, store: CypherStore, variant: str) -> Key | None:
        """The key of this request's response, or None when it may not be kept."""
        version = self.version(store)
        if version is None:
            return None
        return (version, request.url.path, tuple(sorted(request.query_params.multi_items())), variant)

    def get(self, key: Key | None) -> Rendered | None:
        if key is None:
            return None
        with self._lock:
            found = self._kept.get(key)
            if found is None:
                self.misses += 1
                return None
            self._kept.move_to_end(key)
            self.hits += 1
            return found

    def put(self, key: Key | None, rendered: Rendered) -> None:
        if key is None or len(rendered.body) > self.max_bytes // 4:  # one response never fills the cache
            return
        with self._lock:
            if key[0] < self._version:
                return  # read under a version that has already passed
            if key[0] > self._version:
                self._kept.clear()
                self._arrivals.clear()
                self._bytes = 0
                self._version = key[0]
            previous = self._kept.pop(key, None)
            if previous is not None:
                self._bytes -= len(previous.body)
            self._kept[key] = rendered
            self._bytes += len(rendered.body)
            while self._bytes > self.max_bytes:
                _, evicted = self._kept.popitem(last=False)
                self._bytes -= len(evicted.body)

    def remember(self, arrival: Arrival, key: Key) -> None:
        """Note that ``arrival`` is answered by the response kept under ``key``."""
        with self._lock:
            if key[0] != self._version or key not in self._kept:
                return
            if len(self._arrivals) >= _MOST_ARRIVALS:
                self._arrivals.clear()
            self._arrivals[arrival] = key

    def recall(self, arrival: Arrival) -> Rendered | None:
        """The kept response of a request that arrived exactly so before, under the same data version."""
        with self._lock:
            key = self._arrivals.get(arrival)
            if key is None:
                return None
            found = self._kept.get(key)
            if found is None:  # evicted since
                del self._arrivals[arrival]
                return None
            self._kept.move_to_end(key)
            self.hits += 1
            self.recalled += 1
            return found

    async def respond(
        self, request: Request, store: CypherStore, variant: str, render: Callable[[], Rendered]
    ) -> Response:
        """The kept response for this request if there is one (answered on the event loop), else
        ``render()``'s, run in the thread pool since it reads the store, and kept for the next."""
        key = self.key(request, store, variant)
        rendered = self.get(key)
        if rendered is None:
            rendered = await run_in_threadpool(render)
            self.put(key, rendered)
        if key is not None:
            self.remember(arrival(request.scope, key[0]), key)
        return as_response(request.headers.get("if-none-match"), rendered)


def arrival(scope: Scope, version: int) -> Arrival:
    accept = next((value for name, value in scope["headers"] if name == b"accept"), b"")
    return (version, scope["path"], scope["query_string"], accept)


def as_response(if_none_match: str | None, rendered: Rendered) -> Response:
    etag = rendered.etag
    headers = {**rendered.headers, "ETag": etag, "Cache-Control": "no-cache"}
    if if_none_match and etag in {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}:
        return Response(status_code=304, headers=headers)
    return Response(rendered.body, media_type=rendered.media_type, headers=headers)


class CachedResponses:
    """ASGI middleware: answer a GET that an endpoint already answered, exactly as it arrives now, under the
    store's current data version, from the response cache (see the module's docstring)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        rendered, if_none_match = (None, None) if scope["type"] != "http" else _recalled(scope)
        if rendered is None:
            await self.app(scope, receive, send)
            return
        await as_response(if_none_match, rendered)(scope, receive, send)


def _recalled(scope: Scope) -> tuple[Rendered | None, str | None]:
    """The kept response for this request, if the cache may answer it, and its If-None-Match header."""
    state = scope["app"].state
    cache: Any = getattr(state, "responses", None)
    store: Any = getattr(state, "store", None)
    if scope["method"] != "GET" or not isinstance(cache, ResponseCache) or store is None:
        return None, None
    version = cache.version(store)
    if version is None:
        return None, None
    headers = {  # a repeated header: its first value, as the endpoints read it
        name.decode("latin-1"): value.decode("latin-1") for name, value in reversed(scope["headers"])
    }
    if not may_read(state.settings, headers.get("authorization")):
        return None, None  # the endpoint refuses it, in its own words
    return cache.recall(arrival(scope, version)), headers.get("if-none-match")


async def response_cache(request: Request) -> ResponseCache:
    found = getattr(request.app.state, "responses", None)
    return found if isinstance(found, ResponseCache) else ResponseCache(0)
