"""A folder of documented query files (the Cypher and the SPARQL libraries share this)."""

from __future__ import annotations

import re
from pathlib import Path

_PARAMETER = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")
_STRING = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"", re.S)
_COMMENT = re.compile(r"//[^\n]*|^[ \t]*#[^\n]*|/\*[\s\S]*?\*/", re.M)
_QUOTED_OR_COMMENT = re.compile(f"{_STRING.pattern}|{_COMMENT.pattern}", re.M | re.S)
#: A parameter the header documents as optional: ``$region (optional, …)``.
_OPTIONAL = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)\s*\(optional\b")
#: A parameter the header documents as an indicator's key: ``$key (string, an indicator key …)`` in Cypher,
#: ``?key — the indicator key`` in SPARQL.
_INDICATOR_KEY = re.compile(r"[$?]([A-Za-z_][A-Za-z0-9_]*)\s*(?:\(string,\s*|—\s*)(?:an|the) indicator key\b")


class QueryLibrary:
    def __init__(self, folder: Path, suffix: str) -> None:
        self.folder = folder
        self.suffix = suffix

    def queries(self) -> dict[str, Path]:
        """The named queries (file stem -> path)."""
        return {p.stem: p for p in sorted(self.folder.glob(f"*{self.suffix}"))}

    def text(self, name_or_text: str) -> str:
        """A library name, a path to a query file of this kind, or the query itself."""
        named = self.queries().get(name_or_text)
        if named is not None:
            return named.read_text(encoding="utf-8")
        path = Path(name_or_text)
        if name_or_text.endswith(self.suffix) and path.is_file():
            return path.read_text(encoding="utf-8")
        return name_or_text

    @staticmethod
    def describe(path: Path) -> str:
        """The first line of a query's header comment."""
        return path.read_text(encoding="utf-8").splitlines()[0].lstrip("/#").strip()

    @staticmethod
    def parameters(text: str) -> set[str]:
        """The ``$name`` parameters a query uses (not in its string literals or comments)."""
        # one pass, leftmost first: an apostrophe in a comment (the plan's …) opens no string, and // in a
        # string ('http://…') opens no comment
        return set(_PARAMETER.findall(_QUOTED_OR_COMMENT.sub(" ", text)))

    @staticmethod
    def optional(text: str) -> set[str]:
        """The parameters a query's comments document as optional (``$region (optional, …)``): null when
        not given, which the query reads as "no filter"."""
        comments = "\n".join(x for x in text.splitlines() if x.lstrip().startswith(("//", "#")))
        return set(_OPTIONAL.findall(comments)) & QueryLibrary.parameters(text)

    @staticmethod
    def indicator_keys(text: str) -> set[str]:
        """The parameters a query's comments document as an indicator's key: a reader's wording of the
        measure is looked up (policykg.indicator_lookup) before it is bound."""
        comments = "\n".join(x for x in text.splitlines() if x.lstrip().startswith(("//", "#")))
        return set(_INDICATOR_KEY.findall(comments))

    @staticmethod
    def with_defaults(text: str, params: dict[str, object]) -> dict[str, object]:
        """``params`` with every optional parameter not given set to null (both engines refuse a query
        whose parameters are missing)."""
        return {**dict.fromkeys(sorted(QueryLibrary.optional(text))), **params}
