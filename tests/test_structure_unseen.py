"""Outline styles the corpus lacks: items with sub-items of their own, decimal numbering (1 / 1.1 / 1.1.1),
第X章 / 第X节 chapters, a goals sub-section inside 总体要求, markdown emphasis in headings. Small plans
written for the tests, each in the shape a probe found mis-read."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from policykg.extract.markers import (
    decimal_outline,
    decimal_outline_by_lines,
    match_marker,
    match_marker_by_patterns,
)
from policykg.extract.structure import segment
from policykg.models import Document
from tests.plans import extracted


def _owner(task_id: str | None, goal_id: str | None) -> str:
    """task/<path> or goal/<path>: the part of the owner's id after the document id."""
    owner = task_id or goal_id or "-"
    return owner.split("/", 1)[-1]


# --- 1. an item with sub-items is a task of its own when its own text carries work -------------------

PARENT_ITEM = """某区知识产权工作方案
二、重点任务
（一）促进运用
1.拓展知识产权金融服务。推广专利导航，全年质押融资20亿元。（区金融局负责）
（1）深化银企对接。举办对接活动4场。（区金融局负责）
（2）推广保险。（区市场监管局负责）
2.推进地理标志运用。打造区域品牌。
（1）开展保护。（区农业农村局负责）
（二）强化保护（区市场监管局牵头）
1.开展执法。（区公安分局负责）
三、工作步骤
分以下两个阶段开展：
（一）部署阶段（2024年3月）
1.制定方案。（区市场监管局负责）
"""


def test_parent_item_is_a_task_limited_to_its_own_text() -> None:
    doc, text = extracted(PARENT_ITEM)
    tasks = {t.path: t for t in doc.tasks}
    assert list(tasks) == [
        "二.(一).1",
        "二.(一).1.(1)",
        "二.(一).1.(2)",
        "二.(一).2",
        "二.(一).2.(1)",
        "二.(二)",
        "二.(二).1",
        "三.(一).1",
    ]
    parent = tasks["二.(一).1"]
    assert parent.title == "拓展知识产权金融服务"
    assert parent.text == "1.拓展知识产权金融服务。推广专利导航，全年质押融资20亿元。（区金融局负责）"
    # its own annotation once, none of its sub-items'
    assert [(r.agency.surface, r.role, r.basis) for r in parent.responsibilities] == [
        ("区金融局", "sole", "annotation")
    ]
    assert [r.agency.surface for r in tasks["二.(一).1.(2)"].responsibilities] == ["区市场监管局"]
    # a heading that names who leads is a task; a bare heading (（一）促进运用) and a lead-in are not
    assert [r.agency.surface for r in tasks["二.(二)"].responsibilities] == ["区市场监管局"]
    assert tasks["二.(二)"].text == "（二）强化保护（区市场监管局牵头）"
    by_value = {(t.value, t.unit): _owner(t.task_id, t.goal_id) for t in doc.targets}
    assert by_value[(20, "亿元")] == "task/二.(一).1"
    assert by_value[(4, "场")] == "task/二.(一).1.(1)"
    assert text.count("（区金融局负责）") == sum(
        r.quote == "（区金融局负责）" for t in doc.tasks for r in t.responsibilities
    )


# --- 2. decimal outline numbering -----------------------------------------------------------------------

DECIMAL = """某区知识产权三年行动方案
1 总体要求
1.1 指导思想
坚持创新驱动。
1.2 发展目标
到2026年，万人发明专利拥有量达到60件，发明专利授权量累计达到1.5万件，
2.5亿元以上的质押融资项目不少于3个。
2 重点行动
2.1 创造提质行动
2.1.1 开展高价值专利培育。形成高价值专利组合20个。责任单位：区市场监管局（牵头）、区科技局。
2.1.2 推动企业贯标。每年新增贯标企业80家。（区市场监管局负责）
2.2 运用促进行动
2.2.1 深化质押融资。年内完成质押登记金额20亿元。（区金融局负责）
3 保障措施
3.1 加强组织领导。区知识产权工作领导小组统筹推进本方案实施。
"""


