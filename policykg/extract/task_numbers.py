"""References to a plan's tasks by their numbers, as a 分工 annex writes them: in the task cell of a table
(任务序号 1-2 | 牵头单位 | 配合单位) or at the head of a line (任务1-2：A牵头，B配合 / 第（四）项：C负责 /
第二部分第3条：D牵头). ``referred_tasks`` finds the tasks a reference names.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from policykg.extract.header_lines import LINE_MARKUP
from policykg.extract.structure import Structure, Unit
from policykg.extract.table_headers import body_rows
from policykg.extract.tables import TaskColumns, task_columns
from policykg.extract.textspan import Span, line_spans, numeral_value, squeeze, trim

if TYPE_CHECKING:
    from policykg.extract.tasks import TaskDraft

_CN = "一二三四五六七八九十"
_NUMBER = rf"(?:\d{{1,3}}|[{_CN}]{{1,3}})"
#: One task number: 3, 任务3, 第3项, 第（四）项, 第四条.
_ATOM = re.compile(rf"(?:任务|第)?(?:[（(]({_NUMBER})[）)]|({_NUMBER}))(?:项|条)?")
_RANGE = "-—–－~～至到"  # 第1－3项: the full-width hyphen too
_SEPARATOR = re.compile(rf"[{_RANGE}、,，/／]|和")
#: The chapter a number is counted in: 第二部分第3条.
_CHAPTER = re.compile(rf"第([{_CN}]{{1,3}})(?:部分|章|篇)")
#: The section items are counted in, before their numbers: 任务（一）2, （二）2、3, 一（二）3,
#: 二、（一）第1项, (三).1 — a plan whose items start again at 1 in each section names an item by its section.
_SECTION = re.compile(rf"(?:任务)?(?:([{_CN}]{{1,3}})[、.．]?)?[（(]([{_CN}]{{1,3}})[）)][.．、]?(?=第?\d)")
_SPAN_LIMIT = 50  # a bound against 1-999
#: How far into a line its reference may run before the colon.
_LINE_HEAD = 30
_BULLETS = LINE_MARKUP + "•·-－ \t\u3000"
#: What ends a line's reference: a colon, or else a gap.
_COLON = re.compile(r"[：:]")
_GAP = re.compile(r"[ \t\u3000]+")
#: What a reference opens with, beside a digit.
_OPENERS = f"任第（({_CN}"


@dataclass(frozen=True)
class Referred:
    """Task numbers, the kinds of unit they number (（四）: sections) and the chapter they are counted in."""

    numbers: tuple[int, ...]
    kinds: tuple[str, ...] | None = None
    chapter: int | None = None
    #: The section (（二）) the numbers' items are counted in.
    section: int | None = None


def referred_numbers(written: str) -> Referred | None:
    """The task numbers a piece of text is made of ('1-2', '任务3', '第5、6项', '第（四）项',
    '第二部分第3条'), or None when it holds anything else."""
    rest = squeeze(written)
    chapter = None
    if (m := _CHAPTER.match(rest)) is not None:
        chapter, rest = numeral_value(m.group(1)), rest[m.end() :]
    numbers: list[int] = []
    kinds: tuple[str, ...] | None = None
    section = None
    if (m := _SECTION.match(rest)) is not None:  # 任务（一）2: items of section （一）
        if m.group(1):
            chapter = numeral_value(m.group(1))
        section, kinds, rest = numeral_value(m.group(2)), ("item",), rest[m.end() :]
    pos, ranged = 0, False
    while True:
        atom = _ATOM.match(rest, pos)
        if atom is None or atom.end() == pos:
            return None
        value = numeral_value(atom.group(1) or atom.group(2))
        if value <= 0:
            return None
        if not numbers and atom.group(1) is not None:
            if section is not None:
                return None  # （一）（2）: no item number after a section
            kinds = ("section",) if not atom.group(1).isdigit() else ("subitem",)
        if ranged and numbers and numbers[-1] < value:
            numbers.extend(range(numbers[-1] + 1, min(value, numbers[-1] + _SPAN_LIMIT) + 1))
        else:
            numbers.append(value)
        pos = atom.end()
        if pos == len(rest):
            return Referred(tuple(numbers), kinds, chapter, section)
        sep = _SEPARATOR.match(rest, pos)
        if sep is None:
            return None
        ranged, pos = sep.group(0) in _RANGE, sep.end()


@dataclass(frozen=True)
class TaskReference:
    """A row of a 分工表 that assigns units to tasks written elsewhere in the plan, by their numbers."""

    table: int
    row: int
    referred: Referred
    columns: TaskColumns


def task_references(structure: Structure) -> list[TaskReference]:
    """Rows of task tables whose every task cell is only task numbers (任务序号 1-2 | 牵头单位 | 配合单位)."""
    text = structure.text
    out: list[TaskReference] = []
    for t_index, table in enumerate(structure.tables):
        columns = task_columns(text, table)
        if columns is None:
            continue
        rows = [(r, row) for r, row in body_rows(text, table) if columns.task < len(row)]
        refs = [
            (r, referred_numbers(text[row[columns.task].span[0] : row[columns.task].span[1]]))
            for r, row in rows
        ]
        if refs and all(referred for _, referred in refs):
            out.extend(TaskReference(t_index, r, referred, columns) for r, referred in refs if referred)
    return out


@dataclass(frozen=True)
class LineReference:
    """A line that assigns units to tasks by their numbers: '任务1-2：区市场监管局牵头，区科技局配合'."""

    span: Span  # the line
    units: Span  # the words after the reference
    referred: Referred


def line_references(structure: Structure, drafts: list[TaskDraft]) -> list[LineReference]:
    """Lines outside every task and table that open with task numbers and a colon (or a space), the units
    after it. Whether those words name units is the caller's to judge."""
    text = structure.text
    taken = _merged([d.span for d in drafts if d.kind != "table_row"] + [t.span for t in structure.tables])
    starts = [a for a, _ in taken]
    out: list[LineReference] = []
    for s, e in line_spans(text):
        s, e = trim(text, s, e)
        while s < e and text[s] in _BULLETS:
            s += 1
        if s >= e:
            continue
        if not (text[s] in _OPENERS or text[s].isdigit()) or _inside(taken, starts, s):
            continue
        window = text[s : min(e, s + _LINE_HEAD)]
        head = _COLON.search(window) or _GAP.search(window)
        if head is None or head.start() == 0:
            continue
        referred = referred_numbers(text[s : s + head.start()].strip(LINE_MARKUP))
        units = trim(text, s + head.end(), e)
        while units[1] > units[0] and text[units[1] - 1] in "。；;，,":
            units = (units[0], units[1] - 1)
        if referred is not None and units[0] < units[1]:
            out.append(LineReference((s, e), units, referred))
    return out


