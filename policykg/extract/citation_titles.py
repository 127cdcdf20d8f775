"""The titles a plan cites: where its 《…》 marks open and close, the issuer written before or at the head of
a title, whether a title is the plan's own, and which earlier citation a short title (《纲要》) names."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING

from ontology.vocab import citation_vocabulary
from policykg.extract.citation_rules import CUE_WINDOW, before_issuer_tail, citation_rules
from policykg.extract.regions import region_index
from policykg.extract.textspan import Span, find_all, squeeze

if TYPE_CHECKING:
    from policykg.extract.citations import CitationDraft

#: A title this similar to the plan's own title is the plan itself.
SIMILAR = 0.85
_MAX_TITLE = 200  # characters between 《 and 》
_ISSUER_RUN = 24  # characters looked at before 《 for an issuer
_LOOK_BACK = 64  # distinct earlier titles a short title (《纲要》) may name
_MARKS = re.compile(r"[《》]|\n[^\S\n]*\n")
_TRAILING_BRACKET = re.compile(r"\([^()]*\)$")
_CJK = re.compile(r"[\u4e00-\u9fa5]")


def title_marks(text: str) -> Iterator[Span]:
    """(offset of 《, one past 》) of every outermost title, tolerating unbalanced and nested marks.

    An opener left open for more than ``_MAX_TITLE`` characters or across a blank line is dropped;
    titles closed inside it then stand on their own.
    """
    stack: list[int] = []
    inner: list[Span] = []  # closed inside a still-open opener, in closing order

    def abandon() -> Iterator[Span]:
        kept: list[Span] = []
        for group in inner:  # a later-closed group contains the earlier ones it starts before
            while kept and kept[-1][0] > group[0]:
                kept.pop()
            kept.append(group)
        stack.clear()
        inner.clear()
        return iter(kept)

    pos = 0
    while True:
        if not stack:  # a closer or a blank line changes nothing while no title is open: on to the next 《
            at = text.find("《", pos)
            if at < 0:
                break
            stack.append(at)
            pos = at + 1
            continue
        m = _MARKS.search(text, pos)
        if m is None:
            break
        mark, at, pos = m.group(), m.start(), m.end()
        if mark == "《":
            if stack and at - stack[0] > _MAX_TITLE:
                yield from abandon()
            stack.append(at)
        elif mark == "》" and stack:
            group = (stack.pop(), at + 1)
            if stack:
                inner.append(group)
            else:
                inner.clear()
                if group[1] - group[0] <= _MAX_TITLE + 2:
                    yield group
        elif mark != "》":
            yield from abandon()
    yield from abandon()


def all_title_marks(text: str) -> list[Span]:
    """The 《…》 titles (``title_marks``) and the titles written in quote marks instead (``quoted_titles``)
    outside them, in text order."""
    marked = list(title_marks(text))
    quoted = quoted_titles(text)
    if not quoted:
        return marked
    starts = [s for s, _ in marked]
    kept = []
    for span in quoted:
        i = bisect_right(starts, span[0]) - 1
        if i < 0 or marked[i][1] <= span[0]:  # not inside a 《…》 title
            kept.append(span)
    return sorted(marked + kept)


def quoted_titles(text: str) -> list[Span]:
    """(offset of the opening mark, one past the closing one) of every title written in quote marks
    (依据「…办法」, 按照“…实施意见”): its words end as a document's title does, and a citing or publishing
    cue ends right before it or before the issuer written there. Each search for a closing mark is bounded
    by the longest title."""
    rules = citation_vocabulary().quoted_titles
    if rules is None:
        return []
    found: list[Span] = []
    for pair in rules.marks:
        opening, closing = pair[0], pair[1]
        pos = text.find(opening)
        while pos >= 0:
            close = text.find(closing, pos + 1, pos + rules.max_length + 2)
            if close > pos and _quoted_title(text, pos, close, rules.min_length):
                found.append((pos, close + 1))
            # one mark both opening and closing ("…"): the marks pair in turn, a closing one opens nothing,
            # however far it stands (a quote longer than any title)
            if opening == closing and close < 0:
                close = text.find(closing, pos + 1)
            pos = text.find(opening, close + 1 if opening == closing and close > pos else pos + 1)
    aliases = _quoted_aliases(text, rules.marks)
    return sorted(set(found) | aliases) if aliases else sorted(found)


def _quoted_aliases(text: str, marks: tuple[str, ...]) -> set[Span]:
    """Short titles a 简称 cue gives in quote marks (…规划》（赣府发〔2021〕25号，以下简称“省规划”）), however
    short and whatever their last words, and each later mention of the same words in the same marks: each
    names the document the cue was written after (``resolve_short_titles``)."""
    if "简称" not in text:
        return set()
    short = citation_vocabulary().short_titles
    cue = citation_rules().short_cue
    found: set[Span] = set()
    for pair in marks:
        opening, closing = pair[0], pair[1]
        at = text.find("简称")
        while at >= 0:
            pos = text.find(opening, at + 2, at + 2 + CUE_WINDOW)
            close = text.find(closing, pos + 1, pos + short.max_length + 2) if pos >= 0 else -1
            words = text[pos + 1 : close] if close > pos else ""
            if (
                short.min_length <= len(words)
                and cue.search(text, at, pos + 1)
                # （以下简称“《强国纲要》”）: the title marks inside are the short title's
                and not any(ch in words for ch in "\n《》「」“”『』")
                and _after_a_title(text, at)
            ):
                quoted = f"{opening}{words}{closing}"
                found.add((pos, close + 1))
                found.update((m, m + len(quoted)) for m in find_all(text, quoted, close + 1))
            at = text.find("简称", at + 2)
    return found


#: Most characters between a title's close (》, its number's 号) and the 简称 giving its short title.
_ALIAS_GAP = 40


def _after_a_title(text: str, at: int) -> bool:
    """The 简称 at ``at`` follows a title's close or its number in its sentence (…》（以下简称,
    …25号，以下简称): it names a document, not a practice (（以下简称“双随机”）)."""
    low = max(0, at - _ALIAS_GAP)
    close = max(text.rfind("》", low, at), text.rfind("号", low, at))
    return close >= 0 and not any(stop in text[close:at] for stop in "。；;\n")


#: Marks no title in quote marks holds.
_QUOTES = '《》「」“”『』"'


def _quoted_title(text: str, mark: int, close: int, min_length: int) -> bool:
    words = squeeze(text[mark + 1 : close])
    rules = citation_rules()
    if len(words) < min_length or "\n\n" in text[mark:close] or any(ch in words for ch in _QUOTES):
        return False
    if not rules.quoted_end.search(words):
        return False
    issuer = issuer_before_mark(text, mark)
    cue_end = mark if issuer is None else issuer
    return rules.quoted_cue.search(text, max(0, cue_end - CUE_WINDOW), cue_end) is not None


def issuer_span_before_mark(text: str, mark: int) -> Span | None:
    """The issuer written before the 《 at ``mark``: right before it (国务院《…》), or before words saying it
    issued the title (citations.yaml issuer_verbs: 国务院印发的《…》); a lead body's name closed by the
    words naming the others (国家知识产权局等十七部门印发的《…》: issuer_tail) is the issuer, those words
    left out."""
    end = before_issuer_tail(text, mark)
    start = issuer_before_mark(text, end)
    if start is not None:
        return start, end
    for verb in citation_vocabulary().issuer_verbs:
        end = mark - len(verb)
        if end > 0 and text.startswith(verb, end):
            end = before_issuer_tail(text, end)
            start = issuer_before_mark(text, end)
            return None if start is None else (start, end)
    return None


def hedging_body(text: str, mark: int) -> Span | None:
    """The body that issued the title at ``mark`` when a publish cue before it follows a higher body's
    name (citations.yaml publish_hedges: 省政府印发《…》, 贯彻落实省政府印发《…》, 国家知识产权局
    发布《…》): that body, its lead-in verb left out; None when the words before the cue name no body
    (推动出台《…》)."""
    rules = citation_rules()
    cue = rules.publish_before.search(text, max(0, mark - CUE_WINDOW), mark)
    if cue is None:
        return None
    end = before_issuer_tail(text, cue.start())  # 国家知识产权局等17部门印发《…》: the lead body's name
    hedge = rules.publish_hedge.search(text, max(0, end - CUE_WINDOW), end)
    if hedge is None:
        return None
    while end > hedge.start() and text[end - 1] in " \t\u3000":
        end -= 1
    while (inner := rules.publish_before.search(text, hedge.start() + 1, end)) is not None:
        end = inner.start()  # 省政府制定出台《…》: the body before the first cue
    start = issuer_before_mark(text, end)
    # issuers listed before the one the hedge names (中共中央、国务院印发, 中共中央 国务院印发): all of them
    if start is not None and (
        start >= hedge.start() or any(s in text[start:end] for s in _ISSUER_SEPARATORS)
    ):
        return start, end
    lead = rules.lead_in.match(text, hedge.start(), end)
    start = lead.end() if lead else hedge.start()
    return (start, end) if start < end and rules.issuer.fullmatch(text, start, end) else None


def issuer_before_mark(text: str, mark: int) -> int | None:
    """Where an issuer written directly before the 《 at ``mark`` starts (国务院《…》), if there is one; a
    body's second name in brackets after its first is the issuer's (河北省市场监督管理局（知识产权局）
    《…》)."""
    second = _second_name_before(text, mark)
    if second is not None:
        return issuer_before_mark(text, second)
    start = mark
    while start > max(0, mark - _ISSUER_RUN) and _CJK.match(text, start - 1):
        start -= 1
    rules = citation_rules()
    lead = rules.lead_in.match(text, start, mark)
    if lead:
        start = _after_words(text, lead.end(), mark)
    elif start > 0 and _CJK.match(text, start - 1):
        return None  # the run goes on further back: no boundary, no issuer
    else:
        start = _after_joiner(text, start, mark)
    if not (start < mark and (rules.issuer.fullmatch(text, start, mark) or _place_alone(text, start, mark))):
        return None
    return _joint_issuers(text, start)


#: Most characters of a body's second name in brackets (（知识产权局）, （省知识产权局办公室）).
_SECOND_NAME = 12


def _second_name_before(text: str, end: int) -> int | None:
    """Where the bracket opens of a body's second name ending at ``end`` (…管理局（知识产权局）), if one
    does."""
    if end < 4 or text[end - 1] not in "）)":
        return None
    opening = max(
        text.rfind("（", max(0, end - _SECOND_NAME - 2), end),
        text.rfind("(", max(0, end - _SECOND_NAME - 2), end),
    )
    if opening <= 0 or not citation_rules().issuer.fullmatch(text, opening + 1, end - 1):
        return None
    return opening


def _place_alone(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a place's name and nothing else (落实昌吉州《…》, 湖南省《…》): the place issued
    the title, as its government or its people's congress did."""
    hit = region_index().match_at(text, start, end, allow_short=True)
    return hit is not None and hit.span[1] == end


