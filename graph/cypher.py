"""Every Cypher statement the stores send, in one module. Values always travel as parameters; labels and
relationship types (which Cypher cannot parameterise) come only from the model and are checked first.
Statements that differ between engines are the schema ones at the end."""

from __future__ import annotations

import re

from graph.schema import DOCUMENT_LABELS, LABELS, check_label, check_relationship

SHARED_LABELS = tuple(label for label in LABELS if label not in DOCUMENT_LABELS)


def upsert_nodes(label: str, extra: tuple[str, ...] = ()) -> str:
    more = "".join(f" SET n:{check_label(x)}" for x in extra)
    return f"UNWIND $rows AS r MERGE (n:{check_label(label)} {{id: r.id}}) SET n += r.props{more}"


def create_nodes(label: str, keys: tuple[str, ...], extra: tuple[str, ...] = ()) -> str:
    """Nodes of a document being written new (``DOCUMENT_LABELS``; see ``create_relationships`` for why none
    can exist yet), from rows written as lists, ``[id, value of each key …]`` (``rows.listed_nodes``), each
    created with its id and the properties ``keys`` in the pattern (a missing one, null, is not stored).

    - Not created and then SET: on FalkorDB a SET on a node of an indexed label re-indexes it, whatever the
      values, and the index's garbage collector then forks the whole server to clean up. Creating 300,000
      nodes took 6.6 server CPU-s with their properties SET after a MERGE, plus the collector's forks,
      against 2.8 CPU-s and no fork created this way.
    - Lists, not a map per row: FalkorDB reads a list of values far faster. Creating 200,000 nodes of nine
      properties took 1.8–2.0 server CPU-s, against 3.0–3.6 from maps, and the parameter text is a third
      shorter."""
    labels = "".join(f":{check_label(x)}" for x in (label, *extra))
    props = "".join(f", {_key(key)}: r[{i}]" for i, key in enumerate(keys, start=1))
    return f"UNWIND $rows AS r CREATE (n{labels} {{id: r[0]{props}}})"


def _key(key: str) -> str:
    """Property keys are spliced into Cypher text: only plain lower-case names pass."""
    if not _KEY.fullmatch(key):
        raise ValueError(f"not a plain property key: {key!r}")
    return key


_KEY = re.compile(r"[a-z][a-z0-9_]*")


def upsert_relationships(src: str, rel: str, dst: str) -> str:
    """Rows {src, dst, props} merged as relationships between nodes found by id."""
    return (
        f"UNWIND $rows AS r MATCH (a:{check_label(src)} {{id: r.src}}) "
        f"MATCH (b:{check_label(dst)} {{id: r.dst}}) "
        f"MERGE (a)-[e:{check_relationship(rel)}]->(b) SET e += r.props"
    )


def create_relationships(src: str, rel: str, dst: str, keys: tuple[str, ...]) -> str:
    """Relationships to or from a node of a document being written new (``DOCUMENT_LABELS``), from rows
    written as lists, ``[src id, dst id, value of each key …]`` (``rows.listed_relationships``), with the
    properties ``keys`` in the pattern (a missing one, null, is not stored).

    - Created, not merged: that node was written in the same batch and its document had no facts in the
      store (never loaded, or deleted first by a replacement), so none of these relationships can exist yet
      and MERGE would only check that. The check is what costs: on FalkorDB a MERGE of relationships right
      after a write to their type took time growing with the relationships of that type (15-34 ms a
      statement on a 4,000-plan store, against 0.3-2.5 ms as CREATE), and on a 10,000-plan store writing
      400 plans more took a third less server CPU. The load stays idempotent: a document already in the
      store is replaced, never written over (``CypherStore.load``), and an interrupted batch is rolled back
      whole before anything else runs.
    - Lists with the properties in the pattern, not maps SET after the CREATE: 200,000 relationships took
      2.0–2.2 server CPU-s so, against 2.3–2.8."""
    props = ", ".join(f"{_key(key)}: r[{i}]" for i, key in enumerate(keys, start=2))
    return (
        f"UNWIND $rows AS r MATCH (a:{check_label(src)} {{id: r[0]}}) "
        f"MATCH (b:{check_label(dst)} {{id: r[1]}}) "
        f"CREATE (a)-[e:{check_relationship(rel)} {{{props}}}]->(b)"
    )


