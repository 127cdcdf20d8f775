"""Round 12 of plans the corpus does not show: task tables (重点任务分工表) linked to the plan's tasks.

A row says a prose task in other words only when what the two share is more than the field's common words
(知识产权, 保护, 运用, 专利 …): a row 建设知识产权保护工作站 is a task of its own, not the prose task 强化知识产权保护
(it shares 保护 with it and brings a work of its own, 建设…工作站, that the task's text does not hold), while
加大知识产权保护力度 says 强化知识产权保护 again. A row the prose does not write stays a task of the table's.

A row naming a heading of the plan (the row 强化知识产权保护 for the section （二）强化知识产权保护 over items
1. 2. 3.) speaks for the items under it that name nobody of their own, as a note on the heading itself does
(tests/test_unseen_round11_sections.py): the row is their evidence. Items with their own annotation or
obligation keep theirs.

Each plan is read as markdown, as HTML and as .docx.
"""

from __future__ import annotations

import pytest

from policykg.models import Document
from tests.formats import TABLE_MARK, paragraphs_of, to_docx, to_html
from tests.plans import extracted, named_units

_FORMATS = ["md", "html", "docx"]


def _read_text(prose: str, table: list[list[str]], form: str) -> tuple[Document, str]:
    """The plan of ``prose`` with ``table`` after it, written as ``form``, and its canonical text."""
    if form == "md":
        lines = [f"| {' | '.join(row)} |" for row in table]
        lines.insert(1, "|" + "---|" * len(table[0]))
        return extracted(prose + "\n" + "\n".join(lines) + "\n", "plan.md")
    if form == "html":
        return extracted(to_html(paragraphs_of(prose), table), "plan.html")
    return extracted(to_docx([*paragraphs_of(prose), TABLE_MARK], table), "plan.docx")


def _read(prose: str, table: list[list[str]], form: str) -> Document:
    return _read_text(prose, table, form)[0]


def _units(doc: Document) -> dict[str, list[tuple[str, str, str]]]:
    return named_units(doc)


# --- 1. a row that shares only the field's common words with a task ----------------------------------------

_LANSHAN = """临沂市兰山区知识产权强区建设工作方案
为深入实施知识产权强国战略，制定本方案。
一、重点任务
（一）加强知识产权创造。围绕主导产业开展高价值专利培育，每年培育高价值专利组合2个。
（二）强化知识产权保护。严厉打击侵权假冒行为，健全快速维权机制。
（三）促进知识产权运用。推进专利转化运用，开展知识产权质押融资。
（四）优化知识产权服务。引进知识产权服务机构，建设公共服务网点。
二、保障措施
加强组织领导，定期调度工作进展。
附件：重点任务分工表
"""

_HEADER = ["序号", "重点任务", "牵头单位", "配合单位"]


def _lanshan_table(second: str) -> list[list[str]]:
    return [
        _HEADER,
        ["1", "提升知识产权创造质量", "区科技局", "区工信局"],
        ["2", second, "区市场监管局", "区司法局"],
        ["3", "推动知识产权转化运用", "区金融办", "区财政局"],
        ["4", "提升知识产权服务水平", "区商务局", "区发改局"],
    ]


@pytest.fixture(scope="module", params=_FORMATS)
def lanshan(request: pytest.FixtureRequest) -> Document:
    return _read(_LANSHAN, _lanshan_table("建设知识产权保护工作站"), request.param)


def test_a_row_sharing_only_the_fields_words_is_a_task_of_its_own(lanshan: Document) -> None:
    got = _units(lanshan)
    # 建设知识产权保护工作站 shares only 保护 with 强化知识产权保护: the prose task names nobody from it
    assert got["一.(二)"] == []
    rows = [t for t in lanshan.tasks if t.kind == "table_row"]
    assert [t.title for t in rows] == ["建设知识产权保护工作站"]
    assert got[rows[0].path] == [("区市场监管局", "lead", "table"), ("区司法局", "support", "table")]


def test_the_other_rows_still_say_their_tasks_in_other_words(lanshan: Document) -> None:
    got = _units(lanshan)
    assert got["一.(一)"] == [("区科技局", "lead", "table"), ("区工信局", "support", "table")]
    assert got["一.(三)"] == [("区金融办", "lead", "table"), ("区财政局", "support", "table")]
    assert got["一.(四)"] == [("区商务局", "lead", "table"), ("区发改局", "support", "table")]


@pytest.mark.parametrize("form", _FORMATS)
def test_a_row_saying_the_title_with_other_generic_words_links(form: str) -> None:
    doc = _read(_LANSHAN, _lanshan_table("加大知识产权保护力度"), form)
    assert [t.title for t in doc.tasks if t.kind == "table_row"] == []
    assert _units(doc)["一.(二)"] == [("区市场监管局", "lead", "table"), ("区司法局", "support", "table")]


def test_a_row_whose_own_words_the_tasks_text_holds_links() -> None:
    # the prose task itself says 建设知识产权保护工作站: the row restates that task
    prose = _LANSHAN.replace("健全快速维权机制。", "建设知识产权保护工作站。")
    doc = _read(prose, _lanshan_table("建设知识产权保护工作站"), "md")
    assert [t.title for t in doc.tasks if t.kind == "table_row"] == []
    assert _units(doc)["一.(二)"] == [("区市场监管局", "lead", "table"), ("区司法局", "support", "table")]


