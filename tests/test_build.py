"""The build stage: workers extract and prepare rows, this process loads; the result does not depend on how
many workers there are or how documents are chunked, and bad files are reported, not fatal."""

from __future__ import annotations

import gc
import threading
from pathlib import Path

import pytest

from bench.corpus import generate
from graph import cypher
from graph.documents import DocumentCache
from graph.factory import open_store
from policykg.batch import extract_paths
from policykg.build import build
from policykg.models import Document


def _build(files: list[Path], folder: Path, **options: int) -> tuple[str, int, list[str], list[str]]:
    seen: list[str] = []

    def on_document(doc: Document) -> None:
        seen.append(doc.id)

    with open_store(f"embedded:{folder / 'graph'}") as store:
        store.ensure_schema()
        report = build(files, store, DocumentCache(folder / "documents"), on_document=on_document, **options)
        cached = sorted(d.id for d in DocumentCache(folder / "documents").all())
        # the batches' ended journals go together at the end of the build (cypher.END_JOURNAL)
        assert store.query(cypher.COUNT_JOURNAL_NODES).rows == [{"n": 0}]
        errors = [e.source for e in report.errors]
        assert sorted(seen) == cached
        return store.content_hash(), report.loaded, cached, errors


def test_workers_and_chunks_give_the_graph_of_one_process(tmp_path) -> None:
    files = generate(7, 3, tmp_path / "corpus")
    bad = tmp_path / "corpus" / "empty.txt"
    bad.write_bytes(b"")
    files = [*files[:3], bad, *files[3:]]
    serial = _build(files, tmp_path / "serial", workers=1)
    parallel = _build(files, tmp_path / "parallel", workers=2, chunk=3)
    assert serial == parallel
    digest, loaded, cached, errors = parallel
    assert loaded == 7
    assert len(cached) == 7
    assert errors == [str(bad)]
    with open_store(f"embedded:{tmp_path / 'plain'}") as plain:  # loaded from the models themselves
        plain.ensure_schema()
        plain.load(extract_paths(files).documents)
        assert plain.content_hash() == digest


def test_by_default_a_chunk_is_one_write_batch_of_the_store(tmp_path, monkeypatch) -> None:
    """The store's statements cost time per statement as well as per row (FalkorDB's grows with the graph),
    so the build hands the store as many documents at a time as it writes together, not fewer."""
    files = generate(5, 5, tmp_path / "corpus")
    with open_store(f"embedded:{tmp_path / 'graph'}") as store:
        store.ensure_schema()
        monkeypatch.setattr(store, "documents_per_batch", 2)
        sizes: list[int] = []
        load = store.load

        def recording(documents):  # type: ignore[no-untyped-def]
            documents = list(documents)
            sizes.append(len(documents))
            return load(documents)

        monkeypatch.setattr(store, "load", recording)
        report = build(files, store, DocumentCache(tmp_path / "documents"), workers=1)
    assert report.loaded == 5
    assert sizes == [2, 2, 1]


def test_the_workers_may_run_a_whole_chunk_ahead_of_the_load(tmp_path, monkeypatch) -> None:
    """While this process loads a chunk, the workers prepare the next one: the window of results in flight
    per worker is at least a chunk (a smaller one stops them during every load)."""
    import policykg.build as stage

    files = generate(3, 9, tmp_path / "corpus")
    windows: list[int] = []
    run = stage.iter_stage

    def recording(*args, **options):  # type: ignore[no-untyped-def]
        windows.append(options["window"])
        return run(*args, **options)

    monkeypatch.setattr(stage, "iter_stage", recording)
    with open_store(f"embedded:{tmp_path / 'graph'}") as store:
        store.ensure_schema()
        build(files, store, DocumentCache(tmp_path / "documents"), workers=1, chunk=500)
        monkeypatch.setattr(store, "documents_per_batch", 300)
        build(files, store, DocumentCache(tmp_path / "documents"), workers=1)
    assert windows == [500, 300]


def test_a_chunk_is_cached_while_the_next_one_loads(tmp_path, monkeypatch) -> None:
    """Writing a chunk's documents to the cache (slow while the graph server syncs its log to the same disk)
    does not hold up the load of the next chunk; every document is cached when the build returns."""
    files = generate(4, 11, tmp_path / "corpus")
    events: list[str] = []
    second_load = threading.Event()
    cache = DocumentCache(tmp_path / "documents")
    save_many = cache.save_many

    def slow_save(docs):  # type: ignore[no-untyped-def]
        events.append("save")
        second_load.wait(timeout=30)  # the first chunk's save waits for the second chunk's load
        save_many(docs)
        events.append("saved")

    monkeypatch.setattr(cache, "save_many", slow_save)
    with open_store(f"embedded:{tmp_path / 'graph'}") as store:
        store.ensure_schema()
        load = store.load

        def recording(documents):  # type: ignore[no-untyped-def]
            events.append("load")
            if events.count("load") == 2:
                second_load.set()
            return load(documents)

        monkeypatch.setattr(store, "load", recording)
        report = build(files, store, cache, workers=1, chunk=2)
    assert report.loaded == 4
    assert events[:3] == ["load", "save", "load"]
    assert events.count("saved") == 2
    assert len(list(DocumentCache(tmp_path / "documents").all())) == 4


def test_a_failed_cache_write_fails_the_build(tmp_path, monkeypatch) -> None:
    files = generate(3, 12, tmp_path / "corpus")
    cache = DocumentCache(tmp_path / "documents")

    def full_disk(docs):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cache, "save_many", full_disk)
    with open_store(f"embedded:{tmp_path / 'graph'}") as store:
        store.ensure_schema()
        with pytest.raises(OSError, match="No space left"):
            build(files, store, cache, workers=1, chunk=2)
    assert not [t for t in threading.enumerate() if t.name.startswith("policykg-cache")]


def test_after_each_chunk_only_the_young_generations_are_collected(tmp_path, monkeypatch) -> None:
    """What a chunk leaves in cycles was made since the collection before, so a collection of the young
    generations clears it; a full one also walked every long-lived object of the loading process (0.23 s a
    chunk in a build of 1,000 plans, 0.06 s for the young generations)."""
    files = generate(5, 5, tmp_path / "corpus")
    generations: list[int] = []
    collect = gc.collect

    def recording(generation: int = 2) -> int:
        generations.append(generation)
        return collect(generation)

    with open_store(f"embedded:{tmp_path / 'graph'}") as store:
        store.ensure_schema()
        monkeypatch.setattr(store, "documents_per_batch", 2)
        monkeypatch.setattr(gc, "collect", recording)
        report = build(files, store, DocumentCache(tmp_path / "documents"), workers=1)
    assert report.loaded == 5
    assert generations
    assert set(generations) == {1}
