"""Indicators of targets in prose: the words before a number with what is not the indicator taken off
either end (adverbs such as 力争, spans of time such as 年内 / 三年, comparison bases such as 较2023年, an
agency that is the sentence's subject as in 区财政局每年安排…, a year such as 到2025年), flags set by
the words taken off, and a key that compares indicators across plans."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ontology.vocab import agency_vocabulary
from ontology.vocab_targets import FlagWord, target_vocabulary
from policykg.extract.agencies import agency_type
from policykg.extract.regions import region_index
from policykg.extract.target_words import (
    back_texts,
    back_word,
    comparator_texts,
    comparator_words,
    front_texts,
    front_word,
    phrase_patterns,
    strippable_words,
)
from policykg.extract.textspan import squeeze, trim

#: A deadline written after a year (2025年底前, 2025年年末, 2025年内, 2025年以内, 2024年6月底前,
#: 2024年上半年前, or a day of it: 2025年6月30日前): the year's, no part of the indicator and no yearly
#: count. ``{}``: what may not follow its 内.
_DEADLINE = (
    r"(?:(?:\s*+\d{{1,2}}\s*+月(?:\s*+\d{{1,2}}\s*+日)?\s*+(?:底|末|份)?|\s*+[上下]半年)\s*+(?:之?前|以前)"
    r"|(?:年?(?:底|末))?(?:之?前|以前|以内|内{})?)"
)


@cache
def _year_in() -> re.Pattern[str]:
    """A year opening the phrase (or ending a span of years), with its deadline, whose 内 opens no place's
    name (2025年内江市…: the names
    the region index knows that begin with 内); before 年度 only the number (2025年度新增: 年度 counts per
    year, a flag word)."""
    index = region_index()
    seconds = sorted({n[1] for n in (*index.full, *index.short) if n[0] == "内" and len(n) > 1})
    place = f"(?![{''.join(map(re.escape, seconds))}])" if seconds else ""
    deadline = _DEADLINE.format(place)
    # a span of years written with its 年 once (2024—2025年实现专利转化50件): the last year's, as
    # 2024年至2025年 is
    span = r"(?:(?:19|20)\d{2}\s*[—–－~～-]+\s*)?"
    return re.compile(rf"(?:到|至|截至|截止)?\s*{span}((?:19|20)\d{{2}})\s*(?:年{deadline}(?!度)|(?=年度))")


#: A clause's count opening the phrase (一是, 二要: tasks.py): the plan's numbering, no part of an indicator.
_CLAUSE_MARK = re.compile(r"[一二三四五六七八九十]+[是要]")  # matched at the phrase's start
_CN_NUMERAL = "[一二三四五六七八九十]{1,3}"
#: An item number opening the phrase (1、 / 2. / （三） / (4) / 5） / ①): the numbering of the plan, never
#: part of an indicator; a decimal (2.5亿元) is not one.
_ITEM_MARK = re.compile(
    # 1.2024年…: a number before a year is an item's, no decimal's (1.5)
    rf"(?:[（(]\s*(?:{_CN_NUMERAL}|\d{{1,3}})\s*[)）]|(?:{_CN_NUMERAL}|\d{{1,3}})\s*[、.．)）](?!\d(?!\d{{3}}\s*年))"
    r"|[\u2460-\u2473\u2474-\u2487\u2488-\u249b]"
    # a list's dash or middle dot opening an item (——知识产权保护社会满意度达到82分, ·质押融资额…,
    # ——PCT国际专利申请量: a capital letter of a measure's Latin name)
    r"|(?:[—－–─]{1,2}|-{1,2}|[·・•])(?=\s*[\u4e00-\u9fffA-Z“《「【]))"
)
#: A label before a colon opening the phrase (主要目标：, 其中：).
_LABEL = re.compile(r"[\u4e00-\u9fff]{1,10}[：:]")
#: Markdown's emphasis marks closing a bold title before the phrase (1. **加强培训。** 举办培训班5期): the
#: page's markup, never part of an indicator.
_EMPHASIS = re.compile(r"(?:\*|__)++")
#: A deadline of a month written without its year opening the phrase (6月底前完成对接2次, 10月30日前): the
#: work's time, never part of an indicator.
_MONTH_DEADLINE = re.compile(
    r"(?:[于在]\s*+)?(?:1[0-2]|0?[1-9])\s*+月(?:\s*+\d{1,2}\s*+日)?\s*+(?:底|末|份)?\s*+(?:之?前|以前)"
)
_BRACKETS = re.compile(r"[（(［\[【〔][^（）()［］\[\]【】〔〕]*[）)］\]】〕]")
#: A bracket inside a wording, between two Chinese characters, holding a word (专利（商标）质押融资额: patents
#: and trademarks; 知识产权质押融资（登记）项目): the word is read as written, unless it is a unit (（万元）).
_INLINE_BRACKET = re.compile(r"(?<=[\u4e00-\u9fff])[（(]([\u4e00-\u9fff]{2,4})[）)](?=[\u4e00-\u9fff])")
_QUOTES = str.maketrans("", "", "“”\"'‘’「」『』 \u3000\n\t")
MIN_INDICATOR = 2
_AGENCY_MAX = 16  # the longest agency name looked for at the start of an indicator
_AGENCY_JOINERS = "、和与及"
YEAR_TAIL = re.compile(rf"((?:19|20)\d{{2}})\s*年{_DEADLINE.format('')}的?\Z")
_YEAR_LEAD = re.compile(r"(?:到|至|截至|截止)\s*\Z")
#: Characters that may carry a type word on into a longer one (财政 → 财政局, 政府办 → 政府办公室).
_AGENCY_GOES_ON = 2
_MIN_AGENCY_ALONE = 3  # an agency named by its type word alone: 财政局 yes, 政府 (政府采购…) no


@lru_cache(maxsize=8192)  # bounded: a long-lived process (the API's uploads) meets new indicators forever
def indicator_key(indicator: str) -> str:
    """A comparable key: no brackets (but the word of one inside the wording: 专利（商标）质押), quotes,
    scope of the plan's own work (在区级层面), leading verbs or trailing counters (数/数量/总量), amounts
    written 额 (金额, 总额), one spelling of a word (规上)."""
    vocab = target_vocabulary()
    if "（" in indicator or "(" in indicator:
        indicator = _INLINE_BRACKET.sub(_inline_word, indicator)
    key = _BRACKETS.sub("", indicator).translate(_QUOTES)
    for synonym in vocab.key_synonyms:
        key = key.replace(synonym.text, synonym.to)
    if "年" in key:  # 发明专利年授权量, 质押融资年度登记金额: 发明专利授权量, flagged annual (target_flags)
        for form, measure in _yearly_forms():
            key = key.replace(form, measure)
    scope = _key_scope().match(key)
    if scope and len(key) > scope.end() + 1:
        key = key[scope.end() :]
    key = _without_unit_verbs(key)
    changed = True
    while changed:
        changed = False
        for word in strippable_words():
            if key.startswith(word) and len(key) > len(word) + 1:
                key = key[len(word) :]
                changed = True
    # 商标品牌指导站建成5—8个: a key verb after what it counts is no part of it, as before it
    verb = next(
        (w for w in vocab.key_verbs_after if key.endswith(w) and len(key) - len(w) >= _COUNTED_MIN), None
    )
    return _without_tail(key if verb is None else key[: -len(verb)])


def _inline_word(m: re.Match[str]) -> str:
    """The word of an inline bracket, or the bracket as it stands (for _BRACKETS) when it holds a unit."""
    word = m.group(1)
    return m.group(0) if word in _unit_words() else word


@cache
def _unit_words() -> frozenset[str]:
    """The units of targets.yaml (件, 万元, 亿元 …): a bracket holding one is no word of the wording."""
    return frozenset(u.unit for u in target_vocabulary().units)


@cache
def _key_scope() -> re.Pattern[str]:
    """A scope of the plan's own work opening a key (targets.yaml key_scopes)."""
    scopes = target_vocabulary().key_scopes
    return re.compile("|".join(f"(?:{p})" for p in scopes) if scopes else "(?!)")


