"""Round 47: a portal's header holding a search box (<input placeholder="请输入关键字"><button>搜索</button>) left
its button's caption 搜索 as the page's first line, in a header whose class names no chrome; a select of other
sites (<select><option>国家知识产权局</option>…</select>) left every option a line. A form's controls (button,
select, textarea, datalist) are the site's tools, never words of the document: the loader passes them over."""

from __future__ import annotations

import pytest

from loaders.html import load_html

ARTICLE = "<p>某县2025年知识产权工作要点</p><p>一、重点任务</p><p>1.开展专利导航。</p>"


@pytest.mark.parametrize(
    "control",
    [
        '<div class="head-box"><input type="text" placeholder="请输入关键字"><button>搜索</button></div>',
        '<div class="top"><button type="submit" class="btn">站内检索</button></div>',
        '<div class="links"><select onchange="go(this)"><option>政府网站</option><option>国家知识产权局</option>'
        "<option>省市场监督管理局</option></select></div>",
        '<div class="ask"><textarea name="msg">请在此输入留言内容</textarea></div>',
    ],
)
def test_a_forms_controls_are_no_text_of_the_page(control: str) -> None:
    text, _, _, _ = load_html(f"<html><body>{control}{ARTICLE}</body></html>".encode(), "plan.html")
    assert text.splitlines() == ["某县2025年知识产权工作要点", "一、重点任务", "1.开展专利导航。"]


def test_an_articles_own_words_beside_a_control_stay() -> None:
    page = f'<html><body>{ARTICLE}<p>附件：任务清单 <button onclick="dl()">下载</button></p></body></html>'
    text, _, _, _ = load_html(page.encode(), "plan.html")
    assert text.splitlines()[-1].strip() == "附件：任务清单"
