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
county's name written without its 县 before it; 如皋经济技术开发区管委 / 会: 管委会) cuts a name whatever its
pieces open or end like, unless the next line opens a name of its own.

A narrow column cuts a place's name too (如 / 皋经济技术开发区管委会): a piece of a few characters that opens
no body's name joins the next line's words when the two together open, end and name a body. A name may
run over three lines, its middle line one piece that neither opens nor closes a name (国家金融监督管 /
理总局如皋监管 / 支局): both breaks go. A name cut twice may be whole only once its later break is joined
(如 / 皋经济技术开发 / 区管委会), so the lines are read again while a pass joins a break.
"""

from __future__ import annotations

import re

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
    pieces = _pieces(line, after)
    if pieces is None:
        return False
    tail, head = pieces
    if type_word_across(tail, head) and looks_like_agency(tail + head):
        return True  # 安岳经开 / 区管委会, 如皋经济技术开发区管委 / 会: a type's word runs over the break
    if ends_like_body(tail):
        return False
    if not opens_like_body(tail):
        return _place_cut(tail, head)
    if not looks_like_agency(tail + head):
        return False
    return (
        level_prefix(tail) == tail
        or _joined_over(tail, head)
        or type_word_across(tail, head)
        or not opens_like_body(head)
    )


def _pieces(line: str, after: str) -> tuple[str, str] | None:
    """``line``'s last piece of a name and ``after``'s first, when the break between them may cut a name:
    no mark closes ``line``, ``after`` opens no unit, and both pieces are short."""
    body = line.rstrip()
    if not body or body[-1] in _CLOSING or not after or opens_unit(after):
        return None
    tail = _SEPARATOR.split(body)[-1]
    head = _SEPARATOR.split(after, maxsplit=1)[0]
    if not tail or not head or len(tail) > _PIECE_MAX or len(head) > _PIECE_MAX:
        return None
    return tail, head


#: Most characters of a place's name left on a line before the break that cuts it (如 / 皋经济技术开发区
#: 管委会).
_PLACE_PIECE = 3


def _place_cut(tail: str, head: str) -> bool:
    """The break cuts a place's name opening a body's (如 / 皋经济技术开发区管委会): neither piece opens like
    a body, the two together do, end like one and name one."""
    joined = tail + head
    return (
        len(tail) <= _PLACE_PIECE
        and not opens_like_body(head)
        and opens_like_body(joined)
        and ends_like_body(joined)
        and looks_like_agency(joined)
    )


def _cut_twice(line: str, middle: str, after: str) -> bool:
    """A name cut over two breaks, its middle a line of its own (国家金融监督管 / 理总局如皋监管 / 支局): the
    middle line is one piece that neither opens nor closes a name, ``line``'s last piece opens a body's name
    without ending one, and the three pieces together name one."""
    words = middle.strip()
    if not words or _SEPARATOR.search(words) or opens_unit(middle) or len(words) > _PIECE_MAX:
        return False
    pieces = _pieces(line, after)
    if pieces is None:
        return False
    tail, head = pieces
    joined = tail + words + head
    return (
        opens_like_body(tail)
        and not ends_like_body(tail)
        and not opens_like_body(words)
        and not ends_like_body(tail + words)
        and ends_like_body(joined)
        and looks_like_agency(joined)
    )


def _joined_over(tail: str, head: str) -> bool:
    """``tail`` ends in a word joining two parts of one name after a part that is no name of its own (县教育和
    / 体育局, not 县财政局和 / 县商务局), and ``head`` opens with no level's word of a name of its own."""
    return tail[-1] in _JOINING and not ends_like_body(tail[:-1]) and level_prefix(head) is None


#: Most passes over the lines: a name cut over a place's name and again further on (如 / 皋经济技术开发 /
#: 区管委会) is whole only after its second break is joined.
_PASSES = 3


def join_cut_names(text: str) -> str:
    """``text`` with each line break inside a body's name a table's column cut taken out; read again while a
    pass joins a break (a name cut twice, its later break joined first: 如 / 皋经济技术开发区管委会)."""
    for _ in range(_PASSES):
        joined = _join_once(text)
        if joined == text:
            break
        text = joined
    return text


def _join_once(text: str) -> str:
    lines = text.split("\n")
    if len(lines) < 2:
        return text
    pieces: list[str] = []
    k = 0
    while k < len(lines) - 1:
        line, after = lines[k], lines[k + 1]
        cut = _cut(line, after)
        if not cut and k + 2 < len(lines) and _cut_twice(line, after, lines[k + 2]):
            pieces.extend((line.rstrip(), after.strip()))  # the middle line joined on both sides
            k += 2
            continue
        pieces.append(line.rstrip() if cut else line + "\n")
        k += 1
    pieces.append(lines[-1])  # k stops at the last line: a middle line joined moves it two lines on
    return "".join(pieces)
