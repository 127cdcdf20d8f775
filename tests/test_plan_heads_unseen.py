"""Plan heads and pages the corpus lacks: a website's chrome around the article (navigation, breadcrumb,
related links, share bar, footer), header tables and label lines (文号：… 发布日期：…), a notice cited in
《》 in the body, and table cells listing one body per line."""

from __future__ import annotations

import html
import io
import re

import pytest
from docx import Document as new_docx
from docx.oxml.ns import qn
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loaders import LoadedDocument, load_bytes
from policykg.extract.metadata import Metadata, extract_metadata
from policykg.extract.pipeline import extract_document
from policykg.models import Document
from tests.formats import to_pdf
from tests.test_properties import assert_provenance

BODY = (
    "一、重点任务\n"
    "1.开展专利导航。（区科技局负责）\n"
    "2.建设知识产权保护工作站。（区市场监管局牵头，区司法局配合）\n"
    "二、保障措施\n"
    "各部门要加强协作，于2024年12月10日前报送工作总结。\n"
)


def run(data: bytes, name: str) -> tuple[LoadedDocument, Document]:
    loaded = load_bytes(data, name)
    doc = extract_document(loaded)
    assert_provenance(doc, loaded.text)
    return loaded, doc


def meta(text: str) -> Metadata:
    first = re.search(r"^[#\s]*一、", text, re.M)
    found = extract_metadata(text, first.start() if first else 0)
    for span, quote in [(i.evidence.span, i.evidence.quote) for i in found.issuers]:
        assert text[span[0] : span[1]] == quote
    for span in (found.title_span, found.doc_number_span, found.date_span):
        assert span is None or 0 <= span[0] <= span[1] <= len(text)
    return found


def summary(doc: Document) -> list[tuple[object, ...]]:
    return [(t.path, t.title, sorted((r.agency.name, r.role) for r in t.responsibilities)) for t in doc.tasks]


def page(article: str, *, before: str = "", after: str = "") -> bytes:
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>南山区2024年知识产权工作计划</title></head>"
        f"<body>{before}<div class='content'>{article}</div>{after}</body></html>"
    ).encode()


def paragraphs(text: str) -> str:
    return "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())


ARTICLE = "<p>深圳市南山区2024年知识产权工作计划</p>" + paragraphs(BODY)

# --- 1. a website's chrome never reaches the canonical text ---------------------------------------

NAV = "<div class='nav'><a>首页</a> &gt; <a>政务公开</a> &gt; 政策文件</div>"
CRUMB = "<div class='bread-crumbs'>当前位置：<a>首页</a> &gt; <a>政务公开</a></div>"
TOP_NAV = "<div id='topNav'><ul><li>首页</li><li>政务公开</li><li>办事服务</li></ul></div>"
HEADER = "<header><h1>深圳市南山区人民政府门户网站</h1><p>无障碍浏览</p></header>"
RELATED = (
    "<div class='related'><h3>相关文件</h3><ul><li><a>南山区2023年知识产权工作总结"
    "（区市场监管局牵头，区司法局配合）</a></li></ul></div>"
)
SHARE = "<div class='bdsharebuttonbox'>分享到：<a>微信</a><a>微博</a>（区财政局负责）</div>"
ASIDE = "<aside><h3>热点专题</h3><p>南山区知识产权保护中心揭牌（区商务局负责）</p></aside>"
FOOTER = "<footer><p>主办单位：深圳市南山区人民政府办公室　承办单位：南山区政务服务数据管理局</p></footer>"
FOOTER_DIV = (
    "<div class='ft'><p>主办单位：深圳市南山区人民政府办公室　承办单位：南山区政务服务数据管理局</p>"
    "<p>粤ICP备05000000号-1　网站标识码：4403050001</p></div>"
)
SIDEBAR = "<div class='left_sideBar'><p>政策解读（区教育局负责）</p></div>"
COPYRIGHT = "<div id='copyright'>版权所有：深圳市南山区人民政府　主办单位：南山区政府办</div>"
CHROME = [NAV, CRUMB, TOP_NAV, HEADER, RELATED, SHARE, ASIDE, FOOTER, FOOTER_DIV, SIDEBAR, COPYRIGHT]
CHROME_WORDS = [
    "首页",
    "相关文件",
    "主办单位",
    "承办单位",
    "分享到",
    "热点专题",
    "政策解读",
    "ICP",
    "版权所有",
]


