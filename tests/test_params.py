"""graph/params.py against the real embedded FalkorDB: what the header parser takes, and the writer's output
round-tripping every value unchanged (and as the falkordb client's own header writer sends it)."""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from redis.exceptions import ResponseError

from graph.factory import open_store
from graph.falkor import EmbeddedFalkorStore
from graph.params import Written, cypher_value, params_header, written_list
from graph.store import StoreError

INT64 = (-(2**63), 2**63 - 1)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedFalkorStore]:
    with open_store(f"embedded:{tmp_path_factory.mktemp('params') / 'graph'}") as opened:
        assert isinstance(opened, EmbeddedFalkorStore)
        opened.ensure_schema()  # the graph exists, so read-only statements can run
        yield opened


def _raw(store: EmbeddedFalkorStore, text: str) -> Any:
    """What the server makes of a header we write by hand."""
    return _plain(store._graph.ro_query(text + " RETURN $x AS x").result_set[0][0])


def _plain(value: Any) -> Any:
    """Server maps (OrderedDict) as dicts, for comparison."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _as_replied(value: Any) -> Any:
    """The value as the server replies it: floats with 15 significant digits, tuples as lists."""
    if isinstance(value, float):
        return float(f"{value:.15g}")
    if isinstance(value, dict):
        return {k: _as_replied(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_as_replied(v) for v in value]
    return value


def _round_trip(store: EmbeddedFalkorStore, value: Any) -> Any:
    return _plain(store.query("RETURN $x AS x", {"x": value}).rows[0]["x"])


# --- what FalkorDB's header parser takes (the facts graph/params.py relies on) ---------------------------


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (r'CYPHER x="a\nb\tc\rd\be\ff"', "a\nb\tc\rd\be\ff"),
        (r'CYPHER x="q\"b\\s"', 'q"b\\s'),
        (r'CYPHER x="\u4e2d"', "\\u4e2d"),  # \uXXXX is not decoded
        ('CYPHER x="a\x01b\x7f\u2028中😀"', "a\x01b\x7f\u2028中😀"),  # raw characters are taken as they are
        ("CYPHER x={`a b`:1,`中`:2,``:3,`end`:4}", {"a b": 1, "中": 2, "": 3, "end": 4}),
        ("CYPHER x=[1e-7,-0.0,1E5]", [1e-7, -0.0, 1e5]),
        ("CYPHER x=[true,false,null,[],{}]", [True, False, None, [], {}]),
        ("CYPHER x=9223372036854775807", 2**63 - 1),
        ("CYPHER x=9223372036854775808", 2**63 - 1),  # clamped: why params.py refuses such integers
    ],
)
def test_header_syntax_falkordb_takes(store: EmbeddedFalkorStore, header: str, expected: Any) -> None:
    assert _raw(store, header) == expected


@pytest.mark.parametrize(
    "header",
    ['CYPHER x={"a":1}', "CYPHER x={'a':1}", "CYPHER x=NaN", "CYPHER x=Infinity", 'CYPHER x="a\x00b"'],
)
def test_header_syntax_falkordb_refuses(store: EmbeddedFalkorStore, header: str) -> None:
    with pytest.raises(ResponseError, match="Invalid input"):
        _raw(store, header)


# --- round trips --------------------------------------------------------------------------------------

_SPECIAL_CHARACTERS = st.sampled_from(list('"\\`:{[,]}\n\t\r\x08\x0c\x01\x1f\x7fu0\u2028\ufeff中文😀'))
_TEXT = st.one_of(
    st.text(
        alphabet=st.one_of(
            st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), _SPECIAL_CHARACTERS
        ),
        max_size=24,
    ),
    st.sampled_from(["NaN", "Infinity", "\\u0041", '":', ":x", "x{", "x,", "12345678901234567890", ""]),
)
_KEYS = st.one_of(
    st.from_regex(r"[A-Za-z_][A-Za-z0-9_]{0,8}", fullmatch=True),
    st.text(
        alphabet=st.one_of(
            st.characters(exclude_categories=("Cs",), exclude_characters="\x00`"), _SPECIAL_CHARACTERS
        ).filter(lambda c: c != "`"),
        max_size=6,
    ),
)
_INTS = st.one_of(
    st.integers(min_value=INT64[0], max_value=INT64[1]),
    st.sampled_from([0, -1, 10**18, -(10**18), 10**18 + 7, INT64[0], INT64[1]]),
)
_SCALARS = st.one_of(st.none(), st.booleans(), _INTS, st.floats(allow_nan=False, allow_infinity=False), _TEXT)
_VALUES = st.recursive(
    _SCALARS,
    lambda children: st.lists(children, max_size=5) | st.dictionaries(_KEYS, children, max_size=5),
    max_leaves=24,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=_VALUES)
def test_values_round_trip_unchanged(store: EmbeddedFalkorStore, value: Any) -> None:
    """Any nesting of text (CJK, quotes, backslashes, control characters, emoji), 64-bit integers, finite
    floats, booleans, None, lists and maps comes back as sent (floats as the server prints them), and as
    the falkordb client's own header writer sends it."""
    got = _round_trip(store, value)
    assert got == _as_replied(value)
    try:
        stock = store._graph.ro_query("RETURN $x AS x", {"x": value}).result_set[0][0]
    except ValueError:  # the client refuses empty map keys, which FalkorDB takes
        return
    assert got == _plain(stock)


