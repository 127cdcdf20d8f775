"""HTML pages: block elements become lines, tables become tab-separated rows with a cell grid.

A plan published on a government website comes wrapped in the site's chrome: its navigation, breadcrumb,
share bar, related links and footer (主办单位：…　承办单位：…). Those never reach the canonical text: the
nav, aside and page-level header and footer elements, and blocks whose class or id names them as such.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable, Hashable, Iterator
from dataclasses import replace
from functools import lru_cache
from typing import Literal

from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning
from bs4.element import (
    Comment,
    Declaration,
    Doctype,
    NavigableString,
    PageElement,
    ProcessingInstruction,
    Tag,
)

from loaders.base import EncodingReport, StyledHeading, TableGrid
from loaders.builder import TextBuilder, squash
from loaders.definition_lists import html_definition_lists
from loaders.encoding import decode_bytes
from loaders.html_div_grids import div_grids_as_tables
from loaders.html_text_sizes import TextSizes, first_cells, own_rows
from policykg.extract.header_lines import ends_like_a_title

#: Never text of the page: scripts and styles, embedded objects, and a form's controls (a search box's
#: 搜索 button, a select's options: captions of the site's tools, not words of the document).
_SKIP = {
    "script",
    "style",
    "head",
    "noscript",
    "template",
    "svg",
    "iframe",
    "object",
    "button",
    "select",
    "textarea",
    "datalist",
}
_BLOCK = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "aside",
    "nav",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "center",
    "form",
    "fieldset",
    "address",
    "figure",
    "figcaption",
    "hr",
    "body",
    "html",
}
_NON_TEXT = (Comment, Declaration, Doctype, ProcessingInstruction)
#: Inside a cell, a nested table's rows and cells also end a line.
_CELL_BLOCK = {"table", "tr", "td", "th", "caption"}

#: Elements that are the site's chrome wherever they stand.
_CHROME_TAGS = {"nav", "aside"}
#: Elements that are the page's header and footer unless inside the article (an article's own header holds
#: its title).
_PAGE_TAGS = {"header", "footer"}
_ARTICLE_TAGS = {"article", "main"}
#: Words of a class or id that mark a block as the site's chrome: navigation, breadcrumb, footer, related
#: links, share bar, sidebar, menu, copyright. Matched against the words of the value (topNav, main-nav,
#: bread_crumb, footerWrap); "foot" and "nav" only as a word or a word's start.
_CHROME_WORDS = re.compile(
    r"breadcrumb|crumb|footer|sidebar|sidenav|copyright|navbar|navigation|menu|relate|share|toolbar|topbar"
    r"|xglj|xgwz|xgwj|xgxx"  # a related-links box named in pinyin (相关链接: xglj, 相关文章: xgwz)
)
_CHROME_STARTS = ("nav", "foot")
_NOT_CHROME = ("footnote",)
_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
#: Chrome written without markup: a breadcrumb (首页 > 政务公开 > 政策文件, 当前位置：首页 > …), an
#: article's tool bar (浏览次数：1024　【打印】【关闭】, or a line of bare tool links: 打印本页 关闭窗口), its
#: share bar (分享到：微信 微博) and pager (上一篇：…).
_CHROME_LINE = re.compile(
    r"^(?:(?:当前|您的|你的|所在)位置\s*[：:]\s*)?(?:网站)?首页\s*[>＞»›→]"
    r"|^[【\[]?\s*(?:分享到|上一篇|下一篇)\s*[：:】\]]"
    r"|(?:浏览|阅读|访问|点击)(?:次数|量)\s*[：:]|[【\[]\s*(?:打印|关闭)(?:本页|窗口)?\s*[】\]]"
    r"|^(?:[【\[]?\s*(?:打印(?:本页|此页|正文|文章)|关闭(?:本页|窗口|页面)|返回顶部|收藏本页|加入收藏)\s*[】\]]?\s*)+$"
)
#: The page's record of the document on a tool bar's line (发布时间：2024-03-18　浏览次数：1352): a dated
#: field, which keeps the line (its counters are passed over as the page's, document_types.yaml page_labels).
_RECORD_ON_CHROME_LINE = re.compile(r"(?:日期|时间)\s*[：:]\s*(?:19|20)\d{2}")
#: Headings of the site's chrome rather than of the plan: a related-links or related-documents box, a
#: previous/next article pager, a print or share bar.
_CHROME_HEADING = re.compile(
    r"^[【\[]?\s*(?:相关(?:链接|文件|文档|阅读|新闻|信息|文章|稿件|附件|解读)|友情链接|热点(?:新闻|信息|推荐)"
    r"|(?:打印|关闭)(?:本页|窗口)|分享到|扫一扫|上一篇|下一篇)"
)
#: A box of related links opened by such a heading alone (<div><h3>相关链接</h3><ul>…</ul></div>): chrome,
#: whatever its class.
_LINKS_BOX_HEADING = re.compile(
    r"[【\[]?\s*(?:相关(?:链接|文件|文档|阅读|新闻|信息|文章|稿件|解读)|友情链接|热点(?:新闻|信息|推荐)|延伸阅读)"
    r"\s*[：:】\]]?"
)
#: Elements that may hold such a box.
_BOX_TAGS = {"div", "section", "ul", "dl", "ol"}
#: Words one of which such a heading holds.
_LINKS_BOX_WORDS = ("相关", "友情链接", "热点", "延伸阅读")
_HEADING_TAGS = {f"h{n}": n for n in range(1, 7)}
#: Landmark roles of the site's chrome.
_CHROME_ROLES = {"navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "search"}
#: Words only a website's footer prints (ICP filing, public-security filing, site code, copyright).
_SITE_FOOTER = re.compile(r"ICP\s*[备证]|公网安备|网站标识码|版权所有(?![人者权])|Copyright|©")
#: Longest footer block found by its words, and how many such words are followed up.
_MAX_FOOTER = 600
_MAX_FOOTER_WORDS = 64  # bounds the search; a page repeating its footer many times is still cleaned
#: Bound on nested chrome blocks kept for holding most of the page (each one is weighed).
_MAX_KEPT = 64


@lru_cache(maxsize=4096)  # a site's pages repeat the same few class and id values on every block
def _chrome_value(value: str) -> bool:
    words = [w.lower() for w in _WORD.findall(value)]
    joined = "".join(words)
    if any(w.startswith(_NOT_CHROME) for w in words):
        joined = "".join(w for w in words if not w.startswith(_NOT_CHROME))
        words = [w for w in words if not w.startswith(_NOT_CHROME)]
    return _CHROME_WORDS.search(joined) is not None or any(w.startswith(_CHROME_STARTS) for w in words)


def _attr_text(tag: Tag, name: str) -> str:
    value = tag.get(name)
    if isinstance(value, list):
        return " ".join(str(v) for v in value)
    return str(value) if value else ""


_NEVER_CHROME = {"html", "body", *_ARTICLE_TAGS, "table", "tbody", "thead", "tfoot", "tr", "td", "th"}


def _marked_as_chrome(tag: Tag) -> bool:
    if tag.name in _CHROME_TAGS:
        return True
    if tag.name in _PAGE_TAGS and tag.find_parent(_ARTICLE_TAGS) is None:
        return True
    if tag.name in _NEVER_CHROME or tag.name not in _BLOCK:
        return False  # an inline element (a link, a span) inside a sentence is never cut out of it
    if _attr_text(tag, "role").strip().lower() in _CHROME_ROLES:
        return True
    return any(_chrome_value(_attr_text(tag, name)) for name in ("class", "id"))


def _related_links_boxes(body: Tag, page_size: int, page_text: str) -> set[int]:
    """The boxes of related links (by id): a box whose first words are a related-links heading alone
    (相关链接, 【相关文件】) and that holds more than that, less than half the page: a list of links to other
    pages, not the plan's. Found from the headings up, so that a page of deeply nested blocks is read once."""
    if not any(word in page_text for word in _LINKS_BOX_WORDS):
        return set()  # the cheap test first: most pages have no such box
    found: set[int] = set()
    for node in _strings_matching(body, _LINKS_BOX_HEADING):
        heading = node.strip()
        if _LINKS_BOX_HEADING.fullmatch(heading) is None or isinstance(node, _NON_TEXT):
            continue
        child: PageElement = node
        for parent in node.parents:
            if any(_has_words(sibling) for sibling in child.previous_siblings):
                found.update(_links_run(child))
                break  # words before the heading: it opens no box from here up
            if (
                parent.name == "tr"
                and parent.get_text().strip() == heading
                and (rows := _links_rows(parent, page_size))
            ):
                found.update(rows)
                break  # a row of an old site's grid: the box is the rows after it
            if parent.name in _BOX_TAGS:
                box = parent.get_text().strip()
                if box != heading:
                    if len(box) * 2 < page_size:
                        found.add(id(parent))
                    break
            child = parent
    return found


