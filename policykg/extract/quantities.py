"""Numbers and their units in prose: values, ranges (1-2个, 12%—15%) and ratios (5/10) followed by a unit,
万 / 亿 multipliers before a bare unit (55万件), time units (3个月, 20个工作日), quantities written in words
(翻一番, 实现零的突破), shares written in words (百分之三十, 三成), a comparator after the unit (以上 / 以内)
and normalisation to a base unit. Unit words are in ontology/data/targets.yaml."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import accumulate

from ontology.vocab_targets import target_vocabulary
from policykg.extract.regex_heads import guarded
from policykg.extract.target_words import (
    any_word_value,
    phrase_patterns,
    unit_forms,
    word_value_marks,
    word_values,
)
from policykg.extract.textspan import numeral_value, trim

#: The dashes and waves joining the two ends of a range written in digits (10-15家, 20%—30%, 3～5项), the
#: full-width hyphen a full-width input mode types (10－15家) among them.
RANGE_DASHES = "-—–－~～"
#: A number; a line break may cut it where a PDF or Word line wraps (累计达到10\n0亿元). Its first digit
#: opens the pattern, the character before it (no digit, point or letter) looked at behind that digit: a
#: pattern opening with a digit is searched for by the engine's own quick scan of the text. A half-width
#: comma may group its thousands (1,200件: three digits after each comma, no fourth).
NUMBER = re.compile(
    r"(\d(?<![\d.·．A-Za-z]\d)\d*(?:,\d{3}(?!\d))*(?:\n\d+)*(?:\n?\.\n?\d+)?)"
    rf"(?:\s*(?P<range>[{RANGE_DASHES}至到])\s*(\d+(?:,\d{{3}}(?!\d))*(?:\.\d+)?))?"
    r"(?:\s*/\s*(?P<den>\d+(?:\.\d+)?))?"
)
#: What joins the two ends of a range (20%—30%, 百分之二十至三十, 百分之二十到百分之三十).
_RANGE_WORD = rf"[{RANGE_DASHES}至到]"
#: Words after a number, before its unit, saying the count is more than it (12000余件, 300多家).
_MORE_THAN = "余多"
#: A unit written per year (2000件/年, 500万元／年): the count recurs each year, read as 每年 before it is.
_PER_YEAR = re.compile(r"[ \u3000]*+[/／][ \u3000]*+年(?![度份])")
#: The upper end of a range written after the unit of its lower end (12%—15%, 3家至5家).
_RANGE_TAIL = re.compile(rf"\s*{_RANGE_WORD}\s*(\d+(?:\.\d+)?)")


@dataclass(frozen=True)
class Quantity:
    """A number (or a quantity written in words) and its unit in prose."""

    start: int
    end: int  # one past the value as written (with the unit of a range's lower end: 12%—15)
    unit_end: int  # one past the unit
    value: float
    value_max: float | None
    denominator: float | None
    unit: str | None
    comparator: str | None = None  # stated by a word value itself (翻一番: >=)
    flags: tuple[str, ...] = ()
    measure: str | None = None  # what a word value measures of the words before it (全覆盖: 覆盖率)
    manner: bool = False  # a word value that may say how work is done (全覆盖: targets.yaml, word_values)
    unit_before: int | None = (
        None  # where a unit written in brackets before the number opens (专利（件）达到500)
    )
    more: bool = False  # more than the number, as 余 / 多 after it say (12000余件, 300多家)
    near: bool = False  # close to the number, as 近 before it says (近百件, 近千家): about it

    @property
    def in_words(self) -> bool:
        return self.comparator is not None


def has_quantity(text: str, start: int, end: int, *, words: bool = True) -> bool:
    """A digit or a quantity written in words in ``text[start:end]``: a cheap test before scanning. With
    ``words`` False only a digit is looked for: the caller knows the text holds no quantity in words (the
    paragraph around it holds none, has_words)."""
    return NUMBER.search(text, start, end) is not None or (words and has_words(text, start, end))


def has_words(text: str, start: int, end: int) -> bool:
    """A quantity written in words or in Chinese numerals in ``text[start:end]``. Its scans cost more than
    the search for a digit and seldom find one: a paragraph without one has none in any part of it."""
    marks = word_value_marks()  # the quick test first: a character every quantity in words holds
    return (
        (marks is None or marks.search(text, start, end) is not None)
        and any_word_value().search(text, start, end) is not None
    ) or (
        _numeral_pattern().search(text, start, end) is not None
        or _share_pattern().search(text, start, end) is not None
        or _hundreds_pattern().search(text, start, end) is not None
        or _round_pattern().search(text, start, end) is not None
        or _single_pattern().search(text, start, end) is not None
        or (
            _MULTIPLIER_MARKS.search(text, start, end) is not None
            and _MULTIPLIED.search(text, start, end) is not None
        )
    )


@cache
def _numeral_unit_forms() -> tuple[str, ...]:
    """The forms of the numeral units (targets.yaml numeral_units: 家, 件, 个 …) a count in Chinese numerals
    stands before, longest first."""
    units = set(target_vocabulary().numeral_units)
    return tuple(sorted({form for form, unit in unit_forms() if unit in units}, key=len, reverse=True))


def _before_unit(forms: tuple[str, ...]) -> str:
    """A lookahead for one of the numeral units' ``forms``: the count stands right before it."""
    return rf"(?=(?:{'|'.join(map(re.escape, forms))}))"


