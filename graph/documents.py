"""The extraction results of loaded plans, kept as JSON beside the graph store so that the RDF/SPARQL
layer and the API can rebuild what the property graph does not hold (full Document models)."""

from __future__ import annotations

from pathlib import Path

from policykg.models import Document


class DocumentCache:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.folder.mkdir(parents=True, exist_ok=True)

    def _path(self, doc_id: str) -> Path:
        if not doc_id.startswith("doc-") or not doc_id[4:].isalnum():
            raise ValueError(f"not a document id: {doc_id!r}")
        return self.folder / f"{doc_id}.json"

    def save(self, doc: Document) -> None:
        for other in self.all():  # an earlier version from the same source is replaced
            if other.source == doc.source and other.id != doc.id:
                self.delete(other.id)
        self._path(doc.id).write_text(doc.model_dump_json(), encoding="utf-8")

    def delete(self, doc_id: str) -> bool:
        path = self._path(doc_id)
        if path.exists():
            path.unlink()
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
