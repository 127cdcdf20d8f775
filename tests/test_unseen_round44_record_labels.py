"""Round 44: a portal page's record table aligning its labels with the spaces HTML entities write (文&emsp;&emsp;号：,
发布&ensp;机构：). The label was read only spaced with ASCII or ideographic spaces, so the plan's own number went
unread and was cited as another document's; any space a line holds may now stand between a label's
characters and before its colon (header_lines._LABEL_GAP)."""

from __future__ import annotations

import pytest

from tests.plans import extracted

PAGE = """<html><head><meta charset="utf-8"><title>通知</title></head><body>
<table class="info">
<tr><td>{number_label}</td><td>黔市监发〔2025〕9号</td><td>成文日期：</td><td>2025-03-10</td></tr>
<tr><td>{issuer_label}</td><td>某省市场监督管理局</td></tr>
</table>
<h1>某省2025年知识产权工作要点</h1>
<div class="TRS_Editor">
<p style="text-indent:2em">一、重点任务</p>
<p style="text-indent:2em">1.加强专利培育。全年发明专利授权量达到500件。（牵头单位：省科技厅）</p>
</div></body></html>"""


@pytest.mark.parametrize(
    "number_label",
    [
        "文&emsp;&emsp;号：",
        "文&ensp;&ensp;号：",
        "文&nbsp;&nbsp;号：",
        "发文字号：",
        "发&emsp;文&emsp;字&emsp;号：",
    ],
)
def test_a_number_label_spaced_by_entities_gives_the_plan_its_number(number_label: str) -> None:
    doc, _ = extracted(PAGE.format(number_label=number_label, issuer_label="发布机构："), "plan.html")
    assert doc.plan.doc_number == "黔市监发〔2025〕9号"
    assert "黔市监发〔2025〕9号" not in [c.doc_number for c in doc.citations]


def test_a_date_label_spaced_by_em_spaces_dates_the_plan() -> None:
    page = PAGE.replace("成文日期：", "成&emsp;文&emsp;日&emsp;期：")
    doc, _ = extracted(page.format(number_label="文号：", issuer_label="发布机构："), "plan.html")
    assert doc.plan.date == "2025-03-10"


def test_a_text_header_line_with_em_spaces_in_its_label() -> None:
    text = "文\u2003\u2003号：黔市监发〔2025〕9号\n某省2025年知识产权工作要点\n一、重点任务\n1.加强专利培育。（牵头单位：省科技厅）\n"
    doc, _ = extracted(text)
    assert doc.plan.doc_number == "黔市监发〔2025〕9号"
