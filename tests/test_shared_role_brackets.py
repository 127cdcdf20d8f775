"""A unit's share of a task written as a bracket with no verb: task tables write 县市场监管局（按职责分工） in
their 责任单位 column (the column's header says 负责), and annotations close a list of units with 按职责分工
alone (（责任单位：区市场监管局、区科技局按职责分工）). Before, the bracket stayed part of the unit's name (a made-up
body 县市场监管局（按职责分工） with no type) and the closing words were read into the last unit's name."""

from __future__ import annotations

import pytest

from tests.plans import extracted, named_units

TABLE = """# 临泉县知识产权强县建设工作任务分工方案

## 一、任务分工

| 序号 | 工作任务 | 责任单位 | 完成时限 |
| --- | --- | --- | --- |
| 1 | 开展知识产权质押融资，全年质押融资金额5000万元以上 | 县地方金融监管局、县市场监管局（{note}） | 持续推进 |
"""

PROSE = """汉中市南郑区知识产权工作实施方案
一、重点任务
（一）加强专利转化运用。推动高校专利向中小企业转移转化（责任单位：区市场监管局、区科技局{note}）。
"""


@pytest.mark.parametrize("note", ["按职责分工", "按照职责分工", "按职能分工"])
def test_a_table_cells_bracket_shares_the_task(note: str) -> None:
    doc, _ = extracted(TABLE.format(note=note), "plan.md")
    (units,) = [u for u in named_units(doc).values() if u]
    assert units == [("县地方金融监管局", "joint", "table"), ("县市场监管局", "joint", "table")]
    assert all(a.type is not None for a in doc.agencies if "监管局" in a.name)


@pytest.mark.parametrize("note", ["按职责分工", "按照职责分工"])
def test_an_annotation_closing_with_the_share_alone(note: str) -> None:
    doc, _ = extracted(PROSE.format(note=note))
    assert named_units(doc)["一.(一)"] == [
        ("区市场监管局", "joint", "annotation"),
        ("区科技局", "joint", "annotation"),
    ]


def test_the_share_with_its_verb_reads_as_before() -> None:
    doc, _ = extracted(PROSE.format(note="按职责分工负责"))
    assert named_units(doc)["一.(一)"] == [
        ("区市场监管局", "joint", "annotation"),
        ("区科技局", "joint", "annotation"),
    ]
