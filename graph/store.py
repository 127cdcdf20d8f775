"""The store protocol, and the loading logic both backends share (they differ only in how a statement is
sent, how read-only is enforced, and the schema dialect)."""

from __future__ import annotations

import hashlib
import itertools
import json
import logging
import threading
import uuid
from abc import ABC, abstractmethod
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from typing import Any, Protocol

from graph import cypher
from graph.aggregates import agency_deltas, shared_task_deltas
from graph.prepared import PreparedDocument, WrittenRows
from graph.rows import (
    OWN_NODE_PROPERTIES,
    Batch,
    document_rows,
    listed_nodes,
    listed_relationships,
    own_relationship_properties,
)
from graph.schema import DOCUMENT_LABELS
from policykg.collector import collection_paused
from policykg.errors import PolicyKGError
from policykg.models import Document

Row = dict[str, Any]
log = logging.getLogger(__name__)


class StoreError(PolicyKGError):
    """The graph store refused or failed a statement."""


class ReadOnlyViolation(StoreError):
    """A statement sent for reading tried to write."""


class StoreUnavailable(StoreError):
    """The graph store cannot be reached (stopped, restarting or unreachable); the request may be retried."""


def ready_to_read(store: GraphStore) -> bool:
    """Before reading: the schema and the values precomputed at load (ensure_schema), which a store loaded
    by an earlier version lacks, and without which the library's counts come out empty. A store that refuses
    the writes (a read-only account) is read as it is, with a warning; returns whether it is up to date."""
    try:
        store.ensure_schema()
    except StoreUnavailable:
        raise
    except StoreError as e:
        log.warning(
            "the graph store could not be brought up to date (%s); reading it as it is. If it was loaded by"
            " an earlier version, the library's counts may be missing: open it once with an account that may"
            " write (policykg build or policykg serve brings it up to date)",
            e,
        )
        return False
    return True


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[Row]
    truncated: bool = False


class GraphStore(Protocol):
    """What the CLI, the API and the analysts' library need from a graph backend."""

    name: str

    def ensure_schema(self) -> None: ...
    def load(self, documents: Iterable[Document | PreparedDocument]) -> int: ...
    def replace(self, document: Document) -> None: ...
    def delete(self, doc_id: str) -> None: ...
    def recover(self) -> int: ...
    def query(
        self,
        statement: str,
        params: dict[str, Any] | None = None,
        *,
        timeout_ms: int = 10_000,
        limit: int = 10_000,
    ) -> QueryResult: ...
    def counts(self) -> tuple[int, int]: ...
    def generation(self) -> int: ...
    def content_hash(self) -> str: ...
    def close(self) -> None: ...


