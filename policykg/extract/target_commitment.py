"""How firmly a prose target is promised: stretch (力争, 争取: striven for) or assured (确保: a floor the plan
guarantees), added to its flags from the words of ``commitment_words`` (ontology/data/targets.yaml).

The last such word before the target's value in its sentence decides (力争发明专利授权量达到1500件，确保不低于
1200件 → 1500 stretch, 1200 assured; 力争全县专利授权量达到1000件，商标注册量达到5000件 → both stretch). A
target whose sentence has none takes the word of a lead-in above it: a paragraph of its section ending with a
colon (力争通过三年的努力，到2023年，重点实现以下目标：) speaks for the paragraphs after it there. A word
after 为 or 以 is a purpose (为确保各项任务落实：), no promise. Table targets keep their table's own 属性
(binding, expected) and baselines none."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from ontology.vocab_targets import target_vocabulary
from policykg.extract.structure import Structure
from policykg.models import Target

#: What ends a sentence for a word before a target (a line too: a list item is its own sentence).
_SENTENCE_ENDS = "。！？!?\n"
_COLONS = ("：", ":")


@cache
def _words() -> tuple[re.Pattern[str], dict[str, str]]:
    vocabulary = target_vocabulary()
    flags: dict[str, str] = {w.text: w.flag for w in vocabulary.commitment_words}
    if not flags:
        return re.compile("(?!)"), flags
    ordered = sorted(flags, key=len, reverse=True)  # the longest word where two begin at one place
    not_after = vocabulary.commitment_not_after
    guard = f"(?<![{re.escape(not_after)}])" if not_after else ""
    return re.compile(guard + "(?:" + "|".join(map(re.escape, ordered)) + ")"), flags


def mark_commitments(text: str, structure: Structure, targets: list[Target]) -> list[Target]:
    """``targets`` with ``stretch`` or ``assured`` added to the flags of the prose targets promised so."""
    pattern, flags = _words()
    if not targets or pattern.search(text) is None:
        return targets  # the common case: no such word in the plan
    starts = [p.span[0] for p in structure.paragraphs]
    inherited = _lead_ins(text, structure, pattern, flags)
    out: list[Target] = []
    for target in targets:
        flag = None
        if target.source == "prose" and target.kind == "target":
            start, end = target.span
            opened = _sentence_start(text, start)
            last = _last(pattern, text, opened, end)
            if last is not None:
                flag = flags[last.group()]
            else:
                index = bisect_right(starts, start) - 1
                flag = inherited.get(index) if index >= 0 else None
        if flag is None or flag in target.flags:
            out.append(target)
        else:
            out.append(target.model_copy(update={"flags": [*target.flags, flag]}))
    return out


def _sentence_start(text: str, position: int) -> int:
    """Where the sentence holding ``position`` starts (after the last sentence end before it)."""
    window = max(0, position - 400)  # a sentence's words before a value, bounded (linear on any input)
    return max(window, *(text.rfind(end, window, position) + 1 for end in _SENTENCE_ENDS))


def _last(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    found = list(pattern.finditer(text, start, end))
    return found[-1] if found else None


def _lead_ins(
    text: str, structure: Structure, pattern: re.Pattern[str], flags: dict[str, str]
) -> dict[int, str]:
    """Paragraph index → the flag of a lead-in ending with a colon above it in the same unit."""
    inherited: dict[int, str] = {}
    current: tuple[int | None, str] | None = None
    for index, paragraph in enumerate(structure.paragraphs):
        if current is not None and current[0] == paragraph.unit:
            inherited[index] = current[1]
        else:
            current = None
        start, end = paragraph.span
        body = text[start:end].rstrip()
        if body.endswith(_COLONS):
            last = _last(pattern, body, 0, len(body))
            current = (paragraph.unit, flags[last.group()]) if last is not None else None
    return inherited