def _after_words(text: str, start: int, end: int) -> int:
    """Where the issuer starts in the run ``text[start:end]`` after a lead-in verb: after the last break word
    (citations.yaml issuer_heads) ending words that are no issuer and opening a body's name; else
    ``start``."""
    vocab = citation_vocabulary()
    rules = citation_rules()
    found = start
    for m in rules.number_breaks.finditer(text, start, end):
        after = m.end()
        if (
            after < end
            and any(text.startswith(head, after, end) for head in vocab.issuer_heads)
            and rules.issuer.fullmatch(text, after, end)
            and not rules.issuer.fullmatch(text, found, m.start())
        ):
            found = after
    return found


#: What closes a citation before a joiner (《A》和国务院《B》, （国发〔2021〕20号）和省委《C》).
_CITATION_CLOSERS = "》）)〕]】号"
#: What closes a clause before a joiner going on with the list (…精神，以及市委办公室、市政府办公室
#: 印发的《…》).
_CLAUSE_CLOSERS = "，,；;"


def _after_joiner(text: str, start: int, end: int) -> int:
    """Where an issuer starts in the run ``text[start:end]`` that follows the close of another citation or
    of a clause: after a joining word opening it (和省委、省政府《…》 → 省委; ，以及市委办公室《…》 →
    市委办公室), when what is left is an issuer's name; after a clause's close the joiner must not open a
    place's name (，和县人民政府《…》 is 和县's)."""
    close = start
    while close > max(0, start - 4) and text[close - 1] in " \t\u3000\n":
        close -= 1  # a line's wrap after the close (，↵以及…), a few characters at most
    if close == 0 or text[close - 1] not in _CITATION_CLOSERS + _CLAUSE_CLOSERS:
        return start
    if text[close - 1] in _CLAUSE_CLOSERS and _opens_place(text, start, end):
        return start
    for joiner in citation_vocabulary().issuer_joiners:
        after = start + len(joiner)
        if text.startswith(joiner, start) and (
            citation_rules().issuer.fullmatch(text, after, end) or _place_alone(text, after, end)
        ):
            return after
    return start


