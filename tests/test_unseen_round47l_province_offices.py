"""Round 47: a province's (or an autonomous region's) government office is its 办公厅 (四川省人民政府办公厅,
广西壮族自治区人民政府办公厅); the body was named 四川省人民政府办公室 in the graph, the name of a city's or a
county's office, whatever the plan wrote (agency_types.yaml government_office `province_suffix`).
"""

from __future__ import annotations

import pytest

from tests.plans import extracted


def _bodies(text: str) -> dict[str, str]:
    doc = extracted(text)[0]
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
    bodies = _bodies(
        f"{province}知识产权强省建设工作要点\n一、重点任务\n"
        f"1.健全知识产权工作督查机制。（{written}牵头，省市场监管局配合）\n"
        f"2.开展知识产权强省建设评估。（省市场监管局负责）\n"
    )
    assert bodies[f"agency/{code}/government_office"] == f"{province}人民政府办公厅"


def test_a_provinces_office_signing_the_plan_is_its_general_office() -> None:
    bodies = _bodies(
        "关于加快建设知识产权强省的实施意见\n川办发〔2025〕3号\n一、重点任务\n"
        "（一）培育高价值专利。（省市场监管局、省科技厅按职责分工负责）\n"
        "四川省人民政府办公厅\n2025年3月18日\n"
    )
    assert bodies["agency/510000/government_office"] == "四川省人民政府办公厅"


@pytest.mark.parametrize(("place", "code"), [("南通市", "320600"), ("蓬溪县", "510921")])
def test_a_citys_or_a_countys_office_keeps_its_name(place: str, code: str) -> None:
    level = place[-1]
    bodies = _bodies(
        f"{place}知识产权工作要点\n一、重点任务\n"
        f"1.健全知识产权工作督查机制。（{level}政府办公室牵头，{level}市场监管局配合）\n"
    )
    assert bodies[f"agency/{code}/government_office"].endswith(f"{place}人民政府办公室")