@cache
def _numeral_pattern() -> re.Pattern[str]:
    """A count in Chinese numerals (两, 三, 十, 三十, 二十五) before one of the numeral units (targets.yaml
    numeral_units): never 一, nor a numeral run on from another numeral, 第 or 每."""
    forms = _numeral_unit_forms()
    if not forms:
        return re.compile("(?!)")
    # The count's first numeral opens the pattern, so that the engine skips to one itself; the character
    # before it is looked at behind it, and what follows it depends on which it is: 十 (十, 十五), 二…九
    # (三, 三十, 三十五) or 两.
    # A range's upper end may follow (三至五家, 两到三件), read as a count is.
    # 余 / 多 after the count say it is more than that (二十余家, 十多个); 点 before it makes it a decimal's
    # digits (一点五亿元: _multiplied_pattern).
    rest = r"(?:(?<=十)[一二三四五六七八九]?|(?<=[二三四五六七八九])(?:十[一二三四五六七八九]?)?|(?<=两))"
    return re.compile(
        rf"([二三四五六七八九十两](?<![第每一二三四五六七八九十百千万两〇零点][二三四五六七八九十两]){rest})"
        rf"(?:\s*+{_RANGE_WORD}\s*+(?P<max>[二三四五六七八九十两]{rest}))?(?P<more>[余多])?"
        + _before_unit(forms)
    )


@cache
def _hundreds_pattern() -> re.Pattern[str]:
    """A count of hundreds or thousands in Chinese numerals (三百, 一千二百, 两千五百五十) before one of the
    numeral units: it opens with a numeral and holds 百 or 千; no numeral, 第 or 每 before it (百家, 千家万户
    and 第一百 are none)."""
    forms = _numeral_unit_forms()
    if not forms:
        return re.compile("(?!)")
    return re.compile(
        r"([一二三四五六七八九两](?<![第每零〇一二三四五六七八九十百千万两点][一二三四五六七八九两])"
        r"[零〇一二三四五六七八九十百千两]*+)(?P<more>[余多])?" + _before_unit(forms)
    )


#: A count in Chinese numerals before a multiplier and its unit (两万件, 十五万件, 一亿元, 一千二百万件), a
#: decimal written with 点 (一点五亿元), 余 / 多 after it (三千余万元: more than it): 一 may open it here, as
#: a count of 万 or 亿 is never a vague one. No numeral, 第, 每 or 点 before it.
_MULTIPLIED = re.compile(
    r"([一二三四五六七八九十两](?<![第每零〇一二三四五六七八九十百千万亿两点][一二三四五六七八九十两])"
    r"[零〇一二三四五六七八九十百千两]*+)(?:点([零〇一二三四五六七八九]++)(?P<more>[余多])?"
    r"|(?P<more2>[余多])?(?=[万亿]))"
)
#: A character every count of ``_MULTIPLIED`` holds (万, 亿, 点): its cheap test, one pass of the engine.
_MULTIPLIER_MARKS = re.compile("[万亿点]")
_DECIMAL_DIGITS = {ch: str(i) for i, ch in enumerate("〇一二三四五六七八九")} | {"零": "0"}


def multiplied_value(whole: str, decimals: str | None) -> float | None:
    """一 → 1, 十五 → 15, 一千二百 → 1200; with the digits after 点 (一, 五 → 1.5); None for a run that is
    no number (二三, 一十一百)."""
    value = hundreds_value(whole) if "百" in whole or "千" in whole else numeral_value(whole)
    if not value:
        return None
    if decimals:
        return float(f"{value}.{''.join(_DECIMAL_DIGITS[ch] for ch in decimals)}")
    return float(value)


def _multiplied(
    text: str,
    c_start: int,
    c_end: int,
    covered: _Covered,
    allowed: tuple[str, ...],
    marks: _TitleMarks,
) -> list[Quantity]:
    """The counts in Chinese numerals before 万 / 亿 and a unit (两万件, 一点五亿元) or written with 点
    (三点五件): the unit one of ``allowed`` (亿元, 万元, 件) or 万 / 亿 and one of them (万件: 件).
    Such a count is a number as surely as one in digits is: it need not close its phrase
    (由一点二亿元提高到二亿元)."""
    found: list[Quantity] = []
    if _MULTIPLIER_MARKS.search(text, c_start, c_end) is None:
        return found
    for m in _MULTIPLIED.finditer(text, c_start, c_end):
        if covered.holds(m.start()) or marks.inside(m.start()):
            continue
        value = multiplied_value(m.group(1), m.group(2))
        unit = unit_at(text, m.end(), c_end) if value is not None else None
        if value is None or unit is None or not _numeral_unit(unit[0], allowed):
            continue
        more = m.group("more") or m.group("more2") or ""
        found.append(
            Quantity(
                m.start(),
                m.end() - len(more),
                unit[1],
                value,
                None,
                None,
                unit[0],
                more=bool(more) or _more_inside(text, m.end(), unit[1]),
            )
        )
    return found


