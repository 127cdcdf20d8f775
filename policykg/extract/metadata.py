"""Plan metadata: title, document type, document number, issuing bodies, issue date and period."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ontology.vocab import document_vocabulary
from policykg.extract.agency_lists import looks_like_agency
from policykg.extract.textspan import Span, line_spans, squeeze, trim
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
        s, e = trim(text, s, e)
        line = text[s:e].lstrip("#").strip()
        if not line or DOC_NUMBER.fullmatch(squeeze(line)) or re.match(r"附\s*件", line):
            continue
        if len(squeeze(line)) <= 80 and "。" not in line:
            s = e - len(line)
            return squeeze(line), (s, e)
        break
    return None


def document_type(title: str | None) -> tuple[str | None, str | None]:
    if not title:
        return None, None
    core = re.sub(r"[（(][^（()）]*[)）]$", "", title)
    for entry in sorted(document_vocabulary().document_types, key=lambda d: -len(d.zh)):
        if core.endswith(entry.zh):
            return entry.zh, entry.id
    return None, None


def find_doc_number(text: str, head_end: int) -> tuple[str, Span] | None:
    """The plan's own number stands alone on a line near the top (cited numbers sit in sentences)."""
    for count, (s, e) in enumerate(line_spans(text, 0, head_end)):
        if count > 15:
            break
        s, e = trim(text, s, e)
        m = DOC_NUMBER.fullmatch(text, s, e)
        if m:
            return normalise_doc_number(m.group(1), m.group(2), m.group(3)), (s, e)
    return None


def _date_lines(text: str, start: int, end: int) -> list[tuple[str, Span, int]]:
    found = []
    for s, e in line_spans(text, start, end):
        s, e = trim(text, s, e)
        m = _DATE.fullmatch(text, s, e)
        if m:
            year, month, day = (_cn_number(g) for g in m.groups())
            if 1 <= month <= 12 and 1 <= day <= 31:
                found.append((f"{year:04d}-{month:02d}-{day:02d}", (s, e), s))
    return found


def find_issuers(text: str, date_at: int | None, title: str | None, title_span: Span | None) -> list[Issuer]:
    """Signature lines just above the issue date; else the X of 'X关于…' in the title."""
    issuers: list[Issuer] = []
    if date_at is not None:
        lines = [trim(text, s, e) for s, e in line_spans(text, max(0, date_at - 400), date_at)]
        lines = [span for span in lines if span[0] < span[1]][-3:]
        for s, e in reversed(lines):
            names = [m for m in re.finditer(r"\S+", text[s:e])]
            if not names or not all(looks_like_agency(n.group(0)) for n in names):
                if issuers:
                    break
                continue
            for n in reversed(names):
                span = (s + n.start(), s + n.end())
                issuers.insert(0, Issuer(name=n.group(0), evidence=Evidence(span=span, quote=n.group(0))))
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
    dates = _date_lines(text, 0, first_unit or len(text)) or _date_lines(text, 0, len(text))
    date, date_span, date_at = dates[0] if dates else (None, None, None)
    return Metadata(
        title=title,
        title_span=title_span,
        doc_type=doc_type,
        doc_type_id=doc_type_id,
        doc_number=number[0] if number else None,
        doc_number_span=number[1] if number else None,
        issuers=find_issuers(text, date_at, title, title_span),
        date=date,
        date_span=date_span,
        period=find_period(text, title, title_span),
    )