def delete_document_nodes(label: str) -> str:
    return f"MATCH (n:{check_label(label)} {{doc_id: $doc_id}}) DETACH DELETE n"


def delete_orphans(label: str) -> str:
    """Among candidate shared nodes ($ids: agencies, programmes, cited documents … that a deleted document
    touched), those nothing points at any more; their own outgoing links (an agency's type and region) go
    with them. Run in LABELS order: agencies before types."""
    return f"UNWIND $ids AS id MATCH (n:{check_label(label)} {{id: id}}) WHERE NOT ()-->(n) DETACH DELETE n"


def touched_shared(label: str) -> str:
    """Shared nodes of ``label`` within two hops of a document's own nodes (candidates for clean-up). One
    branch per document label, so that each starts from the doc_id index rather than every node."""
    target = check_label(label)
    return "\nUNION\n".join(
        f"MATCH (:{check_label(d)} {{doc_id: $doc_id}})-[*1..2]->(n:{target}) RETURN n.id AS id"
        for d in sorted(DOCUMENT_LABELS)
    )


EARLIER_VERSIONS = "MATCH (p:Plan {source: $source}) WHERE p.id <> $doc_id RETURN p.id AS id"
#: Which of these documents (by id, or by source file) the store already holds: asked per load, so that its
#: cost follows the documents being loaded, not the size of the store.
LOADED = "MATCH (p:Plan) WHERE p.id IN $ids OR p.source IN $sources RETURN p.id AS id, p.source AS source"
ALL_NODES = (
    "MATCH (n) WHERE NOT n:LoadJournal AND NOT n:StoreGeneration "
    "RETURN labels(n) AS labels, properties(n) AS props"
)
ALL_RELATIONSHIPS = (
    "MATCH (a)-[e]->(b) RETURN a.id AS src, type(e) AS type, b.id AS dst, properties(e) AS props"
)
COUNT_NODES = "MATCH (n) RETURN count(n) AS n"
COUNT_RELATIONSHIPS = "MATCH ()-[e]->() RETURN count(e) AS n"


# --- the intent journal that makes a write of documents all-or-nothing ------------------------------
# One LoadJournal node per batch of documents being written (not a model label: no relationships, left out
# of the content hash and the counts). It is created before the batch's first fact and marked ended
# (``ended``, the server's time) after its last; an open one found later marks an interrupted write, which
# is rolled back. Ages use the server's clock.
#
# Ended journals are deleted in bulk (``PURGE_ENDED_JOURNALS``: when a store closes, and every
# ``CypherStore.purge_every`` batches), not one by one: on FalkorDB deleting a node makes the server bring
# its pending matrix changes up to date. Measured on a 10,000-plan store opened from disk, loading 300 plans
# more in batches of 50: 5.7-5.8 server CPU-s with each batch's journal deleted, against 2.8-2.9 with it
# marked ended (and 0.6 s for deleting the six ended journals at the end). A 10,000-plan build into a new
# store showed no difference (7.7-8.1 server CPU-ms a plan either way).