#: The longest heading of a portal's box of links (政策解读, 通知公告, 最新动态 更多>>).
_BOX_HEADING_MAX = 12
#: Words a box heading never holds: a sentence's stops; a plan's own annex list (附件：<a>1.分工表</a>).
_NOT_BOX_HEADING = re.compile(r"[。；;，,]|^[【\[]?附")
#: How many blocks up from a heading its box's links are looked for (<div><div><h3>…</h3></div><ul>…).
_BOX_DEPTH = 3


def _portal_link_boxes(body: Tag, page_size: int) -> set[int]:
    """A portal's boxes of links beside the article (<div><h3>政策解读</h3><ul><li><a>…</a></li></ul></div>,
    通知公告 with lines of links), by id: a short heading element, then only lines of links after it in its
    box, less than half the page. Other pages' titles, never the plan's words."""
    found: set[int] = set()
    for heading in _box_headings(body):
        words = heading.get_text().strip()
        if not words or len(words) > _BOX_HEADING_MAX or _NOT_BOX_HEADING.search(words):
            continue
        if _links_only(heading):
            continue  # a line of links itself (a list of <p><a>…</a></p>: each line before the next)
        block: Tag = heading
        after: list[Tag] | None = []
        for _ in range(_BOX_DEPTH):
            after = _links_after(block)
            if after != []:
                break
            if block.parent is None or any(_has_words(s) for s in block.previous_siblings):
                break
            block = block.parent
        if not after:
            continue
        box = block.parent
        alone = box is not None and not any(_has_words(s) for s in block.previous_siblings)
        if alone and box is not None and box.name in _BOX_TAGS and len(box.get_text()) * 2 < page_size:
            found.add(id(box))
        elif sum(len(s.get_text()) for s in after) * 2 < page_size:
            found.update(id(s) for s in (block, *after))
    return found


