"""Round 46: a Markdown file exported from a desktop editor opening with an HTML comment over several lines
(<!-- ↵ XX市2025年知识产权工作要点（征求意见稿） ↵ 导出：2025-02-10 ↵ -->). Only a comment on one line was
read as markup (it went with the line's other tags); one over several lines stayed in the canonical text, its
lines read as the plan's: the draft's name became the plan's title, and a reviewer's remark inside a task
could name a body. The Markdown loader now drops every HTML comment, on one line or over several
(loaders/markdown.py ``html_comments``); an unclosed <!-- is left as written."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from loaders.markdown import html_comments
from tests.plans import extracted, named_units

PLAN = """# 某市2025年知识产权工作要点

## 一、重点任务

1. **实施高价值专利培育工程。**培育一批高价值专利组合。（责任单位：市市场监管局）
2. **开展产业专利导航。**围绕重点产业链开展专利导航。（责任单位：市工业和信息化局）

某市知识产权工作领导小组办公室
2025年3月18日
"""


def test_a_comment_over_lines_opening_the_file_is_no_title() -> None:
    comment = "<!--\n  某市2025年知识产权工作要点（征求意见稿）\n  Typora 导出 · 2025-02-10 09:46\n-->\n\n"
    doc, text = extracted(comment + PLAN, "plan.md")
    assert doc.plan.title == "某市2025年知识产权工作要点"
    assert doc.plan.date == "2025-03-18"
    assert "征求意见稿" not in text
    assert "<!--" not in text


def test_a_remark_in_a_comment_names_no_body() -> None:
    remark = "<!--\n批注：本项由市科技局牵头，\n市教育局配合，待确认\n-->\n"
    body = PLAN.replace("2. **开展", remark + "2. **开展")
    doc, _ = extracted(body, "plan.md")
    surfaces = {s for rows in named_units(doc).values() for s, _, _ in rows}
    assert surfaces == {"市市场监管局", "市工业和信息化局"}


def test_comments_go_whole_and_the_rest_stays() -> None:
    assert html_comments("甲<!-- 一 -->乙\n<!--\n二\n三\n-->\n丙") == "甲乙\n\n丙"
    # Word's conditional comments, as a converter leaves them
    assert html_comments("<!--[if gte mso 9]><xml>\n<o:p></o:p>\n</xml><![endif]-->正文") == "正文"
    # dashes inside a comment do not close it
    assert html_comments("<!-- a -- b\n- c -->d") == "d"


def test_an_unclosed_comment_is_left_as_written() -> None:
    text = "1.开展专利导航。<!-- 未闭合\n2.推进贯标。"
    assert html_comments(text) == text
    assert html_comments("甲<!--x-->乙<!--丙") == "甲乙<!--丙"


def test_a_text_without_comments_is_the_same_object() -> None:
    text = "1.开展专利导航，2024年<5%的企业…-->不是注释"
    assert html_comments(text) is text


_WORDS = st.text(alphabet=st.sampled_from("一二三甲乙丙\n <>-!"), max_size=30).filter(
    lambda s: "<!--" not in s and "-->" not in s
)


@given(_WORDS, _WORDS, _WORDS, st.text(alphabet=st.sampled_from("注释a\n -<>"), max_size=20))
def test_a_comment_put_anywhere_comes_out_again(before: str, between: str, after: str, inside: str) -> None:
    inside = inside.replace("-->", "")
    if inside.endswith("-"):
        inside += " "
    text = before + "<!--" + inside + "-->" + between + "<!--\n" + inside + "\n-->" + after
    assert html_comments(text) == before + between + after


TABLE = """# 某市2025年知识产权工作要点

## 一、重点任务

1. **实施高价值专利培育工程。**培育一批高价值专利组合。
<!--
2. **推进专利快速预审。**依托保护中心开展快速预审。（责任单位：市科技局）
-->
2. **深入实施商标品牌战略。**推进“一企一标”工作。

## 附件

<table>
<thead><tr><th>序号</th><th>重点任务</th><th>责任单位</th><th>完成时限</th></tr></thead>
<tbody>
<tr><td>1</td><td>实施高价值专利培育工程</td><td>牵头：市市场监管局<br>配合：市科技局</td><td>2025年12月底前</td></tr>
<!-- <tr><td>2</td><td>推进专利快速预审</td>
<td>市公安局</td><td>2025年6月底前</td></tr> -->
<tr><td>2</td><td>深入实施商标品牌战略</td><td>市市场监管局（牵头）<br>市商务局</td><td>2025年12月底前</td></tr>
</tbody>
</table>
"""


def test_an_item_and_a_row_commented_out_are_no_tasks() -> None:
    doc, _ = extracted(TABLE, "plan.md")
    units = {path: sorted((s, role) for s, role, _ in rows) for path, rows in named_units(doc).items()}
    assert units == {
        "一.1": [("市市场监管局", "lead"), ("市科技局", "support")],
        "一.2": [("市商务局", "support"), ("市市场监管局", "lead")],
    }
    assert "patent_pre_examination" not in {p.program_id for p in doc.programs}
