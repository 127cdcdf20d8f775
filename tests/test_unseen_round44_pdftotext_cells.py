"""Round 44: an annex task table as `pdftotext -layout` prints a PDF's ruled table: each column starts at the
same character on every line (a CJK character is one character there, whatever its width on the screen),
and a long cell wraps onto the lines below within its own column, the other columns blank there. The words a
row wrapped were placed by where they stand on the screen, as in a table typed by hand, so a task cell's next
line went to the 序号 column and a unit cell's next line, after a short task piece, to the 牵头单位 column;
they now go to the column of the row's cell they start under, counted in characters or on the screen
(spaced_tables._spaced_pieces). A body's name the cell's width cut (县工业和 ↵ 信息化局, over three lines
国 ↵ 家金融监督管理总局某 ↵ 县监管支局, or inside a wrapped line 县人民 ↵ 检察院) is one unit whose surface is the
whole name as written, and a wrapped line going on with more units after the name's end (监管局、县司法局)
names them too (responsibilities._wrapped_units)."""

from __future__ import annotations

import pytest

from tests.plans import extracted, named_units

#: Where each column starts, in characters: 序号, 工作任务, 牵头单位, 配合单位, 完成时限.
_COLUMNS = (0, 6, 32, 50, 74)


def _line(cells: list[str]) -> str:
    """One line of the table, each cell at its column's character (pdftotext's layout)."""
    out = ""
    for at, cell in zip(_COLUMNS, cells, strict=True):
        if cell:
            out += " " * max(1 if out else 0, at - len(out)) + cell
    return out


def _plan(rows: list[list[list[str]]]) -> str:
    head = _line(["序号", "工作任务", "牵头单位", "配合单位", "完成时限"])
    body = "\n\n".join("\n".join(_line(cells) for cells in row) for row in rows)
    return (
        "某县2025年知识产权重点任务清单\n\n一、重点任务\n\n"
        + head
        + "\n\n"
        + body
        + "\n\n\n二、工作要求\n\n各单位要按照分工抓好落实。\n"
    )


def _units(text: str) -> list[list[tuple[str, str]]]:
    doc, _ = extracted(text)
    return [[(s, role) for s, role, _ in units] for path, units in named_units(doc).items() if ".表" in path]


@pytest.mark.parametrize(
    ("support", "expected"),
    [
        (["县科技局、县工业和", "信息化局"], [("县科技局", "support"), ("县工业和信息化局", "support")]),
        (
            ["人民银行某县支行、国", "家金融监督管理总局某", "县监管支局"],
            [("人民银行某县支行", "support"), ("国家金融监督管理总局某县监管支局", "support")],
        ),
        (
            ["县科技局、县市场", "监管局、县司法局"],
            [("县科技局", "support"), ("县市场监管局", "support"), ("县司法局", "support")],
        ),
        (
            ["县文化和旅游局、", "县人民法院、县人民", "检察院"],
            [("县文化和旅游局", "support"), ("县人民法院", "support"), ("县人民检察院", "support")],
        ),
        (
            ["县教育和体育局、县融媒体", "中心"],
            [("县教育和体育局", "support"), ("县融媒体中心", "support")],
        ),
    ],
)
def test_a_unit_cells_name_cut_by_its_width_is_one_unit(
    support: list[str], expected: list[tuple[str, str]]
) -> None:
    task = ["推进专利转化运用：组织", "高校院所与企业精准对接，", "盘活存量专利"]
    lines = [
        ["1", task[0], "县市场监管局", support[0], "2025年12月底"],
        *(
            ["", task[k] if k < len(task) else "", "", support[k] if k < len(support) else "", ""]
            for k in range(1, max(len(task), len(support)))
        ),
    ]
    got = _units(_plan([lines]))
    assert got[0] == [("县市场监管局", "lead"), *expected]


def test_a_lead_cells_name_cut_by_its_width_is_one_lead() -> None:
    row = [
        ["1", "深化地理标志保护运用：推", "县农业农村局、县", "各乡镇人民政府", "2025年11月底"],
        ["", "动特色产品申报证明商标", "市场监管局", "", ""],
    ]
    assert _units(_plan([row]))[0] == [
        ("县农业农村局", "lead"),
        ("县市场监管局", "lead"),
        ("各乡镇人民政府", "support"),
    ]


def test_a_short_task_piece_leaves_the_unit_piece_after_it_in_its_column() -> None:
    """保险 ends the task cell's wrapped words; the unit words after it stand at the 配合单位 column's
    character, though on the screen they stand left of that column's header."""
    row = [
        ["1", "拓展知识产权金融服务：开", "县委金融办", "人民银行某县支行、县", "2025年12月底"],
        ["", "展“知惠行”活动，推广专利", "", "财政局、县市场监管局", ""],
        ["", "保险", "", "县商务局", ""],
    ]
    assert _units(_plan([row]))[0] == [
        ("县委金融办", "lead"),
        ("人民银行某县支行", "support"),
        ("县财政局", "support"),
        ("县市场监管局", "support"),
        ("县商务局", "support"),
    ]


def test_the_rows_after_a_wrapped_row_keep_their_own_units() -> None:
    rows = [
        [
            ["1", "推进高价值专利培育：围绕", "县科技局", "县市场监管局、县工业和", "2025年12月底"],
            ["", "主导产业开展专利布局", "", "信息化局", ""],
        ],
        [["2", "加大行政执法力度", "县市场监管局", "县公安局", "全年"]],
    ]
    assert _units(_plan(rows)) == [
        [("县科技局", "lead"), ("县市场监管局", "support"), ("县工业和信息化局", "support")],
        [("县市场监管局", "lead"), ("县公安局", "support")],
    ]


def _typed(cells: list[str]) -> str:
    """One line of a table typed by hand in an editor: each cell at its column's place on the screen (a CJK
    character two columns wide), as the table's rows line up when shown."""
    out = ""
    for at, cell in zip(_COLUMNS, cells, strict=True):
        if cell:
            width = sum(2 if "\u4e00" <= ch <= "\u9fff" or ch in "（）：，、“”" else 1 for ch in out)
            out += " " * max(1 if out else 0, at + 12 * (at > 6) - width) + cell
    return out


def test_a_table_typed_by_hand_is_still_read_by_the_screen() -> None:
    """The wrapped 管理局 stands under its cell on the screen; counted in characters it would stand near the
    next column's start, but the rows line up on the screen, not in characters."""
    head = _typed(["序号", "工作任务", "牵头单位", "配合单位", "完成时限"])
    rows = [
        _typed(["1", "培育知识产权优势企业10家", "县市场监督", "县商务局", "2025年"]),
        _typed(["", "", "管理局", "", ""]),
        _typed(["2", "建设地理标志保护示范区", "县农业农村局", "县市场监督管理局", "2024年"]),
    ]
    text = (
        "某县2025年知识产权重点任务清单\n\n一、重点任务\n\n"
        + head
        + "\n"
        + "\n".join(rows)
        + "\n\n二、工作要求\n\n各单位要抓好落实。\n"
    )
    assert _units(text) == [
        [("县市场监督管理局", "lead"), ("县商务局", "support")],
        [("县农业农村局", "lead"), ("县市场监督管理局", "support")],
    ]
