"""Rows of a 分工表 that speak for tasks written in the plan's prose (items, sections, and their 一是…二是…
clauses), so that the row's units are the prose task's and the row is not counted as a task of its own. A
row links to tasks in two ways:

- by number: every task cell of the table is only task numbers (任务序号 1-2, 第（四）项; task_numbers.py);
- by title: the task cell restates one prose task's title, perhaps with its marker or its first sentence
  after it ((一)加强高价值专利培育 | 加强高价值专利培育。围绕主导产业… | 推进专利导航工作), and no other
  task's title fits it as well; or its first clause is word for word the title of a heading that is no
  task itself ((二)强化知识产权保护 over 1. 2. 3.), and the row speaks for the items under it that name nobody
  of their own (``RowLink.heading``; a task's title restated exactly comes first);
- by paraphrase: the first clause of the task cell says one prose task's title in other words
  (title_similarity.py);
- by quotation: the task cell quotes, figure and all, the words of one prose task's text (开展专利导航2项 of
  …在新能源汽车等产业开展专利导航2项。): a 分工表 naming each task by the target its paragraph sets.

Either way a row sharing no more with a title than the field's common words (保护, 运用, 专利 …) speaks for
that task only when the task's text holds the row's other words too: 建设知识产权保护工作站 is a work of its
own, not 强化知识产权保护 (or 知识产权保护) said again.

``row_links`` is the one place that decides; the task stage leaves linked rows out and the responsibility
stage gives their units (and a deadline column's time limit) to the linked tasks.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from policykg.extract.structure import Structure, Unit
from policykg.extract.table_headers import body_rows
from policykg.extract.table_sections import category_rows
from policykg.extract.tables import TaskColumns, task_columns
from policykg.extract.task_numbers import referred_tasks, task_references
from policykg.extract.title_similarity import Titles, common_only, own_words

if TYPE_CHECKING:
    from policykg.extract.tasks import TaskDraft

#: A numbering marker opening a cell: 一、 （一） (1) 1. 1、 第一项 …
_NUMERAL = r"[一二三四五六七八九十\d]{1,3}"
_MARKER = re.compile(rf"^(?:[（(]{_NUMERAL}[）)]|第?{_NUMERAL}(?:项|条)?[、.．)）])")
#: Characters that are not words: punctuation and white space drop out of a title's key.
_NOT_WORD = re.compile(r"[\W_]+")
#: The shortest title (in word characters) that may match by one containing the other.
_MIN_CONTAINED = 6
#: The shortest title that may match at all.
_MIN_TITLE = 4
#: A row says a title in other words (title_similarity.py) when it holds this share of the title's content
#: and the title makes up at least _ROW_SHARE of the row's.
_TITLE_HELD = 0.6
_ROW_SHARE = 0.2
#: Where the first clause of a row's task cell ends: only that clause is compared with the titles.
_HEAD_END = re.compile(r"[。；;：:\n]")


@dataclass(frozen=True)
class RowLink:
    """A task-table row that gives its units to tasks written elsewhere in the plan."""

    table: int
    row: int
    columns: TaskColumns
    tasks: tuple[TaskDraft, ...]
    #: "number" | "title" | "paraphrase" | "quote" (the task cell quotes the task's words with their figure,
    #: 开展专利导航2项); "category": the row is a task of its own under the task its
    #: category cell (重点任务 over 具体措施) restates, and gives it no units
    by: str
    #: A heading that is no task itself, named by the row: the row speaks for the tasks under it (``tasks``
    #: is then empty).
    heading: Unit | None = None

    @property
    def target(self) -> TaskDraft | Unit:
        """The task (or heading) a row linked by its title or a paraphrase speaks for."""
        return self.heading if self.heading is not None else self.tasks[0]


def title_key(written: str) -> str:
    """The words of a title: its opening marker, punctuation and white space dropped."""
    written = written.strip()
    marker = _MARKER.match(written)
    return _NOT_WORD.sub("", written[marker.end() :] if marker else written)


def _fit(cell: str, title: str) -> int:
    """How well a row's task cell fits a task's title: 3 the same words, 2 the title then more words, 1 one
    holding the other, 0 not at all."""
    if len(title) < _MIN_TITLE or not cell:
        return 0
    if cell == title:
        return 3
    if cell.startswith(title):
        return 2
    shorter = min(len(cell), len(title))
    return 1 if shorter >= _MIN_CONTAINED and (cell in title or title in cell) else 0


class _TitleIndex:
    """The prose tasks' title words (``title_key``) indexed for ``_restated``, read once a table: each row
    finds the titles fitting it (``_fit``) by look-up instead of trying every title (a 分工表 of thousands of
    rows restating thousands of tasks)."""

    def __init__(self, prose: list[tuple[TaskDraft, str]]) -> None:
        self.prose = prose
        self.keys = [(i, key) for i, (_, key) in enumerate(prose) if len(key) >= _MIN_TITLE]  # others fit 0
        self.by_key: dict[str, list[int]] = {}
        for i, key in self.keys:
            self.by_key.setdefault(key, []).append(i)
        self.lengths = sorted({len(key) for _, key in self.keys})
        self.joined = "\n".join(key for _, key in self.keys)  # a title's words hold no line break
        self.offsets: list[int] = []
        at = 0
        for _, key in self.keys:
            self.offsets.append(at)
            at += len(key) + 1

    def fits(self, cell: str) -> dict[int, int]:
        """``_fit`` of the cell with each title fitting it at all, by the title's place in ``prose``."""
        found: dict[int, int] = {}
        if not cell:
            return found
        _raise(found, self.by_key.get(cell, []), 3)
        shorter = [n for n in self.lengths if n < len(cell)]
        for n in shorter:  # the title, then more words
            _raise(found, self.by_key.get(cell[:n], []), 2)
        contained = [n for n in shorter if n >= _MIN_CONTAINED]
        if len(cell) * len(contained) <= len(self.keys):  # a title inside the cell
            for n in contained:
                for at in range(1, len(cell) - n + 1):
                    _raise(found, self.by_key.get(cell[at : at + n], []), 1)
        else:
            inside = [i for i, key in self.keys if _MIN_CONTAINED <= len(key) < len(cell) and key in cell]
            _raise(found, inside, 1)
        if len(cell) >= _MIN_CONTAINED:  # the cell inside a title
            at = self.joined.find(cell)
            while at >= 0:
                k = bisect_right(self.offsets, at) - 1
                _raise(found, [self.keys[k][0]], 1)
                if k + 1 == len(self.offsets):
                    break
                at = self.joined.find(cell, self.offsets[k + 1])  # on in the next title
        return found


