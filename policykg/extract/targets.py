"""Numeric targets stated in prose: indicator, value, unit, comparator, flags and year.

Phrasings covered (wording in ontology/data/targets.yaml): 达 / 达到 / 以上 / 不低于 / 不少于 / 超过 /
突破 / 力争 / 累计 / 新增 / 年均增长 / 占…比重达 / 提高到 / 压缩至…以内, values with 万 / 亿 units or
multipliers, percentages, time units (3个月, 20个工作日), ranges (1-2个, 12%—15%), ratios (5/10), per-capita
indicators (万人…拥有量, 每十亿元…) and quantities in words (翻一番 → 2倍, 实现零的突破 → at least 1,
实现X全覆盖 → X覆盖率 100 %, in a task's text a target only when dated there). A multiple of a named base
(达到2022年的2倍, 上年的1.5倍) is flagged ``relative`` and dated by the sentence, never by the base's year.
Words that are not the indicator are taken off either end: adverbs
(力争), spans of time (年内, 三年), comparison bases (较2023年), an agency that is the sentence's subject
(区财政局每年安排…); flag words among them set flags. A starting level (由2023年的6.2件提高到10件) is
flagged ``baseline``, never a target; a clause naming only a comparator and a number takes its indicator
from the clause before it (有效注册商标总量保持全省首位，突破55万件); a margin in points after an
average (高于全省平均水平2个百分点) is the standing's value, a rate word closing the indicator of a
percentage (年均增速10%) a flag, and places listed before 各 (A镇、B镇各新增…1个) each take the count.
Eligibility rules
(对…达到5件以上的…给予奖励) are not targets. Numbers and units are read by quantities.py, the words around
them trimmed to an indicator by indicators.py; this module scans sentences and clauses.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import pairwise
from typing import TypedDict

from ontology.vocab_targets import FlagWord, target_vocabulary
from policykg.extract.dates import CALENDAR_YEAR, YEAR_NUMBER
from policykg.extract.indicators import (
    MIN_INDICATOR,
    YEAR_TAIL,
    indicator_key,
    inner_comparator,
    inner_counting,
    rate_word,
    strip_back,
    strip_front,
    target_flags,
    unit_scope_end,
)
from policykg.extract.markers import match_marker
from policykg.extract.quantities import (
    NUMBER,
    Quantity,
    after_comparator,
    has_quantity,
    has_words,
    normalise,
    numbers,
    resolve_flags,
    stray_number,
)
from policykg.extract.regions import region_index, shared_after_places
from policykg.extract.standard_indicators import standard_indicator
from policykg.extract.standings import Standing, find_standing, may_stand, scope_before
from policykg.extract.table_captions import scoped_measure
from policykg.extract.table_cells import bracket_notes, note_at
from policykg.extract.target_words import (
    back_word,
    closing_comparator,
    comparator_words,
    criteria,
    eligibility,
    phrase_patterns,
)
from policykg.extract.textspan import (
    ANNOTATION_OPENERS,
    CLOSERS,
    Span,
    bracket_groups,
    find_top_level,
    numeral_value,
    split_top_level,
    squeeze,
    trim,
)

_SENTENCE = "。；;！!？?"
_CLAUSE = "，,："  # a colon closes a lead-in (主要目标是：发明专利授权量达到900件)
#: The colons after a measure's label in a list of goals (发明专利授权量：1500件).
_LABEL_COLONS = ("：", ":")
#: No year a target is set for when a multiple of it follows (达到2022年的2倍: the base of the multiple).
_BY_YEAR = re.compile(r"(?:到|至|截至|截止)\s*((?:19|20)\d{2})\s*年(?!\s*的\s*[\d.]+\s*倍)")
_OPENING = 3  # characters before 到YYYY年 that still count as the opening of a sentence
#: What may stand between a clause's comma and a year framing the clause (力争到2025年): nothing, or a word of
#: striving or assuring.
_BEFORE_FRAMING = ("", "力争", "确保", "争取", "计划", "预计")
#: After 到YYYY年 written as a clause of its own (…，力争到2025年底，): the year's end and the clause's stop.
_FRAMING_END = re.compile(r"\s*+(?:底|末)?\s*+(?:前)?\s*+[，,]")


def _framing_clause(text: str, by_year: re.Match[str], end: int) -> bool:
    """``by_year`` (到2025年) is a clause of its own after a clause opening its sentence (通过三年行动，力争
    到2025年，…): it frames what follows in the paragraph as one opening the sentence does."""
    at = by_year.start()
    before = text.rfind("，", max(at - _OPENING - 1, 0), at)
    if before < 0 or text[before + 1 : at].strip() not in _BEFORE_FRAMING:
        return False
    return _FRAMING_END.match(text, by_year.end(), end) is not None


#: The label of a year's goals after the year (2024年主要目标：, 2024年度工作目标：).
_GOAL_WORDS = r"[\u4e00-\u9fff]{0,4}目标\s*+"
#: A year alone opening a sentence, its comma after it (2024年，…; 2025年底前，…; 2024年度：…; or the label of
#: its goals: 2024年主要目标：…): it dates what follows as 到2024年 does; the whole year (2024年全年，…;
#: 2024年度，…) makes its counts the year's (annual), as 全年 and 年度 written in a target's own words do.
#: The number of an item or a clause before such a year (（一）2024年，…; 1. 2024年…; 一是2024年…).
_ITEM_NUMBER = (
    r"(?:[（(]\s*+(?:[一二三四五六七八九十]{1,3}|\d{1,3})\s*+[)）]"
    # 1.2024年…: a number before a year, no decimal (1.5)
    r"|(?:[一二三四五六七八九十]{1,3}|\d{1,3})\s*+[、.．)）](?!\d(?!\d{3}\s*+年))|[一二三四五六七八九十]{1,3}是)?"
)
#: A label of the years' goals before the year (分年度目标：2024年，…) and a span of years ending in it
#: (2024—2025年，…: its last year's, as a span opening a target's words is).
_YEARS_LABEL = r"(?:[\u4e00-\u9fff]{2,8}[：:]\s*+)?"
_SPAN_START = r"(?:(?:19|20)\d{2}\s*+年?\s*+(?:[—–－~～-]++|至|到)\s*+)?"
#: A word of striving or assuring before such a year (力争2025年底前，…; 确保2024年，…).
_STRIVING = r"(?:力争|确保|争取|计划|预计)?\s*+"
_YEAR_OPENING = re.compile(
    rf"\s*+{_ITEM_NUMBER}\s*+{_YEARS_LABEL}{_STRIVING}{_SPAN_START}((?:19|20)\d{{2}})\s*+年\s*+(?:(度|全年)|底|末)?"
    rf"\s*+(?:前|以前|之前)?\s*+(?:{_GOAL_WORDS})?[，,：:]"
)
_JOINERS = "、和及与 \u3000，,"  # between two targets of a clause
_BARE_VERB = 2  # an indicator this short may be a verb whose object the clause before names (申请)
#: Words before a count this short (建成, 新增, 每个乡镇建成) take the noun after it (建成1个知识产权工作站).
_SHORT_BEFORE_COUNT = 6
_OBJECT_MAX = 12  # characters of such an object
_PART_FLAGS = ("increment", "cumulative", "annual")  # how a total counts, and so each part of it
_CJK_WORDS = re.compile(r"[\u4e00-\u9fffA-Za-z]+")
_BRACKETS = re.compile(r"[（(][^（）()]*[）)]")  # 发明专利（含PCT）: the bracket is no part of the noun


@dataclass
class TargetDraft:
    indicator: str
    value: float | None  # None only for a standing without a number (高于全市平均水平, 位居全省前列)
    value_max: float | None
    denominator: float | None
    value_text: str
    unit: str | None
    comparator: str
    flags: list[str]
    year: int | None
    year_basis: str
    span: Span
    indicator_span: Span | None = None  # where the indicator stands; before the quote if inherited
    inherited: bool = False  # taken from an earlier clause or number (…首位，突破55万件)
    in_words: bool = False  # a quantity written in words (翻一番)
    extra: dict[str, object] = field(default_factory=dict)
    standing: Standing | None = None  # placed against an average or among peers (standings.py)
    qualified: bool = False  # a bare measure given the clause before's noun (融资额 → 知识产权质押融资额)
    # words that may say how work is done (全覆盖), no deadline before them: a task's target only if dated
    manner: bool = False
    base_year: int | None = None  # the year of the level a change is measured from (较2020年增长30%)
    base_previous: bool = False  # measured from the year before the target's (较上年, 同比), year unwritten
    plan_year: int | None = None  # a year of the plan counted from its first (第二年: 2), dated by the plan

    @property
    def key(self) -> str:
        return indicator_key(self.indicator)

    @property
    def baseline(self) -> bool:
        return BASELINE in self.flags


class _Value(TypedDict):
    """A target's value fields, read from one quantity (``_value_of``)."""

    value: float | None
    value_max: float | None
    denominator: float | None
    value_text: str
    unit: str | None


def _value_of(text: str, q: Quantity, unit: str | None) -> _Value:
    """The value fields of a target stating ``q``; ``unit`` where ``q`` writes none (a list's values share
    the last one's: 分别达到12、8件)."""
    return _Value(
        value=q.value,
        value_max=q.value_max,
        denominator=q.denominator,
        value_text=squeeze(text[q.start : q.end]),
        unit=q.unit or unit,
    )


RANK_UNIT = "位"  # the unit of a rank (保持全市前3位: at most 3 位)
BASELINE = "baseline"  # the flag of a starting level (由2023年的6.2件提高到10件: 6.2 in 2023), not a target


@dataclass(frozen=True)
class _Subject:
    """What a clause is about, for a later clause that names only a comparator and a number."""

    indicator: str
    span: Span
    qualified: bool = False  # the noun of a clause before it given to a bare measure (知识产权质押融资额)
    unit: str | None = None  # what its number counted in (件): a count of another thing (3家) is not of it
    total: str | None = None  # the total's indicator when it is a part of one (其中重大案件5件 of 违法案件)


def _subject_of(draft: TargetDraft) -> _Subject:
    return _Subject(draft.indicator, draft.indicator_span or draft.span, draft.qualified, draft.unit)


def _clause_subject(text: str, clause: Span) -> _Subject | None:
    """The subject of a clause without a target: the words before 保持 / 稳居 …
    (有效注册商标总量保持全省首位)."""
    start, _, _ = strip_front(text, clause[0], clause[1], [])
    ends = [text.find(word, start, clause[1]) for word in target_vocabulary().subject_ends]
    # 专利授权量较2020年翻一番
    comparison = phrase_patterns().comparisons_front.search(text, start, clause[1])
    ends.append(comparison.start() if comparison else -1)
    cut = min((at for at in ends if at > start), default=None)
    if cut is None:
        return None
    end, _, _ = strip_back(text, start, cut, [])
    subject = squeeze(text[start:end])
    if len(subject) < MIN_INDICATOR or NUMBER.search(subject):
        return None
    return _Subject(subject, (start, end))


#: A bracket opening with a part of the total before it: （其中发明专利200件）.
_BRACKET_OPENERS = "（("
_BRACKET_CLOSERS = "）)"


def _clauses(text: str, sentence: Span, part_openers: tuple[str, ...]) -> list[Span]:
    """The sentence's clauses; a bracket holding the parts of the total before it (专利授权量达到1000件
    （其中发明专利200件）) is a clause of its own after that total's, as 其中 after a comma is."""
    clauses = split_top_level(text, sentence[0], sentence[1], _CLAUSE)
    if text.find(_FIELD_DASH, *sentence) >= 0:
        clauses = [piece for clause in clauses for piece in _dash_parts(text, clause)]
    if _part_opener(part_openers).search(text, *sentence) is None:  # no （其中 nor （含
        return clauses
    out: list[Span] = []
    for start, end in clauses:
        at = start
        while (opener := _part_bracket(text, at, end, part_openers)) is not None:
            close = _closing(text, opener + 1, end)
            out.extend(c for c in (trim(text, at, opener), trim(text, opener + 1, close)) if c[0] < c[1])
            at = min(close + 1, end)
        if trim(text, at, end)[0] < end:
            out.append(trim(text, at, end))
    return out


#: A double dash parting a clause's work from what follows it (…调解纠纷不少于30件——县司法局、县市场监管局;
#: ——牵头单位：…；完成时限：…): no target's words run across it. A single dash joins a range (2025—2027年).
_FIELD_DASH = "——"


def _dash_parts(text: str, clause: Span) -> list[Span]:
    """``clause`` cut at each double dash (and the dashes beyond the second of a longer run), its pieces
    trimmed, empty ones left out."""
    start, end = clause
    pieces: list[Span] = []
    at = text.find(_FIELD_DASH, start, end)
    while at >= 0:
        pieces.append(trim(text, start, at))
        start = at + len(_FIELD_DASH)
        while start < end and text[start] == "—":
            start += 1
        at = text.find(_FIELD_DASH, start, end)
    pieces.append(trim(text, start, end))
    return [piece for piece in pieces if piece[0] < piece[1]]


def _part_bracket(text: str, start: int, end: int, part_openers: tuple[str, ...]) -> int | None:
    """Where a bracket opening with a part opener (（其中…, or （含… holding a number: bracket_part_openers)
    stands in ``text[start:end]``, past its clause's opening; None for none. The brackets are tried in order,
    so none before the one found is tried again from past it."""
    for m in _part_opener(part_openers).finditer(text, start + 1, end):
        if m.group(1) in part_openers or _bracket_part(text, m.start() + 1, end) is not None:
            return m.start()  # （含）以上, 发明专利（含PCT）: no number, no part
    return None


@cache
def _part_opener(part_openers: tuple[str, ...]) -> re.Pattern[str]:
    words = sorted({*part_openers, *target_vocabulary().bracket_part_openers}, key=len, reverse=True)
    return re.compile(f"[{_BRACKET_OPENERS}]({'|'.join(map(re.escape, words)) or '(?!)'})")


#: How far into a bracket opening with 含 its number is looked for (（含地理标志商标1件以上）).
_PART_REACH = 40


def _bracket_part(text: str, at: int, end: int) -> str | None:
    """The word opening a bracket's words at ``at`` that makes them a part of the total before it
    (targets.yaml bracket_part_openers: 含), when a number follows it inside the bracket; None otherwise."""
    word = next((w for w in target_vocabulary().bracket_part_openers if text.startswith(w, at, end)), None)
    if word is None:
        return None
    close = _closing(text, at, min(end, at + _PART_REACH))
    return word if NUMBER.search(text, at + len(word), close) else None


def _closing(text: str, start: int, end: int) -> int:
    """Where the bracket opened before ``start`` closes (``end`` when it does not)."""
    depth = 0
    for k in range(start, end):
        if text[k] in _BRACKET_OPENERS:
            depth += 1
        elif text[k] in _BRACKET_CLOSERS:
            if depth == 0:
                return k
            depth -= 1
    return end


