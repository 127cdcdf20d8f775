"""Rendered responses of read endpoints, reused while the store's data version holds, with ETags.

A response is kept under its path, its query string, the representation chosen (JSON, CSV, XLSX) and the
store's ``data_version()``, which changes on every write. So an upload, a delete, a rollback or a restart
of the embedded store makes every kept response unreachable, and the first request after it reads the
store again. A store with other writers (Neo4j) has no data version: nothing is kept, every request reads
the store. Either way each response carries an ``ETag`` (a hash of its body), and a request whose
``If-None-Match`` names it gets ``304 Not Modified`` without the body.

The cache is bounded in bytes and evicts the least recently used response first; responses under an older
data version are dropped as soon as one under a newer version is kept.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field

from fastapi import Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from graph.store import CypherStore

#: (data version, path, sorted query items, representation)
Key = tuple[int, str, tuple[tuple[str, str], ...], str]


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
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def key(self, request: Request, store: CypherStore, variant: str) -> Key | None:
        """The key of this request's response, or None when it may not be kept."""
        version = store.data_version() if self.max_bytes > 0 else None
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
        return as_response(request, rendered)


def as_response(request: Request, rendered: Rendered) -> Response:
    etag = rendered.etag
    headers = {**rendered.headers, "ETag": etag, "Cache-Control": "no-cache"}
    wanted = request.headers.get("if-none-match")
    if wanted and etag in {tag.strip().removeprefix("W/") for tag in wanted.split(",")}:
        return Response(status_code=304, headers=headers)
    return Response(rendered.body, media_type=rendered.media_type, headers=headers)


async def response_cache(request: Request) -> ResponseCache:
    found = getattr(request.app.state, "responses", None)
    return found if isinstance(found, ResponseCache) else ResponseCache(0)
