"""Bodies' names a PDF's narrow table column cut at its line's end, joined back into one line.

A PDF's text layer gives a ruled table's cells a line each, and a narrow unit column (牵头单位, 配合单位)
wraps a cell's names onto several lines, anywhere inside a name: 市工业和信 / 息化局、市财 / 政局, or
市公安局、市 / 人民检察院. Read as they are, the names keep the line break in what the stages quote.
Those lines are no page width's (pdf_lines.py joins those): the break is a cut name's when the line's
last name opens like a body's (a level's word, a place, a collective) without ending like one, and the
next line's first words finish it (the two together name a body: 局, 委, 院, 中心 …, no document's
title) without opening a body's name or a numbered unit of their own, unless the line's name is a
level's word alone (市 / 人民检察院) or ends in a word joining two of its parts (县教育和 / 体育局, 市住房和
/ 城乡建设局: no name ends in 和, so the next line's words finish it even where they could open one; not
县财政局和 / 县商务局, two names joined by 和). A line of names ending whole (市科技局 / 市工业和信) keeps its
break, as a task's words do. A word of a body's type running over the break (安岳经开 / 区管委会: 经开区, a
county's name written without its 县 before it) cuts a name whatever its pieces open like.
"""

from __future__ import annotations

import re
from itertools import pairwise

from loaders.pdf_lines import opens_unit
from policykg.extract.agency_names import ends_like_body, looks_like_agency, opens_like_body, type_word_across
from policykg.extract.regions import level_prefix

#: Longest piece of a name on either side of the break.
_PIECE_MAX = 12
#: What parts the names of a cell, or closes a line's words.
_SEPARATOR = re.compile(r"[、，,；;。：:（）()\s]")
_CLOSING = frozenset("。！？；：!?;:…）)〕]】」』”、，,")
#: Words joining two parts of one body's name (教育和体育, 住房和城乡建设), which no name ends in.
_JOINING = frozenset("和与及")


def _cut(line: str, after: str) -> bool:
    """``line``'s last name is cut, its rest opening ``after`` (see the module's words)."""
    body = line.rstrip()
    if not body or body[-1] in _CLOSING or not after or opens_unit(after):
        return False
    pieces = _SEPARATOR.split(body)
    tail = pieces[-1]
    head = _SEPARATOR.split(after, maxsplit=1)[0]
    if not tail or not head or len(tail) > _PIECE_MAX or len(head) > _PIECE_MAX:
        return False
    if ends_like_body(tail):
        return False
    if not opens_like_body(tail):  # 安岳经开 / 区管委会: a place the gazetteer knows only with its 县
        return type_word_across(tail, head) and looks_like_agency(tail + head)
    if not looks_like_agency(tail + head):
        return False
    return (
        level_prefix(tail) == tail
        or _joined_over(tail, head)
        or type_word_across(tail, head)
        or not opens_like_body(head)
    )


def _joined_over(tail: str, head: str) -> bool:
    """``tail`` ends in a word joining two parts of one name after a part that is no name of its own (县教育和
    / 体育局, not 县财政局和 / 县商务局), and ``head`` opens with no level's word of a name of its own."""
    return tail[-1] in _JOINING and not ends_like_body(tail[:-1]) and level_prefix(head) is None


def join_cut_names(text: str) -> str:
    """``text`` with each line break inside a body's name a table's column cut taken out."""
    lines = text.split("\n")
    if len(lines) < 2:
        return text
    pieces: list[str] = []
    for line, after in pairwise(lines):
        pieces.append(line.rstrip() if _cut(line, after) else line + "\n")
    pieces.append(lines[-1])
    return "".join(pieces)
