"""Round 35: task and target tables as PDF text layers and plain texts give them (one cell a line, a
header cell wrapped in a narrow column, a header carrying a note), and a chapter holding only a target
breakdown.

What was read wrong before:

- a task table given one cell a line (a PDF's text layer, a .txt saved from one) whose unit header carries
  the first-is-lead note (责任单位（排名第一的为牵头单位）, 责任单位（排在第一位的为牵头单位）) was no table:
  the header cell was longer than any column's name, so the plan's every task was lost; the same header
  on one line (序号 重点任务 责任单位（…） 完成时限) too; and when the note was wrapped in a narrow column
  (…为牵头 / 单位）) the plan's text no longer declared it, so the rows' units were joint;
- an indicator table given one cell a line whose header cell the layout wrapped in a narrow column
  (2023年基 / 期, 2025年目 / 标值, 2023年（基 / 期）) was lost whole: the piece on its own line ended the header
  (or made a column of its own), so no row read and no target was found;
- a drawn PDF task table with its 牵头单位 cell merged over several rows, the text printed once in the
  middle row (as Word and WPS print it): the text layer gives the other rows no line for the lead, so each
  of their 配合单位 was read as the row's lead and the real lead was lost; where the lines stand across the
  page now tells the 配合单位 column, and those rows share the lead printed beside them, as a .docx merged
  cell does;
- a chapter holding only a breakdown of the targets among places (二、目标任务分解 / 主要指标分解 over a table
  of each county's numbers) was a tasks chapter, so the table's caption and rows became a task of the
  government.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.formats import to_table_pdf
from tests.plans import extracted, named_units

YINAN = "沂南县2024年知识产权工作任务分解表\n\n"
_NOTES = (
    "（排名第一的为牵头单位）",
    "（排在第一位的为牵头单位）",
    "（排名第一的单位为牵头单位）",
    "(列第一位的为牵头单位)",
)
_ROWS = (
    "1\n开展高价值专利培育\n县科学技术局、县经济和信息化局\n2024年12月底\n"
    "2\n推进知识产权质押融资\n县发展和改革局、县财政局\n2024年9月底\n"
    "3\n培育地理标志商标\n县市场监督管理局\n2024年10月底\n"
)


@settings(max_examples=12, deadline=None)
@given(
    note=st.sampled_from(_NOTES),
    unit=st.sampled_from(("责任单位", "责任部门")),
    layout=st.sampled_from(("lines", "wrapped", "one_line")),
)
def test_a_stacked_task_table_whose_unit_header_carries_the_first_is_lead_note_is_read(
    note: str, unit: str, layout: str
) -> None:
    cell = unit + note
    if layout == "lines":
        header = f"序号\n重点任务\n{cell}\n完成时限\n"
    elif layout == "wrapped":  # the note wrapped in a narrow column
        header = f"序号\n重点任务\n{cell[:-3]}\n{cell[-3:]}\n完成时限\n"
    else:
        header = f"序号  重点任务  {cell}  完成时限\n"
    doc, _ = extracted(YINAN + header + _ROWS)
    units = named_units(doc)
    assert [t.role for t in doc.tables] == ["tasks"]
    assert [(s, r) for s, r, _ in units["表1.1"]] == [
        ("县科学技术局", "lead"),
        ("县经济和信息化局", "support"),
    ]
    assert [(s, r) for s, r, _ in units["表1.2"]] == [("县发展和改革局", "lead"), ("县财政局", "support")]
    assert [(s, r) for s, r, _ in units["表1.3"]] == [("县市场监督管理局", "sole")]
    assert [t.deadline for t in doc.tasks] == ["2024年12月底", "2024年9月底", "2024年10月底"]


_TABLE_HEAD = "某市知识产权强市建设三年行动计划（2024—2026年）\n一、主要目标\n到2026年，主要指标如下：\n"
_TABLE_TAIL = "二、重点任务\n（一）开展专利导航。（市科技局）\n"


@settings(max_examples=20, deadline=None)
@given(
    cut=st.sampled_from(
        (("2023年基", "期"), ("2023年（基", "期）"), ("2023年基期", "值"), ("2023年基", "数"))
    ),
    numbered=st.booleans(),
    indicator=st.sampled_from((("指标",), ("指标名称",), ("指标名", "称"), ("指标名称（单", "位）"))),
)
def test_an_indicator_table_whose_header_cell_wraps_in_a_narrow_column_gives_its_targets(
    cut: tuple[str, str], numbered: bool, indicator: tuple[str, ...]
) -> None:
    header = "\n".join((*indicator, "单位", *cut, "2024年", "2025年目", "标值")) + "\n"
    rows = ("有效发明专利拥有量\n件\n850\n950\n1050\n", "知识产权质押融资额\n亿元\n2.0\n2.5\n3.0\n")
    if numbered:
        header = "序号\n" + header
        rows = tuple(f"{n}\n{row}" for n, row in enumerate(rows, start=1))
    doc, _ = extracted(_TABLE_HEAD + header + "".join(rows) + _TABLE_TAIL)
    assert [t.role for t in doc.tables] == ["data"]
    found = {(t.indicator, t.year, t.value_text, t.kind) for t in doc.targets}
    assert ("有效发明专利拥有量", 2023, "850", "baseline") in found
    assert ("有效发明专利拥有量", 2025, "1050", "target") in found
    assert ("知识产权质押融资额", 2024, "2.5", "target") in found


_QUJING = "曲靖市知识产权强市建设实施方案（2024—2026年）\n一、发展目标\n到2026年，全市每万人口发明专利拥有量提高到3.5件。\n"


@settings(max_examples=8, deadline=None)
@given(
    title=st.sampled_from(
        ("目标任务分解", "主要指标分解", "年度目标分解", "目标分解", "指标任务分解", "主要目标分解表")
    )
)
def test_a_chapter_breaking_the_targets_down_among_places_is_a_goals_chapter(title: str) -> None:
    doc, _ = extracted(
        _QUJING + f"二、{title}\n表1　各县（市、区）2026年主要指标分解表\n"
        "县（市、区）\t有效发明专利（件）\t地理标志商标（件）\n麒麟区\t600\t2\n宣威市\t220\t5\n"
        "三、重点任务分解\n（一）加强知识产权创造。每年培育知识产权示范企业5家。（责任单位：市市场监管局）\n"
    )
    kinds = {s.path: s.chapter_kind for s in doc.sections}
    assert kinds["二"] == "goals"
    assert kinds["三"] == "tasks"  # the tasks' breakdown is work
    assert [t.path for t in doc.tasks] == ["三.(一)"]
    assert {(t.region_name, t.value_text) for t in doc.targets} >= {("麒麟区", "600"), ("宣威市", "5")}


_TASKS = (
    "新增发明专利授权量300件",
    "培育国家知识产权优势企业3家",
    "开展专利侵权纠纷行政裁决20件",
    "建设知识产权维权援助工作站",
    "推进知识产权质押融资",
    "培育地理标志商标2件",
    "开展专利导航项目1项",
    "组织知识产权宣传周活动",
    "建设商标品牌指导站",
)
_LEADS = ("区市场监管局", "区科技局", "区发改局")
_HELPERS = (
    "区工信局",
    "区司法局",
    "区财政局",
    "区农业农村局",
    "区教育局",
    "区商务局",
    "区公安分局",
    "区文旅局",
    "区人社局",
)
_QINDU = ["秦都区2024年知识产权强区建设重点任务分工表"]
_HEADER = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
_WIDTHS = [3, 20, 8, 8, 7]


@settings(max_examples=24, deadline=None)
@given(
    spans=st.lists(st.sampled_from((1, 3, 5)), min_size=1, max_size=3).filter(lambda s: sum(s) <= 9),
    centred=st.booleans(),
    numbered=st.booleans(),
)
def test_a_pdf_lead_cell_merged_over_rows_and_printed_once_leads_every_row_it_spans(
    spans: list[int], centred: bool, numbered: bool
) -> None:
    rows, leads = [_HEADER], []
    for group, span in enumerate(spans):
        for k in range(span):
            n = len(leads)
            printed = _LEADS[group] if k == span // 2 else ""  # the merged cell's text, centred
            rows.append([str(n + 1), _TASKS[n], printed, _HELPERS[n], "2024年12月"])
            leads.append(_LEADS[group])
    if not numbered:  # a table of no 序号 column (重点任务 | 牵头单位 | …)
        rows = [row[1:] for row in rows]
    widths = _WIDTHS if numbered else _WIDTHS[1:]
    doc, _ = extracted(to_table_pdf(_QINDU, rows, widths, [], centred=centred), "plan.pdf")
    units = named_units(doc)
    texts = {t.path: t.text for t in doc.tasks}
    for n, lead in enumerate(leads, start=1):
        assert [(s, r) for s, r, _ in units[f"表1.{n}"]] == [(lead, "lead"), (_HELPERS[n - 1], "support")]
        assert _TASKS[n - 1] in texts[f"表1.{n}"]
        assert n == len(leads) or _TASKS[n] not in texts[f"表1.{n}"]  # its own row, not the next


@pytest.mark.parametrize("centred", [False, True])
def test_a_pdf_row_naming_its_lead_alone_keeps_it_as_the_lead(centred: bool) -> None:
    rows = [
        _HEADER,
        ["1", _TASKS[0], "区科技局", "", "2024年12月"],
        ["2", _TASKS[1], "区市场监管局", "区工信局", "2024年12月"],
        ["3", _TASKS[2], "区司法局", "", "2024年11月"],
    ]
    doc, _ = extracted(to_table_pdf(_QINDU, rows, _WIDTHS, [], centred=centred), "plan.pdf")
    units = named_units(doc)
    assert [(s, r) for s, r, _ in units["表1.1"]] == [("区科技局", "lead")]
    assert [(s, r) for s, r, _ in units["表1.2"]] == [("区市场监管局", "lead"), ("区工信局", "support")]
    assert [(s, r) for s, r, _ in units["表1.3"]] == [("区司法局", "lead")]
