"""Task-table rows keep ids of their own, and 重点工作 heads a task column. Plans merge a 序号 cell over two
rows of work (rowspan, or a number written twice), and head the task column 重点工作 / 主要工作 / 具体举措 rather
than 重点任务. Before, both rows of one 序号 took one path and one id (the store folded them into one task with
both rows' units), and a 重点工作 column was no task column: the 具体措施 column right of it was read as the
task, so a 重点工作 cell spanning several measures was lost."""

from __future__ import annotations

import pytest

from tests.plans import extracted, named_units

HEAD = "<p>旌阳区2023年知识产权强区建设工作要点</p><p>为推进知识产权强区建设，制定本要点。</p><p>一、重点工作</p>"


def _page(table: str) -> str:
    return f"<html><body>{HEAD}<table>{table}</table></body></html>"


MERGED_NUMBER = """<tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>配合单位</td></tr>
<tr><td rowspan="2">1</td><td>实施专利提质增效行动</td><td>区市场监管局</td><td>区科技局</td></tr>
<tr><td>培育高价值专利组合2个</td><td>区科技局</td><td>区经信局</td></tr>
<tr><td>2</td><td>开展商标侵权专项整治</td><td>区市场监管局</td><td>区公安分局</td></tr>
"""


def test_rows_under_one_merged_number_are_two_tasks() -> None:
    doc, _ = extracted(_page(MERGED_NUMBER), "plan.html")
    rows = [t for t in doc.tasks if t.kind == "table_row"]
    assert [(t.path, t.title) for t in rows] == [
        ("一.表1.1", "实施专利提质增效行动"),
        ("一.表1.1#2", "培育高价值专利组合2个"),
        ("一.表1.2", "开展商标侵权专项整治"),
    ]
    units = named_units(doc)
    assert units["一.表1.1"] == [("区市场监管局", "lead", "table"), ("区科技局", "support", "table")]
    assert units["一.表1.1#2"] == [("区科技局", "lead", "table"), ("区经信局", "support", "table")]


def test_a_number_written_twice_gives_two_tasks() -> None:
    text = (
        "临泉县知识产权工作要点\n为推进知识产权工作，制定本要点。\n一、重点工作\n"
        "序号\t工作任务\t责任单位\n1\t开展专利导航\t县科技局\n1\t开展贯标工作\t县经信局\n"
    )
    doc, _ = extracted(text)
    assert [t.path for t in doc.tasks if t.kind == "table_row"] == ["一.表1.1", "一.表1.1#2"]


@pytest.mark.parametrize("header", ["重点工作", "主要工作", "工作重点"])
def test_a_work_column_spanning_measures(header: str) -> None:
    table = f"""<tr><td>序号</td><td>{header}</td><td>具体措施</td><td>牵头单位</td><td>配合单位</td></tr>
<tr><td rowspan="2">1</td><td rowspan="2">提升知识产权创造质量</td><td>开展专利申请预审服务</td>
<td>区市场监管局</td><td>区科技局</td></tr>
<tr><td>培育高价值专利组合2个</td><td>区科技局</td><td>区市场监管局</td></tr>
"""
    doc, _ = extracted(_page(table), "plan.html")
    rows = [t for t in doc.tasks if t.kind == "table_row"]
    assert [(t.path, t.title) for t in rows] == [
        ("一.表1.1", "提升知识产权创造质量"),
        ("一.表1.1.1", "开展专利申请预审服务"),
        ("一.表1.1.2", "培育高价值专利组合2个"),
    ]
    assert named_units(doc)["一.表1.1.2"] == [
        ("区科技局", "lead", "table"),
        ("区市场监管局", "support", "table"),
    ]


def test_a_work_column_alone_makes_a_task_table() -> None:
    table = """<tr><td>序号</td><td>具体举措</td><td>责任单位</td><td>完成时限</td></tr>
<tr><td>1</td><td>建设知识产权维权援助工作站</td><td>区市场监管局</td><td>2023年6月底前</td></tr>
"""
    doc, _ = extracted(_page(table), "plan.html")
    (row,) = [t for t in doc.tasks if t.kind == "table_row"]
    assert (row.title, row.deadline_date) == ("建设知识产权维权援助工作站", "2023-06")
    assert named_units(doc)[row.path] == [("区市场监管局", "sole", "table")]