def test_chrome_around_the_article_is_dropped() -> None:
    table = (
        "<table><tr><td>具体措施</td><td>牵头单位</td></tr>"
        "<tr><td>开展商标品牌培育</td><td>区市场监管局</td></tr></table>"
        "<p>附件：南山区2024年知识产权重点工作任务分解表</p>"
    )
    loaded, doc = run(
        page(ARTICLE + table, before=HEADER + TOP_NAV + NAV + CRUMB, after=RELATED + SHARE + ASIDE + FOOTER),
        "plan.html",
    )
    for word in CHROME_WORDS:
        assert word not in loaded.text
    assert loaded.text.startswith("深圳市南山区2024年知识产权工作计划\n")
    assert "1.开展专利导航。（区科技局负责）" in loaded.text
    assert "附件：南山区2024年知识产权重点工作任务分解表" in loaded.text
    assert len(loaded.tables) == 1
    assert doc.plan.title == "深圳市南山区2024年知识产权工作计划"
    quotes = [r.quote for t in doc.tasks for r in t.responsibilities]
    assert not any("主办单位" in q or "承办单位" in q for q in quotes)
    names = {a.name for a in doc.agencies}
    assert not any("政务服务数据管理局" in n or "政府办公室" in n for n in names)


@pytest.mark.parametrize("chrome", CHROME)
def test_each_kind_of_chrome_is_dropped(chrome: str) -> None:
    loaded, doc = run(page(ARTICLE, before=chrome, after=chrome), "plan.html")
    for word in CHROME_WORDS:
        assert word not in loaded.text
    assert doc.plan.title == "深圳市南山区2024年知识产权工作计划"


@pytest.mark.parametrize(
    "crumb",
    [
        "<div>首页 &gt; 政务公开 &gt; 政策文件</div>",
        "<p>当前位置：首页 » 政务公开 » 规划计划</p>",
        "<div>浏览次数：1024　【打印】【关闭】</div>",
    ],
)
def test_unmarked_breadcrumb_and_tool_bar_are_dropped(crumb: str) -> None:
    loaded, doc = run(page(ARTICLE, before=crumb), "plan.html")
    assert loaded.text.startswith("深圳市南山区2024年知识产权工作计划\n")
    assert doc.plan.title == "深圳市南山区2024年知识产权工作计划"


@pytest.mark.parametrize(
    "crumb", ["首页 > 政务公开 > 政策文件", "当前位置：首页＞政务公开＞政策文件", "网站首页 | 政务公开"]
)
def test_a_breadcrumb_is_never_the_title(crumb: str) -> None:
    text = f"{crumb}\n深圳市南山区2024年知识产权工作计划\n{BODY}"
    assert meta(text).title == "深圳市南山区2024年知识产权工作计划"


def test_the_articles_own_header_and_footer_are_kept() -> None:
    article = (
        "<article><header><h1>深圳市南山区2024年知识产权工作计划</h1></header>"
        + paragraphs(BODY)
        + "<footer><p>附件：南山区知识产权工作任务清单</p></footer></article>"
    )
    loaded, doc = run(page(article, before=NAV, after=FOOTER), "plan.html")
    assert doc.plan.title == "深圳市南山区2024年知识产权工作计划"
    assert "附件：南山区知识产权工作任务清单" in loaded.text
    assert "主办单位" not in loaded.text


def test_a_wrapper_holding_the_page_is_kept_whatever_its_class() -> None:
    """A class naming chrome on a block that holds most of the page is a mislabelled wrapper."""
    data = (
        "<html><body><div class='main-nav-wrap'><p>深圳市南山区2024年知识产权工作计划</p>"
        + paragraphs(BODY)
        + "<p class='footnote'>注：本计划自印发之日起施行。</p></div></body></html>"
    ).encode("utf-8")
    loaded, doc = run(data, "plan.html")
    assert "1.开展专利导航。（区科技局负责）" in loaded.text
    assert "注：本计划自印发之日起施行。" in loaded.text
    assert [t.title for t in doc.tasks][:2] == ["开展专利导航", "建设知识产权保护工作站"]


