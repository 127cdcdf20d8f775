"""Aggregates kept on shared nodes at load, so that whole-graph questions read a few thousand agencies
instead of walking every responsibility.

- On each ``Agency``: ``obligations`` (responsibilities held for tasks) and one count per role
  (``lead_obligations`` …); ``targets`` (responsibilities held for targets: a target table's unit column, a
  goal's note) and ``lead_targets`` (those it leads), never counted as obligations.
- Between two agencies that share tasks: ``(a)-[:SHARES_TASKS {tasks: n}]->(b)`` with ``a.id < b.id``.

New documents add their own contribution (computed here from the batch rows: no read of the graph);
replacing, deleting and rolling back recompute the aggregates of the agencies involved from the facts
themselves (``cypher.REFRESH_AGENCY_COUNTS``, ``cypher.REFRESH_SHARED_TASKS``). A contract test checks
both against a recomputation from scratch after loads, replacements, deletions and rollbacks.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from itertools import combinations

from graph.cypher import ROLE_COUNTS as ROLES
from graph.cypher import TARGET_COUNTS
from graph.rows import Batch, props_of

_TARGETS, _LEAD_TARGETS = TARGET_COUNTS


def count_key(role: str) -> str:
    return f"{role}_obligations"


def agency_counts(batch: Batch) -> dict[str, dict[str, int]]:
    """Per agency the batch's responsibilities for tasks name (its obligations), in total and by role, and
    those for targets (``targets``, ``lead_targets``): how many it holds (no zeros)."""
    responsibilities = batch.nodes.get(("Responsibility", ()), {})
    of_tasks = {rid for _, rid in batch.rels.get(("Task", "HAS_RESPONSIBILITY", "Responsibility"), {})}
    of_targets = {rid for _, rid in batch.rels.get(("Target", "HAS_RESPONSIBILITY", "Responsibility"), {})}
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for rid, agency in batch.rels.get(("Responsibility", "HELD_BY", "Agency"), {}):
        row = responsibilities.get(rid)
        role = props_of(row).get("role") if row is not None else None
        if rid in of_tasks:
            counts[agency]["obligations"] += 1
            if role in ROLES:
                counts[agency][count_key(str(role))] += 1
        elif rid in of_targets:
            counts[agency][_TARGETS] += 1
            if role == "lead":
                counts[agency][_LEAD_TARGETS] += 1
    return {agency: dict(c) for agency, c in counts.items()}


def task_pairs(batch: Batch) -> dict[tuple[str, str], int]:
    """Per pair of agencies (ids in order): how many of the batch's tasks both hold a responsibility for."""
    holder = {rid: agency for rid, agency in batch.rels.get(("Responsibility", "HELD_BY", "Agency"), {})}
    agencies: dict[str, set[str]] = defaultdict(set)
    for task, rid in batch.rels.get(("Task", "HAS_RESPONSIBILITY", "Responsibility"), {}):
        if rid in holder:
            agencies[task].add(holder[rid])
    pairs: Counter[tuple[str, str]] = Counter()
    for held in agencies.values():
        pairs.update(combinations(sorted(held), 2))
    return dict(pairs)


def agency_deltas(batch: Batch, counted: Iterable[dict[str, dict[str, int]]] = ()) -> list[dict[str, object]]:
    """Per agency: the responsibilities the batch gives it, for tasks and for targets, in total and by role,
    plus ``counted`` (the ``agency_counts`` of documents whose responsibilities are not in the batch's rows,
    counted where they were extracted; tasks and responsibilities belong to one document, so counts add
    up)."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for part in (agency_counts(batch), *counted):
        for agency, numbers in part.items():
            counts[agency].update(numbers)
    for (label, _), rows in batch.nodes.items():
        if label == "Agency":  # every agency carries the counters, zero included
            for agency in rows:
                counts.setdefault(agency, Counter())
    keys = ("obligations", *(count_key(r) for r in ROLES), *TARGET_COUNTS)
    return [{"id": agency, **{k: c[k] for k in keys}} for agency, c in sorted(counts.items())]


def shared_task_deltas(
    batch: Batch, counted: Iterable[dict[tuple[str, str], int]] = ()
) -> list[dict[str, object]]:
    """Per pair of agencies (ids in order): how many of the batch's tasks both hold a responsibility for,
    plus ``counted`` (``task_pairs`` of documents whose tasks are not in the batch's rows)."""
    pairs: Counter[tuple[str, str]] = Counter()
    for part in (task_pairs(batch), *counted):
        pairs.update(part)
    return [{"a": a, "b": b, "tasks": n} for (a, b), n in sorted(pairs.items())]
