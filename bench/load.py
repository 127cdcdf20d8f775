"""The API under concurrent clients on loopback, and a large view's layout time in headless Chromium.

Both are bounded: the load loop stops after ``seconds`` and only talks to 127.0.0.1; the browser opens a
local file.
"""

from __future__ import annotations

import asyncio
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

from bench.http_client import Connection, HttpError
from bench.procfs import children, peak_rss_mb
from graph import cypher
from graph.store import CypherStore
from viz.render import render
from viz.views import ViewGraph


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else 0.0


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def api_load(
    data_dir: Path,
    agency_ids: list[str],
    *,
    clients: int = 50,
    seconds: float = 60.0,
    separate: bool = False,
    kinds: tuple[str, ...] = ("obligations", "search"),
    settings: dict[str, str] | None = None,
) -> dict[str, float]:
    """Serve the API (in its own process, as deployed) over an already-built store in ``data_dir`` and hit it
    from ``clients`` concurrent clients for ``seconds``: obligations, search and other reads mixed, or
    with ``separate`` each of ``kinds`` alone in turn, for ``seconds`` each. ``settings`` are the server's
    own (POLICYKG_* variables). Returns latencies in ms, request counts and errors."""
    port = _free_port()
    env = {**os.environ, "POLICYKG_DATA_DIR": str(data_dir), **(settings or {})}
    server = subprocess.Popen(
        [sys.executable, "-m", "policykg.cli", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 600
    while True:
        try:
            if httpx.get(base + "/health", timeout=5).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if server.poll() is not None or time.monotonic() > deadline:
            server.kill()
            raise RuntimeError("the API server did not start")
        time.sleep(0.2)
    latencies: dict[str, list[float]] = {"obligations": [], "search": [], "other": []}
    #: The rest of the read mix (mixed runs only): catalogue lists, an agency, the regions.
    others = ["/plans?limit=20", "/programs", "/regions", "/agencies?limit=20", "/health"]
    errors = 0

    async def client(n: int, only: str | None) -> None:
        nonlocal errors
        rng = random.Random(n)
        deadline = time.monotonic() + seconds
        http = Connection("127.0.0.1", port)
        try:
            while time.monotonic() < deadline:
                draw = rng.random()
                kind = only or ("obligations" if draw < 0.4 else "search" if draw < 0.8 else "other")
                if kind == "obligations":
                    path = f"/agencies/{rng.choice(agency_ids)}/obligations?limit=20"
                elif kind == "search":
                    path = f"/search?q={rng.choice(['融资', '专利', '法院', '贯标', '保护'])}&limit=10"
                else:
                    path = rng.choice([*others, f"/agencies/{rng.choice(agency_ids)}"])
                began = time.perf_counter()
                try:
                    status, _ = await http.get(path)
                except HttpError:  # a dropped or timed-out request is an error, not the end of the run
                    errors += 1
                    continue
                latencies[kind].append((time.perf_counter() - began) * 1000)
                if status >= 400:
                    errors += 1
        finally:
            await http.close()

    async def run_all(only: str | None) -> None:
        await asyncio.gather(*(client(n, only) for n in range(clients)))

    async def one_client() -> list[float]:  # one client alone: the API's own overhead
        http, times = Connection("127.0.0.1", port, timeout=600), []
        try:
            if "search" in kinds or not separate:  # warm-up: the index is built once, as the server starts
                await http.get("/search?q=专利&limit=1")
            for n in range(100):
                began = time.perf_counter()
                await http.get(f"/agencies/{agency_ids[n % len(agency_ids)]}/obligations?limit=20")
                times.append((time.perf_counter() - began) * 1000)
        finally:
            await http.close()
        return times

    memory: dict[str, float] = {}
    try:
        single = asyncio.run(one_client())
        for only in kinds if separate else (None,):
            asyncio.run(run_all(only))
        memory = _serve_memory(server.pid)
    finally:
        server.terminate()
        try:
            server.wait(timeout=60)
        except subprocess.TimeoutExpired:
            server.kill()
    out: dict[str, float] = {"errors": float(errors), "single_p50": statistics.median(single), **memory}
    for kind, values in latencies.items():
        out[f"{kind}_p50"] = statistics.median(values) if values else 0.0
        out[f"{kind}_p99"] = _percentile(values, 0.99)
        out[f"{kind}_requests"] = float(len(values))
    return out


def _serve_memory(pid: int) -> dict[str, float]:
    """Peak resident memory of the API server and of its largest child (its embedded graph server), read
    while they still run (empty where /proc cannot be read)."""
    out: dict[str, float] = {}
    own = peak_rss_mb(pid)
    if own is not None:
        out["serve_rss_mb"] = own
    kids = [m for m in (peak_rss_mb(child) for child in children(pid)) if m is not None]
    if kids:
        out["serve_store_rss_mb"] = max(kids)
    return out


def bare_obligations_ms(store: CypherStore, agency_ids: list[str], runs: int = 50) -> float:
    """The store query behind GET /agencies/{id}/obligations, without HTTP: the API overhead's yardstick."""
    params: dict[str, object] = {"role": None, "region": None, "plan": None, "program": None, "year": None}
    params |= {"sort": "plan", "offset": 0, "limit": 20}
    times = []
    for n in range(runs):
        began = time.perf_counter()
        store.query(cypher.OBLIGATIONS, {"id": agency_ids[n % len(agency_ids)], **params})
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def page_layout_seconds(nodes: int, folder: Path) -> float | None:
    """Time until a synthetic view of ``nodes`` nodes is laid out and interactive in headless Chromium
    (None when no Chromium is installed)."""
    browser_path = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser_path is None:
        return None
    from playwright.sync_api import sync_playwright

    rng = random.Random(5)
    view = ViewGraph(title=f"{nodes} nodes", cap=nodes)
    for n in range(nodes):
        view.node(f"n{n}", f"单位{n}", "agency" if n % 3 else "task")
    for n in range(1, nodes):
        view.edge(f"n{n}", f"n{rng.randrange(n)}", label="")
    page_file = folder / "large-view.html"
    page_file.write_text(render(view), encoding="utf-8")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=browser_path, headless=True, args=["--no-sandbox"])
        try:
            page = browser.new_page()
            began = time.perf_counter()
            page.goto(page_file.as_uri())
            page.wait_for_function("window.policykgReady === true", timeout=120_000)
            return time.perf_counter() - began
        finally:
            browser.close()
