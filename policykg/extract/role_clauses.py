"""Roles written into a sentence instead of a bracket: '二是推广知识产权保险，区金融局牵头，区财政局配合。',
'由县市场监管局牵头，县公安局、县人民法院配合，开展专项整治。'

A run of comma clauses, each nothing but agency names closed by a role word (the suffixes of
ontology/data/roles.yaml), is read like an annotation when the run names a lead or is a sentence of its own
('区司法局负责。', '由区司法局、区人民法院共同负责。') or closes a sentence after its work with
负责 / 共同负责 ('一是培育高价值专利组合，市科技局负责；') or opens it before its work ('县人民法院负责，
完善审判机制', 'A、B按职责分工负责，完善…'). A dash parts clauses as a comma does ('A牵头——B配合'). A run
without a lead inside a longer
sentence ('…，区科技局负责，…') is left to the prose-obligation rules, which record an implicit role, unless
it names helpers alone ('县法院配合做好诉调对接工作', '…，县司法局指导，县法院配合做好…'): no prose rule
reads a body its role word closes, so the run names them (support). Helpers closing a sentence that
obliges one body before them ('县司法局负责指导，县法院配合。') are the prose rule's (obligations.py reads
that body as their lead, in a table row or a clause as in a paragraph): no run names them. A lead going on
with its work ('县市场监管局牵头开展专项整治，…') is read with no helpers after it too, and the units after
its partner word ('A牵头会同B开展…', '由A牵头，联合B开展…') support it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from ontology.vocab import role_vocabulary
from policykg.extract.agencies import collective_type, cue_inside_name
from policykg.extract.agency_lists import (
    TOGETHER_WITH,
    Annotation,
    Mention,
    Scope,
    bodies_named,
    closing_role,
    exhortation_end,
    holds_first_line_note,
    may_end_role_word,
    parse_agency_list,
    passes,
    scope_at,
    spaced,
    spaced_words,
    together_with,
)
from policykg.extract.agency_names import (
    cueless_subject,
    looks_like_agency,
    may_end_names,
)
from policykg.extract.guide_frames import framed_alone
from policykg.extract.markers import skip_lead_in
from policykg.extract.obligations import (
    Named,
    find_prose_obligations,
    helps_one_subject,
    leading_bodies,
    opens_predicate,
    partners_after,
)
from policykg.extract.own_work import beside_carriers, oversees, working_bodies
from policykg.extract.span_set import SpanSet
from policykg.extract.textspan import Span, has_dash, split_at_dashes, split_top_level, squeeze, trim

_SENTENCE = "。；;！!？?"  # not a line break: the paragraph bounds the search, wrapped lines stay whole
_COMMA = "，,"
#: Words pointing at what follows (以下任务由…负责：, a note over the items below it).
FOLLOWING = ("以下", "下列", "下述")
_ALL_ROLES = ("lead", "support", "joint", "shared", "responsible")
#: How far into a clause a lead word may stand when the clause goes on with its work.
_MAX_PREFIX = 30


def _words(roles: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(spaced_words(e.text for e in role_vocabulary().suffixes if e.role in roles))


@cache
def _role_words() -> re.Pattern[str]:
    return _words(_ALL_ROLES)


@cache
def _lead_words() -> re.Pattern[str]:
    """The lead words that may open a clause's work after the names (区市场监管局牵头组织开展…): not those
    read only where they close a clause (roles.yaml closing_only: 以企业为主体 is no lead)."""
    closing_only = frozenset(role_vocabulary().closing_only)
    return re.compile(
        spaced_words(
            e.text for e in role_vocabulary().suffixes if e.role == "lead" and e.text not in closing_only
        )
    )


@cache
def _closing_words() -> frozenset[str]:
    """Words that name who does the work when they close its sentence (…，市科技局负责；)."""
    return frozenset(e.text for e in role_vocabulary().suffixes if e.role in ("responsible", "joint"))


@cache
def _shared_words() -> frozenset[str]:
    """Words that close a sentence with the units sharing its work ('二是推广知识产权保险，
    区市场监管局、区财政局按职责分工负责。') unless a unit coordinating its work opens the sentence: after
    'A统筹推进，' they support A, who leads (after 'A负责落实风险补偿资金，' they share the task)."""
    return frozenset(e.text for e in role_vocabulary().suffixes if e.role == "shared")


def _closes_work(text: str, sentence: Span, clauses: list[Span], run: _Run) -> bool:
    """The run names who does the work of the clauses before it in its sentence (…，市科技局负责；)."""
    if run.led_by is not None or run.first == 0 or run.last != len(clauses) - 1:
        return False
    if all(w in _closing_words() for w in run.words):
        return True
    if not all(w in _closing_words() or w in _shared_words() for w in run.words):
        return False
    obligations = find_prose_obligations(text, sentence[0], clauses[run.first][0])
    return not any(
        ob.mentions and coordinates(text, ob.mentions[-1][1], clauses[run.first][0]) for ob in obligations
    )


def _opens_work(text: str, clauses: list[Span], run: _Run) -> bool:
    """The run opens its sentence with who does the work written after it ('县人民法院负责，完善审判机制',
    '由区司法局负责，完善调解组织', 'A、B按职责分工负责，完善衔接机制'): names alone closed by words of
    carrying or sharing the work, the clause after them opening with no body (their work, not another
    body's: 县科技局负责，县财政局给予支持 is ``_with_own_work``'s). Names alone before the comma may head
    them (市中级人民法院，各县（市、区）人民法院按职责分工负责，确保取得实效: ``_names_before_helpers``)."""
    if run.first != 0 or run.last >= len(clauses) - 1 or not (_names_alone(run) or run.names_first):
        return False
    if not all(w in _closing_words() or w in _shared_words() for w in run.words):
        return False
    return not leading_bodies(text, *clauses[run.last + 1])


def _coordinator(text: str, sentence: Span, clauses: list[Span], run: _Run) -> list[Mention]:
    """'市商务局负责统筹，市文旅局、市市场监管局抓好落实', '区委宣传部负责统筹协调，区市场监管局具体实施': the
    bodies of the clause right before a run closing the sentence with words of carrying or sharing the work
    (负责, 抓好落实, 具体实施, 按职责分工负责: 市市场监管局统筹推进，市公安局按职责分工负责) when that
    clause makes them the ones coordinating it (roles.yaml coordinating_words), as leads; [] otherwise."""
    if run.led_by is not None or run.first == 0 or run.last != len(clauses) - 1 or run.names_end is not None:
        return []
    if run.supported is not None or not all(w in _closing_words() or w in _shared_words() for w in run.words):
        return []
    before = clauses[run.first - 1]
    if not any(w in text[before[0] : before[1]] for w in role_vocabulary().coordinating_words):
        return []  # most clauses: no coordinating word
    obligations = find_prose_obligations(text, before[0], before[1])
    if len(obligations) != 1 or obligations[0].partners:
        return []
    ob = obligations[0]
    if not ob.mentions or not coordinates(text, ob.mentions[-1][1], before[1]):
        return []
    return [Mention(span, "lead", name) for span, name in ob.named()]


def coordinates(text: str, after: int, end: int) -> bool:
    """The words after a body at ``after`` make it the one coordinating the sentence's work (统筹推进,
    负责统筹, 要牵头抓总; roles.yaml coordinating_words): shared words closing the sentence name its
    partners."""
    return _coordinating().match(text, trim(text, after, end)[0], end) is not None


@cache
def _coordinating() -> re.Pattern[str]:
    """A coordinating word, a cue (负责, 要 …) and an adverb perhaps before it, closing the clause or
    followed by a word of coordinating (统筹推进…, 统筹协调: roles.yaml coordinating_ends), not by work of
    the body's own (统筹安排培训资金)."""
    vocab = role_vocabulary()
    words = sorted(vocab.coordinating_words, key=len, reverse=True)
    if not words:
        return re.compile("(?!)")
    cues = sorted(vocab.obligation_cues, key=len, reverse=True)
    ends = sorted(vocab.coordinating_ends, key=len, reverse=True)
    tail = f"{'|'.join(spaced(w) for w in ends)}|" if ends else ""
    return re.compile(
        rf"(?:(?:{'|'.join(map(re.escape, cues))})\s*+){{0,2}}(?:{'|'.join(spaced(w) for w in words)})"
        rf"(?:{tail}[\s，,；;。]*$)"
    )


