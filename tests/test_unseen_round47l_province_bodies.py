"""Round 47: the names a province's own bodies have in the graph.

A province's (or an autonomous region's) government office is its 办公厅 (四川省人民政府办公厅, 广西壮族自治区
人民政府办公厅): it was named 四川省人民政府办公室, a city's or a county's office's name, whatever the plan wrote
(agency_types.yaml government_office `province_suffix`). A province's industry department that keeps the economy's
name (四川省经济和信息化厅, as a city's 经济和信息化局 does) is named as written, no longer 四川省工业和信息化厅, the
name the type gives a province's department (industry_it `full_names`); its identity stays the province's industry
department however the plan writes it.
"""

from __future__ import annotations

import pytest

from tests.plans import extracted


def _names(place: str, *notes: str) -> dict[str, str]:
    """The graph's name of each body a work plan of ``place`` names, one item a note, by the body's id."""
    items = "".join(f"{n}.开展第{n}项工作。（{note}）\n" for n, note in enumerate(notes, 1))
    doc = extracted(f"{place}知识产权工作要点\n一、重点任务\n{items}")[0]
    return {a.id: a.name for a in doc.agencies}


@pytest.mark.parametrize(
    ("province", "code", "written"),
    [
        ("四川省", "510000", "省政府办公厅"),
        ("广东省", "440000", "省人民政府办公厅"),
        ("广西壮族自治区", "450000", "自治区人民政府办公厅"),
        ("湖南省", "430000", "省政府办"),
    ],
)
def test_a_provinces_office_named_in_a_note_is_its_general_office(
    province: str, code: str, written: str
) -> None:
    names = _names(province, f"{written}牵头，省市场监管局配合", "省市场监管局负责")
    assert names[f"agency/{code}/government_office"] == f"{province}人民政府办公厅"


def test_a_provinces_office_signing_the_plan_is_its_general_office() -> None:
    doc = extracted(
        "关于加快建设知识产权强省的实施意见\n川办发〔2025〕3号\n一、重点任务\n"
        "（一）培育高价值专利。（省市场监管局、省科技厅按职责分工负责）\n"
        "四川省人民政府办公厅\n2025年3月18日\n"
    )[0]
    names = {a.id: a.name for a in doc.agencies}
    assert names["agency/510000/government_office"] == "四川省人民政府办公厅"


@pytest.mark.parametrize(("place", "code"), [("南通市", "320600"), ("蓬溪县", "510921")])
def test_a_citys_or_a_countys_office_keeps_its_name(place: str, code: str) -> None:
    level = place[-1]
    names = _names(place, f"{level}政府办公室牵头，{level}市场监管局配合")
    assert names[f"agency/{code}/government_office"].endswith(f"{place}人民政府办公室")


@pytest.mark.parametrize(("province", "code"), [("四川省", "510000"), ("广西壮族自治区", "450000")])
def test_a_provinces_department_of_the_economy_keeps_its_name(province: str, code: str) -> None:
    level = "自治区" if province.endswith("自治区") else "省"
    names = _names(province, f"{level}经济和信息化厅牵头，{level}市场监管局配合")
    assert names[f"agency/{code}/industry_it"] == f"{province}经济和信息化厅"


def test_the_short_name_after_the_full_one_is_the_same_department() -> None:
    names = _names("四川省", "省经信厅、省科技厅按职责分工负责", "省经济和信息化厅牵头，省市场监管局配合")
    assert names["agency/510000/industry_it"] == "四川省经济和信息化厅"


def test_a_department_of_industry_keeps_the_types_name() -> None:
    names = _names("湖南省", "省工业和信息化厅牵头，省市场监管局配合")
    assert names["agency/430000/industry_it"] == "湖南省工业和信息化厅"
