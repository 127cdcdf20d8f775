"""Plan metadata: title, document type, document number, issuing bodies, issue date and period."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from ontology.vocab import DocumentType, document_vocabulary
from policykg.extract.agency_names import looks_like_agency
from policykg.extract.citation_rules import WRAP
from policykg.extract.dates import SPAN_JOINERS
from policykg.extract.header_lines import (
    LINE_MARKUP,
    YEAR,
    DateLine,
    Record,
    body_name,
    cover_element,
    date_lines,
    find_doc_number,
    find_masthead,
    header_records,
    published_names,
    record_line,
    record_number,
    titled_number,
    without_closing_bracket,
)
from policykg.extract.regions import region_index
from policykg.extract.reposts import lead_titles, repost_lead
from policykg.extract.textspan import WHITESPACE, Span, line_spans, numeral_value, squeeze, trim
from policykg.extract.translation_lines import chinese_part
from policykg.models import Evidence, Issuer, Period

#: The heading of a notice issuing a plan, by one body or jointly, as a notice or a letter (关于印发X的通知,
#: 关于联合印发X的通知, 关于印发X的函): X as a group.
_ISSUE_NOTICE = re.compile(r"关于(?:联合)?印发([\s\S]{2,160}?)的(?:通知|函)")
#: 现将《X》印发给你们, 《X》已经县政府同意，现印发给你们: X, the words as a PDF may wrap them
#: (现将《X》\n印发).
_QUOTED_ISSUED = re.compile(
    rf"(?:现{WRAP}将|将){WRAP}《([^《》]{{2,120}})》(?:[^。\n]|\n(?![^\S\n]*\n)){{0,20}}?印{WRAP}发"
    rf"|《([^《》]{{2,120}})》{WRAP}已{WRAP}经(?:[^。\n]|\n(?![^\S\n]*\n)){{0,40}}?印{WRAP}发"
)
_TITLE_PERIOD = re.compile(rf"[（(]\s*{YEAR}\s*年?\s*[{SPAN_JOINERS}]+\s*{YEAR}\s*年?\s*[)）]")
_TITLE_YEAR = re.compile(rf"{YEAR}\s*年度?")
#: A term in brackets after a title: （2024—2026年）, （2024年）.
_TERM = re.compile(rf"\s*[（(]\s*{YEAR}\s*年?(?:\s*[{SPAN_JOINERS}]+\s*{YEAR}\s*年?)?\s*[)）]")
_RANGE_MONTHS = re.compile(
    rf"{YEAR}\s*年\s*(\d{{1,2}})\s*月\s*(?:至|到|—|–|-|－|~|～)+\s*{YEAR}\s*年\s*(\d{{1,2}})\s*月"
)
_RANGE_YEARS = re.compile(rf"{YEAR}\s*+(?:年\s*+)?[{SPAN_JOINERS}]+\s*{YEAR}\s*年")
_BY_YEAR = re.compile(rf"(?:到|至|截至)\s*{YEAR}\s*年")
#: The years counted for the work before the year it runs to (通过三年试点建设，到2026年底; 用3年时间，
#: 到2027年): the period opens that many years before its end, the end's year counted.
_COUNTED_YEARS = re.compile(
    rf"(?:通过|经过|利用|力争用|力争|用|再用)\s*([一二两三四五六七八九十\d]{{1,2}})\s*年(?:时间|左右)?[^。；;\n]{{0,16}}?"
    rf"(?:到|至)\s*{YEAR}\s*年"
)
#: A five-year plan named by its ordinal (“十五五”, 十四五): the Nth plan from the third on (1966—1970) spans
#: the five years from 1966 + 5·(N−3).
_FIVE_YEAR = re.compile(r"十([一二三四五六七八九])五")
_PERIOD_CUES = ("实施期", "期限", "周期", "示范期", "建设期", "创建期", "试点期", "规划期")
#: The term of measures in force (本措施自2024年6月1日起施行，有效期至2026年12月31日): their period.
_VALIDITY = re.compile(
    rf"(?:自\s*{YEAR}\s*年\s*(\d{{1,2}})\s*月(?:\s*\d{{1,2}}\s*日)?\s*起?\s*(?:施行|实施|执行)[^。\n]{{0,12}}?)?"
    rf"有效期(?:至|到|截至)\s*{YEAR}\s*年\s*(\d{{1,2}})\s*月"
)
#: A term in force counted in years from the issue date or a date named, before or after the words in force
#: (本方案自印发之日起施行，有效期3年; 自2024年1月1日起施行，有效期五年; 有效期三年，自印发之日起施行): the
#: years (group years), the date's year and month when named (groups year, month).
_VALID_FROM = (
    r"(?:自\s*(?P<year>(?:19|20)\d{2})\s*年\s*(?P<month>\d{1,2})\s*月(?:\s*\d{1,2}\s*日)?"
    r"|自?(?:印发|发布|公布)之日)"
)
_VALID_TERM = r"有效期(?:为)?\s*(?P<years>[1-9]|10|[一二两三四五六七八九十])\s*年"
_VALID_YEARS = (
    re.compile(rf"{_VALID_FROM}\s*起\s*(?:施行|实施|执行|生效)[^。\n]{{0,12}}?{_VALID_TERM}"),
    re.compile(rf"{_VALID_TERM}\s*[，,]?\s*{_VALID_FROM}\s*起\s*(?:施行|实施|执行|生效)"),
)


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


def _strip_title(raw: str) -> str:
    return squeeze(raw).strip('《》“”"')


def find_title(text: str, head_end: int, first_unit: int) -> tuple[str, Span] | None:
    """关于印发X的通知 → X; else 现将《X》印发; else the first heading-like paragraph before any sentence that
    names a kind of plan (…工作要点), else the first heading-like one. A notice named inside 《》 or inside a
    sentence is a document the plan cites, never its title."""
    forward = _forward_heading(text, head_end)
    for m in _issue_headings(text, head_end):
        if forward is not None and forward[0] < m.start():
            break  # the notice forwarded, below the forwarder's heading: the forwarder's document
        s, e = _first_issued(text, *trim(text, m.start(1), m.end(1)))
        if text[s] == "《" and text[e - 1] == "》":
            s, e = s + 1, e - 1
        return _strip_title(text[s:e]), (s, e)
    if forward is not None:
        return squeeze(text[forward[0] : forward[1]]), forward
    quoted = _QUOTED_ISSUED.search(text, 0, head_end)
    if quoted:
        group = 1 if quoted.group(1) else 2
        return squeeze(quoted.group(group)), (quoted.start(group), quoted.end(group))
    first: tuple[str, Span] | None = None
    named = False
    for (s, e), record in header_records(text, 0, first_unit or head_end):  # no unit: the head
        s, e = _unmark(text, s, e)
        line = text[s:e]
        if record is not None and record.names and not record.masthead:
            if not named and len(record.names) == 1 and not (record.numbers or record.dates):
                about = _issuer_over_title(text, squeeze(line), e, first_unit or head_end)
                if about != e:
                    return squeeze(text[s:about]), (s, about)
            named = True  # bodies signing jointly on lines of their own: the heading below is no one's
        if not line or record is not None or cover_element(text, s, e) or re.match(r"附\s*件", line):
            continue
        if len(squeeze(line)) > _TITLE_MAX or "。" in line:
            break
        if (titled := titled_number(text, s, e)) is not None:
            e = titled[0]  # …工作方案（孝政办发〔2024〕15号）: the number, no part of the title
        else:
            e = _wrapped_title_end(text, s, e, first_unit or head_end)
        term = _TERM.match(text, e)  # the plan's term on the line below its title: （2022年—2024年）
        if term is not None and "\n\n" not in text[e : term.end()] and _line_ends(text, term.end()):
            e = term.end()
        found = squeeze(_LINE_OPENING_MARKUP.sub("\n", text[s:e])), (s, e)
        if document_type(found[0]) is not None:
            return found  # a line naming a kind of plan, after a page's leftover links (首页, 政务公开)
        first = first or found
    return first


#: The heading of a notice forwarding another body's document (关于转发《省…方案》的通知, 转发市市场监管局
#: 关于…的通知): the forwarder's own document, whatever the forwarded one below it says.
_FORWARD_NOTICE = re.compile(r"(?:关于)?转发[^\n。；;]{2,160}?的(?:通知|函)")


def _forward_heading(text: str, head_end: int) -> Span | None:
    """The line of a forwarding notice's heading before ``head_end`` (its issuer alone may open it:
    X关于转发…的通知): the title of the document, which forwards a plan as the cited source (the plan's own
    关于印发 heading and title below it are the forwarded ones). None for a forwarding sentence
    (现将…转发给你们) or a heading inside 《》."""
    at = text.find("转发", 0, head_end)
    if at < 0:
        return None
    for m in _FORWARD_NOTICE.finditer(text, max(0, at - 2), head_end):
        if not _notice_heading(text, m):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        s, e = _unmark(text, line_start, m.end())
        before = text[s : m.start()]
        if before and not body_name(before):
            continue
        return s, e
    return None


#: The longest title read from the plan's first lines.
_TITLE_MAX = 80
#: Most characters before its kind of document in the second line of a wrapped title (强县建设工作方案).
_TITLE_TAIL_WORDS = 4
#: The next line of a title broken over two lines (a PDF's line width, a soft line break in a Word
#: paragraph, a Markdown title written as two headings: # 郑州市…强县建设 ↵ # 工作方案): short, no sentence,
#: its markup no part of it.
_MARKUP = re.escape(LINE_MARKUP)
#: The markup around the break of a wrapped title's lines (…强县建设** ↵ **工作方案, # 工作方案), no part of
#: the title's words.
_LINE_OPENING_MARKUP = re.compile(rf"[{_MARKUP}]*+[ \t\u3000]*+\n[ \t\u3000]*+[{_MARKUP}]*+")
_TITLE_REST = re.compile(
    rf"\n[ \t\u3000]*+(?:[{_MARKUP}]++[ \t\u3000]*+)?"
    rf"([^\n。；;，,：:{_MARKUP}]{{1,40}})[ \t\u3000{_MARKUP}]*(?=\n|$)"
)


def _wrapped_title_end(text: str, start: int, end: int, first_unit: int) -> int:
    """The end of a title whose line names no kind of document but whose next line completes it into one
    (平阳县知识产权强县 / 建设工作方案): a title wrapped over two lines; else ``end``. A body's name on the
    line (the issuer above the title) is no part of it, nor is a line above a next line that is a title of its
    own, more than a few words before its kind (内部资料 / 平阳县知识产权强县建设工作方案)."""
    line = squeeze(text[start:end])
    if document_type(line) is not None or looks_like_agency(line):
        return end
    rest = _TITLE_REST.match(text, end)
    if rest is None or rest.end(1) > first_unit or record_line(text, rest.start(1), rest.end(1), None):
        return end
    tail = squeeze(rest.group(1))
    own = document_type(tail)
    if own is not None and _place_alone(line) and not _place_opens(tail):
        return rest.end(1)  # 桐梓县 / 知识产权强县建设工作方案: the place the title opens with, on its line
    if own is not None and tail.rfind(own.zh) > _TITLE_TAIL_WORDS and "关于" not in line:
        # (a line opening a 关于 heading that names no document goes on: …关于加快推进知识产权 / 强县建设的
        # 实施意见)
        return end  # the next line is a title of its own (内部资料 / 平阳县…工作方案); a term after its kind
        # is none of its words (宁都县知识产权强县建设 / 工作方案（2024—2026年）)
    title = line + tail
    return rest.end(1) if len(title) <= _TITLE_MAX and document_type(title) is not None else end


#: The line under an issuer's name alone that goes on with its title (周口市人民政府 / 关于加快建设知识产权
#: 强市的实施意见): 发文机关 + 关于 + 事由 + 文种 wrapped after the issuer, one title as one line writes it.
_ABOUT_REST = re.compile(r"\n[ \t\u3000]*+(关于[^\n。；;，,：:]{2,60}?)[ \t\u3000]*(?=\n|$)")


def _issuer_over_title(text: str, line: str, end: int, first_unit: int) -> int:
    """The end of the title an issuer's line opens when the next line is its 关于… heading naming a kind of
    document; else ``end`` (the issuer alone, a line of its own)."""
    rest = _ABOUT_REST.match(text, end)
    if rest is None or rest.end(1) > first_unit:
        return end
    title = line + squeeze(rest.group(1))
    return rest.end(1) if len(title) <= _TITLE_MAX and document_type(title) is not None else end


def _place_alone(line: str) -> bool:
    """``line`` is a place's full name and nothing else (桐梓县, 遵义市汇川区)."""
    index = region_index()
    hit = index.match_at(line, 0, len(line), allow_short=False) if line else None
    while hit is not None and hit.span[1] < len(line):
        hit = index.match_at(line, hit.span[1], len(line), allow_short=False)
    return hit is not None


