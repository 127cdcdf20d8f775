"""Round 16: role wording the earlier rounds did not show, in task paragraphs of a county 工作要点 (.txt).

- 主要责任单位：A；次要责任单位：B — B was dropped (次要责任单位 was no label); so were 协作单位 and 主要责任部门.
- （A主抓，B协助） and （A牵头抓总，B、C协作） — nothing was read (主抓, 牵头抓总 and 协作 were no role words).
- 各有关部门要加强沟通配合 / 各成员单位要加强协作 — an exhortation was read as a role clause whose "name" was
  各有关部门要加强沟通 (support); the collective is now the sentence's subject (implicit, prose), as
  各部门要抓好落实 already was.
"""

from __future__ import annotations

import pytest

from tests.plans import extracted, named_units

HEAD = "某某县2024年知识产权工作要点\n为加快推进知识产权强县建设，结合我县实际，制定本要点。\n一、强化知识产权运用\n"


def _units(body: str) -> list[tuple[str, str, str]]:
    doc, _ = extracted(HEAD + "（一）开展产业专利导航。" + body + "\n")
    return [unit for units in named_units(doc).values() for unit in units]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "主要责任单位：县市场监管局；次要责任单位：县科技局。",
            [("县市场监管局", "lead", "annotation"), ("县科技局", "support", "annotation")],
        ),
        (
            "（协作单位：县科技局；主要责任部门：县市场监管局）",
            [("县科技局", "support", "annotation"), ("县市场监管局", "lead", "annotation")],
        ),
        (
            "（县市场监管局主抓，县科技局协助）",
            [("县市场监管局", "lead", "annotation"), ("县科技局", "support", "annotation")],
        ),
        (
            "（县市场监管局牵头抓总，县科技局、县财政局协作）",
            [
                ("县市场监管局", "lead", "annotation"),
                ("县科技局", "support", "annotation"),
                ("县财政局", "support", "annotation"),
            ],
        ),
    ],
)
def test_role_words_and_labels(body: str, expected: list[tuple[str, str, str]]) -> None:
    assert _units(body) == expected


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        ("各有关部门要加强沟通配合。", "各有关部门"),
        ("各成员单位要加强协作。", "各成员单位"),
        ("各部门要加强配合。", "各部门"),
        ("县直各部门要切实加强协调配合，形成工作合力。", "县直各部门"),
    ],
)
def test_exhortation_to_work_together_is_no_role_clause(body: str, subject: str) -> None:
    assert _units(body) == [(subject, "implicit", "prose")]


def test_helper_named_with_an_adverb_still_supports() -> None:
    assert _units("县市场监管局牵头，县科技局积极配合。") == [
        ("县市场监管局", "lead", "annotation"),
        ("县科技局", "support", "annotation"),
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("——县市场监管局", [("县市场监管局", "sole", "annotation")]),
        (
            "—县市场监管局、县科技局",
            [("县市场监管局", "joint", "annotation"), ("县科技局", "joint", "annotation")],
        ),
        ("--县市场监管局牵头", [("县市场监管局", "lead", "annotation")]),
    ],
)
def test_units_set_off_by_a_dash(body: str, expected: list[tuple[str, str, str]]) -> None:
    """A task closed by its units after a dash (…。——县市场监管局): the dash is no part of the name (before,
    ——县市场监管局 was a body of its own, of no type)."""
    assert _units(body) == expected
