"""Markdown's definition lists (pandoc, PHP Markdown Extra, a wiki's or a knowledge base's export), read as
label lines: a short term on a line of its own with its definitions on the lines below, each opening with a
colon or a tilde (牵头单位 ↵ : 区市场监管局, 配合单位 ↵ ~ 区科技局 ↵ ~ 区农业农村局), is the label line a
plan types (牵头单位：区市场监管局, 配合单位：区科技局、区农业农村局). A term's definitions are joined
with 、 (after one closing with a mark of its own, with nothing); a blank line may stand between the term
and its first definition, as pandoc allows. Only a term holding no colon, no sentence mark and no markup of
another block (a heading, a table's row, a list's bullet) is read so; any other line before a colon's line
is left as it is.
"""

from __future__ import annotations

import re

#: A definition's line: up to three spaces, a colon or a tilde, white space, then its words.
_DEFINITION = re.compile(r"[ ]{0,3}[:~][ \t]+(\S.*?)\s*")
#: The cheap test: a line opening with a definition's mark.
_MARKED = re.compile(r"^[ ]{0,3}[:~][ \t]+\S", re.MULTILINE)
#: The longest term read (characters): a label, a body's or a field's name, never a sentence.
_MOST_TERM = 24
#: What no term holds: a colon (the line is a label line already), a sentence's or a clause's mark.
_NOT_IN_TERM = frozenset(":：。；;，,！？!?")
#: What no term opens with: another block's markup (a heading, a table's row, a quote, a list's bullet).
_NOT_TERM_OPENING = re.compile(r"\s*(?:[#|>+]|[-*•●](?:\s|$)|\d{1,3}[.)](?:\s|$))")
#: A definition closing with a mark of its own takes the next with no joiner.
_CLOSING_MARKS = frozenset("、，,；;。")


def _term(line: str) -> bool:
    words = line.strip()
    return (
        0 < len(words) <= _MOST_TERM
        and not _NOT_IN_TERM.intersection(words)
        and _NOT_TERM_OPENING.match(line) is None
    )


def _joined(first: str, more: str) -> str:
    return first + more if first[-1] in _CLOSING_MARKS else f"{first}、{more}"


def _above(out: list[str]) -> int:
    """The index of the last line of ``out`` with words, looking past one blank line; -1 for none."""
    back = len(out) - 1
    if back >= 0 and not out[back].strip():
        back -= 1
    return back if back >= 0 and out[back].strip() else -1


def definition_lists(text: str) -> str:
    """``text`` with each definition list's term and definitions written as one label line (module doc).
    One pass over the lines."""
    if _MARKED.search(text) is None:
        return text
    out: list[str] = []
    label = -1  # the index in ``out`` of the label line a definition was last joined to, -1 for none
    for line in text.split("\n"):
        definition = _DEFINITION.fullmatch(line)
        back = _above(out) if definition is not None else -1
        if definition is not None and back >= 0 and (back == label or _term(out[back])):
            words = definition.group(1)
            out[back] = _joined(out[back], words) if back == label else f"{out[back].rstrip()}：{words}"
            del out[back + 1 :]
            label = back
            continue
        if line.strip():
            label = -1
        out.append(line)
    return "\n".join(out)


# --- written in HTML ----------------------------------------------------------------

#: A term (<dt>) and the definitions (<dd>) after it, in a page or in HTML left in Markdown; neither holds
#: another term, definition or list.
_HTML_ENTRY = re.compile(
    r"<dt\b[^<>]{0,200}>((?:(?!</?d[tdl]\b).){0,400}?)</dt>\s*"
    r"((?:<dd\b[^<>]{0,200}>(?:(?!</?d[tdl]\b).){0,2000}?</dd>\s*)+)",
    re.IGNORECASE | re.DOTALL,
)
_HTML_DEFINITION = re.compile(r"<dd\b[^<>]{0,200}>(.*?)</dd>", re.IGNORECASE | re.DOTALL)
_TAGS = re.compile(r"<[^<>]{0,500}>")


def _html_entry(m: re.Match[str]) -> str:
    """One term and its definitions as a paragraph of their label line; the markup inside them goes."""
    term = _TAGS.sub("", m.group(1)).strip()
    words = [w for w in (_TAGS.sub("", d).strip() for d in _HTML_DEFINITION.findall(m.group(2))) if w]
    if not words or not _term(term):
        return m.group(0)
    joined = words[0]
    for more in words[1:]:
        joined = _joined(joined, more)
    return f"<p>{term}：{joined}</p>"


def html_definition_lists(markup: str) -> str:
    """``markup`` with each term of its definition lists (<dl><dt>牵头单位</dt><dd>A</dd>…) written as one
    paragraph of the label line a plan types (<p>牵头单位：A</p>), its definitions joined as the module doc
    says, the inline markup inside them gone; a term that is no label's (a sentence, a colon in it) is left
    as it is. The cheap test first."""
    if "<dt" not in markup and "<DT" not in markup:
        return markup
    return _HTML_ENTRY.sub(_html_entry, markup)
