"""Round 25: the notice around a plan and the plan's own shape, as county and town offices of several
provinces publish them (Anhui, Fujian, Guangdong, Zhejiang): one notice issuing two plans, notices forwarding
a province's or a city's plan, plans citing what the province issued, work lists whose items open with their
deadline, annex notes closing the body before the annexes, and task tables typed with spaces whose cells wrap
onto the next line; as text, Markdown, Word and web pages written for the tests.

What was misread before:
- A notice issuing two plans (关于印发《A方案》和《B要点》的通知) gave no task or target the plan it belongs to:
  the tasks of B stood as A's. Each task and target now names its plan (plan_part, in the output, the graph
  rows and the RDF); a document issuing one plan names none.
- A notice forwarding a province's plan (关于转发《福建省…方案》的通知) was titled with the forwarded plan's title
  and placed in the province: the forwarded plan's own notice below it (现将《…》印发给你们) was read as the
  document's. The document is the forwarder's: titled with its heading, a 通知, of the forwarder's county.
- A plan forwarded under a heading naming it without marks (关于转发X的通知) was taken for the document's own
  and was no citation.
- The forwarded plan's citation named no issuer, or one opening with the forwarding verb (现将市市场监管局):
  it is issued by the body of its own notice heading (福建省人民政府办公厅关于印发…的通知), or by the body
  named after 现将.
- 省政府印发《…》 and 贯彻落实省政府印发《…》 were read as the plan publishing the document (publishes): a
  province's government, or a body the plan follows, issued it; the plan cites it.
- An item opening with its deadline (3月底前，完成…; 2024年6月底前，出台…; 每季度末，报送…) kept the deadline
  in its title; the title starts at the work.
- A body closing with its annex note (附件：分工表, 附件：1．分工表 2．名单) before the annexes (附件 / 分工表, 附件1)
  opened one annex more: the note and the annex it names stood as two.
- A row of a task table typed with spaces (pdftotext -layout) lost the words its cell wrapped onto the next
  line: the task's text ended at the row's line.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from graph.rows import document_rows, props_of
from policykg.extract.metadata import plan_parts
from policykg.extract.phases import undated_title
from tests.formats import paragraphs_of, to_docx, to_html
from tests.plans import extracted

TWO_PLANS = """青阳县人民政府办公室关于印发《青阳县知识产权强县建设工作方案》和《青阳县2024年知识产权工作要点》的通知

青政办〔2024〕12号

各乡镇人民政府，县政府各部门：
　　《青阳县知识产权强县建设工作方案》和《青阳县2024年知识产权工作要点》已经县政府同意，现印发给你们，请认真贯彻执行。

青阳县人民政府办公室
2024年3月5日

青阳县知识产权强县建设工作方案

一、总体要求
　　深入贯彻落实党中央、国务院关于知识产权工作的决策部署。到2025年，全县有效发明专利拥有量达到500件。
二、重点任务
（一）提升知识产权创造质量。实施高价值专利培育计划，支持企业开展专利布局。（责任单位：县市场监管局、县科技局）
（二）加强知识产权保护。健全行政执法与司法衔接机制，开展专项执法行动。（责任单位：县市场监管局、县公安局）
三、保障措施
（一）加强组织领导。县知识产权工作领导小组统筹推进各项工作。

青阳县2024年知识产权工作要点