def _lead_prefix(text: str, start: int, end: int) -> tuple[Span, str] | None:
    """'区市场监管局牵头组织开展执法': the names and lead word opening a clause that goes on with its work, or
    '由区市场监管局会同区发改局负责推进…': the leading names, 会同 and the names they work with."""
    for m in _lead_words().finditer(text, start, min(end, start + _MAX_PREFIX)):
        if m.end() < end and not _role_noun(text, m.end(), end) and bodies_named(text, start, m.end()):
            return (start, m.end()), m.group(0)
    together = together_with(text, start, min(end, start + _MAX_PREFIX))
    if together is not None and together[0] > start and bodies_named(text, start, together[0]):
        after = together[1]
        for word in _after_partners().finditer(text, after, min(end, after + _MAX_PREFIX)):
            if cue_inside_name(text, after, word.start(), word.end()):
                continue  # 组织 inside 区委组织部
            if word.start() > after and bodies_named(text, after, word.start()):
                return (start, word.start()), TOGETHER_WITH
            break
    return None


def _role_noun(text: str, at: int, end: int) -> bool:
    """The role word ending at ``at`` is part of a noun (履行牵头职责, 发挥配合作用: roles.yaml
    role_word_nouns): it names no role of the words before it."""
    return text.startswith(role_vocabulary().role_word_nouns, at, end)


