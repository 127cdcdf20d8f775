"""Partners named in prose: 'A会同B、C开展…', 'A要会同B…', 'A联合B每年开展…' oblige A as lead and B, C as
support (partner_words in roles.yaml), in the task the sentence stands in. Written for the tests."""

from __future__ import annotations

import pytest

from policykg.extract.obligations import find_prose_obligations
from tests.plans import extracted

PLAN = """某某县知识产权强县建设工作方案
一、重点任务
（一）加强行政执法。县市场监管局会同县公安局、县检察院开展联合执法行动。
（二）强化司法保护。县市场监管局要会同县人民法院建立诉调对接机制。
（三）推进专利导航。县科技局联合县工信局每年开展专利导航项目2项。
（四）做好宣传。县委宣传部会同有关部门开展知识产权宣传周活动。
（五）加强协作。县市场监管局会同有关方面研究制定工作规则。
（六）开展执法。县市场监管局联合执法，查处侵权假冒案件。
（七）加强协同。县科技局联合县财政局，每年评选知识产权示范企业。
"""


def _roles(text: str) -> dict[str, list[tuple[str, str, str]]]:
    doc, _ = extracted(text)
    return {
        t.path: [(r.agency.surface, r.role, r.basis) for r in t.responsibilities]
        for t in doc.tasks
        if t.responsibilities
    }


def test_partners_after_the_subject_support_it() -> None:
    roles = _roles(PLAN)
    assert roles["一.(一)"] == [
        ("县市场监管局", "lead", "prose"),
        ("县公安局", "support", "prose"),
        ("县检察院", "support", "prose"),
    ]
    assert roles["一.(二)"] == [("县市场监管局", "lead", "prose"), ("县人民法院", "support", "prose")]
    assert roles["一.(三)"] == [("县科技局", "lead", "prose"), ("县工信局", "support", "prose")]
    assert roles["一.(四)"] == [("县委宣传部", "lead", "prose"), ("有关部门", "support", "prose")]
    assert roles["一.(七)"] == [("县科技局", "lead", "prose"), ("县财政局", "support", "prose")]


def test_no_partners_without_bodies_after_the_word() -> None:
    roles = _roles(PLAN)
    assert roles["一.(五)"] == [("县市场监管局", "implicit", "prose")]  # 会同有关方面: no body
    assert roles["一.(六)"] == [("县市场监管局", "implicit", "prose")]  # 联合执法: an adjective


@pytest.mark.parametrize(
    ("sentence", "subject", "partners"),
    [
        ("区科技局牵头会同区财政局制定扶持办法。", ["区科技局"], ["区财政局"]),
        (
            "区市场监管局应会同区公安分局和区检察院开展专项行动。",
            ["区市场监管局"],
            ["区公安分局", "区检察院"],
        ),
        ("区市场监管局和区科技局协同区工信局开展培训。", ["区市场监管局", "区科技局"], ["区工信局"]),
        ("区市场监管局负责开展贯标工作。", ["区市场监管局"], []),
    ],
)
def test_partner_spans_quote_the_text(sentence: str, subject: list[str], partners: list[str]) -> None:
    (ob,) = find_prose_obligations(sentence, 0, len(sentence))
    assert [sentence[s:e] for s, e in ob.mentions] == subject
    assert [sentence[s:e] for s, e in ob.partners] == partners
