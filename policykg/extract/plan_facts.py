"""Second-half facts of a plan: targets (prose and tables) with consistency checks, programme mentions,
cited policies and phases, each tied to the task or goal it stands in."""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from itertools import accumulate

from loaders.base import Note
from ontology.vocab import RegionEntry, document_vocabulary
from ontology.vocab_targets import target_vocabulary
from policykg.extract.agencies import place_self_words
from policykg.extract.citations import find_citations, normalise_title
from policykg.extract.dates import CALENDAR_YEAR
from policykg.extract.indicators import MIN_INDICATOR, indicator_key, target_flags
from policykg.extract.markers import LINE_BULLET
from policykg.extract.metadata import notice_issuers
from policykg.extract.note_citations import note_citations
from policykg.extract.phases import deadline_date, find_phases
from policykg.extract.programs import find_programs
from policykg.extract.quantities import normalise
from policykg.extract.regions import RegionIndex
from policykg.extract.row_links import RowLink
from policykg.extract.spaced_tables import wrapped_pieces
from policykg.extract.standard_indicators import comparable_key, qualified_key, scoped_indicator
from policykg.extract.standings import Standing, next_level_up, reference_region
from policykg.extract.structure import Structure, Unit, chapter_kind
from policykg.extract.table_cells import TableTarget
from policykg.extract.table_headers import header_texts
from policykg.extract.tables import TaskColumns
from policykg.extract.target_checks import prose_vs_table, sum_checks
from policykg.extract.target_tables import table_targets
from policykg.extract.target_words import front_word
from policykg.extract.targets import BASELINE, RANK_UNIT, TargetDraft, find_targets, town_opening
from policykg.extract.tasks import CELL_ITEM, GoalDraft, TaskDraft
from policykg.extract.textspan import CELL_BREAK, Span, squeeze, trim
from policykg.extract.year_tables import row_year
from policykg.models import Citation, Evidence, Period, Phase, Plan, ProgramMention, Target, Warning


@dataclass
class PlanFacts:
    targets: list[Target] = field(default_factory=list)
    programs: list[ProgramMention] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    phases: list[Phase] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)


@dataclass(frozen=True)
class _Owner:
    task_id: str | None
    goal_id: str | None
    path: str
    span: Span


def _opening_paragraphs(text: str, structure: Structure, title: Span | None) -> list[Span]:
    """The sentences between the plan's title and its first heading: what the plan is for (为…，推进国家知识
    产权强县建设试点县创建，制定本方案。), which names the programme the plan carries out as its title may.
    Lines of no sentence there (the title again under its cover notice, a date) are passed over."""
    if title is None:
        return []
    first = next((unit.span[0] for unit in structure.units if unit.level > 0), None)
    if first is None or first <= title[1]:
        return []
    return [
        (max(p.span[0], title[1]), p.span[1])  # a paragraph the title opens: its words after the title
        for p in structure.paragraphs
        if p.span[1] > title[1] and p.span[0] < first and not p.closing and _ends_sentence(text, p.span)
    ]


@cache
def _purpose_heading() -> re.Pattern[str] | None:
    """document_types.yaml purpose_chapters as one pattern (None when the data lists none)."""
    patterns = document_vocabulary().purpose_chapters
    return re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None


def _purpose_paragraphs(structure: Structure) -> list[Span]:
    """The paragraphs of the sections saying what the plan is for and where it aims (（一）指导思想, 一、总体
    要求 holding that paragraph itself: document_types.yaml purpose_chapters), as the opening paragraphs
    say it before the first heading (…，努力创建国家知识产权强县建设试点县). Their own text only, not a
    sub-unit's (一、总体要求 over （二）基本原则)."""
    heading = _purpose_heading()
    if heading is None:
        return []
    return [
        structure.paragraphs[p].span
        for unit in structure.units
        if unit.chapter_kind == "guidance" and unit.title and heading.search(unit.title)
        for p in structure.own_paragraphs(unit)
    ]


def _ends_sentence(text: str, span: Span) -> bool:
    start, end = trim(text, *span)
    return end > start and text[end - 1] == "。"


def _in_cited_title(text: str, start: int, at: int) -> bool:
    """``at`` stands inside a 《…》 title opened after ``start``."""
    return text.rfind("《", start, at) > text.rfind("》", start, at)


def _owners(tasks: list[TaskDraft], goals: list[GoalDraft], over: list[_Heading]) -> list[_Owner]:
    owners = [_Owner(None, g.id, g.path, g.span) for g in goals]
    owners.extend(_Owner(None, None, h.path, para) for h in over for para in h.paragraphs)
    for task in tasks:
        owners.append(_Owner(task.id, None, task.path, task.span))
        owners.extend(_Owner(c.id, None, c.path, c.span) for c in task.clauses)
    return owners


#: The chapters whose headings over sub-units may name their work (not phases: 动员部署阶段（2025年3月）).
_HEADED_WORK = ("tasks", "safeguards")


@dataclass(frozen=True)
class _Heading:
    """A unit of work over sub-units that is no task itself: its own text (a heading line, or a lead-in
    to its sub-units: 1.深入开展“铁拳”行动，聚焦食品领域，重点做好以下工作：), as its paragraphs."""

    path: str
    paragraphs: list[Span]


