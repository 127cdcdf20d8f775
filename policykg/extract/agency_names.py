"""Whether a piece of text names a body (区市场监管局, 各镇（街道）, 区知识产权工作领导小组), and the name
itself without what running text puts around it (numbering, pointer words, 由, 等有关部门). Agency types
and collectives come from ontology/data/agency_types.yaml, pointer words and qualifiers from roles.yaml."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ontology.vocab import agency_vocabulary, document_vocabulary, role_vocabulary
from policykg.extract.regions import PREFIX_LEVELS, level_prefix, region_index
from policykg.extract.textspan import CLOSERS, PAIRS, Span, bracket_groups, squeeze, trim

_MAX_NAME = 40
#: Longest name read as an agency in running prose, where no bracket bounds it.
_MAX_SUBJECT_NAME = 25
_ORG_TAIL_WORDS = (
    "局",
    "委",
    "办",
    "部",
    "院",
    "会",
    "中心",
    "政府",
    "小组",
    "单位",
    "部门",
    "公司",
    "银行",
    "行",
    "大学",
    "学院",
    "镇",
    "乡",
    "街道",
    "管委会",
    "园区",
    "高新区",
    "开发区",
    "协会",
    "站",
    "所",
    "处",
    "科",
    "室",
    "队",
    "厅",
    "署",
    "集团",
    "基地",
    "联盟",
    "机构",
    "分局",
    "支局",
    "法庭",
    # a public institution's hall (县文化馆, 县图书馆); halls that are places are no bodies (non_bodies)
    "馆",
)
_ORG_TAIL = re.compile(f"(?:{'|'.join(_ORG_TAIL_WORDS)})$")
#: What opens a collective that may end in any word (各镇…, 有关部门, 区直…, 县内高校, 辖区高校:
#: agency_types.yaml collectives).
_COLLECTIVE_HEADS = ("各", "有关", "相关", "直", "内", "辖区")
#: Any of them, found by one search.
_ANY_COLLECTIVE_HEAD = re.compile("|".join(_COLLECTIVE_HEADS))
#: The collectives written with no head (乡镇, 镇街, 街镇: agency_types.yaml all_towns, the towns gathered
#: without 各), which a name may end in as it may in a body's word.
_HEADLESS_COLLECTIVES = ("乡镇", "镇街", "街镇")
#: Taken off a name's front by clean_name (商请县仲裁委员会: the body asked for its help).
LEADING_NOISE = ("商请", "由", "请", "以", "各自")
_LEADING_DASHES = "—–-－─"
_ENUMERATOR = re.compile(r"(?:\d{1,2}\s*[.、．]|[（(]\s*\d{1,2}\s*[）)]|[①-⑳])\s*")
#: '区财政局等' / '区财政局等有关部门' / '区财政局等其他有关部门': the others are not named, the name ends
#: before 等 (and the spaces before it, which the name's trim takes off: no run of them is tried from each of
#: its spaces).
#: A phone number closing a name (县市场监管局87812345, 县科技局 0731-8781234): five digits or more.
_TRAILING_PHONE = re.compile(r"(?<![\d\-－—+()（）\s])\s*+[\d\-－—+()（）]{5,}+\s*+$")
#: Also the level's own departments or the group's members (区工信局等区直部门, 县科技局等县直单位,
#: 区财政局等成员单位).
_TRAILING_OTHERS = re.compile(
    r"等(?:其他|其余)?(?:有关|相关)?(?:[区县市州旗盟]直(?:属)?(?:各)?(?:有关|相关)?|成员)?(?:部门|单位|机构)?\s*$"
)


#: What may close a ditto's word (同上。).
_DITTO_ENDS = "。；;，, \u3000"


@cache
def ditto_words() -> frozenset[str]:
    """The words of a ditto written with characters (同上, 同前, 同上栏; document_types.yaml
    task_table_columns dittos), not the marks (〃)."""
    return frozenset(w for w in document_vocabulary().task_table_columns.dittos if re.search(r"\w", w))


@cache
def ditto_pattern() -> re.Pattern[str]:
    """Any of the ditto's words (同上, 同前 …): one pass of the engine instead of a search for each."""
    return re.compile("|".join(re.escape(w) for w in sorted(ditto_words(), key=len, reverse=True)))