@cache
def _single_pattern() -> re.Pattern[str]:
    """A count of one (一) before one of the single units (targets.yaml single_units): no numeral, 第, 每 …
    before it."""
    forms = tuple(
        sorted({f for f, u in unit_forms() if u in target_vocabulary().single_units}, key=len, reverse=True)
    )
    if not forms:
        return re.compile("(?!)")
    return re.compile(r"一(?<![第每同统唯单逐之零〇一二三四五六七八九十百千万两点]一)" + _before_unit(forms))


def _singles(text: str, c_start: int, c_end: int, covered: _Covered, marks: _TitleMarks) -> list[Quantity]:
    """The counts of one of the clause (新增驰名商标一件。) that close their phrase."""
    found: list[Quantity] = []
    allowed = target_vocabulary().single_units
    for m in _single_pattern().finditer(text, c_start, c_end):
        if covered.holds(m.start()) or marks.inside(m.start()):
            continue
        if (unit := _closing_unit(text, m.end(), c_end, allowed)) is None:
            continue
        found.append(Quantity(m.start(), m.end(), unit[1], 1.0, None, None, unit[0]))
    return found


#: Numerals, and words of a vague count, that may not stand before a bare 百 / 千 of a round count (一百余,
#: 几百, 数千: read as hundreds or not at all).
_NOT_BEFORE_ROUND = "零〇一二三四五六七八九十百千万两几数第每"


@cache
def _round_pattern() -> re.Pattern[str]:
    """A round count of a hundred or a thousand with no numeral before it, said to be about or more than it
    (近百件, 近千家: about; 百余家, 千余件, 百多个: more than) before one of the numeral units, or an amount
    of money (百亿元, 千万元: a hundred 亿元, a thousand 万元). 百 / 千 with neither word (百家企业, 千家万户,
    百强) names no count."""
    forms = _numeral_unit_forms()
    if not forms:
        return re.compile("(?!)")
    not_before = rf"(?<![{_NOT_BEFORE_ROUND}])"
    return re.compile(  # behind a look-ahead on 近百千: most characters fail at one test (regex_heads.py)
        guarded(
            rf"(?:{not_before}(?P<near>近)(?P<n1>[百千])(?P<more1>[余多])?|{not_before}(?P<n2>[百千])"
            rf"(?P<more2>[余多])|{not_before}(?P<n3>[百千])(?=[亿万]元))" + _before_unit(forms)
        )
    )


_PLACES = {"千": 1000, "百": 100, "十": 10}


def hundreds_value(numeral: str) -> int | None:
    """一千二百 → 1200, 两千 → 2000, 三百零五 → 305, 一百二十 → 120; None for a run that is no number or
    counts no hundreds (三十, 一二百)."""
    if "百" not in numeral and "千" not in numeral:
        return None
    total, digit, last_place = 0, None, 10000
    for ch in numeral:
        if ch in _PLACES:
            place = _PLACES[ch]
            if digit is None or place >= last_place:
                return None
            total, digit, last_place = total + digit * place, None, place
        elif ch in "零〇":
            if digit is not None:
                return None
        elif digit is not None:
            return None
        else:
            digit = numeral_value(ch) or None
    return total + (digit or 0)


#: The upper end of a range of counts in numerals written after the unit of its lower end (两家至三家): the
#: unit must follow it again (_numeral_tail).
_NUMERAL_TAIL = re.compile(
    rf"\s*+{_RANGE_WORD}\s*+([二三四五六七八九十两](?:(?<=十)[一二三四五六七八九]?|(?<=[二三四五六七八九])"
    r"(?:十[一二三四五六七八九]?)?|(?<=两)))"
)


def _numeral_tail(text: str, unit: tuple[str, int], end: int) -> tuple[float, int] | None:
    """The upper end of a range after the unit ``unit`` of its lower end (两家至三家, 三件到五件) and
    where its own unit, the same, ends."""
    tail = _NUMERAL_TAIL.match(text, unit[1], end)
    if tail is None:
        return None
    upper = unit_at(text, tail.end(), end)
    if upper is None or upper[0] != unit[0]:
        return None
    return float(numeral_value(tail.group(1))), upper[1]


#: What may follow a count in numerals and its unit for the count to close its phrase (an annotation's
#: bracket too).
_PHRASE_END = frozenset("，,。；;、：:（()）\n ")


def _closes_phrase(text: str, pos: int, c_end: int, unit: str | None) -> bool:
    """Whether a count ending at ``pos`` closes its phrase: past any comparator word after it (以上), the
    clause ends or a mark ending a phrase follows (千余件。, not 百家企业)."""
    after, _ = after_comparator(text, pos, c_end, unit)
    return after >= c_end or text[after] in _PHRASE_END


