"""Round 37: who is responsible and in which role, as plans of 山东, 江苏, 安徽 and 上海 write it at province,
city, county and district level (淄博, 济南历城区, 临沂, 徐州, 苏州吴中区, 肥西县, 上海闵行区 and others).

What was read wrong before:

- unit names alone closing a paragraph with a full stop of their own (…推进知识产权信用监管。省发展改革委、
  省市场监管局。) named no one: only names without that stop were read, so the task fell to the issuer;
- a court named by its level without 人民 (市中级法院, 省高级法院, 徐州中级法院) kept the written name
  (徐州市中级法院), not its canonical 徐州市中级人民法院;
- a district's police branch named by the district's bare name (历城公安分局, 历城公安局 in a plan of 济南 or
  历城区, whose 历城 the gazetteer gives no short form) was a body of its own inside the plan's district
  (济南市历城区历城公安分局), not 济南市公安局历城分局, as 吴中公安分局 already was;
- a regulator's office's branch or group named after the office by its short name (江苏金融监管局徐州监管分局,
  江苏银保监局徐州监管分局, 上海金融监管局闵行监管组) was of no type: 金融监管局 there was read as the local
  finance bureau, and 监管分局 was no branch's level;
- the rest of a list after 会同 (…牵头，会同区财政局、区人社局等部门建立…) was a unit of its own (等部门, a
  collective the prose read as the sentence's subject);
- 省通信管理局 (which takes infringing sites down), 省药监局 and 省住房城乡建设厅 / 区住房城乡建设局 were of no type;
- a list's words pointing back at its units (责任单位：A、B，以上单位按职责分工负责; 上述部门要…) were a unit
  of their own (上单位, read after clean_name took 以 off), and the units before them led that unit instead
  of sharing the work;
- a collective followed by the verb answering for the work (各乡镇（园区）负责本辖区知识产权工作的组织实施)
  was read whole as one collective's name;
- a department's grassroots station (彭浦镇市场监管所, 县公安局上派派出所) was of no type;
- a note written without brackets closing with 下同 (…。市大数据局负责，下同。) spoke for its own task only;
- a task table's row with no lead in its 牵头单位 cell (blank, /, —, 无) made its 责任单位 units supporters
  of no one; they carry the work (sole, or joint);
- a body organising the work (…统筹，市市场监管局具体组织。) was named nowhere: 具体组织 was no role word;
- a municipality's numbered intermediate court or procuratorate branch written short (市三中院, 市检三分院)
  was a body apart from the same written in full (上海市第三中级人民法院, 上海市人民检察院第三分院);
- names a bracketed clause opens with (（由市市场监管局、市商务局会同市科技局推进）) were one name: the bracket
  left open before the partner word kept 、 from parting them;
- 各辖市区人民政府 (镇江, 常州) was one government of the city, not its county-level cities and districts
  gathered;
- a bracket after a name giving the body's share of the work (市市场监管局（负责专利）) stayed in its name,
  which then had no type;
- a bracket of bodies' names alone right after the work, closing the paragraph or an inline item before its ；
  (推进专利开放许可（市科技局、市教育局）。, 1.…（市科技局、市教育局）；2.…（市金融办）。) named no one: only
  such a bracket after a full stop was read. Examples in brackets (支持重点高校…（中国科大、合肥工大）) name none;
- the villages and communities gathered (各村（社区）, 各居委会, 各村（居）委会) were no collective.

A paragraph's last sentence closed by its own full stop is read as units alone only when it is nothing but
names that open and end like bodies (…。设立维权援助工作站。 is work; …。县科技局、县财政局每季度开展检查。
is prose with a subject).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import extracted, plan_units, resolved_agency

JIANGSU = "江苏省2025年知识产权强省建设工作要点\n为做好2025年全省知识产权工作，制定本要点。\n"
LINYI = "临沂市2025年知识产权工作要点\n为做好2025年全市知识产权工作，制定本要点。\n"
WUZHONG = "苏州市吴中区知识产权强区建设工作方案\n为加快推进知识产权强区建设，制定本方案。\n"
FEIXI = "肥西县2025年知识产权工作要点\n为做好2025年全县知识产权工作，制定本要点。\n"


def _roles(units: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    return [(s, r) for s, r, _ in units]


@settings(max_examples=15, deadline=None)
@given(
    st.sampled_from(
        ["推进知识产权信用监管。", "推进知识产权信用监管，加强信用修复。", "落实研发费用加计扣除政策；"]
    ),
    st.sampled_from(
        [
            ["省发展改革委", "省市场监管局"],
            ["省税务局", "省财政厅", "省科技厅"],
            ["省市场监管局（省知识产权局）", "省商务厅"],
        ]
    ),
    st.sampled_from(["。", "。 ", "；"]),
)
def test_units_closing_a_paragraph_with_their_own_stop(work: str, units: list[str], stop: str) -> None:
    got = plan_units(JIANGSU, f"一、重点任务\n1.{work}{'、'.join(units)}{stop}\n")
    assert _roles(got["一.1"]) == [(u, "joint") for u in units]


def test_one_unit_closing_a_paragraph_with_its_stop_carries_the_task_alone() -> None:
    got = plan_units(JIANGSU, "一、重点任务\n1.推进知识产权信用监管。省发展改革委。\n")
    assert _roles(got["一.1"]) == [("省发展改革委", "sole")]


@settings(max_examples=8, deadline=None)
@given(
    st.sampled_from(
        [
            ("320300", "市中级法院", "徐州市中级人民法院"),
            ("320300", "徐州中级法院", "徐州市中级人民法院"),
            ("320300", "省高级法院", "江苏省高级人民法院"),
            ("370100", "市中级法院", "济南市中级人民法院"),
            ("340100", "市中级法院", "合肥市中级人民法院"),
        ]
    )
)
def test_courts_named_by_their_level_without_renmin(case: tuple[str, str, str]) -> None:
    region, surface, name = case
    _, canonical, kind, _ = resolved_agency(region, surface)
    assert (canonical, kind) == (name, "court")


@settings(max_examples=10, deadline=None)
@given(
    st.sampled_from(["370112", "370100"]),  # 历城区, 济南市
    st.sampled_from(["历城公安分局", "历城公安局"]),
)
def test_a_police_branch_named_by_its_districts_bare_name(region: str, surface: str) -> None:
    agency_id, _, kind, placed = resolved_agency(region, surface)
    assert (kind, placed) == ("public_security", "370112")
    assert agency_id == resolved_agency(region, "历城区公安分局")[0]
    assert resolved_agency(region, "历城公安分局")[1] == "济南市公安局历城分局"


def test_a_sibling_districts_police_branch_in_its_citys_plan() -> None:
    _, canonical, kind, placed = resolved_agency("370100", "章丘公安分局")
    assert (canonical, kind, placed) == ("济南市公安局章丘分局", "public_security", "370114")


@settings(max_examples=8, deadline=None)
@given(
    st.sampled_from(["320300", "320312"]),  # 徐州市, 铜山区
    st.sampled_from(["江苏金融监管局徐州监管分局", "江苏银保监局徐州监管分局", "江苏银保监局徐州分局"]),
)
def test_a_regulators_branch_named_after_its_provinces_office(region: str, surface: str) -> None:
    _, canonical, kind, placed = resolved_agency(region, surface)
    assert (canonical, kind, placed) == (
        "国家金融监督管理总局徐州监管分局",
        "financial_regulator_branch",
        "320300",
    )


def test_a_regulators_group_named_after_a_municipalitys_office() -> None:
    _, _, kind, _ = resolved_agency("310112", "上海金融监管局闵行监管组")
    assert kind == "financial_regulator_branch"
    assert resolved_agency("310112", "区金融监管局")[2] == "local_finance"


@settings(max_examples=12, deadline=None)
@given(
    st.sampled_from(["由区市场监管局牵头，会同", "区市场监管局牵头，会同"]),
    st.sampled_from(["等部门", "等单位", "等相关部门"]),
    st.sampled_from(["建立联席会议制度。", "定期会商研判。"]),
)
def test_the_rest_of_a_list_after_a_partner_word_is_no_unit(lead: str, rest: str, work: str) -> None:
    got = plan_units(WUZHONG, f"一、保障措施\n（一）加强组织领导。{lead}区财政局、区人社局{rest}{work}\n")
    assert _roles(got["一.(一)"]) == [
        ("区市场监管局", "lead"),
        ("区财政局", "support"),
        ("区人社局", "support"),
    ]


@settings(max_examples=10, deadline=None)
@given(
    st.sampled_from(
        [
            ("320000", "省通信管理局", "江苏省通信管理局", "telecom_administration"),
            ("320300", "通信管理局", "江苏省通信管理局", "telecom_administration"),
            ("320000", "省药监局", "江苏省药品监督管理局", "drug_administration"),
            ("370000", "省药品监督管理局", "山东省药品监督管理局", "drug_administration"),
            ("320000", "省住房城乡建设厅", "江苏省住房和城乡建设厅", "housing"),
            ("320312", "区住房城乡建设局", "徐州市铜山区住房和城乡建设局", "housing"),
            ("310106", "彭浦镇市场监管所", "上海市静安区彭浦镇市场监管所", "grassroots_station"),
            ("340123", "县公安局上派派出所", "合肥市肥西县公安局上派派出所", "grassroots_station"),
        ]
    )
)
def test_bodies_plans_name_in_protection_tasks_are_typed(case: tuple[str, str, str, str]) -> None:
    region, surface, name, kind = case
    _, canonical, found, _ = resolved_agency(region, surface)
    assert (canonical, found) == (name, kind)


@settings(max_examples=15, deadline=None)
@given(
    st.sampled_from(["以上单位", "上述单位", "以上部门", "上述各单位", "前述单位", "以上单位均"]),
    st.sampled_from(["，", "；", "。"]),
    st.sampled_from(
        ["（责任单位：{units}{sep}{back}按职责分工负责）", "责任单位：{units}{sep}{back}按职责分工负责"]
    ),
)
def test_words_pointing_back_give_the_units_before_them_their_role(back: str, sep: str, form: str) -> None:
    note = form.format(units="市科技局、市财政局", sep=sep, back=back)
    got = plan_units(LINYI, f"一、重点任务\n1.加强专利工作。{note}\n")
    assert _roles(got["一.1"]) == [("市科技局", "joint"), ("市财政局", "joint")]


@settings(max_examples=8, deadline=None)
@given(
    st.sampled_from(
        ["以上单位要加强协作。", "上述部门要按季度报送进展。", "以上各单位要按季度报送进展情况。"]
    ),
)
def test_words_pointing_back_name_no_subject(sentence: str) -> None:
    doc, _ = extracted(
        LINYI + f"一、重点任务\n1.加强专利工作。开展评估，市科技局、市财政局负责。{sentence}\n"
    )
    assert all("上" not in a.name for a in doc.agencies), [a.name for a in doc.agencies]


@settings(max_examples=12, deadline=None)
@given(
    st.sampled_from(["各乡镇", "各乡镇（园区）", "各镇（街道）"]),
    st.sampled_from(["负责本辖区知识产权工作的组织实施", "负责本辖区知识产权工作", "牵头抓好本辖区工作落实"]),
    st.sampled_from(["", "推动园区建设。"]),
    st.sampled_from(["。", ""]),
)
def test_a_collective_then_its_verb_is_no_name(towns: str, work: str, before: str, stop: str) -> None:
    doc, _ = extracted(FEIXI + f"一、重点任务\n（一）推进园区知识产权工作。{before}{towns}{work}{stop}\n")
    task = next(t for t in doc.tasks if t.path == "一.(一)")
    named = [r.agency.surface for r in task.responsibilities if r.basis != "issuer_default"]
    assert named == [towns]


@settings(max_examples=8, deadline=None)
@given(
    st.sampled_from(
        [
            "设立维权援助工作站",
            "建设省级知识产权保护中心",
            "县科技局、县财政局每季度开展检查",
            "县司法局指导成立县知识产权纠纷人民调解委员会",
        ]
    ),
)
def test_a_sentence_of_work_closing_a_paragraph_names_no_units_alone(sentence: str) -> None:
    got = plan_units(
        FEIXI,
        f"一、重点任务\n（一）健全维权援助体系。推动服务下沉。{sentence}。\n"
        "（二）加强信用监管。县发展改革委、县市场监管局。\n",
    )
    assert all(basis == "prose" for _, _, basis in got["一.(一)"])
    assert _roles(got["一.(二)"]) == [("县发展改革委", "joint"), ("县市场监管局", "joint")]


@settings(max_examples=8, deadline=None)
@given(
    st.sampled_from(
        ["市大数据局负责，下同。", "责任单位：市大数据局，下同", "市大数据局牵头，市科技局配合，下同。"]
    ),
)
def test_an_unbracketed_note_going_on_below(note: str) -> None:
    got = plan_units(LINYI, f"一、重点任务\n8.推进数据知识产权。{note}\n9.开展数据确权试点。\n")
    assert got["一.9"]
    assert got["一.9"] == got["一.8"]
    assert got["一.8"][0][0] == "市大数据局"


_TABLE = (
    '<html><head><meta charset="utf-8"></head><body><p>无锡市梁溪区2025年知识产权重点工作任务清单</p>'
    '<table border="1"><tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>责任单位</td></tr>'
    "<tr><td>1</td><td>提升专利质量</td><td>区市场监管局</td><td>区科技局、区工信局</td></tr>"
    "<tr><td>2</td><td>加强海关保护</td><td>{lead}</td><td>{units}</td></tr></table></body></html>"
)


@settings(max_examples=10, deadline=None)
@given(
    st.sampled_from(["", "/", "—", "无"]),
    st.sampled_from([["无锡海关"], ["无锡海关", "区商务局"]]),
)
def test_a_row_with_no_lead_gives_its_responsible_units_the_work(lead: str, units: list[str]) -> None:
    doc, _ = extracted(_TABLE.format(lead=lead, units="、".join(units)), "plan.html")
    roles = {t.title: [(r.agency.surface, r.role) for r in t.responsibilities] for t in doc.tasks}
    alone = "sole" if len(units) == 1 else "joint"
    assert roles["加强海关保护"] == [(u, alone) for u in units]
    assert roles["提升专利质量"] == [
        ("区市场监管局", "lead"),
        ("区科技局", "support"),
        ("区工信局", "support"),
    ]


@settings(max_examples=8, deadline=None)
@given(
    st.sampled_from(
        [
            (
                "市委宣传部负责统筹，市市场监管局具体组织。",
                [("市委宣传部", "lead"), ("市市场监管局", "support")],
            ),
            (
                "（市委宣传部牵头，市市场监管局具体组织）",
                [("市委宣传部", "lead"), ("市市场监管局", "support")],
            ),
            ("市市场监管局具体组织。", [("市市场监管局", "sole")]),
        ]
    )
)
def test_the_body_organising_the_work_carries_it(case: tuple[str, list[tuple[str, str]]]) -> None:
    note, roles = case
    got = plan_units(LINYI, f"一、重点任务\n4.加强知识产权宣传。{note}\n")
    assert _roles(got["一.4"]) == roles


@settings(max_examples=10, deadline=None)
@given(
    st.sampled_from(
        [
            (
                "310000",
                ["市三中院", "三中院", "上海市第三中级人民法院", "市第三中院"],
                "上海市第三中级人民法院",
            ),
            ("310000", ["市检三分院", "检察三分院", "上海市人民检察院第三分院"], "上海市人民检察院第三分院"),
            ("110000", ["市四中院", "北京市第四中级人民法院"], "北京市第四中级人民法院"),
        ]
    )
)
def test_a_municipalitys_numbered_courts_and_branches_are_one_body(
    case: tuple[str, list[str], str],
) -> None:
    region, surfaces, name = case
    found = {resolved_agency(region, s)[0] for s in surfaces}
    assert len(found) == 1
    assert resolved_agency(region, surfaces[0])[1] == name
    assert found != {resolved_agency(region, "市高院")[0]}
    assert found != {resolved_agency(region, "市检察院")[0]}


ZHENJIANG = "镇江市2025年知识产权工作要点\n为做好2025年全市知识产权工作，制定本要点。\n"


@settings(max_examples=10, deadline=None)
@given(
    st.sampled_from(
        ["（由{a}、{b}会同{c}推进）", "（{a}、{b}会同{c}推进）", "（由{a}、{b}会同{c}共同推进）"]
    ),
    st.sampled_from(["市科技局", "市工信局"]),
)
def test_names_a_bracketed_clause_opens_with_are_read_apart(form: str, partner: str) -> None:
    note = form.format(a="市市场监管局", b="市商务局", c=partner)
    got = plan_units(ZHENJIANG, f"一、重点任务\n9.推进知识产权协作。{note}\n")
    assert _roles(got["一.9"]) == [("市市场监管局", "lead"), ("市商务局", "lead"), (partner, "support")]


@settings(max_examples=8, deadline=None)
@given(st.sampled_from(["各辖市区人民政府", "各辖市区政府", "各辖市（区）人民政府"]))
def test_the_county_level_cities_and_districts_a_city_governs_are_gathered(surface: str) -> None:
    _, canonical, kind, _ = resolved_agency("321100", surface)
    assert kind == "all_governments"
    assert canonical.endswith("人民政府")
    doc, _ = extracted(ZHENJIANG + f"一、重点任务\n1.加强组织领导。（责任单位：市直有关部门，{surface}）\n")
    gathered = next(a for a in doc.agencies if a.surfaces == [surface])
    assert (gathered.type, gathered.collective) == ("all_governments", True)


@settings(max_examples=10, deadline=None)
@given(
    st.sampled_from(["负责专利", "负责商标注册指导", "承担版权工作", "配合实施"]),
    st.sampled_from(["责任单位：{a}（{r}）、市委宣传部", "（责任单位：{a}（{r}），市公安局）"]),
)
def test_a_bracket_giving_a_bodys_share_of_the_work_is_no_part_of_its_name(remit: str, form: str) -> None:
    got = plan_units(ZHENJIANG, f"一、重点任务\n5.加强保护。{form.format(a='市市场监管局', r=remit)}\n")
    assert got["一.5"][0][0] == "市市场监管局"
    doc, _ = extracted(ZHENJIANG + f"一、重点任务\n5.加强保护。{form.format(a='市市场监管局', r=remit)}\n")
    assert all(a.type is not None for a in doc.agencies), [(a.name, a.type) for a in doc.agencies]


WUHU = "芜湖市2025年知识产权工作要点\n为做好2025年全市知识产权工作，制定本要点。\n"


@settings(max_examples=10, deadline=None)
@given(
    st.sampled_from([["市科技局", "市教育局"], ["市金融办", "芜湖金融监管分局"], ["市商务局"]]),
    st.sampled_from(["。", ""]),
)
def test_a_bracket_of_bodies_right_after_the_work_names_its_units(units: list[str], stop: str) -> None:
    got = plan_units(WUHU, f"一、重点任务\n1.推进专利开放许可（{'、'.join(units)}）{stop}\n")
    alone = "sole" if len(units) == 1 else "joint"
    assert _roles(got["一.1"]) == [(u, alone) for u in units]


def test_brackets_of_bodies_closing_inline_items_name_each_items_units() -> None:
    got = plan_units(
        WUHU,
        "一、重点任务\n（二）促进转化运用。1.推进专利开放许可（市科技局、市教育局）；"
        "2.推进质押融资（市金融办、芜湖金融监管分局）。\n",
    )
    assert _roles(got["一.(二).1"]) == [("市科技局", "joint"), ("市教育局", "joint")]
    assert _roles(got["一.(二).2"]) == [("市金融办", "joint"), ("芜湖金融监管分局", "joint")]


@settings(max_examples=6, deadline=None)
@given(
    st.sampled_from(
        [
            "支持重点高校加强专利转化（中国科大、合肥工大）。",
            "加强区域合作（长三角地区）；推进协同（合肥都市圈）。",
            "培育示范企业（50家以上）。",
        ]
    )
)
def test_a_bracket_of_examples_after_the_work_names_no_units(sentence: str) -> None:
    got = plan_units(WUHU, f"一、重点任务\n1.{sentence}\n2.推进专利开放许可（市科技局、市教育局）。\n")
    assert got["一.1"] == []
    assert _roles(got["一.2"]) == [("市科技局", "joint"), ("市教育局", "joint")]


@settings(max_examples=8, deadline=None)
@given(st.sampled_from(["各村（社区）", "各社区", "各居委会", "各村委会", "各村（居）委会", "各社区居委会"]))
def test_villages_and_communities_are_gathered(surface: str) -> None:
    doc, _ = extracted(FEIXI + f"一、重点任务\n1.开展宣传进社区活动。（责任单位：县市场监管局、{surface}）\n")
    gathered = next(a for a in doc.agencies if a.surfaces == [surface])
    assert (gathered.type, gathered.collective) == ("all_communities", True)