def _raise(found: dict[int, int], indices: list[int], fit: int) -> None:
    """Each title at ``indices`` fits at least as well as ``fit``."""
    for i in indices:
        found[i] = max(found.get(i, 0), fit)


def _restated(cell: str, index: _TitleIndex) -> TaskDraft | None:
    """The one prose task whose title the cell restates best; None when none does or two fit as well."""
    fits = index.fits(cell)
    best = max(fits.values(), default=0)
    chosen = [i for i, fit in fits.items() if fit == best]
    return index.prose[chosen[0]][0] if best > 0 and len(chosen) == 1 else None


def _named_heading(head: str, headings: list[tuple[Unit, str]]) -> Unit | None:
    """The one heading whose title is the row's first clause, word for word."""
    named = [h for h, k in headings if len(k) >= _MIN_TITLE and k == head]
    return named[0] if len(named) == 1 else None


def may_restate(structure: Structure, drafts: list[TaskDraft]) -> bool:
    """Whether a cell of the plan's task tables fits the title of one of ``drafts`` at all (``_fit``): a
    necessary condition of a row restating one by its title, read without linking any row (most plans: no
    cell fits a heading's title)."""
    index = _TitleIndex([(d, title_key(d.title or "")) for d in drafts if d.title])
    if not index.keys:
        return False
    text = structure.text
    for table in structure.tables:
        if task_columns(text, table) is None:
            continue
        for _, row in body_rows(text, table):
            if any(index.fits(title_key(text[c.span[0] : c.span[1]])) for c in row):
                return True
    return False


