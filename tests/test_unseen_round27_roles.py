"""Round 27: who does each task and in what role, as plans of places the tests did not cover write it
(counties of Hunan, Jiangxi, Yunnan, Guizhou, Sichuan and Hubei, a district of Pingliang in Gansu, a
county-level city of Honghe in Yunnan, a district of Chongqing).

What was read wrong before:

- A商请B支持… / A商请B配合 (A asks B for its help) was one body (县市场监管局商请县公安局), in a sentence and in
  a note; 配合单位：商请县仲裁委员会 named a body 商请县仲裁委员会, and a 商请单位 label none: A leads, B supports;
  so does a clause opening with 商请 (or 会同, 联合) after a clause naming A (县市场监管局负责，商请郴州海关支持),
  where both were A's and B's own work;
- A会同B… where the work after B opens with a word that is also a name's (建设, 推广: 县科技创新服务中心会同县工信局
  建设…) dropped B, and a body ending in 馆 (县文化馆会同县文旅局…) was no body: B supports A;
- a guide between a lead and its helpers written other than 指导 (负责指导, 督促指导) dropped the guide and
  the helpers after it: the guide supports, as 指导 does, and so does a 指导单位 label; an overseer there
  (县司法局督导) dropped the helpers after it: they support, the overseer is no unit (as a 督办单位 field);
- A负总责，B具体实施 named nobody: A leads, B supports;
- a note in which one clause gives a body its own work (（县科技局牵头，县财政局做好保障，县工信局配合）,
  （…，县科技局跟踪问效，…）) lost every unit after that clause: the lead and the helpers keep their roles and
  the body with its work (做好保障, 给予资金支持, 提供技术支持) supports, unless it only oversees the work
  (县司法局督导: no unit, as a 督办单位 field names none); in a sentence, a body with work no cue opens (县财政局跟踪问效) between a
  lead and its helpers lost the helpers;
- a task table typed with spaces that has a column of people (责任领导 with 副市长李某某) was no table, and
  one headed 主责部门 | 配合部门 (in Markdown or typed with spaces) had no lead column: its tasks were lost.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import plan_units

ANHUA = "安化县知识产权工作要点\n为做好全县知识产权工作，制定本要点。\n"
HUICHANG = "会昌县知识产权强县建设工作方案\n为深入推进知识产权强县建设，制定本方案。\n"
YUECHI = "岳池县知识产权工作要点\n为做好全县知识产权工作，制定本要点。\n"
TONGZI = "桐梓县知识产权强县建设工作方案\n为深入推进知识产权强县建设，制定本方案。\n"
NANZHANG = "南漳县知识产权工作要点\n为做好全县知识产权工作，制定本要点。\n"
MENGZI = "蒙自市知识产权工作要点\n为做好全市知识产权工作，制定本要点。\n"
QIJIANG = "# 綦江区知识产权工作要点\n\n为推进全区知识产权工作，制定本要点。\n\n"
RUCHENG = "汝城县知识产权工作方案\n为做好全县知识产权工作，制定本方案。\n"


def test_a_body_asking_another_for_its_help_leads_it() -> None:
    got = plan_units(
        ANHUA,
        "一、加强知识产权保护\n（一）开展联合执法。县市场监管局商请县公安局、县检察院支持，联合开展专项行动。\n"
        "（二）推进司法衔接。县司法局商请县人民法院配合，建立诉调对接机制。\n"
        "（三）推进仲裁调解。（牵头单位：县司法局；配合单位：商请县仲裁委员会）\n"
        "（四）加强海关保护。县市场监管局负责，商请郴州海关支持。\n"
        "（五）加强金融支持。（县金融办商请人民银行安化县支行配合）\n"
        "（六）推进协作。（牵头单位：县市场监管局；配合单位：县公安局；商请单位：郴州海关）\n",
    )
    assert got["一.(一)"] == [
        ("县市场监管局", "lead", "prose"),
        ("县公安局", "support", "prose"),
        ("县检察院", "support", "prose"),
    ]
    assert got["一.(二)"] == [("县司法局", "lead", "annotation"), ("县人民法院", "support", "annotation")]
    assert got["一.(三)"] == [("县司法局", "lead", "annotation"), ("县仲裁委员会", "support", "annotation")]
    assert got["一.(四)"] == [("县市场监管局", "lead", "prose"), ("郴州海关", "support", "prose")]
    assert got["一.(五)"] == [
        ("县金融办", "lead", "annotation"),
        ("人民银行安化县支行", "support", "annotation"),
    ]
    assert got["一.(六)"] == [
        ("县市场监管局", "lead", "annotation"),
        ("县公安局", "support", "annotation"),
        ("郴州海关", "support", "annotation"),
    ]


def test_the_partners_of_a_body_before_work_no_cue_opens() -> None:
    got = plan_units(
        HUICHANG,
        "一、提升知识产权服务\n（一）建设服务平台。县科技创新服务中心会同县工信局建设知识产权公共服务平台。\n"
        "（二）推广新品种。县农业技术推广中心会同县农业农村局推广植物新品种。\n"
        "（三）推进版权宣传。县文化馆会同县文旅局开展版权宣传。\n"
        "（四）建设维权通道。县知识产权保护中心会同县科技局、县工信局建设快速维权通道。\n",
    )
    assert got["一.(一)"] == [("县科技创新服务中心", "lead", "prose"), ("县工信局", "support", "prose")]
    assert got["一.(二)"] == [("县农业技术推广中心", "lead", "prose"), ("县农业农村局", "support", "prose")]
    assert got["一.(三)"] == [("县文化馆", "lead", "prose"), ("县文旅局", "support", "prose")]
    assert got["一.(四)"] == [
        ("县知识产权保护中心", "lead", "prose"),
        ("县科技局", "support", "prose"),
        ("县工信局", "support", "prose"),
    ]


def test_a_guide_beside_a_lead_supports_it_and_an_overseer_is_no_unit() -> None:
    got = plan_units(
        YUECHI,
        "一、重点工作\n（一）推进培育。开展培育。（县科技局牵头，县市场监管局负责指导，县工信局配合）\n"
        "（二）推进执法。开展执法。（县市场监管局牵头，县司法局督导，县公安局配合）\n"
        "（三）推进宣传。开展宣传。（县委宣传部牵头，县市场监管局督促指导，县文旅局、县融媒体中心配合）\n"
        "（四）推进服务。建设服务站。（指导单位：市市场监管局；责任单位：县市场监管局）\n",
    )
    assert got["一.(一)"] == [
        ("县科技局", "lead", "annotation"),
        ("县市场监管局", "support", "annotation"),
        ("县工信局", "support", "annotation"),
    ]
    # the overseer does none of the work (as a 督办单位 field names no unit); the helpers after it stay
    assert got["一.(二)"] == [("县市场监管局", "lead", "annotation"), ("县公安局", "support", "annotation")]
    assert got["一.(三)"] == [
        ("县委宣传部", "lead", "annotation"),
        ("县市场监管局", "support", "annotation"),
        ("县文旅局", "support", "annotation"),
        ("县融媒体中心", "support", "annotation"),
    ]
    assert got["一.(四)"] == [
        ("市市场监管局", "support", "annotation"),
        ("县市场监管局", "lead", "annotation"),
    ]


def test_overall_charge_leads_and_means_lent_support() -> None:
    got = plan_units(
        TONGZI,
        "一、重点任务\n（一）推进金融。开展质押融资。（县金融办负总责，县财政局具体实施）\n"
        "（二）推进转化。开展专利转化。（县科技局牵头负总责，县财政局给予资金支持）\n"
        "（三）推进培训。开展培训。（县人社局牵头，县市场监管局提供技术支持，县教育局配合）\n",
    )
    assert got["一.(一)"] == [("县金融办", "lead", "annotation"), ("县财政局", "support", "annotation")]
    assert got["一.(二)"] == [("县科技局", "lead", "annotation"), ("县财政局", "support", "annotation")]
    assert got["一.(三)"] == [
        ("县人社局", "lead", "annotation"),
        ("县市场监管局", "support", "annotation"),
        ("县教育局", "support", "annotation"),
    ]


def test_a_note_giving_one_body_its_own_work_keeps_the_others() -> None:
    got = plan_units(
        NANZHANG,
        "一、重点工作\n（一）推进培育。开展培育。（县科技局牵头，县财政局做好保障，县工信局配合）\n"
        "（二）推进服务。开展服务。（县市场监管局牵头，县科技局跟踪问效，县财政局配合）\n"
        "（三）推进培训。开展培训。（县人社局牵头，县市场监管局协调，县教育局配合）\n",
    )
    assert got["一.(一)"] == [
        ("县科技局", "lead", "annotation"),
        ("县财政局", "support", "annotation"),
        ("县工信局", "support", "annotation"),
    ]
    assert got["一.(二)"] == [
        ("县市场监管局", "lead", "annotation"),
        ("县科技局", "support", "annotation"),
        ("县财政局", "support", "annotation"),
    ]
    assert got["一.(三)"] == [
        ("县人社局", "lead", "annotation"),
        ("县市场监管局", "support", "annotation"),
        ("县教育局", "support", "annotation"),
    ]


def test_a_table_typed_with_spaces_beside_a_column_of_people() -> None:
    got = plan_units(
        MENGZI,
        "一、重点工作\n序号  工作任务  责任领导  牵头单位  配合单位  完成时限\n"
        "1  开展专利导航  副市长李某某  市市场监管局  市科技局、市工信局  2024年12月底\n"
        "2  推进质押融资  副市长王某  市金融办  市财政局  2024年9月底\n",
    )
    assert got["一.表1.1"] == [
        ("市市场监管局", "lead", "table"),
        ("市科技局", "support", "table"),
        ("市工信局", "support", "table"),
    ]
    assert got["一.表1.2"] == [("市金融办", "lead", "table"), ("市财政局", "support", "table")]
    people = {surface for units in got.values() for surface, _, _ in units}
    assert not any("李某某" in s or "王某" in s for s in people)


def test_a_table_of_main_and_helping_departments() -> None:
    got = plan_units(
        QIJIANG,
        "## 一、重点任务\n\n| 序号 | 工作任务 | 主责部门 | 配合部门 | 完成时限 |\n|---|---|---|---|---|\n"
        "| 1 | 开展专利导航 | 区市场监管局 | 区科技局、区经信委 | 2024年12月 |\n"
        "| 2 | 推进质押融资 | 区金融发展服务中心 | 区财政局 | 2024年6月 |\n",
        name="plan.md",
    )
    assert got["一.表1.1"] == [
        ("区市场监管局", "lead", "table"),
        ("区科技局", "support", "table"),
        ("区经信委", "support", "table"),
    ]
    assert got["一.表1.2"] == [("区金融发展服务中心", "lead", "table"), ("区财政局", "support", "table")]
    spaced = plan_units(
        MENGZI,
        "一、重点工作\n序号  工作任务  主责部门  协同部门  完成时限\n"
        "1  开展专利导航  市市场监管局  市科技局  2024年12月底\n",
    )
    assert spaced["一.表1.1"] == [("市市场监管局", "lead", "table"), ("市科技局", "support", "table")]


_BUREAUS = (
    "县科技局",
    "县财政局",
    "县工信局",
    "县公安局",
    "县司法局",
    "县农业农村局",
    "县商务局",
    "县教育局",
)
#: What a body beside the lead and the helpers may be written doing (a guide's word, its means, its own work).
_MIDDLE = ("负责指导", "督促指导", "业务指导", "给予资金支持", "提供技术支持", "做好保障", "跟踪问效")


@settings(max_examples=25, deadline=None)
@given(
    st.permutations(_BUREAUS).map(lambda names: names[:3]),
    st.sampled_from(_MIDDLE),
    st.sampled_from(("（{a}牵头，{b}{w}，{c}配合）", "{a}牵头，{b}{w}，{c}配合。")),
)
def test_any_body_between_a_lead_and_its_helpers_supports(names: list[str], word: str, form: str) -> None:
    a, b, c = names
    note = form.format(a=a, b=b, c=c, w=word)
    got = plan_units(RUCHENG, f"一、重点工作\n（一）推进协作。开展协作。{note}\n")
    units = {surface: role for surface, role, _ in got["一.(一)"]}
    assert units[a] == "lead"
    assert units[c] == "support"
    if note.startswith("（"):  # in a note the body with its work is read too
        assert units[b] == "support"
    else:  # in a sentence it is the prose's when a cue follows it (做好), else nobody's
        assert units.get(b) in ("support", "implicit", None)
    assert set(units) <= {a, b, c}
