"""A task list numbered past 99 (a city's or province's 任务清单 runs to 120 items and more; plan written for
the test). Before, the item marker read two digits only: items 100 and on were no items, their text ran into
item 99 and their responsibility notes were lost."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import extracted, named_units


def _plan(count: int) -> str:
    lines = ["某市知识产权强市建设任务清单", "一、重点任务"]
    lines += [
        f"{i}.开展第{i}项知识产权工作。（责任单位：市市场监管局；配合单位：市科技局）"
        for i in range(1, count + 1)
    ]
    return "\n".join(lines) + "\n"


def test_items_numbered_past_99_are_tasks_with_their_notes() -> None:
    doc, _ = extracted(_plan(120))
    assert [t.path for t in doc.tasks][-2:] == ["一.119", "一.120"]
    assert doc.tasks[-1].title == "开展第120项知识产权工作"
    units = named_units(doc)
    assert units["一.100"] == [("市市场监管局", "lead", "annotation"), ("市科技局", "support", "annotation")]


def test_a_year_opening_a_line_is_no_item() -> None:
    doc, _ = extracted("某县知识产权工作要点\n一、重点任务\n1.推进专利转化。\n2024.全年开展培训。\n")
    assert [t.path for t in doc.tasks] == ["一.1"]


@settings(max_examples=10, deadline=None)
@given(st.integers(min_value=95, max_value=260))
def test_every_item_of_a_long_list_is_read(count: int) -> None:
    doc, _ = extracted(_plan(count))
    assert len(doc.tasks) == count
    assert all(len(t.responsibilities) == 2 for t in doc.tasks)