def _headings_over_work(
    structure: Structure, tasks: list[TaskDraft], goals: list[GoalDraft]
) -> list[_Heading]:
    """The units of a work chapter over sub-units that are no task (tasks.py: a heading or a lead-in
    says no more than what the sub-units do). Their words still name the work: a programme (开展“铁拳”
    行动，重点做好以下工作：) or a target (全年查处案件不少于100件，重点做好以下工作：) written there is the
    plan's, found nowhere else; they stay no task, and what they name is tied to none. A heading read as
    a goal already (二、到2025年，全县有效发明专利达到500件 over
    the chapter's tasks) is left to it."""
    as_tasks = {t.path for t in tasks}
    # a table standing in its text is read as a table (its rows' targets), never as its words; a
    # paragraph a goal or a task holds is theirs
    read = sorted([t.span for t in structure.tables] + [g.span for g in goals] + [t.span for t in tasks])
    starts = [s for s, _ in read]
    reach = list(accumulate((e for _, e in read), max))  # the furthest end of the spans up to each one
    found: list[_Heading] = []
    for unit in structure.units:
        if not unit.children or unit.level < 1 or unit.chapter_kind not in _HEADED_WORK:
            continue
        if unit.path in as_tasks:
            continue
        end = structure.units[unit.children[0]].heading_span[0]
        paragraphs = []
        for p in structure.own_paragraphs(unit):
            para = structure.paragraphs[p].span
            if not para[0] < min(end, para[1]):
                continue
            # held by a span read already: one starting before the paragraph ends reaches into it
            before = bisect_left(starts, para[1])
            if before == 0 or reach[before - 1] <= para[0]:
                paragraphs.append(para)
        if paragraphs:
            found.append(_Heading(unit.path, paragraphs))
    return found


class _OwnerIndex:
    """Owners sorted by where they start, so that the innermost one holding a position (the one starting
    last) is found by a binary search and a short walk back, not a scan of every owner."""

    def __init__(self, owners: list[_Owner]) -> None:
        self.owners = sorted(owners, key=lambda o: o.span[0])  # stable: equal starts keep their order
        self.starts = [o.span[0] for o in self.owners]
        # the furthest end of any owner up to each index: the walk back stops once nothing earlier reaches
        # ``pos`` (a position after every owner, in an annex table, costs one step, not one per owner)
        self.reach = list(accumulate((o.span[1] for o in self.owners), max))

    def at(self, pos: int) -> _Owner | None:
        """The innermost task, clause or goal holding ``pos``."""
        for i in range(bisect_right(self.starts, pos) - 1, -1, -1):
            if self.reach[i] <= pos:
                return None
            if pos < self.owners[i].span[1]:
                return self.owners[i]
        return None


def _work_cells(structure: Structure, task: TaskDraft) -> list[Span]:
    """The cells of a task-table row that describe the work (重点任务, 具体内容 …): targets written there
    (不少于5个) are the row's. Agency, deadline and number columns are left out. A task cell spanning rows of
    measures is its own task's (its paragraph), not each measure's."""
    columns = task.columns
    if task.row is None:
        return task.paragraphs
    if columns is None or task.table is None:
        return []
    return _row_work_cells(structure, columns, task.table, task.row, task.parent is not None)


def _row_work_cells(
    structure: Structure, columns: TaskColumns, t_index: int, r: int, parent_task: bool
) -> list[Span]:
    """The work cells of row ``r`` of table ``t_index`` (see ``_work_cells``), the task cell left out when
    it is a parent task's (``parent_task``)."""
    skip = {columns.lead, columns.support, columns.responsible, columns.deadline, columns.number}
    skip.update(columns.more_support)
    skip.update(columns.matrix.columns if columns.matrix is not None else ())  # cells of signs (●, ○)
    if parent_task:
        skip.add(columns.task)
    skip.update(c for c, _ in columns.periods)
    skip.update(columns.times)
    table = structure.tables[t_index]
    row = table.rows[r]
    # a cell spanning columns (colspan, merged cells) stands at each of them: it is read once
    cells = dict.fromkeys(
        cell.span for i, cell in enumerate(row) if i not in skip and cell.span[0] < cell.span[1]
    )
    text = structure.text
    # a table typed with spaces: the words a work cell wrapped onto the lines below its row (…，促成 ↵
    # 专利转化运用项目10项), which the table keeps out of its cells
    wrapped = [p for c, pieces in wrapped_pieces(text, table, r).items() if c not in skip for p in pieces]
    return [line for span in [*cells, *wrapped] for line in _cell_lines(text, span)]


def _linked_row_targets(
    structure: Structure,
    links: Sequence[RowLink],
    prose: list[tuple[TargetDraft, _Owner]],
    plan: Plan,
    parts: list[tuple[int, Period | None]],
    start: int | None,
) -> list[tuple[TargetDraft, _Owner]]:
    """The figures of an annex task table's rows that restate one task written elsewhere (1 | 加大行政执法
    力度：…，办理专利侵权纠纷案件不少于8件 | 市市场监管局 | …) and that the task's own words do not give
    (the same value in the same unit: the row restating its figure): that task's targets, dated as the task
    is (its time limit). The task stage leaves such rows out, so their work cells are read here; a cell
    under a column of one year's work is left to the table's reading (``table_targets``)."""
    text = structure.text
    found: list[tuple[TargetDraft, _Owner]] = []
    for link in links:
        if len(link.tasks) != 1 or link.by == "category":
            continue
        task = link.tasks[0]
        s, e = task.span
        own = {(d.value, d.unit) for d, _ in prose if s <= d.span[0] < e}
        owner = _Owner(task.id, None, task.path, task.span)
        dated = _deadline_year(task)
        # a cell under a column of one year's work is the table's reading, dated by its column
        years = _year_cells(structure, link.table, link.row)
        for line in _row_work_cells(structure, link.columns, link.table, link.row, False):
            if any(a <= line[0] and line[1] <= b for a, b in years):
                continue
            for draft in find_targets(text, *_past_bullet(text, line), context_year=None):
                if (draft.value, draft.unit) in own:
                    continue  # the task's own figure, restated
                if (dated_draft := _dated_draft(text, draft, dated, plan, parts, line[0], start)) is not None:
                    found.append((dated_draft, owner))
    return found


