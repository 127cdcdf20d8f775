"""The precomputed layout for large views: every node placed, deterministic, components apart, and in a
real browser a large view is ready with physics off and can be re-arranged from the toolbar."""

from __future__ import annotations

import math
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.test_viz import _browser_or_skip
from viz.layout import PRECOMPUTE_FROM, SPACING, radial_layout
from viz.render import render
from viz.views import ViewGraph


def _tree(n: int, seed: int = 5) -> tuple[list[str], list[tuple[str, str]]]:
    rng = random.Random(seed)
    return [f"n{i}" for i in range(n)], [(f"n{i}", f"n{rng.randrange(i)}") for i in range(1, n)]


@given(
    st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=120),
    st.integers(0, 40),
)
@settings(max_examples=60, deadline=None)
def test_every_node_is_placed_at_a_finite_point(pairs: list[tuple[int, int]], extra: int) -> None:
    nodes = [f"v{i}" for i in range(extra)] + [f"v{a}" for a, _ in pairs] + [f"v{b}" for _, b in pairs]
    positions = radial_layout(nodes, [(f"v{a}", f"v{b}") for a, b in pairs])
    assert set(positions) == set(nodes)
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in positions.values())


def test_layout_is_deterministic_and_children_sit_outside_parents() -> None:
    nodes, edges = _tree(500)
    first = radial_layout(nodes, edges)
    assert radial_layout(nodes, edges) == first
    root = max(nodes, key=lambda n: sum(n in e for e in edges))
    distance = {n: math.dist(first[n], first[root]) for n in nodes}
    assert distance[root] == 0
    assert sum(1 for n in nodes if n != root and distance[n] >= SPACING - 0.1) == len(nodes) - 1


def test_components_do_not_overlap() -> None:
    a_nodes, a_edges = _tree(60)
    b_nodes = [f"m{i}" for i in range(30)]
    b_edges = [(f"m{i}", "m0") for i in range(1, 30)]
    positions = radial_layout(a_nodes + b_nodes + ["alone"], a_edges + b_edges)

    def box(names: list[str]) -> tuple[float, float, float, float]:
        xs, ys = [positions[n][0] for n in names], [positions[n][1] for n in names]
        return min(xs), min(ys), max(xs), max(ys)

    boxes = [box(a_nodes), box(b_nodes), box(["alone"])]
    for i, (x0, y0, x1, y1) in enumerate(boxes):
        for u0, v0, u1, v1 in boxes[i + 1 :]:
            assert x1 < u0 or u1 < x0 or y1 < v0 or v1 < y0


def test_large_view_is_ready_with_physics_off_and_can_rearrange(tmp_path: Path) -> None:
    executable = _browser_or_skip()
    from playwright.sync_api import sync_playwright

    nodes, edges = _tree(PRECOMPUTE_FROM + 200)
    view = ViewGraph(title="large", cap=len(nodes))
    for n in nodes:
        view.node(n, f"单位{n}", "agency")
    for a, b in edges:
        view.edge(a, b, label="")
    page_file = tmp_path / "large.html"
    page_file.write_text(render(view), encoding="utf-8")
    small = ViewGraph(title="small", cap=10)
    small.node("a", "甲", "agency")
    assert '"precomputed": false' in render(small)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, headless=True, args=["--no-sandbox"])
        try:
            page = browser.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(page_file.as_uri())
            page.wait_for_function("window.policykgReady === true", timeout=30_000)
            assert page.evaluate("network.physics.options.enabled") is False
            placed = page.evaluate("Object.values(network.getPositions()).length")
            assert placed == len(nodes)
            x, y = page.evaluate("[network.getPositions(['n1']).n1.x, network.getPositions(['n1']).n1.y]")
            expected = radial_layout(nodes, edges)["n1"]
            assert x == pytest.approx(expected[0], abs=1)
            assert y == pytest.approx(expected[1], abs=1)
            page.check("#pkg-physics")
            assert page.evaluate("network.physics.options.enabled") is True
            assert errors == []
        finally:
            browser.close()
