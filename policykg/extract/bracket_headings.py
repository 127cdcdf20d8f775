"""Headings a plain text sets apart with no number: enclosed in lenticular brackets alone on their lines
(【总体目标】, 【重点任务】, 【保障措施】), or a chapter's bare name alone on its line after a finished
paragraph (工作目标 ↵ …。 ↵ 重点任务 ↵ 1.…), as a plan copied from a web page or typed without numbers
writes its chapters.

``bracket_headings(text, names_chapter)`` gives them as the source's styled headings of one level, so that
the outline they make is read as a .docx's heading styles are (``headings.styled_outline``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from loaders.base import StyledHeading
from policykg.extract.header_lines import field_label_line
from policykg.extract.textspan import trim

#: A line holding nothing but a short heading in 【】 (markdown emphasis and spaces around it): words only,
#: no sentence's stop, colon or number (【字体：大 中 小】, 【2024-03-15】 and 【打印】【关闭】 are none).
_SPACES = r"[ \t\u3000]*"
_LINE = re.compile(
    rf"{_SPACES}(?:\*\*)?{_SPACES}【{_SPACES}[\u4e00-\u9fff][\u4e00-\u9fff、和与及]{{1,15}}{_SPACES}】"
    rf"{_SPACES}(?:\*\*)?{_SPACES}$",
    re.MULTILINE,
)
#: A chapter's bare name alone on its line: a few words, nothing else (工作目标, 重点任务, 保障措施).
_BARE_MAX = 8
_SPACE_CHARS = " \t\u3000"
#: Longest line a bare name may stand on, its indent counted: longer lines are not tried.
_LINE_MAX = 2 * _BARE_MAX
_BARE_LINE = re.compile(rf"^{_SPACES}([\u4e00-\u9fff]{{2,{_BARE_MAX}}}){_SPACES}$", re.MULTILINE)
#: How the line before a bare name ends when it is no wrapped sentence's line (a finished paragraph, a
#: closed note or another heading; a blank line too).
_FINISHED = "。；;！!）)】"
#: Fewest such lines that make an outline (one is a caption or a page's link heading, not chapters).
_FEWEST = 2


def bracket_headings(text: str, names_chapter: Callable[[str], bool]) -> list[StyledHeading]:
    """The lines of ``text`` each holding one heading in 【】 alone, as headings of the top level; none when
    fewer than two are found. A label of the work's units or time alone in its brackets (【责任单位】, its
    value on the next line) is no heading. Without such lines, those holding a chapter's bare name alone
    (``names_chapter``: a chapter kind's words, 工作目标, 重点任务, 保障措施) after a blank line or a finished
    paragraph, when two or more do."""
    if "【" not in text:
        return _bare_headings(text, names_chapter)
    found: list[StyledHeading] = []
    at = text.find("【")
    while at >= 0:  # only the lines holding a bracket are tried
        start = text.rfind("\n", 0, at) + 1
        line = _LINE.match(text, start)
        if line is not None and not field_label_line(text, start, line.end()):
            found.append(StyledHeading(trim(text, start, line.end()), 1))
        end = text.find("\n", at)
        at = -1 if end < 0 else text.find("【", end)
    return found if len(found) >= _FEWEST else _bare_headings(text, names_chapter)


def _bare_headings(text: str, names_chapter: Callable[[str], bool]) -> list[StyledHeading]:
    """The lines holding a chapter's bare name alone after a blank line, a finished paragraph or another
    such line; none when fewer than two do. Only the short lines of words alone are visited (one pass of
    the engine), the line before each looked at."""
    found: list[StyledHeading] = []
    heading_line = -1  # where the line of the last heading found starts
    for bare in _BARE_LINE.finditer(text):
        start = bare.start()
        last = bare.end()
        while last > start and text[last - 1] in _SPACE_CHARS:
            last -= 1
        if last - start > _LINE_MAX or not _apart(text, start, heading_line):
            continue
        if names_chapter(bare[1]):
            found.append(StyledHeading(bare.span(1), 1))
            heading_line = start
    return found if len(found) >= _FEWEST else []


def _apart(text: str, start: int, heading_line: int) -> bool:
    """The line before the one opening at ``start`` is blank, ends a finished paragraph (``_FINISHED``) or is
    a heading found (opening at ``heading_line``); the text's first line is apart."""
    if start == 0:
        return True
    before = text.rfind("\n", 0, start - 1) + 1
    if before == heading_line:
        return True
    last = start - 1
    while last > before and text[last - 1] in _SPACE_CHARS:
        last -= 1
    return last == before or text[last - 1] in _FINISHED
