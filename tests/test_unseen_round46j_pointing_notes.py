"""Round 46 (a district's work points as a wiki page whose cited documents stand only in footnotes): a note
pointing to a document by its number (参见拉政发〔2023〕5号文件, 详见藏政办发〔2022〕19号) took its verb for the
number's prefix (参见拉政发〔2023〕5号). 参见 and 详见 now lead into a number or an issuer as 根据 and 按照 do
(citations.yaml lead_ins)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import extracted

HEAD = "# 某区2025年知识产权工作要点\n\n## 一、重点任务\n\n1. 推进专利转化。按照上级部署[^1]，做好工作。\n\n[^1]: "
NUMBERS = ["拉政发〔2023〕5号", "藏政办发〔2022〕19号", "苏政发〔2017〕32号", "国知发保字〔2023〕12号"]


def _numbers(note: str, name: str = "plan.md") -> list[str | None]:
    doc, _ = extracted(HEAD + note + "\n", name)
    return [c.doc_number for c in doc.citations]


def test_a_footnote_pointing_to_a_number() -> None:
    assert _numbers("参见拉政发〔2023〕5号文件。") == ["拉政发〔2023〕5号"]
    assert _numbers("具体标准详见藏政办发〔2022〕19号。") == ["藏政办发〔2022〕19号"]


def test_the_same_in_a_sentence_of_plain_text() -> None:
    doc, _ = extracted(
        "某县2025年知识产权工作要点\n一、重点任务\n1.落实资助政策，具体参见县政发〔2024〕3号执行。\n"
    )
    assert [c.doc_number for c in doc.citations] == ["县政发〔2024〕3号"]


@settings(max_examples=20, deadline=None)
@given(
    verb=st.sampled_from(["参见", "详见"]),
    number=st.sampled_from(NUMBERS),
    tail=st.sampled_from(["", "文件", "有关规定"]),
)
def test_any_pointing_verb_before_any_number(verb: str, number: str, tail: str) -> None:
    assert _numbers(f"{verb}{number}{tail}。") == [number]


# A bare 见 (citations.yaml pointer_words) leads into a number only where it opens a note or a clause: the one
# character stands inside names too, so it is read nowhere else.


def test_a_bare_pointer_opening_a_note_or_a_clause() -> None:
    assert _numbers("（见拉政发〔2023〕5号文件）") == ["拉政发〔2023〕5号"]
    assert _numbers("相关标准，见藏政办发〔2022〕19号。") == ["藏政办发〔2022〕19号"]
    assert _numbers("见苏政发〔2017〕32号。") == ["苏政发〔2017〕32号"]


@settings(max_examples=20, deadline=None)
@given(
    before=st.sampled_from(["（", "，", "；", "："]),
    number=st.sampled_from(NUMBERS),
    tail=st.sampled_from(["", "文件", "有关规定"]),
)
def test_a_bare_pointer_after_any_opening(before: str, number: str, tail: str) -> None:
    closing = "）" if before == "（" else "。"
    assert _numbers(f"具体要求{before}见{number}{tail}{closing}") == [number]