def _merged(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _inside(spans: list[Span], starts: list[int], pos: int) -> bool:
    """``pos`` lies in one of the sorted, disjoint ``spans`` (``starts``: their starts)."""
    i = bisect_right(starts, pos) - 1
    return i >= 0 and pos < spans[i][1]


def _chapter_number(structure: Structure, unit: Unit) -> int:
    while unit.level > 1 and unit.parent is not None:
        unit = structure.units[unit.parent]
    return numeral_value(unit.label) if unit.level == 1 else 0


def _section_number(structure: Structure, unit: Unit) -> int:
    """The number of the section (（二）) ``unit`` stands in, 0 when it stands in none."""
    while unit.kind != "section" and unit.parent is not None:
        unit = structure.units[unit.parent]
    return numeral_value(unit.label) if unit.kind == "section" else 0


def referred_tasks(structure: Structure, drafts: list[TaskDraft], referred: Referred) -> list[TaskDraft]:
    """The tasks a reference names: for each number, the one task of that number (1. / 1、 items, else （一）
    sections; only sections for （四）), counted in the chapter and the section it names if any; none when
    two have it."""
    order = (referred.kinds,) if referred.kinds else (("item",), ("section", "chapter"))
    out: list[TaskDraft] = []
    for number in referred.numbers:
        for kinds in order:
            found = [
                d
                for d in drafts
                if d.kind in kinds
                and d.unit is not None
                and numeral_value(d.unit.label) == number
                and (referred.chapter is None or _chapter_number(structure, d.unit) == referred.chapter)
                and (referred.section is None or _section_number(structure, d.unit) == referred.section)
            ]
            if found:
                out.extend(found if len(found) == 1 else [])
                break
    return out
