"""Round 16: task tables of a .pdf whose text layer gives one cell per line, wrapped in narrow columns.

A county's 重点任务分工表 laid out in a ruled table (built here with reportlab, read back by the PDF loader):
- the number column is one character wide, so its header comes out as 序 / 号 on two lines, and a header
  cell of a narrow unit column as 牵头单 / 位: the header was not found at all (no line said 序号) and the
  whole table was read as prose, its tasks and units lost;
- a deadline cell wraps (2025年9月底 / 前): the last line alone was taken for the deadline and the row did not
  read, so the table ended there;
- a unit cell wraps after a list separator (县科技商务经信局、 / 各乡镇人民政府): its second line opens like a
  name of its own, so it was taken for the whole cell and the row did not read.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from policykg.extract.stacked_tables import stacked_tables
from policykg.extract.textspan import line_spans
from tests.formats import to_table_pdf
from tests.plans import extracted, named_units

BEFORE = [
    "岳西县2025年知识产权强县建设重点任务分工表",
    "为推进知识产权强县建设，现将2025年重点任务分工如下。",
    "一、重点任务分工",
]
AFTER = ["二、工作要求", "各责任单位要按时限完成任务。", "岳西县人民政府办公室", "2025年2月10日"]


def _rows_of(rows: list[list[str]], widths: list[int]) -> dict[str, list[tuple[str, str, str]]]:
    """Per table row, the units named (a name the layout wrapped read without its line break)."""
    doc, _ = extracted(to_table_pdf(BEFORE, rows, widths, AFTER), "plan.pdf")
    return {
        path: [(surface.replace("\n", ""), role, basis) for surface, role, basis in units]
        for path, units in named_units(doc).items()
        if ".表" in path
    }


def test_header_cells_wrapped_in_narrow_columns() -> None:
    rows = [
        ["序号", "重点任务", "主要责任单位", "配合责任单位", "完成时限"],
        ["1", "开展产业专利导航分析。", "县市场监管局", "县科技局", "2025年9月"],
        ["2", "组织企业开展知识产权贯标。", "县科技局", "县财政局", "2025年12月"],
    ]
    got = _rows_of(rows, [1, 12, 5, 5, 8])
    assert got == {
        "一.表1.1": [("县市场监管局", "lead", "table"), ("县科技局", "support", "table")],
        "一.表1.2": [("县科技局", "lead", "table"), ("县财政局", "support", "table")],
    }


def test_header_cell_read_whole() -> None:
    rows = [
        ["序号", "重点任务", "主要责任单位", "配合责任单位", "完成时限"],
        ["1", "开展产业专利导航分析。", "县市场监管局", "县科技局", "2025年9月"],
    ]
    doc, _ = extracted(to_table_pdf(BEFORE, rows, [1, 12, 5, 5, 8], AFTER), "plan.pdf")
    assert doc.tables[0].header == ["序号", "重点任务", "主要责任单位", "配合责任单位", "完成时限"]


def test_deadline_cell_wrapped() -> None:
    rows = [
        ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
        ["1", "开展产业专利导航分析。", "县市场监管局", "县科技局", "2025年9月底前"],
        ["2", "组织企业开展知识产权贯标。", "县科技局", "县财政局", "2025年12月底前"],
        ["3", "开展正版正货承诺活动。", "县商务局", "县市场监管局", "长期坚持"],
    ]
    doc, _ = extracted(to_table_pdf(BEFORE, rows, [2, 12, 7, 7, 8], AFTER), "plan.pdf")
    tasks = [t for t in doc.tasks if t.kind == "table_row"]
    assert [t.path for t in tasks] == ["一.表1.1", "一.表1.2", "一.表1.3"]
    assert [t.deadline_date for t in tasks] == ["2025-09", "2025-12", None]
    assert [r.agency.surface for r in tasks[2].responsibilities] == ["县商务局", "县市场监管局"]


def test_unit_cell_wrapped_after_a_separator() -> None:
    rows = [
        ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
        ["1", "组织企业开展知识产权贯标。", "县市场监管局", "县科技商务经信局、各乡镇人民政府", "2025年12月"],
        ["2", "开展正版正货承诺活动。", "县商务局", "县市场监管局", "2025年10月"],
    ]
    got = _rows_of(rows, [2, 12, 7, 9, 8])
    assert got["一.表1.1"] == [
        ("县市场监管局", "lead", "table"),
        ("县科技商务经信局", "support", "table"),
        ("各乡镇人民政府", "support", "table"),
    ]
    assert got["一.表1.2"] == [("县商务局", "lead", "table"), ("县市场监管局", "support", "table")]


def test_task_line_ending_in_a_comma_stays_the_task() -> None:
    """A task cell whose last line ends with a comma is no unit cell going on: the unit cell after it reads
    alone."""
    rows = [
        ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
        ["1", "围绕茶叶产业，开展专利导航，", "县市场监管局", "县科技局", "2025年9月"],
        ["2", "组织企业开展知识产权贯标。", "县科技局", "县财政局", "2025年12月"],
    ]
    got = _rows_of(rows, [2, 7, 7, 7, 8])
    assert got["一.表1.1"] == [("县市场监管局", "lead", "table"), ("县科技局", "support", "table")]


_DEADLINES = st.sampled_from(
    ["2025年9月底前", "2025年12月底前", "2024年6月—12月", "2025年6月30日前", "2025年底前", "2025年"]
)


@settings(max_examples=60, deadline=None)
@given(deadline=_DEADLINES, width=st.integers(min_value=3, max_value=12))
def test_wrapped_deadline_reads_back_whole(deadline: str, width: int) -> None:
    """However a date-only deadline cell wraps, the table reads it back whole (the lines joined)."""
    pieces = [deadline[k : k + width] for k in range(0, len(deadline), width)]
    if len(pieces) > 3:
        return
    lines = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
    for n in (1, 2):
        lines += [str(n), "开展产业专利导航分析。", "县市场监管局", "县科技局", *pieces]
    text = "\n".join(lines) + "\n二、工作要求\n"
    tables = stacked_tables(text, line_spans(text))
    assert len(tables) == 1
    cells = [text[slice(*row[-1].span)].replace("\n", "") for row in tables[0].rows[1:]]
    assert cells == [deadline, deadline]
