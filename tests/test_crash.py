"""Crash safety: `policykg build` killed with SIGKILL in the middle of loading leaves a graph in which every
document is complete or absent (the intent journal is rolled back when the store is opened again), no
server behind, and a re-run that ends exactly where an uninterrupted build does.

The short version always runs (24 plans, batches of 4); the long one (300 plans, the default batches,
three kills in a row) is marked slow.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from bench.corpus import generate
from graph import cypher
from graph.falkor import EmbeddedFalkorStore, replay_bytes
from graph.store import QueryResult
from tests.conftest import ROOT
from tests.test_graph import assert_aggregates_match_the_facts

# `policykg build` itself, with the number of documents per journalled batch as the first argument (the
# short test uses small batches, so that a kill leaves both complete and interrupted batches).
BUILD = (
    "import sys\n"
    "from graph.falkor import EmbeddedFalkorStore\n"
    "EmbeddedFalkorStore.documents_per_batch = int(sys.argv[1])\n"
    "from policykg.cli import main\n"
    "sys.argv = ['policykg', 'build', *sys.argv[2:]]\n"
    "main()\n"
)

PER_DOCUMENT = (
    "MATCH (n) WHERE n.doc_id IS NOT NULL OPTIONAL MATCH (n)-[e]->() "
    "RETURN n.doc_id AS doc, count(DISTINCT n) AS nodes, count(e) AS rels"
)
ORPHANS = (
    "MATCH (n) WHERE NOT n:Plan AND NOT n:Region AND NOT n:StoreGeneration AND NOT n:LoadJournal AND NOT ()-->(n) "
    "RETURN labels(n) AS labels, n.id AS id LIMIT 20"
)


class Inspected(EmbeddedFalkorStore):
    """The embedded store, noting the journals it found (and so rolled back) on opening."""

    journals: list[dict[str, object]]

    def recover(self) -> int:
        self.journals = self._read(cypher.JOURNALS, {}, 60_000).rows if self._has_graph() else []
        return super().recover()


@dataclass
class Built:
    per_document: dict[str, tuple[int, int]]
    counts: tuple[int, int]
    digest: str
    aof_bytes: int  # the most append-only-file bytes seen while building: the kill points' yardstick


def _aof_bytes(data: Path) -> int:
    return replay_bytes(data / "graph")


def _servers(graph_folder: Path) -> list[int]:
    """Running (not zombie) processes whose command line names this folder's socket: its redis-server."""
    needle = str((graph_folder / "redis.sock").resolve()).encode()
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if needle in (entry / "cmdline").read_bytes() and (entry / "stat").read_text().split()[2] != "Z":
                found.append(int(entry.name))
        except (OSError, IndexError):
            continue
    return found


def _start(corpus: Path, data: Path, batch: int) -> subprocess.Popen[bytes]:
    data.mkdir(parents=True, exist_ok=True)
    with (data / "build.log").open("ab") as log:
        return subprocess.Popen(
            [sys.executable, "-c", BUILD, str(batch), str(corpus)],
            cwd=ROOT,
            env={**os.environ, "POLICYKG_DATA_DIR": str(data)},
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: the kill reaches extraction workers too
        )


def _run(corpus: Path, data: Path, batch: int) -> int:
    """Build to the end; returns the most append-only-file bytes seen."""
    process = _start(corpus, data, batch)
    peak = 0
    deadline = time.monotonic() + 900
    while process.poll() is None:
        peak = max(peak, _aof_bytes(data))
        if time.monotonic() > deadline:
            os.killpg(process.pid, signal.SIGKILL)
            pytest.fail("the build did not finish in 15 minutes")
        time.sleep(0.01)
    assert process.returncode == 0, (data / "build.log").read_text(errors="replace")[-2000:]
    return peak


def _kill_midway(corpus: Path, data: Path, batch: int, at_bytes: int) -> None:
    """Start a build, SIGKILL it once the append-only file has grown by ``at_bytes``, and check that its
    redis-server ends with it."""
    process = _start(corpus, data, batch)
    graph_folder = data / "graph"
    servers: list[int] = []
    deadline = time.monotonic() + 600
    while _aof_bytes(data) < at_bytes:
        if process.poll() is not None:
            pytest.fail(f"the build ended (code {process.returncode}) before the kill point")
        if time.monotonic() > deadline:
            os.killpg(process.pid, signal.SIGKILL)
            pytest.fail("the build never reached the kill point")
        servers = servers or _servers(graph_folder)
        time.sleep(0.001)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    assert servers, "the build's redis-server was never seen"
    deadline = time.monotonic() + 30
    while _servers(graph_folder):
        if time.monotonic() > deadline:
            for pid in servers:  # started by the killed build: do not leave it behind
                os.kill(pid, signal.SIGKILL)
            pytest.fail(f"the redis-server {servers} outlived the killed build")
        time.sleep(0.05)


