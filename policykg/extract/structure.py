"""Segment a plan into its hierarchy: chapters (一、), sections （一）, items 1. / 1、, sub-items （1）,
markdown headings and annex boundaries, with paragraphs rebuilt from wrapped lines.

``segment(text, tables)`` returns a ``Structure``; every span refers to the canonical text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from loaders.base import TableGrid
from ontology.vocab import document_vocabulary
from policykg.extract.textspan import TERMINALS, Span, line_spans, trim

_CN = "一二三四五六七八九十百零〇"
MARKERS: tuple[tuple[int, str, re.Pattern[str]], ...] = (
    (1, "chapter", re.compile(rf"第([{_CN}]+)(?:章|部分|篇)[\s、：:]*")),
    (1, "chapter", re.compile(rf"([{_CN}]+)\s*[、．.]\s*")),
    (2, "section", re.compile(rf"[（(]\s*([{_CN}]+)\s*[）)]\s*[、．.]?\s*")),
    (2, "phase", re.compile(rf"(第[{_CN}]+(?:阶段|步))\s*[：:、]?\s*")),
    (3, "item", re.compile(r"(\d{1,2})\s*[、．.](?!\d)\s*")),
    (4, "subitem", re.compile(r"[（(]\s*(\d{1,2})\s*[）)]\s*[、．.]?\s*")),
    (5, "point", re.compile(r"([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])\s*")),
)
_MD_HEADING = re.compile(r"(#{1,6})\s*")
_ANNEX = re.compile(r"附\s*件\s*(\d{1,2})?\s*[：:]?\s*")
_HEADING_MAX = 50
_TITLE_MAX = 40
_ITEM_HEADING_MAX = 20


@dataclass
class Paragraph:
    span: Span
    lines: list[Span]
    unit: int | None = None


@dataclass
class Unit:
    """One numbered (or markdown/annex) heading and the text it governs."""

    index: int
    level: int  # 0 heading/annex boundary, 1 chapter, 2 section/phase, 3 item, 4 sub-item, 5 point
    kind: str  # chapter | section | phase | item | subitem | point | heading | annex
    label: str
    marker_span: Span
    heading_span: Span  # the first paragraph
    title: str | None
    title_span: Span | None
    heading_only: bool
    span: Span = (0, 0)
    path: str = ""
    parent: int | None = None
    children: list[int] = field(default_factory=list)
    paragraphs: list[int] = field(default_factory=list)
    chapter_kind: str = "preamble"


@dataclass
class Structure:
    text: str
    paragraphs: list[Paragraph]
    units: list[Unit]
    tables: list[TableGrid]

    def unit_at(self, offset: int) -> Unit | None:
        """Deepest unit whose span holds ``offset``."""
        best: Unit | None = None
        for unit in self.units:
            if unit.span[0] <= offset < unit.span[1] and (best is None or unit.level >= best.level):
                best = unit
        return best


def _strip_md(text: str, start: int, end: int) -> tuple[int, int]:
    """Offset after a markdown heading prefix and the heading's # count (0 if none)."""
    m = _MD_HEADING.match(text, start, end)
    if m:
        return m.end(), len(m.group(1))
    return start, 0


def match_marker(text: str, start: int, end: int) -> tuple[int, str, str, Span] | None:
    """Level, kind, label and marker span of a numbering marker at ``start``."""
    for level, kind, pattern in MARKERS:
        m = pattern.match(text, start, end)
        if m:
            return level, kind, m.group(1), (start, m.end())
    return None


def _in_tables(pos: int, tables: list[TableGrid]) -> bool:
    return any(t.span[0] <= pos < t.span[1] for t in tables)


def build_paragraphs(text: str, tables: list[TableGrid]) -> list[Paragraph]:
    """Rebuild paragraphs: a line continues the previous one when that one has no closing punctuation,
    is not a heading, and the line itself does not open a numbered unit (wrapped PDF/Word text)."""
    paragraphs: list[Paragraph] = []
    blank_run = 0
    open_para: Paragraph | None = None
    for s, e in line_spans(text):
        if _in_tables(s, tables):
            open_para = None
            continue
        s, e = trim(text, s, e)
        if s >= e:
            blank_run += 1
            continue
        body, md = _strip_md(text, s, e)
        starts_unit = md > 0 or match_marker(text, body, e) is not None or _ANNEX.match(text, body, e)
        if (
            open_para is not None
            and not starts_unit
            and blank_run <= 1
            and text[open_para.span[1] - 1] not in TERMINALS
            and not _heading_only(text, open_para.span)
        ):
            open_para.span = (open_para.span[0], e)
            open_para.lines.append((s, e))
        else:
            open_para = Paragraph(span=(s, e), lines=[(s, e)])
            paragraphs.append(open_para)
        blank_run = 0
    return paragraphs


def _heading_only(text: str, span: Span) -> bool:
    s, e = span
    body, md = _strip_md(text, s, e)
    marker = match_marker(text, body, e)
    if md and not marker:
        return True
    if marker is None:
        return bool(_ANNEX.match(text, body, e)) and e - body <= _HEADING_MAX
    rest = text[marker[3][1] : e]
    # Chapters and sections often stand alone as headings; an item or sub-item line without a full
    # stop is a heading only when short, otherwise it is a wrapped line of a longer paragraph.
    limit = _HEADING_MAX if marker[0] <= 2 else _ITEM_HEADING_MAX
    return "。" not in rest and len(rest) <= limit