_EACH = "各"
#: 各, 分别 or 均 after a scope per unit (每个乡镇各建成…, 各乡镇分别培育…, 每个乡镇均建成…): the same share
#: for each unit.
_EACH_WORDS = (_EACH, "分别", "均")


@cache
def _unit_scope() -> re.Pattern[str]:
    """A scope per unit opening a key (targets.yaml key_unit_scopes: 每个乡镇) before 各 or a key verb."""
    vocab = target_vocabulary()
    scopes = "|".join(f"(?:{p})" for p in vocab.key_unit_scopes) or "(?!)"
    after = "|".join(map(re.escape, sorted((*_EACH_WORDS, *vocab.key_verbs), key=len, reverse=True)))
    return re.compile(f"(?:{scopes})(?={after})")


def unit_scope_end(words: str) -> int:
    """Where a scope per unit opening ``words`` ends (每个乡镇 of 每个乡镇至少建成, before 各 or a key
    verb); 0 when none opens them."""
    scope = _unit_scope().match(words)
    return scope.end() if scope is not None else 0


def _without_unit_verbs(key: str) -> str:
    """``key`` with 各 (分别, 均) and the key verbs after a scope per unit opening it taken off (每个乡镇
    各建成商标品牌指导站 and 每个乡镇建成商标品牌指导站 → 每个乡镇商标品牌指导站): the scope stays, its
    count being no total, but how the count is worded is no part of what it counts."""
    scope = _unit_scope().match(key)
    if scope is None:
        return key
    rest = key[scope.end() :]
    words = (*_EACH_WORDS, *target_vocabulary().key_verbs)
    while word := next((w for w in words if rest.startswith(w) and len(rest) > len(w) + 1), None):
        rest = rest[len(word) :]
    return key[: scope.end()] + rest


