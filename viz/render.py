"""Render a view as a standalone, offline HTML page with pyvis (vis-network inlined, no CDN), plus the
controls analysts expect: a legend that filters by node type, a region filter, search by name,
neighbourhood highlighting on click, evidence quotes in tooltips, and a notice when the node cap cut the
view. Physics runs until the layout is stable, then stops; views above ``PRECOMPUTE_FROM`` nodes come
laid out (viz/layout.py) with physics off, and a toolbar switch turns it on."""

from __future__ import annotations

import html
import json
import re

from pyvis.network import Network

from viz.layout import PRECOMPUTE_FROM, radial_layout
from viz.views import ROLE_STYLES, ViewGraph, node_style

FONT = (
    '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Microsoft YaHei", '
    '"PingFang SC", sans-serif'
)
_EXTERNAL = re.compile(r'<(?:link|script)[^>]+(?:href|src)="https?://[^"]*"[^>]*>(?:</script>)?\s*', re.I)

OPTIONS: dict[str, dict[str, object]] = {
    "nodes": {"font": {"face": FONT, "size": 14}, "borderWidth": 1},
    "edges": {
        "smooth": {"type": "continuous"},
        "font": {"face": FONT, "size": 11, "align": "middle"},
        "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
    },
    "physics": {
        "solver": "forceAtlas2Based",
        "stabilization": {"enabled": True, "iterations": 250},
        "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 120},
    },
    "interaction": {"hover": True, "tooltipDelay": 120, "navigationButtons": False},
}

CONTROLS = """
<style>
  body, #pkg-toolbar, .vis-tooltip { font-family: __FONT__; }
  body { margin: 0; }
  #pkg-toolbar { position: fixed; top: 8px; left: 8px; z-index: 10; background: rgba(255,255,255,0.94);
                 border: 1px solid #ccc; border-radius: 6px; padding: 8px 10px; max-width: 340px; font-size: 13px; }
  #pkg-toolbar h1 { font-size: 15px; margin: 0 0 6px 0; }
  #pkg-legend label { display: block; white-space: nowrap; cursor: pointer; }
  .pkg-swatch { display: inline-block; width: 12px; height: 12px; border-radius: 3px; margin-right: 4px;
                vertical-align: middle; }
  #pkg-cap { color: #B00020; margin-top: 6px; }
  .vis-tooltip { max-width: 420px; white-space: normal !important; }
</style>
<div id="pkg-toolbar" role="region" aria-label="controls">
  <h1 id="pkg-title"></h1>
  <input id="pkg-search" type="search" placeholder="搜索名称 Search by name" style="width: 100%">
  <div style="margin-top: 6px"><select id="pkg-region" style="width: 100%"><option value="">全部地区 All regions</option></select></div>
  <div id="pkg-legend" style="margin-top: 6px"></div>
  <div id="pkg-roles" style="margin-top: 6px"></div>
  <label style="display: block; margin-top: 6px"><input type="checkbox" id="pkg-physics"> 力导向布局 Physics (re-arrange)</label>
  <div id="pkg-cap" hidden></div>
</div>
<script>
(function () {
  const VIEW = __VIEW__;
  document.getElementById("pkg-title").textContent = VIEW.title;
  const legend = document.getElementById("pkg-legend");
  VIEW.legend.forEach(function (t) {
    const label = document.createElement("label");
    label.innerHTML = '<input type="checkbox" checked value="' + t.kind + '"> <span class="pkg-swatch" style="background:'
      + t.color + '"></span>' + t.label;
    legend.appendChild(label);
  });
  const roles = document.getElementById("pkg-roles");
  VIEW.roles.forEach(function (r) {
    const div = document.createElement("div");
    div.innerHTML = '<span style="display:inline-block;width:24px;border-top:' + r.width + 'px ' + (r.dashes ? "dashed" : "solid")
      + ' ' + r.color + ';vertical-align:middle"></span> ' + r.role;
    roles.appendChild(div);
  });
  const select = document.getElementById("pkg-region");
  VIEW.regions.forEach(function (r) {
    const option = document.createElement("option"); option.value = r; option.textContent = r; select.appendChild(option);
  });
  if (VIEW.capped) {
    const cap = document.getElementById("pkg-cap");
    cap.hidden = false;
    cap.textContent = "只显示了前 " + VIEW.cap + " 个节点（上限）。 Showing the first " + VIEW.cap + " nodes: the cap cut this view.";
  }
  const all = nodes.get();
  function ready() { window.policykgReady = true; document.body.dataset.ready = "1"; }
  function stop() { network.setOptions({ physics: false }); ready(); }
  if (VIEW.precomputed) {
    network.once("afterDrawing", ready);
  } else {
    network.once("stabilizationIterationsDone", stop);
    network.once("stabilized", stop);
    setTimeout(stop, 2500);
  }
  function applyFilters() {
    const kinds = new Set(Array.from(document.querySelectorAll("#pkg-legend input:checked")).map(function (i) { return i.value; }));
    const region = select.value;
    nodes.update(all.map(function (n) {
      return { id: n.id, hidden: !kinds.has(n.kind) || (region !== "" && n.region !== "" && n.region !== region) };
    }));
  }
  document.getElementById("pkg-physics").addEventListener("change", function (e) {
    network.setOptions({ physics: { enabled: e.target.checked } });
  });
  legend.addEventListener("change", applyFilters);
  select.addEventListener("change", applyFilters);
  network.on("selectNode", function (p) {
    const keep = new Set(network.getConnectedNodes(p.nodes[0]).concat(p.nodes));
    nodes.update(all.map(function (n) { return { id: n.id, opacity: keep.has(n.id) ? 1 : 0.15 }; }));
  });
  network.on("deselectNode", function () { nodes.update(all.map(function (n) { return { id: n.id, opacity: 1 }; })); });
  document.getElementById("pkg-search").addEventListener("input", function (e) {
    const q = e.target.value.trim();
    if (!q) { return; }
    const hit = all.find(function (n) { return String(n.label).indexOf(q) >= 0; });
    if (hit) { network.selectNodes([hit.id]); network.focus(hit.id, { scale: 1.2, animation: false });
               network.body.emitter.emit("selectNode", { nodes: [hit.id] }); }
  });
  window.policykgView = { nodes: all.length, edges: edges.get().length, capped: VIEW.capped };
})();
</script>
"""


