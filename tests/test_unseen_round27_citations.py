"""Round 27: issuers of cited documents shortened to 办, as plans of many provinces write them.

What was read wrong before:

- an office written short before the title it issued (中办、国办《关于强化知识产权保护的意见》, 两办《…》,
  县委办、县政府办《…》, 市金融办《…》) gave the citation no issuer: only bodies ending in 院, 委, 局, 厅, 部, 政府,
  办公室 … were; an office shortened to 办 after the word of its body is one now, a verb ending in 办 (举办,
  承办, 督办) never.
"""

from __future__ import annotations

import pytest

from tests.plans import extracted


def _cited(lead_in: str) -> list[tuple[str | None, str | None]]:
    doc, _ = extracted(
        "某县2024年知识产权工作要点\n为贯彻落实" + lead_in + "精神，制定本要点。\n"
        "一、重点任务\n（一）开展知识产权培训。（责任单位：县市场监管局）\n"
    )
    return [(c.issuer, c.title) for c in doc.citations]


@pytest.mark.parametrize(
    ("lead_in", "issuer"),
    [
        ("中办、国办《关于强化知识产权保护的意见》", "中办、国办"),
        ("两办《关于强化知识产权保护的意见》", "两办"),
        ("县委办、县政府办《关于强化知识产权保护的意见》", "县委办、县政府办"),
        ("市金融办《关于强化知识产权保护的意见》", "市金融办"),
        ("省网信办《关于强化知识产权保护的意见》", "省网信办"),
    ],
)
def test_an_office_shortened_to_ban_issues_the_title(lead_in: str, issuer: str) -> None:
    assert _cited(lead_in) == [(issuer, "关于强化知识产权保护的意见")]


@pytest.mark.parametrize("verb", ["举办", "承办", "督办", "主办", "协办"])
def test_a_verb_ending_in_ban_is_no_issuer(verb: str) -> None:
    assert _cited(f"{verb}《关于强化知识产权保护的意见》") == [(None, "关于强化知识产权保护的意见")]
