"""Round 45: bodies sharing a department word written once after 等, the list closing with the others it leaves
unnamed (（县发改、财政、人社等部门按职责分工负责）, 由县市场监管局牵头，科技、工信、农牧等部门配合，开展…), as a
Qinghai county's scheme writes its notes.

What was read wrong before: the last name ends before 等 (县科技局等部门 is 县科技局), so the fields kept no
department word at all and the list named nobody; a field that names a body alone (财政) stopped the fields
sharing the word even written before 部门 itself (县发改、财政、人社部门); and a clause of such helpers going on
with the work (…，县科技、工信等部门配合，开展…) was refused because the words 县科技、工信 end like no body,
though the name each stands for (县工信部门) does. The fields now share the word after 等 (and after 等有关),
a field naming a body alone shares it when the word names a body of the same type, and a name judged as a
body's is judged by the name it stands for where its words are shared.
"""

from __future__ import annotations

import pytest

from tests.plans import task_agencies

MENYUAN = "门源回族自治县知识产权工作实施方案\n为推进知识产权工作，制定本方案。\n一、重点任务\n"
XIJI = "西吉县知识产权工作要点\n为做好全县知识产权工作，制定本要点。\n一、重点任务\n"


def _kinds(head: str, body: str) -> list[tuple[str, str]]:
    return [(kind or "", role) for _, _, kind, role in task_agencies(head + body + "\n")["一.(一)"]]


@pytest.mark.parametrize("head", [MENYUAN, XIJI])
@pytest.mark.parametrize(
    ("written", "kinds"),
    [
        ("县发改、财政、人社等部门", ["development_reform", "finance", "hr_social_security"]),
        ("县科技、工信等部门", ["science_tech", "industry_it"]),
        ("县科技、财政等有关部门", ["science_tech", "finance"]),
        ("县教育、人社、财政等相关部门", ["education", "hr_social_security", "finance"]),
        ("县发改、财政、人社部门", ["development_reform", "finance", "hr_social_security"]),
    ],
)
def test_fields_sharing_the_word_after_others_in_a_note(head: str, written: str, kinds: list[str]) -> None:
    got = _kinds(head, f"（一）加强协同。开展联合执法，推进信息共享（{written}按职责分工负责）。")
    assert got == [(kind, "joint") for kind in kinds]


def test_the_names_are_quoted_up_to_the_last_one() -> None:
    got = task_agencies(
        MENYUAN + "（一）加强协同。开展联合执法（县发改、财政、人社等部门按职责分工负责）。\n"
    )
    assert {surface for surface, _, _, _ in got["一.(一)"]} == {"县发改、财政、人社"}
    assert len({agency_id for _, agency_id, _, _ in got["一.(一)"]}) == 3


@pytest.mark.parametrize(
    "sentence",
    [
        "由县市场监管局牵头，县科技、工信、农牧等部门配合，开展联合执法。",
        "由县市场监管局牵头，科技、工信、农牧等部门配合，开展联合执法。",
        "县市场监管局牵头，县科技、工信、农牧等部门配合开展联合执法。",
        "开展联合执法。由县市场监管局牵头，县科技、工信、农牧等部门配合。",
        "开展联合执法（牵头单位：县市场监管局；配合单位：县科技、工信、农牧等部门）。",
    ],
)
def test_helpers_sharing_the_word_after_others_support_the_lead(sentence: str) -> None:
    got = _kinds(MENYUAN, "（一）加强协同。" + sentence)
    assert got == [
        ("market_regulation", "lead"),
        ("science_tech", "support"),
        ("industry_it", "support"),
        ("agriculture", "support"),
    ]


def test_a_partner_list_sharing_the_word_after_others() -> None:
    got = _kinds(XIJI, "（一）加强协同。县市场监管局会同县科技、工信等部门开展对接活动。")
    assert got == [("market_regulation", "lead"), ("science_tech", "support"), ("industry_it", "support")]


def test_a_subject_list_sharing_the_word_after_others() -> None:
    got = _kinds(XIJI, "（一）加强协同。县发改、财政等部门要加大支持力度。")
    assert got == [("development_reform", "implicit"), ("finance", "implicit")]


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        # whole names before 等部门 are read as before: the list ends before 等
        (
            "（县发展改革局、县财政局等部门按职责分工负责）",
            [("development_reform", "joint"), ("finance", "joint")],
        ),
        ("（县科技局等部门按职责分工负责）", [("science_tech", "joint")]),
        # a whole name first shares nothing: the field after it is the body it names alone
        ("（县科技局、财政等部门按职责分工负责）", [("science_tech", "joint"), ("finance", "joint")]),
    ],
)
def test_whole_names_before_others_are_read_as_before(note: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(MENYUAN, "（一）加强协同。开展联合执法" + note + "。") == expected


def test_fields_naming_no_department_share_nothing() -> None:
    # 高校、院所等单位: no department word after 等, and no field a department's
    got = _kinds(MENYUAN, "（一）加强协同。支持高校、院所等单位开展专利转化（县科技局负责）。")
    assert got == [("science_tech", "sole")]


@pytest.mark.parametrize(
    ("bracket", "kinds"),
    [
        ("（县科技、财政等部门）", ["science_tech", "finance"]),
        ("（县科技局、县财政局等部门）", ["science_tech", "finance"]),
        ("（县科技局、县财政局等有关部门）", ["science_tech", "finance"]),
        ("（县发改、财政、人社等部门）", ["development_reform", "finance", "hr_social_security"]),
    ],
)
def test_a_bracket_of_names_closed_by_others_after_the_work(bracket: str, kinds: list[str]) -> None:
    """A bracket of bodies' names right after the work names its units, as one without 等… does."""
    assert _kinds(MENYUAN, "（一）加强协同。开展联合执法" + bracket + "。") == [(k, "joint") for k in kinds]


def test_examples_closed_by_others_name_no_units() -> None:
    assert _kinds(MENYUAN, "（一）加强协同。支持高校（中国科大、合肥工大等）开展专利转化。") == []
