"""Round 35: citations and programmes as plans of 江苏, 河北, 福建 and 陕西 write them.

What was read wrong before:

- a title with no marks as the second document a cue names, after a comma closing the first (根据《商标法》，
  国务院关于…的若干意见（国发〔2015〕71号）精神) was a number alone, with no title;
- a title with no marks after an issuing verb, closed by its number in brackets (省政府办公厅印发的江苏省“十四五”
  知识产权发展规划（苏政办发〔2021〕45号）, 市政府出台的…办法（…号）), was a number alone;
- an issuer written with its second name in brackets before a title (河北省市场监督管理局（知识产权局）《…》)
  named no issuer;
- two bodies at a title's head set apart by a space (《国家知识产权局 司法部关于…的意见》) were one issuer,
  国家知识产权局司法部: they are two;
- a notice issuing a document written with no marks (国务院办公厅关于印发专利转化运用专项行动方案（2023—2025年）
  的通知（国办发〔2023〕37号）) was cited as the notice, not as the document it issues as 关于印发《X》的通知 is;
  that document and the 2023 edition of the IP management standard (GB/T 29490-2023) are known documents;
- the programmes 优势（示范）企业 / 示范（优势）企业 and 高价值专利组合培育 were not found;
- helping another body revise its rules (配合省知识产权局修订《江西省专利促进条例》) published them: the plan
  cites them, 省知识产权局 their issuer;
- a short title given in quote marks after a title's number (（赣府发〔2021〕25号，以下简称“省规划”）) named
  nothing, and its later mentions (落实“省规划”部署) were no citation: each is the document; a short name of a
  practice (（以下简称“双随机”）) is none.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import extracted

HEAD = (
    "沭阳县知识产权工作方案\n\n{lead}\n\n一、重点任务\n    （一）开展专利导航。（责任单位：县市场监管局）\n"
)


def _cited(lead: str) -> list[tuple[str | None, str | None, str | None]]:
    doc, _ = extracted(HEAD.format(lead=lead))
    return [(c.title, c.doc_number, c.issuer) for c in doc.citations]


def test_an_unmarked_title_after_a_comma_closing_the_first_the_cue_names() -> None:
    assert _cited(
        "根据《中华人民共和国商标法》，国务院关于新形势下加快知识产权强国建设的若干意见（国发〔2015〕71号）精神，"
        "制定本方案。"
    ) == [
        ("中华人民共和国商标法", None, None),
        ("关于新形势下加快知识产权强国建设的若干意见", "国发〔2015〕71号", "国务院"),
    ]


def test_a_comma_after_a_sentence_with_no_cue_names_no_title() -> None:
    cited = _cited(
        "今年以来工作取得成效（见附表），省政府关于加强知识产权保护的意见（苏政发〔2022〕8号）印发实施。"
    )
    assert all(title is None for title, _, _ in cited)


@given(
    verb=st.sampled_from(["印发的", "印发了", "出台的", "发布的"]),
    title=st.sampled_from(
        [
            "江苏省“十四五”知识产权发展规划",
            "宿迁市知识产权质押融资风险补偿办法",
            "江苏省知识产权强省建设实施方案",
        ]
    ),
    years=st.sampled_from(["", "（2021—2025年）"]),
)
@settings(max_examples=12, deadline=None)
def test_an_unmarked_title_after_an_issuing_verb_closed_by_its_number(
    verb: str, title: str, years: str
) -> None:
    cited = _cited(f"按照省政府办公厅{verb}{title}{years}（苏政办发〔2021〕45号）部署要求，制定本方案。")
    assert cited == [(f"{title}{years}", "苏政办发〔2021〕45号", "江苏省人民政府办公厅")]


def test_an_issuing_verb_before_other_words_names_no_title() -> None:
    cited = _cited("省政府印发的通知中，对我县提出了要求（苏政办发〔2021〕45号）。")
    assert [c[0] for c in cited] == [None]


def test_an_issuer_with_its_second_name_in_brackets() -> None:
    cited = _cited(
        "根据河北省市场监督管理局（知识产权局）《关于开展知识产权强县建设试点工作的通知》（冀市监函〔2023〕102号）"
        "要求，制定本方案。"
    )
    assert cited == [
        (
            "关于开展知识产权强县建设试点工作的通知",
            "冀市监函〔2023〕102号",
            "河北省市场监督管理局（知识产权局）",
        )
    ]


@pytest.mark.parametrize("space", [" ", "\u3000", "  "])
def test_two_bodies_set_apart_by_a_space_at_a_titles_head(space: str) -> None:
    cited = _cited(
        f"根据《国家知识产权局{space}司法部关于加强新时代专利侵权纠纷行政裁决工作的意见》（国知发保字〔2023〕24号）"
        "要求，制定本方案。"
    )
    assert [c[2] for c in cited] == ["国家知识产权局、司法部"]


def test_a_notice_issuing_a_document_written_with_no_marks() -> None:
    doc, _ = extracted(
        HEAD.format(
            lead="根据国务院办公厅关于印发专利转化运用专项行动方案（2023—2025年）的通知（国办发〔2023〕37号）精神，"
            "按照《专利转化运用专项行动方案（2023—2025年）》要求，贯彻GB/T 29490—2023，制定本方案。"
        )
    )
    keys = [(c.title, c.key) for c in doc.citations]
    assert keys == [
        ("专利转化运用专项行动方案（2023—2025年）", "doc:国办发〔2023〕37号"),
        ("专利转化运用专项行动方案（2023—2025年）", "doc:国办发〔2023〕37号"),
        (None, "doc:GB/T 29490-2023"),
    ]


@pytest.mark.parametrize(
    ("work", "program"),
    [
        ("培育国家知识产权优势（示范）企业5家", "advantage_enterprises"),
        ("培育国家知识产权示范（优势）企业2家", "advantage_enterprises"),
        ("实施高价值专利组合培育项目3个", "high_value_patents"),
    ],
)
def test_programmes_written_with_the_other_kind_in_brackets_or_a_portfolio(work: str, program: str) -> None:
    doc, _ = extracted(f"某县2024年知识产权工作要点\n一、重点工作\n1.{work}。（县市场监管局）\n")
    assert program in {p.program_id for p in doc.programs}


def test_helping_another_body_revise_its_rules_cites_them() -> None:
    doc, _ = extracted(
        "万年县知识产权强县建设工作方案\n一、重点任务\n"
        "（一）配合省知识产权局修订《江西省专利促进条例》，做好立法调研。（责任单位：县司法局）\n"
        "（二）修订《万年县专利资助办法》。（责任单位：县市场监管局）\n"
    )
    assert [(c.title, c.relation, c.issuer) for c in doc.citations] == [
        ("江西省专利促进条例", "cites", "省知识产权局"),
        ("万年县专利资助办法", "publishes", None),
    ]


def test_a_short_title_in_quote_marks_names_the_document_it_follows() -> None:
    doc, _ = extracted(
        "万年县知识产权强县建设工作方案\n"
        "根据《江西省“十四五”知识产权保护和运用规划》（赣府发〔2021〕25号，以下简称“省规划”），制定本方案。\n"
        "一、重点任务\n（一）落实“省规划”部署，开展专利导航。（责任单位：县市场监管局）\n"
        "（二）推行随机抽取检查对象、随机选派执法检查人员（以下简称“双随机”）监管，“双随机”抽查全覆盖。"
        "（责任单位：县市场监管局）\n"
    )
    assert [(c.key, c.quote, c.task_id is not None) for c in doc.citations] == [
        ("doc:赣府发〔2021〕25号", "《江西省“十四五”知识产权保护和运用规划》（赣府发〔2021〕25号", False),
        ("doc:赣府发〔2021〕25号", "“省规划”", False),
        ("doc:赣府发〔2021〕25号", "“省规划”", True),
    ]