@pytest.mark.parametrize("row", ["建设知识产权保护工作站", "知识产权保护中心建设"])
def test_a_row_holding_a_title_of_common_words_is_not_that_task(row: str) -> None:
    # the title 知识产权保护 is inside the row or opens it, but the row's work (…工作站, …中心建设) is its own
    prose = _LANSHAN.replace("（二）强化知识产权保护。", "（二）知识产权保护。")
    doc = _read(prose, _lanshan_table(row), "md")
    assert _units(doc)["一.(二)"] == []
    assert [t.title for t in doc.tasks if t.kind == "table_row"] == [row]


@pytest.mark.parametrize(
    "row", ["知识产权保护", "（二）知识产权保护", "知识产权保护工作", "加强知识产权保护"]
)
def test_a_row_restating_a_title_of_common_words_links(row: str) -> None:
    prose = _LANSHAN.replace("（二）强化知识产权保护。", "（二）知识产权保护。")
    doc = _read(prose, _lanshan_table(row), "md")
    assert [t.title for t in doc.tasks if t.kind == "table_row"] == []
    assert _units(doc)["一.(二)"] == [("区市场监管局", "lead", "table"), ("区司法局", "support", "table")]


# --- 2. a row naming a heading of the plan ------------------------------------------------------------------

_JUNAN = """莒南县2024年知识产权工作要点
为深入实施知识产权强国战略，制定本要点。
一、总体要求
到2025年，全县有效发明专利拥有量达到500件。
二、重点任务
（一）加强知识产权创造。围绕主导产业开展高价值专利培育。
（二）强化知识产权保护
1.开展专项整治行动。
2.加强维权援助。（责任单位：县司法局）
3.县检察院要加强与行政执法部门的协同。
4.健全纠纷调解机制
（1）建立调解组织。
（2）完善诉调对接。
（三）促进知识产权运用。推进专利转化运用，开展知识产权质押融资。
1.推进专利转化。
2.开展质押融资。（牵头单位：县金融服务中心）
（四）优化知识产权服务
1.建设服务平台。
三、保障措施
加强组织领导，定期调度工作进展。
附件：重点任务分工表
"""

_JUNAN_TABLE = [
    _HEADER,
    ["1", "加强知识产权创造", "县科技局", "县工信局"],
    ["2", "强化知识产权保护", "县市场监管局", "县公安局、县法院"],
    ["3", "促进知识产权运用", "县财政局", "县商务局"],
]

_PROTECTION = [
    ("县市场监管局", "lead", "table"),
    ("县公安局", "support", "table"),
    ("县法院", "support", "table"),
]
_USE = [("县财政局", "lead", "table"), ("县商务局", "support", "table")]


@pytest.fixture(scope="module", params=_FORMATS)
def junan_read(request: pytest.FixtureRequest) -> tuple[Document, str]:
    return _read_text(_JUNAN, _JUNAN_TABLE, request.param)


@pytest.fixture
def junan(junan_read: tuple[Document, str]) -> Document:
    return junan_read[0]


def test_items_under_a_heading_a_row_names_take_its_units(junan: Document) -> None:
    got = _units(junan)
    # a heading alone (no task of its own): the row speaks for its items, down any depth
    assert got["二.(二).1"] == _PROTECTION
    assert got["二.(二).4.(1)"] == _PROTECTION
    assert got["二.(二).4.(2)"] == _PROTECTION
    # a heading with text of its own keeps the row's units and passes them down
    assert got["二.(三)"] == _USE
    assert got["二.(三).1"] == _USE
    # the row is no task of its own
    assert [t.title for t in junan.tasks if t.kind == "table_row"] == []


def test_items_with_their_own_units_keep_them(junan: Document) -> None:
    got = _units(junan)
    assert got["二.(二).2"] == [("县司法局", "sole", "annotation")]
    assert got["二.(二).3"] == [("县检察院", "implicit", "prose")]
    assert got["二.(三).2"] == [("县金融服务中心", "lead", "annotation")]
    # a heading no row names passes nothing down
    assert got["二.(四).1"] == []


def test_the_row_is_the_evidence_of_the_items_units(junan_read: tuple[Document, str]) -> None:
    junan, text = junan_read
    tasks = {t.path: t for t in junan.tasks}
    for path, row_task in (("二.(二).1", "强化知识产权保护"), ("二.(三).1", "促进知识产权运用")):
        assert tasks[path].responsibilities
        for r in tasks[path].responsibilities:
            assert (r.basis, r.implicit) == ("table", False)
            assert r.quote in {"县市场监管局", "县公安局、县法院", "县财政局", "县商务局"}
            assert r.paragraph_span is not None
            row = text[r.paragraph_span[0] : r.paragraph_span[1]]
            assert row_task in row
            assert r.quote in row


def test_a_row_saying_more_than_a_headings_title_is_no_row_for_the_heading() -> None:
    # the heading's title and more words: a work of its own, not the heading named
    table = [row if row[0] != "2" else ["2", "强化知识产权保护宣传", *row[2:]] for row in _JUNAN_TABLE]
    doc = _read(_JUNAN, table, "md")
    got = _units(doc)
    assert got["二.(二).1"] == []
    rows = [t for t in doc.tasks if t.kind == "table_row"]
    assert [t.title for t in rows] == ["强化知识产权保护宣传"]
    assert got[rows[0].path] == _PROTECTION


def test_a_row_giving_a_sections_number_passes_its_units_down_as_well() -> None:
    prose = _JUNAN.replace("（二）强化知识产权保护\n", "（二）强化知识产权保护。严厉打击侵权假冒行为。\n")
    table = [["任务序号", "牵头单位", "配合单位"], ["（二）", "县市场监管局", "县公安局、县法院"]]
    got = _units(_read(prose, table, "md"))
    assert got["二.(二)"] == _PROTECTION
    assert got["二.(二).1"] == _PROTECTION
    assert got["二.(二).2"] == [("县司法局", "sole", "annotation")]
