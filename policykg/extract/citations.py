"""Cited documents: every 《title》, document number, decree number (国务院令第706号) and standard
(GB/T 29490-2013, DB4403/T 230-2022, T/CNIPA 1-2021) the plan names, with its kind and whether the plan
cites it or will publish it. A number written right after a title (in brackets or not) or right before it
(DB33/T 2345-2021《…》) is that title's number. The rules live in ``ontology/data/citations.yaml``.

One pass over the title marks, one over the numbers; every look-around is bounded, so the stage is
linear in the length of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from ontology.vocab import citation_vocabulary
from policykg.extract.citation_rules import CUE_WINDOW, before_issuer_tail, citation_rules
from policykg.extract.citation_tables import listed_documents
from policykg.extract.citation_titles import (
    all_title_marks,
    hedging_body,
    issuer_span_before_mark,
    resolve_short_titles,
    same_document,
    title_core,
    title_issuer,
    written_title,
    written_title_issuer,
)
from policykg.extract.header_lines import (
    BARE_DOC_NUMBER,
    DOC_NUMBER,
    MAX_RECORD_LINE,
    WRAPPED_DOC_NUMBER,
    doc_numbers,
    normalise_doc_number,
    record_line,
)
from policykg.extract.number_prefixes import prefix_issuer
from policykg.extract.quantities import hundreds_value
from policykg.extract.regex_heads import guarded
from policykg.extract.textspan import WHITESPACE, Span, numeral_value, squeeze
from policykg.extract.unmarked_titles import issued_title, unmarked_titles

# Runs of spaces before the number possessive (\s*+, never given back): nothing after one opens with a space,
# and a run, an optional part and another run (GB\s*(?:/T)?\s*1234) would otherwise be split every way
# before failing (a standard's letters then 50,000 spaces took minutes).
_GB = re.compile(
    guarded(  # a look-ahead on the first letter: the whole text is searched
        r"(?<![A-Za-z])GB\s*+(?:[/／]\s*+([TZ]))?\s*+(\d{3,6}(?:\.\d{1,3})?)"
        r"(?:\s*[-—–－]\s*((?:19|20)\d{2}))?(?![\d.])"
    )
)
#: International standards (ISO 56005, ISO/IEC 27001:2013, ISO 9001-2015).
_ISO = re.compile(
    guarded(
        r"(?<![A-Za-z])ISO(?:\s*+[/／]\s*+IEC)?\s*+(\d{3,6})(?:\s*+[-:：—–－]\s*+((?:19|20)\d{2}))?(?![\d.])"
    )
)
#: Local (DB4403/T), group (T/CNIPA) and sector (SB/T) standards; GB standards are read by _GB.
_STANDARD = re.compile(
    guarded(
        r"(?<![A-Za-z])(?:(?P<local>DB)\s*(?P<area>\d{2,6})|(?P<group>T)(?=\s*[/／]\s*[A-Z]{2,12}\s*\d)"
        r"|(?!GB)(?P<sector>[A-Z]{2})(?=\s*[/／]\s*T\s*\d))"
        r"\s*+(?:[/／]\s*+(?P<sub>[A-Z]{1,12}))?\s*+(?P<num>\d{1,6}(?:\.\d{1,3})?)"
        r"(?:\s*[-—–－]\s*(?P<year>(?:19|20)\d{2}))?(?![\d.])"
    )
)
#: A decree's or an announcement's number: 国务院令第706号, 国家知识产权局令第71号, 国家知识产权局第71号令,
#: 国家知识产权局公告第530号 (or 第五三〇号, 第五百三十号), 国家知识产权局第530号公告, a space after the
#: body's name allowed (国家知识产权局 公告 第545号). The issuer's words are never 公告's or 令's own
#: (…知识产权局公告 is the issuer 知识产权局).
_SERIAL = r"\d{1,4}|[〇零一二三四五六七八九十百千]{1,7}"
_DECREE = re.compile(
    rf"([\u4e00-\u9fa5]{{1,20}}?)[ \u3000]?"
    rf"(?:(令|公告)\s*第\s*({_SERIAL})\s*号|第\s*({_SERIAL})\s*号(令|公告))"
)
#: Numbers of one body's decrees or announcements written in a series: the serials after the first,
#: joined (国家知识产权局令第79号和第80号, 公告第545号、第546号: each its own number, the first's body
#: and kind), and a series closed by the kind's word (国家知识产权局第79号、第80号令: its body before the
#: first serial; not when the kind's word opens the first too: 公告第529号和第531号公告 is the first's
#: series).
_SERIES_JOINER = r"\s*(?:、|以及|和|及|与)\s*"
_NEXT_SERIAL = re.compile(rf"{_SERIES_JOINER}(?P<number>第\s*(?P<serial>{_SERIAL})\s*号)(?!\s*(?:令|公告))")
_ONE_SERIAL = rf"第\s*(?:{_SERIAL})\s*号"
_DECREE_SERIES = re.compile(
    rf"([\u4e00-\u9fa5]{{1,20}}?)(?<!令)(?<!公告)[ \u3000]?"
    rf"{_ONE_SERIAL}(?:{_SERIES_JOINER}{_ONE_SERIAL})+(令|公告)"
)
_SERIAL_NUMBER = re.compile(rf"第\s*({_SERIAL})\s*号")
#: The state's name opening a body's name in a decree (中华人民共和国国务院令第769号), no part of the number.
_STATE = "中华人民共和国"
#: The digits of a serial written in numerals one by one (五三〇).
_SERIAL_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")


def _serial(written: str) -> int:
    """530 of 530, 五三〇 or 五百三十."""
    if written.isdigit():
        return int(written)
    return hundreds_value(written) or numeral_value(written) or int(written.translate(_SERIAL_DIGITS) or 0)


_STANDARD_SERIES = ("GB", "DB", "T/", "ISO")

_DASHES = re.compile(r"[—–－―‐-]+")
_CJK = re.compile(r"[\u4e00-\u9fa5]")
#: Brackets made half-width, quote marks dropped, and a title's marks nested as 〈〉 (or <>, as a page
#: copied as plain text writes them) written as 《》 (《关于印发〈X〉的通知》 and 《关于印发《X》的通知》 are
#: one document).
_NESTED_MARKS = {"〈": "《", "〉": "》", "<": "《", ">": "》", "＜": "《", "＞": "》"}
_TITLE_TABLE = str.maketrans(
    {"（": "(", "）": ")", "［": "[", "］": "]"} | _NESTED_MARKS | dict.fromkeys("“”\"'‘’「」『』")
)
_JOINERS = ("", "、", "和", "及", "与", "以及")
#: The brackets a title's number is written in right after it (《…》（国发〔2021〕20号）, 《…》【陕政办发
#: 〔2021〕27号】).
_NUMBER_BRACKETS = "（(【"
#: Square brackets around a title's number (《…》［闽知〔2022〕3号］), read only when no number opens with
#: them (《…》[2022]5号 is the number's own year).
_SQUARE = ("［", "[")
#: A serial alone in brackets after a title (《…规定》（第411号）, 《…的公告》（第545号）): the decree's or
#: announcement's number, its body the title's.
_BARE_SERIAL = re.compile(rf"第\s*({_SERIAL})\s*号(?=\s*[）)])")
#: A date opening the brackets after a title, before its number (（2018年11月6日中华人民共和国国务院令第706号
#: 公布）).
_DATE = re.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*")
#: How numbers naming no body open: a year's bracket (〔2023〕5号) or a serial (第411号).
_UNNAMED_NUMBERS = ("〔", "第")
#: A title's last word naming an announcement, whose serial alone is the body's announcement's number
#: (《国家知识产权局关于…的公告》（第545号）: 国家知识产权局公告第545号).
_ANNOUNCEMENT = "公告"


@dataclass(frozen=True)
class CitationDraft:
    title: str | None
    normalised_title: str | None
    doc_number: str | None
    kind: str
    relation: str
    issuer: str | None
    span: Span
    quote: str
    key: str
    #: A publish cue after a hedge stands before it (推动出台《…》): cited, unless the plan issues the same
    #: document firmly elsewhere.
    hedged: bool = False


def normalise_title(title: str) -> str:
    """The identity form of a title: no white space or quote marks, one kind of dash and bracket."""
    return _DASHES.sub("-", squeeze(title).translate(_TITLE_TABLE))


@cache
def _known_keys() -> tuple[dict[str, str], dict[str, str]]:
    """The keys of the documents plans everywhere cite (``documents`` of the data file): by normalised title
    core and by number."""
    by_title: dict[str, str] = {}
    by_number: dict[str, str] = {}
    for d in citation_vocabulary().documents:
        key = f"doc:{d.number}" if d.number else f"title:{normalise_title(d.title)}"
        for title in (d.title, *d.alt):
            by_title[title_core(normalise_title(title))] = key
        if d.number:
            by_number[d.number] = key
    return by_title, by_number


def citation_key(normalised: str | None, number: str | None) -> str:
    """A cited document's identity across plans: a known document's key, else doc:<number>, else
    title:<normalised title>. A number written with no issuer (〔2023〕5号) names no document across plans:
    the title does; nor does a serial alone (第411号)."""
    if number is not None and number.startswith(_UNNAMED_NUMBERS) and normalised is not None:
        number = None
    by_title, by_number = _known_keys()
    known = by_title.get(title_core(normalised)) if normalised else None
    if known is None and normalised and (issuers := title_issuer(normalised)) is not None:
        # 中共中央办公厅国务院办公厅关于强化知识产权保护的意见: the issuers written in the title name no
        # other document
        known = by_title.get(title_core(normalised[len(issuers) :]))
    if known is None and number:
        known = by_number.get(number)
    if known is None and number is None and normalised:
        known = _law_key(normalised)
    return known or (f"doc:{number}" if number else f"title:{normalised}")


def _law_key(normalised: str) -> str | None:
    """The key of a national law or its implementing rules written by the short title (专利法实施细则 →
    title:中华人民共和国专利法实施细则, an edition's bracket kept), as written whole; None for any other
    title (citations.yaml national_laws)."""
    rules = citation_vocabulary().national_laws
    if rules is None or not normalised.endswith(("法", "则", "例", ")")):
        return None
    law = _national_law().fullmatch(title_core(normalised))
    if law is None or law.group("law").endswith(rules.not_ending) or normalised.startswith(rules.prefix):
        return None
    return f"title:{rules.prefix}{normalised}"


@cache
def _national_law() -> re.Pattern[str]:
    """citations.yaml national_laws' pattern of a national law's short title (专利法, 专利法实施细则)."""
    rules = citation_vocabulary().national_laws
    return re.compile(rules.pattern if rules is not None else "(?!)")


def classify(normalised: str) -> str:
    core = title_core(normalised)
    return next((kind for kind, pattern in citation_rules().classes if pattern.search(core)), "unknown")


def _gb_number(m: re.Match[str]) -> str:
    series = f"GB/{m.group(1)}" if m.group(1) else "GB"
    return f"{series} {m.group(2)}" + (f"-{m.group(3)}" if m.group(3) else "")


def _iso_number(m: re.Match[str]) -> str:
    series = "ISO/IEC" if "IEC" in m.group() else "ISO"
    return f"{series} {m.group(1)}" + (f":{m.group(2)}" if m.group(2) else "")


def _standard_number(m: re.Match[str]) -> str:
    if m.group("local"):
        series = f"DB{m.group('area')}" + (f"/{m.group('sub')}" if m.group("sub") else "")
    elif m.group("group"):
        series = f"T/{m.group('sub')}"
    else:
        series = f"{m.group('sector')}/{m.group('sub')}"
    return f"{series} {m.group('num')}" + (f"-{m.group('year')}" if m.group("year") else "")


def _issuer_start(text: str, m: re.Match[str]) -> int:
    """Where the issuer of a number's match (its group 1) begins: after the first lead-in verbs in it (根据,
    按照, 贯彻落实 …: citations.yaml lead_ins) and the words before them, if any, and after the last word
    breaking the run before the abbreviation (省政府办公厅印发的湘政办发, 20号和国办发: number_issuers)."""
    start = m.start(1)
    if text[start] in _DATE_UNITS and start > 0 and text[start - 1].isdigit():
        start += 1  # 2018年11月6日中华人民共和国国务院令第706号: the date's last unit is no issuer's
    lead = citation_rules().lead_in.match(text, start, m.end(1))
    start = lead.end() if lead else start
    start = _past_pointer(text, start, m.end(1))
    return _after_breaks(text, start, m.end(1))


#: What may stand before a pointer word opening a note or a clause (（见…, ，见…, a line's start).
_BEFORE_POINTER = frozenset("（(［[【〔，,；;：:、。\n \u3000")


def _past_pointer(text: str, start: int, end: int) -> int:
    """Past a pointer word (见: citations.yaml pointer_words) opening the issuer's run where it opens a note
    or a clause ((见拉政发〔2023〕5号文件)), else ``start``."""
    for word in citation_vocabulary().pointer_words:
        if text.startswith(word, start, end) and (start == 0 or text[start - 1] in _BEFORE_POINTER):
            return start + len(word)
    return start


#: The units of a date written right before a number's issuer (…11月6日国务院令第706号).
_DATE_UNITS = "年月日"


def _after_breaks(text: str, start: int, end: int) -> int:
    """Where a number's issuer starts in the run ``text[start:end]``: after the last break word of
    citations.yaml number_issuers in it, or where a place's name opens (配合和田地委发 → 和田地委发)."""
    rules = citation_vocabulary().number_issuers
    if rules is None:
        return start
    found = start
    for m in citation_rules().number_breaks.finditer(text, start, end):
        if any(text.startswith(place, m.start(), end) for place in rules.places):
            found = m.start()  # the abbreviation opens with the place's name
        elif m.end() < end and not _in_whole_word(text, m.start(), m.group(), rules.whole_words):
            found = m.end()
    return found


