"""Round 32: who answers for a task, as a county plan of Guangxi writes it.

What was read wrong before:

- a body the prose says answers for part of the work (县金融办负责组织银企对接。) before a note standing apart that
  names another (（牵头单位：县市场监管局）) was lost: the note speaks for the paragraph, so the prose before it
  gives no lead, but the body it says 负责 has that work too (implicit), as one beside a note in the same
  sentence does; a body doing work without answering for it (县市场监管局每年…开展评估。县科技局负责。) is still
  left to the note;
- a body named the one answering for a field of work (县市场监管局是知识产权保护工作的责任主体，负责组织开展执法
  行动) was only implicit: it carries the task (sole), as X负责 does; a person (县长为第一责任人) or one body
  among several (是责任主体之一) names no such body.
"""

from __future__ import annotations

import pytest

from tests.plans import plan_units

LONGAN = (
    "隆安县知识产权强县建设工作方案（2024—2026年）\n为加快推进知识产权强县建设，制定本方案。\n一、重点任务\n"
)


def _units(*tasks: str) -> dict[str, set[tuple[str, str, str]]]:
    body = "".join(f"（{'一二三四五'[n]}）{task}\n" for n, task in enumerate(tasks))
    return {path: set(units) for path, units in plan_units(LONGAN, body).items()}


def test_a_body_answering_for_a_part_before_a_note_standing_apart() -> None:
    units = _units(
        "推进质押融资。县金融办负责组织银企对接。（牵头单位：县市场监管局）",
        "强化创造。县市场监管局负责专利培育，县科技局负责科技型企业培育。（牵头单位：县市场监管局）",
        "加强评估。县市场监管局每年对专利质押融资工作开展评估。（责任单位：县科技局）",
    )
    assert units["一.(一)"] == {("县市场监管局", "lead", "annotation"), ("县金融办", "implicit", "prose")}
    assert units["一.(二)"] == {("县市场监管局", "lead", "annotation"), ("县科技局", "implicit", "prose")}
    # work done without answering for it is left to the note naming who carries it
    assert units["一.(三)"] == {("县科技局", "sole", "annotation")}


@pytest.mark.parametrize(
    "sentence",
    [
        "县市场监管局是知识产权保护工作的责任主体，负责组织开展执法行动。",
        "县市场监管局是全县知识产权执法的第一责任单位，负责组织开展执法行动。",
        "县市场监管局为知识产权保护工作的责任主体。",
    ],
)
def test_a_body_named_the_one_answering_for_the_work(sentence: str) -> None:
    assert _units(f"加强知识产权保护。{sentence}")["一.(一)"] == {("县市场监管局", "sole", "prose")}


def test_one_answering_body_among_several_or_a_person_is_no_such_body() -> None:
    among = _units("加强知识产权保护。县市场监管局是知识产权保护工作的责任主体之一，负责组织开展执法行动。")
    assert among["一.(一)"] != {("县市场监管局", "sole", "prose")}
    person = _units("加强知识产权保护。县长为第一责任人，县公安局负责打击侵权假冒犯罪。")
    assert person["一.(一)"] == {("县公安局", "sole", "prose")}