def _cell_lines(text: str, span: Span) -> list[Span]:
    """A cell's items: the cell cut at each <br> its Markdown row writes for a line break, and at each line
    break before an item's number (3. 推进地理标志运用促进工程 ↵ 4. 新增…2件, a Word cell's numbered
    paragraphs): an item that ends with no stop is no part of the next one's target. A line the layout
    wrapped (a PDF's narrow cell) opens with no number and stays with the line before it."""
    start, end = span
    cuts: list[Span] = []
    at = text.find(CELL_BREAK, start, end)
    while at >= 0:
        cuts.append((at, at + len(CELL_BREAK)))
        at = text.find(CELL_BREAK, at + len(CELL_BREAK), end)
    at = text.find("\n", start, end)
    while at >= 0:  # the cheap test: most cells are one line
        if CELL_ITEM.match(text, trim(text, at + 1, end)[0], end) is not None:
            cuts.append((at, at + 1))
        at = text.find("\n", at + 1, end)
    if not cuts:
        return [span]
    lines: list[Span] = []
    for cut_start, cut_end in sorted(cuts):
        lines.append((start, cut_start))
        start = cut_end
    lines.append((start, end))
    return [line for line in lines if line[0] < line[1]]


def _placed(target: Target, standing: Standing, index: RegionIndex, region: RegionEntry | None) -> Target:
    """``target`` placed against its peers: the standing's kind, reference and the region it compares with;
    no scope written (保持前列): the plan's next level up, marked as inferred."""
    stated = standing.stated
    measured = (
        reference_region(index, region, standing.level, standing.scope)
        if stated
        else next_level_up(index, region)
    )
    return target.model_copy(
        update={
            "standing": standing.kind,
            "reference": standing.reference,
            "reference_region_id": measured.id if measured is not None else None,
            "reference_basis": None if measured is None else "stated" if stated else "inferred",
        }
    )


def _dated_draft(
    text: str,
    draft: TargetDraft,
    dated: _Dated | None,
    plan: Plan,
    parts: list[tuple[int, Period | None]],
    pos: int,
    start: int | None,
    *,
    goal: bool = False,
) -> TargetDraft | None:
    """A target found at ``pos`` in a goal's or a task's words (a row's work cell too), dated as the plan
    dates it: by its row or time limit (``dated``), a level reached before the first year of the plan's
    part, the nth year, the year the plan is issued in. None for a task's undated manner (做到服务全覆盖:
    how its work is done), which a goal's is not."""
    draft = _in_row_year(draft, dated)
    if draft.manner and not goal and draft.year_basis == "plan":
        return None
    first = _part_years(parts, pos, None, start)[1] if parts else start
    return _in_issue_year(text, _nth_year(_reached_before(draft, first), plan), plan, dated)


def _reached_before(draft: TargetDraft, start: int | None) -> TargetDraft:
    """A level its sentence dates before the plan's first year (2022年，全县专利授权量达到800件 in a
    2023—2025 plan; 截至2022年底…已达到500件): reached already, the starting level (a baseline), never a
    target; a level reached (达到) is that level."""
    if (
        start is None
        or draft.baseline
        or draft.year is None
        or draft.year_basis != "sentence"
        or draft.year >= start
        or draft.standing is not None
        or "relative" in draft.flags
    ):
        return draft
    comparator = "=" if draft.comparator == ">=" else draft.comparator
    return replace(draft, flags=[BASELINE, *draft.flags], comparator=comparator)


#: The year a task's own words give the targets they leave undated, and the basis it gives them: a task-table
#: row's year column ("table") or the year its time limit names ("sentence": its text states it).
_Dated = tuple[int, str]


def _in_row_year(draft: TargetDraft, dated: _Dated | None) -> TargetDraft:
    """A target its words leave undated in a task-table row whose year column names a year (年度 | 2024年 |
    培育示范企业不少于5家), or in a task whose time limit names one (完成时限：2024年10月底前): that year's,
    not the plan's final year's; a count each year keeps its basis."""
    if dated is None or draft.year is not None or draft.baseline:
        return draft
    year, basis = dated
    if basis == "sentence" and "cumulative" in draft.flags:
        return draft  # 三年累计登记50件 in a task due in 2025: a total over the plan's years
    return replace(draft, year=year, year_basis="annual" if draft.year_basis == "annual" else basis)


def _deadline_year(task: TaskDraft) -> _Dated | None:
    """The year a task's time limit names (完成时限：2024年10月底前; of a span, its end), if it names one: the
    year its work is due, and so its targets' that its words leave undated."""
    due = deadline_date(task.deadline) if task.deadline else None  # none without a year written (6月底前)
    return (int(due[:4]), "sentence") if due else None


@cache
def _year_header() -> re.Pattern[str]:
    """A column header naming one year and nothing else but what the column holds (2025年, 2025年度,
    2026年目标, 2027年任务: targets.yaml year_tables work_year_words): each row's work for that year."""
    words = sorted(target_vocabulary().year_tables.work_year_words, key=len, reverse=True)
    holds = f"(?:{'|'.join(map(re.escape, words))})?" if words else ""
    return re.compile(rf"((?:19|20)\d{{2}})\s*年?\s*度?\s*{holds}")