def _in_whole_word(text: str, at: int, word: str, whole: tuple[str, ...]) -> bool:
    """The break ``word`` at ``at`` stands inside one of the names ``whole`` (the 和 of 中华人民共和国)."""
    for name in whole:
        inside = name.find(word)
        while inside >= 0:
            if text.startswith(name, at - inside):
                return True
            inside = name.find(word, inside + 1)
    return False


def _body_before(text: str, start: int, end: int) -> int:
    """Where a number's abbreviation starts after a body's name written whole before it (国务院办公厅国办发,
    国家知识产权局国知发保字 → 国办发, 国知发保字): the longest such name of at least ``min_body`` characters
    leaving at least ``min_rest``; else ``start``."""
    rules = citation_vocabulary().number_issuers
    if rules is None:
        return start
    issuer = citation_rules().issuer
    for cut in range(end - rules.min_rest, start + rules.min_body - 1, -1):
        if issuer.fullmatch(text, start, cut):
            return cut
    return start


def _decree_number(text: str, m: re.Match[str]) -> tuple[int, str] | None:
    """(start, normalised number) of a decree, its issuer taken after any lead-in verb."""
    issuer_start = _issuer_start(text, m)
    if issuer_start >= m.end(1) or citation_rules().number_breaks.fullmatch(text, issuer_start, m.end(1)):
        return None  # 和第530号公告: no issuer's name
    kind = m.group(2) or m.group(5)
    issuer = text[issuer_start : m.end(1)]
    if issuer.startswith(_STATE) and len(issuer) > len(_STATE):
        issuer = issuer[len(_STATE) :]  # 中华人民共和国国务院令 is 国务院令
    return issuer_start, f"{issuer}{kind}第{_serial(m.group(3) or m.group(4))}号"


