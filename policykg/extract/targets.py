"""Numeric targets stated in prose: indicator, value, unit, comparator, flags and year.

Phrasings covered (wording in ontology/data/targets.yaml): 达 / 达到 / 以上 / 不低于 / 不少于 / 超过 /
突破 / 力争 / 累计 / 新增 / 年均增长 / 占…比重达 / 提高到 / 压缩至…以内, values with 万 / 亿 units or
multipliers, percentages, time units (3个月, 20个工作日), ranges (1-2个), ratios (5/10) and per-capita
indicators (万人…拥有量, 每十亿元…). Words that are not the indicator are taken off either end: adverbs
(力争), spans of time (年内, 三年), comparison bases (较2023年), an agency that is the sentence's subject
(区财政局每年安排…); flag words among them set flags. A starting level (由2023年的6.2件提高到10件) is
flagged ``baseline``, never a target; a clause naming only a comparator and a number takes its indicator
from the clause before it (有效注册商标总量保持全省首位，突破55万件). Eligibility rules
(对…达到5件以上的…给予奖励) are not targets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from ontology.vocab import agency_vocabulary
from ontology.vocab_targets import ComparatorWord, target_vocabulary
from policykg.extract.agencies import agency_type
from policykg.extract.textspan import Span, split_top_level, squeeze, trim

_NUMBER = re.compile(
    r"(?<![\d.·．A-Za-z])(\d+(?:\.\d+)?)"
    r"(?:\s*(?P<range>[-—–~～至到])\s*(\d+(?:\.\d+)?))?"
    r"(?:\s*/\s*(?P<den>\d+(?:\.\d+)?))?"
)
_SENTENCE = "。；;！!？?"
_CLAUSE = "，,"
_YEAR_IN = re.compile(r"(?:到|至|截至|截止)?\s*((?:19|20)\d{2})\s*年(?:底|末)?(?:之?前)?")
_BY_YEAR = re.compile(r"(?:到|至|截至|截止)\s*((?:19|20)\d{2})\s*年")
_CLAUSE_MARK = re.compile(r"^[一二三四五六七八九十]+是")
_PER_CAPITA = ("万人", "每万人", "每十亿元", "每亿元", "万企", "每万")
_BRACKETS = re.compile(r"[（(［\[【〔][^（）()［］\[\]【】〔〕]*[）)］\]】〕]")
_QUOTES = str.maketrans("", "", "“”\"'‘’「」『』 \u3000\n\t")
_MIN_INDICATOR = 2
_OPENING = 3  # characters before 到YYYY年 that still count as the opening of a sentence
_AGENCY_MAX = 16  # the longest agency name looked for at the start of an indicator
_AGENCY_JOINERS = "、和与及"
_JOINERS = "、和及与 \u3000，,"  # between two targets of a clause
_YEAR_TAIL = re.compile(r"((?:19|20)\d{2})\s*年(?:底|末)?(?:之?前)?的?\Z")
_YEAR_LEAD = re.compile(r"(?:到|至|截至|截止)\s*\Z")
_MIN_AGENCY_ALONE = 3  # an agency named by its type word alone: 财政局 yes, 政府 (政府采购…) no


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
    indicator_span: Span | None = None  # where the indicator stands; before the quote if inherited
    inherited: bool = False  # taken from an earlier clause or number (…首位，突破55万件)
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return indicator_key(self.indicator)

    @property
    def baseline(self) -> bool:
        return BASELINE in self.flags


BASELINE = "baseline"  # the flag of a starting level (由2023年的6.2件提高到10件: 6.2 in 2023), not a target


@dataclass(frozen=True)
class _Patterns:
    dates: re.Pattern[str]
    periods_front: re.Pattern[str]
    periods_back: re.Pattern[str]
    comparisons_front: re.Pattern[str]
    comparisons_back: re.Pattern[str]
    baseline_back: re.Pattern[str]


def _alternation(patterns: tuple[str, ...], suffix: str = "") -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p}){suffix}" for p in patterns))


@cache
def _patterns() -> _Patterns:
    vocab = target_vocabulary()
    return _Patterns(
        dates=_alternation(vocab.dates),
        periods_front=_alternation(vocab.periods),
        periods_back=_alternation(vocab.periods, r"\Z"),
        comparisons_front=_alternation(vocab.comparisons),
        comparisons_back=_alternation(vocab.comparisons, r"\Z"),
        baseline_back=_alternation(vocab.baseline_openers, r"\Z"),
    )


@cache
def _unit_forms() -> tuple[tuple[str, str], ...]:
    """(as written, unit) pairs, longest first: 个工作日 -> 工作日, 个月 -> 月, 个 -> 个."""
    forms: list[tuple[str, str]] = []
    for u in target_vocabulary().units:
        if u.classifier:
            forms.append((u.classifier + u.unit, u.unit))
        if u.bare:
            forms.append((u.unit, u.unit))
    return tuple(sorted(forms, key=lambda f: -len(f[0])))


def _unit_at(text: str, pos: int, end: int) -> tuple[str, int] | None:
    """The unit written at ``pos`` and where it ends; a multiplier before a bare unit (55万件) joins it."""
    for form, unit in _unit_forms():
        if text.startswith(form, pos, end):
            return unit, pos + len(form)
    for m in target_vocabulary().multipliers:
        if text.startswith(m.text, pos, end):
            after = pos + len(m.text)
            for form, unit in _unit_forms():
                if form == unit and text.startswith(form, after, end):
                    return m.text + unit, after + len(form)
    return None


def _is_percentage(unit: str) -> bool:
    entry = target_vocabulary().unit(unit)
    return entry is not None and entry.base == "%"


@cache
def _criteria() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in target_vocabulary().criteria))


@cache
def _strippable_words() -> tuple[str, ...]:
    vocab = target_vocabulary()
    return (*vocab.key_verbs, *(f.text for f in vocab.flag_words), *vocab.lead_words, *vocab.adverbs)


@cache
def indicator_key(indicator: str) -> str:
    """A comparable key: no brackets, quotes, leading verbs or trailing counters (数/数量)."""
    key = _BRACKETS.sub("", indicator).translate(_QUOTES)
    changed = True
    while changed:
        changed = False
        for word in _strippable_words():
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


def _resolve_flags(flags: list[str], unit: str) -> list[str]:
    """A change word (增长 / 提高 …) is growth for a percentage and an increment for a count."""
    out: list[str] = []
    for flag in flags:
        if flag == "change":
            flag = "growth" if _is_percentage(unit) else "increment"
        if flag not in out:
            out.append(flag)
    return out


@cache
def _front_words() -> tuple[tuple[str, str | None], ...]:
    """(word, flag) for words stripped from the start of a phrase, longest first."""
    vocab = target_vocabulary()
    words: list[tuple[str, str | None]] = [(f.text, f.flag) for f in vocab.flag_words]
    words += [(w, None) for w in (*vocab.lead_words, *vocab.adverbs)]
    return tuple(sorted(words, key=lambda w: -len(w[0])))


@cache
def _back_words() -> tuple[tuple[str, str | None], ...]:
    """(word, flag) for words stripped from the end of a phrase, longest first."""
    vocab = target_vocabulary()
    words: list[tuple[str, str | None]] = [(f.text, f.flag) for f in vocab.flag_words]
    words += [(w, None) for w in vocab.adverbs]
    return tuple(sorted(words, key=lambda w: -len(w[0])))


@cache
def _agency_last_chars() -> frozenset[str]:
    """Last characters of the type words of subject agencies (局, 委, 府 …): a cheap first test."""
    categories = set(target_vocabulary().subject_agency_categories)
    return frozenset(a[-1] for t in agency_vocabulary().types if t.broader in categories for a in t.aliases)


def _agency_subject(text: str, start: int, end: int) -> int | None:
    """Where an agency naming the subject of the sentence ends, when one opens ``text[start:end]``
    (区财政局每年安排…): an agency type word of a subject category, after nothing or a place name."""
    vocab = target_vocabulary()
    last_chars = _agency_last_chars()
    for stop in range(start + 2, min(end - _MIN_INDICATOR, start + _AGENCY_MAX) + 1):
        if text[stop - 1] not in last_chars:
            continue
        found = agency_type(text[start:stop])
        if found is None or found[0].broader not in vocab.subject_agency_categories:
            continue
        alias = found[1]
        if not text.endswith(alias, start, stop):
            continue
        place = text[start : stop - len(alias)]
        if place == "" and len(alias) >= _MIN_AGENCY_ALONE:
            return stop
        if place and place.endswith(vocab.subject_agency_places) and re.fullmatch(r"[\u4e00-\u9fff]+", place):
            return stop
    return None


def _strip_front(text: str, start: int, end: int, flags: list[str]) -> tuple[int, int | None, int]:
    """Skip lead words, adverbs, 到YYYY年, spans of time, comparison bases, a subject agency and flag words
    at the front. Returns the indicator's start, a year if one is named, and where the quoted phrase
    starts (flag words such as 新增 stay in the quote)."""
    patterns = _patterns()
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
        for pattern in (_CLAUSE_MARK, patterns.periods_front, patterns.comparisons_front):
            m2 = pattern.match(text, start, end)
            if m2 and m2.end() > start:
                start = m2.end()
                changed = True
                break
        if changed:
            continue
        agency_end = _agency_subject(text, start, end)
        while agency_end is not None:  # 区财政局、区科技局每年安排…
            start, changed = agency_end, True
            joined = start < end and text[start] in _AGENCY_JOINERS
            agency_end = _agency_subject(text, start + 1, end) if joined else None
        if changed:
            continue
        comparator = next((c.text for c in _comparator_words() if text.startswith(c.text, start, end)), "")
        for word, flag in _front_words():
            if text.startswith(word, start, end) and len(word) >= len(comparator):  # not 提高 of 提高到
                if flag and flag not in flags:
                    flags.append(flag)
                if flag and phrase_start is None:
                    phrase_start = start
                start += len(word)
                changed = True
                break
    return start, year, start if phrase_start is None else phrase_start


def _strip_back(text: str, start: int, end: int, flags: list[str]) -> tuple[int, str, int | None]:
    """Take comparator, comparison, time, flag and adverb words off the end of the phrase before the
    number. Returns the indicator's end, the comparator and a year named there (…拥有量到2025年达到)."""
    patterns = _patterns()
    comparator = "="
    year: int | None = None
    changed = True
    while changed and end > start:
        changed = False
        end = trim(text, start, end)[1]
        if comparator == "=":
            for entry in _comparator_words():
                if text.endswith(entry.text, start, end):
                    comparator = entry.comparator
                    end -= len(entry.text)
                    changed = True
                    break
            if changed:
                continue
        for pattern in (patterns.comparisons_back, _YEAR_TAIL, patterns.periods_back):
            m = pattern.search(text, start, end)
            if m and m.start() < end:
                end = m.start()
                if pattern is _YEAR_TAIL:
                    year = int(m.group(1)) if year is None else year
                    lead = _YEAR_LEAD.search(text, start, end)  # 到 of 拥有量到2025年, not of 增长到2025年
                    if lead and not any(text.endswith(c.text, start, end) for c in _comparator_words()):
                        end = lead.start()
                changed = True
                break
        if changed:
            continue
        for word, flag in _back_words():
            if text.endswith(word, start, end):
                if flag and flag not in flags:
                    flags.append(flag)
                end -= len(word)
                changed = True
                break
    return end, comparator, year


