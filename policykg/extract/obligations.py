"""Obligations stated in prose: '区政府办督查科要加大督查力度', '领导小组办公室定期检查…',
'办公室设在区市场监管局', and an agency in subject position with no cue after it:
'区市场监管局每年对…开展评估', '区知识产权局联合区公安分局开展…'. Recorded with role implicit and basis prose
(cues and subject onsets: ontology/data/roles.yaml)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import zip_longest

from ontology.vocab import agency_vocabulary, role_vocabulary
from policykg.extract.agencies import cue_inside_name
from policykg.extract.agency_lists import (
    Mention,
    closes_partner_word,
    closing_role,
    committee_closes,
    declares_first_is_lead,
    department_words,
    gathered_names,
    helpers_bracket,
    label_word_end,
    partner_between_bodies,
    shared_names,
    strip_role_word,
)
from policykg.extract.agency_names import (
    LEADING_NOISE,
    after_topic,
    agency_subject,
    body_after_work,
    clean_name,
    cueless_subject,
    ends_in_type,
    inside_person_word,
    inside_type_name,
    looks_like_agency,
    may_end_names,
    only_others,
    past_name_note,
    role_label_subject,
    type_start,
)
from policykg.extract.closings import about_the_plan
from policykg.extract.guide_frames import guide_frame
from policykg.extract.markers import skip_lead_in
from policykg.extract.regions import shared_after_places
from policykg.extract.textspan import (
    PAIRS,
    WHITESPACE,
    Span,
    depth_map,
    split_top_level,
    split_two_levels,
    squeeze,
    trim,
)

_SENTENCE = "。；;！!"
_CLAUSE = "，,"
_MAX_SUBJECT = 60
#: How many sentences' obligations are kept for a second reading.
_SENTENCES_KEPT = 512


@dataclass(frozen=True)
class ProseObligation:
    mentions: tuple[Span, ...]
    evidence: Span
    form: str
    #: Units the subject works with (区市场监管局会同区公安局开展…: 区公安局): the subject leads, they
    #: support.
    partners: tuple[Span, ...] = ()
    #: The names the mentions and partners stand for where they share an ending (县科技、财政部门: 县科技
    #: 部门 and 县财政部门, each quoted by the whole phrase; agency_lists.shared_names), by position; None:
    #: the span's text as written.
    names: tuple[str | None, ...] = ()
    partner_names: tuple[str | None, ...] = ()
    #: The subject answers for the work (区委宣传部负责组织开展…: roles.yaml prose_answering_words).
    answers: bool = False

    def named(self) -> list[tuple[Span, str | None]]:
        return list(zip_longest(self.mentions, self.names[: len(self.mentions)]))

    def named_partners(self) -> list[tuple[Span, str | None]]:
        return list(zip_longest(self.partners, self.partner_names[: len(self.partners)]))


#: A name as found: its span and, where it shares an ending with others, the name it stands for.
Named = tuple[Span, str | None]


@cache
def _onset_regex() -> re.Pattern[str]:
    """Obligation cues, subject onsets and partner words (每年, 开展, 联合 …), longest first, the partner
    words written only between bodies (商) among them: one of those counts only where
    partner_between_bodies finds bodies on both sides. A plain alternation of words, no
    group: the regex engine then skips to the words' first characters itself (a group in one branch costs
    every search a try at each position: five times the time of the whole search)."""
    vocab = role_vocabulary()
    onsets = vocab.subject_onsets
    words = sorted(
        {*vocab.obligation_cues, *onsets.words, *onsets.partner_words, *onsets.between_bodies},
        key=len,
        reverse=True,
    )
    return re.compile("|".join(re.escape(w) for w in words))


def opens_predicate(text: str, pos: int, end: int) -> bool:
    """An obligation cue, a subject onset or a partner word (做好, 开展, 每年, 联合 …) opens
    ``text[pos:end]``: what follows a body in subject position (商 only before a body: 商标 is none)."""
    found = _onset_regex().match(text, pos, end)
    if found is None:
        return False
    return found.group() not in _between_words() or partner_between_bodies(text, 0, found.start(), end)


@cache
def _between_words() -> frozenset[str]:
    return frozenset(role_vocabulary().subject_onsets.between_bodies)


@cache
def _hosts() -> re.Pattern[str]:
    """Any of the host patterns (办公室设在 …)."""
    return re.compile("|".join(re.escape(p) for p in role_vocabulary().host_patterns) or "(?!)")


@cache
def _cues() -> frozenset[str]:
    return frozenset(role_vocabulary().obligation_cues)


@cache
def _joiners() -> re.Pattern[str]:
    """The joiners other than 、 (和, 与, 以及 …: roles.yaml subject_onsets and agency_types.yaml
    list_joiners), longest first: where a piece between 、 may hold more than one name."""
    words = set(role_vocabulary().subject_onsets.joiners) | set(agency_vocabulary().list_joiners)
    words.discard("、")
    ordered = sorted(words, key=lambda w: (-len(w), w))
    return re.compile("|".join(map(re.escape, ordered)) if ordered else "(?!)")


def _names(
    text: str, start: int, end: int, joins: list[Span], ok: Callable[[str], bool]
) -> list[Span] | None:
    """``[start, end)`` as names that each pass ``ok``, cut at as many of the joiners at ``joins`` as that
    allows (区科技局和区财政局 is two names, 区发展和改革局 one)."""
    for i, (at, after) in enumerate(joins):
        head = clean_name(text, (start, at))
        if head[0] < head[1] and ok(text[head[0] : head[1]]):
            rest = _names(text, after, end, joins[i + 1 :], ok)
            if rest is not None:
                return [head, *rest]
    whole = clean_name(text, (start, end))
    return [whole] if whole[0] < whole[1] and ok(text[whole[0] : whole[1]]) else None


#: What clean_name takes off a name's end (区财政局等其他) that may_end_names does not read as a name's end.
_OTHERS_END = "等其他"


def may_name_subject(text: str, start: int, end: int) -> bool:
    """A quick test that ``_subject_names`` may find names in ``[start, end)`` (a necessary condition):
    the last of them, past a trailing 、 and what clean_name takes off (等其他), ends like a body, or
    a collective's head stands there (may_end_names)."""
    while end > start and (text[end - 1] == "、" or text[end - 1] in WHITESPACE):
        end -= 1
    return text.endswith(_OTHERS_END, start, end) or may_end_names(text, start, end)


