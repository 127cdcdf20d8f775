"""Targets worded differently from plan to plan (万人高价值发明专利拥有量, 每万人口高价值发明专利拥有量)
measure one standard indicator: ``comparable_key`` gives a target the standard indicator's key when its own
key is one of that indicator's wordings and its unit fits (ontology/data/indicators.yaml), and its own key
otherwise. A growth rate (年均增长15%) of a standard count or amount is compared under that indicator's
growth key (专利授权量增长率): one key however the count is worded, never the count's own key. A multiple
of a standard count's base level (专利授权量较2020年翻一番: 2 倍, flagged relative) is compared under the
count's key, its unit and flag telling it from a level."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ontology.vocab_indicators import StandardIndicator, indicator_vocabulary
from ontology.vocab_targets import target_vocabulary

_GROWTH = "growth"
_PERCENT = "%"
_TIMES = "倍"
_RELATIVE = "relative"
_POINTS = "个百分点"  # the base of a change of a percentage (提高5个百分点)


@lru_cache(maxsize=8192)
def standard_indicator(key: str, base: str | None = None) -> StandardIndicator | None:
    """The first standard indicator one of whose wordings is the whole of ``key`` and that is measured in
    ``base`` (any unit when None): the same words in another unit (质押融资 in 笔, not in 元) may be another
    standard indicator."""
    return next(
        (
            i
            for i in indicator_vocabulary().indicators
            if (base is None or base in i.bases) and i.regex.fullmatch(key)
        ),
        None,
    )


def comparable_key(key: str, base: str | None, flags: tuple[str, ...] | list[str] = ()) -> str:
    """The key a target is compared under: its standard indicator's, when ``key`` words one and the
    target's unit (normalised ``base``; None for a target without one, such as a standing) is one the
    indicator is measured in; a growth in % of a standard count or amount (flag ``growth``), that
    indicator's growth key; a multiple of a standard measure's base level (flag ``relative`` in 倍: 翻一番,
    达到上年的1.5倍), that measure's key, the unit and flag telling it from a level; a change in points
    (个百分点) of a standard share measured in %, that share's key; else ``key`` itself."""
    if base == _PERCENT and _GROWTH in flags:
        counted = standard_indicator(key)
        growth = _growth_keys().get(counted.id) if counted is not None else None
        if growth is not None:
            return growth
    if base == _TIMES and _RELATIVE in flags:  # 专利授权量较2020年翻一番: twice the count, the count's key
        counted = standard_indicator(key)
        return key if counted is None else counted.zh
    if base == _POINTS:  # 规上工业企业发明专利拥有率比2023年提高5个百分点: a change of a share in %
        base = _PERCENT
    standard = standard_indicator(key, base)
    return key if standard is None else standard.zh


#: How long a field or industry opening a key may be (陶瓷领域: 4), its ending included.
_QUALIFIER_MAX = 10
_QUALIFIER_MIN = 2  # characters before the ending (陶瓷)
_QUALIFIER_JOINS = ("的", "中", "内")


def qualified_key(
    key: str, base: str | None, flags: tuple[str, ...] | list[str] = ()
) -> tuple[str, str] | None:
    """(the standard key, the qualifier) when ``key`` opens with a field or industry (targets.yaml
    qualifier_ends: 陶瓷领域, 生物医药产业) or with who holds the count (qualifier_holders: 高新技术企业,
    规上工业企业) before the wording of a standard indicator (陶瓷领域高价值发明专利拥有量 → 高价值发明专利
    拥有量, 陶瓷领域); None when no such words open it, they are a count per unit (每万家企业) or nothing
    standard follows."""
    if key.startswith(_PER_UNIT) or key in _standard_keys():
        return None
    for end in _qualifier_end().finditer(key, _QUALIFIER_MIN, _QUALIFIER_MAX + 1):
        qualifier, rest = key[: end.end()], key[end.end() :]
        if rest.startswith(_QUALIFIER_JOINS):
            rest = rest[1:]
        compared = comparable_key(rest, base, flags) if len(rest) >= _QUALIFIER_MIN else rest
        if compared in _standard_keys():
            return compared, qualifier
    return None


#: The most characters of the fields a scope opener names (苎麻纺织、生物医药产业 of 围绕苎麻纺织、生物医药
#: 产业培育…), their ending included.
_SCOPE_MAX = 20
#: Characters joining the fields of a scope (苎麻纺织、生物医药产业; 新材料和新能源产业).
_SCOPE_JOINS = "、和及与"


