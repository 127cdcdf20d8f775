"""Round 36: who is responsible and in which role, as western county, prefecture and zone plans write it
(盐源县, 会东县, 临夏市, 沁县 and others), and as markdown reposts set a unit line.

What was read wrong before:

- a role word made a noun by the word after it (各牵头单位要切实履行牵头职责, 充分发挥牵头作用) was read as the
  role of the words before it: 各主责单位要切实履行 (whose 行 ends like a bank's name) became a body that
  leads, and a collective written with a partner word (…，协同单位要积极配合) lost its 协同 to a bare 单位 that
  supports it;
- 各乡镇做好配合 / 各乡镇（街道）做好配合工作 kept the verb in the collective's name (各乡镇做好, a unit of its
  own), not 各乡镇 supporting the lead;
- X统筹 / X负责统筹 before Y、Z分头落实 lost Y and Z (the coordinator alone, implicit or sole), and
  分头落实 closing a sentence's units named none of them;
- 按职责共同负责, 依据职能分别负责 and 按照“…”要求共同负责 after the units made no role clause: the units
  sharing the work were implicit, not joint;
- markdown's italics around a unit line (*责任单位：A（牵头），B、C*) made its closing * a lead mark of the
  last unit (C led beside A), a line of one unit a lead, and an italic label line's opening * or _ hid
  its label (*牵头单位：A；配合单位：B* lost A, _责任单位：A_ named no one);
- a verb bringing a body's part into play before it (充分发挥县知识产权工作领导小组统筹协调作用) was read
  into the body's name (a body 充分发挥县知识产权工作领导小组).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import extracted, plan_units

YANYUAN = "盐源县2024年知识产权工作要点\n为做好2024年全县知识产权工作，制定本要点。\n"
HUIDONG = "会东县2024年知识产权工作要点\n为做好2024年全县知识产权工作，制定本要点。\n"
QINXIAN = "沁县知识产权强县建设工作方案\n为加快知识产权强县建设，制定本方案。\n"
LINXIA_MD = (
    "# 临夏市2024年知识产权工作要点\n\n为做好2024年全市知识产权工作，制定本要点。\n\n## 一、重点任务\n\n"
)


def _surfaces(doc_units: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    return [(s, r) for s, r, _ in doc_units]


@settings(max_examples=12, deadline=None)
@given(
    st.sampled_from(["各主责单位", "各牵头单位", "牵头单位", "主责单位"]),
    st.sampled_from(["切实履行牵头职责", "认真履行牵头职责", "充分发挥牵头作用"]),
    st.sampled_from(["协同单位要积极配合", "各配合单位要主动配合", "各配合单位要切实履行配合职责"]),
)
def test_role_words_made_nouns_name_no_lead(leads: str, duty: str, helpers: str) -> None:
    doc, _ = extracted(
        YANYUAN + "一、重点工作\n1.开展专利申请服务。（牵头单位：县市场监管局；配合单位：县科技局）\n"
        f"二、工作要求\n{leads}要{duty}，{helpers}，于每季度末5日前报送工作进展。\n"
    )
    task = next(t for t in doc.tasks if t.path == "二")
    named = [(r.agency.surface, r.role) for r in task.responsibilities if r.basis != "issuer_default"]
    assert all(role == "implicit" for _, role in named)
    assert all("要" not in s and "履行" not in s and "发挥" not in s for s, _ in named)
    assert all(a.name.endswith(("单位", "局", "人民政府")) for a in doc.agencies), [
        a.name for a in doc.agencies
    ]
    assert (leads, "implicit") in named


def test_a_collectives_partner_word_stays_in_its_name() -> None:
    got = plan_units(YANYUAN, "二、工作要求\n各主责单位要切实履行牵头职责，协同单位要积极配合。\n")
    assert _surfaces(got["二"]) == [("各主责单位", "implicit"), ("协同单位", "implicit")]


@settings(max_examples=12, deadline=None)
@given(
    st.sampled_from(["各乡镇", "各乡镇（街道）", "各街道", "各园区"]),
    st.sampled_from(["做好配合", "做好配合工作"]),
    st.sampled_from(["县文广旅局负责", "县市监局牵头", "由县市监局牵头"]),
)
def test_collectives_told_to_help_support_the_lead(towns: str, helping: str, lead: str) -> None:
    got = plan_units(YANYUAN, f"一、重点工作\n1.推进版权登记。{lead}，{towns}{helping}。\n")
    roles = _surfaces(got["一.1"])
    assert roles[1:] == [(towns, "support")]
    assert roles[0][1] == "lead"


@settings(max_examples=12, deadline=None)
@given(
    st.sampled_from(
        [
            (c, w)
            for c in ("统筹", "负责统筹", "负责统筹协调")
            for w in ("分头落实", "分头负责", "分头抓好落实")
        ]
        # after a body answering for the work (负责), units carrying it out support it; 分头负责 there shares
        # the work with it, as 分别负责 does
        + [("负责", "分头落实"), ("负责", "分头抓好落实")]
    )
)
def test_units_each_carrying_their_part_support_the_coordinator(words: tuple[str, str]) -> None:
    coordinating, carrying = words
    got = plan_units(
        HUIDONG, f"一、重点工作\n1.推进专利转化。县科技局{coordinating}，县工科局、县农业农村局{carrying}。\n"
    )
    assert _surfaces(got["一.1"]) == [
        ("县科技局", "lead"),
        ("县工科局", "support"),
        ("县农业农村局", "support"),
    ]


def test_units_each_carrying_their_part_in_a_longer_sentence_are_named() -> None:
    got = plan_units(HUIDONG, "一、重点工作\n1.推进专利转化，县工科局、县农业农村局分头落实，年底前完成。\n")
    assert [s for s, _, _ in got["一.1"]] == ["县工科局", "县农业农村局"]


@settings(max_examples=16, deadline=None)
@given(
    st.sampled_from(["按职责", "按照职责", "依据职能", "根据职责", "按照“谁执法谁普法”要求", "按照统一部署"]),
    st.sampled_from(["共同负责", "分别负责"]),
)
def test_units_sharing_the_work_on_its_grounds_are_joint(grounds: str, word: str) -> None:
    got = plan_units(
        HUIDONG,
        f"一、重点工作\n1.推进执法。县市监局、县公安局{grounds}{word}。\n"
        f"2.推进普法。县司法局牵头，县市监局、县公安局{grounds}{word}。\n",
    )
    assert _surfaces(got["一.1"]) == [("县市监局", "joint"), ("县公安局", "joint")]
    # after a named lead, they support it
    assert _surfaces(got["一.2"]) == [("县司法局", "lead"), ("县市监局", "support"), ("县公安局", "support")]


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(["*", "_"]), st.sampled_from(["", "- "]))
def test_markdown_italics_around_a_unit_line_are_no_marks(mark: str, bullet: str) -> None:
    got = plan_units(
        LINXIA_MD,
        "**1.加强民族工艺知识产权保护。**推动传统工艺申请外观设计专利。\n\n"
        f"{bullet}{mark}责任单位：市文旅局（牵头），市市场监管局、市工信局{mark}\n\n"
        "**2.推动质押融资。**开展银企对接。\n\n"
        f"{bullet}{mark}责任单位：市财政局{mark}\n\n"
        "**3.推动专利导航。**开展专利导航。\n\n"
        f"{bullet}{mark}牵头单位：市科技局；配合单位：市财政局、市工信局{mark}\n\n"
        # a mark after a name, or after the last name of a bullet's line, still leads
        "**4.推动质押融资。**开展银企对接。\n\n责任单位：市金融办*、市财政局\n\n"
        "**5.推动商标品牌建设。**开展商标培育。\n\n* 责任单位：市商务局、市工信局*\n",
        name="plan.md",
    )
    assert _surfaces(got["一.1"]) == [
        ("市文旅局", "lead"),
        ("市市场监管局", "support"),
        ("市工信局", "support"),
    ]
    assert _surfaces(got["一.2"]) == [("市财政局", "sole")]
    assert _surfaces(got["一.3"]) == [("市科技局", "lead"), ("市财政局", "support"), ("市工信局", "support")]
    assert _surfaces(got["一.4"]) == [("市金融办", "lead"), ("市财政局", "support")]
    assert _surfaces(got["一.5"]) == [("市商务局", "support"), ("市工信局", "lead")]


@settings(max_examples=8, deadline=None)
@given(st.sampled_from(["充分发挥", "发挥好", "发挥"]))
def test_a_verb_bringing_a_body_into_play_is_no_part_of_its_name(verb: str) -> None:
    doc, _ = extracted(
        QINXIAN + "一、保障措施\n（一）加强组织领导。"
        f"{verb}县知识产权工作领导小组统筹协调作用，领导小组办公室设在县市场监管局。\n"
    )
    task = next(t for t in doc.tasks if t.path == "一.(一)")
    named = [(r.agency.surface, r.role) for r in task.responsibilities if r.basis != "issuer_default"]
    assert ("县知识产权工作领导小组", "implicit") in named
    assert not any(verb in a.name for a in doc.agencies)