#: The most lines of links a box holds: the scan after a heading stops there (a page stays linear).
_BOX_LINES = 100


def _links_after(block: Tag) -> list[Tag] | None:
    """The blocks with words after ``block`` among its siblings when each is a line of links (or a list of
    them); [] when none has words, None when one is no line of links or there are too many."""
    found: list[Tag] = []
    for sibling in block.next_siblings:
        if not _has_words(sibling):
            continue
        if not isinstance(sibling, Tag) or len(found) >= _BOX_LINES or not _links_only(sibling):
            return None
        found.append(sibling)
    return found


def _box_headings(body: Tag) -> Iterator[Tag]:
    """The heading elements (<h3>), and the block just before a line of links or the block holding it
    (<div class="tit">通知公告</div><ul><li><a>…, <div>热点专题</div><div><p><a>…): each once."""
    yield from (t for t in body.find_all(_HEADING_TAGS) if isinstance(t, Tag))
    seen: set[int] = set()
    given: set[int] = set()
    for link in body.find_all("a"):
        line = next((p for p in link.parents if p.name in _LINK_LINES), None)
        if line is None or id(line) in seen:
            continue
        seen.add(id(line))
        for block in (line, line.parent):
            before = next((s for s in block.previous_siblings if _has_words(s)), None) if block else None
            if isinstance(before, Tag) and before.name not in _NOT_BOX and id(before) not in given:
                given.add(id(before))
                yield before


#: The blocks a line of links stands in.
_LINK_LINES = {"p", "li", "div", "dd", "dt"}
#: Blocks before a line of links that head no box: a heading element (found as such), a table's parts.
_NOT_BOX = {*_HEADING_TAGS, "td", "th", "tr", "tbody", "thead", "table"}


def _links_only(block: Tag) -> bool:
    """``block``'s words are all its links' (their numbers, dates and marks aside): one link at least."""
    rest = block.get_text()
    links = 0
    for link in block.find_all("a"):
        words = link.get_text().strip()
        if words:
            rest = rest.replace(words, "", 1)
            links += 1
    return links > 0 and _LINK_LINE_REST.fullmatch(rest) is not None


