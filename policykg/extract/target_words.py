"""The target vocabulary (ontology/data/targets.yaml) as the prose scanners use it: its patterns compiled
and its word lists ordered longest first, each built once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ontology.vocab_targets import ComparatorWord, WordValue, target_vocabulary
from policykg.extract.regex_heads import any_of, guarded, needed_chars


@dataclass(frozen=True)
class PhrasePatterns:
    dates: re.Pattern[str]
    standard_codes: re.Pattern[str]
    periods_front: re.Pattern[str]
    periods_back: re.Pattern[str]
    comparisons_front: re.Pattern[str]
    comparisons_back: re.Pattern[str]
    baseline_back: re.Pattern[str]
    base_level_back: re.Pattern[str]
    relative_base_back: re.Pattern[str]


def _alternation(patterns: tuple[str, ...], suffix: str = "") -> re.Pattern[str]:
    """The patterns as one, behind a look-ahead on their first characters (regex_heads.py): the scans
    search clauses and sentences, where most characters begin none of them."""
    return re.compile(guarded("|".join(f"(?:{p}){suffix}" for p in patterns)))


@cache
def phrase_patterns() -> PhrasePatterns:
    vocab = target_vocabulary()
    return PhrasePatterns(
        dates=_alternation(vocab.dates),
        standard_codes=_alternation(vocab.standard_codes or ("(?!)",)),
        periods_front=_alternation(vocab.periods),
        periods_back=_alternation(vocab.periods, r"\Z"),
        comparisons_front=_alternation(vocab.comparisons),
        comparisons_back=_alternation(vocab.comparisons, r"\Z"),
        baseline_back=_alternation(vocab.baseline_openers, r"\Z"),
        base_level_back=_alternation(vocab.base_levels or ("(?!)",), r"\Z"),
        relative_base_back=_alternation(vocab.relative_bases or ("(?!)",), r"\Z"),
    )


@cache
def word_values() -> tuple[tuple[re.Pattern[str], WordValue], ...]:
    """Quantities written in words (翻一番, 实现零的突破), their patterns compiled."""
    return tuple((re.compile(w.pattern), w) for w in target_vocabulary().word_values)


@cache
def any_word_value() -> re.Pattern[str]:
    """Whether a text holds a quantity in words, and where the first begins (regex_heads.any_of)."""
    return any_of(_word_value_patterns())


@cache
def word_value_marks() -> re.Pattern[str] | None:
    """The characters one of which every quantity in words holds (番 of 翻一番, 破 of 零的突破: regex_heads
    needed_chars) as one class: a text without any of them holds none. None when the patterns do not tell."""
    chars = needed_chars("|".join(f"(?:{p})" for p in _word_value_patterns()))
    return re.compile(f"[{''.join(re.escape(ch) for ch in sorted(chars))}]") if chars else None


def _word_value_patterns() -> tuple[str, ...]:
    return tuple(w.pattern for w in target_vocabulary().word_values) or ("(?!)",)


@cache
def unit_forms() -> tuple[tuple[str, str], ...]:
    """(as written, unit) pairs, longest first: 个工作日 -> 工作日, 个月 -> 月, 个 -> 个."""
    forms: list[tuple[str, str]] = []
    for u in target_vocabulary().units:
        if u.classifier:
            forms.append((u.classifier + u.unit, u.unit))
        if u.bare:
            forms.append((u.unit, u.unit))
    return tuple(sorted(forms, key=lambda f: -len(f[0])))


@cache
def criteria() -> re.Pattern[str]:
    return any_of(target_vocabulary().criteria)


@cache
def eligibility() -> re.Pattern[str] | None:
    """Sentence openers naming who may apply for a grant (targets.yaml ``eligibility``), or None."""
    patterns = target_vocabulary().eligibility
    return re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None


@cache
def strippable_words() -> tuple[str, ...]:
    vocab = target_vocabulary()
    return (*vocab.key_verbs, *(f.text for f in vocab.flag_words), *vocab.lead_words, *vocab.adverbs)


@cache
def front_words() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(word, flags) for words stripped from the start of a phrase, longest first."""
    vocab = target_vocabulary()
    words: list[tuple[str, tuple[str, ...]]] = [(f.text, f.flags) for f in vocab.flag_words]
    words += [(w, ()) for w in (*vocab.lead_words, *vocab.adverbs)]
    return tuple(sorted(words, key=lambda w: -len(w[0])))


@cache
def back_words() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(word, flags) for words stripped from the end of a phrase, longest first."""
    vocab = target_vocabulary()
    words: list[tuple[str, tuple[str, ...]]] = [(f.text, f.flags) for f in vocab.flag_words]
    words += [(w, ()) for w in vocab.adverbs]
    words += [(w, ()) for w in vocab.aim_words]
    return tuple(sorted(words, key=lambda w: -len(w[0])))


@cache
def _flags_by_word(
    words: tuple[tuple[str, tuple[str, ...]], ...],
) -> tuple[dict[str, tuple[str, ...]], tuple[int, ...]]:
    """(word, flags) pairs as a look-up, a word's first flags kept, and the words' lengths, longest first."""
    by_word: dict[str, tuple[str, ...]] = {}
    for word, flag in words:
        by_word.setdefault(word, flag)
    return by_word, tuple(sorted({len(word) for word in by_word}, reverse=True))


def front_word(text: str, start: int, end: int) -> tuple[str, tuple[str, ...]] | None:
    """The longest of front_words() opening ``text[start:end]`` and its flags: the first the ordered scan of
    front_words() finds, found by a look-up of the few lengths the words have."""
    by_word, lengths = _flags_by_word(front_words())
    for n in lengths:
        word = text[start : start + n]
        if start + n <= end and word in by_word:
            return word, by_word[word]
    return None


def back_word(text: str, start: int, end: int) -> tuple[str, tuple[str, ...]] | None:
    """The longest of back_words() ending ``text[start:end]`` and its flags, as front_word finds one."""
    by_word, lengths = _flags_by_word(back_words())
    for n in lengths:
        word = text[end - n : end]
        if end - n >= start and word in by_word:
            return word, by_word[word]
    return None


@cache
def comparator_words() -> tuple[ComparatorWord, ...]:
    return tuple(sorted(target_vocabulary().comparators_before, key=lambda c: -len(c.text)))


@cache
def front_texts() -> tuple[str, ...]:
    """The texts of front_words(), for one C-level startswith before the ordered scan that finds which."""
    return tuple(w for w, _ in front_words())


@cache
def back_texts() -> tuple[str, ...]:
    """The texts of back_words(), for one C-level endswith before the ordered scan that finds which."""
    return tuple(w for w, _ in back_words())


@cache
def comparator_texts() -> tuple[str, ...]:
    return tuple(c.text for c in comparator_words())


_UP = (">", ">=")
_DOWN = ("<", "<=")


def closing_comparator(before: str, after: str) -> str:
    """The comparator of a number with a comparator word before it and one after it: the one after (以上,
    以内, 左右) unless the one before says more in the same direction (突破300件以上: more than 300);
    where the two point opposite ways (结案率控制在90%以上: 控制在 a frame, not a ceiling) the one after,
    next to the number, says which."""
    if before in ("=", ">="):
        return after
    opposite = (before in _UP and after in _DOWN) or (before in _DOWN and after in _UP)
    return after if opposite else before