def test_decimal_outline_levels_paths_and_titles() -> None:
    doc, _ = extracted(DECIMAL)
    assert [(s.path, s.level, s.kind, s.chapter_kind, s.title) for s in doc.sections] == [
        ("1", 1, "chapter", "guidance", "总体要求"),
        ("1.1", 2, "section", "guidance", "指导思想"),
        ("1.2", 2, "section", "goals", "发展目标"),
        ("2", 1, "chapter", "tasks", "重点行动"),
        ("2.1", 2, "section", "tasks", "创造提质行动"),
        ("2.1.1", 3, "item", "tasks", "开展高价值专利培育"),
        ("2.1.2", 3, "item", "tasks", "推动企业贯标"),
        ("2.2", 2, "section", "tasks", "运用促进行动"),
        ("2.2.1", 3, "item", "tasks", "深化质押融资"),
        ("3", 1, "chapter", "safeguards", "保障措施"),
        ("3.1", 2, "section", "safeguards", "加强组织领导"),
    ]
    assert [t.path for t in doc.tasks] == ["2.1.1", "2.1.2", "2.2.1", "3.1"]
    assert doc.plan.title == "某区知识产权三年行动方案"
    # the wrapped line opening with 2.5亿元 stays in the goal's paragraph
    assert [g.path for g in doc.goals] == ["1.2.p1"]
    assert doc.goals[0].text.endswith("2.5亿元以上的质押融资项目不少于3个。")
    owners = {(t.value, t.unit): _owner(t.task_id, t.goal_id) for t in doc.targets}
    assert owners[(60, "件")] == "goal/1.2.p1"
    assert owners[(20, "个")] == "task/2.1.1"


def test_decimal_outline_gives_the_same_tasks_as_chinese_numbering() -> None:
    chinese = (
        DECIMAL.replace("1 总体要求", "一、总体要求")
        .replace("1.1 指导思想", "（一）指导思想")
        .replace("1.2 发展目标", "（二）发展目标")
        .replace("2 重点行动", "二、重点行动")
        .replace("2.1 创造提质行动", "（一）创造提质行动")
        .replace("2.1.1 ", "1.")
        .replace("2.1.2 ", "2.")
        .replace("2.2 运用促进行动", "（二）运用促进行动")
        .replace("2.2.1 ", "1.")
        .replace("3 保障措施", "三、保障措施")
        .replace("3.1 ", "（一）")
    )
    decimal, _ = extracted(DECIMAL)
    cn, _ = extracted(chinese)

    def facts(doc: Document) -> list[tuple[str | None, list[tuple[str, str]]]]:
        return [(t.title, [(r.agency.surface, r.role) for r in t.responsibilities]) for t in doc.tasks]

    assert facts(decimal) == facts(cn)
    assert len(decimal.targets) == len(cn.targets)


def test_dotted_chapter_number_heads_a_decimal_outline() -> None:
    text = "1. 总体要求\n1.1 发展目标\n到2026年，专利授权量达到500件。\n2. 重点任务\n2.1 开展专利导航。（区市场监管局负责）\n"
    structure = segment(text, [])
    assert [(u.path, u.level) for u in structure.units] == [("1", 1), ("1.1", 2), ("2", 1), ("2.1", 2)]


def test_numbers_in_text_are_not_outline_markers() -> None:
    for line in (
        "2.5亿元以上",
        "1.2件",
        "3.5%以上",
        "1.5万件",
        "2024.3.15召开",
        "12 月底前",
        "3.5 亿元",
        "0.8个百分点",
    ):
        assert match_marker(line, 0, len(line), decimal=True) is None, line
    for line in ("1.1 发展目标", "2.1.1开展培育", "3.2、加大投入", "4 保障措施"):
        marker = match_marker(line, 0, len(line), decimal=True)
        assert marker is not None, line
        assert marker.style == "decimal", line
    assert match_marker("4 保障措施", 0, 6) is None  # a bare number heads a chapter only in a decimal outline


_HEADINGS = st.sampled_from(
    ["总体要求", "重点任务", "创造提质行动", "加强组织领导", "开展专利导航", "推进品牌建设"]
)
_QUANTITIES = st.sampled_from(["亿元", "万件", "%", "件", "个", "万元", "家"])


