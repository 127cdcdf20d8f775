"""Network views: offline pages with legend, filters and caps; end to end in headless Chromium."""

from __future__ import annotations

import os
import re
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn
from typer.testing import CliRunner

from api.app import create_app
from api.settings import Settings
from graph.factory import open_store
from policykg.cli import app as cli
from tests.conftest import CORPUS, ROOT
from viz.render import render
from viz.views import TYPES, VIEWS, build_view

ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
MSA = "agency/320612/market_regulation"


@pytest.fixture(scope="module")
def store(tmp_path_factory, corpus_docs):
    graph = open_store(f"embedded:{tmp_path_factory.mktemp('viz') / 'graph'}")
    graph.ensure_schema()
    graph.load(corpus_docs.values())
    yield graph
    graph.close()


@pytest.mark.parametrize("name", VIEWS)
def test_pages_are_offline_and_complete(store, corpus_docs, name: str) -> None:
    doc = corpus_docs["000_7198047be529bd92"]
    view = build_view(store, name, agency=MSA, plan=doc.id)
    assert view.nodes
    page = render(view)
    assert not re.findall(r'(?:src|href)="https?://', page)  # nothing from a CDN
    assert "new vis.Network" in page
    assert 'id="pkg-legend"' in page
    assert "Noto Sans CJK SC" in page


def test_agency_view_contents(store) -> None:
    view = build_view(store, "agency", agency=MSA)
    kinds = {n["kind"] for n in view.nodes.values()}
    assert kinds == {"agency", "collective", "task", "plan"}
    roles = {e["role"] for e in view.edges if e["role"]}
    assert roles == {"lead", "joint", "sole", "support"}
    quote = next(e["title"] for e in view.edges if e["from"] == MSA and e["role"] == "lead")
    assert quote.startswith("〔责任单位：区市场监管局（知识产权局）牵头")


def test_cap_cuts_and_says_so(store) -> None:
    view = build_view(store, "network", cap=8)
    assert len(view.nodes) == 8
    assert view.capped
    assert '"capped": true' in render(view)


def test_network_region_filter_and_communities(store) -> None:
    view = build_view(store, "network", region="320612")
    assert {n["region"] for n in view.nodes.values()} == {"320612"}
    kinds = {n["kind"] for n in view.nodes.values()}
    assert {"category:judicial", "category:regulator", "category:collective"} <= kinds  # coloured by type
    assert not view.directed
    assert any("社区 community" in str(n["title"]) for n in view.nodes.values())


def test_viz_cli(store, tmp_path: Path) -> None:
    folder = store.folder
    store.close()
    try:
        out = tmp_path / "network.html"
        result = CliRunner().invoke(cli, ["viz", "network", "-o", str(out), "--store", f"embedded:{folder}"])
        assert result.exit_code == 0, result.output
        assert "new vis.Network" in out.read_text(encoding="utf-8")
        bad = CliRunner().invoke(cli, ["viz", "agency", "-o", str(out), "--store", f"embedded:{folder}"])
        assert bad.exit_code != 0
    finally:
        store.__dict__.update(open_store(f"embedded:{folder}").__dict__)


# --- end to end in a real browser --------------------------------------------------------------------


def _browser_or_skip() -> str:
    if CHROMIUM:
        return CHROMIUM
    if os.environ.get("CI") == "true":
        pytest.fail("Chromium is required in CI: the test command installs it (apt-get install chromium)")
    pytest.skip(
        "Chromium is not installed: browser tests skipped (the test command installs it where it may)"
    )


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[str]:
    settings = Settings(data_dir=tmp_path_factory.mktemp("served-viz"), write_token="t")
    srv = uvicorn.Server(uvicorn.Config(create_app(settings), host="127.0.0.1", port=0, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    base = f"http://127.0.0.1:{srv.servers[0].sockets[0].getsockname()[1]}"
    with httpx.Client(base_url=base, timeout=60) as c:
        for path in sorted(CORPUS.glob("*.txt")):
            c.post(
                "/documents",
                files={"file": (path.name, path.read_bytes(), "text/plain")},
                headers={"Authorization": "Bearer t"},
            )
    yield base
    srv.should_exit = True
    thread.join(timeout=30)


def _pages(server: str) -> list[tuple[str, str]]:
    with httpx.Client(base_url=server) as c:
        plan = c.get("/plans").json()["items"][0]["id"]
    return [
        ("landing", "/"),
        ("agency", f"/views/agency?agency={MSA}"),
        ("network", "/views/network"),
        ("network-capped", "/views/network?cap=6"),
        ("programs", "/views/programs"),
        ("citations", "/views/citations"),
        ("plan", f"/views/plan?plan={plan}"),
    ]


def test_views_in_headless_chromium(server) -> None:
    executable = _browser_or_skip()
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, headless=True, args=["--no-sandbox"])
        try:
            for name, path in _pages(server):
                page = browser.new_page(viewport={"width": 1280, "height": 800})
                errors: list[str] = []
                outside: list[str] = []
                page.on(
                    "console", lambda m, errors=errors: errors.append(m.text) if m.type == "error" else None
                )
                page.on("pageerror", lambda e, errors=errors: errors.append(str(e)))
                page.on(
                    "request",
                    lambda r, outside=outside: (
                        outside.append(r.url)
                        if not r.url.startswith((server, "data:", "blob:", "about:"))
                        else None
                    ),
                )
                page.goto(server + path)
                if name == "landing":
                    page.fill("#q", "法院")
                    page.wait_for_selector("#hits a", timeout=10_000)
                    assert "南通市通州区人民法院" in page.inner_text("#hits")
                else:
                    page.wait_for_function("window.policykgReady === true", timeout=20_000)
                    drawn = page.evaluate("window.policykgView")
                    assert drawn["nodes"] > 0, name
                    assert page.locator("#pkg-legend label").count() >= 1
                    assert page.is_visible("#pkg-legend")
                    assert page.is_visible("#pkg-cap") == drawn["capped"]
                    assert (
                        page.evaluate("network.physics.options.enabled") is False
                    )  # layout settled and stopped
                    if name == "agency":
                        page.fill("#pkg-search", "法院")
                        assert page.evaluate("network.getSelectedNodes().length") == 1
                        page.uncheck("#pkg-legend input[value=task]")
                        hidden = page.evaluate(
                            "nodes.get().filter(n => n.kind === 'task' && n.hidden).length"
                        )
                        assert hidden > 0
                page.screenshot(path=str(ARTIFACTS / f"view-{name}.png"))
                assert errors == [], (name, errors)
                assert outside == [], (name, outside)
                page.close()
        finally:
            browser.close()
    assert all(k in TYPES for k in ("agency", "task", "plan"))
