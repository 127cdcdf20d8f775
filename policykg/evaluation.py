"""Scoring the extractor against hand-labelled plans: precision, recall and F1 for each kind of fact.

A gold file (``NAME.gold.yaml`` beside the plan ``NAME.txt|md|html|docx|pdf|csv``) says what a careful reader
finds in the plan: its metadata, the agencies each task names with their roles, the numeric targets, the
programmes and the cited documents. Facts are matched by where they stand in the plan's text (a task by words
of its text, a target by its quote), never by the extractor's own ids, so a gold file is written from the plan
alone.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

from loaders import load_document
from ontology.yaml_files import read_yaml
from policykg.errors import PolicyKGError
from policykg.extract.pipeline import extract_document
from policykg.models import Document, Role

PLAN_SUFFIXES = (".txt", ".md", ".html", ".htm", ".docx", ".pdf", ".csv", ".xlsx")
KINDS = ("metadata", "agencies", "roles", "targets", "target_fields", "programmes", "citations")


class EvaluationError(PolicyKGError):
    """A gold file that cannot be read or does not fit its plan."""


class _Gold(BaseModel):
    model_config = ConfigDict(extra="forbid")


class GoldPlan(_Gold):
    title: str | None = None
    doc_type: str | None = None
    doc_number: str | None = None
    date: str | None = None
    region: str | None = None
    issuers: list[str] | None = None


class GoldTask(_Gold):
    task: str  # words that stand in the task's text, first found where the task is
    agencies: dict[str, Role]  # surface as written -> role


class GoldTarget(_Gold):
    """A numeric target; unit, comparator, year and flags are compared where the gold file gives them
    (null for none), the kind always."""

    quote: str  # words of the target as written (its indicator and value at least)
    value: float
    unit: str | None = None
    comparator: str | None = None
    year: int | None = None
    kind: Literal["target", "baseline"] = "target"
    flags: list[str] | None = None


class GoldFile(_Gold):
    version: Literal[1]
    plan: GoldPlan = GoldPlan()
    responsibilities: list[GoldTask] = []
    targets: list[GoldTarget] = []
    programmes: list[str] = []
    citations: list[str] = []  # a title (without 《》) or a document number

    @model_validator(mode="after")
    def _each_task_once(self) -> GoldFile:
        """Two entries with the same words are the same task: the second would take the first's place."""
        twice = sorted(word for word, n in Counter(e.task for e in self.responsibilities).items() if n > 1)
        if twice:
            raise ValueError(f"tasks listed twice: {twice}; give each task's agencies under one entry")
        return self


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)  # what went wrong, one line each

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.misses.extend(other.misses)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


Scores = dict[str, Score]


def read_gold(path: Path) -> GoldFile:
    try:
        data = read_yaml(path.read_text(encoding="utf-8"))
        return GoldFile.model_validate(data)
    except (OSError, yaml.YAMLError) as e:
        raise EvaluationError(f"{path}: cannot read the gold file ({e}); it must be UTF-8 YAML") from e
    except ValidationError as e:
        raise EvaluationError(
            f"{path}: not a gold file: {e.error_count()} problem(s), first {e.errors()[0]['loc']}: "
            f"{e.errors()[0]['msg']} (see the module docstring of policykg/evaluation.py)"
        ) from e


def gold_pairs(folder: Path) -> list[tuple[Path, Path]]:
    """Each plan of ``folder`` with its gold file; a gold file without its plan is an error."""
    pairs = []
    for gold in sorted(folder.glob("*.gold.yaml")):
        stem = gold.name.removesuffix(".gold.yaml")
        plans = [path for path in (folder / f"{stem}{suffix}" for suffix in PLAN_SUFFIXES) if path.exists()]
        if len(plans) != 1:
            raise EvaluationError(
                f"{gold}: expected one plan named {stem}.<txt|md|html|docx|pdf|csv|xlsx> beside it"
            )
        pairs.append((plans[0], gold))
    if not pairs:
        raise EvaluationError(f"{folder}: no *.gold.yaml files; pass the folder of the labelled plans")
    return pairs


def evaluate(folder: Path) -> tuple[Scores, dict[str, Scores]]:
    """The scores over every labelled plan of ``folder``, and each plan's own."""
    total: Scores = {kind: Score() for kind in KINDS}
    per_plan: dict[str, Scores] = {}
    for plan_path, gold_path in gold_pairs(folder):
        loaded = load_document(plan_path)
        scores = score_document(extract_document(loaded), loaded.text, read_gold(gold_path), plan_path.name)
        per_plan[plan_path.name] = scores
        for kind, score in scores.items():
            total[kind].add(score)
    return total, per_plan


def score_document(doc: Document, text: str, gold: GoldFile, name: str = "plan") -> Scores:
    return {
        "metadata": _metadata(doc, gold.plan, name),
        **_responsibilities(doc, text, gold.responsibilities, name),
        **_targets(doc, text, gold.targets, name),
        "programmes": _sets({p.program_id for p in doc.programs}, set(gold.programmes), name, "programme"),
        "citations": _citations(doc, gold.citations, name),
    }


def _metadata(doc: Document, gold: GoldPlan, name: str) -> Score:
    plan = doc.plan
    got: dict[str, object] = {
        "title": plan.title,
        "doc_type": plan.doc_type,
        "doc_number": plan.doc_number,
        "date": plan.date,
        "region": plan.region.name if plan.region else None,
        "issuers": [i.name for i in plan.issuers],
    }
    score = Score()
    for key, expected in gold.model_dump(exclude_unset=True).items():
        if got[key] == expected:
            score.tp += 1
        else:  # a wrong value is one found wrongly and one missed
            score.fp += got[key] not in (None, [])
            score.fn += 1
            score.misses.append(f"{name}: {key} {got[key]!r}, expected {expected!r}")
    return score


