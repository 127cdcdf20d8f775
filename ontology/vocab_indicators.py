"""The standard indicators of IP plans (ontology/data/indicators.yaml), validated on load: the comparable
keys that targets worded differently from plan to plan share."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache, cached_property
from pathlib import Path

from pydantic import Field, model_validator

from ontology.vocab import DATA_DIR, _check_regexes, _read_yaml, _Strict, _validate
from ontology.vocab_targets import target_vocabulary
from policykg.errors import DataFileError

_PERCENT = "%"  # the unit base of a share: a growth rate of a share is no growth indicator


class StandardIndicator(_Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    zh: str = Field(min_length=2)
    en: str
    bases: tuple[str, ...] = Field(min_length=1)
    patterns: tuple[str, ...] = Field(min_length=1)

    @cached_property
    def regex(self) -> re.Pattern[str]:
        return re.compile("|".join(f"(?:{p})" for p in self.patterns))


class GrowthIndicator(_Strict):
    """The growth rate in % of a standard count or amount (专利授权量增长率): its comparable key, derived."""

    id: str
    zh: str
    en: str
    of: str  # the id of the standard indicator whose growth it is


class IndicatorVocabulary(_Strict):
    version: int
    #: Written after a count's or amount's key for its growth rate in % (专利授权量增长率).
    growth_suffix: str = Field(default="增长率", min_length=1)
    indicators: tuple[StandardIndicator, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> IndicatorVocabulary:
        for field in ("id", "zh"):
            counts = Counter(getattr(i, field) for i in self.indicators)
            dupes = sorted(v for v, n in counts.items() if n > 1)
            if dupes:
                raise ValueError(f"indicators with the same {field}: {dupes}")
        for indicator in self.indicators:
            _check_regexes(indicator.patterns)
        clashes = sorted({g.zh for g in self.growth_indicators} & {i.zh for i in self.indicators})
        if clashes:
            raise ValueError(f"growth keys that are standard indicators too: {clashes}")
        return self

    @cached_property
    def growth_indicators(self) -> tuple[GrowthIndicator, ...]:
        """The growth rates of the standard counts and amounts (those not measured in %)."""
        return tuple(
            GrowthIndicator(
                id=f"{i.id}_growth",
                zh=i.zh + self.growth_suffix,
                en=f"Growth rate of {i.en[0].lower()}{i.en[1:]}",
                of=i.id,
            )
            for i in self.indicators
            if _PERCENT not in i.bases
        )


@cache
def indicator_vocabulary(path: Path = DATA_DIR / "indicators.yaml") -> IndicatorVocabulary:
    vocab = _validate(IndicatorVocabulary, path, _read_yaml(path))
    bases = {u.base for u in target_vocabulary().units}
    for indicator in vocab.indicators:
        unknown = sorted(set(indicator.bases) - bases)
        if unknown:
            problem = f"indicator {indicator.id}: bases {unknown} are no unit base of targets.yaml"
            raise DataFileError(path, problem)
    return vocab
