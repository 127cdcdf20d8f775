"""Standings: targets that place an indicator against an average or among its peers rather than at a number.

- an average: 高于全市平均水平 (>), 不低于全省平均水平 (>=), 达到全国平均水平 (>=), 低于全市平均水平 (<);
- a rank: 保持全市前三位 (at most 3), 位居全省第二位 (exactly 2), 稳居全市首位 / 全省第一 (1), 位居全省前列 /
  第一方阵 (the top group, no number).

The scope (全省, 全市, 同类地区 …) says whom the indicator is measured against; its level (省, 市 …) names
the plan's own ancestor region, resolved when the target is built. Wording: the ``standings`` section of
ontology/data/targets.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from ontology.vocab import RegionEntry
from ontology.vocab_targets import target_vocabulary
from policykg.extract.regions import RegionIndex
from policykg.extract.textspan import Span, numeral_value, squeeze

#: A rank word followed by one of these counts things (全省第一家), it ranks nothing.
_COUNTED = "家个批次届项条座所件种款部"
_NUMERALS = "一二三四五六七八九十"


@dataclass(frozen=True)
class Standing:
    kind: Literal["average", "rank"]
    span: Span  # the comparator or rank verb (when written) through the reference
    scope: str  # 全省
    level: str | None  # 省: which ancestor of the plan's region the scope names
    reference: str  # as written, white space removed: 全省平均水平, 全市前三位
    comparator: str
    value: float | None  # the rank (None for an average or the top group)


def _words(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(any standing's cue: a cheap test, an average, a rank)."""
    s = target_vocabulary().standings
    scope = f"(?P<scope>{_words(tuple(x.text for x in s.scopes))})"
    comparators = _words(tuple(c.text for c in s.average_comparators))
    average = re.compile(rf"(?P<cmp>{comparators})\s*{scope}\s*{s.peers}\s*(?P<ref>{_words(s.averages)})")
    ranks = (
        f"(?P<at_most>{s.rank_at_most})|(?P<exactly>{s.rank_exactly.replace('?P<n>', '?P<n2>')})"
        f"|(?P<top>{_words(s.rank_top)})|(?P<first>{_words(s.rank_first)})"
    )
    rank = re.compile(
        rf"(?:(?P<verb>{_words(s.rank_verbs)}|{comparators})\s*)?{scope}\s*{s.peers}\s*(?:排名|排位|排序)?\s*"
        rf"(?:{ranks})(?![\d{_NUMERALS}{_COUNTED}])"
    )
    cue = re.compile(f"{_words(tuple(x.text for x in s.scopes))}")
    return cue, average, rank


def may_stand(text: str, start: int, end: int) -> bool:
    """A scope word (全省, 全市 …) is written in ``text[start:end]``: a cheap test before looking closer."""
    return _patterns()[0].search(text, start, end) is not None


def find_standing(text: str, start: int, end: int) -> Standing | None:
    """The first standing in ``text[start:end]`` (a clause), if any."""
    _, average, rank = _patterns()
    found = [m for m in (average.search(text, start, end), rank.search(text, start, end)) if m is not None]
    if not found:
        return None
    m = min(found, key=lambda x: x.start())
    scope = m.group("scope")
    level = next(x.level for x in target_vocabulary().standings.scopes if x.text == scope)
    written = squeeze(text[m.start("scope") : m.end()])
    if m.re is average:
        comparator = next(
            c.comparator
            for c in target_vocabulary().standings.average_comparators
            if c.text == m.group("cmp")
        )
        return Standing("average", m.span(), scope, level, written, comparator, None)
    if m.group("at_most"):
        return Standing("rank", m.span(), scope, level, written, "<=", _rank(m.group("n")))
    if m.group("exactly"):
        return Standing("rank", m.span(), scope, level, written, "=", _rank(m.group("n2")))
    if m.group("first"):
        return Standing("rank", m.span(), scope, level, written, "=", 1.0)
    return Standing("rank", m.span(), scope, level, written, "<=", None)


def _rank(numeral: str) -> float | None:
    value = numeral_value(squeeze(numeral))
    return float(value) if value > 0 else None


def reference_region(index: RegionIndex, region: RegionEntry | None, level: str | None) -> RegionEntry | None:
    """The region a standing's scope names in a plan of ``region``: 全省 → its province, 全国 → the
    country."""
    if region is None or level is None:
        return None
    if level == "国":
        return next((r for r in index.by_id.values() if r.level == "country"), None)
    return index.with_prefix_level(region, level)
