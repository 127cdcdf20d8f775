"""Header and record lines: the short lines of a plan's cover and close that hold only fields — its document
number (XX〔2024〕3号), issue date, the bodies of a red header (XX局文件) or a signature line.

``record_line(text, start, end)`` reads one such line; ``find_doc_number``, ``date_lines`` and
``find_masthead`` look for the plan's own fields among them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple

from ontology.vocab import Masthead, agency_vocabulary, document_vocabulary, role_vocabulary
from policykg.extract.agency_names import looks_like_agency
from policykg.extract.regex_heads import guarded
from policykg.extract.textspan import WHITESPACE, Span, line_spans, squeeze, trim
from policykg.extract.translation_lines import chinese_part

#: A year of the plans' era, as a regex group.
YEAR = r"((?:19|20)\d{2})"
_OPEN = r"[〔\[［﹝(（【]"
_CLOSE = r"[〕\]］﹞)）】]"
#: What a document number ends with, after its issuer: 〔2022〕131号, 〔2023〕第5号 (year and number as
#: groups).
_NUMBER_TAIL = rf"\s*{_OPEN}\s*{YEAR}\s*{_CLOSE}\s*(?:第\s*)?(\d{{1,4}})\s*号"
DOC_NUMBER = re.compile(rf"([\u4e00-\u9fa5]{{1,12}}?){_NUMBER_TAIL}")
#: DOC_NUMBER whose issuer a wrapped line may cut (《…》（浙\n政办发〔2021〕47号）): only for a match anchored
#: where a number must begin, never searched for (it would take in the line before).
WRAPPED_DOC_NUMBER = re.compile(rf"([\u4e00-\u9fa5](?:\s*[\u4e00-\u9fa5]){{0,11}}?){_NUMBER_TAIL}")
#: What every DOC_NUMBER match ends with, from its opening bracket: found first, so that the issuer's lazy
#: prefix is tried only just before a year in brackets, not at every character of a plan. (The white space
#: before the bracket is walked back over by hand: a pattern opening with it would be tried at every
#: character of a long run of blank lines, which made the search quadratic.)
_DOC_NUMBER_TAIL = re.compile(guarded(_NUMBER_TAIL.removeprefix(r"\s*")))
#: A document number written with no issuer (〔2023〕5号: year and number as groups), for a match anchored
#: where a title's number must begin.
BARE_DOC_NUMBER = _DOC_NUMBER_TAIL
_ISSUER_CHARS = 12


def doc_numbers(text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """The matches of ``DOC_NUMBER.finditer(text, start, end)``, found faster."""
    stop = len(text) if end is None else end
    pos = start
    while True:
        tail = _DOC_NUMBER_TAIL.search(text, pos, stop)
        if tail is None:
            return
        begin = tail.start()
        while begin > pos and text[begin - 1].isspace():
            begin -= 1
        m = DOC_NUMBER.search(text, max(pos, begin - _ISSUER_CHARS), tail.end())
        if m is None:
            pos = tail.start() + 1
            continue
        yield m
        pos = m.end()


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
#: How a year in Chinese numerals writes zero: 〇, ○, 零, or the letter O some web pages type (二O二三年).
ZEROS = "〇○零OＯ"
#: What a year's four digits are written with: figures or Chinese numerals.
YEAR_DIGITS = f"0-9{ZEROS}一二三四五六七八九"
_DATE = re.compile(
    guarded(
        rf"([{YEAR_DIGITS}]{{4}})\s*年\s*([0-9一二三四五六七八九十]{{1,3}})\s*月\s*"
        r"([0-9一二三四五六七八九十]{1,3})\s*日"
    )
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
    (a red header "XX局文件", a header "XX〔2024〕3号 · XX办公室 · 2024年2月28日", a signature), perhaps
    labelled as a website's or a header table's fields ("文号：XX〔2024〕3号　发布日期：2024-03-01")."""

    numbers: list[tuple[str, Span]] = field(default_factory=list)
    dates: list[tuple[str, Span]] = field(default_factory=list)
    #: The rank of each date by its label (``date_rank``), in the order of ``dates``.
    date_ranks: list[int] = field(default_factory=list)
    names: list[Span] = field(default_factory=list)
    masthead: bool = False
    #: The line holds field labels (文号：, 发文机关, 索引号：).
    labelled: bool = False
    #: Names given under an issuing-body label (发文机关：XX): the plan's issuers wherever the line stands.
    issuers: list[Span] = field(default_factory=list)
    #: Those of ``issuers`` given under a label naming the body that put the page up (发布机构：XX): the
    #: plan's issuers only when the plan is signed by no other.
    published: list[Span] = field(default_factory=list)
    #: The kind of the label that ends the line without its value, which then stands on the next line (a
    #: header table whose cells a PDF's text layer puts one per line).
    awaiting: str | None = None
    #: The date rank of that label (``date_rank``).
    awaiting_rank: int = 0
    #: The indices in ``dates`` of dates written in figures under no date label (2023-03-15, 2023.3.15): a
    #: signature's date beside or under the signing body, else a web page's (``date_lines``).
    figures: list[int] = field(default_factory=list)
    #: The line is a body's other name in brackets alone (（湖南省知识产权局）), written under the name it
    #: stands for in a signature or a red header (湖南省市场监督管理局 ↵ （湖南省知识产权局）): its one name
    #: is the whole line.
    alias: bool = False