def test_a_plan_on_copyright_keeps_its_words() -> None:
    article = ARTICLE + "<p>3.保护版权所有人合法权益，开展版权保护专项行动。（区文化广电旅游体育局负责）</p>"
    loaded, _ = run(page(article), "plan.html")
    assert "保护版权所有人合法权益" in loaded.text


def test_an_inline_link_is_never_cut_out_of_its_sentence() -> None:
    article = (
        ARTICLE + "<p>3.落实<a class='related-link'>《专利代理条例》</a>，规范代理行为。（区司法局负责）</p>"
    )
    loaded, _ = run(page(article), "plan.html")
    assert "3.落实《专利代理条例》，规范代理行为。（区司法局负责）" in loaded.text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.sampled_from(CHROME), max_size=5),
    st.lists(st.sampled_from(CHROME), max_size=5),
)
def test_chrome_never_changes_the_facts(before: list[str], after: list[str]) -> None:
    _, bare = run(page(ARTICLE), "plan.html")
    loaded, doc = run(page(ARTICLE, before="".join(before), after="".join(after)), "plan.html")
    assert loaded.text == load_bytes(page(ARTICLE), "plan.html").text
    assert summary(doc) == summary(bare)
    assert (doc.plan.title, doc.plan.doc_number, doc.plan.date) == (
        bare.plan.title,
        bare.plan.doc_number,
        bare.plan.date,
    )


# --- 2. header tables and label lines give the number, date and issuer; never the title ------------

HEFEI_TITLE = "合肥高新区知识产权强园建设行动方案（2023—2025年）"
HEFEI = (HEFEI_TITLE, "行动方案", "合高管〔2023〕45号", "2023-06-12", ["合肥高新区管委会"])


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (
            "发文机关：合肥高新区管委会　　文号：合高管〔2023〕45号\n成文日期：2023年6月12日　　公开方式：主动公开",
            HEFEI,
        ),
        (
            "发文机关\t合肥高新区管委会\t文号\t合高管〔2023〕45号\n成文日期\t2023年6月12日\t公开方式\t主动公开",
            HEFEI,
        ),
        (  # a header table as a PDF's text layer gives it: one cell per line
            "发文机关\n合肥高新区管委会\n文号\n合高管〔2023〕45号\n成文日期\n2023年6月12日\n公开方式\n主动公开",
            HEFEI,
        ),
        (
            "索 引 号：11340100MB1234567X/2023-00045　主题分类：科技、教育\n"
            "发布机构：合肥高新区管委会\n文　　号：合高管〔2023〕45号　　发布日期：2023-06-12",
            HEFEI,
        ),
        (
            "文号：合高管〔2023〕45号 发布日期：2023-06-12 10:32",
            (HEFEI_TITLE, "行动方案", "合高管〔2023〕45号", "2023-06-12", []),
        ),
    ],
)
def test_header_fields(header: str, expected: tuple[object, ...]) -> None:
    text = f"{header}\n{HEFEI_TITLE}\n{BODY}"
    m = meta(text)
    assert (m.title, m.doc_type, m.doc_number, m.date, [i.name for i in m.issuers]) == expected
    _, doc = run(text.encode("utf-8"), "plan.txt")
    assert all(c.doc_number != "合高管〔2023〕45号" for c in doc.citations)


def test_a_label_left_empty_does_not_take_the_title() -> None:
    text = f"发文机关\n合肥高新区管委会\n公开方式\n{HEFEI_TITLE}\n{BODY}"
    assert meta(text).title == HEFEI_TITLE


def test_html_header_table() -> None:
    table = (
        "<table class='meta'><tr><td>发文机关：</td><td>雁塔区人民政府办公室</td><td>成文日期：</td>"
        "<td>2024年02月20日</td></tr><tr><td>文　　号：</td><td>雁政办发〔2024〕5号</td><td>发布日期：</td>"
        "<td>2024年02月26日</td></tr></table>"
    )
    article = table + "<h1>西安市雁塔区2024年知识产权工作要点</h1>" + paragraphs(BODY)
    _, doc = run(page(article), "plan.html")
    plan = doc.plan
    assert (plan.title, plan.doc_type, plan.doc_number, plan.date) == (
        "西安市雁塔区2024年知识产权工作要点",
        "工作要点",
        "雁政办发〔2024〕5号",
        "2024-02-20",
    )
    assert [i.name for i in plan.issuers] == ["雁塔区人民政府办公室"]
    assert all(c.doc_number != "雁政办发〔2024〕5号" for c in doc.citations)


