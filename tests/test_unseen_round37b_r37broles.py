"""Round 37b: who is responsible and in which role, and the bodies' names, as county, district and prefecture
plans of 黑龙江, 甘肃, 新疆 and 西藏 write them (宾县, 兰州城关区, 疏附县, 阿克苏地区, 塔城地区, 伊春伊美区,
拉萨城关区, 日喀则桑珠孜区).

What was read wrong before:

- a label's units closed by a support word with the verb of moving the work on (责任单位：区委宣传部，区文体广旅局、
  区融媒体中心协同推进; 配合推进, 协助推进, 协同配合, 协同落实) shared the work, the last of them named
  区融媒体中心协同推进 (of no type); 牵头单位：A，B、C协同推进 made B and C leads too;
- a body named by a city or a prefecture written without its 市 or 地区 (兰州海关, 乌鲁木齐海关, 阿克苏海关,
  霍尔果斯海关) did not open a sentence as a body does: 阿克苏海关配合地区市场监督管理局开展执法 named no one and
  the task fell to the issuer; nor did each body of a type gathered (各口岸管理委员会配合…);
- a prefecture's party committee written short (地委宣传部, 地委组织部, 喀什地委政法委) was a body apart from
  地区委宣传部 (阿克苏地区地委宣传部);
- the border management detachments and brigades (地区公安局边境管理支队, 塔什库尔干边境管理大队), the ports'
  offices and committees (霍尔果斯口岸管理委员会, 兰州中川机场口岸管理办公室, 地区口岸办) and the commands of the
  paired provinces and cities aiding 新疆 and 西藏 (广州援疆疏附前方指挥部, 浙江省援疆指挥部, 北京市援藏指挥部拉萨
  城关区分指挥部) were of no type (a port's committee was a zone's);
- a body named by a prefecture written without 地区 (阿克苏边境管理支队) was placed inside the plan's prefecture
  again (阿克苏地区阿克苏边境管理支队), one named by a city without 市 inside the plan's district
  (兰州市城关区兰州中川机场口岸管理办公室);
- the village-stationed working teams (驻村工作队, 各驻村工作队, 驻村第一书记和工作队) and the state forest farms
  and farms of a forest district or a 农垦 area (各林场, 各国有林场, 各农场) were no collective; a 兵团
  division's regiment towns (各团镇) were one town, as 各团场 are all of them.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import plan_units, resolved_agency

AKSU = "阿克苏地区2025年知识产权工作要点\n为做好2025年全地区知识产权工作，制定本要点。\n一、重点任务\n"
BINXIAN = "宾县2025年知识产权工作要点\n为做好2025年全县知识产权工作，制定本要点。\n一、重点任务\n"
YIMEI = "伊春市伊美区2025年知识产权工作方案\n为做好2025年全区知识产权工作，制定本方案。\n一、重点任务\n"


def _roles(units: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    return [(s, r) for s, r, _ in units]


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(["责任单位", "主要负责单位", "牵头单位"]),
    st.sampled_from(["协同推进", "配合推进", "协助推进", "协同配合", "协同落实"]),
    st.sampled_from([("地区文体广旅局", "地区融媒体中心"), ("地区科学技术局", "地区工业和信息化局")]),
)
def test_a_labels_helpers_closed_by_a_support_word_and_its_verb(
    label: str, word: str, helpers: tuple[str, str]
) -> None:
    got = plan_units(AKSU, f"（一）加强知识产权宣传。{label}：地区委宣传部，{'、'.join(helpers)}{word}。\n")
    assert _roles(got["一.(一)"]) == [("地区委宣传部", "lead"), *((h, "support") for h in helpers)]


@settings(max_examples=12, deadline=None)
@given(
    st.sampled_from(["乌鲁木齐海关", "阿克苏海关", "喀什海关", "霍尔果斯海关"]),
    st.sampled_from(["", "、地区公安局", "、各口岸管理委员会"]),
)
def test_a_body_named_by_a_city_without_its_suffix_helping_another(customs: str, more: str) -> None:
    got = plan_units(AKSU, f"（一）加强口岸保护。{customs}{more}配合地区市场监督管理局开展执法。\n")
    helpers = [customs, *([more[1:]] if more else [])]
    assert _roles(got["一.(一)"]) == [*((h, "support") for h in helpers), ("地区市场监督管理局", "lead")]


@settings(max_examples=10, deadline=None)
@given(
    st.sampled_from(
        [
            ("地委宣传部", "地区委宣传部"),
            ("地委组织部", "地区委组织部"),
            ("地委政法委", "地区委政法委"),
            ("阿克苏地委宣传部", "地区委宣传部"),
        ]
    ),
    st.sampled_from(["652900", "653200"]),  # 阿克苏地区, 和田地区
)
def test_a_prefectures_party_committee_written_short(pair: tuple[str, str], region: str) -> None:
    short, full = pair
    if short.startswith("阿克苏"):
        region = "652900"
    assert resolved_agency(region, short)[:3] == resolved_agency(region, full)[:3]


@settings(max_examples=15, deadline=None)
@given(
    st.sampled_from(
        [
            ("地区公安局边境管理支队", "border_management"),
            ("塔什库尔干边境管理大队", "border_management"),
            ("霍尔果斯口岸管理委员会", "port_office"),
            ("吐尔尕特口岸管理委员会", "port_office"),
            ("地区口岸办", "port_office"),
            ("兰州中川机场口岸管理办公室", "port_office"),
            ("广州援疆疏附前方指挥部", "aid_command"),
            ("浙江省援疆指挥部", "aid_command"),
            ("北京市援藏指挥部拉萨城关区分指挥部", "aid_command"),
        ]
    ),
    st.sampled_from(["652900", "654200"]),  # 阿克苏地区, 塔城地区
)
def test_border_port_and_aid_bodies_have_a_type(case: tuple[str, str], region: str) -> None:
    surface, kind = case
    assert resolved_agency(region, surface)[2] == kind


def test_a_body_named_by_a_place_without_its_suffix_is_not_placed_in_the_plans_region_again() -> None:
    _, name, _, placed = resolved_agency("652900", "阿克苏边境管理支队")
    assert (name, placed) == ("阿克苏边境管理支队", "652900")
    _, name, _, placed = resolved_agency("620102", "兰州中川机场口岸管理办公室")
    assert (name, placed) == ("兰州中川机场口岸管理办公室", "620100")
    _, name, _, placed = resolved_agency("652900", "霍尔果斯口岸管理委员会")
    assert (name, placed) == ("霍尔果斯口岸管理委员会", "654004")


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(["驻村工作队", "各驻村工作队", "驻村第一书记和工作队", "县驻村工作队"]))
def test_the_village_teams_gathered(surface: str) -> None:
    got = plan_units(BINXIAN, f"（一）开展知识产权宣传进村。县委宣传部牵头，县司法局、{surface}配合。\n")
    assert _roles(got["一.(一)"]) == [("县委宣传部", "lead"), ("县司法局", "support"), (surface, "support")]
    agency_id, name, kind, _ = resolved_agency("230125", surface)
    assert (name, kind) == ("哈尔滨市宾县各驻村工作队", "all_village_teams")
    assert agency_id == resolved_agency("230125", "驻村工作队")[0]


@settings(max_examples=8, deadline=None)
@given(st.sampled_from(["各林场", "各国有林场", "各农场", "各牧场"]))
def test_the_forest_farms_and_farms_gathered(surface: str) -> None:
    got = plan_units(
        YIMEI, f"1.推动林下经济产品商标注册。主要责任单位：区市场监督管理局；协同单位：各街道、{surface}。\n"
    )
    assert _roles(got["一.1"])[-1] == (surface, "support")
    assert resolved_agency("230717", surface)[2] == "all_farms"


@settings(max_examples=6, deadline=None)
@given(st.sampled_from(["各团镇", "各团镇（街道）", "师市各团镇"]))
def test_a_divisions_regiment_towns_gathered(surface: str) -> None:
    assert resolved_agency("659001", surface)[2] == "all_towns"
