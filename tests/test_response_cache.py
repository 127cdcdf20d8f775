"""The rendered-response cache: bounded, keyed by the store's data version, and never serving a response
read under a version that has passed."""

from __future__ import annotations

from api.response_cache import Key, Rendered, ResponseCache


def _key(version: int, path: str) -> Key:
    return (version, path, (), "json")


def test_kept_until_the_version_changes() -> None:
    cache = ResponseCache(1000)
    cache.put(_key(1, "/a"), Rendered(b"a" * 10, "application/json"))
    assert cache.get(_key(1, "/a")) is not None
    assert cache.get(_key(3, "/a")) is None  # another version: not served
    cache.put(_key(3, "/b"), Rendered(b"b", "application/json"))
    assert cache.get(_key(1, "/a")) is None  # dropped once a newer version is kept
    cache.put(_key(1, "/a"), Rendered(b"late", "application/json"))  # read before the write: not kept
    assert cache.get(_key(1, "/a")) is None
    assert (cache.hits, cache.misses) == (1, 3)


def test_bounded_in_bytes_least_recently_used_first() -> None:
    cache = ResponseCache(1000)
    for n in range(5):
        cache.put(_key(1, f"/{n}"), Rendered(bytes(240), "application/json"))
    assert cache.get(_key(1, "/0")) is None  # 5 × 240 > 1000: the oldest went
    assert cache.get(_key(1, "/1")) is not None
    cache.put(_key(1, "/5"), Rendered(bytes(240), "application/json"))
    assert cache.get(_key(1, "/1")) is not None  # used recently, so /2 went instead
    assert cache.get(_key(1, "/2")) is None
    cache.put(_key(1, "/big"), Rendered(bytes(251), "application/json"))  # over a quarter: never kept
    assert cache.get(_key(1, "/big")) is None


class _Store:
    def __init__(self, version: int | None) -> None:
        self.version = version

    def data_version(self) -> int | None:
        return self.version


def test_off_without_a_budget_or_a_data_version() -> None:
    assert ResponseCache(0).key(None, _Store(1), "json") is None  # type: ignore[arg-type]
    assert ResponseCache(1000).key(None, _Store(None), "json") is None  # type: ignore[arg-type]
    same = Rendered(b"{}", "application/json")
    assert same.etag == Rendered(b"{}", "text/csv").etag != Rendered(b"[]", "application/json").etag


def test_arrivals_recall_only_what_is_still_kept() -> None:
    cache = ResponseCache(1000)
    cache.put(_key(1, "/a"), Rendered(bytes(240), "application/json"))
    cache.remember((1, "/a", b"x=1", b""), _key(1, "/a"))
    cache.remember((1, "/z", b"", b""), _key(1, "/z"))  # never kept: not remembered
    assert cache.recall((1, "/a", b"x=1", b"")) is not None
    assert cache.recall((1, "/a", b"x=1", b"text/csv")) is None  # another Accept header
    assert cache.recall((1, "/z", b"", b"")) is None
    for n in range(4):  # evicts /a
        cache.put(_key(1, f"/{n}"), Rendered(bytes(240), "application/json"))
    assert cache.recall((1, "/a", b"x=1", b"")) is None
    cache.put(_key(1, "/a"), Rendered(bytes(240), "application/json"))
    assert cache.recall((1, "/a", b"x=1", b"")) is None  # its arrival went with it
    cache.remember((1, "/a", b"x=1", b""), _key(1, "/a"))
    cache.put(_key(2, "/b"), Rendered(b"b", "application/json"))  # a newer version: all forgotten
    assert cache.recall((1, "/a", b"x=1", b"")) is None
    cache.remember((1, "/b", b"", b""), _key(1, "/b"))  # an older version's: not remembered
    assert cache.recall((1, "/b", b"", b"")) is None
    assert (cache.hits, cache.recalled) == (1, 1)
