"""Run the extraction stages over one loaded document and assemble the output model.

Stages: tables → structure → metadata → region → tasks → annotations / table columns / prose →
issuer default. ``extract_document`` is the one entry point; the CLI and API call it.
"""

from __future__ import annotations

from bisect import bisect_right

from loaders.base import LoadedDocument
from policykg.extract.agencies import AgencyRegistry
from policykg.extract.agency_lists import declares_first_is_lead
from policykg.extract.closings import print_record
from policykg.extract.header_lines import record_line
from policykg.extract.metadata import extract_metadata, part_periods, plan_parts
from policykg.extract.phases import (
    deadline_date,
    find_deadline,
    period_heading,
    phase_time,
    recurrence,
    undated_title,
)
from policykg.extract.plan_facts import extract_plan_facts
from policykg.extract.regions import detect_region, region_index
from policykg.extract.responsibilities import assign_responsibilities
from policykg.extract.sheet_blocks import split_sheets
from policykg.extract.structure import Structure, Unit, document_natures, mark_background, segment
from policykg.extract.table_continuations import join_continued
from policykg.extract.table_dittos import fill_dittos
from policykg.extract.table_headers import header_texts
from policykg.extract.tables import detect_text_tables, task_columns
from policykg.extract.target_commitment import mark_commitments
from policykg.extract.target_units import assign_target_units
from policykg.extract.tasks import TaskDraft, build_goals, build_tasks, is_phase
from policykg.extract.textspan import Span, squeeze
from policykg.models import (
    Document,
    EncodingInfo,
    Evidence,
    Goal,
    Period,
    Plan,
    Region,
    Responsibility,
    Section,
    TableInfo,
    Task,
    Warning,
)


def document_id(sha256: str) -> str:
    return f"doc-{sha256[:16]}"


