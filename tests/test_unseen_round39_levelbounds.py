"""Round 39: places gathered by their level and its bound (各地级以上市, 各地级市, 县级以上) as a province's plan
names its cities.

What was read wrong before:

- a gathered name whose level is bounded by 以上/以下 opening a sentence (各地级以上市人民政府要将…纳入规划, 各地级
  以上市要制定…, 各地级以上市市场监管部门要…) was cut at 以, read as the preposition opening the predicate
  (roles.yaml subject_onsets.prepositions): the subject was 各地级, the governments' name lost; 以上/以下 are now
  words no onset opens there (subject_onsets.level_bounds);
- the places gathered by their level (各地级市人民政府要…, 各地级市市场监管局要…) were read as work before a
  body (body_after_work: 各地级 the work, 市人民政府 one city's government), the level word 级 being no part of
  the places gathered;
- 各地级以上市 and 各地级以上市人民政府 (so 各地级市 and 各地级市人民政府) were two collectives, where 各县（市、区）
  and 各县（市、区）人民政府 are one: the places named alone name their governments.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import resolved_agency, task_agencies

GUANGDONG = "广东省知识产权强市建设实施方案\n为做好全省知识产权工作，制定本方案。\n一、保障措施\n"


def _subjects(sentence: str) -> list[tuple[str, str | None, str]]:
    got = task_agencies(GUANGDONG + "（一）加强组织实施。" + sentence + "\n")["一.(一)"]
    return [(surface, kind, role) for surface, _, kind, role in got]


@settings(max_examples=30, deadline=None)
@given(
    name=st.sampled_from(
        [
            ("各地级以上市人民政府", "all_governments"),
            ("各地级以上市", "all_governments"),
            ("各地级市人民政府", "all_governments"),
            ("各地级市", "all_governments"),
            ("各地级以上市市场监管部门", "all_local_departments"),
            ("各地级市市场监管局", "all_local_departments"),
            ("各县级以上市场监管部门", "all_local_departments"),
        ]
    ),
    predicate=st.sampled_from(
        ["要将知识产权工作纳入本地区发展规划。", "每年安排知识产权专项资金。", "以专项行动为抓手推进工作。"]
    ),
)
def test_places_gathered_by_a_bounded_level_open_a_sentence(name: tuple[str, str], predicate: str) -> None:
    surface, kind = name
    assert _subjects(surface + predicate) == [(surface, kind, "implicit")]


@settings(max_examples=10, deadline=None)
@given(surface=st.sampled_from(["各地级以上市人民政府", "各地级市人民政府", "各地级以上市"]))
def test_with_a_partner_or_answering_for_it(surface: str) -> None:
    assert _subjects(surface + "会同省市场监管局开展专项执法。") == [
        (surface, "all_governments", "lead"),
        ("省市场监管局", "market_regulation", "support"),
    ]
    assert _subjects(surface + "负责落实。") == [(surface, "all_governments", "sole")]


@settings(max_examples=10, deadline=None)
@given(
    pair=st.sampled_from(
        [
            ("各地级以上市", "各地级以上市人民政府"),
            ("各地级以上市政府", "各地级以上市人民政府"),
            ("各地级市", "各地级市人民政府"),
        ]
    )
)
def test_the_places_named_alone_name_their_governments(pair: tuple[str, str]) -> None:
    alone, governments = pair
    assert resolved_agency("440000", alone)[:3] == resolved_agency("440000", governments)[:3]
    assert resolved_agency("440000", alone)[1] == "广东省" + governments


def test_a_body_after_its_work_is_still_read_so() -> None:
    # the level's bound only goes on after a level word: work written before a body is still the work
    got = task_agencies(
        "宾阳县2025年知识产权工作要点\n为做好2025年全县知识产权工作，制定本要点。\n一、重点任务\n"
        "（一）加强保护。打击侵权假冒工作县市场监管局要加强统筹。\n"
    )["一.(一)"]
    assert [(s, r) for s, _, _, r in got] == [("县市场监管局", "implicit")]
