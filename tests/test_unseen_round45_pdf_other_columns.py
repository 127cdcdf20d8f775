"""Round 45: a PDF task table's narrow text column left of the task's, its cells wrapped over several lines.

A Jiangsu city's work points set their tasks in a ruled table whose narrow 重点任务 column names each task
(实施高价值 / 专利培育工 / 程) beside a wider 具体内容 column holding its measure, the task's cell. A column left
of the task's other than a unit column took one line a row, so each task's name was cut at its first line
(实施高价值) and its other lines opened the measure (专利培育工程聚焦…). Where the lines are placed across the
page, such a cell now takes the lines after it that stand in its column. Here other headers (重点工作 | 工作措施,
主要任务 | 具体措施, 类别 | 重点任务), names over two and three lines, and cells of one line beside a short
measure.
"""

from __future__ import annotations

from tests.plans import extracted
from tests.test_unseen_round45_pdf_split_rows import _table_pdf


def _rows(header: list[str], rows: list[list[str]], widths: list[float]) -> list[tuple[str, list[str]]]:
    """Each table row's task: its title and the units it names (surfaces, line breaks aside)."""
    doc, _ = extracted(_table_pdf(header, rows, widths, 0.0), "plan.pdf")
    return [
        (
            t.title.replace("\n", "") if t.title else "",
            [r.agency.surface.replace("\n", "") for r in t.responsibilities],
        )
        for t in doc.tasks
        if t.kind == "table_row"
    ]


def test_a_narrow_task_name_column_wrapped() -> None:
    header = ["序号", "重点工作", "工作措施", "牵头部门", "配合部门", "完成时间"]
    rows = [
        [
            "1",
            "推进专利导航服务基地建设",
            "围绕重点产业链开展专利导航，形成导航报告并推动成果转化。",
            "市市场监管局",
            "市科技局、市工信局",
            "2025年12月",
        ],
        [
            "2",
            "加强商标品牌培育",
            "实施商标品牌战略，培育区域公用品牌。",
            "市市场监管局",
            "市农业农村局",
            "2025年11月",
        ],
        ["3", "维权援助", "完善维权援助工作机制。", "市司法局", "市市场监管局", "2025年9月"],
    ]
    assert _rows(header, rows, [36, 60, 170, 70, 90, 60]) == [
        ("推进专利导航服务基地建设", ["市市场监管局", "市科技局", "市工信局"]),
        ("加强商标品牌培育", ["市市场监管局", "市农业农村局"]),
        ("维权援助", ["市司法局", "市市场监管局"]),
    ]


def test_a_task_name_over_three_lines_beside_a_short_measure() -> None:
    header = ["序号", "主要任务", "具体措施", "牵头单位", "配合单位", "完成时限"]
    rows = [
        [
            "1",
            "健全知识产权纠纷多元化解机制",
            "推动调解组织规范运行。",
            "县司法局",
            "县人民法院",
            "2025年6月",
        ],
        ["2", "强化行政执法", "开展专项执法行动。", "县市场监管局", "县公安局", "持续推进"],
    ]
    assert _rows(header, rows, [36, 55, 150, 70, 80, 60]) == [
        ("健全知识产权纠纷多元化解机制", ["县司法局", "县人民法院"]),
        ("强化行政执法", ["县市场监管局", "县公安局"]),
    ]


def test_a_category_column_wrapped() -> None:
    header = ["序号", "类别", "重点任务", "牵头单位", "配合单位", "完成时限"]
    rows = [
        [
            "1",
            "知识产权创造",
            "培育高价值专利组合，支持企业开展专利布局。",
            "区科技局",
            "区市场监管局",
            "2025年12月",
        ],
        ["2", "知识产权保护", "开展知识产权执法专项行动。", "区市场监管局", "区公安分局", "2025年10月"],
    ]
    doc, _ = extracted(_table_pdf(header, rows, [36, 40, 180, 70, 80, 60], 0.0), "plan.pdf")
    tasks = [t for t in doc.tasks if t.kind == "table_row"]
    assert [[r.agency.surface for r in t.responsibilities] for t in tasks] == [
        ["区科技局", "区市场监管局"],
        ["区市场监管局", "区公安分局"],
    ]
    assert [t.title for t in tasks] == ["培育高价值专利组合", "开展知识产权执法专项行动"]
