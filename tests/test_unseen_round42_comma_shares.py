"""Round 42: a sentence of a task's prose opening with bodies alone, parted by a comma from the bodies after
them that share the work by their duties (市知识产权局，市市场监管局按职责分工负责。; 市知识产权局，各有关部门按职责
分工负责。), or going on after that role clause with a closing remark (市中级人民法院，各县（市、区）人民法院按职责
分工负责，确保取得实效。).

What was read wrong before:

- names alone before the comma headed the sentence's run only before helpers (…，B配合。) or the places below
  (…，各区政府按职责分工负责。), so before bodies of the plan's own level sharing the work they were dropped
  and those after the comma were read as the only ones named. They head the run now whatever bodies share
  the work after the comma, and the comma is weighed as in a note (agency_lists._levels_parted): before the
  places below the two levels are joint; before a body of the plan's own level (市市场监管局, 各有关部门)
  the names set apart lead it, as in （市知识产权局，市市场监管局按职责分工负责） and 责任单位：A，B按职责分工负责.
- with a remark after the role clause (，确保取得实效, ，形成工作合力), the run opened by those names was not
  the whole sentence, so it was dropped and the bodies after the comma read as the sentence's implicit
  subjects. Names alone with their role words opening a sentence before work of no other body are who does
  it (role_clauses._opens_work), headed by the names before the comma too.

Near misses kept: work before the comma (加强执法协作，市市场监管局负责。), a list of tasks before the role
clause, and sentences with a modal (市财政局要…), implicit by design.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import task_agencies

SUZHOU = "苏州市2025年知识产权工作要点\n为做好全市知识产权工作，制定本要点。\n一、重点任务\n"
GUANGDONG = "广东省2025年知识产权工作要点\n为做好全省知识产权工作，制定本要点。\n一、重点任务\n"
HAIDIAN = "北京市海淀区2025年知识产权工作要点\n为做好全区知识产权工作，制定本要点。\n一、重点任务\n"

_WORK = "1.加强知识产权保护。完善工作机制。"


def _rows(head: str, body: str) -> list[tuple[str, str | None, str]]:
    got = task_agencies(head + body + "\n")["一.1"]
    return [(surface, kind, role) for surface, _, kind, role in got]


#: (plan head, bodies before the comma, bodies after it, the roles of each in turn)
_SHARES = [
    (SUZHOU, ["市知识产权局"], ["市市场监管局"], ["lead", "support"]),
    (SUZHOU, ["市知识产权局"], ["各有关部门"], ["lead", "support"]),
    (SUZHOU, ["市知识产权局", "市科技局"], ["市市场监管局"], ["lead", "lead", "support"]),
    (SUZHOU, ["市中级人民法院"], ["各县（市、区）人民法院"], ["joint", "joint"]),
    (SUZHOU, ["市知识产权局", "市科技局"], ["各县（市、区）人民政府"], ["joint", "joint", "joint"]),
    (GUANGDONG, ["省知识产权局"], ["省市场监管局", "省公安厅"], ["lead", "support", "support"]),
    (GUANGDONG, ["省知识产权局"], ["各地级以上市人民政府"], ["joint", "joint"]),
    (HAIDIAN, ["区知识产权局"], ["区市场监管局"], ["lead", "support"]),
    (HAIDIAN, ["区市场监管局", "区科技局"], ["各街道办事处"], ["joint", "joint", "joint"]),
]

_SHARED = ["按职责分工负责", "按照职责分工负责", "按职责分工落实", "按职责分工抓好落实"]
_REMARKS = ["", "，确保取得实效", "，形成工作合力", "，确保各项任务落到实处"]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_SHARES), st.sampled_from(_SHARED), st.sampled_from(_REMARKS))
def test_a_prose_sentence_reads_as_the_note(
    case: tuple[str, list[str], list[str], list[str]], shared: str, remark: str
) -> None:
    head, before, after, roles = case
    clause = f"{'、'.join(before)}，{'、'.join(after)}{shared}"
    prose = _rows(head, f"{_WORK}{clause}{remark}。")
    assert [(surface, role) for surface, _, role in prose] == list(zip(before + after, roles, strict=True))
    assert prose == _rows(head, f"{_WORK}（{clause}）")
    assert prose == _rows(head, f"{_WORK}\n责任单位：{clause}")


def test_the_two_gaps_as_first_seen() -> None:
    assert _rows(SUZHOU, _WORK + "市知识产权局，市市场监管局按职责分工负责。") == [
        ("市知识产权局", "ip_office", "lead"),
        ("市市场监管局", "market_regulation", "support"),
    ]
    assert _rows(SUZHOU, _WORK + "市中级人民法院，各县（市、区）人民法院按职责分工负责，确保取得实效。") == [
        ("市中级人民法院", "court", "joint"),
        ("各县（市、区）人民法院", "all_local_departments", "joint"),
    ]


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(["配合", "协助"]),
    st.sampled_from(_REMARKS),
    st.sampled_from(["牵头，", "、市科技局，"]),
)
def test_a_lead_and_helpers_with_a_remark(support: str, remark: str, lead: str) -> None:
    body = f"{_WORK}市知识产权局{lead}市市场监管局、市公安局{support}{remark}。"
    rows = _rows(SUZHOU, body)
    assert [(s, r) for s, _, r in rows if r == "support"] == [
        ("市市场监管局", "support"),
        ("市公安局", "support"),
    ]
    assert [r for s, _, r in rows if s == "市知识产权局"] == ["lead"]


def test_the_remark_after_helpers_of_a_lead_keeps_them() -> None:
    body = _WORK + "市知识产权局牵头，市市场监管局按职责分工负责，确保取得实效。"
    assert _rows(SUZHOU, body) == [
        ("市知识产权局", "ip_office", "lead"),
        ("市市场监管局", "market_regulation", "support"),
    ]


# near misses


@settings(max_examples=15, deadline=None)
@given(
    st.sampled_from(["加强执法协作，", "完善审查机制，加强执法协作，", "开展专项整治行动，"]),
    st.sampled_from([("负责", "sole"), ("按职责分工负责", "joint")]),
)
def test_work_before_the_comma_names_no_body(work: str, word: tuple[str, str]) -> None:
    text, role = word
    body = f"1.加强知识产权保护。{work}市市场监管局{text}。"
    assert _rows(SUZHOU, body) == [("市市场监管局", "market_regulation", role)]


def test_a_sentence_with_a_modal_stays_implicit() -> None:
    assert _rows(SUZHOU, _WORK + "市财政局要加大资金支持。") == [("市财政局", "finance", "implicit")]
    body = _WORK + "市中级人民法院、各县（市、区）人民法院要完善审判机制，确保取得实效。"
    assert [r for _, _, r in _rows(SUZHOU, body)] == ["implicit", "implicit"]


def test_a_body_with_its_own_work_before_the_comma_is_no_name_alone() -> None:
    body = _WORK + "市知识产权局加大专利审查力度，市市场监管局按职责分工负责。"
    assert _rows(SUZHOU, body) == [
        ("市市场监管局", "market_regulation", "joint"),
        ("市知识产权局", "ip_office", "implicit"),
    ]
    # a body coordinating the work before the comma leads those sharing it, as before
    body = _WORK + "市知识产权局加强统筹，市市场监管局按职责分工负责。"
    assert _rows(SUZHOU, body) == [
        ("市知识产权局", "ip_office", "lead"),
        ("市市场监管局", "market_regulation", "support"),
    ]
