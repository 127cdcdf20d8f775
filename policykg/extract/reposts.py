"""A repost's lead sentence naming the plan it carries (a WeChat article, a 政务新媒体 or 澎湃号 post):
近日，保定市人民政府办公室印发《保定市知识产权强市建设实施方案（2024—2026年）》（保政办字〔2024〕12号），全文如下：

When the title it names after a publishing verb (citations.yaml publish_before: 印发, 发布, 出台 …) is the
plan's own, the number in brackets right after it is the plan's number and the bodies before the verb
(one, or several joined by 、 before 联合印发) its issuers. A sentence citing another document names
another title, and one whose subject is no body's name (我市印发《…》) gives no issuer.

The sentence also names the plan when the article's headline does not (政策速递丨…工作要点出炉, 九寨沟县印发
《…》): a title after a publishing verb, its number in brackets right after it or the sentence opening with a
word of news time (近日，日前), is the title the lead gives (``lead_titles``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from policykg.extract.citation_rules import CUE_WINDOW, citation_rules
from policykg.extract.citation_titles import same_document
from policykg.extract.header_lines import body_name, doc_numbers, normalise_doc_number
from policykg.extract.textspan import Span, squeeze, trim


class RepostLead(NamedTuple):
    """The plan's number (normalised, and its span) and its issuers' spans, as a lead sentence names them."""

    number: tuple[str, Span] | None
    issuers: list[Span]


#: What opens the subject of the lead sentence: a sentence's or a clause's end, or a line's.
_SUBJECT_STARTS = "，,。；;：:！!\n"
#: Words of time or manner between the subject and the verb (保定市人民政府办公室近日印发, …联合印发).
_BEFORE_VERB = ("近日", "日前", "正式", "联合", "已")
#: Words of news time opening a repost's lead sentence (近日，…印发《…》; 日前，…).
_NEWS_OPENINGS = ("近日", "日前", "近期", "最近")
#: What ends the sentence before a lead sentence (or the line before it).
_SENTENCE_STARTS = "。！!？?\n"
#: How far after the closing 》 the number's bracket may open (white space only between).
_NUMBER_REACH = 40


def repost_lead(text: str, end: int, title: str | None) -> RepostLead | None:
    """The number and issuers the first lead sentence before ``end`` names for the plan ``title``: a
    publishing verb, then 《title》 (the plan's own, as ``same_document`` reads it), then its number in
    brackets. None when no such sentence stands there, or none names either."""
    if not title or "《" not in text[:end]:
        return None
    own = squeeze(title)
    cue = citation_rules().publish_before
    mark = text.find("《", 0, end)
    while mark >= 0:
        close = text.find("》", mark + 1, end)
        if close < 0:
            return None
        verb = cue.search(text, max(0, mark - CUE_WINDOW), mark)
        if verb is not None and same_document(squeeze(text[mark + 1 : close]), own):
            lead = RepostLead(_number_after(text, close + 1, end), _subject(text, verb.start()))
            if lead.number or lead.issuers:  # a headline (重磅！保定市印发《…》) names neither
                return lead
        mark = text.find("《", close + 1, end)
    return None


def lead_titles(text: str, end: int) -> Iterator[Span]:
    """The titles (inside their 《》) that lead sentences before ``end`` say were published: a publishing verb
    before 《title》, then the number in brackets, or the sentence opening with a word of news time (近日，
    X印发《…》). A headline (九寨沟县印发《…》) or a sentence citing a document (根据省政府印发《…》) is
    neither."""
    cue = citation_rules().publish_before
    mark = text.find("《", 0, end)
    while mark >= 0:
        close = text.find("》", mark + 1, end)
        if close < 0:
            return
        if cue.search(text, max(0, mark - CUE_WINDOW), mark) is not None and (
            _number_after(text, close + 1, end) is not None or _news_opening(text, mark)
        ):
            yield mark + 1, close
        mark = text.find("《", close + 1, end)


def _news_opening(text: str, pos: int) -> bool:
    """The sentence holding ``pos`` opens with a word of news time (近日，…)."""
    start = trim(text, max(text.rfind(ch, 0, pos) for ch in _SENTENCE_STARTS) + 1, pos)[0]
    return text.startswith(_NEWS_OPENINGS, start)


def _number_after(text: str, start: int, end: int) -> tuple[str, Span] | None:
    """The document number in the bracket opening right after ``start`` (》（保政办字〔2024〕12号）)."""
    found = next(doc_numbers(text, start, min(end, start + _NUMBER_REACH)), None)
    if found is None or squeeze(text[start : found.start()]) not in ("（", "("):
        return None
    number = normalise_doc_number(found.group(1), found.group(2), found.group(3))
    return number, (found.start(), found.end())


def _subject(text: str, verb: int) -> list[Span]:
    """The bodies naming the sentence's subject before the verb at ``verb``: each piece between 、 a body's
    name as signed, else none."""
    start = max(text.rfind(ch, 0, verb) for ch in _SUBJECT_STARTS) + 1
    s, e = trim(text, start, verb)
    trimmed = True
    while trimmed:
        trimmed = False
        for word in _BEFORE_VERB:
            if e - s > len(word) and text.endswith(word, s, e):
                s, e = trim(text, s, e - len(word))
                trimmed = True
    pieces: list[Span] = []
    at = s
    while at < e:
        cut = text.find("、", at, e)
        piece = trim(text, at, e if cut < 0 else cut)
        if piece[0] >= piece[1] or not body_name(text[piece[0] : piece[1]]):
            return []
        pieces.append(piece)
        at = e if cut < 0 else cut + 1
    return pieces
