"""Round 40: a programme named in the paragraph saying what the plan is for, between its title and its first
heading (为…，扎实推进国家知识产权强县建设试点县创建，…制定本方案。), and nowhere else.

Programmes were read in the title, the goals, the tasks, the tables and the headings over work, so the
programme a plan carries out was lost when only its opening sentence named it. Now the sentences between the
title and the first heading are read as the title is; a programme inside a title they cite (根据《…关于确定
…试点示范园区的通知》) is that document's subject, not the plan's, and lines of no sentence there (the title
again under its cover notice, a date) are passed over."""

from __future__ import annotations

import pytest

from tests.plans import extracted

TITLE = "安岳县知识产权工作实施方案（2024—2026年）"
BODY = (
    "一、重点任务\n"
    "（一）加强知识产权保护。县市场监管局负责，严厉查处商标侵权行为。\n"
    "（二）优化公共服务。县市场监管局负责，提升服务便利度。\n"
)


def _programmes(opening: str) -> set[str]:
    doc, _ = extracted(f"{TITLE}\n\n{opening}\n\n{BODY}")
    return {p.program_id for p in doc.programs}


@pytest.mark.parametrize(
    ("opening", "programme"),
    [
        ("为扎实推进国家知识产权强县建设试点县创建，结合我县实际，制定本方案。", "strong_region_pilots"),
        ("为深入实施知识产权助力乡村振兴行动，推动特色产业发展，制定本方案。", "rural_revitalisation"),
        (
            "根据省局工作部署，为落实专利转化运用专项行动，盘活存量专利，制定本方案。",
            "patent_conversion_action",
        ),
        ("为加快建设国家知识产权强县建设示范县，特制定本实施方案。", "strong_region_pilots"),
    ],
)
def test_a_programme_in_the_opening_sentence_is_the_plans(opening: str, programme: str) -> None:
    assert programme in _programmes(opening)


@pytest.mark.parametrize(
    ("opening", "programme"),
    [
        (
            "根据《国家知识产权局关于确定国家知识产权强县建设试点示范县和国家级知识产权强国建设试点示范园区的通知》要求，"
            "结合我县实际，制定本方案。",
            "demonstration_parks",
        ),
        (
            "为贯彻落实《专利转化运用专项行动方案（2023—2025年）》，结合我县实际，制定本方案。",
            "patent_conversion_action",
        ),
    ],
)
def test_a_programme_inside_a_cited_title_is_not_the_plans(opening: str, programme: str) -> None:
    assert programme not in _programmes(opening)


def test_a_programme_in_the_opening_is_read_once_with_the_title_naming_it() -> None:
    """The title names the programme too: both mentions are kept, the programme the plan's."""
    doc, _ = extracted(
        "安岳县国家知识产权强县建设试点工作方案\n\n为扎实推进我县国家知识产权强县建设试点工作，制定本方案。\n\n"
        + BODY
    )
    mentions = [p for p in doc.programs if p.program_id == "strong_region_pilots"]
    assert len(mentions) == 2
    assert all(p.task_id is None for p in mentions)
