"""Responsibilities of one document's tasks, in three passes: annotations and task-table cells, then
obligations stated in prose where the plan names nobody, then the issuing government as an implicit
default. ``assign_responsibilities`` is the stage's entry point."""

from __future__ import annotations

from dataclasses import replace

from loaders.base import TableCell, TableGrid
from ontology.vocab import agency_vocabulary, document_vocabulary
from policykg.errors import PolicyKGError
from policykg.extract.agencies import AgencyRegistry, ResolvedAgency, collective_type
from policykg.extract.agency_lists import (
    Annotation,
    Mention,
    cut_name,
    declares_first_is_lead,
    declares_first_line_leads,
    paired_labels,
    parse_agency_list,
    parse_paired_cell,
)
from policykg.extract.agency_names import ends_like_body, looks_like_agency
from policykg.extract.annotation_scope import (
    Family,
    annotation_holder,
    closes_a_list,
    covered_tasks,
    families,
    goes_on_below,
    note_deadline,
    numbered_tasks,
    outline,
    share_deadline,
    task_before,
    tasks_below,
)
from policykg.extract.annotations import OPENING_FORM, find_annotations, units_heading
from policykg.extract.mark_matrix import MarkMatrix
from policykg.extract.name_lines import names_line
from policykg.extract.note_dittos import closes_with_ditto, holds_ditto_line
from policykg.extract.obligations import ProseObligation, find_prose_obligations, may_answer
from policykg.extract.role_clauses import find_role_clauses
from policykg.extract.row_links import RowLink
from policykg.extract.spaced_tables import wrapped_pieces
from policykg.extract.span_set import SpanSet
from policykg.extract.stacked_tables import column_kind
from policykg.extract.structure import Structure, Unit
from policykg.extract.table_headers import header_cells, header_texts, names_people
from policykg.extract.tables import UnitColumns, row_deadline
from policykg.extract.task_numbers import line_references, referred_tasks
from policykg.extract.tasks import TaskDraft
from policykg.extract.textspan import Span, squeeze, trim
from policykg.models import Basis, Plan, Responsibility, Role

#: The notes found in each task's paragraphs, by task id: (paragraph, notes).
Found = dict[str, list[tuple[Span, list[Annotation]]]]


class Collector:
    """Responsibilities of one document, per task id, with their agencies registered (and counted, unless
    ``counted`` is off: units held for others to take)."""

    def __init__(self, text: str, registry: AgencyRegistry, *, counted: bool = True) -> None:
        self.text = text
        self.registry = registry
        self.counted = counted
        self.by_task: dict[str, list[Responsibility]] = {}
        #: The quote of each piece of evidence, cut once: a note naming thousands of units is their evidence
        #: for every one (a copy each would take time quadratic in the note's length).
        self._quotes: dict[Span, str] = {}
        #: (task, agency, role, evidence, mention) of each responsibility recorded: two readers finding the
        #: same body in the same words (商请郴州海关支持: the partner and the helper's word) record it once.
        self._recorded: set[tuple[str, str, str, Span, Span | None]] = set()
        self._first_line_leads: bool | None = None

    def first_line_leads(self) -> bool:
        """The plan says a unit cell's first line names the lead (declares_first_line_leads), read once: every
        row of its tables asks."""
        if self._first_line_leads is None:
            self._first_line_leads = declares_first_line_leads(self.text)
        return self._first_line_leads

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
        held_as: Role | None = None,
        refines: Role | None = None,
        name: str | None = None,
        written: str | None = None,
    ) -> None:
        """Record one responsibility; the agency is resolved from ``mention`` unless given. With
        ``unless_held``, nothing is added when the task already gives that agency that role (or
        ``held_as``, a role saying the same of it). With ``refines``, a role the task gives that agency
        already is given ``role`` in its place and nothing is added (a note's one doer, sole, that a row
        restating the task names as the lead of helpers). ``written`` is the name as written where the
        layout cut it over lines the mention does not reach."""
        if agency is None:
            if mention is None:
                raise PolicyKGError("a responsibility needs an agency or a mention of one")
            mention, agency = self.resolve(mention, name)
        if refines is not None and self._refined(task_id, agency.id, refines, role):
            return
        if unless_held and any(
            r.agency.id == agency.id and r.role in (role, held_as) for r in self.by_task.get(task_id, [])
        ):
            return
        surface = self.text[mention[0] : mention[1]] if mention else agency.name
        if written:  # the name whole as written: no one span of the text quotes it, the mention none
            surface, mention = written, None
        key = (task_id, agency.id, role, evidence, mention)
        if key in self._recorded:
            return
        self._recorded.add(key)
        if self.counted:
            agency.responsibilities += 1
        self.by_task.setdefault(task_id, []).append(
            Responsibility(
                agency=agency.ref(surface),
                role=role,
                basis=basis,
                implicit=basis in ("prose", "issuer_default"),
                span=evidence,
                quote=self.quote(evidence),
                mention_span=mention,
                paragraph_span=paragraph,
                form=form,
            )
        )

    def _refined(self, task_id: str, agency_id: str, held: Role, role: Role) -> bool:
        """Give the responsibility of ``task_id`` holding the agency as ``held`` the role ``role``; whether
        there was one."""
        held_list = self.by_task.get(task_id, [])
        at = next((i for i, r in enumerate(held_list) if r.agency.id == agency_id and r.role == held), None)
        if at is None:
            return False
        held_list[at] = held_list[at].model_copy(update={"role": role})
        return True

    def restate(self, task_id: str, r: Responsibility) -> None:
        """Give ``task_id`` the responsibility ``r`` another task holds (a heading's units over its items, a
        ditto note's task before): the same agency as resolved (a shared ending's name included), role,
        basis and evidence."""
        self.add(
            task_id,
            r.role,
            r.basis,
            r.span,
            r.paragraph_span,
            r.form,
            mention=r.mention_span,
            agency=self.registry.agencies.get(r.agency.id),
        )

    def quote(self, evidence: Span) -> str:
        """The text of ``evidence``, cut from the document once."""
        found = self._quotes.get(evidence)
        if found is None:
            found = self._quotes[evidence] = self.text[evidence[0] : evidence[1]]
        return found

    def resolve(self, mention: Span, name: str | None) -> tuple[Span, ResolvedAgency]:
        """The agency ``mention`` (or ``name``, the name it stands for) names, and the mention without a
        conjunction that joins it to the name before rather than opens a place's name (与和县公安局 in a
        plan of a county of another province: 县公安局; AgencyRegistry.stray_joiner)."""
        if name is None:
            joiner = self.registry.stray_joiner(self.text[mention[0] : mention[1]])
            mention = (mention[0] + joiner, mention[1])
        return mention, self.registry.resolve(name or self.text[mention[0] : mention[1]])


