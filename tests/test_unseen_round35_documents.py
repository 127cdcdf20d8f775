"""Round 35: documents as portals and Word give them.

What was read wrong before:

- a line of several links after a related-links heading in the article (<p>相关链接：</p><p><a>…</a>　<a>…</a></p>)
  kept the heading and the other pages' titles in the plan (a citation, a programme): a line whose words are
  all its links' is a line of links however many it holds and whatever stands between them;
- a table of contents whose page numbers follow a gap, not a leader of dots (目录 ↵ 一、总体要求　1), opened the
  plan's chapters a first time (its own were told apart as 一~2 …) or, typed with full-width spaces, was a
  table of values headed 目 | 录: its lines under the 目录 heading open nothing and are no table;
- a ditto (同上, 〃) in a unit cell of a task table's first row, with nothing above it to repeat, was a unit
  named 同上 (and the rows under it repeated that): it names no one.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import extracted, named_units


def _html(body: str, title: str = "") -> bytes:
    return (
        f'<html><head><meta charset="utf-8"><title>{title}</title></head><body>{body}</body></html>'.encode()
    )


ARTICLE = (
    '<h2 class="art-title">兰考县2025年知识产权工作要点</h2><div class="art-body">'
    "<p>一、加强知识产权创造</p>"
    "<p>（一）实施专利提质增效工程。全年发明专利授权量达到30件。（责任单位：县市场监管局、县科技局）</p>"
    "<p>（二）加强地理标志保护。（责任单位：县农业农村局）</p>"
)


def test_a_line_of_several_links_after_a_related_links_heading() -> None:
    links = (
        "<p>相关链接：</p>"
        "<p><a>《开封市知识产权质押融资奖补办法》</a>　<a>关于开展专利导航项目申报的通知</a></p>"
        "<p><a>河南省知识产权局</a> | <a>国家知识产权局</a></p></div>"
    )
    doc, text = extracted(_html(ARTICLE + links), "page.html")
    assert set(named_units(doc)) == {"一.(一)", "一.(二)"}
    assert "开封市" not in text
    assert "相关链接" not in text
    assert not doc.citations
    assert {p.program_id for p in doc.programs}.isdisjoint({"pledge_financing", "patent_navigation"})


# --- a table of contents with no leaders ------------------------------------------------------------------

CONTENTS = (
    "德令哈市知识产权强市建设工作方案\n\n{head}\n一、总体要求{gap}1\n二、主要目标{gap}2\n三、重点任务{gap}3\n"
    "四、保障措施{gap}6\n\n一、总体要求\n　　坚持以习近平新时代中国特色社会主义思想为指导。\n二、主要目标\n"
    "　　到2025年，全市发明专利拥有量达到120件。\n三、重点任务\n　　（一）开展专利导航。（责任单位：市市场监管局）\n"
    "　　（二）加强商标品牌培育。（责任单位：市工信局）\n四、保障措施\n　　（一）加强组织领导。\n"
)


@given(
    head=st.sampled_from(["目录", "目　录", "目 录"]), gap=st.sampled_from([" ", "　", "\t", "  ", "　　"])
)
@settings(max_examples=15, deadline=None)
def test_a_table_of_contents_with_page_numbers_after_a_gap_opens_no_chapter(head: str, gap: str) -> None:
    doc, _ = extracted(CONTENTS.format(head=head, gap=gap))
    assert [s.path for s in doc.sections if "~" in s.path] == []
    assert {"三.(一)", "三.(二)"} <= set(named_units(doc))
    assert not doc.tables
    assert [(t.indicator, t.value) for t in doc.targets] == [("发明专利拥有量", 120.0)]


# --- a ditto with nothing above it ------------------------------------------------------------------------


@given(ditto=st.sampled_from(["同上", "〃", "同上。"]), fmt=st.sampled_from(["md", "html"]))
@settings(max_examples=6, deadline=None)
def test_a_ditto_in_the_first_row_names_no_one(ditto: str, fmt: str) -> None:
    rows = [
        ["序号", "重点任务", "牵头单位", "配合单位"],
        ["1", "开展专利导航", "县市场监管局", ditto],
        ["2", "加强商标品牌培育", "县工信局", ditto],
    ]
    if fmt == "md":
        lines = ["| " + " | ".join(r) + " |" for r in rows]
        lines.insert(1, "|---|---|---|---|")
        doc, _ = extracted("某县知识产权工作方案\n\n" + "\n".join(lines) + "\n", "plan.md")
    else:
        cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
        doc, _ = extracted(_html(f"<h1>某县知识产权工作方案</h1><table>{cells}</table>"), "plan.html")
    units = named_units(doc)
    assert [[(s, role) for s, role, _ in found] for found in units.values()] == [
        [("县市场监管局", "lead")],
        [("县工信局", "lead")],
    ]
