"""Find responsibility annotations and parse them into (agency mention, role) pairs.

Forms recognised wherever they stand (paragraph end, own line, table cell), with any bracket kind and
nested brackets inside names: 〔责任单位：…〕, （责任单位：…）, （牵头单位：…；配合单位：…）, 【…】,
a parenthesis closing with 按职责分工负责 / 负责 / 牵头 / 配合, an unbracketed 责任单位：… line, and
role clauses written into a sentence (…，区金融局牵头，区财政局配合).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ontology.vocab import agency_vocabulary, role_vocabulary
from policykg.extract.agencies import names_a_plate
from policykg.extract.agency_lists import (
    Annotation,
    Mention,
    bodies_named,
    closing_role,
    declares_first_is_lead,
    emphasis_end,
    field_at,
    holds_label,
    label_at,
    label_start,
    labels_in,
    may_hold_label,
    may_name_roles,
    parse_agency_list,
    scope_at,
    strip_role_word,
    time_limit,
    without_trailing_remarks,
    without_trailing_time,
)
from policykg.extract.agency_names import (
    agency_subject,
    ends_like_body,
    looks_like_agency,
    may_end_names,
    only_others,
    opens_like_body,
    others_close,
)
from policykg.extract.markers import LINE_BULLET, skip_lead_in
from policykg.extract.obligations import find_prose_obligations, leading_bodies
from policykg.extract.own_work import oversees
from policykg.extract.role_clauses import coordinates, divided_work, find_role_clauses
from policykg.extract.span_set import SpanSet
from policykg.extract.textspan import (
    ANNOTATION_OPENERS,
    CLOSERS,
    PAIRS,
    BracketGroup,
    Span,
    bracket_groups,
    has_dash,
    numeral_value,
    split_top_level,
    squeeze,
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
    # （以上任务由A牵头，B配合）; （本项任务牵头单位：A；…）, its label read as alone
    inner = (scope.end if scope is not None else label_start(text, *inner), inner[1])
    units = without_trailing_remarks(text, *inner)  # （A牵头，B配合；按季度调度）
    core = without_trailing_time(text, *units)  # （A牵头，B配合，2025年底前完成）
    _, word_role, _ = strip_role_word(text, *core)
    if word_role is None and not may_hold_label(text, *units):  # no label or role word to read them by
        return _divided(text, group, inner, core)
    labels: list[str] = []
    mentions, agency_like = parse_agency_list(text, *units, first_is_lead=first_is_lead, labels=labels)
    if not labels and word_role is None:  # a label's word, yet no label
        return _divided(text, group, inner, core)
    if not mentions or not (labels or agency_like):
        # （县司法局负责指导，县法院配合）: a name read with its work is no list of units, its parts may be
        return _divided(text, group, inner, core) if not labels else None
    core_labels = labels if core == units else labels_in(text, *core)  # most: no time closes it
    form = _form(text, group.open, group.close, group.closed, core, core_labels)
    return Annotation(
        (group.open, group.close),
        form,
        tuple(mentions),
        covers_preceding=scope is not None,
        covers_count=scope.count if scope else None,
    )


def _divided(text: str, group: BracketGroup, inner: Span, core: Span) -> Annotation | None:
    """（县人民法院负责审理、县司法局负责调解）: a note giving each unit its own work
    (role_clauses.divided_work), its parts read before a remark is taken off (one with work after its unit's
    role word may look like one: …，县公安局配合开展刑事打击), else after."""
    divided = divided_work(text, *without_trailing_time(text, *inner)) or divided_work(text, *core)
    if divided is None:
        return None
    mentions, words = divided
    closer = PAIRS.get(text[group.open], "") if group.closed else ""
    form = text[group.open] + "，".join(f"…{w}…" for w in words) + closer
    return Annotation((group.open, group.close), form, tuple(mentions))


def _clauses_in_bracket(
    text: str, group: BracketGroup, inner: Span, first_is_lead: bool
) -> Annotation | None:
    """A closed note that is no list of units with their roles because one of its clauses gives a body
    its own work (（县科技局牵头，县财政局做好保障，县工信局配合）): its clauses read as the same words in a
    sentence are (role_clauses), and each clause they leave that opens with bodies names them as taking
    part beside the lead (support); None unless the clauses name a lead."""
    if not any(ch in _CLAUSE_COMMAS for ch in text[inner[0] : inner[1]]):
        return None
    notes = find_role_clauses(text, *inner, SpanSet(), first_is_lead=first_is_lead)
    clauses = split_top_level(text, *inner, _CLAUSE_COMMAS)
    read = SpanSet()
    mentions: list[Mention] = []
    forms = [note.form for note in notes]
    if not any(m.role == "lead" for note in notes for m in note.mentions):
        # （区市场监管局统筹，区公安分局、区法院按职责分工负责）: the body coordinating the work leads it
        mentions = _coordinator(text, clauses[0]) if len(clauses) > 1 else []
        if not mentions:
            return None
        read.add(clauses[0])
        notes = [n for n in notes if not read.overlaps(*n.span)]
        forms = ["…" + squeeze(text[mentions[-1].span[1] : clauses[0][1]])] + [
            "…" + (closed[2] if (closed := closing_role(text, *trim(text, *c))) else "") for c in clauses[1:]
        ]
    for note in notes:
        read.add(note.span)
    mentions += [m for note in notes for m in note.mentions]
    for clause in clauses:
        if read.overlaps(*clause):
            continue
        # beside the lead, a body with its work (县财政局做好保障) or with its role word takes part (support)
        closed = closing_role(text, *trim(text, *clause))
        named = [(m.span, m.name) for m in closed[0]] if closed else leading_bodies(text, *clause)
        if named and not closed and oversees(text, named[-1][0][1], clause[1]):
            continue  # 县政府督查室督办: an overseer, no unit
        mentions.extend(Mention(span, "support", name) for span, name in named)
    mentions.sort(key=lambda m: m.span)
    closer = PAIRS.get(text[group.open], "")
    form = text[group.open] + "，".join(forms) + closer
    return Annotation((group.open, group.close), form, tuple(mentions))


_CLAUSE_COMMAS = "，,"
#: The word giving the work to the body after it (由区政府办公室统筹), before a coordinator's name.
_BY = "由"


def _coordinator(text: str, clause: Span) -> list[Mention]:
    """The bodies opening a note's first ``clause`` as the ones coordinating its work (区市场监管局统筹,
    区委宣传部负责统筹协调: roles.yaml coordinating_words), as leads; [] for any other clause."""
    if not any(w in text[clause[0] : clause[1]] for w in role_vocabulary().coordinating_words):
        return []  # most clauses: no coordinating word
    named = leading_bodies(text, *clause)
    opening = trim(text, skip_lead_in(text, *clause), clause[1])[0]
    if text.startswith(_BY, opening):  # （由区政府办公室统筹，…）: the body the work is given to
        opening = trim(text, opening + len(_BY), clause[1])[0]
    if not named or named[0][0][0] != opening:
        return []
    if not coordinates(text, named[-1][0][1], clause[1]):
        return []
    return [Mention(span, "lead", name) for span, name in named]


#: Angle brackets, which mostly mark a title inside a title (《关于印发〈…〉的通知》): they hold a note only
#: when a label opens it (〈牵头单位：区市场监管局〉, 〈以上任务责任单位：…〉).
LABEL_ONLY_OPENERS = "〈"
_NOTE_OPENERS = ANNOTATION_OPENERS + LABEL_ONLY_OPENERS


def _opens_with_label(text: str, group: BracketGroup, inner: Span) -> bool:
    """A closed bracket whose words open with a label (a scope phrase before it allowed)."""
    opening = scope.end if (scope := scope_at(text, *inner)) else label_start(text, *inner)
    return group.closed and label_at(text, opening, inner[1]) is not None


def find_annotations(text: str, start: int, end: int, *, first_is_lead: bool = False) -> list[Annotation]:
    """All annotations in ``text[start:end]`` (normally one paragraph)."""
    found: list[Annotation] = []
    taken = SpanSet()
    closing = start + len(text[start:end].rstrip(CLOSING))  # where the paragraph's closing marks begin
    # Without a label or a role word (most paragraphs), only a bracket of unit names alone closing the
    # paragraph can be an annotation (_bare_bracket): the brackets are read only when one closes it.
    named = may_name_roles(text, start, end)
    # a bracket closing a clause before ；(…许可（市科技局）；推进…): read as one closing the paragraph is
    clause_notes = not named and _clause_notes(text, start, end)
    if named or clause_notes or (closing > start and text[closing - 1] in CLOSERS):
        groups = bracket_groups(text, start, end, openers=_NOTE_OPENERS)
    else:
        groups = []
    # Outer groups come first, so an annotation wins over the parentheses inside it
    # (区市场监管局（知识产权局）),
    # while an ordinary bracket does not hide an annotation further in. Each check is bounded by the
    # longest annotation we accept, which keeps pathological input linear.
    unread: list[tuple[BracketGroup, Span]] = []  # closed brackets no note was read from
    for group in groups:
        if group.opener not in _NOTE_OPENERS or taken.overlaps(group.open, group.close):
            continue
        if not named and group.close != closing and not (clause_notes and _closes_clause(text, group.close)):
            continue
        inner = trim(text, *group.inner)
        if inner[0] >= inner[1]:
            continue
        if group.opener in LABEL_ONLY_OPENERS and not _opens_with_label(text, group, inner):
            continue
        if not group.closed:
            opening = scope.end if (scope := scope_at(text, *inner)) else label_start(text, *inner)
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
        elif group.closed:
            unread.append((group, inner))
    # a note read clause by clause only where no note inside or around it was read as one
    for group, inner in unread:
        if not taken.overlaps(group.open, group.close) and (
            annotation := _clauses_in_bracket(text, group, inner, first_is_lead)
        ):
            found.append(annotation)
            taken.add(annotation.span)
    if found:
        found.extend(_helpers_after_notes(text, end, found, taken))
    found.extend(_unbracketed(text, start, end, taken, first_is_lead=first_is_lead))
    found.extend(_openings(text, start, end, taken, first_is_lead=first_is_lead))
    read = find_role_clauses(text, start, end, taken, first_is_lead=first_is_lead)
    read += _bare_tail(text, start, end, taken, first_is_lead=first_is_lead)
    found.extend(read)
    found.extend(_units_after_dash(text, start, end, taken, read, first_is_lead=first_is_lead))
    found.sort(key=lambda a: a.span)
    found = [a for a in found if not _after_first_is_lead(text, start, a)]
    found = [_lead_once(text, a) if len(a.mentions) > 1 else a for a in found]
    if any(text.find(w, *a.span) >= 0 for a in found for w in _ITEM_WORDS):  # most address no item by number
        found = [part for a in found for part in _by_items(text, a)]
    return _helped_notes(text, found) if len(found) > 1 else found


def _after_first_is_lead(text: str, start: int, note: Annotation) -> bool:
    """``note`` names only the units after a list's lead (其他单位按职责分工负责) right after the note that
    the first unit listed leads in its sentence (各项任务第一个单位为牵头单位，其他单位按职责分工负责。): the
    rule for reading the plan's notes, naming no unit. The names are tested first (only_others: their
    opening character, then the pattern), the sentence only when they pass."""
    if not only_others(text, [m.span for m in note.mentions]):
        return False
    opens = max(start, *(text.rfind(ch, start, note.span[0]) + 1 for ch in SENTENCE_END))
    return declares_first_is_lead(text[opens : note.span[0]])


#: The words one of which every address of items by their numbers holds (第3项, 第3条).
_ITEM_WORDS = ("项", "条")
#: What stands around an address's numbers besides them and the words joining them (第（五）至（七）项,
#: 第4项至第5项).
_AROUND_NUMBERS = " 第（）()项条"
#: What joins two numbers into a range (第1—2项, 第1至3项); others list them (第1、3项).
_RANGE_JOINERS = frozenset("—–－-~～至到")
#: The most items a range may span: a longer one is no address of items.
_MAX_RANGE = 30


@cache
def _item_address() -> re.Pattern[str]:
    return re.compile(role_vocabulary().item_address)


def _item_numbers(words: str) -> tuple[int, ...]:
    """The item numbers an address's numbers name (1—2 → 1, 2; 1、3 → 1, 3; 二至四 → 2, 3, 4); () when one
    is no numeral or a range runs backwards or too far."""
    numbers: list[int] = []
    ranged = False
    for piece in re.split(r"(\d+|[一二三四五六七八九十]+)", words):
        if not piece.strip(_AROUND_NUMBERS):
            continue
        if piece.strip(_AROUND_NUMBERS)[0] in _RANGE_JOINERS:
            ranged = True
            continue
        value = numeral_value(piece)
        if value <= 0:
            if piece.strip(_AROUND_NUMBERS + "、和及"):
                return ()
            continue
        if ranged and numbers:
            if not 0 < value - numbers[-1] <= _MAX_RANGE:
                return ()
            numbers.extend(range(numbers[-1] + 1, value + 1))
        else:
            numbers.append(value)
        ranged = False
    return tuple(numbers)


#: What closes a part of a note before the next address (，第3项由…).
_PART_ENDS = "，,；;。"


def _part(text: str, start: int, end: int) -> Span:
    """``text[start:end]`` trimmed, and without the marks closing it."""
    start, end = trim(text, start, end)
    while end > start and text[end - 1] in _PART_ENDS:
        end -= 1
    return trim(text, start, end)


def _by_items(text: str, note: Annotation) -> list[Annotation]:
    """A note addressing the items above it by their numbers (上述第1—2项任务由A、B按职责分工负责，第3项由A
    负责，B配合: roles.yaml item_address), as one note a part, from one address to the next, each read on
    its own and speaking for the items it numbers; the note as it is when it addresses none, or when a
    part names no body."""
    s, e = note.span
    if text[s] in ANNOTATION_OPENERS and text[e - 1] == PAIRS[text[s]]:  # （第4项由…；第5项由…）
        e -= 1
    addresses = list(_item_address().finditer(text, s, e))
    if not addresses:
        return [note]
    if text[s : addresses[0].start()].strip(ANNOTATION_OPENERS + _PART_ENDS + " "):
        return [note]  # words before the first address: not a note on numbered items
    parts: list[Annotation] = []
    for address, following in zip(addresses, [*addresses[1:], None], strict=True):
        numbers = _item_numbers(address.group("items"))
        part = _part(text, address.start(), following.start() if following is not None else e)
        mentions, agency_like = parse_agency_list(text, address.end(), part[1])
        if not numbers or not mentions or not agency_like:
            return [note]
        parts.append(
            replace(
                note,
                span=part,
                mentions=tuple(mentions),
                covers_preceding=True,
                covers_count=None,
                items=numbers,
            )
        )
    return parts


def _lead_once(text: str, note: Annotation) -> Annotation:
    """A note naming its lead again beside the units sharing the work (（A、B按职责分工负责，A牵头）): the
    lead is named once, leading, as a row naming it in both columns is (responsibilities._led_once)."""
    leads = {_key(text, m) for m in note.mentions if m.role == "lead"}
    if not leads:
        return note
    kept = tuple(m for m in note.mentions if m.role == "lead" or _key(text, m) not in leads)
    return note if len(kept) == len(note.mentions) else replace(note, mentions=kept)


def _key(text: str, mention: Mention) -> str:
    return mention.name or squeeze(text[mention.span[0] : mention.span[1]])


#: What may part a note from the helpers after it in one sentence (（责任单位：区科技局）——区工信局配合).
_NOTE_TO_HELPERS = frozenset("，,—－ \u3000")
_CARRIERS = frozenset(("sole", "joint"))


#: The form of units opening their work before its colon (opening_units: 县委宣传部：负责…).
OPENING_FORM = "…："
#: What ends a sentence: units opening their work lead only the helpers of their own sentence.
_SENTENCE_END = re.compile("[。；;！!？?\n]")


def _helped_notes(text: str, found: list[Annotation]) -> list[Annotation]:
    """A note naming who carries the work and no lead nor helpers, right before a clause of helpers alone
    in its sentence (（责任单位：区科技局）——区工信局配合, （责任单位：区科技局），区工信局配合), or units
    opening their work before its colon with helpers later in the sentence (县委宣传部：负责版权保护工作，
    县文广旅局配合): the units the helpers support lead, as in one note (责任单位：A，配合单位：B)."""
    out = list(found)
    for i in range(len(out) - 1):
        note, helpers = out[i], out[i + 1]
        if (
            note.mentions
            and helpers.mentions
            and all(m.role in _CARRIERS for m in note.mentions)
            and all(m.role == "support" for m in helpers.mentions)
            and (
                _NOTE_TO_HELPERS.issuperset(text[note.span[1] : helpers.span[0]])
                or (
                    note.form == OPENING_FORM
                    and _SENTENCE_END.search(text, note.span[1], helpers.span[0]) is None
                )
            )
        ):
            out[i] = replace(note, mentions=tuple(Mention(m.span, "lead", m.name) for m in note.mentions))
    return out


#: The words of the clause of helpers after a note: support, or a share beside the note's body.
_HELPING = frozenset(("support", "shared"))
#: What ends the clause of helpers after a note.
_HELPERS_END = re.compile("[，,。；;！!？?\n]")


def _helpers_after_notes(text: str, end: int, notes: list[Annotation], taken: SpanSet) -> list[Annotation]:
    """The clause of helpers alone right after a bracket naming who carries or leads the work and no helper
    (开展执法（县市场监管局负责），县公安局、县司法局配合。, （县市场监管局牵头），县直有关部门
    配合。, …（县市场监管局负责），县公安局、县法院按职责分工负责。): a note of its own naming them
    (support, a shared word beside the bracket's body as beside a lead); _helped_notes then makes the
    carriers their lead. Prose reads no helpers of a subject standing inside a note."""
    out: list[Annotation] = []
    for note in notes:
        if text[note.span[1] - 1] not in CLOSERS or any(m.role == "support" for m in note.mentions):
            continue
        at = note.span[1]
        while at < end and text[at] in _NOTE_TO_HELPERS:
            at += 1
        if at >= end or taken.covers(at):
            continue
        stop = _HELPERS_END.search(text, at, end)
        clause = trim(text, at, stop.start() if stop is not None else end)
        closed = closing_role(text, *clause) if clause[0] < clause[1] else None
        if closed is None or closed[1] not in _HELPING or taken.overlaps(*clause):
            continue
        helpers = tuple(Mention(m.span, "support", m.name) for m in closed[0])
        out.append(Annotation(clause, "…" + closed[2], helpers, inline=True))
        taken.add(clause)
    return out


SENTENCE_END = "。；;！!"
CLOSING = " 。；;\u3000"


def only_units(text: str, start: int, end: int, first_is_lead: bool) -> list[Mention]:
    """The mentions of ``text[start:end]`` when it is nothing but unit names (no role word), else []."""
    if strip_role_word(text, start, end)[1] is not None:
        return []
    return bodies_named(text, start, end, first_is_lead=first_is_lead)


#: A colon, and the text up to the last full stop before one: a sentence whose units open it (…。市工信局：
#: 组织…) starts after that stop.
_COLON = re.compile("[：:]")
_LAST_STOP = re.compile(r".*[。；;！!]", re.S)


def _openings(text: str, start: int, end: int, taken: SpanSet, *, first_is_lead: bool) -> list[Annotation]:
    """The units opening the paragraph's words (past its number) and, where it holds a colon, those opening
    one of its sentences (1.推进强企建设。市科技局：培育…。市工信局：组织…): each names who does the words
    after it (opening_units)."""
    # the colons of no annotation read already (a label's: （责任单位：…）)
    colons = [m.start() for m in _COLON.finditer(text, start, end) if not taken.covers(m.start())]
    near = _LEAD_IN_MAX + _OPENING_MAX
    starts: list[int] = []
    words = start
    if end - start <= near or (colons and colons[0] - start <= near) or _bracket_near(text, start, end):
        words = skip_lead_in(text, start, end)
        starts.append(words)
    elif not colons:
        return []  # most paragraphs: no colon, no bracket after the number, longer than a line of names
    for colon in colons:  # a sentence a colon opens, from its start
        stop = _LAST_STOP.match(text, max(words, colon - _OPENING_MAX), colon)
        if stop is not None and (at := trim(text, stop.end(), end)[0]) not in starts:
            starts.append(at)
    out: list[Annotation] = []
    for at in starts:
        if taken.covers(at):
            continue
        opening = opening_units(
            text, at, end, first_is_lead=first_is_lead, heading=at == words and words > start
        )
        if opening is not None and not taken.overlaps(*opening.span):
            out.append(opening)
            taken.add(opening.span)
    return out


def _bracket_near(text: str, start: int, end: int) -> bool:
    """A bracket opens near the paragraph's start, past the brackets of its number ((一), (1))."""
    found = _OPENERS.search(text, start, min(end, start + _LEAD_IN_MAX))
    if found is not None and found.start() == start and (close := _NUMBER_CLOSE.match(text, start, end)):
        found = _OPENERS.search(text, close.end(), min(end, close.end() + _LEAD_IN_MAX))
    return found is not None


#: A number's own brackets at a paragraph's start: （一）, (12), （十二）.
_NUMBER_CLOSE = re.compile(r"[（(]\s*[\d一二三四五六七八九十]{1,3}\s*[）)]")


def units_heading(
    text: str, heading: Span, title: Span | None, *, first_is_lead: bool = False
) -> Annotation | None:
    """A heading that is nothing but unit names after its number (一、县市场监管局, （二）县科技局、县工信局):
    the units that do the items under it, in a plan laid out by department; None for any other heading."""
    if title is None or trim(text, title[1], heading[1])[0] < heading[1]:
        return None  # words after the title: a heading with a body of its own
    if not may_end_names(text, *title):
        return None  # most headings: a title of work (一、总体要求)
    words = skip_lead_in(text, *heading)
    return (
        opening_units(text, words, heading[1], heading=True, first_is_lead=first_is_lead)
        if words > heading[0]
        else None
    )


#: Longest run of unit names opening an item's words before their colon (县财政局、县市场监管局：).
_OPENING_MAX = 40
#: Longest number and lead-in before an item's words (（十二）, 1.2.3, 一是).
_LEAD_IN_MAX = 12
_COLONS = "：:"
#: What ends a clause: a colon after one opens no list of units (各乡镇人民政府，县政府各部门：).
_CLAUSE_MARKS = re.compile("[，,。；;！!]")
#: What a line of names alone never holds (a clause's or a sentence's end, a line break).
_LINE_MARKS = re.compile("[，,。；;！!\n]")
#: A bracket that may hold units.
_OPENERS = re.compile(f"[{re.escape(ANNOTATION_OPENERS)}]")


def may_open_with_units(text: str, start: int, end: int) -> bool:
    """A quick test that ``opening_units`` may find units at ``start``: a bracket there, or a colon soon
    after."""
    return start < end and (
        text[start] in ANNOTATION_OPENERS
        or _COLON.search(text, start, min(end, start + _OPENING_MAX)) is not None
        or _cell_gap(text, start, min(end, start + _OPENING_MAX), end) > start
    )


def opening_units(
    text: str, start: int, end: int, *, first_is_lead: bool = False, heading: bool = False
) -> Annotation | None:
    """The units that open an item's words at ``start`` (past its number), naming who does it as a note
    closing it would: their names and a colon (县科技局：加快培育…, 县财政局、县市场监管局：落实…) or a
    bracket of names alone ([县农业农村局]推进…, with any bracket kind). Words must follow: a line ending at
    its colon is a salutation or a lead-in (县政府各部门：). With ``heading`` (a number opens the line), the
    names may be the whole line (一、县市场监管局 over the items it does, a plan laid out by department).
    Each name must open and end like a body's (a level prefix, a place, a type word, a collective):
    建设知识产权服务工作站：在各镇设立… is the item's title and its work. None otherwise; a role label
    opening the words (责任单位：…) is read as labels are."""
    if start >= end:
        return None
    if heading and end - start <= _OPENING_MAX + 2:  # a line of names alone, and a colon closing it
        line = trim(text, start, end)
        while line[1] > line[0] and text[line[1] - 1] in _COLONS:
            line = (line[0], line[1] - 1)
        if (
            line[1] - line[0] <= _OPENING_MAX
            and _LINE_MARKS.search(text, *line) is None
            and may_end_names(text, *line)
            and _bodies(text, mentions := only_units(text, *line, first_is_lead))
        ):
            return Annotation(line, "…", tuple(mentions))
        # else a short heading of work, its units perhaps opening it ([县科技局]推进贯标, 县科技局：推进贯标)
    if text[start] in ANNOTATION_OPENERS:
        limit = min(end, start + _OPENING_MAX + 2)
        group = next(iter(bracket_groups(text, start, limit, openers=ANNOTATION_OPENERS)), None)
        if group is None or not group.closed or group.open != start or trim(text, group.close, end)[0] >= end:
            return None
        span, form, names = (
            (start, group.close),
            f"{text[start]}…{PAIRS[text[start]]}",
            trim(text, *group.inner),
        )
    else:
        limit = min(end, start + _OPENING_MAX)
        colon = min((at for at in (text.find(c, start, limit) for c in _COLONS) if at >= 0), default=-1)
        if colon < 0:
            colon = _cell_gap(text, start, limit, end)  # 市财政局 统筹安排…: a row's two cells on its line
        if colon <= start or _CLAUSE_MARKS.search(text, start, colon) is not None:
            return None
        if trim(text, colon + 1, end)[0] >= end or _labelled(text, start, colon + 1):
            return None
        span, form, names = (start, colon + 1), OPENING_FORM, trim(text, start, colon)
    if not may_end_names(text, *names):
        return None
    mentions = only_units(text, *names, first_is_lead)
    if not _bodies(text, mentions, duties=form == OPENING_FORM and _opens_duties(text, span[1], end)):
        return None
    return Annotation(span, form, tuple(_work_role(text, span[1], end, mentions)))


#: The white space parting a nested table's cells on the line of its row (builder.py writes a cell's tab as a
#: space): 单位 | 职责 ↵ 市财政局 | 统筹安排… is read as 市财政局：统筹安排…. A line's end stops the search.
_CELL_GAP = re.compile(r"[ \t\u3000\n]")


def _cell_gap(text: str, start: int, limit: int, end: int) -> int:
    """Where white space parts the names opening a line of one row from the work after them (市财政局
    统筹安排知识产权专项资金。, a table in a cell written a row a line), the work opening with a Chinese
    character and not ending as names do (区科技局　区工信局 is a line of names); -1 when there is none."""
    m = _CELL_GAP.search(text, start, limit)
    if m is None or m.start() <= start or text[m.start()] == "\n":
        return -1  # the cheap test first: most lines hold no white space before the reach of names
    gap = m.start()
    words, stop = trim(text, gap, end)
    if words >= stop or not "\u4e00" <= text[words] <= "\u9fff":
        return -1
    return -1 if may_end_names(text, words, stop) else gap  # 区科技局　区工信局: a line of names alone


#: Marks before a label's words (——责任单位：, 〈牵头单位：): no name opens with them.
_MARKS = re.compile(r"[^\w]+")


def _labelled(text: str, start: int, end: int) -> bool:
    """A role label opens ``text[start:end]``, marks before it aside (——责任单位：…): its words are no unit's
    name."""
    marks = _MARKS.match(text, start, end)
    return label_at(text, marks.end() if marks else start, end) is not None


@cache
def _opening_role_words() -> tuple[tuple[str, str], ...]:
    """Role words that may open the work after its units (县市场监管局：牵头开展…, 县公安局：配合开展…): the
    lead suffixes and the support words a helper may stand alone with (roles.yaml helpers_alone; not 指导,
    which there is the body's own work), longest first."""
    vocab = role_vocabulary()
    pairs: list[tuple[str, str]] = [(s.text, "lead") for s in vocab.suffixes if s.role == "lead"]
    pairs += [(w, "support") for w in vocab.helpers_alone]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def _work_role(text: str, start: int, end: int, mentions: list[Mention]) -> list[Mention]:
    """The units opening an item, given the role of the word their work opens with (县市场监管局：牵头开展…
    leads, 县公安局：配合开展… supports) when no word among the names gave them one."""
    if any(m.role not in ("sole", "joint") for m in mentions):
        return mentions
    at = trim(text, start, end)[0]
    role = next((r for w, r in _opening_role_words() if text.startswith(w, at, end)), None)
    return mentions if role is None else [replace(m, role=role) for m in mentions]


def _bodies(text: str, mentions: list[Mention], *, duties: bool = False) -> bool:
    """There are ``mentions`` and each opens and ends like a body's name, a bracket closing it aside
    (各乡镇（街道）): 各部门工作任务 opens like a collective and is a heading of work. On a line of
    ``duties`` (大石头镇：负责…) a town's or a subdistrict's bare name is one too (_bare_place)."""
    if not mentions:
        return False
    for m in mentions:
        name = squeeze(m.name or text[m.span[0] : m.span[1]])
        if name and name[-1] in CLOSERS and (opened := name.rfind(CLOSERS[name[-1]])) > 0:
            name = name[:opened]
        placed = opens_like_body(name) or _place_named(name) or (duties and _bare_place(name))
        if not placed or not ends_like_body(name):
            return False
        if _kind_opening().match(name):
            return False
    return True


@cache
def _place_named_regex() -> re.Pattern[str]:
    """A town's, a subdistrict's or a zone committee's name: words of a place, then one of the aliases
    agency_types.yaml lists as place_named_ends."""
    ends = sorted(agency_vocabulary().place_named_ends, key=len, reverse=True)
    if not ends:
        return re.compile("(?!)")
    return re.compile("[\u4e00-\u9fff]{2,12}(?:" + "|".join(map(re.escape, ends)) + ")")


def _place_named(name: str) -> bool:
    """The name is a town's government, a subdistrict's office or a zone's committee whose place the
    gazetteer does not know (营根镇人民政府, 湾岭农产品加工区管委会), and its place's words open no work or
    qualifier (推动各镇政府…, 特别是…管委会)."""
    if _place_named_regex().fullmatch(name) is None:
        return False
    vocab = role_vocabulary()
    return not name.startswith(vocab.subject_qualifiers) and not any(
        w in name for w in vocab.name_line_stop_words
    )


@cache
def _bare_place_regex() -> re.Pattern[str]:
    """A town's or a subdistrict's bare name: a place's two to four words, then one of the aliases
    agency_types.yaml lists as bare_place_ends (大石头镇, 胜利街道)."""
    ends = sorted(agency_vocabulary().bare_place_ends, key=len, reverse=True)
    if not ends:
        return re.compile("(?!)")
    return re.compile("[\u4e00-\u9fff]{2,4}(?:" + "|".join(map(re.escape, ends)) + ")")


def _bare_place(name: str) -> bool:
    """The name is a town's or a subdistrict's bare name the gazetteer does not know (大石头镇), not a kind
    of place (特色小镇, 新型城镇: agency_types.yaml bare_place_kinds), and its words open no work."""
    if _bare_place_regex().fullmatch(name) is None or name.endswith(agency_vocabulary().bare_place_kinds):
        return False
    vocab = role_vocabulary()
    return not name.startswith(vocab.subject_qualifiers) and not any(
        w in name for w in vocab.name_line_stop_words
    )


def _opens_duties(text: str, start: int, end: int) -> bool:
    """The words after a colon open with a duty (负责, 配合 …: agency_types.yaml duty_openings)."""
    at = trim(text, start, end)[0]
    return text.startswith(agency_vocabulary().duty_openings, at, end)


@cache
def _kind_opening() -> re.Pattern[str]:
    """Words opening a kind of thing by its rank or reach (市级…, 县域…; agency_types.yaml kind_openings)."""
    return re.compile("|".join(f"(?:{w})" for w in agency_vocabulary().kind_openings) or "(?!)")


def _bare_bracket(
    text: str, group: BracketGroup, inner: Span, closing: int, first_is_lead: bool
) -> Annotation | None:
    """'…持续推进。（区科技创新局、区市场监管局）': a bracket of unit names alone, after a full sentence and
    closing the paragraph (only its closing marks after it, from ``closing`` on), names who is responsible
    even without a label or role word; so does one alone on its line under a line closing a full sentence
    (…开展专项检查。 ↵ （县市场监管局（牵头）、县公安局）), the item's note set below its sub-points."""
    if not group.closed or (group.close != closing and not _closes_clause(text, group.close)):
        return None
    before = group.open  # past the spaces before the bracket, without copying the text up to it
    while before > 0 and text[before - 1] in " \u3000":
        before -= 1
    if before > 0 and text[before - 1] == "\n":
        before = _line_above(text, before - 1)
    if before == 0:
        return None
    after_work = text[before - 1] not in SENTENCE_END  # …开放许可（市科技局、市教育局）。
    if after_work and (
        text[before - 1] in _NOT_WORK
        or _name_before(text, before)
        or _plate_after_name(text, before, inner)
        or _in_labels_list(text, before)
    ):
        return None  # 配合单位：…、各乡镇（街道）。: the bracket goes on with the name before it
    mentions = only_units(text, *inner, first_is_lead)
    if not mentions or (after_work and not (_bodies(text, mentions) and _names_whole(text, inner, mentions))):
        return None  # after the work, only bodies' names alone (支持高校（中国科大、合肥工大） names none)
    return Annotation(
        (group.open, group.close), f"{text[group.open]}…{PAIRS[text[group.open]]}", tuple(mentions)
    )


def _line_above(text: str, at: int) -> int:
    """Where the words of the line above the line break at ``at`` end (past blank lines and the spaces closing
    them), when they close a full sentence; else 0, as at the text's start: a bracket alone on its line names
    the work of a sentence above it, not a heading's or a title's."""
    end = at
    while end > 0 and text[end - 1] in " \u3000\t\r\n":
        end -= 1
    return end if end > 0 and text[end - 1] in SENTENCE_END else 0


#: What parts a list's names (a bracket after the last of them goes on with its name; a dash sets names off
#: the work before them: …正版化——市委宣传部（市版权局）), and the longest name.
_NAME_PARTS = "、，,：:；;。！!？?\n \u3000—－"
_LONGEST_NAME = 16


def _name_before(text: str, before: int) -> bool:
    """The words before a bracket opening at ``before``, from the mark parting them from others, are a
    body's or a collective's name (各乡镇 of 各乡镇（街道）, 市市场监管局 of 市市场监管局（知识产权局）): the
    bracket is part of that name, never a note after work (推进专利开放许可（…）)."""
    start = before
    while start > 0 and before - start < _LONGEST_NAME and text[start - 1] not in _NAME_PARTS:
        start -= 1
    if start > 0 and text[start - 1] not in _NAME_PARTS:
        return False  # longer than any name: the work's words
    return agency_subject(text[start:before])


def _plate_after_name(text: str, before: int, inner: Span) -> bool:
    """The words before a bracket opening at ``before`` end with a body's name and the bracket holds that
    body's other plate (…将完成情况报送市市场监督管理局（市知识产权局）。): the bracket is the name's second
    name, the body one the work is sent to, never a note naming who does the work."""
    words = squeeze(text[max(0, before - _LONGEST_NAME) : before])
    return names_a_plate(words, squeeze(text[inner[0] : inner[1]]))


def _in_labels_list(text: str, at: int) -> bool:
    """``at`` stands in the list of a label of its sentence (配合单位：区市场监管局、各镇（街道）): a bracket
    there is part of a name (or the name's role), read with the label's note, never a note of its own."""
    opening = max(text.rfind(ch, 0, at) for ch in SENTENCE_END) + 1
    return holds_label(text, opening, at)


#: What a bracket right after work never follows: a note stands after the work's words, not after a mark.
_NOT_WORK = "，,、：:（("


#: The next clause of a count, right after its stop (②, ⑵, （2）, 二是, 第二，, 其二，).
_COUNTED_CLAUSE = re.compile(
    r"[ \t\u3000]*(?:[①-⑳⑴-⒇]|[（(](?:[1-9]|1\d)[）)]|[二三四五六七八九十]{1,2}是"
    r"|[第其][二三四五六七八九十]{1,2}[，,、：:])"
)


def _closes_clause(text: str, close: int) -> bool:
    """The bracket ending at ``close`` closes a clause: ； right after it, or the next clause of a count right
    after it or after a full stop (①开展专利导航（区科技局）。②推进…, ①开展专利导航（区科技局）②推进…)."""
    after = text[close : close + 1]
    if after in ("；", ";"):
        return True
    return _COUNTED_CLAUSE.match(text, close + 1 if after == "。" else close) is not None


#: A bracket's close before a clause's end: ；, or the next clause of a count after a full stop or none.
_CLAUSE_NOTE_END = re.compile(r"[）)](?:[；;]|。?" + _COUNTED_CLAUSE.pattern + ")")


def _clause_notes(text: str, start: int, end: int) -> bool:
    """A bracket closing a clause stands in ``text[start:end]`` (…许可（市科技局）；推进…, …导航（区科技局）。
    ②推进…, …导航（区科技局）②推进…)."""
    return _CLAUSE_NOTE_END.search(text, start, end) is not None


def _bare_tail(text: str, start: int, end: int, taken: SpanSet, *, first_is_lead: bool) -> list[Annotation]:
    """'…宣传周活动。区委宣传部　区市场监管局　区教育局': unit names alone after the last full sentence of a
    paragraph, closed by a full stop of their own or not (…信用监管。省发展改革委、省市场监管局。)."""
    stop = end
    while stop > start and text[stop - 1] in CLOSING:
        stop -= 1
    last = max(text.rfind(ch, start, stop) for ch in SENTENCE_END)
    if last < start:
        return []
    tail_start, tail_end = trim(text, last + 1, stop)
    tail = (tail_start, tail_end)
    if tail[0] >= tail[1] or text[tail_end - 1] in _COLONS or taken.overlaps(*tail):
        return []  # …。各单位要按照以下要求抓好落实：: a lead-in to what follows, no names
    if stop < end and not _pieces_end_like_names(text, *tail):
        return []  # most paragraphs: a last sentence of work, closed by its stop, not names alone
    mentions = only_units(text, *tail, first_is_lead)
    if (
        mentions
        and stop < end
        and (
            not (_names_whole(text, tail, mentions) and _bodies(text, mentions))
            or find_prose_obligations(text, *tail)
        )
    ):
        # …。区科技局、区财政局每季度开展检查。, …。州司法局指导成立…委员会。: a sentence of its own, its
        # subject the prose's; …。设立维权援助工作站。: work, its object ending like a body
        return []
    return [Annotation(tail, "…", tuple(mentions))] if mentions else []


#: A dash setting a line's units off its work (…开展产业专利导航——市工信局、市市场监管局；完成时限：…), a
#: letter after it (2024—2025年 joins two years).
_WORK_DASH = re.compile(r"[—–－─]{1,2}[ \t\u3000]*+(?=[^\W\d_])")
#: What closes the units after such a dash: the clause's or the line's end.
_DASH_UNITS_END = re.compile(r"[；;。\n]")


def _units_after_dash(
    text: str, start: int, end: int, taken: SpanSet, read: list[Annotation], *, first_is_lead: bool
) -> list[Annotation]:
    """'…开展产业专利导航——市工信局、市市场监管局；完成时限：2025年12月底': unit names alone after a dash that
    sets them off the work before it on the line, up to the clause's end; only fields of another kind
    (完成时限：…) or a time may follow them on the line, so a dash before a list of things (建成两个中心——…；
    推进…) names none. Names read already (``taken``, or ``read`` by the role clauses or as a closing list)
    are left to their readings."""
    if not has_dash(text, start, end):  # most paragraphs: no dash
        return []
    out: list[Annotation] = []
    for dash in _WORK_DASH.finditer(text, start, end):
        line_start = max(start, text.rfind("\n", start, dash.start()) + 1)
        if not text[line_start : dash.start()].strip(_NOT_WORDS):
            continue  # a dash opening its line: the other readers' (…。↵——责任单位：…)
        stop = _DASH_UNITS_END.search(text, dash.end(), end)
        clause_end = stop.start() if stop else end
        units = without_trailing_time(text, dash.end(), clause_end)  # …——A、B，2025年底前完成
        if units[0] >= units[1] or taken.overlaps(*units) or not _fields_after(text, clause_end, end):
            continue
        if any(a.span[0] < units[1] and units[0] < a.span[1] for a in read):
            continue  # …——市科技局牵头, …。——县市场监管局: read as a role clause or a closing list
        mentions = only_units(text, *units, first_is_lead)
        if mentions and _names_whole(text, units, mentions) and _bodies(text, mentions):
            out.append(Annotation(units, "——…", tuple(mentions)))
            taken.add(units)
    return out


#: What the words before a line's dash must hold beyond: numbering and marks are no work.
_NOT_WORDS = " \t\u3000.．、0123456789（）()"


def _fields_after(text: str, at: int, end: int) -> bool:
    """The rest of the line from ``at`` holds nothing but fields of another kind than the units' (完成时限：…)
    or times (2025年12月底前), parted by ；: the units before ``at`` close the line's words."""
    stop = text.find("\n", at, end)
    stop = end if stop < 0 else stop
    for piece in split_top_level(text, at, stop, "；;。"):
        s, e = trim(text, *piece)
        if s < e and not field_at(text, s, e) and time_limit(text, s, e) != (s, e):
            return False
    return True


#: What may stand between the names of a list closing a paragraph (区科技局、区财政局).
_LIST_GAPS = frozenset("、，, \u3000\t和及与")
#: The separators of such a list that no name holds outside brackets (和 does: 县发展和改革局).
_NAME_SEPARATORS = re.compile(r"[、，,\s]+")
_ROUND_BRACKET = re.compile(r"[（()）]")


def _pieces_end_like_names(text: str, start: int, end: int) -> bool:
    """The quick test before a closing sentence is read as names alone (``_names_whole``): each piece of
    ``text[start:end]`` between list separators may end a name (``may_end_names``), or holds a bracket,
    which the full reading weighs."""
    at = start
    for gap in _NAME_SEPARATORS.finditer(text, start, end):
        if not _may_end_piece(text, at, gap.start()):
            return False
        at = gap.end()
    return _may_end_piece(text, at, end)


def _may_end_piece(text: str, start: int, end: int) -> bool:
    if start >= end:
        return True
    return _ROUND_BRACKET.search(text, start, end) is not None or may_end_names(text, start, end)


def _names_whole(text: str, span: Span, mentions: list[Mention]) -> bool:
    """The ``mentions`` make up ``text[span]`` whole, only list separators between them and a bracketed
    role word after a name (市委宣传部（牵头）、市财政局): a sentence closed by its own full stop (…。
    省发展改革委、省市场监管局。) is names alone, no clause with a subject. The list may close with the words
    of the units it leaves unnamed (（县科技局、县财政局等部门）, （县科技、工信等部门）)."""
    pos = span[0]
    for mention in sorted(mentions, key=lambda m: m.span):
        if any(ch not in _LIST_GAPS for ch in text[pos : mention.span[0]]):
            return False
        pos = _past_role_mark(text, max(pos, mention.span[1]), span[1])
    return all(ch in _LIST_GAPS for ch in text[pos : span[1]]) or others_close(text, pos, span[1])


#: The longest bracket after a name read as its role mark (（牵头）, （牵头单位）).
_ROLE_MARK_MAX = 8


def _past_role_mark(text: str, at: int, end: int) -> int:
    """Where a bracketed role word right after a name at ``at`` ends (the （牵头） of 市委宣传部（牵头）),
    else ``at``."""
    if at >= end or text[at] not in "（(":
        return at
    close = text.find(PAIRS[text[at]], at, min(end, at + _ROLE_MARK_MAX))
    if close < 0 or strip_role_word(text, at, close + 1)[1] is None:
        return at
    return close + 1


#: A line break, a full stop, a comma or a dash and the spaces after it: a label may stand where it ends
#: (…加强检察监督，责任单位：市人民检察院; a task's line holding its fields after a dash, …存量专利盘活——
#: 牵头单位：市科技局；配合单位：…).
_LINE_LABEL_START = re.compile(r"(?:[\n。；;！，,]|[—–－─]{1,2})[ \t\u3000]*")
#: A dash leading a note in (…项目。——责任单位：县市场监管局), with the spaces after it.
_DASHES = re.compile(r"[—－–-]{1,2}[ \t\u3000]*+(?=[^\W\d_])")
#: What separates the units of a list on a line: the piece after the last one is the line's last name.
_LIST_SEPARATOR = re.compile(r"[、，,；;：:]")


def _line_end(text: str, pos: int, end: int) -> int:
    """Where the line holding ``pos`` ends, ``end`` at the latest."""
    stop = text.find("\n", pos, end)
    return end if stop < 0 else stop


def _wraps_inside_name(text: str, names: int, stop: int, end: int) -> int | None:
    """Where the line after ``stop`` ends, when the list of units ``text[names:stop]`` breaks there inside
    a name (a layout's wrapped line: 责任单位：区 / 市场监管局，各镇街): the line's last piece is no body's
    name, and with the next line's first piece it is one. None otherwise."""
    if stop >= end or text[stop] != "\n":
        return None
    last = max((m.end() for m in _LIST_SEPARATOR.finditer(text, names, stop)), default=names)
    if last >= stop or looks_like_agency(text[last:stop]):
        return None
    after = _line_end(text, stop + 1, end)
    first = _LIST_SEPARATOR.search(text, stop + 1, after)
    joined = text[last:stop] + text[stop + 1 : first.start() if first else after].rstrip("。；; \t\u3000")
    return after if looks_like_agency(joined) else None


#: Most label lines read as one note (牵头单位, 配合单位, 责任单位, 责任领导 …).
_MAX_LABEL_LINES = 6


def _label_lines_below(text: str, start: int, stop: int, end: int) -> int | None:
    """Where the lines right below a label's line end while each opens with a unit's label of its own
    (牵头单位：A ↵ 配合单位：B、C ↵ 责任单位：D, a bullet before each allowed): the lines are one note, read
    together, as 牵头单位：A；配合单位：B is. A label written again opens another note, and at most
    _MAX_LABEL_LINES are joined. None when the next line opens with no other label."""
    first = label_at(text, start, stop)
    seen = {first[0]} if first else set()
    last: int | None = None
    while stop < end and text[stop] == "\n" and len(seen) < _MAX_LABEL_LINES:
        line_end = _line_end(text, stop + 1, end)
        opening = trim(text, stop + 1, line_end)[0]
        bullet = LINE_BULLET.match(text, opening, line_end)
        found = label_at(text, bullet.end() if bullet else opening, line_end)
        if found is None or found[0] in seen:
            break
        seen.add(found[0])
        if not text[found[2] : line_end].strip() and line_end < end:  # 配合单位：↵A、B
            line_end = _line_end(text, line_end + 1, end)
        last = stop = _list_goes_on(text, line_end, end)
    return last


#: What ends a line whose list of units goes on at the next line (配合单位：区商务局、↵区农业农村局).
_LIST_GOES_ON = "、"


def _list_goes_on(text: str, stop: int, end: int) -> int:
    """Where a label's list of units ends when its line at ``stop`` closes with a separator (配合单位：
    区商务局、↵区农业农村局): the end of the lines it goes on to, each opening with no label; ``stop``
    otherwise."""
    while stop < end and text[stop] == "\n":
        closed = stop
        while closed > 0 and text[closed - 1] in " \t\u3000":
            closed -= 1
        if closed == 0 or text[closed - 1] not in _LIST_GOES_ON:
            break
        line_end = _line_end(text, stop + 1, end)
        opening = trim(text, stop + 1, line_end)[0]
        if opening >= line_end or label_at(text, opening, line_end) is not None:
            break
        stop = line_end
    return stop


#: How much deeper than the label's line a line of units below it is indented to go on with its list (the
#: width of the shortest label and its colon, 牵头：).
_WRAP_INDENT = 3
_INDENT = " \t\u3000"


def _names_indented_below(text: str, pos: int, stop: int, end: int) -> int:
    """Where a label's list of units ends when the lines below its line at ``stop`` go on with it, set in
    under the names after the label (责任单位：区科技局↵　　　　　区工信局, a layout's list of one unit a
    line): each indented deeper than the label's line by _WRAP_INDENT characters or more and holding units
    alone, no label; ``stop`` otherwise."""
    if stop >= end or text[stop] != "\n":
        return stop
    line_start = text.rfind("\n", 0, pos) + 1
    indent = len(text[line_start:pos]) - len(text[line_start:pos].lstrip(_INDENT))
    while stop < end and text[stop] == "\n":
        line_end = _line_end(text, stop + 1, end)
        opening = trim(text, stop + 1, line_end)[0]
        closing = trim(text, opening, line_end)[1]
        while closing > opening and text[closing - 1] in "。；;":
            closing -= 1
        if (
            opening >= closing
            or text[stop + 1 : opening].strip(_INDENT)  # a line break among the spaces: a blank line
            or opening - stop - 1 < indent + _WRAP_INDENT
            or label_at(text, opening, closing) is not None
            or not only_units(text, opening, closing, False)
        ):
            break
        stop = line_end
    return stop


#: Any opening bracket: a full stop after none stands outside every bracket.
_ANY_OPENER = re.compile(f"[{re.escape(''.join(PAIRS))}]")


def _first_sentence_end(text: str, start: int, end: int) -> int:
    """Where the first sentence of ``text[start:end]`` ends (its first full stop outside brackets, spaces
    before it left out), ``end`` when it holds no other: the stop is looked for first, and the brackets only
    when some open before it (a line of thousands of notes is not split whole for each of them)."""
    stop = text.find("。", start, end)
    if stop < 0:
        return trim(text, start, end)[1]
    if _ANY_OPENER.search(text, start, stop) is None:
        return trim(text, start, stop)[1]
    pieces = split_top_level(text, start, end, "。")
    return pieces[0][1] if pieces else end


_SEMICOLONS = re.compile("[；;]")
_COMMAS = re.compile("[，,]")
#: A clause counted in order opening after a ； (①, ⑵, （2）, 2）, 2., 二是, 二要, 第二，, 其二，, 最后).
_CLAUSE_AFTER = re.compile(
    r"[；;][ \t\u3000]*(?:[①-⑳⑴-⒇]|[（(]?(?:[1-9]|1\d)[）)]|(?:[1-9]|1\d)[.．、](?!\d)"
    r"|[二三四五六七八九十]{1,2}[是要]|[第其][二三四五六七八九十]{1,2}[，,、：:]|其次|再次|最后)"
)


def _next_clause(text: str, names: int, stop: int) -> int:
    """Where a label's list in ``text[names:stop]`` ends at the next clause of a paragraph after a ；, else
    ``stop``: a clause counted in order (①建立…，责任单位：A；②开展…，责任单位：B) or one of work with a
    label of its own after a comma (…，责任单位：A；加强展会保护，责任单位：B). Its words are no names."""
    if text.find("；", names, stop) < 0 and text.find(";", names, stop) < 0:
        return stop  # most lists: no clause after them
    m = _CLAUSE_AFTER.search(text, names, stop)
    stop = stop if m is None else m.start()
    for semi in _SEMICOLONS.finditer(text, names, stop):
        clause = semi.end()
        clause_end = next((m.start() for m in _SEMICOLONS.finditer(text, clause, stop)), stop)
        if label_at(text, trim(text, clause, clause_end)[0], clause_end) is not None:
            continue  # 牵头单位：A；配合单位：B
        for comma in _COMMAS.finditer(text, clause, clause_end):
            if label_at(text, trim(text, comma.end(), clause_end)[0], clause_end) is not None:
                return semi.start()
    return stop


@cache
def _note_mark() -> re.Pattern[str]:
    """A word setting a line off as a note of the plan's, and its colon (注：, 备注：; roles.yaml
    note_marks)."""
    words = sorted(role_vocabulary().note_marks, key=len, reverse=True)
    return re.compile(
        f"(?:{'|'.join(map(re.escape, words))})[ \t\u3000]*[：:∶][ \t\u3000]*" if words else "(?!)"
    )


def _unbracketed(text: str, start: int, end: int, taken: SpanSet, *, first_is_lead: bool) -> list[Annotation]:
    """``责任单位：A、B`` standing at the start of a line or after a full stop, running to the line's end."""
    out: list[Annotation] = []
    if not may_hold_label(text, start, end):  # most paragraphs: no label anywhere
        return out
    candidates = [start] + [m.end() for m in _LINE_LABEL_START.finditer(text, start, end)]
    for pos in sorted(set(candidates)):
        pos = trim(text, pos, end)[0]
        bullet = LINE_BULLET.match(text, pos, end) or _DASHES.match(text, pos, end)
        pos = bullet.end() if bullet else pos
        emphasis = emphasis_end(text, pos, end)  # *责任单位：A、B*: markdown's italics around the line
        pos = pos if emphasis is None else pos + 1
        if taken.covers(pos):
            continue
        scope = scope_at(text, pos, end)  # 以上任务责任单位：…
        names = scope.end if scope else label_start(text, pos, end)  # 本部分责任单位：…
        found = label_at(text, names, end)
        if not found and (marked := _note_mark().match(text, pos, end)) is not None:
            scope = scope_at(text, marked.end(), end)  # 注：以上任务牵头单位：…, 备注：本部分任务牵头单位为…
            names = scope.end if scope else label_start(text, marked.end(), end)
            found = label_at(text, names, end)
        if not found:
            continue
        # the line ends past the label: a hard wrap may part its word from its colon (责任单位↵：A、B)
        stop = _line_end(text, trim(text, names, found[2])[1], end)
        if not text[found[2] : stop].strip() and stop < end:  # 责任单位：↵A、B: the units on the next line
            stop = _line_end(text, stop + 1, end)
        stop = _list_goes_on(text, stop, end)
        stop = _wraps_inside_name(text, names, stop, end) or stop
        stop = _names_indented_below(text, pos, stop, end)  # 责任单位：区科技局↵　　　　　区工信局
        block = _label_lines_below(text, names, stop, end)  # 牵头单位：A ↵ 责任单位：B: one note, B helps A
        stop = block or stop
        stop = _first_sentence_end(text, pos, stop)  # 责任单位：A、B。完成时限：…
        stop = _next_clause(text, found[2], stop)  # ①…，责任单位：A；②…，责任单位：B
        stop = stop if emphasis is None else min(stop, emphasis)
        stop = trim(text, pos, stop)[1]
        while stop > pos and text[stop - 1] in "。；;":
            stop -= 1
        stop = without_trailing_remarks(text, pos, stop)[1]  # 责任单位：A、B；按季度调度
        labels: list[str] = []
        mentions, _ = parse_agency_list(
            text, names, stop, first_is_lead=first_is_lead, labels=labels, lines=block is not None
        )
        if taken.overlaps(pos, stop):  # 【责任单位】A牵头（B参与）: B, read by the bracket's note, once
            mentions = [m for m in mentions if not taken.covers(m.span[0])]
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