def find_targets(text: str, start: int, end: int, *, context_year: int | None) -> list[TargetDraft]:
    """Targets in ``text[start:end]`` (a paragraph); ``context_year`` is a year named earlier in it."""
    # neither a quantity in words nor a standing's cue in the paragraph: none in a sentence or clause of it
    worded, stands = has_words(text, start, end), may_stand(text, start, end)
    if not worded and not stands and not has_quantity(text, start, end, words=False):
        return []  # no sentence of it holds a number, a quantity in words or a standing: the common case
    drafts: list[TargetDraft] = []
    part_openers = target_vocabulary().part_openers
    year_here = context_year
    applicants = eligibility()
    # the drafts of the last sentence read opening with a year (where they start and end in ``drafts``) and
    # its end: a sentence of the next year after a semicolon may state only a value of the same measure
    # (2025年达到600件), or a verb of one (培育5家)
    lead: tuple[int, int, int] | None = None
    for sentence in split_top_level(text, start, end, _SENTENCE):
        if applicants is not None and applicants.match(text[trim(text, *sentence)[0] : sentence[1]]):
            continue  # 申请资助的企业应当…，…达到3件以上: the conditions to qualify for a grant
        # 到2025年 opening a sentence frames what follows it in the paragraph; elsewhere in a sentence it
        # dates only the targets after it in that sentence (到2025年予以取消 says nothing of later sentences).
        sentence_year = year_here
        years = list(_BY_YEAR.finditer(text, *sentence))
        reached = [_last_listed(text, m) for m in years]  # each one's year, a list's last (read once)
        year_end = -1  # where a year opening the sentence ends (到2025年, 2025年，, 2025年达到…)
        for by_year, year in zip(years, reached, strict=True):
            if by_year.start() - sentence[0] <= _OPENING:
                year_here = sentence_year = year
                year_end = by_year.end()
            elif _framing_clause(text, by_year, sentence[1]):
                year_here = year  # 通过三年行动，力争到2025年，…: frames the paragraph's later sentences too
        whole_year = False  # 2024年全年，…: the sentence's counts are the year's
        if (opened := _YEAR_OPENING.match(text, *sentence)) is not None:  # 2024年，全县专利授权量达到…
            year_here = sentence_year = int(opened.group(1))
            whole_year = opened.group(2) is not None
            year_end = opened.end()
        leading = None if opened is not None else _LEADING_YEAR.match(text, *sentence)
        if leading is not None:  # 2025年达到600件，其中…: the sentence's year
            sentence_year = int(leading.group(1))
            year_end = leading.end()
        if not has_quantity(text, *sentence, words=worded) and not (stands and may_stand(text, *sentence)):
            continue
        # …2024年，专利授权量达到500件；2025年达到600件: the measure of the year before's
        follows = lead is not None and squeeze(text[lead[2] : sentence[0]]) in _YEAR_AFTER_YEAR
        dated = year_end >= 0
        # a list of years opening the sentence, for values given in order in its clauses (read once)
        opening_years = _opening_years(text, sentence)
        year_lists: _YearLists | None = None  # the sentence's lists of years, found once when needed
        # what the clause before is about: its last target's indicator, else its subject (found when needed)
        leads = _leads(drafts, lead) if follows and dated and lead else []
        previous: _Subject | Span | None = _subject_of(leads[0]) if leads else None
        carried = previous is not None  # kept past a clause of the year alone (到2025年，达到600件)
        lead, first_draft = None, len(drafts)
        # 累计: a total, perhaps over the plan's period
        summed = any(text.find(w, *sentence) >= 0 for w in _summed_words())
        before: list[TargetDraft] = []  # the targets of the clause before
        pending: TargetDraft | None = None  # the total whose parts follow a bare 其中：
        # the kind of a count of the sentence said to recur each year (每年…不少于4期), no time since
        recurring: str | None = None
        based: int | None = None  # the year of a comparison base written as a clause of its own (较2023年，)
        nth: int | None = None  # the plan's year a clause of its own names (第二年，新增3件)
        # a year opening a clause after the sentence's first (推进专利转化，2024年转化专利100件，培育示范企业
        # 20家): where it stands and the year, dating that clause and the ones after it
        midway: tuple[int, int] | None = None
        for clause in _clauses(text, sentence, part_openers):
            total, pending = pending, None
            opening = trim(text, *clause)[0]
            if (counted := plan_year_at(text, opening, clause[1])) is not None:
                nth, noted, after = counted  # 第一年新增…2件; 第一年（2024年）…: dated by the note
                if noted is not None:
                    nth, sentence_year = None, noted
                clause = trim(text, after, clause[1])
                opening = clause[0]
                if opening >= clause[1]:
                    continue
            elif nth is not None and CALENDAR_YEAR.search(text, *clause) is not None:
                nth = None  # …，2026年达到10件: dated by its own year
            if (
                opening > year_end
                and text.startswith(_YEAR_HEADS, opening, clause[1])
                and (midyear := _clause_year(text, opening, clause[1])) is not None
            ):
                midway = opening, midyear
            aside = opening > 0 and text[opening - 1] in _BRACKET_OPENERS  # （其中发明专利300件）
            if before and text.startswith(part_openers, opening, clause[1]):
                total = before[-1]  # 专利授权量达到1000件，其中发明专利80件
            elif before and aside and (word := _bracket_part(text, opening, clause[1])):
                total = before[-1]  # 新增注册商标3000件（含地理标志商标1件以上）
                clause = trim(text, opening + len(word), clause[1])
            stood = stands and may_stand(text, *clause)
            standing = find_standing(text, *clause, sentence[0]) if stood else None
            if standing is None and not has_quantity(text, *clause, words=worded):
                if total is not None and squeeze(text[opening : clause[1]]) in part_openers:
                    pending = total  # 其中：发明专利80件
                    continue
                if (
                    clause[1] - opening <= _BASE_CLAUSE
                    and (compared := _clause_base(text, opening, clause[1])) is not None
                ):
                    based = compared  # 与2023年相比，专利授权量增长30%: the base of the changes after it
                if not (carried and clause[1] <= year_end + 1):
                    previous, before = clause, []
                if recurring is not None and _TIME_WORD.search(text, *clause) is not None:
                    recurring = None
                continue
            if criteria().search(text[clause[0] : clause[1]]):
                previous, before = None, []
                continue
            # as a scan up to there finds them
            in_clause = [y for m, y in zip(years, reached, strict=True) if m.end() <= clause[0] + 1]
            clause_year = in_clause[-1] if in_clause else sentence_year
            if midway is not None and all(m.start() < midway[0] for m in years if m.end() <= clause[0] + 1):
                clause_year = midway[1]  # the year of a clause before it, written after any 到YYYY年
            if standing is not None:  # 有效商标注册量保持全市前3位: the 3 is a rank, not a quantity
                found = _standing_clause(text, clause, standing, clause_year, previous)
                drafts.extend(found)
                before = found
                previous = _subject_of(found[-1]) if found else clause
                continue
            found = _clause_targets(text, clause, clause_year, previous, worded=worded)
            if (
                not found
                and clause[1] - opening <= _BASE_CLAUSE
                and (compared := _clause_base(text, opening, clause[1])) is not None
            ):
                based = compared  # 较2023年，专利授权量增长30%: its year no quantity
            # 分别 inside a bracket pairs the bracket's levels (300件、2000件（2023年分别为200件、1500件）)
            respectively = find_top_level(text, *clause, _RESPECTIVELY) if found else -1
            yearly_given = False  # the values given one a year (分别 after a list or span of years)
            if respectively >= 0:
                changed = _respective_changes(text, clause, found, clause_year, respectively)
                if changed is None:  # 2023年、2024年、2025年…分别达到1000件、1100件、1200件
                    changed = _respective_years(text, clause, found, opening_years, respectively)
                    yearly_given = changed is not None
                if changed is None and before and found[0].inherited:
                    # …优势企业3家、示范企业5家，分别比上年增长50%、25%: the targets before, in order
                    changed = _respective_before(text, clause, found, before, respectively)
                found = changed if changed is not None else _respectively(text, clause, found, respectively)
            elif found and (listed_at := _listed_values_at(text, clause, found)) is not None:
                # 发明专利、商标注册量达到300件、2000件: the values in order, as with 分别
                changed = _respective_years(text, clause, found, opening_years, listed_at)
                found = changed if changed is not None else _respectively(text, clause, found, listed_at)
            elif found and _EACH in text[clause[0] : clause[1]]:
                found = _each_place(text, found)  # 鳌江镇、萧江镇各培育…5家: 5 for each
                found = _places_alike(text, found, _measured_before(before, drafts, previous))
            elif found and _ALIKE in text[clause[0] : clause[1]]:
                # 榆树市、德惠市每万人口…均达到3件以上: 3 for each; …，鞍山市、抚顺市均达到5件: the measure
                # of the target before
                found = _places_alike(text, found, _measured_before(before, drafts, previous))
            if found and not yearly_given and _for_each(text, clause, found[0]):
                year_lists = year_lists or _YearLists(text, sentence)
                if (yearly := _each_listed_year(text, year_lists, found)) is not None:
                    found = yearly  # 2024年、2025年每年新增…各1件: one target a year, as a list given 分别
            last = _measured_before(before, drafts, previous) if found else None
            if last is not None and (placed := _place_again(found[0], last)) is not None:
                # 涪城区…达到12件，游仙区达到8件 (or …达到12件；游仙区达到8件): 游仙区's of the same measure
                found = [placed, *found[1:]]
            elif found and not before and isinstance(previous, tuple):
                # …企业数量稳步增长，涪城区累计达到50家: 涪城区's of the measure that clause names
                placed = _place_of_trend(text, found[0], previous) or _place_of_lead(text, found[0], previous)
                found = found if placed is None else [placed, *found[1:]]
            if len(found) > 1:  # 钟祥市不少于120件、京山市不少于100件: 京山市's of the same measure
                found = _places_in_turn(found)
            if total is not None:
                found = [_as_part(total, draft) for draft in found]
            # 较2020年翻一番，达到1万件 / 达到150件，较2022年翻一番: the level reached is the target, the
            # doubling beside it only restates it
            if found and found[0].inherited and before and before[-1].indicator == found[0].indicator:
                if before[-1].in_words and not found[0].in_words and before[-1] in drafts:
                    drafts.remove(before[-1])
                elif found[0].in_words and not before[-1].in_words:
                    found = found[1:]
            if summed and not dated and any(_CUMULATIVE in d.flags for d in found):
                # 到2025年，…。专利质押融资额三年累计不低于10亿元: a total over the plan's period
                found = [_over_plan(text, sentence, d, years) for d in found]
            if based is not None:
                found = [_based_on(d, based) for d in found]
            if leads:  # …；2026年，新增3件，培育5家: 培育 of the year before's 培育示范企业3家
                found = [_verb_of_lead(d, leads) for d in found]
            if found and before:  # …2024年达到120件，2025年150件: 150 reached as 120 is
                found = [_bound_of_lead(text, opening, d, before[-1]) for d in found]
            found, recurring = _each_year(text, clause, found, recurring)
            if whole_year:
                found = [_yearly(d) for d in found]
            if nth is not None and found:
                found = [d if d.baseline else replace(d, plan_year=nth) for d in found]
            drafts.extend(found)
            before = found
            if total is not None and aside:  # …1500件以上（其中发明专利300件），比2023年增长50%: the total's
                previous, before = _subject_of(total), [total]
            elif found and total is not None:  # 其中重大案件不少于5件，案件办结率…: of the part or the total
                previous = replace(_subject_of(found[-1]), total=total.indicator)
            elif found:
                previous = _subject_of(found[-1])
            elif not (carried and clause[1] <= year_end + 1):
                previous = clause  # 专利授权量较2020年翻一番，达到1万件
        # 发明专利授权量2024年达到12件；2025年15件: a year inside the sentence dates it as one opening it does
        if dated or (
            len(drafts) > first_draft
            and any(d.year_basis == "sentence" and not d.baseline for d in drafts[first_draft:])
        ):
            lead = (first_draft, len(drafts), sentence[1])
    return drafts


_CUMULATIVE = "cumulative"


@cache
def _summed_words() -> tuple[str, ...]:
    """The words of a total (targets.yaml flag_words flagging cumulative: 累计)."""
    return tuple(w.text for w in target_vocabulary().flag_words if _CUMULATIVE in w.flags)


def _leads(drafts: list[TargetDraft], lead: tuple[int, int, int]) -> list[TargetDraft]:
    """The targets of the sentence of the year before (``drafts[lead[0]:lead[1]]``) a sentence of a year may
    take its measures from: levels aimed at, not starting levels nor standings, the first few."""
    stated = (d for d in drafts[lead[0] : lead[1]] if not d.baseline and d.standing is None)
    return [d for _, d in zip(range(_LEADS_MAX), stated, strict=False)]


#: How many targets of a sentence of a year a sentence of the next year may take its measures from: one of a
#: plan states a few (新增地理标志商标1件，培育示范企业2家；…), none is read again for thousands of them.
_LEADS_MAX = 12


def _verb_of_lead(draft: TargetDraft, leads: list[TargetDraft]) -> TargetDraft:
    """A target naming only a verb (培育5家: targets.yaml key_verbs) in a sentence of a year after one of the
    year before: the measure of the first target there that the verb opens, counted in the same unit
    (培育示范企业3家); ``draft`` otherwise."""
    if draft.indicator not in target_vocabulary().key_verbs or draft.inherited:
        return draft
    same = next((d for d in leads if d.indicator.startswith(draft.indicator) and d.unit == draft.unit), None)
    if same is None or same.indicator == draft.indicator:
        return draft
    flags = [*draft.flags, *(f for f in target_flags(same.indicator) if f not in draft.flags)]
    return replace(
        draft, indicator=same.indicator, indicator_span=same.indicator_span, inherited=True, flags=flags
    )


#: What may stand before a later year's level that names no measure and no comparator (2025年150件).
_BARE_LEVEL = re.compile(r"\s*+(?:(?:19|20)\d{2}\s*+年(?:底|末)?\s*+)?")
_NUMBER_START = re.compile(r"[\d０-９一二三四五六七八九十两]")


def _bound_of_lead(text: str, opening: int, draft: TargetDraft, lead: TargetDraft) -> TargetDraft:
    """A later year's level written with its year alone (专利授权量2024年达到120件，2025年150件) bounded as
    the level of the same measure before it is (>=, as 达到 reads), not exactly that number; ``draft``
    otherwise."""
    if (
        not draft.inherited
        or draft.comparator != "="
        or lead.comparator == "="
        or (draft.indicator, draft.unit) != (lead.indicator, lead.unit)
        or draft.baseline
        or lead.baseline
        or _BARE_LEVEL.fullmatch(text, opening, draft.span[0]) is None
        or _NUMBER_START.match(text, draft.span[0]) is None  # 2025年为150件: a comparator of its own
    ):
        return draft
    return replace(draft, comparator=lead.comparator)


@cache
def _plan_years() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in target_vocabulary().plan_years) or "(?!)")


def plan_year_at(text: str, start: int, end: int) -> tuple[int, int | None, int] | None:
    """A year of the plan counted from its first opening ``text[start:end]`` (targets.yaml plan_years:
    第二年 → 2, 首年 → 1), the calendar year a note after it names (第一年（2024年）, 第一年即2024年: that
    year dates the clause, else None) and where they end; None when there is none, or the clause names a
    calendar year of its own elsewhere."""
    m = _plan_years().match(text, start, end)
    if m is None:
        return None
    n = m.groupdict().get("n")
    nth = 1 if n is None else numeral_value(n)
    if (note := _YEAR_NOTE.match(text, m.end(), end)) is not None:
        return nth, int(note.group(1) or note.group(2)), note.end()
    if CALENDAR_YEAR.search(text, m.end(), end) is not None:
        return None
    return nth, None, m.end()


#: A calendar year written out in a clause (2024年), and one noted after a year of the plan (（2024年）,
#: 即2024年).
_YEAR_NOTE = re.compile(r"\s*(?:[（(]\s*((?:19|20)\d{2})\s*年?\s*[）)]|即\s*((?:19|20)\d{2})\s*年)")


@cache
def _plan_span() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in target_vocabulary().plan_spans) or "(?!)")


def _over_plan(text: str, sentence: Span, draft: TargetDraft, years: list[re.Match[str]]) -> TargetDraft:
    """A total counted over the plan's whole period (targets.yaml plan_spans: 三年累计, 示范期内，累计…) for
    the plan's end year (the year of a five-year plan's span for one: “十四五”期间 → 2025), when its
    sentence names no year before it and the year came from an earlier sentence; ``draft`` otherwise."""
    if _CUMULATIVE not in draft.flags or draft.baseline or draft.year_basis != "sentence":
        return draft
    if any(m.start() < draft.span[1] for m in years):
        return draft  # 到2025年，…累计…: the sentence's own year
    span = _plan_span().search(text, *draft.span)
    if span is None:  # 示范期内，累计培育…: the span opening the sentence
        span = _plan_span().match(text, *sentence)
        after = trim(text, span.end(), sentence[1])[0] if span is not None else sentence[1]
        span = span if after < sentence[1] and text[after] in _CLAUSE else None
    if span is None:
        return draft
    plan = _FIVE_YEAR_PLAN.search(span.group())
    if plan is not None:
        year = 2005 + 5 * (_FIVE_YEAR_ORDINALS.index(plan.group(1)) + 1)
        return replace(draft, year=year)
    return replace(draft, year=None, year_basis="plan")


#: A year opening a sentence with no comma after it (2025年达到600件，其中…): it dates the sentence's
#: clauses, not the paragraph's sentences after it; never a span from it (2023年以来, 2023年的).
_LEADING_YEAR = re.compile(
    rf"\s*+{_ITEM_NUMBER}\s*+((?:19|20)\d{{2}})\s*+年(?:底|末)?(?![以的前后同度起至到—\-~～－]|\s*+[，,：:])"
)
#: A year opening a clause (…，2024年转化专利100件; …，2024年底前，…): never a year a period runs from or
#: since (2024年以来, 2024年至2026年), one of a list (2024年、2025年) nor a year described (2023年的).
_CLAUSE_YEAR = re.compile(
    r"((?:19|20)\d{2})\s*+年(?:底|末)?\s*+(?:前|以前|之前)?(?![以的后同起至到—\-~～－、])"
)


#: What a year opening a clause starts with (_CLAUSE_YEAR: 19…, 20…).
_YEAR_HEADS = ("19", "20")


def _clause_year(text: str, start: int, end: int) -> int | None:
    """The year opening the clause ``text[start:end]``, if one does (2024年转化专利100件: 2024)."""
    m = _CLAUSE_YEAR.match(text, start, end)
    return int(m.group(1)) if m is not None else None


#: What may stand between a sentence of one year and the next year's (2024年…500件；2025年…).
_YEAR_AFTER_YEAR = ("；", ";")


#: A word saying a count recurs each year (每年举办培训班不少于4期, 每年度…, a clause opening with 年度), and
#: any word of time of a clause's own.
_RECURRING = re.compile(r"每\s*+年|(?<![\d\u4e00-\u9fff])年\s*+度")
_TIME_WORD = re.compile(r"年|月|季|周|期间|以来")
#: Flags of a count that says how it counts otherwise than each year.
_NOT_YEARLY = ("annual", "cumulative", "relative", BASELINE)
_RATES = ("%", "‰", "个百分点", "百分点")


