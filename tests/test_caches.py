"""Caches keyed by text are bounded: the API process extracts uploads for as long as it runs, and a cache
without a bound would keep every indicator, name or sentence it ever saw."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import policykg.extract


def _text_keyed_caches() -> list[tuple[str, object]]:
    found = []
    for info in pkgutil.iter_modules(policykg.extract.__path__):
        module = importlib.import_module(f"policykg.extract.{info.name}")
        for name, function in vars(module).items():
            if not hasattr(function, "cache_info") or getattr(function, "__module__", "") != module.__name__:
                continue
            parameters = inspect.signature(function).parameters.values()
            if any(p.annotation in ("str", str) for p in parameters):
                found.append((f"{module.__name__}.{name}", function))
    return found


def test_caches_keyed_by_text_are_bounded() -> None:
    caches = _text_keyed_caches()
    assert len(caches) >= 5  # the finder sees them (agency_type, indicator_key, …)
    unbounded = [name for name, function in caches if function.cache_info().maxsize is None]  # type: ignore[attr-defined]
    assert unbounded == []