def render(view: ViewGraph) -> str:
    net = Network(
        height="100vh", width="100%", directed=view.directed, cdn_resources="in_line", notebook=False
    )
    precomputed = len(view.nodes) > PRECOMPUTE_FROM
    positions = (
        radial_layout(view.nodes, ((str(e["from"]), str(e["to"])) for e in view.edges)) if precomputed else {}
    )
    for n in view.nodes.values():
        color, shape, _ = node_style(str(n["kind"]))
        extra = dict(zip(("x", "y"), positions[str(n["id"])], strict=True)) if precomputed else {}
        net.add_node(
            n["id"],
            label=str(n["label"])[:40],
            title=str(n["title"]),
            color=color,
            shape=shape,
            size=n["size"],
            kind=n["kind"],
            region=n["region"],
            community=n["group"],
            **extra,
        )
    for e in view.edges:
        role = str(e["role"])
        colour, width, dashes = ROLE_STYLES.get(role, ("#999999", 1, False))
        net.add_edge(
            e["from"],
            e["to"],
            label=str(e["label"]),
            title=str(e["title"]),
            color=colour,
            width=width,
            dashes=dashes,
        )
    options: dict[str, dict[str, object]] = dict(OPTIONS)
    options["edges"] = {**OPTIONS["edges"], "arrows": {"to": {"enabled": view.directed, "scaleFactor": 0.5}}}
    if precomputed:  # laid out above; physics stays available from the toolbar
        options["physics"] = {**OPTIONS["physics"], "enabled": False}
        options["layout"] = {"improvedLayout": False}
        options["edges"]["smooth"] = False
    net.set_options(json.dumps(options))
    page = _EXTERNAL.sub("", net.generate_html())
    kinds = sorted({str(n["kind"]) for n in view.nodes.values()}, key=lambda k: node_style(k)[2])
    roles = sorted({str(e["role"]) for e in view.edges if e["role"]}, key=list(ROLE_STYLES).index)
    meta = {
        "title": view.title,
        "precomputed": precomputed,
        "capped": view.capped,
        "cap": view.cap,
        "legend": [{"kind": k, "label": node_style(k)[2], "color": node_style(k)[0]} for k in kinds],
        "roles": [
            {"role": r, "color": ROLE_STYLES[r][0], "width": ROLE_STYLES[r][1], "dashes": ROLE_STYLES[r][2]}
            for r in roles
        ],
        "regions": sorted({str(n["region"]) for n in view.nodes.values() if n["region"]}),
    }
    controls = CONTROLS.replace("__FONT__", FONT).replace(
        "__VIEW__", json.dumps(meta, ensure_ascii=False).replace("</", "<\\/")
    )
    head = f'<head><title>{html.escape(view.title)} · PolicyKG</title><link rel="icon" href="data:,">'
    page = page.replace("<head>", head, 1)
    return page.replace("</body>", controls + "</body>", 1)
