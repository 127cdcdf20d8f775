"""Round 47: a district's scheme as a text PDF whose annex 重点任务分工表 has a 类别 column left of 序号, each
category cell (知识产权创造, 知识产权运用 …) merged down over its group's rows and written vertically, one
character below the other. The text layer gives the cell as a run of lines of one character each, after the
group's last row (the cell drawn last) or before its first (drawn with its first row), beside a header repeated
over a page break that carries 类别 too. Read one cell a line, that run joined the row before it, which then
read as no row, and the table ended there: every row after the first group's last was lost. A run of
one-character lines (two or more, no digit) before a row's number is now a cell of the category column, no
line of the row before it (stacked_tables._vertical_run), and a repeated header's 类别 is the header's too
(stacked_tables._lead_in).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policykg.extract.stacked_tables import stacked_tables
from tests.formats import to_table_pdf
from tests.plans import extracted, named_units

HEADER = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
CATEGORIES = ["知识产权创造", "知识产权运用", "知识产权保护", "知识产权服务", "强化保护", "运用转化"]
TASKS = ["实施高价值专利培育工程", "推进商标品牌建设", "深化质押融资", "加大行政执法力度", "完善公共服务体系"]
LEADS = ["县市场监管局", "区科技和经济信息化局", "市农业农村局、市市场监管局", "区委宣传部", "县司法局"]
SUPPORTS = ["县公安局、县农业农村局", "区财政局、区商务局", "市文化广电旅游局", "县法院、县检察院"]
DEADLINES = ["2026年底前", "持续推进", "2025年12月底前", "每年4月底前"]


def _lines(text: str) -> list[tuple[int, int]]:
    spans, at = [], 0
    for line in text.split("\n"):
        spans.append((at, at + len(line)))
        at += len(line) + 1
    return spans


def _rows(text: str) -> list[list[str]]:
    return [
        [text[slice(*cell.span)] for cell in row]
        for table in stacked_tables(text, _lines(text))
        for row in table.rows
    ]


row_strategy = st.tuples(
    st.sampled_from(TASKS), st.sampled_from(LEADS), st.sampled_from(SUPPORTS), st.sampled_from(DEADLINES)
)
group_strategy = st.tuples(st.sampled_from(CATEGORIES), st.lists(row_strategy, min_size=2, max_size=5))


def _table(
    groups: list[tuple[str, list[tuple[str, str, str, str]]]], first: bool, break_at: int | None
) -> str:
    out = ["附件", "重点任务分工表", "类别", *HEADER]
    number = 0
    for g, (category, rows) in enumerate(groups):
        if g == break_at:
            out += ["类别", *HEADER]  # the header a new page repeats, its 类别 too
        if first:
            out += list(category)
        for row in rows:
            number += 1
            out += [str(number), *row]
        if not first:
            out += list(category)
    return "\n".join(out)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(group_strategy, min_size=2, max_size=4),
    st.booleans(),
    st.one_of(st.none(), st.integers(min_value=1, max_value=3)),
)
def test_a_category_written_vertically_leaves_every_row_whole(
    groups: list[tuple[str, list[tuple[str, str, str, str]]]], first: bool, break_at: int | None
) -> None:
    text = _table(groups, first, break_at if break_at is not None and break_at < len(groups) else None)
    got = _rows(text)
    expected = [[str(n + 1), *row] for n, row in enumerate(row for _, rows in groups for row in rows)]
    assert got[0] == HEADER
    assert got[1:] == expected


def test_one_character_lines_inside_a_row_are_no_category() -> None:
    """A cell the layout wrapped leaving one character on its last line (…培育工 / 程) stays the row's."""
    text = "\n".join(
        [
            *HEADER,
            "1",
            "实施高价值专利培育工",
            "程",
            "县市场监管局",
            "县科技局",
            "2026年底前",
            "2",
            "推进商标品牌建设",
            "县市场监管局",
            "县商务局",
            "持续推进",
        ]
    )
    got = _rows(text)
    assert got[1] == ["1", "实施高价值专利培育工\n程", "县市场监管局", "县科技局", "2026年底前"]
    assert got[2] == ["2", "推进商标品牌建设", "县市场监管局", "县商务局", "持续推进"]


@pytest.mark.parametrize("first", [False, True])
def test_a_pdf_table_with_a_vertical_category_column_names_every_rows_units(first: bool) -> None:
    """End to end: a ruled table's category cells written one character below the other, drawn after their
    group's rows or before them; every row keeps its lead and its helpers."""
    groups = [
        (
            "知识产权创造",
            [("推进商标品牌建设", "县市场监管局", "县商务局"), ("深化质押融资", "县委金融办", "县财政局")],
        ),
        (
            "知识产权保护",
            [("加大行政执法力度", "县市场监管局", "县公安局"), ("健全纠纷调解机制", "县司法局", "县法院")],
        ),
    ]
    rows: list[list[str]] = [["类别", *HEADER]]
    number = 0
    for category, tasks in groups:
        vertical = [[ch, "", "", "", "", ""] for ch in category]
        numbered = []
        for task, lead, helper in tasks:
            number += 1
            numbered.append(["", str(number), task, lead, helper, "2026年底前"])
        rows += [*vertical, *numbered] if first else [*numbered, *vertical]
    pdf = to_table_pdf(["附件", "重点任务分工表"], rows, [2, 2, 14, 8, 8, 8], ["（此件公开发布）"])
    doc, _ = extracted(pdf, "plan.pdf")
    got = sorted(
        sorted((surface, role) for surface, role, _ in units) for units in named_units(doc).values() if units
    )
    expected = sorted(
        sorted([(lead, "lead"), (helper, "support")]) for _, tasks in groups for _, lead, helper in tasks
    )
    assert got == expected