def _joined_decree(text: str, m: re.Match[str], last: tuple[int, str] | None) -> tuple[int, str] | None:
    """(start, normalised number) of a decree or announcement written without its issuer after another's,
    joined to it (国家知识产权局公告第529号和第530号公告): the issuer of the one before."""
    if last is None or squeeze(text[last[0] : m.end(1)]) not in _JOINERS:
        return None
    start = m.end(1)
    return start, f"{last[1]}{m.group(2) or m.group(5)}第{_serial(m.group(3) or m.group(4))}号"


def _series_after(text: str, end: int, number: str, kind: str) -> list[_Loose]:
    """The numbers joined after the decree or announcement ``number`` (of ``kind``, 令 or 公告) ending at
    ``end`` (令第79号和第80号): each its serial's own, of the same body and kind."""
    body = number[: number.rindex(kind) + len(kind)]
    found: list[_Loose] = []
    while (m := _NEXT_SERIAL.match(text, end)) is not None:
        found.append((m.start("number"), m.end(), f"{body}第{_serial(m.group('serial'))}号", None))
        end = m.end()
    return found


def _listed_decrees(text: str, m: re.Match[str]) -> list[_Loose]:
    """The numbers of a series closed by its kind's word (国家知识产权局第79号、第80号令), each its serial's:
    the first from its body's name, the last to the kind's word; none when no body is named."""
    issuer_start = _issuer_start(text, m)
    if issuer_start >= m.end(1) or citation_rules().number_breaks.fullmatch(text, issuer_start, m.end(1)):
        return []
    issuer = text[issuer_start : m.end(1)]
    if issuer.startswith(_STATE) and len(issuer) > len(_STATE):
        issuer = issuer[len(_STATE) :]
    serials = list(_SERIAL_NUMBER.finditer(text, m.end(1), m.start(2)))
    return [
        (
            issuer_start if i == 0 else s.start(),
            m.end() if i == len(serials) - 1 else s.end(),
            f"{issuer}{m.group(2)}第{_serial(s.group(1))}号",
            None,
        )
        for i, s in enumerate(serials)
    ]


def is_standard(number: str) -> bool:
    return number.startswith(_STANDARD_SERIES) or bool(_STANDARD.fullmatch(number))


#: (start, normalised number, issuing body's name or None, where the body's name or the number starts)
_Number = tuple[int, str, str | None, int]


def _doc_number(text: str, m: re.Match[str]) -> _Number | None:
    """(start, normalised number, issuer, start of the body's name) of a DOC_NUMBER match, its issuer taken
    after any lead-in verb. A body's name written whole before the abbreviation (国务院办公厅国办发) is its
    issuer, no part of the number; a number written with the body's name alone (省知识产权局〔2022〕12号)
    has that name as its issuer; an abbreviation alone (国办发) names no issuer."""
    issuer_start = _issuer_start(text, m)
    if issuer_start < m.end(1) and text[m.end(1) - 1] in "年月日":  # a date, not an issuer
        return None
    cut = _body_before(text, issuer_start, m.end(1))
    abbreviation = text[cut : m.end(1)]
    if not abbreviation:
        return None
    end = cut if cut > issuer_start else m.end(1)  # a body's name before the abbreviation, else the run
    body_at = _body_start(text, issuer_start, end)
    body = squeeze(text[body_at:end]) if body_at is not None else None
    number = normalise_doc_number(abbreviation, m.group(2), m.group(3))
    if (
        body is not None
        and body == squeeze(abbreviation)
        and (prefix_issuer(number) is not None or _coded(body))
    ):
        # 粤府办〔2021〕39号: a province's code, read by its prefix, not a body's name; 苏府办, 穗埔府办,
        # 沪知局: a city's code, naming no body
        body = None
    return cut, number, body, issuer_start


def _coded(name: str) -> bool:
    """``name``, read as a body's name before a number, is the number's code: no word of a body's level or
    head in it (苏府办, 穗埔府办, 沪知局; not 县府办, 省知识产权局: citations.yaml issuer_heads)."""
    return not any(head in name for head in citation_vocabulary().issuer_heads)