def _subject_names(text: str, start: int, end: int, ok: Callable[[str], bool]) -> list[Named] | None:
    """The names that make up ``[start, end)``, each passing ``ok``: split at 、 and at the other joiners (和,
    与) that stand outside brackets wherever the pieces are names themselves; names that are no body on
    their own may share the last one's ending and the first one's prefix (县科技、财政部门)."""
    names: list[Span] = []
    if text[start : start + 1] in PAIRS and text.find(PAIRS[text[start]], start + 1, end) < 0:
        start += 1  # （由区市场监管局、区商务局会同…）: the names inside a bracket the clause opens
    start = after_topic(text, start, end)  # 苏木、沙棘等特色植物种植由县林业局: the work, then its body
    start = body_after_work(text, start, end)  # …种植县林业局: the same with no 由
    pieces = split_top_level(text, start, end, "、")
    whole = (pieces[0][0], pieces[-1][1]) if len(pieces) > 1 else None
    if whole and gathered_names(text, pieces) and ok(text[whole[0] : whole[1]]):
        return [(whole, None)]  # 各乡镇、街道要…: one collective
    for s, e in pieces:
        joins = [
            m.span()
            for m in _joiners().finditer(text, s + 1, e - 1)
            if not closes_partner_word(text, s, m.end())
        ]
        if joins:  # only those outside brackets (the depth walk is paid only when there is a joiner)
            depths = depth_map(text, s, e)
            joins = [(a, b) for a, b in joins if depths[a - s] == 0]
        found = _names(text, s, e, joins, ok)
        if found is None:
            return _shared(text, pieces, ok)
        names.extend(found)
    return [(n, None) for n in names] or None


@cache
def _shared_ends() -> tuple[str, ...]:
    """What names sharing an ending close with: a department word (部门) or an ending bodies share
    (agency_types.yaml shared_endings: 局, 委 …)."""
    return (*department_words(), *agency_vocabulary().shared_endings)


