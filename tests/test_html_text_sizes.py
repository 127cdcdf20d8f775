"""The HTML loader's one-walk text sizes agree with BeautifulSoup's own answers on any page: each element's
text length and whether it holds text (get_text), a table's own rows (find_all("tr") whose nearest table is
it) and its first cells (find_all(["td", "th"], limit=…)). The loader asks these of every table; the walk
replaced per-table get_text() calls that made deeply nested tables quadratic (tests/regressions' case
nested_tables.html has a bound that the old code misses)."""

from __future__ import annotations

from bs4 import BeautifulSoup
from bs4.element import Tag
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.html_text_sizes import TextSizes, first_cells, own_rows

_TAGS = ["table", "tbody", "tr", "td", "th", "div", "p", "span", "br", "script"]
_WORDS = ["", " ", "\u3000", "县市场监管局", "负责", "<!-- 注释 -->", "\n", "&nbsp;"]


@st.composite
def _markup(draw: st.DrawFn, depth: int = 0) -> str:
    parts: list[str] = []
    for _ in range(draw(st.integers(0, 4 if depth < 4 else 0))):
        if draw(st.booleans()):
            parts.append(draw(st.sampled_from(_WORDS)))
        else:
            tag = draw(st.sampled_from(_TAGS))
            closed = draw(st.booleans())  # unclosed tags are left to the parser, as on real pages
            parts.append(f"<{tag}>{draw(_markup(depth + 1))}" + (f"</{tag}>" if closed else ""))
    return "".join(parts)


def _soup(markup: str) -> BeautifulSoup:
    return BeautifulSoup(f"<html><body>{markup}</body></html>", "lxml")


@settings(max_examples=300, deadline=None)
@given(_markup())
def test_sizes_agree_with_get_text(markup: str) -> None:
    soup = _soup(markup)
    sizes = TextSizes(soup)
    for tag in soup.find_all(True):
        if tag.name in ("script", "style"):
            continue  # their own strings are of another type; the loader never asks their size
        text = tag.get_text()
        assert sizes.length(tag) == len(text), tag
        assert sizes.has_text(tag) is bool(text.strip()), tag


@settings(max_examples=300, deadline=None)
@given(_markup())
def test_rows_and_cells_agree_with_find_all(markup: str) -> None:
    soup = _soup(markup)
    for table in soup.find_all("table"):
        expected_rows = [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]
        assert list(own_rows(table)) == expected_rows
        for limit in (1, 2, 3):
            assert first_cells(table, limit) == table.find_all(["td", "th"], limit=limit)


def test_an_element_outside_the_walked_root_is_measured_directly() -> None:
    soup = _soup("<div>甲</div><p>县科技局</p>")
    div = soup.find("div")
    p = soup.find("p")
    assert isinstance(div, Tag)
    assert isinstance(p, Tag)
    sizes = TextSizes(div)
    assert sizes.length(div) == 1
    assert sizes.length(p) == 4
    assert sizes.has_text(p)


def test_deeply_nested_tables_are_measured_in_one_walk() -> None:
    depth = 3000
    soup = _soup("<table><tr><td>" * depth + "县市场监管局负责")
    tables = soup.find_all("table")
    sizes = TextSizes(soup)
    assert len(tables) == depth
    assert [sizes.length(t) for t in tables[::1000]] == [8, 8, 8]
    assert all(len(list(own_rows(t))) == 1 for t in tables)
