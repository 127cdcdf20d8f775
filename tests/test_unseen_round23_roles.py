"""Round 23: who does each task and in what role, as county and city plans of several provinces write it
(Hunan, Shandong, Zhejiang, Henan, Guizhou, Jiangxi, Shaanxi), in notes, prose and 分工 tables.

What was read wrong before:

- 责任单位：县市场监管局、县科技局、县工信局（排名第一的为牵头单位）: the note in brackets after the last unit took
  the unit with it (县工信局 lost);
- 市委督查室为责任单位, 具体由市财政局组织实施, 由市人社局负责组织实施, 该项工作由市人社局具体实施, 县科技局具体承办:
  the unit named carries the work (sole), but was read as a prose obligation or not at all; （县市场监管局主责，
  县科技局协同）: 主责 was no role word, and one name 县市场监管局主责，县科技局 was read;
- 三是加强检察监督，责任单位：市人民检察院 (a label after a comma inside a clause) was not read; ——责任单位：A and
  〈牵头单位：A〉 gave a body named 责任单位 / 牵头单位;
- 各乡镇要结合实际认真组织实施 (a modal and the grounds of the work before the role word) made 各乡镇要结合实际认真
  a body doing the task;
- task tables: a 责任科室 / 牵头科室 column (a bureau's own plan naming its sections) was no unit column, so the
  table gave no tasks; under 责任单位 | 配合单位 (or 责任主体 | 参与单位) the responsible unit was sole beside its
  supporters (a note 责任单位：A；配合单位：B reads A as the lead);
- a 分工 annex naming items by their section (任务（一）2, （二）2、3, 一（二）3) when items are numbered again in
  each section: the rows were read as tasks of their own, the items got no units.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from policykg.extract.task_numbers import Referred, referred_numbers
from tests.formats import TABLE_MARK, to_docx
from tests.plans import Units, extracted, named_units, plan_units

NINGXIANG = (
    "宁乡市知识产权强市建设工作方案（2024—2026年）\n为加快推进知识产权强市建设，制定本方案。\n一、重点任务\n"
)
PINGYIN = "平阴县知识产权强县建设工作要点（2024年）\n为推进知识产权强县建设，制定本要点。\n一、重点任务\n"
RENHUAI = "仁怀市知识产权强市建设工作要点（2024年）\n为深入推进知识产权强市建设，制定本要点。\n一、重点任务\n"
ZIXI = "资溪县知识产权强县建设工作方案（2024—2026年）\n为加快知识产权强县建设，制定本方案。\n一、重点任务\n"
YIJUN = "宜君县知识产权强县建设工作方案（2024—2026年）\n为加快知识产权强县建设，制定本方案。\n一、重点任务\n"


def _docx_units(paragraphs: list[str], table: list[list[str]]) -> Units:
    doc, _ = extracted(to_docx(paragraphs, table), "plan.docx")  # type: ignore[arg-type]
    return named_units(doc)


# 1. notes after an item


def test_a_first_is_lead_note_in_brackets_after_the_last_unit_keeps_that_unit() -> None:
    got = plan_units(
        PINGYIN,
        "1.开展知识产权进企业活动。组织专家进企业开展培训。责任单位：县市场监管局、县科技局、县工信局（排名第一的为牵头单位）\n"
        "2.加强知识产权人才培养。开展知识产权人才培训。\n"
        "责任单位：县人社局、县教育局（排名第一的为牵头单位）\n",
    )
    assert got["一.1"] == [
        ("县市场监管局", "lead", "annotation"),
        ("县科技局", "support", "annotation"),
        ("县工信局", "support", "annotation"),
    ]
    assert got["一.2"] == [("县人社局", "lead", "annotation"), ("县教育局", "support", "annotation")]


def test_a_unit_named_as_the_responsible_one_or_as_carrying_the_work_out_is_its_sole_doer() -> None:
    got = plan_units(
        NINGXIANG,
        "（一）加强考核。市委督查室为责任单位。\n"
        "（二）加强经费保障。具体由市财政局组织实施。\n"
        "（三）加强人才培养。由市人社局负责组织实施。\n"
        "（四）加强人才引进。该项工作由市人社局具体实施。\n"
        "（五）推进专利转化。专利转化专项计划由市科技局具体承办。\n",
    )
    assert got == {
        "一.(一)": [("市委督查室", "sole", "annotation")],
        "一.(二)": [("市财政局", "sole", "annotation")],
        "一.(三)": [("市人社局", "sole", "annotation")],
        "一.(四)": [("市人社局", "sole", "annotation")],
        "一.(五)": [("市科技局", "sole", "annotation")],
    }


def test_carrying_out_with_helpers_after_the_clauses_is_a_note_on_their_task_as_a_charge_is() -> None:
    """负责组织实施 names no work of its own: the sentence after the 一是 clauses reads as 负责 does."""
    organised, charged = (
        plan_units(
            NINGXIANG,
            "（一）完善公共服务。一是建设知识产权公共服务网点；二是开展知识产权业务培训。"
            f"市市场监管局{word}，市人社局配合。\n",
        )
        for word in ("负责组织实施", "负责")
    )
    assert organised == charged
    assert organised["一.(一)"] == [
        ("市市场监管局", "lead", "annotation"),
        ("市人社局", "support", "annotation"),
    ]


def test_the_body_answering_for_the_work_leads_it() -> None:
    got = plan_units(ZIXI, "1.加强专利导航。开展专利导航项目。（县市场监管局主责，县科技局协同）\n")
    assert got["一.1"] == [("县市场监管局", "lead", "annotation"), ("县科技局", "support", "annotation")]


def test_each_clause_of_a_paragraph_with_its_own_note_in_any_form() -> None:
    got = plan_units(
        RENHUAI,
        "（一）强化协同保护。一是开展联合执法[牵头单位：市市场监管局]；二是加强刑事打击(责任单位:市公安局)；"
        "三是加强检察监督，责任单位：市人民检察院。\n"
        "（二）加强运用。一是推进质押融资（市金融服务中心为责任单位）；二是开展专利导航（具体由市市场监管局组织实施）；"
        "三是培育示范企业（市工信局主责，市科技局协同）。\n",
    )
    assert got["一.(一).一是"] == [("市市场监管局", "lead", "annotation")]
    assert got["一.(一).二是"] == [("市公安局", "sole", "annotation")]
    assert got["一.(一).三是"] == [("市人民检察院", "sole", "annotation")]
    assert got["一.(二).一是"] == [("市金融服务中心", "sole", "annotation")]
    assert got["一.(二).二是"] == [("市市场监管局", "sole", "annotation")]
    assert got["一.(二).三是"] == [("市工信局", "lead", "annotation"), ("市科技局", "support", "annotation")]


def test_a_label_after_a_dash_or_an_angle_bracket_is_no_body() -> None:
    got = plan_units(
        YIJUN,
        "1.加强专利导航。开展专利导航项目。——责任单位：县市场监管局\n"
        "2.加强专利导航。开展专利导航项目。〈牵头单位：县市场监管局〉\n",
    )
    assert got["一.1"] == [("县市场监管局", "sole", "annotation")]
    assert all(surface not in ("牵头单位", "责任单位") for surface, _, _ in got["一.2"])


def test_names_exhorted_to_work_on_their_own_grounds_are_no_role_note() -> None:
    got = plan_units(
        YIJUN,
        "（一）加强品牌培育。各乡镇要结合实际认真组织实施。\n（二）加强品牌保护。各乡镇要结合实际抓好落实。\n",
    )
    assert got == {"一.(一)": [("各乡镇", "implicit", "prose")], "一.(二)": [("各乡镇", "implicit", "prose")]}


def test_the_health_and_emergency_bureaus_still_carry_what_they_organise() -> None:
    """应 opens 应急管理局: no modal there."""
    got = plan_units(YIJUN, "（一）加强安全生产领域知识产权保护。由县应急管理局组织实施。\n")
    assert got == {"一.(一)": [("县应急管理局", "sole", "annotation")]}


# 2. task tables


def test_a_bureaus_own_plan_names_its_sections_in_a_responsible_section_column() -> None:
    got = _docx_units(
        [
            "桐庐县市场监督管理局知识产权工作要点（2024年）",
            "为加快知识产权强县建设，制定本要点。",
            "一、重点任务",
        ],
        [
            ["序号", "工作任务", "责任科室", "责任领导"],
            ["1", "开展专利导航项目", "知识产权科", "王某某"],
            ["2", "建设知识产权服务站", "知识产权科、综合科", "王某某"],
        ],
    )
    rows = {path: units for path, units in got.items() if "表" in path}
    assert list(rows.values()) == [
        [("知识产权科", "sole", "table")],
        [("知识产权科", "joint", "table"), ("综合科", "joint", "table")],
    ]


def test_a_responsible_and_a_helping_section_column() -> None:
    got = _docx_units(
        [
            "桐庐县市场监督管理局知识产权工作要点（2024年）",
            "为加快知识产权强县建设，制定本要点。",
            "一、重点任务",
        ],
        [["序号", "工作任务", "责任股室", "协同科室"], ["1", "开展专利导航项目", "知识产权股", "综合股"]],
    )
    assert [units for path, units in got.items() if "表" in path] == [
        [("知识产权股", "lead", "table"), ("综合股", "support", "table")]
    ]


def test_the_responsible_column_leads_the_supporters_named_beside_it() -> None:
    paragraphs = [
        "桐庐县知识产权强县建设工作方案（2024—2026年）",
        "为加快知识产权强县建设，制定本方案。",
        "一、重点任务",
    ]
    for responsible, support in (
        ("责任主体", "参与单位"),
        ("责任单位", "配合单位"),
        ("责任单位", "协同单位"),
    ):
        got = _docx_units(
            paragraphs,
            [
                ["序号", "工作任务", responsible, support],
                ["1", "开展专利导航项目", "县市场监管局", "县科技局、县经信局"],
                ["2", "建设知识产权服务站", "各乡镇（街道）", "县市场监管局"],
                ["3", "开展知识产权宣传", "县委宣传部", ""],
            ],
        )
        assert list(got.values()) == [
            [
                ("县市场监管局", "lead", "table"),
                ("县科技局", "support", "table"),
                ("县经信局", "support", "table"),
            ],
            [("各乡镇（街道）", "lead", "table"), ("县市场监管局", "support", "table")],
            [("县委宣传部", "sole", "table")],  # no supporter in the row: alone
        ], (responsible, support)


def test_a_responsible_cell_that_names_its_lead_keeps_it_and_its_units_come_first() -> None:
    got = plan_units(
        PINGYIN,
        "序号\t工作任务\t责任单位\t配合单位\n1\t开展专利导航项目\t县市场监管局（牵头）、县科技局\t县经信局\n",
    )
    assert list(got.values()) == [
        [
            ("县市场监管局", "lead", "table"),
            ("县科技局", "support", "table"),
            ("县经信局", "support", "table"),
        ]
    ]


# 3. a 分工 annex naming the items by number


LUONING = [
    "洛宁县知识产权强县建设工作方案（2024—2026年）",
    "为加快知识产权强县建设，制定本方案。",
    "一、重点任务",
    "（一）提升知识产权创造质量",
    "1.加强高价值专利培育。实施高价值专利培育计划。",
    "2.推进商标品牌建设。引导企业实施商标品牌战略。",
    "（二）加强知识产权保护",
    "1.强化行政执法。开展知识产权执法专项行动。",
    "2.健全多元解纷机制。建立知识产权纠纷调解组织。",
    "3.加强海外维权。建立海外知识产权纠纷应对指导工作站。",
    "二、保障措施",
    "（一）加强组织领导。成立工作领导小组。",
    "附件",
    "重点任务分工表",
    TABLE_MARK,
]
EXPECTED_LUONING = {
    "一.(一).1": [("县市场监管局", "lead", "table"), ("县科技局", "support", "table")],
    "一.(一).2": [("县市场监管局", "lead", "table"), ("县商务局", "support", "table")],
    "一.(二).1": [("县市场监管局", "lead", "table"), ("县公安局", "support", "table")],
    "一.(二).2": [("县司法局", "lead", "table"), ("县法院", "support", "table")],
    "一.(二).3": [("县司法局", "lead", "table"), ("县法院", "support", "table")],
    "二.(一)": [],
}


def test_annex_rows_naming_items_by_their_section_in_a_word_table() -> None:
    got = _docx_units(
        LUONING,
        [
            ["序号", "任务", "牵头单位", "配合单位"],
            ["1", "任务（一）1", "县市场监管局", "县科技局"],
            ["2", "任务（一）2", "县市场监管局", "县商务局"],
            ["3", "（二）1", "县市场监管局", "县公安局"],
            ["4", "（二）2、3", "县司法局", "县法院"],
        ],
    )
    assert got == EXPECTED_LUONING


def test_annex_rows_naming_items_by_chapter_and_section_in_a_text_table() -> None:
    text = "\n".join(LUONING[:-1]) + (
        "\n序号\t对应任务\t责任单位\t配合单位\n"
        "1\t一（一）1\t县市场监管局\t县科技局\n"
        "2\t一（一）2\t县市场监管局\t县商务局\n"
        "3\t一（二）1\t县市场监管局\t县公安局\n"
        "4\t一（二）2-3\t县司法局\t县法院\n"
    )
    doc, _ = extracted(text)
    assert named_units(doc) == EXPECTED_LUONING


def test_annex_lines_naming_items_by_their_section() -> None:
    text = "\n".join(LUONING[:-1]) + (
        "\n任务（一）1：县市场监管局牵头，县科技局配合\n"
        "任务（一）2：县市场监管局牵头，县商务局配合\n"
        "任务（二）1：县市场监管局牵头，县公安局配合\n"
        "任务（二）2-3：县司法局牵头，县法院配合\n"
    )
    doc, _ = extracted(text)
    assert named_units(doc) == EXPECTED_LUONING


def test_an_item_reference_with_its_chapter_and_section_but_not_a_sub_item_after_a_section() -> None:
    assert referred_numbers("一（二）3") == Referred((3,), ("item",), 1, 2)
    assert referred_numbers("二、（一）第1项") == Referred((1,), ("item",), 2, 1)
    assert referred_numbers("(三).1") == Referred((1,), ("item",), None, 3)
    assert referred_numbers("（二）") == Referred((2,), ("section",))
    assert referred_numbers("（一）（2）") is None
    assert referred_numbers("任务（一）二") is None


_CN = "一二三四五六七八九"


@given(
    chapter=st.one_of(st.none(), st.integers(1, 9)),
    section=st.integers(1, 9),
    items=st.lists(st.integers(1, 40), min_size=1, max_size=4, unique=True),
    lead=st.sampled_from(["", "任务"]),
    bracket=st.sampled_from(["（）", "()"]),
    joiner=st.sampled_from(["、", "，", "和"]),
    word=st.sampled_from(["", "第"]),
)
def test_section_references_read_back(
    chapter: int | None, section: int, items: list[int], lead: str, bracket: str, joiner: str, word: str
) -> None:
    """An item reference written with its section (and chapter) names those items of that section."""
    written = (
        (lead if chapter is None else _CN[chapter - 1])
        + f"{bracket[0]}{_CN[section - 1]}{bracket[1]}"
        + word
        + joiner.join(str(i) for i in items)
    )
    assert referred_numbers(written) == Referred(tuple(items), ("item",), chapter, section)
