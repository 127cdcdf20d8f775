"""The extraction output contract: pydantic models, published as JSON Schema in schema/.

Every ``span`` is ``[start, end]`` into the document's canonical text and every ``quote`` equals
``text[start:end]``.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Span = tuple[int, int]
Role = Literal["lead", "support", "joint", "sole", "implicit"]
Basis = Literal["annotation", "table", "prose", "issuer_default"]
#: How often a recurring deadline falls due (每年12月底前: year, 每季度末: quarter, 每月10日前: month).
Recurrence = Literal["year", "half_year", "quarter", "month", "week"]
TaskKind = Literal["chapter", "section", "item", "subitem", "point", "clause", "table_row"]
ChapterKind = Literal[
    "preamble", "guidance", "goals", "tasks", "phases", "safeguards", "supplementary", "annex"
]

SCHEMA_VERSION = "1.0"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Evidence(_Model):
    """Where a fact stands in the canonical text."""

    span: Span
    quote: str


class RegionRef(_Model):
    id: str
    name: str
    level: str


class Region(_Model):
    id: str
    name: str
    level: str
    parents: list[RegionRef] = Field(description="Ancestors, nearest first.")
    evidence: Evidence | None = Field(default=None, description="The text the region was detected from.")
    method: str = Field(description="title | issuer | opening | text: where the region was found.")


class Period(_Model):
    start: str | None = Field(description="YYYY or YYYY-MM")
    end: str | None = Field(description="YYYY or YYYY-MM")
    evidence: Evidence


class Issuer(_Model):
    name: str
    evidence: Evidence
    agency_id: str | None = Field(default=None, description="The issuing body among the document's agencies")


class Plan(_Model):
    title: str | None
    title_evidence: Evidence | None = None
    doc_type: str | None = Field(description="Chinese document type, e.g. 工作方案")
    doc_type_id: str | None = None
    doc_number: str | None = Field(description="Normalised with 〔〕, e.g. 通科发〔2017〕23号")
    doc_number_evidence: Evidence | None = None
    issuers: list[Issuer]
    date: str | None = Field(description="Issue date, ISO 8601")
    date_evidence: Evidence | None = None
    region: Region | None
    period: Period | None


class AgencyRef(_Model):
    """One agency as named in one place: canonical identity plus the surface form as written."""

    # frozen: the responsibilities that name one agency by one surface share one (ResolvedAgency.ref)
    model_config = ConfigDict(frozen=True)  # and extra="forbid", as every model

    id: str
    name: str = Field(description="Canonical full name")
    surface: str = Field(description="Exactly as written in the text")
    type: str | None = Field(description="Agency-type id from ontology/data/agency_types.yaml")
    collective: bool


class Responsibility(_Model):
    agency: AgencyRef
    role: Role
    basis: Basis = Field(
        description="annotation/table: named by the plan; prose: subject of an obligation "
        "sentence; issuer_default: no agency named, the issuing government is presumed"
    )
    implicit: bool
    span: Span = Field(description="The evidence: the whole annotation, table cell or sentence")
    quote: str
    mention_span: Span | None = Field(description="The agency's surface form inside the evidence")
    paragraph_span: Span | None = Field(description="The paragraph (or table row) the evidence belongs to")
    form: str = Field(
        description="Annotation form, e.g. 〔责任单位：…〕, （牵头单位：…；配合单位：…）, table"
    )


class Task(_Model):
    id: str
    path: str = Field(description="Structural path such as 四.(二).1")
    kind: TaskKind
    chapter_kind: ChapterKind
    parent: str | None = Field(
        description="Id of the enclosing task: a clause's task, or a task table's task spanning rows of "
        "measures (工作任务 over 具体措施) for each measure's row"
    )
    title: str | None
    text: str
    span: Span
    deadline: str | None = None
    deadline_date: str | None = Field(default=None, description="YYYY-MM or YYYY, parsed from the deadline")
    deadline_recurs: Recurrence | None = Field(
        default=None,
        description="How often the deadline falls due again (每年12月底前, 每年4月: year; 每季度末: quarter; "
        "每月10日前: month); None for a deadline due once. A recurring deadline names no date unless it "
        "writes one (2024—2025年每年12月底前: 2025-12)",
    )
    responsibilities: list[Responsibility]
    plan_part: str | None = Field(
        default=None,
        description="In a notice issuing several plans (关于印发《A》和《B》的通知), the title of the "
        "plan the task belongs to; null in a document issuing one plan",
    )


class Section(_Model):
    """A heading of the plan's hierarchy (chapter, section, item …) with the span it governs."""

    id: str
    path: str
    level: int
    kind: str
    chapter_kind: ChapterKind
    title: str | None
    span: Span
    heading_span: Span


