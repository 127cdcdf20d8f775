"""Run the extraction stages over one loaded document and assemble the output model.

Stages: tables → structure → metadata → region → tasks → annotations / table columns / prose →
issuer default. ``extract_document`` is the one entry point; the CLI and API call it.
"""

from __future__ import annotations

from loaders.base import LoadedDocument
from policykg.errors import PolicyKGError
from policykg.extract.agencies import AgencyRegistry, ResolvedAgency
from policykg.extract.agency_lists import Annotation, declares_first_is_lead, parse_agency_list
from policykg.extract.annotations import find_annotations
from policykg.extract.metadata import extract_metadata
from policykg.extract.obligations import find_prose_obligations
from policykg.extract.phases import deadline_date, find_deadline
from policykg.extract.plan_facts import extract_plan_facts
from policykg.extract.regions import detect_region, region_index
from policykg.extract.structure import Structure, segment
from policykg.extract.tables import detect_text_tables, header_texts, task_columns
from policykg.extract.tasks import TaskDraft, build_goals, build_tasks
from policykg.extract.textspan import Span, squeeze
from policykg.models import (
    Basis,
    Document,
    EncodingInfo,
    Evidence,
    Goal,
    Plan,
    Responsibility,
    Role,
    Section,
    TableInfo,
    Task,
    Warning,
)


def document_id(sha256: str) -> str:
    return f"doc-{sha256[:16]}"


class _Collector:
    """Responsibilities of one document, per task id, with their agencies registered."""

    def __init__(self, text: str, registry: AgencyRegistry) -> None:
        self.text = text
        self.registry = registry
        self.by_task: dict[str, list[Responsibility]] = {}

    def add(
        self,
        task_id: str,
        role: Role,
        basis: Basis,
        evidence: Span,
        paragraph: Span | None,
        form: str,
        *,
        mention: Span | None = None,
        agency: ResolvedAgency | None = None,
        unless_held: bool = False,
    ) -> None:
        """Record one responsibility; the agency is resolved from ``mention`` unless given. With
        ``unless_held``, nothing is added when the task already gives that agency that role."""
        if agency is None:
            if mention is None:
                raise PolicyKGError("a responsibility needs an agency or a mention of one")
            agency = self.registry.resolve(self.text[mention[0] : mention[1]])
        if unless_held and any(
            r.agency.id == agency.id and r.role == role for r in self.by_task.get(task_id, [])
        ):
            return
        surface = self.text[mention[0] : mention[1]] if mention else agency.name
        agency.responsibilities += 1
        self.by_task.setdefault(task_id, []).append(
            Responsibility(
                agency=agency.ref(surface),
                role=role,
                basis=basis,
                implicit=basis in ("prose", "issuer_default"),
                span=evidence,
                quote=self.text[evidence[0] : evidence[1]],
                mention_span=mention,
                paragraph_span=paragraph,
                form=form,
            )
        )


def _annotation_holder(task: TaskDraft, ann: Annotation, para: Span, text: str, annotated: list[Span]) -> str:
    """The clause holding an annotation, unless the annotation stands alone after a paragraph of several
    clauses that carry no annotation of their own (then it covers the whole task). A role clause written
    into a clause's sentence (二是…，A牵头，B配合) always binds to that clause."""
    at = ann.span
    inside = [c for c in task.clauses if c.span[0] <= at[0] < c.span[1]]
    if not inside:
        return task.id
    if ann.inline:
        return inside[0].id
    clauses_in_para = [c for c in task.clauses if para[0] <= c.span[0] < para[1]]
    closes_para = not text[at[1] : para[1]].strip(" 。；;\u3000")
    others_annotated = any(
        c is not inside[0] and any(c.span[0] <= a[0] < c.span[1] for a in annotated) for c in clauses_in_para
    )
    if closes_para and len(clauses_in_para) > 1 and not others_annotated:
        return task.id
    return inside[0].id


def _siblings(task: TaskDraft, drafts: list[TaskDraft]) -> list[TaskDraft]:
    """The tasks under the same heading as ``task`` (itself included), in document order."""
    if task.unit is None:
        return [task]
    parent = task.unit.parent
    return [d for d in drafts if d.kind != "table_row" and d.unit is not None and d.unit.parent == parent]


def _covered_tasks(
    task: TaskDraft, ann: Annotation, drafts: list[TaskDraft], annotated: set[str]
) -> list[str]:
    """The items an annotation covers: with a count (以上两项…) that many up to its own; without one
    (以上任务…, or a lone annotation closing a list of unannotated items) back to the last item that
    carries an annotation of its own."""
    before = [d for d in _siblings(task, drafts) if d.span[0] <= ann.span[0]]
    if ann.covers_count:
        return [d.id for d in before[-ann.covers_count :]]
    covered: list[str] = []
    for d in reversed(before):
        if d is not task and d.id in annotated:
            break
        covered.append(d.id)
    return covered[::-1]


