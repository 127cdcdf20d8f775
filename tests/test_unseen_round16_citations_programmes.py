"""Round 16: citations, programmes, phases and deadlines in wordings the seed plans do not show, in plans
written for the tests.

What the plans show, and what was wrong before:

- A 依据 sentence listing its citations with 、 and 和 (…（国发〔2021〕20号）和省委、省政府《…》): the issuer
  kept the joining word (和省委、省政府). A title some plans write in quote marks instead of 《》
  (落实「浙江省…办法」, 按照县委、县政府“关于…的实施意见”) was no citation. 《专利法》 and 《中华人民共和国专利法》
  were two documents, and so were 《企业知识产权管理规范》 with and without GB/T 29490-2013; a court's
  interpretation (…若干问题的解释) was of unknown kind.
- Programmes in variant names: 专利权质押 / 商标专用权质押 (the 权 between), 知识产权合规管理体系认证 (the
  2023 edition of the management standard), 知识产权强企 and 知识产权纠纷快速处理 were found as no programme.
- Deadlines: 2025年6月30日前 (a day after the month), 今年年底前, 次年1月15日前 and a closing clause 长期坚持
  were read as none; 2025年6月30日前新增… kept 6月30日前 in the target's indicator.
- Phases: 第一阶段（动员部署阶段，2024年3月—4月） was named by its whole bracket, and phases listed under a
  chapter headed 组织实施 were tasks and no phases.
- 附件：1.重点任务分工表 ↵ 2.指标分解表: the second entry of the annex list was an item of the plan, a task
  when a signature followed it.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from ontology.vocab import QuotedTitles
from policykg.extract.citation_titles import quoted_titles
from policykg.extract.phases import deadline_date, find_deadline, phase_name
from policykg.models import Document, Task
from tests.plans import extracted

COUNTY = """临朐县知识产权强县建设工作方案（2024—2026年）

为深入贯彻落实习近平总书记关于知识产权工作的重要指示精神，全面贯彻党的二十大精神，根据《中华人民共和国专利法》、国务院《“十四五”国家知识产权保护和运用规划》（国发〔2021〕20号）和省委、省政府《关于强化知识产权保护的实施意见》，结合我县实际，制定本方案。

一、总体要求
以习近平新时代中国特色社会主义思想为指导，大力实施知识产权强县战略。

二、重点任务
（一）强化知识产权创造。深入实施产业专利导航工程。推动企业开展《企业知识产权管理规范》贯标和知识产权合规管理体系认证，2025年6月30日前新增贯标企业10家。（牵头单位：县市场监管局；配合单位：县科技局）
（二）促进知识产权转化运用。扩大专利权质押和商标专用权质押规模，推行知识产权保险。（牵头单位：县市场监管局；配合单位：县财政局）
（三）加强知识产权保护。建立知识产权纠纷快速处理机制，完善海外知识产权纠纷应对指导服务。（牵头单位：县市场监管局；配合单位：县司法局）
（四）培育知识产权强企。实施知识产权强企培育工程，每年12月底前报送年度工作总结。（牵头单位：县市场监管局）

三、实施步骤
第一阶段（动员部署阶段，2024年3月—4月）。制定工作方案，召开动员会议。
第二阶段（2024年5月—2025年12月）：组织实施。各责任单位全面推进各项工作。
第三阶段（2026年1月—6月）。全面总结工作成效，迎接省级验收。

四、保障措施
（一）加强组织领导。成立县知识产权强县建设工作领导小组，统筹推进各项工作。
（二）强化考核督导。各责任单位次年1月15日前报送工作数据。

附件：1.重点任务分工表
      2.指标分解表
"""

POINTS = """桐乡市2024年知识产权工作要点

根据浙市监知〔2022〕5号文件精神和《嘉兴市知识产权事业发展“十四五”规划》，按照市委、市政府“关于推动知识产权高质量发展的实施意见”要求，现将2024年工作要点印发如下。

一、提升知识产权创造质量
1.推进企业贯标。组织30家企业开展知识产权合规管理体系认证，今年年底前完成。（责任单位：市市场监管局）
2.开展专利权质押融资。落实「浙江省知识产权质押融资风险补偿办法」，深入开展“以案说法”活动，实施“知识产权强企培育计划”。（责任单位：市市场监管局、市金融办）
3.健全快速协同保护机制。开展知识产权纠纷快速处理试点，长期坚持。（责任单位：市市场监管局）

二、工作要求
各责任单位于次年1月15日前报送年度数据。

附件：1.桐乡市2024年知识产权重点任务分工表
2.桐乡市2024年知识产权指标分解表

桐乡市市场监督管理局
2024年2月20日
"""

CITY = """江阴市关于全面加强知识产权保护的实施意见

