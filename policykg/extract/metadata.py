"""Plan metadata: title, document type, document number, issuing bodies, issue date and period."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from ontology.vocab import Masthead, agency_vocabulary, document_vocabulary
from policykg.extract.agency_lists import looks_like_agency
from policykg.extract.textspan import WHITESPACE, Span, line_spans, squeeze, trim
from policykg.models import Evidence, Issuer, Period

_YEAR = r"((?:19|20)\d{2})"
_OPEN = r"[〔\[［﹝(（【]"
_CLOSE = r"[〕\]］﹞)）】]"
DOC_NUMBER = re.compile(rf"([\u4e00-\u9fa5]{{1,12}}?)\s*{_OPEN}\s*{_YEAR}\s*{_CLOSE}\s*(\d{{1,4}})\s*号")
_ISSUE_NOTICE = re.compile(r"关于印发([\s\S]{2,160}?)的通知")
_QUOTED_ISSUED = re.compile(
    r"(?:现将|将)《([^《》]{2,120})》[^。\n]{0,20}印发|《([^《》]{2,120})》已经[^。\n]{0,40}印发"
)
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
_TITLE_PERIOD = re.compile(rf"[（(]\s*{_YEAR}\s*年?\s*[-—–~～至到]+\s*{_YEAR}\s*年?\s*[)）]")
_TITLE_YEAR = re.compile(rf"{_YEAR}\s*年度?")
_RANGE_MONTHS = re.compile(
    rf"{_YEAR}\s*年\s*(\d{{1,2}})\s*月\s*(?:至|到|—|–|-|－|~|～)+\s*{_YEAR}\s*年\s*(\d{{1,2}})\s*月"
)
_RANGE_YEARS = re.compile(rf"{_YEAR}\s*[-—–~～至到]+\s*{_YEAR}\s*年")
_BY_YEAR = re.compile(rf"(?:到|至|截至)\s*{_YEAR}\s*年")
_PERIOD_CUES = ("实施期", "期限", "周期", "示范期", "建设期", "创建期", "试点期", "规划期")
#: Longest line read as a header, masthead or signature line (they are short; sentences run on).
MAX_RECORD_LINE = 200
#: Markdown marks around a line's words: blockquote and heading markers, emphasis.
_LINE_MARKUP = ">#*_"
#: A character that makes a piece of a line a sentence, not a body's name.
_SENTENCE = re.compile(r"[。，,；;：:！!？?、…0-9]")
_CJK = re.compile(r"[\u4e00-\u9fa5]")


@dataclass
class Metadata:
    title: str | None
    title_span: Span | None
    doc_type: str | None
    doc_type_id: str | None
    doc_number: str | None
    doc_number_span: Span | None
    issuers: list[Issuer]
    date: str | None
    date_span: Span | None
    period: Period | None


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
    marks = re.escape(vocab.separators + _LINE_MARKUP)
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


def _strip_title(raw: str) -> str:
    return squeeze(raw).strip('《》“”"')


def find_title(text: str, head_end: int, first_unit: int) -> tuple[str, Span] | None:
    """关于印发X的通知 → X; else 现将《X》印发; else the first heading-like paragraph."""
    m = _ISSUE_NOTICE.search(text, 0, head_end)
    if m and "\n\n" not in text[m.start(1) : m.end(1)].replace(" ", ""):
        s, e = trim(text, m.start(1), m.end(1))
        if text[s] == "《" and text[e - 1] == "》":
            s, e = s + 1, e - 1
        return _strip_title(text[s:e]), (s, e)
    m = _QUOTED_ISSUED.search(text, 0, head_end)
    if m:
        group = 1 if m.group(1) else 2
        return squeeze(m.group(group)), (m.start(group), m.end(group))
    for s, e in line_spans(text, 0, first_unit):
        s, e = _unmark(text, s, e)
        line = text[s:e]
        if not line or cover_matter(text, s, e) or re.match(r"附\s*件", line):
            continue
        if len(squeeze(line)) <= 80 and "。" not in line:
            return squeeze(line), (s, e)
        break
    return None


def _unmark(text: str, start: int, end: int) -> Span:
    """``[start, end)`` shrunk past white space and Markdown marks (# heading, > quote, **bold**)."""
    while start < end and (text[start] in WHITESPACE or text[start] in _LINE_MARKUP):
        start += 1
    while end > start and (text[end - 1] in WHITESPACE or text[end - 1] in _LINE_MARKUP):
        end -= 1
    return start, end


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


def document_type(title: str | None) -> tuple[str | None, str | None]:
    if not title:
        return None, None
    core = re.sub(r"[（(][^（()）]*[)）]$", "", title)
    for entry in sorted(document_vocabulary().document_types, key=lambda d: -len(d.zh)):
        if core.endswith(entry.zh):
            return entry.zh, entry.id
    return None, None


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


def _date_lines(text: str, start: int, end: int) -> list[tuple[str, Span, int, list[Span]]]:
    """(date, its span, its offset, the names beside it) of every line holding an issue date: the date
    alone, or with the fields of a header line, or after the signing body (XX办公室　　2024年2月28日)."""
    found = []
    for s, e in line_spans(text, start, end):
        record = record_line(text, s, e) if text.find("日", s, e) >= 0 else None
        if record is not None and record.dates:
            value, span = record.dates[0]
            found.append((value, span, span[0], record.names))
    return found


def _issuer(text: str, span: Span) -> Issuer:
    quote = text[span[0] : span[1]]
    return Issuer(name=squeeze(quote), evidence=Evidence(span=span, quote=quote))


def find_issuers(
    text: str,
    date_at: int | None,
    title: str | None,
    title_span: Span | None,
    *,
    beside_date: list[Span] | None = None,
    masthead: list[Span] | None = None,
) -> list[Issuer]:
    """The bodies signed beside the issue date, else on the signature lines just above it, else in the red
    header, else the X of 'X关于…' in the title. A signature is a line of body names, never a sentence."""
    if beside_date:
        return [_issuer(text, span) for span in beside_date]
    issuers: list[Issuer] = []
    if date_at is not None:
        lines = [trim(text, s, e) for s, e in line_spans(text, max(0, date_at - 400), date_at)]
        lines = [span for span in lines if span[0] < span[1]][-3:]
        for s, e in reversed(lines):
            record = record_line(text, s, e)
            if record is None or record.numbers or record.dates or record.masthead or not record.names:
                if issuers:
                    break
                continue
            issuers[:0] = [_issuer(text, span) for span in record.names]
    if not issuers and masthead:
        issuers = [_issuer(text, span) for span in masthead]
    if not issuers and title and title_span:
        raw = text[title_span[0] : title_span[1]]
        at = raw.find("关于")
        if at > 1 and looks_like_agency(raw[:at]):
            span = (title_span[0], title_span[0] + at)
            issuers.append(Issuer(name=squeeze(raw[:at]), evidence=Evidence(span=span, quote=raw[:at])))
    return issuers


def find_period(text: str, title: str | None, title_span: Span | None) -> Period | None:
    if title and title_span:
        raw_s, raw_e = title_span
        m = _TITLE_PERIOD.search(text, raw_s, raw_e) or _RANGE_YEARS.search(text, raw_s, raw_e)
        if m:
            return Period(start=m.group(1), end=m.group(2), evidence=_ev(text, m.span()))
        m = _TITLE_YEAR.search(text, raw_s, raw_e)
        if m:
            return Period(start=m.group(1), end=m.group(1), evidence=_ev(text, m.span()))
    for m in _RANGE_MONTHS.finditer(text):
        window = text[max(0, m.start() - 12) : m.start()]
        if any(cue in window for cue in _PERIOD_CUES):
            start = f"{m.group(1)}-{int(m.group(2)):02d}"
            end = f"{m.group(3)}-{int(m.group(4)):02d}"
            return Period(start=start, end=end, evidence=_ev(text, m.span()))
    m = _BY_YEAR.search(text)
    if m:
        return Period(start=None, end=m.group(1), evidence=_ev(text, m.span()))
    return None


def _ev(text: str, span: Span) -> Evidence:
    return Evidence(span=span, quote=text[span[0] : span[1]])


def extract_metadata(text: str, first_unit: int) -> Metadata:
    """``first_unit`` is where the plan's numbered body starts: the cover matter lies before it."""
    head_end = max(first_unit, min(len(text), 3000)) if first_unit else min(len(text), 3000)
    found = find_title(text, head_end, first_unit)
    title, title_span = found if found else (None, None)
    doc_type, doc_type_id = document_type(title)
    number = find_doc_number(text, head_end)
    head = _date_lines(text, 0, first_unit) if first_unit else []
    dates = head or sorted(_date_lines(text, 0, len(text)), key=lambda d: bool(d[3]))
    date, date_span, date_at, beside = dates[0] if dates else (None, None, None, [])
    cover = find_masthead(text, title_span[0] if title_span else first_unit or min(len(text), 3000))
    return Metadata(
        title=title,
        title_span=title_span,
        doc_type=doc_type,
        doc_type_id=doc_type_id,
        doc_number=number[0] if number else None,
        doc_number_span=number[1] if number else None,
        issuers=find_issuers(text, date_at, title, title_span, beside_date=beside, masthead=cover),
        date=date,
        date_span=date_span,
        period=find_period(text, title, title_span),
    )