一、强化知识产权创造
1．开展专利转化专项行动，全年推动专利转化运用30项以上。（县市场监管局牵头，县科技局配合）
2．推进商标品牌建设，新增地理标志证明商标1件。（县市场监管局、县农业农村局）
二、严格知识产权保护
3．组织开展“铁拳”行动，查办商标侵权案件10件以上。（县市场监管局）
"""
PLAN_A = "青阳县知识产权强县建设工作方案"
PLAN_B = "青阳县2024年知识产权工作要点"


def test_a_notice_issuing_two_plans_gives_each_task_and_target_its_plan() -> None:
    doc, _ = extracted(TWO_PLANS)
    assert doc.plan.title == PLAN_A
    parts = {t.path: t.plan_part for t in doc.tasks}
    assert parts == {
        "二.(一)": PLAN_A,
        "二.(二)": PLAN_A,
        "三.(一)": PLAN_A,
        # the second plan's chapters are told apart from the first's (一~2), and so are their items
        "一~2.1": PLAN_B,
        "一~2.2": PLAN_B,
        "二~2.3": PLAN_B,
    }
    targets = {t.indicator: t.plan_part for t in doc.targets}
    assert targets["有效发明专利拥有量"] == PLAN_A
    assert targets["查办商标侵权案件"] == PLAN_B


def test_two_plans_named_without_marks_in_a_word_file_and_their_graph_rows() -> None:
    text = TWO_PLANS.replace(f"《{PLAN_A}》和《{PLAN_B}》的通知", f"{PLAN_A}和{PLAN_B}的通知", 1)
    doc, _ = extracted(to_docx(paragraphs_of(text)), "plan.docx")
    assert {t.path: t.plan_part for t in doc.tasks}["一~2.2"] == PLAN_B
    rows = [props_of(row) for row in document_rows(doc).nodes[("Task", ())].values()]
    tasks = {row["path"]: row.get("plan_part") for row in rows}
    assert tasks["二.(二)"] == PLAN_A
    assert tasks["二~2.3"] == PLAN_B


def test_a_document_issuing_one_plan_names_no_plan_part() -> None:
    text = TWO_PLANS.replace(f"和《{PLAN_B}》", "", 1)
    doc, _ = extracted(text)
    assert {t.plan_part for t in doc.tasks} == {None}
    assert {t.plan_part for t in doc.targets} == {None}


FORWARDED = """松溪县人民政府办公室关于转发《福建省知识产权强县建设工作方案》的通知

松政办〔2024〕8号

各乡（镇）人民政府，县直各部门：
　　现将《福建省知识产权强县建设工作方案》（闽政办〔2023〕41号）转发给你们，请结合实际认真贯彻执行。

松溪县人民政府办公室
2024年2月20日

福建省人民政府办公厅关于印发福建省知识产权强县建设工作方案的通知

闽政办〔2023〕41号

各设区市人民政府，省人民政府各部门：
　　经省政府同意，现将《福建省知识产权强县建设工作方案》印发给你们，请认真组织实施。

福建省人民政府办公厅
2023年11月10日

福建省知识产权强县建设工作方案