def _row_sources(structure: Structure, task: TaskDraft) -> list[tuple[list[Span], bool, _Dated | None]]:
    """A task-table row's work cells as sources of targets, each dated as its row is (a year column, a time
    limit), or a cell under a column of one year's work (2025年 | 2026年 | 2027年 in an annex of each year's
    tasks) by that year: 新增专利导航项目2项 under 2025年 is 2025's."""
    lines = _work_cells(structure, task)
    dated = _task_row_year(structure, task) or _deadline_year(task)
    if not lines or task.row is None or task.table is None:
        return [(lines, False, dated)]
    years = _year_cells(structure, task.table, task.row)
    if not years:
        return [(lines, False, dated)]
    out: list[tuple[list[Span], bool, _Dated | None]] = []
    for line in lines:
        cell_year = next((y for (a, b), y in years.items() if a <= line[0] and line[1] <= b), None)
        out.append(([line], False, (cell_year, "table") if cell_year is not None else dated))
    return out


def _year_cells(structure: Structure, t_index: int, r: int) -> dict[Span, int]:
    """The cells of row ``r`` under a column of one year's work (2025年 | 2026年 | 2027年), with the year."""
    table = structure.tables[t_index]
    years: dict[Span, int] = {}
    heads: list[str] | None = None
    for cell in table.rows[r]:
        if heads is None:
            heads = header_texts(structure.text, table)
        head = squeeze(heads[cell.col]) if cell.col < len(heads) else ""
        m = _year_header().fullmatch(head) if head[:2] in ("19", "20") else None
        if m is not None:
            years[cell.span] = int(m.group(1))
    return years


def _task_row_year(structure: Structure, task: TaskDraft) -> _Dated | None:
    """The year a task-table row names in a column of each row's year (年度 | 2024年), if any."""
    if task.row is None or task.table is None:
        return None
    year = row_year(structure.text, structure.tables[task.table], task.row)
    return None if year is None else (year, "table")


def _nth_year(draft: TargetDraft, plan: Plan) -> TargetDraft:
    """A target of a year of the plan counted from its first (第二年新增3件: ``plan_year`` 2) in the plan's
    year so counted (2025 in a plan for 2024—2026), when the plan states its first and last years and has
    that many; ``draft`` otherwise, dated as its sentence is."""
    if draft.plan_year is None or plan.period is None or not plan.period.start or not plan.period.end:
        return draft
    year = int(plan.period.start[:4]) + draft.plan_year - 1
    if year > int(plan.period.end[:4]):
        return draft
    return replace(draft, year=year, year_basis="plan")


@cache
def _issue_year_words() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """targets.yaml issue_year_words as one pattern, and the annual flag words that say a count recurs (每年,
    全年, 年均: those of two characters or more none of these patterns reads)."""
    vocab = target_vocabulary()
    words = re.compile("|".join(f"(?:{p})" for p in vocab.issue_year_words) or "(?!)")
    recurring = tuple(
        w.text
        for w in vocab.flag_words
        if "annual" in w.flags and len(w.text) > 1 and words.fullmatch(w.text) is None
    )
    return words, recurring


def _in_issue_year(text: str, draft: TargetDraft, plan: Plan, dated: _Dated | None) -> TargetDraft:
    """A target its words date within the year (年内实现质押融资1000万元, 今年新增…: targets.yaml
    issue_year_words) in a plan issued in a year of its period before the last (到2026年 in a 实施意见 of
    2024): the issuing year's target, counted once (no annual flag), not the plan's last year's each year,
    nor the year its sentence opens with (到2026年，…；年内完成…10家). A target whose words also say it recurs
    (每年, 全年) or name a year keeps its reading, and so does one in a task its row or time limit dates
    (``dated``) to another year than the issuing one; dated to that year (年内新增…300件 in a row due
    2025年11月底前), it is that year's once, as undated."""
    if draft.baseline or "annual" not in draft.flags or not plan.date:
        return draft  # most targets: no yearly count to date, the plan's last year not needed
    end = _plan_year(plan)
    if end is None:
        return draft
    if dated is None and draft.year is not None and draft.year_basis != "sentence":
        return draft
    issued = int(plan.date[:4])
    if issued >= end or (
        plan.period is not None and plan.period.start and int(plan.period.start[:4]) > issued
    ):
        return draft
    if dated is not None and (dated[0] != issued or draft.year != issued):
        return draft
    words, recurring = _issue_year_words()
    quote = text[draft.span[0] : draft.span[1]]
    if words.search(quote) is None or any(w in quote for w in recurring) or CALENDAR_YEAR.search(quote):
        return draft
    basis = "sentence" if dated is None else dated[1]
    return replace(draft, year=issued, year_basis=basis, flags=[f for f in draft.flags if f != "annual"])


def _plan_year(plan: Plan) -> int | None:
    if plan.period and plan.period.end:
        return int(plan.period.end[:4])
    return None


def _plan_start(plan: Plan) -> int | None:
    """The first year of the plan's period; when the period states no start (到2026年), the year it was issued
    in: a column of that year in its indicator table is a target, not a level measured before the plan."""
    if plan.period and plan.period.start:
        return int(plan.period.start[:4])
    return int(plan.date[:4]) if plan.date else None


