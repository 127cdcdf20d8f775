"""Open a graph store from one setting: an embedded folder (the default) or a Neo4j URI."""

from __future__ import annotations

import os
from pathlib import Path

from graph.store import CypherStore
from policykg.errors import ConfigurationError


def default_folder() -> Path:
    return Path(os.environ.get("POLICYKG_DATA_DIR", ".policykg")) / "graph"


_NEO4J = ("neo4j://", "neo4j+s://", "neo4j+ssc://", "bolt://", "bolt+s://", "bolt+ssc://")


def open_store(uri: str | None = None) -> CypherStore:
    """``None``/``embedded``/``embedded:FOLDER``/a folder path: embedded FalkorDB; ``neo4j://…``/``bolt://…``:
    Neo4j. Backends are imported only when chosen."""
    uri = uri or os.environ.get("POLICYKG_STORE") or "embedded"
    if uri.startswith(_NEO4J):
        from graph.neo4j_store import Neo4jStore

        return Neo4jStore(uri)
    if "://" in uri:
        raise ConfigurationError(
            f"unknown store URI {uri!r}", hint="use embedded:FOLDER or neo4j://host:7687"
        )
    folder = Path(uri.removeprefix("embedded:")) if uri not in ("embedded", "embedded:") else default_folder()

    from graph.falkor import EmbeddedFalkorStore

    return EmbeddedFalkorStore(folder)
