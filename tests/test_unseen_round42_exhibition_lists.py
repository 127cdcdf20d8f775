"""Round 42: protection at trade fairs written with the fair first of a list of places (加强展会、电商平台等
领域知识产权保护), as a Shanxi city's scheme exported from Word puts it.

The fair was found with a few words of where or what between it and IP's protection (展会期间…知识产权保护,
博览会现场设置知识产权服务站), never across the 、 of a list, so the programme was lost when the fair opened
one. Now programs.yaml reads up to four places after the fair, each a few words, closed by 等 and where
(领域, 重点领域的, 场所), before IP's protection, enforcement or disputes; a list closed by other work and a
comma (举办展会、论坛等活动，加强知识产权保护) is still no mention."""

from __future__ import annotations

import pytest

from tests.plans import extracted

TITLE = (
    "某市知识产权强市建设实施方案（2024—2026年）\n\n为加快知识产权强市建设，制定本方案。\n\n二、重点任务\n"
)


def _programmes(task: str) -> set[str]:
    doc, _ = extracted(f"{TITLE}（一）强化知识产权保护。{task}市市场监管局负责。\n")
    return {p.program_id for p in doc.programs}


@pytest.mark.parametrize(
    "task",
    [
        "深入开展专项执法，加强展会、电商平台等领域知识产权保护。",
        "强化展会和专业市场等重点领域的知识产权执法。",
        "加大博览会、交易会、商品集散地等场所知识产权侵权查处力度。",
        "做好展销会及农村集贸市场等知识产权纠纷处置工作。",
        "围绕会展、跨境电商、物流寄递等环节加强知识产权保护。",
        "加强电商平台、展会等重点领域知识产权保护。",
    ],
)
def test_a_fair_opening_a_list_of_places_is_protection_at_fairs(task: str) -> None:
    assert "exhibition_protection" in _programmes(task)


@pytest.mark.parametrize(
    "task",
    [
        "举办展会、论坛等活动，加强知识产权保护。",
        "组织企业参加展会、路演等推介活动，展示知识产权成果。",
        "利用展会、媒体等渠道宣传知识产权政策。",
    ],
)
def test_a_list_closed_by_other_work_is_no_fair_protection(task: str) -> None:
    assert "exhibition_protection" not in _programmes(task)
