"""Round 36b: a body of no type whose name opens with a word a relative prefix's character opens (市场发展委 in
义乌市's plan, 市民服务中心), written with no place.

What was read wrong before: the 市 of 市场 was taken for the relative prefix, so the body was named 义乌 +
市场发展委 (义乌市场发展委), the city's name cut and the body's first character lost to it.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import extracted


@settings(max_examples=6, deadline=None)
@given(st.sampled_from(["市场发展委", "市场开发服务中心", "市民服务中心"]))
def test_a_name_opening_with_a_prefix_word_keeps_it(name: str) -> None:
    doc, _ = extracted(
        f"义乌市知识产权强市建设工作方案\n一、重点任务\n1.推进市场知识产权保护。（责任单位：{name}、市市场监管局）\n"
    )
    names = [r.agency.name for t in doc.tasks for r in t.responsibilities]
    assert names == [f"义乌市{name}", "义乌市市场监督管理局"]


def test_a_typed_name_after_the_prefix_is_still_the_prefixes() -> None:
    doc, _ = extracted("义乌市知识产权强市建设工作方案\n一、重点任务\n1.推进宣传。（责任单位：市场监管局）\n")
    assert [r.agency.name for t in doc.tasks for r in t.responsibilities] == ["义乌市市场监督管理局"]
