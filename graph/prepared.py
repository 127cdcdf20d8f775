"""A document made ready for loading where it was extracted: its graph rows and its JSON for the document
cache, so that the loading process receives plain rows and text instead of rebuilding (or unpickling) the
whole model of every plan on the one core that also drives the store."""

from __future__ import annotations

from dataclasses import dataclass

from graph.rows import Batch, document_rows
from policykg.models import Document


@dataclass(frozen=True)
class PreparedDocument:
    id: str
    source: str
    #: ``Document.model_dump_json()``: what the document cache keeps.
    json: str
    #: ``document_rows(document)``: what the store writes.
    rows: Batch

    @classmethod
    def of(cls, document: Document) -> PreparedDocument:
        return cls(
            id=document.id,
            source=document.source,
            json=document.model_dump_json(),
            rows=document_rows(document),
        )

    def document(self) -> Document:
        """The full model again (for a replacement, or to report on it)."""
        return Document.model_validate_json(self.json)