def _shared(text: str, pieces: list[Span], ok: Callable[[str], bool]) -> list[Named] | None:
    """``pieces`` as bodies sharing the last one's ending (县科技、财政部门, 市科技、工信局), or places
    sharing the body the last names after its place (广州市、深圳市人民政府; 句容、扬中、丹阳市政府), each
    name passing ``ok``."""
    if len(pieces) < 2:
        return None
    last = squeeze(text[pieces[-1][0] : pieces[-1][1]])
    if not last.endswith(_shared_ends()) and (
        # the first piece and the last tell (a list of thousands is not walked when its first is no place)
        shared_after_places([squeeze(text[pieces[0][0] : pieces[0][1]]), last], level_shared=True) is None
    ):
        return None
    cleaned = [clean_name(text, p) for p in pieces]
    shared = shared_names(text, cleaned)
    if shared is None or not all(ok(name or text[a:b]) for (a, b), name in shared):
        return None
    return shared


def _opens_with_qualifier(text: str, start: int, end: int) -> bool:
    """The clause opens with a subject qualifier (加强, 支持, 对 …) that clean_name does not take off as a
    lead-in word (以 is both): its first name would open with it too, which ``agency_subject`` refuses. A
    role label opening there (配合处室（单位）主动对接…, 配合单位要…) is the plan's units of that role, a
    collective subject, no qualifier: asked only of a clause opening with a qualifier."""
    vocab = role_vocabulary()
    return (
        text.startswith(vocab.subject_qualifiers, start, end)
        and not text.startswith(LEADING_NOISE, start, end)
        and label_word_end(text, start, end) == start
    )


def _cued_subject(name: str) -> bool:
    """A name before an obligation cue: a body's (``agency_subject``), or a role label's, the plan's units of
    that role (配合单位要…)."""
    return agency_subject(name) or role_label_subject(name)


def _subject(text: str, start: int, end: int) -> tuple[Named, ...] | None:
    """Agency names at the start of ``[start, end)`` directly followed by an obligation cue, or by a
    subject onset (每年, 联合, 开展 …) when each name opens and ends like a body; a cue or an onset that is
    the inside of a name (区委组织部) does not end it, nor does a verb that modifies what follows
    (区财政局安排的资金)."""
    # 加强…, 支持…: every name would open with it (agency_subject)
    if _opens_with_qualifier(text, start, end):
        return None
    onsets, limit, at = _onset_regex(), min(end, start + _MAX_SUBJECT), start + 2
    marks = role_vocabulary().subject_onsets.modifier_marks
    bounds = role_vocabulary().subject_onsets.level_bounds
    while (onset := onsets.search(text, at, limit)) is not None:
        pos, at = onset.start(), onset.start() + 1
        joiner = _joiners().match(text, pos)
        if joiner is not None and joiner.end() > onset.end():  # 以 of 县科技局以及县财政局: a joiner
            continue
        ok: Callable[[str], bool]
        if committee_closes(text, start, pos):  # 县卫生健康委员会同县科技局, 管委会同步: 会 closes a name
            continue
        if onset.group() in _between_words() and not partner_between_bodies(text, start, pos, end):
            continue  # 县市场监管局商标股: 商 of 商标
        if onset.group() in _cues():
            if _system_regex().match(text, onset.end(), limit):  # 负责制: a system's name, no cue
                continue
            # a cue that runs on into a body's name is inside it (组织 of 区委组织部), unless what follows
            # is itself a cue or onset (要会同: 会 ends like a body, yet 会同 is a cue)
            if cue_inside_name(text, start, pos, onset.end()) and not onsets.match(text, onset.end()):
                continue
            if not may_name_subject(text, start, pos):  # most cues: no body's name before them
                continue
            if inside_person_word(text, pos):  # 要 of 主要负责同志: a person's word, no cue
                continue
            ok = _cued_subject
        else:
            if not may_end_names(text, start, pos) or text.startswith(marks, onset.end()):
                continue
            if text.startswith(bounds, pos):  # 各地级以上市人民政府: 以 of the levels' bound, no preposition
                continue
            if inside_type_name(text, start, onset.span()):
                continue
            ok = cueless_subject
        names = _subject_names(text, start, pos, ok)
        if names is None and (opened := _OPEN_BRACKET.search(text, start, pos)) is not None:
            # 开展纠纷调解（县司法局要依法开展）: the cue stands in a bracket, its subject after the opener
            names = _subject_names(text, opened.end(), pos, ok)
        if names:
            return tuple(names)
    return None