_PLAIN_TEXT = st.text(  # no ":" (keys end in it), back quote, "N"/"I" (NaN, Infinity), 19 digits in a row
    alphabet=st.one_of(
        st.characters(exclude_categories=("Cs",), exclude_characters="\x00:`NI"),
        st.sampled_from(list('"\\\n\t\x01\x7f{[,中文😀')),
    ),
    max_size=18,
)
_PLAIN_VALUES = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-(10**18) + 1, max_value=10**18 - 1),
        st.floats(allow_nan=False, allow_infinity=False),
        _PLAIN_TEXT,
    ),
    lambda children: (
        st.lists(children, max_size=5)
        # identifier keys without N or I, as the text above: a key holding NaN or Infinity takes the exact writer
        | st.dictionaries(
            st.from_regex(r"[A-HJ-MO-Za-z_][A-HJ-MO-Za-z0-9_]{0,8}", fullmatch=True), children, max_size=5
        )
    ),
    max_leaves=24,
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=_PLAIN_VALUES)
@example(value={"B": "{", "A": None})  # a value "{" before a key: its closing quote once looked like a key's
def test_common_values_take_the_fast_path(store: EmbeddedFalkorStore, value: Any) -> None:
    """Values like the loader's rows (identifier keys; text with quotes, backslashes, newlines, control
    characters; strings in lists) never need the slow exact writer, and round-trip."""

    def slow(value: Any, name: str) -> str:
        raise AssertionError(f"the exact writer was used for {value!r}")

    with pytest.MonkeyPatch.context() as patched:
        patched.setattr("graph.params._exact", slow)
        assert _round_trip(store, value) == _as_replied(value)


@settings(max_examples=100, deadline=None)
@given(values=st.lists(st.floats(allow_nan=False, allow_infinity=False), min_size=1, max_size=20))
def test_floats_are_parsed_exactly(store: EmbeddedFalkorStore, values: list[float]) -> None:
    """Replies print 15 digits, so compare on the server: our notation (1e-7) against Python's repr."""
    header = f"CYPHER x={cypher_value(values)} y=[{','.join(map(repr, values))}]"
    assert store._graph.ro_query(header + " RETURN $x = $y").result_set[0][0] is True


@pytest.mark.parametrize(
    "value",
    [
        ["a", "b", {"k": "v"}],  # strings in a list look like keys after a comma
        {"a{": "x,", "b": ["{", ","], "c": {"d,": "e{"}},  # strings ending in "{" or ","
        {"k": ":v", ":k": [":", ":x"]},  # strings starting with ":"
        {'say "hi":': 'he said "x": y', "a\\b": "c\\", "t\tab": "\x01\x1f\x7f"},  # escapes in keys, values
        {"q": "`", "r": "x`:", "s": ["`", "a"]},  # back quotes in values
        {"n": 10**18, "m": [INT64[0], INT64[1]], "s": "1234567890123456789012"},  # 19 digits
        {"s": "NaN Infinity -Infinity", "l": ["NaN"]},
        {"NaN": None, "Infinity": 1.5, "xNaNy": "z"},  # keys holding them (the exact writer)
        "\\u0041 \\\\u0041 \\\\\\u0041",  # backslash-u that is text, not an escape
        {"": {"": ""}},
        [[], {}, [[]], [{}], {"a": []}],
        ("a", 1, (2.5, None)),  # tuples are lists
    ],
)
def test_tricky_values_round_trip(store: EmbeddedFalkorStore, value: Any) -> None:
    assert _round_trip(store, value) == _as_replied(value)


