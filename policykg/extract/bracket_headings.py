"""Headings a plain text sets apart by enclosing them in lenticular brackets alone on their lines
(【总体目标】, 【重点任务】, 【保障措施】), as a plan copied from a web page or typed without numbers
writes its chapters.

``bracket_headings(text)`` gives them as the source's styled headings of one level, so that the outline
they make is read as a .docx's heading styles are (``headings.styled_outline``).
"""

from __future__ import annotations

import re

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
#: Fewest such lines that make an outline (one is a caption or a page's link heading, not chapters).
_FEWEST = 2


def bracket_headings(text: str) -> list[StyledHeading]:
    """The lines of ``text`` each holding one heading in 【】 alone, as headings of the top level; none when
    fewer than two are found. A label of the work's units or time alone in its brackets (【责任单位】, its
    value on the next line) is no heading."""
    if "【" not in text:
        return []
    found: list[StyledHeading] = []
    at = text.find("【")
    while at >= 0:  # only the lines holding a bracket are tried
        start = text.rfind("\n", 0, at) + 1
        line = _LINE.match(text, start)
        if line is not None and not field_label_line(text, start, line.end()):
            found.append(StyledHeading(trim(text, start, line.end()), 1))
        end = text.find("\n", at)
        at = -1 if end < 0 else text.find("【", end)
    return found if len(found) >= _FEWEST else []