@cache
def _ditto_openings() -> re.Pattern[str]:
    """A character opening one of the ditto's words (同): the cheap test of ``is_ditto``."""
    return re.compile("[" + re.escape("".join(sorted({w[0] for w in ditto_words()}))) + "]")


def is_ditto(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a ditto's word alone (（责任单位：同上）: no unit's name, the units of the task
    before)."""
    if _ditto_openings().search(text, start, end) is None:
        return False  # most names: no character a ditto's word opens with
    return squeeze(text[start:end]).strip(_DITTO_ENDS) in ditto_words()


@cache
def _no_one_words() -> tuple[frozenset[str], int]:
    """The placeholders a unit cell writes for no body (无, 暂无, 不涉及; document_types.yaml
    task_table_columns no_one), and the longest of them."""
    words = frozenset(document_vocabulary().task_table_columns.no_one)
    return words, max((len(w) for w in words), default=0)


def names_no_one(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a placeholder for no body alone, after a label in a note or a cell
    (配合单位：无, 配合：暂无): no unit's name, as the same word filling a whole unit cell is none."""
    words, longest = _no_one_words()
    if end - start > longest + 4:
        return False  # most names: longer than any placeholder with its marks
    return squeeze(text[start:end]).strip(_DITTO_ENDS) in words


@cache
def _pointer_regexes() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in role_vocabulary().pointer_lead_ins)


def _pointer_end(text: str, start: int, end: int) -> int:
    """Where the longest pointer phrase opening ``[start, end)`` ends (``start`` when none does)."""
    ends = [m.end() for rx in _pointer_regexes() if (m := rx.match(text, start, end))]
    return max(ends, default=start)


@cache
def _collective_regexes() -> list[re.Pattern[str]]:
    return [re.compile(c.pattern) for c in agency_vocabulary().collectives]


@cache
def _type_aliases() -> tuple[str, ...]:
    return tuple(alias for alias, _ in agency_vocabulary().alias_index())


@cache
def _type_alias_set() -> tuple[frozenset[str], frozenset[str], int]:
    """The bodies' type words (agency_types.yaml aliases), the pieces each opens with (经开 of 经开区), and
    the longest word's length."""
    aliases = _type_aliases()
    opening = frozenset(a[:k] for a in aliases for k in range(1, len(a)))
    return frozenset(aliases), opening, max(map(len, aliases), default=0)


def type_word_across(tail: str, head: str) -> bool:
    """A word of a body's type runs from the end of ``tail`` into the start of ``head`` (安岳经开 / 区管委会:
    经开区; 县市场监 / 管局: 市场监管局): the two are pieces of one name, cut between them. Only the ends of
    ``tail`` that open such a word are tried with ``head``."""
    aliases, opening, longest = _type_alias_set()
    for k in range(1, min(len(tail), longest - 1) + 1):
        piece = tail[-k:]
        if piece not in opening:
            continue
        for j in range(1, min(len(head), longest - k) + 1):
            if piece + head[:j] in aliases:
                return True
    return False


@cache
def _document_words() -> re.Pattern[str]:
    """Any word of a document (办法, 规定 …) or naming a person (主要负责同志) that no body's name holds."""
    vocab = agency_vocabulary()
    words = [*vocab.document_words, *map(re.escape, vocab.person_words)]
    return re.compile("|".join(f"(?:{w})" for w in words) or "(?!)")


def inside_person_word(text: str, pos: int) -> bool:
    """The character at ``pos`` stands inside a word naming a person (要 of 主要负责同志)."""
    return any(
        text.startswith(word, at)
        for word in agency_vocabulary().person_words
        for at in range(max(0, pos - len(word) + 1), pos + 1)
    )