def _share_deadline(ann: Annotation, holders: list[str], drafts: list[TaskDraft], text: str) -> None:
    """A deadline written in an annotation that covers several items (…；完成时限：2025年12月) is theirs."""
    stated = find_deadline(text, *ann.span)
    if stated is None:
        return
    for d in drafts:
        if d.id in holders and d.deadline is None:
            d.deadline = stated[0]


def _closes_a_list(
    task: TaskDraft, ann: Annotation, para: Span, text: str, drafts: list[TaskDraft], annotated: set[str]
) -> bool:
    """A bracketed annotation standing alone on the line after the last of several items, none of which
    carries one of its own: it speaks for the whole list ('1.… 2.… \n（责任单位：…）')."""
    siblings = _siblings(task, drafts)
    if len(siblings) < 2 or siblings[-1] is not task or not task.paragraphs or para == task.paragraphs[0]:
        return False
    if text[para[0] : para[1]].strip(" 。；;\u3000") != text[ann.span[0] : ann.span[1]]:
        return False
    return not any(d.id in annotated for d in siblings if d is not task)


def _table_responsibilities(
    structure: Structure, task: TaskDraft, out: _Collector, first_is_lead: bool
) -> None:
    text = structure.text
    table = structure.tables[task.table or 0]
    row = table.rows[task.row or 0]
    columns = task.columns
    if columns is None:
        return
    header = header_texts(text, table)
    for col, default in ((columns.lead, "lead"), (columns.support, "support"), (columns.responsible, None)):
        if col is None or col >= len(row):
            continue
        cell = row[col].span
        if cell[0] >= cell[1]:
            continue
        mentions, _ = parse_agency_list(text, *cell, default_role=default, first_is_lead=first_is_lead)
        for m in mentions:
            form = f"表格列：{header[col]}"
            out.add(task.id, m.role, "table", cell, task.span, form, mention=m.span)  # type: ignore[arg-type]


def _issuer_agents(registry: AgencyRegistry, plan: Plan) -> list[tuple[ResolvedAgency, Span | None, Span]]:
    """The plan's issuing government(s) with the evidence that names them."""
    agents: list[tuple[ResolvedAgency, Span | None, Span]] = []
    for issuer in plan.issuers:
        if issuer.agency_id is None:
            continue
        agency = registry.agencies[issuer.agency_id]  # resolved once, when the registry was set up
        mention: Span | None = issuer.evidence.span
        if agency.type_id == "government_office" and agency.region_id:
            # the office signs for its government: the signature is the evidence, not a mention of it
            region = registry.index.by_id[agency.region_id]
            agency = registry.resolve(registry.index.display_name(region) + "人民政府")
            mention = None
        if all(a.id != agency.id for a, _, _ in agents):
            agents.append((agency, mention, issuer.evidence.span))
    if agents:
        return agents
    if plan.region is not None and plan.region.evidence is not None:
        region = registry.index.by_id[plan.region.id]
        agency = registry.resolve(registry.index.display_name(region) + "人民政府")
        return [(agency, None, plan.region.evidence.span)]
    return []


def _unknown_issuer(registry: AgencyRegistry) -> ResolvedAgency:
    agency = registry.agencies.get(f"agency/{registry.scope}/issuer")
    if agency is None:
        agency = ResolvedAgency(f"agency/{registry.scope}/issuer", "发文机关（未注明）", None, None, None)
        registry.agencies[agency.id] = agency
    return agency