def extract_document(loaded: LoadedDocument) -> Document:
    text = loaded.text
    doc_id = document_id(loaded.sha256)
    warnings: list[Warning] = list(Warning(code="loader", message=w) for w in loaded.warnings)
    found = sorted(
        [*loaded.tables, *detect_text_tables(text, list(loaded.tables), loaded.line_extents)],
        key=lambda t: t.span,
    )
    # a print record set in a frame (版记: 抄送：… / …办公室 | 2023年5月12日印发) is back matter, no table
    # a task table continued without its header (续表): its rows go on the table above
    # and its cells writing 同上 (the cell above) or 无 (no one) read as what they stand for
    # a web page's record of the document (索引号：… 成文日期：…) is the page's, no table of the plan
    found = [t for t in found if not print_record(text, t) and not _page_record(text, t.span)]
    # a sheet saved whole as one table: its page lines are no rows, and each header opens a table of its own
    found = split_sheets(text, found)
    tables = fill_dittos(text, join_continued(text, found))
    structure = segment(text, tables, loaded.headings, loaded.listed)
    meta = extract_metadata(text, _cover_end(structure), [t.span for t in tables])
    nature = document_natures().get(meta.doc_type_id or "", "plan")
    last = meta.period.end or meta.period.start if meta.period else None
    # a 工作总结, a 政策解读, a 通报: chapters setting no work
    mark_background(structure, nature, int(last[:4]) if last else None)
    index = region_index()
    region, region_warning = detect_region(
        index, text, meta.title_span, [i.evidence.span for i in meta.issuers], (0, len(text))
    )
    if region_warning:
        warnings.append(Warning(code="region-unknown", message=region_warning))
    plan = Plan(
        title=meta.title,
        title_evidence=_evidence(text, meta.title_span),
        doc_type=meta.doc_type,
        doc_type_id=meta.doc_type_id,
        doc_number=meta.doc_number,
        doc_number_evidence=_evidence(text, meta.doc_number_span),
        issuers=meta.issuers,
        date=meta.date,
        date_evidence=_evidence(text, meta.date_span),
        region=region,
        period=meta.period,
    )
    registry = AgencyRegistry(index, index.by_id[region.id] if region else None, doc_id)
    registry.learn_leading_group(text)
    registry.learn_short_names(text)
    if region is not None and region.evidence is not None and meta.title_span is not None:
        # the title's words after its region: the town or the department whose own plan this is; a title
        # naming no region (松陵街道…方案, placed by its opening sentence) is its words from the start
        registry.learn_owner(text[_after_region(region, meta.title_span) : meta.title_span[1]])
    for issuer in plan.issuers:  # 市市场监督管理局（知识产权局） signing: its 知识产权局 is the same body
        registry.learn(issuer.name)
    issuing = [registry.resolve(issuer.name) for issuer in plan.issuers]
    for issuer, agency in zip(plan.issuers, issuing, strict=True):
        issuer.agency_id = agency.id
    registry.learn_issuers(issuing)
    parts = plan_parts(text, max(_cover_end(structure), min(len(text), 3000)))
    first_is_lead = declares_first_is_lead(text)
    drafts, links = build_tasks(structure, doc_id)
    by_task, issuer_known = assign_responsibilities(
        text, structure, drafts, links, registry, plan, first_is_lead
    )
    if not issuer_known and drafts:
        warnings.append(
            Warning(
                code="issuer-unknown",
                message="the plan names no issuing body; tasks without a named agency are "
                "assigned to an unnamed issuer (发文机关（未注明）)",
            )
        )

    first = plan.period.start or plan.period.end if plan.period else None
    goals = build_goals(structure, doc_id, int(first[:4]) if first else None, stated=nature == "plan")
    region_entry = index.by_id[region.id] if region else None
    periods = part_periods(text, parts)
    _state_deadlines(structure, drafts)
    facts = extract_plan_facts(
        structure, drafts, goals, plan, region_entry, index, doc_id, periods, links, loaded.notes
    )
    warnings.extend(facts.warnings)
    targets = assign_target_units(
        text, structure, goals, facts.targets, registry, doc_id, first_is_lead=first_is_lead
    )
    mark_commitments(text, structure, targets)
    if registry.renamed:
        by_task = {task_id: _renamed(found, registry) for task_id, found in by_task.items()}
        targets = [
            t.model_copy(update={"responsibilities": _renamed(t.responsibilities, registry)})
            if t.responsibilities
            else t
            for t in targets
        ]

    one_year = int(first[:4]) if first and plan.period and plan.period.end == plan.period.start else None
    tasks: list[Task] = []
    for task in drafts:
        for unit in (task, *task.clauses):
            tasks.append(
                Task(
                    id=unit.id,
                    path=unit.path,
                    kind=unit.kind,
                    chapter_kind=unit.chapter_kind,
                    parent=unit.parent,
                    title=undated_title(unit.title),
                    text=text[unit.span[0] : unit.span[1]],
                    span=unit.span,
                    deadline=unit.deadline,
                    deadline_date=deadline_date(unit.deadline, _one_year(periods, unit.span[0], one_year))
                    if unit.deadline
                    else None,
                    deadline_recurs=recurrence(unit.deadline) if unit.deadline else None,
                    responsibilities=by_task.get(unit.id, []),
                    plan_part=_part_at(parts, unit.span[0]),
                )
            )
    return Document(
        id=doc_id,
        source=loaded.source,
        sha256=loaded.sha256,
        format=loaded.format,
        encoding=loaded.encoding.name,
        encoding_detail=EncodingInfo(
            name=loaded.encoding.name, method=loaded.encoding.method, confidence=loaded.encoding.confidence
        ),
        length=len(text),
        plan=plan,
        sections=[
            Section(
                id=f"{doc_id}/section/{u.path}",
                path=u.path,
                level=u.level,
                kind=u.kind,
                chapter_kind=u.chapter_kind,
                title=u.title,
                span=u.span,
                heading_span=u.heading_span,
            )
            for u in structure.units
        ],
        tables=[
            TableInfo(
                id=f"{doc_id}/table/{i + 1}",
                span=t.span,
                origin=t.origin,
                rows=len(t.rows),
                columns=max((len(r) for r in t.rows), default=0),
                role="tasks" if task_columns(text, t) else "data",
                header=[squeeze(h) for h in header_texts(text, t)],
            )
            for i, t in enumerate(tables)
        ],
        tasks=tasks,
        goals=[
            Goal(id=g.id, path=g.path, title=g.title, text=text[g.span[0] : g.span[1]], span=g.span)
            for g in goals
        ],
        targets=[t.model_copy(update={"plan_part": _part_at(parts, t.span[0])}) for t in targets]
        if parts
        else targets,
        programs=facts.programs,
        citations=facts.citations,
        phases=facts.phases,
        agencies=sorted(
            (a.summary() for a in registry.agencies.values()),
            key=lambda a: (-a.responsibilities, a.name, a.id),
        ),
        warnings=warnings,
    )


def _part_at(parts: list[tuple[int, str]], offset: int) -> str | None:
    """The title of the plan whose part of the document holds ``offset`` (``plan_parts``), None when the
    document issues one plan."""
    if not parts:
        return None
    return parts[max(0, bisect_right([start for start, _ in parts], offset) - 1)][1]


def _one_year(periods: list[tuple[int, Period | None]], offset: int, one_year: int | None) -> int | None:
    """The one year of the plan whose part holds ``offset`` (a notice's 2024年工作要点 after its 方案), which
    dates its deadlines written without a year (6月底前); ``one_year``, the document's, elsewhere."""
    at = bisect_right([start for start, _ in periods], offset) - 1 if periods else -1
    period = periods[at][1] if at >= 0 else None
    if period is None:
        return one_year
    return int(period.start[:4]) if period.start and period.start == period.end else None


