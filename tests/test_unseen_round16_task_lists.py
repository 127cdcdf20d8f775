"""Round 16: a county's 任务清单 that numbers its entries with the word for them (任务一：… / 任务二：…, as
lists of 行动, 工程 and 措施 do too), each entry's fields on lines of their own (具体内容：… / 牵头单位：… /
配合单位：… / 完成时限：…). Before, no line was read as a unit, so the plan had no tasks and, with no unit to
end its head, not even a title; now each entry is an item with its units, deadline and targets.
"""

from __future__ import annotations

import pytest

from policykg.extract.markers import match_marker
from tests.plans import extracted, named_units

PLAN = """嘉善县知识产权强县建设任务清单（2024年）
任务一：高价值专利培育
具体内容：支持企业建设高价值专利培育中心，全年新增发明专利授权50件。
牵头单位：县市场监管局
配合单位：县科技局
完成时限：2024年12月底
任务二：知识产权保护
具体内容：开展执法专项行动，查办案件20件。
牵头单位：县市场监管局
配合单位：县公安局、县检察院
完成时限：2024年11月底
"""


def test_entries_numbered_with_their_word() -> None:
    doc, _ = extracted(PLAN)
    assert doc.plan.title == "嘉善县知识产权强县建设任务清单（2024年）"
    assert [(t.path, t.title, t.deadline_date) for t in doc.tasks] == [
        ("任务一", "高价值专利培育", "2024-12"),
        ("任务二", "知识产权保护", "2024-11"),
    ]
    units = named_units(doc)
    assert units["任务一"] == [("县市场监管局", "lead", "annotation"), ("县科技局", "support", "annotation")]
    assert [s for s, _, _ in units["任务二"]] == ["县市场监管局", "县公安局", "县检察院"]
    assert {(t.indicator, t.value) for t in doc.targets} == {("发明专利授权", 50.0), ("查办案件", 20.0)}


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("任务一：高价值专利培育", "任务一"),
        ("行动2：专利导航", "行动2"),
        ("工程三、地理标志", "工程三"),
        ("措施十二．质押融资", "措施十二"),
    ],
)
def test_named_markers(line: str, label: str) -> None:
    marker = match_marker(line, 0, len(line))
    assert marker is not None
    assert (marker.style, marker.label, marker.kind) == ("named", label, "item")


@pytest.mark.parametrize("line", ["任务分工：县市场监管局负责", "工程建设进度", "行动计划一览"])
def test_words_without_a_number_are_no_marker(line: str) -> None:
    assert match_marker(line, 0, len(line)) is None


def test_a_plan_without_units_keeps_its_title() -> None:
    doc, _ = extracted("嘉善县知识产权工作安排\n全年开展专利导航，推动企业贯标。\n")
    assert doc.plan.title == "嘉善县知识产权工作安排"


@pytest.mark.parametrize(
    "line", ["任务3：区财政局负责", "任务3： 区财政局负责", "任务一：县市场监管局牵头，县科技局配合"]
)
def test_a_line_assigning_a_task_by_number_is_no_entry(line: str) -> None:
    assert match_marker(line, 0, len(line)) is None


@pytest.mark.parametrize(
    "cell",
    [
        "牵头<br>县市场监管局<br>配合<br>县科技局",
        "牵头 县市场监管局<br>配合 县科技局",
        "牵头单位<br>县市场监管局<br>配合单位<br>县科技局",
    ],
)
def test_role_words_alone_on_their_lines_in_a_unit_cell(cell: str) -> None:
    """A unit cell whose lines give a role word and then the bodies (牵头 / 县市场监管局 / 配合 / 县科技局, as
    a nested role table renders): each role word labels the lines after it, as 牵头：… does. Before, only
    the last body was read (sole), or the roles came out reversed."""
    page = (
        "<html><body><p>嘉善县2024年知识产权工作要点</p><p>为推进工作，制定本要点。</p><p>一、重点任务</p>"
        "<table><tr><td>序号</td><td>重点任务</td><td>责任单位</td><td>完成时限</td></tr>"
        f"<tr><td>1</td><td>开展专利导航。</td><td>{cell}</td><td>2024年12月</td></tr></table></body></html>"
    )
    doc, _ = extracted(page.encode("utf-8"), "plan.html")
    row = next(t for t in doc.tasks if t.kind == "table_row")
    assert [(r.agency.surface, r.role) for r in row.responsibilities] == [
        ("县市场监管局", "lead"),
        ("县科技局", "support"),
    ]
