"""Round 39: a zone's scheme gives one item to the 管委会's office to coordinate, the departments carrying
it out: '责任部门：由管委会办公室统筹，科技创新局、园区运营公司按职责分工落实'.

Before, a label's list kept the coordinating word in the body's name (a body named 管委会办公室统筹), where
the same words in a sentence or in a bracket without 由 made the body the lead; and a bracket opening with
由 (（由区政府办公室统筹，区科技局配合）) was read as no note at all. Now a listed body closed by a coordinating
word (roles.yaml coordinating_words, 负责 perhaps before it and one of coordinating_ends after it; not an
overseer's word) leads, the word no part of its name, and 由 before the coordinator in a bracket is the word
giving it the work."""

from __future__ import annotations

import pytest

from tests.plans import extracted, named_units

BASE = (
    "某县知识产权工作方案\n一、重点任务\n（一）加强服务。建设知识产权服务业集聚区。\n{note}\n"
    "（二）加强保护。开展执法。（责任单位：县市场监管局）\n"
)


def _first(note: str) -> list[tuple[str, str, str]]:
    doc, _ = extracted(BASE.format(note=note), "plan.txt")
    return named_units(doc)["一.(一)"]


@pytest.mark.parametrize(
    "note",
    [
        "责任部门：由县政府办公室统筹，县科技局、县财政局按职责分工落实",
        "责任单位：县政府办公室统筹，县科技局、县财政局按职责分工负责",
        "责任单位：县政府办公室负责统筹，县科技局、县财政局具体实施",
        "责任单位：县政府办公室统筹推进，县科技局、县财政局配合",
        "（由县政府办公室统筹，县科技局、县财政局配合）",
        "（由县政府办公室统筹协调，县科技局、县财政局按职责分工负责）",
        "责任单位：县政府办公室负责组织，县科技局、县财政局配合",
    ],
)
def test_the_coordinating_body_leads(note: str) -> None:
    assert _first(note) == [
        ("县政府办公室", "lead", "annotation"),
        ("县科技局", "support", "annotation"),
        ("县财政局", "support", "annotation"),
    ]


def test_a_zone_office_written_bare_in_markdown() -> None:
    text = (
        "# 某高新区知识产权工作方案\n\n## 一、重点任务\n\n"
        "1. **建设知识产权服务业集聚区。** 依托创新中心建设集聚区。\n\n"
        "> 责任部门：由管委会办公室统筹，科技创新局、自然资源分局、园区运营公司按职责分工落实\n"
    )
    doc, _ = extracted(text, "plan.md")
    assert named_units(doc)["一.1"] == [
        ("管委会办公室", "lead", "annotation"),
        ("科技创新局", "support", "annotation"),
        ("自然资源分局", "support", "annotation"),
        ("园区运营公司", "support", "annotation"),
    ]


def test_an_overseer_is_no_coordinator() -> None:
    assert _first("责任单位：县政府督查室督导，县科技局负责") == [("县科技局", "sole", "annotation")]


def test_work_of_its_own_after_the_word_is_no_coordinating() -> None:
    # 统筹安排资金 is the body's own work in a sentence: the body answering for the task leads
    found = _first("县财政局统筹安排资金，县科技局负责。")
    assert ("县科技局", "lead", "annotation") in found
    assert ("县财政局", "support", "annotation") in found


@pytest.mark.parametrize("name", ["各级党组织", "基层党组织", "县总工会组织"])
def test_a_name_ending_in_the_word_stays_whole(name: str) -> None:
    found = _first(f"责任单位：县委组织部、{name}")
    assert [f[0] for f in found] == ["县委组织部", name]
