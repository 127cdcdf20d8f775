"""Turn extracted documents into batched node and relationship rows for UNWIND … MERGE loading.

Every node has a stable ``id`` (the extractor's ids: content hashes for documents, region codes for
agencies), so loading is idempotent. Nodes owned by one document carry ``doc_id``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import cast

from graph.schema import DOCUMENT_LABELS
from ontology.vocab import RegionEntry, agency_vocabulary, gazetteer
from ontology.vocab_programs import program_scheme
from policykg.errors import DocumentError
from policykg.models import Document, Responsibility

Props = dict[str, object]


@dataclass
class Batch:
    """Node rows by (label, extra labels) and relationship rows by (source label, type, target label),
    deduplicated by id and by (source, target).

    Several documents may go into one batch (``document_rows(doc, into=batch)``), with the result of
    loading them one by one: a node's properties are merged, and a relationship's ``count`` (how often a
    document states it) is the largest of the documents' counts, not their sum."""

    nodes: dict[tuple[str, tuple[str, ...]], dict[str, Props]] = field(
        default_factory=lambda: defaultdict(dict)
    )
    rels: dict[tuple[str, str, str], dict[tuple[str, str], Props]] = field(
        default_factory=lambda: defaultdict(dict)
    )
    #: How often the current document has stated each relationship.
    _stated: dict[tuple[str, str, str, str, str], int] = field(default_factory=dict)

    def begin_document(self) -> None:
        self._stated.clear()

    def node(self, label: str, node_id: str, *, extra: tuple[str, ...] = (), **props: object) -> None:
        _merge_node(self.nodes[(label, extra)], node_id, {k: v for k, v in props.items() if v is not None})

    def rel(self, src_label: str, rel: str, dst_label: str, src: str, dst: str, **props: object) -> None:
        stated_key = (src_label, rel, dst_label, src, dst)
        stated = self._stated.get(stated_key, 0) + 1
        self._stated[stated_key] = stated
        rows = self.rels[(src_label, rel, dst_label)]
        row = rows.get((src, dst))
        if row is None:  # the first statement's properties stand
            values: Props = {k: v for k, v in props.items() if v is not None}
            values["count"] = stated
            rows[(src, dst)] = {"src": src, "dst": dst, "props": values}
        else:
            _raise_count(rows, (src, dst), row, stated)

    def absorb(self, other: Batch) -> None:
        """Add the rows of ``other`` (another document's, built apart, e.g. in a worker process), with the
        result of building them into this batch: node properties merged, the largest count kept. Rows are
        shared, not copied (no batch changes a row in place: a merge puts a new row in its place), so
        ``other`` is left as it was; rows of ids this batch lacks (all of another document's own nodes and
        relationships) are taken in one step."""
        for key, rows in other.nodes.items():
            mine = self.nodes[key]
            if mine.keys().isdisjoint(rows):
                mine.update(rows)
                continue
            for node_id, row in rows.items():
                _merge_node(mine, node_id, props_of(row))
        for rel_key, pairs in other.rels.items():
            mine_rels = self.rels[rel_key]
            if mine_rels.keys().isdisjoint(pairs):
                mine_rels.update(pairs)
                continue
            for pair, row in pairs.items():
                had = mine_rels.get(pair)
                if had is None:
                    mine_rels[pair] = row
                else:
                    _raise_count(mine_rels, pair, had, int(str(props_of(row).get("count", 0))))

    def node_rows(self) -> list[tuple[str, tuple[str, ...], list[Props]]]:
        return [(label, extra, list(rows.values())) for (label, extra), rows in self.nodes.items()]

    def rel_rows(self) -> list[tuple[tuple[str, str, str], list[Props]]]:
        return [(key, list(rows.values())) for key, rows in self.rels.items()]


def props_of(row: Props) -> Props:
    props = row["props"]
    if not isinstance(props, dict):
        raise TypeError("a row's props must be a mapping")
    return props


def _merge_node(rows: dict[str, Props], node_id: str, values: Props) -> None:
    """A node's row, or a new row in its place with its properties merged (later values win)."""
    row = rows.get(node_id)
    rows[node_id] = {"id": node_id, "props": values if row is None else {**props_of(row), **values}}


def _raise_count(rows: dict[tuple[str, str], Props], pair: tuple[str, str], row: Props, stated: int) -> None:
    """A relationship's ``count`` becomes ``stated`` if that is larger (its other properties stand), in a new
    row put in the place of ``row``."""
    counted = props_of(row)
    if int(str(counted.get("count", 0))) < stated:
        rows[pair] = {**row, "props": {**counted, "count": stated}}


