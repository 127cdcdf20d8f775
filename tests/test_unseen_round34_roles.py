"""Round 34: who is responsible and in which role, as plans of places and levels the tests did not cover
write it (districts of Tianshui, Xinxiang, Guangyuan, Liuzhou and Dalian, Zhuzhou, Ningbo, Zhucheng, a
division-city of the 兵团, a district market-regulation bureau of Suining).

What was read wrong before:

- a bracketed label run on into another field (【牵头单位】区科技局【完成时限】2025年6月底前) took the unit
  before 【完成时限】 for none (the lead alone fell back to the issuer), and a deadline written after its
  bracketed label as a bare month (【完成时限】2025年6月) was lost;
- a clause of helpers naming one place for its body the registry does not know (…负责，岳阳经开区、城陵矶新港区
  管委会协助; …牵头，区公安分局、各社区配合) dropped every helper, known ones too;
- a zone named by its industry (县工业集中区管委会) was cut to 区管委会 and took the list's other units with it;
- a unit cell with the lead on one line and the helpers on the next (区法院牵头↵区检察院、区司法局配合) lost
  the lead and merged two names;
- a role's label in brackets after a name (县科技局（牵头单位）、县工信局（配合单位）) stayed in the name and
  gave no role; a bracket picking the list's lead (县发改局、县财政局（县发改局牵头）, …；其中区科技局为
  牵头单位) stayed in a name or made a body 其中区科技局;
- places gathered the ZJ/SD way (各区、县（市）政府, 各区、市市场监管局, 各区、县（市）知识产权管理部门) were
  split into 各区 and an untyped body or the city's own bureau; 市直有关部门和各县（区）人民政府 before a role
  word was one government; （各镇街、园区分别负责） made 园区 a zone of its own; 市级有关部门 was no collective;
- a collective followed by its work (各单位按照附件分工抓好落实, 各乡镇要明确专人负责) was a body named with the
  work; a note on a name (（以下简称“县市场监管局”）, （按职责分工负责，下同）) stayed in it;
- a label's list of units set on under it on an indented line (责任单位：区科技局↵　　　　　区工信局) lost
  the units below;
- 一是/二是 clauses on their own lines before 以上工作由A牵头，B配合 named nobody, and 以上两项 after two
  clauses went to the section before; an item opening straight
  with 3.一是… was not parted into its clauses; a 兵团 division-city's bodies (师市财政局每年安排…) were
  no subject; a bureau's section (知识产权股负责) was no unit.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import extracted, plan_units, task_agencies

QINZHOU = "天水市秦州区知识产权强区建设工作方案\n为加快知识产权强区建设，结合我区实际，制定本方案。\n"
ZHUZHOU = "株洲市知识产权局2024年工作要点\n为做好2024年知识产权工作，制定本要点。\n"
NINGBO = "宁波市知识产权强市建设行动方案（2024—2026年）\n为加快建设知识产权强市，制定本方案。\n"
ZHUCHENG = "诸城市知识产权工作实施方案\n为推动全市知识产权工作，制定本方案。\n"
GANJINGZI = "大连市甘井子区知识产权工作方案\n为推动全区知识产权工作，制定本方案。\n"
LIZHOU = "广元市利州区知识产权强区建设工作方案\n为加快知识产权强区建设，制定本方案。\n"
LIUNAN = "柳州市柳南区知识产权工作方案\n为推动全区知识产权工作，制定本方案。\n"
WUJIAQU = "第六师五家渠市知识产权强师建设工作方案\n为推进知识产权强师建设，制定本方案。\n"
CHUANSHAN = "遂宁市船山区市场监督管理局2024年知识产权工作要点\n为做好全局知识产权工作，制定本要点。\n"


def test_a_bracketed_label_run_on_into_a_deadline_keeps_its_unit_and_the_deadline() -> None:
    doc, _ = extracted(
        QINZHOU
        + "二、重点任务\n1.实施专利培育工程。支持企业专利布局。【牵头单位】区科技局【完成时限】2025年6月底前\n"
        "2.推进商标品牌建设。\n【牵头单位】区市场监管局【配合单位】区农业农村局、区财政局【完成时限】2025年6月\n"
        "3.加强地理标志保护。【责任单位】区市场监管局、区农业农村局【完成时间】2025年底\n"
        "4.加强宣传。【牵头单位】区委宣传部【责任领导】王某某\n"
    )
    units = {t.path: [(r.agency.surface, r.role) for r in t.responsibilities] for t in doc.tasks}
    deadlines = {t.path: t.deadline for t in doc.tasks}
    assert units["二.1"] == [("区科技局", "lead")]
    assert units["二.2"] == [("区市场监管局", "lead"), ("区农业农村局", "support"), ("区财政局", "support")]
    assert units["二.3"] == [("区市场监管局", "joint"), ("区农业农村局", "joint")]
    assert units["二.4"] == [("区委宣传部", "lead")]
    assert deadlines["二.1"] == "2025年6月底前"
    assert deadlines["二.2"] == "2025年6月"
    assert deadlines["二.3"] == "2025年底"


def test_helpers_named_by_their_place_beside_known_bodies_are_kept() -> None:
    got = plan_units(
        ZHUZHOU,
        "一、强化知识产权保护\n1.建设维权援助工作站。市知识产权局负责，株洲经开区、株洲高新区管委会协助。\n"
        "2.开展专项行动。市市场监管局牵头，市公安局、各社区配合，严厉打击侵权行为。\n"
        "3.推进纠纷化解。市司法局负责，市法院、各村（社区）协助。\n"
        "4.建设服务站。（责任单位：市市场监管局、醴陵市陶瓷产业集中区管委会）\n"
        "5.开展宣传。市市场监管局牵头，市教育局、企业配合。\n",
    )
    assert got["一.1"] == [
        ("市知识产权局", "lead", "annotation"),
        ("株洲经开区", "support", "annotation"),
        ("株洲高新区管委会", "support", "annotation"),
    ]
    assert [(s, r) for s, r, _ in got["一.2"]] == [
        ("市市场监管局", "lead"),
        ("市公安局", "support"),
        ("各社区", "support"),
    ]
    assert [(s, r) for s, r, _ in got["一.3"]] == [
        ("市司法局", "lead"),
        ("市法院", "support"),
        ("各村（社区）", "support"),
    ]
    assert [(s, r) for s, r, _ in got["一.4"]] == [
        ("市市场监管局", "joint"),
        ("醴陵市陶瓷产业集中区管委会", "joint"),
    ]
    # a firm is no place's body: no list of units there
    assert ("企业", "support", "annotation") not in got["一.5"]


_TABLE = (
    "<html><body><p>新乡市红旗区2024年知识产权工作任务分解表</p><table border='1'>"
    "<tr><th>序号</th><th>工作任务</th><th>责任单位</th><th>完成时限</th></tr>{rows}</table></body></html>"
)


def _row(n: int, task: str, unit: str) -> str:
    return f"<tr><td>{n}</td><td>{task}</td><td>{unit}</td><td>2024年12月</td></tr>"


def test_unit_cells_naming_roles_on_lines_in_brackets_and_by_a_picked_lead() -> None:
    rows = [
        _row(1, "完善司法保护机制", "区法院牵头<br>区检察院、区公安分局配合"),
        _row(2, "开展专利导航", "区科技局（牵头单位）、区工信局（配合单位）"),
        _row(3, "落实资助政策", "区发改委、区财政局、区科技局（区科技局牵头）"),
        _row(4, "推进专利转化", "区发改委、区财政局（区发改委牵头）"),
        _row(5, "加强保护", "区市场监管局牵头，区直有关部门和各乡镇（街道）按职责分工负责"),
    ]
    doc, _ = extracted(_TABLE.format(rows="".join(rows)), "plan.html")
    roles = {t.path: [(r.agency.surface, r.role) for r in t.responsibilities] for t in doc.tasks}
    assert roles["表1.1"] == [("区法院", "lead"), ("区检察院", "support"), ("区公安分局", "support")]
    assert roles["表1.2"] == [("区科技局", "lead"), ("区工信局", "support")]
    assert roles["表1.3"] == [("区发改委", "support"), ("区财政局", "support"), ("区科技局", "lead")]
    assert roles["表1.4"] == [("区发改委", "lead"), ("区财政局", "support")]
    assert roles["表1.5"] == [
        ("区市场监管局", "lead"),
        ("区直有关部门", "support"),
        ("各乡镇（街道）", "support"),
    ]


def test_a_note_picking_its_lead_among_the_units() -> None:
    got = plan_units(
        ZHUCHENG,
        "二、重点任务\n1.开展专利导航。（责任单位：市科技局、市工信局；其中市科技局为牵头单位）\n"
        "2.实施专利转化。（责任单位：市科技局、市财政局，其中市财政局牵头）\n",
    )
    assert got["二.1"] == [("市科技局", "lead", "annotation"), ("市工信局", "support", "annotation")]
    assert got["二.2"] == [("市科技局", "support", "annotation"), ("市财政局", "lead", "annotation")]


def test_places_gathered_with_their_levels_and_departments() -> None:
    got = task_agencies(
        NINGBO
        + "二、主要任务\n（一）实施专利质量提升行动。（责任单位：市市场监管局，各区、县（市）人民政府）\n"
        "（二）实施商标品牌行动。（责任单位：市市场监管局，各区、县（市）市场监管局）\n"
        "（三）加强公共服务。（责任单位：各区、市知识产权管理部门）\n"
        "（四）加强宣传培训。（责任单位：市委宣传部，各区、市直有关部门）\n"
    )
    assert [(s, t) for s, _, t, _ in got["二.(一)"]] == [
        ("市市场监管局", "market_regulation"),
        ("各区、县（市）人民政府", "all_governments"),
    ]
    assert [(s, t) for s, _, t, _ in got["二.(二)"]] == [
        ("市市场监管局", "market_regulation"),
        ("各区、县（市）市场监管局", "all_local_departments"),
    ]
    assert [(s, t) for s, _, t, _ in got["二.(三)"]] == [
        ("各区、市知识产权管理部门", "all_local_departments")
    ]
    # the city's own departments stay the city's
    assert [s for s, _, _, _ in got["二.(四)"]] == ["市委宣传部", "各区", "市直有关部门"]


def test_towns_with_their_zones_and_a_city_level_collective() -> None:
    got = task_agencies(
        ZHUCHENG + "二、重点任务\n3.打造地理标志特色产业园。（各镇街、园区分别负责）\n"
        "5.强化宣传。市级有关部门要加大知识产权宣传力度。\n"
    )
    assert [(s, t, r) for s, _, t, r in got["二.3"]] == [("各镇街、园区", "all_towns", "sole")]
    assert [t for _, _, t, _ in got["二.5"]] == ["direct_departments"]


def test_a_collective_and_its_work_and_a_note_on_a_name() -> None:
    got = plan_units(
        GANJINGZI,
        "一、重点任务\n各单位按照附件分工抓好落实。\n二、主要措施\n"
        "（一）加强信息报送。各街道要明确专人负责，每季度末将工作进展报区市场监管局。\n"
        "（二）建立工作台账。区市场监督管理局（以下简称“区市场监管局”）负责建立台账。\n"
        "（三）落实资助政策。（责任单位：区科技局、区工信局（按职责分工负责，下同））\n",
    )
    assert [s for s, _, _ in got["一"]] == ["各单位"]
    assert [s for s, _, _ in got["二.(一)"]] == ["各街道"]
    assert got["二.(二)"] == [("区市场监督管理局", "sole", "prose")]
    assert got["二.(三)"] == [("区科技局", "joint", "annotation"), ("区工信局", "joint", "annotation")]


def test_a_label_list_set_on_under_it() -> None:
    got = plan_units(
        LIZHOU,
        "二、重点任务\n1.加强专利导航。开展产业专利导航。\n　　责任单位：区科技局\n"
        "　　　　　　　区经济和信息化局\n　　　　　　　区财政局\n2.加强宣传。区委宣传部负责。\n",
    )
    assert [s for s, _, _ in got["二.1"]] == ["区科技局", "区经济和信息化局", "区财政局"]
    assert got["二.2"] == [("区委宣传部", "sole", "annotation")]


def test_clauses_under_a_note_on_the_work_above_and_an_item_opening_with_its_clauses() -> None:
    got = plan_units(
        LIUNAN,
        "二、重点任务\n（一）强化知识产权保护\n一是开展商标侵权专项整治。\n二是区法院负责完善诉调对接机制。\n"
        "三是加强海外维权援助。\n以上工作由区市场监管局牵头，各街道配合。\n（二）促进知识产权转化运用\n"
        "4.一是推进专利开放许可，区市场监管局负责；二是开展知识产权质押融资，区金融办牵头，区市场监管局配合。\n",
    )
    note = [("区市场监管局", "lead", "annotation"), ("各街道", "support", "annotation")]
    assert got["二.(一).一是"] == note
    assert got["二.(一).三是"] == note
    assert got["二.(一).二是"] == [("区法院", "sole", "prose")]
    assert got["二.(二).4.一是"] == [("区市场监管局", "sole", "annotation")]
    assert got["二.(二).4.二是"] == [
        ("区金融办", "lead", "annotation"),
        ("区市场监管局", "support", "annotation"),
    ]


def test_a_note_on_the_clauses_above_leaves_those_naming_their_own_doer_and_counts_clauses() -> None:
    got = plan_units(
        LIUNAN,
        "二、重点任务\n（一）强化知识产权保护\n一是开展商标侵权专项整治，区公安分局负责。\n"
        "二是完善诉调对接机制（责任单位：区法院）。\n三是加强海外维权援助。\n以上工作由区市场监管局牵头，各街道配合。\n"
        "（二）加强运用\n一是推进专利转化；二是推进质押融资。以上两项工作由区金融办负责。\n",
    )
    assert got["二.(一).二是"] == [("区法院", "sole", "annotation")]
    assert got["二.(一).三是"] == [
        ("区市场监管局", "lead", "annotation"),
        ("各街道", "support", "annotation"),
    ]
    # 以上两项 counts the clauses above it, not the section before
    assert ("区金融办", "sole", "annotation") not in got["二.(一)"]
    assert got["二.(二).一是"] == got["二.(二).二是"] == [("区金融办", "sole", "annotation")]


def test_a_division_citys_bodies_and_a_bureaus_sections() -> None:
    got = plan_units(
        WUJIAQU,
        "三、保障措施\n（一）加强资金保障。师市财政局每年安排知识产权专项资金不低于200万元。\n"
        "（二）加强执法。师市市场监管局开展知识产权执法专项行动。\n",
    )
    assert got["三.(一)"] == [("师市财政局", "implicit", "prose")]
    assert got["三.(二)"] == [("师市市场监管局", "implicit", "prose")]
    sections = plan_units(
        CHUANSHAN,
        "二、重点工作\n1.加强商标保护。一是开展商标专项检查，商标广告股负责；二是开展专利执法，执法大队负责。\n"
        "2.加强知识产权运用。知识产权股负责，各市场监管所配合。\n3.推进企业控股改革。县国资局负责。\n",
    )
    assert sections["二.1.一是"] == [("商标广告股", "sole", "annotation")]
    assert sections["二.2"] == [
        ("知识产权股", "lead", "annotation"),
        ("各市场监管所", "support", "annotation"),
    ]


_NAMES = st.sampled_from(["区科技局", "区工信局", "区财政局", "区农业农村局", "区商务局"])
_FIELDS = st.sampled_from(["完成时限", "完成时间", "时间节点", "责任领导", "联系人"])
_VALUES = st.sampled_from(["2025年6月", "2025年底前", "长期坚持", "王某某", "李某"])


@settings(max_examples=40, deadline=None)
@given(
    lead=_NAMES, helpers=st.lists(_NAMES, min_size=1, max_size=3, unique=True), field=_FIELDS, value=_VALUES
)
def test_any_field_run_on_after_bracketed_labels_leaves_the_units(
    lead: str, helpers: list[str], field: str, value: str
) -> None:
    helpers = [h for h in helpers if h != lead] or ["区司法局"]
    line = f"【牵头单位】{lead}【配合单位】{'、'.join(helpers)}【{field}】{value}"
    got = plan_units(QINZHOU, f"二、重点任务\n1.加强专利导航。开展产业专利导航。{line}\n")
    assert got["二.1"] == [(lead, "lead", "annotation")] + [(h, "support", "annotation") for h in helpers]
