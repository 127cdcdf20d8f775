"""Round 47 (h), unseen layout: a city's yearly task list as the Excel workbook itself (.xlsx), two sheets: the
indicators with numeric cells shown through their number formats (0.15 under 0% is 15%), and the tasks under a
title row merged across, 序号/工作任务 cells merged down over their measures' rows, shared strings holding
rich-text runs (a bold lead's name), a date serial under a date format, a 备注 row at the foot.

What it exposed:
- The loaders read no workbook: .xlsx was an unsupported type, and a zip package was always sniffed as a Word
  document (a workbook named .docx was refused as "not a Word document"). Each visible sheet is now read as the
  sheet saved as a web page is, one table after another (loaders/xlsx.py), its numbers as Excel shows them
  (loaders/xlsx_numbers.py), its merged ranges as a page's merged cells, and the package is known by its
  xl/workbook.xml whatever its name (loaders/sniff.py).
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders import load_bytes
from loaders.xlsx_numbers import general, serial_date, shown
from policykg.errors import DocumentError
from policykg.evaluation import evaluate
from policykg.extract.pipeline import extract_document

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"

#: A cell: a shared string's index ("s", n), a number with a style ("n", value, style), a rich run list.
Cell = tuple[str, object] | tuple[str, object, int]


def _letters(column: int) -> str:
    out = ""
    while column:
        column, rest = divmod(column - 1, 26)
        out = chr(65 + rest) + out
    return out


class _Book:
    """A workbook package written by hand as Excel saves it: shared strings (plain or rich runs), styles
    with number formats, sheets with merged ranges."""

    def __init__(self) -> None:
        self.strings: list[str] = []  # each an <si> body
        self.sheets: list[tuple[str, str, str]] = []  # (name, sheet xml, state)

    def text(self, words: str) -> tuple[str, int]:
        self.strings.append(f'<t xml:space="preserve">{escape(words)}</t>')
        return ("s", len(self.strings) - 1)

    def rich(self, *runs: tuple[str, bool]) -> tuple[str, int]:
        body = "".join(
            f'<r><rPr>{"<b/>" if bold else ""}<rFont val="宋体"/></rPr><t xml:space="preserve">{escape(w)}</t></r>'
            for w, bold in runs
        )
        self.strings.append(body)
        return ("s", len(self.strings) - 1)

    def sheet(
        self, name: str, rows: list[list[object]], merges: tuple[str, ...] = (), state: str = "visible"
    ) -> None:
        xml_rows = []
        for r, row in enumerate(rows, start=1):
            cells = []
            for c, value in enumerate(row, start=1):
                ref = f"{_letters(c)}{r}"
                if value is None:
                    continue
                if isinstance(value, tuple) and value[0] == "s":
                    cells.append(f'<c r="{ref}" t="s"><v>{value[1]}</v></c>')
                elif isinstance(value, tuple):  # ("n", number, style)
                    cells.append(f'<c r="{ref}" s="{value[2]}"><v>{value[1]}</v></c>')
                else:
                    cells.append(f'<c r="{ref}"><v>{value}</v></c>')
            xml_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
        ranges = "".join(f'<mergeCell ref="{m}"/>' for m in merges)
        merged = f'<mergeCells count="{len(merges)}">{ranges}</mergeCells>' if merges else ""
        xml = f'<worksheet xmlns="{_MAIN}"><sheetData>{"".join(xml_rows)}</sheetData>{merged}</worksheet>'
        self.sheets.append((name, xml, state))

    def bytes(self) -> bytes:
        sheets = "".join(
            f'<sheet name="{name}" sheetId="{i}" state="{state}" r:id="rId{i}"/>'
            for i, (name, _, state) in enumerate(self.sheets, start=1)
        )
        rels = "".join(
            f'<Relationship Id="rId{i}" Type="{_R}/worksheet" Target="worksheets/sheet{i}.xml"/>'
            for i in range(1, len(self.sheets) + 1)
        )
        styles = (
            f'<styleSheet xmlns="{_MAIN}"><numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/>'
            '<numFmt numFmtId="165" formatCode="0.0&quot;万元&quot;"/></numFmts>'
            '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="164"/><xf numFmtId="165"/>'
            '<xf numFmtId="10"/></cellXfs></styleSheet>'
        )
        members = {
            "[Content_Types].xml": "<Types/>",
            "_rels/.rels": f'<Relationships xmlns="{_PKG}"><Relationship Id="rId1" Type="{_R}/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>',
            "xl/workbook.xml": f'<workbook xmlns="{_MAIN}" xmlns:r="{_R}"><sheets>{sheets}</sheets></workbook>',
            "xl/_rels/workbook.xml.rels": f'<Relationships xmlns="{_PKG}">{rels}<Relationship Id="rS" '
            f'Type="{_R}/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
            "xl/sharedStrings.xml": f'<sst xmlns="{_MAIN}">{"".join(f"<si>{s}</si>" for s in self.strings)}</sst>',
            "xl/styles.xml": styles,
        }
        for i, (_, xml, _) in enumerate(self.sheets, start=1):
            members[f"xl/worksheets/sheet{i}.xml"] = xml
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as archive:
            for name, content in members.items():
                archive.writestr(name, content.encode("utf-8"))
        return out.getvalue()


def _serial(day: date) -> int:
    return (day - date(1899, 12, 30)).days


def _taicang() -> bytes:
    """A different city's list: 太仓市, 指标 | 计量单位 | 2024年完成值 | 2025年目标值, 重点工作 | 主要措施 | 牵头部门 |
    协同部门 | 时间节点."""
    book = _Book()
    t = book.text
    book.sheet(
        "年度指标",
        [
            [t("指标"), t("计量单位"), t("2024年完成值"), t("2025年目标值")],
            [t("发明专利授权量"), t("件"), 640, 700],
            [t("知识产权质押融资金额"), t("亿元"), ("n", 8.5, 3), ("n", 10, 3)],
            [t("规上企业专利覆盖率"), t("%"), ("n", 0.125, 4), ("n", 0.14, 4)],
        ],
    )
    book.sheet("说明", [[t("内部说明，不印发")]], state="hidden")
    lead = book.rich(("市市场监管局", True), ("（市知识产权局）", False))
    book.sheet(
        "任务分解",
        [
            [t("太仓市2025年知识产权工作要点")],
            [t("太仓市知识产权工作领导小组办公室　2025年2月26日")],
            [t("序号"), t("重点工作"), t("主要措施"), t("牵头部门"), t("协同部门"), t("时间节点")],
            [
                1,
                t("强化知识产权创造"),
                t("新建高价值专利培育中心2家。"),
                lead,
                t("市科技局\n市工信局"),
                ("n", _serial(date(2025, 12, 31)), 2),
            ],
            [None, None, t("开展专利导航项目3项。"), book.rich(("市工信局", True)), lead, t("2025年9月底前")],
            [2, t("加强知识产权保护"), t("开展“铁拳”专项执法行动。"), lead, t("市公安局"), t("全年")],
            [
                None,
                None,
                t("建设知识产权纠纷调解组织。"),
                book.rich(("市司法局", True)),
                book.rich(("市市场监管局（市知识产权局）", False), ("\n", False), ("浮桥镇人民政府", False)),
                ("n", _serial(date(2025, 6, 30)), 2),
            ],
            [t("备注：牵头部门加粗。")],
        ],
        merges=("A1:F1", "A2:F2", "A4:A5", "B4:B5", "A6:A7", "B6:B7", "A8:F8"),
    )
    return book.bytes()


def _roles(doc) -> list[list[tuple[str, str]]]:  # type: ignore[no-untyped-def]
    return [
        [(r.agency.surface, r.role) for r in task.responsibilities]
        for task in doc.tasks
        if task.responsibilities
    ]


def test_a_workbook_reads_each_visible_sheet_as_a_table_with_its_numbers_shown() -> None:
    loaded = load_bytes(_taicang(), "太仓.xlsx")
    assert loaded.format == "xlsx"
    lines = loaded.text.splitlines()
    assert "发明专利授权量\t件\t640\t700" in lines
    assert "知识产权质押融资金额\t亿元\t8.5万元\t10.0万元" in lines
    assert "规上企业专利覆盖率\t%\t12.50%\t14.00%" in lines
    assert "内部说明" not in loaded.text  # the hidden sheet
    assert "2025-12-31" in loaded.text
    assert "2025-06-30" in loaded.text
    assert "新建高价值专利培育中心2家。\t市市场监管局（市知识产权局）\t市科技局\n市工信局" in loaded.text
    assert len(loaded.tables) == 2


def test_a_workbook_task_sheet_gives_leads_supports_and_its_title() -> None:
    doc = extract_document(load_bytes(_taicang(), "太仓.xlsx"))
    assert doc.plan.title == "太仓市2025年知识产权工作要点"
    roles = _roles(doc)
    assert [
        ("市市场监管局（市知识产权局）", "lead"),
        ("市科技局", "support"),
        ("市工信局", "support"),
    ] in roles
    assert [("市工信局", "lead"), ("市市场监管局（市知识产权局）", "support")] in roles
    assert [
        ("市司法局", "lead"),
        ("市市场监管局（市知识产权局）", "support"),
        ("浮桥镇人民政府", "support"),
    ] in roles
    values = {(t.value, t.unit, t.year) for t in doc.targets}
    assert {(640, "件", 2024), (700, "件", 2025), (12.5, "%", 2024), (14, "%", 2025)} <= values


def test_a_workbook_is_known_by_its_package_whatever_its_name() -> None:
    data = _taicang()
    for name in ("plan.docx", "plan.xlsm", "任务清单"):
        if name == "任务清单":
            with pytest.raises(DocumentError):
                load_bytes(data, name)
            continue
        loaded = load_bytes(data, name)
        assert loaded.format == "xlsx"
        assert "发明专利授权量" in loaded.text
    assert load_bytes(data, "plan.docx").warnings


def test_cells_and_rows_without_references_stand_after_the_ones_before() -> None:
    """The format makes a cell's r (and a row's) optional: a writer may leave them out."""
    data = zipfile.ZipFile(io.BytesIO(_taicang()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name in data.namelist():
            content = data.read(name)
            if name == "xl/worksheets/sheet1.xml":
                content = re.sub(rb' r="[A-Z]*\d+"', b"", content)
            archive.writestr(name, content)
    lines = load_bytes(out.getvalue(), "太仓.xlsx").text.splitlines()
    assert "发明专利授权量\t件\t640\t700" in lines
    assert "指标\t计量单位\t2024年完成值\t2025年目标值" in lines


def _row(number: int, cells: list[tuple[str, int]]) -> str:
    return f'<row r="{number}">' + "".join(f'<c r="{ref}"><v>{v}</v></c>' for ref, v in cells) + "</row>"


def _one_sheet(cells: str) -> bytes:
    book = _Book()
    book.sheets.append(
        ("Sheet1", f'<worksheet xmlns="{_MAIN}"><sheetData>{cells}</sheetData></worksheet>', "visible")
    )
    return book.bytes()


def test_empty_rows_and_columns_fold_and_a_far_cell_asks_for_no_grid() -> None:
    """A table placed from C5 loses the empty columns and rows before it; three empty rows between two
    tables stay one blank row; a cell at the sheet's far corner makes no billion empty cells."""
    rows = ((5, (("C", 1), ("D", 2))), (6, (("C", 3), ("D", 4))), (10, (("C", 5),)), (1048576, (("XFD", 9),)))
    far = "".join(_row(r, [(f"{c}{r}", v) for c, v in cells]) for r, cells in rows)
    text = load_bytes(_one_sheet(far), "far.xlsx").text
    assert [line.rstrip("\t") for line in text.splitlines()[:4]] == ["1\t2", "3\t4", "", "5"]
    assert text.rstrip().endswith("9")