def _part_years(
    periods: list[tuple[int, Period | None]], pos: int, year: int | None, start: int | None
) -> tuple[int | None, int | None]:
    """The final and first years of the plan whose part of the document holds ``pos`` (``part_periods``: a
    notice issuing a 方案 and a 2024年工作要点, each dated by its own heading); ``year`` and ``start``, the
    document's, in the first plan's part or one whose heading names no time."""
    at = bisect_right([s for s, _ in periods], pos) - 1 if periods else -1
    period = periods[at][1] if at >= 0 else None
    if period is None:
        return year, start
    return (int(period.end[:4]) if period.end else year), (int(period.start[:4]) if period.start else start)


def _past_bullet(text: str, para: Span) -> Span:
    """A paragraph without the list bullet opening it (- 每万人口…达到16件；, ● 新增…): no word of a
    target's."""
    start = trim(text, *para)[0]
    bullet = LINE_BULLET.match(text, start, para[1])
    return para if bullet is None else (bullet.end(), para[1])


#: A lead-in naming the year the goals listed below it aim at (到2025年，主要指标达到：, 2025年主要目标：):
#: short, one year, closed by a colon.
_LEAD_IN_YEAR = re.compile(r"[^。；;\n]{0,12}?((?:19|20)\d{2})\s*年[^。；;\d\n]{0,20}[：:]")
_LEAD_IN_MAX = 40


def _lead_in_year(text: str, para: Span) -> int | None:
    """The year a lead-in paragraph ``para`` names for the goals listed below it, if it is one."""
    s, e = trim(text, *para)
    if not 0 < e - s <= _LEAD_IN_MAX or text[e - 1] not in "：:":
        return None
    m = _LEAD_IN_YEAR.fullmatch(text, s, e)
    return int(m.group(1)) if m is not None else None


#: A goals heading naming the one year its goals aim at (2024年目标, 2025年度主要目标, 到2025年发展目标),
#: not a span of years (2023—2025年目标, 2024年—2025年目标).
_TITLED_YEAR = re.compile(r"(?:到|至)?\s*+((?:19|20)\d{2})\s*+年(?:底|末)?度?(?![—–\-~～至到])[^\d]{0,10}")


def _titled_year(title: str | None) -> int | None:
    """The year a goal's heading names as the one its goals aim at (（一）2024年目标 over the year's
    targets in a plan for 2024—2025), if it is such a heading."""
    if not title or "年" not in title:
        return None
    m = _TITLED_YEAR.fullmatch(title)
    if m is None or chapter_kind(title) != "goals":
        return None
    return int(m.group(1))


