"""Round 47: a province's industry department that keeps the economy's name (四川省经济和信息化厅, as a city's
经济和信息化局 does) is named as written in the graph, no longer 四川省工业和信息化厅, the name the type gives a
province's department (agency_types.yaml industry_it `full_names`); its identity stays the province's industry
department however the plan writes it.
"""

from __future__ import annotations

import pytest

from tests.plans import extracted


def _bodies(text: str) -> dict[str, str]:
    doc = extracted(text)[0]
    return {a.id: a.name for a in doc.agencies}


@pytest.mark.parametrize(
    ("province", "code"), [("四川省", "510000"), ("吉林省", "220000"), ("广西壮族自治区", "450000")]
)
def test_a_provinces_department_of_the_economy_keeps_its_name(province: str, code: str) -> None:
    level = "自治区" if province.endswith("自治区") else "省"
    bodies = _bodies(
        f"{province}知识产权强省建设工作要点\n一、重点任务\n"
        f"1.培育知识产权优势企业。（{level}经济和信息化厅牵头，{level}市场监管局配合）\n"
    )
    assert bodies[f"agency/{code}/industry_it"] == f"{province}经济和信息化厅"


def test_the_short_name_after_the_full_one_is_the_same_department() -> None:
    bodies = _bodies(
        "四川省知识产权强省建设工作要点\n一、重点任务\n"
        "1.推进专利导航。（省经信厅、省科技厅按职责分工负责）\n"
        "2.培育知识产权优势企业。（省经济和信息化厅牵头，省市场监管局配合）\n"
    )
    assert bodies["agency/510000/industry_it"] == "四川省经济和信息化厅"


def test_a_department_of_industry_keeps_the_types_name() -> None:
    bodies = _bodies(
        "湖南省知识产权强省建设工作要点\n一、重点任务\n"
        "1.培育知识产权优势企业。（省工业和信息化厅牵头，省市场监管局配合）\n"
    )
    assert bodies["agency/430000/industry_it"] == "湖南省工业和信息化厅"