@cache
def _comparator_words() -> tuple[ComparatorWord, ...]:
    return tuple(sorted(target_vocabulary().comparators_before, key=lambda c: -len(c.text)))


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


def _after_comparator(text: str, pos: int, end: int, unit: str) -> tuple[int, str | None]:
    pos2 = trim(text, pos, end)[0]
    for entry in target_vocabulary().comparators_after:
        if text.startswith(entry.text, pos2, end) and (not entry.after_units or unit in entry.after_units):
            return pos2 + len(entry.text), entry.comparator
    return pos, None


def _in_title_marks(text: str, pos: int, start: int) -> bool:
    opened = text.rfind("《", start, pos)
    return opened >= 0 and text.find("》", opened, pos) < 0


@dataclass(frozen=True)
class _Subject:
    """What a clause is about, for a later clause that names only a comparator and a number."""

    indicator: str
    span: Span


def _clause_subject(text: str, clause: Span) -> _Subject | None:
    """The subject of a clause without a target: the words before 保持 / 稳居 …
    (有效注册商标总量保持全省首位)."""
    start, _, _ = _strip_front(text, clause[0], clause[1], [])
    ends = [text.find(word, start, clause[1]) for word in target_vocabulary().subject_ends]
    comparison = _patterns().comparisons_front.search(text, start, clause[1])  # 专利授权量较2020年翻一番
    ends.append(comparison.start() if comparison else -1)
    cut = min((at for at in ends if at > start), default=None)
    if cut is None:
        return None
    end, _, _ = _strip_back(text, start, cut, [])
    subject = squeeze(text[start:end])
    if len(subject) < _MIN_INDICATOR or _NUMBER.search(subject):
        return None
    return _Subject(subject, (start, end))


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
        # what the clause before is about: its last target's indicator, else its subject (found when needed)
        previous: _Subject | Span | None = None
        for clause in split_top_level(text, sentence[0], sentence[1], _CLAUSE):
            if _NUMBER.search(text, clause[0], clause[1]) is None:
                previous = clause
                continue
            if _criteria().search(text[clause[0] : clause[1]]):
                previous = None
                continue
            in_clause = [m for m in _BY_YEAR.finditer(text, sentence[0], clause[0] + 1)]
            clause_year = int(in_clause[-1].group(1)) if in_clause else sentence_year
            found = _clause_targets(text, clause, clause_year, previous)
            drafts.extend(found)
            previous = clause  # 专利授权量较2020年翻一番，达到1万件
            if found:
                previous = _Subject(found[-1].indicator, found[-1].indicator_span or found[-1].span)
    return drafts