#: What a field label introduces: a field the header is read for, or a value passed over (索引号, 主题分类).
ISSUER, NUMBER, DATE, FREE = "issuer", "number", "date", "free"
#: A label naming the body that put the page up (发布机构), an issuer's label of lesser weight.
PUBLISHER = "publisher"


@cache
def _masthead() -> Masthead:
    return document_vocabulary().masthead


def _marks() -> str:
    return re.escape(_masthead().separators + LINE_MARKUP)


@cache
def _masthead_suffixes() -> tuple[str, ...]:
    """The words closing a masthead (XX文件, XX函), longest first."""
    return tuple(sorted(_masthead().suffixes, key=len, reverse=True))


@cache
def _piece_gap() -> re.Pattern[str]:
    """What separates the pieces of a field: white space, separators and markup."""
    return re.compile(rf"[{_marks()}\s]+")


@cache
def _label_pattern() -> re.Pattern[str]:
    """A field label: followed by a colon anywhere, or bare (a table cell) between white space or separators;
    its characters may be spaced out as header tables align them (文　　号：), with any space a line holds: a
    web page's table aligns them with the spaces its entities write (文&emsp;&emsp;号, 索&nbsp;引&nbsp;号)."""
    labels = (*_masthead().labels, *_masthead().page_labels)
    words = sorted({squeeze(w) for w in labels if squeeze(w)}, key=len, reverse=True)
    alts = "|".join(_LABEL_GAP.join(map(re.escape, w)) for w in words) or "(?!)"
    after = rf"(?=[{_marks()}\s]|$)"
    return re.compile(
        guarded(rf"(?P<label>{alts}){_LABEL_GAP}[：:]|(?<![\u4e00-\u9fa5])(?P<bare>{alts}){after}")
    )


#: The spaces between a label's characters or before its colon: any white space but a line's end.
_LABEL_GAP = "[" + re.escape(WHITESPACE.replace("\n", "").replace("\r", "")) + "]*"


@cache
def _date_rank_of() -> dict[str, int]:
    return {squeeze(w): rank for rank, words in enumerate(_masthead().date_ranks) for w in words}


def date_rank(label: str | None) -> int:
    """How well a date under ``label`` dates the plan, 0 best (document_types.yaml, masthead.date_ranks): an
    unlabelled date (a signature's, a header line's) ranks first, a website's own (发布日期) last."""
    return _date_rank_of().get(squeeze(label), 0) if label else 0


#: The words every label naming a document's number holds (文号, 发文字号, 文件编号).
_NUMBER_LABEL_WORDS = ("文号", "字号", "文件编号")


def _label_kind(label: str) -> str:
    label = squeeze(label)
    if label in _masthead().page_labels:
        return FREE
    if any(word in label for word in _NUMBER_LABEL_WORDS):
        return NUMBER
    if label.endswith(("日期", "时间")):
        return DATE
    if label in _masthead().publisher_labels:
        return PUBLISHER
    if label.endswith(("机关", "机构", "单位")):
        return ISSUER
    return FREE


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


