"""Round 32: a verb of working with bodies that is also a county's name.

What was read wrong before: 由县市场监管局牵头，会同县科技局、县财政局组织实施 in a plan of 桃源县 (常德) named 会同县
(怀化)'s science bureau: 会同 ("together with") opened a place's name. Where the words after it open with the
prefix the plan names its own bodies by (县 in a county's plan) it is the verb, and the body the plan's own
(agency_types.yaml partner_verbs), as 与和县公安局 already read (list_joiners). A plan of 会同县 itself, of a county
of its prefecture (a neighbour may name it) or of a prefecture (its own bodies are 市…) reads 会同县 as written.
"""

from __future__ import annotations

import pytest

from tests.plans import extracted

TASK = "一、重点任务\n（一）实施专利导航。由县市场监管局牵头，会同县科技局、县财政局组织实施。\n"


def _first_task(region: str) -> list[tuple[str, str, str]]:
    doc, _ = extracted(f"{region}知识产权强县建设工作方案（2024—2026年）\n为加快建设，制定本方案。\n" + TASK)
    return [(r.agency.surface, r.agency.name, r.role) for r in doc.tasks[0].responsibilities]


@pytest.mark.parametrize(
    ("region", "prefecture"), [("桃源县", "常德市"), ("青川县", "广元市"), ("长兴县", "湖州市")]
)
def test_together_with_before_the_plans_own_body(region: str, prefecture: str) -> None:
    assert _first_task(region) == [
        ("县市场监管局", f"{prefecture}{region}市场监督管理局", "lead"),
        ("县科技局", f"{prefecture}{region}科学技术局", "support"),
        ("县财政局", f"{prefecture}{region}财政局", "support"),
    ]


@pytest.mark.parametrize("region", ["会同县", "靖州苗族侗族自治县"])
def test_the_county_itself_or_a_neighbour_reads_the_name_as_written(region: str) -> None:
    assert _first_task(region)[1][:2] == ("会同县科技局", "怀化市会同县科学技术局")
