"""A task table whose rows number on from the items above it (items 1. and 2. in prose, then a table of rows 3
and 4) stands beside those items: its rows' paths go under the chapter (二.表1.3), not under the last item
(二.2.表1.3). A table numbering its rows from 1 under an item stays that item's parts."""

from __future__ import annotations

import pytest

from tests.plans import extracted

HEAD = "# 某县2025年知识产权工作要点\n\n## 二、重点任务\n\n"
ITEMS = (
    "{0}加强高价值专利培育。支持企业开展专利布局。（牵头：县市场监管局；参与：县科技局）\n\n"
    "{1}推进知识产权质押融资。扩大质押融资规模。（牵头：县市场监管局；参与：县财政局）\n\n"
)
HTML = (
    "<table>\n<tr><th>序号</th><th>任务</th><th>牵头单位</th><th>配合单位</th></tr>\n"
    "<tr><td>{0}</td><td>开展专利导航服务</td><td>县科技局</td><td>县工信局</td></tr>\n"
    "<tr><td>{1}</td><td>加强地理标志保护</td><td>县市场监管局</td><td>县农业农村局</td></tr>\n</table>\n\n"
)
PIPES = (
    "| 序号 | 重点任务 | 牵头单位 | 配合单位 |\n|---|---|---|---|\n"
    "| {0} | 开展专利导航服务 | 县科技局 | 县工信局 |\n"
    "| {1} | 加强地理标志保护 | 县市场监管局 | 县农业农村局 |\n\n"
)
TAIL = "## 三、保障措施\n\n加强组织领导。\n"


def _paths(text: str) -> dict[str, str]:
    doc, _ = extracted(text, "plan.md")
    return {t.title or "": t.id.rsplit("/task/", 1)[1] for t in doc.tasks}


@pytest.mark.parametrize("table", [HTML, PIPES])
@pytest.mark.parametrize("items", [("1. ", "2. "), ("1、", "2、"), ("（1）", "（2）")])
def test_rows_numbering_on_are_the_items_siblings(table: str, items: tuple[str, str]) -> None:
    paths = _paths(HEAD + ITEMS.format(*items) + table.format("3", "4") + TAIL)
    assert paths["开展专利导航服务"] == "二.表1.3"
    assert paths["加强地理标志保护"] == "二.表1.4"


@pytest.mark.parametrize("table", [HTML, PIPES])
def test_rows_numbered_from_one_stay_the_items_parts(table: str) -> None:
    paths = _paths(HEAD + ITEMS.format("1. ", "2. ") + table.format("1", "2") + TAIL)
    assert paths["开展专利导航服务"] == "二.2.表1.1"
    assert paths["加强地理标志保护"] == "二.2.表1.2"


def test_rows_skipping_a_number_stay_the_items_parts() -> None:
    paths = _paths(HEAD + ITEMS.format("1. ", "2. ") + HTML.format("5", "6") + TAIL)
    assert paths["开展专利导航服务"] == "二.2.表1.5"
