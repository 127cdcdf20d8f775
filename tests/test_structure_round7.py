"""Sections named by a 分工表 row, items whose one sentence obliges a unit, standards' codes beside targets:
small plans written for the tests.

1. A prose section restated by a row of the annex's 分工表 takes the row's units and time limit; its
   一是/二是 clauses keep the units their own words give (…，区金融办牵头，区市场监管局配合 /
   …，区市场监管局、区财政局按职责分工负责), as they do in a plan without the table.
2. An item whose whole text is one sentence obliging a unit ((二)县财政局要落实经费保障。), with numbered
   sub-items under it, is a task of that unit; the sub-items that name nobody of their own do its work and
   take its unit (tests/test_structure_round8.py), those naming their own keep them.
3. A target whose indicator names a standard (《…》（GB/T 29490-2023）贯标, DB32/T 3921-2020): the standard's
   numbers are neither values nor years.
4. A subject-led yearly amount (县财政每年安排…不少于200万元, 县财政部门每年…) is flagged annual, its subject
   off the indicator.
5. A task table whose header takes three rows (时间安排 over 2024年 | 2025年, each over 上半年 | 下半年) in
   .docx, .html and text: each column's header reads from the top down, and the header rows are no tasks.
"""

from __future__ import annotations

import pytest

from policykg.extract.quantities import numbers
from policykg.extract.targets import find_targets
from policykg.extract.textspan import squeeze
from policykg.models import Document
from tests.formats import paragraphs_of, to_docx
from tests.plans import extracted, named_units
from tests.test_structure_round4 import _merged_docx, _merged_html

# --- 1. a section named by a 分工表 row keeps its clauses' own units ----------------------------------------

SECTIONS = """江苏省苏州市吴江区知识产权强区建设工作方案
为深入实施知识产权强国战略，结合我区实际，制定本方案。
一、重点任务
（一）加强高价值专利培育。围绕主导产业开展高价值专利培育，每年培育高价值专利组合2个。
（二）推进知识产权金融服务。一是扩大质押融资规模，区金融办牵头，区市场监管局配合。二是推广知识产权保险，\
区市场监管局、区财政局按职责分工负责。
（三）加强知识产权保护。严厉打击侵权假冒行为。
二、保障措施
加强组织领导，定期调度工作进展。
附件：重点任务分工表
"""
DIVISION = [
    ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
    ["1", "加强高价值专利培育", "区市场监管局", "区科技局", "2025年底"],
    ["2", "推进知识产权金融服务", "区金融办", "区市场监管局、区财政局", "2024年底"],
    ["3", "加强知识产权保护", "区市场监管局", "区公安分局", "长期坚持"],
]

CLAUSES = {
    "一.(二).一是": [("区金融办", "lead", "annotation"), ("区市场监管局", "support", "annotation")],
    "一.(二).二是": [("区市场监管局", "joint", "annotation"), ("区财政局", "joint", "annotation")],
}


