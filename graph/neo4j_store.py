"""Neo4j 5 through the official driver: writes in write transactions, reads in read-only transactions
(read access mode, so the server itself refuses writes) with a server-side timeout."""

from __future__ import annotations

import os
from typing import Any

from graph import cypher
from graph.readonly import check_read_only
from graph.store import CypherStore, QueryResult, StoreError, StoreUnavailable
from policykg.errors import ConfigurationError


class Neo4jStore(CypherStore):
    name = "neo4j"

    def __init__(
        self, uri: str, *, user: str | None = None, password: str | None = None, database: str | None = None
    ) -> None:
        super().__init__()
        try:
            import neo4j
        except ImportError as e:
            raise ConfigurationError(
                "the Neo4j backend needs the neo4j driver", hint="pip install neo4j"
            ) from e
        self._neo4j = neo4j
        user = user or os.environ.get("NEO4J_USER", "neo4j")
        password = password or os.environ.get("NEO4J_PASSWORD")
        if not password:
            raise ConfigurationError("NEO4J_PASSWORD is not set", hint="export NEO4J_PASSWORD=… (see README)")
        self.database = database or os.environ.get("NEO4J_DATABASE", "neo4j")
        self._driver = neo4j.GraphDatabase.driver(uri, auth=(user, password))

    def _execute(self, statement: str, params: dict[str, Any] | None = None) -> None:
        try:
            self._driver.execute_query(statement, params or {}, database_=self.database)
        except self._unreachable() as e:
            raise _unavailable() from e
        except self._neo4j.exceptions.Neo4jError as e:
            raise StoreError(f"Neo4j refused a write: {e}") from e

    def _read(self, statement: str, params: dict[str, Any] | None, timeout_ms: int) -> QueryResult:
        check_read_only(statement)
        query = self._neo4j.Query(statement, timeout=timeout_ms / 1000)
        try:
            with self._driver.session(
                database=self.database, default_access_mode=self._neo4j.READ_ACCESS
            ) as session:
                records, columns = session.execute_read(lambda tx: _fetch(tx, query, params or {}))
        except self._unreachable() as e:
            raise _unavailable() from e
        except self._neo4j.exceptions.Neo4jError as e:
            raise StoreError(f"Neo4j: {e}") from e
        return QueryResult(columns, records)

    def _unreachable(self) -> tuple[type[Exception], ...]:
        errors = self._neo4j.exceptions
        return (errors.ServiceUnavailable, errors.SessionExpired)

    def _create_schema(self) -> None:
        for statement in cypher.neo4j_schema():
            self._write(statement)

    def close(self) -> None:
        self._purge_on_close()
        self._driver.close()


def _unavailable() -> StoreUnavailable:
    return StoreUnavailable("Neo4j is not reachable", hint="check that the server runs; retry shortly")


def _fetch(tx: Any, query: Any, params: dict[str, Any]) -> tuple[list[dict[str, Any]], list[str]]:
    result = tx.run(query, params)
    records = [record.data() for record in result]
    return records, list(result.keys())
