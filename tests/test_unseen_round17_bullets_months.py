"""Round 17, whole plans from provinces no round had shown (a 福建 county's 工作方案, a 广西 city's
工作要点 page, a 贵州 autonomous county's 实施方案 with a task table, a 山西 district's 工作计划 in
Markdown, a 吉林 county-level city's 实施意见 as a PDF), written for the tests.

What they showed misread before:

- A Markdown plan gives each item's units on a list line under it (``   - 责任单位：区市场监管局（牵头），
  区科技局``): the bullet kept the label from being read as one, and 责任单位 itself was named the sole
  body. A word processor's bullet (``● 责任单位：…``, ``◆牵头单位：…``) opened a point of its own, so the
  item read no units at all.
- A plan for one year dates its work by the month alone (10月底前完成盘点, 12月底前实现全覆盖): no
  deadline was read; now the wording, and in a plan for one year that year's month.
- A goal phrase after a bold title (``1. **加强培训。** 组织活动不少于10场``) kept the closing ``**`` in
  its indicator, and one opening with such a month (6月底前完成对接不少于2次) kept the deadline in it.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from policykg.extract.phases import deadline_date, find_deadline
from tests.formats import to_html
from tests.plans import extracted, named_units

MD_PLAN = """# 某某市某某区2025年知识产权工作计划

> 某某区市场监督管理局 2025年2月18日

为持续推进知识产权强县建设示范区工作，制定本计划。

## 一、主要任务

### （一）提升创造质量

1. **培育高价值专利。** 支持企业与高校联合组建高价值专利培育中心。
   - 责任单位：区市场监管局（牵头），区科技局、区工信局
2. **开展专利转化运用专项行动。** 建立可转化专利清单，6月底前完成专利技术供需对接不少于2次。
   - 责任单位：区科技局（牵头），区市场监管局
3. **加强宣传培训。** 组织“知识产权进企业”活动不少于10场。
   * 牵头单位：区委宣传部；配合单位：区教育局
"""


def test_markdown_list_line_gives_the_units() -> None:
    doc, _ = extracted(MD_PLAN, "plan.md")
    units = named_units(doc)
    assert units["一.(一).1"] == [
        ("区市场监管局", "lead", "annotation"),
        ("区科技局", "support", "annotation"),
        ("区工信局", "support", "annotation"),
    ]
    assert units["一.(一).2"] == [
        ("区科技局", "lead", "annotation"),
        ("区市场监管局", "support", "annotation"),
    ]
    assert units["一.(一).3"] == [("区委宣传部", "lead", "annotation"), ("区教育局", "support", "annotation")]


def test_markdown_goal_phrases_without_markup_or_month() -> None:
    doc, _ = extracted(MD_PLAN, "plan.md")
    got = {(t.indicator, t.value, t.unit) for t in doc.targets}
    assert ("完成专利技术供需对接", 2.0, "次") in got or ("专利技术供需对接", 2.0, "次") in got
    assert not any("*" in t.indicator or "月底前" in t.indicator for t in doc.targets)
    assert {t.indicator_key for t in doc.targets} >= {"专利技术供需对接"}


BULLET_PLAN = """某某县2025年知识产权工作要点
为加快推进知识产权强县建设，结合我县实际，制定本要点。
一、重点任务
1.培育高价值专利。支持企业组建高价值专利培育中心。
● 责任单位：县市场监管局（牵头），县科技局
2.推进地理标志保护。开展地理标志专用标志使用核查。
◆牵头单位：县市场监管局
◆配合单位：县农业农村局
◆完成时限：9月底前
3.加强宣传培训。组织知识产权宣传活动不少于10场。
■ 责任单位：县委宣传部
"""


def test_bulleted_label_lines_belong_to_the_item() -> None:
    doc, _ = extracted(BULLET_PLAN)
    units = named_units(doc)
    assert units["一.1"] == [("县市场监管局", "lead", "annotation"), ("县科技局", "support", "annotation")]
    assert units["一.2"] == [
        ("县市场监管局", "lead", "annotation"),
        ("县农业农村局", "support", "annotation"),
    ]
    assert units["一.3"] == [("县委宣传部", "sole", "annotation")]
    assert [s.path for s in doc.sections if s.kind == "point"] == []
    second = next(t for t in doc.tasks if t.path == "一.2")
    assert (second.deadline, second.deadline_date) == ("9月底前", "2025-09")


PAGE = [
    "2025年某某市知识产权工作要点",
    "2025年全市知识产权工作的总体要求是：加快建设知识产权强市。",
    "一、促进知识产权转化运用",
    "1.深入实施专利转化运用专项行动。梳理盘活存量专利，10月底前完成存量专利盘点工作。（市科技局负责）",
    "2.完善公共服务体系。推动知识产权公共服务网点建设，12月31日前实现县域全覆盖。（市市场监管局负责）",
    "3.加强知识产权宣传。每年12月底前报送工作总结。（市市场监管局负责）",
]


def test_month_deadline_in_a_plan_for_one_year() -> None:
    doc, _ = extracted(to_html(PAGE), "page.html")
    got = {t.path: (t.deadline, t.deadline_date) for t in doc.tasks}
    assert got["一.1"] == ("10月底前", "2025-10")
    assert got["一.2"] == ("12月31日前", "2025-12")
    assert got["一.3"] == ("每年12月底前", None)  # recurring: no date of its own


def test_month_deadline_in_a_plan_for_years_has_no_date() -> None:
    text = """某某县知识产权强县建设工作方案（2024—2026年）