def _numerals(
    text: str, c_start: int, c_end: int, taken: list[tuple[int, int]], marks: _TitleMarks
) -> list[Quantity]:
    """The counts in Chinese numerals of the clause that close their phrase (新增…两件。, 不少于三十家，)."""
    allowed = target_vocabulary().numeral_units
    covered = _Covered(taken)
    found = _multiplied(text, c_start, c_end, covered, allowed, marks)
    if found:
        covered = _Covered([*taken, *((q.start, q.unit_end) for q in found)])
    found += _hundreds(text, c_start, c_end, covered, allowed, marks)
    found += _round_counts(text, c_start, c_end, covered, allowed, marks)
    if text.find("一", c_start, c_end) >= 0:
        found += _singles(text, c_start, c_end, covered, marks)
    if found:
        covered = _Covered([*taken, *((q.start, q.unit_end) for q in found)])
    consumed = c_start  # the upper end of a range written after its unit (两家至三家) is no count of its own
    for m in _numeral_pattern().finditer(text, c_start, c_end):
        if m.start() < consumed or covered.holds(m.start()):
            continue
        if marks.inside(m.start()):
            continue
        unit = unit_at(text, m.end(), c_end)
        if unit is None or unit[0] not in allowed:
            continue
        upper = float(numeral_value(m.group("max"))) if m.group("max") else None
        end, unit_end = m.end(), unit[1]
        tail = _numeral_tail(text, unit, c_end) if upper is None else None
        if tail is not None:
            upper, unit_end = tail
            end = unit_end
        if not _closes_phrase(text, unit_end, c_end, unit[0]) and not _opens_noun(
            text, (c_start, c_end), m.start(), unit_end, unit[0]
        ):
            continue
        if tail is not None:
            consumed = unit_end
        if m.group("more") and tail is None:  # 二十余家: more than twenty; its end before 余
            end -= len(m.group("more"))
        found.append(
            Quantity(
                m.start(),
                end,
                unit_end,
                float(numeral_value(m.group(1))),
                upper,
                None,
                unit[0],
                more=m.group("more") is not None,
            )
        )
    return sorted(found, key=lambda q: q.start)


@cache
def _adding_verbs() -> tuple[str, ...]:
    """The verbs after which a count in numerals may open its noun (targets.yaml added_verbs and
    numeral_verbs)."""
    words = target_vocabulary()
    return (*words.added_verbs, *words.numeral_verbs)


_RANGE_OPENING = re.compile(_RANGE_WORD)


def _opens_noun(text: str, clause: tuple[int, int], pos: int, unit_end: int, unit: str) -> bool:
    """A count from ``pos`` to its unit's end (``unit_end``) opens its noun after a verb of adding, right
    before it in its clause (培育|两家示范企业, 新建|三个工作站): what is made is counted; or where a bound
    says a number is meant, a bound word right before it (不少于|五家企业, targets.yaml numeral_bounds) or a
    comparator word right after its unit (五家|以上|企业), in the clause ``clause``. A range's end
    (两家至三件: no range across two units) opens none."""
    c_start, c_end = clause
    if _RANGE_OPENING.match(text, unit_end) is not None:
        return False
    if text.endswith(_adding_verbs(), c_start, pos) or text.endswith(_numeral_bounds(), c_start, pos):
        return True
    if _after_served_word(text, c_start, pos):
        return True
    return after_comparator(text, unit_end, c_end, unit)[1] is not None


def _after_served_word(text: str, c_start: int, pos: int) -> bool:
    """A word naming whom the work serves stands right before ``pos`` (为|二十家企业, 帮助|三十家企业:
    targets.yaml numeral_served), not the close of another word (作为|一项, 成为|两个:
    numeral_served_not_after)."""
    words = target_vocabulary()
    for word in words.numeral_served:
        if text.endswith(word, c_start, pos):
            at = pos - len(word)
            return at == c_start or not text.endswith(words.numeral_served_not_after, c_start, at)
    return False


@cache
def _numeral_bounds() -> tuple[str, ...]:
    """The bound words after which a count in numerals may open its noun (targets.yaml numeral_bounds)."""
    return target_vocabulary().numeral_bounds


def _closing_unit(text: str, pos: int, c_end: int, allowed: tuple[str, ...]) -> tuple[str, int] | None:
    """The unit right after a count in words ending at ``pos``, when it is one of ``allowed`` or a multiplier
    and one of them (两万件: 万件), and closes the count's phrase (两千件。, 近百家，), with where it ends;
    else None."""
    unit = unit_at(text, pos, c_end)
    if (
        unit is None
        or not _numeral_unit(unit[0], allowed)
        or not _closes_phrase(text, unit[1], c_end, unit[0])
    ):
        return None
    return unit