def _title(text: str, start: int, end: int, heading_only: bool) -> tuple[str | None, Span | None]:
    """The heading text: the whole line for a heading, else the text up to the first 。 when short."""
    if heading_only:
        s, e = trim(text, start, end)
        while e > s and text[e - 1] in "：:。":
            e -= 1
        return (text[s:e], (s, e)) if s < e else (None, None)
    stop = text.find("。", start, end)
    if stop < 0 or stop - start > _TITLE_MAX:
        return None, None
    s, e = trim(text, start, stop)
    return (text[s:e], (s, e)) if s < e else (None, None)


def _new_unit(text: str, index: int, para: Paragraph) -> Unit | None:
    s, e = para.span
    body, md = _strip_md(text, s, e)
    heading_only = _heading_only(text, para.span)
    marker = match_marker(text, body, e)
    if marker is not None:
        level, kind, label, marker_span = marker
        title, title_span = _title(text, marker_span[1], e, heading_only)
        return Unit(index, level, kind, label, marker_span, para.span, title, title_span, heading_only)
    annex = _ANNEX.match(text, body, e)
    if annex and e - body <= _HEADING_MAX:
        title, title_span = _title(text, annex.end(), e, True)
        label = f"附件{annex.group(1) or ''}"
        return Unit(index, 0, "annex", label, (body, annex.end()), para.span, title, title_span, True)
    if md:
        title, title_span = _title(text, body, e, True)
        return Unit(index, 0, "heading", "#" * md, (s, body), para.span, title, title_span, True)
    return None


def _label(unit: Unit) -> str:
    if unit.kind == "section":
        return f"({unit.label})"
    if unit.kind == "subitem":
        return f"({unit.label})"
    return unit.label


def chapter_kind(title: str | None) -> str:
    """Classify a chapter by its heading (data: document_types.yaml chapter_kinds); default tasks."""
    if not title:
        return "tasks"
    head = re.split(r"[。，,；;]", title)[0]
    for entry in document_vocabulary().chapter_kinds:
        if any(re.search(p, head) for p in entry.patterns):
            return entry.kind
    return "tasks"


def segment(text: str, tables: list[TableGrid]) -> Structure:
    paragraphs = build_paragraphs(text, tables)
    units: list[Unit] = []
    stack: list[Unit] = []
    for p_index, para in enumerate(paragraphs):
        unit = _new_unit(text, len(units), para)
        if unit is not None:
            while stack and (unit.level == 0 or stack[-1].level >= unit.level):
                stack.pop()
            if stack:
                unit.parent = stack[-1].index
                stack[-1].children.append(unit.index)
            units.append(unit)
            stack.append(unit)
        if stack:
            para.unit = stack[-1].index
            stack[-1].paragraphs.append(p_index)
    _close_spans(text, units, paragraphs, tables)
    _assign_paths(units)
    _assign_kinds(units)
    return Structure(text=text, paragraphs=paragraphs, units=units, tables=tables)


def _close_spans(text: str, units: list[Unit], paragraphs: list[Paragraph], tables: list[TableGrid]) -> None:
    """A unit runs from its heading to the end of the last paragraph or table under it, and never past
    the next unit of the same or a higher level. One pass with a stack."""
    own_end = [max((paragraphs[p].span[1] for p in u.paragraphs), default=u.heading_span[1]) for u in units]
    table_spans = sorted(t.span for t in tables)
    stack: list[Unit] = []

    def close(unit: Unit, boundary: int) -> None:
        inside = [e for s, e in table_spans if unit.heading_span[1] <= s < boundary]
        last = max(own_end[unit.index], *inside) if inside else own_end[unit.index]
        unit.span = (unit.heading_span[0], min(boundary, max(last, unit.heading_span[1])))
        if unit.parent is not None:
            own_end[unit.parent] = max(own_end[unit.parent], unit.span[1])

    for unit in units:
        while stack and (unit.level == 0 or stack[-1].level >= unit.level):
            close(stack.pop(), unit.heading_span[0])
        stack.append(unit)
    while stack:
        close(stack.pop(), len(text))


def _assign_paths(units: list[Unit]) -> None:
    seen: dict[str, int] = {}
    for unit in units:
        if unit.level == 0:
            path = unit.label or "heading"
        else:
            parts = [_label(unit)]
            parent = unit.parent
            while parent is not None and units[parent].level > 0:
                parts.append(_label(units[parent]))
                parent = units[parent].parent
            path = ".".join(reversed(parts))
        count = seen.get(path, 0) + 1
        seen[path] = count
        unit.path = path if count == 1 else f"{path}~{count}"


def _assign_kinds(units: list[Unit]) -> None:
    for unit in units:
        if unit.level == 0:
            unit.chapter_kind = "annex" if unit.kind == "annex" else "preamble"
        elif unit.level == 1:
            unit.chapter_kind = chapter_kind(unit.title)
        elif unit.parent is not None and units[unit.parent].level > 0:
            unit.chapter_kind = units[unit.parent].chapter_kind
        else:
            unit.chapter_kind = "tasks"