@cache
def _support_words_after() -> re.Pattern[str]:
    return _words(("support",))


def _support_prefix(text: str, start: int, end: int, *, alone: bool = False) -> tuple[int, str] | None:
    """'县文旅局、县农业农村局配合开展专项整治' after 'A牵头，': the end of the names and support word
    opening a clause that goes on with the work they help with, and the word. ``alone`` (no run before
    the clause: '县法院配合做好诉调对接工作'): only when the work opens with a cue, an onset or a verb after
    the word, or after a shorter support word standing there ('配合|落实风险补偿资金', not
    '配合落实|风险补偿资金')."""
    for m in _support_words_after().finditer(text, start, min(end, start + _MAX_PREFIX)):
        if (
            m.start() > start
            and m.end() < end
            and _may_end_before(text, start, m.start())  # a quick test first
            and not _role_noun(text, m.end(), end)
            and bodies_named(text, start, m.end())
        ):
            if not alone:
                return m.end(), squeeze(m.group(0))
            for word in _each_support_word():
                at = word.match(text, m.start(), m.end())
                if at is not None and at.end() < end and opens_predicate(text, at.end(), end):
                    return at.end(), squeeze(at.group(0))
            return None
    return None


def _may_end_before(text: str, start: int, at: int) -> bool:
    """The words before a support word at ``at`` may end a list of names, past the list's separators and
    brackets opened before the word (a closing 等, or a role word of a name before: 县科技局牵头、配合…):
    the quick test before they are parsed."""
    end = at
    while end > start and text[end - 1] in "、，, \u3000（(〔【[":
        end -= 1
    if end <= start:
        return False
    last = text[end - 1]
    return last == "等" or may_end_role_word(last) or may_end_names(text, start, end)


@cache
def _each_support_word() -> list[re.Pattern[str]]:
    """Each support word that makes helpers of the names before it with no lead (roles.yaml helpers_alone)
    as a pattern of its own, longest first."""
    words = sorted(role_vocabulary().helpers_alone, key=len, reverse=True)
    return [re.compile(spaced(w)) for w in words]


@cache
def _after_partners() -> re.Pattern[str]:
    """What ends the names after 会同: a role word or an obligation cue (负责, 共同, 做好 …)."""
    words = {e.text for e in role_vocabulary().suffixes} | set(role_vocabulary().obligation_cues)
    words.discard(TOGETHER_WITH)
    return re.compile(spaced_words(words))


@dataclass
class _Run:
    first: int  # clause indices, inclusive
    last: int
    words: list[str]
    led_by: Span | None = None  # names and lead word of a clause that goes on with its work
    lead_word: str = ""  # 牵头, or 会同 for 'A会同B负责…'
    scope: Scope | None = None  # opened by 以上任务 / 上述工作…
    #: the names after 配合 in the run's last clause ('考核办法配合县财政局制定')
    supported: Span | None = None
    #: the bodies before 配合 in that clause ('区科技局配合区财政局做好…'): they support, the names after lead
    helpers: Span | None = None
    #: where the names of the run's last clause end when the clause goes on with their work after its role
    #: word ('县文旅局配合开展专项整治': after 配合); the run ends there
    names_end: int | None = None
    #: the units a partner word names after the lead ('A牵头会同B开展…', 'A牵头，联合B开展…'): they support
    partners: tuple[Named, ...] = ()
    #: opened by names alone before a clause of helpers ('区科技局、区工信局，区市场监管局配合')
    names_first: bool = False


def _supported(text: str, start: int, end: int) -> tuple[Span, str, Span | None] | None:
    """'考核办法配合县财政局制定': the names a support word (roles.yaml support_before_names) stands before in
    a clause that goes on with its work after them, and the word; with the bodies standing before the word
    when there are any ('区科技局配合区财政局做好…', 'A协助B开展…': A helps B, who carries the work).
    Nothing when the words before it look like a body but are not a list of bodies."""
    words = role_vocabulary().support_before_names
    for m in _support_words().finditer(text, start, min(end, start + _MAX_PREFIX)):
        helpers: Span | None = None
        before = m.start()
        exhorted = exhortation_end()
        if exhorted is not None and (modal := exhorted.search(text, start, before)) is not None:
            before = modal.start()  # 县市场监管局要配合县委宣传部做好…: the modal is the helpers'
        if before > start and looks_like_agency(squeeze(text[start:before])):
            if not bodies_named(text, start, before, cueless_subject):
                return None
            helpers = (start, before)
        after = m.end()
        stops = [
            k
            for k in range(min(end - 1, after + _MAX_PREFIX), after + 1, -1)
            if may_end_names(text, after, k) and bodies_named(text, after, k, cueless_subject)
        ]
        # the longest names followed by their work's verb or cue (县市场监管局|开展打击侵权假冒行动, not
        # 县市场监管局开展打击侵权假冒行|动, whose 行 ends a bank's name), else the longest
        stop = next((k for k in stops if opens_predicate(text, k, end)), stops[0]) if stops else None
        if stop is not None and not text.startswith(words, stop):
            return (after, stop), squeeze(m.group(0)), helpers
        if helpers is not None:
            return None
    return None


