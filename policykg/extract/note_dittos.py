"""Notes that write no unit of their own but repeat the task's before (（同上）, （责任单位：同上）,
（责任单位同上）, 责任单位：同前, or such a note on a line of its own under the task's text): the task takes
the units of the task before it at its level under the same chapter, as a ditto in a task table's unit cell
takes the cell above. The words are data (ontology/data/document_types.yaml task_table_columns dittos)."""

from __future__ import annotations

from policykg.extract.agency_lists import LABEL_COLONS, label_word_end
from policykg.extract.agency_names import ditto_pattern, ditto_words
from policykg.extract.textspan import PAIRS, line_spans, squeeze, trim

#: What may close a ditto note's words or its paragraph (（同上。）, …（同上）。).
_ENDS = "。；;，, \u3000"
#: How far from its paragraph's end a ditto note's word may stand: the cheap test's bound.
_TAIL = 24
#: What opens a ditto note written in brackets, by its closer.
_OPENERS = {closer: opener for opener, closer in PAIRS.items() if opener in "（(〔【[［"}


def closes_with_ditto(text: str, start: int, end: int) -> bool:
    """The paragraph ``text[start:end]`` closes with a note repeating the units before it: a bracket of a
    ditto's word, a label perhaps before it (…（同上）, …（责任单位：同上）, …（责任单位同上）), or a label
    and
    the word without brackets closing its last sentence (…。责任单位：同上)."""
    s, e = trim(text, start, end)
    while e > s and text[e - 1] in _ENDS:
        e -= 1
    if ditto_pattern().search(text, max(s, e - _TAIL), e) is None:
        return False  # most paragraphs: no ditto near their end
    opener = _OPENERS.get(text[e - 1]) if e > s else None
    if opener is not None:
        opened = text.rfind(opener, s, e - 1)
        return opened >= s and _ditto_note(squeeze(text[opened + 1 : e - 1]), labelled=False)
    opened = max(s, *(text.rfind(ch, s, e) + 1 for ch in "。；;\n"))
    return _ditto_note(squeeze(text[opened:e]), labelled=True)


def holds_ditto_line(text: str, start: int, end: int) -> bool:
    """The paragraph ``text[start:end]`` holds a note alone on its line writing a ditto after its label
    (责任单位：同上 between the task's text and its 完成时限 line): the task's units are the task's before."""
    if ditto_pattern().search(text, start, end) is None:
        return False  # most paragraphs: no ditto's word
    for line in line_spans(text, start, end):
        s, e = trim(text, *line)
        if 0 < e - s <= _TAIL and _ditto_note(squeeze(text[s:e]), labelled=True):
            return True
    return False


def _ditto_note(words: str, *, labelled: bool) -> bool:
    """``words`` are a ditto's word, after a label (责任单位：同上, 责任单位同上) or, unless ``labelled``,
    alone."""
    words = words.strip(_ENDS)
    label_end = label_word_end(words, 0, len(words))
    if label_end == 0 and labelled:
        return False
    return words[label_end:].lstrip(LABEL_COLONS + " ") in ditto_words()
