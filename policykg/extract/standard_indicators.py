"""Targets worded differently from plan to plan (万人高价值发明专利拥有量, 每万人口高价值发明专利拥有量)
measure one standard indicator: ``comparable_key`` gives a target the standard indicator's key when its own
key is one of that indicator's wordings and its unit fits (ontology/data/indicators.yaml), and its own key
otherwise."""

from __future__ import annotations

from functools import lru_cache

from ontology.vocab_indicators import StandardIndicator, indicator_vocabulary


@lru_cache(maxsize=8192)
def standard_indicator(key: str) -> StandardIndicator | None:
    """The first standard indicator one of whose wordings is the whole of ``key``."""
    return next((i for i in indicator_vocabulary().indicators if i.regex.fullmatch(key)), None)


def comparable_key(key: str, base: str | None) -> str:
    """The key a target is compared under: its standard indicator's, when ``key`` words one and the
    target's unit (normalised ``base``; None for a target without one, such as a standing) is one the
    indicator is measured in; else ``key`` itself."""
    standard = standard_indicator(key)
    if standard is None or (base is not None and base not in standard.bases):
        return key
    return standard.zh