_BRACKETED = re.compile(r"[（(][^（()）]*[）)]")


def _surface(words: str) -> str:
    """A body as written without what its brackets add (区市场监管局（知识产权局） is 区市场监管局)."""
    return _BRACKETED.sub("", words).strip()


def _find(text: str, words: str, name: str, what: str) -> int:
    at = text.find(words)
    if at < 0:
        raise EvaluationError(
            f"{name}: the gold {what} {words!r} is not in the plan's text; copy it from there"
        )
    return at


def _responsibilities(doc: Document, text: str, gold: Sequence[GoldTask], name: str) -> Scores:
    """Per task, the agencies named (agencies) and with their roles (roles). A task is the innermost one
    whose text holds the gold entry's words; a task the gold file does not list should name nobody."""
    owner: dict[str, str] = {}  # task id -> gold words
    joined: list[str] = []  # gold tasks the extractor reads as one
    for entry in gold:
        at = _find(text, entry.task, name, "task")
        holding = [t for t in doc.tasks if t.span[0] <= at < t.span[1]]
        if holding:
            task = min(holding, key=lambda t: t.span[1] - t.span[0])
            if task.id in owner:
                joined.append(
                    f"{name}: gold tasks {owner[task.id]!r} and {entry.task!r} are one task [{task.path}]"
                )
            owner[task.id] = entry.task
    got: set[tuple[str, str, str]] = set()
    for task in doc.tasks:
        for r in task.responsibilities:
            if r.basis != "issuer_default":
                got.add((owner.get(task.id, f"[{task.path}]"), _surface(r.agency.surface), r.role))
    expected = {(e.task, _surface(s), role) for e in gold for s, role in e.agencies.items()}
    scores = {
        "agencies": _sets({g[:2] for g in got}, {e[:2] for e in expected}, name, "agency"),
        "roles": _sets(got, expected, name, "role"),
    }
    for score in scores.values():
        score.misses[:0] = joined  # the cause of the misses below: the first task's names count for the last
    return scores


def _targets(doc: Document, text: str, gold: Sequence[GoldTarget], name: str) -> Scores:
    """A target is found when one extracted overlaps its quote with its value (targets); its fields are
    right when unit, comparator, year, kind (and flags, where the gold file gives them) agree too."""
    found, fields = Score(), Score()
    left = list(doc.targets)
    for entry in gold:
        start = _find(text, entry.quote, name, "target")
        end = start + len(entry.quote)
        match = next(
            (
                t
                for t in left
                if t.span[0] < end
                and start < t.span[1]
                and t.value is not None
                and abs(t.value - entry.value) < 1e-9
            ),
            None,
        )
        if match is None:
            found.fn += 1
            fields.fn += 1
            found.misses.append(f"{name}: target missed: {entry.quote} ({entry.value:g})")
            continue
        left.remove(match)
        found.tp += 1
        got: dict[str, object] = {
            "unit": match.unit,
            "comparator": match.comparator,
            "year": match.year,
            "kind": match.kind,
            "flags": sorted(match.flags),
        }
        given = entry.model_dump(include=entry.model_fields_set | {"kind"}, exclude={"quote", "value"})
        if given.get("flags") is not None:
            given["flags"] = sorted(given["flags"])
        wrong = [f"{key} {got[key]!r} not {want!r}" for key, want in given.items() if got[key] != want]
        if wrong:
            fields.fp += 1
            fields.fn += 1
            fields.misses.append(f"{name}: target {entry.quote}: " + ", ".join(wrong))
        else:
            fields.tp += 1
    for t in left:
        found.fp += 1
        fields.fp += 1
        found.misses.append(f"{name}: target not in the gold file: {t.quote} ({t.value_text})")
    return {"targets": found, "target_fields": fields}


def _unspaced(words: str) -> str:
    """``words`` without white space: a title written with a space inside it (a standard's name as published,
    《企业知识产权合规管理体系 要求》) is the same title as the extractor's, which keeps spaces only between
    joint issuers."""
    return "".join(words.split())


def _citations(doc: Document, gold: Iterable[str], name: str) -> Score:
    wanted, matched = {_unspaced(g) for g in gold}, set[str]()
    score = Score()
    for c in doc.citations:
        keys = {_unspaced(key) for key in (c.title, c.doc_number) if key}
        hit = keys & wanted
        if keys & matched and not hit:
            continue  # the same document cited again
        if hit:
            matched |= keys
            score.tp += 1
            wanted -= hit
        else:
            score.fp += 1
            score.misses.append(f"{name}: citation not in the gold file: {c.title or c.doc_number}")
    score.fn += len(wanted)
    score.misses.extend(f"{name}: citation missed: {w}" for w in sorted(wanted))
    return score


def _sets(got: set[Any], expected: set[Any], name: str, what: str) -> Score:
    extra, missed = got - expected, expected - got
    score = Score(tp=len(got & expected), fp=len(extra), fn=len(missed))
    score.misses.extend(f"{name}: {what} not in the gold file: {x}" for x in sorted(map(str, extra)))
    score.misses.extend(f"{name}: {what} missed: {x}" for x in sorted(map(str, missed)))
    return score
