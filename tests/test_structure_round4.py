"""Unit lines, closing rules and two-row table headers: small plans written for the tests.

1. A line of unit names alone after an item's text (…执法行动。\\n区市场监管局　区公安分局) names its units.
2. The items of a 附则 chapter (本方案由…负责解释, 自印发之日起施行) are no tasks and oblige nobody.
3. A task table or target table with a two-row header (a merged 责任单位 over 牵头单位 | 配合单位, a merged
   目标值 over 2023年 | 2024年 | 2025年) is read with each column's header being the upper and lower cell.
"""

from __future__ import annotations

import io

from docx import Document as new_docx

from policykg.models import Document
from tests.formats import paragraphs_of, to_docx, to_pdf
from tests.plans import extracted, named_units

# --- 1. a line of unit names alone after an item ------------------------------------------------------

NAME_LINES = """某区知识产权强区建设工作方案
一、总体要求
以习近平新时代中国特色社会主义思想为指导，全面加强知识产权工作。
二、重点任务
1.加强知识产权创造。培育高价值专利，开展专利导航。
区科技局　区工信局
2.强化知识产权保护。建立快速维权机制，开展专项执法行动。
区市场监管局、区公安分局、区法院
3.推进知识产权运用。推动专利转化。
4.优化知识产权服务。建设公共服务平台。
牵头单位　配合单位
5.加强人才培养。举办培训班。
区政府推动设立知识产权服务中心
6.加强宣传。开展宣传周活动。
区委宣传部
三、保障措施
（一）加强组织领导。成立知识产权工作领导小组。

某区人民政府
2024年3月1日
"""


def test_a_line_of_unit_names_after_an_item_names_its_units() -> None:
    doc, _ = extracted(NAME_LINES)
    named = named_units(doc)
    assert named["二.1"] == [("区科技局", "joint", "annotation"), ("区工信局", "joint", "annotation")]
    assert named["二.2"] == [
        ("区市场监管局", "joint", "annotation"),
        ("区公安分局", "joint", "annotation"),
        ("区法院", "joint", "annotation"),
    ]
    assert named["二.6"] == [("区委宣传部", "sole", "annotation")]
    # the evidence is the line itself, and the line stays in the item's text
    tasks = {t.path: t for t in doc.tasks}
    evidence = tasks["二.2"].responsibilities[0]
    assert evidence.quote == "区市场监管局、区公安分局、区法院"
    assert tasks["二.2"].text.endswith("开展专项执法行动。\n区市场监管局、区公安分局、区法院")
    # an item without such a line gets nobody from its neighbour's
    assert named["二.3"] == []
    # a header line and a line with sentence words are no unit lines (the sentence's subject is read as prose)
    assert named["二.4"] == []
    assert named["二.5"] == [("区政府", "implicit", "prose")]
    # the signature after the last item is the plan's issuer, nobody's unit line
    assert [i.name for i in doc.plan.issuers] == ["某区人民政府"]
    assert named["三.(一)"] == []
    assert all(r.basis == "issuer_default" for r in tasks["三.(一)"].responsibilities)


def test_a_unit_line_with_first_is_lead() -> None:
    plan = NAME_LINES.replace("二、重点任务\n", "二、重点任务\n（各项任务列第一位的为牵头单位）\n")
    doc, _ = extracted(plan)
    named = named_units(doc)
    assert named["二.2"] == [
        ("区市场监管局", "lead", "annotation"),
        ("区公安分局", "support", "annotation"),
        ("区法院", "support", "annotation"),
    ]
    # a unit listed alone is its task's doer under the rule, as with no rule (round 24)
    assert named["二.6"] == [("区委宣传部", "sole", "annotation")]


def test_a_unit_line_does_not_speak_for_the_list() -> None:
    plan = """某县知识产权工作要点
一、重点任务
1.加强创造。培育高价值专利。
2.加强保护。开展专项执法行动。
3.加强运用。推动专利转化。
县市场监管局　县科技局
"""
    doc, _ = extracted(plan)
    named = named_units(doc)
    assert named["一.1"] == []
    assert named["一.2"] == []
    assert named["一.3"] == [("县市场监管局", "joint", "annotation"), ("县科技局", "joint", "annotation")]


