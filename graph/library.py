"""The analysts' Cypher library: one documented file per query in graph/queries/."""

from __future__ import annotations

from pathlib import Path

QUERY_DIR = Path(__file__).resolve().parent / "queries"


def library() -> dict[str, Path]:
    return {p.stem: p for p in sorted(QUERY_DIR.glob("*.cypher"))}


def statement(name_or_text: str) -> str:
    """A library name, a .cypher file, or the statement itself."""
    named = library().get(name_or_text)
    if named is not None:
        return named.read_text(encoding="utf-8")
    path = Path(name_or_text)
    if name_or_text.endswith(".cypher") and path.is_file():
        return path.read_text(encoding="utf-8")
    return name_or_text


def describe(path: Path) -> str:
    return path.read_text(encoding="utf-8").splitlines()[0].removeprefix("//").strip()
