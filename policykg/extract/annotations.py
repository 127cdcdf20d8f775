"""Find responsibility annotations and parse them into (agency mention, role) pairs.

Forms recognised wherever they stand (paragraph end, own line, table cell), with any bracket kind and
nested brackets inside names: 〔责任单位：…〕, （责任单位：…）, （牵头单位：…；配合单位：…）, 【…】,
a parenthesis closing with 按职责分工负责 / 负责 / 牵头 / 配合, an unbracketed 责任单位：… line, and
role clauses written into a sentence (…，区金融局牵头，区财政局配合).
"""

from __future__ import annotations

import re

from policykg.extract.agency_lists import (
    Annotation,
    Mention,
    label_at,
    labels_in,
    may_hold_label,
    may_name_roles,
    parse_agency_list,
    scope_at,
    strip_role_word,
    without_trailing_remarks,
    without_trailing_time,
)
from policykg.extract.agency_names import agency_subject, looks_like_agency
from policykg.extract.role_clauses import find_role_clauses
from policykg.extract.span_set import SpanSet
from policykg.extract.textspan import (
    ANNOTATION_OPENERS,
    CLOSERS,
    PAIRS,
    BracketGroup,
    Span,
    bracket_groups,
    split_top_level,
    trim,
)

#: Longest annotation content considered (characters); real ones are far shorter.
MAX_ANNOTATION = 400


def _form(text: str, group_open: int, group_close: int, closed: bool, inner: Span, labels: list[str]) -> str:
    """The annotation's form, from its ``labels`` (those of ``inner``) or else its role word."""
    opener = text[group_open]
    closer = PAIRS.get(opener, "") if closed else ""
    if labels:
        return opener + "；".join(f"{label}：…" for label in labels) + closer
    _, _, word = strip_role_word(text, *trim(text, *inner))
    return f"{opener}…{word or ''}{closer}"


def _as_annotation(text: str, group: BracketGroup, inner: Span, first_is_lead: bool) -> Annotation | None:
    if not may_name_roles(text, *inner):  # most brackets: no label or role word to read them by
        return None
    scope = scope_at(text, *inner)  # （以上任务由A牵头，B配合）
    if scope is not None:
        inner = (scope.end, inner[1])
    units = without_trailing_remarks(text, *inner)  # （A牵头，B配合；按季度调度）
    core = without_trailing_time(text, *units)  # （A牵头，B配合，2025年底前完成）
    _, word_role, _ = strip_role_word(text, *core)
    if word_role is None and not may_hold_label(text, *units):  # no label or role word to read them by
        return None
    labels: list[str] = []
    mentions, agency_like = parse_agency_list(text, *units, first_is_lead=first_is_lead, labels=labels)
    if not labels and word_role is None:  # a label's word, yet no label
        return None
    if not mentions or not (labels or agency_like):
        return None
    core_labels = labels if core == units else labels_in(text, *core)  # most: no time closes it
    form = _form(text, group.open, group.close, group.closed, core, core_labels)
    return Annotation(
        (group.open, group.close),
        form,
        tuple(mentions),
        covers_preceding=scope is not None,
        covers_count=scope.count if scope else None,
    )


def find_annotations(text: str, start: int, end: int, *, first_is_lead: bool = False) -> list[Annotation]:
    """All annotations in ``text[start:end]`` (normally one paragraph)."""
    found: list[Annotation] = []
    taken = SpanSet()
    closing = start + len(text[start:end].rstrip(CLOSING))  # where the paragraph's closing marks begin
    # Without a label or a role word (most paragraphs), only a bracket of unit names alone closing the
    # paragraph can be an annotation (_bare_bracket): the brackets are read only when one closes it.
    named = may_name_roles(text, start, end)
    if named or (closing > start and text[closing - 1] in CLOSERS):
        groups = bracket_groups(text, start, end, openers=ANNOTATION_OPENERS)
    else:
        groups = []
    # Outer groups come first, so an annotation wins over the parentheses inside it
    # (区市场监管局（知识产权局）),
    # while an ordinary bracket does not hide an annotation further in. Each check is bounded by the
    # longest annotation we accept, which keeps pathological input linear.
    for group in groups:
        if group.opener not in ANNOTATION_OPENERS or taken.overlaps(group.open, group.close):
            continue
        if not named and group.close != closing:
            continue
        inner = trim(text, *group.inner)
        if inner[0] >= inner[1]:
            continue
        if not group.closed:
            opening = scope.end if (scope := scope_at(text, *inner)) else inner[0]
            if label_at(text, opening, min(inner[1], opening + 12)) is None:
                continue
            line_end = text.find("\n", inner[0], inner[1])
            inner = trim(text, inner[0], inner[1] if line_end < 0 else line_end)
            group = BracketGroup(group.open, inner[1], group.opener, False)
        if inner[1] - inner[0] > MAX_ANNOTATION:
            continue
        annotation = _as_annotation(text, group, inner, first_is_lead) or _bare_bracket(
            text, group, inner, closing, first_is_lead
        )
        if annotation is not None:
            found.append(annotation)
            taken.add(annotation.span)
    found.extend(_unbracketed(text, start, end, taken, first_is_lead=first_is_lead))
    found.extend(find_role_clauses(text, start, end, taken, first_is_lead=first_is_lead))
    found.extend(_bare_tail(text, start, end, taken, first_is_lead=first_is_lead))
    return sorted(found, key=lambda a: a.span)