#: What parts a note giving each unit its own work (县人民法院负责审理、县司法局负责调解).
_PARTS = "、，,；;"


def divided_work(text: str, start: int, end: int) -> tuple[list[Mention], list[str]] | None:
    """'县人民法院负责审理、县司法局负责调解', '县市场监管局负责执法，县公安局负责刑事打击': a note giving
    each unit its own work, every part opening with bodies and a role word (names alone may stand before a
    part's, joined by 、); each part's bodies take the role the word gives them alone, as in a note of that
    part alone. The mentions and each part's word; None unless there are two parts or more, each read so."""
    parts = split_top_level(text, start, end, _PARTS)
    if len(parts) < 2:
        return None
    mentions: list[Mention] = []
    words: list[str] = []
    carrying: set[Span] = set()  # the bodies of a part its role word closes, work of its own after none
    coordinating: set[Span] = set()  # the bodies of a part whose work is coordinating it (负责统筹, 负责组织)
    overseers = 0  # parts of a body overseeing the work (区政府督查室负责督查): no unit
    names_from: int | None = None  # where names without a role word of their own begin (A、B负责…)
    for part in parts:
        s, e = trim(text, *part)
        m = _role_words().search(text, s, min(e, s + _MAX_PREFIX))
        if m is None:
            if s >= e or not bodies_named(text, s, e):
                return None
            names_from = s if names_from is None else names_from
            continue
        first = s if names_from is None else names_from
        names_from = None
        if m.start() <= s or not bodies_named(text, first, m.start()):
            return None
        found, _ = parse_agency_list(text, first, m.end())
        if not found:
            return None
        words.append(squeeze(m.group(0)))
        if oversees(text, m.start(), e, cued=True):
            overseers += 1
            continue  # （…，区政府督查室负责督查）: an overseer, no unit
        mentions += found
        if coordinates(text, m.start(), e):
            coordinating.update(f.span for f in found if f.role != "support")
        if trim(text, m.end(), e)[0] >= e:
            carrying.update(f.span for f in found if f.role != "support")  # not 县法院配合: a helper
    if names_from is not None or not mentions or len(mentions) + overseers < 2:
        return None
    roles = {m.role for m in mentions}
    if "lead" not in roles and coordinating and len(coordinating) < len(mentions):
        # （市工信局负责统筹，市市场监管局具体实施）: the body coordinating the work leads it, those carrying
        # it out help it, as in a sentence
        mentions = [
            Mention(m.span, "lead" if m.span in coordinating else "support", m.name) for m in mentions
        ]
    elif "lead" not in roles and carrying and len(carrying) < len(mentions):
        # （县科技局负责，县财政局落实奖补资金）: the body answering for the whole task leads, the one doing a
        # part of it (its work written after its word) takes part, as after 县科技局负责 in a sentence
        mentions = [
            m if m.role == "support" else Mention(m.span, "lead" if m.span in carrying else "support", m.name)
            for m in mentions
        ]
    elif (
        "support" in roles and "lead" not in roles
    ):  # （A负责执法，B配合开展…）: those B supports lead, as in a list
        mentions = [m if m.role == "support" else Mention(m.span, "lead", m.name) for m in mentions]
    elif "lead" in roles:  # （A牵头，B落实奖补资金）: beside a named lead the others carrying work help it
        mentions = [
            m if m.role in ("lead", "support") else Mention(m.span, "support", m.name) for m in mentions
        ]
    return mentions, words


@cache
def _support_words() -> re.Pattern[str]:
    """The words before names that make them supporters (roles.yaml support_before_names)."""
    words = role_vocabulary().support_before_names
    return re.compile("|".join(spaced(w) for w in sorted(words, key=len, reverse=True)) or "(?!)")


def _form(text: str, run: _Run) -> str:
    """'…牵头，…配合'; a lead that goes on with its work is shown as '…牵头…'."""
    lead = [f"…{run.lead_word}…"] if run.led_by is not None else []
    return "，".join(lead + [f"…{w}" for w in run.words])


