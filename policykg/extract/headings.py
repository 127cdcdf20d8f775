"""Heading lines: whether a paragraph is a heading standing alone (一、总体要求, 附件2, ### 目标) and
the title text it carries, markdown emphasis left out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from loaders.base import StyledHeading
from ontology.vocab import document_vocabulary
from ontology.vocab_targets import target_vocabulary
from policykg.extract.agency_lists import label_at, strip_role_word, without_trailing_time
from policykg.extract.annotations import may_open_with_units, opening_units
from policykg.extract.markers import EMPHASIS, Marker, match_marker, strip_md
from policykg.extract.role_clauses import work_words
from policykg.extract.textspan import Span, bracket_groups, trim

#: An annex boundary (附件 / 附件2：), or an attached table or text named as such (附表：任务分工表,
#: 附表1 重点任务分工表, 附：重点任务分工表): its word (件, 表 or none) and number. 附表 and 附 open one only
#: before a colon, a space or the line's end, never inside a sentence (附表所列任务…, 附近…). A web page's
#: download link (附件下载：分工表.docx, 附件：1.分工表.docx) opens none: the file's text is not on the page.
ANNEX = re.compile(
    r"附\s*(?P<word>件(?!\s*下载)|表(?=\s*(?:\d|[：:]|\s|$))|(?=\s*[：:]))\s*(?P<number>\d{1,2})?\s*[：:]?\s*"
    r"(?![^\n]*\.(?:docx?|pdf|xlsx?|wps|et|ofd|zip|rar)[ \t\u3000]*(?:\n|$))"
)
#: A line of a table of contents (目录): a heading's words, a leader of dots and its page number (一、总体要求
#: ……1, （一）强化知识产权创造..........3, 第二章 主要任务 ···· 5, 四、保障措施……— 8 —).
_CONTENTS_LINE = re.compile(
    r"(?:…{1,}|[.·．・\-_—]{4,}|。{3,})[ \t\u3000]*[-—]?\s*\d{1,3}\s*[-—]?[ \t\u3000]*$"
)


def contents_line(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a line of a table of contents: its page number after a leader."""
    return _CONTENTS_LINE.search(text, start, end) is not None


#: What may stand between and around the two characters of a table of contents' heading (目　录).
_HEAD_SPACES = " \t\u3000"
#: A contents line with no leader: a heading's words, a gap and its page number (一、总体要求　1,
#: 二、重点任务 3).
_PAGE_AFTER_GAP = re.compile(r"\S[ \t\u3000]+[-—]?\s*\d{1,3}\s*[-—]?[ \t\u3000]*$")


def contents_run(text: str) -> Span | None:
    """The table of contents under a 目录 heading (目录 ↵ 一、总体要求　1 ↵ 二、主要目标　2): from the heading
    to the last of the lines after it that each end in a page number, after a leader or a gap; None when
    there is no such heading or no such line under it."""
    head = _contents_head(text)
    if head is None:
        return None
    end = None
    at = head[1]
    while at < len(text):
        stop = text.find("\n", at + 1)
        stop = len(text) if stop < 0 else stop
        if text[at + 1 : stop].strip():
            if not (contents_line(text, at + 1, stop) or _PAGE_AFTER_GAP.search(text, at + 1, stop)):
                break
            end = stop
        at = stop
    return (head[0], end) if end is not None else None


def _contents_head(text: str) -> Span | None:
    """The first line holding 目录 alone (目　录 spaced out too), found from its 录 (a pattern anchored at
    every line's start would be tried at every character)."""
    at = text.find("录")
    while at >= 0:
        before = at
        while before > 0 and text[before - 1] in _HEAD_SPACES:
            before -= 1
        if before > 0 and text[before - 1] == "目":
            start = text.rfind("\n", 0, before - 1) + 1
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            alone = not text[start : before - 1].strip(_HEAD_SPACES)
            if alone and not text[at + 1 : end].strip(_HEAD_SPACES):
                return start, end
        at = text.find("录", at + 1)
    return None