#: A bracket opened before a cue and not closed before it: the last such opener.
_OPEN_BRACKET = re.compile(r"[（(〔［\[【﹝〖｛{](?=[^（(〔［\[【﹝〖｛{）)〕］\]】﹞〗｝}]*$)")


#: Characters that may stand between a subject and its partner word (要, 应, 牵头, 负责 …).
_BEFORE_PARTNERS = 4


def partners_after(text: str, after: int, end: int) -> tuple[Named, ...]:
    """The units a partner word names right after the subject ending at ``after`` (…会同区公安局、区检察院
    开展…), up to the next cue, adverbial, preposition or verb, or the clause's end; () when there is none,
    or when what stands there is not a list of bodies (会同有关方面研究, 联合执法)."""
    words = role_vocabulary().subject_onsets.partner_words
    if not words:
        return ()
    for at in range(after, min(end, after + _BEFORE_PARTNERS + 1)):
        if text.startswith(words, at):
            word = next(w for w in words if text.startswith(w, at))
            if word in _between_words() and not partner_between_bodies(text, 0, at, end):
                continue
            return _partners_from(text, at + len(word), end)
    return ()


def guided_after(text: str, after: int, end: int) -> tuple[Named, ...]:
    """The bodies a guiding word right after the subject ending at ``after`` names (县市场监管局指导各乡镇
    开展…: 各乡镇), up to the next cue, adverbial, preposition or verb; () when there is none, or when what
    stands there is not a list of bodies (指导开展专利导航, 指导企业开展…), or when the subject answers for
    the guiding (人民银行晋江市支行负责指导银行机构扩大…: roles.yaml answering_words before the word), its own
    work then, whoever it guides."""
    words = _guiding_words()
    reach = min(end, after + _BEFORE_PARTNERS + max(map(len, words), default=0))
    if not any(text.find(w, after, reach) >= 0 for w in words):  # most subjects: no guiding word after
        return ()
    for at in range(after, min(end, after + _BEFORE_PARTNERS + 1)):
        word = next((w for w in words if text.startswith(w, at)), None)
        if word is None:
            continue
        if any(text.find(w, after, at) >= 0 for w in role_vocabulary().answering_words):
            return ()
        # bodies opening as one: 指导成立调解委员会 guides the founding of one
        return _partners_from(text, at + len(word), end, cueless_subject)
    return ()


@cache
def _guiding_words() -> tuple[str, ...]:
    """roles.yaml guiding_words, longest first."""
    return tuple(sorted(role_vocabulary().subject_onsets.guiding_words, key=len, reverse=True))


def _partners_from(
    text: str, start: int, end: int, ok: Callable[[str], bool] = agency_subject
) -> tuple[Named, ...]:
    """The units right after a partner word ending at ``start``, up to the next cue, adverbial,
    preposition or verb, or the clause's end, each passing ``ok``."""
    onset = _onset_regex().search(text, start + 2, min(end, start + _MAX_SUBJECT))
    stop = onset.start() if onset is not None else end  # or the clause's end (…联合县财政局，每年…)
    names = _subject_names(text, start, stop, ok) or _names_before_work(text, start, stop)
    return tuple(names) if names else ()


