"""Plain text (.txt) and Markdown (.md): the decoded text is the canonical text."""

from __future__ import annotations

from loaders.base import EncodingReport
from loaders.encoding import decode_bytes
from loaders.page_furniture import drop_page_numbers


def normalise_newlines(text: str) -> str:
    """Canonical texts use ``\\n`` only and carry no printed page numbers (page_furniture.py); these are
    the rewrites applied to decoded text."""
    return drop_page_numbers(text.replace("\r\n", "\n").replace("\r", "\n"))


def load_text(data: bytes, source: str) -> tuple[str, EncodingReport]:
    text, report = decode_bytes(data, source)
    return normalise_newlines(text).lstrip("\ufeff"), report