class TableInfo(_Model):
    id: str
    span: Span
    origin: str
    rows: int
    columns: int
    role: Literal["tasks", "data"]
    header: list[str]


class Goal(_Model):
    """A stated goal: a paragraph or numbered unit of a goals chapter."""

    id: str
    path: str
    title: str | None
    text: str
    span: Span


class Target(_Model):
    """A numeric target, from prose or from one cell of a target table."""

    id: str
    indicator: str = Field(description="As phrased, flag and comparator words removed")
    indicator_key: str = Field(description="Comparable key: verbs, counters and units removed")
    value: float | None
    value_max: float | None = Field(default=None, description="Upper end of a range (1-2个)")
    denominator: float | None = Field(default=None, description="For ratios written 5/10")
    value_text: str
    unit: str | None
    normalized_value: float | None = Field(description="Value in the base unit (20亿元 -> 2000000000 元)")
    normalized_unit: str | None
    comparator: str = Field(description=">=, >, =, <=, <, ~ or range")
    kind: Literal["target", "baseline"] = Field(
        default="target",
        description="target: a level the plan aims for; baseline: the starting level it names "
        "(由2023年的6.2件提高到10件 → 6.2 in 2023, a 基期 column)",
    )
    flags: list[str] = Field(
        description="cumulative, increment, growth, annual, share (a change downward is a growth or "
        "increment of minus its value: 下降10% → -10, 下降10%以上 → <= -10); "
        "per_capita (per person: 每万人口), "
        "per_gdp (per amount of output: 每亿元GDP), per_firm (per firms or market entities: "
        "每万户市场主体); relative (a multiple of a base: 翻一番, 达到上年的1.5倍); binding (约束性) or "
        "expected (预期性) from a table's 属性 column; stretch (力争, 争取: striven for) or assured (确保: a "
        "floor kept) from the words before a prose target's value or in the lead-in above it; starred"
    )
    standing: Literal["average", "rank"] | None = Field(
        default=None,
        description="A target placed against peers instead of (or as well as) at a number: average "
        "(高于全市平均水平: value null, the comparator against the average; with a margin over it, the "
        "margin: 高于全省平均水平2个百分点 → value 2, unit 个百分点, comparator >=) or rank (保持全市前3位: "
        "value 3, unit 位, comparator <=; 位居全省前列: value null; a rank moving up, flagged increment: "
        "排名较上年前移2位 → value 2, unit 位, comparator =)",
    )
    reference: str | None = Field(
        default=None, description="What a standing is measured against, as written: 全市平均水平, 全省前3位"
    )
    reference_region_id: str | None = Field(
        default=None,
        description="The region whose units the standing compares with (全省 in a county plan: "
        "its province), when the scope names one or none is written",
    )
    reference_basis: Literal["stated", "inferred"] | None = Field(
        default=None,
        description="How reference_region_id was found: stated (the plan names the scope: 全省前3位, "
        "在全市…中保持前列) or inferred (no scope written: 保持前列, 高于平均水平 compare the plan's region "
        "with the level above it, a county with its city, a city with its province); null without a region",
    )
    year: int | None
    year_basis: str = Field(description="sentence | plan | annual | table")
    base_year: int | None = Field(
        default=None,
        description="The year of the level a change or a multiple is measured from, when the plan names it "
        "(较2020年增长30%, 比2022年翻一番, 较“十三五”末提高2件 → 2020, 2022, 2020), or the year before "
        "the target's for a change against the year before (较上年, 同比, 达到上年的1.5倍: 2024 for a 2025 "
        "target); null when neither is known",
    )
    qualifier: str | None = Field(
        default=None,
        description="The field or industry, or the holders, a target of a standard indicator is limited to, "
        "as written (陶瓷领域 of 陶瓷领域高价值发明专利拥有量: indicator_key 高价值发明专利拥有量; "
        "高新技术企业 of 高新技术企业发明专利拥有量: indicator_key 有效发明专利拥有量)",
    )
    region_id: str | None
    region_name: str | None
    is_total: bool = False
    source: Literal["prose", "table"]
    task_id: str | None = None
    goal_id: str | None = None
    table_id: str | None = None
    responsibilities: list[Responsibility] = Field(
        default_factory=list,
        description="The bodies the plan names for this target itself: the unit columns of its row in a "
        "target table (责任单位, 牵头单位 | 配合单位) or a note closing its goal's sentence "
        "(…达到18件。（责任单位：县市场监管局）). A target of a task is that task's work: its bodies are the "
        "task's responsibilities, not repeated here",
    )
    span: Span
    quote: str
    indicator_evidence: Evidence | None = None
    region_evidence: Evidence | None = None
    plan_part: str | None = Field(
        default=None,
        description="In a notice issuing several plans at once, the title of the plan the target belongs to "
        "(as Task.plan_part); null in a document issuing one plan",
    )


