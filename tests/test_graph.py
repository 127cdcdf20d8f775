"""Contract tests for every graph backend available: always the embedded FalkorDB, and Neo4j when NEO4J_URI
is set (skipped visibly otherwise). Loading, idempotence, replace/delete, read-only, limits, the library."""

from __future__ import annotations

import os
import time
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

import pytest

from bench.corpus import generate
from graph import cypher
from graph.factory import open_store
from graph.falkor import EmbeddedFalkorStore
from graph.library import library, statement
from graph.prepared import PreparedDocument
from graph.rows import (
    OWN_NODE_PROPERTIES,
    OWN_RELATIONSHIP_PROPERTIES,
    Batch,
    _table_total_conflicts,
    document_rows,
    listed_nodes,
    listed_relationships,
    own_relationship_properties,
)
from graph.schema import DOCUMENT_LABELS, LABELS, RELATIONSHIPS
from graph.store import CypherStore, ReadOnlyViolation, StoreError, StoreUnavailable
from loaders import load_bytes
from ontology.model import CLASSES, PROPERTIES
from policykg.batch import extract_paths
from policykg.errors import DocumentError
from policykg.extract.pipeline import extract_document
from policykg.models import Document
from tests.conftest import PLAN_000
from tests.test_targets_standing import LIBRARY_PLAN


@pytest.fixture
def loaded(store, corpus_docs) -> CypherStore:
    store.load(corpus_docs.values())
    return store


def rows(store: CypherStore, name: str, **params: object) -> list[dict[str, object]]:
    return store.query(statement(name), params).rows


def test_schema_is_derived_from_the_model() -> None:
    assert set(LABELS) == {c.name for c in CLASSES} - {"Evidence"}
    assert set(RELATIONSHIPS) == {p.pg for p in PROPERTIES if p.is_object and p.range != "Evidence"}


def test_load_is_idempotent(loaded, corpus_docs) -> None:
    counts, digest = loaded.counts(), loaded.content_hash()
    loaded.ensure_schema()  # schema set-up is idempotent too
    loaded.load(corpus_docs.values())
    assert loaded.counts() == counts
    loaded.load(reversed(list(corpus_docs.values())))
    assert loaded.content_hash() == digest
    nodes, rels = counts
    assert nodes > 1000
    assert rels > 2000


def test_new_documents_relationships_are_created_only_where_one_end_is_their_own() -> None:
    # a document's own nodes are new when it is written, so their relationships cannot exist yet; links
    # between shared nodes (an agency's region and type, a region's parent) may, and are merged
    embedded = EmbeddedFalkorStore.__new__(EmbeddedFalkorStore)
    shared = SimpleNamespace(exclusive=False)  # several may write to one Neo4j, which merges them all
    for rel, (sources, target) in RELATIONSHIPS.items():
        for source in sources:
            written, listed = CypherStore._links(embedded, source, rel, target)
            own = source in DOCUMENT_LABELS or target in DOCUMENT_LABELS
            assert (" CREATE (a)-" in written, " MERGE (a)-" in written) == (own, not own), (source, rel)
            assert listed == own
            assert f"[e:{rel}" in written
            upsert = cypher.upsert_relationships(source, rel, target)
            keys = own_relationship_properties(rel)
            assert written == (cypher.create_relationships(source, rel, target, keys) if own else upsert)
            assert CypherStore._links(shared, source, rel, target) == (upsert, False)  # type: ignore[arg-type]


def test_new_documents_own_nodes_are_created_with_their_properties_in_the_pattern() -> None:
    # a SET on a FalkorDB node of an indexed label re-indexes it (and the index's collector then forks the
    # server): a new document's own nodes are created with every property at once, read from a list of
    # values; shared nodes are merged, and so is every node written to Neo4j
    assert set(OWN_NODE_PROPERTIES) == DOCUMENT_LABELS
    embedded = EmbeddedFalkorStore.__new__(EmbeddedFalkorStore)
    shared = SimpleNamespace(exclusive=False)
    for label in LABELS:
        written = CypherStore._nodes(embedded, label, ("Collective",))
        if label in DOCUMENT_LABELS:
            keys = OWN_NODE_PROPERTIES[label]
            pattern = "{id: r[0]" + "".join(f", {key}: r[{i}]" for i, key in enumerate(keys, 1)) + "})"
            assert written == (f"UNWIND $rows AS r CREATE (n:{label}:Collective {pattern}", True)
        else:
            assert written == (cypher.upsert_nodes(label, ("Collective",)), False)
        assert CypherStore._nodes(shared, label, ()) == (cypher.upsert_nodes(label), False)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="plain property key"):
        cypher.create_nodes("Task", ("title}) DETACH DELETE n //",))


def test_every_property_of_a_documents_own_nodes_is_listed(corpus_docs, monkeypatch) -> None:
    # document_rows passes every property as a keyword, None or not: each label's keywords are its list
    passed: dict[str, set[str]] = {}
    node = Batch.node

    def recording(self: Batch, label: str, node_id: str, **props: object) -> None:
        passed.setdefault(label, set()).update(k for k in props if k != "extra")
        node(self, label, node_id, **props)  # type: ignore[arg-type]

    monkeypatch.setattr(Batch, "node", recording)
    for doc in corpus_docs.values():
        document_rows(doc)
    assert {label: passed[label] for label in DOCUMENT_LABELS} == {
        label: set(keys) for label, keys in OWN_NODE_PROPERTIES.items()
    }


def test_every_property_of_a_documents_own_relationships_is_listed(corpus_docs, monkeypatch) -> None:
    # the relationships from or to a document's own nodes go to FalkorDB as lists of values, in the order
    # of their type's list: every keyword document_rows passes is in it, after the count Batch.rel adds
    passed: dict[str, set[str]] = {}
    rel = Batch.rel

    def recording(self: Batch, src: str, kind: str, dst: str, a: str, b: str, **props: object) -> None:
        if src in DOCUMENT_LABELS or dst in DOCUMENT_LABELS:
            passed.setdefault(kind, set()).update(props)
        rel(self, src, kind, dst, a, b, **props)

    monkeypatch.setattr(Batch, "rel", recording)
    for doc in corpus_docs.values():
        document_rows(doc)
    assert passed["MENTIONS"]
    assert passed["CITES"]
    assert {kind: {"count", *keys} for kind, keys in passed.items()} == {
        kind: set(own_relationship_properties(kind)) for kind in passed
    }
    assert set(OWN_RELATIONSHIP_PROPERTIES) <= set(passed) | {"ANNOUNCES"}
    for keys in (*OWN_RELATIONSHIP_PROPERTIES.values(), own_relationship_properties("HAS_TASK")):
        assert keys[0] == "count"