def test_a_unit_line_in_docx_and_pdf() -> None:
    paragraphs = paragraphs_of(NAME_LINES)
    for data, name in ((to_docx(paragraphs), "plan.docx"), (to_pdf(paragraphs, width=60), "plan.pdf")):
        doc, _ = extracted(data, name)
        named = named_units(doc)
        assert named["二.1"] == [("区科技局", "joint", "annotation"), ("区工信局", "joint", "annotation")], (
            name
        )
        assert [m[0] for m in named["二.2"]] == ["区市场监管局", "区公安分局", "区法院"], name
        assert named["二.4"] == [], name
        assert named["二.5"] == [("区政府", "implicit", "prose")], name


# --- 2. the closing provisions (附则) are no tasks --------------------------------------------------------

SUPPLEMENTARY = """某县知识产权强县建设工作方案
一、重点任务
（一）加强知识产权创造。培育高价值专利。（县科技局负责）
（二）强化知识产权保护。开展专项执法行动。
二、保障措施
（一）加强组织领导。县市场监管局要牵头建立工作机制。
（二）强化督查考核。县政府办要加强督查。本方案由县市场监管局负责解释。
三、{title}
（一）本方案由县市场监管局负责解释。
（二）本方案自印发之日起施行，有效期至2025年12月31日。

某县人民政府
2024年3月1日
"""


def test_supplementary_chapter_items_are_no_tasks() -> None:
    for title in ("附则", "其他事项"):
        doc, _ = extracted(SUPPLEMENTARY.format(title=title))
        kinds = {s.path: s.chapter_kind for s in doc.sections}
        assert kinds["三"] == kinds["三.(一)"] == kinds["三.(二)"] == "supplementary", title
        assert kinds["二"] == kinds["二.(一)"] == "safeguards", title
        assert [t.path for t in doc.tasks] == ["一.(一)", "一.(二)", "二.(一)", "二.(二)"], title
        named = named_units(doc)
        # safeguards keep their prose obligations; the interpretation clause obliges nobody
        assert named["二.(一)"] == [("县市场监管局", "implicit", "prose")], title
        assert named["二.(二)"] == [("县政府办", "implicit", "prose")], title
        assert named["一.(二)"] == [], title
        assert not any(t.text.startswith("（一）本方案") for t in doc.tasks), title


def test_supplementary_chapter_in_docx() -> None:
    doc, _ = extracted(to_docx(paragraphs_of(SUPPLEMENTARY.format(title="附则"))), "plan.docx")
    assert [t.path for t in doc.tasks] == ["一.(一)", "一.(二)", "二.(一)", "二.(二)"]
    assert {s.chapter_kind for s in doc.sections if s.path.startswith("三")} == {"supplementary"}


# --- 3. two-row table headers ----------------------------------------------------------------------------

TABLE_PLAN = [
    "某区知识产权强区建设工作方案",
    "一、主要目标",
    "到2025年，知识产权工作取得明显成效。",
    "二、重点任务",
]
TASK_ROWS = [
    ["序号", "重点任务", "责任单位", "", "完成时限"],
    ["", "", "牵头单位", "配合单位", ""],
    ["1", "建立知识产权快速维权机制。", "区市场监管局", "区公安分局、区法院", "2024年底前"],
    ["2", "开展重点产业专利导航。", "区科技局", "区工信局", "长期坚持"],
]
TARGET_ROWS = [
    ["指标", "目标值", "", "", "属性"],
    ["", "2023年", "2024年", "2025年", ""],
    ["发明专利拥有量（件）", "1000", "1200", "1500", "预期性"],
    ["PCT国际专利申请量（件）", "10", "12", "15", "约束性"],
]


def _merged_docx(
    paragraphs: list[str], rows: list[list[str]], merges: list[tuple[int, int, int, int]]
) -> bytes:
    """A .docx with one table whose cells (r1, c1)–(r2, c2) are merged, as a word processor writes them."""
    doc = new_docx()
    for para in paragraphs:
        doc.add_paragraph(para)
    grid = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value:
                grid.cell(r, c).text = value
    for r1, c1, r2, c2 in merges:
        grid.cell(r1, c1).merge(grid.cell(r2, c2))
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _merged_html(paragraphs: list[str], rows: list[str]) -> bytes:
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    table = "<table border='1'>" + "".join(f"<tr>{r}</tr>\n" for r in rows) + "</table>"
    return f"<html><head><meta charset='utf-8'></head><body>{body}{table}</body></html>".encode()


def _task_table_facts(
    doc: Document,
) -> tuple[list[str], dict[str, list[tuple[str, str]]], dict[str, str | None]]:
    rows = [t for t in doc.tasks if t.kind == "table_row"]
    return (
        [t.title or "" for t in rows],
        {t.title or "": [(r.agency.surface, r.role) for r in t.responsibilities] for t in rows},
        {t.title or "": t.deadline for t in rows},
    )


