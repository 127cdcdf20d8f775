"""Which tasks an annotation speaks for: the clause it stands in, its whole task, or (以上两项…, a lone
annotation closing a list) the items before it under the same heading."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from ontology.vocab import document_vocabulary, role_vocabulary
from policykg.extract.agency_lists import Annotation, declares_first_is_lead, time_limit
from policykg.extract.headings import closes_clause
from policykg.extract.phases import find_deadline
from policykg.extract.structure import Unit
from policykg.extract.tasks import TaskDraft
from policykg.extract.textspan import ANNOTATION_OPENERS, PAIRS, Span, numeral_value


def annotation_holder(task: TaskDraft, ann: Annotation, para: Span, text: str, annotated: list[Span]) -> str:
    """The clause holding an annotation, unless the annotation stands alone after a paragraph of several
    clauses that carry no annotation of their own (then it covers the whole task). A role clause written
    into a clause's sentence (二是…，A牵头，B配合) always binds to that clause."""
    at = ann.span
    # the clauses stand in text order, apart: found by bisection (a task of thousands of paragraph measures)
    starts = task.clause_starts
    i = bisect_right(starts, at[0]) - 1
    if i < 0 or at[0] >= task.clauses[i].span[1]:
        return task.id
    inside = task.clauses[i]
    if ann.inline:
        return inside.id
    clauses_in_para = task.clauses[bisect_left(starts, para[0]) : bisect_left(starts, para[1])]
    rest = text[at[1] : para[1]].strip(" 。；;\u3000")
    # …配合。完成时限：持续推进。: a time limit's field after the note still leaves it closing the paragraph
    closes_para = not rest or _deadline_field(rest)
    others_annotated = any(
        c is not inside and any(c.span[0] <= a[0] < c.span[1] for a in annotated) for c in clauses_in_para
    )
    if closes_para and len(clauses_in_para) > 1 and not others_annotated:
        return task.id
    return inside.id


#: Longest time limit's field after a note closing a paragraph (完成时限：2024年6月底前).
_FIELD_MAX = 30


def _deadline_field(words: str) -> bool:
    """``words`` are a time limit's field alone: a deadline column's name and a colon, then the time."""
    labels = document_vocabulary().task_table_columns.deadline
    return len(words) <= _FIELD_MAX and any(
        words.startswith(label) and words[len(label) : len(label) + 1] in ("：", ":") for label in labels
    )


Family = dict[int | None, list[TaskDraft]]


def families(drafts: list[TaskDraft]) -> Family:
    """The tasks under each heading (by the heading unit's index), in document order; table rows aside."""
    out: Family = {}
    for d in drafts:
        if d.kind != "table_row" and d.unit is not None:
            out.setdefault(d.unit.parent, []).append(d)
    return out


def _siblings(task: TaskDraft, family: Family) -> list[TaskDraft]:
    """The tasks under the same heading as ``task`` (itself included), in document order."""
    if task.unit is None:
        return [task]
    return family.get(task.unit.parent, [task])


@dataclass(frozen=True)
class Outline:
    """The plan's headings as a note opening with 以上 reads them (``covered_tasks``), read once for all
    notes: the units, those that are tasks themselves, each unit's place among its parent's children."""

    units: list[Unit]
    headed: frozenset[int]
    place: dict[int, int]
    starts: dict[int | None, list[int]]  # where each family's tasks begin, for the families in that order


def outline(units: list[Unit], family: Family) -> Outline:
    """The ``Outline`` of a plan's ``units``, its tasks grouped by ``family``."""
    headed = frozenset(d.unit.index for items in family.values() for d in items if d.unit is not None)
    place = {child: i for unit in units for i, child in enumerate(unit.children)}
    starts: dict[int | None, list[int]] = {}
    for parent, items in family.items():
        offsets = [d.span[0] for d in items]
        if all(a <= b for a, b in pairwise(offsets)):
            starts[parent] = offsets
    return Outline(units, headed, place, starts)


def _up_to(task: TaskDraft, at: int, family: Family, headings: Outline | None) -> tuple[list[TaskDraft], int]:
    """The tasks under the same heading as ``task`` and how many of them begin at or before ``at``: by
    bisection where the plan's ``headings`` hold where they begin (a note closing each of thousands of
    sections or items reads no more than its own)."""
    siblings = _siblings(task, family)
    starts = headings.starts.get(task.unit.parent) if headings is not None and task.unit is not None else None
    if starts is not None and len(starts) == len(siblings):
        return siblings, bisect_right(starts, at)
    before = [d for d in siblings if d.span[0] <= at]
    return before, len(before)