def _numeral_unit(unit: str, allowed: tuple[str, ...]) -> bool:
    """``unit`` is one of ``allowed`` or a multiplier (万, 亿) and one of them (万件)."""
    return unit in allowed or (unit[:1] in "万亿" and unit[1:] in allowed)


def _hundreds(
    text: str,
    c_start: int,
    c_end: int,
    covered: _Covered,
    allowed: tuple[str, ...],
    marks: _TitleMarks,
) -> list[Quantity]:
    """The counts of hundreds or thousands in Chinese numerals of the clause (一千二百件, 两千件以上) that
    close their phrase, as a smaller count in numerals does."""
    found: list[Quantity] = []
    for m in _hundreds_pattern().finditer(text, c_start, c_end):
        value = hundreds_value(m.group(1))
        if value is None or covered.holds(m.start()) or marks.inside(m.start()):
            continue
        if (unit := _closing_unit(text, m.end(), c_end, allowed)) is None:
            continue
        more = m.group("more") is not None  # 一千余件: more than a thousand
        end = m.end() - len(m.group("more") or "")
        found.append(Quantity(m.start(), end, unit[1], float(value), None, None, unit[0], more=more))
    return found


def _round_counts(
    text: str,
    c_start: int,
    c_end: int,
    covered: _Covered,
    allowed: tuple[str, ...],
    marks: _TitleMarks,
) -> list[Quantity]:
    """The round counts of the clause with no numeral before 百 / 千 (近百件: about 100; 千余家: more than
    1000) that close their phrase, as a count in numerals does."""
    found: list[Quantity] = []
    for m in _round_pattern().finditer(text, c_start, c_end):
        if covered.holds(m.start()) or marks.inside(m.start()):
            continue
        if (unit := _closing_unit(text, m.end(), c_end, allowed)) is None:
            continue
        group = next(g for g in ("n1", "n2", "n3") if m.group(g))
        numeral = m.group(group)
        more = (m.group("more1") or m.group("more2")) is not None
        end = m.start(group) + 1
        found.append(
            Quantity(
                m.start(),
                end,
                unit[1],
                float(_PLACES[numeral]),
                None,
                None,
                unit[0],
                more=more,
                near=m.group("near") is not None,
            )
        )
    return found


#: The count of a share written in words (targets.yaml share_words): 一 to 一百 in Chinese numerals, a decimal
#: after 点 (三点五); no numeral may run on after it (百分之一百二十 is none). A line break may cut it where a
#: PDF or Word line wraps (百分之二\n十).
_SHARE_COUNT = (
    r"(?:一?\n?百|零|(?:[一二三四五六七八九]\n?)?十(?:\n?[一二三四五六七八九])?|[一二三四五六七八九两])"
    r"(?:\n?点(?:\n?[零〇一二三四五六七八九])+)?(?!\n?[零〇一二三四五六七八九十百点])"
)
_DECIMALS = {ch: str(i) for i, ch in enumerate("零一二三四五六七八九")} | {"〇": "0"}


@cache
def _share_pattern() -> re.Pattern[str]:
    """The shares written in words (targets.yaml share_words): a base before the count (百分之三十, its count
    in group ``c<i>``), or a single numeral before the word of its tenths (三成), the numeral looked at behind
    the word and no numeral, 第 or 每 before it (三五成群); the empty group ``w<i>`` closing a form tells
    which word it is. Each form opens with its word but a base's first character (分之 of 百分之, that looked
    at behind), nothing before it: the engine skips to those characters, far rarer than 百 or 千."""
    branches: list[str] = []
    for i, word in enumerate(target_vocabulary().share_words):
        w = re.escape(word.text)
        if word.after:
            numeral = "(?<![零〇一二三四五六七八九十百两第每几0-9０-９.．])[一二三四五六七八九两1-9１-９]"
            branches.append(rf"{w}(?<={numeral}{w})(?P<w{i}>)")
        else:
            # a wrap may cut the base from its count (百分之\n二十); a range's upper end may follow, its base
            # written again or not (百分之二十至三十, 百分之二十至百分之三十)
            upper = rf"(?:\s*+{_RANGE_WORD}\s*+(?:{w}\n?)?(?P<m{i}>{_SHARE_COUNT}))?"
            branches.append(
                rf"{re.escape(word.text[1:])}(?<={w})\n?(?P<c{i}>{_SHARE_COUNT}){upper}(?P<w{i}>)"
            )
    return re.compile("|".join(branches) or "(?!)")


#: How far before a count of tenths (五成) the lower end of its range may begin (三至五成, 三成到五成).
_TENTHS_REACH = 8


def _tenths_lower(text: str, start: int, c_start: int, word: str) -> re.Match[str] | None:
    """The lower end of a range before the count of tenths at ``start`` (三 of 三至五成, 三成至五成): a single
    numeral, its word written again or not, and the range word; no numeral, 第 or 每 before it."""
    return _tenths_lower_pattern(word).search(text, max(c_start, start - _TENTHS_REACH), start)


