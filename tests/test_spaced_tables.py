"""Task tables typed with spaces (policykg/extract/spaced_tables.py): plain-text plans typed by hand and
PDFs converted with their layout kept give a task table's rows one a line, the cells apart by runs of
spaces (or ideographic spaces), under a header naming the columns. Before, no such table was read: the
header and rows were prose, their units none, and the first row's figure became a target whose indicator
held the whole header (序号重点任务牵头单位配合单位完成时限1开展专利导航项目)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.base import TableGrid
from policykg.extract.spaced_tables import spaced_tables
from policykg.extract.textspan import line_spans
from tests.plans import extracted, named_units

HEAD = "宁乡市2024年知识产权工作重点任务清单\n\n为推进知识产权强县建设，现将2024年重点任务明确如下。\n\n一、重点任务\n"
TAIL = "\n二、工作要求\n各牵头单位要于2024年12月15日前报送任务完成情况。\n"

TYPED = """序号  重点任务                              牵头单位          配合单位              完成时限
1     开展专利导航项目1项                   市科技局          市工信局              2024年10月底
2     新增知识产权贯标企业10家              市工信局          市市场监管局          2024年12月底
3     开展“正版正货”承诺活动               市市场监管局      市商务局、各乡镇      全年
"""


def _rows(body: str) -> list[tuple[str, str | None, list[tuple[str, str, str]]]]:
    doc, _ = extracted(HEAD + body + TAIL)
    units = named_units(doc)
    return [(t.title or "", t.deadline, units[t.path]) for t in doc.tasks if t.kind == "table_row"]


def test_a_typed_table_gives_a_task_per_row() -> None:
    assert _rows(TYPED) == [
        (
            "开展专利导航项目1项",
            "2024年10月底",
            [("市科技局", "lead", "table"), ("市工信局", "support", "table")],
        ),
        (
            "新增知识产权贯标企业10家",
            "2024年12月底",
            [("市工信局", "lead", "table"), ("市市场监管局", "support", "table")],
        ),
        (
            "开展“正版正货”承诺活动",
            "全年",
            [
                ("市市场监管局", "lead", "table"),
                ("市商务局", "support", "table"),
                ("各乡镇", "support", "table"),
            ],
        ),
    ]
    doc, _ = extracted(HEAD + TYPED + TAIL)
    assert all("序号" not in t.indicator for t in doc.targets)
    assert [(t.indicator, t.value) for t in doc.targets] == [
        ("开展专利导航项目", 1.0),
        ("知识产权贯标企业", 10.0),
    ]


def test_an_empty_cell_is_placed_by_where_the_next_one_starts() -> None:
    body = """序号  重点任务                      牵头单位        配合单位        完成时限
1     建设维权援助工作站            市市场监管局                    2024年6月底前
2     开展知识产权质押融资          市金融办        市市场监管局    持续推进
"""
    rows = _rows(body)
    assert rows[0] == ("建设维权援助工作站", "2024年6月底前", [("市市场监管局", "lead", "table")])
    assert rows[1][2] == [("市金融办", "lead", "table"), ("市市场监管局", "support", "table")]


def test_a_wrapped_cell_line_is_the_tables_and_no_row() -> None:
    body = """序号  重点任务                      责任单位                  完成时限
1     开展高价值专利培育，建设      市市场监管局              2025年底前
      培育中心1个
2     开展专利导航项目              市科技局、市工信局        2024年底前
"""
    rows = _rows(body)
    assert [(title, units) for title, _, units in rows] == [
        ("开展高价值专利培育", [("市市场监管局", "sole", "table")]),
        ("开展专利导航项目", [("市科技局", "joint", "table"), ("市工信局", "joint", "table")]),
    ]
    doc, _ = extracted(HEAD + body + TAIL)
    assert not [t for t in doc.tasks if t.title and "培育中心1个" in t.title and t.kind != "table_row"]


def test_ideographic_spaces_part_the_cells() -> None:
    body = (
        "序号\u3000工作任务\u3000责任单位\u3000完成时限\n"
        "1\u3000推进商标品牌建设\u3000市市场监管局\u30002024年12月\n"
        "2\u3000加强知识产权执法\u3000市公安局、市市场监管局\u3000长期坚持\n"
    )
    rows = _rows(body)
    assert [units for _, _, units in rows] == [
        [("市市场监管局", "sole", "table")],
        [("市公安局", "joint", "table"), ("市市场监管局", "joint", "table")],
    ]


def test_prose_with_wide_spaces_is_no_table() -> None:
    body = "（一）推进专利导航。  开展专利导航项目。\n责任单位：市科技局  配合单位：市工信局\n"
    doc, text = extracted(HEAD + body + TAIL)
    assert not spaced_tables(text, line_spans(text))
    assert named_units(doc)["一.(一)"] != []


_CELL = st.text(alphabet="县市科技局工信商务开展专利导航建设中心", min_size=1, max_size=12)
_GAP = st.sampled_from(["  ", "   ", "      ", "\u3000", "\t", " \u3000 "])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(_CELL, _CELL, _CELL, _GAP, _GAP, _GAP), min_size=1, max_size=6))
def test_cells_come_back_as_typed(rows: list[tuple[str, str, str, str, str, str]]) -> None:
    lines = ["序号  重点任务  牵头单位  配合单位"]
    lines += [f"{n}{g1}{a}{g2}{b}{g3}{c}" for n, (a, b, c, g1, g2, g3) in enumerate(rows, start=1)]
    text = "\n".join(lines) + "\n"
    tables: list[TableGrid] = spaced_tables(text, line_spans(text))
    assert len(tables) == 1
    got = [[text[slice(*cell.span)] for cell in row] for row in tables[0].rows[1:]]
    assert got == [[str(n), a, b, c] for n, (a, b, c, *_) in enumerate(rows, start=1)]


INDICATORS = """宁乡市知识产权强县建设工作方案（2023—2025年）

一、主要目标
到2025年，知识产权强县建设取得明显成效，主要指标如下：
序号  指标名称                          单位    2022年（基期）    2025年（目标）    指标属性
1     每万人口高价值发明专利拥有量      件      2.1               4.5               预期性
2     有效注册商标总量                  件      18000             25000             预期性

二、重点任务
（一）强化知识产权创造。实施高价值专利培育工程。（责任单位：市市场监管局）
"""


def test_an_indicator_table_typed_with_spaces_gives_its_targets() -> None:
    doc, _ = extracted(INDICATORS)
    got = [(t.indicator, t.value, t.year, t.kind, t.source) for t in doc.targets]
    assert got == [
        ("每万人口高价值发明专利拥有量", 2.1, 2022, "baseline", "table"),
        ("每万人口高价值发明专利拥有量", 4.5, 2025, "target", "table"),
        ("有效注册商标总量", 18000.0, 2022, "baseline", "table"),
        ("有效注册商标总量", 25000.0, 2025, "target", "table"),
    ]
    assert all("expected" in t.flags for t in doc.targets)


def test_headers_centred_over_wide_columns() -> None:
    body = (
        " 序号          重点任务             牵头单位      配合单位        完成时限\n"
        "  1     开展专利导航项目1项          市科技局                     2024年10月底\n"
        "  2     新增知识产权贯标企业10家     市工信局      市市场监管局   2024年12月底\n"
    )
    rows = _rows(body)
    assert rows == [
        ("开展专利导航项目1项", "2024年10月底", [("市科技局", "lead", "table")]),
        (
            "新增知识产权贯标企业10家",
            "2024年12月底",
            [("市工信局", "lead", "table"), ("市市场监管局", "support", "table")],
        ),
    ]