def _each_year(
    text: str, clause: Span, found: list[TargetDraft], recurring: str | None
) -> tuple[list[TargetDraft], str | None]:
    """The clause's targets counted each year when a count of the sentence before them recurs each year and
    the clause names no time of its own (每年举办培训班不少于4期，培训人员300人次以上，安排经费20万元: 300 and
    20 a year too), and the kind (_kind_of) of the count still recurring after the clause (None for none).
    An amount of money a year carries to amounts alone (每年安排专项资金不低于1亿元，其中专利资助2000万元):
    a budget's year says nothing of the work it pays for (…1亿元，培训人才500人次)."""
    if _TIME_WORD.search(text, *clause) is None:
        if recurring is not None:
            found = [_yearly(d) if recurring != _MONEY or _kind_of(d.unit) == _MONEY else d for d in found]
        return found, recurring
    if _RECURRING.search(text, *clause) is None:
        return found, None
    yearly = next((d for d in found if "annual" in d.flags), None)
    if yearly is None:
        return found, None
    kind = _kind_of(yearly.unit)
    # 每年举办培训班不少于3期、培训不少于500人次: the counts after it in the clause recur too
    at = found.index(yearly) + 1
    later = [
        _yearly(d)
        if (kind != _MONEY or _kind_of(d.unit) == _MONEY) and _TIME_WORD.search(text, *d.span) is None
        else d
        for d in found[at:]
    ]
    return [*found[:at], *later], kind


_MONEY = "元"
#: The bases of amounts of money: 元 and 美元 (专利许可收入突破5000万美元).
_MONEY_BASES = (_MONEY, "美元")


def _kind_of(unit: str | None) -> str:
    """What a count counts in the large: money (万元, 亿元, 万美元: an amount spent or raised) or things."""
    base = normalise(1.0, unit)[1]
    return _MONEY if base in _MONEY_BASES else "things"


def _yearly(draft: TargetDraft) -> TargetDraft:
    """``draft`` counted each year, unless it counts otherwise or is a rate (满意度达到90%)."""
    if draft.unit in _RATES or any(f in draft.flags for f in _NOT_YEARLY):
        return draft
    basis = "annual" if draft.year_basis == "plan" else draft.year_basis
    return replace(draft, flags=[*draft.flags, "annual"], year_basis=basis)


#: How far before a value in words a deadline of its clause is looked for (年底前实现…全覆盖): any clause a
#: plan writes is read whole, a run of thousands of such values with no comma is not read again for each.
#: The number is safe: the look stops at the clause's start (a comma, a full stop), and a clause of a
#: plan runs to a hundred characters or so, a table's cell or a scan's line with its commas lost to a few
#: hundred; only a clause with a deadline more than 2,000 characters before its value reads otherwise
#: (the deadline words, 年底前, 年内, are a few characters: none is cut but by a run of spaces). Unbounded,
#: the 318 plans of the identity check read byte for byte the same.
_MANNER_REACH = 2000


def _parts_own_work(text: str, start: int, at: int) -> bool:
    """The count at ``at`` follows a verb of parting the plan's own work (分解为, 细化为: targets.yaml
    work_parting_verbs), white space aside."""
    verbs = target_vocabulary().work_parting_verbs
    end = trim(text, start, at)[1]
    return bool(verbs) and end > start and text.endswith(verbs, start, end)


@cache
def _manner_deadline() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in target_vocabulary().manner_deadlines) or "(?!)")


@cache
def _part_qualifier() -> re.Pattern[str]:
    patterns = target_vocabulary().part_qualifiers or ("(?!)",)
    return re.compile("|".join(f"(?:{p})" for p in patterns))


def _as_part(total: TargetDraft, part: TargetDraft) -> TargetDraft:
    """A part of ``total`` (其中发明专利80件 of 专利授权量达到1000件) measured as the total is: when the
    part's indicator ends in a noun of the total's (专利) and leaves off the measure written after it there
    (授权量), that measure goes on the part's indicator (发明专利授权量); a part with its own keeps it; a
    part naming only a level (国家级, part_qualifiers), or a level and the last noun of the total's
    (其中规上企业10家), goes before the total's noun (国家级知识产权示范企业). A part with no flags of its
    own counts as the total does (新增 / 累计 / 全年)."""
    if part.unit != total.unit or part.inherited or part.standing is not None or part.baseline:
        return part
    if part.base_year is None and not part.base_previous and any(f in _CHANGES for f in part.flags):
        # 较上年增长10%，其中发明专利授权量增长15%: the part's change is measured from the total's base
        part = replace(part, base_year=total.base_year, base_previous=total.base_previous)
    if not part.flags and (counted := [f for f in total.flags if f in _PART_FLAGS]):
        # 新增注册商标500件，其中地理标志商标2件: the part of what is new is new
        basis = "annual" if part.year_basis == "plan" and "annual" in counted else part.year_basis
        part = replace(part, flags=counted, year_basis=basis)
    indicator = part_indicator(part.indicator, total.indicator)
    return part if indicator == part.indicator else replace(part, indicator=indicator)


def part_indicator(indicator: str, whole: str) -> str:
    """The indicator of a part (``indicator``, 其中发明专利) of a total measured by ``whole`` (专利授权量):
    see ``_as_part``; ``indicator`` itself when the part names its own measure."""
    core = _BRACKETS.sub("", indicator)
    if _part_qualifier().fullmatch(core):  # 其中国家级5家: 国家级 of what the total counts
        return _with_level(core, _counted(whole))
    measure, at, size = "", -1, 0
    for size in range(len(core), MIN_INDICATOR - 1, -1):  # the longest noun the two share
        at = whole.find(core[-size:])
        if at >= 0:
            measure = whole[at + size :]
            break
    level = core[:-size] if at >= 0 else ""
    if level and whole.endswith(core[-size:]) and _part_qualifier().fullmatch(level):
        # 其中规上企业10家 of …证明商标使用企业达到30家: a level, then the last noun of what the total counts
        return level + _counted(whole)
    vocab = target_vocabulary()
    if at < 0 and core.endswith(vocab.part_subjects) and whole.endswith(vocab.measure_ends):
        # 其中企业20件 of 发明专利授权量: only who counts, no noun or verb of the total's
        return core + _counted(whole)
    who = core[:-size] if at > 0 else ""  # the part's words before the total's verb, its noun left off
    if (
        who.endswith(vocab.part_subjects)
        and whole.endswith(vocab.measure_ends)
        and not NUMBER.search(measure)
    ):
        # 其中企业申请12件 of PCT专利申请量: who counts, then only the verb of the total's measure
        return who + _counted(whole)
    if (
        not measure.endswith(vocab.measure_ends)
        or NUMBER.search(measure)
        or (measure[:-1] and measure[:-1] in core)  # 授权发明专利 of 专利授权量 names its measure
    ):
        return indicator
    return indicator + measure


def _counted(whole: str) -> str:
    """A total's indicator without the verbs opening it (培育知识产权示范企业 → 知识产权示范企业)."""
    vocab = target_vocabulary()
    verbs = (*vocab.key_verbs, *vocab.measure_verbs)
    while (verb := next((v for v in verbs if whole.startswith(v) and len(whole) > len(v)), None)) is not None:
        whole = whole[len(verb) :]
    return whole


def _measured_noun(text: str, carry: _Subject | Span, indicator: str) -> str | None:
    """The whole noun a bare measure (融资额, 转化率) measures, when the clause before ends in it and states
    no number (推进知识产权质押融资 → 知识产权质押融资额), or when it is a shorter name of such a measure
    of the clause before (质押融资额 after 知识产权质押融资额)."""
    vocab = target_vocabulary()
    end_word = next((m for m in vocab.measure_ends if indicator.endswith(m)), None)
    if end_word is None:
        return None
    if isinstance(carry, _Subject):
        whole = carry.indicator
        return whole if len(whole) > len(indicator) and whole.endswith(indicator) else None
    stem = indicator[: -len(end_word)]
    if len(stem) < MIN_INDICATOR or text.find(stem, carry[0], carry[1]) < 0:  # the cheap test first
        return None
    start, _, _ = strip_front(text, carry[0], carry[1], [])
    end, _, _ = strip_back(text, start, trim(text, start, carry[1])[1], [])
    noun = squeeze(text[start:end])
    if len(noun) > _OBJECT_MAX + 4 or not noun.endswith(stem):
        return None
    words = noun[: -len(stem)]
    if not _CJK_WORDS.fullmatch(words) or words.startswith(vocab.context_openers) or NUMBER.search(noun):
        return None
    verbs = (*vocab.measure_verbs, *vocab.key_verbs, *vocab.lead_words, *(f.text for f in vocab.flag_words))
    while (verb := next((v for v in verbs if words.startswith(v)), None)) is not None:
        words = words[len(verb) :]  # 加快推进专利转化 → 专利转化
    if len(words) < 1 or any(verb in words for verb in verbs):
        return None
    return words + indicator


def _handled_things(counted: str, rate: str) -> str | None:
    """A bare rate of handling (结案率, or 案件办结率 naming only the things: targets.yaml handled_rates) of
    the things a count before it counts (查处商标侵权案件 → 商标侵权案件结案率): the count's words, the
    verbs of handling opening them taken off, when they end in such things; None otherwise."""
    vocab = target_vocabulary()
    # 开展公共服务200次，满意度90%: served_rates; 使用企业每年增加5家，覆盖率达到90%: covered_rates
    for words in (vocab.handled_rates, vocab.served_rates, vocab.covered_rates):
        if words is None or not counted.endswith(words.things):
            continue
        thing = next((t for t in words.things if rate.startswith(t) and counted.endswith(t)), "")
        bare = rate[len(thing) :]  # 案件办结率 after 查处商标侵权案件: the same cases
        if bare not in words.rates:
            continue
        while (verb := next((v for v in words.verbs if counted.startswith(v)), None)) is not None:
            counted = counted[len(verb) :]
        return counted + bare if len(counted) >= MIN_INDICATOR else None
    return None


def _opens_change(text: str, start: int, end: int, opener: str = "") -> bool:
    """The words between a baseline and the next number state a change to it (提高到 / 增加至 / 降至),
    perhaps with the target's year (增长到2025年的); after the level of a comparison base (``opener``
    较2020年的, 在2020年: 较2020年的150件增长50%, 比2020年的150件翻一番, 在2020年150件的基础上翻一番) a
    change by the next number or the number alone, after 在 only once 基础上 closes the base."""
    year = YEAR_TAIL.search(text, start, end)
    gap = squeeze(text[start : year.start() if year else end])
    if gap.endswith(("到", "至")) or any(gap == c.text for c in comparator_words()):
        return True
    if not opener.startswith(_COMPARED):
        return False
    built = _BUILT_ON.match(gap)
    if built is None and opener.startswith(_BUILT_FROM):
        return False
    gap = gap[built.end() :] if built else gap
    return not gap or gap in _change_words()


#: How the level of a comparison base opens (base_levels: 较2020年的150件, 在2020年150件的基础上), and the
#: one of them whose base closes with 基础上; what stands just before such a level's number.
_COMPARED = ("较", "比", "相比", "相较", "在")
_LEVEL_ENDS = ("年", "的", "底", "末")
_BUILT_FROM = "在"
_BUILT_ON = re.compile(r"的?基础上再?")


@cache
def _change_words() -> frozenset[str]:
    """The flag words of a change (增长, 提高, 年均增长: targets.yaml flag_words), and 新增."""
    vocab = target_vocabulary()
    return frozenset(f.text for f in vocab.flag_words if f.flag in (_CHANGE, "increment"))


@cache
def _each_scope() -> re.Pattern[str]:
    """A count for each unit with 各 before its verb opening the words (targets.yaml each_scopes)."""
    scopes = target_vocabulary().each_scopes
    return re.compile("|".join(f"(?:{p})" for p in scopes) if scopes else "(?!)")


#: Between the names of a list of places (鳌江镇、萧江镇和水头镇).
_PLACE_JOINER = re.compile("[、和及与]")


def _before_count_len(words: str) -> int:
    """The length of the words before a count, a scope for each unit not counted (每个乡镇各建成: 2; 每个
    乡镇至少建成: 4), nor a list of places with 各 after it (鳌江镇、萧江镇各建成: 2)."""
    scope = _each_scope().match(words)
    if scope is not None:
        return len(words) - scope.end()
    if unit := unit_scope_end(words):  # 每个乡镇至少建成, 每个乡镇均建成: 至少建成, 均建成
        return len(words) - unit
    at = words.find(_EACH)
    if at > 0 and all(map(_whole_place, _PLACE_JOINER.split(words[:at]))):
        return len(words) - at - 1
    return len(words)


def _first_word_end(text: str, words: tuple[str, ...], start: int, end: int) -> int:
    """Where the first of ``words`` to end in ``[start, end)`` ends (``end`` + 1 for none): a word stands in
    ``text[start:at]`` for any ``at`` at or past it, read once for a clause of thousands of values."""
    ends = [p + len(w) for w in words if (p := text.find(w, start, end)) >= 0]
    return min(ends, default=end + 1)


