"""Round 47: a notice's annex of last year's statistics (附件3 盱眙县2024年度知识产权主要指标统计表, the towns down
its first column, 专利授权量（件） | 有效注册商标量（件） … across, a 合计 row) was read as each town's targets for the
plan's year. A caption naming its table a record of figures reached (统计表, 完成情况: targets.yaml year_tables
record_captions) with only years before the plan's first now makes its cells results: no targets, no baselines.
A caption of the plan's own year, or one stating targets, is read as before."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from policykg.models import Document
from tests.formats import TABLE_MARK, to_docx, to_html
from tests.plans import extracted

PLAN = [
    "某县2025年知识产权工作要点",
    "一、主要目标",
    "2025年，全县发明专利授权量达到150件以上。",
    "二、重点任务",
    "1.开展专利导航。围绕主导产业开展专利导航分析。（牵头单位：县工信局；配合单位：县市场监管局）",
    "附件",
]
TOWNS = [
    ["镇（街道）", "专利授权量（件）", "有效注册商标量（件）", "知识产权质押融资金额（万元）"],
    ["城关镇", "186", "5320", "3200"],
    ["新集镇", "97", "2105", "1500"],
    ["马坝镇", "132", "1896", "2600"],
    ["合计", "415", "9321", "7300"],
]


def _table_targets(doc: Document) -> list[str]:
    return [t.quote for t in doc.targets if t.source == "table"]


def _plan(caption: str, year: int = 2025) -> list[str]:
    head = [line.replace("2025", str(year)) for line in PLAN]
    return [*head, caption, TABLE_MARK]


def test_last_years_statistics_in_a_word_annex_set_no_targets() -> None:
    doc, _ = extracted(to_docx(_plan("某县2024年度知识产权主要指标统计表"), TOWNS), "plan.docx")
    assert _table_targets(doc) == []
    assert [t.value for t in doc.targets] == [150]


def test_a_towns_record_of_work_done_on_a_web_page() -> None:
    paragraphs = [p for p in _plan("2023年各镇（街道）知识产权工作完成情况", 2024) if p != TABLE_MARK]
    doc, _ = extracted(to_html(paragraphs, TOWNS), "plan.html")
    assert _table_targets(doc) == []
    assert [(t.value, t.year) for t in doc.targets] == [(150, 2024)]


def test_the_plans_own_years_targets_by_town_are_still_read() -> None:
    doc, _ = extracted(to_docx(_plan("表1　2025年各镇（街道）知识产权主要指标目标"), TOWNS), "plan.docx")
    assert _table_targets(doc)


@settings(max_examples=25, deadline=None)
@given(
    word=st.sampled_from(["统计表", "完成情况统计表", "主要指标完成情况", "数据统计表"]),
    back=st.integers(min_value=1, max_value=3),
    plan_year=st.integers(min_value=2023, max_value=2026),
    numbered=st.booleans(),
)
def test_a_record_of_any_past_year_sets_no_targets(
    word: str, back: int, plan_year: int, numbered: bool
) -> None:
    caption = ("附表1　" if numbered else "") + f"某县{plan_year - back}年知识产权{word}"
    doc, _ = extracted(to_docx(_plan(caption, plan_year), TOWNS), "plan.docx")
    assert _table_targets(doc) == []


def test_a_record_caption_of_the_plans_year_is_read_as_before() -> None:
    # the figures of the year the plan runs: the caption is not of a past year, so the rule stands aside
    past = extracted(to_docx(_plan("某县2024年度知识产权主要指标统计表"), TOWNS), "plan.docx")[0]
    same = extracted(to_docx(_plan("某县2025年度知识产权主要指标统计表"), TOWNS), "plan.docx")[0]
    assert _table_targets(past) == []
    assert _table_targets(same)


def test_a_caption_of_past_years_stating_no_work_is_a_record() -> None:
    doc, _ = extracted(to_docx(_plan("2024年各镇（街道）知识产权主要指标"), TOWNS), "plan.docx")
    assert _table_targets(doc) == []


def test_a_statistics_caption_with_no_year_is_dated_by_its_columns() -> None:
    years = [
        ["指标", "2022年", "2023年", "2024年"],
        ["专利授权量（件）", "700", "820", "913"],
        ["有效注册商标量（件）", "15000", "17600", "19740"],
    ]
    doc, _ = extracted(to_docx(_plan("某县近三年知识产权主要指标统计表"), years), "plan.docx")
    assert _table_targets(doc) == []
    ahead = [["指标", "2024年", "2025年", "2026年"], *([r[0], "700", "820", "913"] for r in years[1:])]
    doc, _ = extracted(to_docx(_plan("某县知识产权主要指标统计表"), ahead), "plan.docx")
    assert _table_targets(doc)


def test_a_sentence_of_last_years_results_above_a_table_is_no_caption() -> None:
    caption = "2024年，全县专利授权量达到913件，各镇知识产权工作取得明显成效"
    doc, _ = extracted(to_docx(_plan(caption), TOWNS), "plan.docx")
    assert _table_targets(doc)
