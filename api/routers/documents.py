"""Upload a plan (extract it and load it) or delete one: both need the write token.

Extraction and loading run in the thread pool, so that reads go on being answered meanwhile; the store
takes one write at a time."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, File, Path, Request, UploadFile
from fastapi.concurrency import run_in_threadpool

from api.deps import CacheDep, SettingsDep, StoreDep, require_write
from api.problems import Problem
from api.routers.search import data_changed
from api.schemas import DocumentOut
from graph.documents import DocumentCache
from graph.store import CypherStore
from loaders import FORMATS, load_bytes
from policykg.extract.pipeline import extract_document
from policykg.models import Document

router = APIRouter(prefix="/documents", tags=["documents"], dependencies=[Depends(require_write)])


@router.post("", response_model=DocumentOut, status_code=201, summary="Upload a plan: extract and load it")
async def upload(
    request: Request,
    store: StoreDep,
    cache: CacheDep,
    settings: SettingsDep,
    file: Annotated[UploadFile, File(description="A plan: .txt .md .html .docx .pdf .csv .xlsx")],
) -> DocumentOut:
    name = (file.filename or "upload").replace("\\", "/").rsplit("/", 1)[-1][:200]  # a name, never a path
    if not any(name.lower().endswith(ext) for ext in FORMATS):
        raise Problem(
            415, "unsupported-type", "Unsupported file type", f"supported: {', '.join(sorted(FORMATS))}"
        )
    if len((await request.form()).getlist("file")) > 1:
        raise Problem(422, "invalid-parameters", "One file per upload", "send each plan in its own request")
    data = await file.read(settings.max_upload_bytes + 1)
    if len(data) > settings.max_upload_bytes:
        raise Problem(
            413, "too-large", "The upload is too large", f"limit: {settings.max_upload_bytes:,} bytes"
        )
    doc = await run_in_threadpool(_load, data, name, settings.max_upload_bytes, store, cache)
    data_changed(request.app.state)
    return DocumentOut(
        id=doc.id,
        title=doc.plan.title,
        region=doc.plan.region.name if doc.plan.region else None,
        tasks=len(doc.tasks),
        responsibilities=sum(len(t.responsibilities) for t in doc.tasks),
        targets=len(doc.targets),
        warnings=[f"{w.code}: {w.message}" for w in doc.warnings],
    )


def _load(data: bytes, name: str, max_bytes: int, store: CypherStore, cache: DocumentCache) -> Document:
    doc = extract_document(load_bytes(data, f"upload/{name}", max_bytes=max_bytes))
    store.replace(doc)
    cache.save(doc)
    return doc


@router.delete("/{doc_id}", status_code=204, summary="Delete a plan's facts")
def delete(
    doc_id: Annotated[str, Path(max_length=40)], request: Request, store: StoreDep, cache: CacheDep
) -> None:
    try:
        known = cache.delete(doc_id)
    except ValueError as e:
        raise Problem(404, "not-found", "No such document", doc_id) from e
    if not known:
        raise Problem(404, "not-found", "No such document", doc_id)
    store.delete(doc_id)
    data_changed(request.app.state)