def _clause_targets(
    text: str, clause: Span, year_here: int | None, previous: _Subject | Span | None, *, worded: bool = True
) -> list[TargetDraft]:
    """Targets of one clause; ``previous`` is the subject of the clause before, or that clause; ``worded``
    False when the clause holds no quantity in words (has_words)."""
    c_start, c_end = clause
    found = numbers(text, c_start, c_end, words=worded)
    drafts: list[TargetDraft] = []
    carry = previous
    seg_start = c_start
    relative_units = target_vocabulary().relative_units
    directive_end: int | None = None  # where the clause's first directive word ends (read when needed)
    # whether every quantity after the i-th (index i + 1) is in words and measures nothing, read once (a
    # clause of thousands of numbers)
    worded_after = [True] * (len(found) + 1)
    for j in range(len(found) - 1, -1, -1):
        worded_after[j] = worded_after[j + 1] and found[j].in_words and found[j].measure is None
    level_of: TargetDraft | None = None  # the target a base level in a bracket after it is the start of
    dated_end: int | None = None  # the end of the year in a bracket after the last target (1200件（2024年）)
    notes: _ClosingNotes | None = None  # the brackets closing the clause, read once when needed
    levels_end = 0  # the index of the first quantity after the levels of a bracket read
    compared_year: int | None = None  # the year of the level of a comparison base just read (较2020年的150件)
    for i, q in enumerate(found):
        next_start = found[i + 1].start if i + 1 < len(found) else c_end
        tail_end, after = after_comparator(text, q.unit_end, c_end, q.unit)
        if i < levels_end:  # a later level of the bracket read with the first
            continue
        if level_of is not None:  # 达到2.8件以上（2023年为1.6件）: the starting level of the target before
            started, level_of = level_of, None
            levels, held = _bracket_levels(text, started, found, i, c_end)
            if held:  # 达到2.8件（2023年为1.6件）: its levels; （全市平均水平为3.1件）: none of the plan's
                drafts.extend(levels)
                levels_end = i + held
                seg_start = _next_segment(text, found[i + held - 1].unit_end + 1, c_end)
                continue
        if i + 1 < len(found) and _BRACKET_LEVEL.match(text, trim(text, tail_end, c_end)[0], next_start + 1):
            level_at = i + 1  # read once the target is
        else:
            level_at = -1
        if (
            after is not None
            and level_at < 0
            and i + 1 < len(found)
            and tail_end < next_start
            and text[tail_end] not in _JOINERS
        ):
            continue  # a qualifier of the next indicator: 30天内办结率, 年销售额1亿元以上企业贯标率
        opener = phrase_patterns().baseline_back.search(text, seg_start, q.start)
        if opener is None and text.startswith(_LEVEL_ENDS, q.start - 1):  # 较2020年的150件: the cheap test
            opener = phrase_patterns().base_level_back.search(text, seg_start, q.start)
        if opener is not None and not (
            i + 1 < len(found) and _opens_change(text, tail_end, next_start, opener.group())
        ):
            opener = None
        phrase_end = opener.start() if opener is not None else q.start
        flags: list[str] = list(q.flags)
        since: int | None = None  # the base's year, _PREVIOUS_YEAR for the year before the target's (较上年)
        if opener is None and q.unit in relative_units:
            base = phrase_patterns().relative_base_back.search(text, seg_start, phrase_end)
            if base is not None:  # 达到2022年的2倍: a multiple of the base, whose year is not the target's
                phrase_end = base.start()
                flags += [] if "relative" in flags else ["relative"]
                since = _year_named(base.group())
        if opener is None and since is None:
            since = _base_year(text, seg_start, phrase_end)  # 较2020年增长30%, 比2022年翻一番, 较上年
        if since is None and opener is None and compared_year is not None:
            since = compared_year  # 较2020年的150件增长50%: the change from the level of the base before it
        compared_year = None
        s, year, quote_start = strip_front(text, seg_start, phrase_end, flags)
        e, comparator, back_year = strip_back(text, s, phrase_end, flags)
        if q.unit in relative_units and _CHANGE in flags and not q.in_words:
            q, flags = _as_multiple(q), [f for f in flags if f != _CHANGE] + ["relative"]
            comparator = ">=" if comparator == "=" else comparator  # 增长1倍 reads as 增长一倍 does
        if q.unit_before is not None and s < q.unit_before < e:  # 有效发明专利（件）达到500: no part of it
            e = trim(text, s, q.unit_before)[1]
        # 专利保险累计投保企业20家: 累计 inside the words counts as it does before them
        words = inner_counting(squeeze(text[s:e]), flags)
        if "（" in words or "(" in words:  # 地理标志商标（累计）达到12件: the bracket's note is a flag
            words = bracket_notes(words, flags)
        if words in _scope_words() and comparator == "=" and not flags and year is None and q.measure is None:
            # 围绕20个战略性产业集群，实施…; 面向全省21个地级以上市开展…: the size of the scope the work is
            # done in, no count the plan sets itself
            seg_start = _next_segment(text, tail_end, c_end)
            continue
        if comparator == "=" and _parts_own_work(text, seg_start, q.start):
            # 将2025年重点工作分解为14项任务: how the plan parts its own work, no count it sets itself
            seg_start = _next_segment(text, tail_end, c_end)
            continue
        # no indicator of its own, perhaps; a value its year alone dates (…达到12件，2025年15件) too
        stated = (
            comparator != "=" or bool(flags) or q.in_words or (year is not None and not words) or bool(opener)
        ) or (not words and _promised_alone(text, seg_start, q.start))
        # a count listed bare (no flag, comparator or year of its own) after another counts as that one does
        bare = not stated and year is None and back_year is None
        if comparator == "=":
            comparator = inner_comparator(text, s, e)
        if comparator == "=" and q.comparator is not None:
            comparator = q.comparator
        if after is not None:
            comparator = closing_comparator(comparator, after)
        elif q.more and comparator in ("=", ">="):  # 12000余件, 300多家: more than the number
            comparator = ">"
        elif q.near and comparator in ("=", ">="):  # 近百件: about a hundred, the number not reached
            comparator = "~"
        dated = _dated_after(text, tail_end, c_end) if opener is None else None
        # the words after the last number (推动30家规上企业实现零的突破: a value in words after it is the goal
        # the firms reach, not a number of its own)
        last = q.measure is None and worded_after[i + 1] and opener is None  # not a base's level
        rest_end, rest = tail_end, ""
        if last:
            notes = notes or _ClosingNotes(text, clause)
            rest_end = notes.before(tail_end)
            rest = text[tail_end:rest_end]
        indicator = words
        indicator_span: Span = (s, e)
        span_end = tail_end
        inherited = False
        if q.measure is not None:  # 实现重点产业全覆盖: the coverage rate of what the words before name
            cut = max((m.end() for m in _manner_deadline().finditer(text, seg_start, e)), default=s)
            if cut > s:  # 6月底前实现维权援助站全覆盖: the deadline is no part of the words
                s = strip_front(text, cut, e, [])[0]
                indicator, indicator_span = squeeze(text[s:e]), (s, e)
            words = _reached(indicator)
            if len(words) < MIN_INDICATOR or NUMBER.search(words):
                seg_start = _next_segment(text, tail_end, c_end)
                continue
            indicator, stated = words + q.measure, False
        before = carry if isinstance(carry, tuple) else None
        if before is not None and indicator in target_vocabulary().aggregate_words:
            # 知识产权保护工作站覆盖全区重点园区，数量达到5个: the count of what the clause before is about;
            # 建立知识产权质押融资风险补偿资金池，规模达到1000万元: the size of what it sets up
            carry = _clause_subject(text, before) or _set_up(text, before) or carry
        if (
            indicator in target_vocabulary().aggregate_words
            and isinstance(carry, _Subject)
            and not _counts_apart(carry.unit, q.unit)
        ):
            # 地理标志商标新增2件，总数达到6件: 地理标志商标总数
            counted = carry.indicator
            indicator = counted if counted.endswith(indicator) else counted + indicator
        elif indicator in target_vocabulary().aggregate_words and isinstance(carry, _Subject):
            # 知识产权质押融资笔数不少于10笔、金额达到5000万元: the amount of what the count before counts
            indicator = _measured_apart(carry.indicator, indicator)
        if (
            indicator.startswith(_SHARE_OF)
            and q.unit == "%"
            and not inherited
            and isinstance(carry, _Subject)
            and carry.unit not in _RATES
        ):
            # 发明专利拥有量达到800件，占全县的60%以上: the share of the count before in the whole named
            indicator, indicator_span, inherited = carry.indicator + _share_of(indicator), carry.span, True
        bare_rate = _bare_rate(indicator) if q.unit == "%" and not inherited else None
        if (len(indicator) < MIN_INDICATOR or bare_rate) and stated and isinstance(carry, tuple):
            carry = _clause_subject(text, carry)
        if bare_rate is not None and isinstance(carry, _Subject) and carry.unit not in _RATES:
            # 质押融资额累计不低于10亿元，年均增速保持在15%以上: the growth of the measure before
            indicator, indicator_span, inherited = carry.indicator, carry.span, True
            flags = [*bare_rate.flags, *(f for f in flags if f not in bare_rate.flags)]
        elif (
            bare_rate is not None
            and before is not None
            and _trend_words().search(text, *before) is not None
            and (whole := _whole_clause(text, before))
        ):
            # 专利授权量持续增长，增速10%以上: the growth of the measure the clause before moves
            indicator, indicator_span, inherited = squeeze(text[whole[0] : whole[1]]), whole, True
            flags = [*bare_rate.flags, *(f for f in flags if f not in bare_rate.flags)]
        elif (
            len(indicator) < MIN_INDICATOR
            and stated
            and isinstance(carry, _Subject)
            and not _counts_apart(carry.unit, q.unit)
        ):
            indicator, indicator_span, inherited = carry.indicator, carry.span, True
        elif (
            not indicator
            and bare
            and dated is not None
            and drafts
            and drafts[-1].unit == q.unit
            and dated_end is not None
            and _listed(text, dated_end, seg_start)
        ):
            # 达到1200件（2024年）、1500件（2025年）: each value dated, of the measure before
            listed = drafts[-1]
            indicator, inherited = listed.indicator, True
            indicator_span = listed.indicator_span or indicator_span
            comparator = listed.comparator if comparator == "=" else comparator
        elif (
            not indicator
            and before is not None
            and text.startswith(_LABEL_COLONS, before[1])
            and set(flags) <= {"annual", "increment", "cumulative"}
            and (whole := _whole_clause(text, before))
        ):
            # 每万人口高价值发明专利拥有量：18件; 马德里商标国际注册量：新增300件: a goal list's label is the
            # measure
            indicator, indicator_span, inherited = squeeze(text[whole[0] : whole[1]]), whole, True
        elif (
            not indicator
            and comparator != "="
            and set(flags) <= {"annual"}
            and before is not None
            and not _counted_after(rest)  # 每年推动不少于5家企业通过贯标认证: what it counts is written after
            and (whole := _whole_clause(text, before))
        ):
            indicator, indicator_span, inherited = squeeze(text[whole[0] : whole[1]]), whole, True
        elif (
            not indicator
            and "growth" in (grown := resolve_flags(flags, q.unit))
            and set(grown) <= {"growth", "annual"}
            and before is not None
            and _trend_words().search(text, *before) is not None
            and (whole := _whole_clause(text, before))
        ):
            # 有效注册商标总量持续增长，年均增长10%以上: the growth of the measure the clause before moves
            indicator, indicator_span, inherited = squeeze(text[whole[0] : whole[1]]), whole, True
        elif (
            not indicator
            and "increment" in flags
            and set(flags) <= {"increment", "annual"}
            and before is not None
            and (named := _added_object(text, before)) is not None
        ):
            indicator, indicator_span, inherited = squeeze(text[named[0] : named[1]]), named, True
        elif rest and _before_count_len(indicator) <= _SHORT_BEFORE_COUNT and not stray_number(rest):
            indicator = indicator + squeeze(rest)
            span_end = rest_end
        elif (
            MIN_INDICATOR <= len(indicator) <= _BARE_VERB
            and isinstance(carry, _Subject)
            and carry.indicator.startswith(indicator)
            and len(carry.indicator) > len(indicator)
            and not _counts_apart(carry.unit, q.unit)
        ):
            # 培育知识产权优势企业5家，2025年培育10家: the verb of the measure before, its object left off
            indicator, indicator_span, inherited = carry.indicator, carry.span, True
        elif len(indicator) <= _BARE_VERB and isinstance(carry, tuple):
            if indicator in target_vocabulary().act_nouns:  # 推进专利开放许可试点，实现许可50次
                named = _noun_of_act(text, carry, indicator)
            else:  # 支持企业申请PCT专利，每年申请不少于5件
                named = _object_before(text, carry, indicator)
            if named is None and q.unit is not None and _kind_of(q.unit) == _MONEY:
                # 设立知识产权质押融资风险补偿资金，每年安排不少于300万元: the fund it sets up; 将知识产权专项
                # 资金纳入年度预算，每年安排不少于2000万元: the fund it budgets for
                named = _added_object(text, carry) or _budgeted_object(text, carry)
            if named is not None:
                indicator, indicator_span, inherited = squeeze(text[named[0] : named[1]]), named, True
        qualified = False
        if (
            not inherited
            and q.measure is None
            and (isinstance(carry, tuple) or (isinstance(carry, _Subject) and carry.qualified))
        ):
            measured = _measured_noun(text, carry, indicator)  # 推进知识产权质押融资，全年融资额较上年增长15%
            if measured is not None:
                indicator, qualified = measured, True
        elif not inherited and isinstance(carry, _Subject) and q.unit in _RATES:
            # 查处…案件30件，结案率100%: of those cases, of the total rather than a part of it (其中重大案件)
            handled = _handled_things(carry.total, indicator) if carry.total is not None else None
            indicator = handled or _handled_things(carry.indicator, indicator) or indicator
        directives = target_vocabulary().word_value_directives  # also among the lead words taken off (推进)
        # a coverage (推动存量专利盘点全覆盖) is of the whole the work reaches, whoever is helped: no
        # directive makes it another's; the manner rule (dated only, in a task) reads it
        worded = q.in_words and q.measure is None
        if worded and directive_end is None:
            directive_end = _first_word_end(text, directives, c_start, c_end)
        directive = worded and (
            text.startswith(directives, s, e) or (directive_end is not None and directive_end <= s)
        )
        if len(indicator) < MIN_INDICATOR or directive:
            seg_start = _next_segment(text, tail_end, c_end)
            continue
        if not inherited and q.unit == "%" and (rate := _rate_word(text, indicator_span)) is not None:
            indicator_span = (indicator_span[0], indicator_span[1] - len(rate.text))  # 专利授权量年均增速10%
            flags += [f for f in rate.flags if f not in flags]
            indicator_span = _under_rate(text, indicator_span, flags)
            indicator = squeeze(text[indicator_span[0] : indicator_span[1]])
        value_max = q.value_max
        if value_max is not None:
            comparator = "range"
        if opener is not None:
            base_year = opener.group("year") if "year" in opener.re.groupindex else None
            # 较“十三五”末的80家: the base's year as a comparison names it
            target_year = int(base_year) if base_year else (_year_named(opener.group()) or None)
            basis = "sentence" if target_year is not None else "unknown"
            flags, comparator = [BASELINE, *flags], "="
            if opener.group().startswith(_COMPARED):
                compared_year = target_year
        else:
            if dated is not None:  # 达到1200件（2025年）: the bracket's year
                year, tail_end = int(dated.group(1)), dated.end()
            target_year = next((y for y in (year, back_year, year_here) if y is not None), None)
            basis = "sentence" if target_year is not None else ("annual" if "annual" in flags else "plan")
            if bare and drafts and _listed(text, drafts[-1].span[1], seg_start):
                # 新增地理标志证明商标2件、集体商标1件 (not 2024年新增注册商标800件、2025年达到1000件)
                flags += [f for f in drafts[-1].flags if f in _PART_FLAGS and f not in flags]
                # 国家知识产权示范企业2家、优势企业5家: the second leaves off the first's front words;
                # 市级…中心3个、区级2个: the second names only its level
                indicator = (
                    _level_listed(drafts[-1].indicator, indicator)
                    or _shared_front([drafts[-1].indicator, indicator])[-1]
                )
            elif (
                year is None
                and back_year is None
                and drafts
                and not inherited
                and _listed(text, drafts[-1].span[1], seg_start)
            ):
                # 示范企业达到8家、优势企业达到20家: its own verb, the first's front words left off
                indicator = _shared_front([drafts[-1].indicator, indicator])[-1]
        value = q.value
        if _DECREASE in flags:  # 下降10%: a change of -10, 下降10%以上 one of -10 or less
            value, value_max, comparator = _downward(value, value_max, comparator)
        drafts.append(
            TargetDraft(
                indicator=indicator,
                value=value,
                value_max=value_max,
                denominator=q.denominator,
                value_text=squeeze(text[q.start : q.end]),  # a number wrapped over two lines reads whole
                unit=q.unit,
                comparator=comparator,
                flags=_with_notes(
                    resolve_flags(flags, q.unit) + [f for f in target_flags(indicator) if f not in flags],
                    _attribute_after(text, tail_end, c_end),  # （约束性）, （累计）
                ),
                year=target_year,
                year_basis=basis,
                span=_inside_bracket(text, quote_start, span_end),
                indicator_span=indicator_span,
                inherited=inherited,
                in_words=q.in_words,
                qualified=qualified,
                manner=q.manner
                and _manner_deadline().search(text, max(c_start, q.start - _MANNER_REACH), q.start) is None,
                base_year=None if since == _PREVIOUS_YEAR else since,
                base_previous=since == _PREVIOUS_YEAR,
            )
        )
        carry = _Subject(indicator, indicator_span, qualified, q.unit)
        dated_end = None if dated is None else dated.end()
        seg_start = _next_segment(text, tail_end, c_end)
        if compared_year is not None and (built := _BUILT_ON.match(text, seg_start, c_end)) is not None:
            seg_start = built.end()  # 在2020年150件的基础上翻一番: the base's close no part of the change
        if level_at > 0:
            level_of = drafts[-1]
    return drafts


@cache
def _scope_words() -> frozenset[str]:
    """The scope openers (targets.yaml scope_openers: 围绕, 聚焦, 面向 …), alone or with the whole place the
    scope lies in after them (scope_places: 面向全省, 立足全市): written so before a count, what they open is
    the scope of the work, not what it counts."""
    vocab = target_vocabulary()
    return frozenset(vocab.scope_openers) | {o + p for o in vocab.scope_openers for p in vocab.scope_places}


@cache
def _promise_words() -> frozenset[str]:
    """The words of how firmly a target is promised (targets.yaml commitment_words: 力争, 确保)."""
    return frozenset(w.text for w in target_vocabulary().commitment_words)


def _promised_alone(text: str, start: int, end: int) -> bool:
    """The words before a value are a word of promise alone (…力争达到300件，确保250件: 确保): the value is
    stated as a level, of the measure before it when it names none."""
    return squeeze(text[start:end]).strip("，,、；;") in _promise_words()


def _inside_bracket(text: str, start: int, end: int) -> Span:
    """``text[start:end]`` trimmed, past a bracket opening it that does not close in it: the quote of a
    target written inside a bracket after another (达到500件（较2023年增长30%）) opens inside it."""
    start, end = trim(text, start, end)
    if start < end and text[start] in _BRACKET_OPENERS:
        closer = _BRACKET_CLOSERS[_BRACKET_OPENERS.index(text[start])]
        if text.find(closer, start, end) < 0:
            return trim(text, start + 1, end)
    return start, end


#: A bracket naming the level a target starts from, right after the target (达到2.8件以上（2023年为1.6件）,
#: （2023年基数：1.6件）, (2022年底1.6件)): the year, then the level; or the year before the target's
#: (（上年为420件）, （去年底420件）: ``prev``), or now, its year unwritten (（目前为420件）, （现有420件）:
#: ``now``); or the level of the places around the plan's (（全市平均水平为3.1件）, （全省平均450件）:
#: ``peer``), a level the plan compares with, no target nor start of its own.
_BRACKET_LEVEL = re.compile(
    r"[（(]\s*+(?:((?:19|20)\d{2})\s*+年|(?P<prev>上一?年度?|去年)|(?P<now>目前|当前|现阶段|现有|现)"
    r"|(?P<peer>全[国省市县区州盟]|[省市州盟]内|[省市]域)(?:县域|县区|城市)?平均)"
    r"(?P<stock>底|末)?\s*+(?:基数|基期值?|现状值?|水平|值)?\s*+(?:分别)?(?:为|是|[:：])?\s*+"
    r"(?=[\d０-９])"
)


