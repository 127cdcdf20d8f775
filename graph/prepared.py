"""A document made ready for loading where it was extracted: its graph rows and its JSON for the document
cache, so that the loading process receives plain rows and text instead of rebuilding (or unpickling) the
whole model of every plan on the one core that also drives the store.

For FalkorDB (``written=True``) the document's own rows go further: the nodes of its own labels (plan,
sections, tasks, responsibilities, goals, targets, phases) and the relationships from or to them, which no
other document shares, are written as parameter text (``graph.params``) in the worker, with what they add
to the kept aggregates. The loading process then only joins texts for them, rather than unpickling,
merging and writing thousands of row dicts per plan; it still merges the shared nodes (agencies, regions,
programmes …), which other documents of a batch name too."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from graph.aggregates import agency_counts, task_pairs
from graph.rows import Batch, ListedBatch, document_rows
from policykg.collector import collection_paused
from policykg.models import Document

#: Rows written as parameter text: how many, and the items of the list ``cypher_value`` wrote for them
#: (without its brackets). Each row is a list of values (``rows.listed_nodes``,
#: ``rows.listed_relationships``), as the store's statements for a new document's own rows read them.
WrittenRows = tuple[int, str]


@dataclass(frozen=True)
class PreparedDocument:
    id: str
    source: str
    #: ``Document.model_dump_json()`` as UTF-8 bytes: what the document cache writes. Bytes, not text: the
    #: loading process neither decodes it (unpickling) nor encodes it again (writing the file).
    json: bytes
    #: ``document_rows(document)``: what the store writes; only the shared nodes and the relationships
    #: between them when the document's own rows are ``written`` (built as lists: ``rows.ListedBatch``).
    rows: Batch
    #: The document's own node rows as parameter text, keyed like ``Batch.nodes`` (None: all in ``rows``).
    own_nodes: dict[tuple[str, tuple[str, ...]], WrittenRows] | None = None
    #: Its relationships from or to its own nodes, keyed like ``Batch.rels``.
    own_rels: dict[tuple[str, str, str], WrittenRows] | None = None
    #: What its responsibilities add to the agencies' counters (``aggregates.agency_counts``).
    agency_counts: dict[str, dict[str, int]] = field(default_factory=dict)
    #: What its tasks add to the shared-task links (``aggregates.task_pairs``).
    task_pairs: dict[tuple[str, str], int] = field(default_factory=dict)

    @property
    def written(self) -> bool:
        return self.own_nodes is not None

    @classmethod
    def of(cls, document: Document, *, written: bool = False) -> PreparedDocument:
        """Raises StoreError (a PolicyKGError) if ``written`` and a value cannot be sent to FalkorDB."""
        with collection_paused():
            json = Document.__pydantic_serializer__.to_json(document)
            if not written:
                return cls(id=document.id, source=document.source, json=json, rows=document_rows(document))
            from graph.params import cypher_value  # graph.params imports the store, which imports this

            def text(rows: Iterable[list[object]]) -> WrittenRows:
                listed = list(rows)
                return len(listed), cypher_value(listed, "rows")[1:-1]

            rows = ListedBatch()
            document_rows(document, into=rows)
            aggregated = rows.aggregated()
            return cls(
                id=document.id,
                source=document.source,
                json=json,
                rows=Batch(nodes=rows.nodes, rels=rows.rels),
                own_nodes={key: text(nodes.values()) for key, nodes in rows.own_nodes.items()},
                own_rels={key: text(pairs.values()) for key, pairs in rows.own_rels.items()},
                agency_counts=agency_counts(aggregated),
                task_pairs=task_pairs(aggregated),
            )

    def document(self) -> Document:
        """The full model again (for a replacement, or to report on it)."""
        return Document.model_validate_json(self.json)
