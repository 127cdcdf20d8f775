"""Round 34: citations as plans of 江西, 黑龙江, 吉林 and 天津 write them.

What was read wrong before:

- 国务院关于印发《“十四五”国家知识产权保护和运用规划》的通知（国发〔2021〕20号） gave two citations: the title
  with no number nor issuer, and the number alone; the notice's number is the one the title was issued under;
- titles written with no marks after a department or an office (按照国家知识产权局办公室关于做好…的通知要求,
  省知识产权局关于…, 国务院办公厅关于…, 省政府办公厅关于…) were no citation: only governments and party committees
  were read as such issuers (citations.yaml unmarked_titles); a span of years in brackets inside such a title
  (…专项行动方案（2023—2025年）的通知) ended it before the bracket;
- 《中共中央、国务院关于强化知识产权保护的意见》 named no issuer (two joined by 、), and both it and 《中共中央办公厅
  国务院办公厅关于强化知识产权保护的意见》 took a key of their own title, not the known document's
  (doc:中办发〔2019〕56号);
- 黑政办规〔2022〕15号 and 津政办规〔2023〕2号 (normative documents) named no issuer, 赣府厅字〔2023〕12号 the
  province's government, not its general office (citations.yaml number_prefixes);
- 修订完善《某县专利奖励暂行办法》 cited the rules the plan revises: it publishes them;
- an international standard's number after its title (《创新管理 知识产权管理指南》（ISO 56005）, ISO/IEC
  27001:2013) was no number: the title was a policy of no number.
"""

from __future__ import annotations

import pytest

from tests.plans import extracted

HEAD = (
    "万年县知识产权工作方案\n\n{lead}\n\n一、重点任务\n    （一）开展专利导航。（责任单位：县市场监管局）\n"
)


def _cited(lead: str) -> list[tuple[str | None, str | None, str | None, str]]:
    doc, _ = extracted(HEAD.format(lead=lead))
    return [(c.title, c.doc_number, c.issuer, c.relation) for c in doc.citations]


def test_a_notices_number_after_the_title_it_issues_is_the_titles() -> None:
    assert _cited(
        "为落实国务院关于印发《“十四五”国家知识产权保护和运用规划》的通知（国发〔2021〕20号）和国家知识产权局办公室"
        "关于印发《知识产权强县建设评价指标体系》的通知（国知办发运字〔2023〕11号）精神，制定本方案。"
    ) == [
        ("“十四五”国家知识产权保护和运用规划", "国发〔2021〕20号", "国务院", "cites"),
        ("知识产权强县建设评价指标体系", "国知办发运字〔2023〕11号", "国家知识产权局办公室", "cites"),
    ]


@pytest.mark.parametrize(
    ("lead", "title", "issuer"),
    [
        (
            "按照国家知识产权局办公室关于做好2024年知识产权强县建设工作的通知要求，制定本方案。",
            "关于做好2024年知识产权强县建设工作的通知",
            "国家知识产权局办公室",
        ),
        (
            "按照省知识产权局关于开展知识产权强县建设工作的通知要求，制定本方案。",
            "关于开展知识产权强县建设工作的通知",
            "省知识产权局",
        ),
        (
            "根据省政府办公厅关于进一步加强知识产权工作的意见精神，制定本方案。",
            "关于进一步加强知识产权工作的意见",
            "省政府办公厅",
        ),
        (
            "为贯彻落实国务院办公厅关于印发专利转化运用专项行动方案（2023—2025年）的通知精神，制定本方案。",
            # (round 35) the notice issuing a document cites the document, as 关于印发《X》的通知 does
            "专利转化运用专项行动方案（2023—2025年）",
            "国务院办公厅",
        ),
    ],
)
def test_a_title_with_no_marks_after_a_department_or_an_office(lead: str, title: str, issuer: str) -> None:
    assert [(c[0], c[2]) for c in _cited(lead)] == [(title, issuer)]


def test_an_unmarked_titles_number_in_brackets_is_its_own() -> None:
    assert _cited(
        "为贯彻落实国务院办公厅关于印发专利转化运用专项行动方案（2023—2025年）的通知（国办发〔2023〕37号）精神，"
        "制定本方案。"
    ) == [
        (
            "专利转化运用专项行动方案（2023—2025年）",  # (round 35) the document the notice issues
            "国办发〔2023〕37号",
            "国务院办公厅",
            "cites",
        )
    ]


def test_issuers_written_in_a_title_name_the_known_document() -> None:
    doc, _ = extracted(
        HEAD.format(
            lead="为深入贯彻《中共中央办公厅 国务院办公厅关于强化知识产权保护的意见》和《中共中央、国务院关于强化"
            "知识产权保护的意见》，制定本方案。"
        )
    )
    assert [(c.key, c.issuer) for c in doc.citations] == [
        (
            "doc:中办发〔2019〕56号",
            "中共中央办公厅、国务院办公厅",
        ),  # (round 35) two bodies, set apart by a space
        ("doc:中办发〔2019〕56号", "中共中央、国务院"),
    ]


@pytest.mark.parametrize(
    ("number", "issuer"),
    [
        ("黑政办规〔2022〕15号", "黑龙江省人民政府办公厅"),
        ("津政办规〔2023〕2号", "天津市人民政府办公厅"),
        ("赣府厅字〔2023〕12号", "江西省人民政府办公厅"),
    ],
)
def test_the_prefix_of_a_normative_documents_number_names_its_issuer(number: str, issuer: str) -> None:
    assert _cited(f"按照{number}文件精神，制定本方案。") == [(None, number, issuer, "cites")]


def test_revising_rules_publishes_them() -> None:
    assert _cited("修订完善《万年县专利奖励暂行办法》。")[0][3] == "publishes"


@pytest.mark.parametrize(
    ("written", "number"),
    [
        ("ISO 56005", "ISO 56005"),
        ("ISO/IEC 27001:2013", "ISO/IEC 27001:2013"),
        ("ISO 9001-2015", "ISO 9001:2015"),
    ],
)
def test_an_international_standards_number(written: str, number: str) -> None:
    assert _cited(f"鼓励企业按照《创新管理 知识产权管理指南》（{written}）开展对标。")[0][1] == number
    doc, _ = extracted(HEAD.format(lead=f"鼓励企业按照《创新管理 知识产权管理指南》（{written}）开展对标。"))
    assert doc.citations[0].kind == "standard"
