"""Round 34: a signature's date written with the letter O for zero.

What was read wrong before: 二O二三年五月十日 (a web page typing the letter O, or its full-width Ｏ, for 〇) under
a signature was no date: the plan had no date, and a yearly plan dated by it no year.
"""

from __future__ import annotations

import pytest

from tests.plans import extracted

_PLAN = """万年县知识产权工作方案

一、主要任务
（一）开展专利导航。加强专利导航服务。（责任单位：县市场监管局）

万年县人民政府办公室
{date}
"""


@pytest.mark.parametrize(
    "date", ["二O二三年五月十日", "二Ｏ二三年五月十日", "二〇二三年五月十日", "2023年5月10日"]
)
def test_the_signature_dates_the_plan(date: str) -> None:
    doc, _ = extracted(_PLAN.format(date=date))
    assert doc.plan.date == "2023-05-10"
    assert doc.plan.date_evidence is not None
    assert doc.plan.date_evidence.quote == date
    assert [i.name for i in doc.plan.issuers] == ["万年县人民政府办公室"]
