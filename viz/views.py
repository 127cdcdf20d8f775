"""The network views as plain node/edge lists, built from query-driven subgraphs of the store (never the
whole graph), each with a node cap and a flag saying when the cap cut it."""

from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx
from networkx.algorithms.community import greedy_modularity_communities

from graph import cypher
from graph.store import CypherStore
from ontology.vocab import agency_vocabulary
from policykg.wording import target_text

VIEWS = ("agency", "network", "programs", "citations", "plan")

#: Node types: colour and shape, shown in the legend.
TYPES: dict[str, tuple[str, str, str]] = {
    "agency": ("#4C8EDA", "dot", "单位 Agency"),
    "collective": ("#C990C0", "dot", "集合主体 Collective"),
    "task": ("#57C7E3", "box", "任务 Task"),
    "plan": ("#F79767", "diamond", "方案 Plan"),
    "goal": ("#8DCC93", "box", "目标 Goal"),
    "target": ("#F2B880", "triangle", "指标 Target"),
    "program": ("#FFC454", "star", "项目 Programme"),
    "region": ("#569480", "square", "地区 Region"),
    "document": ("#6DCE9E", "ellipse", "引用文件 Cited document"),
}
#: In the co-responsibility network agencies are coloured by their type's category.
CATEGORY_COLOURS = (
    "#4C8EDA",
    "#D62728",
    "#2CA02C",
    "#9467BD",
    "#FF7F0E",
    "#8C564B",
    "#E377C2",
    "#17BECF",
    "#BCBD22",
    "#7F7F7F",
    "#AEC7E8",
    "#FFBB78",
    "#98DF8A",
    "#C5B0D5",
    "#C49C94",
)


def node_style(kind: str) -> tuple[str, str, str]:
    """Colour, shape and legend label of a node kind (a node type, or ``category:<id>``)."""
    if kind in TYPES:
        return TYPES[kind]
    category = kind.removeprefix("category:")
    cats = list(agency_vocabulary().categories)
    found = next((i for i, c in enumerate(cats) if c.id == category), None)
    if found is None:
        return ("#A5ABB6", "dot", category or "其他 Other")
    return (CATEGORY_COLOURS[found % len(CATEGORY_COLOURS)], "dot", f"{cats[found].zh} {cats[found].en}")


def category_of(type_id: str | None) -> str:
    vocab = agency_vocabulary()
    if type_id in {c.id for c in vocab.collectives}:
        return "category:collective"
    found = vocab.by_id(type_id or "")
    return f"category:{found.broader}" if found else "category:"


ROLE_STYLES: dict[str, tuple[str, int, bool]] = {  # colour, width, dashes
    "lead": ("#D62728", 4, False),
    "support": ("#1F77B4", 2, True),
    "joint": ("#2CA02C", 2, False),
    "sole": ("#9467BD", 3, False),
    "implicit": ("#7F7F7F", 1, True),
}


@dataclass
class ViewGraph:
    title: str
    nodes: dict[str, dict[str, object]] = field(default_factory=dict)
    edges: list[dict[str, object]] = field(default_factory=list)
    capped: bool = False
    cap: int = 0
    directed: bool = True
    _seen: set[tuple[str, str, str]] = field(default_factory=set)

    def node(
        self,
        node_id: str,
        label: str,
        kind: str,
        *,
        title: str = "",
        region: str | None = None,
        size: float = 18,
        group: str | None = None,
    ) -> None:
        if node_id in self.nodes:
            return
        if len(self.nodes) >= self.cap:
            self.capped = True
            return
        self.nodes[node_id] = {
            "id": node_id,
            "label": label,
            "kind": kind,
            "title": title or label,
            "region": region or "",
            "size": size,
            "group": group or kind,
        }

    def edge(self, src: str, dst: str, *, label: str = "", role: str | None = None, title: str = "") -> None:
        key = (src, dst, label)
        if src in self.nodes and dst in self.nodes and key not in self._seen:
            self._seen.add(key)
            self.edges.append(
                {"from": src, "to": dst, "label": label, "role": role or "", "title": title or label}
            )


def _agency_kind(type_id: str | None) -> str:
    return "collective" if type_id in {c.id for c in agency_vocabulary().collectives} else "agency"


def agency_view(store: CypherStore, agency: str, cap: int) -> ViewGraph:
    rows = store.query(cypher.VIEW_AGENCY, {"agency": agency, "cap": cap * 4}).rows
    view = ViewGraph(title=rows[0]["agency_name"] if rows else agency, cap=cap)
    for r in rows:
        view.node(r["agency"], r["agency_name"], _agency_kind(r["agency_type"]), size=30)
        view.node(r["plan"], r["plan_title"] or r["plan"], "plan", size=24)
        view.node(r["task"], f"{r['path']} {r['task_title'] or ''}".strip(), "task", title=r["quote"])
        view.edge(r["agency"], r["task"], label=r["role"], role=r["role"], title=r["quote"])
        view.edge(r["task"], r["plan"], label="属于")
        for o in r["others"] or []:
            view.node(o["id"], o["name"], _agency_kind(o["type"]))
            view.edge(o["id"], r["task"], label=o["role"], role=o["role"])
    return view