def test_rows_written_as_lists_put_each_value_where_the_statement_reads_it() -> None:
    # a worker writes a new document's own rows as lists of values; the statements read them by position
    props = {"doc_id": "d", "name": "启动", "end": 2025}
    keys = OWN_NODE_PROPERTIES["Phase"]
    nodes = listed_nodes("Phase", [{"id": "d/phase/1", "props": props}])
    assert nodes == [["d/phase/1", *(props.get(key) for key in keys)]]
    assert nodes[0][1 + keys.index("name")] == "启动"
    assert None in nodes[0]
    assert cypher.create_nodes("Phase", keys) == (
        "UNWIND $rows AS r CREATE (n:Phase {id: r[0]"
        + "".join(f", {key}: r[{i}]" for i, key in enumerate(keys, start=1))
        + "})"
    )
    rels = listed_relationships("MENTIONS", [{"src": "t", "dst": "p", "props": {"count": 2, "start": 7}}])
    assert rels == [["t", "p", 2, None, 7]]
    assert cypher.create_relationships("Task", "MENTIONS", "Program", ("count", "quote", "start")) == (
        "UNWIND $rows AS r MATCH (a:Task {id: r[0]}) MATCH (b:Program {id: r[1]}) "
        "CREATE (a)-[e:MENTIONS {count: r[2], quote: r[3], start: r[4]}]->(b)"
    )
    with pytest.raises(ValueError, match="plain property key"):
        cypher.create_relationships("Task", "MENTIONS", "Program", ("count}]->(b) DELETE b //",))


def test_only_a_store_with_one_writer_takes_rows_written_in_the_workers() -> None:
    # those rows are created without looking for existing ones: several writers (Neo4j) rebuild the rows
    embedded = EmbeddedFalkorStore.__new__(EmbeddedFalkorStore)
    assert embedded.takes_written_rows
    shared = SimpleNamespace(takes_written=True, exclusive=False)
    assert not CypherStore.takes_written_rows.fget(shared)  # type: ignore[attr-defined]


def test_stored_nodes_hold_exactly_their_rows_properties(loaded, corpus_docs) -> None:
    # every property of every row stored, whichever statement wrote it (the agencies' counters aside); a
    # shared node holds the values of the last document that brought it (documents in load order)
    batch = Batch()
    for doc in corpus_docs.values():
        document_rows(doc, batch)
    expected: dict[str, list[dict[str, object]]] = {}
    for label, _extra, rows in batch.node_rows():  # an agency's rows are apart by its extra label
        expected.setdefault(label, []).extend({"id": row["id"], **row["props"]} for row in rows)
    for label, nodes in expected.items():
        stored = [row["p"] for row in loaded.query(f"MATCH (n:{label}) RETURN properties(n) AS p").rows]
        if label == "Agency":
            kept = {"obligations", "targets"}  # the counters: *obligations, *targets
            stored = [{k: v for k, v in p.items() if k.rsplit("_", 1)[-1] not in kept} for p in stored]
        assert sorted(stored, key=_by_id) == sorted(nodes, key=_by_id), label


def _by_id(props: dict[str, object]) -> str:
    return str(props["id"])


def test_every_relationship_is_stored_once_however_the_documents_arrive(loaded, corpus_docs) -> None:
    docs = list(corpus_docs.values())
    first = corpus_docs["000_7198047be529bd92"]
    others = [d for d in docs if d.id != first.id]
    loaded.load(docs)  # again: every document replaced, none written over
    changed = _changed(PLAN_000.read_text(encoding="utf-8") + "\n附：无。")
    loaded.load([others[0], changed])  # a new version of a loaded source
    loaded.delete(others[1].id)
    loaded.load(others[1:3])  # one deleted and new again, one already there
    loaded.delete(others[2].id)
    loaded.delete(changed.id)
    newer = _changed(PLAN_000.read_text(encoding="utf-8") + "\n附：无。\n")
    # in one call: a document twice, and two versions of one source, none of them in the store before
    loaded.load([others[2], others[2], first, newer])
    plans = {str(r["id"]) for r in loaded.query("MATCH (p:Plan) RETURN p.id AS id").rows}
    assert plans == {d.id for d in others} | {newer.id}
    twice = loaded.query(
        "MATCH (a)-[r]->(b) WITH a, type(r) AS t, b, count(r) AS n WHERE n > 1 RETURN t, count(*) AS pairs"
    ).rows
    assert twice == []
    assert_aggregates_match_the_facts(loaded)


def test_a_document_whose_facts_are_not_named_after_it_is_refused(corpus_docs) -> None:
    doc = next(iter(corpus_docs.values()))
    stray = doc.tasks[0].model_copy(update={"id": "elsewhere/task/1"})
    bad = doc.model_copy(update={"tasks": [stray, *doc.tasks[1:]]})
    with pytest.raises(DocumentError, match="elsewhere/task/1"):
        document_rows(bad)
    document_rows(doc)


def test_facts_in_the_graph(loaded, corpus_docs) -> None:
    n = loaded.query("MATCH (r:Responsibility) RETURN count(r) AS n").rows[0]["n"]
    assert n == sum(len(t.responsibilities) for d in corpus_docs.values() for t in d.tasks)
    quote = loaded.query(
        "MATCH (t:Task {path: $path})-[:HAS_RESPONSIBILITY]->(r:Responsibility)-[:HELD_BY]->(a:Agency) "
        "RETURN r.role AS role, r.quote AS quote, r.start AS start, a.name AS agency ORDER BY agency",
        {"path": "四.(四).5"},
    ).rows
    assert quote[0]["quote"].startswith("〔责任单位：区市场监管局（知识产权局）牵头")
    text = PLAN_000.read_text(encoding="utf-8")
    assert text[quote[0]["start"] : quote[0]["start"] + len(quote[0]["quote"])] == quote[0]["quote"]
    chain = loaded.query(
        "MATCH (:Region {id: '320612'})-[:PART_OF]->(c:Region)-[:PART_OF]->(p:Region) RETURN c.name AS c, p.name AS p"
    ).rows
    assert chain == [{"c": "南通市", "p": "江苏省"}]
    labels = loaded.query("MATCH (a:Collective) RETURN count(a) AS n").rows[0]["n"]
    assert labels == loaded.query("MATCH (a:Agency:Collective) RETURN count(a) AS n").rows[0]["n"] > 0