BEGIN_JOURNAL = """
CREATE (:LoadJournal {id: $id, owner: $owner, started: timestamp(), docs: $docs,
                      shared_labels: $shared_labels, shared_ids: $shared_ids})
"""
JOURNALS = """
MATCH (j:LoadJournal) WHERE j.ended IS NULL
RETURN j.id AS id, j.owner AS owner, timestamp() - j.started AS age_ms, j.docs AS docs,
       j.shared_labels AS shared_labels, j.shared_ids AS shared_ids
"""
END_JOURNAL = "MATCH (j:LoadJournal {id: $id}) SET j.ended = timestamp()"
PURGE_ENDED_JOURNALS = "MATCH (j:LoadJournal) WHERE j.ended IS NOT NULL DELETE j"
#: Journals of writes not finished: in progress, or interrupted and not rolled back yet.
COUNT_JOURNALS = "MATCH (j:LoadJournal) WHERE j.ended IS NULL RETURN count(j) AS n"
#: Every journal node, ended ones too (bookkeeping left out of the counts).
COUNT_JOURNAL_NODES = "MATCH (j:LoadJournal) RETURN count(j) AS n"

# The store's generation: one StoreGeneration node (bookkeeping like the journal, left out of the content
# hash and the counts) whose number every finished or rolled-back batch raises, just before its journal ends.
# Readers that may not keep what they read under a data version (Neo4j, where other processes write) ask it
# to tell whether the plans changed since they last read them (the API's search index).
RAISE_GENERATION = "MERGE (g:StoreGeneration {id: 'store'}) SET g.n = coalesce(g.n, 0) + 1"
GENERATION = "MATCH (g:StoreGeneration) RETURN max(g.n) AS n"
COUNT_GENERATIONS = "MATCH (g:StoreGeneration) RETURN count(g) AS n"


# --- aggregates kept at load (see graph/aggregates.py) -----------------------------------------------

ROLE_COUNTS = ("lead", "support", "joint", "sole", "implicit")  # pinned to the roles vocabulary by a test

#: The counters of the targets a plan names an agency for (a target table's unit column, a goal's note): in
#: all, and those it leads. Kept beside the obligations, never in them.
TARGET_COUNTS = ("targets", "lead_targets")

#: Add a batch of new documents' contribution to each agency's counters.
ADD_AGENCY_COUNTS = (
    "UNWIND $rows AS r MATCH (a:Agency {id: r.id})\n"
    "SET a.obligations = coalesce(a.obligations, 0) + r.obligations"
    + "".join(
        f",\n    a.{key} = coalesce(a.{key}, 0) + r.{key}"
        for key in (*(f"{role}_obligations" for role in ROLE_COUNTS), *TARGET_COUNTS)
    )
)

#: Recount the counters of some agencies from their tasks' and their targets' responsibilities. Pattern
#: comprehensions, not OPTIONAL MATCH: FalkorDB kept ``r`` of an optional path whose last node failed only its
#: label (a target's responsibility counted as a task's), measured on generated plans with targets' bodies.
#: Each comprehension names its own variables: FalkorDB returned an empty list for a second comprehension of
#: the same WITH reusing the first's ``r`` (tests/test_target_units.py fails on it).
REFRESH_AGENCY_COUNTS = (
    "UNWIND $ids AS id MATCH (a:Agency {id: id})\n"
    "WITH a, [(a)<-[:HELD_BY]-(r:Responsibility)<-[:HAS_RESPONSIBILITY]-(:Task) | r.role] AS roles,\n"
    "     [(a)<-[:HELD_BY]-(h:Responsibility)<-[:HAS_RESPONSIBILITY]-(:Target) | h.role] AS target_roles\n"
    "SET a.obligations = size(roles)"
    + "".join(f", a.{role}_obligations = size([x IN roles WHERE x = '{role}'])" for role in ROLE_COUNTS)
    + ", a.targets = size(target_roles), a.lead_targets = size([x IN target_roles WHERE x = 'lead'])"
)

#: Add shared-task counts between pairs of agencies ($rows: a, b with a < b, tasks).
ADD_SHARED_TASKS = """
UNWIND $rows AS r
MATCH (a:Agency {id: r.a})
MATCH (b:Agency {id: r.b})
MERGE (a)-[s:SHARES_TASKS]->(b)
SET s.tasks = coalesce(s.tasks, 0) + r.tasks
"""
DROP_SHARED_TASKS_OUT = "UNWIND $ids AS id MATCH (:Agency {id: id})-[s:SHARES_TASKS]->() DELETE s"
DROP_SHARED_TASKS_IN = "UNWIND $ids AS id MATCH (:Agency {id: id})<-[s:SHARES_TASKS]-() DELETE s"

