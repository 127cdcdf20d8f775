"""Lists of agencies with role words ("A牵头，B、C按职责分工负责", "牵头单位：A；配合单位：B") parsed into
(agency mention, role) pairs (whether a name is a body at all: agency_names.py).
The wording (labels, role suffixes, first-is-lead notes) comes from ontology/data/roles.yaml.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from ontology.vocab import agency_vocabulary, document_vocabulary, role_vocabulary
from policykg.extract.agencies import agency_type, alias_across, collective_type, field_department
from policykg.extract.agency_names import (
    after_topic,
    agency_subject,
    body_after_work,
    clean_name,
    ends_like_body,
    is_ditto,
    leaves_others,
    longer_than_a_name,
    looks_like_agency,
    may_end_name_at,
    names_no_one,
    opens_like_body,
    others_of_note,
    place_unit,
    points_back,
)
from policykg.extract.dates import YEAR_OR_MONTH
from policykg.extract.guide_frames import at_frame
from policykg.extract.mark_matrix import document_legend
from policykg.extract.markers import LINE_BULLET
from policykg.extract.regex_heads import any_of
from policykg.extract.regions import (
    level_prefix,
    region_index,
    shared_after_places,
    shared_level,
    with_shared_level,
)
from policykg.extract.textspan import (
    CELL_BREAK,
    CLOSERS,
    Span,
    has_dash,
    numeral_value,
    split_at_dashes,
    split_top_level,
    squeeze,
    trim,
)

_LIST_SEPARATORS = "，,、/／ \u3000"
#: A colon never opens a name: a piece that opens with one closes the label before it.
_COLONS = ("：", ":")
CLAUSE_SEPARATORS = "；;。"
#: 'A会同B负责': A leads and B supports.
TOGETHER_WITH = "会同"
#: Committees' names end in 会, and 同 after one is the conjunction (县卫生健康委员会同县科技局开展…: the
#: committee with the bureau, as 县科技局同县财政局 reads), not a 会同 written with one 会.
COMMITTEE_ENDS = ("委员会", "管委会")


def together_with(text: str, start: int, end: int) -> Span | None:
    """The first 会同 in ``[start, end)`` as (where the leading names end, where the partners begin), or None;
    a committee's 会 before 同 is its name's end and 同 the conjunction after it (committee_closes). A word
    that says the same only between two bodies (商 of 县科技局商县财政局: between_bodies) before it is taken
    instead."""
    at = text.find(TOGETHER_WITH, start, end)
    while at >= 0 and committee_closes(text, start, at):
        at = text.find(TOGETHER_WITH, at + 1, end)
    stop = at if at >= 0 else end
    if _between_regex().search(text, start, stop) is not None:  # most lists: no 商 at all
        consulting = _between_bodies_in(text, start, stop)
        if consulting is not None:
            return consulting
    return (at, at + len(TOGETHER_WITH)) if at >= 0 else None


@cache
def _between_regex() -> re.Pattern[str]:
    """Any partner word written only between bodies (roles.yaml between_bodies: 商)."""
    return re.compile("|".join(map(re.escape, _between_bodies_words())) or "(?!)")


@cache
def _between_bodies_words() -> tuple[str, ...]:
    return role_vocabulary().subject_onsets.between_bodies


#: How far past a word between bodies the words after it are read to tell whether they open like a body.
_BETWEEN_REACH = 20


def partner_between_bodies(text: str, start: int, at: int, end: int) -> bool:
    """The partner word written only between bodies (roles.yaml between_bodies: 商) at ``at`` is one: the
    words from ``start`` end like a body, those after it (to ``end``) open like one, and it opens no place's
    name (国家税务总局商城县税务局, …商丘市…)."""
    word = next((w for w in _between_bodies_words() if text.startswith(w, at)), None)
    if word is None or at <= start:
        return False
    after = at + len(word)
    return (
        ends_like_body(squeeze(text[max(start, at - _BETWEEN_REACH) : at]))
        and opens_like_body(text[after : min(end, after + _BETWEEN_REACH)])
        and region_index().match_at(text, at, min(end, at + _BETWEEN_REACH), allow_short=True) is None
    )


def _between_bodies_in(text: str, start: int, end: int) -> Span | None:
    """The first partner word in ``[start, end)`` written between two bodies (商 of 县科技局商县财政局)."""
    for word in _between_bodies_words():
        at = text.find(word, start, end)
        while at >= 0:
            if partner_between_bodies(text, start, at, end):
                return (at, at + len(word))
            at = text.find(word, at + 1, end)
    return None


def committee_closes(text: str, start: int, at: int) -> bool:
    """The 会同 at ``at`` opens with the 会 that closes a committee's name written from ``start`` on
    (县卫生健康委员会同县科技局, 管委会同步推进, 委员会同意), not a 会同 of its own (委员会会同)."""
    return (
        text.startswith(TOGETHER_WITH, at)
        and text.endswith(COMMITTEE_ENDS, start, at + 1)
        and not text.startswith(TOGETHER_WITH, at + 1)
    )


#: Role words after a comma that leave the names before it theirs: 责任单位：A，B配合 (A leads B) and
#: 责任单位：A，B、C按职责分工负责 (A leads, the others share the work by their duties).
_AFTER_COMMA_ROLES = ("support", "shared")


@dataclass(frozen=True)
class Mention:
    span: Span
    role: str  # lead | support | joint | sole
    #: The name the mention stands for when it is not the span's text: one of several bodies sharing a prefix
    #: and an ending (县科技、财政部门 names 县科技部门 and 县财政部门, each quoted by the whole phrase).
    name: str | None = None
    #: The name as written when the layout cut it over lines the span does not reach (市工业和 ↵ 信息化局 in a
    #: cell of a table typed with spaces, the span on the row's line): the responsibility's surface.
    written: str | None = None


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
    #: A line of unit names alone after an item's text: it speaks for that item only, never for a list.
    names_line: bool = False
    #: A role clause that is a sentence of its own (…；县金融服务中心按职责分工负责。), not a bracket or a
    #: label: it speaks for the sentences before its own sentence run (back to a full stop), not for those
    #: in that run, which name their own bodies.
    role_sentence: bool = False
    #: The numbers of the items above it that it speaks for, when it addresses them so (上述第1—2项任务由…,
    #: 第3项由…: roles.yaml item_address); () for any other note.
    items: tuple[int, ...] = ()


@cache
def department_words() -> tuple[str, ...]:
    """The words a plan writes for a department by its field (部门 of 县市场监管部门)."""
    return tuple(agency_vocabulary().department_words)


@cache
def _labels() -> list[tuple[str, str | None]]:
    return sorted(((e.text, e.role) for e in role_vocabulary().labels), key=lambda p: -len(p[0]))


@cache
def _label_roles() -> dict[str, str | None]:
    """Each label's role, looked up by the label's words."""
    return dict(_labels())


@cache
def _suffixes() -> list[tuple[str, str]]:
    """The role words closing a name in a list of bodies, longest first: the suffixes and the words read in
    lists only (roles.yaml list_suffixes)."""
    vocab = role_vocabulary()
    return sorted(
        ((e.text, e.role) for e in (*vocab.suffixes, *vocab.list_suffixes)), key=lambda p: -len(p[0])
    )


def spaced(word: str) -> str:
    """A regular expression for ``word`` that tolerates line breaks and spaces between its characters
    (wrapped PDF and Word text)."""
    return r"\s*".join(re.escape(ch) for ch in word)


#: Words by their characters, each node's "" key marking a word's end.
_Trie = dict[str, "_Trie"]


def spaced_words(words: Iterable[str]) -> str:
    """An alternation of ``words`` each as ``spaced`` writes it, its words' shared openings written once
    (按职责分工负责 and 按职责落实 as 按\\s*职\\s*责\\s*(?:分…|落…)): it matches what the plain alternation of
    the words, longest first, matches, and where several words match at one offset the longest, as that
    one does; but the engine tries one branch a character instead of every word (hundreds of role words)."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def branches(node: _Trie) -> str:
        return "|".join(re.escape(ch) + after(child) for ch, child in sorted(node.items()) if ch)

    def after(node: _Trie) -> str:
        if not any(node):  # the end of a word, and of every word through it
            return ""
        more = rf"\s*(?:{branches(node)})"
        return f"(?:{more})?" if "" in node else more

    return branches(trie)


#: What closes a label's word: a colon, full-width or not, or a sign typed for one (the ratio sign ∶ and the
#: small colon ﹕ some input methods give: 牵头单位∶A；配合单位∶B).
LABEL_COLONS = "：:∶﹕"
_LABEL_OPEN = "【[［〔"
_LABEL_CLOSE = "】]］〕"
_ANY_LABEL_OPEN = re.compile(f"[{re.escape(_LABEL_OPEN)}]")


@cache
def _label_words() -> str:
    """The labels as one alternation (their shared openings written once, the longest matching first),
    spaces tolerated inside each."""
    return spaced_words(text for text, _ in _labels())


@cache
def _label_regex() -> re.Pattern[str]:
    """'牵头单位：' or a label in its own brackets, '【责任单位】' / '[配合单位]：'."""
    words = _label_words()
    opened, closed = re.escape(_LABEL_OPEN), re.escape(_LABEL_CLOSE)
    bracketed = rf"[{opened}]\s*(?P<b>{words})\s*[{closed}]\s*[{LABEL_COLONS}]?"
    # 牵头单位为A; 牵头单位——A (a dash for the colon)
    return re.compile(rf"{bracketed}|(?P<w>{words})\s*(?:[{LABEL_COLONS}]|[—－-]{{1,2}}|为(?!牵头|配合))")


#: The brackets a role word may stand in after a name.
_ROLE_OPENERS = "（(〔〈<[［【"
_ROLE_CLOSERS = "）)〕〉>]］】"


def role_words(ending: str = "") -> str:
    """The role words (those ending in ``ending``, else all) as an alternation whose group ``s`` holds the
    word that matched (as written: ``_suffix_roles`` reads it squeezed)."""
    return f"(?P<s>{spaced_words(text for text, _ in _suffixes() if text.endswith(ending))})"


@cache
def _suffix_roles() -> dict[str, str]:
    """Each role word's role."""
    return dict(_suffixes())


@cache
def _paren_role_regex() -> re.Pattern[str]:
    """A role word in brackets after a name: '市市场监管局（牵头）', '县科技局〈牵头〉', '…[牵头]'; or a label
    of a role so written (县科技局（牵头单位）、县工信局（配合单位）), in its group ``l``."""
    opened, closed = re.escape(_ROLE_OPENERS), re.escape(_ROLE_CLOSERS)
    labels = spaced_words(text for text, role in _labels() if role is not None)
    return re.compile(rf"[{opened}]\s*(?:{role_words()}|(?P<l>{labels}))\s*[{closed}]\s*$")


@cache
def _suffix_regexes() -> dict[str, re.Pattern[str]]:
    """A role word closing a piece, by the character it ends in, with only the words that end in it: a
    piece whose last character (before white space) is another has no role word closing it, and no other
    word can close one that ends in it (a piece's regex tries every word at every offset)."""
    return {
        last: re.compile(rf"(?:{role_words(last)})\s*$")
        for last in sorted({text[-1] for text, _ in _suffixes()})
    }


@cache
def _role_word_regexes() -> tuple[re.Pattern[str], dict[str, re.Pattern[str]]]:
    """The regexes strip_role_word reads a role word by, bracketed and bare, compiled together on its first
    piece."""
    return _paren_role_regex(), _suffix_regexes()


@cache
def _first_is_lead_regex() -> re.Pattern[str]:
    return any_of(role_vocabulary().first_is_lead)


@cache
def _first_line_regex() -> re.Pattern[str]:
    return any_of(role_vocabulary().first_line_is_lead)


@cache
def _listing_note_regex() -> re.Pattern[str]:
    """Either note on how a list of units gives their roles: its first unit leads, or a cell's first line."""
    vocabulary = role_vocabulary()
    return any_of((*vocabulary.first_is_lead, *vocabulary.first_line_is_lead))


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
def _label_scope_regex() -> re.Pattern[str] | None:
    scopes = role_vocabulary().label_scopes
    return re.compile("|".join(f"(?:{p})" for p in scopes)) if scopes else None


def label_start(text: str, start: int, end: int) -> int:
    """Where a label opening ``[start, end)`` begins past the words pointing at its work before it
    (本项任务牵头单位：…, 本部分责任单位：…: roles.yaml label_scopes): after them when a label follows them,
    else ``start``."""
    rx = _label_scope_regex()
    m = rx.match(text, start, end) if rx is not None else None
    if m is not None and m.end() > start and label_at(text, after := trim(text, m.end(), end)[0], end):
        return after
    return start


def declares_first_is_lead(text: str) -> bool:
    """The plan says that the first unit listed leads (列第一位的为牵头单位)."""
    return _first_is_lead_regex().search(text) is not None


