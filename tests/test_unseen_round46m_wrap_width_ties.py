"""Round 46: a plain text cut at one width whose short lines going on to the next (a title, 责任单位：… labels
over their paragraphs) are as many as its wrapped ones. The width most running lines fill was the first of
the tied widths, the short lines' own, narrower than any layout's, so nothing was joined (a case the suite's
property test drew). Of widths apart filled as often, the widest is now the layout's."""

from __future__ import annotations

import textwrap

from hypothesis import given, settings
from hypothesis import strategies as st

from loaders import load_bytes
from loaders.pdf_lines import wrap_width

_LABEL = "责任单位：区市场监管局"


def _plan(paragraphs: list[str]) -> list[str]:
    plan = ["临川区知识产权工作方案"]
    for para in paragraphs:
        plan += [_LABEL, para]
    return plan


def test_as_many_labels_as_wrapped_lines_keep_the_wrap_width() -> None:
    paragraphs = [
        "开展" + "知识产权" * 13 + "保护" * 17 + "工作。",
        "开展" + "知识产权" * 27 + "保护" * 3 + "工作。",
    ]
    plan = _plan(paragraphs)
    lines = [line for para in plan for line in textwrap.wrap(para, 40)]
    wrap = wrap_width(lines)
    assert wrap is not None
    assert wrap.measure("知识产权") * 10 == wrap.width  # 40 characters, 80 columns
    assert load_bytes("\n".join(lines).encode("utf-8"), "plan.txt").text == "\n".join(plan)


@settings(max_examples=30, deadline=None)
@given(
    repeats=st.lists(st.integers(min_value=21, max_value=29), min_size=2, max_size=3),
    width=st.integers(min_value=24, max_value=40),
)
def test_wrapped_paragraphs_under_labels_join(repeats: list[int], width: int) -> None:
    """Each paragraph wraps over two full lines or more and sits under a label line as short as the title."""
    plan = _plan(["开展" + "知识产权" * n + "工作。" for n in repeats])
    lines = [line for para in plan for line in textwrap.wrap(para, width)]
    assert load_bytes("\n".join(lines).encode("utf-8"), "plan.txt").text == "\n".join(plan)
