"""The extraction results of loaded plans, kept as JSON beside the graph store so that the RDF/SPARQL
layer and the API can rebuild what the property graph does not hold (full Document models).

An index file maps each cached document to its source, so that saving a new version of a source replaces
the old one without reading every cached document; it is repaired from the files if it falls behind (a
crash between writing a document and the index)."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path

from graph.prepared import PreparedDocument
from policykg.models import Document

INDEX = "index.json"


class DocumentCache:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.folder.mkdir(parents=True, exist_ok=True)
        self._sources: dict[str, str] | None = None  # doc id → source, read lazily
        #: The index file as this instance last read or wrote it.
        self._stamp: tuple[int, int, int] | None = None

    def _path(self, doc_id: str) -> Path:
        if not doc_id.startswith("doc-") or not doc_id[4:].isalnum():
            raise ValueError(f"not a document id: {doc_id!r}")
        return self.folder / f"{doc_id}.json"

    def _index(self) -> dict[str, str]:
        """doc id → source, from the index file, checked against the files present."""
        if self._sources is None:
            try:
                sources = json.loads((self.folder / INDEX).read_text(encoding="utf-8"))
                if not isinstance(sources, dict):
                    sources = {}
            except (OSError, ValueError):
                sources = {}
            present = {p.stem for p in self.folder.glob("doc-*.json")}
            sources = {k: str(v) for k, v in sources.items() if k in present}
            for missing in sorted(present - sources.keys()):
                doc = self.get(missing)
                if doc is not None:
                    sources[missing] = doc.source
            self._sources = sources
        return self._sources

    def _index_stamp(self) -> tuple[int, int, int] | None:
        """Which write of the index file is there: each write replaces the file (a new inode)."""
        try:
            stat = (self.folder / INDEX).stat()
        except OSError:
            return None
        return stat.st_ino, stat.st_mtime_ns, stat.st_size

    def stamp(self) -> tuple[int, int, int] | None:
        """Which state of the cache is on disk: changes with every save or delete, by any process."""
        return self._index_stamp()

    def _fresh_index(self) -> dict[str, str]:
        """The index, read again (and checked against the files) only if another writer changed it since
        this instance last read or wrote it: saving chunk after chunk does not list the folder each time."""
        if self._sources is not None and (self._stamp is None or self._stamp != self._index_stamp()):
            self._sources = None
        index = self._index()
        self._stamp = self._index_stamp()
        return index

    def _write_index(self) -> None:
        tmp = self.folder / f".{INDEX}.tmp"
        tmp.write_text(json.dumps(self._index(), ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, self.folder / INDEX)
        self._stamp = self._index_stamp()

    def save(self, doc: Document) -> None:
        self.save_many([doc])

    def save_many(self, docs: Iterable[Document | PreparedDocument]) -> None:
        """Write each document (a prepared one brings its JSON); an earlier version from the same source is
        replaced."""
        index = self._fresh_index()
        by_source = {source: doc_id for doc_id, source in index.items()}
        for doc in docs:
            earlier = by_source.get(doc.source)
            if earlier is not None and earlier != doc.id:
                self._path(earlier).unlink(missing_ok=True)
                index.pop(earlier, None)
            data = (
                doc.json
                if isinstance(doc, PreparedDocument)
                else Document.__pydantic_serializer__.to_json(doc)
            )
            self._path(doc.id).write_bytes(data)
            index[doc.id] = doc.source
            by_source[doc.source] = doc.id
        self._write_index()

    def delete(self, doc_id: str) -> bool:
        path = self._path(doc_id)
        self._sources = None
        self._index().pop(doc_id, None)
        if path.exists():
            path.unlink()
            self._write_index()
            return True
        return False

    def get(self, doc_id: str) -> Document | None:
        path = self._path(doc_id)
        return Document.model_validate_json(path.read_text(encoding="utf-8")) if path.exists() else None

    def all(self) -> list[Document]:
        return [
            Document.model_validate_json(p.read_text(encoding="utf-8"))
            for p in sorted(self.folder.glob("doc-*.json"))
        ]