def row_responsibilities(
    structure: Structure,
    table_index: int,
    row_index: int,
    columns: UnitColumns,
    holders: list[str],
    out: Collector,
    first_is_lead: bool,
    *,
    linked: bool = False,
) -> None:
    """The units a task-table row names, by column, for the tasks it speaks for (``holders``, by id): its own
    row task, or the tasks it refers to by number (任务序号 1-2) or restates (``linked``: a unit the task
    already has in that role, from its own annotation, is not added again)."""
    text = structure.text
    table = structure.tables[table_index]
    row = table.rows[row_index]
    spans = [c.span for c in row if c.span[0] < c.span[1]]
    row_span = (min(s for s, _ in spans), max(e for _, e in spans)) if spans else None
    if columns.matrix is not None:
        _marked_units(text, table, row, columns.matrix, row_span, holders, out, linked)
        return
    header = header_texts(text, table)
    # A 责任单位 column beside a 牵头单位 column lists the units that support the lead.
    responsible = "support" if columns.lead is not None else None
    cols = (
        (columns.lead, "lead"),
        (columns.support, "support"),
        *((col, "support") for col in columns.more_support),
        (columns.responsible, responsible),
    )
    cells = [row[col].span for col, _ in cols if col is not None and col < len(row)]
    read: set[Span] = set()
    found: list[tuple[int, Span, list[Mention]]] = []
    led = False  # the row's lead cell names a unit
    below = wrapped_pieces(text, table, row_index)
    if below and row_span is not None:  # the row's text runs on over the lines its cells wrapped onto
        row_span = (row_span[0], max(row_span[1], *(e for pieces in below.values() for _, e in pieces)))
    for col, default in cols:
        if col is None or col >= len(row):
            continue
        if col == columns.responsible and col != columns.lead and not led:
            default = None  # 牵头单位 / | 责任单位 无锡海关: no lead to support, the units carry the work
        # the column's header carries the note (责任单位（排在第一位的为牵头 / 单位）, wrapped in a PDF's
        # narrow column, so the plan's text holds it cut by a line break)
        first_is_lead = first_is_lead or ("牵头" in header[col] and declares_first_is_lead(header[col]))
        cell = row[col].span
        if cell[0] >= cell[1] or cell in read:
            continue
        read.add(cell)
        if cells.count(cell) > 1:  # one cell across the lead and support columns: its own words give roles
            default = None
        if _task_cell(row, cell, header):  # the task's words across the unit column: only its notes name
            mentions = _cell_notes(text, cell, first_is_lead)
        elif (paired := paired_labels(header[col])) is not None:  # 牵头单位/配合单位 over cells A/B、C
            mentions = parse_paired_cell(text, *cell, paired, first_is_lead=first_is_lead)
        else:
            mentions, agency_like = parse_agency_list(
                text, *cell, default_role=default, first_is_lead=first_is_lead, lines=True
            )
            if not agency_like and (clauses := _role_sentence(text, cell, first_is_lead)):
                mentions = clauses  # 市科技局负责，市卫健局给予技术支持: a sentence's roles, not a list's
            elif default is None and out.first_line_leads():
                mentions = _by_lines(text, cell, mentions)
        if names_people(header[col]):  # 责任单位及责任人: 县财政局 刘某某, 县市场监管局（张某某）
            mentions = _bodies_only(text, mentions)
        led = led or (col == columns.lead and bool(mentions))
        # a table typed with spaces: the words the cell wrapped onto the lines below, names cut by a line
        # joined
        found.extend(
            (col, span, named)
            for span, named in _wrapped_units(text, cell, mentions, below.get(col), default)
        )
    cells_read = _supported(_led_once(text, found, columns), columns)
    # A restating row whose lead leads nobody (its 配合单位 cell empty) says of that unit what the task's
    # own note says of its one doer (（责任单位：县市场监管局）, sole): the same fact, not a second role; one
    # whose lead has helpers says more of it: that doer leads them (refines).
    alone: Role | None = None
    if linked and not any(m.role == "support" for _, _, mentions in cells_read for m in mentions):
        alone = "sole"
    for col, cell, mentions in cells_read:
        for holder in holders:
            for m in mentions:
                form = f"表格列：{header[col]}"
                out.add(
                    holder,
                    m.role,  # type: ignore[arg-type]
                    "table",
                    cell,
                    row_span,
                    form,
                    mention=m.span,
                    unless_held=linked,
                    held_as=alone if m.role == "lead" else None,
                    refines="sole" if linked and alone is None and m.role == "lead" else None,
                    name=m.name,
                    written=m.written,
                )


def _marked_units(
    text: str,
    table: TableGrid,
    row: tuple[TableCell, ...],
    matrix: MarkMatrix,
    row_span: Span | None,
    holders: list[str],
    out: Collector,
    linked: bool,
) -> None:
    """The bodies a mark matrix's row marks (mark_matrix.py), each named by its column's header cell and
    given the role its sign's legend label says. A sign whose label has no role (√为责任单位) marks the
    bodies carrying the work: supporters beside a lead, else the one doing it (sole) or those sharing it
    (joint)."""
    marked: list[tuple[Span, Span, str | None]] = []  # (the sign's cell, the header cell, role)
    header = header_cells(text, table)
    for col in matrix.columns:
        if col >= len(row) or col >= len(header):
            continue
        cell = row[col].span
        known, role = matrix.role_of(squeeze(text[cell[0] : cell[1]]))
        if known:
            marked.append((cell, header[col].span, role))
    led = any(role == "lead" for _, _, role in marked)
    unnamed = sum(1 for _, _, role in marked if role is None)
    for cell, name_cell, role in marked:
        if role is None:
            role = "support" if led else "sole" if unnamed == 1 else "joint"
        name = squeeze(text[name_cell[0] : name_cell[1]])
        body = _header_body(out.registry, name)
        for holder in holders:  # the evidence is the sign, the name the header's (no span of it holds both)
            out.add(
                holder,
                role,  # type: ignore[arg-type]
                "table",
                cell,
                row_span,
                f"表格标记：{name}",
                mention=name_cell,
                unless_held=linked,
                name=body,
                written=name,
            )


