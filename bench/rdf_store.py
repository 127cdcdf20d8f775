"""Measure an rdflib store for the RDF export and the SPARQL library.

    python -m bench.rdf_store --plans 200 --store default
    python -m bench.rdf_store --plans 200 --store Oxigraph

Builds a corpus of N plans by varying the bundled ones (so that their ids differ), loads it into the store
and prints build time, triples, the time of every library query and the process's peak RSS. Run once per
store, in separate processes, to compare memory.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time

from rdflib import Graph

from loaders import load_bytes
from ontology.rdf import add_document
from ontology.sparql import library, query_text, run_query
from policykg.extract.pipeline import extract_document
from policykg.models import Document
from policykg.seed import seed_plans


def documents(n: int) -> list[Document]:
    base = [p.read_bytes() for p in seed_plans()]
    return [
        extract_document(load_bytes(base[i % len(base)] + f"\n（第{i}份）\n".encode(), f"p{i}.txt"))
        for i in range(n)
    ]


def measure(store: str, docs: list[Document]) -> None:
    start = time.perf_counter()
    graph = Graph(store=store)
    for doc in docs:
        add_document(graph, doc)
    built = time.perf_counter() - start
    sys.stdout.write(f"{store}: {len(docs)} plans, {len(graph):,} triples, build {built:.1f} s\n")
    for name in library():
        params = {"key": "PCT国际专利申请量"} if name == "targets_by_indicator" else None
        began = time.perf_counter()
        list(run_query(graph, query_text(name), params))
        sys.stdout.write(f"  {name:22} {time.perf_counter() - began:6.2f} s\n")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    sys.stdout.write(f"  peak RSS of this process {rss:.0f} MB\n")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--plans", type=int, default=200)
    parser.add_argument("--store", choices=["default", "Oxigraph"], default="Oxigraph")
    args = parser.parse_args()
    measure(args.store, documents(args.plans))


if __name__ == "__main__":
    main()
