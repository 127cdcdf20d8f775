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
    data_dir: Path, agency_ids: list[str], *, clients: int = 50, seconds: float = 60.0
) -> dict[str, float]:
    """Serve the API (in its own process, as deployed) over an already-built store in ``data_dir`` and hit it
    from ``clients`` concurrent clients for ``seconds`` (obligations and search). Returns latencies in ms."""
    port = _free_port()
    env = {**os.environ, "POLICYKG_DATA_DIR": str(data_dir)}
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
    latencies: dict[str, list[float]] = {"obligations": [], "search": []}
    errors = 0

    async def client(n: int) -> None:
        nonlocal errors
        rng = random.Random(n)
        deadline = time.monotonic() + seconds
        async with httpx.AsyncClient(base_url=base, timeout=30) as http:
            while time.monotonic() < deadline:
                kind = "obligations" if rng.random() < 0.5 else "search"
                path = (
                    f"/agencies/{rng.choice(agency_ids)}/obligations?limit=20"
                    if kind == "obligations"
                    else f"/search?q={rng.choice(['融资', '专利', '法院', '贯标', '保护'])}&limit=10"
                )
                began = time.perf_counter()
                try:
                    response = await http.get(path)
                except httpx.HTTPError:  # a dropped or timed-out request is an error, not the end of the run
                    errors += 1
                    continue
                latencies[kind].append((time.perf_counter() - began) * 1000)
                if response.status_code >= 400:
                    errors += 1

    async def run_all() -> None:
        await asyncio.gather(*(client(n) for n in range(clients)))

    try:
        asyncio.run(run_all())
    finally:
        server.terminate()
        try:
            server.wait(timeout=60)
        except subprocess.TimeoutExpired:
            server.kill()
    out: dict[str, float] = {"errors": float(errors)}
    for kind, values in latencies.items():
        out[f"{kind}_p50"] = statistics.median(values) if values else 0.0
        out[f"{kind}_p99"] = _percentile(values, 0.99)
        out[f"{kind}_requests"] = float(len(values))
    return out


def bare_obligations_ms(store: CypherStore, agency_ids: list[str], runs: int = 50) -> float:
    """The store query behind GET /agencies/{id}/obligations, without HTTP: the API overhead's yardstick."""
    params = {"role": None, "region": None, "plan": None, "program": None, "year": None}
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