def _without_tail(key: str) -> str:
    """``key`` with the first of targets.yaml's key_tails closing it written as that tail's ``to``, when
    something of two characters or more stays before it and the key keeps no ending of key_tail_keeps."""
    vocab = target_vocabulary()
    if key.endswith(vocab.key_tail_keeps):
        return key
    for tail in vocab.key_tails:
        if key.endswith(tail.text) and len(key) > len(tail.text) + 1:
            rest = key[: -len(tail.text)]
            key = key if rest.endswith(tail.kept_after) else rest + tail.to
            break
    # 实用新型专利授权(量 / 数): a count of rights granted, written 量 as the standard keys write it
    return key + _COUNT if key.endswith(vocab.key_count_verbs) and len(key) > _COUNTED_MIN else key


#: The measure word a key closing in a verb of counting rights is written with, and the shortest such key
#: (专利授权: the verb and something it counts).
_COUNT = "量"
_COUNTED_MIN = 3


@cache
def _per_scopes() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The patterns of targets.yaml per_scopes, compiled, with their flags."""
    return tuple((re.compile(p.pattern), p.flag) for p in target_vocabulary().per_scopes)


def per_scope(indicator: str) -> str | None:
    """What a measure per unit opening ``indicator`` is per (targets.yaml per_scopes): per_capita (每万人口),
    per_gdp (每亿元GDP), per_firm (每万户市场主体); None when it is no such measure."""
    if not indicator.startswith(("每", "万")):  # every scope opens with one of them: the cheap test first
        return None
    return next((flag for pattern, flag in _per_scopes() if pattern.match(indicator)), None)


def rate_word(words: str, *, changes: bool = False) -> FlagWord | None:
    """The word of a rate of change closing ``words`` (年均增速 of 专利授权量年均增速, for a value in %:
    targets.yaml rate_words; with ``changes``, a change word too, as a table's label closes with one:
    专利授权量年均增长（%）), when the words before it name a count of their own: at least MIN_INDICATOR
    characters, no share (占GDP比重) and no rate (转化率) among them, a comparison's base before the rate
    word (同比, 较上年) left aside."""
    rate = next((r for r in _rate_words(changes) if _closes_measure(words, r)), None)
    if rate is None:
        return None
    rest = squeeze(words[: -len(rate.text)])
    compared = phrase_patterns().comparisons_back.search(rest)  # 专利授权量同比增长率: of 专利授权量
    if compared is not None:
        rest = rest[: compared.start()]
    if (
        len(rest) < MIN_INDICATOR
        or rest.endswith(("率", "比", "比重", "比例"))
        or "share" in target_flags(rest)
    ):
        return None
    return rate


def _closes_measure(words: str, rate: FlagWord) -> bool:
    """``rate`` closes ``words`` where it may: anywhere, or right after a measure's noun for a word whose
    first character ends other words elsewhere (质押融资额|年增速; not 每年|增长率, 较上年|增速, 2025年|增速:
    targets.yaml rate_words after_measure)."""
    if not words.endswith(rate.text):
        return False
    return not rate.after_measure or words.endswith(
        target_vocabulary().measure_ends, 0, len(words) - len(rate.text)
    )


@cache
def _rate_words(changes: bool) -> tuple[FlagWord, ...]:
    vocab = target_vocabulary()
    words = (*vocab.rate_words, *(w for w in vocab.flag_words if changes and w.flag == _CHANGE))
    return tuple(sorted(words, key=lambda r: len(r.text), reverse=True))


_CHANGE = "change"


def target_flags(indicator: str) -> list[str]:
    """The flags the words of ``indicator`` give: what a measure per unit is per, a share (占…比重)."""
    flags = []
    if (per := per_scope(indicator)) is not None:
        flags.append(per)
    if "占比" in indicator or ("占" in indicator and ("比重" in indicator or "比例" in indicator)):
        flags.append("share")
    if "年" in indicator and any(form in indicator for form, _ in _yearly_forms()):
        flags.append("annual")  # 发明专利年授权量, 质押融资年度登记金额: a year's count
    return flags


@cache
def _yearly_forms() -> tuple[tuple[str, str], ...]:
    """Each yearly measure of targets.yaml as written with 年 or one of the yearly words in its place
    (年授权量, 年度授权量, 全年授权量), with the measure it stands for (授权量), longest first."""
    vocab = target_vocabulary()
    forms = {
        year + word[1:]: word[1:] for word in vocab.yearly_measures for year in ("年", *vocab.yearly_words)
    }
    return tuple(sorted(forms.items(), key=lambda f: -len(f[0])))


@cache
def _agency_last_chars() -> frozenset[str]:
    """Last characters of the type words of subject agencies (局, 委, 府 …): a cheap first test."""
    categories = set(target_vocabulary().subject_agency_categories)
    return frozenset(a[-1] for t in agency_vocabulary().types if t.broader in categories for a in t.aliases)


@cache
def _agency_ends() -> re.Pattern[str]:
    """One of those last characters: a scan to the places a subject agency may end."""
    chars = "".join(re.escape(ch) for ch in sorted(_agency_last_chars()))
    return re.compile(f"[{chars}]" if chars else "(?!)")


def _agency_at(text: str, start: int, stop: int) -> bool:
    """``text[start:stop]`` is an agency of a subject category: its type word, after nothing or a place."""
    vocab = target_vocabulary()
    if text[stop - 1] not in _agency_last_chars():
        return False
    found = agency_type(text[start:stop])
    if found is None or found[0].broader not in vocab.subject_agency_categories:
        return False
    alias = found[1]
    if not text.endswith(alias, start, stop):
        return False
    place = text[start : stop - len(alias)]
    if place == "" and len(alias) >= _MIN_AGENCY_ALONE:
        return True
    return bool(
        place and place.endswith(vocab.subject_agency_places) and re.fullmatch(r"[\u4e00-\u9fff]+", place)
    )


def _goes_on(text: str, start: int, stop: int, limit: int) -> int | None:
    """The furthest end of a longer agency name within a few characters after ``stop``, if any."""
    ends = range(min(limit, stop + _AGENCY_GOES_ON), stop, -1)
    return next((e for e in ends if _agency_at(text, start, e)), None)


def _agency_subject(text: str, start: int, end: int) -> int | None:
    """Where an agency naming the subject of the sentence ends, when one opens ``text[start:end]``
    (区财政局每年安排…): an agency type word of a subject category, after nothing or a place name; a name that
    goes on into a longer type word (区财政 → 区财政局, 区政府 → 区政府办公室) ends where that one does, and
    one followed by a tail word (县财政部门) after it."""
    limit = min(end - MIN_INDICATOR, start + _AGENCY_MAX)
    for last in _agency_ends().finditer(text, start + 1, limit):  # a stop after a type word's last character
        stop = last.end()
        if not _agency_at(text, start, stop):
            continue
        while (longer := _goes_on(text, start, stop, limit)) is not None:
            stop = longer
        tail = next((t for t in target_vocabulary().subject_agency_tails if text.startswith(t, stop)), "")
        return stop + len(tail) if stop + len(tail) <= limit else stop
    return None


def strip_front(text: str, start: int, end: int, flags: list[str]) -> tuple[int, int | None, int]:
    """``_strip_front`` over the phrase's words joined where a line wraps inside them (a PDF's line breaks,
    较上年增↵长20%以上), offsets of ``text``."""
    if text.find("\n", start, end) < 0:  # most phrases: on one line
        return _strip_front(text, start, end, flags)
    view, at = _unwrapped(text, start, end)
    s, year, quote_start = _strip_front(view, 0, len(view), flags)
    return at[s], year, at[quote_start]


def strip_back(text: str, start: int, end: int, flags: list[str]) -> tuple[int, str, int | None]:
    """``_strip_back`` over the phrase's words joined where a line wraps inside them (…较上年提↵高15%),
    offsets of ``text``."""
    if text.find("\n", start, end) < 0:
        return _strip_back(text, start, end, flags)
    view, at = _unwrapped(text, start, end)
    e, comparator, year = _strip_back(view, 0, len(view), flags)
    return (at[e - 1] + 1 if e > 0 else start), comparator, year


def _unwrapped(text: str, start: int, end: int) -> tuple[str, list[int]]:
    """``text[start:end]`` without its line breaks, and the offset in ``text`` of each character of it (and
    ``end`` after the last)."""
    at = [k for k in range(start, end) if text[k] not in "\r\n"]
    return "".join(text[k] for k in at), [*at, end]


def _strip_front(text: str, start: int, end: int, flags: list[str]) -> tuple[int, int | None, int]:
    """Skip item numbers, labels (主要目标：), lead words, adverbs, 到YYYY年, spans of time, comparison
    bases, a site before a verb of setting up (在家具产业集群建设…), a subject agency and flag words at the
    front. Returns the indicator's start, a year if one is named, and where the quoted phrase starts (flag
    words such as 新增 stay in the quote)."""
    patterns = phrase_patterns()
    year: int | None = None
    phrase_start: int | None = None
    changed = True
    while changed and start < end:
        changed = False
        start = trim(text, start, end)[0]
        m = _year_in().match(text, start, end)
        if m:
            year = int(m.group(1))
            start = m.end()
            while start < end and text[start] in "，,、 \u3000":
                start += 1
            changed = True
            continue
        for pattern in (
            _EMPHASIS,
            _MONTH_DEADLINE,
            _ITEM_MARK,
            _LABEL,
            _CLAUSE_MARK,
            _causative(),
            _site(),
            patterns.periods_front,
            patterns.comparisons_front,
        ):
            m2 = pattern.match(text, start, end)
            if m2 and m2.end() > start:
                total = pattern is patterns.periods_front and _span_total(text, m2.start(), m2.end(), end)
                if total and _CUMULATIVE not in flags:  # 三年内完成…6项: a total over the plan's period
                    flags.append(_CUMULATIVE)
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
        if not changed and (kind_end := _kind_subject(text, start, end)) is not None:
            start, changed = kind_end, True  # 银行机构每年新增…: the flag words after it are read next
        if changed:  # 区财政局要每年安排…: the modal is the subject's
            modals = target_vocabulary().subject_agency_modals
            start += len(next((m for m in modals if text.startswith(m, start, end)), ""))
            continue
        if not text.startswith(front_texts(), start, end):
            break  # no front word here: the usual last round
        comparator = ""
        if text.startswith(comparator_texts(), start, end):
            comparator = next(c.text for c in comparator_words() if text.startswith(c.text, start, end))
        found = front_word(text, start, end)
        if found is not None and len(found[0]) >= len(comparator):  # not 提高 of 提高到
            word, word_flags = found
            flags.extend(f for f in word_flags if f not in flags)
            if word_flags and phrase_start is None:
                phrase_start = start
            start += len(word)
            changed = True
    return start, year, start if phrase_start is None else phrase_start


_CUMULATIVE = "cumulative"


@cache
def _plan_span() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in target_vocabulary().plan_spans) or "(?!)")


def _span_total(text: str, start: int, end: int, phrase_end: int) -> bool:
    """Whether the span of time ``text[start:end]`` opening a count is the plan's whole period and a verb of
    work done a number of times follows it (targets.yaml span_total_verbs: 三年内完成…6项, 未来三年培育…):
    the count is a total over the period."""
    verbs = target_vocabulary().span_total_verbs
    if not verbs or not text.startswith(verbs, end, phrase_end):
        return False
    return _plan_span().fullmatch(text, start, end) is not None


@cache
def _site() -> re.Pattern[str]:
    """A site before a verb of setting things up (targets.yaml site_openers: 在家具产业集群 of 在家具产业集群
    建设知识产权保护工作站3个), matched at the phrase's start: where the counted things stand, no part of
    the indicator. A scope of the plan's own work (key_scopes: 在市级层面建成…) is none: the indicator keeps
    it as written, the key leaves it out."""
    vocab = target_vocabulary()
    if not vocab.site_openers:
        return re.compile("(?!)")
    sites = "|".join(f"(?:{p})" for p in vocab.site_openers)
    scopes = "|".join(f"(?:{p})" for p in vocab.key_scopes)
    return re.compile(f"(?!{scopes})(?:{sites})" if scopes else sites)


#: How many characters may stand between a causative verb and who does the work (引导中小企业, 组织规上企业).
_CAUSED_GAP = 4


@cache
def _causative() -> re.Pattern[str]:
    """A verb of having others do the counted work (targets.yaml causative_verbs: 组织, 引导) before who does
    it (part_subjects: 企业, 高校) within a few characters: matched at the phrase's start, the verb only."""
    vocab = target_vocabulary()
    if not vocab.causative_verbs or not vocab.part_subjects:
        return re.compile("(?!)")
    verbs = "|".join(map(re.escape, vocab.causative_verbs))
    who = "|".join(map(re.escape, sorted(vocab.part_subjects, key=len, reverse=True)))
    return re.compile(f"(?:{verbs})(?=[\u4e00-\u9fff]{{0,{_CAUSED_GAP}}}?(?:{who}))")


