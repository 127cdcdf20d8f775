"""Round 15 of plans the corpus does not show, written for the tests: a target whose words a line wrap cuts.

A PDF's text layer (and a text file converted from one) breaks its lines where the page ran out, also inside
a target's words: 较上年增↵长20%以上, 较上年提↵高15%. The comparison base and the change word are then still
read off the indicator, and the change flag set, as on one line (before, the indicator kept
较上年增长 and no flag). The quotes still slice the text as it is, line breaks included.
"""

from __future__ import annotations

import pytest

from tests.formats import paragraphs_of, to_pdf
from tests.plans import extracted

WRAPPED = "某县2025年知识产权工作要点\n一、工作目标\n到2025年底，全县知识产权质押融资额较上年增\n长20%以上，专利转化率较上年提\n高15%。\n"

ONE_LINE = WRAPPED.replace("增\n长", "增长").replace("提\n高", "提高")


def _targets(text: str, name: str) -> list[tuple[str, str | None, float | None, list[str]]]:
    doc, _ = extracted(text, name)
    return [(t.indicator, t.comparator, t.value, sorted(t.flags)) for t in doc.targets]


def test_a_target_wrapped_inside_its_words_reads_as_on_one_line() -> None:
    expected = [
        ("知识产权质押融资额", ">=", 20.0, ["growth"]),
        ("专利转化率", "=", 15.0, ["growth"]),
    ]
    assert _targets(ONE_LINE, "plan.txt") == expected
    assert _targets(WRAPPED, "plan.txt") == expected


@pytest.mark.parametrize("width", [18, 20, 21, 23])  # wrapped in 较|上年, 较上|年, 增|长, 较|上年…提高|15
def test_a_pdf_target_reads_wherever_the_line_wraps(width: int) -> None:
    plan = """祥云县2025年知识产权工作要点
一、工作目标
到2025年底，全县知识产权质押融资额较上年增长20%以上，专利转化率较上年提高15%。
"""
    doc, _ = extracted(to_pdf(paragraphs_of(plan), width=width), "plan.pdf")
    got = {t.indicator: (t.comparator, t.value, sorted(t.flags)) for t in doc.targets}
    assert got == {"知识产权质押融资额": (">=", 20.0, ["growth"]), "专利转化率": ("=", 15.0, ["growth"])}
