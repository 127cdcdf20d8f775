"""Plans saved as Markdown (a word processor's export, a page converted) set their items as lists (- / * / +)
and their labels and headings in strong emphasis (**牵头单位**：…, **一、总体目标**); plain-text plans type the
same bullets. Before, a typed bullet opened no item (the items' notes all fell to their section), an emphasised
label was no label (the section took the issuer's default, or only the last note), and a label line set off by
a bullet the list did not know (○) was read as a body named 牵头单位."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loaders import load_bytes
from loaders.textfile import drop_emphasis
from tests.plans import extracted, named_units

PLAN = """**中山市2024年知识产权强市建设工作要点**

**一、重点工作**

**（一）提升知识产权创造质量**

{b} 实施高价值专利培育计划，新培育高价值专利培育中心5个。
  {s} **牵头单位**：市市场监管局
  {s} **配合单位**：市科技局、市工业和信息化局
{b} 推进商标品牌战略，新增地理标志产品1个。
  {s} **牵头单位**：市市场监管局
  {s} **配合单位**：市农业农村局

**（二）加强知识产权保护**

{b} 深化知识产权快速协同保护。**责任单位**：市中级人民法院、市公安局、市市场监管局
{b} 开展“蓝天”专项整治行动。**责任单位**：市市场监管局
"""

EXPECTED = {
    "一.(一).•1": [
        ("市市场监管局", "lead", "annotation"),
        ("市科技局", "support", "annotation"),
        ("市工业和信息化局", "support", "annotation"),
    ],
    "一.(一).•2": [("市市场监管局", "lead", "annotation"), ("市农业农村局", "support", "annotation")],
    "一.(二).•1": [
        ("市中级人民法院", "joint", "annotation"),
        ("市公安局", "joint", "annotation"),
        ("市市场监管局", "joint", "annotation"),
    ],
    "一.(二).•2": [("市市场监管局", "sole", "annotation")],
}


@pytest.mark.parametrize(("bullet", "sub"), [("-", "-"), ("*", "*"), ("+", "-"), ("●", "○")])
def test_each_listed_item_is_a_task_with_its_own_units(bullet: str, sub: str) -> None:
    doc, _ = extracted(PLAN.format(b=bullet, s=sub), "plan.md")
    units = {path: found for path, found in named_units(doc).items() if found}
    assert units == EXPECTED
    assert doc.plan.title == "中山市2024年知识产权强市建设工作要点"


def test_typed_bullets_in_a_plain_text_plan() -> None:
    text = PLAN.format(b="-", s="-").replace("**", "")
    doc, _ = extracted(text, "plan.txt")
    assert {path: found for path, found in named_units(doc).items() if found} == EXPECTED


def test_emphasis_marks_leave_the_canonical_text_of_markdown_only() -> None:
    data = "**一、总体目标**\n填写：____\n".encode()
    assert load_bytes(data, "plan.md").text == "一、总体目标\n填写：____\n"
    assert load_bytes(data, "plan.txt").text.startswith("**一、总体目标**")


def test_rules_and_separators_are_no_bullets() -> None:
    doc, _ = extracted("某县知识产权工作要点\n一、重点工作\n---\n***\n（一）推进专利导航。\n", "plan.md")
    assert [t.path for t in doc.tasks] == ["一", "一.(一)"]


_WORD = st.text(alphabet="县市场监管局牵头单位一二三、：总体目标 ", min_size=1, max_size=10).map(str.strip)


@given(st.lists(_WORD.filter(bool), min_size=1, max_size=5), st.sampled_from(["**", "__"]))
def test_emphasis_goes_and_the_words_stay(words: list[str], mark: str) -> None:
    marked = "，".join(f"{mark}{w}{mark}" for w in words)
    assert drop_emphasis(marked) == "，".join(words)
