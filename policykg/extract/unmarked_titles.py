"""Titles written with no marks after their issuer (按照省委、省政府关于加快建设知识产权强省的意见部署):
citations.yaml unmarked_titles."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ontology.vocab import citation_vocabulary
from policykg.extract.citation_rules import before_issuer_tail
from policykg.extract.regions import region_index
from policykg.extract.textspan import Span


@dataclass(frozen=True)
class UnmarkedTitle:
    issuer: Span
    title: Span


@dataclass(frozen=True)
class _Rules:
    opening: str
    title: re.Pattern[str]  # the title's words from its opening word, matched at it
    issuer: re.Pattern[str]  # the issuer ending right before the opening word, searched in a window
    cue: re.Pattern[str]  # a cue ending right before the issuer, searched in a window
    clause_cue: re.Pattern[str]  # a cue earlier in the clause, the issuer after a joiner
    joiners: frozenset[str]  # words joining a title to the one before (…的意见和省政府关于…的通知)
    sentence_cue: re.Pattern[str]  # a cue earlier in the sentence, titles and commas between
    issued: re.Pattern[str] | None  # an issuing verb, then a title's words closed by its number's bracket
    cued: re.Pattern[str] | None  # a citing cue, then a title's words (no 的) closed by its number's bracket
    title_max: int  # most characters of a title's words


#: Most characters the issuer and the cue before it are searched in.
_WINDOW = 32


def _any(words: tuple[str, ...]) -> str:
    return "|".join(words)


@cache
def _rules() -> _Rules | None:
    vocab = citation_vocabulary().unmarked_titles
    if vocab is None:
        return None
    opening = re.escape(vocab.opening)
    # the words, a span of years in brackets among them (关于印发…实施方案（2023—2025年）的通知)
    years = r"[（(](?:19|20)\d{2}\s*[—–\-－~～至]\s*(?:19|20)\d{2}\s*年?[）)]"
    # and words in quotes (关于印发“十四五”国家知识产权保护和运用规划的通知), a short run closed on its line
    quoted_words = r"“[^“”，。；：《》\n]{1,12}”"
    words = rf"(?:[^，。；：《》“”「」『』（）()\s]|{years}|{quoted_words}){{2,{vocab.max_length}}}?"
    title = rf"{opening}{words}(?:{_any(vocab.ends)})(?!{years})(?=(?:{_any(vocab.after)}))"
    # the issued title's words, quotes among them (江苏省“十四五”知识产权发展规划), then its number's bracket
    quoted = r"[^，。；：《》「」『』（）()\s]"
    issued = (
        re.compile(
            rf"(?:{_any(vocab.issued_cues)})((?:{quoted}|{years}){{2,{vocab.max_length}}}?"
            rf"(?:{_any(vocab.issued_ends)})(?:{years})?)[（(]$"
        )
        if vocab.issued_cues and vocab.issued_ends
        else None
    )
    # (round 38) after a citing cue, no issuer named (根据“十四五”国家知识产权保护和运用规划（国发〔2021〕
    # 20号）): words with no 的, which would hold an issuer and its issuing verb (按照省政府印发的…规划)
    plain = r"[^，。；：《》「」『』（）()\s的]"
    cued = (
        re.compile(
            rf"(?:{_any(vocab.cues)})((?:{plain}|{years}){{4,{vocab.max_length}}}?"
            rf"(?:{_any(vocab.issued_ends)})(?:{years})?)[（(]$"
        )
        if vocab.issued_ends
        else None
    )
    return _Rules(
        vocab.opening,
        re.compile(title),
        re.compile(rf"(?:{vocab.issuers})$"),
        re.compile(rf"(?:{_any(vocab.cues)})[ \t\u3000]*$"),
        re.compile(rf"(?:{_any(vocab.cues)})[^，。；：\n]*$"),
        frozenset((*citation_vocabulary().issuer_joiners, "、")),
        re.compile(rf"(?:{_any(vocab.cues)})[^。；：\n]*[》）)][，,]$"),
        issued,
        cued,
        vocab.max_length,
    )


def _cued(text: str, at: int, last: int, rules: _Rules) -> bool:
    """The issuer at ``at`` is cited: a cue ends right before it, a joiner joins it to the title found before
    (ending at ``last``), or a joiner follows words of a clause a cue opens (贯彻落实党中央决策部署和
    省委 省政府关于…)."""
    if text[last:at] in rules.joiners or rules.cue.search(text, max(0, at - _WINDOW), at):
        return True
    joiner = next((j for j in rules.joiners if text.startswith(j, at - len(j))), None)
    if joiner is None:
        # 根据《商标法》，国务院关于…的意见: a title after a comma closing another the same cue names
        return (
            at > 0
            and text[at - 1] in "，,"
            and rules.sentence_cue.search(text, max(0, at - 4 * _WINDOW), at) is not None
        )
    before = at - len(joiner)
    return rules.clause_cue.search(text, max(0, before - 2 * _WINDOW), before) is not None


#: Most characters of a place's name written before the body issuing a title (宝鸡市陈仓, 福建).
_PLACE = 10


def _issuer_start(text: str, at: int, low: int, last: int, rules: _Rules) -> int | None:
    """Where the cited issuer whose body's words start at ``at`` begins: there when it is cued; else at the
    place's name written before the body (福建省人民政府, 福州市人民政府办公厅, 中共福建省委: the gazetteer's
    names, written whole up to the body's level word), or before the first of such bodies joined (中共六盘水
    市委、六盘水市人民政府), when that is cued; else None."""
    if _cued(text, at, last, rules):
        return at
    start = _place_start(text, at, low)
    if start is None:
        return None
    first = _joined_start(text, start, low, rules)
    return next((s for s in (first, start) if s is not None and _cued(text, s, last, rules)), None)


#: The party's name before a committee's place (中共福建省委).
_PARTY = "中共"


def _place_start(text: str, at: int, low: int) -> int | None:
    """Where the place's name written before the body at ``at`` begins (福建 of 福建省人民政府, 中共六盘水 of
    中共六盘水市委), the longest the gazetteer names whole up to the body's level word; None when none."""
    level = at + 1  # the body's words open with its level (省人民政府): the place's name ends with it
    places = region_index()
    for start in range(max(low, at - _PLACE), at):
        hits = places.scan(text, start, level, allow_short=False)
        covered = start
        for hit in hits:
            if hit.span[0] != covered:
                break
            covered = hit.span[1]
        if hits and hits[0].span[0] == start and covered == level:
            party = start - len(_PARTY)
            return party if party >= low and text.startswith(_PARTY, party) else start
    return None


