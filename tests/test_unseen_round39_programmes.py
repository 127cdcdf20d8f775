"""Round 39: a zone's scheme asks its firms to register their marks abroad without naming the system
(引导企业开展商标国际注册). Before, only the Madrid and Hague systems named the programme of international
registration (马德里商标国际注册, 海牙体系); the registration written bare, of marks or of designs, was none, and so was
马德里国际商标注册 (国际 before 商标), as 66 of the 334 plans the round's identity check reads write it in
their goals (马德里国际商标注册量累计达19件)."""

from __future__ import annotations

import pytest

from tests.plans import extracted

PLAN = "某区知识产权工作要点\n一、重点任务\n（一）加强品牌建设。{words}（责任单位：区市场监管局）\n"


def _programmes(words: str) -> set[str]:
    doc, _ = extracted(PLAN.format(words=words), "plan.txt")
    return {p.program_id for p in doc.programs}


@pytest.mark.parametrize(
    "words",
    [
        "引导企业开展商标国际注册。",
        "支持外贸企业办理外观设计国际注册。",
        "鼓励出口企业开展国际商标注册，拓展海外市场。",
        "对企业商标的国际注册给予资助。",
        "推动企业通过马德里体系申请商标国际注册。",
        # the Madrid system's registration with the words the other way round (国际商标 after 马德里)
        "马德里国际商标注册量累计达到20件。",
    ],
)
def test_international_registration_named_bare(words: str) -> None:
    assert "international_registration" in _programmes(words)


@pytest.mark.parametrize("words", ["开展商标注册便利化改革。", "推动企业开展国际标准制定。"])
def test_other_registrations_are_not_it(words: str) -> None:
    assert "international_registration" not in _programmes(words)