#: What a line of links holds besides its links: numbers, dates and marks (1. <a>…</a>　2024-05-08,
#: <a>…</a> | <a>…</a>).
_LINK_LINE_REST = re.compile(r"[\d\s\-–—./:：,，、()（）\[\]【】·•●年月日|｜]*")


def _links_run(heading: PageElement) -> set[int]:
    """A related-links heading written as a paragraph of the article (<p>相关链接</p>) and the lines of links
    after it to the end of its block (by id): each line's words all a link's, or another such heading
    (相关阅读：). None when a line of other words follows, or no link does."""
    if not isinstance(heading, Tag) or heading.name not in _PARAGRAPH_TAGS:
        return set()
    run, links = {id(heading)}, 0
    for sibling in heading.next_siblings:
        if not _has_words(sibling):
            continue
        if not isinstance(sibling, Tag):
            return set()
        if _links_only(sibling):
            links += 1
        elif _LINKS_BOX_HEADING.fullmatch(sibling.get_text().strip()) is None:
            return set()
        run.add(id(sibling))
    return run if links else set()


def _links_rows(row: Tag, page_size: int) -> set[int]:
    """A related-links heading alone in a table's row, as an old site's page grid lays its box out
    (<tr><td>相关信息</td></tr><tr><td>· <a>…</a>　2024-11-02</td></tr>, the links in rows or in a table of
    their own in the next row), and every row after it to the table's end a line of links (by id): the whole
    table when the heading opens it, else the heading's row and those after it (the box closing the
    article's own grid under its share bar). None when a row of other words follows, or no link does, or
    they would make half the page."""
    after = _links_after(row)
    if not after:
        return set()
    table = row.find_parent("table")
    if table is not None and not any(_has_words(s) for s in row.previous_siblings):
        return {id(table)} if len(table.get_text()) * 2 < page_size else set()
    if sum(len(s.get_text()) for s in after) * 2 >= page_size:
        return set()
    return {id(row), *(id(s) for s in after)}


def _has_words(element: PageElement) -> bool:
    if isinstance(element, _NON_TEXT):
        return False
    if isinstance(element, NavigableString):
        return bool(element.strip())
    return isinstance(element, Tag) and next(element.stripped_strings, None) is not None


def _strings_matching(body: Tag, pattern: re.Pattern[str]) -> Iterator[NavigableString]:
    """The page's strings (comments and scripts included) in which ``pattern`` is found, in page order, at
    most ``_MAX_FOOTER_WORDS`` of them: the strings of bs4's ``find_all(string=pattern, limit=…)``, found
    several times faster."""
    left = _MAX_FOOTER_WORDS
    for node in body.descendants:
        if isinstance(node, NavigableString) and pattern.search(node) is not None:
            yield node
            left -= 1
            if not left:
                return


#: A table's cells: the block a footer of an old site's page grid stands in (主办单位：…<br>浙ICP备…).
_CELLS = ("td", "th")


def _stops_footer(parent: Tag) -> bool:
    """The search for a footer's block stops at ``parent``: the page, its article, a table (a cell may be
    the footer's block, in a layout table read as the page's flow), a script or style."""
    return parent.name in _SKIP or (parent.name in _NEVER_CHROME and parent.name not in _CELLS)


def _unmarked_footers(body: Tag, page_size: int, page_text: str) -> set[int]:
    """Blocks without markup that hold a site footer's words (ICP备…, 网站标识码, 版权所有): the largest
    small block around each such word, with whatever else the footer says (主办单位：…)."""
    found: set[int] = set()
    if _SITE_FOOTER.search(page_text) is None:  # a match only in a comment or a script is never a footer
        return found
    for string in _strings_matching(body, _SITE_FOOTER):
        if isinstance(string, _NON_TEXT) or string.find_parent(_ARTICLE_TAGS) is not None:
            continue
        block: Tag | None = None
        for parent in string.parents:
            if _stops_footer(parent):
                break
            size = len(parent.get_text())
            if size > _MAX_FOOTER or size * 2 >= page_size:
                break
            block = parent
            if parent.name in _CELLS:
                break  # a layout table's cell holds the footer: the table around it is the page's
        if block is not None:
            found.add(id(block))
    return found