def _names_before_work(text: str, start: int, stop: int) -> list[Named] | None:
    """The units at the start of ``[start, stop)`` when work no cue opens follows them (…会同县工信局建设
    公共服务平台: 建设 and 推广 open no subject, as they are words of names too): every name before the last
    、 whole, the last one up to its first end where it names a body (县工信局, not 县工信局建设…服务中心);
    each opening and ending like a body (not 开展专项行)."""
    pieces = split_top_level(text, start, stop, "、")
    last = pieces[-1][0] if pieces else start
    ends = [e for e in range(last + 2, min(stop, last + _MAX_SUBJECT)) if may_end_names(text, last, e)]
    typed = {e for e in ends if ends_in_type(text, last, e)}
    # a known type's end first, where no longer one goes on from it (县科技局跟踪…: not 县科; 县财政局…: not
    # 县财政; 县纪委监委…: not 县纪委, 纪委监委 holding 纪委), then any body's
    covered = (
        {e for e in typed if any(f > e and (type_start(text, last, f) or f) < e for f in typed)}
        if len(typed) > 1
        else set()
    )
    for end in [e for e in ends if e in typed and e + 1 not in typed and e not in covered] + ends:
        if names := _subject_names(text, start, end, cueless_subject):
            return names
    return None


def leading_bodies(text: str, start: int, end: int) -> tuple[Named, ...]:
    """The bodies opening ``[start, end)`` before their own work, with or without a cue after them
    (县财政局做好保障, 县科技局跟踪问效: 县科技局); () when it opens with no body's name."""
    s = skip_lead_in(text, start, end)
    names = _subject(text, s, end)
    if names:
        return names
    found = _names_before_work(text, s, end)
    return tuple(found) if found else ()


@cache
def _clause_partner_words() -> tuple[str, ...]:
    """The partner words that may open a clause with no subject of its own (会同, 联合, 商请 …; not 商,
    which opens place names), longest first."""
    words = role_vocabulary().subject_onsets.partner_words
    return tuple(sorted((w for w in words if len(w) > 1), key=len, reverse=True))


@cache
def _clause_partner_regex() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, _clause_partner_words())) or "(?!)")


#: How far into a clause a partner word opening it may stand (past a numbering marker or 同时).
_PARTNER_OPENING = 8


def _opening_partners(text: str, clause: Span) -> tuple[Named, ...]:
    """The units a partner word opening ``clause`` names (，商请郴州海关支持 / ，会同县公安局开展…)."""
    if _clause_partner_regex().search(text, clause[0], min(clause[1], clause[0] + _PARTNER_OPENING)) is None:
        return ()  # most clauses: no partner word near their start
    s = skip_lead_in(text, *clause)
    word = next((w for w in _clause_partner_words() if text.startswith(w, s, clause[1])), None)
    if word is None or label_word_end(text, s, clause[1]) > s + len(word):
        return ()  # …，协同单位要积极配合: the units of that role, the clause's subject (a collective)
    return _partners_from(text, s + len(word), clause[1])


def find_prose_obligations(text: str, start: int, end: int) -> list[ProseObligation]:
    found: list[ProseObligation] = []
    for sentence, clauses in split_two_levels(text, start, end, _SENTENCE, _CLAUSE):
        found.extend(_sentence_obligations(text, sentence, tuple(clauses)))
    return found


@lru_cache(maxsize=_SENTENCES_KEPT)
def _sentence_obligations(
    text: str, sentence: Span, clauses: tuple[Span, ...]
) -> tuple[ProseObligation, ...]:
    """The obligations one sentence states, from its ``clauses`` (the sentence split on _CLAUSE). Kept for
    the sentences read last: a task's clauses (一是…；二是…) that name no one are read again with the
    task's paragraph."""
    found: list[ProseObligation] = []
    framed: tuple[int, tuple[Named, ...]] | None = None  # a guide framing the clause after it: where, who
    for clause in clauses:
        if (frame := _guides(text, clause)) is not None:
            framed, clause = (clause[0], frame[0]), (frame[1], clause[1])
            if trim(text, *clause)[0] >= clause[1]:
                continue  # 在A指导下，B…: the work in the next clause
        if found and (partners := _opening_partners(text, clause)):
            # 县市场监管局负责，商请郴州海关支持 / …，会同县公安局开展…: the subject before works with them
            found[-1] = _helped(found[-1], [Mention(p, "support", n) for p, n in partners], clause)
        elif (ob := _clause(text, clause)) is not None:
            found.append(_guided(ob, framed) if framed else ob)
        framed = None
    in_sentence = tuple(found)
    before = [ob for ob in in_sentence if len(clauses) > 1 and ob.evidence[0] < clauses[-1][0]]
    # 县市场监管局负责专利执法，县公安局（积极）配合: the one subject before leads; after one answering for
    # the work, units exhorted to help (…，各乡镇要积极配合) are its helpers too
    helpers = _helpers(text, clauses[-1], before[0].answers) if len(before) == 1 else None
    if helpers is not None:
        in_sentence = (_helped(before[0], helpers, clauses[-1]),)
    # a sentence about the plan (本方案由区市场监管局负责解释) obliges no one: asked if it names anyone
    if not in_sentence or about_the_plan(text, *sentence) or _rule_of_notes(text, sentence, in_sentence):
        return ()
    return in_sentence