def _changed(doc_text: str) -> Document:
    return extract_document(load_bytes(doc_text.encode("utf-8"), str(PLAN_000)))


def test_replacing_a_changed_plan_touches_only_its_facts(loaded, corpus_docs) -> None:
    others = "MATCH (p:Plan) WHERE p.id <> $id MATCH (p)-[*1..2]->(n) RETURN count(DISTINCT n) AS n"
    old = corpus_docs["000_7198047be529bd92"]
    before_others = loaded.query(others, {"id": old.id}).rows[0]["n"]
    text = PLAN_000.read_text(encoding="utf-8").replace(
        "区委组织部、区市场监管局（知识产权局）按职责分工负责", "区人社局负责"
    )
    new = _changed(text)
    assert new.id != old.id
    loaded.replace(new)
    plans = loaded.query("MATCH (p:Plan) RETURN p.id AS id").rows
    assert {r["id"] for r in plans} == {d.id for d in corpus_docs.values() if d.id != old.id} | {new.id}
    assert loaded.query(others, {"id": new.id}).rows[0]["n"] == before_others
    assert rows(loaded, "agency_obligations", agency_id="agency/320612/hr_social_security")
    assert not rows(loaded, "agency_obligations", agency_id="agency/320612/org_department")


def test_load_replaces_a_new_version_of_a_loaded_source(loaded, corpus_docs) -> None:
    old = corpus_docs["000_7198047be529bd92"]
    text = PLAN_000.read_text(encoding="utf-8").replace(
        "区委组织部、区市场监管局（知识产权局）按职责分工负责", "区人社局负责"
    )
    new = _changed(text)
    assert new.source == old.source
    assert new.id != old.id
    other = next(d for d in corpus_docs.values() if d.id != old.id)
    loaded.load([other, new])  # one already loaded by id, one by source
    plans = loaded.query("MATCH (p:Plan) RETURN p.id AS id").rows
    assert {r["id"] for r in plans} == {d.id for d in corpus_docs.values() if d.id != old.id} | {new.id}
    assert rows(loaded, "agency_obligations", agency_id="agency/320612/hr_social_security")


def test_loading_asks_the_store_only_about_the_documents_at_hand(loaded, corpus_docs, monkeypatch) -> None:
    read = loaded._read
    answered: list[int] = []

    def counting_read(statement: str, params: dict[str, object], timeout_ms: int):  # type: ignore[no-untyped-def]
        result = read(statement, params, timeout_ms)
        if statement == cypher.LOADED:
            answered.append(len(result.rows))
        return result

    monkeypatch.setattr(loaded, "_read", counting_read)
    loaded.load([next(iter(corpus_docs.values()))])
    assert answered == [1]  # not one row per plan in the store


def test_delete_removes_facts_and_unused_shared_nodes(loaded, corpus_docs) -> None:
    doc = corpus_docs["000_7198047be529bd92"]
    loaded.delete(doc.id)
    left = loaded.query("MATCH (n) WHERE n.doc_id = $id RETURN count(n) AS n", {"id": doc.id}).rows[0]["n"]
    assert left == 0
    court = loaded.query("MATCH (a:Agency {id: 'agency/320612/court'}) RETURN count(a) AS n").rows[0]["n"]
    assert court == 0  # used by plan 000 only
    shared = {r["document"]: r["plans"] for r in rows(loaded, "citation_network")}
    assert shared["知识产权强国建设纲要(2021-2035年)"] == 1  # still cited by plan 001
    assert shared["企业知识产权管理规范"] == 3
    region = loaded.query("MATCH (r:Region {id: '320612'}) RETURN count(r) AS n").rows[0]["n"]
    assert region == 1  # regions are reference data
    loaded.load([doc])
    assert {r["document"]: r["plans"] for r in rows(loaded, "citation_network")}["企业知识产权管理规范"] == 4


def test_every_write_of_documents_raises_the_generation(store, corpus_docs) -> None:
    # what readers without a data version (the API's search index on Neo4j) ask to see other writers' loads
    assert store.generation() == 0
    docs = list(corpus_docs.values())
    store.load(docs[:2])
    after_load = store.generation()
    assert after_load > 0
    counts = store.counts()
    store.delete(docs[0].id)
    assert store.generation() > after_load
    store.load(docs[:1])
    assert store.counts() == counts  # the generation's own node is bookkeeping, never counted
    assert store.query("MATCH (n:StoreGeneration) RETURN count(n) AS n").rows[0]["n"] == 1


def test_ended_journals_are_deleted_together(store, corpus_docs) -> None:
    """A batch's journal is marked ended, not deleted: on FalkorDB deleting a node makes the server bring its
    pending matrix changes up to date, work that grows with the graph (cypher.END_JOURNAL). Ended journals
    are no interrupted writes, never counted, and go together."""
    docs = list(corpus_docs.values())
    store.load(docs[:2])
    counts, digest = store.counts(), store.content_hash()
    assert store.query(cypher.COUNT_JOURNAL_NODES).rows[0]["n"] >= 1  # ended, still there
    assert store.query(cypher.COUNT_JOURNALS).rows == [{"n": 0}]  # none open
    assert store.recover() == 0  # an ended journal marks no interrupted write
    assert store.counts() == counts
    store.purge_journals()
    assert store.query(cypher.COUNT_JOURNAL_NODES).rows == [{"n": 0}]
    assert (store.counts(), store.content_hash()) == (counts, digest)
    store.purge_every = 2
    store.load(docs[2:3])
    assert store.query(cypher.COUNT_JOURNAL_NODES).rows == [{"n": 1}]
    store.delete(docs[2].id)  # the second batch ended since the purge: both go
    assert store.query(cypher.COUNT_JOURNAL_NODES).rows == [{"n": 0}]


