"""Round 45b: tables splitting a goal by place whose rows end with the places they do not list one by one
(其他乡镇, 其余镇（街道）, 其它街道, 其他县（市、区）) before their 合计 row. Such a row is those places' together,
within the plan's region, read as a town's row is (其他乡镇发明专利授权量): neither the total nor a row left out,
whether the other rows are towns the gazetteer does not hold or its counties and districts."""

from __future__ import annotations

import pytest

from policykg.extract.target_tables import _residual_places
from policykg.models import Target
from tests.formats import TABLE_MARK, to_docx, to_html
from tests.plans import extracted

Table = list[list[str]]


def _plan(title: str) -> list[str]:
    return [
        title,
        "一、工作目标",
        "2026年各地目标分解见下表。",
        TABLE_MARK,
        "二、重点任务",
        "（一）培育高价值专利。（县科技局负责）",
    ]


def _markdown(table: Table) -> str:
    lines = ["| " + " | ".join(table[0]) + " |", "|" + " --- |" * len(table[0])]
    return "\n".join([*lines, *("| " + " | ".join(row) + " |" for row in table[1:])])


def _targets(title: str, table: Table, layout: str) -> list[Target]:
    paragraphs = _plan(title)
    if layout == "md":
        body = "\n\n".join(_markdown(table) if p == TABLE_MARK else p for p in paragraphs)
        doc, _ = extracted(body + "\n", "plan.md")
    elif layout == "docx":
        doc, _ = extracted(to_docx(paragraphs, table), "plan.docx")
    else:
        doc, _ = extracted(to_html(paragraphs, table), "plan.html")
    return [t for t in doc.targets if t.source == "table"]


TOWNS = "蓬溪县知识产权强县建设工作方案（2024—2026年）"
CITY = "遂宁市知识产权强市建设工作方案（2024—2026年）"


@pytest.mark.parametrize("layout", ["md", "docx", "html"])
@pytest.mark.parametrize("rest", ["其他乡镇", "其余镇（街道）", "其它街道", "其余各乡镇"])
def test_a_row_of_the_other_towns(layout: str, rest: str) -> None:
    table = [
        ["乡镇（街道）", "发明专利授权量（件）", "商标注册量（件）"],
        ["赤城镇", "40", "620"],
        ["蓬南镇", "15", "230"],
        [rest, "13", "350"],
        ["合计", "68", "1200"],
    ]
    got = _targets(TOWNS, table, layout)
    assert [(t.indicator, t.value, t.is_total) for t in got if t.indicator.startswith(rest)] == [
        (f"{rest}发明专利授权量", 13.0, False),
        (f"{rest}商标注册量", 350.0, False),
    ]
    assert {t.region_name for t in got if t.indicator.startswith(rest)} == {"蓬溪县"}
    assert len(got) == 8
    assert [t.value for t in got if t.is_total] == [68.0, 1200.0]


@pytest.mark.parametrize("rest", ["其他县（市、区）", "其他区县", "其余县（市）"])
def test_a_row_of_the_other_counties(rest: str) -> None:
    table = [
        ["县（市、区）", "发明专利授权量（件）", "商标注册量（件）"],
        ["船山区", "40", "620"],
        ["射洪市", "15", "230"],
        [rest, "13", "350"],
        ["合计", "68", "1200"],
    ]
    got = _targets(CITY, table, "md")
    assert [(t.indicator, t.value, t.region_name) for t in got if not t.is_total] == [
        ("发明专利授权量", 40.0, "船山区"),
        ("发明专利授权量", 15.0, "射洪市"),
        (f"{rest}发明专利授权量", 13.0, "遂宁市"),
        ("商标注册量", 620.0, "船山区"),
        ("商标注册量", 230.0, "射洪市"),
        (f"{rest}商标注册量", 350.0, "遂宁市"),
    ]


def test_a_caption_measure_table_with_the_other_towns() -> None:
    # one measure named in the caption, each row a place: the other towns' row no longer leaves it unread
    body = (
        "蓬溪县2024年知识产权工作要点\n\n表1　2024年各乡镇发明专利授权量目标\n\n"
        "| 乡镇 | 2023年完成 | 2024年目标 |\n| --- | --- | --- |\n| 赤城镇 | 30 | 40 |\n| 蓬南镇 | 10 | 15 |\n"
        "| 其他乡镇 | 9 | 13 |\n"
    )
    doc, _ = extracted(body, "plan.md")
    got = [(t.indicator, t.value, t.kind) for t in doc.targets if t.source == "table"]
    assert ("其他乡镇发明专利授权量", 13.0, "target") in got
    assert ("其他乡镇发明专利授权量", 9.0, "baseline") in got
    assert len(got) == 6


@pytest.mark.parametrize(
    "words",
    ["其他", "其他指标", "其他事项", "其他乡镇工作", "其中：赤城镇", "其他（说明）", "其他乡镇合计数"],
)
def test_words_that_name_no_other_places(words: str) -> None:
    assert not _residual_places(words)


@pytest.mark.parametrize("layout", ["md", "docx", "html"])
def test_a_column_of_the_other_counties(layout: str) -> None:
    # the places across the header, the indicators down the first column
    table = [
        ["指标", "船山区", "射洪市", "其他县（市、区）", "合计"],
        ["发明专利授权量（件）", "40", "15", "13", "68"],
        ["商标注册量（件）", "620", "230", "350", "1200"],
    ]
    got = _targets(CITY, table, layout)
    assert [(t.indicator, t.value, t.region_name, t.is_total) for t in got] == [
        ("发明专利授权量", 40.0, "船山区", False),
        ("发明专利授权量", 15.0, "射洪市", False),
        ("其他县（市、区）发明专利授权量", 13.0, "遂宁市", False),
        ("发明专利授权量", 68.0, "遂宁市", True),
        ("商标注册量", 620.0, "船山区", False),
        ("商标注册量", 230.0, "射洪市", False),
        ("其他县（市、区）商标注册量", 350.0, "遂宁市", False),
        ("商标注册量", 1200.0, "遂宁市", True),
    ]