def _rule_of_notes(text: str, sentence: Span, found: tuple[ProseObligation, ...]) -> bool:
    """``sentence`` states how the plan's notes read, its obligations naming only the units after a list's
    lead (各项任务第一个单位为牵头单位，其他单位按职责分工负责): it obliges no one. The names are tested
    first (only_others), the sentence only when they pass."""
    if not only_others(text, [span for ob in found for span in (*ob.mentions, *ob.partners)]):
        return False
    return declares_first_is_lead(text[sentence[0] : sentence[1]])


def _helpers(text: str, clause: Span, exhorted_ok: bool = False) -> list[Mention] | None:
    """The units of a clause that is nothing but units and a support word (roles.yaml suffixes of role
    support: 县公安局配合, 县财政局积极配合, 由县公安局协助); None for any other clause, or units exhorted to
    help (各部门要积极配合) unless ``exhorted_ok``."""
    last = trim(text, *clause)
    closed = closing_role(text, *last, exhorted_ok=exhorted_ok) if last[0] < last[1] else None
    return closed[0] if closed is not None and closed[1] == "support" else None


def helps_one_subject(
    text: str, sentence: Span, mentions: list[Mention], led: frozenset[Span] = frozenset()
) -> bool:
    """The ``mentions`` (a role clause's) are the helpers closing ``sentence`` that its one subject before
    them leads (县市场监管局负责专利执法，县公安局配合): this module reads them, with their subject; not when
    that subject is a lead a role clause names (``led``: 县科技局牵头，县财政局跟踪问效，县工信局配合), whose
    helpers the role clauses read."""
    spans = {m.span for m in mentions}
    return any(
        spans <= set(ob.partners) and not set(ob.mentions) <= led
        for ob in find_prose_obligations(text, *sentence)
    )


def _helped(ob: ProseObligation, helpers: list[Mention], clause: Span) -> ProseObligation:
    """``ob`` with ``helpers`` among its partners (they support, its subject leads), its evidence reaching
    to the end of their ``clause``."""
    names = ob.partner_names + (None,) * (len(ob.partners) - len(ob.partner_names))
    return replace(
        ob,
        evidence=(ob.evidence[0], clause[1]),
        partners=ob.partners + tuple(m.span for m in helpers),
        partner_names=names + tuple(m.name for m in helpers),
    )


def _guides(text: str, clause: Span) -> tuple[tuple[Named, ...], int] | None:
    """The bodies a frame opening ``clause`` puts the work under (在市市场监管局指导下，…: guide_frames) and
    where the frame ends; None when no such frame opens it or its words name no body."""
    frame = guide_frame(text, *clause)
    if frame is None:
        return None
    names = _subject_names(text, *frame[0], agency_subject)
    return (tuple(names), frame[1]) if names else None


def _guides_after(text: str, after: int, end: int) -> tuple[Named, ...]:
    """The guides of a frame right after the subject ending at ``after``, past a modal or adverb as a partner
    word is (县农业农村局在县市场监管局指导下开展…, 各乡镇要在…指导下…): the subject carries the work and
    leads, the guides support, as the frame before the subject reads; () when no frame stands there."""
    at = text.find("在", after, min(end, after + _BEFORE_PARTNERS + 1))
    if at < 0:
        return ()  # most subjects: no frame after them
    frame = _guides(text, (at, end))
    return frame[0] if frame is not None else ()