def _numbers(text: str, c_start: int, c_end: int) -> list[tuple[re.Match[str], str, int]]:
    """Numbers of the clause followed by a unit: (match, unit, end of the unit)."""
    dates = [(m.start(), m.end()) for m in _patterns().dates.finditer(text, c_start, c_end)]
    found: list[tuple[re.Match[str], str, int]] = []
    for m in _NUMBER.finditer(text, c_start, c_end):
        before = text[max(c_start, m.start() - 1) : m.start()]
        if (before in ("第", "〔", "[", "［", "﹝", "(", "（") and before != "(") or _in_title_marks(
            text, m.start(), c_start
        ):
            continue
        if any(s <= m.start() < e for s, e in dates):
            continue
        unit = _unit_at(text, trim(text, m.end(), c_end)[0], c_end)
        if unit is not None:
            found.append((m, unit[0], unit[1]))
    return found


def _opens_change(text: str, start: int, end: int) -> bool:
    """The words between a baseline and the next number state a change to it (提高到 / 增加至 / 降至),
    perhaps with the target's year (增长到2025年的)."""
    year = _YEAR_TAIL.search(text, start, end)
    gap = squeeze(text[start : year.start() if year else end])
    return gap.endswith(("到", "至")) or any(gap == c.text for c in _comparator_words())


