"""A page's record of the document printed at its foot, after a long article (a table 索引号 | … | 文号 | 海政办发
〔2025〕12号, or record lines 发文字号：…), gives the plan's number when its head gives none, as its date and
publisher were read there already. Only a line of fields under a number's label counts: a sentence citing a
document by its number does not."""

from __future__ import annotations

import pytest

from tests.plans import extracted

ARTICLE = (
    "<h1>关于印发海安市2025年知识产权工作要点的通知</h1><div class='content'>"
    "<p>各区镇人民政府，市各有关部门：</p><p>现将《海安市2025年知识产权工作要点》印发给你们，请认真贯彻落实。</p>"
    "<p>海安市2025年知识产权工作要点</p><p>一、重点任务</p>"
    + "".join(
        f"<p>（{n}）加强专利导航。围绕重点产业开展专利导航项目，服务企业创新发展。（责任单位：市市场监管局）</p>"
        for n in range(1, 61)
    )
    + "</div>"
)


def _record(rows: list[list[str]]) -> str:
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table class='info'>{cells}</table>"


@pytest.mark.parametrize("label", ["文号", "发文字号", "文件编号", "文　号"])
@pytest.mark.parametrize("beside", [["时效", "有效"], ["分类", "科技"], ["成文日期", "2025-03-12"]])
def test_a_record_table_after_the_article_gives_the_number(label: str, beside: list[str]) -> None:
    rows = [
        ["索引号", "014087153/2025-00123"],
        ["发布机构", "海安市人民政府办公室"],
        [label, "海政办发〔2025〕12号", *beside],
    ]
    doc, _ = extracted(f"<html><body>{ARTICLE}{_record(rows)}</body></html>", name="plan.html")
    assert doc.plan.doc_number == "海政办发〔2025〕12号"


def test_record_lines_at_the_end_of_a_text_give_it_too() -> None:
    text = (
        "海安市2025年知识产权工作要点\n\n一、重点任务\n（一）加强专利导航。开展专利导航项目3项。\n\n"
        "发文机关：海安市人民政府办公室\n发文字号：海政办发〔2025〕12号　　成文日期：2025年3月12日\n"
    )
    doc, _ = extracted(text)
    assert doc.plan.doc_number == "海政办发〔2025〕12号"


def test_the_head_s_number_comes_first() -> None:
    rows = [["文号", "海政办发〔2025〕99号"]]
    head = "<p>海政办发〔2025〕12号</p>"
    doc, _ = extracted(f"<html><body>{head}{ARTICLE}{_record(rows)}</body></html>", name="plan.html")
    assert doc.plan.doc_number == "海政办发〔2025〕12号"


@pytest.mark.parametrize(
    "closing",
    [
        "（二）落实政策。按照文号为苏政办发〔2024〕3号的文件要求落实奖补。\n",
        "（二）落实政策。落实《关于加强知识产权保护的意见》（文号：苏政办发〔2024〕3号）要求。\n",
    ],
)
def test_a_number_a_sentence_cites_is_not_the_plan_s(closing: str) -> None:
    text = (
        "海安市2025年知识产权工作要点\n\n一、重点任务\n（一）加强专利导航。开展专利导航项目3项。\n" + closing
    )
    doc, _ = extracted(text)
    assert doc.plan.doc_number is None