#: The agencies some agencies share tasks with, and how many tasks, counted from the facts.
COUNT_SHARED_TASKS = """
UNWIND $ids AS id
MATCH (a:Agency {id: id})<-[:HELD_BY]-(:Responsibility)<-[:HAS_RESPONSIBILITY]-(t:Task)
      -[:HAS_RESPONSIBILITY]->(:Responsibility)-[:HELD_BY]->(b:Agency)
WHERE b.id <> a.id
RETURN a.id AS a, b.id AS b, count(DISTINCT t) AS tasks
"""


# --- bringing a store loaded by an earlier version up to date (graph/upgrade.py) --------------------

STALE_AGENCIES = "MATCH (a:Agency) WHERE a.obligations IS NULL OR a.targets IS NULL RETURN a.id AS id"
STALE_PLANS = "MATCH (p:Plan) WHERE p.tasks_without_lead IS NULL RETURN p.id AS id"
SET_TASKS_WITHOUT_LEAD = """
UNWIND $ids AS id
MATCH (p:Plan {id: id})
OPTIONAL MATCH (p)-[:HAS_TASK]->(t:Task)-[:HAS_RESPONSIBILITY]->(r:Responsibility)
WITH p, t, collect(r.basis) AS bases, collect(r.role) AS roles
WITH p, count(CASE WHEN t IS NOT NULL AND any(b IN bases WHERE b IN ['annotation', 'table'])
                        AND NOT 'lead' IN roles THEN 1 END) AS n
SET p.tasks_without_lead = n
"""
PLAN_PROGRAMS = """
UNWIND $ids AS id
MATCH (p:Plan {id: id})-[:IMPLEMENTS]->(g:Program)
RETURN p.id AS plan, g.id AS program
"""
TARGET_CONFLICTS = """
UNWIND $ids AS id
MATCH (p:Plan {id: id})-[:HAS_TARGET]->(prose:Target {source: 'prose'})-[:MEASURES]->(i:Indicator),
      (p)-[:HAS_TARGET]->(total:Target {source: 'table', is_total: true})-[:MEASURES]->(i)
WHERE prose.kind = 'target' AND total.kind = 'target'
  AND prose.normalized_unit = total.normalized_unit AND prose.normalized_value <> total.normalized_value
RETURN p.id AS plan, prose.id AS target, total.normalized_value AS total
"""
SET_PLAN_PRECOMPUTED = """
UNWIND $rows AS r
MATCH (p:Plan {id: r.id})
SET p.programs = r.programs, p.target_conflicts = r.target_conflicts
"""
SET_CONFLICTING_TOTALS = "UNWIND $rows AS r MATCH (t:Target {id: r.id}) SET t.conflicting_totals = r.values"


# --- engine-specific schema statements -------------------------------------------------------------


#: Properties a library query starts from (besides ids and doc_ids): the standings query reads the few
#: targets with a standing (Target.standing IN [...]) from this index instead of scanning every target.
PROPERTY_INDEXES: tuple[tuple[str, str], ...] = (("Target", "standing"),)


def neo4j_schema() -> list[str]:
    statements = [
        f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"
        for label in LABELS
    ]
    statements += [
        f"CREATE INDEX {label.lower()}_doc IF NOT EXISTS FOR (n:{label}) ON (n.doc_id)"
        for label in sorted(DOCUMENT_LABELS)
    ]
    statements += [
        f"CREATE INDEX {label.lower()}_{key} IF NOT EXISTS FOR (n:{label}) ON (n.{key})"
        for label, key in PROPERTY_INDEXES
    ]
    return statements


