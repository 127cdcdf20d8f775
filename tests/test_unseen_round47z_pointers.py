"""Round 47: 见 after the words of a pointer (具体要求见国知发运函字〔2022〕131号, 具体见某政办〔2023〕12号, 另见…)
took the words for the number's prefix (具体要求见国知发运函字〔2022〕131号). They lead into the number as 参见 and
详见 do (citations.yaml lead_ins)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import extracted

NUMBERS = ["国知发运函字〔2022〕131号", "苏政办发〔2022〕19号", "某政办〔2023〕12号", "国办发〔2021〕1号"]


def _numbers(item: str) -> list[str | None]:
    doc, _ = extracted(f"某县2025年知识产权工作要点\n一、重点任务\n1.{item}\n")
    return [c.doc_number for c in doc.citations]


@settings(max_examples=25, deadline=None)
@given(
    before=st.sampled_from(["按要求开展专利导航（", "落实资助政策，", "做好统计工作。"]),
    pointer=st.sampled_from(["具体要求见", "具体见", "另见", "请见", "标准均见", "可见"]),
    number=st.sampled_from(NUMBERS),
    after=st.sampled_from(["）。", "。", "文件。"]),
)
def test_a_pointer_before_any_number(before: str, pointer: str, number: str, after: str) -> None:
    assert _numbers(f"{before}{pointer}{number}{after}") == [number]
