"""A check shared by the property tests of patterns rewritten for speed: the rewritten pattern finds, in any
range of a text, the same matches as the reference it replaced (the reference's groups compared)."""

from __future__ import annotations

import re

from hypothesis import strategies as st


def assert_same_matches(
    pattern: re.Pattern[str], reference: re.Pattern[str], text: str, data: st.DataObject
) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    groups = reference.groups
    found = [(m.span(), m.groups()[:groups]) for m in pattern.finditer(text, start, end)]
    assert found == [(m.span(), m.groups()) for m in reference.finditer(text, start, end)]