def test_pdf_header_table() -> None:
    cells = ["发文机关", "合肥高新区管委会", "文号", "合高管〔2023〕45号", "成文日期", "2023年6月12日"]
    cells += ["公开方式", "主动公开"]
    _, doc = run(to_pdf([*cells, HEFEI_TITLE, *BODY.splitlines()]), "plan.pdf")
    plan = doc.plan
    assert (plan.title, plan.doc_number, plan.date) == (HEFEI_TITLE, "合高管〔2023〕45号", "2023-06-12")
    assert [i.name for i in plan.issuers] == ["合肥高新区管委会"]


# --- 3. a notice cited in the body is never the plan's title --------------------------------------

CITED = "《国务院办公厅关于印发专利转化运用专项行动方案（2023—2025年）的通知》（国办发〔2023〕37号）"


@pytest.mark.parametrize(
    "sentence",
    [
        f"（一）促进知识产权转化运用。落实{CITED}。市工信局负责。",
        "（一）促进知识产权转化运用。落实《国务院办公厅\n关于印发专利转化运用专项行动方案（2023—2025年）的通知》。市工信局负责。",
        "（一）促进知识产权转化运用。根据国务院办公厅关于印发专利转化运用专项行动方案的通知精神，市工信局负责。",
    ],
)
def test_cited_notice_is_not_the_title(sentence: str) -> None:
    text = (
        "厦门市人民政府关于加快建设知识产权强市的实施意见\n厦府〔2023〕88号\n各区人民政府，市直各委、办、局：\n"
        "为贯彻落实《知识产权强国建设纲要（2021—2035年）》，现提出如下实施意见。\n"
        f"一、重点任务\n{sentence}\n厦门市人民政府\n2023年9月15日\n"
    )
    m = meta(text)
    assert (m.title, m.doc_type, m.doc_number, m.date) == (
        "厦门市人民政府关于加快建设知识产权强市的实施意见",
        "实施意见",
        "厦府〔2023〕88号",
        "2023-09-15",
    )


def test_cited_notice_in_the_preamble() -> None:
    text = (
        "深圳市南山区2024年知识产权工作计划\n"
        f"为落实《专利代理条例》（国务院令第706号），根据{CITED}，制定本计划。\n{BODY}"
    )
    _, doc = run(text.encode("utf-8"), "plan.txt")
    assert doc.plan.title == "深圳市南山区2024年知识产权工作计划"
    assert doc.plan.doc_type == "工作计划"
    titles = [c.title for c in doc.citations]
    assert "国务院办公厅关于印发专利转化运用专项行动方案（2023—2025年）的通知" in titles


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (
            "区政府关于印发通州区知识产权\n强县建设工作方案\n（2022-2025年）的通知\n",
            "通州区知识产权强县建设工作方案（2022-2025年）",
        ),
        ("关于印发《南通市知识产权\n工作要点》的通知\n", "南通市知识产权工作要点"),
        (
            "北京市通州区人民政府关于印发通州区知识产权工作要点的通知（征求意见稿）\n",
            "通州区知识产权工作要点",
        ),
        ("中共通州区委、通州区人民政府关于印发通州区知识产权工作要点的通知\n", "通州区知识产权工作要点"),
    ],
)
def test_the_plans_own_notice_still_gives_its_title(head: str, title: str) -> None:
    text = f"{head}各有关单位：\n现将{CITED}转发给你们。\n{BODY}"
    assert meta(text).title == title


# --- 4. a table cell listing one body per line keeps its line breaks ---------------------------------

AGENCIES = ["区司法局", "区人民法院", "区人民检察院"]


