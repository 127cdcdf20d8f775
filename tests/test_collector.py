"""The cyclic collector around document work (policykg/collector.py): paused while a document is worked
on, and the cycles documents leave cleared every COLLECT_EVERY documents, even in a process whose collector
is off (a build's workers, forked while the loading process had paused it)."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest

from policykg import collector
from policykg.batch import iter_stage


class _Cyclic:
    def __init__(self) -> None:
        self.me = self


_left: list[weakref.ref[_Cyclic]] = []


def _leaves_a_cycle(path: Path) -> bool:
    """A stage that leaves one object in a cycle, as extraction leaves some, and says whether the collector
    ran while it worked."""
    _left.append(weakref.ref(_Cyclic()))
    return gc.isenabled()


@pytest.fixture
def collector_off() -> Iterator[None]:
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def test_documents_are_worked_on_with_the_collector_paused_and_it_runs_again_after() -> None:
    files = [Path(f"plan{i}.txt") for i in range(3)]
    assert gc.isenabled()
    assert [ran for _, ran in iter_stage(_leaves_a_cycle, files, workers=1)] == [False, False, False]
    assert gc.isenabled()


def test_cycles_left_by_documents_are_cleared_even_with_the_collector_off(collector_off, monkeypatch) -> None:
    monkeypatch.setattr(collector, "COLLECT_EVERY", 4)
    monkeypatch.setattr(collector, "_since_collection", 0)
    _left.clear()
    files = [Path(f"plan{i}.txt") for i in range(6)]
    list(iter_stage(_leaves_a_cycle, files, workers=1))
    assert not gc.isenabled()
    alive = [ref() is not None for ref in _left]
    assert alive == [False] * 4 + [True] * 2  # cleared after the 4th document; the next two wait
    gc.collect()


def test_a_collection_every_so_many_documents_of_the_young_generations_only(monkeypatch) -> None:
    calls: list[int] = []
    monkeypatch.setattr(collector, "_since_collection", 0)
    monkeypatch.setattr(gc, "collect", lambda generation=2: calls.append(generation) or 0)
    for _ in range(collector.COLLECT_EVERY * 2 + 1):
        collector.after_document()
    assert calls == [1, 1]
