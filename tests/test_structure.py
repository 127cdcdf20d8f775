"""Segmentation: hierarchy and paths, paragraphs rebuilt from wrapped lines, clauses, text tables."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from loaders import load_bytes
from policykg.extract import tasks
from policykg.extract.headings import is_heading_only
from policykg.extract.markers import match_marker, strip_md
from policykg.extract.pipeline import extract_document
from policykg.extract.structure import _heading_only, _opening, build_paragraphs, chapter_kind, segment
from policykg.extract.tables import detect_text_tables, task_columns
from policykg.extract.tasks import find_clauses
from tests.conftest import CORPUS
from tests.patterns import assert_same_matches


def test_hierarchy_paths_and_titles(corpus_docs) -> None:
    doc = corpus_docs["000_7198047be529bd92"]
    items = [t for t in doc.tasks if t.kind == "item" and t.chapter_kind == "tasks"]
    assert len(items) == 23
    assert [t.path for t in items[:4]] == ["四.(一).1", "四.(一).2", "四.(一).3", "四.(二).1"]
    assert items[0].title == "强化示范创建组织领导"
    assert items[0].text.startswith("1. 强化示范创建组织领导。")
    # a task keeps the unnumbered paragraphs that follow it
    three_paragraph_task = next(t for t in items if t.path == "四.(二).2")
    assert three_paragraph_task.text.count("〔责任单位") == 3


def test_chapter_kinds() -> None:
    assert chapter_kind("保障措施") == "safeguards"
    assert chapter_kind("提升措施") == "tasks"
    assert chapter_kind("主要目标") == "goals"
    assert chapter_kind("基本原则") == "guidance"
    assert chapter_kind("工作步骤") == "phases"
    assert chapter_kind("加大知识产权强市建设统筹推进力度") == "tasks"


def test_principles_goals_and_phases_are_not_tasks(corpus_docs) -> None:
    paths = {t.path for t in corpus_docs["000_7198047be529bd92"].tasks}
    assert not any(p.startswith(("一", "二", "三", "五")) for p in paths)
    assert {"六.1", "六.5"} <= paths  # safeguards are tasks (their obligations are implicit)


def test_phase_items_are_tasks_but_phases_are_not(corpus_docs) -> None:
    paths = [t.path for t in corpus_docs["001_7333182f597660d8"].tasks if t.chapter_kind == "phases"]
    assert "四.(一)" not in paths
    assert paths[:3] == ["四.(一).1", "四.(一).2", "四.(一).3"]


def test_wrapped_lines_are_one_paragraph() -> None:
    text = "一、重点任务\n1.建立高价值专利培育机制，拓展高价值专利培育途径，建\n\n立以创新型企业为主体的新模式。\n2.开展工作。\n"
    paragraphs = [text[p.span[0] : p.span[1]] for p in build_paragraphs(text, [])]
    assert paragraphs == [
        "一、重点任务",
        "1.建立高价值专利培育机制，拓展高价值专利培育途径，建\n\n立以创新型企业为主体的新模式。",
        "2.开展工作。",
    ]


def test_markdown_headings_and_item_variants() -> None:
    text = (
        "# 某县知识产权工作要点\n\n## 一、重点任务\n\n### （一）强化保护\n\n1、开展执法。（县市场监管局负责）\n\n"
        "（1）开展宣传。（县委宣传部负责）\n\n①开展培训。（县人社局负责）\n"
    )
    structure = segment(text, [])
    assert [u.path for u in structure.units] == [
        "#",
        "一",
        "一.(一)",
        "一.(一).1",
        "一.(一).1.(1)",
        "一.(一).1.(1).①",
    ]


def test_clauses() -> None:
    text = "（一）强化管理。一是推进改革，完善体制。二是配齐人员。三是加大投入。"
    clauses = find_clauses(text, 0, len(text))
    assert [label for label, _ in clauses] == ["一是", "二是", "三是"]
    assert text[clauses[1][1][0] : clauses[1][1][1]] == "二是配齐人员。"
    assert find_clauses("这是一是非问题。", 0, 8) == []  # a lone 一是 is not a clause list


def test_clause_annotations_go_to_their_clause() -> None:
    text = (
        "某县知识产权强县建设工作方案\n三、重点任务\n（一）强化管理。一是推进改革（县科技局负责）。"
        "二是配齐人员（县人社局负责）。\n（二）强化保护。一是开展执法。二是开展宣传。（县市场监管局负责）\n"
    )
    doc = extract_document(load_bytes(text.encode(), "plan.txt"))
    by_path = {t.path: [(r.agency.surface, r.role) for r in t.responsibilities] for t in doc.tasks}
    assert by_path["三.(一).一是"] == [("县科技局", "sole")]
    assert by_path["三.(一).二是"] == [("县人社局", "sole")]
    assert by_path["三.(二)"] == [("县市场监管局", "sole")]  # closes a paragraph of clauses: whole task
    assert by_path["三.(二).一是"] == []


def test_cell_per_line_table_of_plan_002() -> None:
    text = (CORPUS / "002_ca6686d6752a9e5a.txt").read_text(encoding="utf-8")
    (table,) = detect_text_tables(text, [])
    assert table.origin == "cell-per-line"
    assert len(table.rows) == 26  # header + 25 indicators
    assert {len(r) for r in table.rows} == {12}
    header = [text[c.span[0] : c.span[1]] for c in table.rows[0]]
    assert header[0] == "序号"
    assert header[2] == "海安"
    assert header[-1] == "合计"
    assert header[1] == "区域\n\n指标"
    row14 = [text[c.span[0] : c.span[1]] for c in table.rows[14]]
    assert row14[1] == "专利质押融资登记数（笔）/金额（万元）"
    assert row14[5] == "16/4000"
    assert task_columns(text, table) is None  # a target table, not a task table


def test_markdown_task_table() -> None:
    text = (
        "海淀区知识产权强区建设实施方案\n\n一、重点任务\n\n| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |\n"
        "|---|---|---|---|---|\n| 1 | 开展专利导航。 | 区市场监管局 | 区科委、区经信局 | 2024年12月 |\n"
        "| 2 | 推进质押融资。 | 区金融办 | 区市场监管局（知识产权局） | 长期 |\n"
    )
    doc = extract_document(load_bytes(text.encode(), "plan.md"))
    assert doc.plan.region is not None
    assert doc.plan.region.name == "海淀区"
    rows = [t for t in doc.tasks if t.kind == "table_row"]
    assert [t.path for t in rows] == ["一.表1.1", "一.表1.2"]
    assert rows[0].deadline == "2024年12月"
    assert [(r.agency.surface, r.role) for r in rows[0].responsibilities] == [
        ("区市场监管局", "lead"),
        ("区科委", "support"),
        ("区经信局", "support"),
    ]
    assert rows[0].responsibilities[0].agency.id == "agency/110108/market_regulation"
    assert doc.tables[0].role == "tasks"


def test_tab_separated_task_table() -> None:
    text = "一、重点任务\n序号\t主要任务\t责任单位\n1\t开展培训。\t县人社局牵头，县科技局配合\n"
    doc = extract_document(load_bytes(text.encode(), "plan.txt"))
    (row,) = [t for t in doc.tasks if t.kind == "table_row"]
    assert [(r.agency.surface, r.role) for r in row.responsibilities] == [
        ("县人社局", "lead"),
        ("县科技局", "support"),
    ]


_LINE_PIECES = [
    "一、",
    "（二）",
    "3.",
    "1.2",
    "（4）",
    "## ",
    "**",
    "总体要求",
    "推进专利导航",
    "。",
    "，",
    "\n",
    "\n\n",
    "附件1",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LINE_PIECES), max_size=24).map("".join), st.booleans())
def test_a_paragraph_opening_read_once_is_the_one_read_again(text: str, decimal: bool) -> None:
    """build_paragraphs keeps the markdown marks and marker read on each paragraph's first line, for the
    checks of the paragraph while it is that one line (structure._opening): what reading it again gives."""
    for para in build_paragraphs(text, [], decimal):
        s, e = para.span
        body, md = strip_md(text, s, e)
        assert _opening(text, para, decimal) == (body, md, match_marker(text, body, e, decimal=decimal))
        assert _heading_only(text, para, decimal) == is_heading_only(text, para.span, decimal)


#: The clause pattern as written before it opened with its numeral: a look-behind first, then the numerals
#: (一是, 一要; after a comma too, 重点做好以下工作，一是…, or an item's number, 3.一是…) or 第 and the
#: numerals before a pause (第一，).
_CLAUSE_BEHIND_FIRST = re.compile(
    r"(?:(?<=^)|(?<=[。；;：:，,\n\s.．、）)]))([一二三四五六七八九十]{1,3})(是|要)"
    r"|(?:(?<=^)|(?<=[。；;：:\n\s]))第([一二三四五六七八九十]{1,3})(?=[，,、：:])"
    r"|(?:(?<=^)|(?<=[。；;：:\n\s]))其([一二三四五六七八九十]{1,2})(?=[，,、：:])"
)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="一二三十是要。；:\n 　a第其，、", max_size=20), st.data())
def test_the_clause_pattern_opening_with_its_numeral_finds_what_the_look_behind_first_finds(
    text: str, data: st.DataObject
) -> None:
    assert_same_matches(tasks._CLAUSE, _CLAUSE_BEHIND_FIRST, text, data)
