"""Standings: targets that place an indicator against an average or among its peers rather than at a number.

- an average: 高于全市平均水平 (>), 不低于全省平均水平 (>=), 达到全国平均水平 (>=), 低于全市平均水平 (<);
- a rank: 保持全市前三位 (at most 3), 位居全省第二位 (exactly 2), 稳居全市首位 / 全省第一 (1), 位居全省前列 /
  第一方阵 (the top group, no number).

The scope (全省, 全市, 同类地区 …) says whom the indicator is measured against; its level (省, 市 …) names
the plan's own ancestor region, resolved when the target is built. A standing may be written without one
(保持前列, 高于平均水平): the scope is then the one a frame earlier in the sentence names (在全省同类县区中,
全市范围内), else none is stated and the plan's next level up is meant (a county plan compares itself with
its city, a city plan with its province: ``next_level_up``), marked as inferred on the target. Wording: the
``standings`` section of ontology/data/targets.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Literal

from ontology.vocab import RegionEntry
from ontology.vocab_targets import target_vocabulary
from policykg.extract.regex_heads import guarded
from policykg.extract.regions import RegionIndex, region_index
from policykg.extract.textspan import Span, numeral_value, squeeze

#: A rank word followed by one of these counts things (全省第一家), it ranks nothing.
_COUNTED = "家个批次届项条座所件种款部"
_NUMERALS = "一二三四五六七八九十"


@dataclass(frozen=True)
class Standing:
    kind: Literal["average", "rank"]
    span: Span  # the comparator or rank verb (when written) through the reference
    scope: str  # 全省; "" when none is written in the standing or a frame before it
    level: str | None  # 省: which ancestor of the plan's region the scope names
    reference: str  # as written, white space removed: 全省平均水平, 全市前三位 (a frame's scope + 前列)
    comparator: str
    value: float | None  # the rank (None for an average or the top group); the places moved when moved
    moved: bool = False  # a rank moving up by ``value`` places (排名较上年前移2位), not a place

    @property
    def stated(self) -> bool:
        """The plan writes whom it is measured against (not left to the next level up)."""
        return bool(self.scope)


def _longest_first(words: tuple[str, ...]) -> list[str]:
    return sorted(words, key=len, reverse=True)


def _words(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in _longest_first(words))


@dataclass(frozen=True)
class _Patterns:
    cue: re.Pattern[str]  # any standing's cue: a cheap test
    average: re.Pattern[str]
    rank: re.Pattern[str]
    bare_average: re.Pattern[str]  # no scope: 高于平均水平, 不低于各县区平均水平
    bare_rank: re.Pattern[str]  # no scope: 保持前列, 位居第二位 (a rank verb is needed)
    named_rank: re.Pattern[str]  # a region named for the scope: 排名泉州市前三 (a rank verb is needed)
    frames: tuple[re.Pattern[str], ...]  # a scope before the standing: 在全省同类县区中
    moved: re.Pattern[str]  # a rank moving up: 排名较上年前移2位, 全市排名进位3个以上


@cache
def _patterns() -> _Patterns:
    s = target_vocabulary().standings
    scopes = _words(tuple(x.text for x in s.scopes))
    scope = f"(?P<scope>{scopes})"
    comparators = _words(tuple(c.text for c in s.average_comparators))
    averages = _words(s.averages)
    average = re.compile(guarded(rf"(?P<cmp>{comparators})\s*+{scope}\s*+{s.peers}\s*+(?P<ref>{averages})"))
    at_most, exactly = s.rank_at_most, s.rank_exactly.replace("?P<n>", "?P<n2>")
    after = rf"(?![\d{_NUMERALS}{_COUNTED}])"

    def ranks(top: tuple[str, ...]) -> str:
        return (
            f"(?P<at_most>{at_most})|(?P<exactly>{exactly})"
            f"|(?P<top>{_words(top)})|(?P<first>{_words(s.rank_first)})"
        )

    # Every run of spaces between the parts is possessive (\s*+: never given back): no part after one opens
    # with a space, so the matches are the same, but a run followed by another part that may be empty and
    # another run (全省\s*{peers}\s*(?:排名)?\s*前) would otherwise be split every way before failing, a
    # polynomial time in the run's length.
    ranked = r"(?:排名|排位|排序)?\s*+"
    verbs = _words(s.rank_verbs)
    scoped = _words((*s.rank_verbs, *s.scoped_rank_verbs))  # 走在全省前列: a verb only before its scope
    rank = re.compile(
        guarded(
            rf"(?:(?P<verb>{scoped}|{comparators})\s*+)?{scope}\s*+{s.peers}\s*+{ranked}"
            rf"(?:{ranks(s.rank_top)}){after}"
        )
    )
    bare_average = re.compile(guarded(rf"(?P<cmp>{comparators})\s*+(?P<body>{s.peers}\s*+(?:{averages}))"))
    bare_rank = re.compile(
        guarded(rf"(?P<verb>{verbs})\s*+(?P<body>{ranked}(?:{ranks(s.unscoped_top or s.rank_top)})){after}")
    )
    # a region's name for the scope (泉州市, 福建省): its characters few, the shortest name tried first
    named = (
        rf"(?P<scope>[\u4e00-\u9fff]{{1,7}}?(?:{_words(s.named_scope_ends)}))"
        if s.named_scope_ends
        else "(?!)"
    )
    # a verb of two characters or more before it (位居, 排名): 居 alone opens too many words (居民, 居住)
    long_verbs = tuple(v for v in s.rank_verbs if len(v) > 1)
    named_rank = re.compile(
        guarded(
            rf"(?P<verb>{_words(long_verbs)})\s*+{named}\s*+{s.peers}\s*+{ranked}(?:{ranks(s.rank_top)}){after}"
        )
    )
    frames = tuple(
        re.compile(f.replace("{scope}", scope).replace("{peers}", s.peers)) for f in s.scope_frames
    )
    # each searched in clauses: behind a look-ahead on their first characters (regex_heads.py); the cue,
    # searched in every paragraph, written with each rank verb and its place as a branch of its own: every
    # branch opens with a word, and the engine skips to the characters they begin with itself
    rank_verbs = _longest_first(s.rank_verbs)
    placed = [rf"{re.escape(verb)}\s*+{ranked}[前第首榜]" for verb in rank_verbs]
    if s.named_scope_ends:  # 排名泉州市前三: a name closing in 市 within a few characters of the verb
        ends = _words(s.named_scope_ends)
        placed += [
            rf"{re.escape(verb)}\s*+[\u4e00-\u9fff]{{1,7}}?(?:{ends})" for verb in rank_verbs if len(verb) > 1
        ]
    move = _move_words(s.move_nouns, s.move_bases, s.move_verbs)
    moved = re.compile(
        guarded(
            rf"(?:{scope}\s*+{s.peers}\s*+)?{move}\s*+(?P<n3>\d{{1,2}}|[两{_NUMERALS}]{{1,3}})\s*+"
            r"(?:个(?!百分点)\s*+(?:位次|位|名)?|位次|位|名)(?P<more>以上)?"
        )
    )
    cue = re.compile(guarded("|".join([scopes, averages, *placed, move])))
    return _Patterns(cue, average, rank, bare_average, bare_rank, named_rank, frames, moved)


@cache
def _scope_tail() -> re.Pattern[str]:
    """The words closing a standing's indicator that say among whom it ranks: 在 and a scope, its peers and a
    rank noun, or some of these (在全州排名, 在全省县域排名, 全州排名, 在)."""
    s = target_vocabulary().standings
    scope = f"(?P<scope>{_words(tuple(x.text for x in s.scopes))})"
    nouns = _words(s.rank_nouns)
    within = r"(?:范围)?\s*+(?:之中|之内|中|内|里)?"
    bare = scope.replace("scope", "bare")
    return re.compile(
        rf"(?:在\s*+(?:{scope}\s*+{s.peers}\s*+{within}\s*+)?|{bare}\s*+{s.peers}\s*+)(?:(?:{nouns})\s*+)?\Z"
    )


def scope_before(indicator: str, standing: Standing) -> tuple[str, Standing] | None:
    """``indicator`` without the words closing it that say among whom the standing after it ranks (专利授权量
    在全州排名 | 保持第一, 专利授权量在 | 全州排名第一, 发明专利授权量在全省县域排名 | 进入前10位), and the
    standing with their scope when it names none of its own (全州第一, stated); None when no such words close
    it."""
    if "在" not in indicator and not any(x.text in indicator for x in target_vocabulary().standings.scopes):
        return None  # the cheap test first
    m = _scope_tail().search(indicator)
    if m is None or m.start() == len(indicator):
        return None
    scope = m.group("scope") or m.group("bare") or ""
    if not scope and not standing.scope:
        return None  # 在 alone before a standing of no scope: no frame of it
    if not scope or standing.scope:
        return indicator[: m.start()], standing
    level = next((x.level for x in target_vocabulary().standings.scopes if x.text == scope), None)
    written = squeeze(indicator[m.start("scope") if m.group("scope") else m.start("bare") : m.end()])
    for noun in target_vocabulary().standings.rank_nouns:
        written = written.removesuffix(noun)
    written = written.removeprefix("在")
    return indicator[: m.start()], replace(
        standing, scope=scope, level=level, reference=written + standing.reference
    )


def _move_words(nouns: tuple[str, ...], bases: tuple[str, ...], verbs: tuple[str, ...]) -> str:
    """A rank's noun, the base it moves from (较上年, 较2023年) and a verb of moving up (排名较上年前移,
    位次提升), as a pattern; one that never matches when the vocabulary names no nouns or verbs."""
    if not nouns or not verbs:
        return "(?!)"
    base = "|".join([*(re.escape(b) for b in _longest_first(bases)), r"[较比]\d{4}年"])
    return rf"(?:{_words(nouns)})\s*+(?:(?:{base})\s*+)?(?:{_words(verbs)})"


def may_stand(text: str, start: int, end: int) -> bool:
    """A scope word (全省, 全市 …), an average or a rank verb before a place is written in
    ``text[start:end]``: a cheap test before looking closer."""
    return _patterns().cue.search(text, start, end) is not None


def find_standing(text: str, start: int, end: int, context_start: int | None = None) -> Standing | None:
    """The first standing in ``text[start:end]`` (a clause), if any; ``context_start`` is where its sentence
    starts (a frame naming the scope may stand there: 在全省同类县区中，…保持前列)."""
    p = _patterns()
    candidates = (
        p.average.search(text, start, end),
        p.rank.search(text, start, end),
        p.bare_average.search(text, start, end),
        p.bare_rank.search(text, start, end),
        p.moved.search(text, start, end),
    )
    found = [m for m in candidates if m is not None]
    if (named := _named_rank(text, start, end)) is not None:
        found.append(named)
    if not found:
        return None
    m = min(found, key=lambda x: (x.start(), x.re is not p.average and x.re is not p.rank))
    if m.re is p.moved:
        return _moved(m)
    if m.re is p.average or m.re is p.rank or m.re is p.named_rank:
        scope = m.group("scope")
        written = squeeze(text[m.start("scope") : m.end()])
        return _standing(m, m.re is p.average, scope, written)
    body = squeeze(text[m.start("body") : m.end()])
    since = start if context_start is None else context_start
    frames = [f for pattern in p.frames for f in pattern.finditer(text, since, m.start())]
    scope = max(frames, key=lambda f: f.end()).group("scope") if frames else ""
    return _standing(m, m.re is p.bare_average, scope, scope + body)


def _named_rank(text: str, start: int, end: int) -> re.Match[str] | None:
    """The first rank in ``text[start:end]`` whose scope names a region of the gazetteer (排名泉州市前三,
    位居福建省前列), its level left unknown: the name says which region it is; None when there is none."""
    pattern = _patterns().named_rank
    for m in pattern.finditer(text, start, end):
        if region_index().lookup(m.group("scope"), allow_short=False):
            return m
    return None


def _moved(m: re.Match[str]) -> Standing:
    """A rank moving up by a number of places (全市排名进位3个以上: at least 3), its scope when written."""
    scope = m.group("scope") or ""
    level = next((x.level for x in target_vocabulary().standings.scopes if x.text == scope), None)
    comparator = ">=" if m.group("more") else "="
    written = squeeze(m.group(0))
    return Standing("rank", m.span(), scope, level, written, comparator, _rank(m.group("n3")), moved=True)


def _standing(m: re.Match[str], average: bool, scope: str, written: str) -> Standing:
    standings = target_vocabulary().standings
    level = next((x.level for x in standings.scopes if x.text == scope), None)
    if average:
        comparator = next(c.comparator for c in standings.average_comparators if c.text == m.group("cmp"))
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


def reference_region(
    index: RegionIndex, region: RegionEntry | None, level: str | None, scope: str = ""
) -> RegionEntry | None:
    """The region a standing's scope names in a plan of ``region``: 全省 → its province, 全国 → the
    country, 全州 / 全盟 → its prefecture; a region named (泉州市 of 排名泉州市前三, no level) → that region,
    the one of the plan's lineage when several bear the name."""
    if level is None and scope:
        named = index.lookup(scope, allow_short=False)
        ids = {region.id, *(a.id for a in index.ancestors(region))} if region is not None else set()
        ours = [r for r in named if r.id in ids]
        return ours[0] if ours else (named[0] if len(named) == 1 else None)
    if region is None or level is None:
        return None
    if level == "国":
        return next((r for r in index.by_id.values() if r.level == "country"), None)
    lineage = (region, *index.ancestors(region))
    if level in ("州", "盟"):
        return next((r for r in lineage if r.level == "prefecture"), None)
    if level == "市" and not any(r.level in ("prefecture", "county_city") for r in lineage):
        # 全市 in a plan of a municipality's district (滨海新区: 全市首位) is the municipality itself
        municipality = next((r for r in lineage[1:] if r.name.endswith("市")), None)
        if municipality is not None:
            return municipality
    return index.with_prefix_level(region, level)


def next_level_up(index: RegionIndex, region: RegionEntry | None) -> RegionEntry | None:
    """Whom a standing with no scope written compares a plan of ``region`` with, by the usual reading of a
    local plan: the level above (a county's city, a city's province, a province's country)."""
    if region is None:
        return None
    parent = index.by_id.get(region.parent or "")
    if parent is not None:
        return parent
    if region.level != "province":
        return None
    return next((r for r in index.by_id.values() if r.level == "country"), None)
