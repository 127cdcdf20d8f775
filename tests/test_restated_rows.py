"""A 分工表 whose rows restate the prose tasks' titles, or say them in other words, gives its units to those
tasks; its rows are not counted as tasks a second time (policykg/extract/row_links.py, title_similarity.py)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policykg.extract.row_links import title_key
from policykg.extract.title_similarity import coverage
from tests.plans import extracted, named_units

PROSE = """安徽省宣城市泾县知识产权强县建设工作方案
为深入实施知识产权强国战略，制定本方案。
一、重点任务
（一）加强高价值专利培育。围绕主导产业开展高价值专利培育，每年培育高价值专利组合2个。
（二）推进专利导航。开展产业专利导航项目，服务重点产业发展。
（三）加强知识产权保护。严厉打击侵权假冒行为。
二、保障措施
加强组织领导，定期调度工作进展。

附件：重点任务分工表

"""

TABLE = """| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |
|---|---|---|---|---|
| 1 | {0} | 县市场监管局 | 县科技局 | 2025年底 |
| 2 | {1} | 县科技局 | 县工信局 | 长期坚持 |
| 3 | {2} | 县市场监管局 | 县公安局、县法院 | 2024年6月 |
"""

LINKED = {
    "一.(一)": [("县市场监管局", "lead", "table"), ("县科技局", "support", "table")],
    "一.(二)": [("县科技局", "lead", "table"), ("县工信局", "support", "table")],
    "一.(三)": [
        ("县市场监管局", "lead", "table"),
        ("县公安局", "support", "table"),
        ("县法院", "support", "table"),
    ],
}


def _plan(*cells: str) -> str:
    return PROSE + TABLE.format(*cells)


def _tasks(doc):  # type: ignore[no-untyped-def]
    return {t.path: t for t in doc.tasks}


def test_rows_restating_titles_give_their_units_to_the_prose_tasks() -> None:
    doc, _ = extracted(_plan("加强高价值专利培育", "推进专利导航", "加强知识产权保护"), "plan.md")
    named = named_units(doc)
    assert {p: named[p] for p in LINKED} == LINKED
    # the rows are not tasks of their own: each obligation is counted once
    assert [t.path for t in doc.tasks if t.kind == "table_row"] == []
    tasks = _tasks(doc)
    # no issuing-government default where the table names the units
    assert all(r.basis == "table" for p in LINKED for r in tasks[p].responsibilities)
    # the evidence of each responsibility is the cell that names the unit
    first = tasks["一.(一)"].responsibilities[0]
    assert first.quote == "县市场监管局"
    # the row's time limit is the task's
    assert tasks["一.(一)"].deadline == "2025年底"
    assert tasks["一.(三)"].deadline == "2024年6月"
    assert doc.tables[0].role == "tasks"


def test_a_row_may_restate_a_title_with_its_marker_or_first_sentence() -> None:
    cells = ("（一）加强高价值专利培育", "推进专利导航。开展产业专利导航项目", "3.加强知识产权保护工作")
    doc, _ = extracted(_plan(*cells), "plan.md")
    named = named_units(doc)
    assert {p: named[p] for p in LINKED} == LINKED
    assert [t.path for t in doc.tasks if t.kind == "table_row"] == []


def test_rows_that_restate_nothing_stay_tasks_of_their_own() -> None:
    doc, _ = extracted(_plan("加强高价值专利培育", "开展知识产权进企业活动", "推进商标品牌建设"), "plan.md")
    named = named_units(doc)
    assert named["一.(一)"] == LINKED["一.(一)"]
    rows = {t.path: t for t in doc.tasks if t.kind == "table_row"}
    assert [t.title for t in rows.values()] == ["开展知识产权进企业活动", "推进商标品牌建设"]
    # the prose tasks the table does not name fall back to the issuing government
    assert named["一.(二)"] == []
    assert named["一.(三)"] == []


def test_a_title_two_tasks_share_links_to_neither() -> None:
    plan = _plan("加强高价值专利培育", "推进专利导航", "加强知识产权保护").replace(
        "（三）加强知识产权保护。严厉打击侵权假冒行为。",
        "（三）加强知识产权保护。严厉打击侵权假冒行为。\n（四）加强知识产权保护。完善快速维权机制。",
    )
    doc, _ = extracted(plan, "plan.md")
    rows = [t.title for t in doc.tasks if t.kind == "table_row"]
    assert rows == ["加强知识产权保护"]
    named = named_units(doc)
    assert named["一.(三)"] == []
    assert named["一.(四)"] == []


def test_a_short_cell_inside_a_longer_title_does_not_link() -> None:
    # 专利导航 (4 characters) is inside a title but too short to stand for it
    doc, _ = extracted(_plan("加强高价值专利培育", "专利导航", "加强知识产权保护"), "plan.md")
    assert [t.title for t in doc.tasks if t.kind == "table_row"] == ["专利导航"]


def test_an_html_annex_table_links_the_same_way() -> None:
    rows = "".join(
        f"<tr><td>{n}</td><td>{task}</td><td>{lead}</td><td>{support}</td></tr>"
        for n, task, lead, support in [
            (1, "加强高价值专利培育", "县市场监管局", "县科技局"),
            (2, "推进专利导航", "县科技局", "县工信局"),
            (3, "加强知识产权保护", "县市场监管局", "县公安局、县法院"),
        ]
    )
    paragraphs = "".join(f"<p>{line}</p>" for line in PROSE.strip().splitlines() if line)
    html = (
        f"<html><body>{paragraphs}<table><tr><td>序号</td><td>重点任务</td><td>牵头单位</td>"
        f"<td>配合单位</td></tr>{rows}</table></body></html>"
    )
    doc, _ = extracted(html, "plan.html")
    named = named_units(doc)
    assert {p: named[p] for p in LINKED} == LINKED
    assert [t.path for t in doc.tasks if t.kind == "table_row"] == []


_TITLE = st.text(alphabet="加强专利导航培育保护运用管理服务体系建设", min_size=4, max_size=20)
_MARKERS = st.sampled_from(["", "（一）", "(2)", "3.", "4、", "五、", "第六项、"])


@given(_MARKERS, _TITLE, st.sampled_from(["", "。", "；", " "]))
def test_a_titles_key_ignores_its_marker_and_punctuation(marker: str, title: str, end: str) -> None:
    assert title_key(f"{marker}{title}{end}") == title


def test_a_unit_the_task_already_names_is_not_added_again() -> None:
    plan = _plan("加强高价值专利培育", "推进专利导航", "加强知识产权保护").replace(
        "每年培育高价值专利组合2个。",
        "每年培育高价值专利组合2个。〔责任单位：县市场监管局牵头，县科技局配合〕",
    )
    doc, _ = extracted(plan, "plan.md")
    assert named_units(doc)["一.(一)"] == [
        ("县市场监管局", "lead", "annotation"),
        ("县科技局", "support", "annotation"),
    ]


# --- rows that paraphrase the prose titles (other words for the same task) -----------------------------

PARAPHRASE_PROSE = """浙江省丽水市缙云县知识产权强县建设工作方案
为深入实施知识产权强国战略，制定本方案。
一、重点任务
（一）加强知识产权创造。围绕主导产业开展高价值专利培育，每年培育高价值专利组合2个。
（二）促进知识产权运用。推进专利转化运用，开展知识产权质押融资。
（三）强化知识产权保护。严厉打击侵权假冒行为，建设快速维权机制。
（四）优化知识产权服务。引进知识产权服务机构，建设公共服务网点。
（五）培育知识产权人才。开展知识产权培训，建设人才队伍。
二、保障措施
加强组织领导，定期调度工作进展。

