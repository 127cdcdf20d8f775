"""Round 30: national programmes that recur in many regions' plans and that the scheme did not know.

What was read wrong before:

- the IP analysis and review of major economic and scientific activities (知识产权分析评议, 知识产权评议),
  time-honoured brands (中华老字号, 老字号企业) and the procuratorates' combined handling of IP cases (知识产权检察
  综合履职, 知识产权刑事、民事、行政检察) were no programme;
- IP insurance named by its slogan (“知识产权+保险”, with either plus sign) was no insurance;
- the field's credit-based graded supervision (知识产权领域以信用为基础的分级分类监管) was no credit supervision;
- 专利“清零”行动 (enterprises' first patents) was no 专利消零;
- 知识产权进校园 in a list of the places it goes (知识产权进企业、进校园) was no IP education;
- a plan titled for a programme (知识产权助力乡村振兴实施方案) did not implement it unless a task named it again.

Look-alikes stay none: a procuratorate named as a body (市人民检察院知识产权检察官), 评议 of other things (民主评议),
以信用为基础 outside the IP field, 保险 without IP, 清零 of wages or hazards.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ontology.vocab_programs import program_scheme
from policykg.extract.programs import find_programs
from tests.plans import extracted


def _found(text: str) -> list[tuple[str, str]]:
    return [(h.program.id, text[h.span[0] : h.span[1]]) for h in find_programs(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("开展重大经济科技活动知识产权分析评议", [("ip_analysis_review", "知识产权分析评议")]),
        ("对重大产业项目开展知识产权评议2项", [("ip_analysis_review", "知识产权评议")]),
        (
            "加强中华老字号保护，认定老字号企业3家",
            [("time_honoured_brands", "老字号"), ("time_honoured_brands", "老字号")],
        ),
        ("强化知识产权检察综合履职", [("ip_procuratorial", "知识产权检察")]),
        (
            "推进知识产权刑事、民事、行政检察职能集中统一履行",
            [("ip_procuratorial", "知识产权刑事、民事、行政检察")],
        ),
        ("推广“知识产权+保险”服务", [("ip_insurance", "知识产权+保险")]),
        ("推广知识产权＋保险模式", [("ip_insurance", "知识产权＋保险")]),
        ("推行知识产权领域以信用为基础的分级分类监管", [("ip_credit", "知识产权领域以信用为基础")]),
        ("实施规上工业企业专利“清零”行动", [("zero_patent_elimination", "清零")]),
        ("推动高新技术企业专利清零", [("zero_patent_elimination", "清零")]),
        ("开展知识产权进企业、进校园活动", [("ip_education", "知识产权进企业、进校园")]),
        ("推动知识产权进机关、进社区、进校园", [("ip_education", "知识产权进机关、进社区、进校园")]),
    ],
)
def test_recurring_national_programmes(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "邀请市人民检察院知识产权检察官授课",
        "组织开展民主评议",
        "推行以信用为基础的新型监管机制",
        "推动企业参加养老保险",
        "县人民检察院负责",
        "实现欠薪清零",
        "推动安全隐患清零",
        "开展安全知识进校园",
        "开展知识产权进企业活动",
    ],
)
def test_look_alikes_are_no_programme(text: str) -> None:
    assert _found(text) == []


def test_the_new_concepts_sit_in_the_scheme_under_their_categories() -> None:
    scheme = program_scheme()
    broader = {p.id: p.broader for p in scheme.programs}
    assert broader["ip_analysis_review"] == "ip_utilisation"
    assert broader["time_honoured_brands"] == "ip_creation"
    assert broader["ip_procuratorial"] == "ip_protection"


def test_a_plan_links_the_programmes_to_its_task() -> None:
    doc, _ = extracted(
        "某市2025年知识产权工作要点\n\n一、重点任务\n"
        "1.强化知识产权保护。推进知识产权检察综合履职，加强老字号商标保护。（牵头单位：市市场监管局、市人民检察院）\n"
        "2.深化知识产权运用。开展知识产权分析评议，推广“知识产权+保险”。（市市场监管局负责）\n"
    )
    by_task: dict[str, set[str]] = {}
    for mention in doc.programs:
        by_task.setdefault(mention.task_id or "", set()).add(mention.program_id)
    paths = {t.id: t.path for t in doc.tasks}
    got = {paths.get(task, task): ids for task, ids in by_task.items()}
    assert got == {
        "一.1": {"ip_procuratorial", "time_honoured_brands"},
        "一.2": {"ip_analysis_review", "ip_insurance"},
    }


@given(st.text(alphabet="知识产权检察分析评议老字号+＋保险以信用为基础领域院官，。", max_size=120))
def test_every_hit_slices_back_to_its_words(text: str) -> None:
    for hit in find_programs(text, 0, len(text)):
        start, end = hit.span
        assert 0 <= start < end <= len(text)


def test_a_plan_titled_for_a_programme_implements_it() -> None:
    """A plan whose title names a programme (知识产权助力乡村振兴实施方案) is that programme's plan, even where its
    tasks never name it again: the mention is the plan's own (no task or goal)."""
    doc, _ = extracted(
        "某县知识产权助力乡村振兴实施方案\n\n一、重点任务\n（一）培育地理标志。新增地理标志商标2件。（县市场监管局负责）\n"
    )
    titled = [m for m in doc.programs if m.task_id is None and m.goal_id is None]
    assert [(m.program_id, m.quote) for m in titled] == [("rural_revitalisation", "知识产权助力乡村振兴")]
    assert {m.program_id for m in doc.programs} == {"rural_revitalisation", "geographical_indications"}


def test_a_title_naming_no_programme_adds_none() -> None:
    doc, _ = extracted(
        "某市2025年知识产权工作要点\n\n一、重点任务\n（一）开展专利导航。（市市场监管局负责）\n"
    )
    assert {(m.program_id, m.task_id is None) for m in doc.programs} == {("patent_navigation", False)}
