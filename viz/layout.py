"""A precomputed layout for large views: in the browser a force layout costs about 30 ms per iteration at
2,000 nodes, so a few hundred iterations take many seconds. Above ``PRECOMPUTE_FROM`` nodes the page gets
positions from here and starts with physics off (analysts can switch it on).

Each connected component is drawn as a radial tree: a breadth-first tree from its best-connected node,
leaves spread evenly round the outer ring, each parent centred over its children's arc. Components are
then packed in rows, largest first. Linear time; deterministic for a given node and edge order.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import networkx as nx

#: Views with more nodes than this are laid out here, not by physics in the browser.
PRECOMPUTE_FROM = 400
#: Distance between neighbouring leaves on a ring, and between rings, in vis-network pixels.
SPACING = 60.0


def radial_layout(nodes: Iterable[str], edges: Iterable[tuple[str, str]]) -> dict[str, tuple[float, float]]:
    graph: nx.Graph[str] = nx.Graph()
    graph.add_nodes_from(nodes)
    graph.add_edges_from((a, b) for a, b in edges if a != b)
    placed: list[tuple[float, dict[str, tuple[float, float]]]] = []
    components = sorted(nx.connected_components(graph), key=lambda c: (-len(c), min(c)))
    for component in components:
        sub = graph.subgraph(component)
        root = max(sorted(component), key=sub.degree)
        placed.append(_tree(sub, root))
    return _pack(placed)


def _tree(graph: nx.Graph[str], root: str) -> tuple[float, dict[str, tuple[float, float]]]:
    """Positions of one component round (0, 0), and its radius."""
    children: dict[str, list[str]] = {root: []}
    depth = {root: 0}
    order = [root]
    for parent, child in nx.bfs_edges(graph, root, sort_neighbors=sorted):
        children[parent].append(child)
        children[child] = []
        depth[child] = depth[parent] + 1
        order.append(child)
    leaves: dict[str, int] = {}
    for node in reversed(order):
        leaves[node] = sum(leaves[c] for c in children[node]) or 1
    total = leaves[root]
    # ring d is at least SPACING beyond ring d-1 and long enough to hold its nodes SPACING apart
    per_ring: dict[int, int] = {}
    for node in order:
        per_ring[depth[node]] = per_ring.get(depth[node], 0) + 1
    radii = [0.0]
    for d in range(1, max(depth.values()) + 1):
        radii.append(max(radii[-1] + SPACING, per_ring[d] * SPACING / (2 * math.pi)))
    positions: dict[str, tuple[float, float]] = {}
    start = {root: 0.0}
    for node in order:
        angle0 = start[node]
        share = 2 * math.pi * leaves[node] / total
        r = radii[depth[node]]
        middle = angle0 + share / 2
        positions[node] = (r * math.cos(middle), r * math.sin(middle))
        cursor = angle0
        for child in children[node]:
            start[child] = cursor
            cursor += 2 * math.pi * leaves[child] / total
    return radii[-1], positions


def _pack(placed: list[tuple[float, dict[str, tuple[float, float]]]]) -> dict[str, tuple[float, float]]:
    """Shelf-pack the components (largest first) into rows about as wide as the largest one."""
    out: dict[str, tuple[float, float]] = {}
    if not placed:
        return out
    width = max(2 * (placed[0][0] + SPACING), 8 * SPACING)
    x = y = row_height = 0.0
    for radius, positions in placed:
        size = 2 * (radius + SPACING / 2)
        if x > 0 and x + size > width:
            x, y, row_height = 0.0, y + row_height, 0.0
        cx, cy = x + size / 2, y + size / 2
        for node, (px, py) in positions.items():
            out[node] = (round(cx + px, 1), round(cy + py, 1))
        x += size
        row_height = max(row_height, size)
    return out