class ProgramMention(_Model):
    program_id: str
    label: str = Field(description="Preferred Chinese label of the programme")
    broader: str | None
    span: Span
    quote: str
    task_id: str | None
    goal_id: str | None


class Citation(_Model):
    id: str
    key: str = Field(description="Identity across plans: doc:<number> or title:<normalised title>")
    title: str | None
    normalized_title: str | None
    doc_number: str | None
    kind: str = Field(description="policy | law | standard | plan | media | report | unknown")
    relation: Literal["cites", "publishes"]
    issuer: str | None
    span: Span
    quote: str
    task_id: str | None


class Phase(_Model):
    id: str
    name: str
    order: int
    start: str | None = Field(description="YYYY-MM")
    end: str | None = Field(description="YYYY-MM")
    path: str
    span: Span
    quote: str


class Agency(_Model):
    """An agency of this document, with every surface form and alias seen for it."""

    id: str
    name: str
    type: str | None
    type_label: str | None
    collective: bool
    region_id: str | None
    aliases: list[str]
    surfaces: list[str]
    responsibilities: int


class Warning(_Model):
    code: str
    message: str
    span: Span | None = None
    related_span: Span | None = Field(default=None, description="The other side of a consistency check")


class EncodingInfo(_Model):
    name: str
    method: str
    confidence: float


class Document(_Model):
    id: str
    source: str
    sha256: str
    format: str
    encoding: str
    encoding_detail: EncodingInfo
    length: int = Field(description="Length of the canonical text in characters")
    plan: Plan
    sections: list[Section]
    tables: list[TableInfo]
    tasks: list[Task]
    goals: list[Goal] = Field(default_factory=list)
    targets: list[Target] = Field(default_factory=list)
    programs: list[ProgramMention] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)
    phases: list[Phase] = Field(default_factory=list)
    agencies: list[Agency]
    warnings: list[Warning]


class FailedDocument(_Model):
    source: str
    error: str
    hint: str | None = None


class ExtractionResult(_Model):
    schema_version: str = SCHEMA_VERSION
    documents: list[Document]
    errors: list[FailedDocument] = Field(default_factory=list)
