"""Round 44: a task table whose note says how its unit cells give roles by their lines (注：“责任单位”栏分两行列
出的，第一行为牵头单位，第二行为配合单位). A cell of two lines read joint, and the note itself named 第一行 and 第二行
as bodies (a 行, as a bank's name ends). The note's wordings are data (roles.yaml first_line_is_lead): a cell of
two lines now gives its first line's units the lead and the others support, a cell of one line keeps its reading
(A、B: joint), and the note names no one."""

from __future__ import annotations

import pytest

from tests.plans import extracted, named_units

TABLE = """# 某市2025年知识产权工作要点

## 一、重点任务

| 序号 | 工作任务 | 责任单位 |
| --- | --- | --- |
| 1 | 开展商标品牌培育行动 | 市市场监管局<br>市商务局、市农业农村局 |
| 2 | 健全知识产权纠纷人民调解组织 | 市司法局<br>市中级人民法院 |
| 3 | 开展产业专利导航 | 市工信局、市市场监管局 |
| 4 | 建设信息公共服务网点 | 市市场监管局 |
| 5 | 查处侵权假冒案件 | 市市场监管局（牵头）<br>市公安局 |

{note}
"""


def _units(note: str, name: str = "plan.md") -> list[list[tuple[str, str]]]:
    doc, _ = extracted(TABLE.format(note=note), name)
    units = named_units(doc)
    return [sorted((s, r) for s, r, _ in units[path]) for path in sorted(units)]


LINES = [
    [("市农业农村局", "support"), ("市商务局", "support"), ("市市场监管局", "lead")],
    [("市中级人民法院", "support"), ("市司法局", "lead")],
    [("市工信局", "joint"), ("市市场监管局", "joint")],
    [("市市场监管局", "sole")],
    [("市公安局", "support"), ("市市场监管局", "lead")],
]


@pytest.mark.parametrize(
    "note",
    [
        "注：“责任单位”栏分两行列出的，第一行为牵头单位，第二行为配合单位。",
        "注：责任单位首行为牵头单位，其余行为配合单位。",
        "说明：牵头单位列在第一行，配合单位列在第二行。",
        "注：责任单位栏中，上一行的单位为牵头单位，下一行的单位为配合单位。",
    ],
)
def test_a_cells_first_line_leads_under_the_note(note: str) -> None:
    paths = _units(note)
    assert paths[-5:] == LINES
    assert all(s not in ("第一行", "第二行", "首行", "其余行") for path in paths for s, _ in path)


def test_without_the_note_two_lines_are_read_as_before() -> None:
    paths = _units("")
    assert paths[0] == [("市农业农村局", "joint"), ("市商务局", "joint"), ("市市场监管局", "joint")]
    assert paths[4] == [("市公安局", "support"), ("市市场监管局", "lead")]


def test_the_note_holds_no_bodies_in_prose() -> None:
    doc, _ = extracted(
        "某县知识产权工作方案\n一、重点任务\n（一）加强专利保护。县市场监管局负责。\n"
        "注：各项任务责任单位分两行列出的，第一行为牵头单位，第二行为配合单位。\n"
    )
    names = {s for found in named_units(doc).values() for s, _, _ in found}
    assert names == {"县市场监管局"}