def falkordb_schema() -> list[str]:
    """FalkorDB has no IF NOT EXISTS: re-running raises 'already indexed', which the store ignores."""
    statements = [f"CREATE INDEX FOR (n:{label}) ON (n.id)" for label in LABELS]
    statements += [f"CREATE INDEX FOR (n:{label}) ON (n.doc_id)" for label in sorted(DOCUMENT_LABELS)]
    statements += [f"CREATE INDEX FOR (n:{label}) ON (n.{key})" for label, key in PROPERTY_INDEXES]
    return statements


#: The relationship types FalkorDB knows (those of the model and any other ever written).
FALKORDB_RELATIONSHIP_TYPES = "CALL db.relationshipTypes()"


def falkordb_register_relationship_types(types: list[str]) -> str:
    """Make FalkorDB know these relationship types before the first relationship of each is written: one
    scratch node with one relationship of each type, created and deleted again in the same statement (one
    command, so that nothing of it is ever seen or kept, even after a crash; the types stay known)."""
    created = "".join(f" CREATE (x)-[:{check_relationship(rel)}]->(x)" for rel in types)
    return f"CREATE (x){created} WITH x DETACH DELETE x"


# --- reads behind the HTTP API (filters are parameters; a null parameter means "no filter") ---------

_AGENCY_FILTERS = """
MATCH (a:Agency)
WHERE ($q IS NULL OR a.name CONTAINS $q OR any(x IN coalesce(a.aliases, []) WHERE x CONTAINS $q))
  AND ($region IS NULL OR a.region_id = $region)
  AND ($type IS NULL OR a.type = $type)
  AND ($plan IS NULL OR (a)<-[:HELD_BY]-(:Responsibility)<-[:HAS_RESPONSIBILITY]-(:Task)
                        <-[:HAS_TASK]-(:Plan {id: $plan}))
"""

#: One page of the agencies matching the filters, most obligations first (cut in the store).
AGENCIES = (
    _AGENCY_FILTERS
    + """WITH a, coalesce(a.obligations, 0) AS obligations
ORDER BY obligations DESC, a.name, a.id
SKIP $offset LIMIT $limit
RETURN a.id AS id, a.name AS name, a.type AS type, a.region_id AS region_id, a.collective AS collective,
       coalesce(a.aliases, []) AS aliases, obligations, coalesce(a.targets, 0) AS targets
"""
)

#: How many agencies match the filters.
AGENCIES_TOTAL = _AGENCY_FILTERS + "RETURN count(a) AS total\n"

AGENCY = """
MATCH (a:Agency {id: $id})
RETURN a.id AS id, a.name AS name, a.type AS type, a.region_id AS region_id, a.collective AS collective,
       coalesce(a.aliases, []) AS aliases, coalesce(a.obligations, 0) AS obligations,
       coalesce(a.targets, 0) AS targets
"""

#: An agency's kept counters (graph/aggregates.py): its obligations in total and by role, and its targets,
#: read without walking them; no row when there is no such agency.
AGENCY_COUNTS = (
    "MATCH (a:Agency {id: $id})\nRETURN coalesce(a.obligations, 0) AS obligations"
    + "".join(f", coalesce(a.{role}_obligations, 0) AS {role}" for role in ROLE_COUNTS)
    + "".join(f", coalesce(a.{key}, 0) AS {key}" for key in TARGET_COUNTS)
    + "\n"
)

# The agency is found by its index first (WITH keeps the planner from starting at every plan), then the
# filters; the page is cut in the store so that only one page's rows cross the wire.
_OBLIGATION_FILTERS = """
WHERE ($role IS NULL OR r.role = $role)
  AND ($region IS NULL OR p.region_id = $region)
  AND ($plan IS NULL OR p.id = $plan)
  AND ($program IS NULL OR (t)-[:MENTIONS]->(:Program {id: $program}))
  AND ($year IS NULL OR (toInteger(substring(coalesce(p.period_start, '0'), 0, 4)) <= $year
                         AND $year <= toInteger(substring(coalesce(p.period_end, '9999'), 0, 4))))
"""
_OBLIGATION_MATCH = (
    """
MATCH (a:Agency {id: $id})
WITH a
MATCH (a)<-[:HELD_BY]-(r:Responsibility)<-[:HAS_RESPONSIBILITY]-(t:Task)<-[:HAS_TASK]-(p:Plan)"""
    + _OBLIGATION_FILTERS
)