def _header_body(registry: AgencyRegistry, name: str) -> str:
    """The body a mark matrix's column header names: the header's words, or when they name no known body
    but a field alone (市场监管, 科技, 工信, 宣传) the first of them with a body's ending that does
    (市场监管局, 科技局, 工信局, 宣传部: document_types.yaml task_table_columns mark_header_endings)."""
    if registry.identify(name).type is not None:
        return name
    for ending in document_vocabulary().task_table_columns.mark_header_endings:
        if registry.identify(name + ending).type is not None:
            return name + ending
    return name


def _wrapped_units(
    text: str, cell: Span, mentions: list[Mention], pieces: list[Span] | None, role: str | None
) -> list[tuple[Span, list[Mention]]]:
    """A unit cell of a table typed with spaces or tabs and the pieces it wrapped onto the lines below it,
    each with the units it names: a piece's words are units of the column (a piece naming no body, a task's
    words run on under it, names none), and a name a line's end cut (市工业和 ↵ 信息化局, 市人民 ↵ 检察院
    in a piece, 国 ↵ 家金融监督管理总局邹城 ↵ 监管支局 over three lines) is one unit, named where it
    begins."""
    found = [(cell, mentions)]
    rest = list(pieces or ())
    while rest:
        span, named = found[-1]
        joined = _name_wrapped(text, span, named, rest, role)
        if joined is not None:
            named, rest = joined
            found[-1] = (span, named)
            if not rest:
                break
        piece = rest.pop(0)
        more, _ = parse_agency_list(text, *piece, default_role=role, lines=True)
        found.append((piece, [m for m in more if looks_like_agency(_name(text, m))]))
    return found


#: What parts the units of a cell's list.
_UNIT_SEPARATORS = "、，,；;"


#: How a cell's text parts its lines: a Markdown or HTML pipe row's <br>, a Word cell's line break.
_CELL_BREAKS = ("<br>", "\n")


def _by_lines(text: str, cell: Span, mentions: list[Mention]) -> list[Mention]:
    """A unit cell's mentions under the plan's note that a cell's first line names the lead and the lines
    below the supporters (注：“责任单位”栏分两行列出的，第一行为牵头单位，第二行为配合单位): the units of the
    first line lead, the others support. A cell of one line (A、B: joint) or whose own words give roles
    (A（牵头）, 牵头单位：…) keeps its reading."""
    if len(mentions) < 2 or any(m.role in ("lead", "support") for m in mentions):
        return mentions
    breaks = [at for mark in _CELL_BREAKS if (at := text.find(mark, *cell)) >= 0]
    if not breaks:
        return mentions
    first_line = min(breaks)
    leads = sum(m.span[0] < first_line for m in mentions)
    if leads in (0, len(mentions)):
        return mentions
    return [replace(m, role="lead" if m.span[0] < first_line else "support") for m in mentions]


def _name_wrapped(
    text: str, span: Span, mentions: list[Mention], pieces: list[Span], role: str | None
) -> tuple[list[Mention], list[Span]] | None:
    """The units of a line of a unit cell (``span``) whose last words begin a name the lines below end
    (县市场监督 ↵ 管理局, 市金融工作 ↵ 服务中心: words no body's name ends with, or a name the line cut; over
    three lines, 国 ↵ 家金融监督管理总局邹城 ↵ 监管支局), the last mention standing for the whole name as
    written, and the pieces left (a piece's words after the name's end name units of their own: 监管局、
    市司法局 gives 市司法局); None for a name whole on its line (县科技局 ↵ 县财政局) or words no body's."""
    tail_start = max(span[0], *(text.rfind(sep, span[0], span[1]) + 1 for sep in _UNIT_SEPARATORS))
    tail = text[tail_start : span[1]].strip()
    if not tail:
        return None  # the line ends with its list's separator: the next one opens a unit
    whole = tail
    for k, (start, end) in enumerate(pieces):
        stop = min((at for sep in _UNIT_SEPARATORS if (at := text.find(sep, start, end)) >= 0), default=end)
        head = text[start:stop].strip()
        if not head:
            return None
        if not (k == 0 and cut_name(tail, head)):
            if ends_like_body(whole):
                return None  # the name ended on the line before
            if not ends_like_body(whole + head):
                if stop < end:
                    return None  # more units after words no body's name ends with
                whole += head  # the name goes on over another line
                continue
        whole += head
        after = trim(text, stop + 1, end)
        left = [after] if stop < end and after[0] < after[1] else []
        last = mentions[-1] if mentions else None
        if last is not None and last.span[1] >= span[1] - 1:
            return [*mentions[:-1], replace(last, name=whole, written=whole)], left + pieces[k + 1 :]
        mention = Mention((tail_start, span[1]), role or "sole", name=whole, written=whole)
        return [*mentions, mention], left + pieces[k + 1 :]
    return None


def _led_once(
    text: str, found: list[tuple[int, Span, list[Mention]]], columns: UnitColumns
) -> list[tuple[int, Span, list[Mention]]]:
    """A row's cells with a responsible column naming the lead column's unit again among those it supports
    (牵头单位 区科技局 | 责任单位 区科技局、区工信局): the lead is named once, as a note's list names it."""
    if columns.lead is None or columns.responsible is None or columns.responsible == columns.lead:
        return found
    leads = {_name(text, m) for col, _, mentions in found if col == columns.lead for m in mentions}
    return [
        (col, cell, [m for m in mentions if m.role != "support" or _name(text, m) not in leads])
        if col == columns.responsible
        else (col, cell, mentions)
        for col, cell, mentions in found
    ]


def _name(text: str, mention: Mention) -> str:
    return mention.name or squeeze(text[mention.span[0] : mention.span[1]])


def _task_cell(row: tuple[TableCell, ...], cell: Span, header: list[str]) -> bool:
    """``cell`` is merged across the task column and a unit column (a colspan: 推进知识产权质押融资（县金融
    服务中心牵头）over 工作任务 and 牵头单位): the task's words, no list of units."""
    return any(c.span == cell and c.col < len(header) and column_kind(header[c.col]) == "task" for c in row)


def _cell_notes(text: str, cell: Span, first_is_lead: bool) -> list[Mention]:
    """The units the notes and role clauses written in a task's words name (推进…（县金融服务中心牵头））:
    ``find_annotations`` reads the role clauses outside its notes too."""
    return [m for note in find_annotations(text, *cell, first_is_lead=first_is_lead) for m in note.mentions]


