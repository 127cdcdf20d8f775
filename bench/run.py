"""Run the benchmarks at a chosen scale and return one table (``policykg bench``).

Ratios are measured side by side in the same run (figures on shared machines are noisy); absolute numbers
are printed for reference. Not yet measured here: the API under concurrent load and page layout time.
"""

from __future__ import annotations

import re
import resource
import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench.corpus import generate
from bench.load import api_load, bare_obligations_ms, page_layout_seconds
from graph.factory import open_store
from graph.library import library, statement
from graph.rows import document_rows
from graph.store import CypherStore
from policykg.batch import extract_paths
from policykg.models import Document

_BASELINE = re.compile(rb"\xe3\x80\x94|\xef\xbc\x88|\xe3\x80\x90")  # 〔 （ 【 in UTF-8
QUERY_PARAMS = {
    "limit": 10,
    "agency_id": "agency/320612/market_regulation",
    "program_id": "genuine_goods",
    "key": "PCT专利申请",
    "text": "知识产权强国建设纲要",
}


@dataclass
class Row:
    measure: str
    value: float
    unit: str
    target: str = ""
    met: bool | None = None


def _mb(paths: list[Path]) -> float:
    return sum(p.stat().st_size for p in paths) / 1e6


def _baseline(paths: list[Path]) -> float:
    start = time.perf_counter()
    for p in paths:
        _BASELINE.findall(p.read_bytes())
    return _mb(paths) / (time.perf_counter() - start)


def _per_row_load(store: CypherStore, docs: list[Document]) -> tuple[float, int]:
    """The naive way, for comparison: one MERGE statement per node and per relationship."""
    elements = 0
    start = time.perf_counter()
    for doc in docs:
        batch = document_rows(doc)
        for label, extra, rows in batch.node_rows():
            labels = ":".join((label, *extra))
            for row in rows:
                store._write(f"MERGE (n:{labels} {{id: $id}}) SET n += $props", row)
                elements += 1
        for (src, rel, dst), rows in batch.rel_rows():
            for row in rows:
                store._write(
                    f"MATCH (a:{src} {{id: $src}}) MATCH (b:{dst} {{id: $dst}}) "
                    f"MERGE (a)-[e:{rel}]->(b) SET e += $props",
                    row,
                )
                elements += 1
    return time.perf_counter() - start, elements


def run(
    plans: int = 200,
    seed: int = 7,
    sample: int = 100,
    folder: Path | None = None,
    api_seconds: float = 0.0,
    page_nodes: int = 0,
) -> list[Row]:
    work = folder or Path(tempfile.mkdtemp(prefix="policykg-bench-"))
    paths = generate(plans, seed, work / "corpus")
    rows: list[Row] = []
    baseline = _baseline(paths)
    rows.append(Row("baseline: read + one regex pass", baseline, "MB/s"))

    few = paths[: min(sample, len(paths))]
    start = time.perf_counter()
    extract_paths(few, workers=1)
    per_core = _mb(few) / (time.perf_counter() - start)
    rows.append(Row("extraction, one core", per_core, "MB/s", ">= 5 MB/s", per_core >= 5))
    rows.append(
        Row("extraction / baseline", per_core / baseline, "ratio", ">= 1/20", per_core / baseline >= 0.05)
    )

    start = time.perf_counter()
    result = extract_paths(paths)
    extract_s = time.perf_counter() - start
    rows.append(Row(f"extraction, all cores ({plans} plans)", _mb(paths) / extract_s, "MB/s"))

    with open_store(f"embedded:{work / 'graph'}") as store:
        store.ensure_schema()
        start = time.perf_counter()
        store.load(result.documents)
        agency_ids = [str(r["id"]) for r in store.query(statement("agency_ranking"), {"limit": 50}).rows]
        bare_ms = bare_obligations_ms(store, agency_ids) if agency_ids else 0.0
        load_s = time.perf_counter() - start
        nodes, rels = store.counts()
        rows.append(Row("loading (batched UNWIND MERGE)", (nodes + rels) / load_s, "elements/s"))
        rows.append(
            Row(
                f"end to end, {plans} plans",
                extract_s + load_s,
                "s",
                "< 120 s at 10,000 plans",
                (extract_s + load_s) < 120 if plans >= 10_000 else None,
            )
        )
        for name in library():
            times = []
            for _ in range(5):
                began = time.perf_counter()
                store.query(statement(name), QUERY_PARAMS)
                times.append((time.perf_counter() - began) * 1000)
            median = statistics.median(times)
            rows.append(
                Row(f"query {name} (median; p95 {max(times):.1f} ms)", median, "ms", "< 200 ms", median < 200)
            )
    subset = result.documents[: min(5, len(result.documents))]
    with open_store(f"embedded:{work / 'graph-per-row'}") as naive:
        naive.ensure_schema()
        per_row_s, elements = _per_row_load(naive, subset)
    with open_store(f"embedded:{work / 'graph-batched'}") as batched:
        batched.ensure_schema()
        start = time.perf_counter()
        batched.load(subset)
        batched_s = time.perf_counter() - start
    speedup = per_row_s / batched_s if batched_s else 0.0
    rows.append(
        Row(
            f"loader vs one MERGE per row ({elements} elements)", speedup, "x faster", ">= 20x", speedup >= 20
        )
    )
    if api_seconds > 0 and agency_ids:
        load = api_load(work, agency_ids, clients=50, seconds=api_seconds)
        rows.append(
            Row(
                f"API obligations p50 ({int(load['obligations_requests'])} requests, 50 clients)",
                load["obligations_p50"],
                "ms",
            )
        )
        rows.append(
            Row("API obligations p99", load["obligations_p99"], "ms", "< 50 ms", load["obligations_p99"] < 50)
        )
        rows.append(Row(f"API search p50 / p99 {load['search_p99']:.1f} ms", load["search_p50"], "ms"))
        rows.append(Row("API errors", load["errors"], "count", "0", load["errors"] == 0))
        overhead = load["obligations_p50"] / bare_ms if bare_ms else 0.0
        rows.append(
            Row(
                f"API overhead (p50 / bare query {bare_ms:.1f} ms, under load)",
                overhead,
                "x",
                "<= 1.5x",
                overhead <= 1.5,
            )
        )
    if page_nodes > 0:
        seconds = page_layout_seconds(page_nodes, work)
        if seconds is not None:
            rows.append(
                Row(f"{page_nodes}-node view laid out in Chromium", seconds, "s", "< 3 s", seconds < 3)
            )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    rows.append(Row("peak RSS (this process; largest child)", peak, "MB", f"child {children:.0f} MB"))
    return rows