#: How many obligations match the filters; no row at all when there is no such agency.
OBLIGATIONS_TOTAL = (
    """
MATCH (a:Agency {id: $id})
OPTIONAL MATCH (a)<-[:HELD_BY]-(r:Responsibility)<-[:HAS_RESPONSIBILITY]-(t:Task)<-[:HAS_TASK]-(p:Plan)"""
    + _OBLIGATION_FILTERS
    + "RETURN a.id AS id, count(r) AS total\n"
)

#: One page of an agency's obligations, ordered by $sort: 'plan' (title, path), 'role' (role, title, path)
#: or 'path' (path, title).
OBLIGATIONS = (
    _OBLIGATION_MATCH
    + """WITH a, r, t, p
ORDER BY CASE WHEN $sort = 'role' THEN r.role ELSE '' END,
         CASE WHEN $sort = 'path' THEN t.path ELSE coalesce(p.title, '') END,
         CASE WHEN $sort = 'path' THEN coalesce(p.title, '') ELSE t.path END,
         t.id
SKIP $offset LIMIT $limit
RETURN t.id AS task_id, t.path AS path, t.title AS title, t.deadline AS deadline,
       t.deadline_date AS deadline_date, t.deadline_recurs AS deadline_recurs, r.role AS role,
       r.basis AS basis, r.quote AS quote, r.start AS start, r.end AS end,
       p.id AS plan_id, p.title AS plan_title, p.region_id AS plan_region, p.period_start AS period_start,
       p.period_end AS period_end, p.source AS source,
       [(t)-[:HAS_RESPONSIBILITY]->(r2:Responsibility)-[:HELD_BY]->(o:Agency) WHERE o.id <> a.id |
        {id: o.id, name: o.name, role: r2.role}] AS co_responsible,
       [(t)-[:MENTIONS]->(g:Program) | {id: g.id, name: g.name}] AS programs,
       [(t)-[:HAS_TARGET]->(x:Target) | {indicator: x.indicator, value: x.value, unit: x.unit,
                                        comparator: x.comparator, year: x.year, standing: x.standing,
                                        reference: x.reference,
                                        reference_basis: x.reference_basis}] AS targets
"""
)

# The targets a plan names an agency for itself (a target table's 责任单位 column, a note closing a goal's
# sentence): no obligations of a task, listed on their own.
_AGENCY_TARGETS_PATH = (
    "(a)<-[:HELD_BY]-(r:Responsibility)<-[:HAS_RESPONSIBILITY]-(x:Target)<-[:HAS_TARGET]-(p:Plan)\n"
    "WHERE ($role IS NULL OR r.role = $role) AND ($plan IS NULL OR p.id = $plan)\n"
)
_AGENCY_TARGETS_MATCH = "\nMATCH (a:Agency {id: $id})\nWITH a\nMATCH " + _AGENCY_TARGETS_PATH

#: How many targets a plan names the agency for; no row at all when there is no such agency.
AGENCY_TARGETS_TOTAL = (
    "\nMATCH (a:Agency {id: $id})\nOPTIONAL MATCH "
    + _AGENCY_TARGETS_PATH
    + "RETURN a.id AS id, count(p) AS total\n"
)

