"""The property-graph schema, derived from ontology.model (one source of truth).

Node labels are the model's classes and relationship types its object properties' ``pg`` names. Evidence
is inlined: a fact node (Responsibility, Target) carries ``start``, ``end`` and ``quote`` itself rather
than pointing at an Evidence node, which keeps the analysts' Cypher short.
"""

from __future__ import annotations

from ontology.model import CLASSES, PROPERTIES

INLINED = {"Evidence"}

#: Node labels, in load order (shared vocabulary nodes first, facts last).
LABELS: tuple[str, ...] = tuple(c.name for c in CLASSES if c.name not in INLINED)

#: Relationship types, with the labels they join (from the model's domains and ranges).
RELATIONSHIPS: dict[str, tuple[tuple[str, ...], str]] = {
    p.pg: (p.domain, str(p.range)) for p in PROPERTIES if p.is_object and p.pg and str(p.range) not in INLINED
}

#: Labels whose nodes belong to one document (deleted with it); the others are shared between documents.
DOCUMENT_LABELS = frozenset({"Plan", "Section", "Task", "Goal", "Target", "Phase", "Responsibility"})


def check_label(label: str) -> str:
    """Labels are spliced into Cypher text (Cypher cannot take them as parameters): only model labels pass."""
    if label not in LABELS:
        raise ValueError(f"unknown node label {label!r}")
    return label


def check_relationship(rel: str) -> str:
    if rel not in RELATIONSHIPS:
        raise ValueError(f"unknown relationship type {rel!r}")
    return rel