#: A further level in such a bracket, after a comma (（2023年为8件，2024年为10件）): the year, then the level.
_NEXT_LEVEL = re.compile(
    r"\s*+[，,、；;]\s*+((?:19|20)\d{2})\s*+年(底|末)?\s*+(?:为|是|[:：])?\s*+(?=[\d０-９])"
)


def _bracket_levels(
    text: str, target: TargetDraft, found: list[Quantity], at: int, end: int
) -> tuple[list[TargetDraft], int]:
    """The starting levels a bracket after ``target`` names (_BRACKET_LEVEL), from the quantity
    ``found[at]`` on: baselines of the target's indicator, one for each year the bracket names
    (（2023年为1.6件）, （2023年为8件，2024年为10件）; the year before the target's for 上年, none for
    目前), when the bracket holds those levels alone; none otherwise. With them, how many quantities the
    bracket holds: one for a level of the places around the plan's (（全市平均水平为3.1件）), no baseline."""
    opened = _BRACKET_LEVEL.match(text, trim(text, target.span[1], end)[0], found[at].start + 1)
    if opened is None or opened.end() != found[at].start or target.baseline:
        return [], 0
    if opened.group("peer"):
        close = trim(text, found[at].unit_end, end)[0]
        return [], (1 if close < end and text[close] in "）)" else 0)
    year: int | None = int(opened.group(1)) if opened.group(1) else None
    if opened.group("prev"):
        year = target.year - 1 if target.year is not None else None
    stock = opened.group("stock") is not None
    dated = [(year, found[at], opened.start() + 1, stock)]
    close = trim(text, found[at].unit_end, end)[0]
    k = at + 1
    while k < len(found) and (more := _NEXT_LEVEL.match(text, found[k - 1].unit_end, found[k].start + 1)):
        if more.end() != found[k].start:
            break
        dated.append((int(more.group(1)), found[k], more.start(1), more.group(2) is not None))
        close = trim(text, found[k].unit_end, end)[0]
        k += 1
    if close < end and text[close] in _CLAUSE + _SENTENCE:  # （2023年为8件，其余为集体商标）: a note
        limit = found[k].start if k < len(found) else end  # no number of its own (其中发明专利3件)
        close = _closing(text, close, limit)
        if close >= limit:
            return [], 0
    if close >= end or text[close] not in "）)":
        return [], 0
    levels = [
        replace(
            target,
            **_value_of(text, q, q.unit),
            comparator="=",
            # counted as the target is (新增, 年均增长 …); a level at a year's end (2023年底为5件) is what
            # stands then, however the target counts
            flags=[BASELINE, *(f for f in target.flags if not (stock and f in _COUNTED_FROM))],
            year=year,
            year_basis="sentence" if year is not None else "unknown",
            span=trim(text, start, q.unit_end),
            standing=None,
            base_year=None,
            base_previous=False,
        )
        for year, q, start, stock in dated
    ]
    return levels, len(levels)


#: Flags of a count measured from a level or over a period: no flag of a level standing at a year's end.
_COUNTED_FROM = ("increment", "annual", "growth", "change", "relative")


_CHANGE = "change"
_DECREASE = "decrease"  # a change downward (下降10%): a change of minus the value
#: A comparator of a change downward, turned to be read of minus the value (下降10%以上: -10 or less).
_TURNED = {">=": "<=", ">": "<", "<=": ">=", "<": ">"}


#: What opens the words of a share of a count in a whole (占全县的60%, 占比60%).
_SHARE_OF = "占"
#: Words closing a share's name; one is added to a share naming none (占全县的 → 占全县比重).
_SHARE_NOUNS = ("比重", "占比", "比例", "份额")


def _share_of(words: str) -> str:
    """The name of a share of a count in a whole as written after the count (占全县的 → 占全县比重, 占比,
    占全市发明专利授权量的 → 占全市发明专利授权量比重)."""
    words = words.removesuffix("的")
    return words if words.endswith(_SHARE_NOUNS) else words + _SHARE_NOUNS[0]


def _downward(value: float, value_max: float | None, comparator: str) -> tuple[float, float | None, str]:
    """A change downward by ``value`` (or by ``value`` to ``value_max``) as a change of minus it, the
    comparator turned (下降10%以上: -10 or less; 下降10%—20%: -20 to -10)."""
    if value_max is not None:
        return -value_max, -value, comparator
    return -value, None, _TURNED.get(comparator, comparator)


#: The flags of a change measured from a base level.
_CHANGES = ("growth", "increment", "relative")


def _as_multiple(q: Quantity) -> Quantity:
    """A growth by a multiple of the base (增长1倍, 提高1.5倍) as the multiple of the base it reaches (2倍,
    2.5倍), as 增长一倍 and 翻一番 read."""
    top = None if q.value_max is None else q.value_max + 1
    return replace(q, value=q.value + 1, value_max=top)


#: A five-year plan named (“十四五”期间): its ordinal, the plan ending in 2005 + 5 × it.
_FIVE_YEAR_PLAN = re.compile(r"十([一二三四五六七八九])五[”\"]?(?:时?期)?(初)?")
#: The last five-year plan's end as a base (较“十三五”末): its ordinal, the plan ending in 2005 + 5 × it; a
#: plan's start (较“十四五”初期, 期初) is the end of the one before. The whole period (较“十三五”期间,
#: 时期) is the base of a total over its years, none of them its year.
_FIVE_YEAR_END = re.compile(
    r"十([一二三四五六七八九])五(?![”\"]?(?:期间|时期(?![末初])))[”\"]?(?:时?期)?(初)?"
)
_FIVE_YEAR_ORDINALS = "一二三四五六七八九"


#: The base year ``_year_named`` gives a base of the year before the target's (较上年): no year written, the
#: target's own year less one once that is known.
_PREVIOUS_YEAR = 0


def base_year_named(words: str, year: int | None) -> int | None:
    """The year of the base level ``words`` name (较2020年 → 2020) for a target of ``year``: the year before
    it for a base of the year before (较上年, 同比); None when no year is named or known."""
    named = _year_named(words)
    if named == _PREVIOUS_YEAR:
        return None if year is None else year - 1
    return named


def _year_named(words: str) -> int | None:
    """The year a base level is named by (较2020年 → 2020; 较“十三五”末 → 2020, the last plan's end year);
    _PREVIOUS_YEAR for the year before the target's (较上年, 同比, 上年的: targets.yaml previous_year_bases);
    None for a base of no year written (较目前, 环比)."""
    year = YEAR_NUMBER.search(words)
    if year is not None:
        return int(year.group())
    plan = _FIVE_YEAR_END.search(words)
    if plan is not None:
        return 2005 + 5 * (_FIVE_YEAR_ORDINALS.index(plan.group(1)) + (0 if plan.group(2) else 1))
    return _PREVIOUS_YEAR if any(w in words for w in target_vocabulary().previous_year_bases) else None


#: A word every comparison base holds (较2020年, 比上年, 在2023年基础上).
_BASE_OPENERS = ("较", "比", "基础上")


def _base_year(text: str, start: int, end: int) -> int | None:
    """The year of the comparison base written in a target's words before its number (有效发明专利拥有量较
    2020年增长30%, 较2020年，…提高2件: targets.yaml comparisons), the last one there; _PREVIOUS_YEAR for the
    year before the target's (较上年, 同比); None when none names a year."""
    if all(text.find(opener, start, end) < 0 for opener in _BASE_OPENERS):  # every base holds one
        return None
    bases = [m.group() for m in phrase_patterns().comparisons_front.finditer(text, start, end)]
    return _year_named(bases[-1]) if bases else None


#: The longest clause that may be a comparison base alone (与“十三五”末相比, 在2023年底的基础上).
_BASE_CLAUSE = 16
_BASE_CUE = re.compile("|".join(_BASE_OPENERS))


def _clause_base(text: str, start: int, end: int) -> int | None:
    """The year of a clause that is a comparison base and nothing else (较2023年，…; 与2023年相比，…):
    _PREVIOUS_YEAR for the year before the target's (与上年相比); None for any other clause."""
    if _BASE_CUE.search(text, start, end) is None:  # every base holds one of _BASE_OPENERS (相比 holds 比)
        return None
    words = squeeze(text[start:end])
    base = phrase_patterns().comparisons_front.fullmatch(words)
    return None if base is None else _year_named(words)


def _based_on(draft: TargetDraft, year: int) -> TargetDraft:
    """A change of a clause after a comparison base of its own (较2023年，专利授权量增长30%) measured from it,
    unless the change names its own."""
    if draft.base_year is not None or draft.base_previous or not any(f in _CHANGES for f in draft.flags):
        return draft
    return replace(draft, base_year=year or None, base_previous=year == _PREVIOUS_YEAR)


def _bare_rate(indicator: str) -> FlagWord | None:
    """The word of a rate of change that is the whole of ``indicator`` (增速 of 年均增速保持在15%以上, 年均 a
    flag already), None for any other words."""
    if len(indicator) > _RATE_MAX:
        return None
    return next((r for r in target_vocabulary().rate_words if r.text == indicator), None)


#: The longest word of a rate of change (年均增长率).
_RATE_MAX = 5


def _under_rate(text: str, span: Span, flags: list[str]) -> Span:
    """``span`` without the words closing it that the phrase's end loses, which the rate word after them
    kept there: a comparison's base (专利授权量较上年增长率10%, 同比增长率) and flag words or adverbs
    (商标注册量每年增长率不低于8%, 专利申请量全年增长率10%: 商标注册量 and 专利申请量, flagged annual),
    their flags added to ``flags``. Flag words of two characters or more only: 年 alone may end a year
    (专利授权量2025年增速)."""
    start, end = span
    comparison = phrase_patterns().comparisons_back
    while True:
        m = comparison.search(text, start, end)
        if m is not None and m.start() < end and m.start() - start >= MIN_INDICATOR:
            end = m.start()
            continue
        back = back_word(text, start, end)
        if back is None or len(back[0]) < 2 or end - len(back[0]) - start < MIN_INDICATOR:
            return start, end
        end -= len(back[0])
        flags += [f for f in back[1] if f not in flags]


def _rate_word(text: str, span: Span) -> FlagWord | None:
    """The word of a rate of change closing the indicator at ``span`` (rate_word)."""
    return rate_word(text[span[0] : span[1]])


#: 'A、B分别达到X、Y': the values go to the names in order.
_RESPECTIVELY = "分别"
#: What joins the names, or the values, of such a list.
_LIST_JOINERS = "、和及与"
#: What may stand between two values of such a list (a module constant: mypyc compiles no star-unpacking of a
#: string inside a tuple tested with ``in``).
_BETWEEN_VALUES = ("", *_LIST_JOINERS)


def _listed_values_at(text: str, clause: Span, found: list[TargetDraft]) -> int | None:
    """Where the names of a list end when values as many follow them without 分别 (发明专利、商标注册量达到
    300件、2000件: the values in order, as 分别 gives them): the end of the first target's own words, when
    its value is the first number after them and the next value follows it with only joiners between;
    None otherwise (the caller then tells whether names or years are as many as the values)."""
    first = found[0]
    named = first.indicator_span
    if named is None or first.inherited or first.standing is not None or first.baseline:
        return None
    if text.find("、", named[1], clause[1]) < 0:  # the cheap test first: values listed are joined by 、
        return None
    values = numbers(text, named[1], clause[1], words=False)
    if len(values) < 2 or values[0].value != first.value:
        return None
    if text[values[0].unit_end : values[1].start].strip() not in _BETWEEN_VALUES:
        return None
    return named[1]


def _respectively(
    text: str, clause: Span, found: list[TargetDraft], listed_at: int | None = None
) -> list[TargetDraft]:
    """'有效发明专利拥有量、PCT国际专利申请量分别达到9000件、60件': one target a name, each with its value in
    order, where the clause read the list as one indicator and the first value (the others went to no name
    or a borrowed one). Places sharing the measure named after the last (涪城区、游仙区每万人口…拥有量分别
    达到12件、8件) each name it. Unchanged unless the names and the values are as many and nothing but the
    joiners stands between the values. The quote of each runs from the names to its value. ``listed_at``:
    where the names end when no 分别 is written (_listed_values_at)."""
    at = text.find(_RESPECTIVELY, clause[0], clause[1]) if listed_at is None else listed_at
    first = found[0]
    named = first.indicator_span
    if named is None or first.inherited or not named[1] <= at:
        return found
    if text[named[1] : at].strip() and strip_front(text, named[1], at, [])[0] < at:
        return found  # only words of how the values count between (…授权量年均分别增长15%、10%)
    names = _list_names(text, named[0], named[1])
    values, levels = _bracketed_levels(text, numbers(text, at, clause[1], words=False))
    # 全县及鳌江镇、萧江镇每万人口…分别达到10件、15件、12件: the plan's whole area first, then its places
    whole = _WHOLE_AREA.fullmatch(text, clause[0], named[0]) if len(names) + 1 == len(values) else None
    if len(names) < 2 or len(names) + (whole is not None) != len(values) or values[0].value != first.value:
        return found
    if any(text[a.unit_end : b.start].strip() not in _BETWEEN_VALUES for a, b in pairwise(values)):
        return found
    words = [squeeze(text[a:b]).translate(_NAME_QUOTES) for a, b in names]
    if any(len(w) < 2 for w in words):
        return found
    quoted = _quoted_measure(text, names)  # “达拉特羊肉”“树林召黄河鲤鱼”地理标志产品产值
    words = [w + quoted for w in words[:-1]] + [words[-1]] if quoted else _shared_measure(words)
    if whole is not None:
        place, measure = _place_and_measure(words[-1])
        if not place or len(measure) < MIN_INDICATOR:
            return found
        words, names = [measure, *words], [whole.span(1), *names]
    shared = [f for f in first.flags if f not in target_flags(first.indicator)]
    opening = whole.start(1) if whole is not None else first.span[0]
    # a range among the values (分别为2—3件、1件) is its own: the others take the words' comparator
    worded = first.comparator
    if any((q.value_max is None) != (first.value_max is None) for q in values):
        worded = strip_back(text, at, values[0].start, [])[1] if first.value_max is not None else worded
    listed = [
        replace(
            first,
            indicator=word,
            indicator_span=span,
            **_value_of(text, q, values[-1].unit),
            comparator="range" if q.value_max is not None else worded,
            flags=shared + [f for f in target_flags(_place_and_measure(word)[1]) if f not in shared],
            span=trim(text, opening, q.unit_end),
        )
        for word, span, q in zip(words, names, values, strict=True)
    ]
    end = values[-1].unit_end
    if levels is not None and len(levels[1]) == len(listed):  # 300件、2000件（2023年分别为200件、1500件）
        year, starts = levels
        end = starts[-1].unit_end
        listed += [
            replace(
                target,
                **_value_of(text, q, q.unit),
                comparator="=",
                flags=[BASELINE, *target.flags],
                year=year,
                year_basis="sentence",
                span=trim(text, q.start, q.unit_end),
            )
            for target, q in zip(listed, starts, strict=True)
        ]
    return listed + [d for d in found[1:] if d.span[1] > end]


def _respective_before(
    text: str, clause: Span, found: list[TargetDraft], before: list[TargetDraft], at: int
) -> list[TargetDraft] | None:
    """'新增国家知识产权优势企业3家、省级知识产权示范企业5家，分别比上年增长50%、25%': a clause opening with
    分别 (only words of how the values count before it) after a clause of as many targets as it has values:
    each value, read as the clause reads its first (a change, its base), that of the target before in
    order. None unless the values are as many as those targets, nothing but the joiners between them."""
    first = found[0]
    opening = trim(text, *clause)[0]
    if len(before) < 2 or (opening < at and strip_front(text, opening, at, [])[0] < at):
        return None
    if any(b.baseline or b.standing is not None or b.inherited for b in before):
        return None
    values = numbers(text, at, clause[1], words=False)
    if len(values) != len(before) or values[0].value != first.value:
        return None
    if any(text[a.unit_end : b.start].strip() not in _BETWEEN_VALUES for a, b in pairwise(values)):
        return None
    flags = [f for f in first.flags if f not in target_flags(first.indicator)]
    return [
        replace(
            first,
            indicator=b.indicator,
            indicator_span=b.indicator_span,
            **_value_of(text, q, values[-1].unit),
            flags=flags + [f for f in target_flags(b.indicator) if f not in flags],
            span=trim(text, first.span[0], q.unit_end),
        )
        for b, q in zip(before, values, strict=True)
    ] + [d for d in found[1:] if d.span[1] > values[-1].unit_end]


#: Quotes closing one name and opening the next of a list written without joiners (“南康甜柚”“南康辣椒酱”).
_QUOTED_NEXT = re.compile(r"[”\"]\s*+(?=[“\"])")
#: The quotes of such names, no part of the words they share (南康甜柚地理标志产品年产值).
_NAME_QUOTES = str.maketrans("", "", '“”"')


#: A quoted name (“达拉特羊肉”) and the words after the last one of a list of them (地理标志产品产值).
_QUOTED_NAME = re.compile(r"“[^“”]{1,20}”")
_QUOTED_LAST = re.compile(r"“[^“”]{1,20}”([\u4e00-\u9fff]+)")