def _opens_place(text: str, start: int, end: int) -> bool:
    return region_index().match_at(text, start, end, allow_short=True) is not None


#: What lists issuers before a title: 、, or a joint signature's space (中共中央办公厅 国务院办公厅《…》).
_ISSUER_SEPARATORS = "、 \u3000"


def _joint_issuers(text: str, start: int) -> int:
    """Where issuers listed with 、 (or a space) before the one at ``start`` begin (县委、县政府《…》,
    中共中央办公厅 国务院办公厅《…》): each an issuer whole, the first after a boundary or a lead-in."""
    rules = citation_rules()
    while start > 1 and text[start - 1] in _ISSUER_SEPARATORS:
        end = start - 1
        if text[end] != "、":
            while end > 0 and text[end - 1] in " \u3000":
                end -= 1  # a space may be written twice
        at = end
        while at > max(0, end - _ISSUER_RUN) and _CJK.match(text, at - 1):
            at -= 1
        lead = rules.lead_in.match(text, at, end)
        if lead:
            at = _after_words(text, lead.end(), end)
        elif at > 0 and _CJK.match(text, at - 1):
            break
        else:
            at = _after_joiner(text, at, end)
        if not (at < end and rules.issuer.fullmatch(text, at, end)):
            break
        start = at
    return start