#: Most characters of the run of CJK before a number read for the body's name in it.
_BODY_RUN = 24


def _body_start(text: str, start: int, end: int) -> int | None:
    """Where the body's name ``text[?:end]`` before a number starts, when the words there are a body's name
    whole (``issuer`` of citations.yaml) after any lead-in verb and break word: ``start``, or further back
    when the run was cut short before its lead-in (按照省市场监督管理局湘市监发: a long run); else None."""
    low = start
    while low > max(0, end - _BODY_RUN) and _CJK.match(text, low - 1):
        low -= 1
    if low > 0 and _CJK.match(text, low - 1):
        return None  # no boundary within reach: where the name starts is unknown
    if low < start:
        lead = citation_rules().lead_in.match(text, low, end)
        start = _after_breaks(text, lead.end() if lead else low, end)
    return start if start < end and citation_rules().issuer.fullmatch(text, start, end) else None


@cache
def _standard_heads() -> frozenset[str]:
    """The first characters of citations.yaml standard_words (国家标准, 标准): a cheap test first."""
    return frozenset(w[0] for w in citation_vocabulary().standard_words)


def _standard_after_word(text: str, pos: int) -> tuple[int, str, str | None] | None:
    """(end, number, issuer) of a standard's number written after a word naming its kind at ``pos``
    (国家标准（GB/T 29490-2013）, 地方标准DB52/T 1234-2021: citations.yaml standard_words), the number in
    brackets or not; None when no such word and standard's number stand there."""
    if text[pos : pos + 1] not in _standard_heads():
        return None
    word = next((w for w in citation_vocabulary().standard_words if text.startswith(w, pos)), None)
    if word is None:
        return None
    at = pos + len(word)
    if at < len(text) and text[at] in _NUMBER_BRACKETS:
        at += 1
    found = _number_at(text, at)
    return found if found is not None and is_standard(found[1]) else None


def _number_at(text: str, pos: int) -> tuple[int, str, str | None] | None:
    """(end, normalised number, issuer) of a document number or GB standard starting exactly at ``pos``; a
    number written with no issuer (《…》（〔2023〕5号）) is read only here, right after a title."""
    m = WRAPPED_DOC_NUMBER.match(text, pos)
    if m:
        found = _doc_number(text, m)
        return (m.end(), found[1], found[2]) if found and found[3] == pos else None
    bare = BARE_DOC_NUMBER.match(text, pos)
    if bare:
        return bare.end(), f"〔{bare.group(1)}〕{int(bare.group(2))}号", None
    gb = _GB.match(text, pos)
    if gb:
        return gb.end(), _gb_number(gb), None
    standard = _STANDARD.match(text, pos)
    if standard:
        return standard.end(), _standard_number(standard), None
    iso = _ISO.match(text, pos)
    if iso:
        return iso.end(), _iso_number(iso), None
    decree = _DECREE.match(text, pos)
    if decree:
        ordered = _decree_number(text, decree)
        return (decree.end(), ordered[1], None) if ordered and ordered[0] == pos else None
    series = _DECREE_SERIES.match(text, pos)  # （国家知识产权局第78号、第79号令）: the first is the title's
    listed = _listed_decrees(text, series) if series else None
    return (listed[0][1], listed[0][2], None) if listed and listed[0][0] == pos else None


#: Most characters a number after a title is read over for a line break inside its digits.
_WRAP_REACH = 24


def _wrapped_number_at(text: str, pos: int) -> tuple[int, str, str | None] | None:
    """``_number_at`` of a document number a hard wrap cut inside its digits (青发〔20 / 22〕5号, a PDF's
    text or a plan wrapped at a fixed width), which a number's pattern does not read over a break: the number
    read with the break and the white space around it taken out; its end where it ends in ``text``."""
    brk = text.find("\n", pos, pos + _WRAP_REACH)
    if brk < 0:
        return None
    low = max(0, pos - _BODY_RUN)  # the issuer's name is looked for before the number
    head = text[low:brk].rstrip(WHITESPACE)
    rest = brk + 1
    while rest < len(text) and text[rest] in WHITESPACE and text[rest] != "\n":
        rest += 1
    joined = head + text[rest : rest + _WRAP_REACH]
    m = WRAPPED_DOC_NUMBER.match(joined, pos - low)
    if m is None or m.end() <= len(head):
        return None
    found = _doc_number(joined, m)
    if found is None or found[3] != pos - low:
        return None
    return rest + m.end() - len(head), found[1], found[2]


_Loose = tuple[int, int, str, str | None]  # (start, end, normalised number, issuer)


def _loose_numbers(text: str) -> list[_Loose]:
    """Every document number, decree number and standard in the text: (start, end, normalised, issuer),
    in order."""
    found: list[_Loose] = []
    if "GB" in text:
        found += [(gb.start(), gb.end(), _gb_number(gb), None) for gb in _GB.finditer(text)]
    # every other standard holds DB or a slash (DB4403/T, T/CNIPA, SB/T): most plans are not scanned for one
    if "DB" in text or "/" in text or "／" in text:
        found += [(m.start(), m.end(), _standard_number(m), None) for m in _STANDARD.finditer(text)]
    if "ISO" in text:
        found += [(m.start(), m.end(), _iso_number(m), None) for m in _ISO.finditer(text)]
    last: tuple[int, str] | None = None  # where the decree before ends, and its issuer
    series: list[Span] = []  # series closed by their kind's word (第79号、第80号令), read whole
    for listed in _DECREE_SERIES.finditer(text) if "号令" in text or "号公告" in text else ():
        numbers = _listed_decrees(text, listed)
        if numbers:
            found += numbers
            series.append(listed.span())
    for m in _DECREE.finditer(text) if "令" in text or "公告" in text else ():
        if any(start <= m.start() < end for start, end in series):
            continue
        decree = _decree_number(text, m) or _joined_decree(text, m, last)
        if decree:
            kind = m.group(2) or m.group(5)
            found.append((decree[0], m.end(), decree[1], None))
            last = m.end(), decree[1][: decree[1].rindex(kind)]
            found += _series_after(text, m.end(), decree[1], kind)
    for m in doc_numbers(text):
        number = _doc_number(text, m)
        if number:
            found.append((number[0], m.end(), number[1], number[2]))
    return sorted(found, key=lambda n: n[:3])