#: What closes a clause of a list (（1）查处侵权案件10件以上；): a sentence's end, never a heading's.
_CLAUSE_ENDS = "；;"
#: Longest chapter or section heading (and annex line) that stands alone without a full stop.
HEADING_MAX = 50
_TITLE_MAX = 40
_ITEM_HEADING_MAX = 20
#: The first of the clauses a colon opens inside a paragraph (：一是…, ：（1）…, ：①…).
_CLAUSES_OPEN = re.compile(r"\s*(?:一是|[（(]?1[）)]|①|⑴)")
#: A dated bracket closing a phase heading (全面实施阶段（2023年5月—2025年6月）).
_DATED_TAIL = re.compile(r"[（(][^（()）。]{0,30}(?:19|20)\d{2}\s*年[^（()）。]{0,30}[）)]\s*$")
#: Where such a bracket may open.
_OPENERS = re.compile(r"[（(]")


def is_heading_only(text: str, span: Span, decimal: bool) -> bool:
    """The paragraph at ``span`` is a heading with no body text after it."""
    s, e = span
    body, md = strip_md(text, s, e)
    return marked_heading_only(text, body, e, md, match_marker(text, body, e, decimal=decimal))


def marked_heading_only(text: str, body: int, e: int, md: int, marker: Marker | None) -> bool:
    """``is_heading_only`` of a paragraph ending at ``e`` whose words open at ``body`` after ``md`` markdown
    heading marks (``strip_md``), with the marker found there (``match_marker``): for a caller that has
    them already."""
    if md and not marker:
        return True
    if marker is None:
        return bool(ANNEX.match(text, body, e)) and e - body <= HEADING_MAX
    rest, stop = marker[3][1], e  # the words after the marker
    # Chapters and sections often stand alone as headings; an item or sub-item line without a full
    # stop is a heading only when short, otherwise it is a wrapped line of a longer paragraph.
    # A phase's dated bracket is not counted (2.全面实施阶段（2023年5月—2025年6月）).
    limit = HEADING_MAX if marker[0] <= 2 else _ITEM_HEADING_MAX
    dated = _dated_tail(text, rest, e, limit)
    if dated and any(re.search(p, text[rest : dated.start()]) for p in document_vocabulary().phase_patterns):
        stop = dated.start()
    if stop - rest > limit or text.find("。", rest, stop) >= 0:
        return False
    return not closes_clause(
        text, rest, stop
    )  # （1）查处商标侵权案件10件以上；: a sentence as one closed by 。


