"""Round 41: a programme named only in the section saying what the plan is for and where it aims (（一）指导
思想, 总体思路, a 一、总体要求 holding that paragraph itself): …，努力创建国家知识产权强县建设试点县。

Programmes were read in the title, the paragraphs before the first heading, the goals, the tasks, the tables
and the headings over work, so the programme a plan carries out was lost when its guiding paragraph alone
named it. Now the paragraphs of those sections (document_types.yaml purpose_chapters) are read as the opening
paragraphs are: a programme inside a title they cite is that document's subject, not the plan's, and the
principles and a look back (基本原则, 工作基础) are still not read."""

from __future__ import annotations

import pytest

from tests.plans import extracted

TITLE = (
    "某县知识产权强县建设实施方案（2025—2027年）\n\n为加快知识产权强县建设，结合我县实际，制定本方案。\n\n"
)
TASKS = (
    "二、重点任务\n"
    "（一）加强知识产权保护。县市场监管局负责，严厉查处商标侵权行为。\n"
    "（二）优化公共服务。县市场监管局负责，提升服务便利度。\n"
)


def _programmes(general: str) -> set[str]:
    doc, _ = extracted(f"{TITLE}{general}\n{TASKS}")
    return {p.program_id for p in doc.programs}


@pytest.mark.parametrize(
    ("general", "programme"),
    [
        (
            "一、总体要求\n（一）指导思想\n坚持创新驱动，统筹推进知识产权工作，努力创建国家知识产权强县建设试点县。\n"
            "（二）主要目标\n到2027年，知识产权综合实力明显增强。\n",
            "strong_region_pilots",
        ),
        (
            "一、指导思想\n以服务特色产业为导向，深入实施知识产权助力乡村振兴行动，带动农民增收。\n",
            "rural_revitalisation",
        ),
        (
            "一、总体思路\n围绕主导产业，落实专利转化运用专项行动，推动存量专利盘活。\n",
            "patent_conversion_action",
        ),
        (
            "一、总体要求\n全面贯彻知识产权强国建设部署，以创建知识产权强市建设示范城市为抓手，推动高质量发展。\n",
            "strong_region_pilots",
        ),
        (
            "## 一、总体要求\n\n### （一）工作思路\n\n聚焦陶瓷产业，开展产业专利导航，服务产业链招商。\n",
            "patent_navigation",
        ),
    ],
)
def test_a_programme_in_the_guiding_section_is_the_plans(general: str, programme: str) -> None:
    assert programme in _programmes(general)


@pytest.mark.parametrize(
    ("general", "programme"),
    [
        # the subject of a document the section cites
        (
            "一、指导思想\n认真贯彻《专利转化运用专项行动方案（2023—2025年）》，推动知识产权事业发展。\n",
            "patent_conversion_action",
        ),
        # the principles and a look back are no aim of the plan's
        (
            "一、总体要求\n（一）基本原则\n坚持保护优先，借鉴知识产权强县建设试点县经验。\n",
            "strong_region_pilots",
        ),
        (
            "一、工作基础\n2024年，我县成功创建国家知识产权强县建设试点县，开展专利导航项目2项。\n",
            "patent_navigation",
        ),
    ],
)
def test_a_programme_the_plan_does_not_carry_out_is_not_read(general: str, programme: str) -> None:
    assert programme not in _programmes(general)


def test_the_guiding_sections_programme_belongs_to_no_task() -> None:
    doc, _ = extracted(f"{TITLE}一、指导思想\n坚持创新引领，努力创建国家知识产权强县建设示范县。\n{TASKS}")
    mentions = [p for p in doc.programs if p.program_id == "strong_region_pilots"]
    assert len(mentions) == 1
    assert mentions[0].task_id is None
    assert mentions[0].goal_id is None
