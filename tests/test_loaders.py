"""Loaders: formats, encodings, bad files; other-format versions of plan 000 give the same facts."""

from __future__ import annotations

import codecs
import io
import warnings
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders import load_bytes, load_document
from policykg.errors import DocumentError
from policykg.extract.pipeline import extract_document
from tests.conftest import PLAN_000, facts
from tests.formats import paragraphs_of, to_docx, to_html, to_pdf

TEXT = PLAN_000.read_text(encoding="utf-8")
#: Plan 000 as loaded: its two printed page numbers ('- 18 -', '- 17 -', after the last annex) dropped.
CANONICAL = TEXT.replace("\n- 18 -\n- 17 -\n", "\n")


@pytest.mark.parametrize(
    ("data", "encoding", "method"),
    [
        (TEXT.encode("utf-8"), "utf-8", "strict-utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig", "bom"),
        (TEXT.encode("gb18030"), "gb18030", "detected"),
        (TEXT.encode("gbk"), "gb18030", "detected"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16", "bom"),
        (TEXT.encode("utf-16-be"), "utf-16-be", "detected"),
    ],
)
def test_encodings_are_detected_and_reported(data: bytes, encoding: str, method: str) -> None:
    doc = load_bytes(data, "plan.txt")
    assert doc.encoding.name == encoding
    assert doc.encoding.method == method
    assert doc.text == CANONICAL


def test_big5_traditional_text() -> None:
    text = "臺北市智慧財產權工作要點\n一、重點任務\n（一）加強保護。（責任單位：市產業發展局負責）\n" * 3
    doc = load_bytes(text.encode("big5"), "plan.txt")
    assert (doc.encoding.name, doc.encoding.method) == ("big5", "detected")
    # read in simplified characters, one for one (traditional.py)
    assert doc.text == (
        "台北市智慧财产权工作要点\n一、重点任务\n（一）加强保护。（责任单位：市产业发展局负责）\n" * 3
    )


def test_gb18030_version_extracts_like_utf8(corpus_docs) -> None:
    doc = extract_document(load_bytes(TEXT.encode("gb18030"), "plan.txt"))
    assert doc.encoding == "gb18030"
    assert facts(doc) == facts(corpus_docs["000_7198047be529bd92"])


@pytest.mark.parametrize(
    "data",
    [
        b"https://ipr.example.gov.cn/notice/2025/0312.html",
        "附件1.html".encode(),
        b"<p>https://example.gov.cn</p>",
    ],
)
def test_a_page_that_looks_like_an_address_loads_without_a_warning(data: bytes) -> None:
    """A web page whose whole text is an address or a file name is still a page: its text is loaded and
    Beautiful Soup's warning about locators passed as markup does not reach the user."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        doc = load_bytes(data, "page.html")
    assert doc.text.strip() in data.decode()


def test_crlf_is_normalised() -> None:
    doc = load_bytes(TEXT.replace("\n", "\r\n").encode("utf-8"), "plan.txt")
    assert "\r" not in doc.text
    assert doc.text == CANONICAL


@pytest.mark.parametrize(
    ("data", "name", "reason"),
    [
        (b"", "empty.txt", "empty"),
        (b"   \n\n", "blank.txt", "empty"),
        (bytes(range(256)) * 8, "binary.txt", "binary"),
        (b"hello", "plan.doc", "unsupported file type"),
        (b"PK\x03\x04 not really a zip", "broken.docx", "not a valid .docx"),
        (b"%PDF-1.4 garbage", "broken.pdf", "pypdf cannot read it"),
    ],
)
def test_bad_files_give_one_clear_error(data: bytes, name: str, reason: str) -> None:
    with pytest.raises(DocumentError) as info:
        load_bytes(data, name)
    assert name in str(info.value)
    assert reason in str(info.value)


def test_size_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 2048)
    with pytest.raises(DocumentError, match="over the limit of 1,024"):
        load_document(big, max_bytes=1024)


def test_missing_file() -> None:
    with pytest.raises(DocumentError, match="no such file"):
        load_document("no/such/plan.txt")


def test_docx_zip_bomb_is_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * (20 * 1024 * 1024))
    with pytest.raises(DocumentError, match="unpack"):
        load_bytes(buffer.getvalue(), "bomb.docx", max_bytes=1024 * 1024)


def test_xlsx_zip_bomb_is_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", b'<workbook xmlns="http://schemas.openxmlformats.org/"/>')
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (20 * 1024 * 1024))
    with pytest.raises(DocumentError, match="unpack"):
        load_bytes(buffer.getvalue(), "bomb.xlsx", max_bytes=1024 * 1024)


def test_docx_version_of_plan_000(corpus_docs) -> None:
    doc = extract_document(load_bytes(to_docx(paragraphs_of(TEXT)), "plan000.docx"))
    assert doc.format == "docx"
    assert doc.encoding_detail.method == "container"
    assert facts(doc) == facts(corpus_docs["000_7198047be529bd92"])


def test_html_version_of_plan_000(corpus_docs) -> None:
    doc = extract_document(load_bytes(to_html(paragraphs_of(TEXT)), "plan000.html"))
    assert "假局" not in doc.model_dump_json()  # script content is not text
    assert facts(doc) == facts(corpus_docs["000_7198047be529bd92"])


def test_pdf_version_of_plan_000_with_wrapped_lines(corpus_docs) -> None:
    doc = extract_document(load_bytes(to_pdf(paragraphs_of(TEXT)), "plan000.pdf"))
    assert doc.format == "pdf"
    expected = facts(corpus_docs["000_7198047be529bd92"])
    assert facts(doc) == expected
    for task in doc.tasks:
        for r in task.responsibilities:
            assert doc.plan
            assert r.quote


def test_pdf_with_printed_page_numbers_gives_the_same_facts(corpus_docs) -> None:
    data = to_pdf(paragraphs_of(TEXT), page_numbers=True)
    loaded = load_bytes(data, "plan000.pdf")
    assert "— 2 —" not in loaded.text
    assert facts(extract_document(loaded)) == facts(corpus_docs["000_7198047be529bd92"])


@pytest.mark.parametrize(
    "line",
    ["— 2 —", "- 12 -", "－3－", "  —  4  —  ", "第5页", "第 6 页 共 20 页", "第7页/共20页", "共20页 第8页"],
)
def test_printed_page_numbers_are_dropped(line: str) -> None:
    text = load_bytes(f"（责任单位：区市场\n{line}\n监管局）\n".encode(), "plan.txt").text
    assert text == "（责任单位：区市场\n监管局）\n"


@pytest.mark.parametrize("line", ["2", "2025", "2022—2025年", "— 2 — 开展工作", "序号 - 3 -", "第二页"])
def test_other_lines_with_numbers_are_kept(line: str) -> None:
    text = f"开展工作。\n{line}\n下一行\n"
    assert load_bytes(text.encode(), "plan.txt").text == text


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_page_numbers_anywhere_leave_the_facts_unchanged(corpus_docs, data: st.DataObject) -> None:
    lines = TEXT.split("\n")
    cuts = data.draw(st.lists(st.integers(1, len(lines) - 1), max_size=8, unique=True))
    numbered = list(lines)
    for n, at in enumerate(sorted(cuts, reverse=True)):
        numbered.insert(
            at, data.draw(st.sampled_from([f"— {n + 2} —", f"- {n + 2} -", f"第{n + 2}页 共30页"]))
        )
    doc = extract_document(load_bytes("\n".join(numbered).encode(), "plan000.txt"))
    assert facts(doc) == facts(corpus_docs["000_7198047be529bd92"])


def test_pdf_without_text_layer() -> None:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.rect(10, 10, 100, 100)
    page.save()
    with pytest.raises(DocumentError, match="no text layer"):
        load_bytes(buffer.getvalue(), "scan.pdf")


TASK_TABLE = [
    ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
    ["1", "开展专利导航，形成产业专利导航报告。", "县市场监管局", "县工信局、县科技局", "2024年底"],
    ["2", "推进知识产权质押融资。", "县地方金融监管局", "县市场监管局、人行县支行", "长期"],
]


@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_task_tables_in_structured_formats(fmt: str) -> None:
    intro = ["如东县知识产权强县建设实施方案", "一、重点任务"]
    data = to_docx(intro, TASK_TABLE) if fmt == "docx" else to_html(intro, TASK_TABLE)
    doc = extract_document(load_bytes(data, f"plan.{fmt}"))
    rows = [t for t in doc.tasks if t.kind == "table_row"]
    assert [t.path for t in rows] == ["一.表1.1", "一.表1.2"]
    assert rows[0].deadline == "2024年底"
    got = [(r.agency.surface, r.role) for r in rows[1].responsibilities]
    assert got == [("县地方金融监管局", "lead"), ("县市场监管局", "support"), ("人行县支行", "support")]
    assert rows[0].responsibilities[0].agency.id == "agency/320623/market_regulation"
    for task in rows:
        for r in task.responsibilities:
            assert (doc.tasks and r.quote == r.agency.surface) or r.agency.surface in r.quote
