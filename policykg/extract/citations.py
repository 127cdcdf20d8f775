"""Cited documents: every 《title》, document number and GB standard the plan names, with its kind
and whether the plan cites it or will publish it. The rules live in ``ontology/data/citations.yaml``.

One pass over the title marks, one over the numbers; every look-around is bounded, so the stage is
linear in the length of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import cache
from itertools import islice

from ontology.vocab import citation_vocabulary
from policykg.extract.metadata import DOC_NUMBER, MAX_RECORD_LINE, normalise_doc_number, record_line
from policykg.extract.textspan import WHITESPACE, Span, squeeze

#: A title this similar to the plan's own title is the plan itself.
SIMILAR = 0.85
_MAX_TITLE = 200  # characters between 《 and 》
_ISSUER_RUN = 24  # characters looked at before 《 for an issuer
_CUE_WINDOW = 16  # characters looked at around a citation for a publish cue
_LOOK_BACK = 64  # distinct earlier titles a short title (《纲要》) may name
_MARKS = re.compile(r"[《》]|\n[^\S\n]*\n")
_GB = re.compile(
    r"(?<![A-Za-z])GB\s*(?:[/／]\s*([TZ]))?\s*(\d{3,6}(?:\.\d{1,3})?)"
    r"(?:\s*[-—–－]\s*((?:19|20)\d{2}))?(?![\d.])"
)
_DASHES = re.compile(r"[—–－―‐-]+")
_TITLE_TABLE = str.maketrans({"（": "(", "）": ")", "［": "[", "］": "]"} | dict.fromkeys("“”\"'‘’「」『』"))
_TRAILING_BRACKET = re.compile(r"\([^()]*\)$")
_CJK = re.compile(r"[\u4e00-\u9fa5]")
_JOINERS = ("", "、", "和", "及", "与", "以及")


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


@dataclass(frozen=True)
class _Rules:
    classes: tuple[tuple[str, re.Pattern[str]], ...]
    publish_before: re.Pattern[str]
    publish_after: re.Pattern[str]
    issuer: re.Pattern[str]
    title_issuer_before: tuple[str, ...]
    short_cue: re.Pattern[str]
    lead_in: re.Pattern[str]


def _any(patterns: tuple[str, ...]) -> str:
    return "|".join(f"(?:{p})" for p in patterns) or "(?!)"


@cache
def _rules() -> _Rules:
    vocab = citation_vocabulary()
    lead_ins = "|".join(re.escape(w) for w in sorted(vocab.lead_ins, key=len, reverse=True)) or "(?!)"
    return _Rules(
        classes=tuple((c.id, re.compile(_any(c.patterns))) for c in vocab.classes),
        publish_before=re.compile(rf"(?:{_any(vocab.publish_before)})[^\S\n]*$"),
        publish_after=re.compile(rf"[^\S\n]*(?:{_any(vocab.publish_after)})"),
        issuer=re.compile(vocab.issuer),
        title_issuer_before=vocab.title_issuer_before,
        short_cue=re.compile(rf"(?:{_any(vocab.short_titles.cues)})[^\S\n]*[“\"「]?[^\S\n]*$"),
        lead_in=re.compile(rf".*?(?:{lead_ins})+"),
    )


def normalise_title(title: str) -> str:
    """The identity form of a title: no white space or quote marks, one kind of dash and bracket."""
    return _DASHES.sub("-", squeeze(title).translate(_TITLE_TABLE))


def classify(normalised: str) -> str:
    core = _TRAILING_BRACKET.sub("", normalised) or normalised
    return next((kind for kind, pattern in _rules().classes if pattern.search(core)), "unknown")


def _gb_number(m: re.Match[str]) -> str:
    series = f"GB/{m.group(1)}" if m.group(1) else "GB"
    return f"{series} {m.group(2)}" + (f"-{m.group(3)}" if m.group(3) else "")


def _doc_number(text: str, m: re.Match[str]) -> tuple[int, str] | None:
    """(start, normalised number) of a DOC_NUMBER match, its issuer taken after any lead-in verb."""
    issuer_start = m.start(1)
    lead = _rules().lead_in.match(text, issuer_start, m.end(1))
    if lead:
        issuer_start = lead.end()
    issuer = text[issuer_start : m.end(1)]
    if not issuer or issuer[-1] in "年月日":  # a date, not an issuer
        return None
    return issuer_start, normalise_doc_number(issuer, m.group(2), m.group(3))


def _number_at(text: str, pos: int) -> tuple[int, str] | None:
    """(end, normalised number) of a document number or GB standard starting exactly at ``pos``."""
    m = DOC_NUMBER.match(text, pos)
    if m:
        found = _doc_number(text, m)
        return (m.end(), found[1]) if found and found[0] == pos else None
    gb = _GB.match(text, pos)
    return (gb.end(), _gb_number(gb)) if gb else None


def _loose_numbers(text: str) -> list[tuple[int, int, str]]:
    """Every document number and GB standard in the text: (start, end, normalised), in order."""
    found = [(gb.start(), gb.end(), _gb_number(gb)) for gb in _GB.finditer(text)]
    for m in DOC_NUMBER.finditer(text):
        number = _doc_number(text, m)
        if number:
            found.append((number[0], m.end(), number[1]))
    return sorted(found)


def normalise_number(number: str) -> str:
    squeezed = squeeze(number)
    m = DOC_NUMBER.fullmatch(squeezed)
    if m:
        return normalise_doc_number(m.group(1), m.group(2), m.group(3))
    gb = _GB.fullmatch(number.strip(WHITESPACE))
    return _gb_number(gb) if gb else squeezed


def _title_marks(text: str) -> Iterator[Span]:
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

    for m in _MARKS.finditer(text):
        mark, at = m.group(), m.start()
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


def _issuer_start(text: str, mark: int) -> int | None:
    """Where an issuer written directly before the 《 at ``mark`` starts (国务院《…》), if there is one."""
    start = mark
    while start > max(0, mark - _ISSUER_RUN) and _CJK.match(text, start - 1):
        start -= 1
    rules = _rules()
    lead = rules.lead_in.match(text, start, mark)
    if lead:
        start = lead.end()
    elif start > 0 and _CJK.match(text, start - 1):
        return None  # the run goes on further back: no boundary, no issuer
    return start if start < mark and rules.issuer.fullmatch(text, start, mark) else None


def _title_issuer(title: str) -> str | None:
    """The issuer written at the head of a title: 国家知识产权局 of 国家知识产权局关于…的通知 (the part before
    the first 关于, when it is an issuer's name whole)."""
    rules = _rules()
    ends = [at for word in rules.title_issuer_before if (at := title.find(word)) > 0]
    at = min(ends, default=-1)
    return title[:at] if at > 0 and rules.issuer.fullmatch(title, 0, at) else None


def _same_document(title: str, own: str) -> bool:
    """The plan's own title, perhaps worded a little differently (…人民政府关于 prefixed, 创建 dropped)."""
    if title == own:
        return True
    for a, b in ((title, own), (title.rpartition("关于")[2], own.rpartition("关于")[2])):
        matcher = SequenceMatcher(None, a, b, autojunk=False)
        if a and b and matcher.quick_ratio() >= SIMILAR and matcher.ratio() >= SIMILAR:
            return True
    return False


def _publishes(text: str, start: int, after: int) -> bool:
    rules = _rules()
    return bool(
        rules.publish_before.search(text, max(0, start - _CUE_WINDOW), start)
        or rules.publish_after.match(text, after, after + _CUE_WINDOW)
    )


def _draft(
    text: str, span: Span, title: str | None, number: str | None, issuer: str | None, after: int
) -> CitationDraft:
    normalised = normalise_title(title) if title is not None else None
    if number and number.startswith("GB"):
        kind = "standard"
    else:
        kind = classify(normalised) if normalised else "unknown"
    return CitationDraft(
        title=title,
        normalised_title=normalised,
        doc_number=number,
        kind=kind,
        relation="publishes" if _publishes(text, span[0], after) else "cites",
        issuer=issuer,
        span=span,
        quote=text[span[0] : span[1]],
        key=f"doc:{number}" if number else f"title:{normalised}",
    )


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


def _core(normalised: str) -> str:
    return _TRAILING_BRACKET.sub("", normalised) or normalised


def _abbreviates(short: str, full: str) -> bool:
    """``short`` names ``full`` in brief: a suffix of it (纲要, 实施意见), or its characters in order with
    the same ending (强国纲要 for 知识产权强国建设纲要); both normalised, trailing brackets ignored."""
    rules = citation_vocabulary().short_titles
    short, full = _core(short), _core(full)
    if not rules.min_length <= len(short) <= rules.max_length or len(short) >= len(full):
        return False
    if full.endswith(short):
        return True
    if short[-rules.tail :] != full[-rules.tail :]:
        return False
    chars = iter(full)
    return all(ch in chars for ch in short)


_Earlier = tuple[str, "CitationDraft | None"]  # (normalised title, its draft; None for the plan itself)


def _resolve_short_titles(
    text: str, titles: list[tuple[Span, CitationDraft | None, str]], own: str | None
) -> list[CitationDraft | None]:
    """A short title (《纲要》) naming a document cited before it is that document: the one right before a
    简称 cue, else the most recently cited title it abbreviates (of the last ``_LOOK_BACK`` distinct ones),
    else the plan's own title (本《方案》), in which case it is left out (None)."""
    recent: dict[str, CitationDraft] = {}  # distinct earlier titles, least recently cited first
    previous: _Earlier | None = (own, None) if own else None
    resolved: list[CitationDraft | None] = []
    for (mark, _), draft, normalised in titles:
        target: _Earlier | None = None
        if draft is not None and draft.doc_number is None and previous is not None:
            if _rules().short_cue.search(text, max(0, mark - _CUE_WINDOW), mark):
                target = previous
            else:
                window = islice(reversed(recent.items()), _LOOK_BACK)
                target = next((e for e in window if _abbreviates(normalised, e[0])), None)
                if target is None and own and _abbreviates(normalised, own):
                    target = (own, None)
        if target is None:
            previous = (normalised, draft)
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


def find_citations(text: str, *, own_title: str | None, own_number: str | None) -> list[CitationDraft]:
    """Every document the plan names, in text order, the plan itself excluded.

    A 《title》 followed (directly or after 「（」) by its document number is one citation; a number or
    GB standard on its own is a citation without a title; a number alone on its line is the plan's own.
    """
    own_t = normalise_title(own_title) if own_title else None
    own_n = normalise_number(own_number) if own_number else None
    titles: list[tuple[Span, CitationDraft | None, str]] = []  # None: the plan's own title
    taken: set[int] = set()  # ends of numbers merged into a title
    for mark, close in _title_marks(text):
        inner = squeeze(text[mark + 1 : close - 1])
        if not inner:
            continue
        pos = close
        while pos < len(text) and pos - close < 8 and text[pos] in WHITESPACE:
            pos += 1
        if pos < len(text) and text[pos] in "（(":
            pos += 1
        merged = _number_at(text, pos)
        end = merged[0] if merged else close
        if merged:
            taken.add(end)
        normalised = normalise_title(inner)
        own = own_t is not None and _same_document(normalised, own_t)
        if own or (merged and merged[1] == own_n):
            titles.append(((mark, end), None, normalised))
            continue
        issuer_at = _issuer_start(text, mark)
        start = mark if issuer_at is None else issuer_at
        issuer = text[issuer_at:mark] if issuer_at is not None else _title_issuer(inner)
        draft = _draft(text, (start, end), inner, merged[1] if merged else None, issuer, close)
        titles.append(((mark, end), draft, normalised))

    cited: list[CitationDraft] = []
    t = 0
    for start, end, number in _loose_numbers(text):
        if end in taken:
            continue
        while t < len(titles) and titles[t][0][1] < end:
            t += 1
        (t_start, t_end), holder, written = (
            titles[t] if t < len(titles) else ((len(text), len(text)), None, "")
        )
        if t_start <= start and end <= t_end:  # written inside a title: the title's own number
            if holder is not None and holder.doc_number is None:
                titles[t] = (
                    (t_start, t_end),
                    replace(holder, doc_number=number, key=f"doc:{number}"),
                    written,
                )
            continue
        if number != own_n and not (_alone_on_line(text, start, end) or _on_record_line(text, start, end)):
            cited.append(_draft(text, (start, end), None, number, None, end))

    cited.extend(draft for draft in _resolve_short_titles(text, titles, own_t) if draft is not None)
    cited.sort(key=lambda c: c.span)
    return _chain_relations(text, cited)


def _chain_relations(text: str, cited: list[CitationDraft]) -> list[CitationDraft]:
    """制定《A》、《B》: a citation joined to a published one by 、/和/及 is published too."""
    for i in range(1, len(cited)):
        prev, cur = cited[i - 1], cited[i]
        gap = cur.span[0] - prev.span[1]
        joined = 0 <= gap <= 4 and squeeze(text[prev.span[1] : cur.span[0]]) in _JOINERS
        if joined and prev.relation == "publishes" and cur.relation == "cites":
            cited[i] = replace(cur, relation="publishes")
    return cited
