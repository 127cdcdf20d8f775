"""Round 34: an item opening with the role clauses of its units.

What was read wrong before: 4.由县市场监管局牵头，县公安局、县人民检察院、县人民法院配合，开展知识产权保护专项整治行动。
was titled 由县市场监管局牵头: the role clauses opening the sentence name who works, not the work; the title
is the work after them (role_clauses.after_opening_roles).
"""

from __future__ import annotations

import pytest

from tests.plans import extracted


@pytest.mark.parametrize(
    ("item", "title"),
    [
        (
            "4.由县市场监管局牵头，县公安局、县人民检察院、县人民法院配合，开展知识产权保护专项整治行动。",
            "开展知识产权保护专项整治行动",
        ),
        ("4.县市场监管局牵头，县公安局配合，开展知识产权保护专项整治行动。", "开展知识产权保护专项整治行动"),
        ("4.由县科技局负责，组织开展专利导航。", "组织开展专利导航"),
        ("4.开展知识产权保护专项整治行动，县市场监管局牵头，县公安局配合。", "开展知识产权保护专项整治行动"),
    ],
)
def test_role_clauses_opening_an_item_do_not_title_it(item: str, title: str) -> None:
    doc, _ = extracted("某县知识产权工作方案\n\n（三）加强知识产权保护\n" + item + "\n")
    assert [t.title for t in doc.tasks] == [title]
    roles = [(r.agency.surface, r.role) for r in doc.tasks[0].responsibilities]
    assert roles[0][1] == "lead" or roles == [("县科技局", "sole")]


def test_an_item_opening_straight_with_its_clauses_has_no_title_of_its_own() -> None:
    """What was read wrong before: 3.一是推进专利开放许可，…；二是开展专利转化运用，… was titled by its whole first
    sentence, clause labels and all; its words are its clauses, each titled apart."""
    doc, _ = extracted(
        "某县知识产权工作方案\n\n二、重点任务\n3.一是推进专利开放许可，支持高校院所开放专利；二是开展专利转化运用，"
        "推动企业承接。（责任单位：县科技局）\n"
    )
    assert [(t.path, t.title) for t in doc.tasks] == [
        ("二.3", None),
        ("二.3.一是", "推进专利开放许可"),
        ("二.3.二是", "开展专利转化运用"),
    ]