附件：重点任务分工表

| 序号 | 重点任务 | 牵头单位 | 配合单位 |
|---|---|---|---|
"""

PARAPHRASE_UNITS = [
    ("县市场监管局", "县科技局"),
    ("县金融办", "县经信局"),
    ("县公安局", "县法院"),
    ("县市场监管局", "县发改局"),
    ("县人力社保局", "县教育局"),
]


def _paraphrased(*cells: str) -> str:
    rows = "".join(
        f"| {n} | {cell} | {lead} | {support} |\n"
        for n, (cell, (lead, support)) in enumerate(zip(cells, PARAPHRASE_UNITS, strict=True), start=1)
    )
    return PARAPHRASE_PROSE + rows


def test_rows_paraphrasing_the_titles_give_their_units_to_the_prose_tasks() -> None:
    # each row says its task in other words: 提升…创造质量 for 加强知识产权创造, 知识产权保护工作 for
    # 强化知识产权保护; the words every title shares (知识产权) tell nothing, the rest picks one task
    cells = (
        "提升知识产权创造质量",
        "推动知识产权转化运用",
        "加大知识产权保护力度",
        "提升知识产权服务水平",
        "加强知识产权人才培育",
    )
    doc, _ = extracted(_paraphrased(*cells), "plan.md")
    assert [t.path for t in doc.tasks if t.kind == "table_row"] == []
    named = named_units(doc)
    for n, (lead, support) in enumerate(PARAPHRASE_UNITS):
        path = f"一.({'一二三四五'[n]})"
        assert named[path] == [(lead, "lead", "table"), (support, "support", "table")], path


def _rows_left(*cells: str) -> tuple[list[str], dict[str, list[tuple[str, str, str]]]]:
    """The table rows that stay tasks of their own, and the units named per task path."""
    doc, _ = extracted(_paraphrased(*cells), "plan.md")
    return [t.title or "" for t in doc.tasks if t.kind == "table_row"], named_units(doc)


def test_a_row_on_something_else_is_not_taken_for_a_paraphrase() -> None:
    # the third and fifth rows are tasks the prose does not have: they stay rows of their own, and the
    # prose tasks they do not speak for get no units from them
    rows, named = _rows_left(
        "提升知识产权创造质量",
        "推动知识产权转化运用",
        "开展商标品牌建设",
        "提升知识产权服务水平",
        "推进地理标志产品申报",
    )
    assert rows == ["开展商标品牌建设", "推进地理标志产品申报"]
    assert named["一.(一)"][0] == ("县市场监管局", "lead", "table")
    assert named["一.(三)"] == []
    assert named["一.(五)"] == []


@pytest.mark.parametrize(
    ("cells", "left"),
    [
        # out of the prose's order: a row fitting a task before the task of the row above it makes the table
        # a list of its own, not the prose restated (only the last row keeps the order with every other)
        (
            (
                "提升知识产权服务水平",
                "推动知识产权转化运用",
                "加大知识产权保护力度",
                "提升知识产权创造质量",
                "加强知识产权人才培育",
            ),
            ["提升知识产权服务水平", "推动知识产权转化运用", "加大知识产权保护力度", "提升知识产权创造质量"],
        ),
        # two rows for one task: neither links to it by paraphrase
        (
            (
                "提升知识产权创造质量",
                "推动知识产权转化运用",
                "推进知识产权转化运用",
                "提升知识产权服务水平",
                "加强知识产权人才培育",
            ),
            ["推动知识产权转化运用", "推进知识产权转化运用"],
        ),
    ],
)
def test_paraphrases_that_do_not_read_as_the_prose_restated_link_to_nothing(
    cells: tuple[str, ...], left: list[str]
) -> None:
    assert _rows_left(*cells)[0] == left


_CONTENT = st.text(
    alphabet="专利导航培育商标品牌地理标志质押融资服务人才保护创造运用", min_size=2, max_size=12
)
_GENERIC = st.sampled_from(["", "加强", "强化", "提升", "推进", "加大", "深入推进"])


@given(_GENERIC, _CONTENT, _GENERIC, st.lists(_CONTENT, max_size=6))
def test_a_title_said_with_other_generic_words_is_held_whole(
    front: str, content: str, back: str, others: list[str]
) -> None:
    # swapping the generic words around a title changes nothing of what it holds; every share is in [0, 1]
    titles = [f"加强{content}", *others]
    fits = coverage(f"{front}{content}{back}", titles)
    assert fits[0] == pytest.approx((1.0, 1.0))
    assert all(0.0 <= held <= 1.0 + 1e-9 and 0.0 <= share <= 1.0 + 1e-9 for held, share in fits)
