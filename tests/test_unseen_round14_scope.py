"""Round 14 of plans the corpus does not show, written for the tests: how plans scope and time their
responsibilities.

A 湖南 county's 工作要点 (.txt, and as .docx, .html and a PDF whose lines wrap) whose items count their clauses
inside the paragraph as 第一，…；第二，…；第三，… or 一要…；二要…, each clause closing with its own （县科技局负责）
note: each is a clause of the item with its own units, as 一是/二是 are (never 第一批 or 第一阶段, nor an ordinal
after other words: 放在第一，). A chapter's tasks that name nobody are closed by one line (以上任务由县市场监管局牵头，
县公安局、县人民法院配合，长期坚持) that speaks for each, its time limit theirs; the collective bodies
(各乡镇（街道）, 各园区管委会, 县知识产权工作领导小组各成员单位, 县直各有关部门) are read as collectives.

The same county's notes that write their time limit after the units with no 完成时限 label and no date before
前 (（县市场监管局负责，持续开展）, （…配合；常态化推进）, （县科技局负责，年内完成）, （县市场监管局，2024—2025年）):
the piece is the task's deadline, never a unit's name (年内完成 of a plan for one year: that year's end) (a note of 持续开展 was read as no note at all, its unit
taken from the prose with its bracket: （县市场监管局). A span of years written with its 年 once
(2024—2025年实现专利转化运用50件) opens a target as 2024年至2025年 does: the target's year is the last, the span
no part of the indicator; nor is a clause's count (一要新增发明专利授权量60件以上, 一是新增…): 新增 after it is the
target's flag. A note that a remark closes (（县市场监管局负责，确保取得实效）) is read as a sentence, its unit named
without the bracket it does not close.

A county-level city's task table (.docx, .html) with a 责任领导 column of people and posts (李明（副市长）,
张伟副市长, 市政府分管领导) beside 牵头单位 and 责任单位: the people are no units; its deadline column writes
2024年12月底前, 长期坚持, 持续推进, 每季度末 and 2024年—2025年 (a span of time: its end is the date);
各银行机构 (各金融机构, 各银行业金融机构, 各商业银行) is a collective of the region's banks and insurers.
"""

from __future__ import annotations

import pytest

from policykg.models import Document
from tests.formats import TABLE_MARK, paragraphs_of, to_docx, to_html, to_pdf
from tests.plans import extracted, named_units


def _roles(doc: Document) -> dict[str, list[tuple[str, str]]]:
    """Per task path, the units named and their roles (a name wrapped over a PDF's lines rejoined)."""
    return {
        path: [(s.replace("\n", ""), role) for s, role, _ in units]
        for path, units in named_units(doc).items()
    }


def _deadlines(doc: Document) -> dict[str, tuple[str | None, str | None]]:
    return {t.path: (t.deadline, t.deadline_date) for t in doc.tasks}


# --- 第一，…第二，… and 一要…二要… clauses; one closing line for a chapter's tasks --------------------------------

NINGYUAN = """宁远县2024年知识产权强县建设工作要点
为深入贯彻落实《湖南省知识产权强省建设纲要》，推进知识产权强县建设，现制定如下工作要点。
一、强化知识产权创造
（一）提升专利质量。第一，实施高价值专利培育工程，新增发明专利授权量60件以上（县科技局负责）；第二，开展专利导航服务，完成专利导航项目1个（县工信局负责）；第三，组织企业参加知识产权贯标（县市场监管局负责）。
（二）培育商标品牌。一要推进“宁远九嶷山”区域公用品牌建设（县农业农村局负责，完成时限：2024年12月）；二要支持企业申请驰名商标（县市场监管局负责，长期坚持）。
（三）推进地理标志保护。推动宁远红薯粉地理标志产品保护，组织第一批企业申请使用地理标志专用标志，2024年6月底前完成申报材料。
二、加强知识产权保护
（一）加强行政执法。开展“铁拳”专项行动，查处侵权假冒案件10件以上。
（二）强化司法保护。推进知识产权民事、刑事、行政案件“三合一”审判机制改革。
（三）健全纠纷调解机制。建立知识产权纠纷人民调解委员会，把调解放在第一，年内实现调解组织全覆盖。
以上任务由县市场监管局牵头，县公安局、县人民法院配合，长期坚持。
三、促进知识产权运用
（一）推进质押融资。推动银行机构开展知识产权质押融资业务（县金融服务中心负责，持续推进）。
（二）促进专利转化。2024—2025年实现专利转化运用50件（县科技局牵头，各乡镇（街道）、各园区管委会配合）。
（三）加强知识产权服务。建设知识产权公共服务网点（县知识产权工作领导小组各成员单位按职责分工负责）。
四、保障措施
县直各有关部门要高度重视，各成员单位要于每年12月10日前报送年度工作总结。
宁远县人民政府办公室
2024年3月8日
"""