def normalise_number(number: str) -> str:
    squeezed = squeeze(number)
    m = DOC_NUMBER.fullmatch(squeezed)
    if m:
        return normalise_doc_number(m.group(1), m.group(2), m.group(3))
    gb = _GB.fullmatch(number.strip(WHITESPACE))
    if gb:
        return _gb_number(gb)
    standard = _STANDARD.fullmatch(number.strip(WHITESPACE))
    if standard:
        return _standard_number(standard)
    decree = _DECREE.fullmatch(squeezed)
    if decree:
        found = _decree_number(squeezed, decree)
        return found[1] if found else squeezed
    return squeezed


def _relation(text: str, start: int, after: int) -> tuple[str, bool]:
    """publishes: a publish cue before the citation or after it, and no document made under it named after
    it (出台《…条例》配套制度 publishes the supporting rules, not the 条例); a cue after a hedge (推动出台,
    研究制定) announces no publishing: cites, and hedged (True)."""
    rules = citation_rules()
    cue = rules.publish_before.search(text, max(0, start - CUE_WINDOW), start)
    if cue is not None:
        hedge_end = before_issuer_tail(text, cue.start())  # 国家知识产权局等17部门印发《…》: the body's
        if rules.publish_hedge.search(text, max(0, hedge_end - CUE_WINDOW), hedge_end):
            return "cites", True
        derived = rules.derived_after.match(text, after, after + CUE_WINDOW) is not None
        return ("cites" if derived else "publishes"), False
    if rules.publish_after.match(text, after, after + CUE_WINDOW) is None:
        return "cites", False
    # 推动《…条例》的修订: pressed for, as 推动修订《…》 is
    hedged = rules.publish_hedge_near.search(text, max(0, start - CUE_WINDOW), start) is not None
    return ("cites", True) if hedged else ("publishes", False)


#: A quote mark doubled: a spreadsheet's copy of a cell it wraps in quotes (a cell holding line breaks)
#: writes each quote mark inside twice (《河北省""十四五""知识产权保护和运用规划》).
_DOUBLED = '""'


def _undoubled(title: str) -> str:
    """``title`` with each quote mark a spreadsheet's copy doubled written once, as the document has it."""
    return title.replace(_DOUBLED, '"') if _DOUBLED in title else title


def _draft(
    text: str, span: Span, title: str | None, number: str | None, issuer: str | None, after: int
) -> CitationDraft:
    title = _undoubled(title) if title is not None else None
    normalised = normalise_title(title) if title is not None else None
    kind = classify(normalised) if normalised else "unknown"
    key = citation_key(normalised, number)
    if (number and is_standard(number)) or (key.startswith("doc:") and is_standard(key[4:])):
        kind = "standard"  # a known standard cited by its title alone (《企业知识产权合规管理体系 要求》) too
    kind, issuer = _numbered_facts(number, kind, issuer)
    relation, hedged = _relation(text, span[0], after)
    return CitationDraft(
        title=title,
        normalised_title=normalised,
        doc_number=number,
        kind=kind,
        relation=relation,
        issuer=issuer,
        span=span,
        quote=text[span[0] : span[1]],
        key=key,
        hedged=hedged,
    )


def _numbered_facts(number: str | None, kind: str, issuer: str | None) -> tuple[str, str | None]:
    """(kind, issuer) of a citation of ``kind`` and ``issuer`` given its number: a decree (令) is a
    regulation or rule, an announcement (公告) a policy, its issuer the body named in it (国务院 of 国务院令第
    706号); else the issuer a number's prefix names (桂政发〔2022〕12号: 广西壮族自治区人民政府)."""
    decree = _DECREE.fullmatch(number) if number else None
    if decree is not None:
        if kind == "unknown":
            kind = "law" if (decree.group(2) or decree.group(5)) == "令" else "policy"
        return kind, issuer or decree.group(1)
    if number and issuer is None:
        return kind, prefix_issuer(number)
    return kind, issuer


def _alone_on_line(text: str, start: int, end: int) -> bool:
    before = start
    while before > 0 and text[before - 1] in WHITESPACE and text[before - 1] != "\n":
        before -= 1
    after = end
    while after < len(text) and text[after] in WHITESPACE and text[after] != "\n":
        after += 1
    return (before == 0 or text[before - 1] == "\n") and (after == len(text) or text[after] == "\n")


def _on_record_line(text: str, start: int, end: int) -> bool:
    """The number stands on a line of fields only (alone, or in a header line with the issuer and date):
    the plan's own number or a masthead's, not a citation."""
    low = max(0, end - MAX_RECORD_LINE)
    newline = text.rfind("\n", low, start)
    high = min(len(text), start + MAX_RECORD_LINE)
    line_end = text.find("\n", end, high)
    if (newline < 0 < low) or (line_end < 0 and high < len(text)):
        return False  # a line too long to be a header line
    record = record_line(text, newline + 1, len(text) if line_end < 0 else line_end)
    return record is not None and any(span[1] == end for _, span in record.numbers)


#: A line that opens one of the plan's own annexes (附件2：重点任务分工表, 附表1：…, or 附件2 alone and the
#: title on the next line): the title it gives.
_ANNEX_LINE = re.compile(
    r"^[ \t\u3000]*附\s*[件表]\s*\d{0,2}[ \t\u3000]*[：:]?[ \t\u3000]*(?:\n[ \t\u3000]*)?"
    r"(?:\d{1,2}\s*[.．、])?[ \t\u3000]*([^\n]{2,60}?)[ \t\u3000。]*$",
    re.MULTILINE,
)


def _annex_titles(text: str) -> set[str]:
    """The normalised titles of the plan's own annexes: a 《title》 naming one (详见附件《…分工表》) is a
    pointer into the plan, not a citation."""
    if "附" not in text:
        return set()
    return {
        title_core(normalise_title(squeeze(m.group(1)).strip("《》"))) for m in _ANNEX_LINE.finditer(text)
    }


#: Words of a notice issuing documents (关于印发…的通知, 现将…印发给你们): a sentence naming the plan's own
#: title beside another issues that one with it only when it holds one of them (对照《本方案》和《…办法》抓好
#: 落实 cites the 办法).
_ISSUING = ("印发", "现将", "发布")
#: What opens and closes a notice issuing a title (关于印发《X》的通知): a number in brackets after it is X's.
_WRAPPING = ("印发", "转发", "发布")
_WRAPPER_ENDS = ("的通知", "的决定")
#: What ends the sentence around the plan's own title.
_SENTENCE_STOPS = "。；;\n"


def _issues(text: str, start: int, end: int) -> bool:
    """The sentence holding ``text[start:end]`` is a notice's issuing one (holds one of ``_ISSUING``)."""
    opened = max(text.rfind(ch, 0, start) for ch in _SENTENCE_STOPS) + 1
    closes = [at for ch in _SENTENCE_STOPS if (at := text.find(ch, end)) >= 0]
    sentence = text[opened : min(closes, default=len(text))]
    return any(word in sentence for word in _ISSUING)


