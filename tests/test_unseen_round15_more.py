"""Round 15, more plans the corpus does not show, written for the tests.

A county 工作要点 (.txt) whose tasks close with 'A要配合B做好…' and 'A应配合B开展…': the bodies after 配合
carry the work (lead) and those before it, closed by a modal, help them (support); before, the modal kept the
words before 配合 from reading as bodies and they were dropped.

A goal paragraph giving a share in tenths with a digit (3成以上) as others give 三成以上: 30 %.
"""

from __future__ import annotations

from tests.plans import extracted, named_units

PLAN = """某某县2025年知识产权工作要点
为加快推进知识产权强县建设，结合我县实际，制定本要点。
一、加强知识产权宣传
（一）开展知识产权宣传周活动。县市场监管局要配合县委宣传部做好宣传工作。
（二）推进知识产权纠纷调解。县司法局应配合县人民法院开展诉调对接工作。
"""


def _roles() -> set[tuple[str, str]]:
    doc, _ = extracted(PLAN.encode("utf-8"), "plan.txt")
    return {(s, role) for units in named_units(doc).values() for s, role, _ in units}


def test_modal_before_support_word_keeps_helpers() -> None:
    roles = _roles()
    assert ("县委宣传部", "lead") in roles
    assert ("县市场监管局", "support") in roles
    assert ("县人民法院", "lead") in roles
    assert ("县司法局", "support") in roles


TENTHS = """某某县2025年知识产权工作要点
为加快推进知识产权强县建设，结合我县实际，制定本要点。
一、工作目标
到2025年，全县专利转化实施率达到3成以上，高价值专利占比提高三成以上。
"""


def test_share_in_tenths_written_with_a_digit() -> None:
    """3成 is 30 % as 三成 is (a plan may write the count in digits)."""
    doc, _ = extracted(TENTHS.encode("utf-8"), "plan.txt")
    got = {(t.indicator, t.value, t.unit, t.comparator) for t in doc.targets}
    assert ("专利转化实施率", 30.0, "%", ">=") in got
    assert ("高价值专利占比", 30.0, "%", ">=") in got
