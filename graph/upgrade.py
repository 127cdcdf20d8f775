"""Bring a store loaded by an earlier version up to date: compute the precomputed values it lacks (the
agencies' counters and SHARES_TASKS links, the plans' tasks_without_lead, programs, target_conflicts and
the prose targets' conflicting_totals) from the facts already in it. Run by ``ensure_schema``; a store that
is up to date costs two short reads. The result equals loading the documents again (a test compares the
content hashes)."""

from __future__ import annotations

import logging
from collections import defaultdict
from typing import TYPE_CHECKING

from graph import cypher
from graph.rows import same_type

if TYPE_CHECKING:
    from graph.store import CypherStore

log = logging.getLogger(__name__)

_CHUNK = 2_000


def upgrade(store: CypherStore) -> int:
    """Fill in what is missing; returns how many agencies and plans were brought up to date."""
    agencies = [str(r["id"]) for r in store._read(cypher.STALE_AGENCIES, {}, 600_000).rows]
    plans = [str(r["id"]) for r in store._read(cypher.STALE_PLANS, {}, 600_000).rows]
    if not agencies and not plans:
        return 0
    log.warning(
        "store loaded by an earlier version: computing aggregates for %d agencies and %d plans",
        len(agencies),
        len(plans),
    )
    with store._write_lock:
        store._refresh_aggregates(set(agencies))
        for i in range(0, len(plans), _CHUNK):
            _upgrade_plans(store, plans[i : i + _CHUNK])
    return len(agencies) + len(plans)


def _upgrade_plans(store: CypherStore, ids: list[str]) -> None:
    store._write(cypher.SET_TASKS_WITHOUT_LEAD, {"ids": ids})
    programs: dict[str, list[str]] = {plan: [] for plan in ids}
    for row in store._read(cypher.PLAN_PROGRAMS, {"ids": ids}, 600_000).rows:
        programs[str(row["plan"])].append(str(row["program"]))
    totals: dict[str, list[float]] = defaultdict(list)
    plan_of: dict[str, str] = {}
    for row in store._read(cypher.TARGET_CONFLICTS, {"ids": ids}, 600_000).rows:
        totals[str(row["target"])].append(float(row["total"]))
        plan_of[str(row["target"])] = str(row["plan"])
    conflicts: dict[str, int] = defaultdict(int)
    for target, values in totals.items():
        conflicts[plan_of[target]] += len(values)
    store._write_rows(
        cypher.SET_PLAN_PRECOMPUTED,
        [{"id": p, "programs": sorted(programs[p]), "target_conflicts": conflicts[p]} for p in ids],
    )
    store._write_rows(
        cypher.SET_CONFLICTING_TOTALS,
        [{"id": t, "values": same_type(values)} for t, values in sorted(totals.items())],
    )