@pytest.fixture(scope="module", params=["txt", "docx", "html", "pdf"])
def ningyuan(request: pytest.FixtureRequest) -> Document:
    paras = paragraphs_of(NINGYUAN)
    data: str | bytes = {
        "txt": lambda: NINGYUAN,
        "docx": lambda: to_docx(paras),
        "html": lambda: to_html(paras),
        "pdf": lambda: to_pdf(paras, width=34, page_numbers=True),
    }[request.param]()
    return extracted(data, f"ningyuan.{request.param}")[0]


def test_ordinal_clauses_each_with_their_note(ningyuan: Document) -> None:
    roles = _roles(ningyuan)
    assert roles["一.(一).第一"] == [("县科技局", "sole")]
    assert roles["一.(一).第二"] == [("县工信局", "sole")]
    assert roles["一.(一).第三"] == [("县市场监管局", "sole")]
    assert roles["一.(一)"] == []  # the item's units are its clauses'
    titles = {t.path: t.title for t in ningyuan.tasks}
    assert titles["一.(一).第一"] == "实施高价值专利培育工程"
    assert titles["一.(一).第三"] == "组织企业参加知识产权贯标"


def test_yi_yao_clauses_each_with_their_note(ningyuan: Document) -> None:
    roles = _roles(ningyuan)
    assert roles["一.(二).一要"] == [("县农业农村局", "sole")]
    assert roles["一.(二).二要"] == [("县市场监管局", "sole")]
    deadlines = _deadlines(ningyuan)
    assert deadlines["一.(二).一要"] == ("2024年12月", "2024-12")
    assert deadlines["一.(二).二要"] == ("长期坚持", None)
    assert deadlines["一.(二)"] == (None, None)


def test_ordinals_that_count_no_clauses() -> None:
    """第一批, 第一阶段 and an ordinal after other words (把调解放在第一，) open no clause."""
    doc, _ = extracted(NINGYUAN, "ningyuan.txt")
    paths = {t.path for t in doc.tasks}
    assert not any(p.startswith(("一.(三).", "二.(三).")) for p in paths)


def test_closing_line_speaks_for_the_chapter(ningyuan: Document) -> None:
    roles = _roles(ningyuan)
    for path in ("二.(一)", "二.(二)", "二.(三)"):
        assert roles[path] == [("县市场监管局", "lead"), ("县公安局", "support"), ("县人民法院", "support")]
    # a chapter's line covers no task of the next chapter
    assert roles["三.(一)"] == [("县金融服务中心", "sole")]
    # and its time limit is theirs
    deadlines = _deadlines(ningyuan)
    assert [deadlines[p] for p in ("二.(一)", "二.(二)", "二.(三)")] == [("长期坚持", None)] * 3


def test_collective_bodies(ningyuan: Document) -> None:
    typed = {
        r.agency.surface.replace("\n", ""): (r.agency.type, r.agency.collective)
        for t in ningyuan.tasks
        for r in t.responsibilities
    }
    assert typed["各乡镇（街道）"] == ("all_towns", True)
    assert typed["各园区管委会"] == ("all_zones", True)
    assert typed["县知识产权工作领导小组各成员单位"] == ("member_units", True)
    assert typed["县直各有关部门"] == ("direct_departments", True)
    roles = _roles(ningyuan)
    assert roles["三.(二)"] == [
        ("县科技局", "lead"),
        ("各乡镇（街道）", "support"),
        ("各园区管委会", "support"),
    ]


def test_undated_time_limit_in_a_note(ningyuan: Document) -> None:
    assert _deadlines(ningyuan)["三.(一)"] == ("持续推进", None)
    assert _deadlines(ningyuan)["一.(三)"] == ("2024年6月底前", "2024-06")