def _role_sentence(text: str, cell: Span, first_is_lead: bool) -> list[Mention]:
    """A unit cell written as a sentence of role clauses, a body with its own work among them (市司法局牵头，
    市法院跟踪指导，市市场监管局配合): the mentions its role clauses give when they name a lead, else []."""
    if not any(ch in "，," for ch in text[cell[0] : cell[1]]):
        return []
    notes = find_role_clauses(text, *cell, SpanSet(), first_is_lead=first_is_lead)
    mentions = [m for note in notes for m in note.mentions]
    return mentions if any(m.role == "lead" for m in mentions) else []


def _supported(
    found: list[tuple[int, Span, list[Mention]]], columns: UnitColumns
) -> list[tuple[int, Span, list[Mention]]]:
    """The units a row's cells name, by column, the responsible column's leading when the row has no lead
    column and its support column names units (责任单位 | 配合单位: 县市场监管局 | 县科技局), as
    责任单位：A；配合单位：B reads in a note; its units keep a role their own words gave (A牵头、B, the first
    listed leading), and come first, as a lead column's do."""
    if columns.lead is not None or not any(
        col == columns.support and any(m.role == "support" for m in mentions) for col, _, mentions in found
    ):
        return found
    leading = [
        (col, cell, [replace(m, role="lead") if m.role in _SHARED else m for m in mentions])
        for col, cell, mentions in found
        if col == columns.responsible and col != columns.support
    ]
    return leading + [f for f in found if f[0] != columns.responsible or f[0] == columns.support]


#: Roles a responsible column's units take when no lead is named beside them.
_SHARED = ("sole", "joint")


def _bodies_only(text: str, mentions: list[Mention]) -> list[Mention]:
    """Of the names a cell of units and people gives, the bodies: a person's name (刘某某) is left out, and
    so is a bracket after a body naming one (县市场监管局（张某某）)."""
    out: list[Mention] = []
    for m in mentions:
        s, e = m.span
        opened = max(text.rfind("（", s, e), text.rfind("(", s, e))
        if text[e - 1] in "）)" and opened > s and not looks_like_agency(text[opened + 1 : e - 1]):
            m = replace(m, span=trim(text, s, opened))
        if looks_like_agency(m.name or text[m.span[0] : m.span[1]]):
            out.append(m)
    if len(out) == 1 and out[0].role == "joint":  # 县财政局 刘某某: one body, alone
        out = [replace(out[0], role="sole")]
    return out


def _row_deadline(structure: Structure, link: RowLink) -> None:
    """A linked row's time limit (完成时限 column) for the tasks it speaks for that state none themselves."""
    written = row_deadline(structure.text, structure.tables[link.table].rows[link.row], link.columns)
    for task in link.tasks:
        if written and task.deadline is None:
            task.deadline = written


def _line_responsibilities(
    structure: Structure, drafts: list[TaskDraft], out: Collector, first_is_lead: bool
) -> None:
    """Lines that give units to tasks by their numbers (任务1-2：A牵头，B配合), read like a 分工表's rows: the
    line is the evidence for every task it names."""
    text = structure.text
    for ref in line_references(structure, drafts):
        mentions, agency_like = parse_agency_list(text, *ref.units, first_is_lead=first_is_lead, lines=True)
        if not mentions or not agency_like:
            continue
        form = f"分工行：{squeeze(text[ref.span[0] : ref.units[0]]).rstrip('：:')}"
        for task in referred_tasks(structure, drafts, ref.referred):
            for m in mentions:
                out.add(
                    task.id,
                    m.role,  # type: ignore[arg-type]
                    "table",
                    ref.span,
                    ref.span,
                    form,
                    mention=m.span,
                    unless_held=True,
                    name=m.name,
                )


def _issuer_agents(registry: AgencyRegistry, plan: Plan) -> list[tuple[ResolvedAgency, Span | None, Span]]:
    """The plan's issuing government(s) with the evidence that names them."""
    agents: list[tuple[ResolvedAgency, Span | None, Span]] = []
    for issuer in plan.issuers:
        if issuer.agency_id is None:
            continue
        agency = registry.agencies[issuer.agency_id]  # resolved once, when the registry was set up
        mention: Span | None = issuer.evidence.span
        signed = registry.signed_for(agency)
        if signed is not None:
            # the office signs for its government (or its party committee, in a joint 两办 issue): the
            # signature is the evidence, not a mention of it
            agency, mention = signed, None
        if all(a.id != agency.id for a, _, _ in agents):
            agents.append((agency, mention, issuer.evidence.span))
    if agents:
        return agents
    if plan.region is not None and plan.region.evidence is not None:
        region = registry.index.by_id[plan.region.id]
        body = agency_vocabulary().governing_bodies.get(region.level, "人民政府")  # a zone's 管理委员会
        agency = registry.resolve(registry.index.display_name(region) + body)
        return [(agency, None, plan.region.evidence.span)]
    return []


def _units_headings(
    structure: Structure,
    drafts: list[TaskDraft],
    held: Collector,
    headings: dict[int, list[Responsibility]],
    first_is_lead: bool,
) -> None:
    """Headings of unit names alone (一、县市场监管局 over 1. 2., a plan laid out by department), no tasks
    themselves: their units wait in ``headings`` for the items under them (_heading_units)."""
    text, tasks = structure.text, {d.unit.index for d in drafts if d.unit is not None}
    for unit in structure.units:
        if not unit.children or unit.index in tasks or unit.index in headings or not unit.heading_only:
            continue
        ann = units_heading(text, unit.heading_span, unit.title_span, first_is_lead=first_is_lead)
        if ann is None:
            continue
        key = f"heading/{unit.index}"
        for m in ann.mentions:
            role: Role = m.role  # type: ignore[assignment]
            held.add(
                key, role, "annotation", ann.span, unit.heading_span, ann.form, mention=m.span, name=m.name
            )
        headings[unit.index] = held.by_task.get(key, [])