def _place_opens(line: str) -> bool:
    return region_index().match_at(line, 0, len(line), allow_short=True) is not None


#: Words joining the plans one notice issues (关于印发A方案和B方案的通知).
_ISSUED_JOINERS = ("和", "及", "与", "以及")
#: What may stand between the titles in 《》 one notice issues (《A》和《B》, 《A》、《B》, 《A》《B》).
_MARKED_JOINERS = ("", "、", *_ISSUED_JOINERS)


def _first_issued(text: str, start: int, end: int) -> Span:
    """The first of the plans a notice issues together (关于印发《A》和《B》的通知 → 《A》; 关于印发A方案
    和B方案的通知, each part a document's title → A方案): the plan the document is about; else the whole."""
    if text[start] == "《":
        close = text.find("》", start, end)
        second = text.find("《", close, end) if close > 0 else -1
        if second > 0 and squeeze(text[close + 1 : second]) in _MARKED_JOINERS:
            return start, close + 1
        if close > 0 and squeeze(text[close + 1 : end]).startswith(_ISSUED_JOINERS):
            return start, close + 1  # 《A》及任务分工: the plan and a part issued with it, not marked
        return start, end
    words = text[start:end]
    for joiner in _ISSUED_JOINERS:
        at = words.find(joiner)
        while at > 0:
            first, rest = squeeze(words[:at]), squeeze(words[at + len(joiner) :])
            if document_type(first) is not None and document_type(rest) is not None:
                return start, start + at
            at = words.find(joiner, at + 1)
    return start, end


