"""Round 36: a plan whose title names no years counting them in its goals (通过三年试点建设，到2026年底; 用3年时间，
到2027年), as pilot and three-year plans write it.

What was read wrong before: the period ran to the year named (…—2026) and opened nowhere (None), though the
plan counts its years: 通过三年…到2026年 is 2024—2026.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import extracted

_COUNTS = {"两": 2, "三": 3, "3": 3, "五": 5, "5": 5}


@settings(max_examples=15, deadline=None)
@given(
    st.sampled_from(sorted(_COUNTS)),
    st.sampled_from(["通过{n}年试点建设", "用{n}年时间", "经过{n}年左右的努力", "力争用{n}年时间"]),
    st.integers(min_value=2020, max_value=2030),
)
def test_years_counted_before_the_end_open_the_period(count: str, phrase: str, end: int) -> None:
    doc, _ = extracted(
        "兴庆区知识产权强县建设试点实施方案\n一、建设目标\n"
        f"{phrase.format(n=count)}，到{end}年底，全区知识产权创造、运用、保护能力全面提升。\n"
        "二、保障措施\n区财政每年安排知识产权专项资金不少于200万元。\n"
    )
    period = doc.plan.period
    assert period is not None
    assert (period.start, period.end) == (str(end - _COUNTS[count] + 1), str(end))


def test_a_year_named_without_a_count_leaves_the_start_open() -> None:
    doc, _ = extracted(
        "兴庆区知识产权强县建设试点实施方案\n一、建设目标\n到2026年底，全区知识产权能力全面提升，每年新增专利300件。\n"
    )
    assert doc.plan.period is not None
    assert (doc.plan.period.start, doc.plan.period.end) == (None, "2026")