@lru_cache(maxsize=1)
def _regions_by_id() -> dict[str, RegionEntry]:
    return {r.id: r for r in gazetteer().regions}


def _region_chain(batch: Batch, region_id: str, seen: set[str]) -> None:
    if region_id in seen:
        return
    by_id = _regions_by_id()
    current = by_id.get(region_id)
    while current is not None and current.id not in seen:
        seen.add(current.id)
        batch.node("Region", current.id, name=current.name, level=current.level, code=current.id)
        if current.parent and current.parent in by_id:
            batch.rel("Region", "PART_OF", "Region", current.id, current.parent)
        current = by_id.get(current.parent or "")


def _tasks_without_lead(doc: Document) -> int:
    """Tasks whose named agencies (annotation or table) include no lead."""
    return sum(
        1
        for t in doc.tasks
        if any(r.basis in ("annotation", "table") for r in t.responsibilities)
        and not any(r.role == "lead" for r in t.responsibilities)
    )


def _table_total_conflicts(doc: Document) -> dict[str, list[float] | list[int]]:
    """Per prose target: the table totals of the same indicator and unit whose value differs from it (the
    plan contradicts its own table)."""
    targets = [t for t in doc.targets if t.kind == "target"]  # a starting level contradicts nothing
    totals = [t for t in targets if t.source == "table" and t.is_total and t.normalized_value is not None]
    out: dict[str, list[float] | list[int]] = {}
    for prose in targets:
        if prose.source != "prose" or prose.normalized_value is None or prose.normalized_unit is None:
            continue
        values = [
            total.normalized_value
            for total in totals
            if total.normalized_value is not None
            and total.indicator_key == prose.indicator_key
            and total.normalized_unit == prose.normalized_unit
            and _change_flags(total.flags) == _change_flags(prose.flags)
            and total.normalized_value != prose.normalized_value
        ]
        if values:
            out[prose.id] = same_type(values)
    return out


#: Flags that make a value a change or a multiple, not a level (新增500件 of a stock of 3000件): a prose
#: target and a table total contradict each other only when both state a level, or both one kind of change.
_CHANGE_FLAGS = frozenset({"increment", "growth", "relative"})


def _change_flags(flags: list[str]) -> frozenset[str]:
    """The flags of ``flags`` that make a value a change (增长10%, 新增500件) or a multiple (翻一番)."""
    return _CHANGE_FLAGS.intersection(flags)


def same_type(values: list[float]) -> list[float] | list[int]:
    """Sorted, and all integers or all floats (Neo4j stores no mixed lists; FalkorDB keeps types)."""
    ints = [int(v) for v in values if float(v).is_integer() and abs(v) < 2**53]
    return sorted(ints) if len(ints) == len(values) else sorted(float(v) for v in values)


def _check_own_ids(doc: Document) -> None:
    """Every node a document owns has an id under the document's id, so that no two documents share one and
    a document not in the store has none of its nodes there either (a store with one writer creates them and
    their relationships without looking for existing ones: ``CypherStore._nodes``, ``CypherStore._links``)."""
    prefix = doc.id + "/"
    for kind, items in (
        ("section", doc.sections),
        ("task", doc.tasks),
        ("goal", doc.goals),
        ("target", doc.targets),
        ("phase", doc.phases),
    ):
        for item in items:
            if not item.id.startswith(prefix):
                raise DocumentError(
                    doc.source,
                    f"its {kind} {item.id!r} has an id outside the document's own ({prefix}…)",
                    hint="build documents with the extractor (policykg extract), which names every fact "
                    "after its document",
                )


