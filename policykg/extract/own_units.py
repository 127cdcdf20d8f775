"""A department's own organisation named in its own plan without the department's name: its sections
(知识产权股, 法规科: agency_types.yaml ``section_ends``), the bodies of its organs (机关党委: ``own_units``)
and its units gathered (各处室, 机关各处室, 各直属单位: ``own_collectives``), written bare, after the words
it calls itself by (我局知识产权科) or after its bare ending (局机关各处室, 局办公室 in a 知识产权局's
plan)."""

from __future__ import annotations

import re
from functools import cache

from ontology.vocab import CollectiveType, agency_vocabulary


def own_unit(rest: str, owner: str) -> str | None:
    """The words naming a unit of the department ``owner`` (its name) in ``rest``, without the words or the
    ending that stand for the department before them, or None when ``rest`` names none."""
    vocabulary = agency_vocabulary()
    own = next((w for w in vocabulary.own_department_words if rest.startswith(w)), "")
    if own:
        return rest[len(own) :] if _unit(rest[len(own) :], len(rest)) else None
    ending = next((e for e in vocabulary.bare_departments if owner.endswith(e) and rest.startswith(e)), "")
    if ending and _unit(rest[len(ending) :], len(rest)):
        return rest[len(ending) :]  # 局机关各处室: the bureau's own
    return rest if _unit(rest, len(rest)) else None


def own_collective(words: str) -> CollectiveType | None:
    """The collective type of ``words`` when they gather the department's own units (各直属单位), or None."""
    vocabulary = agency_vocabulary()
    if vocabulary.own_collective_type is None or _gathering().fullmatch(words) is None:
        return None
    return next(c for c in vocabulary.collectives if c.id == vocabulary.own_collective_type)


def own_named(words: str) -> bool:
    """``words`` (what own_unit leaves) name one of the department's organs' bodies or its units
    gathered (机关纪委, 机关各处室, 各直属单位), which a type or a collective of the region's would otherwise
    name (纪委, 各有关部门)."""
    return words in agency_vocabulary().own_units or _gathering().fullmatch(words) is not None


def _unit(words: str, written: int) -> bool:
    """``words`` name a section (its name written in ``written`` characters with what stands before it, three
    at least), an organ's body or the units gathered."""
    vocabulary = agency_vocabulary()
    return (written >= 3 and words.endswith(vocabulary.section_ends)) or own_named(words)


@cache
def _gathering() -> re.Pattern[str]:
    patterns = agency_vocabulary().own_collectives
    return re.compile("|".join(f"(?:{p})" for p in patterns) or "(?!)")
