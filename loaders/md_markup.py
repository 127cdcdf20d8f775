"""The markup a static site's or a code host's Markdown adds around a document's words (GitHub, Hugo, Hexo,
VuePress, Obsidian), read as the words it marks:

- a task list's box (- [ ] 开展…, - [x] 完成…): the item's state, no word of it; the item is the list's item
  it would be without the box (its bullet stays);
- a code span (`责任单位：县市场监督管理局`): its words, without the backticks;
- a callout's marker line (> [!NOTE], > [!tip] 提示) and a container's fences (::: tip 说明 … :::): the box's
  kind goes, a title written after it stays as a line of the box;
- a reference-style link ([《…》][1], [words][]): its words, where the text defines the reference; the
  definitions ([1]: https://… "title", one a line, usually at the page's end) are no words of the document.

Each rewrite is tried only when the cheap test finds its mark in the text, and reads each line once.
"""

from __future__ import annotations

import re

#: A list item's task box: the item's bullet or number, then [ ], [x] or [X] and the space after it.
_TASK_BOX = re.compile(r"^([ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+)\[[ xX]\][ \t]+", re.MULTILINE)


def task_boxes(text: str) -> str:
    """``text`` without its task lists' boxes (- [ ] 开展… → - 开展…): each item reads as the bulleted or
    numbered item it is."""
    if "[ ]" not in text and "[x]" not in text and "[X]" not in text:
        return text
    return _TASK_BOX.sub(r"\1", text)


#: A code span: one or two backticks, words on one line, the same backticks closing them (never a fence's
#: three).
_CODE_SPAN = re.compile(r"(?<!`)(`{1,2})(?!`)([^`\n]+?)(?<!`)\1(?!`)")


def code_spans(text: str) -> str:
    """``text`` with its code spans read as their words (`县公安局` → 县公安局)."""
    if "`" not in text:
        return text
    return _CODE_SPAN.sub(r"\2", text)


#: A callout's marker opening a block quote (> [!NOTE], > [!tip]- 提示: GitHub's alerts, Obsidian's callouts):
#: the quote's mark, the kind in brackets, a title perhaps.
_CALLOUT = re.compile(r"^([ \t]{0,3}>[ \t]?)\[![A-Za-z]+\][+-]?[ \t]*", re.MULTILINE)
#: A container's fence (::: tip 说明, ::: warning, :::): three colons or more, a kind in Latin letters, a
#: title.
_CONTAINER = re.compile(r"^[ \t]{0,3}:{3,}[ \t]*(?:[A-Za-z][A-Za-z0-9_-]*)?[ \t]*", re.MULTILINE)


def callout_markers(text: str) -> str:
    """``text`` without its callouts' and containers' markers (> [!NOTE] → >, ::: tip 说明 → 说明): the box's
    lines, and a title written after its kind, read as the document's lines."""
    if "[!" in text:
        text = _CALLOUT.sub(r"\1", text)
    if ":::" in text:
        text = _CONTAINER.sub("", text)
    return text


#: A link reference's definition on a line of its own: [label]: destination, perhaps a title in quotes or
#: brackets (a footnote's [^1]: is none).
_DEFINITION = re.compile(
    r"^[ \t]{0,3}\[(?!\^)([^\]\n]+)\]:[ \t]*(?:<[^>\n]*>|[^\s\u4e00-\u9fff]+)"
    r"(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^)\n]*\)))?[ \t]*(?:\n|$)",
    re.MULTILINE,
)
#: A reference-style link: its words in brackets, then the reference in brackets (empty: the words are it).
_REFERENCE = re.compile(r"\[([^\]\n]+)\]\[([^\]\n]*)\]")


def reference_links(text: str) -> str:
    """``text`` with its reference-style links read as their words ([《…纲要》][1] → 《…纲要》) and the
    definitions of their references gone; a bracket naming no defined reference stays as written."""
    if "]:" not in text:
        return text
    defined = {_label(m.group(1)) for m in _DEFINITION.finditer(text)}
    if not defined:
        return text

    def words(m: re.Match[str]) -> str:
        return m.group(1) if _label(m.group(2) or m.group(1)) in defined else m.group(0)

    return _REFERENCE.sub(words, _DEFINITION.sub("", text))


def _label(reference: str) -> str:
    """A reference's label as Markdown matches it: case and runs of white space aside."""
    return " ".join(reference.split()).casefold()
