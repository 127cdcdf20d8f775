"""Network analytics with networkx over the graph store: the agencies' co-responsibility network
(centrality, communities), the programme × region bipartite graph and its projection, and GraphML / GEXF
export for Gephi."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
from networkx.algorithms import bipartite
from networkx.algorithms.community import greedy_modularity_communities

from graph.store import CypherStore

CO_RESPONSIBILITY = """
MATCH (t:Task)-[:HAS_RESPONSIBILITY]->(:Responsibility)-[:HELD_BY]->(a:Agency),
      (t)-[:HAS_RESPONSIBILITY]->(:Responsibility)-[:HELD_BY]->(b:Agency)
WHERE a.id < b.id
RETURN a.id AS a, b.id AS b, count(DISTINCT t) AS weight
"""
AGENCIES = """
MATCH (a:Agency)
RETURN a.id AS id, a.name AS name, a.type AS type, a.region_id AS region,
       size([(a)<-[:HELD_BY]-(r:Responsibility)<-[:HAS_RESPONSIBILITY]-(:Task) | r]) AS obligations
"""
PROGRAMME_REGIONS = """
MATCH (p:Plan)-[:IMPLEMENTS]->(g:Program), (p)-[:COVERS]->(r:Region)
RETURN g.id AS programme, g.name AS programme_name, r.id AS region, r.name AS region_name, count(p) AS plans
"""


def co_responsibility_network(store: CypherStore) -> nx.Graph:
    """Agencies as nodes (obligations, type, region), edges weighted by the tasks they share."""
    graph = nx.Graph()
    for row in store.query(AGENCIES).rows:
        graph.add_node(
            row["id"],
            name=row["name"],
            type=row["type"] or "",
            region=row["region"] or "",
            obligations=int(row["obligations"]),
        )
    for row in store.query(CO_RESPONSIBILITY).rows:
        graph.add_edge(row["a"], row["b"], weight=int(row["weight"]))
    return graph


def centrality_ranking(graph: nx.Graph, top: int = 10) -> list[tuple[str, str, float, float]]:
    """(id, name, weighted degree, betweenness) of the most central agencies."""
    degree = dict(graph.degree(weight="weight"))
    betweenness = nx.betweenness_centrality(graph, weight=None)
    ranked = sorted(graph.nodes, key=lambda n: (-degree[n], -betweenness[n], n))
    return [(n, graph.nodes[n]["name"], float(degree[n]), betweenness[n]) for n in ranked[:top]]


def communities(graph: nx.Graph) -> list[list[str]]:
    """Groups of agencies that share work more with each other than with the rest (modularity)."""
    connected = graph.subgraph([n for n in graph.nodes if graph.degree(n) > 0])
    if connected.number_of_edges() == 0:
        return []
    found = greedy_modularity_communities(connected, weight="weight")
    return sorted((sorted(c) for c in found), key=lambda c: (-len(c), c))


def programme_region_graph(store: CypherStore) -> nx.Graph:
    graph = nx.Graph()
    for row in store.query(PROGRAMME_REGIONS).rows:
        graph.add_node(f"program:{row['programme']}", name=row["programme_name"], bipartite=0)
        graph.add_node(f"region:{row['region']}", name=row["region_name"], bipartite=1)
        graph.add_edge(f"program:{row['programme']}", f"region:{row['region']}", plans=int(row["plans"]))
    return graph


def programme_projection(graph: nx.Graph) -> nx.Graph:
    """Programmes linked by the regions that run both (edge weight = shared regions)."""
    programmes = [n for n, d in graph.nodes(data=True) if d["bipartite"] == 0]
    return bipartite.weighted_projected_graph(graph, programmes)


def export(graph: nx.Graph, path: Path) -> Path:
    """Write GraphML (.graphml) or GEXF (.gexf) for Gephi and other tools."""
    if path.suffix == ".graphml":
        nx.write_graphml(graph, path)
    elif path.suffix == ".gexf":
        nx.write_gexf(graph, path)
    else:
        raise ValueError(f"unknown network format {path.suffix!r}: use .graphml or .gexf")
    return path
