"""Extraction stages. Each module is one stage with a plain, importable function; ``pipeline`` runs them.

The stage modules may run compiled: ``POLICYKG_COMPILE=1 pip install .`` builds them with mypyc (setup.py).
This package's own ``__init__`` always stays Python."""

from __future__ import annotations

import importlib
import sys
from importlib.machinery import EXTENSION_SUFFIXES


def compiled_modules() -> list[str]:
    """The stage modules that run compiled (C extensions built by mypyc), by name; empty when the package is
    pure Python. Imports the pipeline, and so every stage, first."""
    importlib.import_module(f"{__name__}.pipeline")
    prefix = f"{__name__}."
    suffixes = tuple(EXTENSION_SUFFIXES)
    return sorted(
        name
        for name, module in list(sys.modules.items())
        if name.startswith(prefix)
        and not name.endswith("__mypyc")  # a stage's compiled runtime, loaded beside it
        and str(getattr(module, "__file__", None) or "").endswith(suffixes)
    )


def build_kind() -> str:
    """How the stages run, for reports: 'compiled (46 modules)' or 'pure Python'."""
    compiled = compiled_modules()
    return f"compiled ({len(compiled)} modules)" if compiled else "pure Python"