def _heading_units(
    structure: Structure, drafts: list[TaskDraft], out: Collector, named: dict[int, list[Responsibility]]
) -> None:
    """Sub-units naming nobody under a heading that is a sentence obliging units ((二)县财政局要落实经费
    保障。 over 1. 2.), that carries a note of units (三、强化保护（牵头单位：…；配合单位：…）) or that a
    分工表 row names (the row 强化知识产权保护 for （二）强化知识产权保护; ``named``, by unit index, for
    headings that are no task themselves) do that heading's work: they take the units its sentence, note or
    row names, with that as evidence, down any depth of sub-units, as the items before an annotation opening
    with 以上任务… take its units. Sub-units naming their own units (an annotation, an obligation in prose)
    keep them."""
    by_unit = {d.unit.index: d for d in drafts if d.unit is not None}
    passed = dict(named)  # unit index -> the heading units it passes down
    for task in drafts:  # text order: a heading before its sub-units
        unit = task.unit
        if unit is None:
            continue
        own = out.by_task.get(task.id)
        if own and not unit.children and not task.clauses and _supports_only(own):
            _lead_from_heading(task, unit, structure, by_unit, named, passed, out)
            continue
        if own is not None or any(c.id in out.by_task for c in task.clauses):
            title, first = unit.title_span, unit.heading_span
            if unit.children:
                # the heading's own text, up to its first sub-unit: a note there (三、…（牵头单位：…）, or on
                # the line after the heading) is the heading's, not a later item's; a row naming it is its
                body_end = min(structure.units[c].span[0] for c in unit.children)
                passed[unit.index] = [
                    r
                    for r in own or []
                    if r.basis == "table"
                    or (r.basis == "annotation" and first[0] <= r.span[0] and r.span[1] <= body_end)
                    or (
                        r.basis == "prose"
                        and title is not None
                        and first[0] <= r.span[0]
                        and r.span[1] <= title[1] + 1
                    )
                ]
            continue
        parent = unit.parent
        while parent is not None and parent not in by_unit and parent not in named:
            parent = structure.units[parent].parent
        heading = passed.get(parent) if parent is not None else None
        if not heading:
            continue
        for r in heading:
            out.restate(task.id, r)
        passed[unit.index] = out.by_task.get(task.id, [])


def _supports_only(own: list[Responsibility] | None) -> bool:
    """The item names units that support and none that leads or carries it (2.…（县财政局配合）)."""
    return bool(own) and all(r.role == "support" and r.basis == "annotation" for r in own or [])


def _heading_of(
    unit: Unit, structure: Structure, by_unit: dict[int, TaskDraft], named: dict[int, list[Responsibility]]
) -> int | None:
    """The nearest heading above ``unit`` that is a task or names units (its index), if any."""
    parent = unit.parent
    while parent is not None and parent not in by_unit and parent not in named:
        parent = structure.units[parent].parent
    return parent


def _lead_from_heading(
    task: TaskDraft,
    unit: Unit,
    structure: Structure,
    by_unit: dict[int, TaskDraft],
    named: dict[int, list[Responsibility]],
    passed: dict[int, list[Responsibility]],
    out: Collector,
) -> None:
    """An item naming only the units that support it (2.…（县财政局配合）) under a heading naming units
    (（二）县科技局、县工信局, 三、…（牵头单位：…）): the heading's units that carry the work lead it."""
    parent = _heading_of(unit, structure, by_unit, named)
    for r in passed.get(parent, []) if parent is not None else []:
        if r.role == "support":
            continue
        agency = out.registry.agencies.get(r.agency.id)
        out.add(
            task.id, "lead", r.basis, r.span, r.paragraph_span, r.form, mention=r.mention_span, agency=agency
        )


def _prose_beside_notes(
    text: str,
    drafts: list[TaskDraft],
    found: dict[str, list[tuple[Span, list[Annotation]]]],
    out: Collector,
) -> None:
    """A task whose paragraphs name units in a note or role clause (县市场监管局牵头，县文旅局配合开展…) and
    oblige another in prose beside it (…；县公安局负责刑事打击。): the body the prose obliges has that work
    too, read as the prose of a task naming nobody is (pass 2), outside the notes' own clauses. A note
    standing apart that names who carries the work (…开展评估。〔责任单位：区科技局〕) speaks for the
    paragraph before it: the prose there is left to it, but for a body it says answers for a part (县金融办
    负责组织银企对接。), implicit. Only for a task without clauses whose units all come
    from its own notes; a unit the task names already is not added again."""
    for task in drafts:
        own = out.by_task.get(task.id)
        if task.clauses or not own or any(r.basis != "annotation" for r in own):
            continue
        helpers_only = _supports_only(own)
        for para, notes_found in found.get(task.id, []):
            # helpers bracketed right after a name are read with its sentence (县市场监管局（县财政局配合）…)
            inline = [a.span for a in notes_found if _helpers_after_name(text, a, para)]
            notes = [a.span for a in notes_found if a.span not in inline]
            covering = [_covered_to(text, a, para) for a in notes_found if _covers_before(a)]
            covered = max(covering, default=para[0])
            gaps = [(max(s, covered), e) for s, e in _gaps(para, notes) if e > covered]
            # before the note covering them, only bodies answering for a part (负责) are read: no other
            # reading of the prose there is kept, so a paragraph without such a word is not read at all
            gaps += [
                (s, c) for s, e in _gaps(para, notes) if s < (c := min(e, covered)) and may_answer(text, s, c)
            ]
            for ob in (o for gap in gaps for o in find_prose_obligations(text, *gap)):
                # a note naming only those who help closing the sentence (…工作（县财政局配合）。): the
                # body that sentence obliges leads them
                helped = helpers_only and (
                    _note_closes(text, ob.evidence[1], [a.span for a in notes_found])
                    or any(ob.evidence[0] <= start < ob.evidence[1] for start, _ in inline)
                )
                subject_role: Role = "lead" if ob.partners or helped else "implicit"
                if ob.evidence[0] < covered:
                    # a note standing apart names who carries the work: the prose before it is left to
                    # it, but a body it says answers for a part (县金融办负责组织银企对接。（牵头单位：…）)
                    # has that work too, as no lead
                    if not ob.answers:
                        continue
                    subject_role = "implicit"
                for role, names in ((subject_role, ob.named()), ("support", ob.named_partners())):
                    for span, name in names:
                        span, agency = out.resolve(span, name)
                        if any(r.agency.id == agency.id for r in out.by_task.get(task.id, [])):
                            continue
                        out.add(
                            task.id, role, "prose", ob.evidence, para, ob.form, mention=span, agency=agency
                        )


#: How far before a bracket the name it closes may start.
_NAME_REACH = 12


def _helpers_after_name(text: str, note: Annotation, para: Span) -> bool:
    """A bracket naming only helpers that stands right after a name, inside its sentence (县市场监管局
    （县财政局配合）要…): read with the sentence, whose subject before it leads them."""
    start = note.span[0]
    return (
        start > para[0]
        and text[start] in "（("
        and all(m.role == "support" for m in note.mentions)
        and ends_like_body(text[max(para[0], start - _NAME_REACH) : start])  # a name's end, no work's
    )