def _joined_start(text: str, start: int, low: int, rules: _Rules) -> int | None:
    """Where the first of the bodies named with their place and joined before the one at ``start`` begins
    (中共六盘水市委、六盘水市人民政府); None when no such body is joined."""
    earliest = None
    while start - 1 > low and text[start - 1] in "、和 \u3000":
        body = rules.issuer.search(text, low, start - 1)
        placed = _place_start(text, body.start(), low) if body is not None else None
        if placed is None:
            break
        earliest = start = placed
    return earliest


def unmarked_titles(text: str) -> list[UnmarkedTitle]:
    """Every title written with no marks after a cue and its issuer, or after a joiner in a clause a cue
    opens (…的实施意见和省政府关于…的通知, 贯彻落实党中央、国务院决策部署和省委 省政府关于…的实施意见),
    in text order."""
    rules = _rules()
    if rules is None:
        return []
    found: list[UnmarkedTitle] = []
    last = -1  # where the title found before ends
    pos = text.find(rules.opening)
    while pos >= 0:
        title = rules.title.match(text, pos)
        if title is not None:
            end = before_issuer_tail(text, pos)  # 陕西省市场监督管理局等六部门关于…: the lead body's name
            window = max(0, end - _WINDOW)
            issuer = rules.issuer.search(text, max(window, last), end)
            start = (
                None
                if issuer is None
                else _issuer_start(text, issuer.start(), max(window, last), last, rules)
            )
            if start is not None:
                found.append(UnmarkedTitle((start, end), title.span()))
                last = title.end()
        pos = text.find(rules.opening, pos + len(rules.opening))
    return found


def issued_title(text: str, bracket: int) -> Span | None:
    """The title written with no marks right before the bracket at ``bracket`` that holds its number, after
    an issuing verb (省政府办公厅印发的江苏省“十四五”知识产权发展规划（苏政办发〔2021〕45号）: citations.yaml
    unmarked_titles issued_cues, issued_ends) or a citing cue (根据“十四五”国家知识产权保护和运用规划（国发
    〔2021〕20号）: cues); None when the words before are no such title."""
    rules = _rules()
    if rules is None:
        return None
    low = max(0, bracket - _WINDOW - rules.title_max)
    for pattern in (rules.issued, rules.cued):
        found = pattern.search(text, low, bracket + 1) if pattern is not None else None
        if found is not None:
            return found.span(1)
    return None
