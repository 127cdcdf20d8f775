"""Round 47: a target dated within the year (年内新增…300件, 今年建成…) in a task-table row or an item whose
time limit falls in the plan's issuing year (2025年11月底前 in a scheme of 2025 running to 2027) is that year's,
counted once, as it is when nothing else dates it: the row's date kept the 年内 read as a count each year
(annual). A row dated to a later year, and words that say the count recurs (每年, 全年), keep their reading."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policykg.models import Target
from tests.plans import extracted

NOTICE = (
    "某区人民政府办公室关于印发某区知识产权强区建设工作方案（2025—2027年）的通知\n"
    "各街道办事处，区政府各部门：\n"
    "　　现将《某区知识产权强区建设工作方案（2025—2027年）》印发给你们，请认真组织实施。\n"
    "某区人民政府办公室\n"
    "2025年4月18日\n"
    "某区知识产权强区建设工作方案（2025—2027年）\n"
    "　　一、工作目标\n"
    "　　到2027年，全区有效发明专利拥有量达到2600件以上。\n"
    "　　二、重点任务\n"
)
HEADER = "序号　　工作任务　　责任单位　　完成时限\n"


def _row_target(work: str, due: str) -> Target:
    doc, _ = extracted(NOTICE + HEADER + f"1　　{work}　　区市场监管局　　{due}\n")
    return next(t for t in doc.targets if t.quote in work)


def test_a_row_due_in_the_issuing_year() -> None:
    target = _row_target("开展商标注册帮扶，年内新增农畜产品注册商标300件", "2025年11月底前")
    assert (target.value, target.year, sorted(target.flags)) == (300, 2025, ["increment"])


def test_an_item_whose_time_limit_falls_in_the_issuing_year() -> None:
    body = "　　1．建设服务网点。今年建成知识产权维权援助工作站2个。\n　　完成时限：2025年12月底前\n"
    doc, _ = extracted(NOTICE + body)
    target = next(t for t in doc.targets if "工作站" in t.quote)
    assert (target.year, "annual" in target.flags) == (2025, False)


@pytest.mark.parametrize(
    ("work", "due", "year"),
    [
        # dated to a later year: its reading kept
        ("开展商标注册帮扶，年内新增农畜产品注册商标300件", "2026年6月底前", 2026),
        # a count each year
        ("开展商标注册帮扶，每年新增农畜产品注册商标300件", "2025年11月底前", 2025),
        ("开展供需对接，全年组织对接会不少于6场", "2025年12月底前", 2025),
    ],
)
def test_other_rows_keep_their_reading(work: str, due: str, year: int) -> None:
    target = _row_target(work, due)
    assert (target.year, "annual" in target.flags) == (year, True)


@settings(max_examples=25, deadline=None)
@given(
    words=st.sampled_from(["年内", "今年"]),
    verb=st.sampled_from(["新增", "完成", "培育", "建成"]),
    month=st.integers(3, 12),
    count=st.integers(2, 500),
)
def test_within_the_issuing_year_once(words: str, verb: str, month: int, count: int) -> None:
    target = _row_target(f"推进重点工作，{words}{verb}示范企业{count}家", f"2025年{month}月底前")
    assert (target.value, target.year, "annual" in target.flags) == (count, 2025, False)
