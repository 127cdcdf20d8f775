"""Round 26: who does each task and in what role, as plans of places and levels the tests did not cover
write it (counties of Guizhou, Guangxi, Jilin and Inner Mongolia, a county-level city's market-regulation
bureau in Heilongjiang, districts of Lanzhou and Urumqi, a subdistrict of a Chongqing district).

What was read wrong before:

- A商B (A in consultation with B) stayed one body (县科技局商县农业农村局), in a sentence and in a note:
  A leads and B supports, as after 会同; 商标, 商请 and places opening with 商 (商城县) are no such word;
- A指导B开展… was A's work alone: the bodies guided carry the work (lead), the guide takes part without
  carrying it (support, as the suffix 指导 reads); 指导开展…, 指导企业开展… stay the subject's own work;
- a department's own plan naming its sections (责任科室：知识产权股、办公室) made them bodies of the region
  (五常市知识产权股): they are the department's (五常市市场监督管理局知识产权股);
- an item whose own note names only helpers ((旗科技局配合)) stopped a 以上任务由A牵头落实 note closing the list:
  the items before it went to the issuing government, and it had helpers and no lead;
- a 职责分工 chapter of "单位：负责…" lines put every unit on the chapter, each alone responsible for all of
  it: each line is a clause of its own, that unit's duties;
- a town's or a subdistrict's bare name before a colon on such a line (大石头镇：负责…) was no unit when the
  gazetteer does not know the town;
- a task table whose header is written in English alone (No. | Task | Lead unit | Supporting units) was no
  task table;
- a subdistrict's own offices in its plan (街道党政办, 街道办事处党政办) were named as its district's
  (重庆市涪陵区街道党政办): they are the subdistrict's (重庆市涪陵区崇义街道党政办), one office however written;
- 由A负责，B、C按职责分工配合 and A、B分别负责… were prose or nobody's: A leads and B, C support; each of A and B
  carries its part (joint; lead before helpers).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import extracted, named_units, plan_units

MEITAN = "湄潭县知识产权强县建设2024年工作要点\n为深入推进知识产权强县建设，结合我县实际，制定本要点。\n"
WUCHANG_BUREAU = "五常市市场监督管理局2024年知识产权工作要点\n为做好2024年全局知识产权工作，制定本要点。\n"
ZHUNGEER = "准格尔旗知识产权工作实施方案\n为推动全旗知识产权事业高质量发展，制定本方案。\n"
CHENGGUAN = "兰州市城关区知识产权强区建设工作方案\n为加快知识产权强区建设，结合我区实际，制定本方案。\n"
DUNHUA = "敦化市知识产权强县建设试点工作方案\n为推进知识产权强县建设试点工作，制定本方案。\n"
SHAYIBAKE = "# 乌鲁木齐市沙依巴克区知识产权工作要点（2024年）\n\n为深入推进知识产权强区建设，制定本要点。\n\n"
CHONGYI = "重庆市涪陵区崇义街道知识产权工作方案\n为推动辖区知识产权工作，结合街道实际，制定本方案。\n"
HENGZHOU = "横州市知识产权强市建设工作方案\n为加快推进知识产权强市建设，制定本方案。\n"


def test_a_body_in_consultation_with_another_leads_it() -> None:
    got = plan_units(
        MEITAN,
        "一、强化知识产权创造\n（一）推进茶产业专利培育。县科技局商县农业农村局开展茶叶加工技术专利布局。\n"
        "（二）加强地理标志培育。做好“湄潭翠芽”地理标志运用促进工作。（责任单位：县市场监管局商县农业农村局、"
        "县林业局）\n（三）完善扶持政策。由县工信局商县财政局负责，县科技局配合。\n"
        "（四）加强商标品牌指导。县市场监管局商标股负责商标注册指导。\n"
        "（五）开展税收优惠政策宣传。（牵头单位：国家税务总局商城县税务局）\n",
    )
    assert got["一.(一)"] == [("县科技局", "lead", "prose"), ("县农业农村局", "support", "prose")]
    assert got["一.(二)"] == [
        ("县市场监管局", "lead", "annotation"),
        ("县农业农村局", "support", "annotation"),
        ("县林业局", "support", "annotation"),
    ]
    assert got["一.(三)"] == [
        ("县工信局", "lead", "annotation"),
        ("县财政局", "support", "annotation"),
        ("县科技局", "support", "annotation"),
    ]
    # 商标 is no partner word: the bureau's section is no second body
    assert ("县市场监管局商标股", "implicit", "prose") not in got["一.(四)"]
    assert all(surface != "标股" for surface, _, _ in got["一.(四)"])
    # nor is the 商 opening a place's name
    assert got["一.(五)"] == [("国家税务总局商城县税务局", "lead", "annotation")]


def test_the_bodies_a_department_guides_carry_the_work() -> None:
    got = plan_units(
        MEITAN,
        "一、加强知识产权保护\n（一）开展执法行动。县市场监管局指导各乡镇开展商标侵权专项整治，县公安局配合。\n"
        "（二）推进纠纷调解。县司法局指导县知识产权纠纷人民调解委员会开展调解工作。\n"
        "（三）开展专利导航。县市场监管局指导开展茶产业专利导航分析。\n"
        "（四）推进专利布局。县科技局指导企业开展专利布局。\n",
    )
    assert got["一.(一)"] == [
        ("各乡镇", "lead", "prose"),
        ("县市场监管局", "support", "prose"),
        ("县公安局", "support", "prose"),
    ]
    assert got["一.(二)"] == [
        ("县知识产权纠纷人民调解委员会", "lead", "prose"),
        ("县司法局", "support", "prose"),
    ]
    assert got["一.(三)"] == [("县市场监管局", "implicit", "prose")]
    assert got["一.(四)"] == [("县科技局", "implicit", "prose")]


def test_a_bureau_s_own_plan_names_its_sections_as_its_own() -> None:
    doc, _ = extracted(
        WUCHANG_BUREAU
        + "一、重点任务\n（一）推进地理标志保护。开展地理标志专用标志使用核准。（责任科室：知识产权股、法规科）\n"
        "（二）开展知识产权宣传周活动。（责任处室：办公室、知识产权股）\n"
    )
    names = {r.agency.surface: r.agency.name for t in doc.tasks for r in t.responsibilities}
    assert names == {
        "知识产权股": "五常市市场监督管理局知识产权股",
        "法规科": "五常市市场监督管理局法规科",
        "办公室": "五常市市场监督管理局办公室",
    }
    ids = {r.agency.id for t in doc.tasks for r in t.responsibilities if r.agency.surface == "知识产权股"}
    assert len(ids) == 1
    assert {a.region_id for a in doc.agencies if a.name.endswith("股")} == {"230184"}


def test_an_item_naming_only_helpers_still_takes_the_lead_of_a_note_on_the_tasks_above() -> None:
    got = plan_units(
        ZHUNGEER,
        "一、主要任务\n（一）提升创造质量\n1.支持煤化工企业开展核心技术专利布局。\n"
        "2.开展高价值专利培育工程。（旗科技局、旗工信局配合）\n3.推动高校院所专利转化。（配合单位：旗教育局）\n"
        "以上任务由旗市场监管局牵头落实。\n二、强化保护\n4.开展知识产权执法专项行动。（旗市场监管局负责）\n",
    )
    lead = ("旗市场监管局", "lead", "annotation")
    assert got["一.(一).1"] == [lead]
    assert got["一.(一).2"] == [
        ("旗科技局", "support", "annotation"),
        ("旗工信局", "support", "annotation"),
        lead,
    ]
    assert got["一.(一).3"] == [("旗教育局", "support", "annotation"), lead]
    assert got["二.4"] == [("旗市场监管局", "sole", "annotation")]


def test_each_line_of_a_duties_chapter_is_its_unit_s_clause() -> None:
    doc, _ = extracted(
        CHENGGUAN + "一、重点任务\n（一）加强知识产权保护。开展执法专项行动。\n"
        "（二）培育高价值专利。（责任处室：知识产权促进处）\n二、职责分工\n"
        "区市场监管局：负责知识产权强区建设的统筹协调，牵头开展知识产权执法。\n"
        "区科技局：负责高新技术企业专利培育工作。\n区商务局、区司法局：配合做好展会知识产权保护工作。\n"
    )
    got = named_units(doc)
    assert got["二"] == []
    assert got["二.区市场监管局"] == [("区市场监管局", "sole", "annotation")]
    assert got["二.区科技局"] == [("区科技局", "sole", "annotation")]
    assert got["二.区商务局、区司法局"] == [
        ("区商务局", "support", "annotation"),
        ("区司法局", "support", "annotation"),
    ]
    titles = {t.path: t.title for t in doc.tasks if t.kind == "clause"}
    assert titles["二.区科技局"] == "负责高新技术企业专利培育工作"
    assert all(t.parent == f"{doc.id}/task/二" for t in doc.tasks if t.kind == "clause")
    # a district's plan is no department's: a section it names stays as written, in the district
    section = [r.agency.name for t in doc.tasks if t.path == "一.(二)" for r in t.responsibilities]
    assert section == ["兰州市城关区知识产权促进处"]


def test_towns_and_subdistricts_named_bare_on_lines_of_duties() -> None:
    doc, _ = extracted(
        DUNHUA + "一、主要任务\n（一）推进地理标志运用。开展“敦化黄芪”地理标志推广。\n"
        "（二）特色小镇：负责培育一批知识产权特色小镇。\n（三）新型城镇：配合推进城镇品牌建设。\n二、职责分工\n"
        "市市场监管局：负责试点工作的组织协调和督促检查。\n大石头镇：负责辖区内地理标志产品种植基地建设。\n"
        "胜利街道：配合做好辖区内商户知识产权宣传工作。\n"
    )
    got = named_units(doc)
    assert got["二.大石头镇"] == [("大石头镇", "sole", "annotation")]
    assert got["二.胜利街道"] == [("胜利街道", "support", "annotation")]
    types = {r.agency.surface: r.agency.type for t in doc.tasks for r in t.responsibilities}
    assert types["大石头镇"] == "town"
    assert types["胜利街道"] == "subdistrict"
    # a kind of town before a colon is the item's title, no unit
    assert got["一.(二)"] == []
    assert got["一.(三)"] == []


def test_a_task_table_headed_in_english() -> None:
    doc, _ = extracted(
        SHAYIBAKE + "## 一、重点任务分工\n\n| No. | Task | Lead unit | Supporting units | Deadline |\n"
        "|---|---|---|---|---|\n| 1 | 开展知识产权执法专项行动 | 区市场监管局 | 区公安分局、区商务局 | 2024年12月底 |\n"
        "| 2 | 推进专利转化运用 | 区科技局 | 区工信局 | 2024年10月底 |\n",
        "shayibake.md",
    )
    rows = {t.title: t for t in doc.tasks if t.kind == "table_row"}
    assert set(rows) == {"开展知识产权执法专项行动", "推进专利转化运用"}
    first = rows["开展知识产权执法专项行动"]
    assert [(r.agency.surface, r.role) for r in first.responsibilities] == [
        ("区市场监管局", "lead"),
        ("区公安分局", "support"),
        ("区商务局", "support"),
    ]
    assert first.deadline_date == "2024-12"


def test_an_english_column_of_people_is_no_unit_column() -> None:
    doc, _ = extracted(
        SHAYIBAKE + "| No. | Task | Leader in charge | Lead unit | Deadline |\n|---|---|---|---|---|\n"
        "| 1 | 开展知识产权执法专项行动 | 副区长 | 区市场监管局 | 2024年12月底 |\n",
        "shayibake.md",
    )
    rows = [t for t in doc.tasks if t.kind == "table_row"]
    assert [[(r.agency.surface, r.role) for r in t.responsibilities] for t in rows] == [
        [("区市场监管局", "lead")]
    ]


def test_a_subdistrict_s_own_offices_are_its_own() -> None:
    doc, _ = extracted(
        CHONGYI
        + "一、工作任务\n（一）开展商标品牌培育。引导辖区企业注册商标。（责任单位：街道经济发展办公室，"
        "配合单位：街道党政办）\n（二）开展知识产权宣传。（责任单位：街道办事处党政办、崇义街道平安办）\n"
        "（三）开展市场巡查。（牵头单位：区市场监管局；配合单位：街道平安办）\n"
    )
    names = {r.agency.surface: r.agency.name for t in doc.tasks for r in t.responsibilities}
    assert names == {
        "街道经济发展办公室": "重庆市涪陵区崇义街道经济发展办公室",
        "街道党政办": "重庆市涪陵区崇义街道党政办",
        "街道办事处党政办": "重庆市涪陵区崇义街道党政办",
        "崇义街道平安办": "重庆市涪陵区崇义街道平安办",
        "街道平安办": "重庆市涪陵区崇义街道平安办",
        "区市场监管局": "重庆市涪陵区市场监督管理局",
    }
    ids = {r.agency.surface: r.agency.id for t in doc.tasks for r in t.responsibilities}
    assert ids["街道党政办"] == ids["街道办事处党政办"]
    assert ids["街道平安办"] == ids["崇义街道平安办"]


def test_helpers_by_their_duties_and_bodies_each_doing_their_part() -> None:
    got = plan_units(
        HENGZHOU,
        "一、重点任务\n（一）推进茉莉花地理标志保护。由市市场监管局负责，市农业农村局、市林业局按职责分工配合。\n"
        "（二）培育高价值专利。市科技局、市工信局分别负责高校院所和工业企业高价值专利培育工作。\n"
        "（三）推进品牌建设。推动商标品牌培育。市科技局、市工信局分别负责。\n"
        "（四）开展知识产权金融服务。（市金融办、市财政局分别负责，人民银行横州市支行配合）\n",
    )
    assert got["一.(一)"] == [
        ("市市场监管局", "lead", "annotation"),
        ("市农业农村局", "support", "annotation"),
        ("市林业局", "support", "annotation"),
    ]
    # each carries its part in prose as in a note (round 31: they were implicit)
    assert got["一.(二)"] == [("市科技局", "joint", "prose"), ("市工信局", "joint", "prose")]
    assert got["一.(三)"] == [("市科技局", "joint", "annotation"), ("市工信局", "joint", "annotation")]
    assert got["一.(四)"] == [
        ("市金融办", "lead", "annotation"),
        ("市财政局", "lead", "annotation"),
        ("人民银行横州市支行", "support", "annotation"),
    ]


_ENGLISH_HEADERS = ("Task", "Lead unit", "Supporting units", "Deadline")


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.sampled_from([str.lower, str.upper, str.title, lambda s: s.replace(" ", "  ")]),
        min_size=4,
        max_size=4,
    )
)
def test_english_headers_read_whatever_their_case_and_spacing(styles) -> None:
    header = ["No."] + [style(words) for style, words in zip(styles, _ENGLISH_HEADERS, strict=True)]
    text = (
        "| "
        + " | ".join(header)
        + " |\n|---|---|---|---|---|\n| 1 | 开展专利导航 | 县科技局 | 县工信局 | 2024年 |\n"
    )
    doc, _ = extracted("某县知识产权工作要点\n一、重点任务\n\n" + text, "plan.md")
    rows = [t for t in doc.tasks if t.kind == "table_row"]
    assert [[(r.agency.surface, r.role) for r in t.responsibilities] for t in rows] == [
        [("县科技局", "lead"), ("县工信局", "support")]
    ]


#: Characters of towns' names (小 left out: 小镇 is a kind of town, no town's name).
_TOWN_CHARS = "东西南北大金石河山湖泉林柳桥沟岭坪"


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=_TOWN_CHARS, min_size=2, max_size=4), st.sampled_from(["镇", "乡", "街道"]))
def test_any_bare_town_opening_a_line_of_duties_is_its_unit(place: str, word: str) -> None:
    town = place + word
    doc, _ = extracted(
        DUNHUA + "一、主要任务\n（一）推进地理标志运用。开展推广。\n二、职责分工\n"
        f"市市场监管局：负责组织协调。\n{town}：负责辖区内宣传工作。\n"
    )
    got = named_units(doc)
    assert got[f"二.{town}"] == [(town, "sole", "annotation")]
