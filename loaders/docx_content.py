"""What a Word paragraph says, as the document shows it after its revisions, and where else a .docx keeps text
the body's paragraphs do not hold directly.

A paragraph's words sit in runs (w:r), but not only directly under the paragraph: inside a tracked insertion
(w:ins, w:moveTo), a content control (w:sdt), a smart tag, custom XML or a simple field (w:fldSimple) too. A
tracked deletion (w:del, w:moveFrom) is text the document no longer says. A text box (w:txbxContent, inside a
drawing) anchored in a paragraph holds paragraphs of its own: a title or a signature set in a box; Word writes
each box twice, as a drawing and as its VML fallback (mc:Fallback), and only the first is read. At the body's
level, content controls and custom XML wrap paragraphs and tables the same way, and inside a table its rows
(a repeating section) or a row's cells.

Some text a document holds is not what it shows or prints, and is left out: hidden text (w:vanish: a drafter's
note kept in the file), a content control still showing its placeholder (单击或点击此处输入文字。, a form or
template field left unfilled), and a note's mark in the text (a footnote's reference, or a mark typed in
superscript: ①, [1], *), which would stand inside the words it follows (每万人口高价值发明专利①拥有量). The
notes themselves (footnotes, endnotes), like the page header and footer, are no part of the body's text (a
note's text is kept beside it, at its mark's place, for the documents it cites: docx_notes.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"

#: Elements whose content is no text of the paragraph: revisions taken out, the VML copy of a drawing, text
#: boxes (read as paragraphs of their own), the paragraph's and runs' properties.
_LEFT_OUT = {
    f"{_W}del",
    f"{_W}moveFrom",
    f"{_MC}Fallback",
    f"{_W}txbxContent",
    f"{_W}pPr",
    f"{_W}rPr",
    f"{_W}instrText",
    f"{_W}delText",
    f"{_W}rt",  # a ruby's phonetic guide over its base text
}
_TEXT = f"{_W}t"
#: Run content standing for a character, as python-docx reads it.
_CHARACTERS = {f"{_W}tab": "\t", f"{_W}ptab": "\t", f"{_W}cr": "\n", f"{_W}noBreakHyphen": "-"}
_BREAK = f"{_W}br"
_RUN = f"{_W}r"
_SDT = f"{_W}sdt"
#: A run holding a note's reference: its text is the note's mark (a custom mark written after it).
_NOTE_REFERENCES = (f"{_W}footnoteReference", f"{_W}endnoteReference")
#: What a note's mark typed in superscript reads: a circled number, a number in brackets, asterisks.
_NOTE_MARK = re.compile(r"\s*(?:[①-⑳]|[\[［〔（(]\d{1,2}[\]］〕）)]|\*{1,3})\s*")
_OFF = ("0", "false", "off")
_VANISH = f"{_W}vanish"
_PLACEHOLDER = f"{_W}showingPlcHdr"
_SUPERSCRIPT = f"{_W}vertAlign"
#: Elements at the body's (or a cell's) level that wrap paragraphs and tables.
_WRAPPERS = {f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml", f"{_W}ins", f"{_W}moveTo", f"{_W}smartTag"}
_BLOCKS = {f"{_W}p", f"{_W}tbl", f"{_W}altChunk"}


def _on(toggle: Any) -> bool:
    """Whether a toggle property element (w:vanish, w:showingPlcHdr) is set on."""
    return toggle.get(f"{_W}val", "1").lower() not in _OFF


def _note_mark(run: Any) -> bool:
    """Whether a run set in superscript reads as a note's mark (①, [1], *), not as words or a unit's power."""
    return _NOTE_MARK.fullmatch("".join(t.text or "" for t in run.iter(_TEXT))) is not None


def _hides(marking: Any, holder: Any) -> bool:
    """Whether the property element ``marking`` makes its ``holder`` (the run or content control whose
    properties hold it) no text of the document's own."""
    tag = marking.tag
    if tag == _PLACEHOLDER:
        return bool(holder.tag == _SDT and _on(marking))
    if holder.tag != _RUN:
        return False  # a paragraph mark's or a style's properties
    if tag == _VANISH:
        return _on(marking)
    return marking.get(f"{_W}val") == "superscript" and _note_mark(holder)


def _unshown(body: Any) -> Iterator[Any]:
    """The runs and content controls of ``body`` whose text the document does not show as its own (see the
    module's words), found by their marking elements in one pass over the tree."""
    for found in body.iter(_VANISH, _PLACEHOLDER, _SUPERSCRIPT, *_NOTE_REFERENCES):
        if found.tag in _NOTE_REFERENCES:
            yield found.getparent()
            continue
        owner = found.getparent()  # w:rPr of a run, or w:sdtPr of a content control
        holder = None if owner is None else owner.getparent()
        if holder is not None and _hides(found, holder):
            yield holder