@lru_cache(maxsize=4096)  # a plan names a few dozen bodies, each many times
def looks_like_agency(name: str) -> bool:
    """A name that ends like a body (局, 委, 中心 …), a known agency type, or is a collective; a closing
    parenthesis of other names (区市场监管局（知识产权局）) is judged by what stands before it."""
    name = squeeze(name)
    if not name or len(name) > _MAX_NAME or _document_words().search(name):
        return False
    if name[-1] in CLOSERS and (opened := name.rfind(CLOSERS[name[-1]])) > 0:
        name = name[:opened]
    if ends_like_body(name):
        return True
    return any(rx.search(name) for rx in _collective_regexes()) and _clause_words().search(name) is None


@cache
def _clause_words() -> re.Pattern[str]:
    """Any word no collective's name holds (roles.yaml collective_clause_words: 各乡镇要明确专人 is a
    clause)."""
    return re.compile("|".join(map(re.escape, role_vocabulary().collective_clause_words)) or "(?!)")


@cache
def _name_note() -> re.Pattern[str]:
    """A bracket closing a name that holds a note on it (roles.yaml name_note_words: （以下简称“县市场
    监管局”）, （按职责分工负责，下同））."""
    return re.compile(rf"{_NOTE_BRACKET.format(words=_note_words())}\s*$")


@cache
def _remit_note() -> re.Pattern[str]:
    """A bracket closing a name that says the body's share of the work, a duty word then the work
    (市市场监管局（负责专利）, 市委宣传部（承担版权工作）: agency_types.yaml duty_openings)."""
    words = "|".join(map(re.escape, agency_vocabulary().duty_openings)) or "(?!)"
    return re.compile(rf"[（(](?:{words})[^（）()]{{2,}}[）)]\s*$")


@cache
def _note_words() -> str:
    return "|".join(map(re.escape, role_vocabulary().name_note_words)) or "(?!)"


#: A bracket of a note on a name: round, or 〔〕 / ［］ as a note nested in a bracketed list writes it
#: (（责任单位：县文化广电新闻出版旅游局〔以下简称县文广新旅局〕、…）).
_NOTE_BRACKET = r"[（(〔［][^（）()〔〕［］]*?(?:{words})[^（）()〔〕［］]*[）)〕］]"
_NOTE_OPENS, _NOTE_CLOSES = "（(〔［", "）)〕］"


@cache
def _name_note_after() -> re.Pattern[str]:
    return re.compile(rf"\s*{_NOTE_BRACKET.format(words=_note_words())}")


def past_name_note(text: str, at: int, end: int) -> int:
    """Past the note on a name standing right after ``at`` (县市场监督管理局（以下简称“县市场监管局”）
    负责…: the bracket ``clean_name`` takes off), or ``at`` when there is none."""
    if at >= end or text[trim(text, at, end)[0]] not in _NOTE_OPENS:  # most names: no bracket after them
        return at
    note = _name_note_after().match(text, at, end)
    return at if note is None else note.end()