def test_span_of_years_opens_a_target() -> None:
    doc, _ = extracted(NINGYUAN, "ningyuan.txt")
    target = next(t for t in doc.targets if t.value == 50)
    assert (target.indicator, target.year, target.year_basis) == ("专利转化运用", 2025, "sentence")


# --- a note's time limit written after its units ------------------------------------------------------------

YONGXING = """永兴县2024年知识产权工作要点
一、重点工作
1.加强宣传。开展知识产权宣传周活动。（县市场监管局负责，持续开展）
2.强化执法。开展专项执法行动。（县市场监管局牵头，县公安局配合；常态化推进）
3.优化服务。建设知识产权服务网点。（县科技局负责，年内完成）
4.培育品牌。支持企业申请商标。（责任单位：县市场监管局；完成时限：长期坚持）
5.加强保护。推进知识产权快速维权。（县市场监管局，2024—2025年）
6.推进转化。开展专利转化专项行动。（县科技局负责，2024年11月底前完成）
7.完善制度。年底前出台知识产权纠纷快速处理工作制度，每年年底前报送实施情况。
永兴县人民政府办公室
2024年3月8日
"""


@pytest.fixture(scope="module", params=["txt", "gb18030"])
def yongxing(request: pytest.FixtureRequest) -> Document:
    data = YONGXING.encode("gb18030") if request.param == "gb18030" else YONGXING
    return extracted(data, "yongxing.txt")[0]


def test_time_limit_after_the_units_is_no_unit(yongxing: Document) -> None:
    roles = _roles(yongxing)
    assert roles["一.1"] == [("县市场监管局", "sole")]
    assert roles["一.2"] == [("县市场监管局", "lead"), ("县公安局", "support")]
    assert roles["一.5"] == [("县市场监管局", "sole")]
    # read from the notes, not from the prose with a note's bracket ((县市场监管局)
    assert all(
        r.basis == "annotation" for t in yongxing.tasks if t.path != "一.7" for r in t.responsibilities
    )


def test_time_limit_after_the_units_is_the_deadline(yongxing: Document) -> None:
    assert _deadlines(yongxing) == {
        "一.1": ("持续开展", None),
        "一.2": ("常态化推进", None),
        "一.3": ("年内完成", "2024-12"),  # the end of the one year the plan is for
        "一.4": ("长期坚持", None),
        "一.5": ("2024—2025年", "2025"),
        "一.6": ("2024年11月底前", "2024-11"),
        "一.7": ("年底前", "2024-12"),  # in the text; 每年年底前 recurs
    }


def test_end_of_the_year_of_a_plan_of_several_years_is_no_date() -> None:
    """年内完成 in a plan of several years names no year: the time limit is kept as written, with no date."""
    plan = YONGXING.replace("永兴县2024年知识产权工作要点", "永兴县知识产权强县建设工作方案（2024—2025年）")
    doc, _ = extracted(plan, "yongxing.txt")
    assert _deadlines(doc)["一.3"] == ("年内完成", None)
    assert _deadlines(doc)["一.7"] == ("年底前", None)


# --- a task table with a 责任领导 column ---------------------------------------------------------------------

QIYANG = """祁阳市2024年知识产权强市建设重点任务分解方案
为贯彻落实《永州市知识产权强市建设实施方案》，现将2024年重点任务分解如下。
一、重点任务
@TABLE
二、工作要求
各责任单位要于每季度末将工作进展报送市市场监管局。
祁阳市人民政府办公室
2024年4月2日
"""

QIYANG_TABLE = [
    ["序号", "重点任务", "责任领导", "牵头单位", "责任单位", "完成时限"],
    [
        "1",
        "开展高价值专利培育，新增发明专利授权量50件",
        "李明（副市长）",
        "市科技局",
        "市工信局、市市场监管局",
        "2024年12月底前",
    ],
    [
        "2",
        "开展知识产权执法专项行动",
        "王芳（市政府党组成员）",
        "市市场监管局",
        "市公安局、市人民法院",
        "长期坚持",
    ],
    ["3", "推动知识产权质押融资", "张伟副市长", "市金融服务中心", "各银行机构", "持续推进"],
    ["4", "推进商标品牌指导站建设", "李明", "市市场监管局", "各乡镇（街道）、市直各有关部门", "2024年6月"],
    ["5", "开展知识产权宣传培训", "市政府分管领导", "市知识产权工作领导小组各成员单位", "", "每季度末"],
    ["6", "建设知识产权维权援助工作站", "王芳", "市市场监管局", "市司法局", "2024年—2025年"],
]


