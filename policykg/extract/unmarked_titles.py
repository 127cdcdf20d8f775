"""Titles written with no marks after their issuer (按照省委、省政府关于加快建设知识产权强省的意见部署):
citations.yaml unmarked_titles."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ontology.vocab import citation_vocabulary
from policykg.extract.textspan import Span


@dataclass(frozen=True)
class UnmarkedTitle:
    issuer: Span
    title: Span


@dataclass(frozen=True)
class _Rules:
    opening: str
    title: re.Pattern[str]  # the title's words from its opening word, matched at it
    issuer: re.Pattern[str]  # the issuer ending right before the opening word, searched in a window
    cue: re.Pattern[str]  # a cue ending right before the issuer, searched in a window
    joiners: frozenset[str]  # words joining a title to the one before (…的意见和省政府关于…的通知)


#: Most characters the issuer and the cue before it are searched in.
_WINDOW = 32


def _any(words: tuple[str, ...]) -> str:
    return "|".join(words)


@cache
def _rules() -> _Rules | None:
    vocab = citation_vocabulary().unmarked_titles
    if vocab is None:
        return None
    opening = re.escape(vocab.opening)
    words = rf"[^，。；：《》“”「」『』（）()\s]{{2,{vocab.max_length}}}?"
    title = rf"{opening}{words}(?:{_any(vocab.ends)})(?=(?:{_any(vocab.after)}))"
    return _Rules(
        vocab.opening,
        re.compile(title),
        re.compile(rf"(?:{vocab.issuers})$"),
        re.compile(rf"(?:{_any(vocab.cues)})[ \t\u3000]*$"),
        frozenset((*citation_vocabulary().issuer_joiners, "、")),
    )


def unmarked_titles(text: str) -> list[UnmarkedTitle]:
    """Every title written with no marks after a cue and its issuer, or joined to such a title right before it
    (…的实施意见和省政府关于…的通知), in text order."""
    rules = _rules()
    if rules is None:
        return []
    found: list[UnmarkedTitle] = []
    last = -1  # where the title found before ends
    pos = text.find(rules.opening)
    while pos >= 0:
        title = rules.title.match(text, pos)
        if title is not None:
            window = max(0, pos - _WINDOW)
            issuer = rules.issuer.search(text, max(window, last), pos)
            joined = issuer is not None and text[last : issuer.start()] in rules.joiners
            cue = issuer is not None and rules.cue.search(
                text, max(0, issuer.start() - _WINDOW), issuer.start()
            )
            if issuer is not None and (joined or cue):
                found.append(UnmarkedTitle((issuer.start(), pos), title.span()))
                last = title.end()
        pos = text.find(rules.opening, pos + len(rules.opening))
    return found
