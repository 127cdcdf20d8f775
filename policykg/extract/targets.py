"""Numeric targets stated in prose: indicator, value, unit, comparator, flags and year.

Phrasings covered (wording in ontology/data/targets.yaml): 达 / 达到 / 以上 / 不低于 / 不少于 / 超过 /
突破 / 力争 / 累计 / 新增 / 年均增长 / 占…比重达, values with 万 / 亿 units, percentages, ranges (1-2个),
ratios (5/10) and per-capita indicators (万人…拥有量, 每十亿元…). Eligibility rules
(对…达到5件以上的…给予奖励) are not targets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from ontology.vocab_targets import target_vocabulary
from policykg.extract.textspan import Span, split_top_level, squeeze, trim

_NUMBER = re.compile(
    r"(?<![\d.·．A-Za-z])(\d+(?:\.\d+)?)"
    r"(?:\s*(?P<range>[-—–~～至到])\s*(\d+(?:\.\d+)?))?"
    r"(?:\s*/\s*(?P<den>\d+(?:\.\d+)?))?"
)
_SENTENCE = "。；;！!？?"
_CLAUSE = "，,"
_YEAR_IN = re.compile(r"(?:到|至|截至|截止)?\s*((?:19|20)\d{2})\s*年(?:底|末|前)?")
_BY_YEAR = re.compile(r"(?:到|至|截至|截止)\s*((?:19|20)\d{2})\s*年")
_CLAUSE_MARK = re.compile(r"^[一二三四五六七八九十]+是")
_PER_CAPITA = ("万人", "每万人", "每十亿元", "每亿元", "万企", "每万")
_BRACKETS = re.compile(r"[（(［\[【〔][^（）()［］\[\]【】〔〕]*[）)］\]】〕]")
_QUOTES = str.maketrans("", "", "“”\"'‘’「」『』 \u3000\n\t")
_MIN_INDICATOR = 2
_OPENING = 3  # characters before 到YYYY年 that still count as the opening of a sentence


@dataclass
class TargetDraft:
    indicator: str
    value: float
    value_max: float | None
    denominator: float | None
    value_text: str
    unit: str
    comparator: str
    flags: list[str]
    year: int | None
    year_basis: str
    span: Span
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return indicator_key(self.indicator)


@cache
def _units() -> list[str]:
    return sorted((u.unit for u in target_vocabulary().units), key=len, reverse=True)


def _unit_at(text: str, pos: int, end: int) -> str | None:
    for unit in _units():
        if text.startswith(unit, pos, end):
            return unit
    return None


@cache
def _criteria() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in target_vocabulary().criteria))


@cache
def indicator_key(indicator: str) -> str:
    """A comparable key: no brackets, quotes, leading verbs or trailing counters (数/数量)."""
    vocab = target_vocabulary()
    key = _BRACKETS.sub("", indicator).translate(_QUOTES)
    changed = True
    while changed:
        changed = False
        for word in (*vocab.key_verbs, *(f.text for f in vocab.flag_words), *vocab.lead_words):
            if key.startswith(word) and len(key) > len(word) + 1:
                key = key[len(word) :]
                changed = True
    for tail in ("数量", "人数", "数", "量"):
        if key.endswith(tail) and len(key) > len(tail) + 1:
            key = key[: -len(tail)]
            break
    return key


def normalise(value: float, unit: str | None) -> tuple[float | None, str | None]:
    if unit is None:
        return None, None
    entry = target_vocabulary().unit(unit)
    if entry is None:
        return value, unit
    return value * entry.factor, entry.base


def target_flags(indicator: str) -> list[str]:
    flags = []
    if indicator.startswith(_PER_CAPITA):
        flags.append("per_capita")
    if "占" in indicator and ("比重" in indicator or "比例" in indicator):
        flags.append("share")
    return flags


def _strip_front(text: str, start: int, end: int, flags: list[str]) -> tuple[int, int | None, int]:
    """Skip lead words, 到YYYY年 and flag words at the front. Returns the indicator's start, a year if
    one is named, and where the quoted phrase starts (flag words such as 新增 stay in the quote)."""
    vocab = target_vocabulary()
    year: int | None = None
    phrase_start: int | None = None
    changed = True
    while changed and start < end:
        changed = False
        start = trim(text, start, end)[0]
        m = _YEAR_IN.match(text, start, end)
        if m:
            year = int(m.group(1))
            start = m.end()
            while start < end and text[start] in "，,、 \u3000":
                start += 1
            changed = True
            continue
        m2 = _CLAUSE_MARK.match(text, start, end)
        if m2:
            start = m2.end()
            changed = True
            continue
        for word in sorted((*vocab.lead_words, *(f.text for f in vocab.flag_words)), key=len, reverse=True):
            if text.startswith(word, start, end) and end - start > len(word):
                flag = next((f.flag for f in vocab.flag_words if f.text == word), None)
                if flag and flag not in flags:
                    flags.append(flag)
                if flag and phrase_start is None:
                    phrase_start = start
                start += len(word)
                changed = True
                break
    return start, year, start if phrase_start is None else phrase_start


def _strip_back(text: str, start: int, end: int, flags: list[str]) -> tuple[int, str]:
    """Take comparator and flag words off the end of the phrase before the number."""
    vocab = target_vocabulary()
    comparator = "="
    changed = True
    while changed and end > start:
        changed = False
        end = trim(text, start, end)[1]
        for entry in sorted(vocab.comparators_before, key=lambda c: -len(c.text)):
            if text.endswith(entry.text, start, end) and comparator == "=":
                comparator = entry.comparator
                end -= len(entry.text)
                changed = True
                break
        else:
            for f in sorted(vocab.flag_words, key=lambda w: -len(w.text)):
                if text.endswith(f.text, start, end) and end - start > len(f.text):
                    if f.flag not in flags:
                        flags.append(f.flag)
                    end -= len(f.text)
                    changed = True
                    break
    return end, comparator


def _inner_comparator(text: str, start: int, end: int) -> str:
    """A comparator word inside the phrase (资助金额不超过…官费的50%) when none stands next to the number."""
    best = (-1, 0, "=")  # (end of the word, its length, comparator): 不超过 beats the 超过 inside it
    for entry in target_vocabulary().comparators_before:
        if len(entry.text) < 2:
            continue  # 达 / 为 alone are too common inside indicator names
        at = text.rfind(entry.text, start, end)
        if at >= 0 and (at + len(entry.text), len(entry.text)) > best[:2]:
            best = (at + len(entry.text), len(entry.text), entry.comparator)
    return best[2]


def _after_comparator(text: str, pos: int, end: int) -> tuple[int, str | None]:
    pos2 = trim(text, pos, end)[0]
    for entry in target_vocabulary().comparators_after:
        if text.startswith(entry.text, pos2, end):
            return pos2 + len(entry.text), entry.comparator
    return pos, None


def _in_title_marks(text: str, pos: int, start: int) -> bool:
    opened = text.rfind("《", start, pos)
    return opened >= 0 and text.find("》", opened, pos) < 0


def find_targets(text: str, start: int, end: int, *, context_year: int | None) -> list[TargetDraft]:
    """Targets in ``text[start:end]`` (a paragraph); ``context_year`` is a year named earlier in it."""
    drafts: list[TargetDraft] = []
    year_here = context_year
    for sentence in split_top_level(text, start, end, _SENTENCE):
        # 到2025年 opening a sentence frames what follows it in the paragraph; elsewhere in a sentence it
        # dates only the targets after it in that sentence (到2025年予以取消 says nothing of later sentences).
        sentence_year = year_here
        for by_year in _BY_YEAR.finditer(text, sentence[0], sentence[1]):
            if by_year.start() - sentence[0] <= _OPENING:
                year_here = sentence_year = int(by_year.group(1))
        if _NUMBER.search(text, sentence[0], sentence[1]) is None:  # no number, no target: the common case
            continue
        for clause in split_top_level(text, sentence[0], sentence[1], _CLAUSE):
            if _NUMBER.search(text, clause[0], clause[1]) is None:
                continue
            if _criteria().search(text[clause[0] : clause[1]]):
                continue
            in_clause = [m for m in _BY_YEAR.finditer(text, sentence[0], clause[0] + 1)]
            clause_year = int(in_clause[-1].group(1)) if in_clause else sentence_year
            drafts.extend(_clause_targets(text, clause, clause_year))
    return drafts


def _clause_targets(text: str, clause: Span, year_here: int | None) -> list[TargetDraft]:
    c_start, c_end = clause
    found: list[tuple[re.Match[str], str, int]] = []
    for m in _NUMBER.finditer(text, c_start, c_end):
        before = text[max(c_start, m.start() - 1) : m.start()]
        if (before in ("第", "〔", "[", "［", "﹝", "(", "（") and before != "(") or _in_title_marks(
            text, m.start(), c_start
        ):
            continue
        unit_pos = trim(text, m.end(), c_end)[0]
        unit = _unit_at(text, unit_pos, c_end)
        if unit is None:
            continue
        found.append((m, unit, unit_pos + len(unit)))
    drafts: list[TargetDraft] = []
    seg_start = c_start
    for i, (m, unit, unit_end) in enumerate(found):
        flags: list[str] = []
        s, year, quote_start = _strip_front(text, seg_start, m.start(), flags)
        e, comparator = _strip_back(text, s, m.start(), flags)
        if comparator == "=":
            comparator = _inner_comparator(text, s, e)
        tail_end, after = _after_comparator(text, unit_end, c_end)
        if after is not None:
            comparator = after if comparator in ("=", ">=") else comparator
        next_start = found[i + 1][0].start() if i + 1 < len(found) else c_end
        rest_end = trim(text, tail_end, next_start if i + 1 < len(found) else c_end)[1]
        rest = text[tail_end:rest_end] if i + 1 == len(found) else ""
        indicator = squeeze(text[s:e])
        span_end = tail_end
        if rest and len(indicator) <= 6 and not _NUMBER.search(rest):
            indicator = indicator + squeeze(rest)
            span_end = rest_end
        if len(indicator) < _MIN_INDICATOR:
            seg_start = _next_segment(text, tail_end, c_end)
            continue
        value = float(m.group(1))
        value_max = float(m.group(3)) if m.group("range") else None
        denominator = float(m.group("den")) if m.group("den") else None
        if value_max is not None:
            comparator = "range"
        target_year = year if year is not None else year_here
        basis = "sentence" if target_year is not None else ("annual" if "annual" in flags else "plan")
        drafts.append(
            TargetDraft(
                indicator=indicator,
                value=value,
                value_max=value_max,
                denominator=denominator,
                value_text=text[m.start() : m.end()],
                unit=unit,
                comparator=comparator,
                flags=flags + target_flags(indicator),
                year=target_year,
                year_basis=basis,
                span=trim(text, quote_start, span_end),
            )
        )
        seg_start = _next_segment(text, tail_end, c_end)
    return drafts


def _next_segment(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos] in "、和及与 \u3000，,":
        pos += 1
    return pos
