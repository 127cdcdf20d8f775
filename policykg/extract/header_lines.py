"""Header and record lines: the short lines of a plan's cover and close that hold only fields — its document
number (XX〔2024〕3号), issue date, the bodies of a red header (XX局文件) or a signature line.

``record_line(text, start, end)`` reads one such line; ``find_doc_number``, ``date_lines`` and
``find_masthead`` look for the plan's own fields among them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from ontology.vocab import Masthead, agency_vocabulary, document_vocabulary
from policykg.extract.agency_lists import looks_like_agency
from policykg.extract.textspan import Span, line_spans, squeeze, trim

#: A year of the plans' era, as a regex group.
YEAR = r"((?:19|20)\d{2})"
_OPEN = r"[〔\[［﹝(（【]"
_CLOSE = r"[〕\]］﹞)）】]"
DOC_NUMBER = re.compile(rf"([\u4e00-\u9fa5]{{1,12}}?)\s*{_OPEN}\s*{YEAR}\s*{_CLOSE}\s*(\d{{1,4}})\s*号")
_CN_DIGITS = {
    "〇": 0,
    "○": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_DATE = re.compile(
    r"([0-9〇○零一二三四五六七八九]{4})\s*年\s*([0-9一二三四五六七八九十]{1,3})\s*月\s*"
    r"([0-9一二三四五六七八九十]{1,3})\s*日"
)
#: Longest line read as a header, masthead or signature line (they are short; sentences run on).
MAX_RECORD_LINE = 200
#: Markdown marks around a line's words: blockquote and heading markers, emphasis.
LINE_MARKUP = ">#*_"
#: A character that makes a piece of a line a sentence, not a body's name.
_SENTENCE = re.compile(r"[。，,；;：:！!？?、…0-9]")
_CJK = re.compile(r"[\u4e00-\u9fa5]")


@dataclass
class Record:
    """A line made only of fields: document numbers, dates and body names, perhaps a masthead word
    (a red header "XX局文件", a header "XX〔2024〕3号 · XX办公室 · 2024年2月28日", a signature)."""

    numbers: list[tuple[str, Span]] = field(default_factory=list)
    dates: list[tuple[str, Span]] = field(default_factory=list)
    names: list[Span] = field(default_factory=list)
    masthead: bool = False


@cache
def _masthead() -> Masthead:
    return document_vocabulary().masthead


@cache
def _gap_pattern() -> re.Pattern[str]:
    """What separates the fields of a record line: white space, separators, markup and field labels."""
    vocab = _masthead()
    labels = "|".join(re.escape(w) for w in sorted(vocab.labels, key=len, reverse=True)) or "(?!)"
    marks = re.escape(vocab.separators + LINE_MARKUP)
    return re.compile(rf"(?:(?:{labels})\s*[：:]|[{marks}\s])+")


@cache
def _cover_line() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in _masthead().cover_lines) or "(?!)")


@cache
def _collectives() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(c.pattern) for c in agency_vocabulary().collectives)


def body_name(name: str) -> bool:
    """A single body's name as signed (北京市通州区市场监督管理局): it ends like a body, is no collective
    (各单位) and no sentence (no punctuation, no figures)."""
    name = squeeze(name)
    return (
        not _SENTENCE.search(name)
        and looks_like_agency(name)
        and not any(rx.search(name) for rx in _collectives())
    )


def _date_value(m: re.Match[str]) -> str | None:
    year, month, day = (_cn_number(g) for g in m.groups())
    return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None


def record_line(text: str, start: int, end: int) -> Record | None:
    """The fields of ``text[start:end]`` if that line holds nothing else; None for a sentence or heading."""
    start, end = trim(text, start, end)
    if start >= end or end - start > MAX_RECORD_LINE:
        return None
    record = Record()
    hits: list[tuple[int, int]] = []
    for m in DOC_NUMBER.finditer(text, start, end):
        record.numbers.append((normalise_doc_number(m.group(1), m.group(2), m.group(3)), m.span()))
        hits.append(m.span())
    for m in _DATE.finditer(text, start, end):
        value = _date_value(m)
        if value is None or any(s < m.end() and m.start() < e for s, e in hits):
            return None
        record.dates.append((value, m.span()))
        hits.append(m.span())
    hits.sort()
    gaps = [(a[1], b[0]) for a, b in zip([(start, start), *hits], [*hits, (end, end)], strict=True)]
    suffixes = tuple(sorted(_masthead().suffixes, key=len, reverse=True))
    for gap_start, gap_end in gaps:
        pos = gap_start
        for sep in [*_gap_pattern().finditer(text, gap_start, gap_end), None]:
            piece_end = sep.start() if sep else gap_end
            if pos < piece_end:
                piece = text[pos:piece_end]
                if piece in suffixes:
                    record.masthead = True
                else:
                    suffix = next((w for w in suffixes if piece.endswith(w) and len(piece) > len(w)), None)
                    if suffix and body_name(piece[: -len(suffix)]):
                        record.masthead = True
                        piece_end -= len(suffix)
                    elif not body_name(piece):
                        return None
                    record.names.append((pos, piece_end))
            if sep:
                pos = sep.end()
    return record if hits or record.names or record.masthead else None


def _cn_number(raw: str) -> int:
    if raw.isdigit():
        return int(raw)
    if len(raw) == 4:  # a year written digit by digit: 二〇二二
        return int("".join(str(_CN_DIGITS.get(ch, 0)) for ch in raw))
    if "十" in raw:
        tens, _, ones = raw.partition("十")
        return (_CN_DIGITS.get(tens, 1) if tens else 1) * 10 + (_CN_DIGITS.get(ones, 0) if ones else 0)
    return _CN_DIGITS.get(raw, 0)


def normalise_doc_number(issuer: str, year: str, serial: str) -> str:
    return f"{squeeze(issuer)}〔{year}〕{int(serial)}号"


def cover_matter(text: str, start: int, end: int) -> bool:
    """A line of the cover matter, never the title: a masthead, a number, date or signature line, a cover
    element (签发人, 特急, 份号) or a rule without words."""
    return (
        record_line(text, start, end) is not None
        or _cover_line().search(squeeze(text[start:end])) is not None
        or not _CJK.search(text, start, end)
    )


def find_masthead(text: str, end: int) -> list[Span]:
    """The bodies named by the red header and the name lines above the title (the cover before ``end``)."""
    names: list[Span] = []
    for s, e in line_spans(text, 0, end)[:12]:
        record = record_line(text, s, e)
        if record is not None and not record.dates and not record.numbers:
            names.extend(record.names)
    return names


def find_doc_number(text: str, head_end: int) -> tuple[str, Span] | None:
    """The plan's own number stands on a line of its own near the top, alone or among the other fields of a
    header line (XX〔2024〕3号 · XX办公室 · 2024年2月28日); cited numbers sit in sentences."""
    for count, (s, e) in enumerate(line_spans(text, 0, head_end)):
        if count > 15:
            break
        record = record_line(text, s, e)
        if record is not None and record.numbers:
            return record.numbers[0]
    return None


def date_lines(text: str, start: int, end: int) -> list[tuple[str, Span, int, list[Span]]]:
    """(date, its span, its offset, the names beside it) of every line holding an issue date: the date
    alone, or with the fields of a header line, or after the signing body (XX办公室　　2024年2月28日)."""
    found = []
    for s, e in line_spans(text, start, end):
        record = record_line(text, s, e) if text.find("日", s, e) >= 0 else None
        if record is not None and record.dates:
            value, span = record.dates[0]
            found.append((value, span, span[0], record.names))
    return found
