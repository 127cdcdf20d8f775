"""Plan metadata on the corpus and on variants written for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from policykg.extract.header_lines import find_doc_number
from policykg.extract.metadata import extract_metadata


@pytest.mark.parametrize(
    ("stem", "title", "doc_type", "number", "issuers", "date", "period"),
    [
        (
            "000_7198047be529bd92",
            "通州区国家知识产权强县建设示范县工作方案（2022-2025年）",
            "工作方案",
            None,
            ["南通市通州区人民政府"],
            "2022-11-14",
            ("2022", "2025"),
        ),
        (
            "001_7333182f597660d8",
            "南京市雨花台区国家知识产权强县建设试点县工作方案（2023-2025年）",
            "工作方案",
            None,
            [],
            None,
            ("2023", "2025"),
        ),
        (
            "002_ca6686d6752a9e5a",
            "2017年度南通市知识产权工作要点",
            "工作要点",
            "通科发〔2017〕23号",
            ["南通市科学技术局", "南通市知识产权局"],
            "2017-04-14",
            ("2017", "2017"),
        ),
        (
            "003_dee32d37c247ebb2",
            "吴江区知识产权强省建设区域示范创建工作计划",
            "工作计划",
            None,
            ["苏州市吴江区人民政府办公室"],
            "2021-05-20",
            ("2021-06", "2023-12"),
        ),
        (
            "004_bb17abadfc902431",
            "关于提升知识产权创新支撑力的实施意见",
            "实施意见",
            None,
            [],
            None,
            ("2021", "2023"),  # 通过三年的努力，到2023年: the three years counted
        ),
    ],
)
def test_corpus_metadata(corpus_docs, stem, title, doc_type, number, issuers, date, period) -> None:
    plan = corpus_docs[stem].plan
    assert plan.title == title
    assert plan.doc_type == doc_type
    assert plan.doc_number == number
    assert [i.name for i in plan.issuers] == issuers
    assert plan.date == date
    assert plan.period is not None
    assert (plan.period.start, plan.period.end) == period


@pytest.mark.parametrize(
    ("line", "normalised"),
    [
        ("通科发[2017]23号", "通科发〔2017〕23号"),
        ("苏政发〔2017〕32号", "苏政发〔2017〕32号"),
        ("国知发运函字［2022］131号", "国知发运函字〔2022〕131号"),
        ("国发﹝2021﹞20号", "国发〔2021〕20号"),
        ("海政办发（2023）7号", "海政办发〔2023〕7号"),
        ("国知发保字 〔2021〕 1号", "国知发保字〔2021〕1号"),
    ],
)
def test_doc_number_variants(line: str, normalised: str) -> None:
    text = f"{line}\n关于印发《某县知识产权工作方案》的通知\n"
    found = find_doc_number(text, len(text))
    assert found is not None
    assert found[0] == normalised
    assert text[found[1][0] : found[1][1]] == line


def test_chinese_numeral_date_and_issuer_signature() -> None:
    text = (
        "关于印发《如皋市知识产权强市建设实施方案（2024—2026年）》的通知\n各镇人民政府：\n现将方案印发给你们。\n"
        "如皋市人民政府办公室\n二〇二四年三月十五日\n一、总体要求\n"
    )
    meta = extract_metadata(text, text.index("一、"))
    assert meta.title == "如皋市知识产权强市建设实施方案（2024—2026年）"
    assert meta.doc_type == "实施方案"
    assert meta.date == "2024-03-15"
    assert [i.name for i in meta.issuers] == ["如皋市人民政府办公室"]
    assert meta.period is not None
    assert (meta.period.start, meta.period.end) == ("2024", "2026")


def test_evidence_spans_slice_back(corpus_docs) -> None:
    for doc in corpus_docs.values():
        text = Path(doc.source).read_text(encoding="utf-8")
        plan = doc.plan
        for ev in filter(
            None,
            [
                plan.title_evidence,
                plan.doc_number_evidence,
                plan.date_evidence,
                plan.period.evidence if plan.period else None,
                plan.region.evidence if plan.region else None,
                *(i.evidence for i in plan.issuers),
            ],
        ):
            assert text[ev.span[0] : ev.span[1]] == ev.quote