_KIND_QUALIFIER_MAX = 6  # characters before a kind's word (商业银行机构, 全县金融机构)


@cache
def _kind_opening() -> re.Pattern[str]:
    """A kind of body (subject_kinds in targets.yaml) opening a phrase, a few Chinese characters before its
    word, followed by a flag word of how a count counts (每年, 新增, 累计)."""
    vocab = target_vocabulary()
    kinds = sorted(vocab.subject_kinds, key=len, reverse=True)
    counting = {"annual", "increment", "cumulative"}
    words = sorted({f.text for f in vocab.flag_words if counting & set(f.flags) and len(f.text) > 1}, key=len)
    if not kinds or not words:
        return re.compile("(?!)")
    alternation = "|".join(map(re.escape, kinds))
    ahead = "|".join(map(re.escape, reversed(words)))
    qualifier = rf"(?![每各])[\u4e00-\u9fff]{{0,{_KIND_QUALIFIER_MAX}}}?"
    return re.compile(rf"{qualifier}(?:{alternation})(?=(?:{ahead}))")


def _kind_subject(text: str, start: int, end: int) -> int | None:
    """Where a kind of body naming who does the counted work ends (推动银行机构每年新增知识产权质押贷款企业
    不少于10户: 银行机构), when one opens ``text[start:end]`` before a flag word and the words counted
    follow that word (知识产权质押贷款企业新增10户: the firms are what is counted, no subject); never a
    count for each (每所高校每年…, 各金融机构新增…). Nor when only a comparator or a verb of reaching or
    setting up follows the flag word (知识产权保护工作站累计达到6家, 调解组织累计建成5个): the bodies of that
    kind are then what is counted."""
    m = _kind_opening().match(text, start, end)
    if m is None:
        return None
    found = front_word(text, m.end(), end)
    if found is None or _counted_after(text, m.end() + len(found[0]), end) < MIN_INDICATOR:
        return None
    return m.end()