def network_view(store: CypherStore, region: str | None, cap: int) -> ViewGraph:
    from graph.analytics import CO_RESPONSIBILITY

    agencies = store.query(cypher.VIEW_NETWORK_AGENCIES, {"region": region, "cap": cap + 1}).rows
    view = ViewGraph(
        title="共同责任网络 Co-responsibility network（按单位类型着色）", cap=cap, directed=False
    )
    graph = nx.Graph()
    for a in agencies:
        view.node(
            a["id"],
            a["name"],
            category_of(a["type"]),
            region=a["region"],
            size=10 + 3 * float(a["obligations"]) ** 0.5,
            title=f"{a['name']}：{a['obligations']} 项责任",
        )
        if a["id"] in view.nodes:
            graph.add_node(a["id"])
    for e in store.query(CO_RESPONSIBILITY, limit=1_000_000).rows:
        if e["a"] in view.nodes and e["b"] in view.nodes:
            view.edge(e["a"], e["b"], label=str(e["weight"]), title=f"共同承担 {e['weight']} 项任务")
            graph.add_edge(e["a"], e["b"], weight=e["weight"])
    if graph.number_of_edges():
        for n, members in enumerate(greedy_modularity_communities(graph, weight="weight")):
            for member in members:
                view.nodes[member]["group"] = f"community-{n + 1}"
                view.nodes[member]["title"] = f"{view.nodes[member]['title']}（社区 community {n + 1}）"
    return view


def programs_view(store: CypherStore, cap: int) -> ViewGraph:
    view = ViewGraph(title="项目 × 地区 Programmes × regions", cap=cap, directed=False)
    for r in store.query(cypher.VIEW_PROGRAMS, {"cap": cap * 10}).rows:
        view.node("program:" + r["program"], r["program_name"], "program", size=22)
        view.node("region:" + r["region"], r["region_name"], "region", region=r["region"], size=22)
        view.edge(
            "program:" + r["program"],
            "region:" + r["region"],
            label=str(r["plans"]),
            title=f"{r['plans']} 个方案",
        )
    return view


def citations_view(store: CypherStore, cap: int) -> ViewGraph:
    view = ViewGraph(title="政策引用网络 Citation network", cap=cap)
    for r in store.query(cypher.VIEW_CITATIONS, {"cap": cap * 10}).rows:
        view.node(r["plan"], r["plan_title"] or r["plan"], "plan", region=r["region"], size=24)
        view.node(
            r["document"], r["title"] or r["document"], "document", title=f"{r['title']}（{r['kind']}）"
        )
        view.edge(r["plan"], r["document"], label="引用" if r["relation"] == "CITES" else "将发布")
    return view


def plan_view(store: CypherStore, plan: str, cap: int) -> ViewGraph:
    rows = store.query(cypher.VIEW_PLAN, {"plan": plan, "cap": cap * 6}).rows
    view = ViewGraph(title=rows[0]["plan_title"] if rows else plan, cap=cap)
    for r in rows:
        view.node(r["plan"], r["plan_title"] or r["plan"], "plan", size=30)
        view.node(r["task"], f"{r['path']} {r['task_title'] or ''}".strip(), "task")
        view.edge(r["plan"], r["task"], label="任务")
        if r["agency"]:
            view.node(r["agency"], r["agency_name"], _agency_kind(r["agency_type"]))
            view.edge(r["agency"], r["task"], label=r["role"], role=r["role"], title=r["quote"])
    for g in store.query(cypher.VIEW_PLAN_GOALS, {"plan": plan, "cap": cap * 4}).rows:
        view.node(g["goal"], f"{g['path']} {g['goal_title'] or ''}".strip(), "goal")
        view.edge(plan, g["goal"], label="目标")
        if g["target"]:
            view.node(g["target"], target_text(g), "target", title=g["quote"])
            view.edge(g["goal"], g["target"], label="指标")
    return view


def build_view(
    store: CypherStore,
    name: str,
    *,
    agency: str | None = None,
    region: str | None = None,
    plan: str | None = None,
    cap: int = 300,
) -> ViewGraph:
    if name == "agency":
        if not agency:
            raise ValueError("the agency view needs an agency id")
        return agency_view(store, agency, cap)
    if name == "network":
        return network_view(store, region, cap)
    if name == "programs":
        return programs_view(store, cap)
    if name == "citations":
        return citations_view(store, cap)
    if name == "plan":
        if not plan:
            raise ValueError("the plan view needs a plan id")
        return plan_view(store, plan, cap)
    raise ValueError(f"unknown view {name!r}: one of {', '.join(VIEWS)}")