@st.composite
def _outline(draw: st.DrawFn) -> tuple[str, list[str]]:
    """A decimal outline of random depth (1 … 1.1.1.1), with body lines that open with numbers."""
    lines: list[str] = []
    numbers: list[str] = []

    def grow(prefix: str, depth: int) -> None:
        # a chapter 1 with a section 1.1: a plan shows its decimal outline by a number like 1.1
        least = 1 if prefix in ("", "1") else 0
        for n in range(1, draw(st.integers(least, 3)) + 1):
            number = f"{prefix}.{n}" if prefix else str(n)
            numbers.append(number)
            gap = draw(st.sampled_from([" ", "", "、", "．"])) if prefix else " "
            body = draw(st.sampled_from(["", "。推进工作落实。"]))
            lines.append(f"{number}{gap}{draw(_HEADINGS)}{body}")
            if draw(st.booleans()):
                whole, frac = draw(st.integers(1, 99)), draw(st.integers(1, 9))
                sep = draw(st.sampled_from(["", " "]))
                lines.append(f"{whole}.{frac}{sep}{draw(_QUANTITIES)}以上的项目要按期完成。")
            if depth < 4:
                grow(number, depth + 1)

    grow("", 1)
    return "\n".join(lines) + "\n", numbers


@settings(max_examples=150, deadline=None)
@given(_outline())
def test_decimal_outlines_nest_by_their_numbers(outline: tuple[str, list[str]]) -> None:
    text, numbers = outline
    units = segment(text, []).units
    assert [u.path for u in units] == numbers  # every heading a unit; no quantity line a unit
    for unit in units:
        assert unit.level == unit.path.count(".") + 1
        parent = units[unit.parent].path if unit.parent is not None else None
        assert parent == (unit.path.rpartition(".")[0] or None)


# --- 3. 第X章 / 第X节 ------------------------------------------------------------------------------------

CHAPTERS = """某市某区知识产权行动计划
第一章　总体要求
第一节　指导思想
坚持创新驱动。
第二节　主要目标
到2026年，全区每万人口发明专利拥有量达到45件。
第二章　重点任务
第一节　提升创造水平
一、加强高价值专利布局。每年培育高价值专利组合5个。由区科技局牵头，区市场监管局配合。
二、实施商标品牌战略。推动区域品牌建设。（区市场监管局负责）
第二节　促进运用
1.扩大质押融资。质押融资金额达到25亿元。（区金融局负责）
第三章　保障措施
一、加强组织领导。成立领导小组，办公室设在区市场监管局。
（一）健全工作机制。（区市场监管局负责）
"""


def test_chapters_and_jie_nest() -> None:
    doc, _ = extracted(CHAPTERS)
    assert [(s.path, s.level, s.kind, s.chapter_kind) for s in doc.sections] == [
        ("一", 1, "chapter", "guidance"),
        ("一.第一节", 2, "section", "guidance"),
        ("一.第二节", 2, "section", "goals"),
        ("二", 1, "chapter", "tasks"),
        ("二.第一节", 2, "section", "tasks"),
        ("二.第一节.一", 3, "item", "tasks"),
        ("二.第一节.二", 3, "item", "tasks"),
        ("二.第二节", 2, "section", "tasks"),
        ("二.第二节.1", 3, "item", "tasks"),
        ("三", 1, "chapter", "safeguards"),
        ("三.一", 2, "section", "safeguards"),
        ("三.一.(一)", 3, "item", "safeguards"),
    ]
    assert [(t.path, t.title) for t in doc.tasks] == [
        ("二.第一节.一", "加强高价值专利布局"),
        ("二.第一节.二", "实施商标品牌战略"),
        ("二.第二节.1", "扩大质押融资"),
        ("三.一", "加强组织领导"),
        ("三.一.(一)", "健全工作机制"),
    ]
    assert [g.path for g in doc.goals] == ["一.第二节.p1"]
    owners = {(t.value, t.unit): _owner(t.task_id, t.goal_id) for t in doc.targets}
    assert owners == {
        (45, "件"): "goal/一.第二节.p1",
        (5, "个"): "task/二.第一节.一",
        (25, "亿元"): "task/二.第二节.1",
    }


