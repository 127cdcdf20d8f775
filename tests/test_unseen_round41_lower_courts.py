"""Round 41: the courts, procuratorates and public security bureaus of the places below, set apart by a comma
from the body of the level above (（市高级人民法院，各区人民法院按职责分工负责）, （市人民检察院，各区县人民检察院
按职责分工负责）, （市公安局，各区公安分局按职责分工负责）).

What was read wrong before:

- the comma parted levels only before the governments or the towns gathered (roles.yaml level_collectives), so
  before a body's counterparts in the places below the body set apart led them, as one of its own level
  would: the share of two levels had a lead and a supporter. The counterparts (all_local_departments: 各区人民
  法院, 各县（市、区）知识产权局) part levels too now; 牵头 and 配合 still name a lead and its helpers, and a body
  of the plan's own level after the comma (市人民检察院, 各有关部门) is still led.
- 各级人民法院, 各级人民检察院, 各区县（自治县）人民法院 and 各县级市、区人民法院 were read as the governments
  gathered, and 各基层人民法院, 各中级人民法院 and 各公安分局 as one court or bureau of the plan's region: they are
  the counterparts gathered (agency_types.yaml all_local_departments).
- places written with 、 before the body they gather (各县级市、区人民法院, 各县级市、区人民政府) were read apart
  when the comma was weighed, so the levels were not parted.
- written as a sentence of its own (市高级人民法院，各区人民法院按职责分工负责。; 市知识产权局，各区政府按职责分工
  负责。), the names before the comma were dropped: they open the run as names before helpers do.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import resolved_agency, task_agencies

BEIJING = "2025年北京市知识产权工作要点\n为加快建设知识产权保护高地，制定本要点。\n一、重点任务\n"
CHONGQING = "重庆市2025年知识产权工作要点\n为做好全市知识产权工作，制定本要点。\n一、重点任务\n"
SUZHOU = "苏州市2025年知识产权工作要点\n为做好全市知识产权工作，制定本要点。\n一、重点任务\n"
GUANGDONG = "广东省2025年知识产权工作要点\n为做好全省知识产权工作，制定本要点。\n一、重点任务\n"

_LOCAL = "all_local_departments"


def _rows(head: str, body: str) -> list[tuple[str, str | None, str]]:
    got = task_agencies(head + body + "\n")["一.1"]
    return [(surface, kind, role) for surface, _, kind, role in got]


#: (plan head, body above, bodies of the places below) of one kind
_PAIRS = [
    (BEIJING, "市高级人民法院", "各区人民法院", "court"),
    (BEIJING, "市公安局", "各区公安分局", "public_security"),
    (BEIJING, "市公安局", "各公安分局", "public_security"),
    (CHONGQING, "市人民检察院", "各区县人民检察院", "procuratorate"),
    (CHONGQING, "市高级人民法院", "各区县（自治县）人民法院", "court"),
    (SUZHOU, "市中级人民法院", "各县（市、区）人民法院", "court"),
    (SUZHOU, "市中级人民法院", "各县级市、区人民法院", "court"),
    (SUZHOU, "市知识产权局", "各县（市、区）知识产权局", "ip_office"),
    (GUANGDONG, "省高级人民法院", "各级人民法院", "court"),
    (GUANGDONG, "省人民检察院", "各地级以上市人民检察院", "procuratorate"),
]


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(_PAIRS),
    st.sampled_from(["（{}）", "〔{}〕", "\n责任单位：{}"]),
    st.sampled_from(["按职责分工负责", "按照职责分工负责", "按职责分工落实"]),
)
def test_a_share_of_two_levels_is_joint(pair: tuple[str, str, str, str], note: str, role: str) -> None:
    head, above, below, kind = pair
    body = "1.加强知识产权司法保护。完善审判工作机制。" + note.format(f"{above}，{below}{role}")
    assert _rows(head, body) == [(above, kind, "joint"), (below, _LOCAL, "joint")]


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(_PAIRS),
    st.sampled_from(["牵头，{}配合", "牵头，{}协助", "负责，{}配合"]),
)
def test_a_lead_and_its_helpers_below(pair: tuple[str, str, str, str], form: str) -> None:
    head, above, below, kind = pair
    body = f"1.加强知识产权司法保护。（{above}{form.format(below)}）"
    assert _rows(head, body) == [(above, kind, "lead"), (below, _LOCAL, "support")]


def test_helpers_after_a_lead_and_the_courts_below_support_it() -> None:
    body = "1.打击侵权犯罪。（市公安局牵头，市市场监管局，各区公安分局按职责分工负责）"
    assert _rows(BEIJING, body) == [
        ("市公安局", "public_security", "lead"),
        ("市市场监管局", "market_regulation", "support"),
        ("各区公安分局", _LOCAL, "support"),
    ]


def test_two_bodies_above_and_two_collectives_below() -> None:
    body = "1.加强司法保护。（市高级人民法院、市人民检察院，各区人民法院、各区人民检察院按职责分工负责）"
    assert _rows(BEIJING, body) == [
        ("市高级人民法院", "court", "joint"),
        ("市人民检察院", "procuratorate", "joint"),
        ("各区人民法院", _LOCAL, "joint"),
        ("各区人民检察院", _LOCAL, "joint"),
    ]


def test_the_high_court_and_the_courts_of_two_ranks_below() -> None:
    body = "1.加强司法保护。（市高级人民法院，各中级人民法院、各区县（自治县）人民法院按职责分工负责）"
    assert _rows(CHONGQING, body) == [
        ("市高级人民法院", "court", "joint"),
        ("各中级人民法院", _LOCAL, "joint"),
        ("各区县（自治县）人民法院", _LOCAL, "joint"),
    ]


@settings(max_examples=15, deadline=None)
@given(
    st.sampled_from(_PAIRS[:6]),
    st.sampled_from(["", "完善审判工作机制。"]),
)
def test_in_a_sentence_of_its_own(pair: tuple[str, str, str, str], before: str) -> None:
    head, above, below, kind = pair
    body = f"1.加强知识产权司法保护。{before}{above}，{below}按职责分工负责。"
    assert _rows(head, body) == [(above, kind, "joint"), (below, _LOCAL, "joint")]


def test_the_governments_in_a_sentence_of_their_own() -> None:
    body = "1.加强宣传引导。办好宣传周活动。市知识产权局、市市场监管局，各区政府按职责分工负责。"
    assert _rows(BEIJING, body) == [
        ("市知识产权局", "ip_office", "joint"),
        ("市市场监管局", "market_regulation", "joint"),
        ("各区政府", "all_governments", "joint"),
    ]


def test_places_with_their_levels_listed_before_the_governments() -> None:
    body = "1.加强宣传引导。（市知识产权局，各县级市、区人民政府按职责分工负责）"
    assert _rows(SUZHOU, body) == [
        ("市知识产权局", "ip_office", "joint"),
        ("各县级市、区人民政府", "all_governments", "joint"),
    ]


def test_a_sentence_with_a_modal_names_both_as_before() -> None:
    body = "1.加强司法保护。市中级人民法院、各县（市、区）人民法院要完善知识产权审判机制。"
    assert _rows(SUZHOU, body) == [
        ("市中级人民法院", "court", "implicit"),
        ("各县（市、区）人民法院", _LOCAL, "implicit"),
    ]


# near misses: a body of the plan's own level after the comma is led by the one set apart before it


@settings(max_examples=12, deadline=None)
@given(
    st.sampled_from(
        [
            ("市高级人民法院", "court", "市人民检察院", "procuratorate"),
            ("市高级人民法院", "court", "北京知识产权法院", "court"),
            ("市知识产权局", "ip_office", "各有关部门", "all_departments"),
            ("市公安局", "public_security", "市市场监管局", "market_regulation"),
        ]
    ),
    st.sampled_from(["（{}）", "\n责任单位：{}"]),
)
def test_a_body_of_the_same_level_after_the_comma_is_led(
    case: tuple[str, str, str, str | None], note: str
) -> None:
    first, first_kind, second, second_kind = case
    body = "1.加强知识产权司法保护。" + note.format(f"{first}，{second}按职责分工负责")
    assert _rows(BEIJING, body) == [(first, first_kind, "lead"), (second, second_kind, "support")]


def test_the_courts_below_helping_after_the_comma_help() -> None:
    body = "1.加强司法保护。（市中级人民法院，各县（市、区）人民法院配合）"
    assert _rows(SUZHOU, body) == [
        ("市中级人民法院", "court", "lead"),
        ("各县（市、区）人民法院", _LOCAL, "support"),
    ]


def test_a_single_court_is_no_collective() -> None:
    assert resolved_agency("110108", "区人民法院")[2] == "court"
    assert resolved_agency("110000", "北京知识产权法院")[2] == "court"


def test_work_before_the_courts_below_is_no_name() -> None:
    body = "1.加强司法保护。推动诉调对接，各区人民法院按职责分工负责。"
    assert _rows(BEIJING, body) == [("各区人民法院", _LOCAL, "joint")]


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(
        [
            "各级",
            "各区",
            "各县（市、区）",
            "各区县",
            "各区县（自治县）",
            "各县级市、区",
            "各地级以上市",
            "各市",
        ]
    ),
    st.sampled_from(["人民法院", "法院", "人民检察院", "检察院", "中级人民法院", "公安局", "公安分局"]),
)
def test_the_courts_of_the_places_below_are_gathered_counterparts(places: str, body: str) -> None:
    region = {"各区县": "500000", "各区县（自治县）": "500000", "各地级以上市": "440000", "各市": "440000"}
    agency_id, _, kind, _ = resolved_agency(region.get(places, "320500"), places + body)
    assert kind == _LOCAL
    assert f"/{_LOCAL}/" in agency_id


@settings(max_examples=12, deadline=None)
@given(st.sampled_from(["各基层人民法院", "各中级人民法院", "各人民法院", "各检察院", "各公安分局"]))
def test_bodies_named_by_their_rank_are_gathered(name: str) -> None:
    assert f"/{_LOCAL}/" in resolved_agency("500000", name)[0]


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(["各区人民政府", "各区政府", "各县（市、区）人民政府", "各县级市、区人民政府"]))
def test_the_governments_stay_governments(name: str) -> None:
    assert "/all_governments/" in resolved_agency("320500", name)[0]


@settings(max_examples=15, deadline=None)
@given(
    st.sampled_from(
        [
            (GUANGDONG, "各地级以上市中级人民法院", "人民检察院", "各地级以上市人民检察院"),
            (GUANGDONG, "各级人民法院", "检察院", "各级检察院"),
            (SUZHOU, "各县（市、区）人民法院", "人民检察院", "各县（市、区）人民检察院"),
            (SUZHOU, "各县（市、区）知识产权局", "市场监管局", "各县（市、区）市场监管局"),
        ]
    ),
    st.sampled_from(["、", "和"]),
)
def test_a_body_named_bare_after_the_counterparts_is_theirs(
    case: tuple[str, str, str, str], joiner: str
) -> None:
    # read alone, the bare body was the plan's region's own (广东省人民检察院), and it led with those above
    head, gathered, bare, stands_for = case
    above = "省知识产权局" if head is GUANGDONG else "市知识产权局"
    body = f"1.加强司法保护。（{above}，{gathered}{joiner}{bare}按职责分工负责）"
    region = "440000" if head is GUANGDONG else "320500"
    rows = task_agencies(head + body + "\n")["一.1"]
    assert [(s, r) for s, _, _, r in rows[1:]] == [(gathered, "joint"), (gathered + joiner + bare, "joint")]
    assert rows[2][1] == resolved_agency(region, stands_for)[0]
    assert rows[0][3] == "joint"


def test_a_body_after_the_governments_gathered_stays_the_plans() -> None:
    body = "1.加强保护。（市知识产权局，各县（市、区）人民政府、市场监管局按职责分工负责）"
    assert ("市场监管局", "market_regulation", "support") in _rows(SUZHOU, body)
