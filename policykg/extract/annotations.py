"""Find responsibility annotations and parse them into (agency mention, role) pairs.

Forms recognised wherever they stand (paragraph end, own line, table cell), with any bracket kind and
nested brackets inside names: 〔责任单位：…〕, （责任单位：…）, （牵头单位：…；配合单位：…）, 【…】,
a parenthesis closing with 按职责分工负责 / 负责 / 牵头 / 配合, and an unbracketed 责任单位：… line.
The wording (labels, role suffixes, first-is-lead notes) comes from ontology/data/roles.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ontology.vocab import agency_vocabulary, role_vocabulary
from policykg.extract.textspan import (
    ANNOTATION_OPENERS,
    PAIRS,
    BracketGroup,
    Span,
    bracket_groups,
    split_top_level,
    squeeze,
    trim,
)

_LIST_SEPARATORS = "，,、/／ \u3000"
_CLAUSE_SEPARATORS = "；;"
_MAX_NAME = 40
#: Longest annotation content considered (characters); real ones are far shorter.
MAX_ANNOTATION = 400
_ORG_TAIL = re.compile(
    r"(?:局|委|办|部|院|会|中心|政府|小组|单位|部门|公司|银行|行|大学|学院|镇|乡|街道|管委会|园区|高新区|开发区|"
    r"协会|站|所|处|科|室|队|厅|署|集团|基地|联盟|机构|分局|支局|法庭)$"
)
_LEADING_NOISE = ("由", "请", "以", "各自")


@dataclass(frozen=True)
class Mention:
    span: Span
    role: str  # lead | support | joint | sole


@dataclass(frozen=True)
class Annotation:
    span: Span  # the whole annotation as written, brackets included
    form: str
    mentions: tuple[Mention, ...]


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


@cache
def _label_regex() -> re.Pattern[str]:
    words = "|".join(spaced(text) for text, _ in _labels())
    return re.compile(rf"(?:{words})\s*[：:]")


@cache
def _suffix_regex() -> re.Pattern[str]:
    words = "|".join(f"(?P<s{i}>{spaced(text)})" for i, (text, _) in enumerate(_suffixes()))
    return re.compile(rf"(?:{words})\s*$")


@cache
def _first_is_lead_regex() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in role_vocabulary().first_is_lead))


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
    """A name that ends like a body (局, 委, 中心 …), a known agency type, or is a collective."""
    name = squeeze(name)
    if not name or len(name) > _MAX_NAME:
        return False
    if name.endswith(_type_aliases()) or _ORG_TAIL.search(name):
        return True
    return any(rx.search(name) for rx in _collective_regexes())


def _label_at(text: str, start: int, end: int) -> tuple[str, str | None, int] | None:
    m = _label_regex().match(text, start, end)
    if not m:
        return None
    word = squeeze(re.sub(r"\s*[：:]$", "", m.group(0)))
    role = dict(_labels())[word]
    return word, role, m.end()


def _strip_suffix(text: str, start: int, end: int) -> tuple[Span, str | None, str | None]:
    """Split a piece into the name and a trailing role word."""
    m = _suffix_regex().search(text, start, end)
    if m is None or m.lastgroup is None:
        return (start, end), None, None
    word, role = _suffixes()[int(m.lastgroup[1:])]
    return trim(text, start, m.start()), role, word


def _clean_name(text: str, span: Span) -> Span:
    s, e = trim(text, *span)
    for noise in _LEADING_NOISE:
        if text.startswith(noise, s, e) and e - s > len(noise) + 1:
            s += len(noise)
    if e - s > 1 and text[e - 1] == "等":
        e -= 1
    return trim(text, s, e)


@dataclass
class _Pending:
    span: Span
    word_role: str | None
    group: int


def parse_agency_list(
    text: str, start: int, end: int, *, default_role: str | None = None, first_is_lead: bool = False
) -> tuple[list[Mention], bool]:
    """Parse ``text[start:end]`` (an annotation's inside, or a table cell) into mentions with roles.

    Returns the mentions and whether every name looked like an agency.
    """
    items: list[_Pending] = []
    group = 0
    labelled = False
    for clause in split_top_level(text, start, end, _CLAUSE_SEPARATORS):
        label_role = default_role
        c_start = clause[0]
        found = _label_at(text, c_start, clause[1])
        if found:
            _, label_role, c_start = found
            labelled = True
        pending: list[_Pending] = []
        for piece in split_top_level(text, c_start, clause[1], _LIST_SEPARATORS):
            name_span, word_role, _ = _strip_suffix(text, *piece)
            name_span = _clean_name(text, name_span)
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


def _form(text: str, group_open: int, group_close: int, closed: bool, inner: Span) -> str:
    opener = text[group_open]
    closer = PAIRS.get(opener, "") if closed else ""
    labels = [
        found[0]
        for clause in split_top_level(text, inner[0], inner[1], _CLAUSE_SEPARATORS)
        if (found := _label_at(text, clause[0], clause[1]))
    ]
    if labels:
        return opener + "；".join(f"{label}：…" for label in labels) + closer
    _, _, word = _strip_suffix(text, *trim(text, *inner))
    return f"{opener}…{word or ''}{closer}"


def _as_annotation(text: str, group: BracketGroup, inner: Span, first_is_lead: bool) -> Annotation | None:
    clauses = split_top_level(text, inner[0], inner[1], _CLAUSE_SEPARATORS)
    has_label = any(_label_at(text, c[0], c[1]) for c in clauses)
    mentions, agency_like = parse_agency_list(text, *inner, first_is_lead=first_is_lead)
    if not mentions:
        return None
    _, word_role, _ = _strip_suffix(text, *inner)
    if not (has_label or (word_role is not None and agency_like)):
        return None
    form = _form(text, group.open, group.close, group.closed, inner)
    return Annotation((group.open, group.close), form, tuple(mentions))


def find_annotations(text: str, start: int, end: int, *, first_is_lead: bool = False) -> list[Annotation]:
    """All annotations in ``text[start:end]`` (normally one paragraph)."""
    found: list[Annotation] = []
    taken: list[Span] = []
    # Outer groups come first, so an annotation wins over the parentheses inside it
    # (区市场监管局（知识产权局）),
    # while an ordinary bracket does not hide an annotation further in. Each check is bounded by the
    # longest annotation we accept, which keeps pathological input linear.
    for group in bracket_groups(text, start, end, openers=ANNOTATION_OPENERS):
        if group.opener not in ANNOTATION_OPENERS or any(
            s < group.close and group.open < e for s, e in taken
        ):
            continue
        inner = trim(text, *group.inner)
        if inner[0] >= inner[1]:
            continue
        if not group.closed:
            if _label_at(text, inner[0], min(inner[1], inner[0] + 12)) is None:
                continue
            line_end = text.find("\n", inner[0], inner[1])
            inner = trim(text, inner[0], inner[1] if line_end < 0 else line_end)
            group = BracketGroup(group.open, inner[1], group.opener, False)
        if inner[1] - inner[0] > MAX_ANNOTATION:
            continue
        annotation = _as_annotation(text, group, inner, first_is_lead)
        if annotation is not None:
            found.append(annotation)
            taken.append(annotation.span)
    found.extend(_unbracketed(text, start, end, taken, first_is_lead=first_is_lead))
    return sorted(found, key=lambda a: a.span)


_LINE_LABEL_START = re.compile(r"(?:(?<=\n)|(?<=[。；;！]))[ \t\u3000]*")


def _unbracketed(
    text: str, start: int, end: int, taken: list[Span], *, first_is_lead: bool
) -> list[Annotation]:
    """``责任单位：A、B`` standing at the start of a line or after a full stop, running to the line's end."""
    out: list[Annotation] = []
    candidates = [start] + [m.end() for m in _LINE_LABEL_START.finditer(text, start, end)]
    for pos in sorted(set(candidates)):
        pos = trim(text, pos, end)[0]
        if any(s <= pos < e for s, e in taken):
            continue
        found = _label_at(text, pos, end)
        if not found:
            continue
        stop = text.find("\n", pos, end)
        stop = end if stop < 0 else stop
        stop = trim(text, pos, stop)[1]
        while stop > pos and text[stop - 1] in "。；;":
            stop -= 1
        mentions, _ = parse_agency_list(text, pos, stop, first_is_lead=first_is_lead)
        if mentions:
            out.append(Annotation((pos, stop), f"{found[0]}：…", tuple(mentions)))
            taken.append((pos, stop))
    return out