def _guided(ob: ProseObligation, framed: tuple[int, tuple[Named, ...]]) -> ProseObligation:
    """``ob`` done under the guidance of the bodies a frame before it names (在A指导下，B具体实施…): its
    subject carries the work and leads, the guides take part (partners, support); its evidence opens at the
    frame."""
    start, guides = framed
    return replace(
        ob,
        evidence=(start, ob.evidence[1]),
        partners=ob.partners + tuple(g for g, _ in guides),
        partner_names=ob.partner_names
        + (None,) * (len(ob.partners) - len(ob.partner_names))
        + tuple(n for _, n in guides),
    )


def _prose(
    clause: Span, doers: tuple[Named, ...], partners: tuple[Named, ...], *, answers: bool = False
) -> ProseObligation:
    """The obligation of a clause's subject: its doers, and the partners working with them."""
    return ProseObligation(
        tuple(n for n, _ in doers),
        clause,
        "prose",
        tuple(p for p, _ in partners),
        tuple(name for _, name in doers),
        tuple(name for _, name in partners),
        answers,
    )


def _answers(text: str, at: int, end: int) -> bool:
    """A word of answering for the work opens ``text[at:end]`` (负责, 具体负责: roles.yaml
    prose_answering_words), not one made a noun (负责人, 负责制; not 负责人才工作, 负责制定)."""
    word = next((w for w in role_vocabulary().prose_answering_words if text.startswith(w, at, end)), None)
    if word is None:  # 是…工作的责任主体: named the one answering for it
        return _answering_phrase().match(text, at, end) is not None
    return _noun_regex().match(text, at + len(word), end) is None