def _check_task_table(doc: Document) -> None:
    assert [t.role for t in doc.tables] == ["tasks"]
    assert doc.tables[0].header == ["序号", "重点任务", "责任单位牵头单位", "责任单位配合单位", "完成时限"]
    titles, units, deadlines = _task_table_facts(doc)
    assert titles == ["建立知识产权快速维权机制", "开展重点产业专利导航"]
    assert units["建立知识产权快速维权机制"] == [
        ("区市场监管局", "lead"),
        ("区公安分局", "support"),
        ("区法院", "support"),
    ]
    assert units["开展重点产业专利导航"] == [("区科技局", "lead"), ("区工信局", "support")]
    assert deadlines["建立知识产权快速维权机制"] == "2024年底前"


def test_a_task_table_with_a_two_row_header_in_docx() -> None:
    # 责任单位 merged over two columns; 序号, 重点任务 and 完成时限 merged down over both header rows
    merges = [(0, 2, 0, 3), (0, 0, 1, 0), (0, 1, 1, 1), (0, 4, 1, 4)]
    doc, _ = extracted(_merged_docx(TABLE_PLAN, TASK_ROWS, merges), "plan.docx")
    _check_task_table(doc)


def test_a_task_table_with_a_two_row_header_in_html() -> None:
    rows = [
        "<td rowspan='2'>序号</td><td rowspan='2'>重点任务</td><td colspan='2'>责任单位</td>"
        "<td rowspan='2'>完成时限</td>",
        "<td>牵头单位</td><td>配合单位</td>",
        *("".join(f"<td>{c}</td>" for c in row) for row in TASK_ROWS[2:]),
    ]
    doc, _ = extracted(_merged_html(TABLE_PLAN, rows), "plan.html")
    _check_task_table(doc)


def _check_target_table(doc: Document) -> None:
    assert doc.tables[0].header == ["指标", "目标值2023年", "目标值2024年", "目标值2025年", "属性"]
    found = sorted((t.indicator, t.year, t.value, t.unit) for t in doc.targets if t.year is not None)
    assert ("发明专利拥有量", 2023, 1000.0, "件") in found
    assert ("发明专利拥有量", 2025, 1500.0, "件") in found
    assert ("PCT国际专利申请量", 2024, 12.0, "件") in found
    # the sub-header row is no target row
    assert not any(t.indicator in ("", "2023年") for t in doc.targets)


def test_a_target_table_with_a_two_row_header_in_docx() -> None:
    # 目标值 merged over three columns; 指标 and 属性 left empty in the second header row
    doc, _ = extracted(_merged_docx(TABLE_PLAN, TARGET_ROWS, [(0, 1, 0, 3)]), "plan.docx")
    _check_target_table(doc)


def test_a_target_table_with_a_two_row_header_in_html() -> None:
    rows = [
        "<td rowspan='2'>指标</td><td colspan='3'>目标值</td><td rowspan='2'>属性</td>",
        "<td>2023年</td><td>2024年</td><td>2025年</td>",
        *("".join(f"<td>{c}</td>" for c in row) for row in TARGET_ROWS[2:]),
    ]
    doc, _ = extracted(_merged_html(TABLE_PLAN, rows), "plan.html")
    _check_target_table(doc)


def test_a_task_table_with_a_two_row_header_in_markdown() -> None:
    # a text table writes the merged cell as empty cells after it
    lines = ["| " + " | ".join(TASK_ROWS[0]) + " |", "|" + "---|" * 5]
    lines += ["| " + " | ".join(row) + " |" for row in TASK_ROWS[1:]]
    doc, _ = extracted("\n".join([*TABLE_PLAN, "", *lines, ""]), "plan.md")
    _check_task_table(doc)


def test_a_caption_row_across_a_task_table() -> None:
    # a first row merged across every column is the table's caption: the row below names the columns
    rows = [
        ["重点任务分工表", "", "", "", ""],
        ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
        *TASK_ROWS[2:],
    ]
    doc, _ = extracted(_merged_docx(TABLE_PLAN, rows, [(0, 0, 0, 4)]), "plan.docx")
    assert doc.tables[0].header == ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
    _, units, _ = _task_table_facts(doc)
    assert units["开展重点产业专利导航"] == [("区科技局", "lead"), ("区工信局", "support")]