def scoped_indicator(indicator: str) -> tuple[str, str] | None:
    """(the words after the scope, the fields) when ``indicator`` opens with a scope of the work (targets.yaml
    context_openers: 围绕, 聚焦, 依托 …) naming fields or industries closing with a field's ending
    (qualifier_ends: 产业, 领域, 行业, 产业链) before the words counted (围绕苎麻纺织、生物医药产业培育高价值
    专利组合 → 培育高价值专利组合, 苎麻纺织、生物医药产业) and a verb of the work (key_verbs, added_verbs,
    measure_verbs): the fields the target is limited to, no part of what it counts. A scope naming no field
    after an opener of scope_openers (依托…服务中心培育专利导航服务基地) is taken off before the work's first
    verb as well, the fields then "". None for any other indicator."""
    vocab = target_vocabulary()
    if not indicator.startswith(vocab.context_openers):  # the cheap test first: most open with no scope
        return None
    opener = next(w for w in vocab.context_openers if indicator.startswith(w))
    start = len(opener) + _QUALIFIER_MIN
    verbs = _work_verbs()
    found = [
        (at, -len(w))
        for w in vocab.qualifier_ends
        if (at := indicator.find(w, start, start + _SCOPE_MAX)) >= 0
    ]
    if found:
        at, length = min(found)  # the first field's ending closes the scope, the longest there (产业链)
        end = at - length
        fields, rest = indicator[len(opener) : end], indicator[end:]
        # the work's verb after the fields (培育, 开展): no longer noun goes on (产业园)
        if all(_in_scope(c) for c in fields) and len(rest) >= _QUALIFIER_MIN and rest.startswith(verbs):
            return rest, fields
    if opener not in vocab.scope_openers:
        return None
    return _unfielded(indicator, start, verbs)


def _in_scope(c: str) -> bool:
    """``c`` may stand in the fields of a scope: a Chinese character or a joiner (苎麻纺织、生物医药产业)."""
    return "\u4e00" <= c <= "\u9fff" or c in _SCOPE_JOINS


def _unfielded(indicator: str, start: int, verbs: tuple[str, ...]) -> tuple[str, str] | None:
    """The words from the work's first verb on (培育专利导航服务基地 of 依托长治高新区知识产权服务中心培育
    专利导航服务基地) with no fields, when a scope of at least ``start`` characters with the opener, of
    Chinese characters, Latin letters and joiners only, stands before it and the words after it count
    something."""
    opened = start - _QUALIFIER_MIN
    for at in range(opened, min(len(indicator), start + _SCOPE_MAX)):
        if at >= start and indicator.startswith(verbs, at):
            rest = indicator[at:]
            verb = next(v for v in verbs if rest.startswith(v))
            return (rest, "") if len(rest) - len(verb) >= _QUALIFIER_MIN else None
        c = indicator[at]
        if not (_in_scope(c) or (c.isascii() and c.isalpha())):
            return None
    return None


@cache
def _work_verbs() -> tuple[str, ...]:
    """The verbs of the work after a scope (targets.yaml key_verbs, added_verbs, measure_verbs), longest
    first."""
    vocab = target_vocabulary()
    return tuple(sorted({*vocab.key_verbs, *vocab.added_verbs, *vocab.measure_verbs}, key=len, reverse=True))


#: A count per unit (每万家企业, 每家企业, 各高校, 万企): no qualifier of who holds it.
_PER_UNIT = ("每", "各", "万")


@cache
def _qualifier_end() -> re.Pattern[str]:
    """The endings of a field (陶瓷领域) or of who holds a count (高新技术企业), the longest first where one
    ends another (科研院所 before 院所)."""
    vocab = target_vocabulary()
    ends = sorted((*vocab.qualifier_ends, *vocab.qualifier_holders), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, ends)) or "(?!)")


@cache
def _standard_keys() -> frozenset[str]:
    """The keys of the standard indicators and of their growth rates."""
    vocab = indicator_vocabulary()
    return frozenset((*(i.zh for i in vocab.indicators), *(g.zh for g in vocab.growth_indicators)))


@cache
def _growth_keys() -> dict[str, str]:
    """The growth key of each standard count or amount, by the indicator's id."""
    return {g.of: g.zh for g in indicator_vocabulary().growth_indicators}
