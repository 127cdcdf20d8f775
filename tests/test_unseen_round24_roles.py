"""Round 24: who does each task and in what role, as plans of levels and places the tests did not cover
write it (a Tibetan district, a Xinjiang prefecture, a sub-provincial city, a Chongqing district, Qingdao
and its 区市, a development zone's 管委会, a town of Zhejiang).

What was read wrong before:

- 〈牵头单位：A〉 (an angle bracket around a note) was read as no note at all: the task fell to the issuer;
- a plan declaring 排在第一位的为牵头单位 made a unit listed alone its task's lead (责任主体：地区科技局): one
  unit is the doer, as a note of one unit reads with no such rule;
- 以上工作由A负责 after the items of two sections covered only those of the last one, the first section's
  items falling to the issuer;
- a cell under 牵头单位/配合单位 with its units on two lines and no slash made every unit a lead;
- 各区、市人民政府 (Qingdao's districts and county-level cities) gave 各区 and the city's own government
  (市人民政府); 各县（市、区） and 各县（市、区）人民政府 were two collectives; 各县（市、区）党委和政府 gave a
  body named 政府;
- 区财政局保障经费 / 由区财政局提供保障 named no one, or a prose obligation, for the body funding the work;
- 主责单位：A；协责单位：B lost B.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.formats import to_docx
from tests.plans import extracted, named_units, plan_units

NYINGCHI = "林芝市巴宜区知识产权强县建设工作方案（2024—2026年）\n为加快推进知识产权强县建设，结合我区实际，制定本方案。\n"
KASHGAR = "喀什地区知识产权强地建设工作要点（2024年）\n为深入实施知识产权强国建设纲要，制定本要点。\n"
DALIAN = "大连市知识产权强市建设实施方案（2024—2025年）\n为加快建设知识产权强市，制定本实施方案。\n"
QINGDAO = "青岛市知识产权强市建设工作要点（2024年）\n为深入推进知识产权强市建设，制定本要点。\n一、重点任务\n"
YINCHUAN = (
    "银川经济技术开发区管委会知识产权工作实施方案\n为加强开发区知识产权工作，制定本方案。\n一、重点任务\n"
)


def test_a_note_in_angle_brackets_opening_with_a_label() -> None:
    got = plan_units(
        NYINGCHI,
        "一、重点任务\n"
        "1.培育高价值专利。支持高原特色农牧业企业开展专利布局。〈牵头单位：区市场监管局〉\n"
        "2.推进地理标志培育。挖掘林芝松茸等地理标志资源。〈牵头单位：区农业农村局；配合单位：区林草局〉\n"
        "3.加强宣传。学习《关于印发〈知识产权强国建设纲要〉的通知》精神。\n",
    )
    assert got["一.1"] == [("区市场监管局", "lead", "annotation")]
    assert got["一.2"] == [("区农业农村局", "lead", "annotation"), ("区林草局", "support", "annotation")]
    assert got["一.3"] == []  # a title inside a title is no note


def test_a_unit_listed_alone_is_its_tasks_doer_under_a_first_is_lead_rule() -> None:
    got = plan_units(
        KASHGAR,
        "一、强化知识产权创造\n"
        "1.推动专利质量提升。开展高价值专利培育工作。\n责任单位：地区市场监管局（排在第一位的为牵头单位）\n"
        "2.推进商标品牌建设。打造特色农产品品牌。\n责任单位：地区市场监管局、地区农业农村局（排在第一位的为牵头单位）\n"
        "3.推进专利转化运用。责任主体：地区科技局\n"
        "4.推进纠纷多元化解。各县（市）人民政府负责。\n",
    )
    assert got["一.1"] == [("地区市场监管局", "sole", "annotation")]
    assert got["一.2"] == [
        ("地区市场监管局", "lead", "annotation"),
        ("地区农业农村局", "support", "annotation"),
    ]
    assert got["一.3"] == [("地区科技局", "sole", "annotation")]
    assert got["一.4"] == [("各县（市）人民政府", "sole", "annotation")]


def test_a_note_on_the_tasks_above_covers_the_sections_since_the_last_such_note() -> None:
    got = plan_units(
        DALIAN,
        "一、主要任务\n（一）推动知识产权创造\n1.实施专利质量提升工程。\n2.实施商标品牌战略。\n"
        "（二）促进知识产权运用\n3.推进专利开放许可。\n4.开展知识产权质押融资。\n以上工作由市市场监管局负责。\n"
        "（三）强化知识产权保护\n5.加强行政保护。\n6.加强司法保护。\n以上任务由市中级人民法院牵头落实，市公安局配合。\n"
        "二、保障措施\n（一）加强组织领导。建立工作协调机制。\n",
    )
    for path in ("一.(一).1", "一.(一).2", "一.(二).3", "一.(二).4"):
        assert got[path] == [("市市场监管局", "sole", "annotation")], path
    for path in ("一.(三).5", "一.(三).6"):
        assert got[path] == [("市中级人民法院", "lead", "annotation"), ("市公安局", "support", "annotation")]
    assert got["二.(一)"] == []  # another chapter's: the issuer's
    # it stops at a section naming its own units
    got = plan_units(
        DALIAN,
        "一、主要任务\n（一）推动知识产权创造（牵头单位：市科技局）\n1.实施专利质量提升工程。\n2.实施商标品牌战略。\n"
        "（二）促进知识产权运用\n3.推进专利开放许可。\n4.开展知识产权质押融资。\n以上工作由市市场监管局负责。\n"
        "二、保障措施\n（一）加强组织领导。建立工作协调机制。\n（二）加强督导。以上工作由市政府督查室负责。\n",
    )
    assert got["一.(一).1"] == got["一.(一).2"] == [("市科技局", "lead", "annotation")]
    assert got["一.(二).3"] == got["一.(二).4"] == [("市市场监管局", "sole", "annotation")]
    # items of a chapter's own (no sections): back to the last annotated one, as before
    assert got["二.(一)"] == got["二.(二)"] == [("市政府督查室", "sole", "annotation")]


TABLE = """# 重庆市渝北区知识产权强区建设任务分工表

