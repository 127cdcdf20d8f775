"""Round 33: programmes written in common variants the vocabulary missed.

What was read wrong before: 实施高价值发明专利培育工程, 支持企业培育高价值发明专利 and 培育一批具有核心竞争力的高价值
专利 named no programme (高价值专利培育 was matched with 专利 right after 高价值, and with nothing between 培育一批
and 高价值专利); 设立知识产权快速维权工作站 named none either (programs.yaml).
"""

from __future__ import annotations

import pytest

from tests.plans import extracted

HEAD = "蓬溪县知识产权强县建设工作方案（2024—2026年）\n一、重点任务\n（一）加强创造。"


@pytest.mark.parametrize(
    ("sentence", "program", "quote"),
    [
        ("实施高价值发明专利培育工程。", "high_value_patents", "高价值发明专利培育"),
        ("支持企业培育高价值发明专利。", "high_value_patents", "培育高价值发明专利"),
        ("培育一批具有核心竞争力的高价值专利。", "high_value_patents", "培育一批具有核心竞争力的高价值专利"),
        ("培育一批高质量的高价值专利。", "high_value_patents", "培育一批高质量的高价值专利"),
        ("在经开区设立知识产权快速维权工作站。", "protection_workstations", "知识产权快速维权工作站"),
    ],
)
def test_the_programme_is_named(sentence: str, program: str, quote: str) -> None:
    doc, _ = extracted(HEAD + sentence + "\n")
    assert [(m.program_id, m.quote) for m in doc.programs] == [(program, quote)]


def test_words_after_a_pause_are_no_programme() -> None:
    doc, _ = extracted(HEAD + "培育企业，推动高价值专利转化。\n")
    assert doc.programs == []


@pytest.mark.parametrize(
    ("sentence", "program", "quote"),
    [
        ("推动“正\n版正货”承诺进景区。", "genuine_goods", "正\n版正货"),
        ("围绕茶产业开展专利导\n航。", "patent_navigation", "专利导\n航"),
        ("推进企业贯\n  标工作。", "standard_implementation", "贯\n  标"),
    ],
)
def test_a_mention_a_line_cuts_inside_a_word(sentence: str, program: str, quote: str) -> None:
    """What was read wrong before: a PDF's text layer or a hard-wrapped text file cutting a mention by a line
    break inside a word (开展专利导 ↵ 航, 推动“正 ↵ 版正货”) named no programme. A mention across such a break is
    read with the break left out; its quote is the text's, the break inside it."""
    doc, _ = extracted(HEAD + sentence + "\n")
    assert [(m.program_id, m.quote) for m in doc.programs] == [(program, quote)]


def test_a_line_ending_a_sentence_joins_no_words() -> None:
    doc, _ = extracted(HEAD + "开展专利。\n导航企业培育工作。\n")
    assert doc.programs == []
