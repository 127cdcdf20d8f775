"""A cap on request bodies, enforced while they arrive: a declared Content-Length over the cap is refused
before the body is read, and a body that grows past it (chunked, or lying about its length) is cut off.
Uploads to /documents get the upload limit plus room for the multipart framing; every other endpoint the
(much smaller) body limit."""

from __future__ import annotations

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.problems import problem

#: Multipart framing around an uploaded file (boundaries, part headers).
MULTIPART_ROOM = 64 * 1024


class BodyLimit:
    def __init__(self, app: ASGIApp, *, upload_bytes: int, body_bytes: int) -> None:
        self.app = app
        self.upload_bytes = upload_bytes + MULTIPART_ROOM
        self.body_bytes = body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.upload_bytes if scope["path"].rstrip("/") == "/documents" else self.body_bytes
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            response = problem(413, "too-large", "The request body is too large", f"limit: {limit:,} bytes")
            await response(scope, receive, send)
            return
        received = 0

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise HTTPException(413, f"The request body is too large (limit: {limit:,} bytes)")
            return message

        await self.app(scope, counted, send)
