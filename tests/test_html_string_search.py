"""The HTML loader finds a site footer's strings with its own walk (loaders.html._strings_matching) and skips
the walk when the page's text lacks the words: the strings found must be those bs4's own search finds, in
the same order and under the same limit, on any page (comments, scripts, nesting, repeats)."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders import load_bytes
from loaders.html import _MAX_FOOTER_WORDS, _OWNER_LINE, _SITE_FOOTER, _strings_matching

_WORDS = [
    "ICP备12345号",
    "主办单位：县人民政府",
    "版权所有",
    "县市场监管局",
    "承办：县政务中心",
    "工作方案",
    " ",
]
_piece = st.recursive(
    st.sampled_from(_WORDS),
    lambda inner: st.one_of(
        st.tuples(st.sampled_from(["div", "p", "span", "footer", "li"]), st.lists(inner, max_size=4)).map(
            lambda t: f"<{t[0]}>{''.join(t[1])}</{t[0]}>"
        ),
        inner.map(lambda s: f"<!--{s}-->"),
        inner.map(lambda s: f"<script>{s}</script>"),
    ),
    max_leaves=30,
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_piece, max_size=12), st.sampled_from([_SITE_FOOTER, _OWNER_LINE]))
def test_the_walk_finds_the_strings_bs4_finds(pieces: list[str], pattern: re.Pattern[str]) -> None:
    soup = BeautifulSoup(f"<html><body>{''.join(pieces)}</body></html>", "lxml")
    body = soup.body or soup
    expected = body.find_all(string=pattern, limit=_MAX_FOOTER_WORDS)
    found = list(_strings_matching(body, pattern))
    assert [id(s) for s in found] == [id(s) for s in expected]


def test_the_walk_stops_at_the_limit() -> None:
    page = "<html><body>" + "<p>ICP备1号</p>" * (_MAX_FOOTER_WORDS + 5) + "</body></html>"
    body = BeautifulSoup(page, "lxml").body
    assert body is not None
    assert len(list(_strings_matching(body, _SITE_FOOTER))) == _MAX_FOOTER_WORDS


def test_footer_words_only_in_a_comment_or_script_leave_the_page_whole() -> None:
    lines = "".join(f"<p>{k}. 县市场监管局负责第{k}项工作。</p>" for k in range(1, 6))
    page = (
        "<html><body><div><!-- 主办单位：县人民政府 ICP备1号 --><script>var a='版权所有';</script>"
        f"{lines}</div><div>主办单位：县人民政府　技术支持：某公司　电话：1234</div></body></html>"
    )
    doc = load_bytes(page.encode("utf-8"), "plan.html")
    assert "第5项工作" in doc.text
    assert "技术支持" not in doc.text  # the page's real footer still goes
