"""Extract many files: expand folders, keep going past bad files, report each failure."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
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


#: Batches at least this large are extracted on all cores.
PARALLEL_FROM = 32


def _extract_one(path: Path) -> Document | FailedDocument:
    try:
        return extract_file(path)
    except PolicyKGError as e:
        return FailedDocument(source=str(path), error=e.message, hint=e.hint)


def extract_paths(
    paths: Iterable[str | Path],
    *,
    on_done: Callable[[Path], None] | None = None,
    workers: int | None = None,
) -> ExtractionResult:
    """Extract every file; large batches use a process per core (``workers`` overrides). Order is kept."""
    files = expand_paths(paths)
    count = workers if workers is not None else (os.cpu_count() or 1) if len(files) >= PARALLEL_FROM else 1
    documents: list[Document] = []
    errors: list[FailedDocument] = []

    def collect(path: Path, outcome: Document | FailedDocument) -> None:
        (errors if isinstance(outcome, FailedDocument) else documents).append(outcome)  # type: ignore[arg-type]
        if on_done is not None:
            on_done(path)

    if count <= 1:
        for path in files:
            collect(path, _extract_one(path))
    else:
        with ProcessPoolExecutor(max_workers=count) as pool:
            for path, outcome in zip(files, pool.map(_extract_one, files, chunksize=8), strict=True):
                collect(path, outcome)
    return ExtractionResult(documents=documents, errors=errors)
