"""Run the benchmarks at a chosen scale and return one table (``policykg bench``).

Ratios are measured side by side in the same run (figures on shared machines are noisy); absolute numbers
are printed for reference.
"""

from __future__ import annotations

import os
import re
import resource
import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench.bulk import bulk_load_seconds
from bench.corpus import generate
from bench.load import api_load, bare_obligations_ms, page_layout_seconds
from bench.procfs import CpuTimes, cpu_times, peak_rss_mb
from graph.documents import DocumentCache
from graph.factory import open_store
from graph.falkor import EmbeddedFalkorStore
from graph.library import library, statement
from graph.rows import document_rows
from graph.store import CypherStore
from policykg.batch import extract_paths, iter_extract
from policykg.build import build
from policykg.extract import build_kind
from policykg.models import Document
from policykg.querylib import QueryLibrary

_BASELINE = re.compile(rb"\xe3\x80\x94|\xef\xbc\x88|\xe3\x80\x90")  # 〔 （ 【 in UTF-8
QUERY_PARAMS = {
    "limit": 100,
    "agency_id": "agency/320612/market_regulation",
    "program_id": "genuine_goods",
    "key": "PCT国际专利申请量",
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


#: Runs of the batched and bulk loads (short, so noisy on a shared machine) whose median is reported.
_LOAD_REPEATS = 3


def _loaders(subset: list[Document], work: Path) -> list[Row]:
    """The project's loader against one MERGE per row and against the engine's bulk path, same rows."""
    with open_store(f"embedded:{work / 'graph-per-row'}") as naive:
        naive.ensure_schema()
        per_row_s, elements = _per_row_load(naive, subset)
    times = []
    bulk_s = None
    for run in range(_LOAD_REPEATS):  # a load of 50 plans takes about a second: the median of a few runs
        with open_store(f"embedded:{work / f'graph-batched-{run}'}") as batched:
            batched.ensure_schema()
            start = time.perf_counter()
            batched.load(subset)
            times.append(time.perf_counter() - start)
            if run == _LOAD_REPEATS - 1 and isinstance(batched, EmbeddedFalkorStore):  # on the same server
                bulk_s = bulk_load_seconds(batched, subset, work / "bulk-csv", repeats=_LOAD_REPEATS)
    batched_s = statistics.median(times)
    speedup = per_row_s / batched_s if batched_s else 0.0
    out = [
        Row(
            f"loading, batched UNWIND writes ({len(subset)} plans, median of {_LOAD_REPEATS} runs)",
            elements / batched_s,
            "elements/s",
        ),
        Row(
            f"loader vs one MERGE per row ({elements:,} elements)",
            speedup,
            "x faster",
            ">= 20x",
            speedup >= 20,
        ),
    ]
    if bulk_s is not None:
        ratio = batched_s / bulk_s
        out.append(
            Row(
                f"loader vs FalkorDB bulk loader (GRAPH.BULK, median of {_LOAD_REPEATS} runs)",
                ratio,
                "x slower",
                "<= 3x",
                ratio <= 3,
            )
        )
    return out


def run(
    plans: int = 200,
    seed: int = 7,
    sample: int = 100,
    folder: Path | None = None,
    api_seconds: float = 0.0,
    page_nodes: int = 0,
    compare: int = 50,
) -> list[Row]:
    work = folder or Path(tempfile.mkdtemp(prefix="policykg-bench-"))
    paths = generate(plans, seed, work / "corpus")
    rows: list[Row] = []
    baseline = _baseline(paths)
    rows.append(Row("baseline: read + one regex pass", baseline, "MB/s"))

    few = paths[: min(sample, len(paths))]
    # Throughput of a warm extractor: the data files are read and the patterns compiled once per process
    # (about 0.4 s, timed apart in "extractor start-up"), as in every worker of a batch.
    start = time.perf_counter()
    extract_paths(few[:1], workers=1)
    rows.append(Row("extractor start-up (first plan, data files read)", time.perf_counter() - start, "s"))
    start = time.perf_counter()
    extract_paths(few, workers=1)
    per_core = _mb(few) / (time.perf_counter() - start)
    rows.append(Row(f"extraction, one core ({build_kind()})", per_core, "MB/s", ">= 5 MB/s", per_core >= 5))
    rows.append(
        Row("extraction / baseline", per_core / baseline, "ratio", ">= 1/20", per_core / baseline >= 0.05)
    )

    start = time.perf_counter()
    for _ in iter_extract(paths):  # results dropped as they come: memory stays flat at any scale
        pass
    rows.append(
        Row(f"extraction, all cores ({plans} plans)", _mb(paths) / (time.perf_counter() - start), "MB/s")
    )

    with open_store(f"embedded:{work / 'graph'}") as store:
        store.ensure_schema()
        server = store.server_pid if isinstance(store, EmbeddedFalkorStore) else None
        before = cpu_times(server)
        start = time.perf_counter()
        report = build(paths, store, DocumentCache(work / "documents"))
        end_to_end = time.perf_counter() - start
        spent = cpu_times(server).since(before)
        nodes, rels = store.counts()
        rows.append(
            Row(
                f"end to end, {report.loaded} plans ({nodes + rels:,} elements; `policykg build`)",
                end_to_end,
                "s",
                "< 120 s at 10,000 plans",
                end_to_end < 120 if plans >= 10_000 else None,
            )
        )
        rows += _cpu_rows(spent, end_to_end, max(report.loaded, 1))
        rows += _build_memory_rows(server)
        agency_ids = [str(r["id"]) for r in store.query(statement("agency_ranking"), {"limit": 50}).rows]
        for name in library():
            text = statement(name)
            params = QueryLibrary.with_defaults(text, QUERY_PARAMS)  # optional filters off
            times = []
            for _ in range(5):
                began = time.perf_counter()
                store.query(text, params)
                times.append((time.perf_counter() - began) * 1000)
            median = statistics.median(times)
            rows.append(
                Row(f"query {name} (median; p95 {max(times):.1f} ms)", median, "ms", "< 200 ms", median < 200)
            )
    rows += _loaders(extract_paths(paths[: min(compare, len(paths))]).documents, work)
    if api_seconds > 0 and agency_ids:
        rows += _api_rows(work, agency_ids, api_seconds)
    if page_nodes > 0:
        seconds = page_layout_seconds(page_nodes, work)
        if seconds is not None:
            rows.append(
                Row(f"{page_nodes}-node view laid out in Chromium", seconds, "s", "< 3 s", seconds < 3)
            )
    return rows


def _cpu_rows(spent: CpuTimes, seconds: float, plans: int) -> list[Row]:
    """Where the end-to-end build's CPU went, a plan at a time, and how busy it kept the cores: a build that
    keeps them all busy is bound by CPU, and only less work per plan makes it faster."""
    per_plan = "CPU-ms a plan"
    rows = [
        Row("end to end CPU: workers (extraction, rows, JSON)", spent.reaped * 1000 / plans, per_plan),
        Row(
            "end to end CPU: this process (loading; extraction too under 32 plans)",
            spent.own * 1000 / plans,
            per_plan,
        ),
    ]
    total = spent.own + spent.reaped
    if spent.server is not None:
        rows.append(
            Row(
                "end to end CPU: graph server (and its forks: log rewrites, index clean-ups)",
                spent.server * 1000 / plans,
                per_plan,
            )
        )
        total += spent.server
    cores = os.cpu_count() or 1
    busy = 100 * total / (cores * seconds)
    rows.append(Row(f"end to end: CPU used / ({cores} cores x wall time)", busy, "%"))
    return rows


def _build_memory_rows(server: int | None) -> list[Row]:
    """Peak resident memory of the build's processes, read as it ends: this process (extraction and loading
    so far), the largest worker (the reaped children until then are all workers) and the graph server."""
    rows = [
        Row(
            "peak RSS, build: this process (extraction, loading; no documents kept)",
            resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "MB",
        ),
        Row(
            "peak RSS, build: largest worker",
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
            "MB",
        ),
    ]
    store = None if server is None else peak_rss_mb(server)
    if store is not None:
        rows.append(Row("peak RSS, build: graph server", store, "MB"))
    return rows


def _bare_ms(work: Path, agency_ids: list[str]) -> float:
    with open_store(f"embedded:{work / 'graph'}") as store:
        return bare_obligations_ms(store, agency_ids)


def _api_rows(work: Path, agency_ids: list[str], seconds: float) -> list[Row]:
    """The API as served (rendered responses reused while the data is unchanged), then with that cache off
    so that every request reads the store. The API's own overhead is measured that way, against the bare
    store query just before and just after (the mean of both), so that the machine's drift cancels."""
    load = api_load(work, agency_ids, clients=50, seconds=seconds, separate=True)
    before = _bare_ms(work, agency_ids)
    cold = api_load(
        work,
        agency_ids,
        clients=50,
        seconds=seconds,
        separate=True,
        kinds=("obligations",),
        settings={"POLICYKG_RESPONSE_CACHE_MB": "0", "POLICYKG_SEARCH_WARM_UP": "false"},
    )
    rows = []
    for label, run in (("", load), (", cache off", cold)):
        rows += [
            Row(
                f"API obligations{label} p50 (50 clients, {seconds:.0f} s, "
                f"{int(run['obligations_requests'])} requests)",
                run["obligations_p50"],
                "ms",
            ),
            Row(
                f"API obligations{label} p99",
                run["obligations_p99"],
                "ms",
                "< 50 ms",
                run["obligations_p99"] < 50,
            ),
        ]
    rows += [
        Row(
            f"API search p50 (50 clients, {seconds:.0f} s, {int(load['search_requests'])} requests)",
            load["search_p50"],
            "ms",
        ),
        Row("API search p99", load["search_p99"], "ms"),
    ]
    for key, label in (("serve_rss_mb", "API server"), ("serve_store_rss_mb", "its graph server")):
        if key in load:
            rows.append(
                Row(f"peak RSS, serve: {label} (under load)", max(load[key], cold.get(key, 0.0)), "MB")
            )
    errors = load["errors"] + cold["errors"]
    rows.append(Row("API errors", errors, "count", "0", errors == 0))
    bare_ms = (before + _bare_ms(work, agency_ids)) / 2
    overhead = cold["single_p50"] / bare_ms if bare_ms else 0.0
    rows.append(
        Row(
            f"API overhead, one client, cache off (p50 {cold['single_p50']:.1f} ms"
            f" / bare query {bare_ms:.1f} ms)",
            overhead,
            "x",
            "<= 1.5x",
            overhead <= 1.5,
        )
    )
    return rows
