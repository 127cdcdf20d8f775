"""Response models of the API (separate from the extraction models)."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from pydantic import BaseModel, Field

from policykg.models import Recurrence

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    total: int
    limit: int
    offset: int
    items: list[T]


class AgencyOut(BaseModel):
    id: str = Field(examples=["agency/320612/market_regulation"])
    name: str = Field(examples=["南通市通州区市场监督管理局"])
    type: str | None
    region_id: str | None
    collective: bool | None = None
    aliases: list[str] = []
    obligations: int = Field(description="Responsibilities it holds for tasks")
    targets: int = Field(
        0, description="Targets a plan names it for (a target table's 责任单位 column, a goal's note)"
    )


class PlanRef(BaseModel):
    id: str
    title: str | None
    region_id: str | None
    period_start: str | None
    period_end: str | None


class Evidence(BaseModel):
    document: str | None
    source: str | None
    span: tuple[int, int]
    quote: str


class Obligation(BaseModel):
    task_id: str
    path: str
    title: str | None
    plan: PlanRef
    role: str = Field(examples=["lead"])
    basis: str
    co_responsible: list[dict[str, Any]]
    programs: list[dict[str, Any]]
    targets: list[dict[str, Any]]
    deadline: str | None = Field(description="The deadline as the plan writes it (2025年底前, 每季度末)")
    deadline_date: str | None = Field(
        default=None, description="Its date where it names one: YYYY-MM or YYYY", examples=["2025-12"]
    )
    deadline_recurs: Recurrence | None = Field(
        default=None,
        description="How often it falls due where it recurs (每年4月: year): year, half_year, quarter, month "
        "or week",
    )
    evidence: Evidence


class AgencyTarget(BaseModel):
    """A target a plan names an agency for itself: its row of a target table (责任单位 column) or a note
    closing its goal's sentence."""

    target_id: str
    indicator: str = Field(examples=["每万人口高价值发明专利拥有量"])
    value: float | None
    value_max: float | None
    unit: str | None = Field(examples=["件"])
    comparator: str = Field(examples=[">="])
    year: int | None = Field(examples=[2025])
    region_id: str | None
    plan: PlanRef
    role: str = Field(examples=["lead"])
    basis: str = Field(examples=["table"])
    form: str = Field(examples=["表格列：责任单位"])
    co_responsible: list[dict[str, Any]]
    evidence: Evidence


class QueryIn(BaseModel):
    """The settings' max_query_chars and max_query_params bound the query further."""

    query: str = Field(
        min_length=1,
        max_length=1_000_000,
        examples=["MATCH (a:Agency) WHERE a.name CONTAINS $q RETURN a.name AS name LIMIT 10"],
    )
    params: dict[str, Any] = Field(default_factory=dict, examples=[{"q": "市场监管"}])


class QueryOut(BaseModel):
    columns: list[str]
    rows: list[dict[str, Any]]
    truncated: bool


class SearchHit(BaseModel):
    id: str
    kind: str
    path: str | None
    title: str | None
    plan_id: str
    plan: str | None
    score: int
    matched: list[str]
    highlight: str


class DocumentOut(BaseModel):
    id: str
    title: str | None
    region: str | None
    tasks: int
    responsibilities: int
    targets: int
    warnings: list[str]