依据《专利法》《商标法》和《最高人民法院关于审理侵犯专利权纠纷案件应用法律若干问题的解释》，引导企业按照《企业知识产权管理规范》（GB/T 29490-2013）开展贯标，提出如下实施意见。

一、重点任务
（一）加大行政保护力度。开展专利侵权纠纷行政裁决。（牵头单位：市市场监管局；配合单位：市司法局）
（二）加强海外维权。建设海外知识产权纠纷应对指导工作站，2024年12月31日前完成。（牵头单位：市商务局）

二、组织实施
（一）部署阶段（2023年10月—11月）：制定配套措施，明确责任分工。
（二）推进阶段（2023年12月—2025年10月）：全面推进各项任务落实。
（三）评估阶段（2025年11月—12月）：开展评估，总结经验。
"""


def _doc(text: str) -> Document:
    return extracted(text, "plan.txt")[0]


def _task(doc: Document, path: str) -> Task:
    return next(t for t in doc.tasks if t.path == path)


# -- citations ---------------------------------------------------------------------------------------------


def test_issuer_after_a_joining_word_leaves_it_out() -> None:
    """（国发〔2021〕20号）和省委、省政府《…》: the issuers are 省委、省政府, the quote starts with them; the
    leader's instructions and the congress's spirit name no titled document and are no citations."""
    doc = _doc(COUNTY)
    cited = {c.title: c for c in doc.citations}
    opinion = cited["关于强化知识产权保护的实施意见"]
    assert opinion.issuer == "省委、省政府"
    assert opinion.quote.startswith("省委、省政府《")
    assert cited["“十四五”国家知识产权保护和运用规划"].issuer == "国务院"
    assert not any("习近平" in c.quote or "二十大" in c.quote for c in doc.citations)


def test_title_in_quote_marks_after_a_cue_is_a_citation() -> None:
    doc = _doc(POINTS)
    by_title = {c.title: c for c in doc.citations}
    quoted = by_title["浙江省知识产权质押融资风险补偿办法"]
    assert quoted.quote == "「浙江省知识产权质押融资风险补偿办法」"
    assert quoted.kind == "policy"
    opinion = by_title["关于推动知识产权高质量发展的实施意见"]
    assert opinion.issuer == "市委、市政府"
    assert opinion.quote == "市委、市政府“关于推动知识产权高质量发展的实施意见”"
    # a slogan and a programme in quote marks are no documents
    assert "以案说法" not in by_title
    assert "知识产权强企培育计划" not in by_title


def test_law_short_titles_and_a_standard_without_its_number_share_one_key() -> None:
    keys = {c.title: c.key for c in _doc(CITY).citations}
    assert keys["专利法"] == "title:中华人民共和国专利法"
    assert keys["商标法"] == "title:中华人民共和国商标法"
    assert keys["企业知识产权管理规范"] == "doc:GB/T 29490-2013"
    county = {c.title: c.key for c in _doc(COUNTY).citations}
    assert county["中华人民共和国专利法"] == keys["专利法"]
    assert county["企业知识产权管理规范"] == keys["企业知识产权管理规范"]


def test_a_courts_interpretation_is_law() -> None:
    doc = _doc(CITY)
    interpretation = next(c for c in doc.citations if c.title and c.title.endswith("解释"))
    assert interpretation.kind == "law"
    assert interpretation.issuer == "最高人民法院"


# -- programmes --------------------------------------------------------------------------------------------


def _programmes(doc: Document) -> set[tuple[str, str]]:
    return {(p.program_id, p.quote) for p in doc.programs}


def test_programme_variants_have_one_canonical_programme() -> None:
    found = _programmes(_doc(COUNTY))
    assert ("pledge_financing", "专利权质押") in found
    assert ("pledge_financing", "商标专用权质押") in found
    assert ("standard_implementation", "知识产权合规管理体系") in found
    assert ("dispute_fast_handling", "知识产权纠纷快速处理") in found
    assert ("strong_enterprises", "知识产权强企") in found


def test_programme_mentions_belong_to_their_tasks() -> None:
    doc = _doc(POINTS)
    by_programme = {p.program_id: p.task_id.rsplit("/", 1)[-1] for p in doc.programs if p.task_id}
    assert by_programme["standard_implementation"] == "一.1"
    assert by_programme["dispute_fast_handling"] == "一.3"


# -- deadlines ---------------------------------------------------------------------------------------------


def test_deadline_with_a_day_is_the_months() -> None:
    task = _task(_doc(COUNTY), "二.(一)")
    assert (task.deadline, task.deadline_date) == ("2025年6月30日前", "2025-06")
    assert _task(_doc(CITY), "一.(二)").deadline_date == "2024-12"


def test_a_day_deadline_is_no_part_of_the_indicator() -> None:
    target = next(t for t in _doc(COUNTY).targets if t.value == 10)
    assert target.indicator == "贯标企业"
    assert target.year == 2025


def test_this_years_end_and_next_years_month_in_a_plan_for_one_year() -> None:
    doc = _doc(POINTS)
    assert (_task(doc, "一.1").deadline, _task(doc, "一.1").deadline_date) == ("今年年底前", "2024-12")
    assert (_task(doc, "二").deadline, _task(doc, "二").deadline_date) == ("次年1月15日前", "2025-01")
    assert (_task(doc, "一.3").deadline, _task(doc, "一.3").deadline_date) == ("长期坚持", None)


def test_next_years_month_in_a_plan_over_years_has_no_date() -> None:
    task = _task(_doc(COUNTY), "四.(二)")
    assert (task.deadline, task.deadline_date) == ("次年1月15日前", None)


# -- phases ------------------------------------------------------------------------------------------------


def test_phase_named_inside_or_after_its_bracket() -> None:
    doc = _doc(COUNTY)
    assert [(p.name, p.start, p.end) for p in doc.phases] == [
        ("动员部署", "2024-03", "2024-04"),
        ("组织实施", "2024-05", "2025-12"),
        ("第三阶段", "2026-01", "2026-06"),
    ]


def test_phases_under_a_chapter_of_another_heading() -> None:
    doc = _doc(CITY)
    assert [(p.name, p.start, p.end) for p in doc.phases] == [
        ("部署", "2023-10", "2023-11"),
        ("推进", "2023-12", "2025-10"),
        ("评估", "2025-11", "2025-12"),
    ]
    assert not [t.path for t in doc.tasks if t.path.startswith("二")]


# -- the annex list ----------------------------------------------------------------------------------------


def test_annex_list_entries_are_no_items() -> None:
    for text in (COUNTY, POINTS):
        doc = _doc(text)
        assert not [s.path for s in doc.sections if s.path[0].isdigit()]
        assert not [t.path for t in doc.tasks if t.path[0].isdigit()]
    assert _doc(POINTS).plan.date == "2024-02-20"
    # an annex holding text of its own (附件1 ↵ 一、… 1.推进…。) is no list: its items stay units
    text = COUNTY.split("附件：")[0] + (
        "附件1\n重点任务清单\n一、专利工作\n1.推进专利导航。县市场监管局负责。\n2.开展专利转化。县科技局负责。\n"
    )
    paths = [s.path for s in _doc(text).sections]
    assert "附件1.一.1" in paths  # the annex's own outline under its path (round 31)
    assert "附件1.一.2" in paths
    text = COUNTY.split("附件：")[0] + "附件1\n\n1.推进专利导航\n开展产业专利导航。县市场监管局负责。\n"
    paths = [s.path for s in _doc(text).sections]
    assert "附件1.1" in paths


# -- properties --------------------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(
    st.integers(2000, 2099),
    st.integers(1, 12),
    st.integers(1, 31),
    st.sampled_from(["日", "号"]),
    st.booleans(),
)
def test_any_day_deadline_reads_as_its_month(
    year: int, month: int, day: int, word: str, wrapped: bool
) -> None:
    wrap = "\n" if wrapped else ""
    text = f"开展工作，{year}年{month}月{wrap}{day}{word}前完成。"
    found = find_deadline(text, 0, len(text))
    assert found is not None
    assert deadline_date(found[0]) == f"{year}-{month:02d}"


_QUOTE_PIECES = st.sampled_from(
    [
        "「",
        "」",
        "“",
        "”",
        "《",
        "》",
        "依据",
        "落实",
        "实施",
        "办法",
        "意见",
        "省政府",
        "、",
        "，",
        "\n",
        "知识产权",
        "x",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_QUOTE_PIECES, max_size=14).map("".join))
def test_quoted_titles_open_and_close_with_one_pair(text: str) -> None:
    for start, end in quoted_titles(text):
        pair = text[start] + text[end - 1]
        assert pair in ("「」", "“”", "『』")
        inner = text[start + 1 : end - 1]
        assert not any(ch in inner for ch in "「」“”《》")
        assert inner.rstrip().endswith(("办法", "意见"))


@given(st.text(alphabet="第一二阶段（）()，：:动员部署2024年3月—4月。为 ", max_size=30))
def test_phase_name_is_short_and_never_empty(heading: str) -> None:
    name = phase_name(heading, "第一阶段", heading or None)
    assert len(name.strip()) > 0
    assert len(name) <= 20


def test_quoted_title_marks_are_validated_as_pairs() -> None:
    rules = {"min_length": 4, "max_length": 80, "cues": ["依据"], "ends": ["办法$"]}
    assert QuotedTitles(marks=("「」",), **rules).marks == ("「」",)
    with pytest.raises(ValidationError):
        QuotedTitles(marks=("「",), **rules)
    with pytest.raises(ValidationError):
        QuotedTitles(marks=("「」",), **{**rules, "ends": ["(办法"]})
