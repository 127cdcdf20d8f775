"""Round 47: 承办 written bare as a note's label (（承办：A；协办：B）, 【承办】A【协办】B), as 主办 and 协办 are:
its bodies carry the work, leading the 协办 ones. Only 协办's bodies were read (support, with nobody to lead).
承办 in prose (由A具体承办, 承办2场对接活动) reads as before."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import extracted, named_units

HEAD = "某区知识产权强区建设工作方案\n一、重点任务\n"
BODIES = ["区市场监督管理局", "区科学技术局", "区商务局", "区司法局", "区财政局"]


def _units(body: str) -> list[dict[str, str]]:
    doc, _ = extracted(HEAD + body)
    return [{s: role for s, role, _ in found} for found in named_units(doc).values() if found]


@pytest.mark.parametrize(
    "note",
    [
        "（承办：区市场监督管理局；协办：区商务局）",
        "【承办】区市场监督管理局【协办】区商务局",
        "（协办：区商务局；承办：区市场监督管理局）",
    ],
)
def test_a_bare_undertaking_label_leads_its_helpers(note: str) -> None:
    assert _units(f"1.建立重点商标保护名录，开展保护。{note}\n") == [
        {"区市场监督管理局": "lead", "区商务局": "support"}
    ]


def test_alone_it_names_the_doer() -> None:
    assert _units("1.建立重点商标保护名录，开展保护。（承办：区市场监督管理局）\n") == [
        {"区市场监督管理局": "sole"}
    ]


def test_in_prose_it_reads_as_before() -> None:
    units = _units("1.举办知识产权对接活动，每年承办2场省级对接会，由区科学技术局具体承办。\n")
    assert units == [{"区科学技术局": "sole"}]


@settings(max_examples=25, deadline=None)
@given(
    lead=st.integers(0, 4),
    helpers=st.sets(st.integers(0, 4), min_size=1, max_size=3),
    parted=st.sampled_from(["；", "，", "　"]),
)
def test_lead_and_helpers(lead: int, helpers: set[int], parted: str) -> None:
    helpers.discard(lead)
    if not helpers:
        helpers = {(lead + 1) % 5}
    listed = "、".join(BODIES[h] for h in sorted(helpers))
    units = _units(f"1.开展专项整治。（承办：{BODIES[lead]}{parted}协办：{listed}）\n")
    assert units == [{BODIES[lead]: "lead", **{BODIES[h]: "support" for h in sorted(helpers)}}]
