"""Target wording and units (ontology/data/targets.yaml), validated on load."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator

from ontology.vocab import DATA_DIR, _check_regexes, _read_yaml, _Strict, _validate

Comparator = Literal[">=", ">", "=", "<=", "<", "~", "range"]
Flag = Literal["cumulative", "increment", "growth", "annual"]


class Unit(_Strict):
    unit: str
    base: str
    factor: float = Field(gt=0)


class ComparatorWord(_Strict):
    text: str
    comparator: Comparator


class FlagWord(_Strict):
    text: str
    flag: Flag


class TargetVocabulary(_Strict):
    version: int
    units: tuple[Unit, ...]
    comparators_before: tuple[ComparatorWord, ...]
    comparators_after: tuple[ComparatorWord, ...]
    flag_words: tuple[FlagWord, ...]
    lead_words: tuple[str, ...]
    key_verbs: tuple[str, ...]
    non_additive: tuple[str, ...]
    criteria: tuple[str, ...]
    total_headers: tuple[str, ...]

    @model_validator(mode="after")
    def _regexes(self) -> TargetVocabulary:
        _check_regexes(self.criteria)
        return self

    def unit(self, text: str) -> Unit | None:
        return next((u for u in self.units if u.unit == text), None)


@cache
def target_vocabulary(path: Path = DATA_DIR / "targets.yaml") -> TargetVocabulary:
    return _validate(TargetVocabulary, path, _read_yaml(path))
