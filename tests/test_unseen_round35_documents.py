"""Round 35: documents as portals and Word give them.

What was read wrong before:

- a line of several links after a related-links heading in the article (<p>相关链接：</p><p><a>…</a>　<a>…</a></p>)
  kept the heading and the other pages' titles in the plan (a citation, a programme): a line whose words are
  all its links' is a line of links however many it holds and whatever stands between them;
"""

from __future__ import annotations

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
