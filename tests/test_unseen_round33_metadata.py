"""Round 33: a plan's issuer named on the line below its title.

What was read wrong before: 鸡西市2024年知识产权工作要点 ↵ 鸡西市市场监督管理局 ↵ … ↵ 2024年2月20日 named no issuer
when the date stood far from that line (a plan of more than one chapter): only lines right above the date,
a red header above the title or the X of X关于… were read. A line of body names alone right below the title
(past a bracketed subtitle) names the issuer, as a signature does.
"""

from __future__ import annotations

import pytest

from tests.plans import extracted

BODY = "\n一、工作目标\n加强知识产权管理。\n二、重点任务\n（一）推进专利导航。（牵头单位：市科技局）\n\n2024年2月20日\n"


@pytest.mark.parametrize(
    ("below", "issuers"),
    [
        ("鸡西市市场监督管理局\n", ["鸡西市市场监督管理局"]),
        ("（2024年）\n鸡西市市场监督管理局\n", ["鸡西市市场监督管理局"]),
        ("鸡西市市场监督管理局  鸡西市科学技术局\n", ["鸡西市市场监督管理局", "鸡西市科学技术局"]),
    ],
)
def test_bodies_on_the_line_below_the_title(below: str, issuers: list[str]) -> None:
    doc, _ = extracted("鸡西市2024年知识产权工作要点\n" + below + BODY)
    assert [i.name for i in doc.plan.issuers] == issuers


@pytest.mark.parametrize(
    "below",
    ["为加快知识产权强市建设，制定本要点。\n", "鸡市监发〔2024〕3号\n", "一、工作目标\n"],
)
def test_other_lines_below_the_title_name_no_issuer(below: str) -> None:
    doc, _ = extracted("鸡西市2024年知识产权工作要点\n" + below + BODY)
    assert doc.plan.issuers == []


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_an_undated_signature_closing_the_text(gap: str) -> None:
    """What was read wrong before: a plan closing with its issuer's name alone and no date (…抓好落实。 ↵
    湄潭县人民政府) named no issuer, and with none in its title no region: a line of body names alone closing
    the text, after a sentence's end or a blank line, signs it."""
    doc, _ = extracted(
        "关于进一步加强知识产权工作的实施意见\n一、重点任务\n1.加强专利导航。各部门要抓好落实。"
        + gap
        + "湄潭县人民政府\n"
    )
    assert [i.name for i in doc.plan.issuers] == ["湄潭县人民政府"]
    assert doc.plan.region is not None
    assert doc.plan.region.name == "湄潭县"


def test_a_last_line_of_units_in_a_sentence_signs_nothing() -> None:
    doc, _ = extracted(
        "关于进一步加强知识产权工作的实施意见\n一、重点任务\n1.加强专利导航。责任单位：\n县科技局\n"
    )
    assert doc.plan.issuers == []
