"""Page numbers printed by the page ('— 3 —', '- 3 -', '第3页 共12页'), as a PDF's text layer or a text file
converted from one carries them between the lines of a paragraph, sometimes inside a word or an annotation.
They are dropped from the canonical text. A bare number on its own line is kept: one-cell-per-line tables
hold those.

A PDF's running line (the office's name, 宾阳县人民政府办公室文件, printed at the top of every page) is the
page's too: a line that opens or closes every page of a document of several pages, page numbers aside, is
dropped wherever the text layer gives it (between the lines of a sentence), except as the first line of the
first page, where it is the masthead."""

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


#: Fewest characters of a running line: shorter edge lines (序号, a table's header cell) are the plan's.
_RUNNING_MIN = 4
#: Most characters of a running line: a longer one is a sentence.
_RUNNING_MAX = 40


def _edges(lines: list[str]) -> tuple[int | None, int | None]:
    """Indexes of a page's first and last lines of text, page numbers and blank lines aside."""
    kept = [k for k, line in enumerate(lines) if line.strip() and not _PAGE_LINE.match(line + "\n")]
    return (kept[0], kept[-1]) if kept else (None, None)


def drop_running_lines(pages: list[str]) -> list[str]:
    """``pages`` without the running line every page opens with, or every page closes with (the same edge
    on each page: a masthead opening the first page and a signature closing the last are no running line);
    see the module's note."""
    if len(pages) < 2:
        return pages
    split = [page.split("\n") for page in pages]
    edges = [_edges(lines) for lines in split]
    for side in (0, 1):
        at = [edge[side] for edge in edges]
        if any(k is None for k in at):
            return pages
        lines = {split[p][k].strip() for p, k in enumerate(at) if k is not None}
        if len(lines) == 1:
            line = lines.pop()
            if _RUNNING_MIN <= len(line) <= _RUNNING_MAX and not line.isdigit():
                drop = [-1, *at[1:]] if side == 0 else at  # the first page's opening line is its masthead
                return [
                    "\n".join(t for k, t in enumerate(page) if k != drop[p]) for p, page in enumerate(split)
                ]
    return pages