def row_links(structure: Structure, drafts: list[TaskDraft], headings: Sequence[Unit] = ()) -> list[RowLink]:
    """Every row of the plan's task tables that speaks for prose tasks among ``drafts``, or for the tasks
    under one of ``headings`` (headings that are no task themselves)."""
    text = structure.text
    # the tasks and their clauses (一是…二是…: a 分工表 may restate a clause's title as its row)
    prose = [d for task in drafts for d in (task, *task.clauses) if d.kind != "table_row" and d.title]
    links: list[RowLink] = []
    by_number = task_references(structure)
    for ref in by_number:
        tasks = tuple(referred_tasks(structure, drafts, ref.referred))
        links.append(RowLink(ref.table, ref.row, ref.columns, tasks, "number"))
    referring = {ref.table for ref in by_number}
    if not prose and not headings:
        return links
    keyed = [(d, title_key(d.title or "")) for d in prose]
    named = [(h, title_key(h.title or "")) for h in headings]
    order = {id(d): d.span[0] for d, _ in keyed}  # where each task (or heading) stands in the text
    order.update((id(h), h.span[0]) for h in headings)
    for t_index, table in enumerate(structure.tables):
        if t_index in referring or (columns := task_columns(text, table)) is None:
            continue
        outside = [(d, k) for d, k in keyed if not table.span[0] <= d.span[0] < table.span[1]]
        index = _TitleIndex(outside)
        heads = [(h, k) for h, k in named if not table.span[0] <= h.span[0] < table.span[1]]
        restated: list[RowLink] = []
        unlinked: list[tuple[int, str]] = []
        cell_keys: dict[int, tuple[str, ...]] = {}  # a row's task cell, then its measure cell, as words
        rows = body_rows(text, table)
        # a category the rows share (重点任务 over 具体措施): each row's work is its measure, and only the
        # measure may restate a prose task
        categorised = category_rows(text, rows, columns.task, columns.measure)
        for r, row in rows:
            if columns.task >= len(row):
                continue
            measure = columns.measure if r in categorised else None
            s, e = row[columns.task if measure is None else measure].span
            key = title_key(text[s:e])
            head = title_key(_HEAD_END.split(text[s:e], maxsplit=1)[0])
            task = _restated(key, index)
            if task is not None and not _specific(text, head, task, title_key(task.title or "")):
                # the title only in the field's common words: 知识产权保护 in 建设知识产权保护工作站
                task = None
            heading = _named_heading(head, heads) if heads else None
            if heading is not None and (task is None or _fit(key, title_key(task.title or "")) < 3):
                restated.append(RowLink(t_index, r, columns, (), "title", heading=heading))
            elif task is not None:
                restated.append(RowLink(t_index, r, columns, (task,), "title"))
            elif key:
                unlinked.append((r, head))
                cell_keys[r] = (key,)
                if measure is None and columns.measure is not None and columns.measure < len(row):
                    m_start, m_end = row[columns.measure].span
                    cell_keys[r] = (key, title_key(text[m_start:m_end]))
        links.extend(restated)
        paraphrased = _paraphrased(text, t_index, columns, unlinked, outside, restated, order)
        links.extend(paraphrased)
        said = {link.row for link in paraphrased}
        rest = [(r, cell_keys[r]) for r, _ in unlinked if r not in said]
        apart = [(d, k) for d, k in outside if d.span[1] <= table.span[0] or d.span[0] >= table.span[1]]
        quoted = _quoted(t_index, columns, rest, apart, text)
        quoted = _kept_in_order(quoted, [*restated, *paraphrased], order)
        links.extend(quoted)
        said |= {link.row for link in quoted}
        for r, _ in unlinked:  # a row of its own under the prose task its category restates
            row = table.rows[r]
            if (
                r in categorised
                and r not in said
                and (owner := _category_task(text, row[columns.task].span, index))
            ):
                links.append(RowLink(t_index, r, columns, (owner,), "category"))
    return links


def _category_task(text: str, cell: tuple[int, int], index: _TitleIndex) -> TaskDraft | None:
    """The prose task whose title a row's category cell (重点任务 over 具体措施) restates, as a task cell
    restating it speaks for it (知识产权创造 of 提升知识产权创造质量): the row is a task of its own, under
    that task."""
    key = title_key(text[cell[0] : cell[1]])
    task = _restated(key, index)
    if task is None or not _specific(
        text, _HEAD_END.split(key, maxsplit=1)[0], task, title_key(task.title or "")
    ):
        return None
    return task


def _paraphrased(
    text: str,
    t_index: int,
    columns: TaskColumns,
    rows: list[tuple[int, str]],
    prose: list[tuple[TaskDraft, str]],
    restated: list[RowLink],
    order: dict[int, int],
) -> list[RowLink]:
    """Rows that say a prose task's title in other words (title_similarity.py). A row links when one title
    fits it clearly (_TITLE_HELD and _ROW_SHARE, and no other title holds half as much of itself in the row),
    no row restates that task already,
    no other row would link to it the same way, and the link keeps the table in the prose's order with
    every other link of the table: a table listed in another order is a list of its own, and the row says
    more than the field's common words of the title (``_specific``)."""
    taken = {id(link.target) for link in restated}
    free = [(d, k) for d, k in prose if id(d) not in taken and len(k) >= _MIN_TITLE]
    if not rows or not free:
        return []
    # a title the row holds less than half _TITLE_HELD of is neither the one it fits nor a runner-up to it
    titles = Titles([k for _, k in free], least=_TITLE_HELD / 2)
    proposed: list[tuple[int, TaskDraft]] = []
    for r, head in rows:  # the words of each row's first clause
        if len(head) < _MIN_CONTAINED or not (fits := titles.near(head)):
            continue
        best = max(fits, key=lambda n: fits[n][0])
        held, share = fits[best]
        runner_up = max((h for n, (h, _) in fits.items() if n != best), default=0.0)
        if held >= _TITLE_HELD and share >= _ROW_SHARE and runner_up <= held / 2:
            draft, key = free[best]
            if _specific(text, head, draft, key):
                proposed.append((r, draft))
    counts: dict[int, int] = {}
    for _, d in proposed:
        counts[id(d)] = counts.get(id(d), 0) + 1
    placed = [(link.row, order[id(link.target)]) for link in restated] + [
        (r, order[id(d)]) for r, d in proposed
    ]
    in_order = _Order(placed)
    return [
        RowLink(t_index, r, columns, (d,), "paraphrase")
        for r, d in proposed
        if counts[id(d)] == 1 and in_order(r, order[id(d)])
    ]


