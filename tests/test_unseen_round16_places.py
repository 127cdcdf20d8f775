"""Round 16: a province's 工作要点 (江西, .txt) naming the governments of several of its cities and the
collective of its cities.

- （省知识产权局，南昌市、赣州市、景德镇市人民政府）: places written before the body they share (人民政府,
  named once after the last) are that body of each place; before, the bare places made the bracket read as
  no list of units and the task fell back to the issuer.
- 各设区市知识产权局 / 各设区市人民政府 (the cities divided into districts, the province's prefecture-level
  cities): the collective of the province's cities, as 各市 is; before, 各设区 was cut off as if it were the
  task's work and 市知识产权局 resolved to a body of no region.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from policykg.extract.agency_lists import shared_names
from tests.plans import extracted

HEAD = "江西省2024年知识产权工作要点\n为加快推进知识产权强省建设，制定本要点。\n一、促进知识产权转化运用\n"


def _units(body: str) -> list[tuple[str, str, str]]:
    doc, _ = extracted(HEAD + "（一）推进知识产权保护中心建设。" + body + "\n")
    regions = {a.id: a.region_id or "" for a in doc.agencies}
    return [
        (r.agency.name, r.role, regions[r.agency.id])
        for t in doc.tasks
        for r in t.responsibilities
        if r.basis != "issuer_default"
    ]


def test_places_share_the_body_named_after_the_last() -> None:
    assert _units("（省知识产权局牵头，南昌市、赣州市、景德镇市人民政府配合）") == [
        ("江西省知识产权局", "lead", "360000"),
        ("南昌市人民政府", "support", "360100"),
        ("赣州市人民政府", "support", "360700"),
        ("景德镇市人民政府", "support", "360200"),
    ]


def test_bare_bracket_of_a_body_and_places_sharing_one() -> None:
    got = _units("（省知识产权局，南昌市、赣州市人民政府）")
    assert [(name, region) for name, _, region in got] == [
        ("江西省知识产权局", "360000"),
        ("南昌市人民政府", "360100"),
        ("赣州市人民政府", "360700"),
    ]


def test_cities_divided_into_districts_are_a_collective() -> None:
    doc, _ = extracted(
        HEAD
        + "（一）开展试点。各设区市知识产权局要组织开展专利开放许可试点。（责任单位：各设区市人民政府）\n"
    )
    regions = {a.id: a.region_id for a in doc.agencies}
    named = [
        (r.agency.surface, r.agency.type, regions[r.agency.id]) for t in doc.tasks for r in t.responsibilities
    ]
    assert ("各设区市人民政府", "all_governments", "360000") in named
    assert all(region is not None for _, _, region in named)


_PLACES = ["南昌市", "赣州市", "景德镇市", "九江市", "上饶市"]


@given(places=st.lists(st.sampled_from(_PLACES), min_size=2, max_size=4, unique=True))
def test_shared_body_names_every_place(places: list[str]) -> None:
    """However many places share the body, each is named with it, quoted from its own start to the body's
    end, and the last keeps its own span."""
    text = "、".join(places[:-1]) + "、" + places[-1] + "人民政府"
    spans = []
    at = 0
    for place in places[:-1]:
        spans.append((at, at + len(place)))
        at += len(place) + 1
    spans.append((at, len(text)))
    got = shared_names(text, spans)
    assert got is not None
    assert [name or text[slice(*span)] for span, name in got] == [p + "人民政府" for p in places]
    assert all(span[1] == len(text) for span, _ in got)
    assert got[-1] == (spans[-1], None)


def test_a_place_that_is_no_full_name_shares_nothing() -> None:
    text = "省、市、县市场监管局"
    assert shared_names(text, [(0, 1), (2, 3), (4, len(text))]) is None
