"""Round brackets whose two halves are of different widths: OCR of a scanned page, or a typist switching input
modes mid-note, opens a bracket at one width and closes it at the other ((责任单位：县财政局牵头，县税务局
配合）, （2025年底前完成)). No stage pairs such halves: the note's bracket stays open to its paragraph's end
and its last name takes the closing half with it (县税务局配合）). The canonical text reads each such closing
half at its opening half's width, one character for one, so every offset keeps its place.

A closing half is read so only when the bracket open last on its line is of the other width and no bracket
of its own width is open (（一是(…）closes the outer bracket, as a reader pairs them); a line break closes
every bracket, so a stray half never reaches into the next paragraph.
"""

from __future__ import annotations

import re

#: Each opening half and the closing half of its own width.
_CLOSING = {"(": ")", "（": "）"}
#: The round brackets and the line breaks that close them.
_ROUND = re.compile("[()（）\n]")


def _mixed(text: str) -> bool:
    """``text`` holds halves of both widths that could pair so (the cheap test: most texts hold none)."""
    return ("(" in text and "）" in text) or ("（" in text and ")" in text)


def read_bracket_widths(text: str) -> str:
    """``text`` with each closing round bracket that closes a bracket opened at the other width read at the
    opener's width (same length)."""
    if not _mixed(text):
        return text
    chars: list[str] | None = None
    open_: list[str] = []  # the opening halves open on the line, innermost last
    for m in _ROUND.finditer(text):
        ch = m.group()
        if ch == "\n":
            open_.clear()
        elif ch in _CLOSING:
            open_.append(ch)
        elif open_:
            own = "(" if ch == ")" else "（"
            if own in open_:  # closes the innermost bracket of its own width (those inside it stay unclosed)
                del open_[len(open_) - 1 - open_[::-1].index(own) :]
                continue
            if chars is None:
                chars = list(text)
            chars[m.start()] = _CLOSING[open_.pop()]
    return "".join(chars) if chars is not None else text
