"""Round 44: the administrative decision on IP disputes named after another way of settling them, the two
sharing the disputes' words (加强知识产权纠纷人民调解和行政裁决工作), where the vocabulary knew the decision only
right after its disputes (专利侵权纠纷行政裁决). The patterns of administrative_adjudication (programs.yaml) now
read 调解, 调处 or 仲裁 (one or more, parted by 、) then 和, 与, 及 or 、 before 行政裁决 after the IP disputes;
the same words after other disputes (土地权属纠纷, 劳动争议) are no such programme."""

from __future__ import annotations

import pytest

from tests.plans import extracted

HEAD = "某市知识产权工作要点\n\n一、重点任务\n（一）健全纠纷化解机制。"
TAIL = "（市市场监管局负责）\n"


def _programmes(words: str) -> set[str]:
    doc, _ = extracted(HEAD + words + TAIL)
    return {p.program_id for p in doc.programs}


@pytest.mark.parametrize(
    "words",
    [
        "加强知识产权纠纷人民调解和行政裁决工作，新设调解组织3家。",
        "推进专利侵权纠纷调解与行政裁决衔接。",
        "完善知识产权纠纷行政调解、仲裁和行政裁决机制。",
        "规范专利纠纷调处及行政裁决程序。",
        "健全知识产权侵权纠纷的调解、行政裁决工作体系。",
    ],
)
def test_decision_after_another_settlement(words: str) -> None:
    assert "administrative_adjudication" in _programmes(words)


@pytest.mark.parametrize(
    "words",
    [
        "做好土地权属纠纷调解和行政裁决工作。",
        "加强劳动争议调解与行政裁决衔接。",
        "加强知识产权纠纷调解，推进诉调对接。",
    ],
)
def test_other_disputes_or_no_decision(words: str) -> None:
    assert "administrative_adjudication" not in _programmes(words)
