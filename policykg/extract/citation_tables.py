"""Documents listed in a table of their names and numbers (a 政策清单 or a list of the documents a plan
follows): a header row naming a column of titles and a column of numbers (文件名称 | 文号 | 发文单位), each
row below a document, its title written with no marks in its cell (citations.yaml list_tables). Tables
reach the text one row a line, their cells set apart by tabs (or by pipes in a Markdown table).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ontology.vocab import citation_vocabulary
from policykg.extract.textspan import Span


@dataclass(frozen=True)
class ListedDocument:
    title: Span
    number: Span | None
    issuer: Span | None


@dataclass(frozen=True)
class _Columns:
    title: int
    number: int
    issuer: int | None


@cache
def _words() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    rules = citation_vocabulary().list_tables
    if rules is None:
        return (), (), ()
    return rules.title, rules.number, rules.issuer


#: What sets a row's cells apart: a tab (a .docx or .html table, a text table), or a Markdown pipe.
_SEPARATORS = ("\t", "|")
#: The characters of a Markdown table's rule row (| --- | :---: |).
_RULE = frozenset("|-: \t")


def _separator(text: str, start: int, end: int) -> str | None:
    """What sets apart the cells of the line ``text[start:end]`` when it is a table's row: a tab, or a pipe
    when the line opens with one (| 序号 | 文件名称 |); None when it is no row."""
    if text.find("\t", start, end) >= 0:
        return "\t"
    at = start
    while at < end and text[at] in " \u3000":
        at += 1
    return "|" if at < end and text[at] == "|" else None


def _cells(text: str, start: int, end: int, separator: str) -> list[Span]:
    """The spans of the cells of the line ``text[start:end]``, set apart by ``separator``, white space left
    out; a pipe row's opening and closing pipes open and close no cell."""
    if separator == "|":
        start = text.index("|", start, end) + 1
        close = text.rfind("|", start, end)
        end = close if close >= 0 and not text[close + 1 : end].strip() else end
    spans: list[Span] = []
    at = start
    while True:
        cut = text.find(separator, at, end)
        stop = end if cut < 0 else cut
        left, right = at, stop
        while left < right and text[left] in " \u3000\r":
            left += 1
        while right > left and text[right - 1] in " \u3000\r":
            right -= 1
        spans.append((left, right))
        if cut < 0:
            return spans
        at = cut + 1


#: Most characters of a header's cell.
_HEADER_CELL = 10


def _header(text: str, cells: list[Span]) -> _Columns | None:
    """The columns a header row names: one of titles and one of numbers (文件名称, 文号), maybe one of
    issuers (发文单位); None when the row is no such header."""
    titles, numbers, issuers = _words()
    words = [text[s:e] for s, e in cells]
    if any(len(w) > _HEADER_CELL or any(ch.isdigit() for ch in w) for w in words):
        return None  # a row of values (标题 | 关于印发…的通知 | 文号 | …〔2023〕21号), no header
    title = next((i for i, w in enumerate(words) if w in titles), None)
    number = next((i for i, w in enumerate(words) if w in numbers), None)
    if title is None or number is None:
        return None
    issuer = next((i for i, w in enumerate(words) if w in issuers), None)
    return _Columns(title, number, issuer)


#: Marks a title cell holds when its title is read with the marks (《…》): not read again here.
_MARKS = "《》"


def listed_documents(text: str) -> list[ListedDocument]:
    """Every document listed in a table of names and numbers, in text order: the title cell of each row
    under a header naming both columns, to the first line that is no row of the table."""
    numbers = _words()[1]
    if not any(s in text for s in _SEPARATORS) or not any(word in text for word in numbers):
        return []
    found: list[ListedDocument] = []
    for word in numbers:
        at = text.find(word)
        while at >= 0:
            line = text.rfind("\n", 0, at) + 1
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            separator = _separator(text, line, end)
            columns = _header(text, _cells(text, line, end, separator)) if separator else None
            if columns is not None and separator is not None:
                found += _rows(text, end, columns, separator)
            at = text.find(word, end)
    return sorted(set(found), key=lambda d: d.title)


def _rows(text: str, header_end: int, columns: _Columns, separator: str) -> list[ListedDocument]:
    """The documents of the rows after the header ending at ``header_end``: each line of cells with a title
    (a Markdown table's rule row passed over)."""
    found: list[ListedDocument] = []
    at = header_end + 1
    while at < len(text):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if _separator(text, at, end) != separator:
            break
        if separator == "|" and _RULE.issuperset(text[at:end]):
            at = end + 1
            continue
        cells = _cells(text, at, end, separator)
        if len(cells) > max(columns.title, columns.number):
            title = cells[columns.title]
            words = text[title[0] : title[1]]
            if len(words) >= 4 and not any(mark in words for mark in _MARKS):
                found.append(
                    ListedDocument(title, _cell(cells, columns.number), _cell(cells, columns.issuer))
                )
        at = end + 1
    return found


def _cell(cells: list[Span], column: int | None) -> Span | None:
    """The span of the cell of ``column`` in a row, None when the row has no such cell or it is empty."""
    if column is None or column >= len(cells) or cells[column][1] == cells[column][0]:
        return None
    return cells[column]
