"""Round 20: bodies joined by a conjunction instead of 、. Plans write two units with 和, 与, 及, 以及, 同 or 并
between them, in annotations (责任单位：县法院和县检察院; 牵头单位：…；配合单位：县自然资源和规划局与县住房和城乡建设局),
in 由A和B牵头, in prose (县公安局和县法院配合, 县科技局及县财政局每年…), and in the unit cells of task tables.
Before, the pair was read as one made-up body (县公安局和县法院), and one whose words held a county named by a
common word (和县 of 县公安局和县法院, 和平区) was even placed in that county; in prose, 以及 ended the subject
at 以 and lost the second body. Now the list parts at a conjunction wherever the words before it end like a
body and the words after it open like one, so each body is named with the role its list gives, in the plan's
own region, while names that hold 和 (工业和信息化局, 自然资源和规划局, 农牧和科技局) stay whole, work stays
work (加强和改进…), and a body joined to a collective (县市场监管局和各乡镇) gives both.
"""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from ontology.vocab import agency_vocabulary, role_vocabulary
from policykg.extract.agency_lists import parse_agency_list
from tests.plans import extracted, named_units, resolved_agency

HEAD = "兴国县知识产权强县建设工作方案（2024—2026年）\n为推进知识产权强县建设，制定本方案。\n一、重点任务\n"
COUNTY = "360732"


def _units(body: str) -> list[tuple[str, str, str]]:
    doc, _ = extracted(HEAD + body + "\n")
    return [u for units in named_units(doc).values() for u in units]


def _placed(body: str) -> dict[str, str | None]:
    """The region of each body the plan names, by its surface."""
    doc, _ = extracted(HEAD + body + "\n")
    return {
        r.agency.surface: a.region_id
        for t in doc.tasks
        for r in t.responsibilities
        if r.basis != "issuer_default"
        for a in doc.agencies
        if a.id == r.agency.id
    }


def test_a_support_pair_in_prose_is_two_bodies_of_the_plans_county() -> None:
    body = "（一）开展专项执法行动。县市场监管局负责执法检查，县公安局和县法院配合。"
    assert _units(body) == [
        ("县市场监管局", "lead", "prose"),
        ("县公安局", "support", "prose"),
        ("县法院", "support", "prose"),
    ]
    assert set(_placed(body).values()) == {COUNTY}  # not 和县 (340523)


def test_a_pair_in_an_annotation_has_the_role_of_a_list_with_a_comma() -> None:
    joined = _units("（一）加强司法保护。（责任单位：县法院和县检察院）")
    listed = _units("（一）加强司法保护。（责任单位：县法院、县检察院）")
    assert joined == listed
    assert [u[0] for u in joined] == ["县法院", "县检察院"]


def test_a_pair_led_with_you() -> None:
    assert _units("（一）推进质押融资。由县财政局和县金融办牵头，各银行配合。") == [
        ("县财政局", "lead", "annotation"),
        ("县金融办", "lead", "annotation"),
        ("各银行", "support", "annotation"),
    ]


def test_a_pair_joined_by_yu_before_a_role_word() -> None:
    joined = _units("（一）开展宣传。县委宣传部与县教育局负责。")
    assert joined == _units("（一）开展宣传。县委宣传部、县教育局负责。")
    assert [u[0] for u in joined] == ["县委宣传部", "县教育局"]


def test_ji_yiji_and_tong_part_bodies_as_he_does() -> None:
    got = _units(
        "（一）强化保护。县科技局及县农业农村局负责，县文化广电和旅游局以及县人力资源和社会保障局配合。\n"
        "（二）联合执法。县市场监管局同县公安局共同负责。"
    )
    assert got == [
        ("县科技局", "lead", "annotation"),
        ("县农业农村局", "lead", "annotation"),
        ("县文化广电和旅游局", "support", "annotation"),
        ("县人力资源和社会保障局", "support", "annotation"),
        ("县市场监管局", "joint", "annotation"),
        ("县公安局", "joint", "annotation"),
    ]