def _runs(text: str, clauses: list[Span]) -> list[_Run]:
    """Maximal runs of consecutive role clauses, each possibly opened by a lead-prefix clause."""
    runs: list[_Run] = []
    for i, (s, e) in enumerate(clauses):
        if (
            _role_words().search(text, s, e) is None
            and text.find(TOGETHER_WITH, s, e) < 0
            and not _led(runs, i)
        ):
            if _names_before_helpers(text, clauses, i):
                runs.append(_Run(i, i, [], names_first=True))  # 区科技局、区工信局，区市场监管局配合。
            continue  # no role word closing it, no lead word or 会同 opening it, no partners after a lead
        s = skip_lead_in(text, s, e)
        scope = scope_at(text, s, e)
        s = scope.end if scope else s
        closed = closing_role(text, s, e)
        if (
            runs
            and runs[-1].names_first
            and runs[-1].last == i - 1
            and (closed is None or not _shares_or_helps(closed))
        ):
            runs.pop()  # names alone before no clause of helpers: no run
        if closed is not None:
            word = closed[2]
            if runs and runs[-1].last == i - 1 and scope is None and runs[-1].names_end is None:
                runs[-1].last = i
                runs[-1].words.append(word)
            elif i and scope is None and framed_alone(text, clauses[i - 1]) is not None:
                # 在A指导下，B具体实施。: the guides' clause opens the run
                runs.append(_Run(i - 1, i, [word]))
            else:
                runs.append(_Run(i, i, [word], scope=scope))
        elif (prefix := _lead_prefix(text, s, e)) is not None:
            run = _Run(i, i, [], prefix[0], prefix[1], scope=scope)
            if prefix[1] != TOGETHER_WITH:  # 'A牵头会同B开展…'
                run.partners = partners_after(text, prefix[0][1], e)
            runs.append(run)
        elif _led(runs, i) and scope is None and (partners := partners_after(text, s, e)):
            runs[-1].partners = partners  # 由A牵头，会同B开展…: the run ends with B, before the work
        elif _led(runs, i) and scope is None and _names_before_role(text, clauses, i):
            # A牵头，B、C，各区政府按职责分工负责: names alone between the lead and the clause closing with
            # their role word, parted from it by a comma as the levels are
            runs[-1].last = i
        elif (supported := _supported(text, s, e)) is not None:
            names, word, helpers = supported
            if (
                runs
                and runs[-1].last == i - 1
                and runs[-1].supported is None
                and scope is None
                and not helpers
            ):
                runs[-1].last = i  # 由县委组织部牵头，配合县财政局制定
                runs[-1].words.append(word)
                runs[-1].supported = names
            else:
                runs.append(_Run(i, i, [word], scope=scope, supported=names, helpers=helpers))
        elif _open(runs, i) and scope is None and (helping := _support_prefix(text, s, e)) is not None:
            runs[-1].last = i  # 县市场监管局牵头，县文旅局配合开展专项整治: the helpers, then their work
            runs[-1].names_end, word = helping
            runs[-1].words.append(word)
        elif (helping := _support_prefix(text, s, e, alone=True)) is not None:
            # 县法院配合做好诉调对接工作: helpers alone, then their work
            runs.append(_Run(i, i, [helping[1]], scope=scope, names_end=helping[0]))
    return runs


#: The longest list of names read as led by the helpers after it (a few units, not a paragraph of them).
_MAX_NAMES_FIRST = 80


def _names_before_role(text: str, clauses: list[Span], i: int) -> bool:
    """Clause ``i`` is names alone, and the clause after it closes with a role word (…牵头，B、C，各区政府按
    职责分工负责): the names share that word, the comma between them parting levels (agency_lists)."""
    if i + 1 >= len(clauses):
        return False
    s, e = trim(text, *clauses[i])
    return (
        0 < e - s <= _MAX_NAMES_FIRST
        and _role_words().search(text, s, e) is None  # 县政府督查室负责跟踪督办: a body's own part
        and may_end_names(text, s, e)
        and closing_role(text, *trim(text, *clauses[i + 1])) is not None
        and bool(bodies_named(text, s, e, cueless_subject))
    )


def _names_before_helpers(text: str, clauses: list[Span], i: int) -> bool:
    """Clause ``i`` may open its sentence with names alone before a clause of helpers closing with their
    support word (区科技局、区工信局，区市场监管局配合。): the names are those the helpers support, as in a
    note (（区科技局、区工信局，区市场监管局配合）), and lead; or before the places below sharing the work
    by duty (市高级人民法院，各区人民法院按职责分工负责。), sharing it with them, or before bodies of its own
    level sharing it (市知识产权局，各有关部门按职责分工负责。), leading them as in a note. The run it opens
    is read only if the next clause is such helpers or sharers (``_runs``, ``_names_first_read``)."""
    if i != 0 or len(clauses) < 2:
        return False
    s, e = trim(text, skip_lead_in(text, *clauses[0]), clauses[0][1])
    return (
        0 < e - s <= _MAX_NAMES_FIRST
        and may_end_names(text, s, e)
        and _helpers_or_levels_after(text, clauses[1])
        and bool(bodies_named(text, s, e, cueless_subject))  # 推动设立调解委员会，县司法局指导: work
    )


