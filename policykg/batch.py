"""Extract many files: expand folders, keep going past bad files, report each failure."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from loaders import FORMATS, load_document
from policykg.errors import PolicyKGError
from policykg.extract.pipeline import extract_document
from policykg.models import Document, ExtractionResult, FailedDocument


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, and the supported files inside folders (recursively, sorted)."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in FORMATS))
        else:
            out.append(path)
    return out


def extract_file(path: Path) -> Document:
    return extract_document(load_document(path))


def extract_paths(
    paths: Iterable[str | Path], *, on_done: Callable[[Path], None] | None = None
) -> ExtractionResult:
    documents: list[Document] = []
    errors: list[FailedDocument] = []
    for path in expand_paths(paths):
        try:
            documents.append(extract_file(path))
        except PolicyKGError as e:
            errors.append(FailedDocument(source=str(path), error=e.message, hint=e.hint))
        if on_done is not None:
            on_done(path)
    return ExtractionResult(documents=documents, errors=errors)
