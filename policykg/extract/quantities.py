"""Numbers and their units in prose: values, ranges (1-2个) and ratios (5/10) followed by a unit, 万 / 亿
multipliers before a bare unit (55万件), time units (3个月, 20个工作日), a comparator after the unit
(以上 / 以内) and normalisation to a base unit. Unit words are in ontology/data/targets.yaml."""

from __future__ import annotations

import re

from ontology.vocab_targets import target_vocabulary
from policykg.extract.target_words import phrase_patterns, unit_forms
from policykg.extract.textspan import trim

NUMBER = re.compile(
    r"(?<![\d.·．A-Za-z])(\d+(?:\.\d+)?)"
    r"(?:\s*(?P<range>[-—–~～至到])\s*(\d+(?:\.\d+)?))?"
    r"(?:\s*/\s*(?P<den>\d+(?:\.\d+)?))?"
)


def unit_at(text: str, pos: int, end: int) -> tuple[str, int] | None:
    """The unit written at ``pos`` and where it ends; a multiplier before a bare unit (55万件) joins it."""
    for form, unit in unit_forms():
        if text.startswith(form, pos, end):
            return unit, pos + len(form)
    for m in target_vocabulary().multipliers:
        if text.startswith(m.text, pos, end):
            after = pos + len(m.text)
            for form, unit in unit_forms():
                if form == unit and text.startswith(form, after, end):
                    return m.text + unit, after + len(form)
    return None


def is_percentage(unit: str) -> bool:
    entry = target_vocabulary().unit(unit)
    return entry is not None and entry.base == "%"


def normalise(value: float, unit: str | None) -> tuple[float | None, str | None]:
    if unit is None:
        return None, None
    entry = target_vocabulary().unit(unit)
    if entry is None:
        return value, unit
    return value * entry.factor, entry.base


def resolve_flags(flags: list[str], unit: str) -> list[str]:
    """A change word (增长 / 提高 …) is growth for a percentage and an increment for a count."""
    out: list[str] = []
    for flag in flags:
        if flag == "change":
            flag = "growth" if is_percentage(unit) else "increment"
        if flag not in out:
            out.append(flag)
    return out


def after_comparator(text: str, pos: int, end: int, unit: str) -> tuple[int, str | None]:
    pos2 = trim(text, pos, end)[0]
    for entry in target_vocabulary().comparators_after:
        if text.startswith(entry.text, pos2, end) and (not entry.after_units or unit in entry.after_units):
            return pos2 + len(entry.text), entry.comparator
    return pos, None


def _in_title_marks(text: str, pos: int, start: int) -> bool:
    opened = text.rfind("《", start, pos)
    return opened >= 0 and text.find("》", opened, pos) < 0


def numbers(text: str, c_start: int, c_end: int) -> list[tuple[re.Match[str], str, int]]:
    """Numbers of the clause followed by a unit: (match, unit, end of the unit)."""
    dates = [(m.start(), m.end()) for m in phrase_patterns().dates.finditer(text, c_start, c_end)]
    found: list[tuple[re.Match[str], str, int]] = []
    for m in NUMBER.finditer(text, c_start, c_end):
        before = text[max(c_start, m.start() - 1) : m.start()]
        if (before in ("第", "〔", "[", "［", "﹝", "(", "（") and before != "(") or _in_title_marks(
            text, m.start(), c_start
        ):
            continue
        if any(s <= m.start() < e for s, e in dates):
            continue
        unit = unit_at(text, trim(text, m.end(), c_end)[0], c_end)
        if unit is not None:
            found.append((m, unit[0], unit[1]))
    return found
