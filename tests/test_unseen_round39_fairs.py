"""Round 39: a Xinjiang prefecture's work points set up complaint desks at its fairs
(在中国·阿克苏苹果节等展会期间设立知识产权投诉站点). Before, the programme of IP protection at fairs was read only
where 知识产权 stands right after 展会 (展会知识产权保护, 展会期间的知识产权); a few words of where or what
between the fair and the protection (设立, 现场设置, 活动中的) hid it, and fairs named otherwise (博览会, 交易会,
会展) were none."""

from __future__ import annotations

import pytest

from tests.plans import extracted

PLAN = "某地区知识产权工作要点\n一、重点任务\n（一）加强展会保护。{words}（责任单位：地区市场监管局）\n"


def _programmes(words: str) -> set[str]:
    doc, _ = extracted(PLAN.format(words=words), "plan.txt")
    return {p.program_id for p in doc.programs}


@pytest.mark.parametrize(
    "words",
    [
        "在中国·阿克苏苹果节等展会期间设立知识产权投诉站点。",
        "在亚欧博览会现场设置知识产权服务站，受理侵权投诉。",
        "加强会展活动中的知识产权保护。",
        "对重点展会派驻知识产权执法人员。",
        "在农产品交易会期间开展知识产权维权服务。",
        # the older wording still reads
        "加强展会知识产权保护。",
    ],
)
def test_fair_protection_with_words_between(words: str) -> None:
    assert "exhibition_protection" in _programmes(words)


@pytest.mark.parametrize(
    "words",
    [
        "组织企业参加展会，推动知识产权成果转化。",
        "在博览会上展示知识产权成果。",
        "发展会展经济，培育知识产权服务业。",
    ],
)
def test_fairs_without_protection_are_not_it(words: str) -> None:
    assert "exhibition_protection" not in _programmes(words)