def _counted_after(text: str, start: int, end: int) -> int:
    """How many characters of ``text[start:end]`` (what follows a kind of body's flag word) name what is
    counted: none for comparator words alone (达到, 不少于) or a verb of reaching or setting up alone
    (建成)."""
    while end > start and text.endswith(comparator_texts(), start, end):
        end -= max(len(w) for w in comparator_texts() if text.endswith(w, start, end))
    vocab = target_vocabulary()
    words = text[start:end]
    return 0 if words in vocab.reach_verbs or words in vocab.added_verbs else end - start


def _strip_back(text: str, start: int, end: int, flags: list[str]) -> tuple[int, str, int | None]:
    """Take comparator, comparison, time, flag and adverb words off the end of the phrase before the
    number. Returns the indicator's end, the comparator and a year named there (…拥有量到2025年达到)."""
    patterns = phrase_patterns()
    comparator = "="
    year: int | None = None
    about = taken = False  # an approximation word taken off (约2000件); a comparator word taken off
    vocab = target_vocabulary()
    changed = True
    while changed and end > start:
        changed = False
        end = trim(text, start, end)[1]
        if not about and text.endswith(vocab.approximate_words, start, end):
            word = next(w for w in vocab.approximate_words if text.endswith(w, start, end))
            if end - len(word) <= start or text[end - len(word) - 1] not in vocab.approximate_not_after:
                about, end, changed = True, end - len(word), True
                continue
        if (comparator == "=" or (about and not taken)) and text.endswith(comparator_texts(), start, end):
            for entry in comparator_words():
                if text.endswith(entry.text, start, end) and (
                    not entry.after_measure or _after_measure(text, start, end - len(entry.text))
                ):
                    comparator, taken = entry.comparator, True
                    end -= len(entry.text)
                    changed = True
                    break
            if changed:
                continue
        for pattern in (patterns.comparisons_back, YEAR_TAIL, patterns.periods_back):
            m = pattern.search(text, start, end)
            if m and m.start() < end:
                end = m.start()
                if pattern is YEAR_TAIL:
                    year = int(m.group(1)) if year is None else year
                    lead = _YEAR_LEAD.search(text, start, end)  # 到 of 拥有量到2025年, not of 增长到2025年
                    if lead and not any(text.endswith(c.text, start, end) for c in comparator_words()):
                        end = lead.start()
                changed = True
                break
        if changed:
            continue
        if not text.endswith(back_texts(), start, end):
            break
        found = back_word(text, start, end)
        if found is not None:
            word, word_flags = found
            flags.extend(f for f in word_flags if f not in flags)
            end -= len(word)
            changed = True
    return end, "~" if about else comparator, year