#: One page of the targets a plan names the agency for, by plan, indicator and year.
AGENCY_TARGETS = (
    _AGENCY_TARGETS_MATCH
    + """WITH a, r, x, p
ORDER BY coalesce(p.title, ''), x.indicator, coalesce(x.year, 0), x.id
SKIP $offset LIMIT $limit
RETURN x.id AS target_id, x.indicator AS indicator, x.value AS value, x.value_max AS value_max,
       x.unit AS unit, x.comparator AS comparator, x.year AS year, x.region_id AS region_id,
       r.role AS role, r.basis AS basis, r.form AS form, r.quote AS quote, r.start AS start, r.end AS end,
       p.id AS plan_id, p.title AS plan_title, p.region_id AS plan_region, p.period_start AS period_start,
       p.period_end AS period_end, p.source AS source,
       [(x)-[:HAS_RESPONSIBILITY]->(r2:Responsibility)-[:HELD_BY]->(o:Agency) WHERE o.id <> a.id |
        {id: o.id, name: o.name, role: r2.role}] AS co_responsible
"""
)

PLANS = """
MATCH (p:Plan)
OPTIONAL MATCH (p)-[:HAS_TASK]->(t:Task)
WITH p, count(t) AS tasks
RETURN p.id AS id, p.title AS title, p.doc_type AS doc_type, p.doc_number AS doc_number, p.date AS date,
       p.region_id AS region_id, p.period_start AS period_start, p.period_end AS period_end, tasks
ORDER BY title
"""

PROGRAMS = """
MATCH (g:Program)
OPTIONAL MATCH (p:Plan)-[:IMPLEMENTS]->(g)
RETURN g.id AS id, g.name AS name, g.en AS en, g.broader AS broader, count(DISTINCT p) AS plans
ORDER BY plans DESC, name
"""

PROGRAM_REGIONS = """
MATCH (p:Plan)-[:IMPLEMENTS]->(g:Program {id: $id})
OPTIONAL MATCH (p)-[:COVERS]->(r:Region)
RETURN r.id AS region_id, r.name AS region, p.id AS plan_id, p.title AS plan
ORDER BY region, plan
"""

REGIONS = """
MATCH (r:Region)
OPTIONAL MATCH (r)-[:PART_OF]->(parent:Region)
OPTIONAL MATCH (p:Plan)-[:COVERS]->(r)
RETURN r.id AS id, r.name AS name, r.level AS level, parent.id AS parent, count(p) AS plans
ORDER BY id
"""

#: The indicators targets measure, with how many targets and plans measure each (GET /indicators).
INDICATORS = """
MATCH (p:Plan)-[:HAS_TARGET]->(t:Target)-[:MEASURES]->(i:Indicator)
WHERE $q IS NULL OR i.key CONTAINS $q
RETURN i.key AS key, count(t) AS targets, count(DISTINCT p) AS plans
ORDER BY plans DESC, targets DESC, key
"""

#: Targets whose key or written indicator holds $indicator, or whose key is $key (the standard key the
#: reader's wording stands for: policykg.indicator_lookup), in a region or all.
TARGETS = """
MATCH (p:Plan)-[:HAS_TARGET]->(t:Target)-[:MEASURES]->(i:Indicator)
WHERE ($indicator IS NULL OR i.key CONTAINS $indicator OR t.indicator CONTAINS $indicator OR i.key = $key)
  AND ($region IS NULL OR t.region_id = $region)
OPTIONAL MATCH (t)-[:FOR_REGION]->(r:Region)
RETURN t.id AS id, i.key AS indicator_key, t.indicator AS indicator, t.value AS value,
       t.value_max AS value_max,
       t.unit AS unit, t.normalized_value AS normalized_value, t.normalized_unit AS normalized_unit,
       t.comparator AS comparator, t.year AS year, t.base_year AS base_year, t.qualifier AS qualifier,
       t.kind AS kind, t.is_total AS is_total, t.source AS source,
       t.standing AS standing, t.reference AS reference, t.reference_basis AS reference_basis,
       r.id AS region_id, r.name AS region, p.id AS plan_id, p.title AS plan, t.quote AS quote
ORDER BY indicator_key, region, year, value
"""

