"""Round 45b: a plan printed after the tail of another document (a gazette's page, a compilation).

A gazette sets its documents one after another, so the page where a plan starts opens with the end of the
document before it: its last paragraph, its signature and date. A Jiangxi city's scheme so printed was given
that date (2024-05-28) for its own, though its cover notice is signed 2024-06-03 below its heading: the
head's first date won. A date standing before the plan's heading, signed, under a paragraph ending a
sentence now closes the other document and is none of the plan's; its signature names no issuer (the red
header reader took it for one when the plan signs nothing). Here other offices and dates, a plan with no
cover notice, and heads whose dates stay the plan's (a record's 成文日期, a masthead's date line).
"""

from __future__ import annotations

import pytest

from tests.plans import extracted

_TAIL = (
    "各县（市、区）人民政府、市直有关部门要高度重视城镇老旧小区改造工作，市住房城乡建设局要会同有关单位"
    "加强督促指导，确保年度改造任务按期完成。\n"
)
_BODY = (
    "一、工作目标\n到2026年，全市有效发明专利拥有量达到5000件。\n"
    "二、重点任务\n（一）加强知识产权保护。完善快速协同保护机制。（责任单位：市市场监管局，市公安局）\n"
)


@pytest.mark.parametrize(
    ("tail_signer", "tail_date", "notice_signer", "notice_date", "iso"),
    [
        ("赣州市人民政府办公室", "2024年5月28日", "赣州市人民政府办公室", "2024年6月3日", "2024-06-03"),
        ("九江市人民政府", "2024年3月1日", "九江市人民政府办公室", "2024年3月12日", "2024-03-12"),
        (
            "吉安市人民政府办公室",
            "二〇二四年四月二日",
            "吉安市人民政府办公室",
            "二〇二四年四月十日",
            "2024-04-10",
        ),
        ("宜春市发展和改革委员会", "2023年12月20日", "宜春市人民政府", "2024年1月5日", "2024-01-05"),
    ],
)
def test_the_cover_notice_dates_the_plan(
    tail_signer: str, tail_date: str, notice_signer: str, notice_date: str, iso: str
) -> None:
    city = notice_signer[:3]
    text = (
        f"{_TAIL}{tail_signer}\n{tail_date}\n（此件主动公开）\n"
        f"{notice_signer}关于印发{city}知识产权强市建设实施方案的通知\n"
        "各县（市、区）人民政府，市政府各部门：\n"
        f"现将《{city}知识产权强市建设实施方案》印发给你们，请认真贯彻执行。\n"
        f"{notice_signer}\n{notice_date}\n"
        f"{city}知识产权强市建设实施方案\n{_BODY}"
    )
    doc, _ = extracted(text)
    assert doc.plan.date == iso
    assert [i.name for i in doc.plan.issuers] == [notice_signer]
    assert doc.plan.title == f"{city}知识产权强市建设实施方案"


def test_a_plan_signed_at_its_end_after_another_documents_tail() -> None:
    text = (
        f"{_TAIL}抚州市人民政府办公室\n2024年5月8日\n"
        f"抚州市知识产权保护工作方案\n{_BODY}抚州市市场监督管理局\n2024年5月20日\n"
    )
    doc, _ = extracted(text)
    assert doc.plan.date == "2024-05-20"
    assert [i.name for i in doc.plan.issuers] == ["抚州市市场监督管理局"]


def test_a_plan_signing_nothing_takes_no_date_from_the_tail() -> None:
    doc, _ = extracted(f"{_TAIL}萍乡市人民政府办公室\n2024年5月8日\n萍乡市知识产权保护工作方案\n{_BODY}")
    assert doc.plan.date is None
    assert doc.plan.issuers == []


@pytest.mark.parametrize(
    ("head", "iso"),
    [
        # a record's date before the title: no sentence before it
        ("索引号：014500-2024-00012\n成文日期：2024年4月2日\n发布机构：新余市人民政府办公室\n", "2024-04-02"),
        # a masthead with its number and date before the title
        ("新余市人民政府办公室文件\n余府办发〔2024〕8号\n2024年4月2日\n", "2024-04-02"),
    ],
)
def test_heads_before_the_title_keep_their_dates(head: str, iso: str) -> None:
    doc, _ = extracted(f"{head}新余市知识产权保护工作方案\n{_BODY}")
    assert doc.plan.date == iso
