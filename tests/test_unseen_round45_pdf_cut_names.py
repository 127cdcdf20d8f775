"""Round 45: bodies' names a PDF table's narrow unit column cut, joined back (loaders/pdf_names.py).

A Jiangsu city's work points list their 配合单位 in a narrow column of a ruled table, and three names kept the
column's line breaks in what the stages quoted (如皋经济技术开发区管委 / 会, 如 / 皋经济技术开发区管委会,
国家金融监督管 / 理总局如皋监管 / 支局): the first piece of the first reads as a whole name (管委 ends like one),
the second's is a place's first character, no body's opening, and the third runs over three lines, its middle
line no name on either side. A type's word running over the break (管委 / 会) now cuts the name whatever the
first piece ends like; a place's name cut (如 / 皋, the two together opening a name that is whole) joins; a
middle line neither opening nor closing a name joins on both sides; and the lines are read again while a pass
joins a break (如 / 皋经济技术开发 / 区管委会: whole only after its second break is joined). Here other places,
other bodies, and lines that stay apart.
"""

from __future__ import annotations

import pytest

from loaders.pdf_names import join_cut_names
from tests.formats import to_table_pdf
from tests.plans import extracted, named_units


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("市科技局、市工信局、如皋经济技术开发区管委\n会", "市科技局、市工信局、如皋经济技术开发区管委会"),
        ("县商务局、张家港保税区管委\n会、县财政局", "县商务局、张家港保税区管委会、县财政局"),
        ("市发展改革委、江阴高新区管委\n会", "市发展改革委、江阴高新区管委会"),
        (
            "市人民法院、市市场监管局、如\n皋经济技术开发区管委会",
            "市人民法院、市市场监管局、如皋经济技术开发区管委会",
        ),
        ("县财政局、宜\n兴经济技术开发区管委会", "县财政局、宜兴经济技术开发区管委会"),
        ("市公安局、昆\n山高新区管委会", "市公安局、昆山高新区管委会"),
        ("国家金融监督管\n理总局如皋监管\n支局、市财政局", "国家金融监督管理总局如皋监管支局、市财政局"),
        ("国家金融监督管\n理总局南通监管\n分局", "国家金融监督管理总局南通监管分局"),
        ("县商务局、常熟经济技术开发区管\n委会", "县商务局、常熟经济技术开发区管委会"),
    ],
)
def test_names_cut_by_a_narrow_column_are_joined(text: str, joined: str) -> None:
    assert join_cut_names(text) == joined


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("县市场监管局\n县科技局", "县市场监管局\n县科技局"),
        ("推进知识产权工作，如\n期完成年度任务", "推进知识产权工作，如\n期完成年度任务"),
        ("各镇要加强\n管理", "各镇要加强\n管理"),
        ("市财政局\n会同市科技局", "市财政局\n会同市科技局"),
        # a whole name before a name cut once: only the cut's break goes
        ("县委金融办\n国家金融监督管\n理总局安岳监管支局", "县委金融办\n国家金融监督管理总局安岳监管支局"),
    ],
)
def test_whole_names_and_prose_keep_their_breaks(text: str, kept: str) -> None:
    assert join_cut_names(text) == kept


def test_a_pdf_table_names_its_cut_bodies_whole() -> None:
    rows = [
        ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
        ["1", "建设知识产权保护工作站。", "市市场监管局", "如皋经济技术开发区管委会", "2025年9月"],
        ["2", "开展质押融资入园惠企。", "市委金融办", "国家金融监督管理总局如皋监管支局", "2025年12月"],
    ]
    doc, _ = extracted(
        to_table_pdf(["重点任务分工表"], rows, [2, 12, 6, 7, 8], ["各单位要按时完成。"]), "plan.pdf"
    )
    got = {path: units for path, units in named_units(doc).items() if "表" in path}
    assert sorted(s for units in got.values() for s, role, _ in units if role == "support") == [
        "国家金融监督管理总局如皋监管支局",
        "如皋经济技术开发区管委会",
    ]
