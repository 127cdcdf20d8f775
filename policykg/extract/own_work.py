"""Bodies given their own work beside role clauses: '县科技局牵头，县财政局跟踪问效，县工信局配合。',
'县科技局负责，县财政局给予资金支持。', and the same words in a note.

A clause that opens with bodies and goes on with work no role word names (跟踪问效, 给予资金支持, 做好保障)
says what those bodies do towards the task the role clauses around it assign: beside the body carrying the
work they take part (support). A body whose words oversee the work (县政府督查室督办: roles.yaml
overseeing_words) is no unit, and names exhorted (各部门要…) are nobody's.
"""

from __future__ import annotations

from ontology.vocab import role_vocabulary
from policykg.extract.agency_lists import Mention, exhortation_end
from policykg.extract.markers import skip_lead_in
from policykg.extract.obligations import leading_bodies
from policykg.extract.textspan import Span, squeeze, trim

#: Most characters between a body read short and the overseeing word closing its clause (县纪委|监委督导).
_NAME_REST = 6
#: How many characters after a body's name are read for a modal exhorting it (要, 应当 …).
_MODAL_SPAN = 4


def oversees(text: str, after: int, end: int, *, cued: bool = False) -> bool:
    """The words after a body ending at ``after`` open with an overseeing word (roles.yaml
    overseeing_words: 督导, 督办 …); with ``cued``, also after a cue (负责跟踪督办: obligation_cues)."""
    vocab = role_vocabulary()
    at, end = trim(text, after, end)
    if cued and (cue := next((c for c in vocab.obligation_cues if text.startswith(c, at, end)), None)):
        at += len(cue)
    if text.startswith(vocab.overseeing_words, at, end):
        return True
    # a name's rest before the word (县纪委监委督导: the body read as 县纪委)
    return cued and end - at <= _NAME_REST and text.endswith(vocab.overseeing_words, at, end)


def working_bodies(text: str, clause: Span) -> list[Mention] | None:
    """The bodies opening ``clause`` before their own work, as supporters ([] for an overseer: no unit);
    None when the clause opens with no body, or with bodies a modal exhorts (各有关部门要加强配合)."""
    named = leading_bodies(text, *clause)
    if not named or named[0][0][0] != trim(text, skip_lead_in(text, *clause), clause[1])[0]:
        return None  # no body opening it (商请郴州海关支持: the prose rules read a partner word's)
    after = named[-1][0][1]
    if _exhorted(text, after, clause[1]):
        return None
    if oversees(text, after, clause[1], cued=True):
        return []
    return [Mention(span, "support", name) for span, name in named]


def _exhorted(text: str, after: int, end: int) -> bool:
    """A modal opens the words after a body ending at ``after`` (roles.yaml exhortation_ends)."""
    pattern = exhortation_end()
    words = squeeze(text[after : min(end, after + _MODAL_SPAN)])
    return pattern is not None and any(pattern.search(words[:k]) for k in range(1, len(words) + 1))


#: The roles of bodies that carry the work beside the supporters a clause of their own work names.
_CARRYING = frozenset(("lead", "sole", "joint"))


def beside_carriers(mentions: list[Mention]) -> list[Mention] | None:
    """``mentions`` of role clauses and clauses of own work read together, as a note's list is: the bodies
    carrying the work lead beside the supporters (县科技局负责，县财政局给予资金支持 → lead, support); None
    when no body carries it (only helpers: 县工信局配合，县财政局跟踪问效)."""
    if not any(m.role in _CARRYING for m in mentions):
        return None
    if any(m.role == "lead" for m in mentions):
        return mentions
    return [m if m.role == "support" else Mention(m.span, "lead", m.name) for m in mentions]
