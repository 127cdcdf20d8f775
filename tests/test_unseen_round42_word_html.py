"""Round 42: a plan saved from Word as a web page (.htm): Office namespaces, charset=gb2312 declared over
GB18030 bytes, conditional <xml> blocks, words split over spans, list numbers Word wrote itself inside
<![if !supportLists]> (<span style='mso-list:Ignore'>（一）<span style='font:7.0pt …'>&nbsp;</span></span>),
and an annex task table (<table class=MsoTableGrid>, <p> in its cells, a lead cell spanning two rows).

The loader already read this shape right; these tests hold it with other wordings: the number Word wrote is
the heading's, the <o:p> closers and &nbsp; runs add nothing, the bytes decode whatever the declared charset,
and a 牵头单位 cell spanning two rows leads both tasks."""

from __future__ import annotations

import pytest

from tests.plans import extracted

HEAD = (
    '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"'
    ' xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; '
    'charset=gb2312"><meta name=Generator content="Microsoft Word 15"><!--[if gte mso 9]><xml><o:DocumentProperties>'
    "<o:Author>办公室</o:Author></o:DocumentProperties></xml><![endif]--><style><!-- p.MsoNormal {mso-style-unhide:no;"
    "margin:0cm;} --></style></head><body lang=ZH-CN><div class=WordSection1>"
)


def _p(text: str) -> str:
    half = len(text) // 2
    return (
        f"<p class=MsoNormal><span style='font-family:仿宋_GB2312'>{text[:half]}</span>"
        f"<span lang=EN-US style='font-family:仿宋_GB2312'>{text[half:]}</span><o:p></o:p></p>"
    )


def _listed(number: str) -> str:
    return (
        "<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span>"
        f"<span style='mso-list:Ignore'>{number}<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;</span>"
        "</span></span><![endif]><b><span style='font-family:黑体'>强化知识产权保护</span></b><o:p></o:p></p>"
    )


def _cell(text: str, rowspan: int = 1) -> str:
    span = f" rowspan={rowspan}" if rowspan > 1 else ""
    return f"<td{span} valign=top style='border:solid windowtext 1.0pt'><p class=MsoNormal><span>{text}</span><o:p></o:p></p></td>"


def _plan(number: str, encoding: str) -> bytes:
    rows = "".join(
        f"<tr>{_cell(no)}{_cell(task)}{lead}{_cell(helpers)}</tr>"
        for no, task, lead, helpers in (
            ("1", "加强行政执法", _cell("县市场监管局", 2), "县公安局、县商务局"),
            ("2", "加强展会保护", "", "县商务局"),
            ("3", "加强司法保护", _cell("县人民法院"), "县司法局"),
        )
    )
    body = (
        _p("某县知识产权强县建设工作方案")
        + _p("为加快知识产权强县建设，结合我县实际，制定本方案。")
        + _listed(number)
        + _p("1.加强行政执法。开展专项执法行动。")
        + _p("2.加强展会保护。做好展会期间知识产权保护。")
        + _p("3.加强司法保护。完善审判机制。")
        + _p("附件：重点任务分工表")
        + "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;"
        "mso-yfti-tbllook:1184'>"
        f"<tr>{_cell('序号')}{_cell('重点任务')}{_cell('牵头单位')}{_cell('配合单位')}</tr>{rows}</table>"
    )
    return (HEAD + body + "</div></body></html>").encode(encoding)


@pytest.mark.parametrize("number", ["一、", "（一）", "1."])
@pytest.mark.parametrize("encoding", ["gb18030", "utf-8"])
def test_a_word_web_page_reads_its_numbers_text_and_task_table(number: str, encoding: str) -> None:
    doc, text = extracted(_plan(number, encoding), name="plan.htm")
    assert f"{number}强化知识产权保护" in text.replace("\u00a0", "").replace(" ", "")
    assert "o:p" not in text
    assert "mso" not in text
    named: dict[str, set[tuple[str, str]]] = {}
    for task in doc.tasks:
        for r in task.responsibilities:
            if r.basis != "issuer_default":
                named.setdefault(text[task.span[0] : task.span[1]][:8], set()).add((r.agency.surface, r.role))
    roles = {pair for pairs in named.values() for pair in pairs}
    assert ("县市场监管局", "lead") in roles
    assert ("县人民法院", "lead") in roles
    exhibition = next(pairs for head, pairs in named.items() if "展会" in head)
    assert exhibition == {("县市场监管局", "lead"), ("县商务局", "support")}
