"""The code only Neo4j runs, tested against the driver's API with a recording fake (no server needed)."""

from __future__ import annotations

from typing import Any

import neo4j
import pytest

from graph import cypher
from graph.factory import open_store
from graph.neo4j_store import Neo4jStore
from graph.store import ReadOnlyViolation, StoreError
from policykg.errors import ConfigurationError


class FakeResult:
    def __init__(self, rows: list[dict[str, Any]]) -> None:
        self.rows = rows

    def __iter__(self):
        return iter([FakeRecord(r) for r in self.rows])

    def keys(self) -> list[str]:
        return list(self.rows[0]) if self.rows else []


class FakeRecord:
    def __init__(self, data: dict[str, Any]) -> None:
        self._data = data

    def data(self) -> dict[str, Any]:
        return dict(self._data)


class FakeTx:
    def __init__(self, driver: FakeDriver) -> None:
        self.driver = driver

    def run(self, query: Any, params: dict[str, Any]) -> FakeResult:
        self.driver.reads.append((query, params))
        if self.driver.fail_reads:
            raise neo4j.exceptions.ClientError("Neo.ClientError.Statement.SyntaxError: bad")
        if "AS id" in query.text:  # earlier versions of a document: none
            return FakeResult([])
        return FakeResult([{"n": 1}])


class FakeSession:
    def __init__(self, driver: FakeDriver, **kwargs: Any) -> None:
        driver.session_kwargs.append(kwargs)
        self.driver = driver

    def __enter__(self) -> FakeSession:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def execute_read(self, work: Any) -> Any:
        self.driver.read_transactions += 1
        return work(FakeTx(self.driver))


class FakeDriver:
    def __init__(self) -> None:
        self.writes: list[tuple[str, dict[str, Any], dict[str, Any]]] = []
        self.reads: list[tuple[Any, dict[str, Any]]] = []
        self.session_kwargs: list[dict[str, Any]] = []
        self.read_transactions = 0
        self.fail_reads = False
        self.closed = False

    def execute_query(self, statement: str, params: dict[str, Any], **kwargs: Any) -> None:
        self.writes.append((statement, params, kwargs))

    def session(self, **kwargs: Any) -> FakeSession:
        return FakeSession(self, **kwargs)

    def close(self) -> None:
        self.closed = True


@pytest.fixture
def fake(monkeypatch) -> FakeDriver:
    driver = FakeDriver()
    monkeypatch.setattr(neo4j.GraphDatabase, "driver", lambda uri, auth: driver)
    monkeypatch.setenv("NEO4J_PASSWORD", "test-only")
    return driver


def test_schema_is_idempotent_ddl(fake) -> None:
    store = Neo4jStore("neo4j://localhost:7687")
    store.ensure_schema()
    statements = [w[0] for w in fake.writes]
    assert statements == cypher.neo4j_schema()
    assert all("IF NOT EXISTS" in s for s in statements)
    assert all(w[2] == {"database_": "neo4j"} for w in fake.writes)


def test_loading_is_batched_unwind_with_parameters(fake, corpus_docs) -> None:
    store = Neo4jStore("neo4j://localhost:7687")
    store.replace(corpus_docs["000_7198047be529bd92"])
    upserts = [w for w in fake.writes if w[0].startswith("UNWIND $rows")]
    assert upserts
    assert all("rows" in w[1] and isinstance(w[1]["rows"], list) for w in upserts)
    assert not any("通州" in w[0] for w in fake.writes)  # values travel as parameters, never in the text
    assert any(w[0].startswith("MATCH (n:Task {doc_id: $doc_id}) DETACH DELETE n") for w in fake.writes)


def test_reads_run_in_read_only_transactions_with_a_timeout(fake) -> None:
    store = Neo4jStore("neo4j://localhost:7687")
    result = store.query("MATCH (n) RETURN count(n) AS n", timeout_ms=1500)
    assert result.rows == [{"n": 1}]
    assert fake.session_kwargs[-1]["default_access_mode"] == neo4j.READ_ACCESS
    assert fake.read_transactions == 1
    query, _ = fake.reads[-1]
    assert query.timeout == 1.5


def test_writes_never_reach_the_driver_on_the_read_path(fake) -> None:
    store = Neo4jStore("neo4j://localhost:7687")
    with pytest.raises(ReadOnlyViolation):
        store.query("MATCH (n) DETACH DELETE n")
    assert fake.reads == []


def test_engine_errors_become_store_errors(fake) -> None:
    store = Neo4jStore("neo4j://localhost:7687")
    fake.fail_reads = True
    with pytest.raises(StoreError, match="SyntaxError"):
        store.query("MATCH (n RETURN n")
    store.close()
    assert fake.closed


def test_configuration_errors(monkeypatch) -> None:
    monkeypatch.delenv("NEO4J_PASSWORD", raising=False)
    with pytest.raises(ConfigurationError, match="NEO4J_PASSWORD"):
        open_store("neo4j://localhost:7687")
    with pytest.raises(ConfigurationError, match="unknown store URI"):
        open_store("redis://localhost")


def test_no_data_version_where_other_processes_may_write(fake, corpus_docs) -> None:
    store = Neo4jStore("neo4j://localhost:7687")
    assert store.data_version() is None  # so the API reuses no response read from Neo4j
    store.replace(corpus_docs["000_7198047be529bd92"])
    assert store.data_version() is None
