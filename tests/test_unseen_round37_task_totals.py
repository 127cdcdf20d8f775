"""Round 37: a task table closing with a row that counts its rows (| 合计 | 4项 | | |), as 分工表 of 宁夏 and 广西
plans in .md, .html and .txt write it.

What was read wrong before: the total row was a task of its own (一.表1.合计, titled 2项), given to the issuing
body as no unit cell names one.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import extracted

_ROWS = [
    ("1", "开展专利转化运用专项行动", "县市场监管局", "县科技局", "2024年12月底前"),
    ("2", "推进企业知识产权贯标", "县工信局", "县市场监管局", "2024年10月底前"),
]
_HEADER = ("序号", "工作任务", "牵头单位", "配合单位", "完成时限")


def _markdown(total: tuple[str, ...]) -> tuple[str, str]:
    lines = ["| " + " | ".join(r) + " |" for r in [_HEADER, ("---",) * 5, *_ROWS, total]]
    return "# 某某县2024年知识产权工作要点\n\n## 一、重点任务\n\n" + "\n".join(lines) + "\n", "plan.md"


def _html(total: tuple[str, ...]) -> tuple[str, str]:
    def row(cells: tuple[str, ...], tag: str = "td") -> str:
        return "<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in cells) + "</tr>"

    body = row(_HEADER, "th") + "".join(row(r) for r in _ROWS) + row(total)
    html = f"<html><body><h1>某某县2024年知识产权工作要点</h1><h2>一、重点任务</h2><table>{body}</table></body></html>"
    return html, "plan.html"


@settings(max_examples=16, deadline=None)
@given(
    st.sampled_from([_markdown, _html]),
    st.sampled_from(["合计", "总计", "小计", "共计"]),
    st.sampled_from(["2项", "共2项任务", ""]),
)
def test_a_row_counting_the_tasks_is_no_task(write: object, word: str, count: str) -> None:
    total = (word, count, "", "", "")
    text, name = write(total)  # type: ignore[operator]
    doc, _ = extracted(text, name)
    titles = [t.title for t in doc.tasks if t.kind == "table_row"]
    assert titles == ["开展专利转化运用专项行动", "推进企业知识产权贯标"]


def test_a_task_naming_a_total_in_its_words_stays_a_task() -> None:
    text, name = _markdown(("3", "合计开展培训10场次", "县市场监管局", "", "2024年底前"))
    doc, _ = extracted(text, name)
    assert [t.title for t in doc.tasks if t.kind == "table_row"][-1] == "合计开展培训10场次"
