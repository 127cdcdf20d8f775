"""A Word document's footnotes and endnotes, and where the body refers to each.

A note's words are no part of the body's text (docx_content.py): a note defining an indicator names no
target and breaks no sentence. But a note is where an office often writes the full title and number of a
document its sentence names only in words or by a short name (落实省委、省政府关于…的部署要求¹ over
¹《湖北省人民政府关于…的实施意见》（鄂政发〔2024〕6号）。). Each note the body refers to is kept beside the
text with the place its mark stood in the text, so that what it cites is read as cited there.

The mark's place is found by the words before it in its paragraph: they are read (up to the mark's run) while
the marks are still in the tree, and found again in the built text in document order, the last few of them,
after the place the previous mark was found. A mark whose words cannot be found so (a mark opening its
paragraph, words the builder rewrote) keeps its note out.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from docx.oxml import parse_xml

from loaders.base import Note
from loaders.docx_content import drop_unshown, paragraph_text, words_before

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#: The note parts a document relates to, by relationship type: the reference's element and a note's element.
_PARTS = {
    f"{_R}/footnotes": (f"{_W}footnoteReference", f"{_W}footnote"),
    f"{_R}/endnotes": (f"{_W}endnoteReference", f"{_W}endnote"),
}
#: Notes Word keeps for its own layout: the separator lines above the notes, no note of the text.
_LAYOUT_TYPES = {"separator", "continuationSeparator", "continuationNotice"}
#: How many characters closing the words before a mark are looked for in the built text.
_TAIL = 8

#: A reference to a note in the body: the reference's element, the note's id, the words before the mark.
Mark = tuple[str, str, str]
#: The notes' texts by the reference's element and the note's id.
NoteTexts = dict[tuple[str, str], str]


def note_texts(document: Any) -> NoteTexts:
    """Each note's text, by its reference's element and its id, its paragraphs a line each (hidden text and
    marks left out as in the body)."""
    found: NoteTexts = {}
    for rel in document.part.rels.values():
        kinds = _PARTS.get(rel.reltype)
        if kinds is None or rel.is_external:
            continue
        reference, element = kinds
        try:
            root = parse_xml(rel.target_part.blob)
        except (ValueError, SyntaxError):  # lxml's XMLSyntaxError: a damaged part, whose notes are lost
            continue
        drop_unshown(root)
        for note in root.iter(element):
            if note.get(f"{_W}type") in _LAYOUT_TYPES:
                continue
            lines = (paragraph_text(p).strip() for p in note.iter(f"{_W}p"))
            text = "\n".join(line for line in lines if line)
            if text:
                found[(reference, note.get(f"{_W}id", ""))] = text
    return found


def note_marks(body: Any) -> list[Mark]:
    """The body's references to notes in document order: the reference's element, the note's id and the
    words of the paragraph before the mark. Read before the marks are taken out of the tree."""
    tags = [reference for reference, _ in _PARTS.values()]
    marks: list[Mark] = []
    for found in body.iter(*tags):
        run = found.getparent()
        paragraph = _paragraph_of(run)
        if run is None or paragraph is None:
            continue
        marks.append((found.tag, found.get(f"{_W}id", ""), words_before(paragraph, run)))
    return marks


def _paragraph_of(element: Any) -> Any | None:
    while element is not None and element.tag != f"{_W}p":
        element = element.getparent()
    return element


def _tail(words: str) -> str:
    """The last characters of ``words`` with no white space in them (the builder may squash a space)."""
    words = words.rstrip()
    start = len(words)
    while start > 0 and len(words) - start < _TAIL and not words[start - 1].isspace():
        start -= 1
    return words[start:]


def _placed(text: str, marks: list[Mark], notes: NoteTexts) -> Iterator[Note]:
    cursor = 0
    for reference, number, before in marks:
        note = notes.get((reference, number))
        tail = _tail(before)
        if note is None or len(tail) < 2:
            continue  # one character is found anywhere
        at = text.find(tail, cursor)
        if at < 0:
            continue
        cursor = at + len(tail)
        yield Note(at=cursor, text=note)


def place_notes(text: str, marks: list[Mark], notes: NoteTexts) -> tuple[Note, ...]:
    """The notes the body refers to, each at the place in ``text`` right after the words its mark follows."""
    if not marks or not notes:
        return ()
    return tuple(_placed(text, marks, notes))
