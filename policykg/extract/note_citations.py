"""Documents a Word plan cites in its notes: a footnote or endnote holding a document's full title and number
(落实省委、省政府关于…的部署要求¹ over ¹《湖北省人民政府关于…的实施意见》（鄂政发〔2024〕6号）。), which the
body names only in words or by a short name.

A note's words are no part of the plan's text (loaders/docx_notes.py): only the documents they cite are read,
as the text's titles and numbers are (citations.find_citations), each cited where the note's mark stands. The
evidence is the clause the mark closes (落实省委、省政府关于加快知识产权强省建设的部署要求), from the mark
before it when one stands in the clause, so the citation belongs to the task or goal holding it. A note
explains what the body refers to: it issues nothing, so what it names is cited, whatever verb it uses
(指省人民政府2024年印发的《…》).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from loaders.base import Note
from policykg.extract.citations import CitationDraft, find_citations
from policykg.extract.textspan import Span

#: Characters ending the clause before a note's mark: a sentence's or clause's end, a line's, a cell's.
_CLAUSE_BREAKS = frozenset("。；;！？!?，,：:\n\t")
#: The most characters of its clause the evidence of a note's citation takes back from the mark.
_REACH = 60


def clause_before(text: str, at: int, floor: int = 0) -> Span:
    """The clause of ``text`` closing at ``at`` (a note's mark), back to the break before it, at most
    _REACH characters and not before ``floor`` (the mark before it: 依据A的部署¹和B的要点²: 和B的要点)."""
    start = at
    while start > floor and at - start < _REACH and text[start - 1] not in _CLAUSE_BREAKS:
        start -= 1
    return start, at


def note_citations(
    text: str, notes: Sequence[Note], *, own_title: str | None, own_number: str | None
) -> list[CitationDraft]:
    """The documents ``notes`` cite, the plan itself excluded, each with the clause its note's mark closes as
    its span and quote."""
    found: list[CitationDraft] = []
    floor = 0
    for note in notes:
        span = clause_before(text, note.at, floor if floor < note.at else 0)
        floor = note.at
        for draft in find_citations(note.text, own_title=own_title, own_number=own_number):
            found.append(
                replace(draft, span=span, quote=text[span[0] : span[1]], relation="cites", hedged=False)
            )
    return found