@lru_cache(maxsize=8)  # one per word of tenths in targets.yaml
def _tenths_lower_pattern(word: str) -> re.Pattern[str]:
    """The lower end of a range of tenths written with ``word`` (成), closing the text searched."""
    return re.compile(
        r"(?<![零〇一二三四五六七八九十百两第每几0-9０-９.．])([一二三四五六七八九两])"
        rf"(?:{re.escape(word)})?\s*+{_RANGE_WORD}\s*+$"
    )


def _share_value(count: str) -> float:
    """百 → 100, 八十五 → 85, 三点五 → 3.5, 零点五 → 0.5 (a line's wrap inside the count left out)."""
    whole, _, decimals = count.replace("\n", "").partition("点")
    value = 100 if whole.endswith("百") else numeral_value(whole)
    return float(f"{value}.{''.join(_DECIMALS[ch] for ch in decimals)}") if decimals else float(value)


def _shares(
    text: str, c_start: int, c_end: int, taken: list[tuple[int, int]], marks: _TitleMarks
) -> list[Quantity]:
    """The shares written in words in the clause (百分之三十, 千分之三, 三成以上，): each as the share
    written with its sign; a count before its word (三成) only where it closes its phrase, as a count in
    numerals does."""
    found: list[Quantity] = []
    covered = _Covered(taken)
    words = target_vocabulary().share_words
    for m in _share_pattern().finditer(text, c_start, c_end):
        i = next(i for i in range(len(words)) if m.group(f"w{i}") is not None)
        word = words[i]
        start = m.start() - 1  # the numeral before 成, or a base's first character
        if start < c_start or covered.holds(start) or marks.inside(start):
            continue
        if word.after:
            if not _closes_phrase(text, m.end(), c_end, word.unit):
                continue
            value = float(numeral_value(text[start])) * word.factor
            upper: float | None = None
            lower = _tenths_lower(text, start, c_start, word.text)
            if lower is not None and not covered.holds(lower.start()):
                start, upper, value = lower.start(), value, float(numeral_value(lower.group(1))) * word.factor
        else:
            value = _share_value(m.group(f"c{i}")) * word.factor
            written = m.group(f"m{i}")
            upper = _share_value(written) * word.factor if written else None
        found.append(Quantity(start, m.end(), m.end(), value, upper, None, word.unit))
    return found


def unit_at(text: str, pos: int, end: int) -> tuple[str, int] | None:
    """The unit written at ``pos`` and where it ends; a multiplier before a bare unit (55万件) joins it, a
    line's wrap may cut it."""
    for pattern, units in _unit_patterns():
        m = pattern.match(text, pos, end)
        if m is not None:
            return units[m.group().replace("\n", "")], m.end()
    return None


@cache
def _unit_patterns() -> tuple[tuple[re.Pattern[str], dict[str, str]], ...]:
    """The unit forms as one alternation in their order (longest first, so the first that fits is the one
    a scan would find), then multiplier + bare unit (55万件) the same way; each with the unit a form gives."""
    plain: dict[str, str] = {}
    for form, unit in unit_forms():
        plain.setdefault(form, unit)
    multiplied: dict[str, str] = {}
    for m in target_vocabulary().multipliers:
        for form, unit in unit_forms():
            if form == unit:
                multiplied.setdefault(m.text + form, m.text + unit)
                for more in _MORE_THAN:  # 3万余件: more than 3 万件
                    multiplied.setdefault(m.text + more + form, m.text + unit)
    return tuple(
        (re.compile("|".join(_wrappable(f) for f in forms)), forms) for forms in (plain, multiplied) if forms
    )


def _more_inside(text: str, start: int, end: int) -> bool:
    """A unit written from ``start`` to ``end`` holds 余 / 多 after its multiplier (万余件, 亿多元)."""
    return any(text.find(ch, start, end) >= 0 for ch in _MORE_THAN)


def _wrappable(form: str) -> str:
    """``form`` as a pattern that a line break may cut where a PDF or Word line wraps (200人\n次)."""
    return "\n?".join(re.escape(ch) for ch in form)


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


def resolve_flags(flags: list[str], unit: str | None) -> list[str]:
    """A change word (增长 / 提高 …, or 下降 for a change downward) is growth for a percentage and an
    increment for a count."""
    out: list[str] = []
    for flag in flags:
        if flag in ("change", "decrease"):
            flag = "growth" if unit is not None and is_percentage(unit) else "increment"
        if flag not in out:
            out.append(flag)
    return out


def after_comparator(text: str, pos: int, end: int, unit: str | None) -> tuple[int, str | None]:
    pos2 = trim(text, pos, end)[0]
    for entry in target_vocabulary().comparators_after:
        if text.startswith(entry.text, pos2, end) and (not entry.after_units or unit in entry.after_units):
            return pos2 + len(entry.text), entry.comparator
    return pos, None


def stray_number(words: str) -> bool:
    """``words`` hold a number other than one inside a standard's code (GB/T 29490-2023)."""
    if NUMBER.search(words) is None:
        return False
    return NUMBER.search(phrase_patterns().standard_codes.sub("", words)) is not None


