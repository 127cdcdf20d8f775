"""Round 36: an annex's title as a PDF sets it, centred and wrapped over two lines under its 附件 line
(附件 ↵ 海东市知识产权强市建设三年行动计划任务分 ↵ 工表), and an annex whose title closes with a bracket its note
leaves out (附件：…主要指标分解表 above the signature, the annex titled …主要指标分解表（2025年）).

What was read wrong before: the wrapped title read as the first line of a paragraph, no title, so the note
listing the annex above the signature (附件：…任务分工表) did not name it and opened an annex of its own: the
plan's annex became 附件~2 and its tasks' paths moved with a line break. A bracket closing the title did the
same.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import extracted

TITLE = "海东市知识产权强市建设三年行动计划任务分工表"
BODY = (
    "海东市知识产权强市建设三年行动计划（2024—2026年）\n一、重点行动\n"
    "（一）知识产权创造提升行动。推动知识产权创造数量质量双提升。\n二、保障措施\n"
    "各县区、各部门要按照附件任务分工抓好落实。\n"
)
TABLE = (
    "序号\n工作任务\n责任主体\n时间节点\n1\n培育乐都紫皮大蒜等地理标志\n市农业农村局\n2025年底\n"
    "2\n推进地理标志运用促进工程\n市市场监管局\n2025年底\n"
)


@settings(max_examples=10, deadline=None)
@given(st.integers(min_value=12, max_value=len(TITLE) - 1), st.booleans())
def test_a_title_wrapped_below_its_annex_line_is_its_title(cut: int, noted: bool) -> None:
    note = f"附件：{TITLE}\n 海东市人民政府办公室\n 2024年5月8日\n" if noted else ""
    doc, _ = extracted(BODY + note + f"附件\n {TITLE[:cut]}\n {TITLE[cut:]}\n" + TABLE)
    annexes = [(s.path, s.title) for s in doc.sections if s.kind == "annex"]
    assert annexes == [("附件", TITLE)]
    assert [t.path for t in doc.tasks if t.kind == "table_row"] == ["附件.表1.1", "附件.表1.2"]


def test_a_bracket_closing_the_title_is_the_annex_its_note_names() -> None:
    doc, _ = extracted(
        BODY + f"附件：{TITLE}\n 海东市人民政府办公室\n 2024年5月8日\n附件\n{TITLE}（2025年）\n" + TABLE
    )
    assert [(s.path, s.title) for s in doc.sections if s.kind == "annex"] == [("附件", f"{TITLE}（2025年）")]
