"""Round 40: plans on an old government site's page, laid out in nested tables and saved as GBK.

What was read wrong before:

- a box of related links laid out as rows of the site's grid (<tr><td>相关信息</td></tr> and a row of links
  under it, or a small table of them) stayed in the plan: the other pages' titles gave programmes, citations
  and targets of their own. A related-links heading alone in its row, with nothing but lines of links in the
  rows after it, is the site's box, as the same heading over a list is;
- a record table of the disclosure catalogue with a field the labels did not hold (关 键 词：知识产权,
  信息分类：通知公告) was no record line: its 文　　号 was not read and the plan's own number was cited.

Held here too (read right before this round): bytes in GBK or GB18030 under a page declaring gb2312, with
characters GB2312 lacks (a village's 塅, a firm's 昇, a person's 璟) and the dash GBK maps differently.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import extracted, named_units

_META = '<meta http-equiv="Content-Type" content="text/html; charset={charset}">'


def _page(
    body: str, charset: str = "gb2312", after: str = "", encoding: str = "gb18030", record: str = ""
) -> bytes:
    """An old site's page: a grid of one-cell rows (logo, navigation, breadcrumb), the page's ``record``,
    the article's own grid (title, info line, text, share bar), ``after`` below it, and the footer."""
    page = (
        f"<html><head>{_META.format(charset=charset)}<title>通知公告</title></head><body>"
        '<table width="1002" align="center"><tr><td><img src="/images/logo.gif" alt="logo"></td></tr>'
        "<tr><td>网站首页 | 政务公开 | 办事服务 | 互动交流</td></tr>"
        "<tr><td>您现在的位置：首页 &gt; 政务公开 &gt; 通知公告</td></tr><tr><td>"
        f'{record}<table width="96%"><tr><td align="center"><b>六安市2025年知识产权工作要点</b></td></tr>'
        "<tr><td>发布时间：2025-03-18 10:21:05　来源：市市场监管局　浏览次数：842</td></tr>"
        f"<tr><td>{body}</td></tr>"
        "<tr><td>分享到：微信 微博 QQ空间【打印本页】【关闭窗口】</td></tr>"
        f"{after}</table></td></tr>"
        "<tr><td>版权所有：六安市市场监督管理局　皖ICP备05008812号</td></tr></table></body></html>"
    )
    return page.encode(encoding)


BODY = (
    '<p style="text-indent:2em">一、重点任务</p>'
    '<p style="text-indent:2em">（一）加强高价值专利培育。一是支持企业建设高价值专利培育中心；二是全市发明专利授权量'
    "达到800件。（责任单位：市科技局、市市场监管局）</p>"
    "（二）加强地理标志保护。推进“霍山石斛”地理标志保护工程，由市市场监管局负责，市农业农村局配合。<br>"
)


# --- a box of related links in the site's grid ------------------------------------------------------------

_LINK_ROWS = {
    # its own small table under the article's grid, one link and its date a row
    "own table": (
        "",
        "<table><tr><td>{heading}</td></tr>"
        "<tr><td>· <a href='/a.html'>六安市知识产权质押融资风险补偿资金管理办法</a>　2024-11-02</td></tr>"
        "<tr><td>· <a href='/b.html'>关于公布2024年度专利奖获奖名单的通知</a>　2024-10-18</td></tr></table>",
    ),
    # rows of the article's own grid, under its share bar
    "rows of the grid": (
        "<tr><td>{heading}</td></tr>"
        "<tr><td><a href='/a.html'>六安市知识产权质押融资风险补偿资金管理办法</a>（2024-11-02）</td></tr>"
        "<tr><td><a href='/b.html'>关于开展“铁拳”行动查处案件100件的通报</a>（2024-10-18）</td></tr>",
        "",
    ),
    # the heading's row, then a row holding a table of links with their dates in a column of their own
    "a table in the next row": (
        "<tr><td><b>{heading}</b></td></tr><tr><td><table>"
        "<tr><td><a href='/a.html'>六安市知识产权质押融资风险补偿资金管理办法</a></td><td>2024-11-02</td></tr>"
        "<tr><td><a href='/b.html'>关于公布2024年度专利奖获奖名单的通知</a></td><td>2024-10-18</td></tr>"
        "</table></td></tr>",
        "",
    ),
}