def test_a_sheet_too_large_once_folded_is_refused() -> None:
    diagonal = "".join(_row(2 * i + 1, [(f"{_letters(2 * i + 1)}{2 * i + 1}", i)]) for i in range(1001))
    with pytest.raises(DocumentError, match="too large"):
        load_bytes(_one_sheet(diagonal), "diagonal.xlsx")


def test_a_workbook_writing_nothing_is_refused_as_such() -> None:
    book = _Book()
    book.sheet("Sheet1", [])
    with pytest.raises(DocumentError, match="Excel workbook whose sheets write nothing"):
        load_bytes(book.bytes(), "空.xlsx")


def test_a_folder_of_labelled_plans_pairs_a_workbook_with_its_gold(tmp_path: Path) -> None:
    (tmp_path / "taicang.xlsx").write_bytes(_taicang())
    (tmp_path / "taicang.gold.yaml").write_text(
        "version: 1\nplan: {title: 太仓市2025年知识产权工作要点}\n", encoding="utf-8"
    )
    total, per_plan = evaluate(tmp_path)
    assert list(per_plan) == ["taicang.xlsx"]
    assert total["metadata"].f1 == 1.0


@given(st.integers(min_value=0, max_value=100_000))
def test_a_percent_format_shows_the_hundredths(n: int) -> None:
    assert shown(n / 100, "0%") == f"{n}%"
    assert shown(n / 10000, "0.00%") == f"{n // 100}.{n % 100:02d}%"


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_general_and_grouped_formats_show_whole_numbers_as_written(n: int) -> None:
    assert general(float(n)) == str(n)
    assert shown(float(n), "#,##0") == f"{n:,}"
    assert shown(float(n), '0"件"') == f"{n}件"


