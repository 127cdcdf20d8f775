"""The programme concept scheme (ontology/data/programs.yaml), validated on load."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from pydantic import Field, model_validator

from ontology.vocab import DATA_DIR, _check_regexes, _read_yaml, _Strict, _validate


class ProgramCategory(_Strict):
    id: str
    zh: str
    en: str


class Program(_Strict):
    id: str
    zh: str
    en: str
    alt: tuple[str, ...] = ()
    patterns: tuple[str, ...] = Field(min_length=1)
    #: Words that, written right before a mention, make it another thing (劳动密集型产业, 股权质押贷款,
    #: 委托管理): no mention of the programme starts right after one of them.
    not_after: tuple[str, ...] = ()
    broader: str

    def regex(self) -> re.Pattern[str]:
        """The programme's mentions: any of its patterns, not right after one of ``not_after``."""
        guards = "".join(f"(?<!{re.escape(word)})" for word in self.not_after)
        alternatives = "|".join(f"(?:{p})" for p in self.patterns)
        return re.compile(f"{guards}(?:{alternatives})" if guards else alternatives)


class ProgramScheme(_Strict):
    version: int
    categories: tuple[ProgramCategory, ...]
    programs: tuple[Program, ...]

    @model_validator(mode="after")
    def _references(self) -> ProgramScheme:
        cats = {c.id for c in self.categories}
        ids = [p.id for p in self.programs] + list(cats)
        dupes = {i for i in ids if ids.count(i) > 1}
        if dupes:
            raise ValueError(f"duplicate concept ids: {sorted(dupes)}")
        for program in self.programs:
            if program.broader not in cats:
                raise ValueError(f"program {program.id}: broader {program.broader!r} is not a category")
            _check_regexes(program.patterns)
            if any(not word for word in program.not_after):
                raise ValueError(f"program {program.id}: an empty word in not_after")
        return self


@cache
def program_scheme(path: Path = DATA_DIR / "programs.yaml") -> ProgramScheme:
    return _validate(ProgramScheme, path, _read_yaml(path))
