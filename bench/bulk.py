"""The engine's own bulk path, for comparison with the project's loader: FalkorDB's bulk loader
(``falkordb-bulk-loader``, the GRAPH.BULK command) builds a new graph from CSV files in one go.

It only creates graphs (no MERGE into existing data, no replacing a plan), which is why the project does not
load through it; the benchmark times it on the same rows to show what the batched UNWIND writes cost.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import logging
import statistics
import time
from pathlib import Path

from graph.falkor import EmbeddedFalkorStore
from graph.rows import Batch, Props, document_rows, props_of
from policykg.models import Document


def _cell(value: object) -> object:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else value


def write_csvs(documents: list[Document], folder: Path) -> tuple[list[str], int]:
    """One CSV per label and per (source label, type, target label); returns the loader's arguments and the
    number of elements."""
    combined = Batch()
    for doc in documents:
        document_rows(doc, into=combined)
    folder.mkdir(parents=True, exist_ok=True)
    args: list[str] = []
    elements = 0
    by_label: dict[str, dict[object, Props]] = {}
    for label, _, group in combined.node_rows():  # extra labels (Collective …) are left out here
        for row in group:
            by_label.setdefault(label, {}).setdefault(row["id"], row)
    for label, unique in by_label.items():
        rows = list(unique.values())
        keys = sorted({k for r in rows for k in props_of(r)} - {"id"})
        path = folder / f"node-{label}.csv"
        with path.open("w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(["id", *keys])
            writer.writerows([r["id"], *(_cell(props_of(r).get(k)) for k in keys)] for r in rows)
        args += ["-N", label, str(path)]
        elements += len(rows)
    for (src, rel, dst), rows in combined.rel_rows():
        keys = sorted({k for r in rows for k in props_of(r)})
        path = folder / f"rel-{src}-{rel}-{dst}.csv"
        with path.open("w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(["src", "dst", *keys])
            writer.writerows([r["src"], r["dst"], *(_cell(props_of(r).get(k)) for k in keys)] for r in rows)
        args += ["-R", rel, str(path)]
        elements += len(rows)
    return args, elements


def bulk_load_seconds(
    store: EmbeddedFalkorStore, documents: list[Document], folder: Path, repeats: int = 1
) -> float | None:
    """Seconds for FalkorDB's bulk loader to build a new graph of ``documents`` on ``store``'s server, the
    median of ``repeats`` runs, each building a graph of its own (None when the loader is not installed). CSV
    writing is not timed."""
    try:
        from falkordb_bulk_loader.bulk_insert import bulk_insert
    except ImportError:
        return None
    args, _ = write_csvs(documents, folder)
    logging.getLogger("falkordb_bulk_loader").setLevel(logging.WARNING)
    times = []
    for run in range(repeats):
        began = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()):  # the loader prints each label it reads
            bulk_insert.main(
                args=[f"bulk-comparison-{run}", "-u", f"unix://{store.socket}", *args],
                standalone_mode=False,
            )
        times.append(time.perf_counter() - began)
    return statistics.median(times)
