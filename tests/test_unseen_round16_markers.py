"""Round 16: numbering the earlier rounds did not show, each the way some plans number their items:
numbers closed by a half bracket (1） / 1) / 一）), the enclosed numbers of one character that Word's
numbering and some fonts give (⑴, ⒈, ㈠), and bulleted items (● / ◆ / ■). Before, none of them opened a
unit: every item under a chapter ran into the chapter, so its tasks and their units were one. Now each is a
unit at the level of the form it stands for (1） as （1）, ⒈ as 1., ㈠ as （一）); a bulleted item is numbered
in paths by its place among its siblings (•1, •2).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policykg.extract.markers import match_marker, match_marker_by_patterns
from tests.plans import extracted


def _tasks(first: str, second: str) -> list[tuple[str, str, list[str]]]:
    text = (
        "嘉善县2024年知识产权工作要点\n为推进工作，制定本要点。\n一、重点任务\n"
        f"{first}开展专利导航。（责任单位：县市场监管局）\n{second}推进企业贯标。（责任单位：县科技局）\n"
    )
    doc, _ = extracted(text)
    return [(t.path, t.title, [r.agency.surface for r in t.responsibilities]) for t in doc.tasks]


@pytest.mark.parametrize(
    ("first", "second", "paths"),
    [
        ("1）", "2）", ["一.(1)", "一.(2)"]),
        ("1)", "2)", ["一.(1)", "一.(2)"]),
        ("一）", "二）", ["一.(一)", "一.(二)"]),
        ("⑴", "⑵", ["一.(1)", "一.(2)"]),
        ("⒈", "⒉", ["一.1", "一.2"]),
        ("㈠", "㈡", ["一.(一)", "一.(二)"]),
        ("● ", "● ", ["一.•1", "一.•2"]),
        ("◆", "◆", ["一.•1", "一.•2"]),
        ("■ ", "■ ", ["一.•1", "一.•2"]),
    ],
)
def test_each_item_is_a_task_of_its_own(first: str, second: str, paths: list[str]) -> None:
    assert _tasks(first, second) == [
        (paths[0], "开展专利导航", ["县市场监管局"]),
        (paths[1], "推进企业贯标", ["县科技局"]),
    ]


@pytest.mark.parametrize("line", ["2）%的企业", "● 2024", "1)5"])
def test_no_marker_where_a_number_or_no_words_follow(line: str) -> None:
    marker = match_marker(line, 0, len(line))
    assert marker is None or marker.style not in ("half_paren_digit", "bullet")


_PIECES = st.sampled_from(
    ["1", "12", "一", "十", "）", ")", "⑴", "⒈", "㈠", "●", "◆", "开展", " ", "、", "%", "任务", "三", "："]
)


@given(st.lists(_PIECES, max_size=6).map("".join))
def test_the_quick_marker_test_agrees_with_every_pattern(text: str) -> None:
    for start in range(len(text) + 1):
        assert match_marker(text, start, len(text)) == match_marker_by_patterns(text, start, len(text))


@pytest.mark.parametrize(("first", "second"), [("1）", "2）"), ("1)", "2)"), ("⑴", "⑵"), ("（1）", "（2）")])
def test_clauses_numbered_inside_a_paragraph(first: str, second: str) -> None:
    """开展专项行动：1）…；2）… as ：（1）…；（2）… was read: each clause a task with its own note."""
    text = (
        "嘉善县2024年知识产权工作要点\n为推进工作，制定本要点。\n一、重点任务\n"
        f"（一）开展专项行动：{first}开展专利导航（县市场监管局负责）；{second}推进企业贯标（县科技局负责）。\n"
    )
    doc, _ = extracted(text)
    assert [(t.path, t.title, [r.agency.surface for r in t.responsibilities]) for t in doc.tasks] == [
        ("一.(一)", "开展专项行动", []),
        ("一.(一).(1)", "开展专利导航", ["县市场监管局"]),
        ("一.(一).(2)", "推进企业贯标", ["县科技局"]),
    ]


def test_word_bulleted_list_items_are_tasks() -> None:
    """A .docx list in Word's bullet style: Word shows a bullet (a Symbol-font character), the text has none;
    the loader writes ● for it, as a plan's own text would, so each item is a task of its own."""
    import io

    from docx import Document as new_docx

    doc = new_docx()
    for line in ("嘉善县2024年知识产权工作要点", "为推进工作，制定本要点。", "一、重点任务"):
        doc.add_paragraph(line)
    doc.add_paragraph("开展专利导航。（责任单位：县市场监管局）", style="List Bullet")
    doc.add_paragraph("推进企业贯标。（责任单位：县科技局）", style="List Bullet")
    buffer = io.BytesIO()
    doc.save(buffer)
    plan, text = extracted(buffer.getvalue(), "plan.docx")
    assert "\n● 开展专利导航。" in text
    assert [(t.path, [r.agency.surface for r in t.responsibilities]) for t in plan.tasks] == [
        ("一.•1", ["县市场监管局"]),
        ("一.•2", ["县科技局"]),
    ]


PAGE = (
    "<html><body><ul><li><a href='#'>首页</a></li><li><a>政务公开</a></li></ul>"
    "<p>嘉善县2024年知识产权工作要点</p><p>为推进工作，制定本要点。</p><p>一、重点任务</p>"
    "<ol><li>开展专利导航。（责任单位：县市场监管局）</li><li>推进企业贯标。（责任单位：县科技局）</li></ol>"
    "<p>二、保障措施</p><ul><li>加强组织领导。（责任单位：县政府办）</li><li>强化经费保障。（责任单位：县财政局）</li></ul>"
    "<ul><li><a>相关链接一</a></li></ul></body></html>"
)


def test_web_page_lists_are_numbered_as_a_browser_shows_them() -> None:
    """<ol> items are numbered (1. 2.) and <ul> items bulleted (●) as a browser shows them, when they are
    sentences; a list of links is left as it is. The title is the head's line naming a kind of plan, not a
    link left over from the page (政务公开)."""
    doc, text = extracted(PAGE.encode("utf-8"), "plan.html")
    assert "\n1. 开展专利导航。" in text
    assert "\n● 加强组织领导。" in text
    assert "\n相关链接一" in text
    assert doc.plan.title == "嘉善县2024年知识产权工作要点"
    assert [(t.path, [r.agency.surface for r in t.responsibilities]) for t in doc.tasks] == [
        ("一.1", ["县市场监管局"]),
        ("一.2", ["县科技局"]),
        ("二.•1", ["县政府办"]),
        ("二.•2", ["县财政局"]),
    ]
