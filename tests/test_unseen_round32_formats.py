"""Round 32: a task table typed with tabs, as a city's 工作要点 exported from a spreadsheet writes it.

What was read wrong before: a line of a tab-separated task table that only continues a wrapped cell
(``\\t向中小企业转移转化\\t\\t\\t``: its text under the task column, the other cells empty) ended the table, and the
rows after it became a second table headed by the next row (role ``data``): their tasks and units were lost.
The line is the table's but no row (a cell is one span of the text, as in a table typed with spaces), its
words the row's task's, and the rows after it are read.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import extracted, named_units

HEAD = "某市2025年知识产权工作要点\n\n一、主要目标\n全市发明专利授权量达到800件。\n\n二、重点任务分工\n"
HEADER = "序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
ROWS = [
    "1\t实施专利转化运用专项行动，推动高校院所专利\t市市场监管局\t市科技局、市教育局\t2025年12月底\n",
    "2\t开展知识产权质押融资入园惠企行动\t市市场监管局\t市金融办、人民银行市分行\t2025年11月底\n",
    "3\t加强地理标志保护，培育地理标志商标5件\t市市场监管局\t各县（市、区）政府\t2025年12月底\n",
]
WRAPPED = "\t向中小企业转移转化\t\t\t\n"


def _rows(text: str) -> dict[str, list[tuple[str, str, str]]]:
    doc, _ = extracted(text)
    return {path: units for path, units in named_units(doc).items() if "表" in path}


def test_a_wrapped_cells_line_does_not_end_the_table() -> None:
    doc, _ = extracted(HEAD + HEADER + ROWS[0] + WRAPPED + ROWS[1] + ROWS[2])
    assert [t.path for t in doc.tasks if t.kind == "table_row"] == ["二.表1.1", "二.表1.2", "二.表1.3"]
    assert [t.role for t in doc.tables] == ["tasks"]
    # the wrapped words are the row's task's, as a table typed with spaces gives them (tasks._with_wrapped_lines)
    texts = {t.path: t.text for t in doc.tasks}
    assert texts["二.表1.1"].endswith("\t向中小企业转移转化")
    assert "向中小" not in texts["二.表1.2"]
    rows = _rows(HEAD + HEADER + ROWS[0] + WRAPPED + ROWS[1] + ROWS[2])
    assert rows["二.表1.2"] == [
        ("市市场监管局", "lead", "table"),
        ("市金融办", "support", "table"),
        ("人民银行市分行", "support", "table"),
    ]


@given(st.lists(st.integers(min_value=0, max_value=2), max_size=3, unique=True), st.integers(1, 4))
@settings(max_examples=20, deadline=None)
def test_rows_read_the_same_with_wrapped_lines_anywhere(after: list[int], column: int) -> None:
    """Wrapped lines after any rows, under any column: the same rows, units and roles as without them."""
    wrapped = "\t" * column + "续行文字" + "\t" * (4 - column) + "\n"
    body = "".join(row + (wrapped if n in after else "") for n, row in enumerate(ROWS))
    assert _rows(HEAD + HEADER + body) == _rows(HEAD + HEADER + "".join(ROWS))