def _value(digits: str) -> float:
    """The number as written, a line's wrap and the commas grouping its thousands left out."""
    return float(digits.replace("\n", "").replace(",", ""))


class _Covered:
    """Spans already read in a clause (its dates, the quantities found before): whether an offset falls
    inside one, by bisection (a clause of thousands of numbers is not walked again for each)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.ends = list(accumulate((e for _, e in ordered), max))  # the furthest end of those up to each

    def holds(self, pos: int) -> bool:
        """Some span starts at or before ``pos`` and ends after it."""
        last = bisect_right(self.starts, pos) - 1
        return last >= 0 and self.ends[last] > pos

    def overlaps(self, start: int, end: int) -> bool:
        """Some span shares an offset with ``[start, end)``."""
        last = bisect_left(self.starts, end) - 1
        return last >= 0 and self.ends[last] > start


def _overlaps_apart(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """One of ``spans`` (sorted, no two sharing an offset) shares an offset with ``[start, end)``: only the
    last to start before ``end`` may."""
    last = bisect_left(spans, (end, -1)) - 1
    return last >= 0 and spans[last][1] > start


_TITLE_MARK = re.compile("[《》]")


class _TitleMarks:
    """Where the title marks (《》) of a clause stand, read once for all its numbers: whether a number
    stands inside a title (《2024年工作要点》) without a search back to the clause's start for each (a
    clause of thousands of numbers)."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.opens: list[int] = []
        self.closes: list[int] = []
        if text.find("《", start, end) < 0:
            return
        for m in _TITLE_MARK.finditer(text, start, end):
            (self.opens if m.group() == "《" else self.closes).append(m.start())

    def inside(self, pos: int) -> bool:
        """A 《 opened between the clause's start and ``pos`` is not closed before ``pos``."""
        last = bisect_left(self.opens, pos) - 1
        if last < 0:
            return False
        closed = bisect_left(self.closes, self.opens[last])
        return closed == len(self.closes) or self.closes[closed] >= pos


#: What may stand just before a number inside a standard's code (GB/T 29490-2023, ISO 9001:2015): a
#: number after a letter is never read (NUMBER), so only these open a code's number to a closer look.
_CODE_GAPS = frozenset(" \u3000-—–:：/")
#: How far before a number a standard's code may begin (DB3201/T 29490), and its number and edition run on.
_CODE_REACH = 16


def _in_standard_code(text: str, pos: int, start: int, end: int) -> bool:
    """The number at ``pos`` is part of a standard's code (targets.yaml standard_codes)."""
    if pos <= start or text[pos - 1] not in _CODE_GAPS:
        return False
    window = (max(start, pos - _CODE_REACH), min(end, pos + _CODE_REACH))
    codes = phrase_patterns().standard_codes.finditer(text, *window)
    return any(m.start() < pos < m.end() for m in codes)


#: A unit in brackets after its indicator, the number following after a verb or comparator (专利质押融资额
#: （亿元）达到1.5): the bracket and the words between it and the number, none a digit or a stop.
_BRACKETED_UNIT = re.compile(r"[（(]([^（()）\d\s]{1,4})[）)]([^\d\s，,。；;、：:（()）《》]{0,6})$")
#: How far before a number a bracketed unit may stand (its bracket and the words after it).
_BRACKET_REACH = 12


def _bracketed_unit(text: str, m: re.Match[str], c_start: int, c_end: int) -> tuple[str, int] | None:
    """The unit of a number written with none after it, given in brackets after its indicator (有效发明专利
    （件）达到500, as a table's header gives it), and where its bracket opens: the number closes its phrase
    (a comparator may follow)."""
    if m.group("den") is not None:
        return None
    b = _BRACKETED_UNIT.search(text, max(c_start, m.start() - _BRACKET_REACH), m.start())
    if b is None:
        return None
    unit = unit_at(text, b.start(1), b.end(1))
    if unit is None or unit[1] != b.end(1):
        return None
    if not _closes_phrase(text, m.end(), c_end, unit[0]):
        return None
    return unit[0], b.start()


@cache
def _reference_ends() -> frozenset[str]:
    """The last characters of the words naming a part of the document (表 of 附表, 件 of 附件)."""
    return frozenset(word[-1] for word in target_vocabulary().reference_words if word)


def _numbers_part(text: str, at: int) -> bool:
    """Whether the number at ``at`` follows a word naming a part of the document (表2, 附件1, 专栏3) and
    so numbers that part (targets.yaml reference_words), the word not another (发表, 代表)."""
    vocab = target_vocabulary()
    for word in vocab.reference_words:
        if text.endswith(word, 0, at):
            opening = at - len(word)
            return opening == 0 or not text.endswith(vocab.reference_not_after, 0, opening)
    return False


