"""Lists of agencies with role words ("A牵头，B、C按职责分工负责", "牵头单位：A；配合单位：B") parsed into
(agency mention, role) pairs, and the test of whether a name looks like a body at all.
The wording (labels, role suffixes, first-is-lead notes) comes from ontology/data/roles.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ontology.vocab import agency_vocabulary, role_vocabulary
from policykg.extract.textspan import (
    CLOSERS,
    Span,
    numeral_value,
    split_top_level,
    squeeze,
    trim,
)

_LIST_SEPARATORS = "，,、/／ \u3000"
CLAUSE_SEPARATORS = "；;"
_MAX_NAME = 40
#: Longest name read as an agency in running prose, where no bracket bounds it.
_MAX_SUBJECT_NAME = 25
_ORG_TAIL = re.compile(
    r"(?:局|委|办|部|院|会|中心|政府|小组|单位|部门|公司|银行|行|大学|学院|镇|乡|街道|管委会|园区|高新区|开发区|"
    r"协会|站|所|处|科|室|队|厅|署|集团|基地|联盟|机构|分局|支局|法庭)$"
)
_LEADING_NOISE = ("由", "请", "以", "各自")
_ENUMERATOR = re.compile(r"(?:\d{1,2}\s*[.、．]|[（(]\s*\d{1,2}\s*[）)]|[①-⑳])\s*")
#: 'A会同B负责': A leads and B supports.
_TOGETHER_WITH = "会同"
#: '区财政局等' / '区财政局等有关部门': the others are not named, the name ends before 等.
_TRAILING_OTHERS = re.compile(r"\s*等(?:其他|有关|相关)?(?:部门|单位|机构)?\s*$")


@dataclass(frozen=True)
class Mention:
    span: Span
    role: str  # lead | support | joint | sole


@dataclass(frozen=True)
class Annotation:
    span: Span  # the whole annotation as written, brackets included
    form: str
    mentions: tuple[Mention, ...]
    #: Written into a sentence with other words (…，A牵头，B配合): it binds to the clause it stands in.
    inline: bool = False
    #: Opens with 以上任务 / 上述工作…: it covers the items before it as well as the one it stands in.
    covers_preceding: bool = False
    #: 以上两项… : how many items it covers, counting its own (None: back to the last annotated one).
    covers_count: int | None = None


@cache
def _labels() -> list[tuple[str, str | None]]:
    return sorted(((e.text, e.role) for e in role_vocabulary().labels), key=lambda p: -len(p[0]))


@cache
def _suffixes() -> list[tuple[str, str]]:
    return sorted(((e.text, e.role) for e in role_vocabulary().suffixes), key=lambda p: -len(p[0]))


def spaced(word: str) -> str:
    """A regular expression for ``word`` that tolerates line breaks and spaces between its characters
    (wrapped PDF and Word text)."""
    return r"\s*".join(re.escape(ch) for ch in word)


_LABEL_OPEN = "【[［〔"
_LABEL_CLOSE = "】]］〕"


@cache
def _label_regex() -> re.Pattern[str]:
    """'牵头单位：' or a label in its own brackets, '【责任单位】' / '[配合单位]：'."""
    words = "|".join(spaced(text) for text, _ in _labels())
    opened, closed = re.escape(_LABEL_OPEN), re.escape(_LABEL_CLOSE)
    bracketed = rf"[{opened}]\s*(?P<b>{words})\s*[{closed}]\s*[：:]?"
    return re.compile(rf"{bracketed}|(?P<w>{words})\s*(?:[：:]|为(?!牵头|配合))")  # 牵头单位为A


@cache
def _paren_role_regex() -> re.Pattern[str]:
    """A role word in parentheses after a name: '市市场监管局（牵头）'."""
    words = "|".join(f"(?P<s{i}>{spaced(text)})" for i, (text, _) in enumerate(_suffixes()))
    return re.compile(rf"[（(]\s*(?:{words})\s*[）)]\s*$")


@cache
def _suffix_regex() -> re.Pattern[str]:
    words = "|".join(f"(?P<s{i}>{spaced(text)})" for i, (text, _) in enumerate(_suffixes()))
    return re.compile(rf"(?:{words})\s*$")


@cache
def _first_is_lead_regex() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in role_vocabulary().first_is_lead))


@cache
def _covers_regexes() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in role_vocabulary().covers_preceding)


@dataclass(frozen=True)
class Scope:
    """A phrase naming the items an annotation covers: '以上两项工作由' (count 2), '上述任务' (no count)."""

    end: int  # where the words after it begin
    count: int | None


def scope_at(text: str, start: int, end: int) -> Scope | None:
    """The scope phrase opening ``[start, end)``, if there is one."""
    for rx in _covers_regexes():
        m = rx.match(text, start, end)
        if m is not None and m.end() > start:
            count = m.groupdict().get("count")
            return Scope(trim(text, m.end(), end)[0], numeral_value(count) or None if count else None)
    return None


@cache
def _pointer_regexes() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in role_vocabulary().pointer_lead_ins)


def _pointer_end(text: str, start: int, end: int) -> int:
    """Where the longest pointer phrase opening ``[start, end)`` ends (``start`` when none does)."""
    ends = [m.end() for rx in _pointer_regexes() if (m := rx.match(text, start, end))]
    return max(ends, default=start)


def declares_first_is_lead(text: str) -> bool:
    """The plan says that the first unit listed leads (列第一位的为牵头单位)."""
    return _first_is_lead_regex().search(text) is not None


@cache
def _collective_regexes() -> list[re.Pattern[str]]:
    return [re.compile(c.pattern) for c in agency_vocabulary().collectives]


@cache
def _type_aliases() -> tuple[str, ...]:
    return tuple(alias for alias, _ in agency_vocabulary().alias_index())


def looks_like_agency(name: str) -> bool:
    """A name that ends like a body (局, 委, 中心 …), a known agency type, or is a collective; a closing
    parenthesis of other names (区市场监管局（知识产权局）) is judged by what stands before it."""
    name = squeeze(name)
    if not name or len(name) > _MAX_NAME:
        return False
    if name[-1] in CLOSERS and (opened := name.rfind(CLOSERS[name[-1]])) > 0:
        name = name[:opened]
    if ends_like_body(name):
        return True
    return any(rx.search(name) for rx in _collective_regexes())


def ends_like_body(name: str) -> bool:
    """The name ends like a body: a known agency type (市场监管局) or an organisational word (局, 部 …)."""
    return name.endswith(_type_aliases()) or _ORG_TAIL.search(name) is not None


def agency_subject(name: str) -> bool:
    """A short name that looks like a body and does not open with a qualifier (特别是…, 加强与…)."""
    return (
        len(name) <= _MAX_SUBJECT_NAME
        and not name.startswith(role_vocabulary().subject_qualifiers)
        and looks_like_agency(name)
    )


def label_at(text: str, start: int, end: int) -> tuple[str, str | None, int] | None:
    m = _label_regex().match(text, start, end)
    if not m:
        return None
    word = squeeze(m.group("b") or m.group("w"))
    role = dict(_labels())[word]
    return word, role, m.end()


def strip_role_word(text: str, start: int, end: int) -> tuple[Span, str | None, str | None]:
    """Split a piece into the name and a trailing role word, bare or in parentheses ('A（牵头）')."""
    m = _paren_role_regex().search(text, start, end) or _suffix_regex().search(text, start, end)
    if m is None or m.lastgroup is None:
        return (start, end), None, None
    word, role = _suffixes()[int(m.lastgroup[1:])]
    return trim(text, start, m.start()), role, word


def clean_name(text: str, span: Span) -> Span:
    """A name without what surrounds it in running text: numbering (1.), pointer words (此项工作由, 本方案由),
    由/请, and trailing 等 / 等有关部门."""
    s, e = trim(text, *span)
    numbered = _ENUMERATOR.match(text, s, e)  # 责任单位：1.区市场监管局 2.区科技局
    if numbered is not None and e - numbered.end() > 1:
        s = numbered.end()
    pointer = _pointer_end(text, s, e)  # 此项工作由…, 本方案各项任务由…
    if 0 < pointer - s < e - s - 1:
        s = trim(text, pointer, e)[0]
    for noise in _LEADING_NOISE:
        if text.startswith(noise, s, e) and e - s > len(noise) + 1:
            s += len(noise)
    tail = _TRAILING_OTHERS.search(text, s, e)
    if tail is not None and tail.start() > s:
        e = tail.start()
    return trim(text, s, e)


#: A field of another kind written next to the units: '完成时限：…', '责任领导：…', '联系人：…'.
_OTHER_FIELD = re.compile(r"\s*[\u4e00-\u9fff]{2,8}\s*[：:]")
#: A piece that states a time, not a unit: '2025年12月底前完成', '长期坚持', '6月底'.
_TIME = re.compile(r"(?:19|20)\d{2}\s*年|\d{1,2}\s*月|年底|年内|前完成|长期|持续推进")


def is_time(text: str, start: int, end: int) -> bool:
    """The piece states a time ('2025年12月底前完成', '长期坚持'), not a unit."""
    return _TIME.search(text, start, end) is not None


def without_trailing_time(text: str, start: int, end: int) -> Span:
    """``text[start:end]`` without the time statements closing it ('…配合，2025年底前完成')."""
    pieces = split_top_level(text, start, end, "，,；;")
    while len(pieces) > 1 and is_time(text, *pieces[-1]):
        pieces.pop()
    return trim(text, start, pieces[-1][1]) if pieces else (start, end)


def _pieces(text: str, start: int, end: int, *, lines: bool = False) -> list[Span]:
    """The list items of a clause; a label directly followed by its first name stays one piece."""
    pieces: list[Span] = []
    for piece in split_top_level(text, start, end, _LIST_SEPARATORS + ("\n" if lines else "")):
        if pieces and _label_only(text, pieces[-1]):
            pieces[-1] = (pieces[-1][0], piece[1])
        else:
            pieces.append(piece)
    return pieces


def labels_in(text: str, start: int, end: int) -> list[str]:
    """The labels written in ``text[start:end]``, in order ('牵头单位', '配合单位')."""
    return [
        found[0]
        for clause in split_top_level(text, start, end, CLAUSE_SEPARATORS)
        for piece in _pieces(text, *clause)
        if (found := label_at(text, *piece))
    ]


def _label_only(text: str, piece: Span) -> bool:
    found = label_at(text, *piece)
    return found is not None and trim(text, found[2], piece[1])[0] >= piece[1]


@dataclass
class _Pending:
    span: Span
    word_role: str | None
    group: int


def parse_agency_list(
    text: str,
    start: int,
    end: int,
    *,
    default_role: str | None = None,
    first_is_lead: bool = False,
    lines: bool = False,
) -> tuple[list[Mention], bool]:
    """Parse ``text[start:end]`` (an annotation's inside, or a table cell) into mentions with roles.
    With ``lines`` (a table cell), a line break separates names too: one unit per line of the cell.

    Returns the mentions and whether every name looked like an agency.
    """
    items: list[_Pending] = []
    group = 0
    labelled = False
    for clause in split_top_level(text, start, end, CLAUSE_SEPARATORS):
        label_role = default_role
        pending: list[_Pending] = []
        other_field = False  # inside '完成时限：…' or '责任领导：…' until the next role label
        for piece in _pieces(text, *clause, lines=lines):
            found = label_at(text, *piece)
            if found:  # a label opens a new list, also after a comma or a space ('牵头单位：A，配合单位：B')
                for p in pending:
                    p.word_role = label_role
                items.extend(pending)
                pending = []
                group += 1
                _, label_role, piece_start = found
                labelled = True
                other_field = False
                piece = (piece_start, piece[1])
            elif _OTHER_FIELD.match(text, *piece):
                other_field = True
            if other_field or is_time(text, *piece):
                continue
            together = text.find(_TOGETHER_WITH, *piece)
            if together > piece[0]:
                leader = clean_name(text, (piece[0], together))
                for p in pending:  # A、B会同C: A and B lead
                    p.word_role = "lead"
                items.extend([*pending, _Pending(leader, "lead", group)])
                pending = []
                group += 1
                piece = (together + len(_TOGETHER_WITH), piece[1])
            name_span, word_role, _ = strip_role_word(text, *piece)
            name_span = clean_name(text, name_span)
            if any(ch.isalnum() for ch in text[name_span[0] : name_span[1]]):  # not bare punctuation
                pending.append(_Pending(name_span, None, group))
            if word_role is not None:
                for p in pending:
                    p.word_role = word_role
                items.extend(pending)
                pending = []
                group += 1
        for p in pending:
            p.word_role = label_role
        items.extend(pending)
        group += 1
    all_agencies = all(looks_like_agency(text[p.span[0] : p.span[1]]) for p in items)
    mentions = _resolve_roles(items, first_is_lead=first_is_lead)
    return mentions, all_agencies and (labelled or bool(items))


def _resolve_roles(items: list[_Pending], *, first_is_lead: bool) -> list[Mention]:
    """Turn the words found (shared, responsible, none) into the roles of the glossary."""
    has_lead = any(p.word_role == "lead" for p in items)
    has_support = any(p.word_role == "support" for p in items)
    if not has_lead and first_is_lead and items and items[0].word_role in (None, "shared", "responsible"):
        items[0].word_role = "lead"
        has_lead = True
    group_sizes: dict[int, int] = {}
    for p in items:
        group_sizes[p.group] = group_sizes.get(p.group, 0) + 1
    mentions: list[Mention] = []
    for p in items:
        word = p.word_role
        if word in ("lead", "support", "joint"):
            role = word
        elif word == "shared":
            role = "support" if has_lead else "joint"
        elif word == "responsible":
            if has_lead:
                role = "support"
            elif has_support:
                role = "lead"
            else:
                role = "sole" if len(items) == 1 else "joint"
        else:
            role = "support" if has_lead else ("sole" if len(items) == 1 else "joint")
        mentions.append(Mention(p.span, role))
    return mentions
