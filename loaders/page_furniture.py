"""Page numbers printed by the page ('— 3 —', '- 3 -', '第3页 共12页'), as a PDF's text layer or a text file
converted from one carries them between the lines of a paragraph, sometimes inside a word or an annotation.
They are dropped from the canonical text. A bare number on its own line is kept: one-cell-per-line tables
hold those."""

from __future__ import annotations

import re

_GAP = r"[ \t\u3000]*"
_DASH = r"[—–\-－─━]+"
_NUMBER = r"\d{1,4}"
_PAGE_LINE = re.compile(
    rf"^{_GAP}(?:{_DASH}{_GAP}{_NUMBER}{_GAP}{_DASH}"
    rf"|第{_GAP}{_NUMBER}{_GAP}页(?:{_GAP}[，,/／]?{_GAP}共{_GAP}{_NUMBER}{_GAP}页)?"
    rf"|共{_GAP}{_NUMBER}{_GAP}页{_GAP}[，,/／]?{_GAP}第{_GAP}{_NUMBER}{_GAP}页){_GAP}(?:\n|\Z)",
    re.MULTILINE,
)


def drop_page_numbers(text: str) -> str:
    """``text`` without the lines that are nothing but a decorated page number."""
    return _PAGE_LINE.sub("", text)