def test_a_store_closing_after_writes_purges_its_ended_journals(tmp_path, corpus_docs) -> None:
    with open_store(f"embedded:{tmp_path / 'graph'}") as store:
        store.ensure_schema()
        store.load(list(corpus_docs.values())[:1])
        assert store.query(cypher.COUNT_JOURNAL_NODES).rows == [{"n": 1}]
    with open_store(f"embedded:{tmp_path / 'graph'}") as store:
        assert store.query(cypher.COUNT_JOURNAL_NODES).rows == [{"n": 0}]


# The aggregates kept at load, counted again from the facts themselves (graph/aggregates.py).
_AGENCY_COUNTS_FROM_FACTS = """
MATCH (a:Agency)
WITH a, [(a)<-[:HELD_BY]-(r:Responsibility)<-[:HAS_RESPONSIBILITY]-(:Task) | r.role] AS roles,
     [(a)<-[:HELD_BY]-(h:Responsibility)<-[:HAS_RESPONSIBILITY]-(:Target) | h.role] AS held
RETURN a.id AS id, [size(roles), size([x IN roles WHERE x = 'lead']), size([x IN roles WHERE x = 'support']),
       size([x IN roles WHERE x = 'joint']), size([x IN roles WHERE x = 'sole']),
       size([x IN roles WHERE x = 'implicit']), size(held), size([x IN held WHERE x = 'lead'])] AS counts
"""
_AGENCY_COUNTS_KEPT = """
MATCH (a:Agency)
RETURN a.id AS id, [a.obligations, a.lead_obligations, a.support_obligations, a.joint_obligations,
       a.sole_obligations, a.implicit_obligations, a.targets, a.lead_targets] AS counts
"""
_PAIRS_FROM_FACTS = """
MATCH (t:Task)-[:HAS_RESPONSIBILITY]->(:Responsibility)-[:HELD_BY]->(a:Agency),
      (t)-[:HAS_RESPONSIBILITY]->(:Responsibility)-[:HELD_BY]->(b:Agency)
WHERE a.id < b.id
RETURN a.id AS a, b.id AS b, count(DISTINCT t) AS tasks
"""
_PAIRS_KEPT = "MATCH (a:Agency)-[s:SHARES_TASKS]->(b:Agency) RETURN a.id AS a, b.id AS b, s.tasks AS tasks"
_NO_LEAD_FROM_FACTS = """
MATCH (p:Plan)-[:HAS_TASK]->(t:Task)-[:HAS_RESPONSIBILITY]->(r:Responsibility)
WITH p, t, collect(r.basis) AS bases, collect(r.role) AS roles
WHERE any(b IN bases WHERE b IN ['annotation', 'table']) AND NOT 'lead' IN roles
RETURN p.id AS id, count(t) AS tasks
"""
_NO_LEAD_KEPT = (
    "MATCH (p:Plan) WHERE p.tasks_without_lead > 0 RETURN p.id AS id, p.tasks_without_lead AS tasks"
)


def assert_aggregates_match_the_facts(store: CypherStore) -> None:
    def table(statement: str, key: tuple[str, ...], value: str) -> dict[tuple[object, ...], object]:
        got = store.query(statement, limit=1_000_000).rows
        return {tuple(r[k] for k in key): r[value] for r in got}

    assert table(_AGENCY_COUNTS_KEPT, ("id",), "counts") == table(
        _AGENCY_COUNTS_FROM_FACTS, ("id",), "counts"
    )
    assert table(_PAIRS_KEPT, ("a", "b"), "tasks") == table(_PAIRS_FROM_FACTS, ("a", "b"), "tasks")
    assert table(_NO_LEAD_KEPT, ("id",), "tasks") == table(_NO_LEAD_FROM_FACTS, ("id",), "tasks")