def _listed_bodies(text: str, start: int, end: int) -> list[Span]:
    """The bodies of a piece that lists them with 、 (县委办公室、县政府办公室), when every item is one; else
    none (科技、教育)."""
    if text.find("、", start, end) < 0:
        return []
    spans: list[Span] = []
    pos = start
    while pos <= end:
        at = text.find("、", pos, end)
        stop = end if at < 0 else at
        if not body_name(text[pos:stop]):
            return []
        spans.append((pos, stop))
        pos = stop + 1
        if at < 0:
            break
    return spans


def _date_value(m: re.Match[str]) -> str | None:
    year, month, day = (_cn_number(g) for g in m.groups())
    return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None


#: A date as a website's field gives it (发布日期：2024-03-01 10:32), read only under a date label.
_FIELD_DATE = re.compile(
    rf"{YEAR}\s*[-./／]\s*(\d{{1,2}})\s*[-./／]\s*(\d{{1,2}})(?![\d.])(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?"
)
#: A field left empty in a header table.
_NO_VALUE = re.compile(r"[无—\-－/／]")


@cache
def _field_label() -> re.Pattern[str]:
    """A line opening with a label of the work's units or time (责任单位：, 【牵头单位】, 完成时限：…:
    roles.yaml labels, document_types.yaml task_table_columns deadline), in brackets or before a colon."""
    words = {label.text for label in role_vocabulary().labels}
    words.update(document_vocabulary().task_table_columns.deadline)
    alternatives = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(rf"{_OPEN}\s*+(?:{alternatives})\s*+{_CLOSE}|(?:{alternatives})\s*+[：:]")


def field_label_line(text: str, start: int, end: int) -> bool:
    """The line ``text[start:end]`` opens with a label of an item's units or time limit (责任单位：A、B,
    【完成时限】2024年4月底前): an annotation of the work above it, never a signature or header line."""
    start = trim(text, start, end)[0]
    return _field_label().match(text, start, end) is not None


def record_line(
    text: str, start: int, end: int, under: str | None = None, under_rank: int = 0
) -> Record | None:
    """The fields of ``text[start:end]`` if that line holds nothing else; None for a sentence or heading.
    ``under`` is the kind of a label on the line above whose value this line is (``Record.awaiting``), and
    ``under_rank`` its date rank."""
    start, end = trim(text, start, end)
    if start >= end or end - start > MAX_RECORD_LINE or field_label_line(text, start, end):
        return None
    if under is None and text[start] in "（(" and _alias_line(text, start, end):
        return Record(names=[(start, end)], alias=True)
    record = Record()
    segments: list[tuple[int, int, str | None, int]] = []
    pos, kind, rank = start, under, under_rank
    for m in _label_pattern().finditer(text, start, end):
        segments.append((pos, m.start(), kind, rank))
        label = m.group("label") or m.group("bare")
        kind, rank = _label_kind(label), date_rank(label)
        pos = m.end()
        record.labelled = True
    segments.append((pos, end, kind, rank))
    if under == FREE and not record.labelled and not _free_value(text, start, end):
        return None
    for seg_start, seg_end, seg_kind, seg_rank in segments:
        if seg_kind == FREE:
            continue
        if not _read_fields(text, seg_start, seg_end, record, seg_kind):
            return None
        record.date_ranks += [seg_rank] * (len(record.dates) - len(record.date_ranks))
    if record.labelled and not text[pos:end].strip(WHITESPACE + _masthead().separators):
        record.awaiting, record.awaiting_rank = kind, rank
    if under is not None:
        record.labelled = True
    found = record.numbers or record.dates or record.names or record.masthead or record.labelled
    return record if found else None