class CypherStore(ABC):
    """Shared loading, deletion and hashing over two primitives: a write and a read-only query.

    Every write of documents (``load``, ``replace``, ``delete``) is all-or-nothing per batch of documents,
    on both backends, although it takes many statements: an intent journal (a ``LoadJournal`` node naming
    the documents and the shared nodes the batch touches) is written before the batch's first statement
    and marked ended after its last (ended journals are deleted together: ``purge_journals``). Statements
    reach the store in order and the store keeps a prefix of them after a crash (FalkorDB's append-only
    file, Neo4j's transaction log), so a journal still open means its batch was interrupted: ``recover``
    rolls it back by deleting those documents' facts and the shared nodes nothing uses any more. A
    document is then either complete or absent; loading it again brings it back.
    """

    name = "cypher"
    batch_size = 5_000
    #: Whether statements may carry parameter values written ahead (``graph.params.Written``, FalkorDB's
    #: syntax): then documents are prepared with their own rows written in the workers. Those rows are
    #: created without a look for existing ones, so a store takes them only while it is ``exclusive``.
    takes_written = False
    #: Whether this instance is the store's only writer (the embedded store's lock): then every journal it
    #: finds belongs to an interrupted write. Otherwise only its own are, and those of writers that have
    #: not finished in ``journal_stale_ms`` (a batch takes seconds).
    exclusive = False
    journal_stale_ms = 15 * 60 * 1000

    def __init__(self) -> None:
        self._owner = uuid.uuid4().hex
        self._write_lock = threading.RLock()  # one write of documents at a time from this instance
        self._in_flight: set[str] = set()
        self._versions = itertools.count(1)  # next() on it is atomic: no number is given out twice
        self._version = 0
        self._unpurged = 0  # journals this instance ended since it last purged them

    @abstractmethod
    def _execute(self, statement: str, params: dict[str, Any] | None = None) -> None:
        """Run one write statement, in the engine's own way."""

    def _write(self, statement: str, params: dict[str, Any] | None = None) -> None:
        self._version = next(self._versions)  # before and after: a read overlapping the write never gets
        try:  # the number that follows it
            self._execute(statement, params)
        finally:
            self._version = next(self._versions)

    def _send(self, statement: str, params: dict[str, Any] | None = None) -> None:
        """One write of a batch of documents, inside its journal. A store may send it without waiting for
        the answer, provided that every other statement it runs, and ``_drain``, first waits for the
        answers: statements then still take effect in the order they were written, and the batch's journal
        is only removed once every one of them has succeeded. Here it is written at once."""
        self._write(statement, params)

    def _drain(self) -> None:
        """Wait for the answers to the writes ``_send`` sent; raises StoreError for the first that failed.
        Here there are none to wait for."""
        return

    def data_version(self) -> int | None:
        """A number that changes whenever the data may have changed: what was read under one number may be
        reused while it holds. None unless this instance is the store's only writer (the embedded store's
        lock); with other writers (Neo4j) there is no such number and nothing read may be reused."""
        return self._version if self.exclusive else None

    @abstractmethod
    def _read(self, statement: str, params: dict[str, Any] | None, timeout_ms: int) -> QueryResult: ...

    @abstractmethod
    def _create_schema(self) -> None:
        """Indexes and constraints, in the engine's dialect; idempotent."""

    def ensure_schema(self) -> None:
        """Create the schema, and bring data loaded by an earlier version up to date."""
        from graph.upgrade import upgrade

        self._create_schema()
        upgrade(self)

    @abstractmethod
    def close(self) -> None: ...

    def _has_graph(self) -> bool:
        """False while the store holds no graph at all (nothing to recover)."""
        return True

    def __enter__(self) -> CypherStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _links(self, src: str, rel: str, dst: str) -> tuple[str, bool]:
        """The statement writing new documents' relationships of a kind, and whether it takes rows as lists
        (``rows.listed_relationships``). With one writer (``exclusive``) those from or to a document's own
        nodes are created (``cypher.create_relationships``: none can exist yet). Several processes may write
        to one Neo4j, and two of them loading the same new plan at the same moment would each create its
        links: there they are merged, like every other relationship (and like the links between shared
        nodes, which other documents may have made already)."""
        if self.exclusive and (src in DOCUMENT_LABELS or dst in DOCUMENT_LABELS):
            return cypher.create_relationships(src, rel, dst, own_relationship_properties(rel)), True
        return cypher.upsert_relationships(src, rel, dst), False

    @property
    def takes_written_rows(self) -> bool:
        """Whether documents prepared with their own rows written (``PreparedDocument.of(written=True)``)
        are loaded from those rows; otherwise their rows are built again from the model."""
        return self.takes_written and self.exclusive

    def _nodes(self, label: str, extra: tuple[str, ...]) -> tuple[str, bool]:
        """The statement writing new documents' nodes of a label, and whether it takes rows as lists
        (``rows.listed_nodes``). With one writer (``exclusive``) a document's own nodes are created with
        their properties (``cypher.create_nodes``), for the reason given at ``_links``; shared nodes, and
        every node written to Neo4j, are merged on their ids."""
        if self.exclusive and label in DOCUMENT_LABELS:
            return cypher.create_nodes(label, OWN_NODE_PROPERTIES[label], extra), True
        return cypher.upsert_nodes(label, extra), False

    def _upsert(self, batch: Batch, written: _WrittenRows | None = None) -> None:
        """Write new documents' rows: nodes (``_nodes``), then the relationships (``_links``). Rows that
        came written (``takes_written_rows``) are lists already."""
        for label, extra, rows in batch.node_rows():
            statement, listed = self._nodes(label, extra)
            self._write_rows(statement, listed_nodes(label, rows) if listed else rows, self._send)
        if written is not None:
            for (label, extra), parts in written.nodes.items():
                statement = self._nodes(label, extra)[0]
                for text in self._joined(parts):
                    self._send(statement, {"rows": text})
        for (src, rel, dst), rows in batch.rel_rows():
            statement, listed = self._links(src, rel, dst)
            self._write_rows(statement, listed_relationships(rel, rows) if listed else rows, self._send)
        if written is not None:
            for (src, rel, dst), parts in written.rels.items():
                statement = self._links(src, rel, dst)[0]
                for text in self._joined(parts):
                    self._send(statement, {"rows": text})

    def _joined(self, parts: list[WrittenRows]) -> Iterator[str]:
        """Documents' rows written apart, joined into lists of at most ``batch_size`` rows (one document's
        rows of one label stay together, however many)."""
        from graph.params import written_list  # graph.params imports this module

        items: list[str] = []
        count = 0
        for n, text in parts:
            if items and count + n > self.batch_size:
                yield written_list(items)
                items, count = [], 0
            items.append(text)
            count += n
        if items:
            yield written_list(items)

    def _write_new(self, batch: Batch, written: _WrittenRows | None = None) -> None:
        """Write the rows of documents not in the store, and add their share to the aggregates."""
        self._upsert(batch, written)
        self._write_rows(
            cypher.ADD_AGENCY_COUNTS,
            agency_deltas(batch, written.agency_counts if written else ()),
            self._send,
        )
        self._write_rows(
            cypher.ADD_SHARED_TASKS,
            shared_task_deltas(batch, written.task_pairs if written else ()),
            self._send,
        )

    def _write_rows(
        self, statement: str, rows: Sequence[Any], write: Callable[[str, Row], None] | None = None
    ) -> None:
        """``write``: ``_write`` unless given (``_send`` inside a batch's journal)."""
        for i in range(0, len(rows), self.batch_size):
            (write or self._write)(statement, {"rows": rows[i : i + self.batch_size]})

    def _refresh_aggregates(self, agencies: set[str]) -> None:
        """Recount the aggregates of these agencies from the facts (after facts were deleted)."""
        ids = sorted(agencies)
        for i in range(0, len(ids), self.batch_size):
            chunk = ids[i : i + self.batch_size]
            self._write(cypher.REFRESH_AGENCY_COUNTS, {"ids": chunk})
            self._write(cypher.DROP_SHARED_TASKS_OUT, {"ids": chunk})
            self._write(cypher.DROP_SHARED_TASKS_IN, {"ids": chunk})
        pairs: dict[tuple[str, str], int] = {}
        for i in range(0, len(ids), self.batch_size):
            counted = self._read(cypher.COUNT_SHARED_TASKS, {"ids": ids[i : i + self.batch_size]}, 600_000)
            for row in counted.rows:
                a, b = sorted((str(row["a"]), str(row["b"])))
                pairs[(a, b)] = int(row["tasks"])
        self._write_rows(
            cypher.ADD_SHARED_TASKS, [{"a": a, "b": b, "tasks": n} for (a, b), n in sorted(pairs.items())]
        )

    #: Documents combined into one set of UNWIND batches when loading new documents.
    documents_per_batch = 50

    def replace(self, document: Document) -> None:
        """Load one document, replacing exactly the facts an earlier version of it left: the same content
        (same id) or an earlier version loaded from the same source."""
        with self._write_lock:
            self._recover()
            self._replace(document)
            self._purge_now_and_then()

    def _replace(self, document: Document) -> None:
        params = {"source": document.source, "doc_id": document.id}
        earlier = [str(row["id"]) for row in self._read(cypher.EARLIER_VERSIONS, params, 60_000).rows]
        batch = document_rows(document)
        touched = {doc_id: self._touched(doc_id) for doc_id in [*earlier, document.id]}
        shared = _shared_nodes(batch)
        for nodes in touched.values():
            _add(shared, nodes)
        with self._journal(list(touched), shared):
            for doc_id, nodes in touched.items():
                self._delete_facts(doc_id, nodes)
            self._write_new(batch)

    def load(self, documents: Iterable[Document | PreparedDocument]) -> int:
        """Load many documents: already-loaded ones (by id or source) are replaced one by one, new ones go in
        shared batches of ``documents_per_batch``. A prepared document brings its rows (built where it was
        extracted); a plain one is turned into rows here."""
        with self._write_lock, collection_paused():
            self._recover()
            documents = list(documents)
            ids: set[str] = set()
            sources: set[str] = set()
            for i in range(0, len(documents), self.batch_size):
                asked = documents[i : i + self.batch_size]
                params = {"ids": [d.id for d in asked], "sources": [d.source for d in asked]}
                for row in self._read(cypher.LOADED, params, 600_000).rows:
                    ids.add(str(row["id"]))
                    sources.add(str(row["source"]))
            pending: list[Document | PreparedDocument] = []
            count = 0
            for doc in documents:
                count += 1
                if doc.id in ids or doc.source in sources:
                    if any(doc.id == p.id or doc.source == p.source for p in pending):
                        # the same document (or source) twice in this call: the first goes in first, so
                        # that this one replaces it rather than being written beside it
                        self._upsert_many(pending)
                        pending = []
                    self._replace(doc.document() if isinstance(doc, PreparedDocument) else doc)
                    continue
                ids.add(doc.id)
                sources.add(doc.source)
                pending.append(doc)
                if len(pending) >= self.documents_per_batch:
                    self._upsert_many(pending)
                    pending = []
            if pending:
                self._upsert_many(pending)
            self._purge_now_and_then()
            return count

    def _upsert_many(self, documents: list[Document | PreparedDocument]) -> None:
        combined = Batch()
        written = _WrittenRows()
        for doc in documents:
            if isinstance(doc, PreparedDocument) and doc.written and not self.takes_written_rows:
                document_rows(doc.document(), into=combined)  # its rows were written for FalkorDB
            elif isinstance(doc, PreparedDocument):
                combined.absorb(doc.rows)
                if doc.written:
                    written.add(doc)
            else:
                document_rows(doc, into=combined)
        with self._journal([doc.id for doc in documents], _shared_nodes(combined)):
            self._write_new(combined, written)

    def delete(self, doc_id: str) -> None:
        """Remove a document's facts, then any shared node it used that nothing else uses now."""
        with self._write_lock:
            self._recover()
            touched = self._touched(doc_id)
            with self._journal([doc_id], touched):
                self._delete_facts(doc_id, touched)
            self._purge_now_and_then()

    def _touched(self, doc_id: str) -> dict[str, set[str]]:
        """The shared nodes a document's facts point at: candidates for clean-up when it goes."""
        return {
            label: {
                str(r["id"])
                for r in self._read(cypher.touched_shared(label), {"doc_id": doc_id}, 600_000).rows
            }
            for label in _CLEANED
        }

    def _delete_facts(self, doc_id: str, candidates: dict[str, set[str]]) -> None:
        for label in sorted(DOCUMENT_LABELS):
            self._write(cypher.delete_document_nodes(label), {"doc_id": doc_id})
        self._delete_orphans(candidates)

    # --- the intent journal ------------------------------------------------------------------------

    @contextmanager
    def _journal(self, docs: list[str], shared: dict[str, set[str]]) -> Iterator[None]:
        """Guard one batch of writes: journal first, facts, then the journal ends. On an error the batch is
        rolled back at once if the store still answers, otherwise by the next ``recover``."""
        journal_id = uuid.uuid4().hex
        labels = [label for label in _CLEANED for _ in sorted(shared.get(label, ()))]
        ids = [node_id for label in _CLEANED for node_id in sorted(shared.get(label, ()))]
        self._in_flight.add(journal_id)
        try:
            self._write(
                cypher.BEGIN_JOURNAL,
                {
                    "id": journal_id,
                    "owner": self._owner,
                    "docs": docs,
                    "shared_labels": labels,
                    "shared_ids": ids,
                },
            )
            try:
                yield
                self._drain()  # every statement of the batch has succeeded before the journal ends
            except BaseException:
                with suppress(PolicyKGError):  # their failures are the error being raised, or follow it
                    self._drain()
                with suppress(PolicyKGError):  # a store that is down keeps the journal for ``recover``
                    self._rollback(
                        {"id": journal_id, "docs": docs, "shared_labels": labels, "shared_ids": ids}
                    )
                raise
            self._end_journal(journal_id)
        finally:
            self._in_flight.discard(journal_id)

    def _end_journal(self, journal_id: object) -> None:
        """The batch is whole (written or rolled back): raise the store's generation, then end the journal,
        so that a crash between the two leaves the journal open and the next ``recover`` raises it again."""
        self._write(cypher.RAISE_GENERATION)
        self._write(cypher.END_JOURNAL, {"id": journal_id})
        self._unpurged += 1

    #: Ended journals are deleted together once this instance has ended this many (``purge_journals``),
    #: rather than each as its batch ends (see ``cypher.END_JOURNAL`` for why).
    purge_every = 32

    def purge_journals(self) -> None:
        """Delete the ended journals: bookkeeping only, never counted or read as data. Run by ``build`` at
        its end, when a store closes after writing, and every ``purge_every`` batches."""
        with self._write_lock:
            self._write(cypher.PURGE_ENDED_JOURNALS)
            self._unpurged = 0

    def _purge_now_and_then(self) -> None:
        if self._unpurged >= self.purge_every:
            self.purge_journals()

    def _purge_on_close(self) -> None:
        """For ``close``: purge if this instance ended journals; a store that no longer answers keeps them
        (they are deleted by the next purge)."""
        if self._unpurged:
            with suppress(PolicyKGError):
                self.purge_journals()

    def generation(self) -> int:
        """A number that every finished write of documents raises, whichever process wrote (0 before any)."""
        rows = self._read(cypher.GENERATION, {}, 60_000).rows
        value = rows[0]["n"] if rows else None
        return int(value) if isinstance(value, int | float) else 0

    def recover(self) -> int:
        """Roll back the writes that were interrupted (a crash, a kill, a lost connection); returns how
        many batches were rolled back. Run on opening the embedded store and before every write."""
        with self._write_lock:
            return self._recover()

    def _recover(self) -> int:
        if not self._has_graph():
            return 0
        rolled_back = 0
        for journal in self._read(cypher.JOURNALS, {}, 600_000).rows:
            if str(journal["id"]) in self._in_flight:
                continue  # this instance is still writing that batch
            age = journal.get("age_ms")
            stale = isinstance(age, int | float) and age > self.journal_stale_ms
            if self.exclusive or journal.get("owner") == self._owner or stale:
                self._rollback(journal)
                rolled_back += 1
        return rolled_back

    def _rollback(self, journal: Row) -> None:
        """Delete the journal's documents' facts and the shared nodes it names that nothing uses now;
        idempotent, so an interrupted rollback is finished by the next one."""
        shared: dict[str, set[str]] = defaultdict(set)
        labels, ids = journal.get("shared_labels") or [], journal.get("shared_ids") or []
        for label, node_id in zip(labels, ids, strict=False):
            if label in _CLEANED:
                shared[str(label)].add(str(node_id))
        docs = [str(d) for d in journal.get("docs") or []]
        for doc_id in docs:
            _add(shared, self._touched(doc_id))
        for doc_id in docs:
            self._delete_facts(doc_id, {})
        self._delete_orphans(shared)
        self._end_journal(journal["id"])

    def _delete_orphans(self, candidates: dict[str, set[str]]) -> None:
        """Recount the candidate agencies' aggregates (which drops their stale SHARES_TASKS links), then
        remove the candidates nothing points at any more."""
        if candidates.get("Agency"):
            self._refresh_aggregates(candidates["Agency"])
        for label in _CLEANED:  # in LABELS order: agencies before their types
            ids = sorted(candidates.get(label, ()))
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
        """Nodes and relationships of the data (a journal of a write in progress and the store's generation
        are not counted)."""
        nodes = self._read(cypher.COUNT_NODES, {}, 60_000).rows[0]["n"]
        journals = self._read(cypher.COUNT_JOURNAL_NODES, {}, 60_000).rows[0]["n"]
        generations = self._read(cypher.COUNT_GENERATIONS, {}, 60_000).rows[0]["n"]
        rels = self._read(cypher.COUNT_RELATIONSHIPS, {}, 60_000).rows[0]["n"]
        return int(nodes) - int(journals) - int(generations), int(rels)

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


