"""Radical characters written for the ideographs they look like (⼯作⽅案 for 工作方案, as some PDF and Word
exports write them) are read as those ideographs in the canonical text; before, no heading, agency or
programme in such a text was found."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from loaders import load_bytes
from loaders.look_alikes import read_look_alikes
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
