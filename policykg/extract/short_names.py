"""Short names a plan defines for its bodies: 县知识产权保护中心（以下简称“县保护中心”）,
婺源工业园区管理委员会（简称园区管委会，下同）. A later mention of the short name is the body its full name
names, where the short name alone would be another body (a merged bureau's short name, 县科工信局, names its
bureau already: the registry keeps a body a region has one of as its words name it).
"""

from __future__ import annotations

import re
from functools import cache

from ontology.vocab import role_vocabulary
from policykg.extract.agency_names import clean_name, looks_like_agency
from policykg.extract.regions import level_prefix, region_index
from policykg.extract.textspan import CLOSERS, PAIRS, squeeze

#: How far before a definition its full name may start.
_REACH = 30
#: Characters no body's name holds: where the words before a definition stop.
_STOPS = frozenset('：:、，,。；;！？!?“”"《》〈〉 \t\u3000\n')


@cache
def _definition() -> re.Pattern[str]:
    """A bracket defining a short name (（以下简称“县保护中心”）, （简称园区管委会，下同）): roles.yaml
    name_note_words that name one, the short name in quote marks or not."""
    words = [w for w in role_vocabulary().name_note_words if w.endswith("称")]
    cue = "|".join(map(re.escape, sorted(words, key=len, reverse=True))) or "(?!)"
    return re.compile(
        rf"[（(〔［](?:{cue})[“\"‘]?([^（）()〔〕［］“”\"‘’，,、。；;\s]{{2,16}})[”\"’]?(?:[，,]下同)?[）)〕］]"
    )


def defined_short_names(text: str) -> dict[str, str]:
    """Each short name ``text`` defines for a body, with the body's full name as written before it (the
    first definition of a short name holds)."""
    out: dict[str, str] = {}
    for m in _definition().finditer(text):
        short = m.group(1)
        full = _full_name_before(text, m.start())
        if full is not None and full != short and looks_like_agency(short):
            out.setdefault(short, full)
    return {short: full for short, full in out.items() if full not in out}  # no name defined by another


def _full_name_before(text: str, end: int) -> str | None:
    """The body's name ending at ``end`` (县市场监督管理局（县知识产权局） with its second name): the longest
    words there that read as a body's name and open with a place or a level (县, 婺源), else the longest
    that read as one, 由 and numbering left out; None when none does."""
    start = end
    while start > max(0, end - _REACH):
        ch = text[start - 1]
        if ch in CLOSERS:  # a bracket closing the name: its second name (（县知识产权局）)
            opened = text.rfind(CLOSERS[ch], max(0, end - _REACH), start - 1)
            if opened < 0:
                break
            start = opened
            continue
        if ch in _STOPS or ch in PAIRS:
            break
        start -= 1
    s, e = clean_name(text, (start, end))
    names = [words for k in range(s, e - 1) if looks_like_agency(words := squeeze(text[k:e]))]
    return next((words for words in names if _placed(words)), names[0] if names else None)


def _placed(words: str) -> bool:
    """``words`` open with a level (县, 市) or a place's name (婺源, 上饶市)."""
    return (
        level_prefix(words) is not None
        or region_index().match_at(words, 0, len(words), allow_short=True) is not None
    )
