"""The bodies a plan names for its targets themselves: the unit columns of a target table's row
(指标 | 2025年目标 | 责任单位) and a note closing a goal's sentence (…达到18件。（责任单位：县市场监管局）).

A target of a task is that task's work: the task's responsibilities name its bodies, and none are added
here. ``assign_target_units`` is the stage's entry point; it runs after the targets are read."""

from __future__ import annotations

from policykg.extract.agencies import AgencyRegistry
from policykg.extract.agency_lists import Annotation, may_name_roles
from policykg.extract.annotations import find_annotations
from policykg.extract.responsibilities import Collector, add_annotation, row_responsibilities
from policykg.extract.structure import Structure
from policykg.extract.tables import unit_columns
from policykg.extract.tasks import GoalDraft
from policykg.extract.textspan import CLOSERS, Span, trim
from policykg.models import Target

#: What ends a sentence: a note after one of these (past white space) closes the sentence before it only.
_SENTENCE_ENDS = "。；;！!？?"


def assign_target_units(
    text: str,
    structure: Structure,
    goals: list[GoalDraft],
    targets: list[Target],
    registry: AgencyRegistry,
    doc_id: str,
    *,
    first_is_lead: bool,
) -> list[Target]:
    """``targets`` with the bodies named for each (``Target.responsibilities``); the others unchanged. The
    agencies are registered in ``registry`` without being counted as holding a task."""
    collector = Collector(text, registry, counted=False)
    _table_units(structure, targets, collector, doc_id, first_is_lead)
    _goal_notes(text, goals, targets, collector, first_is_lead)
    if not collector.by_task:
        return targets
    return [
        t.model_copy(update={"responsibilities": collector.by_task[t.id]}) if t.id in collector.by_task else t
        for t in targets
    ]


def _table_units(
    structure: Structure, targets: list[Target], out: Collector, doc_id: str, first_is_lead: bool
) -> None:
    """Each target of a table with unit columns: the units its row names there."""
    holding = {t.table_id for t in targets if t.table_id is not None}
    if not holding:
        return
    columns = {}
    for i, table in enumerate(structure.tables):
        table_id = f"{doc_id}/table/{i + 1}"
        if table_id in holding and (units := unit_columns(structure.text, table)) is not None:
            columns[table_id] = (i, units)
    for target in targets:
        found = columns.get(target.table_id or "")
        if found is None or target.kind != "target":
            continue  # a 基期 column's value is where the work starts, no one's to reach
        index, units = found
        row = _row_at(structure, index, target.span)
        if row is not None:
            row_responsibilities(structure, index, row, units, [target.id], out, first_is_lead)


def _row_at(structure: Structure, table: int, span: Span) -> int | None:
    """The row of table ``table`` whose cells hold ``span``."""
    for r, row in enumerate(structure.tables[table].rows):
        if any(c.span[0] <= span[0] and span[1] <= c.span[1] for c in row):
            return r
    return None


def _goal_notes(
    text: str, goals: list[GoalDraft], targets: list[Target], out: Collector, first_is_lead: bool
) -> None:
    """Each target of a goal's words (not of a task) followed in its sentence by a note naming units: that
    note's units (…达到18件（责任单位：A），…达到5件（责任单位：B） gives each its own; …达到18件，…达到5件。
    （责任单位：A） gives both A)."""
    by_goal: dict[str, list[Target]] = {}
    for target in targets:
        if target.goal_id is not None and target.task_id is None and target.source == "prose":
            by_goal.setdefault(target.goal_id, []).append(target)
    for goal in goals:
        mine = by_goal.get(goal.id)
        if not mine:
            continue
        paragraphs = goal.paragraphs
        for i, para in enumerate(paragraphs):
            here = [t for t in mine if para[0] <= t.span[0] and t.span[1] <= para[1]]
            if not here:
                continue
            notes = _notes(text, min(t.span[1] for t in here), para, first_is_lead)
            # a line of its own naming units right below (…达到80分以上。↵责任单位：A、B): for the paragraph's
            # last sentence, as a note closing it would be
            below = None
            if i + 1 < len(paragraphs):
                after = paragraphs[i + 1]
                below = _note_line(text, after, _notes(text, after[0], after, first_is_lead))
            for target in here:
                note = _closing_note(text, target.span[1], notes)
                if note is not None:
                    add_annotation(out, target.id, note, para)
                elif below is not None and _in_last_sentence(text, target.span[1], para[1]):
                    add_annotation(out, target.id, below, paragraphs[i + 1])


def _notes(text: str, after: int, para: Span, first_is_lead: bool) -> list[Annotation]:
    """The notes naming units in ``para``, read only when a label or a role word stands after ``after`` or
    a bracket closes the paragraph (as notes need: most goals' paragraphs hold none)."""
    end = trim(text, *para)[1]
    if not may_name_roles(text, after, end) and not (end > after and text[end - 1] in CLOSERS):
        return []
    return [n for n in find_annotations(text, *para, first_is_lead=first_is_lead) if n.mentions]


def _note_line(text: str, para: Span, notes: list[Annotation]) -> Annotation | None:
    """The note that is the whole of ``para`` (a line naming units alone), if any."""
    whole = [n for n in notes if not text[para[0] : n.span[0]].strip(" \t\u3000（(〔【")]
    return whole[0] if len(whole) == 1 and len(notes) == 1 else None


def _in_last_sentence(text: str, after: int, end: int) -> bool:
    """No sentence ends between ``after`` and ``end`` but at its very end (white space aside)."""
    rest = text[after:end].rstrip()
    if rest.endswith(tuple(_SENTENCE_ENDS)):
        rest = rest[:-1]
    return not any(ch in _SENTENCE_ENDS for ch in rest)


def _closing_note(text: str, after: int, notes: list[Annotation]) -> Annotation | None:
    """The first note after ``after`` in the same sentence, or right after that sentence's end."""
    for note in sorted(notes, key=lambda n: n.span[0]):
        if note.span[0] >= after:
            return note if _in_last_sentence(text, after, note.span[0]) else None
    return None