def _clause_targets(
    text: str, clause: Span, year_here: int | None, previous: _Subject | Span | None
) -> list[TargetDraft]:
    """Targets of one clause; ``previous`` is the subject of the clause before, or that clause."""
    c_start, c_end = clause
    found = _numbers(text, c_start, c_end)
    drafts: list[TargetDraft] = []
    carry = previous
    seg_start = c_start
    for i, (m, unit, unit_end) in enumerate(found):
        next_start = found[i + 1][0].start() if i + 1 < len(found) else c_end
        tail_end, after = _after_comparator(text, unit_end, c_end, unit)
        if (
            after is not None
            and i + 1 < len(found)
            and tail_end < next_start
            and text[tail_end] not in _JOINERS
        ):
            continue  # a qualifier of the next indicator: 30天内办结率, 年销售额1亿元以上企业贯标率
        opener = _patterns().baseline_back.search(text, seg_start, m.start())
        if opener is not None and not (i + 1 < len(found) and _opens_change(text, tail_end, next_start)):
            opener = None
        phrase_end = opener.start() if opener is not None else m.start()
        flags: list[str] = []
        s, year, quote_start = _strip_front(text, seg_start, phrase_end, flags)
        e, comparator, back_year = _strip_back(text, s, phrase_end, flags)
        stated = comparator != "=" or bool(flags)  # a comparator or flag word, perhaps with no indicator
        if comparator == "=":
            comparator = _inner_comparator(text, s, e)
        if after is not None:
            comparator = after if comparator in ("=", ">=") else comparator
        rest_end = trim(text, tail_end, c_end)[1]
        rest = text[tail_end:rest_end] if i + 1 == len(found) else ""
        indicator = squeeze(text[s:e])
        indicator_span: Span = (s, e)
        span_end = tail_end
        inherited = False
        if len(indicator) < _MIN_INDICATOR and stated and isinstance(carry, tuple):
            carry = _clause_subject(text, carry)
        if len(indicator) < _MIN_INDICATOR and stated and isinstance(carry, _Subject):
            indicator, indicator_span, inherited = carry.indicator, carry.span, True
        elif rest and len(indicator) <= 6 and not _NUMBER.search(rest):
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
        if opener is not None:
            base_year = opener.group("year") if "year" in opener.re.groupindex else None
            target_year = int(base_year) if base_year else None
            basis = "sentence" if target_year is not None else "unknown"
            flags, comparator = [BASELINE, *flags], "="
        else:
            target_year = next((y for y in (year, back_year, year_here) if y is not None), None)
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
                flags=_resolve_flags(flags, unit) + [f for f in target_flags(indicator) if f not in flags],
                year=target_year,
                year_basis=basis,
                span=trim(text, quote_start, span_end),
                indicator_span=indicator_span,
                inherited=inherited,
            )
        )
        carry = _Subject(indicator, indicator_span)
        seg_start = _next_segment(text, tail_end, c_end)
    return drafts


def _next_segment(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos] in _JOINERS:
        pos += 1
    return pos