#: The properties of a document's own nodes, by label: the keywords ``document_rows`` gives ``Batch.node``
#: (a row holds those that are not None). The embedded store creates these nodes from rows of values in this
#: order (``listed_nodes``) with their properties in the CREATE pattern (``cypher.create_nodes``);
#: tests/test_graph.py checks that this lists every keyword and that every property of every row is stored.
OWN_NODE_PROPERTIES: dict[str, tuple[str, ...]] = {
    "Plan": (
        "doc_id",
        "title",
        "doc_type",
        "doc_number",
        "date",
        "period_start",
        "period_end",
        "sha256",
        "source",
        "region_id",
        "tasks_without_lead",
        "target_conflicts",
        "programs",
    ),
    "Section": ("doc_id", "path", "title", "level", "kind"),
    "Task": (
        "doc_id",
        "path",
        "title",
        "text",
        "kind",
        "chapter_kind",
        "deadline",
        "deadline_date",
        "deadline_recurs",
        "plan_part",
        "start",
        "end",
    ),
    "Responsibility": (
        "doc_id",
        "role",
        "basis",
        "implicit",
        "form",
        "surface",
        "quote",
        "start",
        "end",
    ),
    "Goal": ("doc_id", "path", "title", "text"),
    "Target": (
        "doc_id",
        "indicator",
        "value",
        "value_max",
        "unit",
        "normalized_value",
        "normalized_unit",
        "comparator",
        "kind",
        "flags",
        "year",
        "base_year",
        "qualifier",
        "is_total",
        "source",
        "region_id",
        "conflicting_totals",
        "standing",
        "reference",
        "reference_basis",
        "plan_part",
        "quote",
        "start",
        "end",
    ),
    "Phase": ("doc_id", "name", "order", "start", "end", "path"),
}


#: The properties of the relationships from or to a document's own nodes, by type: ``count`` (how often the
#: document states the relationship, which ``Batch.rel`` adds) and the keywords ``document_rows`` gives
#: ``Batch.rel``. A type not listed carries only its count. Like ``OWN_NODE_PROPERTIES``, pinned by
#: tests/test_graph.py to what ``document_rows`` passes.
OWN_RELATIONSHIP_PROPERTIES: dict[str, tuple[str, ...]] = {
    "MENTIONS": ("count", "quote", "start"),
    "CITES": ("count", "quote", "start"),
    "ANNOUNCES": ("count", "quote", "start"),
}
COUNT_ONLY = ("count",)


def own_relationship_properties(rel: str) -> tuple[str, ...]:
    return OWN_RELATIONSHIP_PROPERTIES.get(rel, COUNT_ONLY)


def listed_nodes(label: str, rows: Iterable[Props]) -> list[list[object]]:
    """Node rows as lists: the id, then the value of each of the label's ``OWN_NODE_PROPERTIES`` (None
    where the row lacks it)."""
    keys = OWN_NODE_PROPERTIES[label]
    return [[row["id"], *map(props_of(row).get, keys)] for row in rows]


def listed_relationships(rel: str, rows: Iterable[Props]) -> list[list[object]]:
    """Relationship rows as lists: the two ends' ids, then the value of each of the type's properties
    (``own_relationship_properties``; None where the row lacks it)."""
    keys = own_relationship_properties(rel)
    return [[row["src"], row["dst"], *map(props_of(row).get, keys)] for row in rows]


@dataclass
class ListedBatch(Batch):
    """The rows of ONE document, its own rows (nodes of ``DOCUMENT_LABELS`` and relationships from or to
    them) kept directly as the lists ``listed_nodes`` and ``listed_relationships`` make of ``Batch`` rows,
    without building a dict for each: what ``PreparedDocument.of(…, written=True)`` sends as parameter
    text. Shared rows go to ``nodes`` and ``rels`` as in a ``Batch``. Same semantics as ``Batch`` for one
    document: a node stated twice has its values merged (later values win, None never replaces one), a
    relationship keeps its first statement's properties and counts its statements.
    tests/test_listed_rows.py checks that the lists equal the ``Batch`` path's, on the corpus and on
    arbitrary statements."""

    own_nodes: dict[tuple[str, tuple[str, ...]], dict[str, list[object]]] = field(
        default_factory=lambda: defaultdict(dict)
    )
    own_rels: dict[tuple[str, str, str], dict[tuple[str, str], list[object]]] = field(
        default_factory=lambda: defaultdict(dict)
    )

    def begin_document(self) -> None:
        if self.own_nodes or self.own_rels:
            raise ValueError("a ListedBatch holds the rows of one document")
        super().begin_document()

    def node(self, label: str, node_id: str, *, extra: tuple[str, ...] = (), **props: object) -> None:
        if label not in DOCUMENT_LABELS:
            # Batch.node's body, inlined: a plan states its shared nodes (an indicator a target, a role a
            # responsibility, its regions …) a few hundred times, and passing the keywords on through
            # super() cost about 0.2 ms a plan of 2.2 (measured on 300 benchmark plans)
            _merge_node(
                self.nodes[(label, extra)], node_id, {k: v for k, v in props.items() if v is not None}
            )
            return
        rows = self.own_nodes[(label, extra)]
        row: list[object] = [node_id, *map(props.get, OWN_NODE_PROPERTIES[label])]
        had = rows.get(node_id)
        if had is not None:
            row = [old if new is None else new for old, new in zip(had, row, strict=True)]
        rows[node_id] = row

    def rel(self, src_label: str, rel: str, dst_label: str, src: str, dst: str, **props: object) -> None:
        if src_label not in DOCUMENT_LABELS and dst_label not in DOCUMENT_LABELS:
            super().rel(src_label, rel, dst_label, src, dst, **props)
            return
        rows = self.own_rels[(src_label, rel, dst_label)]
        row = rows.get((src, dst))
        keys = own_relationship_properties(rel)
        if row is None and keys is COUNT_ONLY:
            rows[(src, dst)] = [src, dst, 1]
            return
        counted = 2 + keys.index("count")
        if row is None:  # the first statement's properties stand
            row = rows[(src, dst)] = [src, dst, *map(props.get, keys)]
            row[counted] = 1
        else:
            row[counted] = cast(int, row[counted]) + 1

    def aggregated(self) -> Batch:
        """The rows ``aggregates.agency_counts`` and ``aggregates.task_pairs`` read, as a ``Batch``: the
        responsibilities with their role and the own relationships (ends only)."""
        view = Batch()
        role = 1 + OWN_NODE_PROPERTIES["Responsibility"].index("role")
        view.nodes[("Responsibility", ())] = {
            rid: {"id": rid, "props": {"role": row[role]}}
            for rid, row in self.own_nodes.get(("Responsibility", ()), {}).items()
        }
        for key, pairs in self.own_rels.items():
            view.rels[key] = {pair: {} for pair in pairs}
        return view