| 序号 | 工作任务 | 牵头单位/配合单位 | 完成时限 |
| --- | --- | --- | --- |
| 1 | 开展专利导航服务 | 区市场监管局<br>区科技局、区经济信息委 | 2024年12月 |
| 2 | 推进知识产权质押融资 | 区金融发展中心/区市场监管局 | 2024年12月 |
| 3 | 加强知识产权执法 | 各镇人民政府、各街道办事处<br>区公安分局 | 持续推进 |
"""


def test_a_cell_under_paired_labels_parts_its_units_at_its_first_line_end() -> None:
    got = plan_units("", TABLE, "plan.md")
    assert got["表1.1"] == [
        ("区市场监管局", "lead", "table"),
        ("区科技局", "support", "table"),
        ("区经济信息委", "support", "table"),
    ]
    assert got["表1.3"] == [
        ("各镇人民政府", "lead", "table"),
        ("各街道办事处", "lead", "table"),
        ("区公安分局", "support", "table"),
    ]


def test_a_name_wrapped_over_two_lines_of_a_paired_cell_stays_one_name() -> None:
    doc, _ = extracted(
        to_docx(  # type: ignore[arg-type]
            ["重庆市渝北区知识产权强区建设任务分工表"],
            [
                ["序号", "工作任务", "牵头单位/配合单位", "完成时限"],
                ["1", "开展专利导航服务", "区市场\n监管局/区科技局", "2024年12月"],
                ["2", "推进知识产权质押融资", "区金融发展中心\n区市场监管局", "2024年12月"],
            ],
        ),
        "plan.docx",
    )
    got = named_units(doc)
    assert [(s.replace("\n", ""), r) for s, r, _ in got["表1.1"]] == [
        ("区市场监管局", "lead"),
        ("区科技局", "support"),
    ]
    assert [(s, r) for s, r, _ in got["表1.2"]] == [("区金融发展中心", "lead"), ("区市场监管局", "support")]


UNITS = ["区市场监管局", "区科技局", "区公安分局", "区财政局", "区农业农村委", "区人民法院"]


@settings(max_examples=30, deadline=None)
@given(
    st.lists(st.sampled_from(UNITS), min_size=1, max_size=2, unique=True),
    st.lists(st.sampled_from(UNITS), min_size=1, max_size=3, unique=True),
)
def test_a_paired_cell_on_two_lines_reads_as_one_with_a_slash(leads: list[str], helpers: list[str]) -> None:
    if set(leads) & set(helpers):
        return
    rows = "| 序号 | 工作任务 | 牵头单位/配合单位 |\n| --- | --- | --- |\n| 1 | 开展专利导航服务 | {} |\n"
    lines, slashed = ("、".join(leads) + sep + "、".join(helpers) for sep in ("<br>", "/"))
    head = "# 重庆市渝北区知识产权强区建设任务分工表\n\n"
    assert plan_units(head, rows.format(lines), "plan.md") == plan_units(
        head, rows.format(slashed), "plan.md"
    )


def test_places_gathered_with_their_governments_are_one_collective() -> None:
    doc, _ = extracted(
        QINGDAO + "1.强化区域协同保护。推动跨区域执法协作。（责任单位：各区、市人民政府）\n"
        "2.加强基层知识产权工作。推动设立知识产权工作站。（责任单位：各县（市、区），市市场监管局）\n"
        "3.开展宣传周活动。（各县（市、区）人民政府负责）\n"
        "4.加强组织领导。（市市场监管局牵头，各县（市、区）党委和政府负责）\n"
    )
    got = named_units(doc)
    assert got["一.1"] == [("各区、市人民政府", "sole", "annotation")]
    ids = {
        t.path: [r.agency.id for r in t.responsibilities if r.agency.surface.startswith("各")]
        for t in doc.tasks
    }
    assert ids["一.2"] == ids["一.3"]  # 各县（市、区） is 各县（市、区）人民政府
    assert "agency/370200/government" not in {r.agency.id for t in doc.tasks for r in t.responsibilities}
    assert got["一.4"] == [
        ("市市场监管局", "lead", "annotation"),
        ("各县（市、区）党委", "support", "annotation"),
        ("各县（市、区）党委和政府", "support", "annotation"),
    ]
    assert ids["一.4"][1] == ids["一.3"][0]  # 各县（市、区）政府


def test_the_body_funding_the_work_supports_it() -> None:
    got = plan_units(
        NYINGCHI,
        "一、重点任务\n（一）加强人才培训。开展知识产权人才培训，由区人社局牵头，区财政局保障经费。\n"
        "（二）加强宣传。开展知识产权宣传周活动。（区市场监管局牵头，区财政局提供经费保障）\n"
        "二、保障措施\n（一）加强经费保障。由区财政局提供保障。\n（二）加强人才保障。由区人社局保障经费。\n",
    )
    assert got["一.(一)"] == [("区人社局", "lead", "annotation"), ("区财政局", "support", "annotation")]
    assert got["一.(二)"] == [("区市场监管局", "lead", "annotation"), ("区财政局", "support", "annotation")]
    assert got["二.(一)"] == [("区财政局", "support", "annotation")]
    assert got["二.(二)"] == [("区人社局", "support", "annotation")]


def test_units_sharing_a_charge_and_an_overseer_who_does_no_work() -> None:
    got = plan_units(
        YINCHUAN,
        "（一）加强知识产权保护。开展知识产权保护专项行动。主责单位：市场监管分局；协责单位：综合执法局\n"
        "（二）做好知识产权统计。督办单位：党政办公室；责任单位：经济发展局\n"
        "（三）推进贯标。组织企业开展贯标认证。（主责部门：经济发展局；协责部门：企业服务局；督办单位：党政办公室）\n",
    )
    assert got["一.(一)"] == [("市场监管分局", "lead", "annotation"), ("综合执法局", "support", "annotation")]
    assert got["一.(二)"] == [("经济发展局", "sole", "annotation")]
    assert got["一.(三)"] == [("经济发展局", "lead", "annotation"), ("企业服务局", "support", "annotation")]


def test_helpers_after_the_work_opened_by_by_support_it() -> None:
    """…，由区财政局配合。 reads as …，区财政局配合。: before, the 由 opening the clause made it no role clause,
    and the task fell to the issuer (or to a note on the tasks above, without its helper)."""
    got = plan_units(
        DALIAN,
        "一、重点任务\n（一）强化运用\n"
        "1.开展知识产权质押融资入园惠企行动，由区财政局保障经费。\n"
        "2.开展专利转化专项行动，由区科技局配合。\n"
        "3.开展商标品牌培育，区工信局配合。\n",
    )
    assert got["一.(一).1"] == [("区财政局", "support", "annotation")]
    assert got["一.(一).2"] == [("区科技局", "support", "annotation")]
    assert got["一.(一).3"] == [("区工信局", "support", "annotation")]  # as before


def test_a_division_table_restating_clauses_gives_them_its_units() -> None:
    """A 任务分工 table whose rows restate the titles of 一是…二是… clauses speaks for those clauses, as it
    does for items: before, the rows stood as tasks of their own and the clauses (and their section) fell to
    the issuer."""
    body = (
        "一、重点工作\n（一）强化知识产权创造。一是实施专利导航工程，开展产业专利导航项目1个；二是推进企业贯标，"
        "新增贯标企业10家。\n（二）加强知识产权保护。深入开展“铁拳”行动，严厉打击商标侵权行为。\n二、任务分工\n"
        "| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |\n| --- | --- | --- | --- | --- |\n"
        "| 1 | 实施专利导航工程 | 区科技局 | 区经信局 | 2025年10月底前 |\n"
        "| 2 | 推进企业贯标 | 区市场监管局 | 区科技局 | 2025年12月底前 |\n"
    )
    doc, _ = extracted(DALIAN + body, "plan.md")
    got = named_units(doc)
    assert got["一.(一).一是"] == [("区科技局", "lead", "table"), ("区经信局", "support", "table")]
    assert got["一.(一).二是"] == [("区市场监管局", "lead", "table"), ("区科技局", "support", "table")]
    assert not any(t.kind == "table_row" for t in doc.tasks)  # the rows speak for the clauses
    clause = next(t for t in doc.tasks if t.path == "一.(一).一是")
    assert clause.deadline == "2025年10月底前"
    section = next(t for t in doc.tasks if t.path == "一.(一)")
    assert section.responsibilities == []  # assigned in its clauses: no default of its own
