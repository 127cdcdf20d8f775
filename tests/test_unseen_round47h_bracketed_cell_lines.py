"""Round 47 (h), unseen wording: a unit cell listing its bodies one a line (Excel's Alt+Enter), the first a body's
name closed by its other name in brackets (市市场监督管理局（市知识产权局）) and the next a town's body that no
level prefix nor known place opens (巴城镇人民政府, 某某街道办事处).

What it exposed: the two lines were read as one name wrapped by the cell (agency_lists.cut_name: the line as
wide as the cell's widest, the next line opening like no body, the words before of no known type), so the town
was never named. A line ending in a body's name closed by its other name in brackets ends that name: no wrap.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from loaders import load_bytes
from policykg.extract.agency_lists import cut_name
from policykg.extract.pipeline import extract_document

_BRACKETED = [
    "市市场监管局（市知识产权局）",
    "县市场监督管理局（县知识产权局）",
    "区市场监管局（知识产权局）",
    "市文体广旅局（市版权局）",
]
_TOWNS = ["千灯", "巴城", "周市", "陆家", "花桥", "淀山湖", "张浦", "锦溪", "浮桥", "沙溪", "璜泾", "双凤"]
_TOWN_BODIES = ["镇人民政府", "镇政府", "街道办事处", "镇"]


def _supports(cell: str) -> list[tuple[str, str]]:
    page = (
        "<html><body><p>某市2025年知识产权工作任务清单</p><table><tr><td>序号</td><td>具体举措</td>"
        "<td>牵头单位</td><td>配合单位</td></tr><tr><td>1</td><td>推进地理标志运用促进工程，新增使用企业15家。</td>"
        f"<td>市农业农村局</td><td>{cell}</td></tr></table></body></html>"
    )
    doc = extract_document(load_bytes(page.encode("utf-8"), "p.html"))
    return [(r.agency.surface, r.role) for t in doc.tasks for r in t.responsibilities if r.role == "support"]


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(_BRACKETED), st.sampled_from(_TOWNS), st.sampled_from(_TOWN_BODIES))
def test_a_bracketed_name_ends_its_line_before_a_town_body(first: str, town: str, body: str) -> None:
    assert _supports(f"{first}<br>{town}{body}") == [(first, "support"), (f"{town}{body}", "support")]


def test_a_bracket_closing_a_body_is_no_wrap_but_a_cut_inside_one_still_is() -> None:
    assert not cut_name("市市场监管局（市知识产权局）", "巴城镇人民政府")
    assert cut_name("金积工业园区管委", "会")  # a name cut by its line still joins
    assert cut_name("西北农林科", "技大学")