#: The fewest word characters of a task cell that may be found word for word in a prose task's text.
_MIN_QUOTED = 8
_DIGIT = re.compile(r"\d")


def _quoted(
    t_index: int,
    columns: TaskColumns,
    rows: list[tuple[int, tuple[str, ...]]],
    prose: list[tuple[TaskDraft, str]],
    text: str,
) -> list[RowLink]:
    """Rows whose task cell quotes a prose task's words with their figure (开展专利导航2项,
    查处商标侵权案件25件以上: an annexed 分工表 listing each task by the target its paragraph sets, not by its
    title): the cell, its words whole and holding a figure, stands word for word in one task's text (the
    innermost of the tasks and clauses holding it; two apart hold it: no link), and no other row quotes that
    task. Each row gives its task cell's words, then its measure cell's (重点任务 | 具体内容: the target
    stands in the content). ``prose`` are the tasks apart from the table: a section holding the table holds
    its cells too, and restates none."""
    cells = [(r, [key for key in keys if len(key) >= _MIN_QUOTED and _DIGIT.search(key)]) for r, keys in rows]
    cells = [(r, keys) for r, keys in cells if keys]
    if not cells:
        return []
    words = [(d, _NOT_WORD.sub("", text[d.span[0] : d.span[1]])) for d, _ in prose]
    proposed: list[tuple[int, TaskDraft]] = []
    for r, keys in cells:
        for cell in keys:
            holding = [d for d, w in words if cell in w]
            inner = [
                d for d in holding if all(o.span[0] <= d.span[0] and d.span[1] <= o.span[1] for o in holding)
            ]
            if len(inner) == 1:
                proposed.append((r, inner[0]))
                break
    counts: dict[int, int] = {}
    for _, d in proposed:
        counts[id(d)] = counts.get(id(d), 0) + 1
    return [RowLink(t_index, r, columns, (d,), "quote") for r, d in proposed if counts[id(d)] == 1]


def _kept_in_order(proposed: list[RowLink], placed: list[RowLink], order: dict[int, int]) -> list[RowLink]:
    """The ``proposed`` links that keep the table in the prose's order with the links ``placed`` already."""
    if not proposed:
        return []
    in_order = _Order([(link.row, order[id(link.target)]) for link in [*placed, *proposed]])
    return [link for link in proposed if in_order(link.row, order[id(link.target)])]


def _specific(text: str, head: str, task: TaskDraft, title: str) -> bool:
    """Whether a row whose first clause is ``head`` may speak for ``task`` (of title key ``title``): it shares
    more with the title than the field's common words (保护, 运用, 专利 …), or the task's text (with its
    sub-units') holds every word of the row's that the title does not. 建设知识产权保护工作站 shares only
    知识产权保护 with 强化知识产权保护 and brings a work of its own."""
    if not common_only(head, title):
        return True
    pairs = own_words(head, title)
    if not pairs:
        return True
    s, e = task.unit.span if task.unit is not None else task.span
    words = _NOT_WORD.sub("", text[s:e])
    return all(p in words for p in pairs)


class _Order:
    """The links placed in a table (row, the task's place in the text), sorted once so that whether one more
    link keeps every other in order is a look-up (a table of thousands of links)."""

    def __init__(self, placed: list[tuple[int, int]]) -> None:
        self.placed = sorted(placed)
        self.rows = [r for r, _ in self.placed]
        self.before = [-1]  # before[k]: the latest place among the first k links (-1: none)
        for _, p in self.placed:
            self.before.append(max(self.before[-1], p))
        self.after = [p for _, p in self.placed]  # after[k]: the earliest place among the links from k on
        for k in range(len(self.after) - 2, -1, -1):
            self.after[k] = min(self.after[k], self.after[k + 1])

    def __call__(self, row: int, position: int) -> bool:
        """Whether a link of ``row`` to the task at ``position`` keeps every other placed link in order: each
        of an earlier row links to an earlier place, each of a later row to a later one, and no other link is
        of the same row."""
        lo, hi = bisect_left(self.rows, row), bisect_right(self.rows, row)
        if any(p != position for _, p in self.placed[lo:hi]):
            return False
        return (lo == 0 or self.before[lo] < position) and (
            hi == len(self.placed) or self.after[hi] > position
        )