#: A line of the site's footer naming who runs the site (主办单位：…　承办单位：…, 技术支持：…,
#: 联系我们), which may print no filing number; and the words such a footer holds.
_OWNER_LINE = re.compile(r"^\s*(?:主办单位|承办单位|技术支持|联系我们|网站地图|主办|承办)\s*(?:[：:|｜\s]|$)")
_PARAGRAPH_TAGS = {"p", "li", *_HEADING_TAGS}
#: The cheap test first: a page without these words has no such line.
_OWNER_OPENING = re.compile(r"主办|承办|技术支持|联系我们|网站地图")
_OWNER_WORDS = re.compile(r"主办|承办|技术支持|联系我们|网站地图|地址|邮编|电话|版权")


def _text_after(block: Tag) -> int:
    """How much text the page holds after ``block`` (its scripts and styles aside)."""
    size = 0
    node: Tag | None = block
    while node is not None and node.name not in ("body", "html", "[document]"):
        for sib in node.next_siblings:
            if isinstance(sib, Tag):
                size += 0 if sib.name in _SKIP else len(sib.get_text().strip())
            elif not isinstance(sib, _NON_TEXT):
                size += len(str(sib).strip())
            if size > _MAX_FOOTER:
                return size
        node = node.parent
    return size


def _among_paragraphs(block: Tag) -> bool:
    """``block`` is a paragraph after others of the same container (a plan's own lines: its <p>s, headings
    and list items), not a block of the page's own after the article."""
    if block.name not in _PARAGRAPH_TAGS:
        return False
    return any(
        isinstance(sib, Tag) and sib.name in _PARAGRAPH_TAGS and sib.get_text().strip()
        for sib in block.previous_siblings
    )


def _owner_footers(body: Tag, page_text: str) -> set[int]:
    """Blocks closing the page that say who runs the site and print no filing number (主办单位：…,
    承办单位：…, 技术支持：…): the largest block opening with such a line, outside the page's article, holding
    two of a footer's words, with little or no text after it. A plan's own line about an event
    (主办单位：县市场监管局) stands among its text, not after it."""
    found: set[int] = set()
    if _OWNER_OPENING.search(page_text) is None:
        return found
    for string in _strings_matching(body, _OWNER_LINE):
        if isinstance(string, _NON_TEXT) or string.find_parent(_ARTICLE_TAGS) is not None:
            continue
        opening = str(string).strip()
        block: Tag | None = None
        for parent in string.parents:
            if _stops_footer(parent):
                break
            whole = parent.get_text()
            if len(whole) > _MAX_FOOTER or not whole.strip().startswith(opening):
                break
            block = parent
            if parent.name in _CELLS:
                break
        if block is None or len(set(_OWNER_WORDS.findall(block.get_text()))) < 2:
            continue
        if _text_after(block) <= _MAX_FOOTER and not _among_paragraphs(block):
            found.add(id(block))
    return found


def expand_rows(table: Tag) -> list[list[tuple[Hashable, str]]]:
    """Rows of (cell identity, text), with rowspan/colspan expanded to the grid positions."""
    grid: dict[tuple[int, int], tuple[Hashable, str]] = {}
    rows = [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]
    for r, tr in enumerate(rows):
        c = 0
        for cell in tr.find_all(["td", "th"], recursive=False):
            while (r, c) in grid:
                c += 1
            text = _cell_text(cell)
            rowspan = _span_attr(cell, "rowspan")
            colspan = _span_attr(cell, "colspan")
            for dr in range(rowspan):
                for dc in range(colspan):
                    grid[(r + dr, c + dc)] = (id(cell), text)
            c += colspan
    if not grid:
        return []
    # each row's filled columns, gathered in one pass: a table of 20,000 rows is not walked again for each row
    columns: dict[int, list[int]] = {}
    for r, c in grid:
        columns.setdefault(r, []).append(c)
    height = max(columns) + 1
    return [[grid[(r, c)] for c in sorted(columns.get(r, ()))] for r in range(height)]


#: How a walk treats a tag: left out, a line break, a table of its own, a block (a line break before and
#: after its content) or inline.
_Kind = Literal["skip", "break", "table", "block", "inline"]