def test_aggregates_follow_loads_replacements_deletions_and_rollbacks(
    store, corpus_docs, monkeypatch
) -> None:
    docs = list(corpus_docs.values())
    store.load(docs[:3])
    assert_aggregates_match_the_facts(store)
    store.load(docs)  # three already loaded (replaced), two new (added)
    assert_aggregates_match_the_facts(store)
    assert store.query(_PAIRS_KEPT).rows, "the corpus has agencies sharing tasks"
    digest = store.content_hash()
    text = PLAN_000.read_text(encoding="utf-8").replace(
        "区委组织部、区市场监管局（知识产权局）按职责分工负责", "区人社局负责"
    )
    store.replace(_changed(text))
    assert_aggregates_match_the_facts(store)
    store.delete(_changed(text).id)
    assert_aggregates_match_the_facts(store)
    store.load(docs)
    assert store.content_hash() == digest  # the same graph, aggregates included, whatever the history

    class Interrupted(Exception):
        pass

    # a second plan with plan 000's agencies (another file): its pairs add to those plan 000 made
    twin = extract_document(load_bytes(text.encode("utf-8"), str(PLAN_000.with_name("twin.txt"))))
    before = {(r["a"], r["b"]): r["tasks"] for r in store.query(_PAIRS_KEPT).rows}
    write_rows = store._write_rows
    failures = iter([True])

    def fail_once(*args: object) -> None:
        if next(failures, False):
            raise Interrupted  # after the facts, before the aggregates
        write_rows(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(store, "_write_rows", fail_once)
    with pytest.raises(Interrupted):
        store.load([twin])
    assert_aggregates_match_the_facts(store)  # rolled back at once, aggregates recounted
    assert store.content_hash() == digest

    def fail(*args: object) -> None:
        raise Interrupted

    monkeypatch.setattr(store, "_write_rows", fail)  # the rollback fails too: the journal stays
    with pytest.raises(Interrupted):
        store.load([twin])
    monkeypatch.undo()
    assert store.recover() == 1
    assert_aggregates_match_the_facts(store)
    assert store.content_hash() == digest
    store.load([twin])
    assert_aggregates_match_the_facts(store)
    after = {(r["a"], r["b"]): r["tasks"] for r in store.query(_PAIRS_KEPT).rows}
    assert any(after[pair] > n for pair, n in before.items() if pair in after)  # added to, across plans


def test_a_new_embedded_store_knows_every_relationship_type_and_holds_nothing(tmp_path, monkeypatch) -> None:
    # FalkorDB checks a MERGE of a relationship of a type it does not know yet far more slowly: the schema
    # makes it know them all before the first load, without leaving anything in the graph
    with open_store(f"embedded:{tmp_path / 'graph'}") as store:
        store.ensure_schema()
        known = {str(row[0]) for row in store._graph.ro_query(cypher.FALKORDB_RELATIONSHIP_TYPES).result_set}
        assert set(RELATIONSHIPS) <= known
        assert store.counts() == (0, 0)
        assert store.query("MATCH (n) RETURN count(n) AS n").rows == [{"n": 0}]
        writes: list[str] = []
        monkeypatch.setattr(store._graph, "query", lambda q, *a, **k: writes.append(q))
        store._register_relationship_types()
        assert writes == []  # all known: nothing written again


@pytest.mark.parametrize(
    "bad",
    [
        ("RETURN nonsense(", None),  # refused by the server
        ("UNWIND [0] AS x RETURN 1 / x", None),  # failed while running
        ("RETURN $x", {"x": float("nan")}),  # refused before it was sent
    ],
)
def test_a_batch_whose_write_fails_after_later_ones_were_sent_is_rolled_back(
    tmp_path, corpus_docs, monkeypatch, bad
) -> None:
    # the embedded store sends a batch's writes without waiting for each answer: a failure is known only
    # after later statements have run, and must still keep the journal until the batch is rolled back
    docs = list(corpus_docs.values())[:2]
    with open_store(f"embedded:{tmp_path / 'reference'}") as reference:
        reference.ensure_schema()
        reference.load(docs)
        digest = reference.content_hash()
    store = open_store(f"embedded:{tmp_path / 'graph'}")
    try:
        store.ensure_schema()
        send = store._send
        sent: list[str] = []

        def fail_third(statement: str, params: dict[str, object] | None = None) -> None:
            sent.append(statement)
            if len(sent) == 3:
                statement, params = bad
            send(statement, params)

        monkeypatch.setattr(store, "_send", fail_third)
        with pytest.raises(StoreError):
            store.load(docs)
        if bad[1] is None:
            assert len(sent) > 3, "the statements after the failed one were sent before its answer"
        monkeypatch.undo()
        assert store.query("MATCH (n) WHERE n.doc_id IS NOT NULL RETURN count(n) AS n").rows == [{"n": 0}]
        assert store.query(cypher.COUNT_JOURNALS).rows == [{"n": 0}]  # rolled back at once
        assert store.recover() == 0
        assert_aggregates_match_the_facts(store)
        store.load(docs)
        assert store.content_hash() == digest
    finally:
        store.close()


def test_a_store_loaded_by_an_earlier_version_is_brought_up_to_date(loaded) -> None:
    digest = loaded.content_hash()
    loaded._write(  # what an earlier version loaded: the facts without the values precomputed since
        "MATCH (a:Agency) REMOVE a.obligations, a.lead_obligations, a.support_obligations, "
        "a.joint_obligations, a.sole_obligations, a.implicit_obligations, a.targets, a.lead_targets"
    )
    loaded._write("MATCH ()-[s:SHARES_TASKS]->() DELETE s")
    loaded._write("MATCH (p:Plan) REMOVE p.tasks_without_lead, p.programs, p.target_conflicts")
    loaded._write("MATCH (t:Target) REMOVE t.conflicting_totals")
    assert not rows(loaded, "agency_ranking", limit=5)
    loaded.ensure_schema()
    assert loaded.content_hash() == digest
    assert_aggregates_match_the_facts(loaded)
    assert rows(loaded, "target_inconsistencies", limit=100)


def test_aggregate_counters_cover_every_role() -> None:
    from graph.aggregates import ROLES
    from ontology.vocab import role_vocabulary

    assert set(ROLES) == {r.id for r in role_vocabulary().roles}


WRITES = [
    "CREATE (n:X) RETURN n",
    "MERGE (n:X {id: 1}) RETURN n",
    "MATCH (n:Plan) SET n.title = 'x' RETURN n",
    "MATCH (n:Plan) DETACH DELETE n",
    "MATCH (n:Plan) REMOVE n.title RETURN n",
    "DROP INDEX plan_id",
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    "CALL db.labels()",
    "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DELETE n', {})",
    "MATCH (n) RETURN n; MATCH (m) DETACH DELETE m",
    "MATCH (n) RETURN n /* harmless */ ; CREATE (x)",
    "MATCH (n:Plan) ＳＥＴ n.title = 'x' RETURN n",
    "MATCH (n:Plan) FOREACH (x IN [1] | SET n.x = 1) RETURN n",
]


@pytest.mark.parametrize("bad", WRITES)
def test_queries_are_read_only(loaded, bad: str) -> None:
    before = loaded.content_hash()
    with pytest.raises((ReadOnlyViolation, StoreError)):
        loaded.query(bad)
    assert loaded.content_hash() == before


def test_engine_itself_refuses_writes_on_the_read_path(tmp_path) -> None:
    store = open_store(f"embedded:{tmp_path / 'g'}")
    try:
        store._write("MERGE (:Role {id: 'lead'})")  # the graph must exist before a read
        with pytest.raises(Exception, match="read-only"):
            store._graph.ro_query("CREATE (:X)")  # below the statement check: GRAPH.RO_QUERY itself
    finally:
        store.close()


def test_row_cap_and_time_limit(loaded) -> None:
    capped = loaded.query("MATCH (t:Task) RETURN t.id AS id", limit=5)
    assert len(capped.rows) == 5
    assert capped.truncated
    with pytest.raises(StoreError):
        loaded.query("MATCH (a), (b), (c), (d) RETURN count(*) AS n", timeout_ms=50)


def test_a_plan_replaced_in_a_reopened_store_keeps_exact_aggregates(tmp_path) -> None:
    """With FalkorDB's default of leaving matrix changes pending, the recount after deleting a plan's facts
    missed relationships of other plans (106 generated plans, reopened, one replaced: one pair of
    agencies undercounted). The embedded server now applies every change at once."""
    docs = extract_paths(generate(106, 23, tmp_path / "corpus")).documents
    with open_store(f"embedded:{tmp_path / 'graph'}") as store:
        store.ensure_schema()
        store.load(docs)
    with open_store(f"embedded:{tmp_path / 'graph'}") as store:
        store.replace(docs[105])
        assert_aggregates_match_the_facts(store)


def test_embedded_store_persists_and_has_one_owner(tmp_path, corpus_docs) -> None:
    folder = tmp_path / "g"
    store = open_store(f"embedded:{folder}")
    store.ensure_schema()
    store.load(corpus_docs.values())
    digest = store.content_hash()
    with pytest.raises(StoreError, match="open in another process"):
        open_store(f"embedded:{folder}")
    store.close()
    again = open_store(f"embedded:{folder}")
    try:
        assert again.content_hash() == digest
    finally:
        again.close()


# --- the analysts' library: each query's true answer on the corpus ----------------------------------


def test_library_is_documented() -> None:
    queries = library()
    assert len(queries) >= 14
    assert "standings" in queries
    for path in queries.values():
        lines = path.read_text(encoding="utf-8").splitlines()
        assert lines[0].startswith("// ")
        assert any(line.startswith("// Parameters:") for line in lines)


def test_agency_ranking(loaded, corpus_docs) -> None:
    counts: Counter[str] = Counter(
        r.agency.id for d in corpus_docs.values() for t in d.tasks for r in t.responsibilities
    )
    got = rows(loaded, "agency_ranking", limit=100)
    assert {r["id"]: r["total"] for r in got} == dict(counts)
    assert got[1] == {
        "id": "agency/320612/market_regulation",
        "agency": "南通市通州区市场监督管理局",
        "total": 23,
        "lead": 5,
        "support": 0,
        "joint": 16,
        "sole": 2,
        "implicit": 0,
    }


def test_agency_obligations(loaded, corpus_docs) -> None:
    got = rows(loaded, "agency_obligations", agency_id="agency/320612/market_regulation")
    expected = sorted(
        (t.path, r.role)
        for t in corpus_docs["000_7198047be529bd92"].tasks
        for r in t.responsibilities
        if r.agency.id == "agency/320612/market_regulation"
    )
    assert sorted((r["path"], r["role"]) for r in got) == expected
    assert len(got) == 23


def test_agencies_by_type(loaded) -> None:
    got = {r["type"]: (r["agencies"], r["obligations"]) for r in rows(loaded, "agencies_by_type")}
    assert got["人民法院"] == (1, 3)
    assert got["人民政府"] == (3, 55)  # 雨花台区 41 + 吴江区 11 + 通州区 3


def test_programme_regions_and_gaps(loaded) -> None:
    got = {r["programme"]: r["region_count"] for r in rows(loaded, "programme_regions")}
    assert got["正版正货"] == 4
    assert got["地理标志"] == 3
    lacking = rows(loaded, "regions_lacking_programme", program_id="geographical_indications")
    assert [r["region"] for r in lacking] == ["南通市"]


def test_targets_by_indicator(loaded) -> None:
    standing = rows(loaded, "targets_by_indicator", key="知识产权产出主要指标", limit=100)
    assert [(r["value"], r["comparator"], r["reference"]) for r in standing] == [(None, "<=", "全省第一方阵")]
    got = rows(loaded, "targets_by_indicator", key="PCT国际专利申请量", limit=100)
    assert len(got) == 12  # 9 regions + total from plan 002's table, its prose target, and 雨花台区's
    assert {(r["region"], r["value"]) for r in got if r["source"] == "prose"} == {
        ("南通市", 575),
        ("雨花台区", 300),
    }
    assert all(isinstance(r["flags"], list) for r in got)  # how each value counts (新增, 累计 …)


def _standings(store: CypherStore, **params: object) -> list[tuple[object, ...]]:
    got = rows(store, "standings", **{"region": None, "kind": None, "limit": 100, **params})
    keys = ("indicator", "kind", "comparator", "rank", "reference", "measured_against", "reference_basis")
    return [tuple(r[k] for k in keys) for r in got]


def test_standings(loaded) -> None:
    got = rows(loaded, "standings", region=None, kind=None, limit=100)
    assert [(r["plan"][:6], r["region"], r["year"], r["quote"]) for r in got] == [
        ("南京市雨花台", "雨花台区", 2025, "知识产权发展主要指标位居全国县（区）前列"),
        ("南京市雨花台", "雨花台区", 2025, "知识产权综合竞争力达到全省县（区）领先水平"),
        ("通州区国家知", "通州区", 2025, "知识产权产出主要指标进入全省第一方阵"),
    ]
    assert _standings(loaded) == [
        ("知识产权发展主要指标", "rank", "<=", None, "全国县（区）前列", "中华人民共和国", "stated"),
        ("知识产权综合竞争力", "rank", "<=", None, "全省县（区）领先水平", "江苏省", "stated"),
        ("知识产权产出主要指标", "rank", "<=", None, "全省第一方阵", "江苏省", "stated"),
    ]
    assert [r["measured_against_id"] for r in got] == ["100000", "320000", "320000"]
    assert _standings(loaded, kind="average") == []
    assert _standings(loaded, region="南通市") == []
    assert [r[0] for r in _standings(loaded, region="江苏省")] == [
        "知识产权综合竞争力",
        "知识产权产出主要指标",
    ]


def test_standings_of_a_plan_by_kind_and_region(store) -> None:
    doc = extract_document(load_bytes(LIBRARY_PLAN.encode("utf-8"), "standings.txt"))
    store.load([doc])
    every = _standings(store)
    assert (
        every
        == [  # as written, by plan, indicator key (the standard indicator's where one fits), reference
            ("专利授权量增速", "rank", "<=", None, "全市前列", "南通市", "stated"),
            ("有效注册商标总量", "rank", "=", 1, "全市首位", "南通市", "stated"),  # both 有效注册商标量
            ("有效商标注册量", "rank", "<=", 3, "全省前3位", "江苏省", "stated"),
            ("万人高价值发明专利拥有量", "average", ">", None, "全市平均水平", "南通市", "stated"),
            ("知识产权侵权案件结案率", "average", ">", None, "同类地区平均水平", None, None),  # no one region
            ("知识产权质押融资额增幅", "average", ">=", None, "全省平均水平", "江苏省", "stated"),
            ("维权援助案件办结率", "rank", "<=", None, "前列", "南通市", "inferred"),  # no scope: its city
        ]
    )
    assert _standings(store, kind="rank") == [r for r in every if r[1] == "rank"]
    assert _standings(store, kind="average") == [r for r in every if r[1] == "average"]
    province = [r for r in every if r[5] == "江苏省"]
    assert _standings(store, region="320000") == province
    assert _standings(store, region="江苏省") == province
    assert _standings(store, region="南通市", kind="rank") == [every[0], every[1], every[6]]
    assert _standings(store, limit=2) == every[:2]
    plain = store.query("MATCH (t:Target) WHERE t.standing IS NULL RETURN count(t) AS n").rows[0]["n"]
    assert plain == 2  # the two numbers of the plan are no standings and stay out


def test_citations(loaded) -> None:
    citing = rows(loaded, "plans_citing", text="知识产权强国建设纲要")
    assert len(citing) == 2
    network = rows(loaded, "citation_network")
    assert network[0]["document"] == "企业知识产权管理规范"
    assert network[0]["plans"] == 4


def test_co_responsible_pairs(loaded) -> None:
    top = rows(loaded, "co_responsible_pairs", limit=3)
    assert top[0] == {"agency_a": "南通市知识产权局", "agency_b": "南通市科学技术局", "tasks": 22}


def test_tasks_without_lead_and_timelines(loaded) -> None:
    # 18 numbered tasks, and 4 paragraphs closing with a note naming no lead: measures of their tasks
    assert [(r["plan"][:6], r["tasks"]) for r in rows(loaded, "tasks_without_lead")] == [("通州区国家知", 22)]
    timeline = rows(loaded, "plan_timelines", limit=100)
    assert len(timeline) == 9
    assert {(r["phase"], r["start"], r["end"]) for r in timeline} >= {("组织实施", "2023-01", "2025-04")}


def test_target_inconsistencies(loaded) -> None:
    got = rows(loaded, "target_inconsistencies", limit=100)
    assert [(r["indicator"], r["text_value"], r["table_total"]) for r in got] == [
        ("专利消零企业", 1200, 1220)
    ]


def test_embedded_server_ends_with_a_crashed_owner(tmp_path) -> None:
    """An owner killed without close() must not leave its redis-server running (or the folder locked)."""
    import subprocess
    import sys

    script = (
        "import os, sys\n"
        "from graph.factory import open_store\n"
        f"s = open_store('embedded:{tmp_path / 'g'}')\n"
        "print(s.server_pid, flush=True)\n"
        "os._exit(9)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parent.parent,
    )
    pid = int(done.stdout.strip().splitlines()[-1])
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.2)
    else:
        pytest.fail(f"the embedded server {pid} outlived its owner")
    again = open_store(f"embedded:{tmp_path / 'g'}")  # and the folder can be opened again
    again.close()