@dataclass
class _WrittenRows:
    """The own rows of the prepared documents of a batch that came written (see graph/prepared.py)."""

    nodes: dict[tuple[str, tuple[str, ...]], list[WrittenRows]] = field(
        default_factory=lambda: defaultdict(list)
    )
    rels: dict[tuple[str, str, str], list[WrittenRows]] = field(default_factory=lambda: defaultdict(list))
    agency_counts: list[dict[str, dict[str, int]]] = field(default_factory=list)
    task_pairs: list[dict[tuple[str, str], int]] = field(default_factory=list)

    def add(self, doc: PreparedDocument) -> None:
        for key, rows in (doc.own_nodes or {}).items():
            self.nodes[key].append(rows)
        for rel_key, rels in (doc.own_rels or {}).items():
            self.rels[rel_key].append(rels)
        self.agency_counts.append(doc.agency_counts)
        self.task_pairs.append(doc.task_pairs)


#: Shared labels whose unused nodes are removed (the gazetteer's regions are reference data and stay).
_CLEANED = tuple(label for label in cypher.SHARED_LABELS if label != "Region")


def _shared_nodes(batch: Batch) -> dict[str, set[str]]:
    """The shared nodes a batch writes: what a rollback must remove again if nothing else uses them."""
    out: dict[str, set[str]] = defaultdict(set)
    for (label, _), rows in batch.nodes.items():
        if label in _CLEANED:
            out[label].update(rows)
    return out


def _add(into: dict[str, set[str]], more: dict[str, set[str]]) -> None:
    for label, ids in more.items():
        into.setdefault(label, set()).update(ids)


def _plain(props: Any) -> Any:
    """Numbers compare equal across engines (FalkorDB returns some integers as floats)."""
    if isinstance(props, dict):
        return {k: _plain(v) for k, v in props.items()}
    if isinstance(props, list):
        return [_plain(v) for v in props]
    if isinstance(props, float) and props.is_integer():
        return int(props)
    return props