def document_rows(doc: Document, into: Batch | None = None) -> Batch:
    """The rows of one document, in a batch of their own or added to ``into``."""
    _check_own_ids(doc)
    b = into if into is not None else Batch()
    b.begin_document()
    regions: set[str] = set()
    d, p = doc.id, doc.plan
    conflicts = _table_total_conflicts(doc)
    b.node(
        "Plan",
        d,
        doc_id=d,
        title=p.title,
        doc_type=p.doc_type,
        doc_number=p.doc_number,
        date=p.date,
        period_start=p.period.start if p.period else None,
        period_end=p.period.end if p.period else None,
        sha256=doc.sha256,
        source=doc.source,
        region_id=p.region.id if p.region else None,
        # precomputed for the analysts' library (graph/queries/): answers that would otherwise walk every task
        tasks_without_lead=_tasks_without_lead(doc),
        target_conflicts=sum(len(v) for v in conflicts.values()),
        programs=sorted({m.program_id for m in doc.programs}),
    )
    if p.region:
        _region_chain(b, p.region.id, regions)
        b.rel("Plan", "COVERS", "Region", d, p.region.id)
    types = {t.id: t for t in agency_vocabulary().types}
    collectives = {c.id: c for c in agency_vocabulary().collectives}
    for a in doc.agencies:
        extra = (
            ("Collective",)
            if a.collective
            else (("LeadingGroup",) if a.type in ("leading_group", "leading_group_office") else ())
        )
        b.node(
            "Agency",
            a.id,
            extra=extra,
            name=a.name,
            type=a.type,
            collective=a.collective,
            region_id=a.region_id,
            aliases=a.aliases,
        )
        kind = types.get(a.type or "") or collectives.get(a.type or "")
        if kind is not None:
            b.node("AgencyType", kind.id, name=kind.zh, en=kind.en)
            b.rel("Agency", "OF_TYPE", "AgencyType", a.id, kind.id)
        if a.region_id:
            _region_chain(b, a.region_id, regions)
            b.rel("Agency", "IN_REGION", "Region", a.id, a.region_id)
    for issuer in p.issuers:
        if issuer.agency_id:
            b.rel("Plan", "ISSUED_BY", "Agency", d, issuer.agency_id)
    for s in doc.sections:
        b.node("Section", s.id, doc_id=d, path=s.path, title=s.title, level=s.level, kind=s.kind)
        b.rel("Plan", "HAS_SECTION", "Section", d, s.id)
    for t in doc.tasks:
        b.node(
            "Task",
            t.id,
            doc_id=d,
            path=t.path,
            title=t.title,
            text=t.text,
            kind=t.kind,
            chapter_kind=t.chapter_kind,
            deadline=t.deadline,
            deadline_date=t.deadline_date,
            deadline_recurs=t.deadline_recurs,
            plan_part=t.plan_part,
            start=t.span[0],
            end=t.span[1],
        )
        b.rel("Plan", "HAS_TASK", "Task", d, t.id)
        if t.parent:
            b.rel("Task", "SUBTASK_OF", "Task", t.id, t.parent)
        _responsibilities(b, d, "Task", t.id, t.responsibilities)
    for g in doc.goals:
        b.node("Goal", g.id, doc_id=d, path=g.path, title=g.title, text=g.text)
        b.rel("Plan", "HAS_GOAL", "Goal", d, g.id)
    for tg in doc.targets:
        b.node(
            "Target",
            tg.id,
            doc_id=d,
            indicator=tg.indicator,
            value=tg.value,
            value_max=tg.value_max,
            unit=tg.unit,
            normalized_value=tg.normalized_value,
            normalized_unit=tg.normalized_unit,
            comparator=tg.comparator,
            kind=tg.kind,
            flags=tg.flags,
            year=tg.year,
            base_year=tg.base_year,
            qualifier=tg.qualifier,
            is_total=tg.is_total,
            source=tg.source,
            region_id=tg.region_id,
            conflicting_totals=conflicts.get(tg.id),
            standing=tg.standing,
            reference=tg.reference,
            reference_basis=tg.reference_basis,
            plan_part=tg.plan_part,
            quote=tg.quote,
            start=tg.span[0],
            end=tg.span[1],
        )
        b.rel("Plan", "HAS_TARGET", "Target", d, tg.id)
        _responsibilities(b, d, "Target", tg.id, tg.responsibilities)
        if tg.task_id:
            b.rel("Task", "HAS_TARGET", "Target", tg.task_id, tg.id)
        if tg.goal_id:
            b.rel("Goal", "HAS_TARGET", "Target", tg.goal_id, tg.id)
        b.node("Indicator", tg.indicator_key, key=tg.indicator_key, name=tg.indicator_key)
        b.rel("Target", "MEASURES", "Indicator", tg.id, tg.indicator_key)
        if tg.region_id:
            _region_chain(b, tg.region_id, regions)
            b.rel("Target", "FOR_REGION", "Region", tg.id, tg.region_id)
        if tg.reference_region_id:
            _region_chain(b, tg.reference_region_id, regions)
            b.rel("Target", "MEASURED_AGAINST", "Region", tg.id, tg.reference_region_id)
    programs = {x.id: x for x in program_scheme().programs}
    for m in doc.programs:
        prog = programs[m.program_id]
        b.node("Program", prog.id, name=prog.zh, en=prog.en, broader=prog.broader)
        b.rel("Plan", "IMPLEMENTS", "Program", d, prog.id)
        if m.task_id:
            b.rel("Task", "MENTIONS", "Program", m.task_id, prog.id, quote=m.quote, start=m.span[0])
        elif m.goal_id:
            b.rel("Goal", "MENTIONS", "Program", m.goal_id, prog.id, quote=m.quote, start=m.span[0])
    for c in doc.citations:
        b.node("PolicyDocument", c.key, title=c.normalized_title, doc_number=c.doc_number, kind=c.kind)
        b.rel(
            "Plan",
            "CITES" if c.relation == "cites" else "ANNOUNCES",
            "PolicyDocument",
            d,
            c.key,
            quote=c.quote,
            start=c.span[0],
        )
    for ph in doc.phases:
        b.node(
            "Phase", ph.id, doc_id=d, name=ph.name, order=ph.order, start=ph.start, end=ph.end, path=ph.path
        )
        b.rel("Plan", "HAS_PHASE", "Phase", d, ph.id)
    return b


def _responsibilities(
    b: Batch, doc_id: str, label: str, holder: str, responsibilities: list[Responsibility]
) -> None:
    """The responsibilities of a task or a target (``label``), each a node held by its agency."""
    for n, r in enumerate(responsibilities, start=1):
        rid = f"{holder}/responsibility/{n}"
        b.node(
            "Responsibility",
            rid,
            doc_id=doc_id,
            role=r.role,
            basis=r.basis,
            implicit=r.implicit,
            form=r.form,
            surface=r.agency.surface,
            quote=r.quote,
            start=r.span[0],
            end=r.span[1],
        )
        b.rel(label, "HAS_RESPONSIBILITY", "Responsibility", holder, rid)
        b.rel("Responsibility", "HELD_BY", "Agency", rid, r.agency.id)
        b.node("Role", r.role, name=r.role)
        b.rel("Responsibility", "HAS_ROLE", "Role", rid, r.role)