def test_documents_batched_together_give_the_rows_of_loading_them_one_by_one(corpus_docs) -> None:
    docs = list(corpus_docs.values())
    alone = [document_rows(d) for d in docs]
    twice = Batch()
    for _ in range(2):
        document_rows(docs[0], into=twice)
    assert (twice.nodes, twice.rels) == (alone[0].nodes, alone[0].rels)
    together = Batch()
    for d in docs:
        document_rows(d, into=together)
    for key, rels in together.rels.items():
        for pair, row in rels.items():
            counts = [b.rels[key][pair]["props"]["count"] for b in alone if pair in b.rels.get(key, {})]
            assert row["props"]["count"] == max(counts)  # type: ignore[index]
    for key, nodes in together.nodes.items():
        assert set(nodes) == {i for b in alone for i in b.nodes.get(key, {})}
    shared = ("Region", ())
    assert sum(len(b.nodes.get(shared, {})) for b in alone) > len(together.nodes[shared])  # merged
    absorbed = Batch()
    for b in [*alone, alone[0]]:  # built apart (as in the workers), then merged: the same rows
        absorbed.absorb(b)
    document_rows(docs[0], into=together)
    assert (absorbed.nodes, absorbed.rels) == (together.nodes, together.rels)
    assert (alone[0].nodes, alone[0].rels) == (document_rows(docs[0]).nodes, document_rows(docs[0]).rels)


