"""Round 39: a note whose comma parts the bodies of one level from the places below gathered, as Beijing's
work points close their items (（市知识产权局牵头，市农业农村局、市园林绿化局，各区政府按职责分工负责）,
（市知识产权局、市市场监管局，各区政府按职责分工负责）, …，各区政府、北京经济技术开发区管委会按职责分工负责).

What was read wrong before: the names before such a comma were read as a lead set apart from those sharing its
work (the form 责任单位：A，B、C按职责分工负责), so after a named lead its helpers led too, and a share of the
city's bodies and the districts' governments became leads and supporters. The comma parts levels when a lead
is named before it in the clause, or when the names after it are all the places below gathered (各区政府,
各县（市、区）人民政府, 各乡镇人民政府) or a zone's committee standing with them (roles.yaml level_collectives,
level_peer_types). A single body set apart before others of its own level still leads them. Written as a
sentence (市知识产权局牵头，市农业农村局、市园林绿化局，各区政府按职责分工负责。), the names between the lead and
the clause closing with the role word were dropped: a clause of names alone there is the run's now.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ontology.vocab import agency_vocabulary, role_vocabulary
from tests.plans import plan_units

BEIJING = "2025年北京市知识产权工作要点\n为加快建设知识产权保护高地，制定本要点。\n一、重点任务\n"
COUNTY = "某某县2025年知识产权工作要点\n为做好全县知识产权工作，制定本要点。\n一、重点任务\n"

_CITY = ["市农业农村局", "市园林绿化局", "市公安局", "市商务局", "市司法局", "市委宣传部（市版权局）"]
_SHARED = ["按职责分工负责", "按照职责分工负责", "按职责分工落实", "配合"]


def _roles(units: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    return [(s, r) for s, r, _ in units]


@settings(max_examples=25, deadline=None)
@given(
    st.lists(st.sampled_from(_CITY), min_size=1, max_size=3, unique=True),
    st.sampled_from(["各区政府", "各区人民政府", "各区政府、北京经济技术开发区管委会"]),
    st.sampled_from(_SHARED),
)
def test_helpers_after_a_lead_parted_from_the_districts(helpers: list[str], places: str, role: str) -> None:
    body = f"1.推进地理标志保护。加强产地监管。（市知识产权局牵头，{'、'.join(helpers)}，{places}{role}）\n"
    got = _roles(plan_units(BEIJING, body)["一.1"])
    assert got == [
        ("市知识产权局", "lead"),
        *[(h, "support") for h in helpers],
        *[(p, "support") for p in places.split("、")],
    ]


@settings(max_examples=20, deadline=None)
@given(
    st.lists(st.sampled_from(["市知识产权局", *_CITY]), min_size=1, max_size=3, unique=True),
    st.sampled_from(["各区政府", "各区人民政府", "各区政府、北京经济技术开发区管委会"]),
    st.sampled_from(["按职责分工负责", "按照职责分工负责", "按职责分工落实"]),
)
def test_a_share_of_two_levels_names_no_lead(bodies: list[str], places: str, role: str) -> None:
    body = f"1.加强宣传引导。办好宣传周活动。（{'、'.join(bodies)}，{places}{role}）\n"
    got = _roles(plan_units(BEIJING, body)["一.1"])
    assert len(got) == len(bodies) + len(places.split("、"))
    assert {r for _, r in got} == {"joint"}


def test_several_commas_before_the_zone_committee() -> None:
    body = "1.开展综合执法。（市知识产权局、市司法局，各区政府，北京经济技术开发区管委会按职责分工负责）\n"
    got = _roles(plan_units(BEIJING, body)["一.1"])
    assert got == [
        ("市知识产权局", "joint"),
        ("市司法局", "joint"),
        ("各区政府", "joint"),
        ("北京经济技术开发区管委会", "joint"),
    ]


def test_a_lead_then_helpers_at_two_levels_and_the_zone() -> None:
    body = "1.加强商标保护。（市市场监管局牵头，市公安局、市商务局，各区政府，北京经济技术开发区管委会按职责分工负责）\n"
    got = _roles(plan_units(BEIJING, body)["一.1"])
    assert got == [
        ("市市场监管局", "lead"),
        ("市公安局", "support"),
        ("市商务局", "support"),
        ("各区政府", "support"),
        ("北京经济技术开发区管委会", "support"),
    ]


def test_a_county_and_its_towns() -> None:
    body = "1.开展地理标志保护。（县市场监管局、县农业农村局，各乡镇人民政府按职责分工负责）\n"
    got = _roles(plan_units(COUNTY, body)["一.1"])
    assert got == [("县市场监管局", "joint"), ("县农业农村局", "joint"), ("各乡镇人民政府", "joint")]


def test_a_body_set_apart_before_its_own_level_still_leads() -> None:
    body = "1.加强执法。（责任单位：县市场监管局，县公安局、县法院按职责分工负责）\n"
    got = _roles(plan_units(COUNTY, body)["一.1"])
    assert got == [("县市场监管局", "lead"), ("县公安局", "support"), ("县法院", "support")]


def test_a_zone_committee_alone_after_the_comma_is_no_level() -> None:
    # no places gathered beside it: the body before the comma is set apart as the lead
    body = "1.加强园区保护。（责任单位：县市场监管局，县经开区管委会按职责分工负责）\n"
    got = _roles(plan_units(COUNTY, body)["一.1"])
    assert got == [("县市场监管局", "lead"), ("县经开区管委会", "support")]


@settings(max_examples=20, deadline=None)
@given(
    st.lists(st.sampled_from(_CITY), min_size=1, max_size=2, unique=True),
    st.sampled_from(["各区政府", "各区政府、北京经济技术开发区管委会"]),
    st.sampled_from(["按职责分工负责", "按职责分工落实", "配合"]),
    st.sampled_from(["", "由"]),
)
def test_in_a_sentence_the_names_between_the_lead_and_the_districts(
    helpers: list[str], places: str, role: str, by: str
) -> None:
    # written as a sentence, not a note: the names between the lead and the districts were dropped
    body = f"1.推进地理标志保护。加强产地监管，{by}市知识产权局牵头，{'、'.join(helpers)}，{places}{role}。\n"
    got = _roles(plan_units(BEIJING, body)["一.1"])
    assert got == [
        ("市知识产权局", "lead"),
        *[(h, "support") for h in helpers],
        *[(p, "support") for p in places.split("、")],
    ]


def test_in_a_sentence_going_on_with_its_work() -> None:
    body = "1.打击侵权假冒。市市场监管局牵头，市公安局，各区政府按职责分工落实，开展专项行动。\n"
    got = _roles(plan_units(BEIJING, body)["一.1"])
    assert got == [("市市场监管局", "lead"), ("市公安局", "support"), ("各区政府", "support")]


def test_work_between_the_lead_and_the_helpers_is_no_name() -> None:
    body = "1.加强保护中心建设。市知识产权局牵头，加强保护中心建设，各区政府配合。\n"
    got = _roles(plan_units(BEIJING, body)["一.1"])
    assert got == [("市知识产权局", "lead"), ("各区政府", "support")]


def test_the_levels_named_in_roles_yaml_are_known() -> None:
    agencies = agency_vocabulary()
    roles = role_vocabulary()
    assert set(roles.level_collectives) <= {c.id for c in agencies.collectives}
    assert set(roles.level_peer_types) <= {t.id for t in agencies.types}


def test_the_districts_helping_after_the_comma_help_those_before_it() -> None:
    body = "1.加强宣传引导。（市知识产权局、市市场监管局，各区政府配合）\n"
    got = _roles(plan_units(BEIJING, body)["一.1"])
    assert got == [("市知识产权局", "lead"), ("市市场监管局", "lead"), ("各区政府", "support")]