一、总体目标
　　到2025年，建成知识产权强县30个。
二、重点任务
（一）提升知识产权创造水平。支持县域企业开展高价值专利培育。（省市场监管局牵头）
（二）加强知识产权保护。建设知识产权保护工作站。（省市场监管局、省公安厅）
"""


def test_a_notice_forwarding_a_provinces_plan_is_the_forwarders_document() -> None:
    doc, _ = extracted(FORWARDED)
    plan = doc.plan
    assert plan.title == "松溪县人民政府办公室关于转发《福建省知识产权强县建设工作方案》的通知"
    assert plan.doc_type == "通知"
    assert plan.doc_number == "松政办〔2024〕8号"
    assert [i.name for i in plan.issuers] == ["松溪县人民政府办公室"]
    assert plan.region is not None
    assert plan.region.name == "松溪县"
    cited = {(c.relation, c.normalized_title, c.doc_number) for c in doc.citations}
    assert ("cites", "福建省知识产权强县建设工作方案", "闽政办〔2023〕41号") in cited
    assert {c.relation for c in doc.citations} == {"cites"}
    # the forwarded plan is issued by the body of its own notice, below the forwarder's
    assert {c.issuer for c in doc.citations} == {"福建省人民政府办公厅"}
    # a forwarding sentence in a notice issuing a plan of its own leaves the notice its plan
    issuing = (
        "关于印发《龙游县知识产权工作要点》的通知\n"
        "各乡镇人民政府：\n"
        "　　现将《龙游县知识产权工作要点》印发给你们，并转发省局有关文件，请认真贯彻执行。\n"
        "一、重点工作\n（一）开展专利转化。（县市场监管局）\n"
    )
    assert extracted(issuing)[0].plan.title == "龙游县知识产权工作要点"


def test_a_forwarding_notice_on_a_web_page_without_marks() -> None:
    text = (
        "首页 > 政务公开 > 通知公告\n"
        "平和县市场监督管理局关于转发漳州市2024年知识产权工作要点的通知\n"
        "各乡镇市场监管所，局机关各股室：\n"
        "　　现将市政府办公室《漳州市2024年知识产权工作要点》转发给你们，请结合实际认真贯彻执行。\n"
        "平和县市场监督管理局\n"
        "2024年4月8日\n"
        "漳州市人民政府办公室关于印发漳州市2024年知识产权工作要点的通知\n"
        "漳州市2024年知识产权工作要点\n"
        "一、提升知识产权创造质量\n"
        "（一）实施专利质量提升工程。全年发明专利授权量增长10%。（市市场监管局）\n"
    )
    doc, _ = extracted(to_html(paragraphs_of(text)), "page.html")
    assert doc.plan.title == "平和县市场监督管理局关于转发漳州市2024年知识产权工作要点的通知"
    assert doc.plan.doc_type == "通知"
    assert doc.plan.region is not None
    assert doc.plan.region.name == "平和县"
    forwarded = [c for c in doc.citations if c.normalized_title == "漳州市2024年知识产权工作要点"]
    assert forwarded[0].issuer == "市政府办公室"  # after 现将, no part of the body's name
    assert forwarded[0].quote == "市政府办公室《漳州市2024年知识产权工作要点》"


def test_what_a_provinces_government_issued_is_cited() -> None:
    text = (
        "# 临泉县知识产权强县建设实施方案\n\n"
        "为贯彻落实省政府印发《安徽省知识产权强省建设纲要实施方案（2022—2025年）》的部署，结合我县实际，"
        "制定本方案。\n\n"
        "## 一、主要任务\n\n"
        "（一）对接省级政策。省委、省政府印发《关于强化知识产权保护的实施意见》，县市场监管局抓好落实。\n\n"
        "（二）完善县级制度。按照市市场监管局印发《阜阳市知识产权工作要点》要求，制定《临泉县专利资助办法》。\n\n"
        "（三）健全工作机制。按照要求制定《临泉县知识产权纠纷调解办法》。\n"
    )
    doc, _ = extracted(text, "plan.md")
    relation = {c.normalized_title: c.relation for c in doc.citations}
    assert relation["安徽省知识产权强省建设纲要实施方案(2022-2025年)"] == "cites"
    assert relation["关于强化知识产权保护的实施意见"] == "cites"
    assert relation["阜阳市知识产权工作要点"] == "cites"
    assert relation["临泉县专利资助办法"] == "publishes"  # the plan's own work
    assert relation["临泉县知识产权纠纷调解办法"] == "publishes"


DATED_ITEMS = (
    "溪口镇2024年知识产权工作要点\n"
    "一、重点工作\n"
    "1．3月底前，完成镇知识产权服务站挂牌运行。（责任单位：镇经发办）\n"
    "2．2024年6月底前，组织开展知识产权进企业活动不少于2场。（责任单位：镇经发办、镇财政所）\n"
    "3．年底前，完成专利申请50件。\n"
    "4．每季度末，报送知识产权工作进展情况。\n"
    "5．年内完成知识产权示范企业培育。\n"
)


def test_an_items_deadline_opening_it_is_no_part_of_its_title() -> None:
    doc, _ = extracted(to_html(paragraphs_of(DATED_ITEMS)), "page.html")
    got = {t.path: (t.title, t.deadline) for t in doc.tasks}
    assert got["一.1"] == ("完成镇知识产权服务站挂牌运行", "3月底前")
    assert got["一.2"] == ("组织开展知识产权进企业活动不少于2场", "2024年6月底前")
    assert got["一.3"] == ("完成专利申请50件", "年底前")
    assert got["一.4"] == ("报送知识产权工作进展情况", "每季度末")
    assert got["一.5"][0] == "年内完成知识产权示范企业培育"  # the deadline runs on into the work


ANNEX_NOTE = (
    "溪口镇2024年知识产权工作要点\n"
    "一、重点工作\n"
    "1．完成镇知识产权服务站挂牌运行。（责任单位：镇经发办）\n"
    "二、工作要求\n"
    "各单位要高度重视，按时报送工作进展。\n"
    "附件：溪口镇知识产权工作任务分工表\n"
    "溪口镇人民政府\n"
    "2024年3月1日\n"
    "附件\n"
    "溪口镇知识产权工作任务分工表\n"
)


def test_an_annex_note_before_the_annex_it_names_opens_no_annex() -> None:
    table = [
        ["序号", "工作任务", "责任单位", "完成时限"],
        ["1", "建设镇知识产权服务站", "镇经发办", "2024年3月"],
    ]
    doc, _ = extracted(to_docx(paragraphs_of(ANNEX_NOTE), table), "plan.docx")
    annexes = [(s.path, s.title) for s in doc.sections if s.kind == "annex"]
    assert annexes == [("附件", "溪口镇知识产权工作任务分工表")]
    assert [t.path for t in doc.tasks if t.kind == "table_row"] == ["附件.表1.1"]
    # a note with no annex below it stays the annex it opens
    alone, _ = extracted(ANNEX_NOTE.replace("附件\n溪口镇知识产权工作任务分工表\n", ""))
    assert [(s.path, s.title) for s in alone.sections if s.kind == "annex"] == [
        ("附件", "溪口镇知识产权工作任务分工表")
    ]


def test_a_numbered_annex_note_before_numbered_annexes() -> None:
    text = ANNEX_NOTE.replace(
        "附件：溪口镇知识产权工作任务分工表\n",
        "附件：1．溪口镇知识产权工作任务分工表\n      2．溪口镇联络员名单\n",
    ).replace("附件\n溪口镇知识产权工作任务分工表\n", "附件1\n\n建设镇知识产权服务站。\n\n附件2\n\n张三\n")
    doc, _ = extracted(text)
    assert [s.path for s in doc.sections if s.kind == "annex"] == ["附件1", "附件2"]


SPACED = (
    "溪口镇2024年知识产权工作要点\n"
    "一、重点工作\n"
    "序号  工作任务                      责任单位       完成时限\n"
    "1     建设镇知识产权服务站，配齐     镇经发办       2024年3月\n"
    "      专职服务人员\n"
    "2     开展专利申请资助政策宣传，     镇财政所\n"
    "      覆盖全部规上企业，2024年6月底前完成\n"
    "3     组织知识产权培训               镇经发办       2024年9月\n"
)


def test_a_spaced_tables_row_keeps_the_words_its_cells_wrapped_onto() -> None:
    doc, _ = extracted(SPACED)
    rows = {t.path: t for t in doc.tasks if t.kind == "table_row"}
    assert sorted(rows) == ["一.表1.1", "一.表1.2", "一.表1.3"]
    assert rows["一.表1.1"].text.endswith("专职服务人员")
    assert rows["一.表1.1"].title == "建设镇知识产权服务站"
    assert rows["一.表1.2"].text.endswith("覆盖全部规上企业，2024年6月底前完成")
    assert rows["一.表1.2"].deadline == "2024年6月底前"
    assert rows["一.表1.3"].text.endswith("2024年9月")
    assert [r.agency.surface for r in rows["一.表1.1"].responsibilities] == ["镇经发办"]


_DEADLINES = st.sampled_from(
    ["3月底前", "2024年6月底前", "年底前", "每季度末", "于2025年12月底前", "今年年底前", "6月30日前"]
)
_WORK = st.text(alphabet="完成建设开展专利商标服务站挂牌培训企业", min_size=1, max_size=20)


@settings(max_examples=60, deadline=None)
@given(_DEADLINES, st.sampled_from(["，", ",", " ，"]), _WORK)
def test_property_a_leading_deadline_leaves_the_work(deadline: str, comma: str, work: str) -> None:
    assert undated_title(f"{deadline}{comma}{work}") == work


@settings(max_examples=60, deadline=None)
@given(_WORK, st.one_of(st.none(), _DEADLINES))
def test_property_titles_not_opening_with_a_deadline_stay(work: str, deadline: str | None) -> None:
    title = work if deadline is None else f"{work}，{deadline}"
    assert undated_title(title) == title
    if deadline is not None:
        assert undated_title(deadline) == deadline  # a deadline alone is its own title


_PLACE = st.sampled_from(["青阳县", "松溪县", "梅江区", "临泉县"])
_KIND = st.sampled_from(["知识产权强县建设工作方案", "2024年知识产权工作要点", "知识产权保护实施意见"])


@settings(max_examples=40, deadline=None)
@given(_PLACE, _KIND, _KIND, st.booleans(), st.sampled_from(["和", "、", "及"]))
def test_property_plan_parts_of_a_notice(place: str, a: str, b: str, marked: bool, joiner: str) -> None:
    first, second = place + a, place + "县级" + b
    named = f"《{first}》{joiner}《{second}》" if marked else f"{first}和{second}"
    text = (
        f"{place}人民政府关于印发{named}的通知\n各部门：\n　　现印发给你们。\n\n{first}\n一、任务\n"
        f"（一）开展工作。\n\n{second}\n一、任务\n（一）开展工作。\n"
    )
    parts = plan_parts(text, len(text))
    assert parts == [(0, first), (text.index(f"\n{second}\n") + 1, second)]
    single = text.replace(f"{joiner}《{second}》" if marked else f"和{second}", "", 1)
    assert plan_parts(single, len(single)) == []
