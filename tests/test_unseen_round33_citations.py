"""Round 33: citations as plans of 四川 and 新疆 write them.

What was read wrong before:

- 根据《四川省人民政府关于印发〈四川省“十四五”知识产权保护和运用规划〉的通知》（川府发〔2021〕30号，以下简称
  《规划》） defined 《规划》 for the notice, but a later 落实《规划》要求 was a citation of its own titled 规划: a
  short title only named a document it abbreviates, and the notice's title ends in 通知. A short title a 简称 cue
  defines names that document for the rest of the text (citation_titles.resolve_short_titles);
- 为落实昌吉州《知识产权“十四五”规划》部署 named no issuer: a place's name alone right before the title is its
  issuer, as a body's name is (国务院《…》).
"""

from __future__ import annotations

import pytest

from tests.plans import extracted

NOTICE = "四川省人民政府关于印发〈四川省“十四五”知识产权保护和运用规划〉的通知"


def test_a_short_title_defined_for_a_notice_names_it_later() -> None:
    doc, _ = extracted(
        "蓬溪县知识产权强县建设工作方案（2024—2026年）\n"
        f"根据《{NOTICE}》（川府发〔2021〕30号，以下简称《规划》），制定本方案。\n"
        "一、重点任务\n（一）加强工作。落实《规划》要求，开展专利导航。\n"
        "（二）强化保护。按照《规划》部署，开展执法行动。\n"
    )
    assert [(c.title, c.doc_number, c.quote) for c in doc.citations] == [
        (NOTICE, "川府发〔2021〕30号", f"《{NOTICE}》（川府发〔2021〕30号"),
        (NOTICE, "川府发〔2021〕30号", "《规划》"),
        (NOTICE, "川府发〔2021〕30号", "《规划》"),
        (NOTICE, "川府发〔2021〕30号", "《规划》"),
    ]


@pytest.mark.parametrize(
    ("place", "issuer"), [("昌吉州", "昌吉州"), ("新疆维吾尔自治区", "新疆维吾尔自治区")]
)
def test_a_places_name_alone_before_the_title_is_its_issuer(place: str, issuer: str) -> None:
    doc, _ = extracted(
        "昌吉市知识产权强市建设实施方案（2024—2026年）\n"
        f"为落实{place}《知识产权“十四五”规划》部署，制定本方案。\n一、重点任务\n（一）加强工作。开展专利导航。\n"
    )
    ((title, found),) = [(c.title, c.issuer) for c in doc.citations]
    assert (title, found) == ("知识产权“十四五”规划", issuer)


def test_other_words_before_the_title_name_no_issuer() -> None:
    doc, _ = extracted(
        "昌吉市知识产权强市建设实施方案（2024—2026年）\n"
        "为落实全州《知识产权“十四五”规划》部署，制定本方案。\n一、重点任务\n（一）加强工作。开展专利导航。\n"
    )
    assert [c.issuer for c in doc.citations] == [None]


def test_a_places_name_after_a_joiner_is_its_titles_issuer() -> None:
    """What was read wrong before: 省委《…》和邢台市《知识产权强市建设实施方案》 named no issuer for the second title:
    after a joiner only a body's name was read as one."""
    doc, _ = extracted(
        "清河县知识产权强县建设工作方案\n为落实省委《关于强化知识产权保护的实施意见》和邢台市《知识产权强市建设实施方案》，"
        "制定本方案。\n一、重点任务\n（一）加强工作。开展专利导航。\n"
    )
    assert [c.issuer for c in doc.citations] == ["省委", "邢台市"]
