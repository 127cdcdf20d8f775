"""The document cache beside the graph store: one file per document, an index of their sources, kept right
when several writers share the folder and repaired when it falls behind the files."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.documents import INDEX, DocumentCache
from policykg.models import Document


def _version(doc: Document, n: int, source: str | None = None) -> Document:
    """Another document (another id) from the same source, or from ``source``."""
    return doc.model_copy(update={"id": f"doc-{n:016x}", "source": source or doc.source})


def test_a_new_version_of_a_source_replaces_the_old_one(tmp_path, corpus_docs) -> None:
    doc = next(iter(corpus_docs.values()))
    cache = DocumentCache(tmp_path)
    cache.save_many([doc])
    cache.save_many([_version(doc, 1)])
    assert [d.id for d in cache.all()] == [_version(doc, 1).id]
    assert DocumentCache(tmp_path).get(doc.id) is None


def test_what_another_writer_saved_is_seen_before_saving(tmp_path, corpus_docs) -> None:
    doc = next(iter(corpus_docs.values()))
    first, second = DocumentCache(tmp_path), DocumentCache(tmp_path)
    first.save_many([_version(doc, 1, "a.txt")])
    second.save_many([_version(doc, 2, "b.txt")])  # the first writer's index is now stale
    first.save_many([_version(doc, 3, "b.txt")])  # replaces what the second writer saved from b.txt
    assert sorted(d.id for d in DocumentCache(tmp_path).all()) == [_version(doc, 1).id, _version(doc, 3).id]


def test_saving_chunk_after_chunk_lists_the_folder_once(tmp_path, corpus_docs, monkeypatch) -> None:
    doc = next(iter(corpus_docs.values()))
    cache = DocumentCache(tmp_path)
    listed: list[Path] = []
    glob = Path.glob

    def counting_glob(self: Path, pattern: str):  # type: ignore[no-untyped-def]
        listed.append(self)
        return glob(self, pattern)

    monkeypatch.setattr(Path, "glob", counting_glob)
    for n in range(1, 6):
        cache.save_many([_version(doc, n, f"{n}.txt")])
    assert len(listed) == 1
    assert len(cache.all()) == 5


@pytest.mark.parametrize("damage", ["missing", "stale"])
def test_an_index_behind_the_files_is_repaired(tmp_path, corpus_docs, damage: str) -> None:
    doc = next(iter(corpus_docs.values()))
    DocumentCache(tmp_path).save_many([_version(doc, 1, "a.txt"), _version(doc, 2, "b.txt")])
    if damage == "missing":
        (tmp_path / INDEX).unlink()
    else:  # a crash after writing a document, before writing the index
        (tmp_path / INDEX).write_text('{"doc-0000000000000001": "a.txt"}', encoding="utf-8")
    cache = DocumentCache(tmp_path)
    cache.save_many([_version(doc, 3, "b.txt")])  # must find and replace the document from b.txt
    assert sorted(d.id for d in cache.all()) == [_version(doc, 1).id, _version(doc, 3).id]
