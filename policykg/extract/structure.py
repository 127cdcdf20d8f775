"""Segment a plan into its hierarchy: chapters (一、), sections （一）, items 1. / 1、, sub-items （1）,
markdown headings and annex boundaries, with paragraphs rebuilt from wrapped lines.

``segment(text, tables)`` returns a ``Structure``; every span refers to the canonical text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise
from typing import NamedTuple

from loaders.base import TableGrid
from ontology.vocab import document_vocabulary
from ontology.vocab_targets import target_vocabulary
from policykg.extract.textspan import TERMINALS, Span, line_spans, trim

_CN = "一二三四五六七八九十百零〇"


class Marker(NamedTuple):
    level: int  # the level its style has on its own; segment() shifts it under 第X章 / 第X节
    kind: str
    label: str
    span: Span
    #: part (第X章/部分/篇) | jie (第X节) | cn | paren_cn | phase | digit | paren_digit | circled | decimal
    style: str


MARKERS: tuple[tuple[int, str, str, re.Pattern[str]], ...] = (
    (1, "chapter", "part", re.compile(rf"第([{_CN}]+)(?:章|部分|篇)[\s、：:]*")),
    (2, "section", "jie", re.compile(rf"第([{_CN}]+)节[\s、：:]*")),
    (1, "chapter", "cn", re.compile(rf"([{_CN}]+)\s*[、．.]\s*")),
    (2, "section", "paren_cn", re.compile(rf"[（(]\s*([{_CN}]+)\s*[）)]\s*[、．.]?\s*")),
    (2, "phase", "phase", re.compile(rf"(第[{_CN}]+(?:阶段|步))\s*[：:、]?\s*")),
    (3, "item", "digit", re.compile(r"(\d{1,2})\s*[、．.](?!\d)\s*")),
    (4, "subitem", "paren_digit", re.compile(r"[（(]\s*(\d{1,2})\s*[）)]\s*[、．.]?\s*")),
    (5, "point", "circled", re.compile(r"([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])\s*")),
)
#: Decimal outline numbers (1.1 / 2.1.1 / 1.2.3.4) and, in a decimal outline only, a bare chapter
#: number (1 总体要求).
_DECIMAL = re.compile(r"(\d{1,2}(?:[.．]\d{1,2}){1,3})(?![.．]?\d)(?:\s*[、．.])?\s*")
_BARE = re.compile(r"(\d{1,2})[ \t\u3000]+")
_DECIMAL_KINDS = ("chapter", "section", "item", "subitem")
#: Words a number runs into when it is a quantity or a date, not an outline number (2.5亿元, 1.2万件, 3.5%).
_QUANTITY_HEADS = "年月日时万亿千百倍"
_HEADING_OPENERS = "“《「【"
_EMPHASIS = re.compile(r"\*\*|__")
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
    title: str | None  # markdown emphasis (**…**) left out
    title_span: Span | None
    heading_only: bool
    style: str = ""  # the marker's numbering style (Marker.style); "" for markdown headings and annexes
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
    """Offset after a markdown heading prefix and an emphasis opener (### **…) and the heading's # count
    (0 if none)."""
    m = _MD_HEADING.match(text, start, end)
    body, md = (m.end(), len(m.group(1))) if m else (start, 0)
    if _EMPHASIS.match(text, body, end):
        body += 2
    return body, md


@cache
def _quantity_words() -> tuple[str, ...]:
    return tuple(u.unit for u in target_vocabulary().units)


def _heading_follows(text: str, pos: int, end: int) -> bool:
    """Heading text (not a unit, a percent or a date part) starts at ``pos``: 1.1 发展目标, not 2.5亿元."""
    if pos >= end:
        return False
    ch = text[pos]
    if not ("\u4e00" <= ch <= "\u9fff" or ch in _HEADING_OPENERS) or ch in _QUANTITY_HEADS:
        return False
    return not text.startswith(_quantity_words(), pos)


def match_marker(text: str, start: int, end: int, *, decimal: bool = False) -> Marker | None:
    """The numbering marker at ``start``: its level, kind, label, span and style. Decimal outline numbers
    count only when heading text follows; a bare chapter number (1 总体要求) only in a decimal outline."""
    for level, kind, style, pattern in MARKERS:
        m = pattern.match(text, start, end)
        if m:
            return Marker(level, kind, m.group(1), (start, m.end()), style)
    m = _DECIMAL.match(text, start, end) or (_BARE.match(text, start, end) if decimal else None)
    if m and _heading_follows(text, m.end(), end):
        label = m.group(1).replace("．", ".")
        depth = label.count(".") + 1
        return Marker(depth, _DECIMAL_KINDS[depth - 1], label, (start, m.end()), "decimal")
    return None


def decimal_outline(text: str) -> bool:
    """The plan numbers its outline 1.1 / 2.1.1: some line opens with a decimal outline number."""
    for s, e in line_spans(text):
        s, e = trim(text, s, e)
        body, _ = _strip_md(text, s, e)
        marker = match_marker(text, body, e)
        if marker is not None and marker.style == "decimal":
            return True
    return False


def _in_tables(pos: int, tables: list[TableGrid]) -> bool:
    return any(t.span[0] <= pos < t.span[1] for t in tables)


def build_paragraphs(text: str, tables: list[TableGrid], decimal: bool | None = None) -> list[Paragraph]:
    """Rebuild paragraphs: a line continues the previous one when that one has no closing punctuation,
    is not a heading, and the line itself does not open a numbered unit (wrapped PDF/Word text)."""
    if decimal is None:
        decimal = decimal_outline(text)
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
        marker = match_marker(text, body, e, decimal=decimal)
        starts_unit = md > 0 or marker is not None or _ANNEX.match(text, body, e)
        if (
            open_para is not None
            and not starts_unit
            and blank_run <= 1
            and text[open_para.span[1] - 1] not in TERMINALS
            and not _heading_only(text, open_para.span, decimal)
        ):
            open_para.span = (open_para.span[0], e)
            open_para.lines.append((s, e))
        else:
            open_para = Paragraph(span=(s, e), lines=[(s, e)])
            paragraphs.append(open_para)
        blank_run = 0
    return paragraphs


def _heading_only(text: str, span: Span, decimal: bool) -> bool:
    s, e = span
    body, md = _strip_md(text, s, e)
    marker = match_marker(text, body, e, decimal=decimal)
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
    """The heading text: the whole line for a heading, else the text up to the first 。 when short.
    Markdown emphasis (**…**, __…__) stays out of the title; its span still slices back to the text."""
    if heading_only:
        s, e = trim(text, start, end)
    else:
        stop = text.find("。", start, end)
        if stop < 0 or stop - start > _TITLE_MAX:
            return None, None
        s, e = trim(text, start, stop)
    while s < e:
        if _EMPHASIS.match(text, s, e):
            s, e = trim(text, s + 2, e)
        elif e - 2 >= s and _EMPHASIS.match(text, e - 2, e):
            s, e = trim(text, s, e - 2)
        elif heading_only and text[e - 1] in "：:。":
            e -= 1
        else:
            break
    title = _EMPHASIS.sub("", text[s:e]).strip()
    return (title, (s, e)) if title else (None, None)


def _new_unit(text: str, index: int, para: Paragraph, decimal: bool) -> Unit | None:
    s, e = para.span
    body, md = _strip_md(text, s, e)
    heading_only = _heading_only(text, para.span, decimal)
    marker = match_marker(text, body, e, decimal=decimal)
    if marker is not None:
        title, title_span = _title(text, marker.span[1], e, heading_only)
        return Unit(
            index,
            marker.level,
            marker.kind,
            marker.label,
            marker.span,
            para.span,
            title,
            title_span,
            heading_only,
            style=marker.style,
        )
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
    if unit.style == "jie":
        return f"第{unit.label}节"
    if unit.style in ("paren_cn", "paren_digit"):
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


_OUTER_STYLES = ("part", "jie")
_LEVEL_KINDS = ("chapter", "section", "item", "subitem", "point")


def _promote_decimal_heads(units: list[Unit]) -> None:
    """In a decimal outline, 1. (or 1、) followed directly by 1.1 heads a chapter, not an item."""
    for unit, following in pairwise(units):
        if unit.style == "digit" and following.style == "decimal" and following.label == f"{unit.label}.1":
            unit.level, unit.kind, unit.style = 1, "chapter", "decimal"


def _shift_level(unit: Unit, stack: list[Unit], tops: dict[int, int]) -> None:
    """Under 第X章 (level 1) or 第X节 (level 2) the numbering nests below the innermost of them: the first
    style used inside it (一、, （一） or 1.) sits one level below it, and deeper styles keep their distance
    from that one. ``tops`` remembers that first style's own level per 章/节."""
    if unit.level == 0 or unit.style in _OUTER_STYLES:
        return
    outer = next((u for u in reversed(stack) if u.style in _OUTER_STYLES), None)
    if outer is None:
        return
    top = tops.setdefault(outer.index, unit.level)
    unit.level = outer.level + 1 + max(0, unit.level - top)
    if unit.kind != "phase":
        unit.kind = _LEVEL_KINDS[min(unit.level, len(_LEVEL_KINDS)) - 1]


def segment(text: str, tables: list[TableGrid]) -> Structure:
    decimal = decimal_outline(text)
    paragraphs = build_paragraphs(text, tables, decimal)
    opened = [(p, _new_unit(text, 0, para, decimal)) for p, para in enumerate(paragraphs)]
    _promote_decimal_heads([u for _, u in opened if u is not None])
    units: list[Unit] = []
    stack: list[Unit] = []
    tops: dict[int, int] = {}
    for p_index, unit in opened:
        para = paragraphs[p_index]
        if unit is not None:
            unit.index = len(units)
            _shift_level(unit, stack, tops)
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
    """Paths join the labels from the chapter down (四.(一).1); a decimal number (2.1.1) is written once,
    not after the decimal numbers it extends (2, 2.1)."""
    seen: dict[str, int] = {}
    for unit in units:
        if unit.level == 0:
            path = unit.label or "heading"
        else:
            parts = [_label(unit)]
            last = unit
            parent = unit.parent
            while parent is not None and units[parent].level > 0:
                above = units[parent]
                extends = last.style == above.style == "decimal" and last.label.startswith(f"{above.label}.")
                if not extends:
                    parts.append(_label(above))
                    last = above
                parent = above.parent
            path = ".".join(reversed(parts))
        count = seen.get(path, 0) + 1
        seen[path] = count
        unit.path = path if count == 1 else f"{path}~{count}"


def _assign_kinds(units: list[Unit]) -> None:
    """A chapter's kind comes from its heading; units under it inherit it, except that a goals heading
    (（二）发展目标, 第一节 主要目标) inside a guidance chapter (总体要求) makes a goals unit."""
    for unit in units:
        if unit.level == 0:
            unit.chapter_kind = "annex" if unit.kind == "annex" else "preamble"
        elif unit.parent is None or units[unit.parent].level == 0:
            unit.chapter_kind = chapter_kind(unit.title) if unit.level == 1 else "tasks"
        else:
            inherited = units[unit.parent].chapter_kind
            own_goals = inherited == "guidance" and unit.title and chapter_kind(unit.title) == "goals"
            unit.chapter_kind = "goals" if own_goals else inherited
