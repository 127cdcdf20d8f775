"""Where the seed plans bundled with the repository (its corpus/ folder) are: the default input of
``policykg up``/``build``/``export`` and the material of the benchmark's synthetic corpus."""

from __future__ import annotations

from pathlib import Path

from policykg.errors import ConfigurationError


def bundled_corpus() -> Path:
    """corpus/ beside the packages (a checkout, or an editable install); else corpus/ in the working folder:
    a regular install (the compiled extractor, README → Quick start) carries no plans, and is run from the
    checkout's folder to find them."""
    beside = Path(__file__).resolve().parent.parent / "corpus"
    return beside if beside.is_dir() else Path.cwd() / "corpus"


def seed_plans() -> list[Path]:
    """The bundled plans' .txt files; raises ConfigurationError where there are none."""
    folder = bundled_corpus()
    plans = sorted(folder.glob("*.txt"))
    if not plans:
        raise ConfigurationError(
            f"no seed plans in {folder}",
            hint="run from the repository's folder: a regular install does not carry its corpus/ folder",
        )
    return plans
