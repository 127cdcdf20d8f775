"""Round 31: work put on a body by a closing paragraph after the last item of a list, as a Hubei
prefecture's work points in tests/evaluation/ end (各县市市场监管局要对照本要点，结合实际制定本地年度工作计划，
于2025年3月底前报州市场监管局。).

What was read wrong before:

- such a paragraph is no part of the last item (closings.py moves it to the chapter) and a chapter's own
  text stops at its first item, so the body it obliges had no task and the obligation was lost: it is now
  a task of its own under its chapter (path ``<chapter>.closing``), read as any task's prose;
- likewise a closing exhortation after a chapter's items in the middle of a plan (各镇（街道）、各有关部门要
  高度重视，…), each of two such paragraphs a task (``.closing``, ``.closing2``).

Paragraphs naming nobody (确保各项任务落到实处。) and the plan's back matter (its signature and date, 本要点由…
负责解释) stay no one's work.
"""

from __future__ import annotations

from tests.plans import extracted

_HEAD = "宁陕县2025年知识产权工作要点\n一、强化知识产权创造\n1.实施专利导航。开展专利导航项目1项。（县科技局负责）\n"
_SIGNED = "宁陕县市场监督管理局\n2025年2月18日\n"


def _closing_tasks(text: str) -> dict[str, list[tuple[str, str, str]]]:
    doc, _ = extracted(text)
    return {
        t.path: [(r.agency.surface, r.role, r.basis) for r in t.responsibilities]
        for t in doc.tasks
        if ".closing" in t.path
    }


def test_a_closing_paragraph_after_the_last_item_is_the_work_of_the_body_it_names() -> None:
    text = (
        _HEAD
        + "二、加强组织保障\n2.强化经费保障。县财政局要将知识产权工作经费纳入年度预算。\n"
        + "各镇市场监管所要对照本要点，结合实际制定本地年度工作计划，于2025年3月底前报县市场监管局。\n"
        + _SIGNED
    )
    doc, _ = extracted(text)
    closing = next(t for t in doc.tasks if t.path == "二.closing")
    assert closing.text.startswith("各镇市场监管所要对照本要点")
    assert closing.text.endswith("报县市场监管局。")
    assert closing.deadline_date == "2025-03"
    assert [(r.agency.surface, r.role, r.basis) for r in closing.responsibilities] == [
        ("各镇市场监管所", "implicit", "prose")
    ]
    assert closing.chapter_kind == "safeguards"
    assert [t.path for t in doc.tasks] == ["一.1", "二.2", "二.closing"]  # the signature is no task


def test_an_exhortation_closing_a_chapter_in_the_middle_is_a_task_of_that_chapter() -> None:
    text = (
        _HEAD
        + "2.推进贯标。（县工信局负责）\n"
        + "各镇（街道）、各有关部门要高度重视，确保各项任务落到实处。\n"
        + "县市场监管局要会同县科技局于每季度末汇总任务进展。\n"
        + "二、加强组织保障\n3.加强统筹协调。县市场监管局负责。\n"
    )
    got = _closing_tasks(text)
    assert got == {
        "一.closing": [("各镇（街道）", "implicit", "prose"), ("各有关部门", "implicit", "prose")],
        "一.closing2": [("县市场监管局", "lead", "prose"), ("县科技局", "support", "prose")],
    }


def test_closing_words_naming_nobody_and_the_back_matter_are_no_task() -> None:
    text = (
        _HEAD
        + "2.推进贯标。（县工信局负责）\n"
        + "确保各项任务落到实处。\n"
        + "本要点由县市场监管局负责解释。\n"
        + _SIGNED
    )
    assert _closing_tasks(text) == {}
