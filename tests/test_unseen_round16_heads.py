"""Round 16: a district's plan whose term stands on its own line under the title, as printed plans set it:

    某某区知识产权强区建设试点工作方案
    （2022年—2024年）

Before, the title ended at its first line and the plan had no period (the term was read nowhere); now the
term line belongs to the title and gives the period. A remark on that line (（征求意见稿）) is no term.
"""

from __future__ import annotations

import pytest

from tests.plans import extracted

BODY = "为贯彻落实知识产权强国建设纲要，制定本方案。\n一、重点任务\n（一）开展专利导航。（责任单位：区市场监管局）\n"


@pytest.mark.parametrize(
    ("term", "period"),
    [
        ("（2022年—2024年）", ("2022", "2024")),
        ("（2023-2025年）", ("2023", "2025")),
        ("（2024年）", ("2024", "2024")),
    ],
)
def test_term_on_the_line_below_the_title(term: str, period: tuple[str, str]) -> None:
    doc, _ = extracted(f"锡山区知识产权强区建设试点工作方案\n{term}\n{BODY}")
    plan = doc.plan
    assert plan.title == "锡山区知识产权强区建设试点工作方案" + term
    assert plan.period is not None
    assert (plan.period.start, plan.period.end) == period
    assert plan.region is not None
    assert plan.region.name == "锡山区"


def test_remark_below_the_title_is_no_term() -> None:
    doc, _ = extracted(f"锡山区知识产权强区建设试点工作方案\n（征求意见稿）\n{BODY}")
    assert doc.plan.title == "锡山区知识产权强区建设试点工作方案"
    assert doc.plan.period is None


def test_term_after_a_blank_line_is_not_the_titles() -> None:
    """A blank line ends the title block: a bracketed term after it is not read into the title."""
    doc, _ = extracted(f"锡山区知识产权强区建设试点工作方案\n\n（2022年—2024年）\n{BODY}")
    assert doc.plan.title == "锡山区知识产权强区建设试点工作方案"
