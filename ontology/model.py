"""PolicyKG's model, defined once.

Each class and property names its RDF term (in PKG), the terms it reuses (ORG, SKOS, PROV-O, Web
Annotation, Dublin Core, ELI, CCCEV), its property-graph label or relationship type, and its cardinality.
The OWL ontology, the SHACL shapes, the Mermaid diagram and the graph-store schema are generated from
here; tests fail when any of them drifts.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, SKOS, XSD

from ontology.namespaces import ELI, M8G, OA


@dataclass(frozen=True)
class ClassDef:
    name: str  # the PKG term and the property-graph label
    zh: str
    en: str
    comment: str
    reuses: tuple[URIRef, ...] = ()  # rdfs:subClassOf
    parent: str | None = None  # a PolicyKG superclass


@dataclass(frozen=True)
class PropertyDef:
    name: str  # the PKG term
    domain: tuple[str, ...]  # one or more ClassDef names
    range: str | URIRef  # a ClassDef name (object property) or an XSD datatype
    min: int = 0
    max: int | None = None
    reuses: tuple[URIRef, ...] = ()  # rdfs:subPropertyOf
    pg: str | None = None  # property-graph relationship type (object) or node property key (data)
    comment: str = ""

    @property
    def is_object(self) -> bool:
        return isinstance(self.range, str) and not str(self.range).startswith(str(XSD))


CLASSES: tuple[ClassDef, ...] = (
    ClassDef(
        "Plan",
        "政策方案",
        "Policy plan",
        "A plan, work-points or opinions document issued by a government body.",
        (ELI.LegalResource, PROV.Entity),
    ),
    ClassDef(
        "Section",
        "章节",
        "Section",
        "A heading of a plan's hierarchy (chapter, section, item, phase …).",
        (PROV.Entity,),
    ),
    ClassDef(
        "Task",
        "任务",
        "Task",
        "A unit of work a plan assigns: the Requirement of the Requirement–Action–AgentRole pattern.",
        (M8G.Requirement, PROV.Entity),
    ),
    ClassDef("Goal", "目标", "Goal", "A stated goal of a plan.", (PROV.Entity,)),
    ClassDef(
        "Target", "指标目标", "Target", "A numeric target for an indicator, region and year.", (PROV.Entity,)
    ),
    ClassDef(
        "Indicator",
        "指标",
        "Indicator",
        "What a target measures, identified by its comparable key.",
        (SKOS.Concept,),
    ),
    ClassDef(
        "Agency",
        "单位",
        "Agency",
        "A government body or institution named in a plan.",
        (ORG.Organization, PROV.Agent),
    ),
    ClassDef(
        "Collective",
        "集合主体",
        "Collective agent",
        "A collective of agencies (各镇（街道）, 成员单位 …).",
        (),
        "Agency",
    ),
    ClassDef(
        "LeadingGroup",
        "领导小组",
        "Leading group",
        "A coordination body and its members.",
        (ORG.OrganizationalUnit,),
        "Agency",
    ),
    ClassDef(
        "AgencyType", "单位类型", "Agency type", "A concept of the agency-type scheme.", (SKOS.Concept,)
    ),
    ClassDef(
        "Region",
        "行政区",
        "Region",
        "An administrative division (GB/T 2260) or development zone.",
        (SKOS.Concept, DCTERMS.Location),
    ),
    ClassDef(
        "Program",
        "工作品牌/项目",
        "Programme",
        "A recurring IP programme of the programme scheme.",
        (SKOS.Concept,),
    ),
    ClassDef(
        "PolicyDocument",
        "引用文件",
        "Cited policy document",
        "A policy, law, standard, plan or medium a plan cites or will publish.",
        (ELI.LegalResource,),
    ),
    ClassDef("Phase", "阶段", "Phase", "A phase of a plan's timeline.", (PROV.Entity,)),
    ClassDef(
        "Responsibility",
        "责任",
        "Responsibility",
        "Agency X holds role R for task (or target) Y of plan Z: the AgentRole "
        "of the Requirement–Action–AgentRole pattern, reified so that evidence hangs off it.",
        (PROV.Role, ORG.Role),
    ),
    ClassDef("Role", "责任角色", "Role", "lead, support, joint, sole or implicit.", (SKOS.Concept,)),
    ClassDef(
        "Evidence",
        "出处",
        "Evidence",
        "The characters of a plan that support a fact: a Web Annotation "
        "specific resource with position and quote selectors.",
        (OA.SpecificResource,),
    ),
)

S, INT, D, B, DT = XSD.string, XSD.integer, XSD.decimal, XSD.boolean, XSD.date

PROPERTIES: tuple[PropertyDef, ...] = (
    # plan structure
    PropertyDef("hasSection", ("Plan",), "Section", pg="HAS_SECTION", reuses=(DCTERMS.hasPart,)),
    PropertyDef("hasTask", ("Plan",), "Task", pg="HAS_TASK", reuses=(DCTERMS.hasPart,)),
    PropertyDef("hasGoal", ("Plan",), "Goal", pg="HAS_GOAL", reuses=(DCTERMS.hasPart,)),
    PropertyDef("hasPhase", ("Plan",), "Phase", pg="HAS_PHASE", reuses=(DCTERMS.hasPart,)),
    PropertyDef("hasTarget", ("Plan", "Task", "Goal"), "Target", pg="HAS_TARGET"),
    PropertyDef("subTaskOf", ("Task",), "Task", max=1, pg="SUBTASK_OF", reuses=(DCTERMS.isPartOf,)),
    PropertyDef("coversRegion", ("Plan",), "Region", max=1, pg="COVERS", reuses=(DCTERMS.spatial,)),
    PropertyDef("issuedBy", ("Plan",), "Agency", pg="ISSUED_BY", reuses=(ELI.passed_by,)),
    PropertyDef("citesDocument", ("Plan",), "PolicyDocument", pg="CITES", reuses=(ELI.cites,)),
    PropertyDef(
        "announcesDocument",
        ("Plan",),
        "PolicyDocument",
        pg="ANNOUNCES",
        comment="A document the plan says it will draw up or publish (制定《…》, 发布《…报告》).",
    ),
    PropertyDef("mentionsProgram", ("Task", "Goal"), "Program", pg="MENTIONS"),
    PropertyDef("implementsProgram", ("Plan",), "Program", pg="IMPLEMENTS"),
    # responsibilities (Requirement–Action–AgentRole)
    PropertyDef(
        "hasResponsibility",
        ("Task", "Target"),
        "Responsibility",
        pg="HAS_RESPONSIBILITY",
        comment="A task's bodies, or the bodies a plan names for a target itself (a target table's 责任单位 "
        "column, a note closing a goal's sentence). An agency's obligations are its tasks' responsibilities.",
    ),
    PropertyDef(
        "responsibleAgent", ("Responsibility",), "Agency", min=1, max=1, pg="HELD_BY", reuses=(PROV.agent,)
    ),
    PropertyDef("hasRole", ("Responsibility",), "Role", min=1, max=1, pg="HAS_ROLE"),
    PropertyDef(
        "sharesTasksWith",
        ("Agency",),
        "Agency",
        pg="SHARES_TASKS",
        comment="Derived when loading: the two agencies hold responsibilities for the same tasks. In the "
        "property graph it runs from the smaller agency id to the larger and carries the number of shared "
        "tasks (tasks).",
    ),
    # agencies and places
    PropertyDef("agencyType", ("Agency",), "AgencyType", max=1, pg="OF_TYPE", reuses=(ORG.classification,)),
    PropertyDef("inRegion", ("Agency",), "Region", max=1, pg="IN_REGION"),
    PropertyDef("partOf", ("Region",), "Region", max=1, pg="PART_OF", reuses=(SKOS.broader,)),
    # targets
    PropertyDef("forIndicator", ("Target",), "Indicator", min=1, max=1, pg="MEASURES"),
    PropertyDef("forRegion", ("Target",), "Region", max=1, pg="FOR_REGION"),
    PropertyDef(
        "measuredAgainst",
        ("Target",),
        "Region",
        max=1,
        pg="MEASURED_AGAINST",
        comment="The region whose units a standing compares with (全省 in a county plan: its province).",
    ),
    # provenance
    PropertyDef(
        "evidence",
        ("Responsibility", "Target"),
        "Evidence",
        min=1,
        max=1,
        pg="EVIDENCE",
        reuses=(PROV.wasDerivedFrom,),
    ),
    # literals
    PropertyDef(
        "title",
        ("Plan", "Task", "Goal", "Section", "PolicyDocument"),
        S,
        max=1,
        reuses=(DCTERMS.title,),
        pg="title",
    ),
    PropertyDef("docType", ("Plan",), S, max=1, reuses=(DCTERMS.type,), pg="doc_type"),
    PropertyDef("docNumber", ("Plan", "PolicyDocument"), S, max=1, reuses=(ELI.id_local,), pg="doc_number"),
    PropertyDef("issueDate", ("Plan",), DT, max=1, reuses=(ELI.date_document, DCTERMS.issued), pg="date"),
    PropertyDef("periodStart", ("Plan",), S, max=1, pg="period_start"),
    PropertyDef("periodEnd", ("Plan",), S, max=1, pg="period_end"),
    PropertyDef("sha256", ("Plan",), S, min=1, max=1, pg="sha256"),
    PropertyDef("path", ("Task", "Goal", "Section", "Phase"), S, min=1, max=1, pg="path"),
    PropertyDef("text", ("Task", "Goal"), S, min=1, max=1, pg="text"),
    PropertyDef("taskKind", ("Task",), S, min=1, max=1, pg="kind"),
    PropertyDef("chapterKind", ("Task",), S, min=1, max=1, pg="chapter_kind"),
    PropertyDef("deadline", ("Task",), S, max=1, pg="deadline"),
    PropertyDef(
        "deadlineDate",
        ("Task",),
        S,
        max=1,
        pg="deadline_date",
        comment="The deadline's date where it names one: YYYY-MM or YYYY.",
    ),
    PropertyDef(
        "deadlineRecurs",
        ("Task",),
        S,
        max=1,
        pg="deadline_recurs",
        comment="How often a recurring deadline falls due (每年4月: year): year, half_year, quarter, "
        "month or week.",
    ),
    PropertyDef(
        "planPart",
        ("Task", "Target"),
        S,
        max=1,
        pg="plan_part",
        comment="In a notice issuing several plans (关于印发《A》和《B》的通知), the title of the plan "
        "the task or target belongs to.",
    ),
    PropertyDef("name", ("Agency", "Phase"), S, min=1, max=1, reuses=(SKOS.prefLabel,), pg="name"),
    PropertyDef("regionLevel", ("Region",), S, min=1, max=1, pg="level"),
    PropertyDef("regionCode", ("Region",), S, min=1, max=1, reuses=(DCTERMS.identifier,), pg="code"),
    PropertyDef("basis", ("Responsibility",), S, min=1, max=1, pg="basis"),
    PropertyDef("implicit", ("Responsibility",), B, min=1, max=1, pg="implicit"),
    PropertyDef(
        "value",
        ("Target",),
        D,
        max=1,
        pg="value",
        comment="Absent only for a standing without a number (高于全市平均水平, 位居全省前列).",
    ),
    PropertyDef("valueMax", ("Target",), D, max=1, pg="value_max"),
    PropertyDef("unit", ("Target",), S, max=1, pg="unit"),
    PropertyDef("normalizedValue", ("Target",), D, max=1, pg="normalized_value"),
    PropertyDef("normalizedUnit", ("Target",), S, max=1, pg="normalized_unit"),
    PropertyDef("comparator", ("Target",), S, min=1, max=1, pg="comparator"),
    PropertyDef("year", ("Target",), INT, max=1, pg="year"),
    PropertyDef(
        "baseYear",
        ("Target",),
        INT,
        max=1,
        pg="base_year",
        comment="The year of the level a change or a multiple is measured from: 较2020年增长30% → 2020.",
    ),
    PropertyDef(
        "qualifier",
        ("Target",),
        S,
        max=1,
        pg="qualifier",
        comment="The field or industry a target of a standard indicator is limited to: 陶瓷领域.",
    ),
    PropertyDef("isTotal", ("Target",), B, min=1, max=1, pg="is_total"),
    PropertyDef("targetKind", ("Target",), S, min=1, max=1, pg="kind"),
    PropertyDef("targetFlag", ("Target",), S, pg="flags"),
    PropertyDef(
        "standing",
        ("Target",),
        S,
        max=1,
        pg="standing",
        comment="average (measured against an average) or rank (a place among peers).",
    ),
    PropertyDef(
        "reference", ("Target",), S, max=1, pg="reference", comment="What a standing names: 全市平均水平."
    ),
    PropertyDef(
        "referenceBasis",
        ("Target",),
        S,
        max=1,
        pg="reference_basis",
        comment="How the region a standing is measured against was found: stated (the plan names the scope: "
        "全省前3位, 在全市…中保持前列) or inferred (none written: 保持前列 in a county plan, its city).",
    ),
    PropertyDef("indicatorKey", ("Indicator",), S, min=1, max=1, reuses=(SKOS.notation,), pg="key"),
    PropertyDef("citationKind", ("PolicyDocument",), S, min=1, max=1, pg="kind"),
    PropertyDef("order", ("Phase",), INT, min=1, max=1, pg="order"),
    PropertyDef("startMonth", ("Phase",), S, max=1, pg="start"),
    PropertyDef("endMonth", ("Phase",), S, max=1, pg="end"),
    PropertyDef("start", ("Evidence",), INT, min=1, max=1, reuses=(OA.start,), pg="start"),
    PropertyDef("end", ("Evidence",), INT, min=1, max=1, reuses=(OA.end,), pg="end"),
    PropertyDef("quote", ("Evidence",), S, min=1, max=1, reuses=(OA.exact,), pg="quote"),
)


def class_def(name: str) -> ClassDef:
    for c in CLASSES:
        if c.name == name:
            return c
    raise KeyError(name)


def properties_of(name: str) -> list[PropertyDef]:
    """Properties whose domain is ``name`` or one of its PolicyKG superclasses."""
    names = {name}
    parent = class_def(name).parent
    while parent:
        names.add(parent)
        parent = class_def(parent).parent
    return [p for p in PROPERTIES if names & set(p.domain)]


def node_labels() -> list[str]:
    return [c.name for c in CLASSES]


def relationship_types() -> list[str]:
    return [p.pg for p in PROPERTIES if p.is_object and p.pg]
