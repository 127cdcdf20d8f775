"""Golden files for the five corpus plans (reviewed by hand): metadata, every task, every responsibility.

Regenerate after a deliberate change with ``POLICYKG_UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py``
and review the diff before committing it.
"""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path

import pytest

from ontology.vocab_indicators import indicator_vocabulary
from policykg.models import Document, Target
from tests.conftest import CORPUS

GOLDEN = Path(__file__).resolve().parent / "golden"
STEMS = sorted(p.stem for p in CORPUS.glob("*.txt"))


def project(doc: Document) -> dict[str, object]:
    plan = doc.plan
    annotated = {
        (t.path, tuple(r.paragraph_span or ()))
        for t in doc.tasks
        for r in t.responsibilities
        if r.basis == "annotation"
    }
    return {
        "plan": {
            "title": plan.title,
            "doc_type": plan.doc_type,
            "doc_number": plan.doc_number,
            "issuers": [i.name for i in plan.issuers],
            "date": plan.date,
            "region": f"{plan.region.id} {plan.region.name}" if plan.region else None,
            "period": [plan.period.start, plan.period.end] if plan.period else None,
        },
        "annotated_paragraphs": len(annotated),
        "tasks": [
            {
                "path": t.path,
                "kind": t.kind,
                "chapter": t.chapter_kind,
                "title": t.title,
                "responsibilities": [
                    f"{r.agency.surface} | {r.role} | {r.basis} | {r.agency.id}" for r in t.responsibilities
                ],
            }
            for t in doc.tasks
        ],
        "agencies": [f"{a.responsibilities} | {a.name} | {a.type} | {a.id}" for a in doc.agencies],
        "goals": [f"{g.path} | {g.title}" for g in doc.goals],
        "targets": [_target(t) for t in doc.targets],
        "programs": [f"{_owner(p.task_id, p.goal_id)} | {p.label} | {p.quote}" for p in doc.programs],
        "citations": [
            f"{c.kind} | {c.relation} | {c.issuer or ''} | {c.title} | {c.doc_number or ''} | {c.key}"
            for c in doc.citations
        ],
        "phases": [f"{p.order} | {p.name} | {p.start} | {p.end} | {p.path}" for p in doc.phases],
        "warnings": [f"{w.code}: {w.message}" for w in doc.warnings],
    }


def _owner(task_id: str | None, goal_id: str | None) -> str:
    owner = task_id or goal_id
    return owner.split("/", 2)[-1] if owner else "-"


@cache
def _standard_keys() -> frozenset[str]:
    return frozenset(i.zh for i in indicator_vocabulary().indicators)


def _target(t: Target) -> str:
    value = "" if t.value is None else f"{t.value:g}"
    value += f"-{t.value_max:g}" if t.value_max is not None else ""
    value += f"/{t.denominator:g}" if t.denominator is not None else ""
    if t.standing is not None:  # against an average or among peers
        value += f" [{t.standing}: {t.reference} @{t.reference_region_id}]"
    where = f"{t.region_name}{' (total)' if t.is_total else ''}"
    # a target measuring a standard indicator shows the key it is compared under
    indicator = f"{t.indicator} ≡ {t.indicator_key}" if t.indicator_key in _standard_keys() else t.indicator
    return (
        f"{_owner(t.task_id, t.goal_id)} | {t.source} | {indicator} | {t.comparator} {value} {t.unit or ''} | "
        f"{','.join(t.flags)} | {t.year} {t.year_basis} | {where}"
    )


@pytest.mark.parametrize("stem", STEMS)
def test_golden(corpus_docs, stem: str) -> None:
    got = project(corpus_docs[stem])
    path = GOLDEN / f"{stem}.json"
    if os.environ.get("POLICYKG_UPDATE_GOLDEN") == "1":
        path.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    expected = json.loads(path.read_text(encoding="utf-8"))
    assert got == expected


def test_plan_000_done_when(corpus_docs) -> None:
    """Issue criterion: 27 annotated paragraphs under 23 numbered tasks; 区市场监管局（知识产权局） on top."""
    doc = corpus_docs["000_7198047be529bd92"]
    assert project(doc)["annotated_paragraphs"] == 27
    annotated_tasks = {t.path for t in doc.tasks for r in t.responsibilities if r.basis == "annotation"}
    # four paragraphs after a numbered task's own, each closing with its own note, are measures of it
    measures = {p for p in annotated_tasks if ".段" in p}
    assert len(annotated_tasks - measures) == 23
    assert len(measures) == 4
    assert doc.agencies[0].surfaces[0] == "区市场监管局（知识产权局）"
    assert doc.agencies[0].region_id == "320612"
