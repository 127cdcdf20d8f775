"""The citation rules of ``ontology/data/citations.yaml``, compiled once: document classes, publish cues,
issuer names, short-title cues and lead-in verbs."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ontology.vocab import citation_vocabulary

#: Characters looked at around a citation for a publish cue (or before a short title for a 简称 cue).
CUE_WINDOW = 16


@dataclass(frozen=True)
class CitationRules:
    classes: tuple[tuple[str, re.Pattern[str]], ...]
    publish_before: re.Pattern[str]
    publish_after: re.Pattern[str]
    publish_hedge: re.Pattern[str]  # before a publish cue: 推动(出台), 研究(制定)
    #: before a title whose publish cue follows it, a verb between allowed (配合做好《…》的起草)
    publish_hedge_near: re.Pattern[str]
    derived_after: re.Pattern[str]
    issuer: re.Pattern[str]
    issuers: re.Pattern[str]  # one issuer or several joined (中共中央、国务院; 吉林省知识产权局 吉林省财政厅)
    title_issuer_before: tuple[str, ...]
    short_cue: re.Pattern[str]
    lead_in: re.Pattern[str]
    quoted_cue: re.Pattern[str]  # before a title in quote marks: a cue ending there
    quoted_end: re.Pattern[str]  # the words of a title in quote marks end as a document's do
    number_breaks: re.Pattern[str]  # words before a cited number's issuer abbreviation (number_issuers)
    issued_before: re.Pattern[str]  # a cue ending right before titles issued together (issued_together)
    issued_after: re.Pattern[str]  # a cue after them in the same sentence
    #: (kind, words ending right before a 《, words opening right after a 》) naming what a title is
    contexts: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...]
    issuer_tail: re.Pattern[str]  # words closing a lead body's name when others issued with it (等六部门)


#: Most characters of a verb between a hedge and the title whose publish cue follows it (配合做好《…》的起草).
_HEDGE_GAP = 2
#: White space inside a line, and at most one line break: where a PDF's text wraps a phrase.
WRAP = r"[^\S\n]*+(?:\n[^\S\n]*+)?"


def _wrapped(words: tuple[str, ...]) -> tuple[str, ...]:
    """Cue words as patterns that match them wrapped (印\n发): a plain word's characters joined by ``WRAP``;
    a word written as a pattern stays as written."""
    return tuple(WRAP.join(w) if re.escape(w) == w else w for w in words)


def _any(patterns: tuple[str, ...]) -> str:
    return "|".join(f"(?:{p})" for p in patterns) or "(?!)"


@cache
def citation_rules() -> CitationRules:
    vocab = citation_vocabulary()
    quoted = vocab.quoted_titles
    breaks = vocab.number_issuers.breaks if vocab.number_issuers else ()
    together = vocab.issued_together
    reach = together.reach if together else 0
    lead_ins = "|".join(re.escape(w) for w in sorted(vocab.lead_ins, key=len, reverse=True)) or "(?!)"
    return CitationRules(
        classes=tuple((c.id, re.compile(_any(c.patterns))) for c in vocab.classes),
        publish_before=re.compile(rf"(?:{_any(vocab.publish_before)})[^\S\n]*$"),
        publish_after=re.compile(rf"[^\S\n]*(?:{_any(vocab.publish_after)})"),
        # a hedge, then maybe other cues (推动制定出台《…》): the last cue's start is where it must end
        publish_hedge=re.compile(
            rf"(?:{_any(vocab.publish_hedges)})(?:[^\S\n]*(?:{_any(vocab.publish_before)}))*[^\S\n]*$"
        ),
        publish_hedge_near=re.compile(
            rf"(?:{_any(vocab.publish_hedges)})[\u4e00-\u9fa5]{{0,{_HEDGE_GAP}}}[^\S\n]*$"
        ),
        derived_after=re.compile(rf"[^\S\n]*(?:{_any(vocab.derived_after)})"),
        issuer=re.compile(vocab.issuer),
        issuers=re.compile(rf"(?:{vocab.issuer})(?:[、和 \u3000]?(?:{vocab.issuer}))*"),
        title_issuer_before=vocab.title_issuer_before,
        short_cue=re.compile(rf"(?:{_any(vocab.short_titles.cues)})[^\S\n]*[“\"「]?[^\S\n]*$"),
        lead_in=re.compile(rf".*?(?:{lead_ins})+"),
        quoted_cue=re.compile(rf"(?:{_any(quoted.cues if quoted else ())})[^\S\n]*$"),
        quoted_end=re.compile(_any(quoted.ends if quoted else ())),
        # a PDF's lines may break inside the cue or between it and the titles (现印\n发给你们)
        issued_before=re.compile(rf"(?:{_any(together.before if together else ())}){WRAP}$"),
        issued_after=re.compile(
            rf"(?:[^。；;\n]|\n(?![^\S\n]*\n)){{0,{reach}}}?"
            rf"(?:{_any(_wrapped(together.after if together else ()))})"
        ),
        number_breaks=re.compile(
            "|".join(re.escape(w) for w in sorted(breaks, key=len, reverse=True)) if breaks else "(?!)"
        ),
        contexts=tuple(
            (
                c.kind,
                re.compile(rf"(?:{_any(c.before)})[^\S\n]*$"),
                re.compile(rf"[^\S\n]*(?:{_any(c.after)})"),
            )
            for c in vocab.title_contexts
        ),
        issuer_tail=re.compile(rf"(?:{vocab.issuer_tail or '(?!)'})$"),
    )


#: Most characters of the words closing a lead body's name (等十七部门联合).
_TAIL_REACH = 12


def before_issuer_tail(text: str, end: int) -> int:
    """Where the words closing a lead body's name before ``end`` start (陕西省市场监督管理局等六部门:
    citations.yaml issuer_tail), the body's name ending there; ``end`` when no such words end there."""
    tail = citation_rules().issuer_tail.search(text, max(0, end - _TAIL_REACH), end)
    return tail.start() if tail is not None else end
