"""SpanSet answers as a scan of every span would."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from policykg.extract.span_set import SpanSet

_SPAN = st.tuples(st.integers(0, 60), st.integers(0, 30)).map(lambda p: (p[0], p[0] + p[1]))


@given(st.lists(_SPAN, max_size=25), st.lists(_SPAN, max_size=10))
def test_overlaps_and_covers_agree_with_a_scan(
    spans: list[tuple[int, int]], asked: list[tuple[int, int]]
) -> None:
    taken = SpanSet()
    for span in spans:
        taken.add(span)
    for start, end in asked:
        assert taken.overlaps(start, end) == any(s < end and start < e for s, e in spans)
        assert taken.covers(start) == any(s <= start < e for s, e in spans)
    assert list(taken) == sorted(spans)
    assert len(taken) == len(spans)


def test_many_spans_are_asked_about_quickly() -> None:
    taken = SpanSet()
    for i in range(0, 200_000, 10):
        taken.add((i, i + 5))
    assert sum(taken.covers(i) for i in range(0, 200_000, 3)) == sum(i % 10 < 5 for i in range(0, 200_000, 3))
    assert not taken.overlaps(5, 10)
    assert taken.overlaps(9, 11)
