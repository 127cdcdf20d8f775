"""A line of unit names alone after an item's text, with no label and no role word:

    3.强化知识产权保护。建立快速维权机制，开展专项执法行动。
    区市场监管局　区公安分局　区法院

The units on it (separated by spaces or 、) are the item's: the first leads and the others support when the
plan declares first-is-lead, otherwise as a bare list of unit names (sole / joint). The line must follow a
full sentence of the same item, hold nothing but names that look like bodies, and carry no sentence word
(roles.yaml ``name_line_stop_words``) and no column header or label word (牵头单位 / 配合单位). A line
followed by a date is a signature, not such a line.
"""

from __future__ import annotations

from functools import cache

from ontology.vocab import document_vocabulary, role_vocabulary
from policykg.extract.agency_lists import Annotation, label_at
from policykg.extract.annotations import CLOSING, SENTENCE_END, only_units
from policykg.extract.header_lines import record_line
from policykg.extract.textspan import Span, squeeze, trim


@cache
def _header_words() -> frozenset[str]:
    """Label and task-table column words: a line of them is a header, not units."""
    columns = document_vocabulary().task_table_columns
    words = {label.text for label in role_vocabulary().labels}
    for keys in (columns.task, columns.lead, columns.support, columns.responsible, columns.number):
        words.update(keys)
    return frozenset(words)


def _dated(text: str, span: Span | None) -> bool:
    """The paragraph is a line holding a date (the date under a signature)."""
    if span is None:
        return False
    record = record_line(text, *span)
    return record is not None and bool(record.dates)


def names_line(
    text: str, para: Span, previous: Span, following: Span | None, *, first_is_lead: bool
) -> Annotation | None:
    """The annotation a paragraph of unit names alone gives the item whose text ``previous`` ends, or None."""
    before = trim(text, *previous)
    if before[0] >= before[1] or text[before[1] - 1] not in SENTENCE_END:
        return None
    start, end = trim(text, *para)
    while end > start and text[end - 1] in CLOSING:
        end -= 1
    line = text[start:end]
    if start >= end or "\n" in line or any(ch in line for ch in SENTENCE_END):
        return None
    if label_at(text, start, end) is not None or any(
        w in line for w in role_vocabulary().name_line_stop_words
    ):
        return None
    if _dated(text, following):
        return None
    mentions = only_units(text, start, end, first_is_lead)
    if not mentions or any(squeeze(text[m.span[0] : m.span[1]]) in _header_words() for m in mentions):
        return None
    return Annotation((start, end), "…", tuple(mentions), names_line=True)