def test_prepared_documents_load_the_graph_plain_ones_do(tmp_path, corpus_docs) -> None:
    docs = list(corpus_docs.values())
    with open_store(f"embedded:{tmp_path / 'plain'}") as plain:
        plain.ensure_schema()
        plain.load(docs)
        expected = plain.content_hash()
    with open_store(f"embedded:{tmp_path / 'prepared'}") as prepared:
        prepared.ensure_schema()
        prepared.load([PreparedDocument.of(d) for d in docs[:2]])
        prepared.load([PreparedDocument.of(d) for d in docs])  # two of them replaced
        assert prepared.content_hash() == expected
        assert PreparedDocument.of(docs[0]).document() == docs[0]


def test_documents_written_in_the_workers_load_the_graph_plain_ones_do(tmp_path, corpus_docs) -> None:
    """Prepared for FalkorDB, a document's own rows come as parameter text and its share of the aggregates
    counted where it was extracted: the same graph (aggregates included), whether the texts are joined
    into one statement or spread over many; a store that takes no written values rebuilds the rows."""
    docs = list(corpus_docs.values())
    with open_store(f"embedded:{tmp_path / 'plain'}") as plain:
        plain.ensure_schema()
        plain.load(docs)
        expected = (plain.content_hash(), plain.counts())
    for name, batch_size, takes_written, exclusive in (
        ("joined", 5_000, True, True),
        ("split", 7, True, True),
        ("refused", 5_000, False, True),
        ("merged", 5_000, True, False),  # as Neo4j with other writers: every row merged, from maps
    ):
        with open_store(f"embedded:{tmp_path / name}") as store:
            store.ensure_schema()
            store.batch_size = batch_size
            store.takes_written = takes_written  # False: as Neo4j, which takes parameters as values
            store.exclusive = exclusive
            store.load([PreparedDocument.of(d, written=True) for d in docs[:2]])
            store.load([PreparedDocument.of(d, written=True) for d in docs])  # two of them replaced
            assert (store.content_hash(), store.counts()) == expected, name
    prepared = PreparedDocument.of(docs[0], written=True)
    assert prepared.written
    assert prepared.document() == docs[0]
    assert not any(label in DOCUMENT_LABELS for label, _ in prepared.rows.nodes)