def _walk(root: Tag, kind: Callable[[Tag], _Kind]) -> Iterator[str | Tag | None]:
    """Depth first with an explicit stack, not recursion (HTML nests as deep as it likes): a text's string,
    None for a line break (a <br>, and before and after a block's content), a table Tag to be read whole."""
    stack: list[tuple[Iterator[PageElement], bool]] = [(iter(root.children), False)]
    while stack:
        children, block = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if block:
                yield None
            continue
        if isinstance(child, _NON_TEXT):
            continue
        if isinstance(child, NavigableString):
            yield str(child)
            continue
        if not isinstance(child, Tag):
            continue
        how = kind(child)
        if how == "break":
            yield None
        elif how == "table":
            yield child
        elif how == "block":
            yield None
            stack.append((iter(child.children), True))
        elif how == "inline":
            stack.append((iter(child.children), False))


def _in_cell(tag: Tag) -> _Kind:
    if tag.name in _SKIP:
        return "skip"
    if tag.name == "br":
        return "break"
    return "block" if tag.name in _BLOCK or tag.name in _CELL_BLOCK else "inline"


def _cell_text(cell: Tag) -> str:
    """A cell's text, one line per line break (<br>) or block (<p>, <div>) inside it: a cell listing one body
    per line keeps them apart. Other white space collapses as a browser would."""
    lines: list[str] = []
    line: list[str] = []
    for item in _walk(cell, _in_cell):
        if isinstance(item, str):
            line.append(item)
        else:  # a line break (a cell's nested tables are blocks, never a table item)
            lines.append("".join(line))
            line = []
    lines.append("".join(line))
    return "\n".join(t for t in (squash(ln).strip() for ln in lines) if t)


#: What a list item's own text may open with that already numbers it (1. / （一） / 一、 / ● …).
_NUMBERED_ITEM = re.compile(r"\s*(?:[\d一二三四五六七八九十]+\s*[、.．)）]|[（(]|[①-⑳⑴-⒇●◆■•])")


def _list_marker(item: Tag, before: int) -> str | None:
    """The number (1. in an <ol>, from its start) or bullet (● in a <ul>) a browser shows before a list item
    whose text is a sentence (it holds 。 or ；: no link list of titles) and does not number itself;
    ``before``: the items of its list before it."""
    parent = item.parent
    if not isinstance(parent, Tag) or parent.name not in ("ol", "ul"):
        return None
    words = item.get_text()
    if ("。" not in words and "；" not in words) or _NUMBERED_ITEM.match(words):
        return None
    if parent.name == "ul":
        return "● "
    start = _span_attr(parent, "start") if parent.get("start") is not None else 1
    return f"{start + before}. "


def _own_cells(table: Tag) -> list[Tag]:
    """The cells of ``table`` itself, not of tables nested in them."""
    return [cell for tr in own_rows(table) for cell in tr.find_all(["td", "th"], recursive=False)]


def _one_text_cell_a_row(table: Tag, sizes: TextSizes) -> bool:
    """No row of ``table`` holds text in two cells: a column of blocks (an old site's logo, its navigation
    line, its breadcrumb beside an icon, its footer), not a grid of data. A data table's header names two
    columns at least, so the first rows decide; but a column of the article's paragraphs, a row each, may
    open with a line of fields side by side (来源：县政府办 | 发布时间：…): a row or two spreading their text
    over cells pass when three rows at least hold theirs in one cell, and those rows nearly all the table's
    text (4 parts in 5: never a small grid under a long note)."""
    alone = spread = alone_rows = spread_rows = 0
    for tr in own_rows(table):
        cells = [cell for cell in tr.find_all(["td", "th"], recursive=False) if sizes.has_text(cell)]
        if len(cells) == 1:
            alone_rows += 1
            alone += sizes.length(cells[0])
        elif cells:
            spread_rows += 1
            if spread_rows > _FIELD_ROWS:
                return False
            spread += sum(sizes.length(cell) for cell in cells)
    return spread_rows == 0 or (alone_rows >= _PARAGRAPH_ROWS and alone >= 4 * spread)


#: How many rows of a column of paragraphs may set fields side by side (its source and date, a second line).
_FIELD_ROWS = 2
#: How many rows holding text in one cell make a column of paragraphs beside such a row.
_PARAGRAPH_ROWS = 3


