"""The landing page served at "/": links to every view and a search box over agencies (offline, inline)."""

from __future__ import annotations

import html

from viz.render import FONT

LANDING = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>PolicyKG</title><link rel="icon" href="data:,">
<style>body {{ font-family: {font}; max-width: 860px; margin: 32px auto; padding: 0 16px; color: #222; }}
li {{ margin: 6px 0; }} #hits li {{ list-style: none; }} input {{ font-size: 16px; padding: 4px; width: 60%; }}</style>
</head><body>
<h1>PolicyKG 政策知识图谱</h1>
<p>{plans} plans, {agencies} agencies in the graph. API docs: <a href="/docs">/docs</a>.</p>
<h2>Views 视图</h2>
<ul>
  <li><a href="/views/network">共同责任网络 · co-responsibility network of agencies</a></li>
  <li><a href="/views/programs">项目 × 地区 · programmes across regions</a></li>
  <li><a href="/views/citations">政策引用网络 · citation network</a></li>
  {plan_links}
</ul>
<h2>Find an agency 查找单位</h2>
<input id="q" type="search" placeholder="例如 市场监管, 法院" autofocus>
<ul id="hits"></ul>
<script>
const box = document.getElementById("q"), hits = document.getElementById("hits");
box.addEventListener("input", async function () {{
  const q = box.value.trim();
  hits.innerHTML = "";
  if (!q) {{ return; }}
  const response = await fetch("/agencies?limit=20&q=" + encodeURIComponent(q));
  const page = await response.json();
  (page.items || []).forEach(function (a) {{
    const li = document.createElement("li"), link = document.createElement("a");
    link.href = "/views/agency?agency=" + encodeURIComponent(a.id);
    link.textContent = a.name + "（" + a.obligations + " 项责任）";
    li.appendChild(link); hits.appendChild(li);
  }});
}});
</script>
</body></html>
"""


def landing(plans: list[tuple[str, str]], agencies: int) -> str:
    links = "\n  ".join(
        f'<li><a href="/views/plan?plan={html.escape(pid)}">方案结构 · {html.escape(title or pid)}</a></li>'
        for pid, title in plans
    )
    return LANDING.format(font=FONT, plans=len(plans), agencies=agencies, plan_links=links)