@settings(max_examples=24, deadline=None)
@given(
    layout=st.sampled_from(sorted(_LINK_ROWS)),
    heading=st.sampled_from(["相关信息", "相关链接", "【相关文章】", "相关文件：", "相关阅读"]),
)
def test_a_related_links_box_in_the_sites_grid_is_no_part_of_the_plan(layout: str, heading: str) -> None:
    inside, below = (part.format(heading=heading) for part in _LINK_ROWS[layout])
    page = _page(BODY, after=inside)
    if below:
        page = page.replace(b"</body>", below.encode("gb18030") + b"</body>")
    doc, text = extracted(page, "page.html")
    assert "相关" not in text
    assert "六安市知识产权质押融资" not in text
    assert "专利奖" not in text
    assert not doc.citations
    assert {p.program_id for p in doc.programs} == {"high_value_patents", "geographical_indications"}
    assert [(t.indicator, t.value) for t in doc.targets] == [("发明专利授权量", 800.0)]
    assert {path for path, units in named_units(doc).items() if units} == {"一.(一)", "一.(二)"}


@settings(max_examples=6, deadline=None)
@given(heading=st.sampled_from(["相关信息", "相关文件"]))
def test_a_related_heading_over_a_row_of_words_keeps_them(heading: str) -> None:
    """A row of the plan's words after the heading's row: no box of links, nothing is dropped."""
    rows = (
        f"<tr><td>{heading}</td></tr>"
        "<tr><td><a href='/a.html'>六安市知识产权质押融资风险补偿资金管理办法</a></td></tr>"
        "<tr><td>（三）深化知识产权质押融资。全年质押融资金额达到20亿元。（责任单位：市委金融办）</td></tr>"
    )
    doc, text = extracted(_page(BODY, after=rows), "page.html")
    assert "质押融资金额达到20亿元" in text
    assert ("质押融资金额", 20.0) in [(t.indicator, t.value) for t in doc.targets]


# --- a record table's keywords and category ----------------------------------------------------------------

_FIELDS = ["关 键 词：</td><td>知识产权", "关键字：</td><td>专利 商标", "信息分类：</td><td>通知公告",
           "公开时限：</td><td>常年公开", "信息类别：</td><td>工作计划"]  # fmt: skip


@settings(max_examples=15, deadline=None)
@given(field=st.sampled_from(_FIELDS), label=st.sampled_from(["文　　号：", "文号：", "发文字号："]))
def test_a_record_tables_number_beside_its_keywords_is_the_plans(field: str, label: str) -> None:
    record = (
        '<table border="1"><tr><td>索 引 号：</td><td>11341500MB1567321K/2025-00041</td><td>发布机构：</td>'
        "<td>六安市市场监督管理局</td></tr>"
        f"<tr><td>{label}</td><td>六市监〔2025〕11号</td><td>{field}</td></tr>"
        "<tr><td>名　　称：</td><td colspan='3'>六安市2025年知识产权工作要点</td></tr></table>"
    )
    doc, _ = extracted(_page(BODY, record=record), "page.html")
    assert doc.plan.doc_number == "六市监〔2025〕11号"
    assert not doc.citations
    assert [i.name for i in doc.plan.issuers] == ["六安市市场监督管理局"]


# --- GBK bytes under a gb2312 declaration --------------------------------------------------------------


@settings(max_examples=12, deadline=None)
@given(
    charset=st.sampled_from(["gb2312", "GB2312", "gbk", "utf-8"]),
    encoding=st.sampled_from(["gbk", "gb18030"]),
    rare=st.sampled_from(["塅上村", "昇泰公司", "刘璟", "琇琅村"]),
)
def test_gbk_bytes_under_a_gb2312_page_are_read_as_written(charset: str, encoding: str, rare: str) -> None:
    body = (
        BODY + '<p style="text-indent:2em">（三）推进专利转化运用。支持'
        f"{rare}等开展专利开放许可，落实《知识产权强国建设纲要（2021—2035年）》。（牵头单位：市科技局；"
        "配合单位：皖西学院、市教育局）</p>"
    )
    doc, text = extracted(_page(body, charset=charset, encoding=encoding), "page.html")
    assert rare in text
    assert "（2021—2035年）" in text
    assert "\ufffd" not in text
    assert [c.title for c in doc.citations] == ["知识产权强国建设纲要（2021—2035年）"]
    assert named_units(doc)["一.(三)"] == [
        ("市科技局", "lead", "annotation"),
        ("皖西学院", "support", "annotation"),
        ("市教育局", "support", "annotation"),
    ]


def test_a_related_links_table_in_a_box_of_its_own_is_still_the_boxs() -> None:
    """A heading's row over rows that are no lines of links alone (a link and words about it): the block
    holding the table is the related-links box, as before the rows were read."""
    box = (
        "<div><table><tr><td>相关链接</td></tr>"
        "<tr><td><a href='/a.html'>六安市知识产权质押融资风险补偿资金管理办法</a> 政策解读见附件</td></tr>"
        "</table></div>"
    )
    doc, text = extracted(_page(BODY).replace(b"</body>", box.encode("gb18030") + b"</body>"), "page.html")
    assert "相关链接" not in text
    assert "六安市知识产权质押融资" not in text
    assert not doc.citations