def _subject_role(text: str, ob: ProseObligation, shared: bool = False) -> Role:
    """The role of the bodies a prose obligation names as its subject: they lead the units working with
    them or helping them; bodies answering for the work (区委宣传部负责组织开展…) carry it, one alone
    (sole) or several together (joint; ``shared``: others answer for the task's other parts), unless the
    one is a collective (各地各部门负责…: every one's obligation); implicit otherwise."""
    if ob.partners:
        return "lead"
    if not ob.answers:
        return "implicit"
    if len(ob.mentions) > 1 or shared:
        return "joint"
    (span, name), *_ = ob.named()
    return "implicit" if collective_type(name or text[span[0] : span[1]]) else "sole"


def _covers_before(note: Annotation) -> bool:
    """The note stands apart from the sentences (a bracket, a role sentence of its own) and names who
    carries the work, not only who helps: it speaks for the paragraph's words before it."""
    return not note.inline and any(m.role != "support" for m in note.mentions)


#: What ends a sentence run: the words after it are another sentence's (a role sentence's run begins there).
#: Not a line break: inside a paragraph it is a wrapped line.
_FULL_STOPS = "。！!？?"


def _covered_to(text: str, note: Annotation, para: Span) -> int:
    """Where the paragraph's words a covering note speaks for end: the note's end, or for a role sentence
    (…；县市场监管局牵头，县文旅局配合。) the start of its sentence run: a clause before it in that run
    (县公安局负责刑事打击；) names its own body, the sentences before the run are left to the note."""
    if not note.role_sentence or note.covers_preceding:
        return note.span[1]
    return max([para[0]] + [text.rfind(ch, para[0], note.span[0]) + 1 for ch in _FULL_STOPS])


#: What ends a sentence between a clause and a note after it.
_SENTENCE_ENDS = frozenset("。；;！!？?")


def _note_closes(text: str, pos: int, notes: list[Span]) -> bool:
    """One of ``notes`` follows ``pos`` in the same sentence."""
    after = [s for s, _ in notes if s >= pos]
    return bool(after) and _SENTENCE_ENDS.isdisjoint(text[pos : min(after)])


def _gaps(para: Span, notes: list[Span]) -> list[Span]:
    """The parts of ``para`` outside the ``notes`` in it."""
    gaps: list[Span] = []
    at = para[0]
    for s, e in sorted(notes):
        if s > at:
            gaps.append((at, min(s, para[1])))
        at = max(at, e)
    if at < para[1]:
        gaps.append((at, para[1]))
    return gaps


def _unknown_issuer(registry: AgencyRegistry) -> ResolvedAgency:
    agency = registry.agencies.get(f"agency/{registry.scope}/issuer")
    if agency is None:
        agency = ResolvedAgency(f"agency/{registry.scope}/issuer", "发文机关（未注明）", None, None, None)
        registry.agencies[agency.id] = agency
    return agency


def _row_annotations(text: str, task: TaskDraft, collector: Collector, first_is_lead: bool) -> None:
    """A table row whose unit columns name no body, read by the notes in its own words (a 工作任务 cell
    ending （牵头单位：A；配合单位：B））, as a task's paragraph is."""
    for para in task.paragraphs:
        for ann in find_annotations(text, *para, first_is_lead=first_is_lead):
            add_annotation(collector, task.id, ann, para)


#: The roles of a body doing a task (not only helping with it).
_DOER_ROLES = frozenset({"lead", "sole", "joint"})


def _covers_others(
    task: TaskDraft, ann: Annotation, para: Span, text: str, family: Family, annotated: set[str]
) -> bool:
    """The note speaks for the tasks before ``task`` as well (以上任务由A负责, a bracket alone closing a list
    of items naming no units)."""
    return ann.covers_preceding or (
        not ann.names_line and closes_a_list(task, ann, para, text, family, annotated)
    )


def _item_of_list(
    task: TaskDraft, covered: list[TaskDraft], family: Family, by_unit: dict[int, TaskDraft], named: set[str]
) -> str | None:
    """The task whose sub-items a note closing their list speaks for, all of them (…做好以下工作： ↵（1）…
    ↵（2）… ↵ 责任单位：A（牵头），B): the item is theirs, its note written where its list ends, so it speaks
    for the item too, unless the item names its own bodies."""
    parent = task.unit.parent if task.unit is not None else None
    item = by_unit.get(parent) if parent is not None else None
    if item is None or item.id in named or [d.id for d in covered] != [d.id for d in family.get(parent, [])]:
        return None
    return item.id


def _names_doer(found: tuple[Span, list[Annotation]]) -> bool:
    """One of a paragraph's notes names a body doing the task, not only helpers."""
    return any(m.role in _DOER_ROLES for ann in found[1] for m in ann.mentions)


def _opened_clauses(task: TaskDraft, ann: Annotation, para: Span, notes: list[Span]) -> list[str]:
    """The clauses of ``task`` its paragraph's opening units speak for as well (区市场监管局：一是推进专利质押
    融资；二是开展专利导航): each that names no unit of its own, as the items under a heading of units take
    its units (（二）区市场监管局：↵1.…↵2.…); [] for any other note."""
    if ann.form != OPENING_FORM or not para[0] <= ann.span[0] < ann.span[1] <= task.clauses[0].span[0]:
        return []
    return [
        c.id
        for c in task.clauses
        if para[0] <= c.span[0] < para[1] and not any(c.span[0] <= s < c.span[1] for s, _ in notes)
    ]


def _clauses_above(
    text: str, task: TaskDraft, ann: Annotation, notes: list[Annotation]
) -> tuple[list[str], set[str]] | None:
    """The clauses of ``task`` a note on the work above it (以上工作由县市场监管局牵头，各乡镇配合) stands
    after (一是…↵二是…↵以上…), as it speaks for the items above it, the last ``covers_count`` of them when it
    counts them (以上两项…): those it speaks for, and those naming their own doer, in a note of their own
    (二是…（责任单位：县法院）) or as a body answering for their work (二是县法院负责完善…), left to them
    as an item naming its own doer is (``_own_doers``); None when the note counts more clauses than stand
    above it (以上两项 after one clause: the items before the task)."""
    above = [c for c in task.clauses if c.span[0] < ann.span[0]]
    if ann.covers_count:
        if ann.covers_count > len(above):
            return None
        above = above[len(above) - ann.covers_count :]
    covered: list[str] = []
    own: set[str] = set()
    for clause in above:
        s, e = clause.span[0], min(clause.span[1], ann.span[0])  # its own words, not the note closing it
        noted = any(
            s <= n.span[0] < e and n is not ann and any(m.role in _DOER_ROLES for m in n.mentions)
            for n in notes
        )
        if noted:
            continue
        if may_answer(text, s, e) and any(
            ob.answers and ob.mentions for ob in find_prose_obligations(text, s, e)
        ):
            own.add(clause.id)
        else:
            covered.append(clause.id)
    return covered, own