#: What a name joined to the plan's own title runs to: its closing mark, the notice's words, a stop.
_COMPANION_END = re.compile(r"》|的通知|印发|[，,。；;\n]")
_COMPANION_MAX = 30


def companions(text: str, own_title: str | None) -> set[str]:
    """The normalised names of the documents a notice issues joined to the plan's own title, marked or not
    (关于印发X工作方案及任务分工的通知, 现将X工作方案及《任务分工》印发给你们): each the plan's companion,
    published with it, not a document it cites."""
    if not own_title:
        return set()
    found: set[str] = set()
    at = text.find(own_title)
    while at >= 0:
        pos = at + len(own_title)
        pos += text.startswith("》", pos)
        joiner = next((j for j in _JOINERS[1:] if text.startswith(j, pos)), None)
        if joiner is not None and _issues(text, at, pos):
            pos += len(joiner)
            pos += text.startswith("《", pos)
            stop = _COMPANION_END.search(text, pos, pos + _COMPANION_MAX)
            if stop is not None and stop.start() > pos:
                found.add(normalise_title(text[pos : stop.start()]))
        at = text.find(own_title, at + 1)
    return found


#: A web page's related-links heading (相关链接, 【相关文件】, 延伸阅读：), alone on its line in a copy of the
#: page; and a line of the links after it: a title, no sentence's marks.
_LINKS_HEADING = re.compile(
    r"(?:相关(?:链接|文件|文档|阅读|新闻|信息|文章|稿件|解读)|友情链接|延伸阅读)[】\]]?[ \t\u3000]*[：:]?"
)
_LINK_LINE = re.compile(r"[^\n，,。；;！？]{2,80}")


def related_links(text: str) -> list[Span]:
    """The span of a web page's related links closing a copy of the page (相关链接： then lines of titles to
    the end of the text): the page's, not documents the plan names. A list of documents followed by the
    plan's words is the plan's."""
    seen = 0  # where the lines read so far end: a heading before it is on a line read (linear time)
    for m in _LINKS_HEADING.finditer(text):
        if m.start() < seen:
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        seen = line_end
        if text[line_start : m.start()].strip() not in ("", "【", "[") or text[m.end() : line_end].strip():
            continue  # words before or after it on its line: no heading of links
        at, links = line_end, 0
        while at < len(text):
            nxt = text.find("\n", at + 1)
            nxt = len(text) if nxt < 0 else nxt
            line = text[at + 1 : nxt].strip()
            if line and _LINK_LINE.fullmatch(line) is None:
                break
            links += bool(line)
            at = nxt
        seen = at  # a heading among these lines has its run end where this one's does
        if at >= len(text):  # the first heading whose links run to the end holds all the others'
            return [(m.start(), len(text))] if links else []
    return []


def find_citations(text: str, *, own_title: str | None, own_number: str | None) -> list[CitationDraft]:
    """Every document the plan names, in text order, the plan itself excluded.

    A 《title》 followed (directly or after 「（」) by its document number is one citation; a number or
    GB standard on its own is a citation without a title; a number alone on its line is the plan's own.
    """
    own_t = normalise_title(own_title) if own_title else None
    own_n = normalise_number(own_number) if own_number else None
    titles: list[tuple[Span, CitationDraft | None, str]] = []  # None: the plan's own title
    taken: set[int] = set()  # ends of numbers merged into a title
    loose = _loose_numbers(text)
    ending = {end: (start, number, issuer) for start, end, number, issuer in loose}
    annexes = _annex_titles(text)
    joined = companions(text, own_title)
    links = related_links(text)
    for mark, close in all_title_marks(text):
        inner = written_title(text[mark + 1 : close - 1])
        if not inner or any(s <= mark < e for s, e in links):
            continue  # no title, or a link of the web page the plan was copied from
        pos = close
        while pos < len(text) and pos - close < 8 and text[pos] in WHITESPACE:
            pos += 1
        bracketed = pos < len(text) and text[pos] in _NUMBER_BRACKETS
        if bracketed:
            pos += 1
        if not bracketed and text.startswith(_WRAPPER_ENDS, close) and text.endswith(_WRAPPING, 0, mark):
            # 关于印发《X》的通知（国发〔2021〕20号）: the notice's number, the number X was issued under
            after = close + len(next(w for w in _WRAPPER_ENDS if text.startswith(w, close)))
            if after < len(text) and text[after] in "（(":
                pos, bracketed = after + 1, True
        merged = _number_at(text, pos)
        if merged is None and not bracketed and text[pos : pos + 1] in _SQUARE:
            merged = _number_at(text, pos + 1)  # 《…》［闽知〔2022〕3号］: the number in square brackets
            bracketed = merged is not None
        if merged is None and not bracketed:
            merged = _standard_after_word(text, pos)  # 《…规范》国家标准（GB/T 29490-2013）
            bracketed = merged is not None
        if merged is None and bracketed:
            merged = _wrapped_number_at(text, pos)  # （青发〔20 / 22〕5号）: wrapped inside its digits
        if merged is None and bracketed and (dated := _DATE.match(text, pos)) is not None:
            merged = _number_at(text, dated.end())  # （2018年11月6日国务院令第706号公布）: the date before it
        if merged is None and bracketed and (serial := _BARE_SERIAL.match(text, pos)) is not None:
            merged = serial.end(), f"第{_serial(serial.group(1))}号", None  # 《…规定》（第411号）
        if merged and not bracketed and "\n" in text[close : merged[0]]:
            # a number after a title without brackets stays on its line: the line under 关于印发《X》的通知
            # is the notice's own number, not X's
            merged = None
        end = merged[0] if merged else close
        lead_at = mark  # a number written right before the title (DB33/T 2345-2021《…》) is its number
        if merged:
            taken.add(end)
        else:
            before = _number_before(text, mark, ending, taken, titles)
            if before is not None:
                lead_at, merged = before[0], before[1:]
                taken.add(before[1])
        normalised = normalise_title(inner)
        # a title like the plan's own but carrying another number is the higher-level document it implements
        # (市委、市政府《关于全面加强知识产权保护的实施意见》（沪委发〔2020〕22号） in a district's 实施意见)
        own = own_t is not None and same_document(normalised, own_t) and not (merged and merged[1] != own_n)
        if own or (merged and merged[1] == own_n):
            titles.append(((min(mark, lead_at), end), None, normalised))
            continue
        named = issuer_span_before_mark(text, mark) if lead_at == mark else None
        start = lead_at if named is None else named[0]
        issuer = (
            text[named[0] : named[1]]
            if named is not None
            else written_title_issuer(text[mark + 1 : close - 1])
        )
        if issuer is None and merged:
            issuer = merged[2]  # the body its number names (《…》（省知识产权局〔2022〕12号）)
        number = merged[1] if merged else None
        if number and issuer and number.startswith("第") and title_core(normalised).endswith(_ANNOUNCEMENT):
            number = f"{issuer}{_ANNOUNCEMENT}{number}"  # 《国家知识产权局关于…的公告》（第545号）
        draft = _draft(text, (start, end), inner, number, issuer, close)
        if draft.hedged and issuer is None and lead_at == mark and (body := hedging_body(text, mark)):
            draft = replace(draft, issuer=text[body[0] : body[1]])  # 省政府印发《…》: the province issued it
        if not merged and draft.relation == "cites" and title_core(normalised) in annexes:
            titles.append(((mark, end), None, normalised))  # the plan's own annex
            continue
        if not merged and draft.relation == "cites" and normalised in joined:
            draft = replace(
                draft, relation="publishes", hedged=False
            )  # issued with the plan (…方案及任务分工)
        titles.append(((mark, end), draft, normalised))

    titles = _issued_together(text, titles)
    cited: list[CitationDraft] = []
    t = 0
    for start, end, number, number_issuer in loose:
        if end in taken:
            continue
        while t < len(titles) and titles[t][0][1] < end:
            t += 1
        (t_start, t_end), holder, written = (
            titles[t] if t < len(titles) else ((len(text), len(text)), None, "")
        )
        if t_start <= start and end <= t_end:  # written inside a title: the title's own number
            if holder is not None and holder.doc_number is None:
                numbered = _numbered_inside(text, holder, start, end, number, number_issuer)
                titles[t] = ((t_start, t_end), numbered, written)
            continue
        if number != own_n and not (_alone_on_line(text, start, end) or _on_record_line(text, start, end)):
            opened = _unclosed_title(text, start)
            if opened is None:
                cited.append(_draft(text, (start, end), None, number, number_issuer, end))
                continue
            named = issuer_span_before_mark(text, opened)
            title = squeeze(text[opened + 1 : start - 1])
            issuer = text[named[0] : named[1]] if named is not None else title_issuer(title) or number_issuer
            span = (opened if named is None else named[0], end)
            cited.append(_draft(text, span, title, number, issuer, end))

    cited.extend(draft for draft in resolve_short_titles(text, titles, own_t) if draft is not None)
    cited = _with_listed(text, _with_unmarked(text, cited), own_t)
    cited.sort(key=lambda c: c.span)
    return _firm_wins(_chain_relations(text, _named_works(text, cited)))