def _quoted_measure(text: str, names: list[Span]) -> str | None:
    """The words every quoted name of a list shares, written after the last (“达拉特羊肉”“树林召黄河鲤鱼”
    地理标志产品产值, “A”、“B”地理标志产品产值: 地理标志产品产值), when each name before the last is a quoted
    name alone; None otherwise."""
    if any(_QUOTED_NAME.fullmatch(squeeze(text[a:b])) is None for a, b in names[:-1]):
        return None
    last = _QUOTED_LAST.fullmatch(squeeze(text[names[-1][0] : names[-1][1]]))
    measure = last.group(1) if last is not None else ""
    return measure if len(measure) >= MIN_INDICATOR else None


def _list_names(text: str, start: int, end: int) -> list[Span]:
    """The names of a list in ``text[start:end]``: its pieces between joiners (、和及与), or, when none
    stands there, between quoted names written side by side (“南康甜柚”“南康辣椒酱”地理标志产品年产值)."""
    names = [trim(text, *piece) for piece in split_top_level(text, start, end, _LIST_JOINERS)]
    if len(names) > 1 or text.find("“", start, end) < 0:
        return names
    cuts = [m.end() for m in _QUOTED_NEXT.finditer(text, start, end)]
    if not cuts:
        return names
    bounds = [start, *cuts, end]
    return [trim(text, a, b) for a, b in pairwise(bounds)]


def _bracketed_levels(
    text: str, values: list[Quantity]
) -> tuple[list[Quantity], tuple[int, list[Quantity]] | None]:
    """The values of a list and the year and starting levels a bracket after them names, one for each
    (300件、2000件（2023年分别为200件、1500件）: 300, 2000; 2023, [200, 1500]); the values as they are and
    None without such a bracket."""
    if len(values) < 2 or not any(b in text[values[0].unit_end : values[-1].start] for b in "（("):
        return values, None
    for k in range(1, len(values)):
        opened = _BRACKET_LEVEL.match(
            text, trim(text, values[k - 1].unit_end, values[k].start)[0], values[k].start + 1
        )
        if opened is not None and opened.group(1) and opened.end() == values[k].start:
            return values[:k], (int(opened.group(1)), values[k:])
    return values, None


#: 'A、B各培育…5家': the value holds for each name of the list before it.
_EACH = "各"


def _each_place(text: str, found: list[TargetDraft]) -> list[TargetDraft]:
    """'鳌江镇、萧江镇各培育知识产权示范企业5家': one target a place, each with the value, where the clause
    read the list and 各 as the first target's indicator. Places only (the gazetteer's full names, towns and
    streets: targets.yaml local_place_suffixes), two or more, 各 right after the last and the words after it
    an indicator; unchanged otherwise. The quote of each is the clause's."""
    first = found[0]
    named = first.indicator_span
    if named is None or first.inherited or first.standing is not None:
        return found
    at = text.find(_EACH, named[0], named[1])
    if at < 0:
        return found
    names = [trim(text, *piece) for piece in split_top_level(text, named[0], at, _LIST_JOINERS)]
    words = [squeeze(text[a:b]) for a, b in names]
    # the noun after the count, when the words before it are a verb (各建成1个知识产权保护工作站)
    before_count = squeeze(text[named[0] : named[1]])
    after = first.indicator[len(before_count) :] if first.indicator.startswith(before_count) else ""
    written = first.indicator[: len(first.indicator) - len(after)]
    if len(names) < 2 or not written.endswith(squeeze(text[at + 1 : named[1]])):
        return found  # the indicator is not the words after 各 (a part, a measure given by the clause)
    flags = [f for f in first.flags if f not in target_flags(first.indicator)]
    s, _, _ = strip_front(text, at + 1, named[1], flags)  # 各新增…: increment
    measure = squeeze(text[s : named[1]])
    if after and indicator_key(measure + after) == indicator_key(after):
        measure = after  # 建成 adds nothing to what is counted
    else:
        measure += after
    if len(measure) < MIN_INDICATOR or not all(map(_whole_place, words)):
        return found
    flags = resolve_flags(flags, first.unit) + [f for f in target_flags(measure) if f not in flags]
    each = [
        replace(first, indicator=word + measure, indicator_span=span, flags=flags)
        for word, span in zip(words, names, strict=True)
    ]
    return each + found[1:]


#: 'A、B每万人口…均达到3件': the value holds for each place of the list opening the measure.
_ALIKE = "均"


def _measured_before(
    before: list[TargetDraft], drafts: list[TargetDraft], previous: object
) -> TargetDraft | None:
    """The target whose measure a place named alone takes: the clause before's last, or at a sentence's
    opening (nothing carried into it) the paragraph's last before (…达到12件；游仙区达到8件), if not a
    starting level."""
    if before:
        return before[-1]
    if previous is None and drafts and not drafts[-1].baseline:
        return drafts[-1]
    return None


def _places_alike(text: str, found: list[TargetDraft], last: TargetDraft | None) -> list[TargetDraft]:
    """'榆树市、德惠市、农安县每万人口高价值发明专利拥有量均达到3件以上': one target a place, each with the
    value, where the clause read the list of places and the measure they share as the first target's
    indicator; a list of places alone (…分别达到15件、18件，鞍山市、抚顺市均达到5件以上) takes the measure of
    ``last``, the target before, as a place named alone does (``_place_again``). Places only (as
    ``_each_place``'s), two or more, and 均 or 各 between the places or the measure and the value; unchanged
    otherwise. The quote of each is the clause's."""
    first = found[0]
    named = first.indicator_span
    if named is None or first.inherited or first.standing is not None or first.baseline:
        return found
    if text.find("、", named[0], named[1]) < 0:  # the cheap test first: a list of places is joined by 、
        return found
    names = _list_names(text, named[0], named[1])
    words = first.indicator.split("、")  # as read: flag words taken out (新增贯标企业各10家: 贯标企业各)
    if len(words) < 2 or len(words) != len(names) or not all(map(_whole_place, words[:-1])):
        return found
    tail = words[-1].removesuffix(_EACH)  # …拥有量各达到3件: 各 closes the words read as the indicator
    between = text[names[-1][0] : first.span[1]]  # the last place's words to the value
    if _ALIKE not in between and _EACH not in between:
        return found
    place, measure = _place_and_measure(tail)
    if not measure and last is not None and last.standing is None:
        measure = _place_and_measure(last.indicator)[1]  # 鞍山市、抚顺市均达到5件以上: the measure before
        if normalise(1, first.unit)[1] != normalise(1, last.unit)[1]:
            return found
    if not place or len(measure) < MIN_INDICATOR:
        return found
    shared = [f for f in first.flags if f not in target_flags(first.indicator)]
    flags = shared + [f for f in target_flags(measure) if f not in shared]
    each = [
        replace(first, indicator=word + measure, indicator_span=span, flags=flags)
        for word, span in zip([*words[:-1], place], names, strict=True)
    ]
    return each + found[1:]


def _whole_place(word: str) -> bool:
    """``word`` is a place's name and nothing else: a region's full name or a town's or a street's."""
    hit = region_index().match_at(word, 0, len(word), allow_short=False)
    return (hit is not None and hit.span[1] == len(word)) or _local_place().fullmatch(word) is not None


#: The plan's whole area opening a list of its places (全县及鳌江镇、萧江镇…), the joiner after it.
_WHOLE_AREA = re.compile(r"\s*+(全[省市县区州旗盟])\s*+[及和与、]\s*+")


def _shared_measure(words: list[str]) -> list[str]:
    """Names written before the words they share, written after the last: places (涪城区、游仙区每万人口…;
    towns and streets too, 鳌江镇、萧江镇有效发明专利拥有量), levels (国家级、省级知识产权示范企业) and
    nouns before a measure (发明专利、实用新型专利、外观设计专利授权量): each name with the shared words;
    other names as they are."""
    measure = shared_after_places(words)
    if measure is None and all(_local_place().fullmatch(w) for w in words[:-1]):
        last = _local_place().match(words[-1])
        if last is not None and len(words[-1]) - last.end() >= MIN_INDICATOR:
            measure = words[-1][last.end() :]
    if measure is None:
        measure = (
            _shared_level(words) or _shared_count(words) or _shared_standard(words) or _shared_right(words)
        )
    if measure is None:
        return _shared_front(words)
    return [w + measure for w in words[:-1]] + [words[-1]]


#: The longest name after the first that may share the first's front words (授权量, 优势企业).
_SHORT_NAME = 4


def _shared_front(words: list[str]) -> list[str]:
    """Names after the first that leave off the words the first opens with (发明专利申请量、授权量: 发明专利
    授权量; 省级知识产权示范企业、优势企业: 省级知识产权优势企业): each a short word closing as the first
    closes, in the same noun of two characters (企业) or the same measure word (量, 额, 率), is the first's
    words before its own last as many characters and the name; the names as they are unless all are such."""
    first, rest = words[0], words[1:]
    ends = target_vocabulary().measure_ends
    shared = []
    for word in rest:
        front = first[: -len(word)]
        same_end = word[-2:] == first[-2:] or (word[-1] == first[-1] and word.endswith(ends))
        if len(word) > _SHORT_NAME or not same_end or len(front) < MIN_INDICATOR or word in first:
            return words
        if any(_cuts(first, term, len(front)) for term in target_vocabulary().whole_terms):
            return words  # 地理标志商标、驰名商标: 地理标志 is one term, 驰名商标 no kind of its 标志商标
        shared.append(front + word)
    return [first, *shared]


def _cuts(words: str, term: str, at: int) -> bool:
    """``term`` stands in ``words`` across the position ``at``."""
    found = words.find(term, max(0, at - len(term) + 1))
    return 0 <= found < at < found + len(term)


#: The longest name of a product, a holder or a field listed before the right its names share (正山小种).
_NAME_MAX = 6


def _shared_right(words: list[str]) -> str | None:
    """The words of a right and after it that names listed before it share, written after the last
    (马铃薯、中药材地理标志商标: 地理标志商标; 武夷岩茶、正山小种地理标志证明商标使用企业; 企业、高校专利
    申请量): the last name's words from the first right word in it (targets.yaml right_words) on, when no
    name before them, nor the last's words before them, holds one, and each is a short name (two to six
    characters)."""
    rights = target_vocabulary().right_words
    last = words[-1]
    at = min((i for r in rights if (i := last.find(r)) >= 0), default=-1)
    names = [*words[:-1], last[:at]]
    if at < 0 or any(not 2 <= len(w) <= _NAME_MAX or any(r in w for r in rights) for w in names):
        return None
    tail = last[at:]
    return tail if len(tail) >= MIN_INDICATOR and not NUMBER.search(tail) else None


#: How many characters of the last name a level opening it may take (国家级, 自治区级及以上).
_LEVEL_MAX = 7


def _shared_level(words: list[str]) -> str | None:
    """What levels share (国家级、省级知识产权示范企业: 知识产权示范企业): each name but the last only a level
    (targets.yaml part_qualifiers), the last a level and the words after it."""
    if not all(_part_qualifier().search(w) for w in words[:-1]):
        return None
    last = words[-1]
    size = next(
        (n for n in range(2, min(_LEVEL_MAX, len(last)) + 1) if _part_qualifier().search(last[:n])), None
    )
    if size is None or len(last) - size < MIN_INDICATOR:
        return None
    return last[size:]


def _level_listed(before: str, level: str) -> str | None:
    """The indicator of a count listed after another naming only its level (区级 of 建成市级高价值专利培育
    中心3个、区级2个; targets.yaml part_qualifiers): what the count before counts with that level
    (区级高价值专利培育中心); None for other words."""
    if not _part_qualifier().fullmatch(level):
        return None
    counted = _with_level(level, _counted(before))
    return counted if len(counted) - len(level) >= MIN_INDICATOR else None


def _with_level(level: str, counted: str) -> str:
    """``counted`` (市级高价值专利培育中心, 知识产权示范企业) of ``level`` (区级): the level in place of the
    one opening it (区级高价值专利培育中心: no 区级市级…), or before it when none opens it."""
    longest = range(min(_LEVEL_MAX, len(counted)), 1, -1)  # 省级及以上, not 省级 of it
    size = next((n for n in longest if _part_qualifier().search(counted[:n])), 0)
    return level + counted[size:]


def _shared_count(words: list[str]) -> str | None:
    """The measure nouns share, written after the last (发明专利、实用新型专利、外观设计专利授权量: 授权量):
    no name but the last ends in a measure word (targets.yaml measure_ends), and each ends in a noun of
    two characters that the last holds with the same measure after it."""
    ends = target_vocabulary().measure_ends
    last = words[-1]
    if not last.endswith(ends) or any(w.endswith(ends) for w in words[:-1]):
        return None
    tails = set()
    for word in words[:-1]:
        at = last.rfind(word[-2:])
        if at < 0:
            return None
        tails.add(last[at + 2 :])
    measure = tails.pop() if len(tails) == 1 else ""
    if len(measure) < MIN_INDICATOR or NUMBER.search(measure):
        return None
    return measure


#: The longest measure a list of rights may share after the last (知识产权质押融资额 is 9 characters).
_SHARED_TAIL_MAX = 10


def _shared_standard(words: list[str]) -> str | None:
    """The measure rights listed share, written after the last of them (专利、商标质押融资额: 质押融资额;
    发明专利、商标拥有量: 拥有量): the shortest words closing the last that make each name before it the
    wording of a standard indicator (专利质押融资额, 发明专利拥有量: indicators.yaml), each such name no
    standard wording alone and ending in no measure word. None otherwise, the names left as written
    (发明专利、商标注册量: 发明专利注册量 names no measure, and none is made up)."""
    ends = target_vocabulary().measure_ends
    firsts = words[:-1]
    if any(w.endswith(ends) or standard_indicator(indicator_key(w)) is not None for w in firsts):
        return None
    last = words[-1]
    for size in range(MIN_INDICATOR, min(len(last) - MIN_INDICATOR, _SHARED_TAIL_MAX) + 1):
        tail = last[-size:]
        if all(standard_indicator(indicator_key(w + tail)) is not None for w in firsts):
            return tail
    return None


@cache
def _local_place() -> re.Pattern[str]:
    """A town's or a street's name (鳌江镇, 城东街道, 白石乡: targets.yaml local_place_suffixes), which the
    gazetteer of counties does not hold: two to four characters before the suffix."""
    suffixes = "|".join(map(re.escape, target_vocabulary().local_place_suffixes)) or "(?!)"
    return re.compile(rf"[\u4e00-\u9fff]{{2,4}}?(?:{suffixes})")


#: How a scope of every town opens (各乡镇, 每个镇, 全县乡镇): no town's name.
_ALL_TOWNS = ("各", "每", "全", "所有")


def town_opening(indicator: str) -> str:
    """The town's or street's name opening ``indicator`` (城关镇 of 城关镇新增注册商标), which the gazetteer
    does not hold; "" when none opens it or the words name every town (各乡镇, 每个镇)."""
    town = _local_place().match(indicator)
    if town is None or town.group().startswith(_ALL_TOWNS) or "乡镇" in town.group():
        return ""
    return town.group()


def _place_and_measure(indicator: str) -> tuple[str, str]:
    """The place opening ``indicator`` (涪城区 of 涪城区每万人口…拥有量, 鳌江镇 of 鳌江镇有效发明专利
    拥有量) and the words after it; ("", indicator) when no place opens it."""
    hit = region_index().match_at(indicator, 0, len(indicator), allow_short=False)
    if hit is not None:
        return indicator[: hit.span[1]], indicator[hit.span[1] :]
    town = _local_place().match(indicator)
    return (indicator[: town.end()], indicator[town.end() :]) if town is not None else ("", indicator)


def _place_again(draft: TargetDraft, last: TargetDraft) -> TargetDraft | None:
    """A target whose words name only a place, after a clause whose target names a measure (涪城区每万人口
    高价值发明专利拥有量达到12件，游仙区达到8件): that measure of this place, when both count in one base
    unit; None otherwise."""
    place, rest = _place_and_measure(draft.indicator)
    if not place or rest or draft.inherited or draft.standing is not None or last.standing is not None:
        return None
    measure = _place_and_measure(last.indicator)[1]
    if len(measure) < MIN_INDICATOR or normalise(1, draft.unit)[1] != normalise(1, last.unit)[1]:
        return None
    flags = [*draft.flags, *(f for f in target_flags(measure) if f not in draft.flags)]
    if not any(f in _COUNTING_FLAGS for f in draft.flags):
        # 涪城区新增注册商标不少于150件，游仙区不少于80件: 游仙区's are new ones too
        flags += [f for f in last.flags if f in _PART_FLAGS and f not in flags]
    return replace(draft, indicator=place + measure, flags=flags)


#: Flags of how a count counts, one of which a target may write of its own (新增, 累计).
_COUNTING_FLAGS = ("increment", "cumulative")