CITATIONS = """
MATCH (p:Plan)-[c:CITES|ANNOUNCES]->(d:PolicyDocument)
RETURN p.id AS plan_id, p.title AS plan, type(c) AS relation, d.id AS id, d.title AS title,
       d.doc_number AS doc_number, d.kind AS kind
ORDER BY title, plan
"""

#: The plans whose tasks and goals /search looks through, read a page of plans at a time (SEARCHABLE).
SEARCHABLE_PLANS = "MATCH (p:Plan) RETURN p.id AS id ORDER BY id"

SEARCHABLE = """
UNWIND $plans AS plan
MATCH (p:Plan {id: plan})-[:HAS_TASK|HAS_GOAL]->(x)
RETURN x.id AS id, labels(x)[0] AS kind, x.path AS path, x.title AS title, x.text AS text,
       p.id AS plan_id, p.title AS plan
"""


# --- subgraphs behind the network views (each capped by $cap) ----------------------------------------

VIEW_AGENCY = """
MATCH (a:Agency {id: $agency})<-[:HELD_BY]-(r:Responsibility)<-[:HAS_RESPONSIBILITY]-(t:Task)
      <-[:HAS_TASK]-(p:Plan)
RETURN a.id AS agency, a.name AS agency_name, a.type AS agency_type, t.id AS task, t.path AS path,
       t.title AS task_title, r.role AS role, r.quote AS quote, p.id AS plan, p.title AS plan_title,
       [(t)-[:HAS_RESPONSIBILITY]->(r2:Responsibility)-[:HELD_BY]->(o:Agency) WHERE o.id <> a.id |
        {id: o.id, name: o.name, type: o.type, role: r2.role}] AS others
LIMIT $cap
"""

VIEW_NETWORK_AGENCIES = """
MATCH (a:Agency)<-[:HELD_BY]-(r:Responsibility)<-[:HAS_RESPONSIBILITY]-(:Task)
WHERE $region IS NULL OR a.region_id = $region
RETURN a.id AS id, a.name AS name, a.type AS type, a.region_id AS region, count(r) AS obligations
ORDER BY obligations DESC, id
LIMIT $cap
"""

VIEW_PROGRAMS = """
MATCH (p:Plan)-[:IMPLEMENTS]->(g:Program), (p)-[:COVERS]->(r:Region)
RETURN g.id AS program, g.name AS program_name, r.id AS region, r.name AS region_name, count(p) AS plans
LIMIT $cap
"""

VIEW_CITATIONS = """
MATCH (p:Plan)-[c:CITES|ANNOUNCES]->(d:PolicyDocument)
RETURN p.id AS plan, p.title AS plan_title, p.region_id AS region, d.id AS document, d.title AS title,
       d.kind AS kind, type(c) AS relation
LIMIT $cap
"""

VIEW_PLAN = """
MATCH (p:Plan {id: $plan})-[:HAS_TASK]->(t:Task)
OPTIONAL MATCH (t)-[:HAS_RESPONSIBILITY]->(r:Responsibility)-[:HELD_BY]->(a:Agency)
RETURN p.id AS plan, p.title AS plan_title, t.id AS task, t.path AS path, t.title AS task_title,
       a.id AS agency, a.name AS agency_name, a.type AS agency_type, r.role AS role, r.quote AS quote
LIMIT $cap
"""

VIEW_PLAN_GOALS = """
MATCH (p:Plan {id: $plan})-[:HAS_GOAL]->(g:Goal)
OPTIONAL MATCH (g)-[:HAS_TARGET]->(x:Target)
RETURN g.id AS goal, g.path AS path, g.title AS goal_title, x.id AS target, x.indicator AS indicator,
       x.value AS value, x.unit AS unit, x.comparator AS comparator, x.standing AS standing,
       x.reference AS reference, x.reference_basis AS reference_basis, x.quote AS quote
LIMIT $cap
"""
