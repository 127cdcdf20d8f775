"""Round 34: programmes written in common variants the vocabulary missed.

What was read wrong before: 国家知识产权示范、优势企业 (both kinds named at once: 示范和优势企业, 示范/优势企业),
知识产权服务业聚集区 and 知识产权服务集聚区, 知识产权被侵权损失保险 (被侵权损失险) and 知识产权抵押贷款 named no
programme (programs.yaml).
"""

from __future__ import annotations

import pytest

from tests.plans import extracted

HEAD = "万年县知识产权强县建设工作方案（2024—2026年）\n一、重点任务\n（一）加强运用。"


@pytest.mark.parametrize(
    ("sentence", "program", "quote"),
    [
        ("每年推荐申报国家知识产权示范、优势企业2家。", "advantage_enterprises", "知识产权示范、优势企业"),
        ("培育国家知识产权示范和优势企业。", "advantage_enterprises", "知识产权示范和优势企业"),
        ("培育国家知识产权示范/优势企业。", "advantage_enterprises", "知识产权示范/优势企业"),
        ("建设知识产权服务业聚集区。", "ip_service_cluster", "知识产权服务业聚集区"),
        ("建设知识产权服务集聚区。", "ip_service_cluster", "知识产权服务集聚区"),
        ("推广专利被侵权损失保险。", "ip_insurance", "被侵权损失保险"),
        ("推广专利被侵权损失险。", "ip_insurance", "被侵权损失险"),
        ("推动银行开展知识产权抵押贷款。", "pledge_financing", "知识产权抵押贷款"),
        ("探索专利权抵押融资。", "pledge_financing", "专利权抵押融资"),
    ],
)
def test_the_programme_is_named(sentence: str, program: str, quote: str) -> None:
    doc, _ = extracted(HEAD + sentence + "\n")
    assert [(m.program_id, m.quote) for m in doc.programs] == [(program, quote)]


@pytest.mark.parametrize("sentence", ["推动银行开展土地抵押贷款。", "支持示范企业和优势企业发展。"])
def test_other_loans_and_firms_are_none(sentence: str) -> None:
    doc, _ = extracted(HEAD + sentence + "\n")
    assert doc.programs == []
