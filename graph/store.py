"""The store protocol, and the loading logic both backends share (they differ only in how a statement is
sent, how read-only is enforced, and the schema dialect)."""

from __future__ import annotations

import hashlib
import json
from abc import ABC, abstractmethod
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Protocol

from graph import cypher
from graph.rows import Batch, document_rows
from graph.schema import DOCUMENT_LABELS
from policykg.errors import PolicyKGError
from policykg.models import Document

Row = dict[str, Any]


class StoreError(PolicyKGError):
    """The graph store refused or failed a statement."""


class ReadOnlyViolation(StoreError):
    """A statement sent for reading tried to write."""


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[Row]
    truncated: bool = False


class GraphStore(Protocol):
    """What the CLI, the API and the analysts' library need from a graph backend."""

    name: str

    def ensure_schema(self) -> None: ...
    def load(self, documents: Iterable[Document]) -> int: ...
    def replace(self, document: Document) -> None: ...
    def delete(self, doc_id: str) -> None: ...
    def query(
        self,
        statement: str,
        params: dict[str, Any] | None = None,
        *,
        timeout_ms: int = 10_000,
        limit: int = 10_000,
    ) -> QueryResult: ...
    def counts(self) -> tuple[int, int]: ...
    def content_hash(self) -> str: ...
    def close(self) -> None: ...


class CypherStore(ABC):
    """Shared loading, deletion and hashing over two primitives: a write and a read-only query."""

    name = "cypher"
    batch_size = 5_000

    @abstractmethod
    def _write(self, statement: str, params: dict[str, Any] | None = None) -> None: ...

    @abstractmethod
    def _read(self, statement: str, params: dict[str, Any] | None, timeout_ms: int) -> QueryResult: ...

    @abstractmethod
    def ensure_schema(self) -> None: ...

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> CypherStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _upsert(self, batch: Batch) -> None:
        for label, extra, rows in batch.node_rows():
            for i in range(0, len(rows), self.batch_size):
                self._write(cypher.upsert_nodes(label, extra), {"rows": rows[i : i + self.batch_size]})
        for (src, rel, dst), rows in batch.rel_rows():
            for i in range(0, len(rows), self.batch_size):
                self._write(
                    cypher.upsert_relationships(src, rel, dst), {"rows": rows[i : i + self.batch_size]}
                )

    #: Documents combined into one set of UNWIND batches when loading new documents.
    documents_per_batch = 50

    def replace(self, document: Document) -> None:
        """Load one document, replacing exactly the facts an earlier version of it left: the same content
        (same id) or an earlier version loaded from the same source."""
        params = {"source": document.source, "doc_id": document.id}
        for row in self._read(cypher.EARLIER_VERSIONS, params, 60_000).rows:
            self.delete(str(row["id"]))
        self.delete(document.id)
        self._upsert(document_rows(document))

    def load(self, documents: Iterable[Document]) -> int:
        """Load many documents: already-loaded ones (by id or source) are replaced one by one, new ones go in
        shared batches of ``documents_per_batch``."""
        loaded = self._read(cypher.LOADED, {}, 600_000).rows
        ids = {str(r["id"]) for r in loaded}
        sources = {str(r["source"]) for r in loaded}
        pending: list[Document] = []
        count = 0
        for doc in documents:
            count += 1
            if doc.id in ids or doc.source in sources:
                self.replace(doc)
                continue
            ids.add(doc.id)
            sources.add(doc.source)
            pending.append(doc)
            if len(pending) >= self.documents_per_batch:
                self._upsert_many(pending)
                pending = []
        if pending:
            self._upsert_many(pending)
        return count

    def _upsert_many(self, documents: list[Document]) -> None:
        combined = Batch()
        for doc in documents:
            combined.merge(document_rows(doc))
        self._upsert(combined)

    def delete(self, doc_id: str) -> None:
        """Remove a document's facts, then any shared node it used that nothing else uses now."""
        candidates = {
            label: [
                str(r["id"])
                for r in self._read(cypher.touched_shared(label), {"doc_id": doc_id}, 600_000).rows
            ]
            for label in cypher.SHARED_LABELS
            if label != "Region"  # the gazetteer's regions are reference data and stay
        }
        for label in sorted(DOCUMENT_LABELS):
            self._write(cypher.delete_document_nodes(label), {"doc_id": doc_id})
        for label, ids in candidates.items():
            if ids:
                self._write(cypher.delete_orphans(label), {"ids": ids})

    def query(
        self,
        statement: str,
        params: dict[str, Any] | None = None,
        *,
        timeout_ms: int = 10_000,
        limit: int = 10_000,
    ) -> QueryResult:
        result = self._read(statement, params or {}, timeout_ms)
        if len(result.rows) > limit:
            return QueryResult(result.columns, result.rows[:limit], truncated=True)
        return result

    def counts(self) -> tuple[int, int]:
        nodes = self._read(cypher.COUNT_NODES, {}, 60_000).rows[0]["n"]
        rels = self._read(cypher.COUNT_RELATIONSHIPS, {}, 60_000).rows[0]["n"]
        return int(nodes), int(rels)

    def content_hash(self) -> str:
        """A hash of every node and relationship with its properties, independent of load order."""
        nodes = sorted(
            json.dumps([sorted(r["labels"]), _plain(r["props"])], sort_keys=True, ensure_ascii=False)
            for r in self._read(cypher.ALL_NODES, {}, 600_000).rows
        )
        rels = sorted(
            json.dumps(
                [r["src"], r["type"], r["dst"], _plain(r["props"])], sort_keys=True, ensure_ascii=False
            )
            for r in self._read(cypher.ALL_RELATIONSHIPS, {}, 600_000).rows
        )
        digest = hashlib.sha256()
        for line in (*nodes, "--", *rels):
            digest.update(line.encode("utf-8"))
            digest.update(b"\n")
        return digest.hexdigest()


def _plain(props: Any) -> Any:
    """Numbers compare equal across engines (FalkorDB returns some integers as floats)."""
    if isinstance(props, dict):
        return {k: _plain(v) for k, v in props.items()}
    if isinstance(props, list):
        return [_plain(v) for v in props]
    if isinstance(props, float) and props.is_integer():
        return int(props)
    return props
