"""支持 alone after a name in a list of bodies is a helper's word, as 配合 and 协助 are (…牵头，市公安局支持): the
body lends the work its support, and the word is no part of its name (roles.yaml list_suffixes). Prose never
tries it as a role clause's word: before what it supports (市财政局支持企业…) it is the sentence's verb. Two
readers finding the same body in the same words (商请郴州海关支持: the partner and the helper's word) record it
once."""

from __future__ import annotations

import pytest

from tests.plans import extracted, named_units

HEAD = "某市2025年知识产权工作要点\n\n一、重点任务\n"


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("（责任单位：市市场监管局牵头，市公安局支持）", [("市市场监管局", "lead"), ("市公安局", "support")]),
        (
            "（市市场监管局牵头，市公安局、市司法局支持）",
            [("市市场监管局", "lead"), ("市公安局", "support"), ("市司法局", "support")],
        ),
        ("（牵头单位：市科技局；市财政局支持）", [("市科技局", "lead"), ("市财政局", "support")]),
        ("（市知识产权局负责，市金融局支持）", [("市知识产权局", "lead"), ("市金融局", "support")]),
    ],
)
def test_a_body_lending_its_support_helps_the_lead(note: str, expected: list[tuple[str, str]]) -> None:
    doc, _ = extracted(HEAD + "（一）加强专利保护。开展专项执法行动。" + note + "\n")
    assert [(s, r) for s, r, _ in named_units(doc)["一.(一)"]] == expected


def test_supporting_what_follows_is_the_verb_of_the_sentence() -> None:
    doc, _ = extracted(HEAD + "（一）加强专利保护。市财政局支持企业开展专利导航。\n")
    assert [s for s, _, _ in named_units(doc)["一.(一)"]] == ["市财政局"]


def test_a_body_asked_for_its_support_is_recorded_once() -> None:
    doc, _ = extracted(HEAD + "（一）加强海关保护。县市场监管局负责，商请郴州海关支持。\n")
    assert [(s, r) for s, r, _ in named_units(doc)["一.(一)"]] == [
        ("县市场监管局", "lead"),
        ("郴州海关", "support"),
    ]
