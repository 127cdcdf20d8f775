from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from graph.factory import open_store
from graph.store import CypherStore
from loaders import load_document
from policykg.extract.pipeline import extract_document
from policykg.models import Document

# No per-example deadline for the property tests: Hypothesis's default (200 ms) failed them at random on a
# loaded two-core machine (other builds running beside the suite). Slowness is guarded by the bad-input
# cases' time limits (tests/regressions/cases.py) instead.
settings.register_profile("policykg", deadline=None)
settings.load_profile("policykg")

# Commands under test keep their graph store and document cache here, never in the working tree.
os.environ["POLICYKG_DATA_DIR"] = tempfile.mkdtemp(prefix="policykg-tests-")

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
PLAN_000 = CORPUS / "000_7198047be529bd92.txt"


#: The graph backends every contract test runs against: always the embedded FalkorDB, Neo4j when NEO4J_URI is
#: set (skipped visibly otherwise).
BACKENDS = [
    "embedded",
    pytest.param(
        "neo4j",
        marks=pytest.mark.skipif(
            not os.environ.get("NEO4J_URI"), reason="NEO4J_URI is not set: Neo4j tests skipped"
        ),
    ),
]


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[CypherStore]:
    """An empty store of each backend, its schema set up (a test module may define its own ``store``)."""
    if request.param == "embedded":
        graph = open_store(f"embedded:{tmp_path / 'graph'}")
    else:
        graph = open_store(os.environ["NEO4J_URI"])
        graph._write("MATCH (n) DETACH DELETE n")
    graph.ensure_schema()
    yield graph
    graph.close()


@pytest.fixture(scope="session")
def corpus_docs() -> dict[str, Document]:
    return {p.stem: extract_document(load_document(p)) for p in sorted(CORPUS.glob("*.txt"))}


def facts(doc: Document) -> list[tuple[str, str, str, str]]:
    """(task path, agency id, role, basis) for every responsibility, sorted: comparable across formats."""
    return sorted((t.path, r.agency.id, r.role, r.basis) for t in doc.tasks for r in t.responsibilities)
