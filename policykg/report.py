"""Human-readable summaries of extraction results (rich tables)."""

from __future__ import annotations

from collections import Counter

from rich.console import Console
from rich.table import Table

from policykg.models import Document, ExtractionResult

ROLE_ZH = {"lead": "牵头", "support": "配合", "joint": "共同负责", "sole": "负责", "implicit": "推定"}


def _plan_line(doc: Document) -> str:
    plan = doc.plan
    region = plan.region.name if plan.region else "地区未知"
    period = f"{plan.period.start or '?'}–{plan.period.end or '?'}" if plan.period else "期限未知"
    return f"[bold]{plan.title or doc.source}[/bold]  ({plan.doc_type or '类型未知'}; {region}; {period})"


def print_document(console: Console, doc: Document, *, detail: bool) -> None:
    console.print(_plan_line(doc))
    console.print(
        f"  source {doc.source} · encoding {doc.encoding} ({doc.encoding_detail.method}) · "
        f"{len(doc.tasks)} tasks · {sum(len(t.responsibilities) for t in doc.tasks)} responsibilities"
    )
    if detail:
        table = Table(title="Annotated paragraphs (责任单位)", show_lines=False)
        for column in ("#", "task", "title", "agencies (role)"):
            table.add_column(column)
        count = 0
        for task in doc.tasks:
            by_para: dict[tuple[int, int], list[str]] = {}
            for r in task.responsibilities:
                if r.basis in ("annotation", "table") and r.paragraph_span is not None:
                    by_para.setdefault(tuple(r.paragraph_span), []).append(  # type: ignore[arg-type]
                        f"{r.agency.surface}({ROLE_ZH[r.role]})"
                    )
            for agencies in by_para.values():
                count += 1
                table.add_row(str(count), task.path, task.title or "", "、".join(agencies))
        if count:
            console.print(table)
    ranking = Table(title="Agencies by responsibilities")
    for column in ("agency", "type", "total", "lead", "support", "joint", "sole", "implicit"):
        ranking.add_column(column)
    roles: dict[str, Counter[str]] = {}
    for task in doc.tasks:
        for r in task.responsibilities:
            roles.setdefault(r.agency.id, Counter())[r.role] += 1
    for agency in doc.agencies[:10]:
        if not agency.responsibilities:
            continue
        c = roles.get(agency.id, Counter())
        ranking.add_row(
            agency.name,
            agency.type_label or "",
            str(agency.responsibilities),
            *(str(c[k]) for k in ("lead", "support", "joint", "sole", "implicit")),
        )
    console.print(ranking)
    for w in doc.warnings:
        console.print(f"  [yellow]warning[/yellow] {w.code}: {w.message}")


def print_result(console: Console, result: ExtractionResult, *, detail: bool = True) -> None:
    for doc in result.documents:
        print_document(console, doc, detail=detail)
        console.print()
    total_tasks = sum(len(d.tasks) for d in result.documents)
    total_resp = sum(len(t.responsibilities) for d in result.documents for t in d.tasks)
    console.print(
        f"[bold]{len(result.documents)} documents[/bold], {total_tasks} tasks, "
        f"{total_resp} responsibilities, "
        f"{len(result.errors)} failed"
    )
