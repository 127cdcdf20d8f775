"""PDF text layers through pypdf; scanned PDFs without text are reported, not guessed at."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader
from pypdf.errors import PyPdfError

from loaders.base import EncodingReport
from loaders.page_furniture import drop_edge_numbers, drop_running_lines
from loaders.pdf_geometry import Extent, line_extents, place_lines
from loaders.pdf_lines import join_wrapped_lines
from loaders.pdf_margins import wrapped_by_page
from loaders.pdf_names import join_cut_names
from loaders.pdf_split_rows import rejoin_split_rows
from loaders.textfile import normalise_newlines
from policykg.errors import DocumentError

#: A line break between two digits: where a page's line may have cut a number (2024—2 / 026年).
_DIGIT_BREAK = re.compile(r"(?<=\d)\n(?=\d)")
#: The next line's opening digits go on with words (026年）, 0日前): a number carried on, not a cell's number.
_CARRIED = re.compile(r"\d+[^\d\s.．,，%％]")
#: A line of numbers alone (a data cell: 3.2, 1,200, 15%): its last digit ends the number.
_NUMBERS_ONLY = re.compile(r"[\d.．,，%％\s]*")


def join_cut_numbers(text: str) -> str:
    """``text`` with the numbers a page's line cut rejoined (2024—2 / 026年 → 2024—2026年, 2025年12月1 /
    0日前): a line ending in a digit after words, the next opening with digits that go on with words. A line
    of numbers alone (a row's number, a data cell: 350 / 400, 3.2 / 4.5) or a line after which a number
    stands alone keeps its break. The cheap test first: most texts have no break between two digits."""
    cuts = [
        m.start()
        for m in _DIGIT_BREAK.finditer(text)
        if _CARRIED.match(text, m.end())
        and not _NUMBERS_ONLY.fullmatch(text, text.rfind("\n", 0, m.start()) + 1, m.start())
    ]
    if not cuts:
        return text
    pieces, at = [], 0
    for cut in cuts:
        pieces.append(text[at:cut])
        at = cut + 1
    pieces.append(text[at:])
    return "".join(pieces)


def load_pdf(data: bytes, source: str) -> tuple[str, EncodingReport, tuple[tuple[int, float, float], ...]]:
    """The PDF's canonical text, and where its lines stand across the page (loaders/pdf_geometry.py): each
    placed line's offset in the text with its left and right edge."""
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise DocumentError(
                source,
                "the PDF is password-protected (it opens only with its password)",
                hint="open it with its password and print or save it as a PDF without one, or give its .docx",
            )
        read = [line_extents(page.extract_text, float(page.mediabox.top)) for page in reader.pages]
        pages = [page or "" for page, _ in read]
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as e:
        raise DocumentError(source, f"pypdf cannot read it: {e}") from e
    pages = drop_running_lines(drop_edge_numbers([normalise_newlines(page) for page in pages]))
    pages, page_lines = rejoin_split_rows(pages, [lines for _, lines in read])
    placed: list[tuple[str, Extent]] = [line for lines in page_lines for line in lines]
    text = join_cut_numbers(normalise_newlines("\n".join(page.rstrip("\n") for page in pages)))
    text = join_cut_names(join_wrapped_lines(text, wrapped_by_page(text, page_lines)))
    if not text.strip():
        raise DocumentError(
            source,
            "the PDF has no text layer (a scan?)",
            hint="run OCR on it first (e.g. ocrmypdf) and load the result",
        )
    return text, EncodingReport(name="utf-8", method="container"), place_lines(text, placed)
