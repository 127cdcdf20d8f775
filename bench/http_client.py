"""A keep-alive HTTP/1.1 GET client for load tests on loopback, with just enough of the protocol for the
API's replies (a status line, headers, a body of ``Content-Length`` bytes or in chunks).

It costs the client side a few tens of microseconds per request, where a full client costs several
hundred: with 50 clients and the server on the same two cores, a heavy client would measure itself.
"""

from __future__ import annotations

import asyncio
import contextlib
from urllib.parse import quote


class HttpError(Exception):
    """The connection failed or the reply was not HTTP/1.1 as expected."""


class Connection:
    def __init__(self, host: str, port: int, timeout: float = 30.0) -> None:
        self.host, self.port, self.timeout = host, port, timeout
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None

    async def get(self, path: str) -> tuple[int, bytes]:
        """GET ``path`` (non-ASCII characters are percent-encoded); returns the status and the body.
        Raises HttpError; the next call then opens a new connection."""
        request = f"GET {quote(path, safe='/?=&:%')} HTTP/1.1\r\nHost: {self.host}\r\n\r\n".encode()
        try:
            return await asyncio.wait_for(self._exchange(request), self.timeout)
        except (
            OSError,
            asyncio.IncompleteReadError,
            asyncio.LimitOverrunError,
            TimeoutError,
            ValueError,
        ) as e:
            await self.close()
            raise HttpError(f"GET {path}: {type(e).__name__}: {e}") from e

    async def _exchange(self, request: bytes) -> tuple[int, bytes]:
        if self._writer is None:
            self._reader, self._writer = await asyncio.open_connection(self.host, self.port)
        reader, writer = self._reader, self._writer
        if reader is None:
            raise ValueError("no connection")
        writer.write(request)
        head = await reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ", 2)[1])
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        if "content-length" in headers:
            body = await reader.readexactly(int(headers["content-length"]))
        elif headers.get("transfer-encoding", "").lower() == "chunked":
            body = await _chunks(reader)
        elif status in (204, 304) or status < 200:
            body = b""
        else:
            raise ValueError("a reply without a length")
        if headers.get("connection", "").lower() == "close":
            await self.close()
        return status, body

    async def close(self) -> None:
        writer, self._reader, self._writer = self._writer, None, None
        if writer is not None:
            writer.close()
            with contextlib.suppress(OSError):
                await writer.wait_closed()


async def _chunks(reader: asyncio.StreamReader) -> bytes:
    parts: list[bytes] = []
    while True:
        size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
        if size == 0:
            await reader.readuntil(b"\r\n")  # no trailers from our server: the empty line
            return b"".join(parts)
        parts.append(await reader.readexactly(size))
        await reader.readexactly(2)
