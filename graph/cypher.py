"""Every Cypher statement the stores send, in one module. Values always travel as parameters; labels and
relationship types (which Cypher cannot parameterise) come only from the model and are checked first.
Statements that differ between engines are the schema ones at the end."""

from __future__ import annotations

from graph.schema import DOCUMENT_LABELS, LABELS, check_label, check_relationship

SHARED_LABELS = tuple(label for label in LABELS if label not in DOCUMENT_LABELS)


def upsert_nodes(label: str, extra: tuple[str, ...] = ()) -> str:
    more = "".join(f" SET n:{check_label(x)}" for x in extra)
    return f"UNWIND $rows AS r MERGE (n:{check_label(label)} {{id: r.id}}) SET n += r.props{more}"


def upsert_relationships(src: str, rel: str, dst: str) -> str:
    return (
        f"UNWIND $rows AS r MATCH (a:{check_label(src)} {{id: r.src}}) "
        f"MATCH (b:{check_label(dst)} {{id: r.dst}}) "
        f"MERGE (a)-[e:{check_relationship(rel)}]->(b) SET e += r.props"
    )


def delete_document_nodes(label: str) -> str:
    return f"MATCH (n:{check_label(label)} {{doc_id: $doc_id}}) DETACH DELETE n"


def delete_orphans(label: str) -> str:
    """Shared nodes (agencies, programmes, cited documents …) that nothing points at any more; their own
    outgoing links (an agency's type and region) go with them. Run in LABELS order: agencies before types."""
    return f"MATCH (n:{check_label(label)}) WHERE NOT ()-->(n) DETACH DELETE n"


DOCUMENT_IDS = "MATCH (p:Plan) RETURN p.id AS id ORDER BY id"
EARLIER_VERSIONS = "MATCH (p:Plan {source: $source}) WHERE p.id <> $doc_id RETURN p.id AS id"
ALL_NODES = "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props"
ALL_RELATIONSHIPS = (
    "MATCH (a)-[e]->(b) RETURN a.id AS src, type(e) AS type, b.id AS dst, properties(e) AS props"
)
COUNT_NODES = "MATCH (n) RETURN count(n) AS n"
COUNT_RELATIONSHIPS = "MATCH ()-[e]->() RETURN count(e) AS n"


# --- engine-specific schema statements -------------------------------------------------------------


def neo4j_schema() -> list[str]:
    statements = [
        f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"
        for label in LABELS
    ]
    statements += [
        f"CREATE INDEX {label.lower()}_doc IF NOT EXISTS FOR (n:{label}) ON (n.doc_id)"
        for label in sorted(DOCUMENT_LABELS)
    ]
    return statements


def falkordb_schema() -> list[str]:
    """FalkorDB has no IF NOT EXISTS: re-running raises 'already indexed', which the store ignores."""
    statements = [f"CREATE INDEX FOR (n:{label}) ON (n.id)" for label in LABELS]
    statements += [f"CREATE INDEX FOR (n:{label}) ON (n.doc_id)" for label in sorted(DOCUMENT_LABELS)]
    return statements