def extract_plan_facts(
    structure: Structure,
    tasks: list[TaskDraft],
    goals: list[GoalDraft],
    plan: Plan,
    region: RegionEntry | None,
    index: RegionIndex,
    doc_id: str,
    periods: list[tuple[int, Period | None]] | None = None,
    links: Sequence[RowLink] = (),
    notes: Sequence[Note] = (),
) -> PlanFacts:
    """``periods``: the periods of the plans after the first of a notice issuing several (``part_periods``),
    which date the undated targets in their parts. ``links``: the task-table rows that speak for tasks
    written elsewhere, whose own figures are those tasks' (``_linked_row_targets``); ``notes``: a Word
    document's footnotes and endnotes, whose cited documents are cited where their marks stand
    (note_citations.py)."""
    text = structure.text
    facts = PlanFacts()
    over = _headings_over_work(structure, tasks, goals)
    owners = _OwnerIndex(_owners(tasks, goals, over))
    year = _plan_year(plan)
    parts = periods or []

    start = _plan_start(plan)
    prose: list[tuple[TargetDraft, _Owner]] = []
    sources = (
        [(g.paragraphs, True, None) for g in goals]
        + [
            source
            for t in tasks
            for source in (
                _row_sources(structure, t)
                if t.kind == "table_row"
                else [(t.paragraphs, False, _deadline_year(t))]
            )
        ]
        + [(h.paragraphs, False, None) for h in over]
    )
    lead: tuple[str, int] | None = None  # a lead-in's year (到2025年，主要指标达到：) and its chapter
    # the headings of the units whose paragraphs are goals each (（一）2024年目标 ⏎ …), by the unit's path
    headings = (
        {u.path: u.title for u in structure.units if u.chapter_kind == "goals" and u.title} if goals else {}
    )
    for n, (paragraphs, goal, dated) in enumerate(sources):
        chapter = goals[n].path.split(".")[0] if goal else None
        context_year = lead[1] if lead is not None and goal and lead[0] == chapter else None
        if goal and (
            heading_year := _titled_year(goals[n].title)
            or _titled_year(headings.get(goals[n].path.rsplit(".p", 1)[0]))
        ):
            context_year = heading_year  # （一）2024年目标。…达到11.5件, or on its line above: its year
        for para in paragraphs:
            if goal and chapter is not None and (named := _lead_in_year(text, para)) is not None:
                lead = chapter, named  # the goals listed below it aim at its year
                context_year = named
                continue
            for found in find_targets(text, *_past_bullet(text, para), context_year=context_year):
                draft = _dated_draft(text, found, dated, plan, parts, para[0], start, goal=goal)
                if draft is None:
                    continue
                owner = owners.at(draft.span[0])
                if owner is not None:
                    prose.append((draft, owner))
                    if draft.year_basis == "sentence" and not draft.baseline:  # 由2023年的… dates only itself
                        context_year = draft.year
    prose.extend(_linked_row_targets(structure, links, prose, plan, parts, start))
    counters: dict[str, int] = defaultdict(int)
    # what a zone calls itself (示范区, 高新区): its own, as 全区 is, when the plan is that zone's
    own_words = tuple(w for w, place in place_self_words(index, region) if place == region) if prose else ()
    for draft, owner in prose:
        counters[owner.path] += 1
        final = _part_years(parts, draft.span[0], year, start)[0] if parts else year
        target = _prose_target(text, draft, owner, counters[owner.path], plan, final, doc_id)
        if region is not None:  # an inherited indicator too (…达到120件，较2023年增长50%: 朝阳区's growth)
            target = _part_of_region(text, _without_own_word(target, own_words), index, region)
        if not draft.inherited:
            target = _part_of_town(target)
        if draft.standing is not None:
            target = _placed(target, draft.standing, index, region)
        _keep_finite(facts, _qualified(target))

    cells: list[tuple[TableTarget, int]] = []
    # a year cell's phrase a task row's work already read (新增专利导航项目2项 under 2025年): the row's
    read = {(d.span, d.value) for d, _ in prose} if structure.tables else set()
    for t_index, table in enumerate(structure.tables):
        final, first = _part_years(parts, table.span[0], year, start) if parts else (year, start)
        goal_id: str | None = ""  # the goal the table sets out, found at its first target
        for cell in table_targets(text, table, index, region, final, first):
            if (cell.span, cell.value) in read:
                continue
            cells.append((cell, t_index))
            if goal_id == "":
                goal_id = _table_goal(structure, goals, table.span[0])
            target = _table_target(text, cell, t_index, region, doc_id, goal_id)
            if cell.standing is not None:  # 全市第三 in an indicator table
                target = _placed(target, cell.standing, index, region)
            _keep_finite(facts, _qualified(target))
    facts.warnings.extend(sum_checks(cells))
    facts.warnings.extend(prose_vs_table(text, [d for d, _ in prose], [c for c, _ in cells]))

    # a plan titled for a programme (知识产权助力乡村振兴实施方案, 专利导航试点工作方案) implements it: a
    # mention in the title belongs to the plan itself (no task or goal holds it)
    titled = [plan.title_evidence.span] if plan.title_evidence else []
    # so does one in the paragraphs saying what it is for, outside the titles they cite
    opening = _opening_paragraphs(text, structure, titled[0] if titled else None)
    # and one in the sections saying where it aims (指导思想)
    opening += _purpose_paragraphs(structure)
    scan = titled + opening + [g.span for g in goals] + [t.span for t in tasks]
    scan += [t.span for t in structure.tables] + [p for h in over for p in h.paragraphs]
    seen: set[tuple[str, Span]] = set()
    for n, span in enumerate(scan):
        for hit in find_programs(text, *span):
            if (hit.program.id, hit.span) in seen:
                continue
            if len(titled) <= n < len(titled) + len(opening) and _in_cited_title(text, span[0], hit.span[0]):
                continue  # 根据《…关于确定…试点示范园区的通知》: the subject of the document it cites
            seen.add((hit.program.id, hit.span))
            owner = owners.at(hit.span[0])
            facts.programs.append(
                ProgramMention(
                    program_id=hit.program.id,
                    label=hit.program.zh,
                    broader=hit.program.broader,
                    span=hit.span,
                    quote=text[hit.span[0] : hit.span[1]],
                    task_id=owner.task_id if owner else None,
                    goal_id=owner.goal_id if owner else None,
                )
            )
    facts.programs.sort(key=lambda p: p.span)

    cited = find_citations(text, own_title=plan.title, own_number=plan.doc_number)
    if notes:
        noted = note_citations(text, notes, own_title=plan.title, own_number=plan.doc_number)
        cited = sorted([*cited, *noted], key=lambda c: c.span)
    # a cited plan whose own notice the document holds (a forwarded one): issued by that notice's body
    issued_by = {normalise_title(t): body for t, body in notice_issuers(text).items()} if cited else {}
    for n, c in enumerate(cited, start=1):
        owner = owners.at(c.span[0])
        facts.citations.append(
            Citation(
                id=f"{doc_id}/citation/{n}",
                key=c.key,
                title=c.title,
                normalized_title=c.normalised_title,
                doc_number=c.doc_number,
                kind=c.kind,
                relation=c.relation,
                issuer=c.issuer or issued_by.get(c.normalised_title or ""),
                span=c.span,
                quote=c.quote,
                task_id=owner.task_id if owner else None,
            )
        )

    for phase in find_phases(structure):
        facts.phases.append(
            Phase(
                id=f"{doc_id}/phase/{phase.order}",
                name=phase.name,
                order=phase.order,
                start=phase.start,
                end=phase.end,
                path=phase.path,
                span=phase.span,
                quote=text[phase.span[0] : phase.span[1]],
            )
        )
    return facts


#: What may follow a place's name opening an indicator when the name is not the goal's own place: a list of
#: places (涪城区、游仙区…), a share given to each (各), nothing measured.
_LISTED_AFTER = "、，,和及与等各"


#: The flags of the words that tell how a count counts (新增, 累计, 每年): taken off a place's indicator.
_COUNTING = frozenset({"increment", "cumulative", "annual"})


@lru_cache(maxsize=4096)
def _counting_front(words: str) -> tuple[str, tuple[str, ...]]:
    """``words`` without the words opening them that tell how the count counts (累计培育…: 培育…) and the
    flags those words give; a word is left where too little would remain. Kept: a table's indicators
    recur row after row and plan after plan."""
    flags: list[str] = []
    start = 0
    while (found := front_word(words, start, len(words))) is not None:
        word, word_flags = found
        too_short = len(words) - start - len(word) < MIN_INDICATOR
        if not word_flags or not set(word_flags) <= _COUNTING or too_short:
            break
        flags.extend(f for f in word_flags if f not in flags)
        start += len(word)
    return words[start:], tuple(flags)


