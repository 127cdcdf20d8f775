"""Round 47: a task list kept in Excel and saved as CSV (.csv), as users bring a sheet: Excel on Chinese Windows
writes the sheet's used range in GB18030 with CRLF, a title row of one cell and empty commas, the issuer and the
date, a blank row, the header, category rows, cells holding a comma, a quote or a line break in double quotes
("…" with "" for a quote inside), a merged cell in its first row only. The loaders refused the file type
('.csv' unsupported) and the evaluation found no plan beside its gold file. A .csv is now read as a sheet: its
rows as one table, each a line of tab-separated cells, as a web page's or a Word table's (loaders/csvfile.py),
the comma, a semicolon or a tab its delimiter, whichever its first rows hold most of."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders import load_bytes
from loaders.builder import cell_lines
from loaders.csvfile import delimiter
from policykg.errors import DocumentError
from policykg.evaluation import gold_pairs
from tests.plans import extracted, named_units


def _sheet(rows: list[list[str]], *, sep: str = ",", encoding: str = "gb18030") -> bytes:
    """``rows`` as Excel saves them as CSV: every cell that needs it quoted, CRLF line ends."""
    out = io.StringIO()
    csv.writer(out, dialect="excel", delimiter=sep, lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode(encoding)


WIDTH = 6
HEADER = ["序号", "工作任务", "工作措施", "主要责任单位", "协同单位", "时间节点"]


def _padded(*cells: str) -> list[str]:
    return [*cells, *[""] * (WIDTH - len(cells))]


SHEET = [
    _padded("漳州市2025年知识产权工作任务清单"),
    _padded("漳州市市场监督管理局", "", "", "", "2025年2月28日"),
    _padded(),
    HEADER,
    _padded("一、加强知识产权保护"),
    [
        "1",
        "强化行政执法",
        '开展"铁拳"行动，严厉打击商标侵权、假冒专利行为。',
        "市市场监管局",
        "市公安局\r\n市文旅局",
        "全年",
    ],
    ["", "", '加强进出口环节知识产权保护，开展"龙腾"行动。', "漳州海关", "", "2025年11月底前"],
    _padded("二、提升知识产权服务"),
    [
        "2",
        "建设公共服务网点",
        "新增知识产权信息公共服务网点2家，\r\n开展服务进园区活动。",
        "市市场监管局",
        "各县（区）人民政府",
        "2025年12月底前",
    ],
    _padded("注：本清单由市知识产权工作领导小组办公室负责调度。"),
]


def test_an_excel_sheet_saved_as_csv_is_read_as_its_table() -> None:
    doc, text = extracted(_sheet(SHEET), "清单.csv")
    assert doc.plan.title == "漳州市2025年知识产权工作任务清单"
    assert doc.plan.date == "2025-02-28"
    assert [i.name for i in doc.plan.issuers] == ["漳州市市场监督管理局"]
    units = [{s: role for s, role, _ in found} for found in named_units(doc).values() if found]
    assert units == [
        {"市市场监管局": "lead", "市公安局": "support", "市文旅局": "support"},
        {"漳州海关": "lead"},
        {"市市场监管局": "lead", "各县（区）人民政府": "support"},
    ]
    assert '开展"铁拳"行动' in text  # a quote doubled inside a quoted cell is one quote
    assert '""' not in text
    assert "\r" not in text


def test_a_semicolon_sheet_in_utf8_with_a_bom_reads_the_same() -> None:
    """Excel's CSV UTF-8 from a machine whose list separator is the semicolon."""
    comma, _ = extracted(_sheet(SHEET), "a.csv")
    semicolon, _ = extracted(b"\xef\xbb\xbf" + _sheet(SHEET, sep=";", encoding="utf-8"), "a.csv")
    assert named_units(semicolon) == named_units(comma)
    assert semicolon.plan.title == comma.plan.title


def test_the_delimiter_is_the_one_the_first_rows_hold_most_of() -> None:
    assert delimiter("序号;任务;牵头单位\n1;开展专利导航，培育企业;县科技局\n") == ";"
    assert delimiter("序号\t任务\t牵头单位\n") == "\t"
    assert delimiter("一列的表\n第二行\n") == ","  # one column: no delimiter anywhere


CELL = st.text(alphabet=st.sampled_from(list('专利导航县科技局，。,";\r\n 1')), max_size=12)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(CELL, min_size=3, max_size=3), min_size=1, max_size=5), st.sampled_from([",", ";"]))
def test_each_cell_stands_in_the_text_as_written(rows: list[list[str]], sep: str) -> None:
    """Whatever a cell holds (the delimiter, quotes, line breaks), its span in the table slices its text
    out of the canonical text, its lines' spaces collapsed as a web page's cell's are."""
    rows = [["序号", "任务", "单位"], *rows]
    loaded = load_bytes(_sheet(rows, sep=sep), "s.csv")
    (table,) = loaded.tables
    assert len(table.rows) == len(rows)
    for row, written in zip(table.rows, rows, strict=True):
        for cell, words in zip(row, written, strict=True):
            assert loaded.text[cell.span[0] : cell.span[1]] == cell_lines(words)


def test_a_web_page_named_csv_is_read_as_a_web_page() -> None:
    page = "<html><body><p>某县知识产权工作要点</p><p>一、加强保护</p></body></html>".encode()
    loaded = load_bytes(page, "export.csv")
    assert loaded.format == "html"
    assert loaded.text.startswith("某县知识产权工作要点")


def test_a_sheet_of_empty_cells_is_refused_by_name() -> None:
    with pytest.raises(DocumentError, match=r"empty\.csv: it contains no text"):
        load_bytes(b",,,\r\n,,,\r\n", "empty.csv")


def test_the_evaluation_finds_a_csv_plan_beside_its_gold_file(tmp_path: Path) -> None:
    (tmp_path / "p.csv").write_bytes(_sheet(SHEET))
    (tmp_path / "p.gold.yaml").write_text("version: 1\n", encoding="utf-8")
    assert gold_pairs(tmp_path) == [(tmp_path / "p.csv", tmp_path / "p.gold.yaml")]


def test_a_document_pasted_into_one_column_is_read_as_its_text() -> None:
    """A plan typed or pasted one paragraph a row (column A, or a column further right, the others empty)
    and saved as CSV is a text: its rows its lines, outline and notes read as in a .txt."""
    paragraphs = [
        "某县2025年知识产权工作要点",
        "一、重点任务",
        "（一）推进专利导航，开展产业专利导航项目1项。（责任单位：县科技局）",
        "（二）加强宣传。组织宣传周活动。（牵头单位：县委宣传部；配合单位：县教育局）",
    ]
    as_text, _ = extracted("\n".join(paragraphs) + "\n", "plan.txt")
    for column in (0, 2):
        sheet = _sheet([[*[""] * column, line, ""] for line in paragraphs])
        as_sheet, text = extracted(sheet, "plan.csv")
        assert text.splitlines() == paragraphs
        assert named_units(as_sheet) == named_units(as_text)
        assert (
            [t.quote for t in as_sheet.targets]
            == [t.quote for t in as_text.targets]
            == ["开展产业专利导航项目1项"]
        )