def longer_than_a_name(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is longer than any name ``looks_like_agency`` reads, white space aside: judged
    from its last characters without copying a long run (the words before each 和 of a list of thousands)."""
    reach = 4 * _MAX_NAME
    return end - start > reach and len(squeeze(text[end - reach : end])) > _MAX_NAME


def ends_like_body(name: str) -> bool:
    """The name ends like a body: a known agency type (市场监管局), an organisational word (局, 部 …), an
    outpost's word (监管组) or a word closing a body of no type (联社, 电视台: agency_types.yaml body_words),
    and not in a word that never names one (网站)."""
    vocab = agency_vocabulary()
    if name.endswith(vocab.non_bodies) or name in vocab.named_only:
        return False
    return (
        name.endswith(_any_body_end())
        or _ORG_TAIL.search(name) is not None
        or (name.endswith(_SECTION) and not name.endswith(_SHARES))
    )


#: A section of a county's bureau (知识产权股, 商标广告股), not a share (控股, 入股, 持股).
_SECTION = "股"
_SHARES = ("控股", "参股", "入股", "持股", "配股", "红股", "散股")


def ends_in_type(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` ends in a known agency type's alias or an outpost's word (县科技局, not 县科)."""
    return text.endswith(_body_ends(), start, end)


def type_start(text: str, start: int, end: int) -> int | None:
    """Where the longest type alias ``text[start:end]`` ends in starts (1 of 县纪委监委: 纪委监委), None when
    it ends in none."""
    aliases, longest = _alias_lengths()
    for n in range(min(longest, end - start), 0, -1):
        if text[end - n : end] in aliases:
            return end - n
    return None


@cache
def _body_ends() -> tuple[str, ...]:
    """The type aliases and the outposts' words (监管组 of …金融监管分局正蓝旗监管组): what a body ends in."""
    return (*_type_aliases(), *agency_vocabulary().outposts)


@cache
def _any_body_end() -> tuple[str, ...]:
    """What a body ends in (``_body_ends``) and the words closing a body of no type (联社, 电视台)."""
    return (*_body_ends(), *agency_vocabulary().body_words)


#: A bracket opened and not closed before the name's end: the cue after the name stands inside the bracket;
#: or a quotation so opened (按照“牵头部门牵头抓总…”: the cue is words quoted, a principle, no body's work).
_UNCLOSED = re.compile(r"[（(〔［\[【﹝〖｛{][^）)〕］\]】﹞〗｝}]*$|“[^”]*$")


@cache
def _back_pointer() -> re.Pattern[str]:
    """Words pointing back at the units named before them (roles.yaml back_pointer), with or without the
    以 that clean_name takes off as a lead-in (以上单位, 上单位)."""
    return re.compile(f"以?(?:{role_vocabulary().back_pointer})|上(?:各|所有|全部)?(?:单位|部门)(?:均|都)?")


def points_back(name: str) -> bool:
    """``name`` is only words pointing back at the units before it (以上单位, 上述部门均): no unit."""
    return name[:1] in ("以", "上", "前") and _back_pointer().fullmatch(name) is not None


@cache
def _others_of_note() -> re.Pattern[str]:
    return re.compile(role_vocabulary().others_of_note)


def others_of_note(name: str) -> bool:
    """``name`` is only words naming the units after a list's lead (其他单位, 其余部门: roles.yaml
    others_of_note), as a first-is-lead note goes on (…第一个单位为牵头单位，其他单位按职责分工负责): no
    unit."""
    return name[:1] in ("其", "余") and _others_of_note().fullmatch(name) is not None


def only_others(text: str, spans: list[Span]) -> bool:
    """The ``spans`` (one at least) each name only the units after a list's lead (其他单位, 其余部门:
    others_of_note), as the second half of a first-is-lead note does."""
    return bool(spans) and all(others_of_note(text[s:e]) for s, e in spans)


def agency_subject(name: str) -> bool:
    """A short name that looks like a body and does not open with a qualifier (特别是…, 加强与…), nor leave a
    bracket open (依法审理知识产权案件（县人民法院 before the 负责 of a note: the work, then the note's
    unit)."""
    return (
        len(name) <= _MAX_SUBJECT_NAME
        and (not name.startswith(role_vocabulary().subject_qualifiers) or _opens_with_place(name))
        and _UNCLOSED.search(name) is None
        and looks_like_agency(name)
        and not points_back(name)
    )


def role_label_subject(name: str) -> bool:
    """``name``, a clause's subject before its cue, is a role label of roles.yaml and nothing else but a
    bracket after it (配合处室（单位）主动对接, 配合单位要…): the plan's units of that role, a collective,
    though its role word opens work elsewhere (配合做好…: ``agency_subject`` refuses the qualifier)."""
    name = squeeze(name)
    if name and name[-1] in CLOSERS and (opened := name.rfind(CLOSERS[name[-1]])) > 0:
        name = name[:opened]
    return name in _role_labels()


@cache
def _role_labels() -> frozenset[str]:
    """The role labels of roles.yaml but those opening with a partner word (会同配合部门, 会同单位: those a
    lead works with, vague after 会同 with no colon: no body, as round 11 reads them)."""
    partners = role_vocabulary().subject_onsets.partner_words
    labels = (squeeze(label.text) for label in role_vocabulary().labels)
    return frozenset(label for label in labels if not label.startswith(partners))


#: The longest place named alone for its body in a list of units (岳阳经开区, 各村（社区）).
_MAX_PLACE_UNIT = 12


def place_unit(name: str) -> bool:
    """A place named alone for its own body in a list of units (岳阳经开区, 各社区, 各村（社区）: roles.yaml
    unit_place_words, a bracket closing it judged by what stands before it): a short name ending in such a
    place's word and longer than the word, no document's or qualifier's words in it. Read as a unit only
    beside a body named in full (``agency_subject``)."""
    name = squeeze(name)
    if name and name[-1] in CLOSERS and (opened := name.rfind(CLOSERS[name[-1]])) > 0:
        name = name[:opened]
    return (
        len(name) <= _MAX_PLACE_UNIT
        and any(name.endswith(w) and len(name) > len(w) for w in role_vocabulary().unit_place_words)
        and not name.startswith(role_vocabulary().subject_qualifiers)
        and _UNCLOSED.search(name) is None
        and _document_words().search(name) is None
    )


def _opens_with_place(name: str) -> bool:
    """A place's full name opens ``name`` (和县公安局, 和平区…, 将乐县…): its first character is no
    qualifier."""
    return region_index().match_at(name, 0, len(name), allow_short=False) is not None


#: Characters after a word within which a type name that holds the word may end (组织 in 区委组织部).
_TYPE_RUNS_ON = 2


def inside_type_name(text: str, start: int, word: Span) -> bool:
    """The word at ``word`` is part of a type name (组织 of 区委组织部) that the name from ``start`` ends
    in, a character or two after the word."""
    aliases, longest = _alias_lengths()
    for k in range(1, _TYPE_RUNS_ON + 1):
        name = squeeze(text[start : word[1] + k])
        # an alias the name ends in, long enough to hold the word: looked up by length, not scanned
        if any(name[-n:] in aliases for n in range(k + word[1] - word[0], min(longest, len(name)) + 1)):
            return True
    return False


@cache
def _alias_lengths() -> tuple[frozenset[str], int]:
    """The type aliases as a set, and the length of the longest."""
    aliases = _type_aliases()
    return frozenset(aliases), max(map(len, aliases), default=0)


@cache
def _name_end_chars() -> frozenset[str]:
    """Every character a name that looks like a body may end in: the last of a type alias, of an
    organisational word or of an outpost's, of a collective written with no head (镇街), a closing bracket, or
    等 (区财政局等 is 区财政局)."""
    words = (
        *_body_ends(),
        *_ORG_TAIL_WORDS,
        *agency_vocabulary().body_words,
        *_HEADLESS_COLLECTIVES,
        "成员单位",
        "等单位",
        "等部门",
    )
    return frozenset({w[-1] for w in words} | set(CLOSERS) | {"等"})


def may_end_name_at(ch: str) -> bool:
    """``ch`` is a character a name looking like a body may end in (局, 委, 心 …): a quick test."""
    return ch in _name_end_chars()


def may_end_names(text: str, start: int, end: int) -> bool:
    """A quick test that ``[start, end)`` may be agency names (a necessary condition of
    ``looks_like_agency`` for its last name): it ends like one, or holds a collective's head."""
    s, e = trim(text, start, end)
    if s >= e:
        return False
    if text[e - 1] not in _name_end_chars() and _ANY_COLLECTIVE_HEAD.search(text, s, e) is None:
        return False  # most words before a verb
    return text[e - 1 : e + 1] not in _name_end_splits()  # 配合自治区开展…行|动: inside a word


@cache
def _name_end_splits() -> frozenset[str]:
    """The words a name never ends inside (agency_types.yaml name_end_splits: 行动, 会同 …)."""
    return frozenset(agency_vocabulary().name_end_splits)


def opens_like_body(name: str) -> bool:
    """The name opens like a body's: a level prefix (区, 市 …), a place name (如东县…), a type alias
    (高新区…, 领导小组办公室), a collective (各镇（街道）) or a head from roles.yaml (中共…); 企业 and
    积极争取省…局 do not."""
    name = squeeze(name)
    if not name:
        return False
    return (
        level_prefix(name) is not None
        or name.startswith(_type_aliases() + role_vocabulary().subject_onsets.name_starts)
        or region_index().match_at(name, 0, len(name), allow_short=True) is not None
        or any(rx.search(name) for rx in _collective_regexes())
        or _GATHERED.match(name) is not None  # 各县（区）人民政府按职责分工负责: the places gathered open it
        or _prefecture_unsuffixed(name)
        or (name[0] == _EACH and name.startswith(_type_aliases(), 1))  # 各口岸管理委员会: each body of a type
    )


#: The word gathering every body of a type (各口岸管理委员会).
_EACH = "各"

#: The endings a city's or a prefecture's name drops before its body's type (兰州海关, 阿克苏海关,
#: 霍尔果斯海关: 兰州市, 阿克苏地区, 霍尔果斯市), and the levels of the places so written.
_PREFECTURE_ENDS = ("市", "地区")
_UNSUFFIXED_LEVELS = frozenset({"prefecture", "county_city"})


def _prefecture_unsuffixed(name: str) -> bool:
    """(round 37b) 兰州海关, 乌鲁木齐海关, 阿克苏海关, 霍尔果斯海关: a city's or a prefecture's name written
    without its 市 or 地区 (which the gazetteer lists as no short form: an ordinary word, or a county's too)
    right before a type's alias opens the name as a place does."""
    index = region_index()
    for k in (2, 3, 4):
        if len(name) <= k + 1:
            break
        if name[k:].startswith(_type_aliases()) and any(
            e.level in _UNSUFFIXED_LEVELS
            for end in _PREFECTURE_ENDS
            for e in index.lookup(name[:k] + end, allow_short=False)
        ):
            return True
    return False


def cueless_subject(name: str) -> bool:
    """A name read as the subject of its clause with no obligation cue after it (区市场监管局每年…): it must
    look like a body at both ends and hold no colon (各有关单位：现将…印发给你们 is a salutation)."""
    return ":" not in name and "：" not in name and agency_subject(name) and opens_like_body(name)


@cache
def _topic_words() -> tuple[tuple[str, tuple[tuple[str, int], ...]], ...]:
    """Each topic end (由) with the words that hold it (自由) and where it stands in each."""
    vocab = role_vocabulary()
    return tuple(
        (end, tuple((w, w.index(end)) for w in vocab.topic_end_words if end in w)) for end in vocab.topic_ends
    )


def _bracketed(text: str, start: int, at: int) -> bool:
    """``at`` stands inside brackets opened after ``start``."""
    return any(g.open < at < g.close for g in bracket_groups(text, start, at + 1))


def after_topic(text: str, start: int, end: int, *, whole: bool = False) -> int:
    """Where the names start in ``[start, end)`` when it opens with the work they do, however long, closed
    by a topic end (苏木、沙棘等特色植物种植由县林业局负责: after 由): after the last topic end outside
    brackets that no word holds (自由贸易试验区管委会, 理由) and that what follows opens like a body, or with
    ``whole`` is a body's name up to ``end``; ``start`` when there is none. A topic end at ``start`` is the
    names' own lead-in word."""
    found = start
    for word, holders in _topic_words():
        at = text.rfind(word, start + 1, end - 1)
        while at > found:
            after = at + len(word)
            held = any(text.startswith(w, at - k) for w, k in holders)
            if (
                not held
                and (looks_like_agency if whole else opens_like_body)(text[after:end])
                and not _bracketed(text, start, at)  # 县知识产权服务中心（由县市场监管局管理）: a name's note
            ):
                found = after
                break
            at = text.rfind(word, start + 1, at)
    return found


#: The level prefixes of two characters or more (自治区): a one-character prefix ending one opens no body.
_LONG_PREFIXES = tuple(p for p in PREFIX_LEVELS if len(p) > 1)
#: The fewest characters of work before a body named right after it with no topic end (人行县支行 is one
#: name).
_MIN_WORK = 3


@cache
def _alias_ends() -> frozenset[str]:
    """The last characters of the type aliases: a quick test that a name may end in one."""
    return frozenset(alias[-1] for alias in _type_aliases())


def body_after_work(text: str, start: int, end: int) -> int:
    """Where the body starts in ``[start, end)`` when it is written right after its work with no topic
    end (苏木、沙棘等特色植物种植县林业局: at 县林业局; 打击侵权假冒工作县市场监管局): at a level prefix
    (roles.yaml topic_body_prefixes) before the longest type alias closing the words, when three characters
    of work or more stand before it, the prefix closes neither a place's name (人民银行大理州分行,
    中国人民银行柳州市分行), a longer prefix (自治区) nor a word of places (topic_place_words: 苏州工业园区),
    the alias is none that only a place's own name opens (place_named_ends: the 区 of 育才生态区管委会 closes
    the zone's name, no level has a 管委会 of its own) and the work names no body (区市场监管局会同区公安局 is
    two names); ``start`` when there is none."""
    s, e = trim(text, start, end)
    if e - s < _MIN_WORK + 3 or text[e - 1] not in _alias_ends():
        return start
    vocab = role_vocabulary()
    aliases, longest = _alias_lengths()
    for n in range(min(longest, e - s - _MIN_WORK - 1), 1, -1):
        at = e - n - 1  # the prefix
        if text[at] in vocab.topic_body_prefixes and text[at + 1 : e] in aliases:
            if (
                text[at + 1 : e] in agency_vocabulary().place_named_ends  # 育才生态区管委会: a zone's own
                or _closes_place(text, s, at + 1)
                or _names_a_body(text, s, at)
                or _prefix_committee(text, s, at)
                or _GATHERED.fullmatch(text, s, at)
            ):
                return start
            return at
    return start


#: Places gathered by 各, their levels in brackets or not (各县（市）, 各县〔市、区〕, 各市（州）, 各旗县):
#: the words before a level prefix that goes on with them (各县（市）区科技局, the district bureaus too;
#: 各旗县区人民政府), never a body's work; the 兵团's divisions too (兵团各师 before the 市 of
#: 各师市市场监管局); a level and its bound (各地级市, 各地级以上市人民政府, 各县级以上市场监管部门: the
#: places of that level, or of it and those above).
_GATHERED = re.compile(
    r"(?:兵团)?[省市区县旗盟州]?各(?:设区的?市|[县市区旗盟州地师](?:级(?:以上|以下)?)?)+"
    r"(?:[（(〔［][县市区旗盟州、，,]+[）)〕］])*"
)


def _names_a_body(text: str, start: int, end: int) -> bool:
    """A type alias of two characters or more ends somewhere in ``text[start:end]`` (中国人民银行,
    区市场监管局会同): the words are no body's work alone."""
    aliases, longest = _alias_lengths()
    ends = _alias_ends()
    return any(
        text[k - n + 1 : k + 1] in aliases
        for k in range(start + 1, end)
        if text[k] in ends
        for n in range(2, min(longest, k - start + 1) + 1)
    )


#: What stands after a party committee named by a prefix alone in a list (县委、县政府).
_AFTER_COMMITTEE = "、，, "


def _prefix_committee(text: str, start: int, end: int) -> bool:
    """A word naming a body only right after a place (委: agency_types.yaml after_place) stands after a level
    prefix and before a list mark in ``text[start:end]`` (县委、县政府将…): the words name a body, no work."""
    prefixes = role_vocabulary().topic_body_prefixes
    for word in _after_place_words():
        at = text.find(word, start + 1, end)
        while at >= 0:
            after = at + len(word)
            if text[at - 1] in prefixes and (after >= end or text[after] in _AFTER_COMMITTEE):
                return True
            at = text.find(word, at + 1, end)
    return False


@cache
def _after_place_words() -> tuple[str, ...]:
    return tuple(w for t in agency_vocabulary().types for w in t.after_place)


@cache
def _place_word_lengths() -> tuple[frozenset[str], tuple[int, ...]]:
    words = role_vocabulary().topic_place_words
    return frozenset(words), tuple(sorted({len(w) for w in words}))


def _closes_place(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` ends in a place's name or a word of places (大理州, 柳州市, 工业园区, 全县)."""
    words, lengths = _place_word_lengths()
    if any(text[end - n : end] in words for n in lengths if end - n >= start):
        return True
    if text.endswith(_LONG_PREFIXES, start, end):  # 自治区, 自治县
        return True
    index = region_index()
    if text.find("\n", start, end) >= 0:  # a line wrapped inside the place's name (江↵孜县)
        text, start, end = _unwrapped(text, start, end)
    return any(
        (name := text[end - n : end]) in index.full or name in index.short
        for n in range(2, min(9, end - start + 1))
    )


def _unwrapped(text: str, start: int, end: int) -> tuple[str, int, int]:
    """``text[start:end]`` with its line breaks and the spaces around them left out, as a string of its own
    with its bounds."""
    words = "".join(line.strip() for line in text[start:end].split("\n"))
    return words, 0, len(words)


def leaves_others(text: str, span: Span) -> bool:
    """``text[span]``, a name as written, ends in 等 or 等有关部门 (县科技局等, 县工信局等有关单位): the list
    it closes has units it does not name."""
    s, e = trim(text, *span)
    tail = _TRAILING_OTHERS.search(text, s, e) if text.find("等", s, e) >= 0 else None
    return tail is not None and tail.start() > s


def others_close(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is the words closing a list before the units it leaves unnamed (等, 等部门,
    等有关单位, 等县直部门), spaces aside."""
    return start < end and text[start] == "等" and _TRAILING_OTHERS.match(text, start, end) is not None


def clean_name(text: str, span: Span) -> Span:
    """A name without what surrounds it in running text: a bracket it does not close (（县市场监管局负责，…）
    read as a sentence), numbering (1.), pointer words (此项工作由, 本方案由), 由/请, and trailing 等 /
    等有关部门."""
    s, e = trim(text, *span)
    if e - s > 2 and text[s] in PAIRS and PAIRS[text[s]] not in text[s + 1 : e]:
        s = trim(text, s + 1, e)[0]
    numbered = _ENUMERATOR.match(text, s, e)  # 责任单位：1.区市场监管局 2.区科技局
    if numbered is not None and e - numbered.end() > 1:
        s = numbered.end()
    pointer = _pointer_end(text, s, e)  # 此项工作由…, 本方案各项任务由…
    if 0 < pointer - s < e - s - 1:
        s = trim(text, pointer, e)[0]
    s = after_topic(text, s, e, whole=True)  # 考核评价由区市场监管局: the work, then its body
    while s < e and text[s] in _LEADING_DASHES:  # ——县市场监管局: a dash setting the name off its task
        s += 1
    for noise in LEADING_NOISE:
        if text.startswith(noise, s, e) and e - s > len(noise) + 1:
            s += len(noise)
    tail = _TRAILING_OTHERS.search(text, s, e)
    if tail is not None and tail.start() > s:
        e = tail.start()
    # 县工信局（…，下同）
    note = _name_note().search(text, s, e) if s < e and text[e - 1] in _NOTE_CLOSES else None
    if note is None and s < e and text[e - 1] in "）)":
        note = _remit_note().search(text, s, e)  # 市市场监管局（负责专利）: the body's share of the work
    if note is not None and note.start() > s:
        e = trim(text, s, note.start())[1]
    phone = _TRAILING_PHONE.search(text, s, e)  # 县市场监管局87812345: the body, not its phone number
    if phone is not None and phone.start() > s and ends_like_body(squeeze(text[s : phone.start()])):
        e = phone.start()
    return trim(text, s, e)