def _places_in_turn(found: list[TargetDraft]) -> list[TargetDraft]:
    """The targets of a clause, each naming only a place after one naming a measure (钟祥市发明专利授权量
    不少于120件、京山市不少于100件) that measure of its place, as after a clause (``_place_again``)."""
    out = [found[0]]
    for draft in found[1:]:
        out.append(_place_again(draft, out[-1]) or draft)
    return out


def _place_of_trend(text: str, draft: TargetDraft, clause: Span) -> TargetDraft | None:
    """A target whose words name only a place, after a clause with no number that says how a measure
    moves (全市国家知识产权示范企业数量稳步增长，涪城区累计达到50家): that measure of this place; None
    otherwise."""
    place, rest = _place_and_measure(draft.indicator)
    if not place or rest or draft.inherited or draft.standing is not None:
        return None
    measure = _trend_subject(text, clause)
    if measure is None:
        return None
    measure = _place_and_measure(measure)[1]
    if len(measure) < MIN_INDICATOR:
        return None
    flags = [*draft.flags, *(f for f in target_flags(measure) if f not in draft.flags)]
    return replace(draft, indicator=place + measure, flags=flags)


#: What closes a lead-in naming a measure for the places listed after it (各县（市、区）发明专利授权量目标：).
_LEAD_COLONS = "："


def _place_of_lead(text: str, draft: TargetDraft, clause: Span) -> TargetDraft | None:
    """A target whose words name only a place, the first after a lead-in closed by a colon that names a
    measure for places (各县（市、区）发明专利授权量目标：青秀区不少于600件; 2024年各镇（街道）有效发明专利
    拥有量：大良街道达到…): that measure of this place, the places after it taking it as a place named alone
    does; None otherwise. The lead-in's words are read as a table's caption scoped to places is."""
    if clause[1] >= len(text) or text[clause[1]] not in _LEAD_COLONS:
        return None  # the cheap test first: most clauses before a target end at a comma
    place, rest = _place_and_measure(draft.indicator)
    if not place or rest or draft.inherited or draft.standing is not None:
        return None
    start = clause[0]
    if (marker := match_marker(text, start, clause[1])) is not None:
        start = trim(text, marker.span[1], clause[1])[0]  # （一）各县（市、区）…
    measure = scoped_measure(text, start, clause[1])
    if measure is None:
        return None
    flags = [*draft.flags, *(f for f in target_flags(measure[0]) if f not in draft.flags)]
    return replace(draft, indicator=place + measure[0], flags=flags)


@cache
def _trend_words() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in target_vocabulary().trend_words) or "(?!)")


def _trend_subject(text: str, clause: Span) -> str | None:
    """The words before how a measure moves in ``clause`` (targets.yaml trend_words: 稳步增长), front and
    back words taken off (全市 …), when they are a short noun holding no number."""
    start, _, _ = strip_front(text, clause[0], clause[1], [])
    trend = _trend_words().search(text, start, clause[1])
    if trend is None:
        return None
    end, _, _ = strip_back(text, start, trend.start(), [])
    words = squeeze(text[start:end])
    if not MIN_INDICATOR <= len(words) <= _OBJECT_MAX + 4 or NUMBER.search(words):
        return None
    if words.startswith(target_vocabulary().context_openers) or not _CJK_WORDS.fullmatch(words):
        return None
    return words


#: How a list given its starting levels with 分别 opens them (分别由2022年的…, 分别从…): baseline_openers.
@cache
def _respective_openers() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(rf"\s*+(?:{p})") for p in target_vocabulary().baseline_openers)


def _respective_changes(
    text: str, clause: Span, found: list[TargetDraft], year_here: int | None, at: int
) -> list[TargetDraft] | None:
    """'专利授权量、商标注册量分别由2022年的800件、3000件增加到1200件、5000件': for each name in order its
    starting level (a baseline, dated by the year written with 由) and the level it reaches (a target, of the
    year written after the change word or else the clause's). None unless the names, the starting levels
    and the levels reached are as many, only joiners stand between the values of each, and a change word
    (增加到, 提高至, 降至) between the two lists. ``at``: where 分别 stands."""
    after = at + len(_RESPECTIVELY)
    opener = next((m for p in _respective_openers() if (m := p.match(text, after, clause[1]))), None)
    if opener is None:
        return None
    values = numbers(text, opener.end(), clause[1], words=False)
    count = len(values) // 2
    starts, ends = values[:count], values[count : 2 * count]
    if count < 2 or any(
        text[a.unit_end : b.start].strip() not in _BETWEEN_VALUES
        for group in (starts, ends)
        for a, b in pairwise(group)
    ):
        return None
    if not _opens_change(text, starts[-1].unit_end, ends[0].start):
        return None
    flags: list[str] = []
    s, _, _ = strip_front(text, clause[0], at, flags)
    e = trim(text, s, at)[1]
    names = [trim(text, *piece) for piece in split_top_level(text, s, e, _LIST_JOINERS)]
    words = [squeeze(text[a:b]) for a, b in names]
    if len(names) != count or any(len(w) < MIN_INDICATOR or NUMBER.search(w) for w in words):
        return None
    gap = text[starts[-1].unit_end : ends[0].start]
    written = YEAR_TAIL.search(gap)
    change = squeeze(gap[: written.start()] if written else gap)
    comparator = next((c.comparator for c in comparator_words() if change.endswith(c.text)), ">=")
    base_year = opener.group("year") if "year" in opener.re.groupindex else None
    target_year = int(written.group(1)) if written else year_here
    out: list[TargetDraft] = []
    for word, span, start, end in zip(_shared_measure(words), names, starts, ends, strict=True):
        own = target_flags(_place_and_measure(word)[1])  # 鳌江镇每万人口…: per capita
        for q, is_base in ((start, True), (end, False)):
            year = (int(base_year) if base_year else None) if is_base else target_year
            basis = "sentence" if year is not None else ("unknown" if is_base else "plan")
            out.append(
                TargetDraft(
                    indicator=word,
                    **_value_of(text, q, values[-1].unit),
                    comparator="=" if is_base else ("range" if q.value_max is not None else comparator),
                    flags=[BASELINE, *own] if is_base else [*flags, *(f for f in own if f not in flags)],
                    year=year,
                    year_basis=basis,
                    span=trim(text, s, q.unit_end),
                    indicator_span=span,
                )
            )
    return out + [d for d in found if d.span[1] > ends[-1].unit_end]


#: Years listed (2023年、2024年和2025年): the years of values given 分别 in order.
_YEAR_LIST = re.compile(r"(?:19|20)\d{2}\s*+年(?:\s*+[、和及与]\s*+(?:19|20)\d{2}\s*+年)++")
#: Such a list opening a sentence (到2023年、2024年和2025年，…).
_OPENING_YEAR_LIST = re.compile(rf"\s*+(?:到|至)?\s*+({_YEAR_LIST.pattern})")


def _last_listed(text: str, by_year: re.Match[str]) -> int:
    """The year of 到YYYY年, or the last of a list of years it opens (到2023年、2024年、2025年: 2025): what
    the list's values are given 分别 for is read apart (_respective_years); any other target after it is
    for the last year the list reaches, never its first."""
    listed = _YEAR_LIST.match(text, by_year.start(1))
    return int(YEAR_NUMBER.findall(listed.group())[-1]) if listed else int(by_year.group(1))


def _opening_years(text: str, sentence: Span) -> tuple[Span, list[int]] | None:
    """The list of years opening ``sentence`` (到2023年、2024年和2025年，…) and its years, if one does; or
    the span of years opening it (2024年至2026年，每年…分别…: each year of it)."""
    opening = _OPENING_YEAR_LIST.match(text, *sentence)
    if opening is not None:
        return opening.span(1), [int(y) for y in YEAR_NUMBER.findall(opening.group(1))]
    opens = trim(text, *sentence)[0]
    if not text.startswith(_YEAR_HEADS, opens, sentence[1]):  # most sentences
        return None
    spanned = _YEAR_SPAN.match(text, opens, sentence[1])
    years = _span_years(spanned) if spanned is not None else None
    return (spanned.span(), years) if spanned is not None and years is not None else None


def _named_span(text: str, start: int, end: int) -> re.Match[str] | None:
    """The last span of years in ``text[start:end]`` (2024—2026年) naming a few years, when no list of
    measures follows it there (2024—2026年发明专利、商标分别…: the values are the measures', not the
    years')."""
    last = None
    for m in _YEAR_SPAN.finditer(text, start, end):
        last = m if _span_years(m) is not None else last
    if last is None or any(j in text[last.end() : end] for j in _MEASURE_JOINERS):
        return None
    return last


#: Joiners of a list of measures before 分别 (发明专利、商标分别…).
_MEASURE_JOINERS = ("、", "和", "及", "与")


def _measures_listed(text: str, opening: Span, start: int, end: int) -> bool:
    """A span of years opens the sentence (no list: 2024—2026年，) and measures are listed in
    ``text[start:end]`` before 分别 (发明专利、商标分别…): the values are the measures', not the years'."""
    spanned = not any(j in text[opening[0] : opening[1]] for j in _MEASURE_JOINERS)
    return spanned and any(j in text[start:end] for j in _MEASURE_JOINERS)


def _years_of(listed: re.Match[str]) -> list[int]:
    """The years of a list of them (2024年、2025年) or of a span (2024—2026年: each year of it)."""
    if listed.re is _YEAR_SPAN:
        return _span_years(listed) or []
    return [int(y) for y in YEAR_NUMBER.findall(listed.group())]


def _respective_years(
    text: str,
    clause: Span,
    found: list[TargetDraft],
    opening: tuple[Span, list[int]] | None,
    listed_at: int | None = None,
) -> list[TargetDraft] | None:
    """'2023年、2024年、2025年专利授权量分别达到1000件、1100件、1200件' (the years may also follow the
    measure, or open the sentence: ``opening``, 到2023年、2024年和2025年，…分别达到…): one target a year,
    each with its value in order, where the clause read the first value only. None unless a list of years,
    each later than the one before, stands before 分别 in the clause or opens the sentence, its years and the
    values after 分别 are as many, and only joiners stand between the values. ``listed_at``: where the words
    before the values end when no 分别 is written (_listed_values_at)."""
    at = text.find(_RESPECTIVELY, *clause) if listed_at is None else listed_at
    first = found[0]
    if first.inherited or first.standing is not None:
        return None
    last = None
    for listed_here in _YEAR_LIST.finditer(text, clause[0], at):
        last = listed_here  # the last list before 分别
    if last is None:  # 2024—2026年发明专利授权量分别达到100件、120件、150件: the span's years
        last = _named_span(text, clause[0], at)
    elif (spanned := _named_span(text, last.end(), at)) is not None:
        last = spanned
    values = numbers(text, at, clause[1], words=False)
    if not values:
        return None
    dated: list[re.Match[str] | None] = [None] * len(values)  # a year in a bracket after each value
    if last is not None:
        listed, years = last.span(), _years_of(last)
    elif opening is not None and opening[0][1] <= at:
        if _measures_listed(text, opening[0], clause[0], at):
            return None
        listed, years = opening
    elif (after := _years_after(text, values, clause[1])) is not None:
        (listed, years), dated = after
    else:
        return None
    if len(values) != len(years) or values[0].value != first.value or years != sorted(set(years)):
        return None
    ends = [q.unit_end if m is None else m.end() for q, m in zip(values, dated, strict=True)]
    if any(text[e : b.start].strip() not in _BETWEEN_VALUES for e, b in zip(ends, values[1:], strict=False)):
        return None
    named = first.indicator_span or first.span
    indicator = first.indicator
    if named[0] < listed[0] < named[1]:  # 专利授权量2023年、2024年…分别: the years are no part of it
        indicator = squeeze(text[named[0] : trim(text, named[0], listed[0])[1]])
    if len(indicator) < MIN_INDICATOR:
        return None
    # the quote opens with the years listed in the clause; a sentence's opening dates it as 到2025年 does
    opening_at = min(listed[0], first.span[0]) if last is not None else first.span[0]
    each = [
        replace(
            first,
            indicator=indicator,
            **_value_of(text, q, values[-1].unit),
            comparator="range" if q.value_max is not None else first.comparator,
            year=year,
            year_basis="sentence",
            span=trim(text, opening_at, q.unit_end),
        )
        for year, q in zip(years, values, strict=True)
    ]
    end = values[-1].unit_end
    return each + [d for d in found[1:] if d.span[1] > end]


#: Years written after the values they date, in a bracket after the last value (分别达到300件、500件（2024年、
#: 2025年）) or a year in a bracket after each (300件（2024年）、500件（2025年）).
_YEARS_AFTER = re.compile(rf"[（(]\s*+({_YEAR_LIST.pattern})\s*+[）)]")
_YEAR_AFTER = re.compile(r"[（(]\s*+((?:19|20)\d{2})\s*+年(?:底|末)?\s*+[）)]")


#: The most characters inside a bracket of a target's attribute (（预期性）, （约束性指标）).
_ATTRIBUTE_MAX = 6


def _with_notes(flags: list[str], notes: list[str]) -> list[str]:
    """``flags`` and after them the flags of a bracket's note not among them."""
    return flags + [f for f in notes if f not in flags] if notes else flags


def _attribute_after(text: str, at: int, end: int) -> list[str]:
    """The flag a bracket right after a target's value gives (发明专利授权量达到420件（约束性）: binding;
    （预期性）: expected), as an indicator table's 属性 column does (targets.yaml year_tables attributes), or
    a note of how the count counts or of its year (地理标志产品总数达到5个（累计）: cumulative; （年度）:
    annual), as a row's label's note does; [] when none follows."""
    at = trim(text, at, end)[0]
    if not text.startswith(("（", "("), at):
        return []
    words = text[at + 1 : min(end, at + 2 + _ATTRIBUTE_MAX)]
    close = min((i for i in (words.find("）"), words.find(")")) if i >= 0), default=-1)
    if close < 0:
        return []
    written = words[:close].strip()
    attributes = target_vocabulary().year_tables.attributes
    return [str(flag) for word, flag in attributes.items() if written in (word, word + "指标")][
        :1
    ] or note_at(text, at, end)


def _dated_after(text: str, at: int, end: int) -> re.Match[str] | None:
    """A bracket holding a year alone right after a target's value (达到1200件（2025年）): the year it is
    for."""
    at = trim(text, at, end)[0]
    return _YEAR_AFTER.match(text, at, end) if text.startswith(("（", "("), at) else None


def _years_after(
    text: str, values: list[Quantity], end: int
) -> tuple[tuple[Span, list[int]], list[re.Match[str] | None]] | None:
    """The years written after ``values`` (_YEARS_AFTER) and where they are, with the bracket after each
    value when each has its own; None when no such years follow them."""
    if "（" not in text[values[0].unit_end : end] and "(" not in text[values[0].unit_end : end]:
        return None
    at = trim(text, values[-1].unit_end, end)[0]
    if (listed := _YEARS_AFTER.match(text, at, end)) is not None:
        years = [int(y) for y in YEAR_NUMBER.findall(listed.group(1))]
        return (listed.span(1), years), [None] * len(values)
    each = [_YEAR_AFTER.match(text, trim(text, q.unit_end, end)[0], end) for q in values]
    if any(m is None for m in each):
        return None
    found = [m for m in each if m is not None]
    return ((found[0].start(1), found[-1].end(1)), [int(m.group(1)) for m in found]), list(each)


class _YearLists:
    """The lists of years of a sentence (2024年、2025年), found once, and the last one before a position."""

    def __init__(self, text: str, sentence: Span) -> None:
        spans = (
            m
            for m in _YEAR_SPAN.finditer(text, *sentence)
            if _span_years(m) is not None and (m.start() == 0 or text[m.start() - 1] not in _BRACKET_OPENERS)
        )  # not a title's period (《…纲要（2021-2025年）》)
        self.found = sorted((*_YEAR_LIST.finditer(text, *sentence), *spans), key=lambda m: m.end())
        self.ends = [m.end() for m in self.found]

    def before(self, pos: int) -> re.Match[str] | None:
        """The last list ending at or before ``pos``."""
        at = bisect_right(self.ends, pos)
        return self.found[at - 1] if at else None


#: A span of years (2024—2025年, 2024年至2026年): each year of it, for a count said to hold each year.
_YEAR_SPAN = re.compile(r"((?:19|20)\d{2})\s*+年?\s*+[—–\-－~～至到]+\s*+((?:19|20)\d{2})\s*+年")
#: Most years a span of them is read as, one target a year.
_SPAN_YEARS = 10


def _span_years(m: re.Match[str]) -> list[int] | None:
    """The years of a span (2024—2026年: 2024, 2025, 2026); None when it runs backwards or is too long."""
    first, last = int(m.group(1)), int(m.group(2))
    return list(range(first, last + 1)) if 0 < last - first < _SPAN_YEARS else None


def _for_each(text: str, clause: Span, first: TargetDraft) -> bool:
    """The cheap test of _each_listed_year: the target's words open or close with 各, or the clause up to it
    says 每年."""
    indicator = first.indicator
    return (
        indicator.startswith(_EACH)
        or indicator.endswith(_EACH)
        or _RECURRING.search(text, clause[0], first.span[1]) is not None
    )