# --- 4. a goals sub-section inside 总体要求 ----------------------------------------------------------------

GOALS_SECTION = """某区知识产权三年行动方案
一、总体要求
（一）指导思想
坚持创新驱动。
（二）发展目标
到2026年，万人发明专利拥有量达到60件，培育省级知识产权示范企业不少于30家。
（三）基本原则
坚持质量优先。
二、重点任务
（一）推进贯标。（区市场监管局负责）
"""


def test_goals_section_inside_guidance_chapter() -> None:
    doc, _ = extracted(GOALS_SECTION)
    kinds = {s.path: s.chapter_kind for s in doc.sections}
    assert kinds == {"一": "guidance", "一.(一)": "guidance", "一.(二)": "goals", "一.(三)": "guidance",
                     "二": "tasks", "二.(一)": "tasks"}  # fmt: skip
    assert [g.path for g in doc.goals] == ["一.(二).p1"]
    assert sorted((t.value, t.unit) for t in doc.targets if t.goal_id) == [(30, "家"), (60, "件")]
    assert [t.path for t in doc.tasks] == ["二.(一)"]


# --- 5. markdown emphasis ------------------------------------------------------------------------------

MARKDOWN = """# 某区2024年知识产权工作要点

## 二、重点工作

### **（一）强化创造**

1. **培育知识产权优势企业。** 新增国家知识产权优势示范企业8家以上。（区市场监管局负责）

2. __推进商标品牌建设__。支持企业申请注册集体商标。（区市场监管局负责）
"""


def test_markdown_emphasis_stays_out_of_titles() -> None:
    doc, text = extracted(MARKDOWN, "plan.md")
    assert [(s.path, s.title) for s in doc.sections] == [
        ("#", "某区2024年知识产权工作要点"),
        ("二", "重点工作"),
        ("二.(一)", "强化创造"),
        ("二.(一).1", "培育知识产权优势企业"),
        ("二.(一).2", "推进商标品牌建设"),
    ]
    assert [t.title for t in doc.tasks] == ["培育知识产权优势企业", "推进商标品牌建设"]
    assert doc.tasks[0].text.startswith("1. 培育知识产权优势企业。")  # a .md's canonical text: no marks
    assert "**" not in text
    assert "__" not in text
    marked = MARKDOWN  # the segmenter still reads titles past marks it is given (a .txt holding them)
    structure = segment(marked, [])
    for unit in structure.units:
        assert unit.title_span is not None
        s, e = unit.title_span
        assert marked[s:e].replace("**", "").replace("__", "") == unit.title


_OUTLINE_PIECES = st.sampled_from(
    [
        "1.1 发展目标",
        "2.5亿元",
        "1.加强",
        "12.3.4 任务",
        " ",
        "\u3000",
        "\ufeff",
        "#",
        "## ",
        "**",
        "__",
        "\n",
        "一、",
        "3．1",
        "1.1",
        "万",
        "（1）",
        "\t",
        "x",
    ]
)


@given(st.lists(_OUTLINE_PIECES, max_size=8).map("".join))
def test_the_quick_outline_test_agrees_with_the_line_scan(text: str) -> None:
    assert decimal_outline(text) == decimal_outline_by_lines(text)


_MARKER_PIECES = st.sampled_from(
    [
        "第三章",
        "第二节",
        "第一阶段",
        "第五条",
        "一、",
        "（二）",
        "(3)",
        "12.",
        "1.1",
        "２．",
        "①",
        "⑳",
        "十",
        "百",
        "〇",
        " ",
        "\u3000",
        "、",
        ".",
        "．",
        "：",
        "年",
        "总体要求",
        "x",
        "٣",
    ]
)


@given(st.lists(_MARKER_PIECES, max_size=6).map("".join), st.booleans())
def test_the_quick_marker_test_agrees_with_every_pattern(text: str, decimal: bool) -> None:
    # the first-character test only skips what no pattern could match
    for start in range(len(text) + 1):
        assert match_marker(text, start, len(text), decimal=decimal) == match_marker_by_patterns(
            text, start, len(text), decimal=decimal
        )