为推进知识产权强县建设，制定本方案。
一、重点任务
1.建设公共服务网点。10月底前建成县级知识产权公共服务网点。（县市场监管局负责）
2.开展专利导航。2025年6月底前形成产业专利导航报告。（县工信局负责）
"""
    doc, _ = extracted(text)
    got = {t.path: (t.deadline, t.deadline_date) for t in doc.tasks}
    assert got["一.1"] == ("10月底前", None)  # which year's October the plan does not say
    assert got["一.2"] == ("2025年6月底前", "2025-06")


@given(
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=2000, max_value=2040),
    st.sampled_from(["底前", "前", "以前", "30日前", "底之前", "末前"]),
    st.sampled_from(["", "于", "在"]),
)
def test_month_deadline_reads_its_month(month: int, year: int, tail: str, lead: str) -> None:
    """A month alone dates its deadline in the plan's one year; a month of a full date or of a span's end
    reads as before."""
    sentence = f"推进网点建设，{lead}{month}月{tail}完成。"
    found = find_deadline(sentence, 0, len(sentence))
    assert found is not None
    assert deadline_date(found[0], year) == f"{year}-{month:02d}"
    assert deadline_date(found[0]) is None
    dated = f"推进网点建设，{year}年{month}月{tail}完成。"
    got = find_deadline(dated, 0, len(dated))
    assert got is not None
    assert got[1] == f"{year}-{month:02d}"
    assert f"{year}年" in got[0]


STEPS = """某某市人民政府关于加快知识产权强市建设的实施意见
为加快知识产权强市建设，现提出如下实施意见。
一、重点任务
（一）提升知识产权创造质量。支持特色产业开展专利布局。由市科技局负责。
二、实施步骤
（一）动员部署（2025年4月至6月）。各责任单位制定具体落实措施。
（二）推进实施（2025年7月至2027年6月）。全面推进各项重点任务。
（三）评估总结（2027年7月—12月）
开展实施情况评估，形成总结报告。
三、保障措施
（一）开展专项督查（2026年6月底前完成）。市政府督查室对落实情况进行督查。
"""


def test_steps_dated_without_the_word_phase() -> None:
    """A phases chapter's steps named and dated with no 阶段 (动员部署（2025年4月至6月）) are its phases,
    not tasks of the plan's issuer; a step naming who does its work (各责任单位制定具体落实措施) is their task
    (round 39), the others none."""
    doc, _ = extracted(STEPS)
    assert [(p.name, p.start, p.end) for p in doc.phases] == [
        ("动员部署", "2025-04", "2025-06"),
        ("推进实施", "2025-07", "2027-06"),
        ("评估总结", "2027-07", "2027-12"),
    ]
    assert [
        (t.path, [(r.agency.surface, r.role, r.basis) for r in t.responsibilities])
        for t in doc.tasks
        if t.path.startswith("二")
    ] == [("二.(一)", [("各责任单位", "implicit", "prose")])]
    assert "三.(一)" in {
        t.path for t in doc.tasks
    }  # a dated safeguard outside the phases chapter stays a task
