"""Plain text (.txt) and Markdown (.md): the decoded text is the canonical text."""

from __future__ import annotations

from loaders.base import EncodingReport
from loaders.encoding import decode_bytes


def normalise_newlines(text: str) -> str:
    """Canonical texts use ``\\n`` only; this is the one rewrite applied to decoded text."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def load_text(data: bytes, source: str) -> tuple[str, EncodingReport]:
    text, report = decode_bytes(data, source)
    return normalise_newlines(text).lstrip("\ufeff"), report
