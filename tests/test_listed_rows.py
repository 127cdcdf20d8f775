"""``ListedBatch`` (what ``PreparedDocument.of(…, written=True)`` builds) keeps a document's own rows
directly as lists of values instead of building a ``Batch`` row dict for each and listing it afterwards.
These tests pin the two paths together: on the corpus and on arbitrary statements (duplicate ids included)
the direct lists equal ``listed_nodes`` / ``listed_relationships`` of ``document_rows``' dicts, the shared
rows are the same, and so are the aggregates read from them."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.aggregates import agency_counts, task_pairs
from graph.prepared import PreparedDocument
from graph.rows import (
    OWN_NODE_PROPERTIES,
    Batch,
    ListedBatch,
    document_rows,
    listed_nodes,
    listed_relationships,
)
from graph.schema import DOCUMENT_LABELS
from policykg.models import Document


def dict_path(batch: Batch) -> tuple[dict[object, list[list[object]]], dict[object, list[list[object]]]]:
    """The own rows of a ``Batch`` as the lists ``listed_nodes`` / ``listed_relationships`` make of them."""
    nodes = {
        key: listed_nodes(key[0], rows.values())
        for key, rows in batch.nodes.items()
        if key[0] in DOCUMENT_LABELS
    }
    rels = {
        key: listed_relationships(key[1], rows.values())
        for key, rows in batch.rels.items()
        if key[0] in DOCUMENT_LABELS or key[2] in DOCUMENT_LABELS
    }
    return nodes, rels


def direct_path(
    batch: ListedBatch,
) -> tuple[dict[object, list[list[object]]], dict[object, list[list[object]]]]:
    return (
        {key: list(rows.values()) for key, rows in batch.own_nodes.items()},
        {key: list(rows.values()) for key, rows in batch.own_rels.items()},
    )


def shared(batch: Batch) -> tuple[dict[object, object], dict[object, object]]:
    return (
        {key: rows for key, rows in batch.nodes.items() if key[0] not in DOCUMENT_LABELS},
        {
            key: rows
            for key, rows in batch.rels.items()
            if key[0] not in DOCUMENT_LABELS and key[2] not in DOCUMENT_LABELS
        },
    )


def test_direct_lists_equal_the_dict_path_on_the_corpus(corpus_docs: dict[str, Document]) -> None:
    for name, doc in corpus_docs.items():
        rows = document_rows(doc)
        listed = ListedBatch()
        document_rows(doc, into=listed)
        assert direct_path(listed) == dict_path(rows), name
        # same keys in the same order: the texts and the store's statements follow it
        assert list(direct_path(listed)[0]) == list(dict_path(rows)[0]), name
        assert list(direct_path(listed)[1]) == list(dict_path(rows)[1]), name
        assert (listed.nodes, listed.rels) == shared(rows), name
        assert agency_counts(listed.aggregated()) == agency_counts(rows), name
        assert task_pairs(listed.aggregated()) == task_pairs(rows), name
        assert agency_counts(rows) or not doc.tasks or not any(t.responsibilities for t in doc.tasks)


def test_prepared_written_rows_hold_only_shared_rows(corpus_docs: dict[str, Document]) -> None:
    doc = next(iter(corpus_docs.values()))
    prepared = PreparedDocument.of(doc, written=True)
    assert type(prepared.rows) is Batch  # not the ListedBatch: nothing more is pickled to the loader
    assert (dict(prepared.rows.nodes), dict(prepared.rows.rels)) == shared(document_rows(doc))
    assert prepared.own_nodes is not None
    assert sum(n for n, _ in prepared.own_nodes.values()) == sum(
        len(rows) for key, rows in document_rows(doc).nodes.items() if key[0] in DOCUMENT_LABELS
    )


def test_a_listed_batch_holds_one_document(corpus_docs: dict[str, Document]) -> None:
    doc = next(iter(corpus_docs.values()))
    listed = ListedBatch()
    document_rows(doc, into=listed)
    with pytest.raises(ValueError, match="one document"):
        document_rows(doc, into=listed)


VALUES = st.one_of(st.none(), st.integers(0, 3), st.sampled_from(["牵头", "配合", ""]))
NODE = st.tuples(
    st.just("node"),
    st.sampled_from([*sorted(DOCUMENT_LABELS), "Agency"]),
    st.sampled_from(["d/1", "d/2", "d/3"]),
    st.dictionaries(st.sampled_from(["doc_id", "role", "title", "path", "start", "name", "quote"]), VALUES),
)
REL = st.tuples(
    st.just("rel"),
    st.sampled_from(
        [
            ("Plan", "HAS_TASK", "Task"),
            ("Task", "MENTIONS", "Program"),
            ("Plan", "CITES", "PolicyDocument"),
            ("Responsibility", "HELD_BY", "Agency"),
            ("Task", "HAS_RESPONSIBILITY", "Responsibility"),
            ("Agency", "OF_TYPE", "AgencyType"),
        ]
    ),
    st.tuples(st.sampled_from(["d/1", "d/2"]), st.sampled_from(["a", "b", "d/3"])),
    st.dictionaries(st.sampled_from(["quote", "start"]), VALUES),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(NODE, REL), max_size=30))
def test_statements_with_duplicate_ids_merge_as_a_batch_does(
    statements: list[tuple[str, object, object, dict[str, object]]],
) -> None:
    """A node stated twice: later values win, None never replaces one; a relationship: the first
    statement's properties stand, its count is how often it was stated."""
    rows, listed = Batch(), ListedBatch()
    for batch in (rows, listed):
        batch.begin_document()
        for kind, what, ids, props in statements:
            if kind == "node":
                label = str(what)
                keys = OWN_NODE_PROPERTIES.get(label, ("name", "title"))
                batch.node(label, str(ids), **{k: v for k, v in props.items() if k in keys})
            else:
                src_label, rel, dst_label = what  # type: ignore[misc]
                src, dst = ids  # type: ignore[misc]
                kept = props if rel in ("MENTIONS", "CITES") else {}
                batch.rel(src_label, rel, dst_label, src, dst, **kept)
    assert direct_path(listed) == dict_path(rows)
    assert (listed.nodes, listed.rels) == shared(rows)
    assert agency_counts(listed.aggregated()) == agency_counts(rows)
    assert task_pairs(listed.aggregated()) == task_pairs(rows)