def _part_of_region(text: str, target: Target, index: RegionIndex, region: RegionEntry) -> Target:
    """A goal set for one district or county of the plan's region, its full name opening the indicator
    (涪城区每万人口高价值发明专利拥有量达到12件 in a city's plan): that place's target, the name no part of
    the indicator; the plan's own region named so (涪城区累计达到50家国家高新技术企业 in 涪城区's plan) is
    no part of it either, as 全区 is not. A list of places (…分别达到, …各新增) is left as written."""
    indicator = target.indicator
    hit = index.match_at(indicator, 0, len(indicator), allow_short=False)
    if hit is None:
        return target
    name = indicator[: hit.span[1]]
    rest = indicator[hit.span[1] :]
    if len(rest) < 2 or rest[0] in _LISTED_AFTER:
        return target
    inside = [c for c in hit.candidates if c == region or region in index.ancestors(c)]
    if len(inside) != 1:
        return target
    place = inside[0]
    at = text.find(name, *target.span)
    if at < 0 and target.indicator_evidence is not None:  # taken from the clause before: named there
        at = text.find(name, *target.indicator_evidence.span)
    rest, counting = _counting_front(rest)  # 涪城区累计培育…: cumulative, as 涪城区、游仙区各累计培育… is
    flags = [*target.flags, *(f for f in counting if f not in target.flags)]
    flags += [f for f in target_flags(rest) if f not in flags]  # 每万人口: per capita
    return _reworded(
        target,
        rest,
        flags,
        region_id=place.id,
        region_name=place.name,
        region_evidence=Evidence(span=(at, at + len(name)), quote=name) if at >= 0 else None,
    )


def _reworded(target: Target, indicator: str, flags: list[str], **more: object) -> Target:
    """``target`` measuring ``indicator`` with ``flags``, its comparable key made anew, and ``more``."""
    key = comparable_key(
        indicator_key(indicator),
        None if target.standing is not None else target.normalized_unit,
        [*flags, BASELINE] if target.kind == "baseline" else flags,
    )
    return target.model_copy(update={"indicator": indicator, "flags": flags, "indicator_key": key, **more})


def _without_own_word(target: Target, words: tuple[str, ...]) -> Target:
    """A goal of a zone's plan opening with the word the zone calls itself (示范区发明专利授权量, 高新区
    知识产权保护社会满意度 in the plan of 杨凌示范区 or 宁波高新区): the zone's own, the word no part of the
    indicator, as 全区 is not; a list of places (高新区、经开区…) is left as written."""
    indicator = target.indicator
    word = next((w for w in words if indicator.startswith(w)), None)
    if word is None:
        return target
    rest = indicator[len(word) :]
    if len(rest) < MIN_INDICATOR or rest[0] in _LISTED_AFTER:
        return target
    return _reworded(target, rest, [*target.flags, *(f for f in target_flags(rest) if f not in target.flags)])


def _qualified(target: Target) -> Target:
    """A target limited to a field or industry (陶瓷领域高价值发明专利拥有量): compared under the standard
    indicator the words after the field name, the field kept as its qualifier (standard_indicators.py
    qualified_key); unchanged otherwise."""
    key = target.indicator_key
    base = None if target.standing is not None else target.normalized_unit
    flags = [*target.flags, BASELINE] if target.kind == "baseline" else target.flags
    if (scoped := scoped_indicator(target.indicator)) is not None:  # 围绕…产业培育高价值专利组合
        rest, fields = scoped
        key = comparable_key(indicator_key(rest), base, flags)
        found = qualified_key(key, base, flags)  # 围绕生物医药产业提升企业发明专利拥有量: the holder too
        update = {"indicator": rest, "indicator_key": key, "qualifier": fields or None}
        return target.model_copy(update=update if found is None else {**update, "indicator_key": found[0]})
    found = qualified_key(key, base, flags)
    if found is None:
        return target
    return target.model_copy(update={"indicator_key": found[0], "qualifier": found[1]})


def _part_of_town(target: Target) -> Target:
    """A goal set for one town or street of the plan's region (城关镇新增注册商标100件, 太姥山镇建成2个
    商标品牌指导站): the town stays in the indicator (the gazetteer holds no towns to place it in), but
    the words after it that tell how the count counts are flags (新增: increment), as after a county's
    name, and the key holds the town and the key of what is counted (太姥山镇商标品牌指导站), the verbs
    after the town taken off as at a key's start."""
    town = town_opening(target.indicator)
    rest = target.indicator[len(town) :]
    if not town or len(rest) < MIN_INDICATOR or target.standing is not None:
        return target
    rest, counting = _counting_front(rest)
    flags = [*target.flags, *(f for f in counting if f not in target.flags)]
    key = comparable_key(
        town + indicator_key(rest),
        target.normalized_unit,
        [*flags, BASELINE] if target.kind == "baseline" else flags,
    )
    if town + rest == target.indicator and key == target.indicator_key:
        return target
    return target.model_copy(update={"indicator": town + rest, "flags": flags, "indicator_key": key})


