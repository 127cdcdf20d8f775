"""Targets worded differently from plan to plan are compared under one standard indicator's key
(ontology/data/indicators.yaml, policykg/extract/standard_indicators.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ontology.vocab_indicators import indicator_vocabulary
from policykg.errors import DataFileError
from policykg.extract.indicators import indicator_key
from policykg.extract.standard_indicators import comparable_key
from tests.plans import extracted


def _key(indicator: str, base: str | None = "件") -> str:
    return comparable_key(indicator_key(indicator), base)


@pytest.mark.parametrize(
    ("wordings", "base", "key"),
    [
        (
            [
                "万人高价值发明专利拥有量",
                "每万人口高价值发明专利拥有量",
                "每万人高价值发明专利拥有量（件）",
                "高价值发明专利拥有量每万人",
            ],
            "件",
            "每万人口高价值发明专利拥有量",
        ),
        (["万人发明专利拥有量", "每万人口有效发明专利拥有量"], "件", "每万人口发明专利拥有量"),
        (["PCT专利申请量", "PCT国际专利申请量", "通过PCT途径提交的国际专利申请"], "件", "PCT国际专利申请量"),
        (
            ["马德里商标注册量", "马德里国际商标注册量", "马德里商标国际注册申请量"],
            "件",
            "马德里商标国际注册量",
        ),
        (["有效注册商标总量", "有效商标注册量", "有效注册商标量"], "件", "有效注册商标量"),
        (["地理标志商标", "地理标志证明商标注册数", "注册地理标志商标"], "件", "地理标志商标注册量"),
        (["知识产权质押融资金额", "知识产权质押贷款", "质押融资额"], "元", "知识产权质押融资额"),
        (["专利质押融资登记金额", "专利质押贷款额", "专利权质押融资额"], "元", "专利质押融资额"),
        (
            ["贯标企业", "贯标单位", "通过贯标认证的企业", "通过知识产权管理规范认证企业"],
            "家",
            "知识产权贯标企业",
        ),
        (
            ["国家知识产权优势示范企业", "国家知识产权示范优势企业", "国家级知识产权示范和优势企业"],
            "家",
            "国家知识产权优势示范企业",
        ),
        (["全社会知识产权保护满意度", "知识产权保护社会满意度"], "分", "知识产权保护社会满意度"),
        (["技术合同成交额", "技术合同交易金额"], "元", "技术合同成交额"),
    ],
)
def test_wordings_of_one_indicator_share_its_key(wordings: list[str], base: str, key: str) -> None:
    assert {_key(w, base) for w in wordings} == {key}
    assert _key(wordings[0], None) == key  # a standing (保持全省前列) has no unit: about the same measure


@pytest.mark.parametrize(
    ("indicator", "base"),
    [
        ("专利质押融资登记", "笔"),  # how many registrations, not the amount financed
        ("知识产权质押融资额", "%"),  # its growth rate, not the amount
        ("万人发明专利拥有量", "%"),
        ("企业高价值专利示范中心", "家"),  # more words: another measure
        ("知识产权质押融资登记备案", "件"),
        ("高新技术企业知识产权贯标备案率", "%"),
        ("专利侵权纠纷案件调处", "件"),
    ],
)
def test_other_measures_keep_their_own_keys(indicator: str, base: str) -> None:
    assert _key(indicator, base) == indicator_key(indicator)


def test_a_per_head_measure_is_never_the_total() -> None:
    assert _key("万人高价值发明专利拥有量") != _key("高价值发明专利拥有量")
    assert _key("有效发明专利拥有量") == "有效发明专利拥有量"
    assert _key("每万人口发明专利拥有量") == "每万人口发明专利拥有量"


@pytest.mark.parametrize("standard", indicator_vocabulary().indicators, ids=lambda i: i.id)
def test_each_standard_indicator_is_its_own_wording(standard) -> None:  # type: ignore[no-untyped-def]
    for base in standard.bases:
        assert _key(standard.zh, base) == standard.zh


def test_two_plans_wording_a_target_differently_compare_under_one_key() -> None:
    first, _ = extracted(
        "甲县知识产权工作方案（2024—2026年）\n一、工作目标\n到2026年，万人高价值发明专利拥有量达到6件。\n"
    )
    second, _ = extracted(
        "乙县知识产权工作方案（2024—2026年）\n一、工作目标\n到2026年，每万人口高价值发明专利拥有量力争达到8件以上。\n"
    )
    keys = {t.indicator_key for doc in (first, second) for t in doc.targets}
    assert keys == {"每万人口高价值发明专利拥有量"}
    assert [t.indicator for t in first.targets] == ["万人高价值发明专利拥有量"]  # as written, for the reader


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ("{id: a, zh: 专利申请量, en: x, bases: [件], patterns: ['(']}", "invalid regular expression"),
        ("{id: a, zh: 专利申请量, en: x, bases: [吨], patterns: [专利申请]}", "no unit base"),
        ("{id: A-1, zh: 专利申请量, en: x, bases: [件], patterns: [专利申请]}", "id"),
    ],
)
def test_the_vocabulary_is_checked_on_load(tmp_path: Path, entry: str, problem: str) -> None:
    path = tmp_path / "indicators.yaml"
    path.write_text(f"version: 1\nindicators:\n  - {entry}\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=problem):
        indicator_vocabulary.__wrapped__(path)


def test_two_indicators_of_one_key_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "indicators.yaml"
    entry = "{id: %s, zh: 专利申请量, en: x, bases: [件], patterns: [专利申请]}"
    path.write_text(f"version: 1\nindicators:\n  - {entry % 'a'}\n  - {entry % 'b'}\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="same zh"):
        indicator_vocabulary.__wrapped__(path)
