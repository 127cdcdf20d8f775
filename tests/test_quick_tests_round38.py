"""Round 38's speed pass: each cheaper way of a rule gives what the rule gave, so the extractor's output stays
the same (bench/HISTORY.md, round 38).

- a clause's number after a stop or right after a closing bracket, and an item 1. after a stop or a bracket,
  are found by patterns opening with the characters they follow (the engine's quick way through a
  paragraph), as the patterns looking behind found them;
- a name is read as a ditto's word (同上) only when it holds a character such a word opens with, a note's
  tail only when one of the words is in it;
- a piece of a list is read for a picking word (其中, 以) only when it opens with one.
"""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from policykg.extract import agency_lists, agency_names, tasks
from policykg.extract.textspan import squeeze, trim

_CLAUSE_TEXT = st.text(alphabet="（）()。；;：:①②③⑴⑵12 3一开展.．、\n5", max_size=40)
_RANGES = st.tuples(st.integers(0, 40), st.integers(0, 40))

_OLD_NUMBERED = re.compile(rf"(?:[。；;：:]|(?<=[）)]))\s*({tasks._CLAUSE_MARK.pattern})")
_OLD_DOTTED = re.compile(r"(?:[。；;：:]|(?<=\D)[）)])[ \t\u3000]*((?:[1-9]|1\d)[.．、](?![\d.．]))")


@given(_CLAUSE_TEXT, _RANGES)
@example("开展（1）（2）推进", (2, 10))
@example("）①开展；②推进", (1, 9))
def test_numbered_clauses_are_found_as_the_pattern_looking_behind_found_them(
    text: str, bounds: tuple[int, int]
) -> None:
    start, end = min(bounds[0], len(text)), min(bounds[1], len(text))
    old = [m.start(1) for m in _OLD_NUMBERED.finditer(text, start, end)]
    assert [m.start(1) for m in tasks._bracket_or_stop_clauses(text, start, end)] == old


@given(_CLAUSE_TEXT, _RANGES)
@example("）1.开展", (0, 6))
@example("6月）2.开展", (0, 7))
def test_dotted_items_are_found_as_the_pattern_looking_behind_found_them(
    text: str, bounds: tuple[int, int]
) -> None:
    start, end = min(bounds[0], len(text)), min(bounds[1], len(text))
    old = [m.start(1) for m in _OLD_DOTTED.finditer(text, start, end)]
    assert [m.start(1) for m in tasks._DOTTED_CLAUSE.finditer(text, start, end)] == old


_NAME_TEXT = st.text(alphabet="同上前栏区科技局其中以并 \n<br>，。", max_size=16)


@given(_NAME_TEXT)
@example("同上")
@example(" 同 上。")
@example("<br>同上")
def test_a_ditto_word_is_found_as_reading_the_whole_name_found_it(text: str) -> None:
    old = squeeze(text).strip(agency_names._DITTO_ENDS) in agency_names.ditto_words()
    assert agency_names.is_ditto(text, 0, len(text)) == old
    tail = any(text.find(w) >= 0 for w in agency_names.ditto_words())
    assert (agency_names.ditto_pattern().search(text) is not None) == tail


@given(_NAME_TEXT)
@example("其中")
@example(" 其 中 ")
@example("<br>其中")
@example("以区科技局")
def test_a_picking_word_is_found_as_reading_the_whole_piece_found_it(text: str) -> None:
    assert agency_lists._picking_alone(text, 0, len(text)) == (squeeze(text) in agency_lists._picking_words())
    s, e = trim(text, 0, len(text))
    first = next((w for w in agency_lists._picking_words() if text.startswith(w, s, e)), None)
    assert (first is not None) == text.startswith(agency_lists._picking_words(), s, e)