def test_names_that_hold_he_stay_whole_between_labels() -> None:
    got = _units(
        "（一）强化产业支撑。（牵头单位：县工业和信息化局；配合单位：县自然资源和规划局与县住房和城乡建设局、"
        "县农牧和科技局）"
    )
    assert got == [
        ("县工业和信息化局", "lead", "annotation"),
        ("县自然资源和规划局", "support", "annotation"),
        ("县住房和城乡建设局", "support", "annotation"),
        ("县农牧和科技局", "support", "annotation"),
    ]


def test_a_body_joined_to_a_collective_gives_both() -> None:
    got = _units("（一）加强执法。县市场监管局和有关部门负责。\n（二）加强执法。县市场监管局和各乡镇负责。")
    assert [u[0] for u in got] == ["县市场监管局", "有关部门", "县市场监管局", "各乡镇"]


def test_work_joined_by_he_is_no_body() -> None:
    assert _units("（一）加强和改进知识产权保护工作。县市场监管局和县公安局负责。") == [
        ("县市场监管局", "joint", "annotation"),
        ("县公安局", "joint", "annotation"),
    ]
    assert _units("（一）加强和改进知识产权保护工作。县市场监管局负责。") == [
        ("县市场监管局", "sole", "annotation")
    ]


def test_unit_cells_of_a_task_table() -> None:
    table = (
        "（一）加强保护。\n\n| 序号 | 工作任务 | 牵头单位 | 配合单位 |\n| --- | --- | --- | --- |\n"
        "| 1 | 开展专项执法 | 县市场监管局和县公安局 | 县法院与县检察院 |\n"
    )
    assert _units(table) == [
        ("县市场监管局", "lead", "table"),
        ("县公安局", "lead", "table"),
        ("县法院", "support", "table"),
        ("县检察院", "support", "table"),
    ]
    assert set(_placed(table).values()) == {COUNTY}


def test_subjects_joined_by_ji_yiji_and_tong_in_prose() -> None:
    got = _units(
        "（一）加强资助。县科技局及县财政局每年开展专利资助评估。\n"
        "（二）加强保障。县科技局以及县财政局要加强资金保障。\n"
        "（三）联合检查。县市场监管局同县公安局联合开展专项检查。"
    )
    assert [u[0] for u in got] == ["县科技局", "县财政局", "县科技局", "县财政局", "县市场监管局", "县公安局"]


def test_a_joined_surface_is_not_placed_in_a_county_named_by_a_common_word() -> None:
    # a pair the lists do not part still is no body of 和县 (340523) nor of 和平区 (120101)
    assert resolved_agency(COUNTY, "县公安局和县法院")[3] == COUNTY
    assert resolved_agency(COUNTY, "县科技局和平安办")[3] == COUNTY
    # the county named as such keeps its bodies
    assert resolved_agency(COUNTY, "马鞍山市和县公安局")[3] == "340523"


def _aliases() -> list[str]:
    return sorted({alias for alias, _ in agency_vocabulary().alias_index()})


def _read(text: str) -> list[str]:
    mentions, _ = parse_agency_list(text, 0, len(text), default_role="lead")
    return [text[m.span[0] : m.span[1]] for m in mentions]


@given(
    st.sampled_from(_aliases()),
    st.sampled_from(_aliases()),
    st.sampled_from(agency_vocabulary().list_joiners),
    st.sampled_from(["县", "区", "市"]),
)
def test_two_bodies_joined_by_any_conjunction_are_two(
    first: str, second: str, joiner: str, prefix: str
) -> None:
    # 委员会同…: 会同 (together with) is read before the conjunction 同, as it was
    assume(not f"{first}{joiner}".endswith(("会同", *role_vocabulary().subject_onsets.partner_words)))
    text = f"{prefix}{first}{joiner}{prefix}{second}"
    assert _read(text) == [f"{prefix}{first}", f"{prefix}{second}"]


@given(st.sampled_from([a for a in _aliases() if any(j in a for j in agency_vocabulary().list_joiners)]))
def test_every_alias_holding_a_conjunction_stays_one(alias: str) -> None:
    assert _read(f"县{alias}") == [f"县{alias}"]
    assert _read(f"县{alias}与县{alias}") == [f"县{alias}", f"县{alias}"]
