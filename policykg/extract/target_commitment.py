"""How firmly a prose target is promised: stretch (力争, 争取: striven for) or assured (确保: a floor the plan
guarantees), added to its flags from the words of ``commitment_words`` (ontology/data/targets.yaml).

A word heading its sentence (at its start or after a colon, times alone before it: 到2027年，力争…)
speaks for every clause after it in the sentence; any other word, one opening a later clause (…，确保知识产权
质押融资登记金额不少于2亿元，…) or one after its clause's subject (有效发明专利拥有量确保不低于600件), for its
own clause alone. Going back from a target's value, the first word of its sentence that speaks for it decides
(力争发明专利授权量达到1500件，确保不低于1200件 → 1500 stretch, 1200 assured; 到2025年，力争全县专利授权量达到
1000件，商标注册量达到5000件 → both stretch). A target whose sentence
has none takes the word of a lead-in above it: a paragraph of its section ending with a colon
(力争通过三年的努力，到2023年，重点实现以下目标：) speaks for the paragraphs after it there, those of the
items numbered under it too. A word after
为 or 以 is a purpose (为确保各项任务落实：), no promise. Table targets keep their table's own 属性 (binding,
expected) and baselines none."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache

from ontology.vocab_targets import target_vocabulary
from policykg.extract.structure import Structure
from policykg.models import Target

#: What ends a sentence for a word before a target (a line too: a list item is its own sentence).
_SENTENCE_END = re.compile(r"[。！？!?\n]")
_COLONS = ("：", ":")
#: What ends a clause.
_CLAUSE_END = re.compile(r"[，,；;：:]")
#: What may stand between a sentence's start and a word that still heads it (到2027年，力争…): times alone.
_HEADING = re.compile(r"(?:\s*(?:(?:到|至|在)?\d{4}年(?:底|末|前)?|全年|年内|今年)\s*[，,]?)*\s*")
#: Where a sentence starts for a word heading it (a colon too: 主要目标是：力争…).
_HEAD_START = re.compile(r"[。！？!?\n：:]")
#: The farthest a word may stand before a target's value and still be in its sentence (linear on any input).
_REACH = 400


@cache
def _words() -> tuple[re.Pattern[str], dict[str, str], str]:
    vocabulary = target_vocabulary()
    flags: dict[str, str] = {w.text: w.flag for w in vocabulary.commitment_words}
    ordered = sorted(flags, key=len, reverse=True)  # the longest word where two begin at one place
    pattern = re.compile("|".join(map(re.escape, ordered)) or "(?!)")
    return pattern, flags, vocabulary.commitment_not_after


def mark_commitments(text: str, structure: Structure, targets: list[Target]) -> None:
    """Add ``stretch`` or ``assured`` to the flags of the prose targets of ``targets`` promised so, in place:
    they are the document's own, just made (a copy of each flagged target cost 1 % of the extraction)."""
    pattern, flags, not_after = _words()
    if not targets or pattern.search(text) is None:
        return  # the common case: no such word in the plan
    # every word of the plan, once: where it stands and what it flags (a purpose, 为确保, flags nothing)
    cues = [
        (m.start(), flags[m.group()])
        for m in pattern.finditer(text)
        if m.start() == 0 or text[m.start() - 1] not in not_after
    ]
    at = [position for position, _ in cues]
    heads = [_heads_sentence(text, position) for position in at]
    inherited: dict[int, str] | None = None  # the lead-ins, read when a target's sentence has no word
    starts: list[int] = []
    for target in targets:
        flag = None
        if target.source == "prose" and target.kind == "target":
            start, end = target.span
            index = bisect_left(at, end) - 1  # the last word before the value's end
            while (
                index >= 0
                and start - at[index] <= _REACH
                and not _SENTENCE_END.search(text, at[index], start)
            ):
                if heads[index] or not _CLAUSE_END.search(text, at[index], start):
                    flag = cues[index][1]  # the sentence's word for it: its clause's, or the sentence's head
                    break
                index -= 1  # a word inside an earlier clause speaks for that clause alone
            if flag is None:
                if inherited is None:
                    inherited, starts = (
                        _lead_ins(text, structure, cues, at),
                        [p.span[0] for p in structure.paragraphs],
                    )
                flag = inherited.get(bisect_right(starts, start) - 1)
        if flag is not None and flag not in target.flags:
            target.flags = [*target.flags, flag]


def _heads_sentence(text: str, position: int) -> bool:
    """Whether the word at ``position`` heads its sentence: nothing but times before it since the sentence
    (or a colon) began."""
    window = max(0, position - 24)
    begins = [found.end() for found in _HEAD_START.finditer(text, window, position)]
    if not begins and window > 0:
        return False  # no sentence start near: words stand before it
    return _HEADING.fullmatch(text, begins[-1] if begins else 0, position) is not None


def _within(structure: Structure, unit: int | None, ancestor: int | None) -> bool:
    """``unit`` is ``ancestor`` or one of the units numbered under it (1.… under the lead-in's 一、…)."""
    while unit is not None and unit != ancestor:
        unit = structure.units[unit].parent
    return unit == ancestor


def _lead_ins(text: str, structure: Structure, cues: list[tuple[int, str]], at: list[int]) -> dict[int, str]:
    """Paragraph index → the flag of a lead-in ending with a colon above it in the same unit or one under
    it (its list numbered 1.…, （一）…) (``at``: where each of ``cues`` stands)."""
    inherited: dict[int, str] = {}
    current: tuple[int | None, str] | None = None
    for index, paragraph in enumerate(structure.paragraphs):
        if current is not None and _within(structure, paragraph.unit, current[0]):
            inherited[index] = current[1]
        else:
            current = None
        start, end = paragraph.span
        while end > start and text[end - 1].isspace():
            end -= 1
        if text.endswith(_COLONS, start, end):
            last = bisect_left(at, end) - 1  # the last word, in the sentence closing with the colon
            spoken = last >= 0 and at[last] >= start and not _SENTENCE_END.search(text, at[last], end)
            current = (paragraph.unit, cues[last][1]) if spoken else None
    return inherited