def covered_tasks(
    task: TaskDraft, ann: Annotation, family: Family, annotated: set[str], headings: Outline | None = None
) -> list[TaskDraft]:
    """The items an annotation covers: with a count (以上两项…) that many up to its own; without one
    (以上任务…, or a lone annotation closing a list of unannotated items) back to the last item that
    carries an annotation of its own. Given the plan's ``headings``, a note opening with 以上/上述 and no
    count that reaches its section's first item goes on into the sections before it under the same chapter
    (``_earlier_sections``): 以上工作由A负责 after （一） and （二） speaks for the items of both."""
    siblings, end = _up_to(task, ann.span[0], family, headings)
    if ann.covers_count:
        return siblings[max(end - ann.covers_count, 0) : end]
    covered: list[TaskDraft] = []
    for k in range(end - 1, -1, -1):
        d = siblings[k]
        if d is not task and d.id in annotated:
            return covered[::-1]
        covered.append(d)
    if headings is not None and ann.covers_preceding:
        for d in _earlier_sections(task, family, headings):
            if d.id in annotated:
                break
            covered.append(d)
    return covered[::-1]


def _earlier_sections(task: TaskDraft, family: Family, headings: Outline) -> Iterator[TaskDraft]:
    """The items of the sections before ``task``'s own under the same chapter, nearest first, up to a
    section whose heading is a task of its own (a heading with words or a note of its own: its items are
    its), of another level, or with no items."""
    if task.unit is None or task.unit.parent is None:
        return
    heading = headings.units[task.unit.parent]
    if heading.parent is None:
        return
    siblings = headings.units[heading.parent].children
    for at in range(headings.place.get(heading.index, 0) - 1, -1, -1):
        index = siblings[at]
        items = family.get(index, [])
        if index in headings.headed or headings.units[index].level != heading.level or not items:
            return
        yield from reversed(items)


#: The longest time piece read after a role sentence's units (…，县公安局配合，2025年12月底前完成).
_TIME_AFTER = 20


def _note_words(text: str, span: Span) -> Span:
    """The words of an annotation that may state its time limit: inside its brackets, or (a role sentence
    written into the text: 以上任务由A牵头，B配合，长期坚持) up to the end of its sentence."""
    start, end = span
    if start < end and text[start] in ANNOTATION_OPENERS and text[end - 1] == PAIRS[text[start]]:
        return start + 1, end - 1
    limit = min(len(text), end + _TIME_AFTER)
    stops = [p for p in (text.find(ch, end, limit) for ch in "。；;\n") if p >= 0]
    return start, min(stops) if stops else end


def _stated_limit(ann: Annotation, text: str, *, dated: bool) -> str | None:
    """The time limit an annotation states: dated (完成时限：2025年12月, 2025年底前), when ``dated``, else
    only one written as a piece after its units with no label and no date before 前 (县市场监管局负责，
    持续开展; …配合，2024—2025年), as written."""
    words = _note_words(text, ann.span)
    stated = find_deadline(text, *words)
    if stated is not None:
        return stated[0] if dated else None  # the task's own text is searched for it later
    piece = time_limit(text, *words)
    return "".join(text[piece[0] : piece[1]].split()) if piece is not None else None


def share_deadline(ann: Annotation, covered: list[TaskDraft], text: str) -> None:
    """A time limit written in an annotation that covers several items (…；完成时限：2025年12月,
    以上任务由A牵头，B配合，长期坚持) is theirs."""
    written = _stated_limit(ann, text, dated=True)
    if written is None:
        return
    for d in covered:
        if d.deadline is None:
            d.deadline = written


def note_deadline(ann: Annotation, holder: TaskDraft, text: str) -> None:
    """The time limit an annotation writes after its units with no label and no date before 前 (（县市场监管局
    负责，持续开展）, （…；2024—2025年）) is its holder's: the time words, never a unit's name. So is any it
    writes closing the last of the holder's clauses (…：①新增…；②培育…。（A负责，2024年底前）): the
    holder's own words, searched later, leave out its clauses', where the note stands."""
    if holder.deadline is not None:
        return
    in_clause = any(c.span[0] <= ann.span[0] < c.span[1] for c in holder.clauses)
    if (written := _stated_limit(ann, text, dated=in_clause)) is not None:
        holder.deadline = written


def closes_a_list(
    task: TaskDraft, ann: Annotation, para: Span, text: str, family: Family, annotated: set[str]
) -> bool:
    """A bracketed annotation standing alone on the line after the last of several items, none of which
    carries one of its own: it speaks for the whole list ('1.… 2.… \n（责任单位：…）'). So does one closing
    the last item of a list whose items before it close with a semicolon, the clauses of one sentence
    ('（1）查处侵权案件；\n（2）加强检察监督。（责任单位：…）')."""
    if not task.paragraphs or text[ann.span[1] : para[1]].strip(_AFTER_NOTE):
        return False  # the note closes no paragraph (the cheap test first: most notes close the first)
    alone = para != task.paragraphs[0] and not text[para[0] : ann.span[0]].strip(_AFTER_NOTE)
    siblings = _siblings(task, family)
    if len(siblings) < 2 or siblings[-1] is not task:
        return False
    if not alone and not all(closes_clause(text, *d.span) for d in siblings[:-1]):
        return False
    return not any(d.id in annotated for d in siblings if d is not task)