def _docx_cells(*, breaks: bool) -> bytes:
    doc = new_docx()
    doc.add_paragraph("重庆市渝北区2024年知识产权工作计划")
    doc.add_paragraph("一、重点任务")
    grid = doc.add_table(rows=2, cols=3)
    for c, value in enumerate(["具体措施", "牵头单位", "配合单位"]):
        grid.cell(0, c).text = value
    grid.cell(1, 0).text = "推进知识产权纠纷行政裁决试点"
    grid.cell(1, 1).text = "区市场监管局"
    cell = grid.cell(1, 2)
    if breaks:  # one paragraph, lines split by <w:br/>
        run_ = cell.paragraphs[0].add_run(AGENCIES[0])
        for name in AGENCIES[1:]:
            run_._r.append(run_._r.makeelement(qn("w:br"), {}))
            run_ = cell.paragraphs[0].add_run(name)
    else:  # one paragraph per body, an empty one among them
        cell.paragraphs[0].text = AGENCIES[0]
        cell.add_paragraph("")
        for name in AGENCIES[1:]:
            cell.add_paragraph(f"  {name} ")
    doc.add_paragraph("二、保障措施")
    doc.add_paragraph("各部门要加强协作。")
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _html_cells(cell: str) -> bytes:
    return (
        "<html><body><p>重庆市渝北区2024年知识产权工作计划</p><p>一、重点任务</p><table>"
        "<tr><td>具体措施</td><td>牵头单位</td><td>配合单位</td></tr>"
        f"<tr><td>推进知识产权纠纷\n    行政裁决试点</td><td><span>区市场</span>监管局</td><td>{cell}</td></tr>"
        "</table><p>二、保障措施</p><p>各部门要加强协作。</p></body></html>"
    ).encode()


CELL_CASES = [
    ("plan.docx", _docx_cells(breaks=False)),
    ("plan.docx", _docx_cells(breaks=True)),
    ("plan.html", _html_cells("区司法局<br>区人民法院<br/>\n区人民检察院")),
    ("plan.html", _html_cells("<p>区司法局</p><p>区人民法院</p><p> 区人民检察院 </p>")),
    (
        "plan.html",
        _html_cells("<div>区司法局</div>\n<div><span>区人民</span>法院</div><br><div>区人民检察院</div>"),
    ),
]


@pytest.mark.parametrize(("name", "data"), CELL_CASES)
def test_cell_lines_are_kept(name: str, data: bytes) -> None:
    loaded, doc = run(data, name)
    (table,) = loaded.tables
    text = loaded.text
    assert text[table.span[0] : table.span[1]].endswith("\n")
    for row in table.rows:
        for cell in row:
            assert table.span[0] <= cell.span[0] <= cell.span[1] <= table.span[1]
            assert text[cell.span[0] : cell.span[1]] == table.cell_text(text, cell)
            assert table.cell_text(text, cell) == table.cell_text(text, cell).strip()
    cells = [table.cell_text(text, c) for c in table.rows[1]]
    assert cells == ["推进知识产权纠纷行政裁决试点", "区市场监管局", "\n".join(AGENCIES)]
    # rows stay tab-separated, one row after the other
    assert text[table.span[0] : table.span[1]] == "具体措施\t牵头单位\t配合单位\n" + "\t".join(cells) + "\n"
    assert "二、保障措施\n各部门要加强协作。" in text
    (task,) = [t for t in doc.tasks if t.title == "推进知识产权纠纷行政裁决试点"]
    assert any(r.role == "lead" for r in task.responsibilities)


def test_body_paragraphs_are_not_split_or_joined() -> None:
    """Only cells keep their line breaks: body paragraphs load as before."""
    doc = new_docx()
    doc.add_paragraph("重庆市渝北区2024年知识产权工作计划")
    doc.add_paragraph("一、重点任务  推进 行政裁决试点")
    buffer = io.BytesIO()
    doc.save(buffer)
    loaded = load_bytes(buffer.getvalue(), "plan.docx")
    assert loaded.text == "重庆市渝北区2024年知识产权工作计划\n一、重点任务  推进 行政裁决试点\n"
    page_ = b"<html><body><p>\xe4\xb8\x80\xe3\x80\x81\xe9\x87\x8d\xe7\x82\xb9\n  \xe4\xbb\xbb\xe5\x8a\xa1</p></body></html>"
    assert load_bytes(page_, "plan.html").text == "一、重点任务\n"


def test_a_footer_repeated_many_times_is_dropped_every_time() -> None:
    """Found by the property above: only the first few footer words were followed up, so a page repeating
    an unmarked footer ten times kept the later copies."""
    footer = next(c for c in CHROME if "网站标识码" in c)
    loaded, _ = run(page(ARTICLE, before=footer * 5, after=footer * 5), "plan.html")
    assert loaded.text == load_bytes(page(ARTICLE), "plan.html").text
