"""Round 22: how responsible bodies are read, on plans of several provinces written for the test.

Plans name bodies the agency kinds did not know: a 地区's procuratorate written as the province's branch
(地区检察分院, 塔城地区检察分院), the fire and rescue corps (县消防救援大队, 市消防救援支队), the supply and marketing
cooperative (县供销社, 县供销合作社联合社), a customs house's anti-smuggling bureau (成都海关缉私分局), a court's IP
tribunal (成都知识产权法庭, 区法院知识产权审判庭) and the universities and institutes of the region gathered
(各高校, 县内高校, 有关科研院所). Before, each was of no type (a 消防救援大队 the county's by name only, 县供销社
and 县供销合作社联合社 two bodies, 县内高校 read as 青川县's 内高校).

They also write 县市场监管局与和县公安局 in a county plan far from 安徽's 和县 (placed in 和县 before, now the
plan's 县公安局: 和 joins, 县 is the plan's own prefix), 县卫生健康委员会同县科技局 (委员会 and the conjunction 同, as
县科技局同县财政局 reads; before, a 会同 written with one 会), 责任单位：A，B、C按职责分工负责 (A set apart by the
comma leads those sharing the work by their duties; before, all three joint, and with 配合 after two names A
supported too), 县市场监管局：牵头开展… (lead; before, sole), and unit cells with a person's or phone's field
(县公安局负责人赵某某 read as one name, 0731-87812345 as a body, 县市场监管局 0572-8421234 / 县科技局 losing the
first body as a wrapped name, the unit on the line after a person's field lost).
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from policykg.extract.agency_lists import parse_agency_list
from policykg.models import Document
from tests.plans import extracted

EMIN = (
    "额敏县知识产权强县建设工作方案（2024—2026年）\n为深入推进知识产权强县建设，制定本方案。\n一、重点任务\n"
)
CHENGHUA = "成都市成华区知识产权强区建设工作方案（2024—2026年）\n为推进知识产权强区建设，制定本方案。\n一、重点任务\n"
LECHANG = (
    "乐昌市知识产权强市建设工作方案（2024—2026年）\n为推进知识产权强市建设，制定本方案。\n一、重点任务\n"
)
QINGCHUAN = (
    "青川县知识产权强县建设工作方案（2024—2026年）\n为推进知识产权强县建设，制定本方案。\n一、重点任务\n"
)
FEIXI = "肥西县知识产权强县建设工作方案（2024—2026年）\n为推进知识产权强县建设，制定本方案。\n一、重点任务\n"
PUKOU = "南京市浦口区知识产权强区建设工作方案（2024—2026年）\n为推进知识产权强区建设，制定本方案。\n一、重点任务\n"

Read = tuple[str, str, str | None, str | None, str]  # surface, canonical name, type, region, role


def _bodies(doc: Document) -> list[Read]:
    agencies = {a.id: a for a in doc.agencies}
    return [
        (r.agency.surface, agencies[r.agency.id].name, r.agency.type, agencies[r.agency.id].region_id, r.role)
        for t in doc.tasks
        for r in t.responsibilities
        if r.basis != "issuer_default"
    ]


def _read(head: str, body: str, name: str = "plan.txt") -> list[Read]:
    doc, _ = extracted(head + body + "\n", name)
    return _bodies(doc)


def _roles(head: str, body: str) -> list[tuple[str, str]]:
    return [(surface, role) for surface, _, _, _, role in _read(head, body)]


# 1. bodies of kinds the data lacked


def test_a_prefectures_procuratorate_fire_brigade_and_cooperative_in_a_xinjiang_county() -> None:
    got = _read(
        EMIN,
        "（一）加强保护。（责任单位：县人民法院、地区检察分院、塔城地区检察分院、县消防救援大队、县供销社、县供销合作社联合社）",
    )
    assert [(s, n, t, r) for s, n, t, r, _ in got] == [
        ("县人民法院", "塔城地区额敏县人民法院", "court", "654221"),
        ("地区检察分院", "塔城地区人民检察院", "procuratorate", "654200"),
        ("塔城地区检察分院", "塔城地区人民检察院", "procuratorate", "654200"),
        ("县消防救援大队", "塔城地区额敏县消防救援大队", "fire_rescue", "654221"),
        ("县供销社", "塔城地区额敏县供销合作社联合社", "supply_marketing", "654221"),
        ("县供销合作社联合社", "塔城地区额敏县供销合作社联合社", "supply_marketing", "654221"),
    ]


def test_customs_police_fire_corps_and_ip_tribunals_in_a_chengdu_district() -> None:
    got = _read(
        CHENGHUA,
        "（一）加强保护。（责任单位：成都海关缉私分局、某某海关缉私分局、区消防救援大队、市消防救援支队、"
        "成都知识产权法庭、区法院知识产权审判庭）",
    )
    assert [(s, n, t, r) for s, n, t, r, _ in got] == [
        ("成都海关缉私分局", "成都海关缉私分局", "anti_smuggling", "510100"),
        ("某某海关缉私分局", "某某海关缉私分局", "anti_smuggling", None),  # no known place: as written
        ("区消防救援大队", "成都市成华区消防救援大队", "fire_rescue", "510108"),
        ("市消防救援支队", "成都市消防救援支队", "fire_rescue", "510100"),
        ("成都知识产权法庭", "成都知识产权法庭", "ip_tribunal", None),
        ("区法院知识产权审判庭", "成都市成华区法院知识产权审判庭", "ip_tribunal", "510108"),
    ]


def test_a_county_level_citys_brigade_is_its_own_and_the_detachment_its_prefectures() -> None:
    got = _read(LECHANG, "（一）加强保护。（责任单位：市消防救援大队、市消防救援支队、市供销联社）")
    assert [(n, t, r) for _, n, t, r, _ in got] == [
        ("乐昌市消防救援大队", "fire_rescue", "440281"),
        ("韶关市消防救援支队", "fire_rescue", "440200"),
        ("乐昌市供销合作社联合社", "supply_marketing", "440281"),
    ]


def test_a_fire_brigade_named_in_prose_is_typed_too() -> None:
    got = _read(QINGCHUAN, "（一）加强展会保护。县消防救援大队要做好展会消防安全工作。")
    assert [(s, t, r) for s, _, t, r, _ in got] == [("县消防救援大队", "fire_rescue", "510822")]


def test_universities_and_institutes_gathered_are_a_collective() -> None:
    got = _read(
        QINGCHUAN,
        "（一）推进产学研合作。（牵头单位：县科技局；配合单位：县内高校、各科研院所、有关高等院校）",
    )
    assert [(s, n, t, role) for s, n, t, _, role in got] == [
        ("县科技局", "广元市青川县科学技术局", "science_tech", "lead"),
        ("县内高校", "广元市青川县内高校", "all_research_institutions", "support"),
        ("各科研院所", "广元市青川县各科研院所", "all_research_institutions", "support"),
        ("有关高等院校", "广元市青川县有关高等院校", "all_research_institutions", "support"),
    ]
    # the same with a conjunction in prose
    prose = _read(QINGCHUAN, "（一）推进产学研合作。县科技局与县内高校开展合作。")
    assert [(s, t) for s, _, t, _, _ in prose] == [
        ("县科技局", "science_tech"),
        ("县内高校", "all_research_institutions"),
    ]


# 2. a place of another province after a conjunction


def test_a_county_far_from_hexian_reads_he_as_a_conjunction() -> None:
    prose = _read(QINGCHUAN, "（一）联合执法。县市场监管局与和县公安局加强协作，打击侵权假冒行为。")
    listed = _read(QINGCHUAN, "（一）联合执法。（责任单位：县市场监管局与和县公安局）")
    for got in (prose, listed):
        assert [(s, n, r) for s, n, _, r, _ in got] == [
            ("县市场监管局", "广元市青川县市场监督管理局", "510822"),
            ("县公安局", "广元市青川县公安局", "510822"),
        ]
    # 和县 stays where a plan may name it: in a county of its own province (安徽), and in a district across the
    # border that names its own bodies 区…
    for head, own in ((FEIXI, "县市场监管局"), (PUKOU, "区市场监管局")):
        got = _read(head, f"（一）联合执法。{own}与和县公安局加强协作。")
        assert [(s, r) for s, _, _, r, _ in got][1] == ("和县公安局", "340523")


# 3. 委员会 + 同


def test_a_committee_before_tong_reads_as_any_body_before_tong() -> None:
    committee = _roles(QINGCHUAN, "（一）制定政策。由县发展和改革委员会同县财政局制定支持政策。")
    bureau = _roles(QINGCHUAN, "（一）制定政策。由县科技局同县财政局制定支持政策。")
    assert committee == [("县发展和改革委员会", "implicit"), ("县财政局", "implicit")]
    assert [r for _, r in bureau] == [r for _, r in committee]
    cell = _roles(QINGCHUAN, "（一）制定政策。（责任单位：县卫生健康委员会同县医保局）")
    assert cell == [("县卫生健康委员会", "joint"), ("县医保局", "joint")]
    # 同步 after a committee's name: no 会同, and no body cut short before it (高新区管委)
    assert _roles(QINGCHUAN, "（一）建设园区。开发区管委会同步推进园区知识产权服务站建设。") == []


# 4. a unit set apart by a comma before those sharing the work


def test_the_unit_before_a_comma_leads_those_sharing_the_work_by_their_duties() -> None:
    assert _roles(EMIN, "（一）开展执法。（责任单位：县市场监管局，县公安局、县法院按职责分工负责）") == [
        ("县市场监管局", "lead"),
        ("县公安局", "support"),
        ("县法院", "support"),
    ]
    assert _roles(
        QINGCHUAN, "（一）开展执法。（责任单位：县市场监管局、县公安局，县法院、县检察院按职责分工负责）"
    ) == [
        ("县市场监管局", "lead"),
        ("县公安局", "lead"),
        ("县法院", "support"),
        ("县检察院", "support"),
    ]
    # with 配合 after two names, as after one
    assert _roles(EMIN, "（一）开展执法。（责任单位：县市场监管局，县公安局、县法院配合）") == [
        ("县市场监管局", "lead"),
        ("县公安局", "support"),
        ("县法院", "support"),
    ]
    # with no comma the units share the work
    assert {
        r for _, r in _roles(EMIN, "（一）开展执法。（责任单位：县市场监管局、县公安局按职责分工负责）")
    } == {"joint"}


# 5. the role word opening a unit's work after its colon


def test_a_role_word_opening_the_work_after_a_units_colon() -> None:
    got = _roles(
        QINGCHUAN,
        "（一）开展执法。县市场监管局：牵头开展知识产权执法行动。县公安局：配合开展打击侵权犯罪。"
        "县科技局：指导企业开展专利布局。县财政局：负责落实资金保障。",
    )
    assert got == [
        ("县市场监管局", "lead"),
        ("县公安局", "support"),
        ("县科技局", "sole"),  # 指导 there is the bureau's own work
        ("县财政局", "sole"),
    ]


# 6. a person's or phone's field in a unit cell

TABLE_HEAD = (
    "# 宁乡市2025年知识产权工作要点\n\n## 二、重点任务\n\n"
    "| 序号 | 工作任务 | 责任单位 | 完成时限 |\n|---|---|---|---|\n"
)


def test_people_and_phones_in_markdown_unit_cells_are_no_units() -> None:
    plan = TABLE_HEAD + (
        "| 1 | 开展专利导航服务 | 市市场监管局 0731-87812345<br>市科技局 | 2025年9月底前 |\n"
        "| 2 | 加强商标品牌培育 | 市市场监管局（联系电话：87812345）<br>市工信局 | 2025年12月底前 |\n"
        "| 3 | 打击侵权假冒 | 市公安局负责人赵某某<br>市司法局 | 长期坚持 |\n"
        "| 4 | 加强司法保护 | 市人民法院 联系人王某某 13812345678<br>市人民检察院 | 长期坚持 |\n"
        "| 5 | 开展宣传 | 市融媒体中心87811111<br>市教育局 | 2025年4月 |\n"
    )
    doc, _ = extracted(plan, "plan.md")
    rows = {t.title: [r.agency.surface for r in t.responsibilities] for t in doc.tasks}
    assert rows == {
        "开展专利导航服务": ["市市场监管局", "市科技局"],
        "加强商标品牌培育": ["市市场监管局", "市工信局"],
        "打击侵权假冒": ["市公安局", "市司法局"],
        "加强司法保护": ["市人民法院", "市人民检察院"],
        "开展宣传": ["市融媒体中心", "市教育局"],
    }


def test_a_phone_closing_the_first_line_of_a_web_pages_cell_keeps_the_first_body() -> None:
    page = (
        "<html><head><title>德清县2025年知识产权工作要点</title></head><body>"
        "<h1>德清县2025年知识产权工作要点</h1><p>二、重点任务</p><table>"
        "<tr><td>序号</td><td>工作任务</td><td>责任单位</td><td>完成时限</td></tr>"
        "<tr><td>1</td><td>开展专利导航服务</td><td><p>县市场监管局 0572-8421234</p><p>县科技局</p></td>"
        "<td>2025年9月底前</td></tr>"
        "<tr><td>2</td><td>打击侵权假冒</td><td>县公安局负责人赵某某<br/>县市场监管局</td><td>长期坚持</td></tr>"
        "</table></body></html>"
    )
    doc, _ = extracted(page, "plan.html")
    rows = {t.title: [(r.agency.surface, r.role) for r in t.responsibilities] for t in doc.tasks}
    assert rows == {
        "开展专利导航服务": [("县市场监管局", "joint"), ("县科技局", "joint")],
        "打击侵权假冒": [("县公安局", "joint"), ("县市场监管局", "joint")],
    }


BODIES = ["县市场监管局", "县科技局", "县公安局", "县人民法院", "县融媒体中心", "县消防救援大队"]
PEOPLE = [
    "负责人赵某某",
    " 联系人王某",
    "（联系人：李某某）",
    " 电话：8421234",
    "87812345",
    " 0572-8421234",
    "",
]


@given(
    st.lists(
        st.tuples(st.sampled_from(BODIES), st.sampled_from(PEOPLE)),
        min_size=1,
        max_size=4,
        unique_by=lambda p: p[0],
    )
)
def test_a_cell_of_bodies_each_with_a_person_or_phone_names_the_bodies_alone(
    lines: list[tuple[str, str]],
) -> None:
    cell = "\n".join(body + extra for body, extra in lines)
    mentions, _ = parse_agency_list(cell, 0, len(cell), lines=True)
    assert [cell[m.span[0] : m.span[1]] for m in mentions] == [body for body, _ in lines]
