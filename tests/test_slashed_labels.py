"""Labels written with a slash. Task tables and notes pair two labels over one colon and part their lists
with a slash (牵头单位/配合单位：A/B、C), or close a label with a slash instead of a colon (责任单位/A、B).
Before, the first label was read as a body: a unit named 牵头单位 (or 责任单位) led the task, and every
real unit was a supporter (or a joint doer beside the label). A table column headed 牵头单位/配合单位 made
every unit of its cells (A/B、C) a lead."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.plans import extracted, named_units

HEAD = "某县2024年知识产权工作要点\n一、重点任务\n"
UNITS = ["县市场监管局", "县科技局", "县公安局", "县财政局", "县农业农村局", "县人民法院"]


def _units(note: str) -> list[tuple[str, str, str]]:
    doc, _ = extracted(f"{HEAD}（一）加强知识产权保护。开展专利侵权纠纷行政裁决。{note}\n")
    return named_units(doc)["一.(一)"]


def test_paired_labels_part_their_lists_at_the_slash() -> None:
    assert _units("（牵头单位/配合单位：县市场监管局/县公安局、县人民法院）") == [
        ("县市场监管局", "lead", "annotation"),
        ("县公安局", "support", "annotation"),
        ("县人民法院", "support", "annotation"),
    ]


def test_paired_labels_on_a_line_of_their_own() -> None:
    doc, _ = extracted(
        f"{HEAD}（一）强化品牌建设。培育地理标志产品。\n牵头单位/配合单位：县农业农村局/县市场监管局\n"
    )
    assert named_units(doc)["一.(一)"] == [
        ("县农业农村局", "lead", "annotation"),
        ("县市场监管局", "support", "annotation"),
    ]


def test_a_label_closed_by_a_slash_reads_as_one_closed_by_a_colon() -> None:
    assert _units("（责任单位/县市场监管局、县科技局）") == _units("（责任单位：县市场监管局、县科技局）")
    assert all(surface != "责任单位" for surface, _, _ in _units("（责任单位/县市场监管局、县科技局）"))


def test_paired_labels_with_no_slash_among_the_units_give_them_to_the_first_label() -> None:
    assert _units("（牵头单位/配合单位：县市场监管局）") == _units("（牵头单位：县市场监管局）")


def test_a_slash_between_units_alone_still_lists_them() -> None:
    assert _units("（责任单位：县市场监管局/县科技局）") == [
        ("县市场监管局", "joint", "annotation"),
        ("县科技局", "joint", "annotation"),
    ]


@given(
    st.lists(st.sampled_from(UNITS), min_size=1, max_size=3, unique=True),
    st.lists(st.sampled_from(UNITS), min_size=1, max_size=3, unique=True),
)
def test_paired_labels_read_as_the_two_labels_written_apart(leads: list[str], helpers: list[str]) -> None:
    if set(leads) & set(helpers):
        return
    slashed = f"（牵头单位/配合单位：{'、'.join(leads)}/{'、'.join(helpers)}）"
    apart = f"（牵头单位：{'、'.join(leads)}；配合单位：{'、'.join(helpers)}）"
    assert _units(slashed) == _units(apart)


TABLE = """# 某县2024年知识产权工作要点

## 一、重点任务

| 序号 | 重点任务 | 牵头单位/配合单位 | 完成时限 |
|---|---|---|---|
| 1 | 开展专利侵权纠纷行政裁决 | 县市场监管局/县公安局、县人民法院 | 2024年12月 |
| 2 | 推进专利开放许可 | 县科技局 | 2024年10月 |
"""


def test_a_column_headed_by_paired_labels_parts_each_cell_at_its_slash() -> None:
    doc, _ = extracted(TABLE, "plan.md")
    units = named_units(doc)
    assert units["一.表1.1"] == [
        ("县市场监管局", "lead", "table"),
        ("县公安局", "support", "table"),
        ("县人民法院", "support", "table"),
    ]
    assert units["一.表1.2"] == [("县科技局", "lead", "table")]  # no slash: the first label's