def _named_works(text: str, cited: list[CitationDraft]) -> list[CitationDraft]:
    """``cited`` with the titles the words around them name as a programme, a periodical, a film or a book
    (在《今日说法》《法治在线》栏目, 纪录片《创新中国》: citations.yaml title_contexts) of that kind. A run
    of titles side by side or joined shares the words before its first and after its last."""
    contexts = citation_rules().contexts
    if not contexts:
        return cited
    i = 0
    while i < len(cited):
        j = i
        while (
            j + 1 < len(cited)
            and 0 <= cited[j + 1].span[0] - cited[j].span[1] <= 4
            and squeeze(text[cited[j].span[1] : cited[j + 1].span[0]]) in _JOINERS
        ):
            j += 1
        start, end = cited[i].span[0], cited[j].span[1]
        kind = next(
            (
                kind
                for kind, before, after in contexts
                if before.search(text, max(0, start - CUE_WINDOW), start) or after.match(text, end)
            ),
            None,
        )
        if kind is not None:
            for k in range(i, j + 1):
                if cited[k].title is not None and cited[k].doc_number is None:
                    cited[k] = replace(cited[k], kind=kind)
        i = j + 1
    return cited


def _with_unmarked(text: str, cited: list[CitationDraft]) -> list[CitationDraft]:
    """``cited`` with the titles written with no marks (按照省委、省政府关于…的意见部署) that no citation
    holds, each with the number written in brackets right after it (…的意见（川委发〔2021〕5号）), which is
    then no citation of its own."""
    out = [_issued_titled(text, c) if c.title is None else c for c in cited]
    found = unmarked_titles(text)
    if not found:
        return out
    for unmarked in found:
        start, end = unmarked.issuer[0], unmarked.title[1]
        if any(c.span[0] < end and start < c.span[1] for c in out if c.title is not None):
            continue
        number = next(
            (c for c in out if c.title is None and c.span[0] == end + 1 and text[end] in _NUMBER_BRACKETS),
            None,
        )
        if number is not None:
            out.remove(number)
            end = number.span[1]
        title = _unwrapped(text[unmarked.title[0] : unmarked.title[1]])
        issuer = text[unmarked.issuer[0] : unmarked.issuer[1]]
        doc_number = number.doc_number if number is not None else None
        out.append(_draft(text, (start, end), title, doc_number, issuer, unmarked.title[1]))
    return out


def _with_listed(text: str, cited: list[CitationDraft], own: str | None) -> list[CitationDraft]:
    """``cited`` with the documents a table lists by name and number (序号 | 文件名称 | 文号 | 发文单位):
    each titled by its cell, with the number read in its number's cell (then no citation of its own) and the
    body its issuer's cell names, else its number's. A row naming the plan itself, or the notice issuing it
    (a web page's table of its fields: 标题 | 发文字号), is none."""
    listed = listed_documents(text)
    if not listed:
        return cited
    out = list(cited)
    for row in listed:
        start, end = row.title
        number = None
        if row.number is not None:
            low, high = row.number
            number = next(
                (c for c in out if c.title is None and low <= c.span[0] and c.span[1] <= high), None
            )
        if own is not None and _names_own(text[start:end], own):
            if number is not None:
                out.remove(number)  # the plan's own number, in its web page's table of fields
            continue
        if number is not None:
            out.remove(number)
            start, end = min(start, number.span[0]), max(end, number.span[1])
        issuer = text[row.issuer[0] : row.issuer[1]] if row.issuer is not None else None
        if issuer is None and number is not None:
            issuer = number.issuer
        if row.issuer is not None:
            start, end = min(start, row.issuer[0]), max(end, row.issuer[1])
        doc_number = number.doc_number if number is not None else None
        title = text[row.title[0] : row.title[1]]
        out.append(_draft(text, (start, end), title, doc_number, issuer, row.title[1]))
    return out


