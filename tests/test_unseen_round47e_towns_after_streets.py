"""Round 47: the subdistricts written by their offices before the towns by their governments (各街道办事处、
镇人民政府, as a district's plan addresses its grassroots units) are one collective, the towns and subdistricts,
as 各镇人民政府、街道办事处 is. Read apart, 镇人民政府 was a town's government of its own and 各街道办事处 the
subdistricts alone, in a prose duty (各街道办事处、镇人民政府要结合实际…) and in a note's or a cell's list, where
the whole was also read beside its first name."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import extracted, named_units, resolved_agency

HEAD = "某区知识产权强区建设工作方案\n一、重点任务\n"

STREETS = ["各街道办事处", "各街道办", "各街道"]
TOWNS = ["镇人民政府", "乡镇人民政府", "镇政府", "乡镇政府", "苏木人民政府"]


def _units(body: str) -> list[dict[str, str]]:
    doc, _ = extracted(HEAD + body)
    return [{s: role for s, role, _ in found} for found in named_units(doc).values() if found]


def test_a_prose_duty_of_the_streets_and_towns_is_one_collective() -> None:
    body = "二、保障措施\n（一）营造氛围。各街道办事处、镇人民政府要结合实际，抓好辖区内商标注册和品牌培育工作。\n"
    assert _units(body) == [{"各街道办事处、镇人民政府": "implicit"}]


def test_a_helpers_list_closing_with_them() -> None:
    body = "1.开展商标注册帮扶。（牵头单位：区农牧局；配合单位：区市场监管局、各街道办事处、乡镇人民政府）\n"
    assert _units(body) == [
        {"区农牧局": "lead", "区市场监管局": "support", "各街道办事处、乡镇人民政府": "support"}
    ]


@pytest.mark.parametrize("written", ["各街道办事处、镇人民政府", "各街道办、乡镇政府", "各苏木、街道"])
def test_they_name_the_towns_and_subdistricts(written: str) -> None:
    _, name, kind, _ = resolved_agency("150105", written)
    assert (name, kind) == ("呼和浩特市赛罕区各镇（街道）", "all_towns")
    assert resolved_agency("150105", "各镇人民政府、街道办事处")[1] == name


def test_townships_of_inner_mongolia_before_the_streets() -> None:
    assert _units("1.开展地理标志培育。（牵头单位：区农牧局；配合单位：各苏木、街道）\n") == [
        {"区农牧局": "lead", "各苏木、街道": "support"}
    ]


@pytest.mark.parametrize(
    ("listed", "expected"),
    [
        # a town named by its own name is that town's government, no collective
        ("各街道办事处、金河镇人民政府", {"各街道办事处": "joint", "金河镇人民政府": "joint"}),
        # a department after the streets is a body of its own
        ("各街道办事处、区市场监管局", {"各街道办事处": "joint", "区市场监管局": "joint"}),
    ],
)
def test_other_names_after_the_streets_stay_apart(listed: str, expected: dict[str, str]) -> None:
    assert _units(f"1.开展商标注册帮扶。（责任单位：{listed}）\n") == [expected]


@settings(max_examples=30, deadline=None)
@given(streets=st.sampled_from(STREETS), towns=st.sampled_from(TOWNS), lead=st.booleans())
def test_streets_then_towns_are_one_unit(streets: str, towns: str, lead: bool) -> None:
    both = f"{streets}、{towns}"
    if lead:
        units = _units(f"1.开展地理标志培育。（牵头单位：区农牧局；配合单位：{both}）\n")
        assert units == [{"区农牧局": "lead", both: "support"}]
    else:
        units = _units(f"二、保障措施\n（一）抓好落实。{both}要结合实际，做好辖区内品牌培育工作。\n")
        assert units == [{both: "implicit"}]