def test_absorbed_rows_are_shared_and_never_changed() -> None:
    """A batch takes another's rows without copying them, so a later merge must replace a row, not change
    it: the other batch (a prepared document's rows) stays as it was."""
    other = Batch()
    other.node("Agency", "a", name="科技局")
    other.rel("Agency", "OF_TYPE", "AgencyType", "a", "bureau")
    merged = Batch()
    merged.absorb(other)
    merged.node("Agency", "a", type="bureau")
    merged.begin_document()
    merged.rel("Agency", "OF_TYPE", "AgencyType", "a", "bureau")
    merged.rel("Agency", "OF_TYPE", "AgencyType", "a", "bureau")
    assert merged.nodes[("Agency", ())]["a"]["props"] == {"name": "科技局", "type": "bureau"}
    assert merged.rels[("Agency", "OF_TYPE", "AgencyType")][("a", "bureau")]["props"] == {"count": 2}
    assert other.nodes[("Agency", ())]["a"]["props"] == {"name": "科技局"}
    assert other.rels[("Agency", "OF_TYPE", "AgencyType")][("a", "bureau")]["props"] == {"count": 1}


BASELINE_PLAN = """某市知识产权工作要点
一、工作目标
到2025年，全市万人高价值发明专利拥有量由2023年的6.2件提高到10件。
"""


def test_starting_levels_are_targets_of_kind_baseline(store) -> None:
    doc = extract_document(load_bytes(BASELINE_PLAN.encode(), "baseline.txt"))
    store.load([doc])
    got = store.query(
        "MATCH (t:Target) RETURN t.kind AS kind, t.value AS value, t.year AS year ORDER BY kind", {}
    ).rows
    assert got == [
        {"kind": "baseline", "value": 6.2, "year": 2023},
        {"kind": "target", "value": 10, "year": 2025},
    ]


def test_a_starting_level_contradicts_no_table_total(corpus_docs) -> None:
    doc = corpus_docs["002_ca6686d6752a9e5a"]
    assert _table_total_conflicts(doc)  # 专利消零企业 1200 in the text, 1220 in the table
    as_baselines = [
        t.model_copy(update={"kind": "baseline"}) if t.source == "prose" else t for t in doc.targets
    ]
    assert _table_total_conflicts(doc.model_copy(update={"targets": as_baselines})) == {}


def test_a_wedged_server_is_reported_not_waited_for(tmp_path, monkeypatch) -> None:
    import signal
    import threading

    import graph.falkor

    monkeypatch.setattr(graph.falkor, "_SOCKET_SECONDS", 1.0)
    store = open_store(f"embedded:{tmp_path / 'graph'}")
    assert isinstance(store, EmbeddedFalkorStore)
    store.ensure_schema()
    pid = store.server_pid
    outcome: list[BaseException | None] = []

    def read() -> None:
        try:
            store.query("MATCH (n) RETURN count(n) AS n", {})
            outcome.append(None)
        except BaseException as e:
            outcome.append(e)

    os.kill(pid, signal.SIGSTOP)
    try:
        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        reader.join(15)
        assert not reader.is_alive(), "a read against a stopped server did not return"
    finally:
        os.kill(pid, signal.SIGCONT)
    assert len(outcome) == 1
    assert isinstance(outcome[0], StoreUnavailable)
    assert store.query("MATCH (n) RETURN count(n) AS n", {}).rows == [{"n": 0}]
    store.close()


def test_a_server_wedged_at_start_up_is_started_again(tmp_path, monkeypatch, caplog) -> None:
    import graph.falkor

    real = graph.falkor.EmbeddedFalkorStore._takes_graph_commands
    answers = iter([False])  # the first server started wedges, as FalkorDB sometimes does

    def probe(self) -> bool:
        return next(answers, None) is not False and real(self)

    monkeypatch.setattr(graph.falkor.EmbeddedFalkorStore, "_takes_graph_commands", probe)
    store = open_store(f"embedded:{tmp_path / 'graph'}")
    try:
        store.ensure_schema()
        assert store.query("MATCH (n) RETURN count(n) AS n", {}).rows == [{"n": 0}]
        assert "wedged at start-up" in caplog.text
    finally:
        store.close()


def test_a_socket_that_refuses_before_the_server_listens_is_waited_for(tmp_path, monkeypatch) -> None:
    import falkordb
    from redis.exceptions import ConnectionError as RedisConnectionError

    real = falkordb.FalkorDB
    refusals = iter([True, True])  # the socket file exists a moment before the server listens on it
    refused: list[bool] = []

    def connect(*args: object, **kwargs: object) -> object:
        if next(refusals, False):
            refused.append(True)
            raise RedisConnectionError("Error 111 connecting to redis.sock. Connection refused.")
        return real(*args, **kwargs)

    monkeypatch.setattr(falkordb, "FalkorDB", connect)
    store = open_store(f"embedded:{tmp_path / 'graph'}")
    try:
        store.ensure_schema()
        assert store.query("MATCH (n) RETURN count(n) AS n", {}).rows == [{"n": 0}]
        assert refused == [True, True]
    finally:
        store.close()


def test_a_server_that_always_wedges_is_an_error_not_a_hang(tmp_path, monkeypatch) -> None:
    import graph.falkor

    monkeypatch.setattr(graph.falkor.EmbeddedFalkorStore, "_takes_graph_commands", lambda self: False)
    with pytest.raises(StoreError, match="wedged at start-up 3 times"):
        open_store(f"embedded:{tmp_path / 'graph'}")


def test_a_write_whose_answer_times_out_is_not_sent_again(tmp_path, monkeypatch) -> None:
    """A write that timed out may still run: sending it again would run it twice (the agencies' counters add
    up). The client must not retry; the caller hears that the store is unavailable."""
    import signal
    import threading

    import graph.falkor

    monkeypatch.setattr(graph.falkor, "_SOCKET_SECONDS", 1.0)
    store = open_store(f"embedded:{tmp_path / 'graph'}")
    assert isinstance(store, EmbeddedFalkorStore)
    store.ensure_schema()
    pid = store.server_pid
    os.kill(pid, signal.SIGSTOP)
    # The server goes on after the client's time-out (1 s) and before a second one: a retry would be answered.
    resume = threading.Timer(1.5, os.kill, (pid, signal.SIGCONT))
    resume.start()
    try:
        with pytest.raises(StoreUnavailable):
            store._execute("MERGE (c:Probe {id: 'x'}) SET c.n = coalesce(c.n, 0) + 1")  # type: ignore[attr-defined]
    finally:
        resume.join()
        os.kill(pid, signal.SIGCONT)
    time.sleep(1.0)  # the server runs what reached it while it was stopped
    rows = store.query("MATCH (c:Probe) RETURN c.n AS n", {}).rows
    store.close()
    assert rows == [{"n": 1}]