def extract_document(loaded: LoadedDocument) -> Document:
    text = loaded.text
    doc_id = document_id(loaded.sha256)
    warnings: list[Warning] = list(Warning(code="loader", message=w) for w in loaded.warnings)
    tables = sorted([*loaded.tables, *detect_text_tables(text, list(loaded.tables))], key=lambda t: t.span)
    structure = segment(text, tables)
    first_unit = next((u.heading_span[0] for u in structure.units if u.level == 1), 0)
    meta = extract_metadata(text, first_unit)
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
    for issuer in plan.issuers:
        issuer.agency_id = registry.resolve(issuer.name).id
    first_is_lead = declares_first_is_lead(text)
    drafts = build_tasks(structure, doc_id)
    collector = _Collector(text, registry)

    # Pass 1: annotations (merge evidence is learnt before any mention is resolved).
    found: dict[str, list[tuple[Span, list[Annotation]]]] = {}
    for task in drafts:
        if task.kind == "table_row":
            continue
        for para in task.paragraphs:
            annotations = find_annotations(text, *para, first_is_lead=first_is_lead)
            found.setdefault(task.id, []).append((para, annotations))
            for ann in annotations:
                for m in ann.mentions:
                    registry.learn(text[m.span[0] : m.span[1]])
    annotated = {task_id for task_id, paras in found.items() if any(anns for _, anns in paras)}
    for task in drafts:
        for para, annotations in found.get(task.id, []):
            spans = [a.span for a in annotations]
            for ann in annotations:
                if ann.covers_preceding or _closes_a_list(task, ann, para, text, drafts, annotated):
                    holders = _covered_tasks(task, ann, drafts, annotated)
                else:
                    holders = [_annotation_holder(task, ann, para, text, spans)]
                if len(holders) > 1:
                    _share_deadline(ann, holders, drafts, text)
                for holder in holders:
                    for m in ann.mentions:
                        collector.add(
                            holder,
                            m.role,  # type: ignore[arg-type]
                            "annotation",
                            ann.span,
                            para,
                            ann.form,
                            mention=m.span,
                            unless_held=len(holders) > 1,
                        )
        if task.kind == "table_row":
            _table_responsibilities(structure, task, collector, first_is_lead)

    # Pass 2: prose obligations where the plan names no agency for the task.
    for task in drafts:
        for unit in (task, *task.clauses):
            if unit is task and task.clauses and any(c.id in collector.by_task for c in task.clauses):
                continue
            if unit.id in collector.by_task or (unit is not task and task.id in collector.by_task):
                continue
            for para in unit.paragraphs if unit is task else [unit.span]:
                for ob in find_prose_obligations(text, *para):
                    for name_span in ob.mentions:
                        collector.add(
                            unit.id, "implicit", "prose", ob.evidence, para, ob.form, mention=name_span
                        )

    # Pass 3: the issuing government for tasks that still name nobody.
    issuers = _issuer_agents(registry, plan)
    for task in drafts:
        named = task.id in collector.by_task or any(c.id in collector.by_task for c in task.clauses)
        if named:
            continue
        if issuers:
            for agency, mention, evidence in issuers:
                collector.add(
                    task.id,
                    "implicit",
                    "issuer_default",
                    evidence,
                    None,
                    "issuer_default",
                    mention=mention,
                    agency=agency,
                )
        else:
            heading = task.unit.heading_span if task.unit else task.span
            collector.add(
                task.id,
                "implicit",
                "issuer_default",
                heading,
                None,
                "issuer_default",
                agency=_unknown_issuer(registry),
            )
    if not issuers and drafts:
        warnings.append(
            Warning(
                code="issuer-unknown",
                message="the plan names no issuing body; tasks without a named agency are "
                "assigned to an unnamed issuer (发文机关（未注明）)",
            )
        )

    goals = build_goals(structure, doc_id)
    region_entry = index.by_id[region.id] if region else None
    facts = extract_plan_facts(structure, drafts, goals, plan, region_entry, index, doc_id)
    warnings.extend(facts.warnings)

    tasks: list[Task] = []
    for task in drafts:
        if task.deadline is None:
            own = [c.span for c in task.clauses] + [t.span for t in structure.tables]
            stated = find_deadline(text, *task.span, outside=own)
            if stated is not None:
                task.deadline = stated[0]
        for clause in task.clauses:
            if clause.deadline is None and (stated := find_deadline(text, *clause.span)) is not None:
                clause.deadline = stated[0]
        for unit in (task, *task.clauses):
            tasks.append(
                Task(
                    id=unit.id,
                    path=unit.path,
                    kind=unit.kind,
                    chapter_kind=unit.chapter_kind,
                    parent=unit.parent,
                    title=unit.title,
                    text=text[unit.span[0] : unit.span[1]],
                    span=unit.span,
                    deadline=unit.deadline,
                    deadline_date=deadline_date(unit.deadline) if unit.deadline else None,
                    responsibilities=collector.by_task.get(unit.id, []),
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
        targets=facts.targets,
        programs=facts.programs,
        citations=facts.citations,
        phases=facts.phases,
        agencies=sorted(
            (a.summary() for a in registry.agencies.values()),
            key=lambda a: (-a.responsibilities, a.name, a.id),
        ),
        warnings=warnings,
    )


def _evidence(text: str, span: Span | None) -> Evidence | None:
    return Evidence(span=span, quote=text[span[0] : span[1]]) if span else None