def _each_listed_year(text: str, lists: _YearLists, found: list[TargetDraft]) -> list[TargetDraft] | None:
    """'2024年、2025年每年新增地理标志商标各1件': the value for each year of a list of years, each later than
    the one before, written before the first target in its sentence, when the target says it holds for
    each (各 closing its words before the value, or right after the years: 2024年、2025年各新增…1件) or each
    year (每年 after the list): one target a year, as a
    list given 分别 has, its 各 taken off; None otherwise. The quote opens with the years."""
    first = found[0]
    named = first.indicator_span
    if first.inherited or first.standing is not None or first.baseline or first.value_max is not None:
        return None
    listed = lists.before(first.span[0])  # the last list before the target
    if listed is None or named is None:
        return None
    each = first.indicator.endswith(_EACH)
    # 2024年、2025年各新增…1件: 各 right after the years, the flag words after it read as at the words' start
    opens_each = first.indicator.startswith(_EACH) and not text[listed.end() : named[0]].strip(" 、，,")
    if not (each or opens_each or _RECURRING.search(text, listed.end(), first.span[1])):
        return None
    spanned = listed.re is _YEAR_SPAN
    years = _span_years(listed) if spanned else [int(y) for y in YEAR_NUMBER.findall(listed.group())]
    if not years or years != sorted(set(years)):
        return None
    indicator, flags = first.indicator, list(first.flags)
    if each:
        indicator = indicator[: -len(_EACH)]
        named = (named[0], trim(text, named[0], named[1] - len(_EACH))[1])
    elif opens_each:
        start, _, _ = strip_front(text, named[0] + len(_EACH), named[1], flags)
        flags = resolve_flags(flags, first.unit)
        named = (start, named[1])
        indicator = squeeze(text[start : named[1]])
    if len(indicator) < MIN_INDICATOR:
        return None
    flags += [] if "annual" in flags else ["annual"]
    basis = "sentence"
    return [
        replace(
            first,
            indicator=indicator,
            indicator_span=named,
            flags=flags,
            year=year,
            year_basis=basis,
            span=trim(text, listed.start(), first.span[1]),
        )
        for year in years
    ] + found[1:]


def _reached(words: str) -> str:
    """The words before a measured word value without the verbs of reaching inside them (targets.yaml,
    reach_verbs: 专利导航服务实现重点产业 → 专利导航服务重点产业)."""
    for verb in target_vocabulary().reach_verbs:
        words = words.replace(verb, "")
    return words


def _standing_clause(
    text: str, clause: Span, standing: Standing, year_here: int | None, previous: _Subject | Span | None
) -> list[TargetDraft]:
    """The targets of a clause holding a standing: numbers before it (达到8件、高于全市平均水平), the standing
    itself, about the indicator written before it or else the one before, and numbers after it."""
    found: list[TargetDraft] = []
    s_start, s_end = standing.span
    if has_quantity(text, clause[0], s_start):
        found = _clause_targets(text, (clause[0], s_start), year_here, previous)
    own = _standing_target(text, (clause[0], s_start), standing, year_here, found[-1] if found else previous)
    if own is not None and (margin := _margin(text, s_end, clause[1], standing)) is not None:
        q, s_end, comparator = margin  # 高于全省平均水平2个百分点: 2 points over the average
        value_text = f"{standing.reference}{squeeze(text[q.start : q.unit_end])}"
        own = replace(
            own,
            value=q.value,
            unit=q.unit,
            comparator=comparator,
            value_text=value_text,
            span=trim(text, own.span[0], s_end),
        )
    if own is not None:
        found.append(own)
    subject = _Subject(own.indicator, own.indicator_span or own.span) if own is not None else previous
    # a second standing of the same indicator (保持全市首位、进入全国高新区前50名)
    again = find_standing(text, s_end, clause[1], clause[0]) if may_stand(text, s_end, clause[1]) else None
    if again is not None and again.span[0] >= s_end:
        rest = s_end
        while rest < again.span[0] and text[rest] in _JOINERS:
            rest += 1
        found += _standing_clause(text, (rest, clause[1]), again, year_here, subject)
    elif has_quantity(text, s_end, clause[1]):
        found += _clause_targets(text, (s_end, clause[1]), year_here, subject)
    return found


#: Units of a margin over an average (增速高于全省平均水平2个百分点): points of a rate.
_MARGIN_UNITS = ("个百分点", "百分点")


def _margin(text: str, at: int, end: int, standing: Standing) -> tuple[Quantity, int, str] | None:
    """A margin right after a standing above an average (高于全省平均水平2个百分点, 高出全市平均水平5个百分点
    以上): the quantity, where its words end and how it bounds the margin (at least it, unless a word after
    it says otherwise: 以内 at most, 左右 about); None for another standing or no margin in points."""
    if standing.kind != "average" or standing.comparator not in (">", ">="):
        return None
    found = numbers(text, at, end)  # 2个百分点, 两个百分点
    if not found or text[at : found[0].start].strip() or found[0].unit not in _MARGIN_UNITS:
        return None
    q = found[0]
    tail_end, after = after_comparator(text, q.unit_end, end, q.unit)
    return q, tail_end, after or ">="


def _standing_target(
    text: str,
    before: Span,
    standing: Standing,
    year_here: int | None,
    previous: TargetDraft | _Subject | Span | None,
) -> TargetDraft | None:
    """The standing as a target; ``before`` is the clause up to it (where its own indicator stands)."""
    flags: list[str] = []
    s, year, quote_start = strip_front(text, before[0], before[1], flags)
    e, _, back_year = strip_back(text, s, before[1], flags)
    indicator, indicator_span, inherited = squeeze(text[s:e]), (s, e), False
    if (ranked := _ranked_rank(text, indicator, standing)) is not None:  # 综合排名全省第五: 综合排名
        indicator, indicator_span = squeeze(text[s:ranked]), (s, ranked)
    elif (framed := scope_before(indicator, standing)) is not None and len(framed[0]) >= MIN_INDICATOR:
        # 专利授权量在全州排名保持第一: 专利授权量, ranked among the prefecture's (全州第一)
        indicator, standing = framed
        indicator_span = (s, _end_of(text, s, e, indicator))
    elif isinstance(previous, TargetDraft):  # the number before it in the clause: the same indicator
        indicator, indicator_span, inherited = (
            previous.indicator,
            previous.indicator_span or previous.span,
            True,
        )
        quote_start = standing.span[0]
    elif len(indicator) < MIN_INDICATOR:
        subject = _clause_subject(text, previous) if isinstance(previous, tuple) else previous
        if subject is None:
            return None
        indicator, indicator_span, inherited = subject.indicator, subject.span, True
        quote_start = min(quote_start, standing.span[0])
    target_year = next((y for y in (year, back_year, year_here) if y is not None), None)
    unit = RANK_UNIT if standing.value is not None else None
    if standing.moved:  # 排名较上年前移2位: the rank moves up by so many places
        flags.append("increment")
    return TargetDraft(
        indicator=indicator,
        value=standing.value,
        value_max=None,
        denominator=None,
        value_text=standing.reference,
        unit=unit,
        comparator=standing.comparator,
        flags=resolve_flags(flags, unit) + [f for f in target_flags(indicator) if f not in flags],
        year=target_year,
        year_basis="sentence" if target_year is not None else "plan",
        span=trim(text, quote_start, standing.span[1]),
        indicator_span=indicator_span,
        inherited=inherited,
        standing=standing,
    )


def _end_of(text: str, start: int, end: int, words: str) -> int:
    """Where ``words`` (``text[start:end]``'s opening, white space squeezed out) end in ``text``."""
    left = len(words)
    at = start
    while at < end and left > 0:
        if not text[at].isspace():
            left -= 1
        at += 1
    return at


def _ranked_rank(text: str, indicator: str, standing: Standing) -> int | None:
    """Where the rank noun written as the standing's verb ends (排名 of 综合排名全省第五), when the words
    before it name no measure (targets.yaml rank_modifiers: 综合, 总体) and the rank itself is ranked."""
    words = target_vocabulary().standings
    noun = next((n for n in words.rank_nouns if text.startswith(n, standing.span[0])), None)
    if noun is None or not indicator.endswith(words.rank_modifiers):
        return None
    return standing.span[0] + len(noun)


def _whole_clause(text: str, clause: Span) -> Span | None:
    """The clause before as the indicator of a clause that states only a quantity (开展产业专利导航项目，
    每年不少于3项): when it is short and holds no number, from its work's verb when a scope opens it (面向
    农业合作社开展商标品牌培训: 开展商标品牌培训); a clause saying how a measure moves gives the measure
    (高价值发明专利拥有量稳步提升，达到300件: 高价值发明专利拥有量, targets.yaml trend_words)."""
    start, _, _ = strip_front(text, clause[0], clause[1], [])
    close = trim(text, start, clause[1])[1]
    end, _, _ = strip_back(text, start, close, [])
    trend = _trend_words().search(text, start, close)
    if trend is not None and len(squeeze(text[start : trend.start()])) >= MIN_INDICATOR:
        end, _, _ = strip_back(text, start, trend.start(), [])
    if text.startswith(target_vocabulary().context_openers, start, end):
        # 面向农业合作社开展商标品牌培训: the scope is no part of what is counted; from the work's verb on
        verb = _key_verb().search(text, start + 1, end)
        if verb is None:
            return None
        start = verb.start()
    words = squeeze(text[start:end])
    if not MIN_INDICATOR <= len(words) <= _OBJECT_MAX + 4 or NUMBER.search(words):
        return None
    return start, end


@cache
def _key_verb() -> re.Pattern[str]:
    """Any verb of the work a target counts (targets.yaml key_verbs: 开展, 培育, 建设 …), longest first."""
    return re.compile("|".join(map(re.escape, sorted(target_vocabulary().key_verbs, key=len, reverse=True))))


def _listed(text: str, end: int, start: int) -> bool:
    """Only a list's joiners (、, 和, 及, 与), no comma, stand between ``end`` and ``start``."""
    gap = text[end:start]
    return bool(gap.strip()) and all(ch in _LIST_JOINERS for ch in gap)


def _counts_apart(unit: str | None, other: str | None) -> bool:
    """Both count things (targets.yaml numeral_units; 万件 counts 件) and not the same things: 3家 counts
    firms, never the patents a 发明专利授权量80件 before it counted."""
    if unit is None or other is None or unit == other:
        return False
    counters = _counters()
    return counters.get(unit, "") != counters.get(other, "") and unit in counters and other in counters


def _measured_apart(counted: str, word: str) -> str:
    """An aggregate word (金额, 数量: targets.yaml aggregate_words) after a measure of the same thing counted
    in another unit (知识产权质押融资笔数 before 金额达到5000万元): the words before that measure's closing
    word of two characters or more (targets.yaml key_tails: 笔数, 数量, 金额) with ``word``; ``word`` alone
    when the measure closes with none."""
    tail = next(
        (t.text for t in target_vocabulary().key_tails if len(t.text) > 1 and counted.endswith(t.text)), ""
    )
    stem = counted[: -len(tail)] if tail else ""
    return stem + word if len(stem) >= MIN_INDICATOR and tail != word else word


@cache
def _counters() -> dict[str, str]:
    """Each counter of numeral_units, and with each multiplier before it (万件), mapped to the counter."""
    vocab = target_vocabulary()
    out = {u: u for u in vocab.numeral_units}
    out.update({m.text + u: u for m in vocab.multipliers for u in vocab.numeral_units})
    return out


def _counted_after(rest: str) -> bool:
    """The words after a count name what it counts (5家 企业通过贯标认证): Chinese words enough for an
    indicator, no number among them."""
    words = squeeze(rest)
    return len(words) >= MIN_INDICATOR and bool(_CJK_WORDS.fullmatch(words)) and not NUMBER.search(words)


def _set_up(text: str, clause: Span) -> _Subject | None:
    """What the clause before sets up or adds (``_added_object``), as the subject of a word naming its whole
    (规模, 总数: targets.yaml aggregate_words)."""
    named = _added_object(text, clause)
    return None if named is None else _Subject(squeeze(text[named[0] : named[1]]), named)


def _added_object(text: str, clause: Span) -> Span | None:
    """What a bare increment counts (培育驰名商标，力争新增1件; 组织企业申报国家知识产权优势示范企业，
    新增2家以上): the noun after the first verb of adding (targets.yaml added_verbs) in the clause before, to
    its end, when that is short and holds no number (建设高价值专利培育中心 counts no 中心 after 培育)."""
    found = [(i, i + len(v)) for v in target_vocabulary().added_verbs if (i := text.find(v, *clause)) >= 0]
    if not found:
        return None
    at = min(found)[1]
    end, _, _ = strip_back(text, at, trim(text, at, clause[1])[1], [])
    words = squeeze(text[at:end])
    if not MIN_INDICATOR <= len(words) <= _OBJECT_MAX + 4 or NUMBER.search(words):
        return None
    return at, end


def _budgeted_object(text: str, clause: Span) -> Span | None:
    """What the clause before puts into a budget or a plan (将知识产权专项资金纳入年度预算: 知识产权专项资金),
    the words between 将 / 把 and a verb of putting in (targets.yaml budget_verbs) before a budget
    (budget_words), when they are short and hold no number; None otherwise."""
    verbs = target_vocabulary().budget_verbs
    found = [i for v in verbs if (i := text.find(v, *clause)) >= 0]
    if not found:
        return None
    cut = min(found)
    at = max(text.rfind("将", clause[0], cut), text.rfind("把", clause[0], cut)) + 1
    if at <= 0 or not any(text.find(w, cut, clause[1]) >= 0 for w in target_vocabulary().budget_words):
        return None  # 将知识产权工作纳入绩效考核: no fund
    words = squeeze(text[at:cut])
    if (
        not MIN_INDICATOR <= len(words) <= _OBJECT_MAX
        or NUMBER.search(words)
        or not _CJK_WORDS.fullmatch(words)
    ):
        return None
    return at, cut


def _object_before(text: str, clause: Span, verb: str) -> Span | None:
    """Where the clause before names what a bare verb of this one acts on: from the verb's last use there
    to the clause's end (支持企业申请PCT专利 for 申请), when that is short and holds no number."""
    at = text.rfind(verb, clause[0], clause[1])
    if at < 0:
        return None
    end, _, _ = strip_back(text, at, trim(text, at, clause[1])[1], [])
    words = squeeze(text[at:end])
    if not len(verb) < len(words) <= len(verb) + _OBJECT_MAX or NUMBER.search(words):
        return None
    return at, end


def _noun_of_act(text: str, clause: Span, act: str) -> Span | None:
    """Where the clause before names the noun a bare act of this one closes (推进专利开放许可试点 for 许可:
    专利开放许可): from after the verbs opening that clause to the act's last use there, when something is
    named before the act, in Chinese words alone and short, and no verb stays inside."""
    at = text.rfind(act, clause[0], clause[1])
    if at < 0:
        return None
    start, _, _ = strip_front(text, clause[0], at, [])
    verbs = _act_verbs()
    while (verb := verbs.match(text, start, at)) is not None:
        start = verb.end()  # 加快推进专利开放许可 → 专利开放许可
    end = at + len(act)
    words = text[start:end]
    if (
        not len(act) < len(words) <= _OBJECT_MAX
        or not _CJK_WORDS.fullmatch(words)
        or words.startswith(target_vocabulary().context_openers)
        or verbs.search(words) is not None
    ):
        return None
    return start, end


@cache
def _act_verbs() -> re.Pattern[str]:
    """The verbs and lead words opening a clause before the noun of an act (targets.yaml measure_verbs,
    key_verbs, lead_words), longest first."""
    vocab = target_vocabulary()
    verbs = sorted({*vocab.measure_verbs, *vocab.key_verbs, *vocab.lead_words}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, verbs)) or "(?!)")


class _ClosingNotes:
    """The bracketed annotations closing a clause (5件【责任单位：区科技局】), its brackets read once: any
    number of the clause's values asks where the words after it end before them, in time of the brackets
    closing the clause, never of the words after the value (a run of thousands of 达到1件（2023年为1件）
    read each value's rest of the clause again)."""

    def __init__(self, text: str, clause: Span) -> None:
        self.text = text
        self.end = trim(text, *clause)[1]
        self.opens: dict[int, list[int]] = {}  # where the groups closing at an offset open
        if self.end > clause[0] and text[self.end - 1] in CLOSERS:
            for g in bracket_groups(text, clause[0], self.end, ANNOTATION_OPENERS):
                self.opens.setdefault(g.close, []).append(g.open)

    def before(self, start: int) -> int:
        """The end of ``text[start:end]`` (``end`` the clause's, past white space) before the annotations
        closing it; brackets inside words (县（市）区) stay."""
        text, end = self.text, max(self.end, start)
        while end > start and text[end - 1] in CLOSERS:
            opens = [at for at in self.opens.get(end, ()) if at >= start]
            if not opens:
                break
            end = trim(text, start, min(opens))[1]
        return end


def _next_segment(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos] in _JOINERS:
        pos += 1
    return pos