def _helpers_or_levels_after(text: str, clause: Span) -> bool:
    """``clause`` closes with a support word, or is bodies sharing the work by duty (市高级人民法院，各区人民
    法院按职责分工负责。; 市知识产权局，市市场监管局按职责分工负责。): names alone before it then head its
    run."""
    s, e = trim(text, *clause)
    if text.endswith(_support_endings(), s, e):
        return True
    closed = closing_role(text, s, e) if text.endswith(_shared_endings(), s, e) else None
    return closed is not None and _shares_or_helps(closed)


def _shares_or_helps(closed: tuple[list[Mention], str, str]) -> bool:
    """A clause's names closed by their role word are helpers, or bodies sharing the work by duty: the places
    below (市高级人民法院，各区人民法院按职责分工负责。: joint, agency_lists._levels_parted) or bodies of the
    plan's own level (市知识产权局，市市场监管局按职责分工负责。), the comma weighed as in a note."""
    return closed[1] in ("support", "shared")


@cache
def _support_endings() -> tuple[str, ...]:
    """The support words (配合, 协助 …) that may close a clause of helpers."""
    return tuple(e.text for e in role_vocabulary().suffixes if e.role == "support")


@cache
def _shared_endings() -> tuple[str, ...]:
    """The words of sharing the work by duty (按职责分工负责 …) closing a clause of the places below."""
    return tuple(e.text for e in role_vocabulary().suffixes if e.role == "shared")


def _names_first_read(run: _Run, mentions: list[Mention]) -> bool:
    """A run opened by names alone (``_names_before_helpers``) is read when the clause after them joined it
    and named helpers (those of the plan's own level sharing the work after the comma among them), or the
    places below sharing the work with them (all joint)."""
    return run.last > run.first and (
        any(m.role == "support" for m in mentions) or all(m.role == "joint" for m in mentions)
    )


#: The word that may stand before the bodies of a role clause (…，由区财政局配合。).
_BY = "由"


def _helpers(text: str, span: Span, mentions: list[Mention]) -> bool:
    """The run names helpers alone, bodies each opening and ending like one (not 高校院所), the first
    opening the run, or following its opening 由 (…，由区财政局保障经费); not 加强与区检察院协同: a partner
    of the work, no role. A body one of several share a list's words for is judged by the name it stands
    for (县科技、工信等部门配合，开展…: 县工信部门, where the words 县科技、工信 end like no body)."""
    if not mentions:
        return False
    opens = span[0]
    if text.startswith(_BY, opens, span[1]):
        opens = trim(text, opens + len(_BY), span[1])[0]
    return mentions[0].span[0] in (span[0], opens) and all(
        m.role == "support" and passes(text, m, cueless_subject) for m in mentions
    )


def _open(runs: list[_Run], i: int) -> bool:
    """The last run ends with the clause before clause ``i`` and is open still: a clause of helpers going
    on with their work may close it (…牵头，B配合开展…; …，A指导，B配合做好…)."""
    if not runs or runs[-1].last != i - 1 or runs[-1].names_end is not None or runs[-1].supported is not None:
        return False
    return not runs[-1].partners and (runs[-1].led_by is not None or bool(runs[-1].words))


def _led(runs: list[_Run], i: int) -> bool:
    """The last run, open still before clause ``i``, names a lead: a clause opening with a partner word and
    units (，会同B开展…) may close it with those units."""
    if not _open(runs, i):
        return False
    return runs[-1].led_by is not None or any(w in _lead_word_set() for w in runs[-1].words)


@cache
def _lead_word_set() -> frozenset[str]:
    """The lead role words (牵头, 牵头负责 …)."""
    return frozenset(e.text for e in role_vocabulary().suffixes if e.role == "lead")


def _mentions(text: str, run: _Run, clauses: list[Span], first_is_lead: bool) -> tuple[Span, list[Mention]]:
    """The run's evidence span and its mentions with roles."""
    if run.partners:  # the units after the lead's partner word support it
        span, mentions = _mentions(text, replace(run, partners=()), clauses, first_is_lead)
        partners = [Mention(p, "support", name) for p, name in run.partners]
        return (span[0], max(span[1], run.partners[-1][0][1])), mentions + partners
    if run.supported is not None:  # the names after 配合 support; those of the clauses before keep theirs
        role = "support" if run.helpers is None else "lead"  # 区科技局配合区财政局做好…: the names after lead
        named = [Mention(m.span, role, m.name) for m in parse_agency_list(text, *run.supported)[0]]
        if run.helpers is not None:  # the bodies before the word help them
            named = [
                Mention(m.span, "support", m.name) for m in parse_agency_list(text, *run.helpers)[0]
            ] + named
        if run.first == run.last:
            return trim(text, skip_lead_in(text, *clauses[run.first]), clauses[run.last][1]), named
        before = _Run(run.first, run.last - 1, run.words[:-1], run.led_by, run.lead_word, run.scope)
        span, mentions = _mentions(text, before, clauses, first_is_lead)
        return (span[0], trim(text, *clauses[run.last])[1]), mentions + named
    end = clauses[run.last][1] if run.names_end is None else run.names_end
    if run.led_by is None:
        span = trim(text, skip_lead_in(text, *clauses[run.first]), end)
        names = scope.end if (scope := scope_at(text, *span)) else span[0]
        return span, parse_agency_list(text, names, end, first_is_lead=first_is_lead)[0]
    lead, _ = parse_agency_list(text, *run.led_by)
    if run.last == run.first:
        return trim(text, *run.led_by), lead
    rest, _ = parse_agency_list(text, skip_lead_in(text, *clauses[run.first + 1]), end)
    # After a named lead, every other unit supports (as in an annotation with a lead).
    rest = [m if m.role in ("lead", "support") else Mention(m.span, "support", m.name) for m in rest]
    return trim(text, run.led_by[0], end), lead + rest


