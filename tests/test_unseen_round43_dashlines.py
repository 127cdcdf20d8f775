"""Round 43: a yearly task list whose every task is one numbered line holding its work, a dash and its fields
parted by semicolons (1. 深入实施专利转化运用专项行动…——牵头单位：市科技局；配合单位：…；完成时限：2025年12月底), as a
Jiangsu city writes it (tests/evaluation/yancheng_task_list_dash_lines.md).

What was read wrong before:

- a label right after the dash (…盘活——牵头单位：A；配合单位：B, …——责任单位：A、B) was not read, as a label is
  only after a line break, a stop or a comma: the lead (or every unit of a 责任单位 list) was lost, the helpers
  after the ； kept;
- units named alone after the dash and before the line's other fields (…专利导航——A、B；完成时限：…,
  …——各县（市、区）人民政府；…, …——A（牵头）、B，2025年底前完成) named nobody, and a bracket after one of them
  (——市委宣传部（市版权局）) was read as a note of its own naming 市版权局;
- a paragraph after the last such line, past a blank line (市知识产权工作领导小组办公室要加强统筹调度…), was read
  as a wrapped part of it, the line closing with no stop: its body was lost and the line's own units given to
  it; and the duty of the body coordinating the whole plan closing the list was the last item's.
"""

from __future__ import annotations

import pytest

from tests.plans import plan_units

YANGZHOU = "扬州市2025年知识产权重点工作任务清单\n为加快建设知识产权强市，制定本清单。\n"
HUZHOU = "湖州市2025年知识产权重点工作任务清单\n为加快建设知识产权强市，制定本清单。\n"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "开展产业专利导航，服务产业链——牵头单位：市科技局；配合单位：市工信局；完成时限：2025年底",
            [("市科技局", "lead"), ("市工信局", "support")],
        ),
        (
            "推进商标品牌建设—牵头单位：市市场监管局；配合单位：市商务局、市农业农村局",
            [("市市场监管局", "lead"), ("市商务局", "support"), ("市农业农村局", "support")],
        ),
        (
            "深化审判“三合一”改革——责任单位：市中级人民法院、市人民检察院",
            [("市中级人民法院", "joint"), ("市人民检察院", "joint")],
        ),
        (
            "建设信息服务网点——责任单位：市市场监管局（牵头）、市数据局；完成时限：2025年11月底",
            [("市市场监管局", "lead"), ("市数据局", "support")],
        ),
        (
            "扩大专利保险覆盖面——完成时限：2025年12月底；牵头单位：市委金融办；配合单位：市财政局",
            [("市委金融办", "lead"), ("市财政局", "support")],
        ),
    ],
)
def test_a_label_right_after_the_dash(line: str, expected: list[tuple[str, str]]) -> None:
    got = plan_units(YANGZHOU, f"一、重点任务\n1. {line}\n")
    assert [(s, r) for s, r, _ in got["一.1"]] == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("开展产业专利导航——市科技局", [("市科技局", "sole")]),
        (
            "开展产业专利导航，服务产业链——市科技局、市工信局；完成时限：2025年底",
            [("市科技局", "joint"), ("市工信局", "joint")],
        ),
        (
            "开展产业专利导航。——市科技局、市工信局；完成时限：2025年底",
            [("市科技局", "joint"), ("市工信局", "joint")],
        ),
        (
            "布局知识产权保护工作站，年内新建5家——各县（区）人民政府；完成时限：2025年9月底",
            [("各县（区）人民政府", "sole")],
        ),
        (
            "推进软件正版化——市委宣传部（市版权局）；完成时限：2025年12月底",
            [("市委宣传部（市版权局）", "sole")],
        ),
        (
            "推进软件正版化——市委宣传部（牵头）、市财政局，2025年底前完成",
            [("市委宣传部", "lead"), ("市财政局", "support")],
        ),
        (
            "加强宣传培训——市委宣传部（牵头）、市教育局；2025年12月底前",
            [("市委宣传部", "lead"), ("市教育局", "support")],
        ),
    ],
)
def test_units_named_alone_after_the_dash(line: str, expected: list[tuple[str, str]]) -> None:
    got = plan_units(HUZHOU, f"一、重点任务\n1. {line}\n")
    assert [(s, r) for s, r, _ in got["一.1"]] == expected


def test_a_dash_before_things_listed_with_more_work_after_them_names_no_unit() -> None:
    got = plan_units(
        HUZHOU,
        "一、重点任务\n1. 建成两个平台——市知识产权保护中心、市知识产权运营中心；推进平台互联互通。（责任单位：市市场监管局）\n",
    )
    assert got["一.1"] == [("市市场监管局", "sole", "annotation")]


@pytest.mark.parametrize(
    ("closing", "body"),
    [
        (
            "市知识产权工作领导小组办公室要加强统筹调度，每季度通报任务进展情况。",
            "市知识产权工作领导小组办公室",
        ),
        ("市知识产权联席会议办公室要加强督促检查，年底开展评估。", "市知识产权联席会议办公室"),
        ("市政府督查室要将各项任务纳入督查范围。", "市政府督查室"),
    ],
)
def test_a_paragraph_after_a_line_closing_with_its_fields_is_no_part_of_it(closing: str, body: str) -> None:
    got = plan_units(
        YANGZHOU,
        "一、重点任务\n1. 开展产业专利导航——市科技局；完成时限：2025年底\n"
        "2. 推进软件正版化——市委宣传部；完成时限：2025年12月底\n\n"
        f"{closing}\n",
    )
    assert got["一.2"] == [("市委宣传部", "sole", "annotation")]
    assert [(s, r) for tasks in got.values() for s, r, _ in tasks if s == body] == [(body, "implicit")]
