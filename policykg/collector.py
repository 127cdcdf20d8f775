"""The cyclic garbage collector around work on many documents.

Extracting a document, or turning it into graph rows, makes tens of thousands of container objects that
live as long as the document's work; nearly all are freed by reference counting, and a plan leaves about a
hundred in cycles. Left running, the collector walked the live ones again and again: extracting 400
generated plans in one process spent 15–17 % of its time in automatic collections, about half of it in
full collections walking the extractor's vocabularies. So each document's work runs with the collector
paused (``collection_paused``), and the cycles finished documents leave are cleared by a collection of the
young generations every ``COLLECT_EVERY`` documents (``after_document``): a worker that extracted 3,000
plans so stayed at 99 MB, where one that never collected (as a build's workers did, forked while the
loading process had paused the collector) grew to 158 MB, for 0.1 ms a plan of collections."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

#: Documents between two collections of the young generations in ``after_document``.
COLLECT_EVERY = 100

_since_collection = 0


@contextmanager
def collection_paused() -> Iterator[None]:
    """Run a block that makes or holds many objects without the cyclic garbage collector (see the module's
    note). Paused here, the collector runs again afterwards; a pause inside a pause leaves the outer one to
    resume it."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def after_document() -> None:
    """Count a document whose work ran with the collector paused; every ``COLLECT_EVERY`` documents, clear
    the cycles they left (generations 0 and 1: what was made since, not the long-lived vocabularies), whether
    or not the collector is running."""
    global _since_collection
    _since_collection += 1
    if _since_collection >= COLLECT_EVERY:
        _since_collection = 0
        gc.collect(1)
