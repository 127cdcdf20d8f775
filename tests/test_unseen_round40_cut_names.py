"""Round 40: a body's name a PDF table's narrow column cut where the name goes on, though the next line's
words could open a name of their own: after a joining word (县教育和 / 体育局, 市住房和 / 城乡建设局), or inside a
word of the body's type (安岳经开 / 区管委会: a county's name written without its 县 before 经开区).

The line break was kept inside the name (a body named 县教育和\\n体育局), since 体育局 and 区管委会 open like
names and the loader joins a cut only where the next line's words do not. Now a name ending in a joining
word goes on over the break unless the words before it end whole (县财政局和 / 县商务局: two names) or the
next line opens with a level's word (县教育和 / 县体育局), and a type's word running over the break joins the
two lines whatever they open like."""

from __future__ import annotations

import pytest

from loaders.pdf_names import join_cut_names
from tests.formats import to_table_pdf
from tests.plans import extracted, named_units


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        ("县市场监管局、县教育和\n体育局", "县市场监管局、县教育和体育局"),
        ("市财政局、市住房和\n城乡建设局", "市财政局、市住房和城乡建设局"),
        ("县文化广播电视和\n旅游局、县公安局", "县文化广播电视和旅游局、县公安局"),
        ("县市场监管局、安岳经开\n区管委会", "县市场监管局、安岳经开区管委会"),
        ("县财政局、蒲江高新\n区管委会", "县财政局、蒲江高新区管委会"),
        ("市公安局、邛崃工业\n园区管委会", "市公安局、邛崃工业园区管委会"),
    ],
)
def test_a_name_cut_where_it_goes_on_is_joined(lines: str, joined: str) -> None:
    assert join_cut_names(lines) == joined


@pytest.mark.parametrize(
    "lines",
    [
        "县财政局和\n县商务局",  # two names joined by 和
        "县教育和\n县体育局",  # the next line opens a name of its own
        "市科技局、\n市工业和信息化局",
        "市科技局\n市工信局",
        "推进教育和\n体育融合发展",  # a task's words
        "支持高新\n区企业开展专利导航",
    ],
)
def test_lines_of_whole_names_or_of_words_keep_their_break(lines: str) -> None:
    assert join_cut_names(lines) == lines


BEFORE = [
    "安岳县知识产权强县建设工作方案",
    "一、重点任务",
    "（一）推动专利转化运用。",
    "附件：重点任务分工表",
]
AFTER = ["安岳县人民政府办公室", "2024年5月20日"]


@pytest.mark.parametrize(
    ("supporters", "width"),
    [
        (["县市场监管局", "县教育和体育局"], 11),  # 县市场监管局、县教育和 / 体育局
        (["县市场监管局", "安岳经开区管委会"], 11),  # 县市场监管局、安岳经开 / 区管委会
        (["县财政局", "县住房和城乡建设局"], 9),  # 县财政局、县住房和 / 城乡建设局
        (["县公安局", "县文化广播电视和旅游局"], 13),  # 县公安局、县文化广播电视和 / 旅游局
        (["县财政局", "仁寿高新区管委会"], 9),  # 县财政局、仁寿高新 / 区管委会
        (["县司法局", "县人力资源和社会保障局"], 11),  # 县司法局、县人力资源和 / 社会保障局
    ],
)
def test_a_supporter_cut_by_its_cell_is_named_whole(supporters: list[str], width: int) -> None:
    rows = [
        ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
        ["1", "推动专利转化运用", "县经科信局", "、".join(supporters), "2026年12月"],
    ]
    pdf = to_table_pdf(BEFORE, rows, [2, 8, 6, width, 8], AFTER)
    doc, _ = extracted(pdf, "anyue.pdf")
    found = {path: units for path, units in named_units(doc).items() if units}
    assert found["一.(一)"] == [
        ("县经科信局", "lead", "table"),
        *[(name, "support", "table") for name in supporters],
    ]