def find_role_clauses(
    text: str, start: int, end: int, taken: SpanSet, *, first_is_lead: bool = False
) -> list[Annotation]:
    """Role clauses in ``text[start:end]`` outside the spans already ``taken`` by other annotations."""
    if _role_words().search(text, start, end) is None:
        return []
    found: list[Annotation] = []
    for sentence in split_top_level(text, start, end, _SENTENCE):
        if _role_words().search(text, *sentence) is None:
            continue
        sentence = _before_lead_in_colon(text, *sentence)
        clauses = _clauses(text, sentence)
        led: frozenset[Span] = frozenset()  # the leads the sentence's runs have named so far
        runs = _runs(text, clauses)
        if runs and len(clauses) > 1 and (own := _with_own_work(text, clauses, runs, first_is_lead)):
            if not taken.overlaps(*own[0].span):
                found.append(own[0])
            runs = own[1]
        for run in runs:
            span, mentions = _mentions(text, run, clauses, first_is_lead)
            if taken.overlaps(*span) or (run.names_first and not _names_first_read(run, mentions)):
                continue
            if holds_first_line_note(text, *span):  # 第一行为牵头单位，第二行为配合单位: lines of a cell
                continue
            whole = run.led_by is None and (span[0], span[1]) == (skip_lead_in(text, *sentence), sentence[1])
            if coordinator := _coordinator(text, sentence, clauses, run):
                # 市商务局负责统筹，市文旅局、市市场监管局抓好落实: the coordinator leads, the doers support
                span = (coordinator[0].span[0], span[1])
                mentions = coordinator + [Mention(m.span, "support", m.name) for m in mentions]
            # '一是培育高价值专利组合，市科技局负责；': names closing the sentence after its work, or opening
            # it before the work ('县人民法院负责，完善审判机制')
            closing = _closes_work(text, sentence, clauses, run) or _opens_work(text, clauses, run)
            # helpers alone (…，A指导，B配合做好…): no prose rule reads a body closed by 配合, so the run
            # keeps them, unless they close a sentence obliging one subject before them (A负责执法，B配合。:
            # the prose rule reads both, A leading); a run of bodies that carry the work (…，区科技局负责，…)
            # is left to the prose rules
            helpers = (
                run.supported is None
                and _helpers(text, span, mentions)
                and not helps_one_subject(text, sentence, mentions, led)
            )
            led |= {m.span for m in mentions if m.role == "lead"}
            if not (whole or closing or helpers) and not any(m.role == "lead" for m in mentions):
                continue
            found.append(
                Annotation(
                    span,
                    _form(text, run),
                    tuple(mentions),
                    inline=not whole and run.scope is None,
                    covers_preceding=run.scope is not None,
                    covers_count=run.scope.count if run.scope else None,
                    role_sentence=whole,
                )
            )
    return found


def _before_lead_in_colon(text: str, start: int, end: int) -> Span:
    """``text[start:end]`` without the colon closing it when it points at what follows (以下任务由区市场监管局
    负责：, a note over the items below)."""
    if end > start and text[end - 1] in "：:" and text.startswith(FOLLOWING, start, end):
        return trim(text, start, end - 1)
    return start, end


def _clauses(text: str, sentence: Span) -> list[Span]:
    """The comma clauses of ``sentence``, a dash outside brackets parting them as a comma does
    (区农业农村局牵头——区市场监管局配合, （责任单位：区科技局）——区工信局配合)."""
    clauses = split_top_level(text, sentence[0], sentence[1], _COMMA)
    if not has_dash(text, *sentence):  # most sentences: no dash
        return clauses
    return [piece for clause in clauses for piece in split_at_dashes(text, clause)]


def _names_alone(run: _Run) -> bool:
    """Every clause of ``run`` is names closed by their role word (县科技局牵头, 县工信局配合)."""
    return (
        run.led_by is None
        and run.names_end is None
        and run.supported is None
        and not run.partners
        and run.scope is None
        and not run.names_first
    )


