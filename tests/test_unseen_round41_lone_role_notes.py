"""Round 41: an item's note of bodies set alone on its own line, the lead marked by a word in a bracket after
its name (（县市场监管局（牵头）、县公安局、县司法局）, （县市场监管局〔牵头〕、…）, （县市场监管局(主责)、…）),
under the item's text or under its sub-points, as a content-management system's Markdown export or a hand-typed
plan writes it.

What was read wrong before: the note closing the item's own sentence was read, but alone on its line it was
taken for one body named with its brackets (（县市场监管局（牵头）、县公安局、县司法局） as a unit, sole), as
a line of names alone is; a note with a role word closing it (（A牵头，B配合）) was read there already. Now a
bracket of names alone on its line under a line closing a full sentence is read as one closing that sentence
is: for the item, or for its sub-points as a note under a list of items is. A bracket on its own line under a
heading or a title, or after a line ending mid-sentence, is read as before."""

from __future__ import annotations

import pytest

from tests.plans import extracted, named_units

HEAD = "# 某县知识产权强县建设实施方案\n\n## 二、重点任务\n\n### （一）严格知识产权保护\n\n"
TAIL = "2. 优化公共服务。县市场监管局负责。\n"
LEAD = [
    ("县市场监管局", "lead", "annotation"),
    ("县公安局", "support", "annotation"),
    ("县司法局", "support", "annotation"),
]


def _units(body: str, name: str = "plan.md") -> dict[str, list[tuple[str, str, str]]]:
    doc, _ = extracted(HEAD + body + TAIL, name)
    return {path: sorted(units) for path, units in named_units(doc).items()}


@pytest.mark.parametrize(
    "note",
    [
        "（县市场监管局（牵头）、县公安局、县司法局）",
        "（县市场监管局〔牵头〕、县公安局、县司法局）",
        "（县市场监管局(牵头)、县公安局、县司法局）",
        "（县市场监管局（牵头单位）、县公安局、县司法局）",
        "（县市场监管局（主责）、县公安局、县司法局）",
        "(县市场监管局(牵头)、县公安局、县司法局)",
    ],
)
@pytest.mark.parametrize("gap", ["\n", "\n\n", "\n\n   "])
def test_a_lone_note_under_the_items_sentence_is_the_items(note: str, gap: str) -> None:
    units = _units(f"1. 加大行政执法力度。深入开展执法行动，严厉打击侵权假冒行为。{gap}{note}\n\n")
    assert units["二.(一).1"] == sorted(LEAD)


@pytest.mark.parametrize("marker", ["1)", "（1）", "①"])
def test_a_lone_note_under_sub_points_is_theirs_as_a_labelled_one_is(marker: str) -> None:
    """The sub-points do the item's work: the note is read for them, as （A牵头，B配合） there is."""
    second = {"1)": "2)", "（1）": "（2）", "①": "②"}[marker]
    for note in (
        "（县市场监管局（牵头）、县公安局、县司法局）",
        "（县市场监管局牵头，县公安局、县司法局配合）",
    ):
        units = _units(
            f"1. 加大行政执法力度。深入开展执法行动。\n   {marker} 查办案件不少于15件；\n"
            f"   {second} 开展专项检查。\n\n   {note}\n\n"
        )
        subs = [path for path in units if path.startswith("二.(一).1.")]
        assert len(subs) == 2
        assert all(units[path] == sorted(LEAD) for path in subs)


def test_the_note_names_no_body_made_of_its_brackets() -> None:
    doc, _ = extracted(
        HEAD
        + "1. 加大行政执法力度。深入开展执法行动。\n\n（县市场监管局（牵头）、县公安局、县司法局）\n\n"
        + TAIL,
        "plan.md",
    )
    assert not [a for a in doc.agencies if "（" in a.name[:1] or "、" in a.name]


@pytest.mark.parametrize(
    "above",
    [
        "### （二）优化公共服务",  # a heading above: no sentence whose work it names
        "1. 加大行政执法力度，深入开展执法行动",  # a line ending mid-sentence
    ],
)
def test_a_bracket_alone_under_no_full_sentence_is_no_note_of_its_work(above: str) -> None:
    doc, _ = extracted(
        HEAD + f"{above}\n\n（县市场监管局（牵头）、县公安局、县司法局）\n\n" + TAIL, "plan.md"
    )
    units = named_units(doc)
    assert not any(
        ("县公安局", "support", "annotation") in found for path, found in units.items() if path != "二.(一).2"
    )