def _rows(store: EmbeddedFalkorStore, statement: str) -> list[dict[str, object]]:
    result: QueryResult = store.query(statement, limit=10_000_000, timeout_ms=120_000)
    return result.rows


def _per_document(store: EmbeddedFalkorStore) -> dict[str, tuple[int, int]]:
    return {str(r["doc"]): (int(str(r["nodes"])), int(str(r["rels"]))) for r in _rows(store, PER_DOCUMENT)}


def _snapshot(data: Path, aof_bytes: int) -> Built:
    with EmbeddedFalkorStore(data / "graph") as store:
        return Built(_per_document(store), store.counts(), store.content_hash(), aof_bytes)


def _check_consistent(data: Path, clean: Built) -> tuple[int, int]:
    """Reopen the killed build's store: every document present is complete and nothing is left over.
    Returns (documents present, journals rolled back)."""
    store = Inspected(data / "graph")
    try:
        per_document = _per_document(store)
        plans = {str(r["id"]) for r in _rows(store, "MATCH (p:Plan) RETURN p.id AS id")}
        odd = _rows(
            store,
            "MATCH (p:Plan) WHERE p.doc_id IS NULL OR p.doc_id <> p.id "
            "RETURN labels(p) AS labels, properties(p) AS props LIMIT 5",
        )
        assert odd == [], f"plan nodes that are not plans: {odd}"
        assert set(per_document) == plans, f"facts without their document: {set(per_document) ^ plans}"
        for doc_id, counts in per_document.items():
            assert counts == clean.per_document[doc_id], f"{doc_id} is incomplete"
        assert _rows(store, ORPHANS) == []
        assert _rows(store, cypher.COUNT_JOURNALS) == [{"n": 0}]
        assert_aggregates_match_the_facts(store)  # recounted by the rollback, in the same session
        return len(plans), len(store.journals)
    finally:
        store.close()


OWNER = (
    "import sys, time\n"
    "from graph.falkor import EmbeddedFalkorStore\n"
    "from loaders import load_document\n"
    "from policykg.extract.pipeline import extract_document\n"
    "store = EmbeddedFalkorStore(__import__('pathlib').Path(sys.argv[1]))\n"
    "store.ensure_schema()\n"
    "store.load([extract_document(load_document(sys.argv[2]))])\n"
    "print(store.server_pid, flush=True)\n"
    "time.sleep(600)\n"
)


def test_reopening_right_after_a_crash_waits_for_the_old_server(tmp_path: Path) -> None:
    """The folder stays locked while a killed owner's server shuts down: opening it at once waits for that
    server instead of starting a second one on the same files."""
    from tests.conftest import PLAN_000

    folder = tmp_path / "graph"
    owner = subprocess.Popen(
        [sys.executable, "-c", OWNER, str(folder), str(PLAN_000)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    assert owner.stdout is not None
    old_server = int(owner.stdout.readline())
    os.killpg(owner.pid, signal.SIGKILL)
    owner.wait(timeout=30)
    with EmbeddedFalkorStore(folder) as store:
        assert _servers(folder) == [store.server_pid]
        assert old_server not in _servers(folder)
        assert store.query("MATCH (p:Plan) RETURN count(p) AS n").rows == [{"n": 1}]


@pytest.fixture(scope="module")
def short_corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("crash-corpus")
    generate(24, 19, folder)
    return folder


def test_build_killed_midway_rolls_back_and_rebuilds(short_corpus: Path, tmp_path: Path) -> None:
    clean = _snapshot(tmp_path / "clean", _run(short_corpus, tmp_path / "clean", batch=4))
    assert len([d for d in clean.per_document if d]) >= 20

    crashed = tmp_path / "crashed"
    _kill_midway(short_corpus, crashed, batch=4, at_bytes=clean.aof_bytes // 2)
    present, rolled_back = _check_consistent(crashed, clean)
    assert 0 < present < len(clean.per_document)  # complete batches kept, the last one gone
    assert rolled_back == 1  # the kill landed inside a batch

    _run(short_corpus, crashed, batch=4)
    again = _snapshot(crashed, 0)
    assert (again.counts, again.digest) == (clean.counts, clean.digest)


@pytest.mark.slow
def test_large_build_killed_three_times(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    generate(300, 23, corpus)
    batch = EmbeddedFalkorStore.documents_per_batch
    clean = _snapshot(tmp_path / "clean", _run(corpus, tmp_path / "clean", batch))
    crashed = tmp_path / "crashed"
    rolled_back = 0
    for fraction in (0.3, 0.5, 0.7):
        _kill_midway(corpus, crashed, batch, at_bytes=int(clean.aof_bytes * fraction))
        _, found = _check_consistent(crashed, clean)
        rolled_back += found
    assert rolled_back >= 1
    _run(corpus, crashed, batch)
    again = _snapshot(crashed, 0)
    assert (again.counts, again.digest) == (clean.counts, clean.digest)