def drop_unshown(body: Any) -> None:
    """Take out of the tree (in memory only) the text the document does not show as its own: hidden runs,
    content controls showing their placeholder, notes' marks."""
    for element in list(_unshown(body)):
        parent = element.getparent()
        if parent is not None:
            parent.remove(element)


def _pieces(paragraph: Any, stop: Any = None) -> Iterator[str]:
    """The paragraph's characters in order, depth first with an explicit stack, left-out content pruned; up
    to the element ``stop`` when one is given."""
    stack: list[Iterator[Any]] = [iter(paragraph)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        if child is stop:
            return
        tag = child.tag
        if not isinstance(tag, str) or tag in _LEFT_OUT:
            continue  # a comment or processing instruction, or content left out
        if tag == _TEXT:
            yield child.text or ""
        elif tag == _BREAK:
            # A line break ends a line; a page or column break is no character.
            if child.get(f"{_W}type", "textWrapping") == "textWrapping":
                yield "\n"
        elif tag in _CHARACTERS:
            yield _CHARACTERS[tag]
        elif len(child):
            stack.append(iter(child))


def paragraph_text(paragraph: Any) -> str:
    """The text a w:p element shows: every run's, tracked insertions and content controls included, tracked
    deletions and text boxes left out (hidden text, placeholders and notes' marks go before: drop_unshown)."""
    return "".join(_pieces(paragraph))


def words_before(paragraph: Any, element: Any) -> str:
    """The text a w:p element shows before ``element`` inside it (a run holding a note's reference)."""
    return "".join(_pieces(paragraph, element))


def text_boxes(paragraph: Any) -> list[Any]:
    """The text boxes (w:txbxContent) anchored in a w:p element, outermost ones only, each once (the VML
    fallback copy of a drawing left out)."""
    found = []
    for box in paragraph.iter(f"{_W}txbxContent"):
        parent = box.getparent()
        inner = False
        while parent is not None and parent is not paragraph:
            if parent.tag in (f"{_MC}Fallback", f"{_W}txbxContent", f"{_W}del", f"{_W}moveFrom"):
                inner = True
                break
            parent = parent.getparent()
        if not inner:
            found.append(box)
    return found


def blocks(container: Any) -> Iterator[Any]:
    """The paragraphs (w:p), tables (w:tbl) and alternative-format chunks (w:altChunk) of a body, cell or
    text box in order, those inside content controls and custom XML included."""
    stack: list[Iterator[Any]] = [iter(container)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
        elif child.tag in _BLOCKS:
            yield child
        elif child.tag in _WRAPPERS:
            stack.append(iter(child))


#: Elements that may wrap a table's rows or a row's cells: a content control (a repeating section wraps
#: rows), custom XML.
_ROW_WRAPPERS = (f"{_W}sdt", f"{_W}customXml")
_TABLE_PARTS = {f"{_W}tbl", f"{_W}tr"}
#: A wrapper's own properties, no content of the table.
_WRAPPER_PROPERTIES = {f"{_W}sdtPr", f"{_W}sdtEndPr", f"{_W}customXmlPr"}


def unwrap_table_controls(body: Any) -> None:
    """Lift the rows and cells that content controls or custom XML wrap inside a table into the table itself
    (in memory only), so that the table's grid holds them; a table reader sees only a table's own rows and
    a row's own cells. Outer wrappers come first in document order, so nested ones are lifted in turn."""
    for wrapper in list(body.iter(*_ROW_WRAPPERS)):
        parent = wrapper.getparent()
        if parent is None or parent.tag not in _TABLE_PARTS:
            continue
        content = wrapper.find(f"{_W}sdtContent") if wrapper.tag == f"{_W}sdt" else wrapper
        children = [] if content is None else [c for c in content if c.tag not in _WRAPPER_PROPERTIES]
        at = parent.index(wrapper)
        parent.remove(wrapper)
        for offset, child in enumerate(children):
            parent.insert(at + offset, child)


def drop_deleted_rows(body: Any) -> None:
    """Take the table rows a tracked change deletes (w:del in the row's properties) out of the tables (in
    memory only): the document with its revisions accepted has no such row, not even an empty one."""
    for row in list(body.iter(f"{_W}tr")):
        parent = row.getparent()
        if parent is not None and row.find(f"{_W}trPr/{_W}del") is not None:
            parent.remove(row)


def deleted_whole(paragraph: Any, text: str) -> bool:
    """Whether a tracked change deletes the paragraph ``text`` is the shown text of, mark and all (or moves
    it away): the document with its revisions accepted has no such paragraph, nor its list number."""
    if text.strip():
        return False
    mark = paragraph.find(f"{_W}pPr/{_W}rPr")
    return mark is not None and (mark.find(f"{_W}del") is not None or mark.find(f"{_W}moveFrom") is not None)