def _issued_titles(text: str, start: int, end: int) -> list[Span]:
    """Every plan a notice's heading issues (关于印发《A》和《B》的通知 → 《A》, 《B》; 关于印发A方案和
    B要点的通知 → A方案, B要点), each without its marks; one span when it issues one."""
    first = _first_issued(text, start, end)
    if first == (start, end):
        return [(start + 1, end - 1) if text[start] == "《" and text[end - 1] == "》" else (start, end)]
    if text[start] != "《":
        return [first, trim(text, first[1] + _joiner_length(text, first[1], end), end)]
    spans: list[Span] = []
    at = start
    while at < end and text[at] == "《":
        close = text.find("》", at, end)
        if close < 0:
            return spans or [first]
        spans.append((at + 1, close))
        nxt = text.find("《", close, end)
        if nxt < 0 or squeeze(text[close + 1 : nxt]) not in _MARKED_JOINERS:
            break
        at = nxt
    return spans


def _joiner_length(text: str, at: int, end: int) -> int:
    """The length of the joiner (和, 及, 与, 以及) at ``at``."""
    return next((len(j) for j in sorted(_ISSUED_JOINERS, key=len, reverse=True) if text.startswith(j, at)), 0)


def plan_parts(text: str, head_end: int) -> list[tuple[int, str]]:
    """The plans a notice issues together (关于印发《A》和《B》的通知), each with where its part of the
    document starts (its own heading line below the notice; the first plan's part from the start): empty
    unless the notice issues two plans or more and each after the first heads its own part, in order."""
    for m in _issue_headings(text, head_end):
        titles = [squeeze(text[s:e]) for s, e in _issued_titles(text, *trim(text, m.start(1), m.end(1)))]
        if len(titles) < 2 or any(len(t) < 4 for t in titles):
            return []
        parts = [(0, titles[0])]
        at = m.end()
        for title in titles[1:]:
            found = next((s for s, e in _spaced(text, title, at, len(text)) if _alone(text, s, e)), None)
            if found is None:
                return []
            parts.append((found, title))
            at = found + len(title)
        return parts
    return []


def notice_issuers(text: str) -> dict[str, str]:
    """The bodies of the notice headings in the text issuing a plan (福建省人民政府办公厅关于印发《福建省…
    方案》的通知, a forwarded notice below the forwarder's): by each title the notice issues, the body named
    before 关于 (read as on a signature line). A document citing that title cites the body's plan."""
    found: dict[str, str] = {}
    if "印发" not in text:
        return found
    for m in _issue_headings(text, len(text)):
        body = _heading_body(text, m)
        if body is None:
            continue
        for a, b in _issued_titles(text, *trim(text, m.start(1), m.end(1))):
            found.setdefault(squeeze(text[a:b]), squeeze(text[slice(*body)]))
    return found