#: What may stand before a note alone on its line (a full-width space of indentation).
_BEFORE_LONE_NOTE = " \u3000"


def _clauses_below_a_lone_note(
    text: str, task: TaskDraft, ann: Annotation, para: Span, found: Found
) -> tuple[list[str], set[str]] | None:
    """The clauses of ``task`` a note standing alone on the line after all of them speaks for
    (（二）…↵一是…。二是…。三是…。↵（A牵头，B、C按职责分工负责）), as a lone note closing a list of
    items speaks for the items and 以上工作由A负责 after the clauses for them (``_clauses_above``): those
    naming no doer of their own, and those answering for their work in prose, left to it; None when the
    note does not stand so, when the task has one clause, when a clause carries a note of its own, or when
    its units go on below (（…，下同）)."""
    if len(task.clauses) < 2 or ann.inline or ann.names_line or para[0] < task.clauses[-1].span[1]:
        return None
    if text[para[0] : ann.span[0]].strip(_BEFORE_LONE_NOTE) or goes_on_below(text, ann):
        return None
    notes = [n for _, anns in found.get(task.id, []) for n in anns]
    clauses = _clauses_above(text, task, ann, notes)
    if clauses is None or len(clauses[0]) + len(clauses[1]) < len(task.clauses) or not clauses[0]:
        return None
    return clauses


def _own_doers(
    text: str, drafts: list[TaskDraft], found: Found, family: Family, annotated: set[str]
) -> set[str]:
    """The tasks whose own note (one speaking for the task itself, not a 以上任务… note covering the tasks
    above) names a body doing them: a note covering several tasks fills only those naming no doer of their
    own (4.培育地理标志。县农业农村局负责。↵以上任务由县市场监管局牵头落实。: item 4 is 县农业农村局's)."""
    out: set[str] = set()
    for task in drafts:
        for para, notes in found.get(task.id, []):
            spans = [a.span for a in notes]
            for ann in notes:
                if not any(m.role in _DOER_ROLES for m in ann.mentions):
                    continue
                if _covers_others(task, ann, para, text, family, annotated):
                    continue
                if annotation_holder(task, ann, para, text, spans) == task.id:
                    out.add(task.id)
    return out


def _go_on_below(
    text: str,
    task: TaskDraft,
    ann: Annotation,
    para: Span,
    drafts: list[TaskDraft],
    structure: Structure,
    collector: Collector,
    annotated: set[str],
) -> None:
    """A note of ``task``'s whose units go on below (（市市场监管局负责，下同）) speaks for the tasks after it
    at its level under the same chapter up to one with a note of its own: each naming nobody, in a table or
    as a body answering for its work in its own words (县科技局负责推动…), as its own note would."""
    for d in tasks_below(task, drafts, structure.units):
        if d.id in annotated:
            return
        if d.id in collector.by_task or any(c.id in collector.by_task for c in d.clauses):
            continue
        if any(_answers_own_work(text, p) for p in d.paragraphs):
            continue
        add_annotation(collector, d.id, ann, para)


def _repeat_dittos(text: str, drafts: list[TaskDraft], structure: Structure, collector: Collector) -> None:
    """A task naming nobody whose last paragraph closes with a ditto note (（同上）, （责任单位：同上）), or
    one of whose later paragraphs is such a note alone (责任单位：同上 on its line, its 完成时限 line after
    it), takes the units of the task before it at its level (note_dittos.py), as that task's own notes gave
    them; a run of such tasks, each the one before's."""
    for task in drafts:
        if task.kind == "table_row" or task.id in collector.by_task or not task.paragraphs:
            continue
        if not closes_with_ditto(text, *task.paragraphs[-1]) and not any(
            holds_ditto_line(text, *para) for para in task.paragraphs[1:]
        ):
            continue
        before = task_before(task, drafts, structure.units)
        for r in collector.by_task.get(before.id, []) if before is not None else []:
            if r.basis == "annotation":
                collector.restate(task.id, r)


def _answers_own_work(text: str, para: Span) -> bool:
    """``text[para]`` names a body answering for its work (县科技局负责推动…)."""
    if not may_answer(text, *para):
        return False
    return any(ob.answers and ob.mentions for ob in find_prose_obligations(text, *para))


def add_annotation(
    collector: Collector, holder: str, ann: Annotation, para: Span, *, unless_held: bool = False
) -> None:
    """Each body a note names, with the role it gives, as ``holder``'s responsibility."""
    for m in ann.mentions:
        collector.add(
            holder,
            m.role,  # type: ignore[arg-type]
            "annotation",
            ann.span,
            para,
            ann.form,
            mention=m.span,
            unless_held=unless_held,
            name=m.name,
        )