def title_issuer(title: str) -> str | None:
    """The issuer written at the head of a title: 国家知识产权局 of 国家知识产权局关于…的通知, 中共中央、
    国务院 of 中共中央、国务院关于…的意见 (the part before the first 关于, when it is issuers' names
    whole)."""
    rules = citation_rules()
    ends = [at for word in rules.title_issuer_before if (at := title.find(word)) > 0]
    at = min(ends, default=-1)
    return title[:at] if at > 0 and rules.issuers.fullmatch(title, 0, at) else None


#: A space between two bodies' names at a title's head (《国家知识产权局 司法部关于…》): they are two issuers.
_ISSUER_SPACE = re.compile(r"(?<=[\u4e00-\u9fa5])[ \t\u3000]+(?=[\u4e00-\u9fa5])")


def written_title_issuer(written: str) -> str | None:
    """``title_issuer`` of a title as written between its marks, bodies set apart by spaces at its head
    joined as a list (《国家知识产权局 司法部关于…》: 国家知识产权局、司法部)."""
    head = written.strip()
    if " " in head or "\u3000" in head or "\t" in head:
        head = _ISSUER_SPACE.sub("、", head)
    return title_issuer(squeeze(head))


def written_title(written: str) -> str:
    """A title as written between its marks, white space taken out but for a space between the bodies at
    its head that issue it jointly (国家知识产权局 中国人民银行 国家金融监督管理总局关于…:
    ``written_title_issuer``), which the official title sets apart so."""
    title = squeeze(written)
    issuers = written_title_issuer(written)
    if issuers is None or "、" not in issuers or "、" in written:
        return title
    return " ".join(issuers.split("、")) + title[len(issuers) - issuers.count("、") :]


#: A notice forwarding a document: its title opens with 转发, after the issuer's 关于 or not.
_FORWARDING = re.compile(r"(?:^|关于)转发")