def _markdown(rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join([lines[0], "|" + "---|" * len(rows[0]), *lines[1:]]) + "\n"


@pytest.fixture(scope="module", params=["txt", "docx"])
def sections(request: pytest.FixtureRequest) -> Document:
    if request.param == "txt":
        doc, _ = extracted(SECTIONS + "\n" + _markdown(DIVISION), "wujiang.txt")
    else:
        doc, _ = extracted(to_docx(paragraphs_of(SECTIONS), DIVISION), "wujiang.docx")
    return doc


def test_a_section_named_by_a_row_takes_the_rows_units_and_time_limit(sections: Document) -> None:
    named = named_units(sections)
    assert named["一.(二)"] == [
        ("区金融办", "lead", "table"),
        ("区市场监管局", "support", "table"),
        ("区财政局", "support", "table"),
    ]
    tasks = {t.path: t for t in sections.tasks}
    assert tasks["一.(二)"].deadline == "2024年底"
    assert [t.path for t in sections.tasks if t.kind == "table_row"] == []


def test_its_clauses_keep_their_own_units(sections: Document) -> None:
    named = named_units(sections)
    assert {p: named[p] for p in CLAUSES} == CLAUSES
    evidence = next(t for t in sections.tasks if t.path == "一.(二).二是").responsibilities[0]
    assert evidence.quote == "区市场监管局、区财政局按职责分工负责"


def test_the_clauses_read_the_same_without_the_table() -> None:
    doc, _ = extracted(SECTIONS, "wujiang.txt")
    named = named_units(doc)
    assert {p: named[p] for p in CLAUSES} == CLAUSES
    assert named["一.(二)"] == []  # the section does not pool its clauses' units


def test_shared_words_after_a_subject_still_speak_of_its_partners() -> None:
    # 区市场监管局统筹推进，…按职责分工负责: the coordinator leads the units sharing the work (round 30: they were
    # implicit prose partners, while the same words in a note led and supported)
    plan = SECTIONS.replace(
        "（三）加强知识产权保护。严厉打击侵权假冒行为。",
        "（三）加强知识产权保护。区市场监管局统筹推进，区公安分局、区法院按职责分工负责。",
    )
    doc, _ = extracted(plan, "wujiang.txt")
    assert named_units(doc)["一.(三)"] == [
        ("区市场监管局", "lead", "annotation"),
        ("区公安分局", "support", "annotation"),
        ("区法院", "support", "annotation"),
    ]


def test_a_role_sentence_covering_the_task_is_not_read_again_by_its_last_clause() -> None:
    plan = SECTIONS.replace(
        "（三）加强知识产权保护。严厉打击侵权假冒行为。",
        "（三）加强知识产权保护。一是严厉打击侵权假冒行为；二是健全快速维权机制。区市场监管局牵头，区公安分局配合。",
    )
    doc, _ = extracted(plan + "\n" + _markdown(DIVISION), "wujiang.txt")
    named = named_units(doc)
    assert named["一.(三).一是"] == []
    assert named["一.(三).二是"] == []
    assert named["一.(三)"] == [
        ("区市场监管局", "lead", "annotation"),
        ("区公安分局", "support", "annotation"),
    ]


# --- 2. an item whose one sentence obliges a unit, with sub-items ------------------------------------------

FUNDS = """浙江省衢州市龙游县知识产权强县建设工作方案
为深入实施知识产权强国战略，结合我县实际，制定本方案。
一、工作目标
到2025年，全县有效发明专利拥有量达到800件。
二、重点任务
（一）加强高价值专利培育。围绕主导产业开展高价值专利培育，每年培育高价值专利组合2个。（责任单位：县市场监管局）
（二）县财政局要落实经费保障。
1.每年安排知识产权专项资金不少于200万元。
2.加强资金使用监管，提高资金使用效益。
3.对获得中国专利奖的企业给予奖励。（责任单位：县市场监管局、县财政局）
（三）加强知识产权保护。严厉打击侵权假冒行为。（责任单位：县市场监管局、县公安局）
三、保障措施
加强组织领导，定期调度工作进展。
"""


@pytest.fixture(scope="module", params=["txt", "docx"])
def funds(request: pytest.FixtureRequest) -> Document:
    if request.param == "txt":
        doc, _ = extracted(FUNDS, "longyou.txt")
    else:
        doc, _ = extracted(to_docx(paragraphs_of(FUNDS)), "longyou.docx")
    return doc


def test_an_item_whose_sentence_obliges_a_unit_is_its_task(funds: Document) -> None:
    tasks = {t.path: t for t in funds.tasks}
    assert list(tasks) == ["二.(一)", "二.(二)", "二.(二).1", "二.(二).2", "二.(二).3", "二.(三)", "三"]
    item = tasks["二.(二)"]
    assert item.kind == "section"
    assert item.title == "县财政局要落实经费保障"
    assert item.text == "（二）县财政局要落实经费保障。"
    assert named_units(funds)["二.(二)"] == [("县财政局", "implicit", "prose")]


def test_its_sub_items_name_their_own_units_or_take_the_heading_s(funds: Document) -> None:
    named = named_units(funds)
    assert named["二.(二).3"] == [
        ("县市场监管局", "joint", "annotation"),
        ("县财政局", "joint", "annotation"),
    ]
    tasks = {t.path: t for t in funds.tasks}
    for path in ("二.(二).1", "二.(二).2"):
        assert [(r.agency.name, r.basis) for r in tasks[path].responsibilities] == [
            ("衢州市龙游县财政局", "prose")
        ], path
    # the amount is the sub-item's target
    target = next(t for t in funds.targets if t.unit == "万元")
    assert target.task_id is not None
    assert target.task_id.endswith("/task/二.(二).1")


def test_a_heading_with_sub_items_stays_no_task() -> None:
    plan = FUNDS.replace("（二）县财政局要落实经费保障。", "（二）落实经费保障")
    doc, _ = extracted(plan, "longyou.txt")
    assert "二.(二)" not in {t.path for t in doc.tasks}


# --- 3. standards' codes beside targets -------------------------------------------------------------------

STANDARDS = """江苏省常州市溧阳市知识产权强市建设工作方案
一、重点任务
（一）推进企业贯标。推动100家企业开展《企业知识产权合规管理体系要求》（GB/T 29490-2023）贯标。
（二）强化贯标认证。到2025年，通过GB/T 29490贯标认证企业达到50家。
（三）推广地方标准。新增贯标企业20家（DB32/T 3921-2020）。
（四）推动体系认证。支持企业开展ISO 9001:2015质量管理体系认证，每年新增认证企业15家以上。
二、保障措施
加强组织领导。
"""


def test_standards_numbers_are_neither_values_nor_years() -> None:
    doc, _ = extracted(STANDARDS, "liyang.txt")
    got = [(t.indicator, t.value, t.unit, t.comparator, t.flags) for t in doc.targets]
    assert got == [
        ("企业开展《企业知识产权合规管理体系要求》（GB/T29490-2023）贯标", 100.0, "家", "=", []),
        ("通过GB/T29490贯标认证企业", 50.0, "家", ">=", []),
        ("贯标企业", 20.0, "家", "=", ["increment"]),
        ("认证企业", 15.0, "家", ">=", ["annual", "increment"]),
    ]
    # the plan's 到2025年 dates them, never a standard's edition (2023, 2020, 2015)
    assert [(t.year, t.year_basis) for t in doc.targets] == [
        (2025, "plan"),
        (2025, "sentence"),
        (2025, "plan"),
        (2025, "annual"),
    ]
    first = doc.targets[0]
    assert first.indicator_key == "企业开展《企业知识产权合规管理体系要求》贯标"
    assert first.quote == "100家企业开展《企业知识产权合规管理体系要求》（GB/T 29490-2023）贯标"
    values = {t.value for t in doc.targets}
    assert not values & {29490.0, 2023.0, 3921.0, 2020.0, 9001.0, 2015.0}


@pytest.mark.parametrize(
    "code",
    ["GB/T 29490-2023", "GB/T29490—2013", "DB32/T 3921-2020", "T/CAS 445-2020", "ISO 9001:2015", "GB 7718"],
)
def test_a_standards_code_is_no_quantity(code: str) -> None:
    # a code's number, or its edition's year, before a word opening with a unit (项 of 项目清单)
    clause = f"对照{code}项目清单开展贯标"
    assert numbers(clause, 0, len(clause)) == []


@pytest.mark.parametrize(
    "code",
    ["GB/T 29490-2023", "GB/T29490—2013", "DB32/T 3921-2020", "T/CAS 445-2020", "ISO 9001:2015", "GB 7718"],
)
def test_a_standards_code_inside_an_indicator(code: str) -> None:
    sentence = f"推动30家企业开展{code}贯标。"
    drafts = find_targets(sentence, 0, len(sentence), context_year=None)
    assert [(d.value, d.unit, d.year, squeeze(sentence[d.span[0] : d.span[1]])) for d in drafts] == [
        (30.0, "家", None, squeeze(f"30家企业开展{code}贯标"))
    ]


# --- 4. a subject-led yearly amount -------------------------------------------------------------------------


@pytest.mark.parametrize("subject", ["县财政", "县财政局", "县财政局、县科技局", "县财政部门"])
def test_a_subject_led_yearly_amount_is_annual(subject: str) -> None:
    plan = FUNDS.replace("1.每年安排", f"1.{subject}每年安排")
    doc, _ = extracted(plan, "longyou.txt")
    target = next(t for t in doc.targets if t.unit == "万元")
    assert (target.indicator, target.value, target.comparator) == ("安排知识产权专项资金", 200.0, ">=")
    assert "annual" in target.flags
    assert target.year_basis == "annual"
    assert target.quote == "每年安排知识产权专项资金不少于200万元"


# --- 5. a task table with a three-row header --------------------------------------------------------------

SCHEDULE_PLAN = [
    "河北省石家庄市正定县知识产权强县建设工作方案",
    "一、主要目标",
    "到2025年，知识产权工作取得明显成效。",
    "二、重点任务",
]
# 责任单位 over 牵头单位 | 配合单位; 时间安排 over 2024年 | 2025年, each over 上半年 | 下半年
SCHEDULE = [
    ["序号", "重点任务", "责任单位", "", "时间安排", "", "", ""],
    ["", "", "牵头单位", "配合单位", "2024年", "", "2025年", ""],
    ["", "", "", "", "上半年", "下半年", "上半年", "下半年"],
    ["1", "建立知识产权快速维权机制。", "县市场监管局", "县公安局、县法院", "制定方案", "投入运行", "", ""],
    ["2", "开展重点产业专利导航。", "县科技局", "县工信局", "", "启动项目", "中期评估", "形成报告"],
]
SCHEDULE_HEADER = [
    "序号",
    "重点任务",
    "责任单位牵头单位",
    "责任单位配合单位",
    "时间安排2024年上半年",
    "时间安排2024年下半年",
    "时间安排2025年上半年",
    "时间安排2025年下半年",
]


def _check_schedule(doc: Document) -> None:
    assert [(t.role, t.header) for t in doc.tables] == [("tasks", SCHEDULE_HEADER)]
    rows = [t for t in doc.tasks if t.kind == "table_row"]
    assert [t.title for t in rows] == ["建立知识产权快速维权机制", "开展重点产业专利导航"]
    assert [[(r.agency.surface, r.role) for r in t.responsibilities] for t in rows] == [
        [("县市场监管局", "lead"), ("县公安局", "support"), ("县法院", "support")],
        [("县科技局", "lead"), ("县工信局", "support")],
    ]


def test_a_three_row_header_in_docx() -> None:
    # 序号 and 重点任务 merged down over the three header rows, 牵头单位 and 配合单位 over the lower two
    merges = [(0, 0, 2, 0), (0, 1, 2, 1), (0, 2, 0, 3), (1, 2, 2, 2), (1, 3, 2, 3)]
    merges += [(0, 4, 0, 7), (1, 4, 1, 5), (1, 6, 1, 7)]
    doc, _ = extracted(_merged_docx(SCHEDULE_PLAN, SCHEDULE, merges), "zhengding.docx")
    _check_schedule(doc)


def test_a_three_row_header_in_html() -> None:
    rows = [
        "<td rowspan='3'>序号</td><td rowspan='3'>重点任务</td><td colspan='2'>责任单位</td>"
        "<td colspan='4'>时间安排</td>",
        "<td rowspan='2'>牵头单位</td><td rowspan='2'>配合单位</td><td colspan='2'>2024年</td>"
        "<td colspan='2'>2025年</td>",
        "<td>上半年</td><td>下半年</td><td>上半年</td><td>下半年</td>",
        *("".join(f"<td>{c}</td>" for c in row) for row in SCHEDULE[3:]),
    ]
    doc, _ = extracted(_merged_html(SCHEDULE_PLAN, rows), "zhengding.html")
    _check_schedule(doc)


def test_a_three_row_header_in_a_text_table() -> None:
    doc, _ = extracted("\n".join(SCHEDULE_PLAN) + "\n\n" + _markdown(SCHEDULE), "zhengding.md")
    _check_schedule(doc)


def test_an_empty_cell_after_a_sub_header_continues_it_only_over_a_divided_row() -> None:
    # 2025年 | (empty) with body rows below: the empty cell is a column of its own, not 2025年 again
    rows = [
        ["指标", "目标值", "", "", "属性"],
        ["", "2024年", "2025年", "", ""],
        ["发明专利拥有量（件）", "1000", "1200", "1500", "预期性"],
    ]
    doc, _ = extracted("\n".join(SCHEDULE_PLAN) + "\n\n" + _markdown(rows), "zhengding.md")
    assert doc.tables[0].header == ["指标", "目标值", "", "", "属性"]
