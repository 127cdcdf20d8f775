"""Round 46: a list of units marking its lead with ★ before the name (★市市场监管局 ↵ 市科技局, as a task
list's legend says: 注：标注★的为牵头单位，其余为配合单位). The mark after a name led (市经信局★、市市场监管局), the
same mark before one was dropped as a bullet and every listed body read joint. A role mark opening a name
(roles.yaml suffixes' marks: ★, *, ＊) now gives that name alone its role, the names without it helping; a space
after it (a bullet) or markdown's emphasis around the line's words (*责任单位：A，B*) is no mark."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import extracted, named_units

HEAD = "某县2025年知识产权工作要点\n一、重点任务\n"
NAMES = ["县科技局", "县财政局", "县教育局", "县商务局", "县司法局"]


def _roles(body: str, name: str = "plan.txt") -> list[dict[str, str]]:
    doc, _ = extracted(HEAD + body, name)
    return [{s: role for s, role, _ in found} for found in named_units(doc).values() if found]


def test_a_note_marking_its_lead_before_the_name() -> None:
    assert _roles("1.推进专利转化运用，开展供需对接。（责任单位：★县科技局、县财政局、县教育局）\n") == [
        {"县科技局": "lead", "县财政局": "support", "县教育局": "support"}
    ]


def test_two_leads_marked_in_a_cell_on_lines_of_its_own() -> None:
    html = (
        "<html><body><p>某县2025年知识产权工作任务清单</p><table>"
        "<tr><td>序号</td><td>工作任务</td><td>责任单位</td><td>完成时限</td></tr>"
        "<tr><td>1</td><td>强化知识产权司法保护，依法审理各类案件</td>"
        "<td>★县人民法院<br>★县人民检察院<br>县公安局</td><td>全年</td></tr>"
        "</table><p>注：标注★的为牵头单位，其余为配合单位。</p></body></html>"
    )
    doc, _ = extracted(html, "plan.html")
    units = [{s: role for s, role, _ in found} for found in named_units(doc).values() if found]
    assert units == [{"县人民法院": "lead", "县人民检察院": "lead", "县公安局": "support"}]


def test_an_asterisk_before_the_name_as_after_it() -> None:
    assert _roles("1.扩大知识产权质押融资。（责任单位：*县金融服务中心、县财政局）\n") == [
        {"县金融服务中心": "lead", "县财政局": "support"}
    ]


def test_emphasis_around_the_line_is_no_mark() -> None:
    assert _roles("1.推进专利转化运用，开展供需对接。\n*责任单位：县科技局、县财政局*\n") == [
        {"县科技局": "joint", "县财政局": "joint"}
    ]


@settings(max_examples=40, deadline=None)
@given(
    marked=st.sets(st.integers(min_value=0, max_value=4), min_size=1, max_size=2),
    count=st.integers(min_value=3, max_value=5),
    sign=st.sampled_from(["★", "＊"]),
)
def test_marked_names_lead_and_the_others_help(marked: set[int], count: int, sign: str) -> None:
    marked = {m for m in marked if m < count} or {0}
    names = NAMES[:count]
    listed = "、".join(f"{sign}{n}" if i in marked else n for i, n in enumerate(names))
    roles = _roles(f"1.加强知识产权保护，开展专项整治。（责任单位：{listed}）\n")
    assert roles == [{n: "lead" if i in marked else "support" for i, n in enumerate(names)}]
