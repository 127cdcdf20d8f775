"""The first characters of a pattern's matches, and the look-ahead on them that passes the scans over most
characters: it must find exactly the matches the pattern finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ontology.vocab import role_vocabulary
from ontology.vocab_programs import program_scheme
from ontology.vocab_targets import target_vocabulary
from policykg.extract.citations import _GB, _STANDARD
from policykg.extract.closings import _back_matter, _exhortation
from policykg.extract.header_lines import _DATE, _DOC_NUMBER_TAIL, _label_pattern
from policykg.extract.phases import _deadline
from policykg.extract.quantities import NUMBER
from policykg.extract.regex_heads import any_of, first_chars, guarded, needed_chars, starts
from policykg.extract.standings import _patterns as standings_patterns
from policykg.extract.target_words import any_word_value, criteria, phrase_patterns, word_value_marks
from policykg.extract.tasks import _CLAUSE


@pytest.mark.parametrize(
    ("pattern", "heads"),
    [
        ("高?价值专利(?:的)?培育", "高价"),
        ("(?:专利|商标|知识产权)质押", "专商知"),
        ("[a-c]x|GB/T\\s*29490", "abcG"),
        ("(?:一企)?(?:一社)?一标", "一"),
        ("(?<![一两])翻(?:了)?番", "翻"),  # a look-behind reads no character of the match
        ("(?=专利)专", "专"),
        ("\\s*贯标", None),  # a category: a class, not a set of characters
        ("(?i)gb", None),  # either case
        ("专?", None),  # matches the empty string, so begins anywhere
        ("[^a]b", None),
        (".专", None),
    ],
)
def test_first_chars(pattern: str, heads: str | None) -> None:
    assert first_chars(pattern) == (None if heads is None else frozenset(heads))


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("\\s*贯标", "(?=[贯\\s])(?:\\s*贯标)"),
        ("(?<!\\d)\\d+", "(?=[\\d])(?:(?<!\\d)\\d+)"),
        ("专?", "专?"),  # nothing to guard: it matches anywhere
        ("(?!)", "(?!)"),
    ],
)
def test_guarded(pattern: str, expected: str) -> None:
    assert guarded(pattern) == expected


def _patterns() -> list[str]:
    """The project's patterns that the scans search with, unguarded."""
    phrases, standings = phrase_patterns(), standings_patterns()
    found = [p.regex().pattern for p in program_scheme().programs]
    found += [getattr(phrases, name).pattern for name in phrases.__dataclass_fields__]
    found += [standings.cue, standings.average, standings.rank, standings.bare_average, standings.bare_rank]
    found += [any_word_value(), criteria(), NUMBER, _deadline(), _DOC_NUMBER_TAIL, _DATE, _label_pattern()]
    found += [_GB, _STANDARD, _CLAUSE, _back_matter(), _exhortation()]
    texts = [p if isinstance(p, str) else p.pattern for p in found]
    unwrapped = [re.sub(r"^\(\?=\[[^\]]*\]\)\(\?:(.*)\)$", r"\1", p, flags=re.S) for p in texts]
    return sorted(set(texts + unwrapped))