def test_loader_rows_round_trip(store: EmbeddedFalkorStore) -> None:
    rows = [
        {
            "id": "t1",
            "props": {"text": "一、加强组织领导。\n各镇（街道）要……", "start": 0, "end": 17, "quote": '"x"'},
        },
        {"src": "a", "dst": "b", "props": {"count": 2, "role": "lead", "score": 0.75, "is_total": False}},
    ]
    result = store.query("UNWIND $rows AS r RETURN r", {"rows": rows})
    assert [_plain(row["r"]) for row in result.rows] == rows


# --- refusals -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (math.nan, r"\$x is nan, which FalkorDB cannot store"),
        ({"rows": [{"props": {"v": math.inf}}]}, r"\$x\.rows\[0\]\.props\.v is inf"),
        ([-math.inf], r"\$x\[0\] is -inf"),
        (2**63, r"\$x = 9223372036854775808 does not fit in 64 bits"),
        ([{"n": -(2**63) - 1}], r"\$x\[0\]\.n = -9223372036854775809 does not fit in 64 bits"),
        ({"k": "a\x00b"}, r"\$x\.k holds a NUL character"),
        ({"k": ["\ud800"]}, r"\$x\.k\[0\] holds an unpaired surrogate"),
        ({"a`b": 1}, r"the map key 'a`b' in query parameter \$x cannot be sent: it holds a back quote"),
        ({"ok": {"`": 1}}, r"the map key '`' in query parameter \$x\.ok .*back quote"),
        ({"o": object()}, r"\$x cannot be sent: Unable to serialize unknown type"),
    ],
)
def test_values_falkordb_cannot_take_are_refused(value: Any, message: str) -> None:
    with pytest.raises(StoreError, match=message) as raised:
        params_header({"x": value})
    assert raised.value.hint  # and says what to do instead


def test_circular_values_are_refused() -> None:
    loop: list[Any] = []
    loop.append(loop)
    with pytest.raises(StoreError, match=r"\$x cannot be sent"):
        params_header({"x": loop})


@pytest.mark.parametrize(("name", "message"), [("", "empty name"), ("a`b", "back quote")])
def test_bad_parameter_names_are_refused(name: str, message: str) -> None:
    with pytest.raises(StoreError, match=message):
        params_header({name: 1})


def test_refusals_reach_the_store_callers_as_store_errors(store: EmbeddedFalkorStore) -> None:
    with pytest.raises(StoreError, match="nan"):
        store.query("RETURN $x AS x", {"x": [math.nan]})
    with pytest.raises(StoreError, match="64 bits"):
        store._write("CREATE (:Probe {n: $n})", {"n": 2**64})
    assert store.query("MATCH (p:Probe) RETURN count(p) AS n").rows == [{"n": 0}]  # nothing was written


def test_a_statement_holding_a_surrogate_is_refused(store: EmbeddedFalkorStore) -> None:
    with pytest.raises(StoreError, match="the statement holds an unpaired surrogate"):
        store.query('RETURN "\ud800" AS x')


def test_header_shape() -> None:
    assert params_header(None) == params_header({}) == ""
    assert params_header({"a": 1, "b": "x"}) == 'CYPHER `a`=1 `b`="x" '
    assert cypher_value({"id": "n1", "props": {"k": [1, 2.5, True, None]}}) == (
        '{`id`:"n1",`props`:{`k`:[1,2.5,true,null]}}'
    )


def test_lists_written_apart_join_into_the_list_of_all_their_items() -> None:
    """Documents' rows are written in the workers and joined in the loading process: a written value is
    sent as it is, and joined texts are the text of the joined list."""
    first = [{"id": "a", "props": {"flags": ["x", "y,"], "n": 1}}]
    second = [{"id": "b", "props": {"quote": '引"号\n', "v": 2.5}}]
    joined = written_list([cypher_value(first)[1:-1], cypher_value([])[1:-1], cypher_value(second)[1:-1]])
    assert joined == cypher_value(first + second)
    assert cypher_value(Written("[1,2]")) == "[1,2]"
    assert params_header({"rows": joined}) == f"CYPHER `rows`={cypher_value(first + second)} "
