"""The indicator key a reader's wording stands for, so that a query finds every plan's targets of one measure
however the reader words it: 万人高价值发明专利拥有量, as one plan writes it, finds the targets compared under
每万人口高价值发明专利拥有量 (ontology/data/indicators.yaml), as the extractor compares them."""

from __future__ import annotations

from policykg.extract.indicators import indicator_key
from policykg.extract.standard_indicators import standard_indicator


def lookup_key(words: str) -> str:
    """The standard indicator's key when ``words`` word one (in any unit: a reader gives none), else
    ``words`` as given (a key as the store holds it, or a measure no standard indicator covers)."""
    given = words.strip()
    key = indicator_key(given) if given else given
    standard = standard_indicator(key) if key else None
    return standard.zh if standard is not None else given