def _alias_line(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is one body's name in brackets alone (（湖南省知识产权局）)."""
    close = _BRACKETS.get(text[start])
    return close is not None and text[end - 1] == close and body_name(text[start + 1 : end - 1])


def _free_value(text: str, start: int, end: int) -> bool:
    """A passed-over field's value on its own line (主动公开, 科技、教育): short, and no document's title."""
    value = without_closing_bracket(squeeze(text[start:end]))
    return len(value) <= 30 and not ends_like_a_title(value)


#: A bracket closing words (…方案（2024—2026年）, …意见（试行）).
_CLOSING_BRACKET = re.compile(r"[（(][^（()）]*[)）]$")


def without_closing_bracket(words: str) -> str:
    """``words`` without a bracket closing them (a title's period or status: …方案（2024—2026年））."""
    return _CLOSING_BRACKET.sub("", words)


def ends_like_a_title(words: str) -> bool:
    """``words``, a bracket closing them aside, end with a document type's word (方案, 意见, 要点 …)."""
    kinds = tuple(d.zh for d in document_vocabulary().document_types)
    return without_closing_bracket(words).endswith(kinds)


def _read_fields(text: str, start: int, end: int, record: Record, kind: str | None) -> bool:
    """Add the numbers, dates and names of ``text[start:end]`` to ``record``; False if it holds more."""
    if kind is not None and _NO_VALUE.fullmatch(squeeze(text[start:end])):
        return True
    hits: list[tuple[int, int]] = []
    for m in doc_numbers(text, start, end):
        record.numbers.append((normalise_doc_number(m.group(1), m.group(2), m.group(3)), m.span()))
        # its brackets (（孝政办发〔2024〕15号） under a title reprinted without its notice) no name
        hits.append(_bracketed(text, m.start(), m.end(), start, end))
    dates = [*_DATE.finditer(text, start, end)]
    written = len(dates)
    if kind in (DATE, None):  # unlabelled: a signature's date in figures (2023.3.15), or a page's
        spans = [(d.start(), d.end()) for d in dates]
        dates += [
            m for m in _FIELD_DATE.finditer(text, start, end) if not any(s <= m.start() < e for s, e in spans)
        ]
    if kind is None:
        record.figures.extend(range(len(record.dates) + written, len(record.dates) + len(dates)))
    for m in dates:
        value = _date_value(m)
        if value is None or any(s < m.end() and m.start() < e for s, e in hits):
            return False
        record.dates.append((value, m.span()))
        after = trim(text, m.end(), end)[0]
        word = next((w for w in _masthead().date_words if text.startswith(w, after, end)), "")
        hits.append(_bracketed(text, m.start(), after + len(word) if word else m.end(), start, end))
    hits.sort()
    gaps = [(a[1], b[0]) for a, b in zip([(start, start), *hits], [*hits, (end, end)], strict=True)]
    suffixes = _masthead_suffixes()
    for gap_start, gap_end in gaps:
        pos = gap_start
        for sep in [*_piece_gap().finditer(text, gap_start, gap_end), None]:
            piece_end = sep.start() if sep else gap_end
            if pos < piece_end:
                piece = text[pos:piece_end]
                if piece in suffixes:
                    record.masthead = True
                else:
                    suffix = next((w for w in suffixes if piece.endswith(w) and len(piece) > len(w)), None)
                    names = [(pos, piece_end)]
                    if suffix and body_name(piece[: -len(suffix)]):
                        record.masthead = True
                        names = [(pos, piece_end - len(suffix))]
                    elif not body_name(piece):
                        names = _listed_bodies(text, pos, piece_end)  # 县委办公室、县政府办公室
                        if not names:
                            return False
                    record.names.extend(names)
                    if kind in (ISSUER, PUBLISHER):
                        record.issuers.extend(names)
                    if kind == PUBLISHER:
                        record.published.extend(names)
            if sep:
                pos = sep.end()
    return True


_BRACKETS = {"(": ")", "（": "）", "[": "]", "［": "］", "【": "】", "〔": "〕"}


def _bracketed(text: str, start: int, end: int, low: int, high: int) -> Span:
    """The span of a date (with its word: 2024年3月1日印发) or a number and the brackets right around it,
    if any ((2023-03-15), 【2023-03-15】, （2023年3月15日印发）, （孝政办发〔2024〕15号）): a page's or a
    heading's date, the brackets no part of a name."""
    if low < start and end < high and _BRACKETS.get(text[start - 1]) == text[end]:
        return start - 1, end + 1
    return start, end


def header_records(
    text: str, start: int, end: int, limit: int | None = None
) -> Iterator[tuple[Span, Record | None]]:
    """The lines of ``text[start:end]`` (the first ``limit``) with their fields, a line under a bare label
    read as that label's value; each read when the caller comes to it (most stop at the line they want)."""
    under: str | None = None
    for s, e in line_spans(text, start, end)[:limit]:
        if trim(text, s, e)[0] >= e:
            yield (s, e), None
            continue
        s, e = chinese_part(text, s, e)  # 연길시… 延吉市…: the Chinese words beside their translation
        record = record_line(text, s, e, under)
        under = record.awaiting if record is not None else None
        yield (s, e), record


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
    """A line of the cover matter, never the title: a masthead, a number, date, signature or field line, or
    a cover element (``cover_element``)."""
    return record_line(text, start, end) is not None or cover_element(text, start, end)


def cover_element(text: str, start: int, end: int) -> bool:
    """签发人, 特急, 份号, a website's breadcrumb, or a rule without words."""
    return _cover_line().search(squeeze(text[start:end])) is not None or not _CJK.search(text, start, end)


def find_masthead(text: str, end: int) -> list[Span]:
    """The bodies named by the red header and the name lines above the title (the cover before ``end``),
    and those a header's issuer label names (发文机关：XX) beside its other fields."""
    names: list[Span] = []
    for _, record in header_records(text, 0, end, 12):
        if record is None:
            continue
        if not record.dates and not record.numbers:
            names.extend(record.names)
        else:
            names.extend(record.issuers)
    return names


def published_names(text: str, end: int) -> set[Span]:
    """The bodies the header's publisher label names (发布机构：XX, the cover before ``end``): the body that
    put the page up, the plan's issuer only when the plan is signed by no other."""
    names: set[Span] = set()
    for _, record in header_records(text, 0, end, 12):
        if record is not None:
            names.update(record.published)
    return names


def find_doc_number(text: str, head_end: int) -> tuple[str, Span] | None:
    """The plan's own number stands on a line of its own near the top, alone or among the other fields of a
    header line (XX〔2024〕3号 · XX办公室 · 2024年2月28日, 文号：XX〔2024〕3号), or in a bracket closing the
    title's line (…工作方案（孝政办发〔2024〕15号）); cited numbers sit in sentences."""
    for (s, e), record in header_records(text, 0, head_end, 16):
        if record is not None and record.numbers:
            return record.numbers[0]
        if record is None and (titled := titled_number(text, s, e)) is not None:
            m = titled[1]
            return normalise_doc_number(m.group(1), m.group(2), m.group(3)), m.span()
    return None


def record_number(text: str, start: int, end: int) -> tuple[str, Span] | None:
    """The number a page's record gives under its label in ``text[start:end]`` (a record table at the page's
    foot, after the article: 文号 | 海政办发〔2025〕12号), which the head's search does not reach. Only the
    lines holding a number's label are read, found by its last character (号, its words perhaps spaced out
    as header tables align them: 文　　号), and only a line of fields counts: never a sentence citing one."""
    at = text.find("号", start, end)
    while at >= 0:
        before = text[max(start, at - _LABEL_REACH) : at].rstrip(WHITESPACE)
        if before.endswith(_NUMBER_LABEL_OPENINGS):
            s = max(start, text.rfind("\n", start, at) + 1)
            e = text.find("\n", at, end)
            e = end if e < 0 else e
            record = record_line(text, s, e)
            if record is not None and record.labelled and record.numbers:
                return record.numbers[0]
            at = e
        at = text.find("号", at + 1, end)
    return None


#: What stands before the 号 of a number's label (文 of 文号, 字 of 发文字号, 编 of 文件编号), and how far
#: back it is sought.
_NUMBER_LABEL_OPENINGS = tuple(word[-2] for word in _NUMBER_LABEL_WORDS)
_LABEL_REACH = 8


#: A document number in a bracket closing a line (…工作方案（孝政办发〔2024〕15号）): the bracket, and the
#: number as DOC_NUMBER's groups.
_CLOSING_NUMBER = re.compile(rf"[（(〔［\[]\s*(?P<number>{DOC_NUMBER.pattern})\s*[)）〕］\]][\s*_]*$")


#: What makes words a sentence or a citation, never a title.
_CLAUSE_MARK = re.compile(r"[。，,；;：:！!？?《》]")


def titled_number(text: str, start: int, end: int) -> tuple[int, re.Match[str]] | None:
    """The number in a bracket closing the title's line ``text[start:end]`` (孝义市…工作方案（孝政办发〔2024〕
    15号）): where the title's words end, and the number's match; None unless the words before the bracket
    end like a title (a sentence citing a document and its number is no title)."""
    if not text.endswith(("号）", "号)", "号〕", "号］", "号]"), start, trim(text, start, end)[1]):
        return None
    m = _CLOSING_NUMBER.search(text, start, end)
    if m is None:
        return None
    words_end = trim(text, start, m.start())[1]
    words = squeeze(text[start:words_end]).strip(LINE_MARKUP)
    if _CLAUSE_MARK.search(words) or not ends_like_a_title(words):
        return None
    number = DOC_NUMBER.match(text, m.start("number"), m.end("number"))
    return (words_end, number) if number is not None else None


class DateLine(NamedTuple):
    """A line holding a date: the date (ISO), its span, its offset, the names beside it and its rank
    (``date_rank``: 0 the plan's own, higher a website's)."""

    value: str
    span: Span
    at: int
    names: list[Span]
    rank: int
    #: The names beside the date are all a website's publisher's (发布机构：XX　成文日期：…).
    published: bool = False


def date_lines(text: str, start: int, end: int) -> list[DateLine]:
    """Every line holding an issue date: the date alone, or with the fields of a header line, or after the
    signing body (XX办公室　　2024年2月28日); of a line's dates, the best ranked by its label."""
    found = []
    under: str | None = None
    under_rank = 0
    above: Span | None = None  # the last line with words
    for s, e in line_spans(text, start, end):
        maybe = (
            under is not None
            or text.find("日", s, e) >= 0
            or _label_pattern().search(text, s, e)
            or _FIELD_DATE.search(text, s, e)
        )
        record = record_line(text, s, e, under, under_rank) if maybe else None
        if trim(text, s, e)[0] >= e:
            continue
        under = record.awaiting if record is not None else None
        under_rank = record.awaiting_rank if record is not None else 0
        if record is None and (month := _signed_month(text, s, e, above)) is not None:
            found.append(DateLine(month[0], month[1], month[1][0], [], 0))
        if record is not None and record.dates:
            best = min(range(len(record.dates)), key=record.date_ranks.__getitem__)
            value, span = record.dates[best]
            rank = record.date_ranks[best]
            if best in record.figures and not (record.names or _signature(text, above)):
                rank = _page_rank()  # a date in figures alone on its line, no signature above: a page's
            published = bool(record.names) and len(record.published) == len(record.names)
            found.append(DateLine(value, span, span[0], record.names, rank, published))
        above = (s, e)
    return found


#: A date naming its month alone (二〇二四年三月, 2024年3月), as some signatures write it.
_MONTH_DATE = re.compile(rf"([{YEAR_DIGITS}]{{4}})\s*年\s*([0-9一二三四五六七八九十]{{1,3}})\s*月")


#: The longest line read as a month alone, its indent included.
_MONTH_LINE_MAX = 40


def _signed_month(text: str, start: int, end: int, above: Span | None) -> tuple[str, Span] | None:
    """A line that is a month alone (2024年3月) under a signature (its bodies' names alone): the month the
    plan was signed (ISO, 2024-03) and its span."""
    if end - start > _MONTH_LINE_MAX or text.find("月", start, end) < 0:
        return None  # the cheap test first: most lines are longer, or name no month
    s, e = trim(text, start, end)
    if (m := _MONTH_DATE.fullmatch(text, s, e)) is None or not _signature(text, above):
        return None
    year, month = _cn_number(m[1]), _cn_number(m[2])
    return (f"{year:04d}-{month:02d}", (s, e)) if 1 <= month <= 12 else None


def _signature(text: str, line: Span | None) -> bool:
    """``line`` holds body names only, under no label: a signature (or a red header)."""
    record = record_line(text, *line) if line is not None else None
    return (
        record is not None
        and bool(record.names)
        and not (record.dates or record.numbers or record.labelled or record.masthead)
    )


@cache
def _page_rank() -> int:
    """The rank of a web page's own dates (发布日期): the last of masthead.date_ranks."""
    return max(len(_masthead().date_ranks) - 1, 0)
