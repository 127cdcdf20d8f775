"""Round 25: who does each task and in what role, as plans of places and levels the tests did not cover
write it (a county of Ningxia, an autonomous county of Qinghai and one of Hainan, districts of Dalian, Jinan,
Haikou and Qingdao, a development zone of Xining).

What was read wrong before:

- an item naming its own doer (4.培育地理标志。县农业农村局负责。) right before 以上任务由A牵头落实 took A as well:
  two bodies doing one task, each alone; an item's own note wins, and a note on the tasks above fills only
  those naming no doer of their own (以上两项工作由A负责 too);
- 区科技局、区工信局，区市场监管局配合。 written as a sentence (not in brackets) named the helper only: the
  units before the comma lead, as they do in a note (（区科技局、区工信局，区市场监管局配合））;
- lines of a 职责分工 chapter opening with a town's government or a zone's committee whose place the
  gazetteer does not know (营根镇人民政府：负责…, 湾岭农产品加工区管委会：负责…) lost the unit, or kept a
  piece of its name (区管委会);
- 区知产局, 区知识产权办, 区审批局 were bodies of no type (知产局 as written), not the IP office and the
  approval bureau;
- a task table whose header is written again in English right below it (No. | Task | Lead unit | …) took the
  English row as a task, with bodies called Lead and unit;
- A会同B、C共同负责 made B and C joint with A leading: beside a named lead they help (support), as after 会同.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ontology.vocab import agency_vocabulary
from tests.plans import extracted, named_units, plan_units, resolved_agency

LONGDE = "隆德县知识产权强县建设2024年工作要点\n为深入实施知识产权强区战略，结合我县实际，制定本要点。\n"
HUZHU = "互助土族自治县知识产权工作实施方案\n为推动全县知识产权事业高质量发展，制定本方案。\n"
QIONGZHONG = "琼中黎族苗族自治县知识产权强县试点工作方案\n为加快知识产权强县试点建设，制定本方案。\n"
GANJINGZI = "大连市甘井子区知识产权工作要点（2024年）\n为深入推进知识产权强区建设，制定本要点。\n"
LONGHUA = "海口市龙华区知识产权强区建设工作方案\n为加快知识产权强区建设，制定本方案。\n"
XINING_ZONE = "西宁经济技术开发区知识产权工作要点（2024年）\n为加强开发区知识产权工作，制定本要点。\n"


def test_an_items_own_doer_wins_over_a_note_on_the_tasks_above() -> None:
    got = plan_units(
        LONGDE,
        "一、强化知识产权创造\n（一）提升专利质量\n1.引导企业开展专利布局。\n2.开展高价值专利培育。（责任单位：县科技局）\n"
        "（二）推进商标品牌建设\n3.支持申请注册集体商标。\n4.培育地理标志。县农业农村局负责。\n"
        "以上任务由县市场监管局牵头落实。\n二、加强知识产权保护\n（一）加强行政执法。开展“铁拳”行动。\n",
    )
    assert got["一.(一).2"] == [("县科技局", "sole", "annotation")]
    assert got["一.(二).3"] == [("县市场监管局", "lead", "annotation")]
    assert got["一.(二).4"] == [("县农业农村局", "sole", "annotation")]


def test_a_note_counting_the_tasks_above_fills_only_those_naming_no_doer() -> None:
    got = plan_units(
        LONGHUA,
        "一、主要任务\n（一）加强知识产权保护\n1.开展“双打”专项行动。\n2.推进商标专用权保护。\n"
        "3.开展电商领域专项整治。区市监局负责。\n以上任务由区市监局牵头落实，区商务局配合。\n"
        "（二）推进知识产权运用\n4.开展专利质押融资。区金融办、区知产局负责，区财政局配合。\n5.推进专利开放许可。\n"
        "以上两项工作由区科工信局负责。\n",
    )
    for path in ("一.(一).1", "一.(一).2"):
        assert got[path] == [("区市监局", "lead", "annotation"), ("区商务局", "support", "annotation")]
    assert got["一.(一).3"] == [("区市监局", "sole", "annotation")]
    assert got["一.(二).4"] == [
        ("区金融办", "lead", "annotation"),
        ("区知产局", "lead", "annotation"),
        ("区财政局", "support", "annotation"),
    ]
    assert got["一.(二).5"] == [("区科工信局", "sole", "annotation")]


def test_units_before_helpers_in_a_sentence_of_their_own_lead() -> None:
    got = plan_units(
        GANJINGZI,
        "一、重点任务\n（一）推进专利转化。开展专利开放许可试点。区科技局、区工信局，区市场监管局配合。\n"
        "（二）加强纠纷调解。区司法局、区法院，区市监局配合，2024年12月底前完成。\n"
        "（三）开展知识产权保险。区金融服务中心、区市场监管局负责，区财政局配合。\n"
        "（四）推进运用。推动专利产业化，区财政局配合。\n",
    )
    assert got["一.(一)"] == [
        ("区科技局", "lead", "annotation"),
        ("区工信局", "lead", "annotation"),
        ("区市场监管局", "support", "annotation"),
    ]
    assert got["一.(二)"] == [
        ("区司法局", "lead", "annotation"),
        ("区法院", "lead", "annotation"),
        ("区市监局", "support", "annotation"),
    ]
    assert got["一.(三)"][0] == ("区金融服务中心", "lead", "annotation")  # as before
    assert got["一.(四)"] == [("区财政局", "support", "annotation")]  # work, not names, before the helpers


UNITS = ["区科技局", "区工信局", "区市场监管局", "区财政局", "区公安分局", "区司法局"]


@settings(max_examples=30, deadline=None)
@given(
    st.lists(st.sampled_from(UNITS), min_size=1, max_size=3, unique=True),
    st.lists(st.sampled_from(UNITS), min_size=1, max_size=2, unique=True),
)
def test_names_before_helpers_read_as_the_same_note_in_brackets(leads: list[str], helpers: list[str]) -> None:
    if set(leads) & set(helpers):
        return
    words = "、".join(leads) + "，" + "、".join(helpers) + "配合"
    sentence = plan_units(GANJINGZI, f"一、重点任务\n（一）推进专利转化。开展专利开放许可试点。{words}。\n")
    bracket = plan_units(GANJINGZI, f"一、重点任务\n（一）推进专利转化。开展专利开放许可试点。（{words}）\n")
    assert [(s, r) for s, r, _ in sentence["一.(一)"]] == [(s, r) for s, r, _ in bracket["一.(一)"]]
    assert [r for _, r, _ in sentence["一.(一)"]] == ["lead"] * len(leads) + ["support"] * len(helpers)


def test_a_duties_line_of_a_body_of_a_place_the_gazetteer_does_not_know() -> None:
    doc, _ = extracted(
        QIONGZHONG + "一、主要任务\n（一）推进绿橙地理标志保护。\n二、职责分工\n"
        "县市场监管局：负责试点工作的组织协调。\n营根镇人民政府：负责辖区内知识产权宣传工作。\n"
        "湾岭农产品加工区管委会：负责园区企业知识产权服务。\n"
    )
    # each line is a clause of the chapter, its unit's duties (round 26: no longer all on the chapter)
    units = named_units(doc)
    assert units["二"] == []
    for unit in ("县市场监管局", "营根镇人民政府", "湾岭农产品加工区管委会"):
        assert units[f"二.{unit}"] == [(unit, "sole", "annotation")]
    types = {r.agency.surface: r.agency.id for t in doc.tasks for r in t.responsibilities}
    assert types["营根镇人民政府"].startswith("agency/469030/")
    # a title of work before a colon is still no unit
    got = plan_units(
        QIONGZHONG,
        "一、主要任务\n（一）建设知识产权特色小镇：在营根镇开展试点。\n（二）推动各镇政府加强宣传：开展宣传周活动。\n",
    )
    assert got["一.(一)"] == []
    assert got["一.(二)"] == []


def test_place_named_ends_are_type_aliases() -> None:
    vocab = agency_vocabulary()
    aliases = {a for t in vocab.types for a in t.aliases}
    assert set(vocab.place_named_ends) <= aliases
    assert "镇" not in vocab.place_named_ends  # 特色小镇 is work


def test_abbreviated_bureaus_are_their_types() -> None:
    assert resolved_agency("460106", "区知产局")[1:3] == ("海口市龙华区知识产权局", "ip_office")
    assert resolved_agency("640423", "县知识产权办")[2] == "ip_office"
    assert resolved_agency("630223", "县审批局")[2] == "admin_approval"
    assert resolved_agency("630223", "县行政审批服务局")[2] == "admin_approval"
    assert resolved_agency("460106", "区市监局")[2] == "market_regulation"  # as before
    assert resolved_agency("460106", "区人社局")[2] == "hr_social_security"  # as before


def test_a_header_written_again_in_english_below_it_is_no_row() -> None:
    doc, _ = extracted(
        "# 青岛市崂山区知识产权工作任务分工\n\n| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |\n"
        "| --- | --- | --- | --- | --- |\n| No. | Task | Lead unit | Supporting units | Deadline |\n"
        "| 1 | 推进专利转化运用 | 区知产局 | 区财政局 | 2024年12月 |\n"
        "| 2 | 加强知识产权保护 | 区市监局 | 区公安分局 | 持续推进 |\n",
        "plan.md",
    )
    got = named_units(doc)
    assert list(got) == ["表1.1", "表1.2"]
    assert got["表1.1"] == [("区知产局", "lead", "table"), ("区财政局", "support", "table")]
    # English words beside the Chinese ones in one header row read as before
    got = plan_units(
        "",
        "# 银川经济技术开发区知识产权工作任务分工\n\n"
        "| 序号 | 工作任务 Task | 牵头单位 Lead unit | 配合单位 Supporting units | 完成时限 Deadline |\n"
        "| --- | --- | --- | --- | --- |\n| 1 | 推进专利转化运用 | 经济发展局 | 企业服务局、区知产局 | 2024年12月 |\n",
        "plan.md",
    )
    assert [(s, r) for s, r, _ in got["表1.1"]] == [
        ("经济发展局", "lead"),
        ("企业服务局", "support"),
        ("区知产局", "support"),
    ]


def test_units_working_together_with_a_lead_help_it() -> None:
    got = plan_units(
        XINING_ZONE,
        "一、重点工作\n（一）推进企业贯标。由经济发展局会同企业服务局负责。\n"
        "（二）开展知识产权培训。经济发展局会同人社局、企业服务局共同负责。\n"
        "（三）推进专利导航。（牵头领导：管委会副主任；牵头单位：经济发展局；配合单位：科技局）\n"
        "（四）开展宣传。（区科技局、区市场监管局共同负责）\n",
    )
    assert got["一.(一)"] == [("经济发展局", "lead", "annotation"), ("企业服务局", "support", "annotation")]
    assert got["一.(二)"] == [
        ("经济发展局", "lead", "annotation"),
        ("人社局", "support", "annotation"),
        ("企业服务局", "support", "annotation"),
    ]
    assert got["一.(三)"] == [("经济发展局", "lead", "annotation"), ("科技局", "support", "annotation")]
    assert [r for _, r, _ in got["一.(四)"]] == ["joint", "joint"]  # no lead: they share it, as before