def is_first_is_lead_note(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` holds the note that the first unit listed leads (第一个单位为牵头单位), or that a
    cell's first line does (第一行为牵头单位): a piece of a list that names no unit."""
    return _listing_note_regex().search(text, start, end) is not None


def declares_first_line_leads(text: str) -> bool:
    """The plan says that a unit cell's first line names the lead and the lines below the supporters
    (注：责任单位栏分两行列出的，第一行为牵头单位，第二行为配合单位; roles.yaml first_line_is_lead)."""
    return "行" in text and _first_line_regex().search(text) is not None


def holds_first_line_note(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` holds such a note: its 第一行 and 第二行 are lines of a cell, no bodies."""
    return _first_line_regex().search(text, start, end) is not None


@cache
def _bracketed_note_regex() -> re.Pattern[str]:
    """A first-is-lead note, in its brackets when it has them (（排在第一位的为牵头单位）)."""
    note = "|".join(f"(?:{p})" for p in role_vocabulary().first_is_lead)
    return re.compile(rf"[（(][^（()）]{{0,12}}?(?:{note})[^（()）]{{0,12}}[)）]|(?:{note})")


def _before_bracketed_note(text: str, piece: Span) -> Span:
    """``piece`` without the first-is-lead note in brackets closing it after a name (县工信局（排名第一的
    为牵头单位）, as a list's last unit carries it): the name before it; ``piece`` itself when the note is no
    such bracket (the whole piece is the note)."""
    s, e = trim(text, *piece)
    found = _bracketed_note_regex().search(text, s, e)
    if found is None or found.end() != e or text[found.start()] not in "（(" or found.start() <= s:
        return piece
    return trim(text, s, found.start())


def without_first_is_lead_note(words: str) -> str:
    """A column's header without the first-is-lead note it carries: 责任单位（排在第一位的为牵头单位） is a
    责任单位 column, not a 牵头单位 one."""
    return _bracketed_note_regex().sub("", words)


@cache
def _bracketed_label_regex() -> re.Pattern[str]:
    """A label in its own brackets anywhere in a piece: the '【责任单位】' of '【牵头单位】A【责任单位】B', or
    a field of another kind so written (document_types.yaml task_table_columns deadline and people: the
    '【完成时限】' of '【牵头单位】A【完成时限】2025年6月底前')."""
    words = _label_words()
    opened, closed = re.escape(_LABEL_OPEN), re.escape(_LABEL_CLOSE)
    return re.compile(rf"[{opened}]\s*(?:{words}|{_field_words()})\s*[{closed}]")


@cache
def _field_words() -> str:
    """The words of the fields a note writes beside its units (完成时限, 责任领导, 联系人 …), a level or
    manner word before one allowed (分管领导), as one alternation."""
    columns = document_vocabulary().task_table_columns
    words = sorted({*columns.deadline, *columns.people}, key=len, reverse=True)
    return rf"[\u4e00-\u9fff]{{0,4}}(?:{'|'.join(map(re.escape, words))})"


@cache
def _field_opening() -> re.Pattern[str]:
    return re.compile(rf"(?:{_field_words()})\s*[：:∶﹕]")


def field_at(text: str, start: int, end: int) -> bool:
    """A field of another kind than the units' opens ``text[start:end]`` with its colon (完成时限：…,
    责任领导：…; document_types.yaml task_table_columns deadline and people)."""
    return _field_opening().match(text, start, end) is not None


@cache
def _bracketed_field() -> re.Pattern[str]:
    """A field of another kind than the units' in its own brackets opening a piece ('【完成时限】…')."""
    opened, closed = re.escape(_LABEL_OPEN), re.escape(_LABEL_CLOSE)
    return re.compile(rf"\s*[{opened}]\s*(?:{_field_words()})\s*[{closed}]")


def _at_bracketed_labels(text: str, piece: Span) -> list[Span]:
    """``piece`` cut before every bracketed label inside it: a label in brackets needs no separator before
    it ('【牵头单位】市金融办【责任单位】人行…')."""
    if _ANY_LABEL_OPEN.search(text, piece[0] + 1, piece[1]) is None:
        return [piece]
    cuts = [  # a label closing the piece is a role word after a name (县市场监管局〔牵头〕)
        m.start()
        for m in _bracketed_label_regex().finditer(text, piece[0] + 1, piece[1])
        if trim(text, m.end(), piece[1])[0] < piece[1]
    ]
    bounds = [piece[0], *cuts, piece[1]]
    return [(a, b) for a, b in pairwise(bounds) if a < b]


@cache
def _label_or_role_word() -> re.Pattern[str]:
    """may_name_roles' test: the labels and the role words, not those read in lists only (支持, one of a
    plan's commonest verbs: a list it closes names another role word or a label too, …牵头，市公安局支持)."""
    list_only = {e.text for e in role_vocabulary().list_suffixes}
    words = [text for text, _ in [*_labels(), *_suffixes()] if text not in list_only]
    return re.compile(spaced_words(words))


@cache
def _label_word() -> re.Pattern[str]:
    return re.compile(_label_words())


def may_hold_label(text: str, start: int, end: int) -> bool:
    """A quick test that a label (责任单位, 牵头单位) stands somewhere in ``text[start:end]``: a necessary
    condition of label_at finding one at any offset there."""
    return _label_word().search(text, start, end) is not None


def holds_label(text: str, start: int, end: int) -> bool:
    """A label written as one (责任单位：, 【牵头单位】) stands somewhere in ``text[start:end]``, inside a
    bracket or not."""
    return _label_regex().search(text, start, end) is not None


def label_word_end(text: str, at: int, end: int) -> int:
    """Where the longest role label written at ``at`` ends (协同单位, 会同配合部门: a collective of the
    plan's units in that role when no colon follows), or ``at`` when none stands there."""
    m = _label_word().match(text, at, end)
    return at if m is None else m.end()


def may_name_roles(text: str, start: int, end: int) -> bool:
    """A quick test that ``text[start:end]`` holds a label (责任单位) or a role word (牵头, 负责): a
    necessary condition of labels_in or strip_role_word finding one in it."""
    return _label_or_role_word().search(text, start, end) is not None


def label_at(text: str, start: int, end: int) -> tuple[str, str | None, int] | None:
    m = _label_regex().match(text, start, end)
    if not m:
        return None
    word = squeeze(m.group("b") or m.group("w"))
    role = _label_roles()[word]
    return word, role, m.end()


def may_end_role_word(ch: str) -> bool:
    """``ch`` may close a role word (牵头, 配合 …) or a bracket holding one: a quick test."""
    return ch in _role_word_ends()


@cache
def _role_word_ends() -> frozenset[str]:
    """The characters a piece ending in a role word ends with (before white space): the last character of
    a role word, or a closing bracket."""
    return frozenset(text[-1] for text, _ in _suffixes()) | frozenset(_ROLE_CLOSERS)


@cache
def _longest_suffix() -> int:
    return max((len(text) for text, _ in _suffixes()), default=0)


def _last_characters(text: str, start: int, last: int, count: int) -> int:
    """Where the last ``count`` characters of ``text[start:last]`` that are not white space begin: a role
    word of ``count`` characters or fewer closing the piece begins there or after (the suffix regex,
    tried from every offset, is costly on a long piece)."""
    pos = last
    while pos > start and count > 0:
        pos -= 1
        if not text[pos].isspace():
            count -= 1
    return pos


def strip_role_word(text: str, start: int, end: int) -> tuple[Span, str | None, str | None]:
    """Split a piece into the name and a trailing role word, bare or in parentheses ('A（牵头）')."""
    last = end
    while last > start and text[last - 1].isspace():  # as the regexes' \s* before $
        last -= 1
    if last == start or text[last - 1] not in _role_word_ends():  # the common case: no role word
        return (start, end), None, None
    closing = text[last - 1]  # a bracketed role word ends in its closer, a bare one in its last character
    bracketed, bare_by_end = _role_word_regexes()
    m = bracketed.search(text, start, end) if closing in _ROLE_CLOSERS else None
    if m is None and (bare := bare_by_end.get(closing)) is not None:
        m = bare.search(text, _last_characters(text, start, last, _longest_suffix()), end)
    if m is None or text.endswith(_OF, start, m.start()):
        return (start, end), None, None  # …政策的落实: a deed named, not a role word closing names
    if _quote_open(text, start, m.start()):
        return (start, end), None, None  # 按照“牵头单位负总责…”的原则: a quoted saying, no body's role
    if m.group("s") is None:  # a role's label in brackets (县科技局（牵头单位）)
        word = squeeze(m.group("l"))
        return trim(text, start, m.start()), _label_roles()[word], word
    word = squeeze(m.group("s"))
    if word in _role_marks() and closes_emphasis(text, m.start()):
        return trim(text, start, m.start()), None, None  # *责任单位：A，B*: markdown's italics, no mark
    role = _suffix_roles()[word]
    if word.startswith(_NAMED_AS) and text.startswith(role_vocabulary().naming_verbs, start):
        start += next(len(v) for v in role_vocabulary().naming_verbs if text.startswith(v, start))
    return trim(text, start, _before_manner(text, start, m.start())), role, word


#: Markdown's marks of emphasis (*斜体*, _斜体_): around a line's words they are no part of them.
_EMPHASIS = "*_"
#: What may stand before the mark opening a line's emphasis on its line: spaces and a list's bullet.
_BEFORE_EMPHASIS = frozenset(" \t\u3000-+*•●")
#: What may follow the mark closing a line's emphasis on its line (the sentence's stop).
_AFTER_EMPHASIS = frozenset(" \t\u3000。；;，,")


def emphasis_end(text: str, opens: int, end: int) -> int | None:
    """Where the mark closing markdown's emphasis opened at ``opens`` stands, when a mark (* or _) with no
    space after it opens there and the same mark closes the line's words before ``end`` (*责任单位：A，B*,
    a sentence's stop may follow it); None otherwise."""
    if opens + 2 >= end or text[opens] not in _EMPHASIS or text[opens + 1].isspace():
        return None
    line_end = text.find("\n", opens, end)
    last = end if line_end < 0 else line_end
    while last > opens + 2 and text[last - 1] in _AFTER_EMPHASIS:
        last -= 1
    return last - 1 if text[last - 1] == text[opens] and not text[last - 2].isspace() else None


def closes_emphasis(text: str, at: int) -> bool:
    """The mark at ``at`` (*) closes markdown's emphasis around its line's words (*责任单位：市文旅局（牵
    头），市工信局*, - *责任单位：A*): no mark after the name before it (区金融办*)."""
    opens = text.rfind("\n", 0, at) + 1
    # past the spaces and a bullet (- , * ) to the mark with no space after it
    while opens < at and text[opens] in _BEFORE_EMPHASIS and not _opens_emphasis(text, opens, text[at]):
        opens += 1
    return opens < at and emphasis_end(text, opens, len(text)) == at


def opening_mark(text: str, start: int, end: int) -> tuple[int, str | None] | None:
    """A mark written before the name a piece holds: where the name begins and the role the mark gives that
    name alone. A role mark (★市市场监管局, *区金融办: roles.yaml suffixes' marks, as a list of units marks
    its lead after the name too) with no space after it; a sign a legend of the plan explains (●县市场监管局,
    ○ 县科技局 under 注：●为牵头单位，○为配合单位: mark_matrix.document_legend), its role; any other sign a
    legend may use (document_types.yaml mark_signs), no role (the sign is no part of the name). None with no
    mark, a role mark with a space after it (a bullet), or markdown's emphasis opening the line's words
    (*责任单位：A，B*)."""
    at = start
    while at < end and text[at] in " \t\u3000":
        at += 1
    if at + 1 >= end:
        return None
    sign = text[at]
    if sign in _role_marks() and sign not in document_legend(text):
        if text[at + 1].isspace() or emphasis_end(text, at, len(text)) is not None:
            return None
        return at + 1, _suffix_roles()[sign]
    if sign not in _name_signs() or emphasis_end(text, at, len(text)) is not None:
        return None
    named = at + 1
    while named < end and text[named] in " \t\u3000":
        named += 1
    return (named, document_legend(text).get(sign)) if named < end else None


@cache
def _name_signs() -> frozenset[str]:
    """The signs a legend may use that stand before a name (document_types.yaml mark_signs; not + of 1+N)."""
    return frozenset(document_vocabulary().task_table_columns.mark_signs) - frozenset("+＋")


def _sign_only(text: str, piece: Span) -> bool:
    """``piece`` is one such sign alone, a space parting it from the name after it (● 县市场监管局)."""
    s, e = trim(text, *piece)
    return e == s + 1 and text[s] in _name_signs()


def _opens_emphasis(text: str, at: int, mark: str) -> bool:
    """``mark`` stands at ``at`` with no space after it: it may open emphasis (*责任…), no bullet (* 责…)."""
    return text[at] == mark and at + 1 < len(text) and not text[at + 1].isspace()


#: The most characters a phrase of the grounds of the work (按照“谁执法谁普法”要求) takes.
_MAX_MANNER = 24


def _before_manner(text: str, start: int, end: int) -> int:
    """Where a phrase of the grounds the work is done on closing ``text[start:end]`` begins (县公安局按照
    “谁执法谁普法”要求: roles.yaml manner_phrases), or ``end`` when none closes it."""
    phrases = role_vocabulary().manner_phrases
    if phrases is None or not text.endswith(phrases.ends, start, trim(text, start, end)[1]):
        return end  # most names: no such phrase
    m = _manner_phrase().search(text, max(start, end - _MAX_MANNER), end)
    return end if m is None or m.start() == start else m.start()


@cache
def _manner_phrase() -> re.Pattern[str]:
    phrases = role_vocabulary().manner_phrases
    if phrases is None:
        return re.compile("(?!)")
    by = "|".join(map(re.escape, sorted(phrases.by, key=len, reverse=True)))
    ends = "|".join(map(re.escape, phrases.ends))
    return re.compile(rf"(?:{by})[^，,。；;、（）()\n]{{1,20}}?(?:{ends})\s*$")


#: What opens a role word naming the unit's role (为牵头单位): a verb naming the unit to it (明确) is no part
#: of the name before it.
_NAMED_AS = "为"


def _quote_open(text: str, start: int, at: int) -> bool:
    """A quotation opened in ``text[start:at]`` is still open at ``at``: a role word there is words quoted
    (按照“牵头处室（单位）负总责、配合处室（单位）协同推进”的原则, 坚持“谁主管、谁负责”), a principle of how
    work is shared, never the role of a body named before it."""
    opened = text.rfind("“", start, at)
    return opened >= 0 and text.find("”", opened, at) < 0


#: The particles that make the role word after them a noun (…政策的落实, …工作的配合), or the thing done
#: (各牵头单位对所牵头任务负总责: the tasks they lead, no role of the words before; 所负责的工作).
_OF = ("的", "所")


@cache
def exhortation_end() -> re.Pattern[str] | None:
    """The modals that close names exhorted rather than assigned (roles.yaml exhortation_ends: 要, 应 …):
    各部门要积极配合 names no one who helps."""
    patterns = role_vocabulary().exhortation_ends
    return re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None


#: A field of another kind written next to the units: '完成时限：…', '责任领导：…', '联系人：…'.
_OTHER_FIELD = re.compile(r"\s*[\u4e00-\u9fff]{2,8}\s*[：:]")


@cache
def _person_field() -> re.Pattern[str]:
    """A field naming a person or a phone (document_types.yaml task_table_columns people: 负责人, 联系人,
    电话 …), in a bracket or not, before its colon; or with no colon (people_without_colon) before a name of
    two to four characters (县公安局负责人赵某某) or a number (电话87812345)."""
    columns = document_vocabulary().task_table_columns
    words = "|".join(map(re.escape, sorted(columns.people, key=len, reverse=True)))
    bare = "|".join(map(re.escape, sorted(columns.people_without_colon, key=len, reverse=True)))
    colonless = rf"|(?:{bare})\s*+(?=[\u4e00-\u9fff]{{2,4}}(?![\u4e00-\u9fff])|[\d+（(])" if bare else ""
    # the bracket's spaces only after a bracket: a pattern opening with optional spaces would run over a
    # long run of them from each of its places in turn (200,000 tabs in a unit list took 27 s)
    return re.compile(rf"(?:[（(]\s*+)?(?:分管|主要|具体)?(?:(?:{words})\s*+[：:]{colonless})")


#: A piece that is a phone number alone (0731-87812345, 138 1234 5678, （0731）87812345): no unit.
_PHONE = re.compile(r"[\d\-－—+()（）]{5,}")


def _line_break(text: str, start: int, end: int) -> bool:
    """A line break (or a cell's <br> tag) stands in ``[start, end)``."""
    return text.find("\n", start, end) >= 0 or text.find("<br", start, end) >= 0


def _person_cut(text: str, piece: Span) -> int | None:
    """Where a field naming a person starts after the body a piece opens with (县公安局负责人：赵某某,
    县公安局（联系人：李某，电话：…）): the body is a unit, the person and the phone are not."""
    m = _person_field().search(text, *piece)
    if m is None or m.start() <= piece[0]:
        return None
    s, e = trim(text, piece[0], m.start())
    return e if s < e and looks_like_agency(text[s:e]) else None


@cache
def _time() -> re.Pattern[str]:
    """A piece that states a time, not a unit: a year or a month ('2025年12月底前完成', '6月底',
    '2024—2025年') or a time limit with no date (document_types.yaml undated_time_limits: '长期坚持')."""
    undated = "|".join(document_vocabulary().undated_time_limits)
    return re.compile(YEAR_OR_MONTH + (f"|{undated}" if undated else ""))


def is_time(text: str, start: int, end: int) -> bool:
    """The piece states a time ('2025年12月底前完成', '长期坚持'), not a unit."""
    return _time().search(text, start, end) is not None


#: The longest piece read as a time limit ('2024年12月底前完成', '常态化推进').
_TIME_PIECE_MAX = 16
#: A year opening a piece, of a span of years too ('2024—2025年').
_YEAR_OPENS = re.compile(r"(?:19|20)\d{2}")


def time_limit(text: str, start: int, end: int) -> Span | None:
    """The time limit a note's words ``text[start:end]`` write as a piece of their own after the units
    ('县市场监管局负责，持续开展', '…配合；2024—2025年'), not under a label (完成时限：…): its span.
    The piece opens with the time (a year, 长期, 年内 …): '开展年内专项行动' is work, no time limit."""
    for piece in split_top_level(text, start, end, "，,；;"):
        s, e = piece
        if (
            0 < e - s <= _TIME_PIECE_MAX
            and (_YEAR_OPENS.match(text, s, e) or _time().match(text, s, e))
            and is_time(text, s, e)
        ):
            return piece
    return None


def without_trailing_time(text: str, start: int, end: int) -> Span:
    """``text[start:end]`` without the time statements closing it ('…配合，2025年底前完成')."""
    pieces = split_top_level(text, start, end, "，,；;。")
    while len(pieces) > 1 and is_time(text, *pieces[-1]):
        pieces.pop()
    return trim(text, start, pieces[-1][1]) if pieces else (start, end)


def without_trailing_remarks(text: str, start: int, end: int) -> Span:
    """``text[start:end]`` without the remarks of the plan's own closing a note after its units, and the time
    statements among them ('A牵头，B配合；按季度调度', 'A负责，确保取得实效', '…；配合单位：B；务求实效'):
    pieces that state no time, hold no label or role word and name no body. Only after units whose roles are
    written (a role word closing the last piece kept, or a label in the words kept): a note of names alone
    keeps its last piece. Unchanged when no remark closes it."""
    pieces = split_top_level(text, start, end, "，,；;。")
    kept = len(pieces)
    remark = False
    while kept > 1:
        s, e = pieces[kept - 1]
        if is_time(text, s, e):
            kept -= 1
        elif _is_remark(text, s, e):
            kept -= 1
            remark = True
        else:
            break
    if not remark:
        return start, end
    units = trim(text, start, pieces[kept - 1][1])
    if strip_role_word(text, *pieces[kept - 1])[1] is None and not may_hold_label(text, *units):
        return start, end
    return units


def _is_remark(text: str, start: int, end: int) -> bool:
    """A piece of a note that is none of its units: no label or role word anywhere in it (县公安局配合开展刑事
    打击 is a unit with its work), no name of a body among its words (按季度调度, 确保取得实效), nor a body
    opening it before its work (县财政局给予资金支持)."""
    s, e = trim(text, start, end)
    return (
        s < e
        and not may_name_roles(text, s, e)
        and not any(looks_like_agency(text[a:b]) for a, b in split_top_level(text, s, e, "、"))
        and not _opens_with_body(text, s, e)
    )


def _opens_with_body(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` opens with a body's name followed by other words (县财政局给予资金支持)."""
    ends = [
        at for at in range(start + 3, min(end, start + _MAX_OPENING_NAME)) if may_end_name_at(text[at - 1])
    ]
    if not ends or not opens_like_body(text[start:end]):  # most remarks: no body's end among their words
        return False
    return any(ends_like_body(squeeze(text[start:at])) for at in ends)


#: The longest name ``_opens_with_body`` looks for at a remark's start.
_MAX_OPENING_NAME = 25


#: A line break written as HTML inside a table cell (a Markdown table's 牵头：A<br>配合：B).
_LINE_TAG = re.compile(r"<br\s*/?>", re.I)


def _at_line_tags(text: str, piece: Span) -> list[Span]:
    """``piece`` cut at each <br> inside it, the tags left out."""
    cuts, start = [], piece[0]
    for m in _LINE_TAG.finditer(text, *piece):
        cuts.append(trim(text, start, m.start()))
        start = m.end()
    cuts.append(trim(text, start, piece[1]))
    return [c for c in cuts if c[0] < c[1]]


def _levels_parted(text: str, before: list[_Pending], pending: list[_Pending], cut: int, role: str) -> bool:
    """The comma before ``pending[cut:]`` parts levels, not a lead from those sharing its work: a lead named
    before in the clause (A牵头，B、C，各区政府按职责分工负责: B and C support A as the governments do), or
    the names after it sharing the work by their duties (按职责分工负责, not helping: 配合) all the places
    below gathered or their peers, one of them gathered in the run of such names the comma stands in
    (A、B，各区政府、经开区管委会按职责分工负责; A、B、各区政府，经开区管委会…: roles.yaml level_collectives,
    level_peer_types)."""
    if any(p.word_role == "lead" for p in before):
        return True
    if role != "shared":  # 责任单位：A，各乡镇人民政府配合: the governments help A, who leads
        return False
    kinds = [_level_kind(p.name or text[p.span[0] : p.span[1]]) for p in pending]
    for at in range(cut + 1, len(kinds)):
        # 各县级市、区人民法院: the levels after 各 and the body closing them are the places gathered, read as
        # one name only after the role word's clause (_gathered_places); so is a body named bare after the
        # places' counterparts
        if kinds[at] is None and kinds[at - 1] == "gathered":
            first = next(i for i in range(at - 1, -1, -1) if i == 0 or kinds[i - 1] != "gathered")
            spans = [p.span for p in pending[first : at + 1]]
            gathered = _gathered_places(text, spans) or (
                pending[at - 1].name is None and _counterpart_name(text, spans[-2], spans[-1]) is not None
            )  # 各级人民法院、人民检察院: the places' procuratorates too (_counterpart_beside_counterpart)
            kinds[at] = "gathered" if gathered else None
    if not all(kinds[cut:]):
        return False
    run = cut
    while run > 0 and kinds[run - 1]:
        run -= 1
    return "gathered" in kinds[run:]


def _level_kind(name: str) -> str | None:
    """ "gathered" for the places below gathered (各区政府), "peer" for a body standing with them as a place
    of their level (北京经济技术开发区管委会), else None."""
    vocabulary = role_vocabulary()
    found = collective_type(name)
    if found is not None:
        return "gathered" if found.id in vocabulary.level_collectives else None
    typed = agency_type(name)
    return "peer" if typed is not None and typed[0].id in vocabulary.level_peer_types else None


def _after_comma(text: str, start: int, pos: int) -> bool:
    """A comma (not 、) parts the piece at ``pos`` from the one before it, spaces aside."""
    at = pos - 1
    while at > start and text[at] in " \u3000\t":
        at -= 1
    return at >= start and text[at] in "，,"


def _pieces(text: str, start: int, end: int, *, lines: bool = False) -> list[Span]:
    """The list items of a clause; a label directly followed by its first name stays one piece. With
    ``lines`` (a table cell), a <br> tag breaks a line as a line break does."""
    pieces: list[Span] = []
    separators = _LIST_SEPARATORS + ("\n" if lines else "")
    tagged = lines and text.find("<", start, end) >= 0
    lines_of = _at_line_tags(text, (start, end)) if tagged else [(start, end)]
    split = [piece for line in lines_of for piece in split_top_level(text, *line, separators)]
    if has_dash(text, start, end):  # most lists: no dash
        split = [cut for whole in split for cut in _at_dashes(text, whole)]
    if not lines and text.find("\n", start, end) >= 0:  # （责任单位：A、B↵完成时限：…）
        split = [cut for whole in split for cut in _at_field_lines(text, whole)]
    labelled = (cut for whole in split for cut in _at_bracketed_labels(text, whole))
    for piece in (body for cut in labelled for body in _at_joiners(text, cut)):
        if pieces and (
            _label_only(text, pieces[-1])
            or _sign_only(text, pieces[-1])  # ● 县市场监管局: the sign is the name's (opening_mark)
            or text.startswith(_COLONS, *piece)  # 牵头单位 ：A: a space typed before the label's colon
            or (lines and _wrapped(text, pieces[-1], piece) and _bare_label(text, *pieces[-1]) is None)
            or (lines and _qualifier_below(text, pieces[-1], piece))
            or (lines and _cut_at_full_line(text, pieces[-1], piece, (start, end)))
            or _spaced_name(text, pieces[-1], piece)
        ):
            pieces[-1] = (pieces[-1][0], piece[1])
        else:
            pieces.append(piece)
    return pieces


def _at_dashes(text: str, piece: Span) -> list[Span]:
    """``piece`` cut where a dash parts two names as a comma does (区农业农村局牵头——区市场监管局配合), not
    where it stands for a label's colon (牵头单位——区科技局)."""
    cuts = split_at_dashes(text, piece)
    if len(cuts) == 1:  # most pieces: no dash
        return cuts
    out: list[Span] = []
    for cut in cuts:
        if out and _label_only(text, (out[-1][0], cut[0])):
            out[-1] = (out[-1][0], cut[1])
        else:
            out.append(cut)
    return out


#: The longest head of a name a space may part from the rest (县, 县人民, 中共浦江县委: a prefix or a place).
_SPACED_HEAD = 6


def _spaced_name(text: str, before: Span, after: Span) -> bool:
    """A space typed inside one name, not between two (县 市场监管局, 县人民 法院, as text copied from a
    laid-out page writes them): only white space parts the pieces, the first is a name's head that names no
    body alone (a level prefix, a place, 县人民, not a name closed by its role word) and the two read together
    do, or a body's that a type's name read across the space closes (县委 宣传部); a label's colon before
    the head (牵头单位：县 市场监管局) opens it."""
    if not text[before[1] : after[0]].isspace():
        return False
    lo = max(before[0], before[1] - _SPACED_HEAD - 1)  # the head's reach: a long piece is not read whole
    colon = max(text.rfind(c, lo, before[1]) for c in _COLONS)
    if colon < 0 and lo > before[0]:
        return False
    opened = colon + 1 if colon >= 0 else before[0]
    head = squeeze(text[opened : before[1]])
    if not head or not opens_like_body(head):
        return False
    joined = head + squeeze(text[after[0] : after[1]])
    if looks_like_agency(head):  # 县委 宣传部, 县政府 办公室: a type's name parted, not two (县委 县政府)
        return alias_across(joined, len(head))
    # 区法院牵头↵区检察院: a name closed by its role word heads no other
    return looks_like_agency(joined) and strip_role_word(text, opened, before[1])[1] is None


@cache
def _joiner_regex() -> re.Pattern[str] | None:
    """Any conjunction a list writes between two bodies (agency_types.yaml list_joiners), longest first."""
    words = sorted(agency_vocabulary().list_joiners, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words))) if words else None


@cache
def _partner_words() -> tuple[str, ...]:
    """会同 and the partner words other than those written only between bodies (商 ends 电商)."""
    between = _between_bodies_words()
    words = [TOGETHER_WITH]
    words.extend(w for w in role_vocabulary().subject_onsets.partner_words if w not in between)
    return tuple(words)


def closes_partner_word(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` ends in a word naming partners (会同, 协同 …): its last character (同) joins no
    two bodies, unless its 会 ends a committee's name (县卫生健康委员会同县科技局: committee_closes)."""
    return text.endswith(_partner_words(), start, end) and not committee_closes(
        text, start, end - len(TOGETHER_WITH)
    )


#: How far past a conjunction the words after it are read to tell whether they open like a body's name: a
#: note of any usual length is read whole, a run of thousands of names is not read again at each 和. The
#: number is safe: ``opens_like_body`` reads the words' opening (a level, a type or head word, a place
#: name, a collective's pattern from its start), so the cap only tells when over 500 characters follow the
#: 和 within one piece of the list (no 、 or other separator), twelve times the longest name a list holds
#: (agency_names._MAX_NAME) — only a run of white space that long before the next name, or the one pattern
#: read at the end (成员单位$) after as many words, reads otherwise. Unbounded, the 318 plans of the
#: identity check (the corpus, the regression inputs, 300 generated plans) read byte for byte the same.
_JOINED_REACH = 500


def _at_field_lines(text: str, piece: Span) -> list[Span]:
    """``piece`` parted at each line break a field or a label opens the next line after (（责任单位：A、B↵
    完成时限：2025年12月）: B, then the deadline's field), as a separator would part them."""
    starts, ends = [piece[0]], []
    at = piece[0]
    while (brk := text.find("\n", at, piece[1])) >= 0:
        after = trim(text, brk, piece[1])[0]
        if (
            after < piece[1]
            and (_OTHER_FIELD.match(text, after, piece[1]) or label_at(text, after, piece[1]))
            and ends_like_body(squeeze(text[starts[-1] : brk]))  # not 〔责任↵单位：…〕, a label wrapped
        ):
            ends.append(brk)
            starts.append(after)
        at = brk + 1
    return list(zip(starts, [*ends, piece[1]], strict=True))


def _at_joiners(text: str, piece: Span) -> list[Span]:
    """``piece`` parted at each conjunction between two bodies (县公安局和县法院配合: 县公安局, 县法院配合),
    as 、 parts them: the words before it end like a body and the words after open like one; a name that
    holds one (县工业和信息化局) or work (加强和改进…) stays whole."""
    joiners = _joiner_regex()
    if joiners is None:
        return [piece]
    cuts: list[Span] = []
    start = piece[0]
    for found in joiners.finditer(text, piece[0], piece[1]):
        if (
            found.start() > start
            and not closes_partner_word(text, start, found.end())
            and not longer_than_a_name(text, start, found.start())
            and looks_like_agency(text[start : found.start()])
            and opens_like_body(text[found.end() : min(piece[1], found.end() + _JOINED_REACH)])
        ):
            cuts.append((start, found.start()))
            start = found.end()
    return [*cuts, (start, piece[1])] if cuts else [piece]


def _wrapped(text: str, before: Span, after: Span) -> bool:
    """A line break between ``before`` and ``after`` that wraps one name (市工信局、市市 / 场监管局 in a
    cell of a PDF's table): only a line break parts them, and the line before does not end like a body nor
    in a digit or a person's field (县市场监管局 0572-8421234 / 县科技局, 县公安局负责人赵某某 / 县财政局: a
    phone number or a person closes its line), and the line after opens with no label (配合：…)."""
    gap = text[before[1] : after[0]]
    return (
        "\n" in gap
        and not gap.strip()
        and not text[before[1] - 1].isdigit()
        and (not looks_like_agency(text[before[0] : before[1]]) or _cut_collective(text, before, after))
        and _person_field().search(text, *before) is None
        and strip_role_word(text, *before)[1] is None  # 市人社局牵头 / 各有关单位配合: a line to itself
        and label_at(text, *after) is None  # …（知识产权局） / 配合：…: a label opens its own line
    )


def _cut_at_full_line(text: str, before: Span, after: Span, cell: Span) -> bool:
    """A line break of a table cell ``cell`` between ``before`` and ``after`` wraps one name (西北农林科 /
    技大学): only the line break parts them, the line is as wide as the cell's widest (the layout filled it)
    and the two read as one name cut (``cut_name``)."""
    gap = text[before[1] : after[0]]
    if "\n" not in gap or gap.strip():
        return False
    opened = max(cell[0], text.rfind("\n", cell[0], before[1]) + 1)
    width = len(text[opened : before[1]].strip())
    lines = text[cell[0] : cell[1]].split("\n")
    if any(len(line.strip()) > width for line in lines):
        return False
    return cut_name(squeeze(text[before[0] : before[1]]), _name_on(text, after[0], cell[1], width))


def _name_on(text: str, start: int, end: int, width: int) -> str:
    """The name opening at ``start``, up to a list separator, over the lines after it that the layout filled
    (``width`` wide) with no separator in them (中国科 / 学院西北高原生物 / 研究所)."""
    name = ""
    at = start
    while at < end:
        brk = text.find("\n", at, end)
        line = text[at : brk if brk >= 0 else end].strip()
        piece = _NAME_PARTS.split(line, maxsplit=1)
        name += piece[0]
        if len(piece) > 1 or brk < 0 or len(line) < width:
            break
        at = brk + 1
    return name


#: What parts the names of a list (the separators) and what closes a clause.
_NAME_PARTS = re.compile(r"[、，,；;。：:\s]")


def cut_name(tail: str, head: str) -> bool:
    """A line ending in ``tail`` and the next opening with ``head`` wrap one body's name: the two joined end
    like a body, and either ``head`` opens like none (会 of 金积工业园区管委 / 会, 技大学 of 西北农林科 /
    技大学) after words naming no body of a known type, or ``head`` is a type's name alone that the place
    ``tail`` names has (太阳山开发区 / 管委会, 江孜县 / 人民政府: a 管委会 alone in a list of units names no
    one). The caller tells that the line was full (a wrap, not a name ended). A body's name closed by its
    other name in brackets (市市场监管局（市知识产权局） / 巴城镇人民政府) ends its line: no wrap."""
    if not tail or not head or not ends_like_body(tail + head):
        return False
    if ends_like_body(_before_closing_bracket(tail)):
        return False
    if not opens_like_body(head):
        return agency_type(tail) is None
    typed = agency_type(tail + head)
    return typed is not None and typed[1] == head and _whole_place(tail)


def _whole_place(name: str) -> bool:
    """``name`` is a place alone: a zone's (太阳山开发区) or a region's whole name (江孜县), nothing
    after it."""
    if place_unit(name):
        return True
    hit = region_index().match_at(name, 0, len(name), allow_short=False)
    return hit is not None and hit.span[1] == len(name)


def _qualifier_below(text: str, before: Span, after: Span) -> bool:
    """A bracket alone on the line after a body's name qualifies that name (各乡镇 / （街道）, 县市场监管局 /
    （知识产权局） in a narrow cell): only a line break parts them, the line after the bracket whole."""
    gap = text[before[1] : after[0]]
    return (
        "\n" in gap
        and not gap.strip()
        and text[after[0]] in "（("
        and text[after[1] - 1] in "）)"
        and looks_like_agency(text[before[0] : before[1]])
    )


def _cut_collective(text: str, before: Span, after: Span) -> bool:
    """A collective's name cut by the line (各乡镇人民 / 政府): the words before read as a collective only
    (各乡镇…) with no body's ending, the words after open with no place (县公安局 is a body of its own), and
    the two joined end like a body. A body's name closed by its other name in brackets (市市场监管局（市知识
    产权局） / 人行瑞安市支行) ends there: the bracket closes the line's name, no collective's words."""
    words, rest = text[before[0] : before[1]], text[after[0] : after[1]]
    return (
        not ends_a_name(words)
        and level_prefix(rest) is None
        and region_index().match_at(rest, 0, len(rest), allow_short=True) is None
        and ends_like_body(words + rest)
    )


def ends_a_name(words: str) -> bool:
    """``words`` end a body's name, or its name closed by its other name in brackets (市市场监管局（市知识
    产权局）): no name runs on into the next line."""
    return ends_like_body(words) or ends_like_body(_before_closing_bracket(words))


def _before_closing_bracket(words: str) -> str:
    """``words`` without the bracket closing them (市市场监管局（市知识产权局）: 市市场监管局); "" when they
    close in no bracket."""
    if not words.endswith(("）", ")")):
        return ""
    opened = max(words.rfind("（"), words.rfind("("))
    return words[:opened] if opened > 0 else ""


def labels_in(text: str, start: int, end: int) -> list[str]:
    """The labels written in ``text[start:end]``, in order ('牵头单位', '配合单位')."""
    return [
        found[0]
        for clause in split_top_level(text, start, end, CLAUSE_SEPARATORS)
        for piece in _pieces(text, *clause)
        if (found := label_at(text, *piece))
    ]


def _bare_label(text: str, start: int, end: int) -> tuple[str, str | None, int] | None:
    """``text[start:end]`` is a label or role word and nothing else (牵头, 配合单位): as ``label_at`` reads
    one written with its colon."""
    word = squeeze(text[start:end])
    role = _label_roles().get(word, _NO_LABEL)
    return None if role is _NO_LABEL else (word, role, end)


_NO_LABEL = "-"


_WORD_END = re.compile(f"[{re.escape(_LIST_SEPARATORS)}\n]")


def _first_word(text: str, start: int, end: int) -> Span:
    """The first word of ``text[start:end]``: up to a list separator or a line's end."""
    s = trim(text, start, end)[0]
    stop = _WORD_END.search(text, s, end)
    return s, end if stop is None else stop.start()


def _label_only(text: str, piece: Span) -> bool:
    found = label_at(text, *piece)
    return found is not None and trim(text, found[2], piece[1])[0] >= piece[1]


@cache
def _slashed_label_regex() -> re.Pattern[str]:
    """A label closed by a slash (责任单位/A、B), or two labels written as one (牵头单位/配合单位：A/B、C)."""
    words = _label_words()
    return re.compile(rf"\s*+(?P<a>{words})\s*+[/／]\s*+(?:(?P<b>{words})\s*+[：:])?")


def _slashed_labels(text: str, start: int, end: int) -> list[tuple[Span, str | None, str]] | None:
    """The lists a note opening with slashed labels gives each label: (span, role, label). 责任单位/A、B is
    责任单位：A、B; in 牵头单位/配合单位：A/B、C the first slash of the values parts the two labels' lists (A
    leads, B and C support; with no slash there, all are the first label's). None for any other note."""
    m = _slashed_label_regex().match(text, start, end)
    if m is None:
        return None
    first = squeeze(m.group("a"))
    if m.group("b") is None:
        if label_at(text, m.end(), end) is not None:
            return None  # 牵头单位/配合单位 on a line above their lists: not this shape
        return [((m.end(), end), _label_roles()[first], first)]
    return _parted(text, m.end(), end, first, squeeze(m.group("b")))


def _parted(text: str, start: int, end: int, first: str, second: str) -> list[tuple[Span, str | None, str]]:
    """The lists of two labels written as one (``first``/``second``), in ``text[start:end]``: parted at the
    first slash before a clause's end; with none, all is the first label's."""
    stops = [at for at in (text.find(c, start, end) for c in CLAUSE_SEPARATORS) if at >= 0]
    clause_end = min(stops, default=end)
    slashes = [at for at in (text.find(c, start, clause_end) for c in "/／") if at >= 0]
    if not slashes:
        return [((start, end), _label_roles()[first], first)]
    cut = min(slashes)
    return [((start, cut), _label_roles()[first], first), ((cut + 1, end), _label_roles()[second], second)]


def paired_labels(header: str) -> tuple[str, str] | None:
    """A table column headed by two labels written as one (牵头单位/配合单位): the two labels."""
    parts = re.split("[/／]", squeeze(header))
    if len(parts) == 2 and all(part in _label_roles() for part in parts):
        return parts[0], parts[1]
    return None


def parse_paired_cell(
    text: str, start: int, end: int, labels: tuple[str, str], *, first_is_lead: bool = False
) -> list[Mention]:
    """The units of a cell under a column headed by two labels (``paired_labels``): A/B、C gives A the first
    label's role, B and C the second's, as 牵头单位/配合单位：A/B、C reads in a note. A cell with no slash
    whose lines each end a name (A ↵ B、C) parts them at its first line's end as at a slash."""
    parts = _parted(text, start, end, *labels)
    if len(parts) == 1 and (cut := _first_line_cut(text, start, end)) is not None:
        first, second = labels
        roles = _label_roles()
        parts = [((start, cut[0]), roles[first], first), ((cut[1], end), roles[second], second)]
    return _parse_parts(text, parts, first_is_lead, True, None)[0]


#: A line's end in a table cell: a line break or a <br> tag.
_CELL_LINE_END = re.compile(r"\n|<br\s*+/?>", re.I)


def _first_line_cut(text: str, start: int, end: int) -> Span | None:
    """Where the first line of a cell ends and the next begins, when words follow and the first line's
    last name is a body's whole name, not one the line break wraps (市市 ↵ 场监管局); None otherwise."""
    opening = trim(text, start, end)[0]
    m = _CELL_LINE_END.search(text, opening, end)
    if m is None:
        return None
    line_end, next_line = trim(text, opening, m.start())[1], trim(text, m.end(), end)[0]
    if line_end <= opening or next_line >= end:
        return None
    pieces = _pieces(text, opening, line_end)
    if not pieces or _wrapped(text, pieces[-1], trim(text, m.end(), end)):
        return None
    last = text[pieces[-1][0] : pieces[-1][1]]
    return (line_end, next_line) if looks_like_agency(last) else None


def _parse_parts(
    text: str,
    parts: list[tuple[Span, str | None, str]],
    first_is_lead: bool,
    lines: bool,
    labels: list[str] | None,
) -> tuple[list[Mention], bool]:
    """Each label's list of slashed labels (``_slashed_labels``, ``_parted``) read with that label's role;
    ``labels`` receives the labels, each before those its list writes."""
    read: list[Mention] = []
    all_bodies = True
    for (list_start, list_end), role, word in parts:
        if labels is not None:
            labels.append(word)
        mentions, bodies = _parse_list(text, list_start, list_end, role, first_is_lead, lines, labels)
        read += mentions
        all_bodies = all_bodies and bodies
    return read, all_bodies


#: The cue before a body's support word under a label (…，市市场监管局负责指导).
_ANSWERING = "负责"


@dataclass
class _Pending:
    span: Span
    word_role: str | None
    group: int
    name: str | None = None
    #: The role a bracket right after the name gives it alone (A、B（牵头）: B's), over the role word after
    #: the list.
    own_role: str | None = None
    #: The role word after the name, as written (负责, 抓好落实).
    word: str | None = None


def parse_agency_list(
    text: str,
    start: int,
    end: int,
    *,
    default_role: str | None = None,
    first_is_lead: bool = False,
    lines: bool = False,
    labels: list[str] | None = None,
) -> tuple[list[Mention], bool]:
    """Parse ``text[start:end]`` (an annotation's inside, or a table cell) into mentions with roles.
    With ``lines`` (a table cell), a line break separates names too: one unit per line of the cell.
    ``labels``, when given, receives the labels written there, in order (those ``labels_in`` reads
    without ``lines``): the list is read once for both.

    Returns the mentions and whether every name looked like an agency.
    """
    if (slashed := _slashed_labels(text, start, end)) is not None:
        return _parse_parts(text, slashed, first_is_lead, lines, labels)
    return _parse_list(text, start, end, default_role, first_is_lead, lines, labels)


def _parse_list(
    text: str,
    start: int,
    end: int,
    default_role: str | None,
    first_is_lead: bool,
    lines: bool,
    labels: list[str] | None,
) -> tuple[list[Mention], bool]:
    """``parse_agency_list`` of a list that does not open with slashed labels."""
    items: list[_Pending] = []
    group = 0
    owned = False  # a bracket gave a name its own role
    labelled = False
    own_note = False  # the list says its first unit leads
    others = False  # a name closes with 等 (县科技局等): the list has units it does not name
    # a cell whose first line is a label or role word alone (牵头 / 县市场监管局 / 配合 / 县科技局): each line
    # that is one labels the lines after it, as 牵头：… does (not so after names: 县市场监管局 牵头)
    bare = lines and _bare_label(text, *_first_word(text, start, end)) is not None
    clauses = split_top_level(text, start, end, CLAUSE_SEPARATORS)
    guides: set[Span] = set()  # the guides' words of a frame opening a clause (在A指导下，B具体实施: A)
    for clause in (
        part
        for whole in clauses
        for framed in _at_guide_frame(text, whole, guides)
        for part in _helpers_in_bracket(text, framed)
    ):
        label_role = "support" if clause in guides else default_role
        pending: list[_Pending] = []
        clause_items = len(items)  # the items this clause adds come after these
        other_field = False  # inside '完成时限：…' or '责任领导：…' until the next role label
        person = False  # a body's person field (县公安局负责人：…) opens another field after the body
        before_comma = 0  # how many of the pending names a comma closes
        personal = False  # the other field is a person's or a phone's: a cell's next line ends it
        previous = clause[0]
        picking_before = False  # a picking word alone before the piece (其中，A负责…)
        trailing: list[_Pending] = []  # a lead a bracket names after the piece's name, once that is read
        for piece in _pieces(text, *clause, lines=lines):
            marked = opening_mark(text, *piece)
            if marked is not None:  # ★市市场监管局 ↵ 市科技局: the marked name's own role
                piece = (marked[0], piece[1])
            if lines and (bullet := LINE_BULLET.match(text, *piece)) is not None:
                piece = (bullet.end(), piece[1])  # ◆配合单位：… on a note's next line: the label after it
            other_field, personal = other_field or person, personal or person
            person = False
            if personal and lines and _line_break(text, previous, piece[0]):
                other_field = personal = False  # 县科技局 电话：87812345 / 县财政局: one unit a line
            previous = piece[1]
            found = label_at(text, *piece) or (_bare_label(text, *piece) if bare else None)
            if found:  # a label opens a new list, also after a comma or a space ('牵头单位：A，配合单位：B')
                if labels is not None:
                    labels.append(found[0])
                for p in pending:
                    p.word_role = label_role
                items.extend(pending)
                pending, before_comma = [], 0
                group += 1
                _, label_role, piece_start = found
                labelled = True
                other_field = False
                piece = (piece_start, piece[1])
                if marked is None and (marked := opening_mark(text, *piece)) is not None:
                    piece = (marked[0], piece[1])  # 责任单位：★县科技局、…
            if (cut := _person_cut(text, piece)) is not None:  # 县公安局负责人：…, 县科技局（联系人：…）
                piece, person, other_field = (piece[0], cut), True, False
            elif not found and _person_field().match(text, *trim(text, *piece)):  # 联系人王某某, 电话：…
                other_field = personal = True
            elif not found and (_OTHER_FIELD.match(text, *piece) or _bracketed_field().match(text, *piece)):
                other_field = True
            if not other_field and is_first_is_lead_note(text, *piece):
                own_note = True  # the list's own note (…，排名第一的为牵头单位) speaks for it
                piece = _before_bracketed_note(text, piece)  # 县工信局（排名第一的为牵头单位）: the name
            if other_field or is_time(text, *piece) or is_first_is_lead_note(text, *piece):
                continue
            if _PHONE.fullmatch(text, *trim(text, *piece)):  # 0731-87812345 after a unit: no unit
                continue
            if _picking_alone(text, *piece):  # …；其中，区公安分局负责…: the word before a comma, no unit
                picking_before = True
                continue
            picked, piece, new = _picked_lead(text, piece, [*items, *pending], group, picking_before)
            picking_before = False
            if picked is not None:  # …；其中区科技局为牵头单位 / 县发改局、县财政局（县发改局牵头）
                picked.own_role, owned = "lead", True
                if new and piece[0] >= piece[1]:  # 区科技局（区科技局牵头）: a name picked by its own bracket
                    pending.append(picked)
                elif new:  # 县公安局（县市场监管局牵头）: the lead after the name before its bracket
                    trailing.append(picked)
                if piece[0] >= piece[1]:
                    continue
            elif piece[0] >= piece[1]:  # 其中区公安分局负责刑事打击: a listed unit's own part, no unit
                continue
            topic = after_topic(text, *piece)  # 苏木、沙棘等特色植物种植由县林业局负责: the work is no unit
            if topic > piece[0]:
                pending, before_comma = [], 0
                piece = (topic, piece[1])
            together = together_with(text, *piece)
            if together is not None and together[0] > piece[0]:
                leader = clean_name(text, (piece[0], together[0]))
                for p in pending:  # A、B会同C: A and B lead
                    p.word_role = "lead"
                items.extend([*pending, _Pending(leader, "lead", group)])
                pending, before_comma = [], 0
                group += 1
                piece = (together[1], piece[1])
            # the names before a comma: a support word after it is not theirs (责任单位：A，B、C配合: A leads)
            if pending and _after_comma(text, clause[0], piece[0]):
                before_comma = len(pending)
            name_span, word_role, role_word = strip_role_word(text, *piece)
            if labelled and word_role is None and (coordinating := _coordinating_word(text, *name_span)):
                # 责任部门：由管委会办公室统筹，A、B按职责分工落实: the body coordinating the listed
                # work leads it, as in a sentence (roles.yaml coordinating_words); the word is no part of
                # its name
                name_span, word_role, role_word = (name_span[0], coordinating[0]), "lead", coordinating[1]
            if labelled and word_role == "support" and text.endswith(_ANSWERING, *name_span):
                # 责任主体：各县（市、区）人民政府，市市场监管局负责指导: the cue is not in the guide's name
                name_span = trim(text, name_span[0], name_span[1] - len(_ANSWERING))
            # 打击侵权假冒工作县市场监管局牵头: the body right after its work, with no 由
            worked = body_after_work(text, *name_span)
            if worked > name_span[0]:
                pending, before_comma = [], 0
                name_span = (worked, name_span[1])
            written_end = name_span[1]
            if word_role is not None and points_back(text[slice(*trim(text, *name_span))]):
                # 责任单位：A、B，以上单位按职责分工负责: the role word is A's and B's, 以上单位 no unit
                before_comma = 0
                if not pending and items:  # …；以上单位按职责分工负责: the units of the clause before
                    pending = [p for p in items if p.group == items[-1].group and p.word_role is None]
                    items = [p for p in items if p not in pending]
                for p in pending:
                    p.word_role, p.word = word_role, role_word
                items.extend(pending)
                pending = []
                group += 1
                continue
            others = others or leaves_others(text, name_span)
            name_span = clean_name(text, name_span)
            if own_note and others_of_note(text[slice(*trim(text, *name_span))]):
                continue  # …第一个单位为牵头单位，其他单位按职责分工负责: the note's second half, no unit
            if _overseer(text, *name_span):  # （…，区政府督查室督办）: a body overseeing the work, no unit
                continue
            if (
                any(ch.isalnum() for ch in text[name_span[0] : name_span[1]])
                and not is_ditto(text, *name_span)
                and not names_no_one(text, *name_span)
            ):  # not bare punctuation, a ditto's word (责任单位：同上: the units of the task before) nor a
                # placeholder for no body (配合单位：无)
                pending.append(_Pending(name_span, None, group))
                if marked is not None and marked[1] is not None:
                    pending[-1].own_role, owned = marked[1], True
            pending.extend(trailing)
            trailing.clear()
            if (
                word_role is not None
                and len(pending) > 1
                and pending[-1].span == name_span
                and _bracketed_word(text, written_end, piece[1])
                and (own := _bracket_owners(text, piece[1], end, lines, pending))
            ):
                # A、B（牵头）、C按职责分工负责: the bracket after a name is that name's alone; A waits for
                # the role word after C, as C does
                for p in own:
                    p.own_role = word_role
                owned = True
                continue
            if word_role is not None:
                if (
                    word_role in _AFTER_COMMA_ROLES
                    and 0 < before_comma < len(pending)
                    and not _levels_parted(text, items[clause_items:], pending, before_comma, word_role)
                ):
                    # 责任单位：A，B、C按职责分工负责: A, set apart, leads those sharing the work by duty
                    lead = word_role == "shared" and label_role is None
                    for p in pending[:before_comma]:
                        p.word_role = "lead" if lead else label_role
                    items.extend(pending[:before_comma])
                    group += 1
                    pending = pending[before_comma:]
                    for p in pending:
                        p.group = group
                for p in pending:
                    p.word_role, p.word = word_role, role_word
                items.extend(pending)
                pending, before_comma = [], 0
                group += 1
        pending.extend(trailing)  # a bracket's lead whose name before it was no unit
        for p in pending:
            p.word_role = label_role
        items.extend(pending)
        group += 1
    _share_endings(text, items)
    all_agencies = all(looks_like_agency(p.name or text[p.span[0] : p.span[1]]) for p in items)
    if owned:
        for p in items:
            p.word_role = p.own_role or p.word_role
    if labelled and len(items) > 1:
        items = _led_once(text, items)
    _answered_then_carried(items)
    leads_first = first_is_lead or own_note
    mentions = _resolve_roles(items, first_is_lead=leads_first, own_note=own_note, others=others)
    return mentions, all_agencies and (labelled or bool(items))


_ROUND_OPENERS = "（("
_ROUND_CLOSERS = "）)"
#: The roles a body's own word gives it that helpers in a bracket after it may serve (牵头, 负责).
_SERVED = frozenset(("lead", "responsible"))


def _closing_bracket_opener(text: str, start: int, last: int) -> int | None:
    """Where the round bracket closing ``text[start:last]`` (its last character) opens, or None when it
    opens nowhere inside."""
    depth = 0
    for pos in range(last - 1, start - 1, -1):
        ch = text[pos]
        if ch in _ROUND_CLOSERS:
            depth += 1
        elif ch in _ROUND_OPENERS:
            depth -= 1
            if depth == 0:
                return pos
    return None


def _at_guide_frame(text: str, clause: Span, guides: set[Span]) -> list[Span]:
    """``clause`` parted after a frame opening it before a comma (在县司法局指导下，各乡镇具体实施: the
    guides' words, added to ``guides``, and the rest); [clause] for any other clause."""
    parted = at_frame(text, clause)
    if parted is None:
        return [clause]
    guides.add(parted[0])
    return list(parted)


def _helpers_in_bracket(text: str, clause: Span) -> list[Span]:
    """A clause whose lead is named with its role word and its helpers in a bracket after it
    (A牵头（B、C配合）, A负责（配合单位：B）), or a body alone before its helpers' bracket (A（B、C配合）):
    two clauses, the lead's and the bracket's inside, as A牵头；B、C配合 reads. A bracket holding a role
    word alone (A（牵头）), no role (市市场监管局（知识产权局）, A牵头（年底前完成）) or others than helpers
    after a name alone stays whole."""
    start, end = trim(text, *clause)
    if end - start < 4 or text[end - 1] not in _ROUND_CLOSERS:  # the common case: no closing bracket
        return [clause]
    found = _bracket_of_helped(text, start, end)
    if found is None:
        return [clause]
    opener, role, helped, _ = found
    if role is None and (helped != "support" or not looks_like_agency(text[start:opener].strip())):
        return [clause]  # A（B、C配合）: the helpers of the body before the bracket, which leads them
    return [(start, opener), trim(text, opener + 1, end - 1)]


def _bracket_of_helped(text: str, start: int, end: int) -> tuple[int, str | None, str, Span] | None:
    """Where the round bracket closing ``text[start:end]`` opens, the role word before it (or None), the
    role the bracket gives the units it names (配合 or a label of one) and their names' span, when it names
    units with a role that may serve the bodies before it; None otherwise."""
    opener = _closing_bracket_opener(text, start, end)
    if opener is None or opener <= start or not may_name_roles(text, opener + 1, end - 1):
        return None
    _, role, _ = strip_role_word(text, start, opener)
    inside = trim(text, opener + 1, end - 1)
    if inside[0] >= inside[1] or (role is not None and role not in _SERVED):
        return None
    label = label_at(text, *inside)
    if label is not None:
        helped, names = label[1], trim(text, label[2], inside[1])
    else:
        names, helped, _ = strip_role_word(text, *inside)
    if helped is None or names[0] >= names[1]:
        return None  # no label opening the bracket nor a role word closing it (a remark), or no names
    return opener, role, helped, names


def helpers_bracket(text: str, start: int, end: int) -> tuple[int, Span] | None:
    """Where a bracket naming only helpers closes the bodies ``text[start:end]`` (县市场监管局、县科技局
    （县财政局配合）, 县市场监管局（配合单位：县财政局）): its opener and the span of the helpers' names; None
    for any other bracket (市市场监管局（知识产权局）, （牵头）) or none."""
    if end - start < 4 or text[end - 1] not in _ROUND_CLOSERS:
        return None
    found = _bracket_of_helped(text, start, end)
    if found is None or found[1] is not None or found[2] != "support":
        return None
    return found[0], found[3]


@cache
def _coordinating_regex() -> tuple[re.Pattern[str], frozenset[str]]:
    """A coordinating word closing a listed piece (…统筹, …负责统筹, …统筹推进: roles.yaml
    coordinating_words, perhaps after 负责 and before one of coordinating_ends), none of those naming an
    overseer, and one that may also end a body's name (党组织, 工会组织) only after 负责; and the last
    characters such a piece may end with, a quick test."""
    vocab = role_vocabulary()
    words = set(vocab.coordinating_words) - set(vocab.overseeing_words)
    if not words:
        return re.compile("(?!)"), frozenset()
    bare = sorted(words - _NAME_ENDINGS, key=len, reverse=True)
    cued = sorted(words & _NAME_ENDINGS, key=len, reverse=True)
    ends = sorted(vocab.coordinating_ends, key=len, reverse=True)
    tail = f"(?:{spaced_words(ends)})?" if ends else ""
    cue = re.escape(_ANSWERING)
    options = [f"(?:{cue}\\s*)?(?:{spaced_words(bare)})"] if bare else []
    options += [f"{cue}\\s*(?:{spaced_words(cued)})"] if cued else []
    pattern = re.compile(f"(?:{'|'.join(options)}){tail}\\s*$")
    return pattern, frozenset(w[-1] for w in [*words, *ends])


#: Coordinating words that also end bodies' names (各级党组织, 县总工会组织): closing a listed piece only
#: after 负责.
_NAME_ENDINGS = frozenset(("组织",))


#: The most characters a coordinating word closing a piece may take (负责统筹协调推进).
_COORDINATING_MAX = 12


def _coordinating_word(text: str, start: int, end: int) -> tuple[int, str] | None:
    """Where a coordinating word closes the listed piece ``text[start:end]`` after a name, and the word as
    written squeezed; None when none does, or when no name stands before it."""
    start, end = trim(text, start, end)
    pattern, last = _coordinating_regex()
    if end <= start or text[end - 1] not in last:
        return None  # most pieces: a name alone
    m = pattern.search(text, _last_characters(text, start, end, _COORDINATING_MAX), end)
    if m is None:
        return None
    name_end = trim(text, start, m.start())[1]
    if name_end <= start or looks_like_agency(text[start:end]) or not looks_like_agency(text[start:name_end]):
        return None  # 各级党组织, 各行业协会组织: a body's name ending in the word
    return name_end, squeeze(m.group())


#: The word a list picks one of its units out by (…；其中区科技局为牵头单位).
@cache
def _picking_words() -> tuple[str, ...]:
    """Words before a unit a list picks out again as its lead (其中区科技局为牵头单位, 以区科技局为主)."""
    return tuple(sorted(role_vocabulary().picking_words, key=len, reverse=True))


def _picked_lead(
    text: str, piece: Span, named: list[_Pending], group: int, picking_before: bool = False
) -> tuple[_Pending | None, Span, bool]:
    """A piece naming again, as the lead, a unit the list named before it: the whole piece (…；其中区科技局
    为牵头单位, …，区科技局牵头) or a bracket closing it (县发改局、县财政局（县发改局牵头）, the name before
    the bracket is a unit of its own; 县财政局、县发改局（县发改局牵头）, the name before it is the one
    picked, a new unit of ``group``). The unit picked, the piece left to read (empty for a whole piece or a
    name picked by its own bracket) and whether the unit is new; no unit and the piece as it is for any
    other."""
    s, e = trim(text, *piece)
    if s >= e:
        return None, piece, False
    if _own_part(text, s, e, named, picking_before):
        return None, (s, s), False
    if not may_end_role_word(text[e - 1]):  # most pieces: no role word closing them
        return None, piece, False
    opened = text.rfind(CLOSERS[text[e - 1]], s, e - 1) if text[e - 1] in CLOSERS else -1
    if opened <= s and not named:
        return None, piece, False
    inner = (opened + 1, e - 1) if opened > s else (s, e)
    picking = _picking_at(text, *inner) or ""
    inner = (inner[0] + len(picking), inner[1])
    before = text[s:opened] if opened > s else None  # the name before the bracket
    if (
        not (before and text.startswith(before, *inner))
        and not any(  # most pieces: no name named again
            text.startswith(p.name or text[p.span[0] : p.span[1]], *inner) for p in named
        )
    ):
        return _lead_not_listed(text, piece, opened, inner, group)
    name, role, _ = strip_role_word(text, *inner)
    if role not in ("lead", "responsible"):
        return None, piece, False  # …，(其中)区公安分局负责 after the list: the unit answers for it, leading
    words = squeeze(text[name[0] : name[1]])
    if opened > s and squeeze(text[s:opened]) == words:  # 区科技局（区科技局牵头）: the name before it leads
        return _Pending(trim(text, s, opened), None, group), (s, s), True
    picked = next((p for p in named if (p.name or squeeze(text[p.span[0] : p.span[1]])) == words), None)
    if picked is None:
        return None, piece, False
    return picked, trim(text, s, opened) if opened > s else (s, s), False


def _lead_not_listed(
    text: str, piece: Span, opened: int, inner: Span, group: int
) -> tuple[_Pending | None, Span, bool]:
    """A bracket closing the list's last name that names another body as the lead (县公安局、县司法局
    （县市场监管局牵头）, or on the last line of a cell listing a body a line): a new unit of ``group``
    leading those listed, the name before the bracket a unit of its own; else no unit and the piece as
    it is (a bracket closing a name with no body leading in it: 县财政局（负责资金保障）)."""
    start = trim(text, *piece)[0]
    if opened <= start or text[opened] not in _ROUND_OPENERS:
        return None, piece, False
    name, role, _ = strip_role_word(text, *inner)
    words = squeeze(text[name[0] : name[1]])
    if role != "lead" or not words or not looks_like_agency(words) or _picking_at(text, *name):
        return None, piece, False
    return _Pending(trim(text, *name), None, group), trim(text, start, opened), True


def _picking_alone(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a picking word alone (其中 of 其中，区公安分局负责…)."""
    s, e = trim(text, start, end)
    if s < e and text[s] not in _picking_openings() and not text.startswith(CELL_BREAK, s, e):
        return False  # most pieces: the first character no picking word's
    return squeeze(text[s:e]) in _picking_words()


@cache
def _picking_openings() -> frozenset[str]:
    """The characters the picking words open with (其, 以, 并)."""
    return frozenset(w[0] for w in _picking_words())


def _picking_at(text: str, start: int, end: int) -> str | None:
    """The picking word (其中, 以 …) ``text[start:end]`` opens with, the longest; None when it opens with
    none (most pieces: one ``startswith`` of them all)."""
    if not text.startswith(_picking_words(), start, end):
        return None
    return next(w for w in _picking_words() if text.startswith(w, start, end))


def _own_part(text: str, start: int, end: int, named: list[_Pending], picking_before: bool = False) -> bool:
    """``text[start:end]`` picks out a unit the list named before it and gives it its own part of the work,
    no role (…，其中区公安分局负责刑事打击; 其中，… with ``picking_before``): the unit keeps its place in the
    list, the piece names no other."""
    picking = _picking_at(text, start, end)
    if picking is None and picking_before:
        picking = ""
    if picking is None:
        return False  # most pieces
    at = start + len(picking)
    for p in named:
        name = p.name or text[p.span[0] : p.span[1]]
        if text.startswith(name, at, end):
            rest = trim(text, at + len(name), end)
            return rest[0] < rest[1] and strip_role_word(text, *rest)[1] is None
    return False


def _led_once(text: str, items: list[_Pending]) -> list[_Pending]:
    """A body a list names under a label of no role of its own and picks out as its lead too, before or
    after (责任单位：区司法局、区市场监管局；牵头单位：区司法局 / 牵头单位：区市场监管局；责任单位：
    区市场监管局、区科技局) is its lead alone: the mention under the label of no role goes."""
    leads = {p.name or squeeze(text[p.span[0] : p.span[1]]) for p in items if p.word_role == "lead"}
    if not leads:
        return items
    return [
        p
        for p in items
        if p.word_role is not None or (p.name or squeeze(text[p.span[0] : p.span[1]])) not in leads
    ]


def _overseer(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a body and the word of its overseeing the work (区政府督查室督办, 县纪委监委
    督导: roles.yaml overseeing_words), which looks like a name when the word ends like one (办)."""
    words = role_vocabulary().overseeing_words
    if not text.endswith(words, start, end):
        return False
    word = next(w for w in words if text.endswith(w, start, end))
    return looks_like_agency(text[start : end - len(word)])


def _answered_then_carried(items: list[_Pending]) -> None:
    """Bodies answering for the work (负责) before bodies carrying it out (抓好落实, 具体实施: roles.yaml
    carrying_out_words) or sharing it by their duties (按职责分工负责), helpers perhaps among them
    (配合), and no other word: 地区市场监管局
    负责，各县（市）人民政府抓好落实 — the first lead, the others support, as after 牵头."""
    if len(items) < 2 or items[-1].word is None:
        return
    vocab = role_vocabulary()
    first = [p for p in items if p.group == items[0].group]
    rest = items[len(first) :]
    if not rest or any(p.word is None or squeeze(p.word) not in vocab.answering_words for p in first):
        return
    answering = {squeeze(p.word or "") for p in first}
    if any(
        p.word is None
        or squeeze(p.word) in answering
        or (p.word_role not in ("shared", "support") and squeeze(p.word) not in vocab.carrying_out_words)
        for p in rest
    ) or all(p.word_role == "support" for p in rest):
        return
    for p in first:
        p.word_role = "lead"
    for p in rest:
        p.word_role = "support"


def bodies_named(
    text: str,
    start: int,
    end: int,
    ok: Callable[[str], bool] = agency_subject,
    *,
    first_is_lead: bool = False,
) -> list[Mention]:
    """The mentions of ``text[start:end]`` when it is a list of names that each pass ``ok`` (agency_subject:
    a short name looking like a body; cueless_subject: one opening and ending like one too), else []. A name
    several bodies share the words of passes by the name it stands for (县科技、工信等部门: 县工信部门, where
    the words 县科技、工信 end like no body)."""
    mentions, _ = parse_agency_list(text, start, end, first_is_lead=first_is_lead)
    return mentions if mentions and all(passes(text, m, ok) for m in mentions) else []


def passes(text: str, mention: Mention, ok: Callable[[str], bool]) -> bool:
    """``mention``'s words pass ``ok``, or the name it stands for does (one of a list's bodies sharing an
    ending written once after 等: 县发改、财政、人社等部门)."""
    return ok(text[mention.span[0] : mention.span[1]]) or (mention.name is not None and ok(mention.name))


def closing_role(
    text: str, start: int, end: int, *, exhorted_ok: bool = False
) -> tuple[list[Mention], str, str] | None:
    """``text[start:end]`` as nothing but agency names closed by a role word (县公安局配合, 区金融局牵头,
    县财政局积极配合): the names' mentions, the role and the word; None for any other words, or for names
    closed by a modal (各部门要积极配合, 县直各部门要认真抓好落实: exhorted, not assigned) unless
    ``exhorted_ok`` (after a body answering for the work, whose helpers they are exhorted to be)."""
    name, role, word = strip_role_word(text, start, end)
    if role is None or word is None or name[0] >= name[1]:
        return None
    exhorted = exhortation_end()
    modal = exhorted.search(text, *name) if exhorted is not None and exhorted_ok else None
    if modal is not None and modal.start() > name[0]:  # 各乡镇要积极配合: the names before the modal
        mentions = bodies_named(text, name[0], modal.start())
        return (mentions, role, word) if mentions else None
    mentions = _named_beside_places(text, start, end)
    if not mentions or (exhorted is not None and exhorted.search(squeeze(text[name[0] : name[1]]))):
        return None
    return mentions, role, word


def _named_beside_places(text: str, start: int, end: int) -> list[Mention]:
    """``bodies_named``, the list read once; or, when some of its names are places named alone for their
    bodies beside bodies named in full (区公安分局、各社区配合; 岳阳经开区、城陵矶新港区管委会协助:
    agency_names.place_unit), its mentions too; else []."""
    mentions, _ = parse_agency_list(text, start, end)
    if all(passes(text, m, agency_subject) for m in mentions):  # most lists: every name read in full
        return mentions
    names = [text[m.span[0] : m.span[1]] for m in mentions]
    full = [agency_subject(name) for name in names]
    if not any(full) or not all(f or place_unit(name) for f, name in zip(full, names, strict=True)):
        return []
    return mentions


def _bracketed_word(text: str, name_end: int, end: int) -> bool:
    """The role word after a name ending at ``name_end`` stands in brackets (市市场监管局（牵头）) or is a
    mark (区金融办*): that name's alone."""
    at = trim(text, name_end, end)[0]
    return at < end and (text[at] in _ROLE_OPENERS or text[at] in _role_marks())


def _bracket_owners(
    text: str, piece_end: int, end: int, lines: bool, pending: list[_Pending]
) -> list[_Pending]:
    """The names a role in brackets after the last of ``pending`` (ending at ``piece_end``) is for when not
    the whole group's: that name alone when the list goes on after 、 or ends there (A、B（牵头）、C); in a
    cell listing bodies by lines, the names on its line when names on earlier lines are pending too
    (市司法局 ↵ 市市场监督管理局（牵头） ↵ 市公安局; A ↵ B、C（牵头） ↵ D), never the earlier lines' too;
    none when it closes a group after a comma (A、B（牵头），C: the group's, as a bare word's)."""
    if not _closes_group(text, piece_end, end, lines):
        return pending[-1:]
    if not lines:
        return []
    line_start = text.rfind("\n", 0, pending[-1].span[0])
    on_line = [p for p in pending if p.span[0] > line_start]
    return on_line if len(on_line) < len(pending) else []


#: What parts one group of names from the next in a list (A、B（牵头），C、D; …（主责）；协同：…).
_GROUP_ENDS = "，,；;"


def _closes_group(text: str, piece_end: int, end: int, lines: bool) -> bool:
    """The piece ending at ``piece_end`` closes its group of names, more names following after a comma, a
    semicolon or (in a cell) a line break or <br>: a role word in brackets there speaks for the group, as a
    bare one does (A、B（牵头），C、D reads as A、B牵头，C、D: both lead; A、B（主责），C（协同）), while one
    followed by 、 or closing the list marks its own name (A、B（牵头）、C按职责分工负责)."""
    at = piece_end
    while at < end and text[at] in " \u3000\t":
        at += 1
    if at >= end:
        return False
    if text[at] in _GROUP_ENDS or (lines and text[at] == "\n"):
        after = at + 1
    elif lines and (tag := _LINE_TAG.match(text, at, end)) is not None:
        after = tag.end()
    else:
        return False
    return any(ch.isalnum() for ch in text[after:end])


@cache
def _role_marks() -> frozenset[str]:
    """The role words that are a mark after one name (roles.yaml suffixes: *, ★)."""
    return frozenset(e.text for e in role_vocabulary().suffixes if len(e.text) == 1 and not e.text.isalnum())


def _resolve_roles(
    items: list[_Pending], *, first_is_lead: bool, own_note: bool = False, others: bool = False
) -> list[Mention]:
    """Turn the words found (shared, responsible, none) into the roles of the glossary. With ``others``
    (县科技局等: the list names some of its units only) a unit named alone shares the work with those it
    leaves unnamed (joint), as it would with them named."""
    has_lead = any(p.word_role == "lead" for p in items)
    has_support = any(p.word_role == "support" for p in items)
    # the first of several listed leads; a unit listed alone is the doer, as it is with no such rule. Units
    # sharing the work by their duties (A、B按职责分工负责) share it with no lead, whatever the plan says of
    # its other lists, unless their own list says its first leads
    leading: tuple[str | None, ...] = (None, "responsible", "shared") if own_note else (None, "responsible")
    listed = len(items) + 1 if others else len(items)
    if not has_lead and first_is_lead and listed > 1 and items[0].word_role in leading:
        items[0].word_role = "lead"
        has_lead = True
    group_sizes: dict[int, int] = {}
    for p in items:
        group_sizes[p.group] = group_sizes.get(p.group, 0) + 1
    mentions: list[Mention] = []
    for p in items:
        word = p.word_role
        if word == "joint" and has_lead:
            role = "support"  # A会同B、C共同负责: beside a named lead the others share its work, as helpers
        elif word in ("lead", "support", "joint"):
            role = word
        elif word == "shared":
            role = "support" if has_lead else "joint"
        elif has_lead:
            role = "support"  # 责任单位 / 负责 beside a named lead
        elif has_support:
            role = "lead"  # 责任单位：A，配合单位：B — the units that others support lead
        else:
            role = "sole" if listed == 1 else "joint"
        mentions.append(Mention(p.span, role, p.name))
    return mentions


#: The longest field a body sharing an ending is written with (发展改革, 工业和信息化, 市场监管 …).
_MAX_SHARED_FIELD = 8


def _share_endings(text: str, items: list[_Pending]) -> None:
    """The names of each run of ``items`` written with nothing but 、 between them, read as bodies sharing
    an ending where they are (``shared_names``), or as one collective of places (``_gathered_places``)."""
    i = 0
    kept: list[_Pending] = []
    while i < len(items):
        j = i
        while (
            j + 1 < len(items)
            and items[j + 1].group == items[i].group
            and text[items[j].span[1] : items[j + 1].span[0]] == "、"
        ):
            j += 1
        run = items[i : j + 1]
        i = j + 1
        kept += _run_read(text, run)
    items[:] = kept
    for before, after in pairwise(items):
        _government_beside_committee(text, before, after)
        _counterpart_beside_counterpart(text, before, after)


def _run_read(text: str, run: list[_Pending]) -> list[_Pending]:
    """One run of names with nothing but 、 between them: the places or towns gathered in it as one
    collective (``gathered_names``), wherever they stand in it (县农业农村局、各乡镇、街道), the other
    names read as bodies sharing an ending where they are (``shared_names``)."""
    spans = [p.span for p in run]
    if len(run) > 1:
        for start in range(len(run) - 1):
            at = spans[start][0]
            if text.find(_GATHERING, at, at + 2) < 0 and not text.startswith(_TOWN_WORDS, at):
                continue  # most names: no 各 opening them, nor a word of the towns
            stop = next(
                (e for e in range(len(run), start + 1, -1) if gathered_names(text, spans[start:e])), None
            )
            if stop is not None:
                run[start].span = (spans[start][0], spans[stop - 1][1])
                return [*_run_read(text, run[:start]), run[start], *_run_read(text, run[stop:])]
    shared = shared_names(text, spans)
    for p, (span, name) in zip(run, shared or (), strict=False):
        p.span, p.name = span, name
    return run


#: The word opening places or towns gathered (各乡镇, 县各乡镇), and the words naming the towns without it
#: (乡镇、街道: agency_types.yaml all_towns).
_GATHERING = "各"
_TOWN_WORDS = ("乡镇", "镇街", "街镇")


#: 党委和政府, 党委、政府: the government of the places whose party committee the name before it is.
_COMMITTEE = "党委"
_GOVERNMENTS = ("政府", "人民政府")
_COMMITTEE_JOINERS = ("和", "、", "及", "与")


def _government_beside_committee(text: str, before: _Pending, after: _Pending) -> None:
    """``after`` names the government of the places ``before`` names the party committee of (各县
    （市、区）党委和政府, 各乡镇党委、政府): it takes their words (各县（市、区）政府), quoted from the
    committee's start."""
    if (
        before.group == after.group
        and before.name is None
        and after.name is None
        and text.endswith(_COMMITTEE, *before.span)
        and text[before.span[1] : after.span[0]] in _COMMITTEE_JOINERS
        and text[after.span[0] : after.span[1]] in _GOVERNMENTS
        and before.span[1] - before.span[0] > len(_COMMITTEE)
    ):
        places = text[before.span[0] : before.span[1] - len(_COMMITTEE)]
        after.name = places + text[after.span[0] : after.span[1]]
        after.span = (before.span[0], after.span[1])


def _counterpart_beside_counterpart(text: str, before: _Pending, after: _Pending) -> None:
    """``after`` is a body named bare (人民检察院, 检察院, 市场监管局: its type's alias alone) right after the
    counterparts of the places below gathered (各地级以上市中级人民法院、人民检察院, 各级人民法院和检察院,
    各区知识产权局、市场监管局): the places' counterparts of its kind too, as the places' words before it
    make them (各地级以上市人民检察院), quoted from the first name's start; read alone, it would be the body
    of the plan's region. Only when those words gather the same kind of collective: 各县（市、区）人民政府、
    市场监管局 names the city's bureau beside the governments."""
    if before.group != after.group or before.name is not None or after.name is not None:
        return
    name = _counterpart_name(text, before.span, after.span)
    if name is not None:
        after.name = name
        after.span = (before.span[0], after.span[1])


def _counterpart_name(text: str, before: Span, after: Span) -> str | None:
    """The name ``after`` stands for beside the counterparts gathered ``before`` it
    (``_counterpart_beside_counterpart``), else None."""
    if text[before[1] : after[0]] not in _COMMITTEE_JOINERS or text[before[0]] != _GATHERING:
        return None  # most names: no 各 opening the one before
    bare = text[after[0] : after[1]]
    typed, first = agency_type(bare), text[before[0] : before[1]]
    if typed is None or typed[1] != bare or (gathered := collective_type(first)) is None:
        return None
    head = agency_type(first)
    if head is None or not first.endswith(head[1]) or len(first) <= len(head[1]):
        return None
    name = first[: len(first) - len(head[1])] + bare
    return name if collective_type(name) is gathered else None


#: The levels of the places under a region a plan gathers with 各 (各区、市人民政府: each district's and each
#: county-level city's government; 各区、县（市）政府, the levels after one in brackets; 各设区市、县
#: （市、区） of a province, 各市、州 and 各州、市（地） of one with autonomous prefectures, 各地、州、市 of
#: 新疆's prefectures (地区), autonomous prefectures and cities). A level runs into no word (市场监管局 and
#: 地方金融监管局 after 各地、 are bodies of their own: 各地、市场监管部门).
_LEVEL = r"(?:设区的?市|县级市|市辖区|自治县|县|市(?!场)|区|旗|州|盟|地(?!方))"
_LEVELS = rf"{_LEVEL}(?:[（(〔]{_LEVEL}(?:[、，,]{_LEVEL})*[）)〕])?"
#: The bodies standing for a government where a place has none (a 地区's 行政公署, a zone's 管委会), in
#: brackets after the governments gathered (各州、市（地）人民政府（行署）) or after them alone (各县
#: （市、区）人民政府、管委会, 各地（州、市）人民政府、行政公署: each place's government or the body in its
#: stead).
_IN_STEAD = r"(?:行政公署|行署|管委会|管理委员会)"
_GATHERED_FIRST = re.compile(rf"各{_LEVELS}")
_GATHERED_LEVEL = re.compile(_LEVELS)
_GATHERED_LAST = re.compile(rf"{_LEVELS}(?:(?:人民政府|政府)(?:[（(]{_IN_STEAD}[）)])?)?")
_GATHERED_GOVERNMENTS = re.compile(rf"各{_LEVELS}(?:人民政府|政府)")
_IN_STEAD_ALONE = re.compile(_IN_STEAD)
#: The levels closing the places gathered, before the department each of them has (各区、市市场监管局, 各区、
#: 县（市）市场监管局, 各区、市知识产权管理部门: the field's bureau of each place, not the city's own).
_GATHERED_LAST_LEVEL = re.compile(_LEVELS)
#: What after the last level makes it no department of each place (各区、市直有关部门, 各区、市委宣传部: the
#: city's own).
_OWN_BODY_AFTER_LEVEL = ("直", "级", "委", "属")


#: The towns gathered with the subdistricts (and zones) written after them alone (各乡镇、街道,
#: 各镇、街道、园区, 各乡镇人民政府、街道办事处, 各乡镇（街道）、园区), or the subdistricts by their offices
#: before the towns (各街道办事处、镇人民政府): one collective, the towns and subdistricts (agency_types.yaml
#: all_towns); read apart, 街道 would be a subdistrict of its own, 镇人民政府 a town's and 园区 a zone.
_TOWNS_FIRST = re.compile(
    r"[县市区旗]?(?:各(?:乡镇|镇街|街镇|镇|乡|街道(?:办事处|办)?|苏木)|乡镇|镇街|街镇)"
    r"(?:[（(](?:乡镇|镇|乡|街道办事处|街道)[）)])?"
    r"(?:人民政府|政府)?"
)
_TOWNS_MORE = re.compile(
    r"(?:乡镇|镇|乡|街道办事处|街道办|街道|苏木)(?:人民政府|政府)?|(?:园区|开发区)(?:管委会)?"
)


#: The townships and the towns gathered apart (各乡、镇人民政府), as all_towns' rewrites read them (各乡镇).
_TOWNSHIPS_APART = re.compile(r"[县市区旗]?各(?:乡、镇|镇、乡)(?:人民政府|政府)?")


def gathered_names(text: str, spans: list[Span]) -> bool:
    """Names of one list that are one collective: places (``_gathered_places``) or towns, subdistricts and
    zones (各乡镇、街道)."""
    if _TOWNS_FIRST.fullmatch(text, *spans[0]) is not None:
        words = text[spans[0][0] : spans[-1][1]]
        if _TOWNSHIPS_APART.fullmatch(words) is not None:
            return True  # 各乡、镇人民政府: the townships and towns, 各乡镇人民政府
        return (
            "街" in words  # 街道, or 街 of 各镇街 (the towns and subdistricts)
            and ("镇" in words or "乡" in words or "苏木" in words)  # 苏木: Inner Mongolia's townships
            and all(_TOWNS_MORE.fullmatch(text, *span) for span in spans[1:])
        )
    return _gathered_places(text, spans)


def _gathered_places(text: str, spans: list[Span]) -> bool:
    """Names of one list that are one collective of places: 各区、市人民政府 (Qingdao's districts and
    county-level cities, each with its government), 各县、市、区: the first is 各 and a level, the others
    levels alone, the last perhaps with the government after it; or the governments gathered, then the
    body in their stead alone (各县（市、区）人民政府、管委会). Read apart, 市人民政府 would be the city's own
    government and 管委会 a body of the plan's region."""
    if len(spans) == 2 and _IN_STEAD_ALONE.fullmatch(text, *spans[1]) is not None:
        return _GATHERED_GOVERNMENTS.fullmatch(text, *spans[0]) is not None
    return (
        _GATHERED_FIRST.fullmatch(text, *spans[0]) is not None
        and all(_GATHERED_LEVEL.fullmatch(text, *span) for span in spans[1:-1])
        and (_GATHERED_LAST.fullmatch(text, *spans[-1]) is not None or _places_department(text, spans[-1]))
    )


def _places_department(text: str, span: Span) -> bool:
    """The last of places gathered with 各 written with the department each has (the 市市场监管局 of 各区、
    市市场监管局, the 县（市）知识产权管理部门 of 各区、县（市）知识产权管理部门): a level, then a body's name
    that is no body of the city's own (直有关部门, 委宣传部)."""
    level = _GATHERED_LAST_LEVEL.match(text, *span)
    if level is None or level.end() >= span[1]:
        return False
    rest = squeeze(text[level.end() : span[1]])
    return not rest.startswith(_OWN_BODY_AFTER_LEVEL) and looks_like_agency(rest)


def shared_names(text: str, spans: list[Span]) -> list[tuple[Span, str | None]] | None:
    """Names of one list that share the last one's department word (agency_types.yaml department_words)
    and the first one's relative prefix: 县科技、财政部门 is 县科技部门 and 县财政部门; 市发展改革、工业和
    信息化部门 is 市发展改革部门 and 市工业和信息化部门. Only names that are no body on their own (科技, 发展
    改革), or that name alone a body of the type they name with the word (财政 of 县发改、财政、人社部门), are
    read so, and only when each with the ending names a department of a type. The word may stand after 等
    closing the list (县发改、财政、人社等部门: the last name, ending before 等, shares it too); the names are
    then quoted up to the last one's end, 等部门 being the others the list leaves unnamed.

    Returns each name's span and the name it stands for (None: the span's text, as written), or None when
    the names share nothing. Each sharing name is quoted by the shortest span that holds its own words, the
    shared ending and the shared prefix: from its own start (the first name's start when a prefix is shared)
    to the ending's end; the last name keeps its own span unless it takes the prefix."""
    if len(spans) < 2:
        return None
    last = text[spans[-1][0] : spans[-1][1]]
    word = next((w for w in department_words() if last.endswith(w) and len(last) > len(w)), None)
    if word is None:
        word = _others_word(text, spans[-1][1])
        if word is None:
            return _shared_body(text, spans, last) or _shared_ending(text, spans, last)
        last += word  # 县发改、财政、人社等部门: the last field shares the word as the others do
    fields = [text[a:b] for a, b in spans[:-1]]
    if any(
        len(f) > _MAX_SHARED_FIELD or (looks_like_agency(f) and not _field_shorthand(f, word)) for f in fields
    ):
        return None
    prefix = level_prefix(fields[0]) or ""
    return _named_fields(text, spans, [_shared_name(f, word, prefix) for f in (*fields, last)], prefix)


def _others_word(text: str, end: int) -> str | None:
    """The department word of 等部门 right after a list's last name (县发改、财政、人社等部门, 县科技、工信等
    有关部门: 部门), which the fields before it share though the name ends before 等 (the others the list
    leaves unnamed), else None."""
    if not text.startswith(_OTHERS, end):
        return None
    found = _others_pattern().match(text, end)
    return found.group(1) if found is not None else None


#: The word closing a list before the units it leaves unnamed (县科技、工信等部门).
_OTHERS = "等"


@cache
def _others_pattern() -> re.Pattern[str]:
    """等, perhaps 其他 / 有关 (as clean_name takes them off a name), then a department word (部门)."""
    words = "|".join(map(re.escape, sorted(department_words(), key=len, reverse=True)))
    return re.compile(rf"等(?:其他|其余)?(?:有关|相关)?({words})")


def _field_shorthand(field: str, word: str) -> bool:
    """``field`` names a body alone (财政) of the type the field and the department ``word`` name
    (财政部门: 财政局): shorthand for that department among fields sharing the word, as 财政 of
    县发改、财政、商务局 is."""
    alone, department = agency_type(field), field_department(field + word)
    return alone is not None and department is not None and alone[0] is department[1][0]


def _named_fields(
    text: str, spans: list[Span], names: list[str | None], prefix: str
) -> list[tuple[Span, str | None]] | None:
    """Each field of a list with the full name it shares (None: no field may be read so), ``shared_names``'
    spans: a field written as its name keeps its own span and no name; another spans from its own start, or
    from the list's when the first field's ``prefix`` (市, 县) is part of its name, to the list's end."""
    if any(n is None for n in names):
        return None
    start, end = spans[0][0], spans[-1][1]
    return [
        (span, None) if name == text[span[0] : span[1]] else ((start if prefix else span[0], end), name)
        for span, name in zip(spans, names, strict=True)
    ]


def _shared_body(text: str, spans: list[Span], last: str) -> list[tuple[Span, str | None]] | None:
    """Places of one list that share the body the last one names after its own place: 南昌市、赣州市、景德镇
    市人民政府 is 南昌市人民政府, 赣州市人民政府 and 景德镇市人民政府. Only names that are a place's full name
    and nothing else (南昌市) are read so, and only when the last names a body after its place. Spans as
    ``shared_names`` gives them."""
    fields = [text[a:b] for a, b in spans[:-1]]
    body = shared_after_places([*fields, last], level_shared=True)
    if body is None:
        return None
    if not looks_like_agency(body) or region_index().match_at(body, 0, len(body), allow_short=True):
        return None
    end = spans[-1][1]
    level = shared_level(last)
    fields = [with_shared_level(field, level) for field in fields]  # 句容、扬中、丹阳市政府: 句容市政府
    return [((span[0], end), field + body) for span, field in zip(spans[:-1], fields, strict=True)] + [
        (spans[-1], None)
    ]


def _shared_ending(text: str, spans: list[Span], last: str) -> list[tuple[Span, str | None]] | None:
    """Fields of one list that share the ending the last name closes with (agency_types.yaml
    shared_endings) and the first one's relative prefix: 市科技、工信局 is 市科技局 and 市工信局. Only fields
    that are no body alone are read so, and only when each with the ending, and the last, names the one
    body of a type. Spans as ``shared_names`` gives them."""
    end = next(
        (e for e in agency_vocabulary().shared_endings if last.endswith(e) and len(last) > len(e)), None
    )
    if end is None:
        return None
    fields = [text[a:b] for a, b in spans[:-1]]
    if any(len(f) > _MAX_SHARED_FIELD or (looks_like_agency(f) and not _shorthand(f, end)) for f in fields):
        return None
    own = not fields[0].startswith(agency_vocabulary().prefix_words)  # 市场监管、… opens with no prefix
    prefix = (level_prefix(fields[0]) if own else None) or ""
    names = [_ending_name(f + end, prefix) for f in fields] + [_ending_name(last, prefix)]
    return _named_fields(text, spans, names, prefix)


def _shorthand(field: str, end: str) -> bool:
    """``field`` names a body alone as shorthand for the name it makes with the shared ``end`` (财政 of
    县发改、财政、商务局: 财政局), one of the same type. A field closing with the ending already is a whole
    name (县文化和旅游局、县公安局: its first field typed it again, the ending doubled)."""
    if field.endswith(end):
        return False
    alone, whole = agency_type(field), agency_type(field + end)
    return alone is not None and whole is not None and alone[0] is whole[0]


def _ending_name(whole: str, prefix: str) -> str | None:
    """``whole`` (a field and the shared ending) with the shared ``prefix`` where it writes none of its own;
    None when the words after the prefix are no one-per-region type's alias (科技局 is, 科技 is not)."""
    if prefix and whole.startswith(prefix) and _one_alias(whole[len(prefix) :]):
        return whole
    return prefix + whole if _one_alias(whole) else None


def _one_alias(words: str) -> bool:
    """``words`` are, whole, an alias of a type with one body per region (科技局, 委组织部)."""
    typed = agency_type(words)
    return typed is not None and typed[1] == words and typed[0].singleton


def _shared_name(field: str, word: str, prefix: str) -> str | None:
    """The name ``field`` stands for with the shared ending ``word`` (部门) and ``prefix`` (县): its own
    prefix when it writes one (县科技、县财政部门), else the shared one (市科技、市场监管部门 gives
    市市场监管部门); None when the field and the ending name no department of a type (科技部门: 科技局)."""
    whole = field if field.endswith(word) else field + word
    if prefix and whole.startswith(prefix) and field_department(whole[len(prefix) :]) is not None:
        return whole
    if field_department(whole) is None:
        return None
    return prefix + whole