def assign_responsibilities(
    text: str,
    structure: Structure,
    drafts: list[TaskDraft],
    links: list[RowLink],
    registry: AgencyRegistry,
    plan: Plan,
    first_is_lead: bool,
) -> tuple[dict[str, list[Responsibility]], bool]:
    """Every task's responsibilities, by task id, and whether the plan names its issuing body."""
    collector = Collector(text, registry)

    # Pass 1: annotations (merge evidence is learnt before any mention is resolved).
    found: Found = {}
    for task in drafts:
        if task.kind == "table_row":
            continue
        for i, para in enumerate(task.paragraphs):
            annotations = find_annotations(text, *para, first_is_lead=first_is_lead)
            if not annotations and i > 0:  # …执法行动。\n区市场监管局　区公安分局
                following = task.paragraphs[i + 1] if i + 1 < len(task.paragraphs) else None
                line = names_line(text, para, task.paragraphs[i - 1], following, first_is_lead=first_is_lead)
                annotations = [line] if line is not None else []
            found.setdefault(task.id, []).append((para, annotations))
            for ann in annotations:
                for m in ann.mentions:
                    registry.learn(m.name or text[m.span[0] : m.span[1]])
    annotated = {task_id for task_id, paras in found.items() if any(anns for _, anns in paras)}
    # 2.…（旗科技局配合）↵以上任务由旗市场监管局牵头落实: an item whose notes name only helpers still
    # wants its lead, so a note on the tasks above reads on past it (only a doer's note stops it); read
    # once, for the first such note
    doing: set[str] | None = None
    family = families(drafts)
    headings_read = outline(structure.units, family)
    by_id = {d.id: d for task in drafts for d in (task, *task.clauses)}
    by_unit = {d.unit.index: d for d in drafts if d.unit is not None and d.kind != "table_row"}
    doers = _own_doers(text, drafts, found, family, annotated)
    # an item whose parts carry notes (1.…做好以下工作：↵（1）…↵（2）…↵责任单位：A) is named by them: a note
    # alone after the next item (2.…↵责任单位：B) closes that item, no list reaching back over the first
    noted = annotated | {
        by_unit[d.unit.parent].id
        for d in drafts
        if d.id in annotated and d.unit is not None and d.unit.parent in by_unit
    }
    left_to_prose: set[str] = set()  # clauses above a note on them that name who answers for their own work
    going_on: list[tuple[TaskDraft, Annotation, Span]] = []  # notes whose units go on below (…，下同)
    for task in drafts:
        for para, annotations in found.get(task.id, []):
            spans = [a.span for a in annotations]
            for ann in annotations:
                shared = False
                numbered = numbered_tasks(task, ann, family) if ann.items else []
                if numbered:  # 上述第1—2项任务由…，第3项由…: the items it numbers
                    holders = [d.id for d in numbered]
                elif _covers_others(task, ann, para, text, family, noted):
                    stops = noted
                    if ann.covers_preceding:
                        if doing is None:
                            doing = {key for key, paras in found.items() if any(map(_names_doer, paras))}
                        stops = doing
                    covered = covered_tasks(task, ann, family, stops, headings_read)
                    shared = len(covered) > 1
                    if shared:
                        share_deadline(ann, covered, text)
                    holders = [d.id for d in covered if d.id not in doers]
                    if (item := _item_of_list(task, covered, family, by_unit, annotated | doers)) is not None:
                        holders.insert(0, item)
                    if ann.covers_preceding and task.clauses and task.id in holders:
                        # 一是…↵二是…↵以上工作由A牵头。: the clauses above it, or with a count (以上两项) the
                        # task and its clauses counted, not the items before it
                        notes = [n for _, anns in found.get(task.id, []) for n in anns]
                        clauses = _clauses_above(text, task, ann, notes)
                        if clauses is not None:
                            if ann.covers_count:
                                holders = [task.id]
                            elif clauses[0]:  # the clauses hold the work the note speaks for, not the task
                                holders.remove(task.id)
                            holders += clauses[0]
                            left_to_prose |= clauses[1]
                elif (below := _clauses_below_a_lone_note(text, task, ann, para, found)) is not None:
                    holders = below[0]
                    left_to_prose |= below[1]
                    share_deadline(ann, [by_id[c] for c in holders], text)
                else:
                    holders = [annotation_holder(task, ann, para, text, spans)]
                    note_deadline(ann, by_id[holders[0]], text)
                    if holders[0] == task.id and goes_on_below(text, ann):  # （X负责，下同）
                        going_on.append((task, ann, para))
                    if holders[0] == task.id and task.clauses:
                        holders += _opened_clauses(task, ann, para, spans)
                for holder in holders:
                    add_annotation(collector, holder, ann, para, unless_held=shared)
        if task.kind == "table_row" and task.columns is not None:
            table, row = task.table or 0, task.row or 0
            row_responsibilities(structure, table, row, task.columns, [task.id], collector, first_is_lead)
            if task.id not in collector.by_task:  # unit cells left empty, the note in the task's own cell
                _row_annotations(text, task, collector, first_is_lead)
    # a row naming a heading that is no task itself: its units wait for the items under it (_heading_units)
    held = Collector(text, registry, counted=False)
    headings: dict[int, list[Responsibility]] = {}  # by the heading's unit index
    for link in links:  # 分工表 rows naming tasks by number or restating their titles (row_links.py)
        if link.by == "category":  # a task of its own under the task its category names: its units its own
            continue
        if link.heading is not None:
            key = f"heading/{link.heading.index}"
            row_responsibilities(structure, link.table, link.row, link.columns, [key], held, first_is_lead)
            headings[link.heading.index] = held.by_task.get(key, [])
            continue
        spoken_for = [task.id for task in link.tasks]
        row_responsibilities(
            structure, link.table, link.row, link.columns, spoken_for, collector, first_is_lead, linked=True
        )
        _row_deadline(structure, link)
    _line_responsibilities(structure, drafts, collector, first_is_lead)  # the same written as lines
    _units_headings(structure, drafts, held, headings, first_is_lead)
    for task, ann, para in going_on:
        _go_on_below(text, task, ann, para, drafts, structure, collector, annotated)
    _repeat_dittos(text, drafts, structure, collector)

    # Pass 2: prose obligations where the plan names no agency for the task.
    # Clauses first: '一是…，A负责；二是…，B负责' gives each clause its own units, not the task all of them.
    # A task named by its own words (an annotation, a role sentence after 一是…；二是…) leaves its clauses
    # nothing more to read; one named from elsewhere (a 分工表 row restating it) leaves them their own words.
    for task in drafts:
        named_here = any(r.basis == "annotation" for r in collector.by_task.get(task.id, []))
        for unit in (*task.clauses, task):
            if unit is task and task.clauses and any(c.id in collector.by_task for c in task.clauses):
                continue
            if unit.id in collector.by_task or (
                unit is not task and named_here and unit.id not in left_to_prose
            ):
                continue
            for para in unit.paragraphs if unit is task else [unit.span]:
                read = find_prose_obligations(text, *para)
                # bodies each answering for their part of a paragraph's work (A负责…，B负责…) share it, as
                # A、B分别负责 do
                shared = sum(len(ob.mentions) for ob in read if ob.answers and not ob.partners) > 1
                for ob in read:
                    subject_role = _subject_role(text, ob, shared)
                    for role, names in ((subject_role, ob.named()), ("support", ob.named_partners())):
                        for span, name in names:
                            collector.add(
                                unit.id, role, "prose", ob.evidence, para, ob.form, mention=span, name=name
                            )

    _prose_beside_notes(text, drafts, found, collector)
    _heading_units(structure, drafts, collector, headings)

    # Pass 3: the issuing government for tasks that still name nobody.
    # A task whose clauses or measures (a task cell spanning rows of 具体措施) name units is assigned in them,
    # as a heading whose items name units is: it takes no default of its own.
    issuers = _issuer_agents(registry, plan)
    measured = {task.parent for task in drafts if task.parent is not None and task.id in collector.by_task}
    for task in drafts:
        named = task.id in collector.by_task or any(c.id in collector.by_task for c in task.clauses)
        if named or task.id in measured:
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
    return collector.by_task, bool(issuers)