def _own_work_before(text: str, clauses: list[Span]) -> bool:
    """Every one of ``clauses`` (those before a sentence's role clauses) opens with bodies and their own
    work, none coordinating the work (市商务局负责统筹: the coordinator, ``_coordinator``)."""
    for clause in clauses:
        named = leading_bodies(text, *clause)
        if not named or coordinates(text, named[-1][0][1], clause[1]):
            return False
    return True


def _with_own_work(
    text: str, clauses: list[Span], runs: list[_Run], first_is_lead: bool
) -> tuple[Annotation, list[_Run]] | None:
    """'县科技局牵头，县财政局跟踪问效，县工信局配合。', '县科技局负责，县财政局给予资金支持。': from a role
    clause of names alone to the sentence's end, every clause is one too or opens with bodies and their own
    work (own_work): one note of them all, those bodies supporting the one carrying the work. The note and
    the runs before it; None for any other sentence."""
    first = next((k for k, run in enumerate(runs) if _names_alone(run)), None)
    if first is None:
        return None
    tail = runs[first:]
    if not all(_names_alone(run) for run in tail):
        return None
    # with no lead named, units sharing the work by their duties (按职责分工负责) carry none of it beside a
    # body of its own work (…由各责任单位按照职责分工抓好落实，区督查室负责跟踪督办)
    led = any(w in _lead_word_set() for run in tail for w in run.words)
    shared = not led and any(_shared_words().intersection(run.words) for run in tail)
    if shared and any(_gathered(text, run, clauses, first_is_lead) for run in tail):
        return None  # bodies named one by one share it (A、B按职责分工负责，C提供法律支持): C supports them
    in_runs = {i for run in tail for i in range(run.first, run.last + 1)}
    start = tail[0].first
    if first == 0 and start > 0 and _own_work_before(text, clauses[:start]):
        if shared:  # 县财政局负责落实…，县金融服务中心按职责分工负责: each answers for its own part
            return None
        start = 0  # 区委宣传部做好舆论引导，区市场监管局负责。: bodies with their own work open the sentence
    rest = [i for i in range(start, len(clauses)) if i not in in_runs]
    if not rest:  # most sentences of role clauses: no clause of a body's own work among them
        return None
    mentions: list[Mention] = []
    for i in rest:
        bodies = working_bodies(text, clauses[i])
        if bodies is None:
            return None
        mentions += bodies
    for run in tail:
        mentions += _mentions(text, run, clauses, first_is_lead)[1]
    read = beside_carriers(mentions)
    if not read:
        return None
    read.sort(key=lambda m: m.span)
    span = trim(text, skip_lead_in(text, *clauses[start]), clauses[-1][1])
    form = "，".join(_form(text, run) for run in tail)
    return Annotation(span, form, tuple(read), inline=True), runs[:first]


def _gathered(text: str, run: _Run, clauses: list[Span], first_is_lead: bool) -> bool:
    """The run names a collective (各责任单位, 各成员单位): the plan's units gathered, not bodies named."""
    return any(
        collective_type(m.name or text[m.span[0] : m.span[1]]) is not None
        for m in _mentions(text, run, clauses, first_is_lead)[1]
    )


def work_words(text: str, start: int, end: int) -> Span:
    """A sentence's words of work, without the role clauses opening or closing it (由县市场监管局牵头，县公安
    局配合，开展…: from 开展; 开展…行动，县市场监管局牵头，县公安局配合: up to 行动) and the commas beside
    them; ``(start, end)`` when none does, or when nothing else is left."""
    # never inside a bracket (开展…行动（区商务局牵头，…参与）: a note, read as one)
    bracket = min((at for at in (text.find(o, start, end) for o in "（(") if at >= 0), default=end)
    first = min((at for at in (text.find(c, start, bracket) for c in "，,") if at >= 0), default=-1)
    if first < 0:
        return start, end  # one clause: the work, or the roles alone
    # the cheap tests first (most titles name no role): a role word in the first clause or in the last
    last = max(text.rfind("，", start, bracket), text.rfind(",", start, bracket))
    if _role_words().search(text, start, first) is None and (
        bracket < end or _role_words().search(text, last, bracket) is None
    ):
        return start, end
    found = find_role_clauses(text, start, bracket, SpanSet())
    s, e = start, end
    if found and found[0].span[0] == start:
        s = trim(text, found[0].span[1], end)[0]
        s += 1 if s < end and text[s] in "，," else 0
    if found and found[-1].span[1] >= trim(text, start, end)[1] and found[-1].span[0] > s and bracket == end:
        e = found[-1].span[0]
        while e > s and text[e - 1] in "，, \u3000":
            e -= 1
    s, e = trim(text, s, e)
    return (s, e) if s < e else (start, end)
