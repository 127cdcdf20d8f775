"""Round 46: a city's work points as a text PDF whose annex 重点任务分工表 stands on landscape pages with no
rules at all (序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 placed by x position alone, each cell wrapped in
its column). Two gaps in reading its cells one a line. A lead cell naming a body closed by its other name in
brackets (市市场监管局（市知识产权局）) was read as a name cut over the line, so the 配合单位 line below it
joined the lead cell and every supporter led; a bracket closing a body's name now ends the name
(agency_lists.ends_a_name). A unit cell listing more bodies than one name's length (人民银行…分行、国家金融
监督管理总局…监管分局、市市场监管局（市知识产权局）) read as no unit cell, so its row and the rest of the
page's table were lost; a unit cell may now list names of any length (stacked_tables._units_cell), also
when the layout wrapped it after a 、.
"""

from __future__ import annotations

import pytest

from tests.formats import to_table_pdf
from tests.plans import extracted, named_units

HEADER = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
WIDTHS = [2, 14, 8, 12, 8]


def _table_units(rows: list[list[str]]) -> dict[str, list[tuple[str, str]]]:
    doc, _ = extracted(
        to_table_pdf(["重点任务分工表"], [HEADER, *rows], WIDTHS, ["各单位要按时完成。"]), "plan.pdf"
    )
    return {
        path: sorted((surface, role) for surface, role, _ in units)
        for path, units in named_units(doc).items()
        if "表" in path
    }


@pytest.mark.parametrize(
    ("lead", "supporters"),
    [
        ("区市场监管局（区知识产权局）", ["区科技局", "区工信局"]),
        ("县市场监管局（县知识产权局）", ["县农业农村局", "县商务局"]),
        ("市委宣传部（市版权局）", ["市教育局", "市司法局"]),
        ("州市场监管局（州知识产权局）", ["州公安局"]),
    ],
)
def test_a_lead_closed_by_its_other_name_in_brackets_ends_its_cell(lead: str, supporters: list[str]) -> None:
    rows = [
        ["1", "推进专利导航服务。围绕主导产业开展专利导航。", lead, "、".join(supporters), "2025年12月底前"],
        ["2", "加强地理标志保护。规范专用标志使用。", "县农业农村局", "县市场监管局", "2025年10月底前"],
    ]
    got = _table_units(rows)
    first = next(units for path, units in got.items() if path.endswith(".1"))
    assert [s.split("（")[0] for s, role in first if role == "lead"] == [lead.split("（")[0]]
    assert sorted(s for s, role in first if role == "support") == sorted(supporters)


@pytest.mark.parametrize(
    "supporters",
    [
        ["人民银行潍坊市分行", "国家金融监督管理总局潍坊监管分局", "市市场监管局（市知识产权局）"],
        ["中国人民银行某某市分行", "国家金融监督管理总局某某监管分局", "市财政局", "市工业和信息化局"],
        ["市发展和改革委员会", "市工业和信息化局", "市人力资源和社会保障局", "市文化和旅游局", "市司法局"],
    ],
)
def test_a_unit_cell_listing_more_than_one_names_length_is_read(supporters: list[str]) -> None:
    assert len("、".join(supporters)) > 40
    rows = [
        [
            "1",
            "深化知识产权金融服务。扩大质押融资覆盖面。",
            "市委金融办",
            "、".join(supporters),
            "2025年12月底前",
        ],
        ["2", "加强地理标志保护。规范专用标志使用。", "市农业农村局", "市市场监管局", "2025年10月底前"],
    ]
    got = _table_units(rows)
    assert len(got) == 2
    first = next(units for path, units in got.items() if path.endswith(".1"))
    assert ("市委金融办", "lead") in first
    assert len([s for s, role in first if role == "support"]) == len(supporters)