#: What may follow a note closing its paragraph, or stand before a note alone on its line.
_AFTER_NOTE = " 。；;\u3000"


#: What stands between a note's units and its word of going on below (…负责，下同).
_BEFORE_SAME_BELOW = "，,；;"


@cache
def _same_below_words() -> tuple[str, ...]:
    """The words of going on below, longest first (以下同 before 下同, which it ends with)."""
    return tuple(sorted(role_vocabulary().same_below_words, key=len, reverse=True))


def goes_on_below(text: str, ann: Annotation) -> bool:
    """A bracketed note naming units that closes with a word of their going on below after a comma
    (（市市场监管局负责，下同）: roles.yaml same_below_words), not after the note that the first unit leads
    (…，排在第一位的为牵头单位，下同: the rule goes on, read elsewhere)."""
    s, e = ann.span
    if not ann.mentions or e - s < 4:
        return False
    if text[s] not in ANNOTATION_OPENERS or text[e - 1] != PAIRS[text[s]]:
        return _same_below_after(text, e)
    inner = text[s + 1 : e - 1].rstrip(" 。；;\u3000")
    word = next((w for w in _same_below_words() if inner.endswith(w)), None)
    if word is None:
        return False
    before = inner[: -len(word)].rstrip()
    return before[-1:] in _BEFORE_SAME_BELOW and not declares_first_is_lead(before)


def _same_below_after(text: str, end: int) -> bool:
    """A note written without brackets closing its line with a word of its going on below after a comma
    (…。市大数据局负责，下同。, 责任单位：市大数据局，下同): the words right after the note at ``end``."""
    if text[end : end + 1] not in _BEFORE_SAME_BELOW:
        return False  # most notes: no comma after them
    line_end = text.find("\n", end)
    rest = text[end + 1 : len(text) if line_end < 0 else line_end].strip(" 。；;\u3000")
    return rest in role_vocabulary().same_below_words


def _chapter(unit: Unit, units: list[Unit]) -> int:
    """The index of the chapter (or top heading) ``unit`` stands under, itself when it is one."""
    while unit.parent is not None and unit.level > 1:
        unit = units[unit.parent]
    return unit.index


def tasks_below(task: TaskDraft, drafts: list[TaskDraft], units: list[Unit]) -> list[TaskDraft]:
    """The tasks after ``task`` at its heading's level under the same chapter, in document order: those a
    note of ``task``'s going on below (``goes_on_below``) may speak for."""
    if task.unit is None:
        return []
    level, chapter = task.unit.level, _chapter(task.unit, units)
    below = [
        d
        for d in drafts
        if d.kind != "table_row"
        and d.unit is not None
        and d.span[0] > task.span[0]
        and d.unit.level == level
        and _chapter(d.unit, units) == chapter
    ]
    return sorted(below, key=lambda d: d.span[0])


def task_before(task: TaskDraft, drafts: list[TaskDraft], units: list[Unit]) -> TaskDraft | None:
    """The task right before ``task`` at its heading's level under the same chapter: the one a ditto note of
    ``task``'s (（同上）) repeats the units of."""
    if task.unit is None:
        return None
    level, chapter = task.unit.level, _chapter(task.unit, units)
    before = [
        d
        for d in drafts
        if d.kind != "table_row"
        and d.unit is not None
        and d.span[0] < task.span[0]
        and d.unit.level == level
        and _chapter(d.unit, units) == chapter
    ]
    return max(before, key=lambda d: d.span[0], default=None)


def _item_number(task: TaskDraft) -> int:
    """The number ``task``'s own label writes (1, (3), 二是 → 1, 3, 2); 0 for none."""
    label = task.path.rsplit(".", 1)[-1].strip("()（）")
    return numeral_value(label.removesuffix("是"))


def numbered_tasks(task: TaskDraft, ann: Annotation, family: Family) -> list[TaskDraft]:
    """The items above a note addressing them by their numbers (上述第1—2项…，第3项…: ``ann.items``) that it
    numbers: ``task``'s clauses before it (1.…2.…3.… written in one paragraph), else the items under its
    heading up to its own; [] when none of them is so numbered."""
    above = [c for c in task.clauses if c.span[0] < ann.span[0]]
    if not above:
        above = [d for d in _siblings(task, family) if d.span[0] <= ann.span[0]]
    return [d for d in above if _item_number(d) in ann.items]
