"""Extract many files: expand folders, keep going past bad files, report each failure."""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from functools import partial
from pathlib import Path
from typing import TypeVar

from loaders import BY_CONTENT, FORMATS, load_document
from policykg.collector import after_document, collection_paused
from policykg.errors import PolicyKGError
from policykg.extract.pipeline import extract_document
from policykg.models import Document, ExtractionResult, FailedDocument


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, and the plans' files inside folders (recursively, sorted): those of the supported
    formats, and those whose format only their bytes tell (a .doc or .wps: read when it is a web page or a
    renamed .docx, else reported with how to convert it rather than passed over)."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*") if p.is_file() and _plan_file(p)))
        else:
            out.append(path)
    return out


def _plan_file(path: Path) -> bool:
    suffix = path.suffix.lower()
    return suffix in FORMATS or suffix in BY_CONTENT


def extract_file(path: Path) -> Document:
    return extract_document(load_document(path))


T = TypeVar("T")

#: Batches at least this large are extracted on all cores.
PARALLEL_FROM = 32


def _guarded(stage: Callable[[Path], T], path: Path) -> T | FailedDocument:
    """``stage(path)`` with the cyclic collector paused, its cycles cleared now and then
    (``policykg.collector``); a refusal as a FailedDocument."""
    try:
        with collection_paused():
            return stage(path)
    except PolicyKGError as e:
        return FailedDocument(source=str(path), error=e.message, hint=e.hint)
    finally:
        after_document()


def iter_stage(
    stage: Callable[[Path], T], files: list[Path], *, workers: int | None = None, window: int = 64
) -> Iterator[tuple[Path, T | FailedDocument]]:
    """Run ``stage`` (a module-level function, so that worker processes can import it) over ``files`` in
    order, lazily: batches of at least PARALLEL_FROM files use a process per core (``workers`` overrides),
    with at most ``window`` results in flight per worker so that memory stays bounded however many files
    there are and the caller can load while the workers extract. A file the stage refuses (PolicyKGError)
    yields a FailedDocument."""
    count = workers if workers is not None else (os.cpu_count() or 1) if len(files) >= PARALLEL_FROM else 1
    if count <= 1:
        for path in files:
            yield path, _guarded(stage, path)
        return
    task = partial(_guarded, stage)
    with ProcessPoolExecutor(max_workers=count) as pool:
        queue: deque[tuple[Path, Future[T | FailedDocument]]] = deque()
        todo = iter(files)
        for path in todo:
            queue.append((path, pool.submit(task, path)))
            if len(queue) >= window * count:
                break
        while queue:
            path, future = queue.popleft()
            following = next(todo, None)
            if following is not None:
                queue.append((following, pool.submit(task, following)))
            yield path, future.result()


def iter_extract(
    files: list[Path], *, workers: int | None = None, window: int = 64
) -> Iterator[tuple[Path, Document | FailedDocument]]:
    """Extract ``files`` in order, lazily, on all cores for large batches (see ``iter_stage``)."""
    return iter_stage(extract_file, files, workers=workers, window=window)


def extract_paths(
    paths: Iterable[str | Path],
    *,
    on_done: Callable[[Path], None] | None = None,
    workers: int | None = None,
) -> ExtractionResult:
    """Extract every file (see ``iter_extract``) and keep the results. Order is kept."""
    documents: list[Document] = []
    errors: list[FailedDocument] = []
    for path, outcome in iter_extract(expand_paths(paths), workers=workers):
        if isinstance(outcome, FailedDocument):
            errors.append(outcome)
        else:
            documents.append(outcome)
        if on_done is not None:
            on_done(path)
    return ExtractionResult(documents=documents, errors=errors)
