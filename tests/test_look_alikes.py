"""Radical characters written for the ideographs they look like (⼯作⽅案 for 工作方案, as some PDF and Word
exports write them) are read as those ideographs in the canonical text; before, no heading, agency or
programme in such a text was found."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loaders import load_bytes, load_document
from loaders.look_alikes import read_look_alikes
from policykg.extract.pipeline import extract_document
from tests.plans import extracted, named_units

PLAN = """⼭阳县2024年知识产权⼯作要点
为推进⼯作，制定本要点。
⼀、重点任务
（⼀）开展专利导航。（责任单位：县市场监管局、县⽂化和旅游局）
（⼆）⻓期坚持开展正版正货承诺活动。（县市场监管局负责）
"""


def test_radicals_read_as_ideographs() -> None:
    assert read_look_alikes("⼀、⼯作⽬标 ⻓期 ⻔户 ⻩河") == "一、工作目标 长期 门户 黄河"


def test_plan_written_with_radicals() -> None:
    doc, text = extracted(PLAN)
    assert text.startswith("山阳县2024年知识产权工作要点\n")
    assert doc.plan.title == "山阳县2024年知识产权工作要点"
    assert doc.plan.region is not None
    assert doc.plan.region.name == "山阳县"
    units = named_units(doc)
    assert [s for s, _, _ in units["一.(一)"]] == ["县市场监管局", "县文化和旅游局"]
    assert [t.title for t in doc.tasks] == ["开展专利导航", "长期坚持开展正版正货承诺活动"]
    assert {m.program_id for m in doc.programs} >= {"patent_navigation", "genuine_goods"}


def test_web_page_with_radicals() -> None:
    page = "<html><body><p>⼭阳县2024年知识产权⼯作要点</p><p>⼀、重点任务</p></body></html>"
    loaded = load_bytes(page.encode("utf-8"), "plan.html")
    assert "山阳县2024年知识产权工作要点" in loaded.text


@given(
    st.text(
        alphabet=st.characters(min_codepoint=0x2E80, max_codepoint=0x2FFF) | st.sampled_from("工作方案、。\n")
    )
)
def test_same_length_and_settled(text: str) -> None:
    """One character for one (offsets keep their place), and reading twice changes nothing more."""
    once = read_look_alikes(text)
    assert len(once) == len(text)
    assert read_look_alikes(once) == once


def test_supplement_forms_a_printed_pdf_writes() -> None:
    """The radical forms Chromium's PDFs write with the Noto CJK fonts (measured: the glyph an ideograph
    shares with its radical form is written as the radical), 民 first: 人⺠政府 was no government, 人⺠法院 no
    court."""
    assert (
        read_look_alikes("县人⺠政府 市⻑ ⻣⼲ ⻤ ⻪ ⻱ ⺅⺉⺡⺘⺾⻌⻖⺰⻂")
        == "县人民政府 市長 骨干 鬼 黾 龜 亻刂氵扌艹辶阝纟衤"
    )


_PRINTED = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
body{font-family:"Noto Serif CJK SC","Noto Sans CJK SC",serif;font-size:10pt}</style></head><body>
<p>山阳县2024年知识产权工作要点</p>
<p>一、重点任务</p>
<p>（一）加强司法保护。（责任单位：县人民法院、县人民检察院）</p>
<p>山阳县人民政府</p><p>2024年3月1日</p>
</body></html>"""


def test_a_plan_printed_to_pdf_by_chromium_reads_as_written(tmp_path: Path) -> None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if browser is None:
        if os.environ.get("CI") == "true":
            pytest.fail("Chromium is required in CI: the test command installs it (apt-get install chromium)")
        pytest.skip("Chromium is not installed: the printed-PDF test skipped")
    page = tmp_path / "plan.html"
    page.write_text(_PRINTED, encoding="utf-8")
    pdf = tmp_path / "plan.pdf"
    subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    loaded = load_document(pdf)
    assert re.search("[\u2e80-\u2fdf]", loaded.text) is None, loaded.text
    doc = extract_document(loaded)
    assert [i.name for i in doc.plan.issuers] == ["山阳县人民政府"]
    named = {(r.agency.surface, r.agency.type) for t in doc.tasks for r in t.responsibilities}
    assert named == {("县人民法院", "court"), ("县人民检察院", "procuratorate")}