def may_answer(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a word or phrase of a body answering for the work (负责,
    是…责任主体): a cheap test before reading its obligations."""
    return _any_answering().search(text, start, end) is not None


@cache
def _any_answering() -> re.Pattern[str]:
    vocab = role_vocabulary()
    words = [re.escape(w) for w in vocab.prose_answering_words]
    return re.compile("|".join([*words, *(f"(?:{p})" for p in vocab.prose_answering_phrases)]) or "(?!)")


@cache
def _answering_phrase() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in role_vocabulary().prose_answering_phrases) or "(?!)")


@cache
def _noun_regex() -> re.Pattern[str]:
    return re.compile(role_vocabulary().prose_answering_noun)


@cache
def _system_regex() -> re.Pattern[str]:
    return re.compile(role_vocabulary().cue_system_noun)


@cache
def _play_words() -> tuple[str, ...]:
    """roles.yaml play_words (充分发挥, 发挥): what a clause whose subject is a played part opens with."""
    return role_vocabulary().play_words


def _past_play_word(text: str, start: int, end: int) -> int:
    """Past a verb of bringing a body's part into play opening ``[start, end)`` (the caller has seen one
    open it: ``_play_words``) when the clause names the part (充分发挥县知识产权工作领导小组统筹协调作用:
    roles.yaml play_words, play_ends): the body after it is the subject; ``start`` for any other clause."""
    vocab = role_vocabulary()
    if not any(text.find(w, start, end) >= 0 for w in vocab.play_ends):
        return start
    return start + max(len(w) for w in vocab.play_words if text.startswith(w, start, end))


def _played_subject(text: str, start: int, end: int) -> tuple[Named, ...] | None:
    """The body whose part a verb before ``start`` brings into play, when an obligation cue names the part
    (充分发挥|县知识产权工作领导小组统筹协调作用: the group coordinates); None when no cue closes the names
    (发挥领导小组作用, 发挥相关部门的职能作用 name no work of theirs; 发挥政府相关部门在纠纷解决中的作用 names
    where a part is played, not who plays it)."""
    names = _subject(text, start, end)
    if not names:
        return None
    cue = _onset_regex().match(text, names[-1][0][1], end)
    return names if cue is not None and cue.group() in _cues() else None


def _bracketed_helpers(
    text: str, names: tuple[Named, ...]
) -> tuple[tuple[Named, ...], tuple[Named, ...]] | None:
    """The subject's names and their helpers when a bracket naming only helpers closes the last name
    (县市场监管局、县科技局（县财政局配合）要…: the bodies before it lead, as in a table's cell); None for
    any other subject (市市场监管局（知识产权局）)."""
    (start, end), _ = names[-1]
    found = helpers_bracket(text, start, end)
    if found is None:
        return None
    opener, inside = found
    last = trim(text, start, opener)
    helpers = _subject_names(text, *inside, agency_subject)
    if not helpers or last[0] >= last[1] or not agency_subject(text[last[0] : last[1]]):
        return None
    return (*names[:-1], (last, None)), tuple(helpers)


#: The roles a bracketed role word after a subject's name gives it that carry the work (牵头, 主责, 负责).
_CARRYING = frozenset(("lead", "responsible"))
#: How far a bracket holding a role word alone may reach past a name's end (（牵头单位）).
_ROLE_BRACKET = 8


def _bracketed_role(text: str, start: int, end: int) -> tuple[Span, str] | None:
    """The name ``text[start:end]`` without the role word bracketed at its end or right after it (县科技局
    （牵头）, 县科技局（牵头单位）), and that word's role; None when there is none."""
    if text[end - 1] not in ")）":
        if not text.startswith(("（", "("), end):
            return None  # the common case: no bracket there
        closer = next(
            (at for at in range(end + 1, min(len(text), end + _ROLE_BRACKET)) if text[at] in ")）"), -1
        )
        if closer < 0:
            return None
        end = closer + 1
    bare, role, _ = strip_role_word(text, start, end)
    return (bare, role) if role is not None else None


def _marked_roles(text: str, names: tuple[Named, ...]) -> tuple[tuple[Named, ...], tuple[Named, ...]] | None:
    """The subject's names parted by the role words bracketed after them (县市场监管局（牵头）、县科技局要…;
    县科技局、县市场监管局（牵头）…; A、B（配合）…), as a note's list reads them: a name marked as carrying
    the work is a doer, one marked as helping a partner, an unmarked one a partner beside a marked doer and
    a doer otherwise; each name without its bracket. None when no name has one."""
    doers: list[Named] = []
    helpers: list[Named] = []
    unmarked: list[Named] = []
    for (start, end), name in names:
        if (marked := _bracketed_role(text, start, end)) is None:
            unmarked.append(((start, end), name))
        else:
            (doers if marked[1] in _CARRYING else helpers).append((marked[0], None))
    if not doers and not helpers:
        return None
    (helpers if doers else doers).extend(unmarked)
    if not doers:
        return None
    return tuple(sorted(doers)), tuple(sorted(helpers))


def _clause(text: str, clause: Span) -> ProseObligation | None:
    """The obligation one clause states: agencies as its subject, or the host of an office."""
    s, e = clause
    s = skip_lead_in(text, s, e)
    played = _past_play_word(text, s, e) if text.startswith(_play_words(), s, e) else s  # most clauses: s
    names = _subject(text, s, e) if played == s else _played_subject(text, played, e)
    if names and (guided := guided_after(text, names[-1][0][1], e)):
        # 县市场监管局指导各乡镇开展…: the bodies guided do the work and lead it, the subject guiding them
        # is their partner (support)
        return _prose(clause, guided, names)
    if names:
        if (bracketed := _bracketed_helpers(text, names) or _marked_roles(text, names)) is not None:
            doers, helpers = bracketed
            return _prose(clause, doers, helpers, answers=_answers(text, names[-1][0][1], e))
        after = past_name_note(text, names[-1][0][1], e)  # 县市场监督管理局（以下简称“…”）负责…
        partners = partners_after(text, after, e) or _guides_after(text, after, e)
        return _prose(clause, names, partners, answers=_answers(text, after, e))
    if _hosts().search(text, s, e) is None:  # most clauses: no office's host named
        return None
    for cue in role_vocabulary().host_patterns:
        at = text.find(cue, s, e)
        if at < 0:
            continue
        host = trim(text, at + len(cue), e)
        host_names = split_top_level(text, host[0], host[1], "、")
        if host_names and all(looks_like_agency(text[a:b]) for a, b in host_names):
            return ProseObligation(tuple(host_names), clause, "host")
        break
    return None
