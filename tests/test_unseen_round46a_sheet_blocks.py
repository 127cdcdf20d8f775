"""Round 46: a spreadsheet saved whole as one web page (Excel's File > Save as Web Page) is one <table> holding
the page's own lines (an 附件 cell, the title, the issuer and date, a lead-in, captions, a legend, each a cell
merged across the sheet) and two tables, each under its own header row: the year's indicators, then the task
list. The whole sheet was read as one table headed by its first row (附件 | | | |), so no row was a task and no
indicator a target. A header row under a one-cell or blank row now opens a table of its own, and the one-cell
rows above it are lines of the text (policykg/extract/sheet_blocks.py); a table with one caption over its
header is read as before."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.base import TableCell, TableGrid
from policykg.extract.sheet_blocks import split_sheets
from tests.plans import extracted, named_units


def _row(cells: list[str]) -> str:
    return "<tr>" + "".join(f"<td class=xl70 x:str>{c or '&nbsp;'}</td>" for c in cells) + "</tr>"


def _wide(words: str, width: int = 5) -> str:
    return f"<tr><td colspan={width} class=xl66>{words}</td></tr>"


def _sheet(rows: list[str]) -> str:
    return (
        '<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta name=ProgId content=Excel.Sheet>'
        "</head><body><table border=0 cellpadding=0 cellspacing=0>"
        + "".join(rows)
        + "<![if supportMisc]><tr height=0 style='display:none'><td></td></tr><![endif]></table></body></html>"
    )


INDICATORS = [
    _wide("表1　主要指标"),
    _row(["编号", "指标", "单位", "2024年实际", "2025年目标"]),
    _row(["1", "发明专利授权量", "件", "820", "900"]),
    _row(["2", "知识产权质押融资金额", "亿元", "12.5", "15"]),
]
TASKS = [
    _wide("表2　重点工作"),
    _row(["序号", "重点工作", "牵头单位", "配合单位", "完成时间"]),
    _wide("一、知识产权创造"),
    _row(["1", "开展专利导航项目，服务主导产业发展", "县经信局", "县科技局", "2025年11月"]),
    _row(["2", "推进企业知识产权合规管理体系认证", "县市场监管局", "县经信局、县商务局", "2025年12月"]),
]
HEAD = [
    _wide("某县2025年知识产权工作任务表"),
    _wide("某县知识产权工作领导小组办公室　2025年2月18日"),
]


def _read(rows: list[str]) -> tuple[dict[str, dict[str, str]], set[float]]:
    doc, _ = extracted(_sheet(rows), "sheet.html")
    units = {path: {s: role for s, role, _ in found} for path, found in named_units(doc).items() if found}
    return units, {t.value for t in doc.targets if t.value is not None}


def test_indicators_then_tasks_after_a_blank_row() -> None:
    units, values = _read([*HEAD, *INDICATORS, _row(["", "", "", "", ""]), *TASKS])
    assert sorted(units.values(), key=str) == sorted(
        [
            {"县经信局": "lead", "县科技局": "support"},
            {"县市场监管局": "lead", "县经信局": "support", "县商务局": "support"},
        ],
        key=str,
    )
    assert {820, 900, 12.5, 15} <= values


def test_tasks_first_and_no_blank_row_between_the_blocks() -> None:
    units, values = _read([*HEAD, *TASKS, *INDICATORS])
    assert len(units) == 2
    assert {820, 900, 12.5, 15} <= values


def test_one_block_under_the_page_lines() -> None:
    units, _ = _read([_wide("附件"), *HEAD, *TASKS])
    assert len(units) == 2


def _grid(shape: list[int]) -> tuple[str, TableGrid]:
    """A text and a grid of five columns from row widths: 0 a blank row, 1 a cell across the sheet, 2 a header,
    3 a body row."""
    words = {1: ["某某说明"] * 5, 2: ["序号", "工作任务", "责任单位", "完成时限", "备注"]}
    text, rows = "", []
    for r, kind in enumerate(shape):
        cells = words.get(kind, [str(r), f"任务内容第{r}行较长的文字", "县科技局", "2025年底", "无"])
        row = []
        span = None
        for c, word in enumerate(cells):
            if kind == 0:
                row.append(TableCell(r, c, (len(text), len(text))))
                continue
            if kind == 1 and c > 0 and span is not None:
                row.append(TableCell(r, c, span))  # a merged cell repeats its span
                continue
            span = (len(text), len(text) + len(word))
            row.append(TableCell(r, c, span))
            text += word + "\t"
        rows.append(tuple(row))
        text += "\n"
    return text, TableGrid((0, len(text)), tuple(rows), "html")


@settings(max_examples=60, deadline=None)
@given(
    lead=st.integers(min_value=0, max_value=4),
    blocks=st.lists(
        st.tuples(st.integers(min_value=0, max_value=3), st.integers(min_value=1, max_value=4)),
        min_size=1,
        max_size=3,
    ),
)
def test_blocks_keep_every_body_row_once(lead: int, blocks: list[tuple[int, int]]) -> None:
    shape = [1] * lead
    for i, (between, body) in enumerate(blocks):
        if i:
            shape += [0] + [1] * between
        shape += [2] + [3] * body
    text, table = _grid(shape)
    out = split_sheets(text, [table])
    split = len(blocks) > 1 or lead >= 2
    assert len(out) == (len(blocks) if split else 1)
    if not split:
        assert out == [table]
        return
    for block, (_, body) in zip(out, blocks, strict=True):
        first = text[block.rows[0][0].span[0] : block.rows[0][0].span[1]]
        assert first == "序号"
        assert len(block.rows) == 1 + body
        assert [cell.row for row in block.rows for cell in row[:1]] == list(range(1 + body))


def test_issuer_and_date_in_two_cells_above_the_header() -> None:
    issuer = _row(["某县市场监督管理局", "", "", "", "2025年2月18日"])
    units, _ = _read([_wide("某县2025年知识产权工作任务表"), issuer, *TASKS[1:]])
    assert len(units) == 2


def test_a_task_row_naming_a_lead_is_no_header_under_body_rows() -> None:
    rows = [
        _wide("某县2025年知识产权工作任务表"),
        _wide("某县知识产权工作领导小组办公室"),
        _row(["序号", "工作任务", "牵头单位", "配合单位", "完成时间"]),
        _row(["1", "开展专利导航项目，服务主导产业发展", "县经信局", "县科技局", "2025年11月"]),
        _row(["", "开展专项整治", "县市场监管局牵头", "县公安局配合", "全年"]),
    ]
    units, _ = _read(rows)
    assert len(units) == 2


def test_short_task_rows_under_category_rows_stay_in_their_table() -> None:
    rows = [
        *HEAD,
        _row(["重点工作", "牵头单位", "配合单位", "完成时间", "备注"]),
        _wide("一、知识产权创造"),
        _row(["专利导航", "县经信局牵头", "县科技局", "全年", ""]),
        _wide("二、知识产权保护"),
        _row(["专项整治", "县市场监管局", "县公安局配合", "全年", ""]),
    ]
    units, _ = _read(rows)
    assert len(units) == 2