#: Flags of how a count counts that a word inside the indicator may give as well as one before it.
_COUNTING = frozenset(("cumulative", "increment"))


@cache
def _counting_words() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The flag words of targets.yaml flagging only how a count counts (累计, 新增, 新培育 …), longest
    first."""
    words = target_vocabulary().flag_words
    found = [(w.text, w.flags) for w in words if len(w.text) > 1 and set(w.flags) <= _COUNTING]
    return tuple(sorted(found, key=lambda w: -len(w[0])))


def inner_counting(words: str, flags: list[str]) -> str:
    """``words`` without a word of how the count counts standing inside them after a noun (专利保险
    累计投保企业 → 专利保险投保企业, 专利转化项目“十四五”期间累计实施 → 专利转化项目实施): its flags go to
    ``flags``, as the word's do before the noun, and the spans of time and flag words right before it
    (“十四五”期间, 三年, 每年 of 规上企业每年新增发明专利) go with it, their flags too."""
    for word, word_flags in _counting_words():
        at = words.find(word, MIN_INDICATOR)
        if at < 0 or len(words) - at - len(word) < MIN_INDICATOR:
            continue
        head, found = _without_time_words(words[:at], [*word_flags])
        if len(head) < MIN_INDICATOR or head.endswith(_EACH_WORDS) or unit_scope_end(words) >= len(head):
            continue  # 鳌江镇、萧江镇各新增, 每个乡镇新增: a count for each, read with its scope
        flags.extend(f for f in found if f not in flags)
        return head + words[at + len(word) :]
    return _inner_recurrence(words, flags)


@cache
def _change_texts() -> tuple[str, ...]:
    """The words of a rate of change and of a change (增速, 增长率, 增长, 提高: targets.yaml rate_words and
    flag_words)."""
    return tuple(r.text for r in _rate_words(True))


@cache
def _recurring_inside() -> tuple[str, ...]:
    """The words of a count recurring each year that may stand inside an indicator (targets.yaml
    recurring_inside: 每年, 年均), longest first."""
    return tuple(sorted(target_vocabulary().recurring_inside, key=len, reverse=True))


def _inner_recurrence(words: str, flags: list[str]) -> str:
    """``words`` without a word of a count recurring each year standing inside them between what does the
    work and its verb (知识产权质押融资年均惠及企业 → 知识产权质押融资惠及企业): annual, as the word is
    before or after the indicator. Not before a flag word or a word of a rate of change (年均增长, 每年新增,
    年均增速: read as such), nor after a word of each (每个乡镇每年: a count for each, read with its scope),
    nor as the year of a yearly measure (发明专利全年授权量: ``_yearly_forms``, flagged and keyed by
    target_flags)."""
    for word in _recurring_inside():
        at = words.find(word, MIN_INDICATOR)
        if at < 0 or len(words) - at - len(word) < MIN_INDICATOR:
            continue
        after = at + len(word)
        if (
            front_word(words, after, len(words)) is not None
            or words.startswith(_change_texts(), after)
            or words[:at].endswith(_EACH_WORDS)
            or any(words.startswith(form, at) for form, _ in _yearly_forms())
        ):
            return words
        if "annual" not in flags:
            flags.append("annual")
        return words[:at] + words[at + len(word) :]
    return words


def _without_time_words(head: str, flags: list[str]) -> tuple[str, list[str]]:
    """``head`` without the spans of time (三年) and flag words of two characters or more (每年) closing it,
    and ``flags`` with the flags of those words."""
    while True:
        if (period := phrase_patterns().periods_back.search(head)) is not None:
            head = head[: period.start()]  # 专利转化项目“十四五”期间
            continue
        found = back_word(head, 0, len(head))
        if found is None or len(found[0]) < MIN_INDICATOR:
            return head, flags
        flags.extend(f for f in found[1] if f not in flags)
        head = head[: -len(found[0])]


def _after_measure(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` closes with a measure's noun (targets.yaml measure_ends: 金额, 授权量), adverbs
    after it passed over (质押融资金额确保)."""
    vocab = target_vocabulary()
    end = trim(text, start, end)[1]
    while (adverb := next((a for a in vocab.adverbs if text.endswith(a, start, end)), None)) is not None:
        end -= len(adverb)
    return text.endswith(vocab.measure_ends, start, end)


@cache
def _inner_comparators() -> tuple[re.Pattern[str], dict[str, str]]:
    """The comparator words of two or more characters (达 / 为 alone are too common inside indicator
    names), each with its comparator (the first entry's), as a look-ahead trying the longest at each
    position: the word found there is the longest beginning there."""
    words: dict[str, str] = {}
    for entry in target_vocabulary().comparators_before:
        if len(entry.text) >= 2 and not entry.after_measure:
            words.setdefault(entry.text, entry.comparator)
    alternatives = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    return re.compile(f"(?=({alternatives}))" if words else "(?!)"), words


def inner_comparator(text: str, start: int, end: int) -> str:
    """A comparator word inside the phrase (资助金额不超过…官费的50%) when none stands next to the number:
    the one ending last, the longest of those (不超过 beats the 超过 inside it)."""
    pattern, words = _inner_comparators()
    best = (-1, 0, "=")  # (end of the word, its length, comparator)
    for m in pattern.finditer(text, start, end):
        word = m.group(1)
        if (m.start() + len(word), len(word)) > best[:2]:
            best = (m.start() + len(word), len(word), words[word])
    return best[2]
