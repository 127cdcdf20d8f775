"""Round 39: a county-level city's task list put up as a web page opens with its record on one line,
labelled as the issuing body's own office writes it: 发文单位：XX办公室　文号：XX〔2025〕2号　发布日期：….

发文单位 (like 发布单位, 印发单位, 制发机关) was no field label, so the line was no record: the plan had no
number, date or issuer, and its own number was read as a document it cited. Now each is a label naming the
issuing body (document_types.yaml, masthead labels), read as 发文机关 is."""

from __future__ import annotations

import pytest

from tests.plans import extracted

BODY = "<p>一、加强专利创造。市科技局负责。</p><p>二、强化商标品牌培育。市市场监管局负责。</p>"


@pytest.mark.parametrize(
    "record",
    [
        "发文单位：瑞安市知识产权工作领导小组办公室　　文号：瑞知领办〔2025〕2号　　发布日期：2025-03-18",
        "文号：瑞知领办〔2025〕2号　发布单位：瑞安市知识产权工作领导小组办公室　成文日期：2025年3月18日",
        "印发单位：瑞安市知识产权工作领导小组办公室 | 发文字号：瑞知领办〔2025〕2号 | 印发日期：2025-03-18",
        "制发机关：瑞安市知识产权工作领导小组办公室　　发文字号：瑞知领办〔2025〕2号　　发文日期：2025-03-18",
    ],
)
def test_an_issuing_bodys_label_on_a_pages_record_gives_the_plans_head(record: str) -> None:
    page = f"<html><body><h2>瑞安市2025年知识产权强市建设工作任务清单</h2><p>{record}</p>{BODY}</body></html>"
    doc, _ = extracted(page, "plan.html")
    assert doc.plan.doc_number == "瑞知领办〔2025〕2号"
    assert doc.plan.date == "2025-03-18"
    assert [i.name for i in doc.plan.issuers] == ["瑞安市知识产权工作领导小组办公室"]
    assert not [c for c in doc.citations if c.doc_number == "瑞知领办〔2025〕2号"]