#: What joins the numbers of a list or range after one 第 (第8、9项, 第1和3项, 第4至6项).
_ORDINAL_JOINERS = frozenset("、和及至到—–－-~～")
#: What such a list holds besides its joiners: numerals, brackets (第（五）、（六）项), spaces.
_ORDINAL_LIST = frozenset("0123456789一二三四五六七八九十（）() \u3000") | _ORDINAL_JOINERS
#: How far back from a number its list's 第 may stand.
_ORDINAL_REACH = 16


def _in_ordinal_list(text: str, at: int, c_start: int) -> bool:
    """Whether the number at ``at`` closes a list or range of numbers that 第 opens (第8、9项, 第1和3条):
    an ordinal like the first, no count. Read back over the list's numerals and joiners only."""
    i, stop = at - 1, max(c_start, at - _ORDINAL_REACH)
    while i >= stop and text[i] in _ORDINAL_LIST:
        i -= 1
    return i >= stop and text[i] == "第"


def numbers(text: str, c_start: int, c_end: int, *, words: bool = True) -> list[Quantity]:
    """Quantities of the clause: numbers followed by a unit and quantities written in words, in order;
    with ``words`` False, the clause being known to hold none in words (has_words), only numbers."""
    dated: _Covered | None = None  # the clause's dates, read at its first number (most clauses have none)
    marks = _TitleMarks(text, c_start, c_end)
    found: list[Quantity] = []
    consumed = c_start  # the upper end of a range written after its unit (12%—15%) is not a number of its own
    for m in NUMBER.finditer(text, c_start, c_end):
        if m.start() < consumed:
            continue
        before = text[max(c_start, m.start() - 1) : m.start()]
        if (before in ("第", "〔", "[", "［", "﹝", "(", "（") and before != "(") or marks.inside(m.start()):
            continue
        if before in _reference_ends() and _numbers_part(text, m.start()):
            continue  # 按照表2分解的目标任务: the table's number, no 2分
        if before in _ORDINAL_JOINERS and _in_ordinal_list(text, m.start(), c_start):
            continue  # 第8、9项: the ninth item, no 9项
        if dated is None:
            dates = phrase_patterns().dates.finditer(text, c_start, c_end)
            dated = _Covered([(d.start(), d.end()) for d in dates])
        if dated.holds(m.start()) or _in_standard_code(text, m.start(), c_start, c_end):
            continue
        at = trim(text, m.end(), c_end)[0]
        more = at < c_end and text[at] in _MORE_THAN  # 12000余件: more than 12000
        unit = unit_at(text, at + 1 if more else at, c_end)
        unit_before: int | None = None
        if unit is None and more:
            continue
        if unit is not None and not more:
            more = _more_inside(text, at, unit[1])
        if unit is None:
            bracketed = _bracketed_unit(text, m, c_start, c_end)
            if bracketed is None:
                continue
            unit, unit_before = (bracketed[0], m.end()), bracketed[1]
        value_max = _value(m.group(3)) if m.group("range") else None
        end, unit_end = m.end(), unit[1]
        if value_max is None and m.group("den") is None:
            tail = _RANGE_TAIL.match(text, unit_end, c_end)
            upper = unit_at(text, trim(text, tail.end(), c_end)[0], c_end) if tail else None
            if tail is not None and upper is not None and upper[0] == unit[0]:
                value_max, end, unit_end = float(tail.group(1)), upper[1], upper[1]
                consumed = unit_end
        per_year = _PER_YEAR.match(text, unit_end, c_end)  # 2000件/年: a count each year
        if per_year is not None:
            unit_end = per_year.end()
        found.append(
            Quantity(
                m.start(),
                end,
                unit_end,
                _value(m.group(1)),
                value_max,
                float(m.group("den")) if m.group("den") else None,
                unit[0],
                flags=("annual",) if per_year is not None else (),
                unit_before=unit_before,
                more=more,
            )
        )
    if not words:
        return found
    taken = [(q.start, q.unit_end) for q in found]
    numerals = _numerals(text, c_start, c_end, taken, marks)
    if numerals:
        found = sorted([*found, *numerals], key=lambda q: q.start)
        taken.extend((q.start, q.unit_end) for q in numerals)
    shares = _shares(text, c_start, c_end, taken, marks)
    if shares:
        found = sorted([*found, *shares], key=lambda q: q.start)
        taken.extend((q.start, q.unit_end) for q in shares)
    if any_word_value().search(text, c_start, c_end) is None:  # the common case: no quantity in words
        return found
    counted = _Covered(taken)
    worded: list[tuple[int, int]] = []  # the words read below, apart from each other and in order
    for pattern, word in word_values():
        for w in pattern.finditer(text, c_start, c_end):
            if (
                w.end() > w.start()
                and not counted.overlaps(w.start(), w.end())
                and not _overlaps_apart(worded, w.start(), w.end())
            ):
                insort(worded, (w.start(), w.end()))
                found.append(
                    Quantity(
                        w.start(),
                        w.end(),
                        w.end(),
                        word.value,
                        None,
                        None,
                        word.unit,
                        word.comparator,
                        word.flags,
                        word.measure,
                        word.manner,
                    )
                )
    return sorted(found, key=lambda q: q.start)
