"""Round 46: a task whose own note names one body doing it (（责任单位：县工业和信息化局）, sole) restated by an
annex 任务分工表 row naming that body as the lead of helpers (牵头单位 县工业和信息化局 | 配合单位 县市场监管局).
The body was given two roles for the one task, sole by the note and lead by the row. The row says more
of it: the note's doer leads the row's helpers, one role with the note's evidence. A row naming another
lead, or a lone lead restating the note, is read as before (round 45c)."""

from __future__ import annotations

import pytest

from tests.plans import extracted, named_units
from tests.test_unseen_round45c_lone_leads import _plan


def _roles(text: str) -> list[tuple[str, str, str]]:
    doc, _ = extracted(text, "plan.md")
    units = named_units(doc)
    return sorted(units[next(p for p in units if p.endswith("(三)"))])


@pytest.mark.parametrize(
    ("note", "lead", "support"),
    [
        ("（责任单位：县市场监管局）", "县市场监管局", "县商务局"),
        ("（由县市场监管局负责）", "县市场监管局", "县商务局、县农业农村局"),
        ("（县科技局负责）", "县科技局", "县财政局"),
    ],
)
def test_a_sole_doer_a_row_names_as_lead_of_helpers_leads_them(note: str, lead: str, support: str) -> None:
    roles = _roles(_plan(note, lead, support))
    assert [(s, r) for s, r, _ in roles if s == lead] == [(lead, "lead")]
    assert [b for s, r, b in roles if s == lead] == ["annotation"]  # the note's words are its evidence
    assert {s for s, r, _ in roles if r == "support"} == set(support.split("、"))


def test_a_row_naming_another_lead_leaves_the_note_as_it_is() -> None:
    roles = _roles(_plan("（责任单位：县市场监管局）", "县商务局", "县财政局"))
    assert ("县市场监管局", "sole", "annotation") in roles
    assert ("县商务局", "lead", "table") in roles
