"""The load tests' light HTTP client reads what a server on loopback sends: bodies by length and in
chunks, replies without a body, several requests on one connection, and a dropped connection as an
error after which it connects again."""

from __future__ import annotations

import asyncio

import pytest

from bench.http_client import Connection, HttpError

REPLIES = {
    b"/length": b"HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\n\xe4\xb8\x93\xe5\x88\xa9",
    b"/chunks": b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2;x=1\r\nde\r\n0\r\n\r\n",
    b"/same": b'HTTP/1.1 304 Not Modified\r\nETag: "x"\r\n\r\n',
    b"/missing": b"HTTP/1.1 404 Not Found\r\nContent-Length: 2\r\n\r\n{}",
}


async def _serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    while True:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
        except asyncio.IncompleteReadError:
            break
        path = head.split(b" ")[1]
        if path.startswith(b"/drop"):
            break
        writer.write(REPLIES.get(path.split(b"?")[0], REPLIES[b"/missing"]))
        await writer.drain()
    writer.close()


def test_replies_are_read_whole_on_one_connection() -> None:
    async def run() -> list[tuple[int, bytes]]:
        server = await asyncio.start_server(_serve, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        http = Connection("127.0.0.1", port, timeout=5)
        got = [await http.get(p) for p in ("/length", "/chunks", "/same", "/missing", "/length?q=融资")]
        with pytest.raises(HttpError):
            await http.get("/drop")
        got.append(await http.get("/chunks"))  # connects again
        await http.close()
        server.close()
        await server.wait_closed()
        return got

    assert asyncio.run(run()) == [
        (200, "专利".encode()),
        (200, b"abcde"),
        (304, b""),
        (404, b"{}"),
        (200, "专利".encode()),
        (200, b"abcde"),
    ]