def _alone(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` stands on a line of its own (a heading), a term in brackets allowed after it."""
    line_start = text.rfind("\n", 0, start) + 1
    if _unmark(text, line_start, start)[0] < start:
        return False
    term = _TERM.match(text, end)
    return _line_ends(text, term.end() if term is not None else end)


def _line_ends(text: str, pos: int) -> bool:
    """Nothing but spaces stands between ``pos`` and the end of its line."""
    end = text.find("\n", pos)
    return not text[pos : len(text) if end < 0 else end].strip()


#: What may follow a notice's title on its heading line: a bracketed remark (（征求意见稿）).
_AFTER_NOTICE = re.compile(r"[\s*_]*(?:[（(][^（()）\n]{1,20}[)）][\s*_]*)?(?:\n|$)")
#: What makes the words before 关于 on its line a sentence, not the issuer of a heading.
_BEFORE_NOTICE = re.compile(r"[。，,；;：:！!？?《》]")


def with_term(text: str, title: str, span: Span, end: int) -> tuple[str, Span]:
    """A notice's heading often names the plan without its term (关于印发X的通知) where the notice's
    sentence (现将《X（2024—2026年）》印发) or the plan's own heading after it names it in full: the first
    such fuller name before ``end`` is the title (a line's wrap may cut it). So is the plan's own heading
    line naming the place before the words of a heading that leaves it out (关于印发《知识产权强县建设工作
    方案》的通知 / 平江县知识产权强县建设工作方案)."""
    if len(title) < 4:
        return title, span
    dated = _TITLE_YEAR.search(title) is not None
    for found, found_end in _spaced(text, squeeze(title), span[1], end):
        term = None if dated else _TERM.match(text, found_end)
        stop = term.end() if term is not None else found_end
        start = _place_before(text, found) if _line_ends(text, stop) else found
        if term is not None or start < found:
            return squeeze(text[start:stop]), (start, stop)
    return title, span


def _spaced(text: str, words: str, start: int, end: int) -> Iterator[Span]:
    """Where ``words`` (no white space in them) stand in ``text[start:end]``, white space allowed between
    their characters (a wrapped line), left to right, none overlapping. Found with str.find, not a pattern
    compiled for each plan's title (that compile was about 2 % of a plan's extraction)."""
    at = text.find(words[:1], start, end) if words else -1
    while at >= 0:
        pos = at + 1
        for ch in words[1:]:
            while pos < end and text[pos].isspace():
                pos += 1
            if pos >= end or text[pos] != ch:
                break
            pos += 1
        else:
            yield at, pos
            at = text.find(words[0], pos, end)
            continue
        at = text.find(words[0], at + 1, end)


#: A place's name, all that stands before a plan's title on its heading line (平江县, 湘西州, 鄂托克旗), not
#: a word naming the issuer's own area (全县, 本市).
_PLACE_BEFORE = re.compile(r"(?![全本我该各])[\u4e00-\u9fa5]{1,12}(?:省|市|县|区|旗|州|盟)")


def _place_before(text: str, pos: int) -> int:
    """Where the place's name opening the line of ``pos`` begins when nothing else stands before ``pos`` on
    that line; else ``pos``."""
    line = text.rfind("\n", 0, pos) + 1
    start = _unmark(text, line, pos)[0]
    return start if start < pos and _PLACE_BEFORE.fullmatch(text, start, pos) else pos


def _issue_headings(text: str, end: int) -> Iterator[re.Match[str]]:
    """The notice headings issuing a plan (关于印发X的通知) before ``end`` that are the document's own
    (``_notice_heading``), X not broken by an empty line."""
    for m in _ISSUE_NOTICE.finditer(text, 0, end):
        if "\n\n" not in text[m.start(1) : m.end(1)].replace(" ", "") and _notice_heading(text, m):
            yield m


def _notice_heading(text: str, m: re.Match[str]) -> bool:
    """关于印发…的通知 is the plan's own heading: it stands on lines of its own (the issuer alone before it),
    outside any 《》."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    return (
        not _in_title_marks(text, m.start())
        and _BEFORE_NOTICE.search(text, line_start, m.start()) is None
        and _AFTER_NOTICE.match(text, m.end()) is not None
    )


def _in_title_marks(text: str, pos: int, reach: int = 300) -> bool:
    """``pos`` lies inside 《…》: an opening mark comes before it with no closing mark between."""
    for i in range(pos - 1, max(-1, pos - reach - 1), -1):
        if text[i] == "》":
            return False
        if text[i] == "《":
            return True
    return False


def _unmark(text: str, start: int, end: int) -> Span:
    """``[start, end)`` shrunk past white space and Markdown marks (# heading, > quote, **bold**)."""
    while start < end and (text[start] in WHITESPACE or text[start] in LINE_MARKUP):
        start += 1
    while end > start and (text[end - 1] in WHITESPACE or text[end - 1] in LINE_MARKUP):
        end -= 1
    return start, end


@cache
def _types_longest_first() -> tuple[DocumentType, ...]:
    """documents.yaml document_types, the longest name first (实施方案 before 方案)."""
    return tuple(sorted(document_vocabulary().document_types, key=lambda d: -len(d.zh)))


def document_type(title: str | None) -> DocumentType | None:
    if not title:
        return None
    core = without_closing_bracket(title)
    for entry in _types_longest_first():
        if core.endswith(entry.zh) and (not entry.title_words or any(w in core for w in entry.title_words)):
            return entry
    return None


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
    notice: Span | None = None,
) -> list[Issuer]:
    """The bodies signed beside the issue date, else on the signature lines just above it, else in the red
    header, else the X of 'X关于…' in the title, else that of the notice heading that wraps the plan
    (``notice``). A signature is a line of body names, never a sentence."""
    if beside_date:
        return [_issuer(text, span) for span in beside_date]
    issuers: list[Issuer] = []
    if date_at is not None:
        lines = [trim(text, s, e) for s, e in line_spans(text, max(0, date_at - 400), date_at)]
        lines = [span for span in lines if span[0] < span[1]][-_SIGNATURE_LINES:]
        alias: Span | None = None  # a bracketed other name under the line above (（湖南省知识产权局）)
        for s, e in reversed(lines):
            record = _signature_record(text, s, e)
            if record is None:
                if issuers or alias is not None:
                    break
                continue
            names = record.names
            if alias is not None:  # 湖南省市场监督管理局 ↵ （湖南省知识产权局）: one body, under both names
                issuers = issuers[1:]
                if len(names) == 1 or _column(text, alias[0]) >= _column(text, names[-1][0]):
                    names = [*names[:-1], (names[-1][0], alias[1])]
                # else it stands under a name of a column before the last: that name is enough
            alias = (s, e) if record.alias else None
            issuers[:0] = [_issuer(text, span) for span in names]
        if alias is not None:  # the other name under no name: the body's, its brackets aside
            issuers[0] = _issuer(text, (alias[0] + 1, alias[1] - 1))
    if not issuers and masthead:
        issuers = [_issuer(text, span) for span in masthead]
    if not issuers and title_span:
        issuers = [_issuer(text, span) for span in _byline(text, title_span[1])]
    if not issuers and title and title_span:
        raw = text[title_span[0] : title_span[1]]
        at = raw.find("关于")
        if at > 1 and looks_like_agency(raw[:at]):
            span = (title_span[0], title_span[0] + at)
            issuers.append(Issuer(name=squeeze(raw[:at]), evidence=Evidence(span=span, quote=raw[:at])))
    if not issuers and notice is not None:
        issuers.append(_issuer(text, notice))
    return issuers


#: The most lines a signature above its date may take: the bodies of a plan issued by several, one a line
#: (湖南省市场监督管理局 ↵ （湖南省知识产权局） ↵ 湖南省财政厅 ↵ 湖南省科学技术厅 …).
_SIGNATURE_LINES = 8

#: Lines after a title a byline may stand below (a subtitle of its period, a draft's note: （2024—2026年）).
_BYLINE_REACH = 2


def _byline(text: str, title_end: int) -> list[Span]:
    """The bodies named on a line of their own right below the title (鸡西市2024年知识产权工作要点 ↵
    鸡西市市场监督管理局), past a bracketed subtitle: a line of body names alone, as a signature is."""
    at = text.find("\n", title_end)
    for _ in range(_BYLINE_REACH):
        if at < 0:
            return []
        end = text.find("\n", at + 1)
        s, e = trim(text, at + 1, len(text) if end < 0 else end)
        at = end
        if s >= e:
            continue
        if text[s] in "（(":
            continue  # （2024—2026年）, （征求意见稿）
        return _bodies_alone(text, s, e)
    return []


def _column(text: str, pos: int) -> int:
    """How far into its line ``pos`` stands."""
    return pos - text.rfind("\n", 0, pos) - 1


def _names_alone(text: str, start: int, end: int) -> list[Span] | None:
    """The names a line of names alone writes (a signature's: no number, date or header's words), else
    None."""
    record = _signature_record(text, start, end)
    return None if record is None else record.names


def _signature_record(text: str, start: int, end: int) -> Record | None:
    """The record of a line of names alone (a signature's: no number, date or header's words), else None; a
    translation beside the names (延吉市市场监督管理局 연길시시장감독관리국) is no part of them."""
    record = record_line(text, *chinese_part(text, start, end))
    if record is None or record.numbers or record.dates or record.masthead or not record.names:
        return None
    return record


def _bodies_alone(text: str, start: int, end: int) -> list[Span]:
    """``_names_alone`` when every name reads as a body's, else []."""
    names = _names_alone(text, start, end) or []
    return names if all(looks_like_agency(text[a:b]) for a, b in names) else []


def notice_issuer(text: str, head_end: int) -> Span | None:
    """The X of a notice heading 'X关于印发…的通知' before ``head_end`` (the notice that wraps the plan, whose
    signature and date may be left out; a heading as ``find_title`` reads one), when X reads as a body's name
    (as on a signature line: never a sentence)."""
    for m in _ISSUE_NOTICE.finditer(text, 0, head_end):
        if _notice_heading(text, m) and (body := _heading_body(text, m)) is not None:
            return body
    return None


def _heading_body(text: str, m: re.Match[str]) -> Span | None:
    """The body named before 关于 on the line of the notice heading ``m`` (X关于印发…的通知), when it reads as
    a body's name (as on a signature line: never a sentence)."""
    s, e = trim(text, *chinese_part(text, text.rfind("\n", 0, m.start()) + 1, m.start()))
    return (s, e) if s < e and body_name(text[s:e]) else None


def find_period(
    text: str,
    title: str | None,
    title_span: Span | None,
    issued: tuple[str, Span] | None = None,
    *,
    annual: bool = False,
    dated: str | None = None,
) -> Period | None:
    """``annual``: the document is of an annual kind; with no year in its title, its period is the year its
    text names for its work (``work_year``), else the year of ``issued`` (the issue date, ISO, and its
    span). ``dated``: the issue date (ISO), which a term in force counted in years (有效期3年) runs from and
    which bounds a five-year plan's time the text names (“十四五”时期)."""
    if title and title_span:
        named_period = _title_period(text, title_span)
        if named_period is not None:
            return named_period
    if annual:
        named = work_year(text, issued[0] if issued else None)
        if named is not None:
            year = named[0]
            return Period(start=year, end=year, evidence=_ev(text, named[1]))
    if annual and issued is not None:
        year = issued[0][:4]
        return Period(start=year, end=year, evidence=_ev(text, issued[1]))
    for m in _RANGE_MONTHS.finditer(text):
        window = text[max(0, m.start() - 12) : m.start()]
        if any(cue in window for cue in _PERIOD_CUES):
            start = f"{m.group(1)}-{int(m.group(2)):02d}"
            end = f"{m.group(3)}-{int(m.group(4)):02d}"
            return Period(start=start, end=end, evidence=_ev(text, m.span()))
    for m in _RANGE_YEARS.finditer(text) if "期" in text else ():
        window = text[max(0, m.start() - 12) : m.start()]
        if any(cue in window for cue in _PERIOD_CUES):  # 实施期限为2023—2025年
            return Period(start=m.group(1), end=m.group(2), evidence=_ev(text, m.span()))
    term = _VALIDITY.search(text) if "有效期" in text else None
    if term:
        began = f"{term.group(1)}-{int(term.group(2)):02d}" if term.group(1) else None
        ended = f"{term.group(3)}-{int(term.group(4)):02d}"
        return Period(start=began, end=ended, evidence=_ev(text, term.span()))
    valid = _valid_years(text, dated) if "有效期" in text else None
    if valid is not None:
        return valid
    by_year = _BY_YEAR.search(text)
    if by_year:
        counted = _COUNTED_YEARS.search(text, max(0, by_year.start() - 40), by_year.end())
        n = numeral_value(counted[1]) if counted is not None and counted.end() == by_year.end() else 0
        if counted is not None and 1 < n <= 10:
            began = str(int(by_year.group(1)) - n + 1)  # 通过三年…到2026年: 2024—2026
            return Period(start=began, end=by_year.group(1), evidence=_ev(text, counted.span()))
        return Period(start=None, end=by_year.group(1), evidence=_ev(text, by_year.span()))
    return _five_year_term(text, int(dated[:4]) if dated else None)


def _title_period(text: str, title_span: Span) -> Period | None:
    """The period a title names: its years (（2023—2025年）), its one year (2024年…要点) or its five-year
    plan (“十四五”…规划)."""
    raw_s, raw_e = title_span
    m = _TITLE_PERIOD.search(text, raw_s, raw_e) or _RANGE_YEARS.search(text, raw_s, raw_e)
    if m:
        return Period(start=m.group(1), end=m.group(2), evidence=_ev(text, m.span()))
    m = _TITLE_YEAR.search(text, raw_s, raw_e)
    if m:
        return Period(start=m.group(1), end=m.group(1), evidence=_ev(text, m.span()))
    m = _FIVE_YEAR.search(text, raw_s, raw_e) if text.find("五", raw_s, raw_e) >= 0 else None
    if m:
        first = 1966 + 5 * (10 + numeral_value(m.group(1)) - 3)
        return Period(start=str(first), end=str(first + 4), evidence=_ev(text, m.span()))
    return None


def part_periods(text: str, parts: list[tuple[int, str]]) -> list[tuple[int, Period | None]]:
    """The periods the plans of a notice issuing several (``plan_parts``) name in their own heading lines
    (青阳县2024年知识产权工作要点 below a 2023—2025 方案), by where each part after the first starts; None
    for a part whose heading names no time. The first plan's period is the document's own."""
    found: list[tuple[int, Period | None]] = []
    for start, _ in parts[1:]:
        end = text.find("\n", start)
        found.append((start, _title_period(text, (start, len(text) if end < 0 else end))))
    return found


def _valid_years(text: str, dated: str | None) -> Period | None:
    """The term of a document in force for some years (自印发之日起施行，有效期3年): from the date it names,
    else from the issue date ``dated``, to the same month that many years on."""
    found = [m for pattern in _VALID_YEARS for m in pattern.finditer(text)]
    for m in sorted(found, key=lambda m: m.start()):
        if m.group("year"):
            year, month = int(m.group("year")), int(m.group("month"))
        elif dated is not None:
            year, month = int(dated[:4]), int(dated[5:7])
        else:
            continue
        if not 1 <= month <= 12:
            continue
        years = numeral_value(m.group("years"))
        return Period(
            start=f"{year}-{month:02d}", end=f"{year + years}-{month:02d}", evidence=_ev(text, m.span())
        )
    return None


#: A five-year plan's time named as the plan's own (“十四五”时期, 十四五期间), not a title's words.
_FIVE_YEAR_TERM = re.compile(r"[“\"‘']?十([一二三四五六七八九])五[”\"’']?\s*(?:时期|期间)")


def _five_year_term(text: str, issued: int | None) -> Period | None:
    """The five years of the first “十N五”时期 (期间) the text names outside 《》: the period of a plan that
    gives no term of its own, no range and no year it works towards. A plan issued in the term (``issued``,
    its year) works from its issue to the term's end (issued in 2023: 2023—2025); one issued after the term
    names it as past, no period of its own."""
    for m in _FIVE_YEAR_TERM.finditer(text) if "五" in text else ():
        low = max(0, m.start() - 300)
        if text.rfind("《", low, m.start()) <= text.rfind("》", low, m.start()):  # outside 《》
            first = 1966 + 5 * (10 + numeral_value(m.group(1)) - 3)
            if issued is not None and issued > first + 4:
                continue
            start = max(first, issued) if issued is not None else first
            return Period(start=str(start), end=str(first + 4), evidence=_ev(text, m.span()))
    return None


@cache
def _work_year_patterns() -> tuple[re.Pattern[str], ...]:
    found = document_vocabulary().work_years
    return tuple(re.compile(p) for p in found.patterns) if found else ()


def work_year(text: str, issued: str | None) -> tuple[str, Span] | None:
    """The year an annual document's text names for its work (document_types.yaml, work_years: 到2025年底,
    2025年底前, a heading 2025年全县知识产权工作要点), the one named most (the later on a tie), and where it
    is first named; with an issue date (ISO), only its year or, issued late in a year, the next."""
    allowed: set[int] | None = None
    vocab = document_vocabulary().work_years
    if issued is not None and vocab is not None:
        year, month = int(issued[:4]), int(issued[5:7])
        allowed = {year, year + 1} if month >= vocab.ahead_from_month else {year}
    named: dict[int, list[Span]] = {}
    seen: set[int] = set()
    for pattern in _work_year_patterns():
        for m in pattern.finditer(text):
            at = m.start("year")
            year = int(text[at : at + 4])
            if at in seen or (allowed is not None and year not in allowed):
                continue
            seen.add(at)
            named.setdefault(year, []).append(m.span("year"))
    if not named:
        return None
    best = max(named, key=lambda y: (len(named[y]), y))
    return str(best), min(named[best])


def _ev(text: str, span: Span) -> Evidence:
    return Evidence(span=span, quote=text[span[0] : span[1]])


def _issue_date(text: str, first_unit: int, tables: Sequence[Span] = (), opens: int = 0) -> DateLine | None:
    """The plan's issue date: the best ranked date of its head (成文日期 before a website's 发布日期), else,
    when the head gives none or only a website's, the best ranked elsewhere (the date under the signature)
    on a line of its own before one beside names. A plan is signed before the site publishes it: a date
    after the website's (a deadline in an annexed table) is never the date it was signed. ``opens``: where
    the plan's heading stands; a signed date before it closing another document's tail is none of its own
    (``_signs_tail_before``)."""
    head = _full_dates(date_lines(text, 0, first_unit), tables) if first_unit else []
    if opens and head and head[0].at < opens:
        head = [d for d in head if not _signs_tail_before(text, d, opens)]
    chosen = min(head, key=lambda d: d.rank) if head else None
    if chosen is None or chosen.rank > 0:
        start = first_unit if head else _tail_end(text, opens)
        rest = _full_dates(date_lines(text, start, len(text)), tables)
        if chosen is not None:
            rest = [d for d in rest if d.rank < chosen.rank and d.value <= chosen.value]
        best = min(rest, key=lambda d: (d.rank, bool(d.names)), default=None)
        chosen = best or chosen
    return chosen


#: Marks closing a sentence, as the last paragraph of a document before its signature ends.
_SENTENCE_CLOSE = ("。", "！", "!")


def _signs_tail_before(text: str, line: DateLine, opens: int) -> bool:
    """``line`` dates the tail of another document printed before the plan's heading at ``opens`` (a
    gazette's page opening with the last paragraph, signature and date of the document before it): a date
    before the heading, signed (names beside it or on the line above), under a paragraph ending a
    sentence. A masthead's or a web page's record dates before a title stand under no sentence."""
    if line.at >= opens:
        return False
    line_start = text.rfind("\n", 0, line.at) + 1
    above = text[:line_start].rstrip()
    if not line.names:
        start = above.rfind("\n") + 1
        s, e = trim(text, start, len(above))
        if s >= e or _signature_record(text, s, e) is None:
            return False
        above = text[:start].rstrip()
    return above.endswith(_SENTENCE_CLOSE)


def _tail_end(text: str, opens: int) -> int:
    """Where to look for the plan's own dates from: the start of the line of the plan's heading at
    ``opens`` when the text before it closes another document (a sentence ending a paragraph, then a
    signature), else the text's start."""
    if not opens or all(text.rfind(mark, 0, opens) < 0 for mark in _SENTENCE_CLOSE):
        return 0  # the cheap test first: most heads hold no sentence before the plan's heading
    dated = date_lines(text, 0, opens)
    return opens if dated and all(_signs_tail_before(text, d, opens) for d in dated) else 0


#: Length of a date naming its day (2024-03-15); a signature may name its month alone (2024-03).
_DAY_DATE = 10


def _full_dates(lines: list[DateLine], tables: Sequence[Span]) -> list[DateLine]:
    """``lines`` with the dates naming their month alone left out, unless no date names its day and one
    month stands alone outside the ``tables``: a signature's. A table's deadline cells under their units
    (县市场监管局 ↵ 2024年12月, a table read one cell a line) write months too."""
    full = [d for d in lines if len(d.value) == _DAY_DATE]
    if full or len(lines) != 1 or any(s <= lines[0].at < e for s, e in tables):
        return full
    return lines


#: How near the end of the text a closing signature's date stands (after it only 抄送 / 印发 lines).
_CLOSING_REACH = 300


def _undated_signature(text: str, tables: Sequence[Span]) -> list[Issuer]:
    """The bodies signing the text's last line with no date (…，制定本方案。 ↵ 湄潭县人民政府): a line of body
    names alone, after a sentence's end or a blank line, in no table."""
    end = len(text.rstrip())
    start = text.rfind("\n", 0, end) + 1
    s, e = trim(text, start, end)
    if s >= e or any(a <= s < b for a, b in tables):
        return []
    before = text[:start].rstrip()
    apart = text.count("\n", len(before), start) >= 2  # a blank line above it
    if before and not apart and not before.endswith(("。", "！", "!", "；", ";")):
        return []
    return [_issuer(text, span) for span in _bodies_alone(text, s, e)]


def _signed_issuers(text: str, first_unit: int, dated: DateLine | None, opens: int = 0) -> list[Issuer]:
    """The bodies signed beside or above a date other than the issue date ``dated`` (a web page's record
    gives the issue date, 成文日期, and no issuing body; the notice before the plan, or the plan's close, is
    signed): the first signature in the cover matter before ``first_unit``, else the one closing the text,
    with a date of the plan's own rank. A signature closing another document's tail before the plan's
    heading at ``opens`` is none of the plan's."""
    lines = date_lines(text, 0, first_unit) if first_unit else []
    if opens and lines and lines[0].at < opens:
        lines = [d for d in lines if not _signs_tail_before(text, d, opens)]
    last = date_lines(text, max(first_unit, len(text) - _CLOSING_REACH), len(text))
    for line in [*lines, *last[-1:]]:
        if line.rank == 0 and len(line.value) == _DAY_DATE and (dated is None or line.at != dated.at):
            found = find_issuers(text, line.at, None, None, beside_date=line.names)
            if found:
                return found
    return []


def _published_only(text: str, issuers: list[Issuer], dated: DateLine | None, cover_end: int) -> bool:
    """Every one of ``issuers`` is a name a web page's record gives under its publisher label (发布机构),
    beside the issue date or among the header's fields."""
    spans = {i.evidence.span for i in issuers}
    if dated is not None and dated.published and spans <= set(dated.names):
        return True
    # the cheap test first: most heads give no publisher (发布机构)
    return text.find("构", 0, cover_end) >= 0 and spans <= published_names(text, cover_end)


def _lead_title(text: str, end: int) -> tuple[str, Span] | None:
    """The plan a repost's lead sentence names before ``end`` (近日，X印发《Y》（文号）), Y naming a kind of
    plan: the line of its own repeating Y below the sentence (the article's title line), else Y."""
    for s, e in lead_titles(text, end):
        title = squeeze(text[s:e])
        if document_type(title) is None:
            continue
        for a, b in _spaced(text, title, e, end):
            if _alone(text, a, b):
                return squeeze(text[a:b]), (a, b)
        return title, (s, e)
    return None


#: How many lines below an article's headline its plan's title line may stand.
_BELOW_LINES = 12


def _title_line_below(text: str, start: int, end: int) -> tuple[str, Span] | None:
    """The plan's title on a line of its own between an article's headline (ending at ``start``) and the
    plan's first unit (``end``), when the headline names no kind of plan (重磅｜…工作要点印发,
    一图读懂今年…): a line of a few words naming a kind of plan, no sentence and no 《》 (a document cited),
    the first of the first lines below. A line of fields (its date, its publisher) or a cover element is
    none."""
    for s, e in line_spans(text, start, end)[:_BELOW_LINES]:
        s, e = _unmark(text, s, e)
        if s >= e or e - s > _TITLE_MAX or "。" in text[s:e] or "《" in text[s:e]:
            continue
        line = squeeze(text[s:e])
        if document_type(line) is None or cover_element(text, s, e) or record_line(text, s, e) is not None:
            continue
        return line, (s, e)
    return None


#: A column's label opening an article's headline (【政策】…, 重磅｜…, 政策速递丨…, 图解 | …): a few words in
#: 【】 or before a bar, no part of the plan's title.
_COLUMN_LABEL = re.compile(
    r"(?:【[^【】《》\n]{1,8}】|[^\s【】《》｜丨|]{1,8}[ \t\u3000]*[｜丨|])[ \t\u3000]*"
)
_BARS = ("｜", "丨", "|")
#: What may close a headline after its words of news (…工作要点来了！).
_HEADLINE_CLOSE = "！!~～…. \t\u3000"


def _headline_title(text: str, found: tuple[str, Span]) -> tuple[str, Span]:
    """The plan's title in an article's headline ``found``: without the column label opening it (【政策】…,
    图解 | …) and, when the headline names no kind of plan, the words of news closing it (…工作要点印发,
    …方案出台！; document_types.yaml headline_news), when what is left names one; else ``found``."""
    title, (s, e) = found
    named = document_type(title) is not None
    if named and not title.startswith("【") and not any(bar in title for bar in _BARS):
        return found  # most titles: no label to look for
    m = _COLUMN_LABEL.match(text, s, e)
    start = m.end() if m is not None and m.end() < e else s
    end = e if named else _before_news(text, start, e)
    if (start, end) == (s, e) or start >= end:
        return found
    rest = squeeze(text[start:end])
    return (rest, (start, end)) if document_type(rest) is not None else found


def _before_news(text: str, start: int, end: int) -> int:
    """The end of ``text[start:end]`` before the words of news closing it (and the marks after them), or
    ``end`` when none close it."""
    close = end
    while close > start and text[close - 1] in _HEADLINE_CLOSE:
        close -= 1
    for word in document_vocabulary().headline_news:
        if close - start > len(word) and text.endswith(word, start, close):
            return trim(text, start, close - len(word))[1]
    return end


def extract_metadata(text: str, first_unit: int, tables: Sequence[Span] = ()) -> Metadata:
    """``first_unit`` is where the plan's numbered body starts: the cover matter lies before it; ``tables``
    the spans of its tables, whose cells sign nothing."""
    head_end = max(first_unit, min(len(text), 3000)) if first_unit else min(len(text), 3000)
    found = find_title(text, head_end, first_unit)
    if found is None or document_type(found[0]) is None:  # a repost's headline: the plan its lead names,
        # else the plan's own title line under the headline and its lead
        found = (
            _lead_title(text, first_unit or head_end)
            or _title_line_below(text, found[1][1] if found else 0, first_unit or head_end)
            or found
        )
    if found is not None:
        found = _headline_title(text, found)
    title, title_span = found if found else (None, None)
    named, named_span = title, title_span
    if title is not None and title_span is not None:
        title, title_span = with_term(text, title, title_span, head_end)
    kind = document_type(title)
    number = find_doc_number(text, head_end)
    # a repost's lead sentence (X印发《…》（文号），全文如下): the number and issuers it names for the plan
    lead = repost_lead(text, first_unit or head_end, title)
    number = number or (lead.number if lead else None) or record_number(text, head_end, len(text))
    opens = text.rfind("\n", 0, named_span[0]) + 1 if named_span else 0
    date_line = _issue_date(text, first_unit, tables, opens)
    date, date_span, date_at, beside = date_line[:4] if date_line else (None, None, None, [])
    cover_end = named_span[0] if named_span else first_unit or min(len(text), 3000)
    cover = find_masthead(text, cover_end)
    if cover and opens and (tail := _tail_end(text, opens)):
        cover = [span for span in cover if span[0] >= tail]  # a signature closing another document's tail
    annual = kind is not None and kind.annual
    issued = (date, date_span) if annual and date and date_span else None
    issuers = find_issuers(
        text,
        date_at,
        named,
        named_span,
        beside_date=beside,
        masthead=cover,
        notice=notice_issuer(text, head_end) if "印发" in text else None,
    )
    if issuers and _published_only(text, issuers, date_line, cover_end):
        # the page's publisher (发布机构：XX): the plan's own signature, if any, names its issuer
        issuers = _signed_issuers(text, first_unit, date_line, opens) or issuers
    return Metadata(
        title=title,
        title_span=title_span,
        doc_type=kind.zh if kind else None,
        doc_type_id=kind.id if kind else None,
        doc_number=number[0] if number else None,
        doc_number_span=number[1] if number else None,
        issuers=issuers
        or [_issuer(text, span) for span in (lead.issuers if lead else [])]
        or _signed_issuers(text, first_unit, date_line, opens)
        or _undated_signature(text, tables),
        date=date,
        date_span=date_span,
        period=find_period(text, title, title_span, issued, annual=annual, dated=date),
    )