def _layout_table(table: Tag, page_size: int, sizes: TextSizes) -> bool:
    """A table laid around the page's text rather than a table of the plan: one of a single cell (a frame
    around the article), one with a cell holding at least half the page's text (the article's column of
    an old site's page grid, beside its logo and footer rows), or one whose rows hold text in one cell each
    (the grid's logo, navigation and breadcrumb rows: read as lines, a breadcrumb is found as the site's).
    A data table spreads its text over its cells."""
    first = first_cells(table, 2)  # the cheap test first: one cell, none nested in it
    if len(first) < 2:
        return len(first) == 1
    if sizes.length(table) * 2 >= page_size:
        cells = _own_cells(table)
        if len(cells) == 1 or any(sizes.length(cell) * 2 >= page_size for cell in cells):
            return True
    return _one_text_cell_a_row(table, sizes)


_PRE_TAG = re.compile(r"<pre\b", re.IGNORECASE)
_ARTICLE_TAG = re.compile(r"<(?:article|main)\b", re.IGNORECASE)


def _preformatted_lines(soup: BeautifulSoup, markup: str) -> None:
    """A <pre> block's line breaks are the text's: each becomes a <br>, which the walk reads as a line's end
    (white space elsewhere collapses as a browser would)."""
    if _PRE_TAG.search(markup) is None:
        return  # the cheap test first: the whole tree is searched only when the markup opens a <pre>
    for pre in soup.find_all("pre"):
        for string in list(pre.find_all(string=True)):
            if "\n" not in string or isinstance(string, _NON_TEXT):
                continue
            pieces = str(string).split("\n")
            new: list[PageElement] = []
            for k, piece in enumerate(pieces):
                if k:
                    new.append(soup.new_tag("br"))
                if piece:
                    new.append(NavigableString(piece))
            string.replace_with(*new)


def _span_attr(cell: Tag, name: str) -> int:
    value = cell.get(name)
    try:
        return max(1, min(int(str(value)), 200))
    except (TypeError, ValueError):
        return 1


class _Walker:
    def __init__(self, page_size: int, footers: set[int], article: Tag | None, sizes: TextSizes) -> None:
        self.builder = TextBuilder()
        self._sizes = sizes
        self._line: list[str] = []
        self._page_size = page_size
        self._footers = footers
        self._kept = 0
        self._article = article
        self._entering: int | None = None  # the level of a heading element about to open
        self._heading: int | None = None  # the level of the heading element whose text is being read
        self._item_marker: str | None = None  # the marker of a list item about to open
        self._items: dict[int, int] = {}  # list items walked so far under each list element (by id)

    def flush(self) -> None:
        joined = "".join(self._line)
        self._line = []
        if not joined or joined.isspace():
            return  # most breaks follow another (a block's end, the next block's start) or spaces only
        line = squash(joined)
        if not _CHROME_LINE.search(line.strip()) or _RECORD_ON_CHROME_LINE.search(line):
            heading = self._heading if self._heading and not _CHROME_HEADING.match(line.strip()) else None
            self.builder.paragraph(line, heading)

    def _heading_level(self, tag: Tag) -> int | None:
        """An <h1>–<h6>'s level, for a heading of the plan: inside the page's article when it has one."""
        level = _HEADING_TAGS.get(tag.name)
        if level is None or (self._article is not None and all(p is not self._article for p in tag.parents)):
            return None
        return level

    def chrome(self, tag: Tag) -> bool:
        """The tag is the site's chrome, unless it holds most of the page's text (a wrapper mislabelled)."""
        if id(tag) in self._footers:
            return True
        if self._kept >= _MAX_KEPT or not _marked_as_chrome(tag):
            return False
        if self._sizes.length(tag) * 2 < self._page_size:
            return True
        self._kept += 1
        return False

    def kind(self, tag: Tag) -> _Kind:
        before = 0
        if tag.name == "li":  # counted even when skipped, as a browser numbers it
            before = self._items.get(id(tag.parent), 0)
            self._items[id(tag.parent)] = before + 1
        if tag.name in _SKIP or self.chrome(tag):
            return "skip"
        if tag.name == "li":
            self._item_marker = _list_marker(tag, before)
        if tag.name == "br":
            return "inline" if self._heading else "break"  # a heading broken over two lines is one line
        if tag.name == "table":
            return "block" if _layout_table(tag, self._page_size, self._sizes) else "table"
        if tag.name in _CELL_BLOCK:
            return "block"  # a row or cell of a layout table: its content is read as the page's flow
        if tag.name in _HEADING_TAGS:
            self._entering = self._heading_level(tag)
        return "block" if tag.name in _BLOCK else "inline"

    def walk(self, root: Tag) -> None:
        for item in _walk(root, self.kind):
            if isinstance(item, str):
                self._line.append(item)
            else:
                # A line break ends the line before a heading element (its level about to be read), the
                # heading's line (read with its level) or any other line.
                self.flush()
                self._heading, self._entering = self._entering, None
                if self._item_marker:  # the number or bullet a browser shows before a list item
                    self._line.append(self._item_marker)
                    self._item_marker = None
                if item is not None:
                    self.builder.table(expand_rows(item), origin="html")


