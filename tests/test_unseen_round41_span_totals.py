"""Round 41: a count opened by a span of the plan's whole period and a verb of work done a number of times
(三年内完成产业专利导航项目6项以上, in a Shanghai district's action plan for 2024—2026) is a total over the period,
as 三年累计 says it; before, the span was taken off and the count read with no flag. The verbs are
targets.yaml span_total_verbs; a level after such a span (三年内有效发明专利拥有量达到1800件), a span of the
years before the plan (近三年) and a span followed by a yearly word (三年内每年新增…) are not totals. Also read
now: a site before 新设 (在重点园区新设知识产权保护工作站3家) is no part of what is counted, as before 新建."""

from __future__ import annotations

import pytest

from tests.plans import extracted

PLAN = "某区知识产权强区建设行动方案（2024—2026年）\n二、重点任务\n（一）加强运用\n1.拓展服务。{words}（责任单位：区市场监管局）\n"


def _targets(words: str) -> list[tuple[str, float | None, int | None, list[str]]]:
    doc, _ = extracted(PLAN.format(words=words))
    return [(t.indicator, t.value, t.year, sorted(t.flags)) for t in doc.targets]


@pytest.mark.parametrize(
    ("words", "indicator", "value"),
    [
        ("三年内完成产业专利导航项目6项以上。", "完成产业专利导航项目", 6),
        ("未来三年培育知识产权示范企业20家。", "培育知识产权示范企业", 20),
        ("示范期内举办专利代理培训班10期。", "举办专利代理培训班", 10),
        ("“十四五”期间建成知识产权保护工作站5家。", "建成知识产权保护工作站", 5),
        ("两年内培训企业知识产权管理人员800人次。", "培训企业知识产权管理人员", 800),
    ],
)
def test_a_span_of_the_plan_before_a_verb_of_work_makes_a_total(
    words: str, indicator: str, value: float
) -> None:
    assert _targets(words) == [(indicator, value, 2026, ["cumulative"])]


def test_the_same_total_with_its_own_year_keeps_it() -> None:
    assert _targets("到2025年，三年内完成专利导航项目6项。") == [
        ("完成专利导航项目", 6, 2025, ["cumulative"])
    ]


@pytest.mark.parametrize(
    ("words", "flags"),
    [
        ("三年内有效发明专利拥有量达到1800件。", []),  # a level, no total
        ("近三年完成专利导航项目4项。", []),  # the years before the plan
        ("三年内每年新增贯标企业10家。", ["annual", "increment"]),  # each year's
    ],
)
def test_other_spans_make_no_total(words: str, flags: list[str]) -> None:
    assert [f for *_, f in _targets(words)] == [flags]


@pytest.mark.parametrize(
    ("words", "indicator"),
    [
        ("在重点园区新设知识产权保护工作站3家。", "新设知识产权保护工作站"),
        ("在汽车产业集群新设商标品牌指导站2个。", "新设商标品牌指导站"),
    ],
)
def test_a_site_before_a_new_station_is_no_part_of_the_count(words: str, indicator: str) -> None:
    assert [i for i, *_ in _targets(words)] == [indicator]
