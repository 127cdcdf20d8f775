"""Round 47 (a): a county-level city's pilot scheme (延吉市知识产权强市建设试点工作方案, Word) named the towns and
subdistricts together with the subdistricts first, by their offices (配合：市市场监督管理局、各街道办事处、镇人民政府).
The towns written first (各镇人民政府、街道办事处) were one collective already; the subdistricts first were not
gathered, and 镇人民政府 after them was read as the towns' counterpart of 各街道办事处 (各镇人民政府), so the unit
named 各街道办事处 twice: alone and with the towns. In a note, a table cell or a sentence's subject they are one
collective, the same as the towns first (policykg/extract/agency_lists.py ``_TOWNS_FIRST``; agency_types.yaml
all_towns rewrites).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import extracted, named_units

_HEAD = "某某市知识产权工作方案\n一、重点任务\n"
_OFFICES = ("各街道办事处", "各街道办", "各街道")
_TOWNS = ("镇人民政府", "镇政府", "乡镇人民政府", "乡镇政府", "乡镇", "镇")


def _units(body: str) -> list[tuple[str, str]]:
    doc, _ = extracted(_HEAD + body)
    return [(surface, role) for units in named_units(doc).values() for surface, role, _ in units]


@settings(max_examples=25, deadline=None)
@given(
    offices=st.sampled_from(_OFFICES),
    towns=st.sampled_from(_TOWNS),
    before=st.sampled_from(("", "市农业农村局、", "市市场监督管理局、市商务局、")),
    after=st.sampled_from(("", "、市财政局")),
)
def test_subdistricts_first_and_the_towns_after_them_are_one_collective(
    offices: str, towns: str, before: str, after: str
) -> None:
    gathered = f"{offices}、{towns}"
    units = _units(
        f"1.开展地理标志品牌推广工作。（牵头单位：市科技局；配合单位：{before}{gathered}{after}）\n"
    )
    assert (gathered, "support") in units
    assert not any(surface in (offices, towns) for surface, _ in units)


def test_in_a_cells_stacked_lines_after_a_short_label() -> None:
    units = _units(
        "1.开展农产品商标培育。\n牵头：市农业农村局\n配合：市市场监督管理局、各街道办事处、镇人民政府\n"
    )
    assert units == [
        ("市农业农村局", "lead"),
        ("市市场监督管理局", "support"),
        ("各街道办事处、镇人民政府", "support"),
    ]


def test_as_a_sentences_subject() -> None:
    units = _units("（一）压实属地责任。各街道办事处、镇人民政府要结合实际，抓好辖区知识产权保护工作。\n")
    assert units == [("各街道办事处、镇人民政府", "implicit")]


def test_either_order_is_the_same_collective() -> None:
    doc, _ = extracted(
        _HEAD + "1.开展宣传。（责任单位：市委宣传部、各街道办事处、镇人民政府）\n"
        "2.开展培训。（责任单位：市教育局、各镇人民政府、街道办事处）\n"
        "3.开展调解。（责任单位：市司法局、各街道、乡镇）\n"
    )
    towns = {r.agency.id for t in doc.tasks for r in t.responsibilities if "街" in r.agency.surface}
    assert len(towns) == 1


def test_two_collectives_each_opened_by_its_own_word_stay_two() -> None:
    # 各街道办事处、各镇人民政府: each gathered by its own 各, as before
    units = _units("1.开展培训。（责任单位：市农业农村局、各街道办事处、各镇人民政府）\n")
    assert [s for s, _ in units] == ["市农业农村局", "各街道办事处", "各镇人民政府"]