def _names_own(title: str, own: str) -> bool:
    """``title`` names the plan of the normalised title ``own``, or the notice issuing it (宝鸡市渭滨区
    人民政府办公室关于印发X的通知), its issuer at its head left out."""
    normalised = normalise_title(title)
    issuers = title_issuer(normalised)
    words = normalised[len(issuers) :] if issuers is not None else normalised
    return same_document(normalised, own) or same_document(normalise_title(_unwrapped(words)), own)


def _unwrapped(title: str) -> str:
    """The document a notice issuing it wraps, written with no marks (关于印发X的通知: X), as 关于印发《X》的
    通知 cites X; else ``title``."""
    for verb in _WRAPPING:
        opening = f"关于{verb}"
        if title.startswith(opening) and title.endswith(_WRAPPER_ENDS):
            end = next(e for e in _WRAPPER_ENDS if title.endswith(e))
            inner = title[len(opening) : len(title) - len(end)]
            return inner if len(inner) >= 4 else title
    return title


def _issued_titled(text: str, number: CitationDraft) -> CitationDraft:
    """A number in brackets closing a title written with no marks after an issuing verb (省政府办公厅印发的
    江苏省“十四五”知识产权发展规划（苏政办发〔2021〕45号）): the titled citation, from the title to the
    number; else ``number`` as it is."""
    start = number.span[0]
    title = issued_title(text, start - 1) if start > 0 and text[start - 1] in _NUMBER_BRACKETS else None
    if title is None:
        return number
    words = text[title[0] : title[1]]
    return _draft(text, (title[0], number.span[1]), words, number.doc_number, number.issuer, title[1])


def _numbered_inside(
    text: str, holder: CitationDraft, start: int, end: int, number: str, number_issuer: str | None
) -> CitationDraft:
    """``holder`` with the number written inside its marks (``text[start:end]``); a number closing the title
    in brackets (《…规划（国发〔2021〕20号）》) is no part of its title. With no issuer of its own, the
    title's is the body the number names or its prefix's (国发: 国务院), as for a number after the marks."""
    # a decree written as the title (《中华人民共和国国务院令第769号》): the State Council's regulation
    kind, issuer = _numbered_facts(number, holder.kind, holder.issuer or number_issuer)
    numbered = replace(
        holder, doc_number=number, kind=kind, issuer=issuer, key=citation_key(holder.normalised_title, number)
    )
    mark = text.rfind("《", holder.span[0], start)
    if mark < 0 or text[start - 1] not in "（(" or squeeze(text[end : holder.span[1]]) not in ("）》", ")》"):
        return numbered
    title = _undoubled(squeeze(text[mark + 1 : start - 1]))
    normalised = normalise_title(title)
    return replace(numbered, title=title, normalised_title=normalised, key=citation_key(normalised, number))


#: Most characters of a title whose 《 is left open before its number (《…规划（国发〔2021〕20号）).
_OPEN_TITLE = 120


def _unclosed_title(text: str, number: int) -> int | None:
    """Where the 《 opens of a title left unclosed before the number in brackets at ``number`` (《…规划（国发
    〔2021〕20号）, the 》 forgotten): on the same line, no other mark nor sentence end between; else None."""
    if number == 0 or text[number - 1] not in _NUMBER_BRACKETS:
        return None
    low = max(0, number - 1 - _OPEN_TITLE)
    mark = text.rfind("《", low, number - 1)
    if mark < 0 or mark + 3 > number - 1:
        return None
    between = text[mark + 1 : number - 1]
    return None if any(ch in between for ch in "《》\n。；;") else mark


_Title = tuple[Span, CitationDraft | None, str]  # (span, draft or None for the plan's own, normalised)


def _issued_together(text: str, titles: list[_Title]) -> list[_Title]:
    """The titles a notice issues with the plan's own (关于印发《A》和《B》的通知, 现将《A》和《B》印发给你们:
    citations.yaml issued_together): each of a run of titles joined to the plan's own, with an issuing cue
    right before the run or after it in its sentence, is published by the document."""
    rules = citation_rules()
    runs: list[list[int]] = []
    for i, ((start, _), _, _) in enumerate(titles):
        joined = i > 0 and squeeze(text[titles[i - 1][0][1] : start]) in _JOINERS
        if joined and start - titles[i - 1][0][1] <= 4:
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        if len(run) < 2 or all(titles[i][1] is not None for i in run):
            continue
        first, last = titles[run[0]][0][0], titles[run[-1]][0][1]
        before = rules.issued_before.search(text, max(0, first - CUE_WINDOW), first)
        if before is None and rules.issued_after.match(text, last) is None:
            continue
        for i in run:
            span, draft, written = titles[i]
            if draft is not None and draft.relation == "cites":
                titles[i] = (span, replace(draft, relation="publishes", hedged=False), written)
    return titles


def _number_before(
    text: str,
    mark: int,
    ending: dict[int, tuple[int, str, str | None]],
    taken: set[int],
    titles: list[tuple[Span, CitationDraft | None, str]],
) -> tuple[int, int, str, str | None] | None:
    """(start, end, number, issuer) of a standard or document number written right before the 《 at
    ``mark`` (white space between allowed), when no earlier title has it."""
    pos = mark
    while pos > 0 and mark - pos < 8 and text[pos - 1] in WHITESPACE and text[pos - 1] != "\n":
        pos -= 1
    found = ending.get(pos)
    if found is None or pos in taken or (titles and titles[-1][0][1] > found[0]):
        return None
    return found[0], pos, found[1], found[2]


def _chain_relations(text: str, cited: list[CitationDraft]) -> list[CitationDraft]:
    """制定《A》、《B》: a citation joined to a published one by 、/和/及 is published too."""
    for i in range(1, len(cited)):
        prev, cur = cited[i - 1], cited[i]
        gap = cur.span[0] - prev.span[1]
        joined = 0 <= gap <= 4 and squeeze(text[prev.span[1] : cur.span[0]]) in _JOINERS
        if joined and prev.relation == "publishes" and cur.relation == "cites":
            cited[i] = replace(cur, relation="publishes")
        elif joined and prev.hedged and cur.relation == "cites":  # 推动出台《A》、《B》: B is pressed for too
            cited[i] = replace(cur, hedged=True)
    return cited


def _firm_wins(cited: list[CitationDraft]) -> list[CitationDraft]:
    """A document pressed for in one place (推动出台《X办法》) and issued firmly in another (印发《X办法》),
    in either order, is published by the plan: its hedged mentions publish it too."""
    published = {c.key for c in cited if c.relation == "publishes"}
    if not published:
        return cited
    return [replace(c, relation="publishes") if c.hedged and c.key in published else c for c in cited]
