"""A count in Chinese numerals right after a word naming whom the work serves (每年为二十家企业提供专利导航服务,
帮助三十家企业开展贯标, 指导五家企业…; targets.yaml numeral_served) opens its noun, as the same count in digits
does and as one after a verb of adding does; the same characters closing another word (作为一项, 成为两个,
分为三类) or 服务 as a list's noun (…保护和服务四个方面) open none."""

from __future__ import annotations

import pytest

from tests.plans import extracted

HEAD = "某县2025年知识产权工作要点\n一、重点任务\n（一）加强企业服务。"
TAIL = "（县市场监管局负责）\n"


def _targets(words: str) -> list[tuple[float, str | None, bool]]:
    doc, _ = extracted(HEAD + words + TAIL)
    return [(t.value, t.unit, "annual" in t.flags) for t in doc.targets]


@pytest.mark.parametrize(
    ("words", "value", "annual"),
    [
        ("每年为二十家企业提供专利导航服务。", 20.0, True),
        ("全年为十五家企业办理知识产权质押融资。", 15.0, True),
        ("帮助三十家企业开展知识产权贯标。", 30.0, False),
        ("帮扶两家企业申报知识产权优势企业。", 2.0, False),
        ("指导五家企业建立知识产权管理制度。", 5.0, False),
        ("重点扶持三家企业开展海外专利布局。", 3.0, False),
    ],
)
def test_count_of_those_served(words: str, value: float, annual: bool) -> None:
    assert _targets(words) == [(value, "家", annual)]


def test_digits_and_numerals_read_alike() -> None:
    doc_digits, _ = extracted(HEAD + "每年为20家企业提供专利导航服务。" + TAIL)
    doc_words, _ = extracted(HEAD + "每年为二十家企业提供专利导航服务。" + TAIL)
    assert [t.indicator for t in doc_digits.targets] == [t.indicator for t in doc_words.targets]


@pytest.mark.parametrize(
    "words",
    [
        "把知识产权保护作为一项重要工作来抓。",
        "努力成为两个示范县之一。",
        "将企业分为三类分别指导。",
        "围绕知识产权创造、运用、保护和服务四个方面抓好落实。",
        "更为两个园区带来发展机遇。",
    ],
)
def test_other_words_open_no_count(words: str) -> None:
    assert _targets(words) == []
