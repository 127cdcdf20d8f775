"""Round 44: a plan reposted in a WeChat official-account article. The account's headline stands first
(h1.rich_media_title), then the meta line (account, publish time) and a lead paragraph of news, then the plan's
own title on a line of its own. A headline that names no kind of plan (重磅｜…印发, 一图读懂…, …出炉！) was taken
for the title and the plan's kind lost; the title line below it is now read (metadata._title_line_below). A
headline that is all the article gives loses the column's label opening it (【政策】…, 图解 | …) and the words
of news closing it (…印发, …正式出台！; document_types.yaml headline_news) when the rest names a kind of plan
(metadata._headline_title)."""

from __future__ import annotations

import pytest

from tests.plans import extracted

_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{headline}</title>
<script>var msg_title = '{headline}'.html(false); var nickname = htmlDecode("某某发布");</script></head>
<body><div id="js_article" class="rich_media"><h1 class="rich_media_title" id="activity-name">{headline}</h1>
<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">某某发布</span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">2025-04-02 09:15</em></div>
<div class="rich_media_content" id="js_content" style="visibility: visible;">
<section><span style="font-size: 15px;">&nbsp;&nbsp;{lead}</span></section>
{title_line}
<section><span><strong>一、工作目标</strong></span></section>
<section><span>　　全市发明专利授权量达到500件。</span></section>
<section><span><strong>二、重点任务</strong></span></section>
<section><span>　　<strong>（一）培育高价值专利。</strong>支持企业建设高价值专利培育中心。【牵头单位】市市场监管局【配合单位】市科技局</span></section>
</div><div id="js_tags_preview_toast">预览时标签不可点</div><a id="js_view_source">阅读原文</a>
<p>微信扫一扫<br>关注该公众号</p></div></body></html>
"""
_LEAD = "近日，市市场监管局围绕全年重点工作作出部署。一起来看↓↓↓"


def _title(headline: str, title_line: str, lead: str = _LEAD) -> tuple[str | None, str | None]:
    line = f'<section style="text-align: center;"><span><strong>{title_line}</strong></span></section>'
    page = _PAGE.format(headline=headline, lead=lead, title_line=line if title_line else "")
    doc, _ = extracted(page, "plan.html")
    return doc.plan.title, doc.plan.doc_type


@pytest.mark.parametrize(
    ("headline", "title_line", "title", "kind"),
    [
        (
            "重磅｜宁德市2025年知识产权工作要点印发",
            "宁德市2025年知识产权工作要点",
            "宁德市2025年知识产权工作要点",
            "工作要点",
        ),
        (
            "一图读懂丨今年全市知识产权工作这样干",
            "龙岩市2025年知识产权工作要点",
            "龙岩市2025年知识产权工作要点",
            "工作要点",
        ),
        (
            "政策速递 | 福鼎市知识产权强市建设实施方案出台",
            "福鼎市知识产权强市建设实施方案（2025—2027年）",
            "福鼎市知识产权强市建设实施方案（2025—2027年）",
            "实施方案",
        ),
        (
            "干货满满！看看今年知识产权工作怎么干",
            "临海市2025年知识产权工作计划",
            "临海市2025年知识产权工作计划",
            "工作计划",
        ),
        (
            "瑞安市知识产权强市建设行动计划出炉！",
            "瑞安市知识产权强市建设行动计划",
            "瑞安市知识产权强市建设行动计划",
            "行动计划",
        ),
    ],
)
def test_a_headline_naming_no_kind_of_plan_gives_way_to_the_title_line_below(
    headline: str, title_line: str, title: str, kind: str
) -> None:
    assert _title(headline, title_line) == (title, kind)


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        ("【政策】宁德市2025年知识产权工作要点", "宁德市2025年知识产权工作要点"),
        ("【权威发布】柘荣县知识产权保护工作方案", "柘荣县知识产权保护工作方案"),
        ("图解 | 福鼎市2025年知识产权工作要点", "福鼎市2025年知识产权工作要点"),
        ("政策丨苍南县知识产权强县建设实施意见", "苍南县知识产权强县建设实施意见"),
    ],
)
def test_a_column_label_opening_a_headline_is_no_part_of_the_title(headline: str, title: str) -> None:
    assert _title(headline, "")[0] == title


def test_a_headline_naming_the_plan_keeps_its_words() -> None:
    assert _title("宁德市2025年知识产权工作要点", "") == ("宁德市2025年知识产权工作要点", "工作要点")


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        ("重磅｜宁德市2025年知识产权工作要点印发", "宁德市2025年知识产权工作要点"),
        (
            "福安市知识产权强市建设行动方案（2025—2027年）正式出台！",
            "福安市知识产权强市建设行动方案（2025—2027年）",
        ),
        ("【关注】霞浦县2025年知识产权工作要点来了~", "霞浦县2025年知识产权工作要点"),
        ("寿宁县知识产权保护工作方案发布", "寿宁县知识产权保护工作方案"),
    ],
)
def test_words_of_news_closing_a_headline_that_is_all_the_article_gives_are_no_part_of_the_title(
    headline: str, title: str
) -> None:
    assert _title(headline, "")[0] == title


@pytest.mark.parametrize(
    "headline",
    ["重磅｜今年全市知识产权工作这样干", "宁德市召开知识产权工作会议", "一图读懂丨知识产权质押融资政策发布"],
)
def test_a_headline_naming_no_plan_stays_as_it_is(headline: str) -> None:
    """No title line under the headline, no lead naming the plan, and no kind of plan left when its label
    and its words of news are set aside: the headline is all a reader has."""
    assert _title(headline, "") == (headline.replace(" ", ""), None)


def test_a_document_cited_below_the_headline_is_not_its_title() -> None:
    lead = "为落实《福建省知识产权强省建设实施方案》，市市场监管局作出部署。"
    assert _title("一图读懂丨今年全市知识产权工作这样干", "", lead=lead)[1] is None


def test_a_title_line_in_plain_text_under_a_pasted_headline() -> None:
    doc, _ = extracted(
        "政策解读｜今年知识产权工作重点来了\n某某发布 2025-04-02 09:15\n"
        "日前，县市场监管局部署全年知识产权工作。\n柘荣县2025年知识产权工作要点\n"
        "一、工作目标\n全县发明专利授权量达到50件。\n"
    )
    assert (doc.plan.title, doc.plan.doc_type) == ("柘荣县2025年知识产权工作要点", "工作要点")