@pytest.fixture(scope="module", params=["docx", "html"])
def qiyang(request: pytest.FixtureRequest) -> Document:
    convert = to_docx if request.param == "docx" else to_html
    assert TABLE_MARK in QIYANG
    return extracted(convert(paragraphs_of(QIYANG), QIYANG_TABLE), f"qiyang.{request.param}")[0]


def test_leader_column_names_no_unit(qiyang: Document) -> None:
    rows = {t.title: t for t in qiyang.tasks if t.kind == "table_row"}
    assert len(rows) == 6
    surfaces = {r.agency.surface for t in qiyang.tasks for r in t.responsibilities}
    assert not any(p in s for s in surfaces for p in ("李明", "王芳", "张伟", "副市长", "分管领导"))
    roles = {t.title: [(r.agency.surface, r.role) for r in t.responsibilities] for t in rows.values()}
    assert roles["推动知识产权质押融资"] == [("市金融服务中心", "lead"), ("各银行机构", "support")]
    assert roles["开展知识产权宣传培训"] == [("市知识产权工作领导小组各成员单位", "lead")]


def test_deadline_column(qiyang: Document) -> None:
    rows = {t.title: (t.deadline, t.deadline_date) for t in qiyang.tasks if t.kind == "table_row"}
    assert rows["开展高价值专利培育"] == ("2024年12月底前", "2024-12")
    assert rows["开展知识产权执法专项行动"] == ("长期坚持", None)
    assert rows["推动知识产权质押融资"] == ("持续推进", None)
    assert rows["推进商标品牌指导站建设"] == ("2024年6月", "2024-06")
    assert rows["开展知识产权宣传培训"] == ("每季度末", None)
    assert rows["建设知识产权维权援助工作站"] == ("2024年—2025年", "2025")  # a span of time: its end


def test_banks_gathered_are_a_collective(qiyang: Document) -> None:
    banks = next(
        r.agency for t in qiyang.tasks for r in t.responsibilities if r.agency.surface == "各银行机构"
    )
    assert (banks.type, banks.collective) == ("all_financial_institutions", True)
    assert banks.name == "祁阳市各银行机构"


def test_note_closed_by_a_remark_names_the_unit_without_its_bracket() -> None:
    """A note that a remark closes (（县市场监管局负责，确保取得实效）) is read as a sentence: its unit is named
    without the bracket the name does not close, the same body as the plan's other 县市场监管局."""
    doc, _ = extracted(
        "永兴县知识产权工作要点\n一、重点工作\n1.加强宣传。开展知识产权宣传周活动。（县市场监管局负责，确保取得实效）\n"
        "2.强化执法。开展专项执法行动。（县市场监管局负责）\n永兴县人民政府办公室\n2024年3月8日\n",
        "yongxing.txt",
    )
    units = {t.path: [(r.agency.surface, r.agency.id) for r in t.responsibilities] for t in doc.tasks}
    assert [s for s, _ in units["一.1"]] == ["县市场监管局"]
    assert units["一.1"][0][1] == units["一.2"][0][1]


def test_clause_count_is_no_part_of_a_target() -> None:
    """A target opening a clause (一要新增发明专利授权量60件以上；二是有效注册商标达到5000件): the clause's count is
    the plan's numbering, no part of the indicator, and 新增 after it is the target's flag."""
    doc, _ = extracted(
        "蓝山县知识产权工作要点\n一、重点工作\n1.提升质量。一要新增发明专利授权量60件以上；二要有效注册商标达到5000件。\n"
        "2.加强运用。一是新增专利质押融资金额1亿元；二是专利转化运用达到30件。\n蓝山县人民政府办公室\n2024年3月8日\n",
        "lanshan.txt",
    )
    found = {(t.task_id.rsplit("/", 1)[1], t.indicator, t.value, tuple(t.flags)) for t in doc.targets}
    assert found == {
        ("一.1.一要", "发明专利授权量", 60.0, ("increment",)),
        ("一.1.二要", "有效注册商标", 5000.0, ()),
        ("一.2.一是", "专利质押融资金额", 1.0, ("increment",)),
        ("一.2.二是", "专利转化运用", 30.0, ()),
    }