def _keep_finite(facts: PlanFacts, target: Target) -> None:
    """Add ``target`` unless one of its numbers is not a finite float (a number of hundreds of digits reads as
    infinity): no store takes such a value, and no plan means it. A warning names it instead."""
    numbers = (target.value, target.value_max, target.normalized_value, target.denominator)
    if all(v is None or math.isfinite(v) for v in numbers):
        facts.targets.append(target)
        return
    facts.warnings.append(
        Warning(
            code="number-out-of-range",
            message=f"{target.indicator}: {target.value_text[:40]} is too large for a number; no target read",
            span=target.span,
        )
    )


def _base_year_of(d: TargetDraft, plan_year: int | None) -> int | None:
    """The year a prose target's change or multiple is measured from: the one written (较2020年), else for a
    base of the year before (较上年, 同比) the target's year less one; None when that year is unknown."""
    if d.base_year is not None or not d.base_previous:
        return d.base_year
    year = d.year if d.year is not None else plan_year
    return year - 1 if year is not None else None


def _prose_target(
    text: str, d: TargetDraft, owner: _Owner, n: int, plan: Plan, year: int | None, doc_id: str
) -> Target:
    value_norm, unit_norm = normalise(d.value, d.unit) if d.value is not None else (None, None)
    if d.standing is not None and d.unit == RANK_UNIT:  # a rank counts places, never people as 10位专家 do
        unit_norm = RANK_UNIT
    return Target(
        id=f"{doc_id}/target/{owner.path}#{n}",
        indicator=d.indicator,
        indicator_key=comparable_key(  # 位: the rank's
            d.key, None if d.standing is not None else unit_norm, tuple(d.flags)
        ),
        value=d.value,
        value_max=d.value_max,
        denominator=d.denominator,
        value_text=d.value_text,
        unit=d.unit,
        normalized_value=value_norm,
        normalized_unit=unit_norm,
        comparator=d.comparator,
        kind="baseline" if d.baseline else "target",
        flags=[f for f in d.flags if f != BASELINE],
        year=d.year if d.year is not None or d.baseline else year,  # an undated baseline is not the plan's
        year_basis=d.year_basis,
        base_year=_base_year_of(d, year),
        region_id=plan.region.id if plan.region else None,
        region_name=plan.region.name if plan.region else None,
        source="prose",
        task_id=owner.task_id,
        goal_id=owner.goal_id,
        span=d.span,
        quote=text[d.span[0] : d.span[1]],
        indicator_evidence=(
            Evidence(span=d.indicator_span, quote=text[d.indicator_span[0] : d.indicator_span[1]])
            if d.inherited and d.indicator_span is not None
            else None
        ),
    )


def _table_goal(structure: Structure, goals: list[GoalDraft], at: int) -> str | None:
    """The goal an indicators table in a goals chapter or section sets out: the nearest goal before it that
    points at a table (各项指标按年度推进（见表1）, 主要指标如下：; targets.yaml goal_pointers), else the
    section's first goal (到2027年，全区…取得明显成效: the table details it); a table elsewhere (a task's, an
    annex's) sets out none."""
    scope: Unit | None = None  # the outermost goals unit holding the table
    unit = structure.unit_at(at)
    while unit is not None:
        if unit.chapter_kind == "goals" and unit.level > 0:
            scope = unit
        unit = structure.units[unit.parent] if unit.parent is not None else None
    if scope is None:
        return None
    within = [
        g for g in goals if g.span[0] < at and (g.path == scope.path or g.path.startswith(f"{scope.path}."))
    ]
    pointers = target_vocabulary().year_tables.goal_pointers
    text = structure.text
    pointing = [g for g in within if any(w in text[s:e] for s, e in g.paragraphs for w in pointers)]
    return pointing[-1].id if pointing else within[0].id if within else None


def _table_target(
    text: str, c: TableTarget, t_index: int, region: RegionEntry | None, doc_id: str, goal_id: str | None
) -> Target:
    value_norm, unit_norm = normalise(c.value, c.unit)
    if c.standing is not None:  # a rank counts places, as in prose
        unit_norm = RANK_UNIT
    target_region = c.region if c.region is not None else (region if c.is_total else None)
    flags = [*c.flags, "starred"] if c.starred else list(c.flags)
    # a row named as a count counts (新增注册商标, 累计培育…): its cells count so, as the words do in prose
    flags += [f for f in _counting_front(c.indicator)[1] if f not in flags]
    return Target(
        id=f"{doc_id}/target/table{t_index + 1}/r{c.row}c{c.column}" + (f"p{c.part}" if c.part else ""),
        indicator=c.indicator,
        indicator_key=comparable_key(c.key, None if c.standing is not None else unit_norm, tuple(c.flags)),
        value=c.value,
        value_max=c.value_max,
        denominator=c.denominator,
        value_text=c.value_text,
        unit=c.unit,
        normalized_value=value_norm,
        normalized_unit=unit_norm,
        comparator=c.comparator,
        kind="baseline" if BASELINE in flags else "target",
        flags=[f for f in flags if f != BASELINE],
        year=c.year,
        year_basis=c.year_basis,
        base_year=c.base_year,
        region_id=target_region.id if target_region else None,
        region_name=target_region.name if target_region else None,
        is_total=c.is_total,
        goal_id=goal_id,
        source="table",
        table_id=f"{doc_id}/table/{t_index + 1}",
        span=c.span,
        quote=text[c.span[0] : c.span[1]],
        indicator_evidence=Evidence(
            span=c.indicator_span, quote=text[c.indicator_span[0] : c.indicator_span[1]]
        ),
        region_evidence=(
            Evidence(span=c.region_span, quote=text[c.region_span[0] : c.region_span[1]])
            if c.region_span is not None
            else None
        ),
    )
