"""Bodies named by a free combination of their fields (agency_types.yaml ``composed``): a county's
culture bureau is its 文化体育广播电视和旅游局, 文体广电旅游局 or 旅游文化广电局, each field once, in any
order, written in full or by one character. Listing every order as an alias never ends; the name is read
field by field instead."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from ontology.vocab import AgencyType, ComposedNames, agency_vocabulary

#: The longest stretch of fields read before an ending (five fields of four characters, with joiners).
_LONGEST = 28


class _Reader(NamedTuple):
    type: AgencyType
    composed: ComposedNames
    #: One field's word, after a joiner or not (group 1: the joiner, group 2: the word), longest words first.
    word: re.Pattern[str]
    field_of: dict[str, str]


@cache
def _readers() -> tuple[_Reader, ...]:
    readers = []
    for entry in agency_vocabulary().types:
        composed = entry.composed
        if composed is None:
            continue
        field_of = composed.word_field()
        words = "|".join(re.escape(w) for w in sorted(field_of, key=len, reverse=True))
        joiners = "|".join(re.escape(j) for j in composed.joiners)
        word = re.compile(f"({joiners})?({words})" if joiners else f"()({words})")
        readers.append(_Reader(entry, composed, word, field_of))
    return tuple(readers)


def composed_type(name: str) -> tuple[AgencyType, str] | None:
    """The type whose fields make up the end of ``name``, with that end (the body's words; what stands before
    them is the body's place), the longest such end; None when no type's fields do."""
    for reader in _readers():
        end = next((e for e in reader.composed.ends if name.endswith(e)), None)
        if end is None:
            continue
        stop = len(name) - len(end)
        for start in range(max(0, stop - _LONGEST), stop - 1):
            if _after_joiner(reader, name, start):
                continue  # 商务和工业信息化局: the later fields of a bureau that names another first
            if _fields(reader, name, start, stop):
                return reader.type, name[start:]
    return None


def _after_joiner(reader: _Reader, name: str, start: int) -> bool:
    """The words at ``start`` follow a joiner, so they are the later fields of a merged bureau whose first
    field stands before it (商务和工业信息化局: commerce's), not a body's whole name after its place."""
    return start > 0 and name.endswith(reader.composed.joiners, 0, start)


def _fields(reader: _Reader, name: str, start: int, stop: int) -> bool:
    """``name[start:stop]`` is two fields or more of ``reader``'s type, each once, joined directly or by a
    joiner (never before the first), the first one an opening."""
    seen: list[str] = []
    pos = start
    while pos < stop:
        m = reader.word.match(name, pos, stop)
        if m is None or (m.group(1) and not seen):
            return False
        field = reader.field_of[m.group(2)]
        if field in seen:
            return False
        seen.append(field)
        pos = m.end()
    return len(seen) >= 2 and seen[0] in reader.composed.openings