@settings(max_examples=200)
@given(st.dates(min_value=date(1900, 3, 1), max_value=date(2100, 12, 31)))
def test_a_date_serial_shows_its_day_under_any_date_format(day: date) -> None:
    serial = _serial(day)
    assert serial_date(serial).date() == day
    assert shown(serial, "yyyy-mm-dd") == day.isoformat()
    assert shown(serial, 'yyyy"年"m"月"d"日"') == f"{day.year}年{day.month}月{day.day}日"
    assert shown(serial, "[$-804]yyyy/m/d;@") == f"{day.year}/{day.month}/{day.day}"
    assert shown(serial + 0.5, "yyyy/m/d h:mm") == f"{day.year}/{day.month}/{day.day} 12:00"
    assert serial_date(serial - 1462, date1904=True).date() == day


def test_sections_literals_and_scaling_of_a_number_format() -> None:
    assert shown(-3, "0;[Red](0)") == "(3)"
    assert shown(-3, "0") == "-3"
    assert shown(0, '0;-0;"—"') == "—"
    assert shown(12_345_678, "#,##0,") == "12,346"
    assert shown(0.1 + 0.2, "General") == "0.3"
    assert shown(123_456, "0.00E+00") == "1.23E+05"
    assert shown(2.5, '"约"0.0"亿元"') == "约2.5亿元"
    assert shown(7, "@") == "7"
    assert shown(date(2025, 3, 18).toordinal() - date(1899, 12, 30).toordinal(), 'm"月"d"日"') == "3月18日"
    assert timedelta(0) == serial_date(1) - serial_date(1)  # the first day of the 1900 system reads