SENTENCE_END = "。；;！!"
CLOSING = " 。；;\u3000"


def only_units(text: str, start: int, end: int, first_is_lead: bool) -> list[Mention]:
    """The mentions of ``text[start:end]`` when it is nothing but unit names (no role word), else []."""
    if strip_role_word(text, start, end)[1] is not None:
        return []
    mentions, _ = parse_agency_list(text, start, end, first_is_lead=first_is_lead)
    if mentions and all(agency_subject(text[m.span[0] : m.span[1]]) for m in mentions):
        return mentions
    return []


def _bare_bracket(
    text: str, group: BracketGroup, inner: Span, closing: int, first_is_lead: bool
) -> Annotation | None:
    """'…持续推进。（区科技创新局、区市场监管局）': a bracket of unit names alone, after a full sentence and
    closing the paragraph (only its closing marks after it, from ``closing`` on), names who is responsible
    even without a label or role word."""
    if not group.closed or group.close != closing:
        return None
    before = group.open  # past the spaces before the bracket, without copying the text up to it
    while before > 0 and text[before - 1] in " \u3000":
        before -= 1
    if before == 0 or text[before - 1] not in SENTENCE_END:
        return None
    mentions = only_units(text, *inner, first_is_lead)
    if not mentions:
        return None
    return Annotation(
        (group.open, group.close), f"{text[group.open]}…{PAIRS[text[group.open]]}", tuple(mentions)
    )


def _bare_tail(text: str, start: int, end: int, taken: SpanSet, *, first_is_lead: bool) -> list[Annotation]:
    """'…宣传周活动。区委宣传部　区市场监管局　区教育局': unit names alone after the last full sentence of a
    paragraph."""
    last = max(text.rfind(ch, start, end) for ch in SENTENCE_END)
    if last < start:
        return []
    tail_start, tail_end = trim(text, last + 1, end)
    while tail_end > tail_start and text[tail_end - 1] in CLOSING:
        tail_end -= 1
    tail = (tail_start, tail_end)
    if tail[0] >= tail[1] or taken.overlaps(*tail):
        return []
    mentions = only_units(text, *tail, first_is_lead)
    return [Annotation(tail, "…", tuple(mentions))] if mentions else []


#: A line break or a full stop and the spaces after it: a label may stand where it ends.
_LINE_LABEL_START = re.compile(r"[\n。；;！][ \t\u3000]*")
#: What separates the units of a list on a line: the piece after the last one is the line's last name.
_LIST_SEPARATOR = re.compile(r"[、，,；;：:]")


def _wraps_inside_name(text: str, names: int, stop: int, end: int) -> int | None:
    """Where the line after ``stop`` ends, when the list of units ``text[names:stop]`` breaks there inside
    a name (a layout's wrapped line: 责任单位：区 / 市场监管局，各镇街): the line's last piece is no body's
    name, and with the next line's first piece it is one. None otherwise."""
    if stop >= end or text[stop] != "\n":
        return None
    last = max((m.end() for m in _LIST_SEPARATOR.finditer(text, names, stop)), default=names)
    if last >= stop or looks_like_agency(text[last:stop]):
        return None
    after = text.find("\n", stop + 1, end)
    after = end if after < 0 else after
    first = _LIST_SEPARATOR.search(text, stop + 1, after)
    joined = text[last:stop] + text[stop + 1 : first.start() if first else after].rstrip("。；; \t\u3000")
    return after if looks_like_agency(joined) else None


def _unbracketed(text: str, start: int, end: int, taken: SpanSet, *, first_is_lead: bool) -> list[Annotation]:
    """``责任单位：A、B`` standing at the start of a line or after a full stop, running to the line's end."""
    out: list[Annotation] = []
    if not may_hold_label(text, start, end):  # most paragraphs: no label anywhere
        return out
    candidates = [start] + [m.end() for m in _LINE_LABEL_START.finditer(text, start, end)]
    for pos in sorted(set(candidates)):
        pos = trim(text, pos, end)[0]
        if taken.covers(pos):
            continue
        scope = scope_at(text, pos, end)  # 以上任务责任单位：…
        names = scope.end if scope else pos
        found = label_at(text, names, end)
        if not found:
            continue
        stop = text.find("\n", pos, end)
        stop = end if stop < 0 else stop
        stop = _wraps_inside_name(text, names, stop, end) or stop
        full_stop = split_top_level(text, pos, stop, "。")  # 责任单位：A、B。完成时限：…
        stop = full_stop[0][1] if full_stop else stop
        stop = trim(text, pos, stop)[1]
        while stop > pos and text[stop - 1] in "。；;":
            stop -= 1
        labels: list[str] = []
        mentions, _ = parse_agency_list(text, names, stop, first_is_lead=first_is_lead, labels=labels)
        if mentions:
            form = "；".join(f"{label}：…" for label in labels)
            out.append(
                Annotation(
                    (pos, stop),
                    form,
                    tuple(mentions),
                    covers_preceding=scope is not None,
                    covers_count=scope.count if scope else None,
                )
            )
            taken.add((pos, stop))
    return out
