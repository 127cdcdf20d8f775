"""A collective opened by 全 and its region's character (全市各有关部门, 全县各有关单位, 全区各部门, 全市各级法院)
is the collective its place's character opens (市各有关部门): the word of the whole region adds nothing. The
courts and procuratorates of the places below written without 人民 (各区法院, 各级检察院) are those written with
it: one identity, not one for each spelling."""

from __future__ import annotations

import pytest

from tests.plans import extracted

HEAD = "赣州市2025年知识产权工作要点\n\n一、重点任务\n"


def _agencies(note: str) -> list[tuple[str, str, str | None]]:
    """(surface, id, type: a collective's id) of each body the note names."""
    doc, _ = extracted(HEAD + "（一）加强专利保护。开展专项执法行动。" + note + "\n")
    return [
        (r.agency.surface, r.agency.id, r.agency.type)
        for t in doc.tasks
        for r in t.responsibilities
        if r.basis != "issuer_default"
    ]


@pytest.mark.parametrize(
    ("whole", "plain", "collective"),
    [
        ("全市各有关部门", "各有关部门", "all_departments"),
        ("全市各相关单位", "市各相关单位", "all_departments"),
        ("全市各级法院", "各级人民法院", "all_local_departments"),
        ("全市各级人民检察院", "各级检察院", "all_local_departments"),
    ],
)
def test_the_whole_region_word_names_the_same_collective(whole: str, plain: str, collective: str) -> None:
    found = _agencies(f"（责任单位：{whole}、{plain}）")
    assert [s for s, _, _ in found] == [whole, plain]
    assert {c for _, _, c in found} == {collective}
    assert found[0][1] == found[1][1]


def test_a_county_plan_and_prose_read_it_too() -> None:
    doc, _ = extracted(
        "兴国县2025年知识产权工作要点\n\n一、重点任务\n"
        "（一）加强保护。开展专项行动，全县各有关单位要按职责分工抓好落实。\n"
        "（二）强化宣传。开展宣传周活动。（责任单位：全县各部门、县市场监管局）\n"
    )
    by_task = {
        t.path: [(r.agency.surface, r.agency.type) for t2 in [t] for r in t2.responsibilities]
        for t in doc.tasks
    }
    assert ("全县各有关单位", "all_departments") in by_task["一.(一)"]
    assert ("全县各部门", "all_departments") in by_task["一.(二)"]


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("各区法院", "各区人民法院"),
        ("各县（市、区）检察院", "各县（市、区）人民检察院"),
        ("各级法院", "各级人民法院"),
    ],
)
def test_a_court_written_without_its_people_word_is_the_same_collective(short: str, full: str) -> None:
    found = _agencies(f"（责任单位：{short}、{full}）")
    assert {c for _, _, c in found} == {"all_local_departments"}
    assert found[0][1] == found[1][1]


def test_words_after_the_whole_region_that_gather_no_bodies_stay_of_no_collective() -> None:
    found = _agencies("（责任单位：市市场监管局，全市各类市场主体参与）")
    assert found[0][2] == "market_regulation"
    assert [(s, c) for s, _, c in found[1:]] == [("全市各类市场主体", None)]
