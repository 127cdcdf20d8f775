"""PDF text layers through pypdf; scanned PDFs without text are reported, not guessed at."""

from __future__ import annotations

import io

from pypdf import PdfReader
from pypdf.errors import PyPdfError

from loaders.base import EncodingReport
from loaders.page_furniture import drop_running_lines
from loaders.textfile import normalise_newlines
from policykg.errors import DocumentError


def load_pdf(data: bytes, source: str) -> tuple[str, EncodingReport]:
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            reader.decrypt("")
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as e:
        raise DocumentError(source, f"pypdf cannot read it: {e}") from e
    pages = drop_running_lines([normalise_newlines(page) for page in pages])
    text = normalise_newlines("\n".join(page.rstrip("\n") for page in pages))
    if not text.strip():
        raise DocumentError(
            source,
            "the PDF has no text layer (a scan?)",
            hint="run OCR on it first (e.g. ocrmypdf) and load the result",
        )
    return text, EncodingReport(name="utf-8", method="container")