def _renamed(found: list[Responsibility], registry: AgencyRegistry) -> list[Responsibility]:
    """The responsibilities with the bodies the registry named anew after their first mention (区公安局, then
    区公安分局) named as the registry names them in the end, each by its surface as written."""
    renamed = registry.renamed
    return [
        r
        if r.agency.id not in renamed
        else r.model_copy(update={"agency": registry.agencies[r.agency.id].ref(r.agency.surface)})
        for r in found
    ]


def _state_deadlines(structure: Structure, drafts: list[TaskDraft]) -> None:
    """Each task's and clause's time limit its own words state, where no note gave it one; else the time a
    heading above names (``_period_above``). Before the targets are read: a task's dated time limit dates
    the targets its words leave undated (plan_facts)."""
    text = structure.text
    # a task cell spanning rows of measures: each measure's row is its own, with the time limit it writes
    measures: dict[str, list[Span]] = {}
    for task in drafts:
        if task.parent is not None:
            measures.setdefault(task.parent, []).append(task.span)
    for task in drafts:
        if task.deadline is None:
            # a task table's deadlines stay in its rows: a prose task reads none from a table inside it, and
            # a row with no time cell reads its own words (…，2024年9月底前挂牌运行)
            inside = [] if task.kind == "table_row" else [t.span for t in structure.tables]
            own = [c.span for c in task.clauses] + inside + measures.get(task.id, [])
            stated = find_deadline(text, *task.span, outside=own)
            if stated is not None:
                task.deadline = stated[0]
            elif task.unit is not None:
                task.deadline = _period_above(structure, task.unit) or _phase_limit(structure, task.unit)
        for clause in task.clauses:
            if clause.deadline is None and (stated := find_deadline(text, *clause.span)) is not None:
                clause.deadline = stated[0]


def _period_above(structure: Structure, unit: Unit) -> str | None:
    """The time an entry of a work list opens with (1月份：…, 二季度：…), or the time a heading above
    ``unit`` names when it names only a time (（一）第一季度 over 1. 2.): the items of a work list by quarter
    or month are due then, unless they state their own time."""
    if unit.style == "dated":
        return squeeze(unit.label)
    parent = unit.parent
    while parent is not None:
        above = structure.units[parent]
        if above.level > 0 and period_heading(above.title):
            return squeeze(above.title or "")
        parent = above.parent
    return None


def _phase_limit(structure: Structure, unit: Unit) -> str | None:
    """The time a phase names in its heading, when the phase is a task (it names who does its work: （二）组织
    实施阶段（2025年7月—2026年10月）。各责任单位按照任务分工抓好落实): that work is due by the phase's end."""
    if unit.chapter_kind != "phases" or not is_phase(unit):
        return None
    return phase_time(structure.text[unit.marker_span[1] : unit.heading_span[1]])


def _after_region(region: Region, title: Span) -> int:
    """Where a title's words after the plan's region start: after the region's name when the region was
    read from the title, else at the title's start (read from the issuers or the opening sentence)."""
    if region.method == "title" and region.evidence is not None:
        return region.evidence.span[1]
    return title[0]


def _cover_end(structure: Structure) -> int:
    """Where the cover matter (title, document number, issuer) ends: at the first chapter, or in a plan
    without chapters (a task list that is one table) at its first numbered unit or table. A web page's
    record of the document (a table of 发文字号：… 成文日期：… cells) is cover matter itself."""
    chapter = next((u.heading_span[0] for u in structure.units if u.level == 1), 0)
    if chapter:
        return chapter
    units = [u.heading_span[0] for u in structure.units if u.level > 0]
    text = structure.text
    table = next((t.span[0] for t in structure.tables if not _record_table(text, t.span)), None)
    return min(units[:1] + ([table] if table is not None else []), default=0)


def _record_table(text: str, span: Span) -> bool:
    """A table whose first row is a web page's record of the document (索引号：… 发文字号：…)."""
    end = text.find("\n", span[0], span[1])
    record = record_line(text, span[0], span[1] if end < 0 else end)
    return record is not None and record.labelled


def _page_record(text: str, span: Span) -> bool:
    """A web page's record of the document (``_record_table``) giving its fields' values (索引号, a number,
    a date or the publishing body): no table of the plan. A task table headed 名称 | 牵头单位 | … reads as
    labels too, and gives no value."""
    end = text.find("\n", span[0], span[1])
    record = record_line(text, span[0], span[1] if end < 0 else end)
    return (
        record is not None
        and record.labelled
        and bool(record.numbers or record.dates or record.issuers or "索引" in text[span[0] : end])
    )


def _evidence(text: str, span: Span | None) -> Evidence | None:
    return Evidence(span=span, quote=text[span[0] : span[1]]) if span else None