def _soup(text: str) -> BeautifulSoup:
    """The parsed page. A file holding no tag at all whose whole text looks like an address or a file name
    (https://…, 附件.html) makes Beautiful Soup warn that a locator was passed instead of markup; a loader
    always passes a file's contents, so that warning is silenced, for such files only."""
    if "<" in text:
        return BeautifulSoup(text, "lxml")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        return BeautifulSoup(text, "lxml")


def load_html(
    data: bytes, source: str
) -> tuple[str, EncodingReport, tuple[TableGrid, ...], tuple[StyledHeading, ...]]:
    """The canonical text, its tables and its heading elements (<h1>–<h6>, inside the page's <article> or
    <main> when it has one, a related-links heading left out) with their levels."""
    text, report = decode_bytes(data, source)
    text = html_definition_lists(text)
    soup = _soup(text)
    _preformatted_lines(soup, text)
    div_grids_as_tables(soup, text)
    body = soup.body or soup
    page_text = body.get_text()
    page_size = len(page_text)
    # The page's article: the <article> or <main> holding the most text (a page may list others' teasers).
    articles = (
        [t for t in body.find_all(_ARTICLE_TAGS) if isinstance(t, Tag)] if _ARTICLE_TAG.search(text) else []
    )
    article = max(articles, key=lambda t: len(t.get_text()), default=None)
    footers = (
        _unmarked_footers(body, page_size, page_text)
        | _owner_footers(body, page_text)
        | _related_links_boxes(body, page_size, page_text)
        | _portal_link_boxes(body, page_size)
    )
    walker = _Walker(page_size, footers, article, TextSizes(soup))
    titled = _page_title(soup)
    walker.walk(soup)
    walker.flush()
    builder = walker.builder
    text = builder.text
    opening = text[:_TITLE_REACH].splitlines()[: -1 if len(text) > _TITLE_REACH else None]  # whole lines
    if titled is not None and not any(_titles_a_plan(line) for line in opening):
        # the plan's title only in the page's <title>: its first line, the offsets after it moved on
        return _with_title(titled, text, report, builder)
    return text, report, tuple(builder.tables), tuple(builder.headings)


#: How far into the page's text its plan's title is looked for before the <title>'s is taken.
_TITLE_REACH = 300
#: What parts a page's <title> into the document's title and the site's name (…方案_江山市人民政府).
_SITE_PARTS = re.compile(r"\s*[_|｜]\s*|\s+[-—–]+\s+")


def _page_title(soup: BeautifulSoup) -> str | None:
    """The document's title the page's <title> gives before the site's name, when it reads as a plan's."""
    if soup.title is None:
        return None
    words = squash(soup.title.get_text()).strip()
    first = _SITE_PARTS.split(words)[0].replace(" ", "") if words else ""
    return first if _titles_a_plan(first) else None


def _titles_a_plan(line: str) -> bool:
    """``line`` reads as a plan's title: short, ending with a document type's word (方案, 意见, 要点 …), a
    bracketed period after it aside (…方案（2024—2026年）)."""
    words = line.strip().replace(" ", "")
    return 0 < len(words) <= _TITLE_REACH // 3 and ends_like_a_title(words)


def _with_title(
    title: str, text: str, report: EncodingReport, builder: TextBuilder
) -> tuple[str, EncodingReport, tuple[TableGrid, ...], tuple[StyledHeading, ...]]:
    shift = len(title) + 1

    def moved(span: tuple[int, int]) -> tuple[int, int]:
        return span[0] + shift, span[1] + shift

    tables = tuple(
        TableGrid(
            moved(t.span),
            tuple(tuple(replace(c, span=moved(c.span)) for c in row) for row in t.rows),
            t.origin,
        )
        for t in builder.tables
    )
    headings = tuple(replace(h, span=moved(h.span)) for h in builder.headings)
    return f"{title}\n{text}", report, tables, headings