def same_document(title: str, own: str) -> bool:
    """The plan's own title, perhaps worded a little differently (…人民政府关于 prefixed, 创建 dropped, its
    term in brackets left out)."""
    if title == own:
        return True
    if (_FORWARDING.search(title) is None) != (_FORWARDING.search(own) is None):
        return False  # a notice forwarding a plan (关于转发X的通知) is another document than X
    core, own_core = title_core(title), title_core(own)
    if core == own_core and (core == title or own_core == own):
        return True  # one of the two leaves out the term in brackets the other states
    for a, b in ((title, own), (title.rpartition("关于")[2], own.rpartition("关于")[2])):
        if not a or not b or 2.0 * min(len(a), len(b)) / (len(a) + len(b)) < SIMILAR:
            continue  # the lengths alone rule it out (SequenceMatcher.real_quick_ratio, without building it)
        # the characters both hold: SequenceMatcher.quick_ratio, without building the matcher
        shared = (Counter(a) & Counter(b)).total()
        if (
            2.0 * shared / (len(a) + len(b)) >= SIMILAR
            and SequenceMatcher(None, a, b, autojunk=False).ratio() >= SIMILAR
        ):
            return True
    return False


@lru_cache(maxsize=4096)
def title_core(normalised: str) -> str:
    """A normalised title without its trailing bracket (…方案(2021-2025年) → …方案). Kept: a plan's own
    title and the titles it cites are compared again and again."""
    return _TRAILING_BRACKET.sub("", normalised) or normalised


def _abbreviates(short: str, full: str) -> bool:
    """``short`` names ``full`` in brief: a suffix of it (纲要, 实施意见), or its characters in order with
    the same ending (强国纲要 for 知识产权强国建设纲要); both normalised, trailing brackets ignored."""
    rules = citation_vocabulary().short_titles
    short, full = title_core(short), title_core(full)
    if not rules.min_length <= len(short) <= rules.max_length or len(short) >= len(full):
        return False
    if full.endswith(short):
        return True
    if short[-rules.tail :] != full[-rules.tail :]:
        return False
    chars = iter(full)
    return all(ch in chars for ch in short)


_Earlier = tuple[str, "CitationDraft | None"]  # (normalised title, its draft; None for the plan itself)


def resolve_short_titles(
    text: str, titles: list[tuple[Span, CitationDraft | None, str]], own: str | None
) -> list[CitationDraft | None]:
    """A short title (《纲要》) naming a document cited before it is that document: the one right before a
    简称 cue, else the one such a cue defined it for earlier, else the most recently cited title it
    abbreviates (of the last ``_LOOK_BACK`` distinct ones), else the plan's own title (本《方案》), in which
    case it is left out (None)."""
    recent: dict[str, CitationDraft] = {}  # distinct earlier titles, least recently cited first
    previous: _Earlier | None = (own, None) if own else None
    # the plan's own title, and as the text writes it (《X》 in a 政策解读 titled 《X》政策解读): a brief
    # title (《方案》) may name it
    owns: dict[str, None] = {own: None} if own else {}
    # the short titles a 简称 cue defined (以下简称《规划》), each for the rest of the text: a later
    # 《规划》 is the document it was defined for, however far back and whatever its title (a notice's)
    defined: dict[str, _Earlier] = {}
    resolved: list[CitationDraft | None] = []
    for (mark, _), draft, normalised in titles:
        target: _Earlier | None = None
        if draft is not None and draft.doc_number is None and previous is not None:
            if citation_rules().short_cue.search(text, max(0, mark - CUE_WINDOW), mark):
                target = defined[normalised] = previous
            elif normalised in defined:
                target = defined[normalised]
            else:
                window = islice(reversed(recent.items()), _LOOK_BACK)
                target = next((e for e in window if _abbreviates(normalised, e[0])), None)
                if target is None and any(_abbreviates(normalised, o) for o in owns):
                    target = (own or normalised, None)
        if target is None:
            previous = (normalised, draft)
            if draft is None and len(owns) < _LOOK_BACK:
                owns[normalised] = None
            if draft is not None:
                recent.pop(normalised, None)
                recent[normalised] = draft
            resolved.append(draft)
            continue
        full = target[1]
        previous = target
        if full is None or draft is None:
            resolved.append(None)
            continue
        recent[target[0]] = recent.pop(target[0], full)
        resolved.append(
            replace(
                draft,
                title=full.title,
                normalised_title=full.normalised_title,
                doc_number=full.doc_number,
                kind=full.kind,
                issuer=draft.issuer or full.issuer,
                key=full.key,
            )
        )
    return resolved