_PLAIN = _patterns()
_PIECES = sorted(
    {piece for p in _PLAIN for piece in re.findall(r"[^\W\d_]+", p)}
    | {
        "2025",
        "12",
        "10.5",
        "年",
        "月",
        "底前",
        " ",
        "\n",
        "、",
        "，",
        "/",
        "-",
        "至",
        ".",
        "x",
        "第",
        "《",
        "》",
    }
    # whole phrases of each kind, so that random texts hold matches, not only near misses
    | {
        "2025年底前",
        " 2024年6月前",
        "每年3月底前",
        "完成时限：2025年",
        "翻一番",
        "实现零的突破",
        "GB/T 29490-2023",
    }
    | {"12%—15%", "3家至5家", "5/10", "2023年", "较2020年", "由2022年的", "1-2个", "10\n0亿元", "4·26"}
    | {
        "DB3201/T 29490-2023",
        "T/CNIPA 1-2023",
        "GB/T 29490",
        "〔2024〕3号",
        "二〇二四年三月一日",
        "一是",
        "\n二是",
    }
    | {"保持全省前3位", "高于全市平均水平", "位居全国前列", "文　号：", "发布日期："}
)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join), st.data())
def test_the_guard_finds_what_the_pattern_finds(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    for pattern in _PLAIN:
        plain, quick = re.compile(pattern), re.compile(guarded(pattern))
        expected = [(m.span(), m.groups()) for m in plain.finditer(text, start, end)]
        assert [(m.span(), m.groups()) for m in quick.finditer(text, start, end)] == expected, pattern
        heads = first_chars(pattern)
        for m in plain.finditer(text, start, end):
            assert heads is None or m.end() == m.start() or text[m.start()] in heads


def test_the_guard_finds_what_the_pattern_finds_in_each_piece() -> None:
    for pattern in _PLAIN:
        plain, quick = re.compile(pattern), re.compile(guarded(pattern))
        for piece in _PIECES:
            text = "x" + piece + "，" + piece
            assert [m.span() for m in quick.finditer(text)] == [m.span() for m in plain.finditer(text)], (
                pattern
            )


def test_starts_files_each_pattern_under_its_first_characters() -> None:
    assert starts(["专利导航", "(?:专利|商标)质押"]) == (
        r"专(?<=(?=(?:专利导航)|(?:(?:专利|商标)质押))[\s\S])|商(?<=(?=(?:(?:专利|商标)质押))[\s\S])"
    )
    assert starts(["\\s*贯标", "专利"]) is None  # a category: its first characters cannot be listed
    assert starts(["(?P<kind>专利)导航"]) is None  # a named group would be written under each character
    assert starts([]) is None


#: The lists of patterns the extractor searches as one with ``any_of``.
_LISTS = [
    [p.regex().pattern for p in program_scheme().programs],
    list(target_vocabulary().criteria),
    [w.pattern for w in target_vocabulary().word_values],
    list(role_vocabulary().first_is_lead),
]


def _beginnings(patterns: list[re.Pattern[str]], text: str, start: int, end: int) -> list[int]:
    """Where a match of one of ``patterns`` begins in ``text[start:end]``, tried at every character."""
    return [at for at in range(start, end) if any(p.match(text, at, end) for p in patterns)]


_WORDS = sorted({piece for patterns in _LISTS for p in patterns for piece in re.findall(r"[^\W\d_]+", p)})


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(_PIECES + _WORDS), max_size=14).map("".join), st.data())
def test_any_of_finds_where_the_patterns_matches_begin(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    for patterns in _LISTS:
        quick, plain = any_of(patterns), [re.compile(p) for p in patterns]
        found, at = [], start
        while (m := quick.search(text, at, end)) is not None:
            found.append(m.start())
            at = m.start() + 1
        assert found == _beginnings(plain, text, start, end), patterns


def test_any_of_is_written_with_starts_where_it_can_be() -> None:
    assert all(starts(patterns) for patterns in _LISTS)
    assert any_of([]).search("专利") is None


@pytest.mark.parametrize(
    ("pattern", "needed"),
    [
        ("(?:实现|取得)?零的?突破", "破"),  # the last character a match must hold
        ("翻一番|(?<![一两])翻(?:了)?番|(?:做到)?全覆盖", "番盖"),  # one per branch
        ("专利(?:申请|授权)量?", "请权"),
        ("ab(?!c)", "b"),  # a look-around holds no character of the match
        ("a+b*", "a"),
        ("a|[bc]", None),  # a branch of a class: no one character it must hold
        ("a{0,2}", None),
        ("(?i)ab", None),  # either case
    ],
)
def test_needed_chars(pattern: str, needed: str | None) -> None:
    assert needed_chars(pattern) == (None if needed is None else frozenset(needed))


_WORD_VALUE_PIECES = [
    "翻",
    "一",
    "两",
    "了",
    "番",
    "实现",
    "零",
    "的",
    "突破",
    "全",
    "覆盖",
    "做到",
    "，",
    "a",
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_WORD_VALUE_PIECES), max_size=10).map("".join), st.data())
def test_the_word_value_marks_are_found_wherever_a_word_value_is(text: str, data: st.DataObject) -> None:
    """has_words looks for a quantity in words only where one of the characters every one holds stands:
    that quick test accepts every window the full scan accepts."""
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    marks = word_value_marks()
    assert marks is not None
    assert any_word_value().search(text, start, end) is None or marks.search(text, start, end) is not None
