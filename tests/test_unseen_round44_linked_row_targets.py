"""Round 44: an annex task table whose rows restate the tasks written in the body (重点任务分解表: 序号 / 工作任务
/ 牵头单位 / 配合单位 / 完成时限), a row's task cell giving the task's name and then a measure with a figure of its
own (加大行政执法力度：…，办理专利侵权纠纷案件不少于8件). The task stage leaves a restating row out (its units go
to the body's task), and its figure was read by no one; it is now the body task's target
(plan_facts._linked_row_targets), dated as the task is, whether the table is Markdown, a web page's or laid
out with spaces by pdftotext (the figure on a line the cell wrapped onto). A figure the task's own words give
already (the row restating it) is not read twice."""

from __future__ import annotations

import pytest

from tests.plans import extracted

BODY = (
    "某市2025年知识产权工作要点\n\n"
    "一、重点任务\n\n"
    "1.开展专利导航服务。围绕主导产业开展专利导航，服务企业研发。\n\n"
    "2.加大行政执法力度。深入开展“铁拳”行动，全年查处侵犯知识产权案件不少于35件。\n\n"
    "附件：重点任务分解表\n\n"
)


def _markdown(rows: list[tuple[str, str, str, str]]) -> str:
    lines = ["| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |", "|---|---|---|---|---|"]
    lines += [
        f"| {n} | {task} | {lead} | {support} | {due} |"
        for n, (task, lead, support, due) in enumerate(rows, 1)
    ]
    return "\n".join(lines) + "\n"


def _html(rows: list[tuple[str, str, str, str]]) -> str:
    cells = "".join(
        f"<tr><td>{n}</td><td>{task}</td><td>{lead}</td><td>{support}</td><td>{due}</td></tr>"
        for n, (task, lead, support, due) in enumerate(rows, 1)
    )
    body = "".join(f"<p>{line}</p>" for line in BODY.split("\n\n") if line.strip())
    return (
        "<html><body>" + body + "<table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>配合单位</td>"
        "<td>完成时限</td></tr>" + cells + "</table></body></html>"
    )


def _targets(
    text: str, name: str = "plan.md"
) -> dict[str, list[tuple[float | None, str | None, int | None]]]:
    doc, _ = extracted(text, name)
    paths = {t.id: t.path for t in doc.tasks}
    out: dict[str, list[tuple[float | None, str | None, int | None]]] = {}
    for t in doc.targets:
        out.setdefault(paths.get(t.task_id or "", "-"), []).append((t.value, t.unit, t.year))
    return out


@pytest.mark.parametrize(
    ("measure", "value", "unit"),
    [
        ("开展专利导航服务：实施产业专利导航项目3项", 3, "项"),
        ("开展专利导航服务：为重点企业提供导航分析报告不少于5份", 5, "份"),
        ("开展专利导航服务（服务企业50家以上）", 50, "家"),
    ],
)
def test_a_restating_rows_own_figure_is_its_tasks_target(measure: str, value: float, unit: str) -> None:
    rows = [
        (measure, "市市场监管局", "市科技局", "2025年12月底"),
        ("加大行政执法力度", "市市场监管局", "市公安局", "2025年12月底"),
    ]
    got = _targets(BODY + _markdown(rows))
    assert got["一.1"] == [(value, unit, 2025)]
    assert got["一.2"] == [(35, "件", 2025)]


def test_a_figure_in_a_web_pages_annex_row_is_its_tasks_target() -> None:
    rows = [
        ("开展专利导航服务", "市市场监管局", "市科技局", "2025年10月底"),
        ("加大行政执法力度：办理专利侵权纠纷案件不少于8件", "市市场监管局", "市公安局", "2025年12月底"),
    ]
    got = _targets(_html(rows), "plan.html")
    assert "一.1" not in got
    assert sorted(got["一.2"]) == [(8, "件", 2025), (35, "件", 2025)]


def test_a_row_restating_its_tasks_figure_adds_no_second_target() -> None:
    rows = [
        ("开展专利导航服务", "市市场监管局", "市科技局", "2025年12月底"),
        ("加大行政执法力度：全年查处侵犯知识产权案件不少于35件", "市市场监管局", "市公安局", "2025年12月底"),
    ]
    got = _targets(BODY + _markdown(rows))
    assert got == {"一.2": [(35, "件", 2025)]}


def test_a_figure_on_a_line_a_pdftotext_cell_wrapped_onto_is_its_tasks_target() -> None:
    def line(cells: list[str]) -> str:
        out = ""
        for at, cell in zip((0, 6, 32, 50, 74), cells, strict=True):
            if cell:
                out += " " * max(1 if out else 0, at - len(out)) + cell
        return out

    table = "\n".join(
        [
            line(["序号", "工作任务", "牵头单位", "配合单位", "完成时限"]),
            "",
            line(["1", "开展专利导航服务：实施产", "市市场监管局", "市科技局", "2025年10月底"]),
            line(["", "业专利导航项目2项", "", "", ""]),
            "",
            line(["2", "加大行政执法力度：开展", "市市场监管局", "市公安局、市文化和旅游", "2025年12月底"]),
            line(["", "“铁拳”行动，办理专利侵", "", "局", ""]),
            line(["", "权纠纷案件不少于8件", "", "", ""]),
        ]
    )
    got = _targets(BODY + table + "\n", "plan.txt")
    assert got["一.1"] == [(2, "项", 2025)]
    assert sorted(got["一.2"]) == [(8, "件", 2025), (35, "件", 2025)]
