"""Round 39: a task table's 配合单位 cell lists its bodies one a line (<br> in a web page, line breaks in a
Word cell), the first written with its other name in brackets: 市市场监管局（市知识产权局）<br>人行瑞安市支行.

A line whose words end in no body's ending and whose next line opens with no place was read as a
collective's name the line cut (各乡镇人民 / 政府), so the bracket closing the first name made the two lines
one body. Now a name closed by its bracketed other name ends there; a collective's cut name still joins."""

from __future__ import annotations

import pytest

from tests.plans import extracted, named_units

HEAD = (
    '<html><body><p>瑞安市2025年知识产权工作任务清单</p><table border="1">'
    "<tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>配合单位</td></tr>"
)


def _row_units(cell: str) -> list[tuple[str, str, str]]:
    page = (
        f"{HEAD}<tr><td>1</td><td>深化知识产权质押融资</td><td>市金融工作中心</td><td>{cell}</td></tr>"
        "</table></body></html>"
    )
    doc, _ = extracted(page, "plan.html")
    (found,) = [units for units in named_units(doc).values() if units]
    return found


@pytest.mark.parametrize(
    ("cell", "supporters"),
    [
        (
            "市市场监管局（市知识产权局）<br>人行瑞安市支行",
            ["市市场监管局（市知识产权局）", "人行瑞安市支行"],
        ),
        (
            "市市场监管局（知识产权局）<br>人民银行瑞安市支行",
            ["市市场监管局（知识产权局）", "人民银行瑞安市支行"],
        ),
        (
            "市经信局<br>市市场监管局（市知识产权局）<br>人行瑞安市支行",
            ["市经信局", "市市场监管局（市知识产权局）", "人行瑞安市支行"],
        ),
        ("市委宣传部（市版权局）<br>人行瑞安市支行", ["市委宣传部（市版权局）", "人行瑞安市支行"]),
    ],
)
def test_a_bracketed_other_name_closes_its_line(cell: str, supporters: list[str]) -> None:
    assert _row_units(cell) == [
        ("市金融工作中心", "lead", "table"),
        *[(name, "support", "table") for name in supporters],
    ]


@pytest.mark.parametrize("cut", ["各乡镇人民<br>政府", "各镇（街道）人民<br>政府"])
def test_a_collectives_name_cut_by_the_line_still_joins(cut: str) -> None:
    found = _row_units(f"市经信局<br>{cut}")
    assert [(name.replace("\n", ""), role) for name, role, _ in found] == [
        ("市金融工作中心", "lead"),
        ("市经信局", "support"),
        (cut.replace("<br>", ""), "support"),
    ]