def closes_clause(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` closes with a semicolon, white space aside: a clause of a list (（1）查处商标侵权
    案件10件以上；)."""
    s, e = trim(text, start, end)
    return e > s and text[e - 1] in _CLAUSE_ENDS


def _dated_tail(text: str, start: int, end: int, limit: int) -> re.Match[str] | None:
    """``_DATED_TAIL.search(text, start, end)`` where it could leave a heading short enough (opening within
    ``limit``): a search of the whole line, made again for every line a long paragraph grows by, was
    quadratic."""
    for opener in _OPENERS.finditer(text, start, min(end, start + limit + 1)):
        if (found := _DATED_TAIL.match(text, opener.start(), end)) is not None:
            return found
    return None


#: The first of the clauses an item's words open with straight after its number (3.一是…；二是…).
_OWN_CLAUSES = ("一是",)
#: The first comma of a sentence, and how long the words before it may be to title it (4 to 20).
_FIRST_COMMA = re.compile("[，,]")
_CLAUSE_TITLE_MIN, _CLAUSE_TITLE_MAX = 4, 20
_DIGIT = re.compile(r"\d")


def heading_title(text: str, start: int, end: int, heading_only: bool) -> tuple[str | None, Span | None]:
    """The heading text: the whole line for a heading, else the text up to the first 。 when short (an
    annotation closing it not counted), past the units opening either (县科技局：加快…,
    【县农业农村局】推进…).
    Markdown emphasis (**…**, __…__) and the 【】 enclosing a whole heading stay out of the title and its
    span."""
    if may_open_with_units(text, start, end) and (opening := opening_units(text, start, end)) is not None:
        start = opening.span[1]  # the marker's pattern takes the spaces after it: the words start here
    if heading_only:
        s, e = trim(text, start, end)
    else:
        stop = text.find("。", start, end)
        colon = text.find("：", start, min(end, start + _TITLE_MAX + 1))
        if colon >= 0 and (stop < 0 or colon < stop) and _CLAUSES_OPEN.match(text, colon + 1, end):
            stop = colon  # 开展专项行动：（1）…；（2）…: the words before the list its clauses make
        if stop < 0 and closes_clause(text, start, end):
            stop = (
                trim(text, start, end)[1] - 1
            )  # （1）查处商标侵权案件10件以上； a clause of a list: its words
        if stop < 0:
            # 推进知识产权质押融资（市金融办牵头）: no stop, the words before the note closing it
            stop = trim(text, start, end)[1]
            if _before_annotation(text, trim(text, start, stop)[0], stop) == stop:
                return None, None
        s, e = trim(text, start, stop)
        if text.startswith(_OWN_CLAUSES, s, e):
            return None, None  # 3.一是推进…；二是开展…: the item's words are its clauses, each titled apart
        if (work := work_words(text, s, e)) != (s, e):
            # 由县市场监管局牵头，县公安局配合，开展…; 开展…，县市场监管局牵头: the work titles the item
            (start, s), e = (work[0], work[0]), work[1]
            stop = e
        if stop - start > _TITLE_MAX and _before_annotation(text, s, e) - start > _TITLE_MAX:
            # 实施高价值专利培育工程，围绕…建设…3家。: a sentence too long for a title opens with its words
            # of work, up to the first comma, when those are short, name no number and set no context
            # (围绕主导产业，…; 结合工作实际，…: targets.yaml context_openers)
            comma = _FIRST_COMMA.search(text, s, min(e, s + _CLAUSE_TITLE_MAX + 1))
            if (
                comma is None
                or comma.start() - s < _CLAUSE_TITLE_MIN
                or _DIGIT.search(text, s, comma.start())
                or text.startswith(target_vocabulary().context_openers, s)
            ):
                return None, None
            e = comma.start()
    while s < e:
        if EMPHASIS.match(text, s, e):
            s, e = trim(text, s + 2, e)
        elif e - 2 >= s and EMPHASIS.match(text, e - 2, e):
            s, e = trim(text, s, e - 2)
        elif heading_only and text[e - 1] in "：:。；;":
            e -= 1
        elif heading_only and text[s] == "【" and text[e - 1] == "】" and text.count("【", s + 1, e) == 0:
            s, e = trim(text, s + 1, e - 1)  # 【重点任务】: a heading set apart by its brackets, its words
        else:
            break
    e = _before_annotation(text, s, e)
    e = trim(text, s, e)[1]
    # 推进专利转化专项行动，（责任单位：…）, 组织宣传周活动；（责任单位：县司法局）: the comma or the list's
    # semicolon before the note is no part of the title
    while e > s and text[e - 1] in _BEFORE_NOTE:
        e = trim(text, s, e - 1)[1]
    title = _unwrapped(EMPHASIS.sub("", text[s:e]).strip())
    return (title, (s, e)) if title else (None, None)


#: A line break where a PDF or hard-wrapped line cuts a title, with the spaces around it; the characters
#: either side tell whether the words run on (CJK) or a space parts them (Latin words, numbers).
_TITLE_WRAP = re.compile(r"(?P<before>.?)[ \t]*\n\s*+(?P<after>.?)")


def _unwrapped(title: str) -> str:
    """``title`` without the line breaks a wrap left in it: CJK runs on, Latin words keep a space."""
    if "\n" not in title:
        return title
    return _TITLE_WRAP.sub(
        lambda m: m["before"] + (" " if m["before"].isascii() and m["after"].isascii() else "") + m["after"],
        title,
    )


#: A mark parting a title from the note closing it, never the title's own last character.
_BEFORE_NOTE = "，,、" + _CLAUSE_ENDS


def _before_annotation(text: str, start: int, end: int) -> int:
    """The end of a title before the responsibility annotation closing it: 加强高价值专利培育（责任单位：
    市科技局） or 推进专利导航（市经信局牵头） is titled without the brackets."""
    if start >= end or text[end - 1] not in "）)】〕":
        return end
    last = [g for g in bracket_groups(text, start, end) if g.closed and g.close == end]
    if not last or last[0].open <= start:
        return end
    inner = trim(text, *last[0].inner)
    # （县人民法院负责，全年推进）: the role word before the time that closes the note
    if (
        label_at(text, *inner) is None
        and strip_role_word(text, *without_trailing_time(text, *inner))[1] is None
    ):
        return end
    return trim(text, start, last[0].open)[1]


#: The deepest level a styled heading takes (a point).
_STYLED_DEEPEST = 5


def styled_outline(text: str, headings: Sequence[StyledHeading], decimal: bool) -> dict[int, tuple[int, int]]:
    """Where a plan's outline is carried by heading styles alone (a .docx with Heading 1/2 and no 一、 nor
    Word numbering): per heading paragraph's start, its end and the level of the unit it opens (1 chapter,
    2 section, 3 item …), the styled levels used ranked from the top. Empty when some heading carries a
    number of its own (the numbers are the outline then, read as in any plan). The first headings, at one
    level above all the others (the plan's title; a web page's site name over it), are no chapters; an
    annex line stays an annex. One heading left is no outline. A sentence (a 。 in it, or longer than a
    heading is) marked as a heading is body text set in a heading's font. A markdown heading's # marks are
    no part of its text."""
    marked = [(h, strip_md(text, *h.span)[0]) for h in headings]
    marked = [(h, b) for h, b in marked if not _sentence(text, b, h.span[1])]
    if any(match_marker(text, b, h.span[1], decimal=decimal) for h, b in marked):
        return {}
    heads = [h for h, b in marked if not ANNEX.match(text, b, h.span[1])]
    top = 0
    while top < len(heads) and heads[top].level == heads[0].level:
        top += 1
    if top < len(heads) and all(h.level > heads[0].level for h in heads[top:]):
        heads = heads[top:]
    if len(heads) < 2:  # one heading is no outline (a subtitle under the title)
        return {}
    ranks = {level: rank for rank, level in enumerate(sorted({h.level for h in heads}), start=1)}
    return {h.span[0]: (h.span[1], min(ranks[h.level], _STYLED_DEEPEST)) for h in heads}


#: A line opening an annex (附件 / 附件2：…): a plan's outline of headings ends before it.
_ANNEX_LINE = re.compile(r"^[ \t\u3000#*]*附\s*件", re.MULTILINE)


def numbered_outline(
    text: str, headings: Sequence[StyledHeading], decimal: bool
) -> dict[int, tuple[int, int]]:
    """The unnumbered headings of an outline whose other headings carry numbers (## 一、主要目标 then
    ## 重点任务 and ### 提升创造水平 under it, in Markdown or Word styles): as ``styled_outline``, each
    unnumbered heading after the first numbered one and before the annexes is a unit of the level its
    numbered peers of the same heading level are (重点任务: a chapter), or, below the deepest numbered
    heading level, of the levels under it (### 提升创造水平: a section). Empty unless each heading level
    holds numbers of one level only, deeper heading levels deeper numbers."""
    marked = [(h, strip_md(text, *h.span)[0]) for h in headings]
    marked = [(h, b) for h, b in marked if not _sentence(text, b, h.span[1])]
    levels: dict[int, int] = {}
    first = -1
    for i, (h, b) in enumerate(marked):
        marker = match_marker(text, b, h.span[1], decimal=decimal)
        if marker is None:
            continue
        if levels.setdefault(h.level, marker.level) != marker.level:
            return {}
        first = i if first < 0 else first
    ranked = sorted(levels)
    if first < 0 or any(levels[a] >= levels[b] for a, b in pairwise(ranked)):
        return {}
    annex = _ANNEX_LINE.search(text, marked[first][0].span[1])
    end = annex.start() if annex else len(text)
    deeper = sorted({h.level for h, _ in marked[first:] if h.level > ranked[-1]})
    below = {level: levels[ranked[-1]] + rank for rank, level in enumerate(deeper, start=1)}
    found: dict[int, tuple[int, int]] = {}
    for h, b in marked[first + 1 :]:
        if h.span[0] >= end:
            break
        level = levels.get(h.level) or below.get(h.level)
        if level is not None and not match_marker(text, b, h.span[1], decimal=decimal):
            found[h.span[0]] = (h.span[1], min(level, _STYLED_DEEPEST))
    return found


def _sentence(text: str, start: int, end: int) -> bool:
    """The text is body text, not a heading: a full stop in it, or longer than a heading stands alone."""
    return end - start > HEADING_MAX or text.find("。", start, end) >= 0
