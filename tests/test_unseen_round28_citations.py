"""Round 28: cited documents' issuers signed jointly with a space, and guides and lists as policy documents.

What was read wrong before:

- issuers written side by side with a space, as a joint document's signature is (中共中央办公厅 国务院办公厅
  《关于强化知识产权保护的意见》, 省委办公厅　省政府办公厅《…》 with an ideographic space): only the last was
  the issuer, as if the first were no part of the citation;
- a guide, a set of guidelines, a list or a catalogue cited by its title (《商标审查审理指南》,
  《企业知识产权合规工作指引》, 《市场准入负面清单》, 《产业结构调整指导目录》) was of no known kind.

A space after a word that is no body (按照 国务院《…》) still joins nothing.
"""

from __future__ import annotations

import pytest

from tests.plans import extracted


def _cited(lead_in: str) -> list[tuple[str | None, str | None, str]]:
    doc, _ = extracted(
        "某县2024年知识产权工作要点\n为贯彻落实" + lead_in + "精神，制定本要点。\n"
        "一、重点任务\n（一）开展知识产权培训。（责任单位：县市场监管局）\n"
    )
    return [(c.issuer, c.title, c.kind) for c in doc.citations]


@pytest.mark.parametrize(
    ("issuers", "separator"),
    [
        ("中共中央办公厅{}国务院办公厅", " "),
        ("中共中央办公厅{}国务院办公厅", "\u3000"),
        ("中共中央办公厅{}国务院办公厅", "  "),
        ("省委办公厅{}省政府办公厅", " "),
        ("国家知识产权局{}国家市场监督管理总局", " "),
        ("县委{}县政府{}县人大常委会", "\u3000"),
    ],
)
def test_issuers_signed_side_by_side_with_a_space(issuers: str, separator: str) -> None:
    issuer = issuers.format(*[separator] * issuers.count("{}"))
    assert _cited(issuer + "《关于强化知识产权保护的意见》") == [
        (issuer, "关于强化知识产权保护的意见", "policy")
    ]


def test_a_space_after_a_word_that_is_no_body_joins_nothing() -> None:
    assert _cited("按照 国务院办公厅《关于强化知识产权保护的意见》") == [
        ("国务院办公厅", "关于强化知识产权保护的意见", "policy")
    ]


@pytest.mark.parametrize(
    "title", ["商标审查审理指南", "企业知识产权合规工作指引", "市场准入负面清单", "产业结构调整指导目录"]
)
def test_guides_and_lists_are_policy_documents(title: str) -> None:
    assert _cited(f"《{title}》") == [(None, title, "policy")]
