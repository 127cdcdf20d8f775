"""Round 34: documents as portals, Word and Markdown give them (plans of counties and districts of Jiangxi,
Guangxi, Shanxi, Qinghai, Hainan, Chongqing, Shaanxi, Hubei and Gansu): their print record, the boxes of a
portal's page, tables continued over a page, rows heading parts, dittos and placeholders in cells, and the
names of support columns.

What was read wrong before:

- a print record set in a frame (版记: 抄送：县委办… / 县人民政府办公室 | 2023年5月12日印发, one column or
  two) right after the plan's last paragraph made that last task disappear: it is back matter, no table;
- a portal's boxes of links beside the article (<h3>政策解读</h3><ul><li><a>…</a></li></ul>, 通知公告 with
  lines of links) gave the plan's title (政策解读, the first link's notice) and dropped every task, or after
  the article added programmes and citations from other pages' titles: they are no part of the page's text;
- a task table continued without its header (续表, or a Word table split at a page) lost all the rows after
  the break: they are rows of the table above when as wide;
- a row heading a part of a task table with its part's number in a cell of its own (一 | 提升知识产权创造
  质量, merged along the rest of the row or written with empty cells) was a task of the government and the
  rows under it were not placed under it;
- a 同上 (ditto) in a unit or time cell was a unit named 同上 and a deadline of no date: it repeats the cell
  above; 无 / 暂无 in a unit cell was a unit: it names no one;
- 协作单位, 参加单位, 支持单位 columns were no support columns: their units were lost;
- a table of contents (目录 ↵ 一、总体要求……1) opened the plan's chapters a first time: the plan's own
  chapters were told apart as 三.(一)~2, 四~2;
- a notice's own numbered requirements (并提出如下要求 ↵ 一、… 二、…) before the plan it issues gave the plan's
  items under its second chapter the path of the notice's (二.(一) under 二~2); an annex after an annex
  holding the plan (附件2 after 附件1 ↵ …方案 ↵ 一、…) numbered its items as the body's (1, not 附件2.1);
- a chapter of the laws the plan is written under (一、编制依据 ↵ 1.《专利法》；) made each law a task;
- a time cell of several milestones (3月底前完成方案制定；6月底前启动建设；12月底前完成验收, 2024年6月、12月)
  dated the task by the first: the work is done by the last;
- a deadline written with dots or hyphens in a sentence or a note (2024.6.30前完成, 于2025-06-30前,
  完成时限：2024-10-31前) gave no date.
"""

from __future__ import annotations

import io

from docx import Document as new_docx
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import extracted, named_units


def _docx(
    paragraphs_before: list[str], rows: list[list[str]], after: list[str] = (), merge: bool = False
) -> bytes:
    """A .docx of paragraphs, a table of ``rows`` (a row of one cell merged across when ``merge``), and
    paragraphs after it."""
    document = new_docx()
    for line in paragraphs_before:
        document.add_paragraph(line)
    width = max(len(r) for r in rows)
    table = document.add_table(rows=len(rows), cols=width)
    for i, row in enumerate(rows):
        cells = table.rows[i].cells
        if len(row) < width and merge:
            merged = cells[len(row) - 1].merge(cells[width - 1])
            for j, words in enumerate(row[:-1]):
                cells[j].text = words
            merged.text = row[-1]
            continue
        for j, words in enumerate(row):
            cells[j].text = words
    for line in after:
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _html(body: str, title: str = "") -> bytes:
    return (
        f'<html><head><meta charset="utf-8"><title>{title}</title></head><body>{body}</body></html>'.encode()
    )


# --- the print record (版记) in a frame ---------------------------------------------------------------

YUGAN = [
    "余干县知识产权强县建设工作方案",
    "一、重点任务",
    "（一）开展专利导航。县科技局要围绕主导产业开展专利导航。",
    "（二）加强商标品牌培育。（责任单位：县市场监管局）",
]


def test_print_record_table_after_the_last_task_in_html() -> None:
    paragraphs = "".join(f"<p>{line}</p>" for line in YUGAN)
    record = (
        '<table border="1"><tr><td colspan="2">抄送：县委办，县人大办，县政协办。</td></tr>'
        '<tr><td>余干县人民政府办公室</td><td align="right">2023年5月12日印发</td></tr></table>'
    )
    doc, _ = extracted(_html(paragraphs + record), "plan.html")
    units = named_units(doc)
    assert units["一.(二)"] == [("县市场监管局", "sole", "annotation")]
    assert doc.plan.date == "2023-05-12"
    # a table of data at the plan's end stays a table
    data = '<table border="1"><tr><th>序号</th><th>重点任务</th><th>责任单位</th></tr>'
    data += "<tr><td>1</td><td>开展地理标志产品保护</td><td>县农业农村局</td></tr></table>"
    doc, _ = extracted(_html(paragraphs + data + record), "plan.html")
    assert any(t.kind == "table_row" for t in doc.tasks)
    assert "一.(二)" in named_units(doc)


def test_print_record_of_one_column_in_docx() -> None:
    rows = [
        ["抄送：市委办公室，市人大常委会办公室。"],
        ["百色市右江区人民政府办公室          2024年3月8日印发"],
    ]
    lines = [
        "右江区知识产权工作要点",
        "一、强化知识产权保护",
        "（一）开展执法行动。（责任单位：区市场监管局）",
        "（二）推进纠纷调解。（责任单位：区司法局）",
    ]
    doc, _ = extracted(_docx(lines, rows), "plan.docx")
    assert named_units(doc)["一.(二)"] == [("区司法局", "sole", "annotation")]
    # the same record as a Markdown table under a task table: back matter, no note of the chapter's
    text = (
        "# 右江区知识产权工作要点\n\n## 一、重点任务\n\n| 序号 | 工作任务 | 牵头单位 | 配合单位 |\n|---|---|---|---|\n"
        "| 1 | 开展专利导航 | 区科技局 | 区市场监管局 |\n\n"
        "| 抄送：区委办，区人大办。 | |\n|---|---|\n| 百色市右江区人民政府办公室 | 2024年3月8日印发 |\n"
    )
    doc, _ = extracted(text, "plan.md")
    assert set(named_units(doc)) == {"一.表1.1"}


def test_print_record_after_the_safeguards_in_docx() -> None:
    lines = [
        *YUGAN[:2],
        "（一）开展专利导航。（责任单位：县科技局）",
        "二、保障措施",
        "县财政局要加强经费保障。",
    ]
    rows = [
        ["抄送：县委办，县人大办。", "抄送：县委办，县人大办。"],
        ["余干县人民政府办公室", "2023年5月12日印发"],
    ]
    doc, _ = extracted(_docx(lines, rows), "plan.docx")
    assert "二" in named_units(doc)


# --- a portal's boxes of links ---------------------------------------------------------------------------

ARTICLE = (
    '<h2 class="art-title">宾阳县2024年知识产权工作要点</h2><div class="art-body">'
    "<p>一、加强知识产权创造</p>"
    "<p>（一）实施专利提质增效工程。全年发明专利授权量达到40件。（责任单位：县市场监管局、县科技局）</p>"
    "<p>（二）加强地理标志保护。（责任单位：县农业农村局）</p></div>"
)


@given(
    heading=st.sampled_from(["政策解读", "通知公告", "最新动态", "热点专题", "图片新闻"]),
    before=st.booleans(),
    tag=st.sampled_from(["h3", "div", "span"]),
)
@settings(max_examples=12, deadline=None)
def test_a_box_of_links_is_no_part_of_the_page(heading: str, before: bool, tag: str) -> None:
    box = (
        f'<div class="box"><div class="hd"><{tag}>{heading}</{tag}><a>更多&gt;&gt;</a></div>'
        "<ul><li><a>图解：《南宁市知识产权资助办法》</a></li>"
        "<li><a>关于开展2024年知识产权质押融资入园惠企活动的通知</a> 2024-04-26</li></ul></div>"
    )
    body = f'<div class="l">{box}</div><div class="r">{ARTICLE}</div>' if before else ARTICLE + box
    doc, text = extracted(_html(body, "宾阳县2024年知识产权工作要点 - 宾阳县人民政府"), "page.html")
    assert doc.plan.title == "宾阳县2024年知识产权工作要点"
    assert set(named_units(doc)) == {"一.(一)", "一.(二)"}
    assert "南宁市" not in text
    assert not doc.citations
    assert all(p.program_id != "pledge_financing" for p in doc.programs)


def test_lines_of_links_under_a_box_heading() -> None:
    box = (
        '<div class="mod"><div class="mod-hd"><span>热点专题</span></div><div class="mod-bd">'
        "<p><a>关于印发《桂林市知识产权质押融资奖补办法》的通知</a> 2024-03-02</p>"
        "<p><a>一图读懂商标品牌战略</a></p></div></div>"
    )
    annex = "<p>附件：</p><p><a>1.宾阳县知识产权重点任务分工表</a></p>"  # the plan's own: kept
    doc, text = extracted(_html(ARTICLE + annex + box), "page.html")
    assert "桂林市" not in text
    assert not doc.citations
    assert "重点任务分工表" in text


# --- a table continued without its header ----------------------------------------------------------------

HEADER = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
ROWS = [
    ["1", "实施专利转化专项行动", "区科技局", "区市场监管局", "2024年12月"],
    ["2", "开展知识产权执法行动", "区市场监管局", "区公安分局", "2024年11月"],
    ["3", "建设知识产权纠纷调解组织", "区司法局", "区法院", "2024年6月"],
]


def _rows(cells: list[list[str]]) -> str:
    return "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in cells)


@given(caption=st.sampled_from(["续表", "续表1", "（续表）", "续上表", "重点任务分工表（续）", ""]))
@settings(max_examples=6, deadline=None)
def test_continued_table_rows_in_html(caption: str) -> None:
    first = '<table border="1"><tr>' + "".join(f"<th>{h}</th>" for h in HEADER) + "</tr>" + _rows(ROWS[:1])
    second = f'</table><p>{caption}</p><table border="1">{_rows(ROWS[1:])}</table>'
    other = '<p>续表</p><table border="1"><tr><td>发明专利</td><td>120件</td></tr></table>'  # not as wide
    doc, _ = extracted(
        _html("<p>阳泉市郊区知识产权强区建设重点任务分工表</p>" + first + second + other), "t.html"
    )
    units = named_units(doc)
    assert len(units) == 3
    assert ("区司法局", "lead", "table") in units["表1.3"]


def test_continued_table_in_docx() -> None:
    document = new_docx()
    document.add_paragraph("洪洞县知识产权强县建设重点任务分工表")
    for part, rows in ((0, [HEADER, *ROWS[:2]]), (1, ROWS[2:])):
        if part:
            document.add_paragraph("续表")
        table = document.add_table(rows=len(rows), cols=5)
        for i, row in enumerate(rows):
            for j, words in enumerate(row):
                table.rows[i].cells[j].text = words
    out = io.BytesIO()
    document.save(out)
    doc, _ = extracted(out.getvalue(), "t.docx")
    assert ("区法院", "support", "table") in named_units(doc)["表1.3"]


# --- a row heading a part, its number in a cell of its own ------------------------------------------------

SECTIONS = [
    HEADER,
    ["一", "提升知识产权创造质量"],
    ["1", "培育高价值发明专利", "区科技局", "区市场监管局", "2025年底前"],
    ["2", "实施商标品牌战略", "区农牧水利局", "区市场监管局", "2024年底前"],
    ["二", "加强知识产权保护"],
    ["3", "开展知识产权执法专项行动", "区市场监管局", "区公安分局", "每年"],
]


def _placed(doc: object) -> dict[str, str]:
    return {t.title or "": t.path for t in doc.tasks}  # type: ignore[attr-defined]


def test_numbered_part_row_merged_in_html() -> None:
    rows = "".join(
        f'<tr><td>{r[0]}</td><td colspan="4">{r[1]}</td></tr>' if len(r) == 2 else _rows([r])
        for r in SECTIONS[1:]
    )
    head = "<tr>" + "".join(f"<th>{h}</th>" for h in HEADER) + "</tr>"
    doc, _ = extracted(
        _html(f'<p>城北区知识产权强区建设重点任务分工方案</p><table border="1">{head}{rows}</table>')
    )
    placed = _placed(doc)
    assert "提升知识产权创造质量" not in placed
    assert placed["开展知识产权执法专项行动"].startswith("二.")
    assert placed["培育高价值发明专利"].startswith("一.")


def test_numbered_part_row_merged_in_docx() -> None:
    doc, _ = extracted(
        _docx(["西宁市城北区知识产权强区建设重点任务分工方案"], SECTIONS, merge=True), "t.docx"
    )
    placed = _placed(doc)
    assert "加强知识产权保护" not in placed
    assert placed["实施商标品牌战略"].startswith("一.")


@given(number=st.sampled_from(["一", "一、", "（一）", "第一部分"]))
@settings(max_examples=4, deadline=None)
def test_numbered_part_row_with_empty_cells_in_markdown(number: str) -> None:
    lines = [
        "# 秦都区知识产权强区建设重点任务清单",
        "",
        "| 序号 | 重点任务 | 责任单位 | 配合单位 | 完成时限 |",
        "|---|---|---|---|---|",
        f"| {number} | 知识产权创造 | | | |",
        "| 1 | 开展高价值专利培育 | 区科技局 | 区工信局 | 2024年12月底前 |",
        "| 2 | 推进商标品牌建设 | 区市场监管局 | 区农业农村局 | 2024年10月 |",
    ]
    doc, _ = extracted("\n".join(lines) + "\n", "plan.md")
    placed = _placed(doc)
    assert "知识产权创造" not in placed
    assert placed["推进商标品牌建设"].count(".") == 2


# --- dittos and placeholders in cells ---------------------------------------------------------------------


@given(ditto=st.sampled_from(["同上", "同上。", "〃"]))
@settings(max_examples=3, deadline=None)
def test_ditto_cells_repeat_the_row_above(ditto: str) -> None:
    head = "<tr>" + "".join(f"<th>{h}</th>" for h in HEADER) + "</tr>"
    rows = _rows(
        [
            ["1", "建设区级知识产权公共服务网点", "区市场监管局", "区科工信局", "2024年9月"],
            ["2", "开展知识产权政策宣讲进企业活动", ditto, ditto, ditto],
            ["3", "开展专利代理行业检查", "区司法局", ditto, "2024年12月"],
        ]
    )
    doc, _ = extracted(
        _html(f'<p>天涯区2024年知识产权重点工作任务分解表</p><table border="1">{head}{rows}</table>')
    )
    units = named_units(doc)
    assert units["表1.2"] == [("区市场监管局", "lead", "table"), ("区科工信局", "support", "table")]
    assert units["表1.3"] == [("区司法局", "lead", "table"), ("区科工信局", "support", "table")]
    second = next(t for t in doc.tasks if t.path == "表1.2")
    assert second.deadline_date == "2024-09"


@given(none=st.sampled_from(["无", "暂无", "无。", "不涉及"]))
@settings(max_examples=4, deadline=None)
def test_placeholder_unit_cells_name_no_one(none: str) -> None:
    head = "<tr>" + "".join(f"<th>{h}</th>" for h in HEADER) + "</tr>"
    rows = _rows([["1", "开展种业知识产权保护", "区农业农村局", none, "全年"]])
    doc, _ = extracted(
        _html(f'<p>天涯区2024年知识产权重点工作任务分解表</p><table border="1">{head}{rows}</table>')
    )
    assert named_units(doc)["表1.1"] == [("区农业农村局", "lead", "table")]


# --- support columns -------------------------------------------------------------------------------------


@given(column=st.sampled_from(["协作单位", "参加单位", "支持单位", "参加部门", "协作部门"]))
@settings(max_examples=5, deadline=None)
def test_support_columns_by_other_names(column: str) -> None:
    head = (
        "<tr>"
        + "".join(f"<th>{h}</th>" for h in ["序号", "工作任务", "牵头单位", column, "完成时限"])
        + "</tr>"
    )
    rows = _rows([["1", "开展专利导航", "区科技局", "区市场监管局、区经济信息委", "2024年12月"]])
    doc, _ = extracted(_html(f'<p>涪陵区2024年知识产权工作要点</p><table border="1">{head}{rows}</table>'))
    assert ("区经济信息委", "support", "table") in named_units(doc)["表1.1"]


# --- contents, a notice's own requirements, annexes after the plan, a chapter of the plan's bases ----------


@given(leader=st.sampled_from(["……", "…………………", "..........", "·······", "……— "]))
@settings(max_examples=5, deadline=None)
def test_table_of_contents_opens_no_chapter(leader: str) -> None:
    toc = "".join(
        f"{head}{leader}{page}\n"
        for head, page in (
            ("一、总体要求", 1),
            ("二、重点任务", 3),
            ("（一）强化知识产权创造", 3),
            ("三、保障措施", 8),
        )
    )
    text = (
        "武清区知识产权强区建设实施方案（2023—2025年）\n\n目　录\n"
        + toc
        + "\n一、总体要求\n    以习近平新时代中国特色社会主义思想为指导。\n\n二、重点任务\n"
        "    （一）强化知识产权创造。实施专利质量提升工程。（责任单位：区科技局）\n\n"
        "三、保障措施\n    区财政局要加强经费保障。\n"
    )
    doc, _ = extracted(text)
    paths = {t.path for t in doc.tasks}
    assert "二.(一)" in paths
    assert not any("~" in p for p in paths)


def test_notice_requirements_before_the_plan_keep_their_own_paths() -> None:
    text = (
        "庄浪县人民政府办公室关于印发庄浪县知识产权工作方案的通知\n\n各乡镇人民政府，县政府各部门：\n"
        "    现将《庄浪县知识产权工作方案》印发给你们，并提出如下要求，请一并贯彻落实。\n"
        "    一、提高思想认识。各乡镇要把知识产权工作纳入重要议事日程。\n"
        "    二、及时报送信息。各有关部门要于每年12月10日前将工作进展报县市场监管局。\n\n"
        "庄浪县人民政府办公室\n2023年7月3日\n\n庄浪县知识产权工作方案\n\n一、工作目标\n"
        "    到2025年，全县有效发明专利拥有量达到35件。\n\n二、重点任务\n"
        "    （一）推动专利转化运用。（牵头单位：县科技局；配合单位：县工信局）\n"
    )
    doc, _ = extracted(text)
    second = next(t for t in doc.tasks if t.title == "推动专利转化运用")
    assert second.path == "二~2.(一)"
    assert [s.path for s in doc.sections if s.title == "重点任务"] == ["二~2"]


def test_annex_after_the_plans_annex_numbers_its_own_items() -> None:
    text = (
        "盘锦市大洼区人民政府办公室关于印发大洼区知识产权强区建设工作方案的通知\n\n"
        "各镇人民政府、街道办事处，区政府各部门：\n　　现将《大洼区知识产权强区建设工作方案》印发给你们。\n\n"
        "　　附件：1.大洼区知识产权强区建设工作方案\n　　　　　2.大洼区知识产权强区建设重点任务清单\n\n"
        "盘锦市大洼区人民政府办公室\n2024年4月8日\n\n附件1\n\n大洼区知识产权强区建设工作方案\n\n"
        "　　一、工作目标\n　　到2025年，全区有效发明专利拥有量达到260件。\n"
        "　　二、重点任务\n　　1.加强专利导航。（责任单位：区科技局）\n\n附件2\n\n"
        "大洼区知识产权强区建设重点任务清单\n\n　　1.实施地理标志运用促进工程。\n"
        "　　牵头单位：区农业农村局\n　　完成时限：2025年12月\n"
    )
    doc, _ = extracted(text)
    paths = {t.title: t.path for t in doc.tasks}
    assert paths["实施地理标志运用促进工程"] == "附件2.1"
    assert paths["加强专利导航"] == "二.1"


@given(head=st.sampled_from(["编制依据", "制定依据", "规划依据", "政策依据", "主要依据"]))
@settings(max_examples=5, deadline=None)
def test_a_chapter_of_the_plans_bases_sets_no_work(head: str) -> None:
    text = (
        "蓝田县知识产权强县建设实施方案（2023—2025年）\n\n"
        f"一、{head}\n    1.《中华人民共和国专利法》；\n    2.《知识产权强国建设纲要（2021—2035年）》；\n"
        "    3.《陕西省知识产权保护和促进条例》。\n\n二、主要目标\n    到2025年，全县有效发明专利拥有量达到120件。\n\n"
        "三、重点任务\n    （一）开展专利导航。（责任单位：县市场监管局）\n"
    )
    doc, _ = extracted(text)
    assert {t.path for t in doc.tasks} == {"三.(一)"}
    assert any(c.title == "中华人民共和国专利法" for c in doc.citations)


# --- deadlines: milestones in a cell, dates written with dots or hyphens ----------------------------------


def test_milestones_in_a_time_cell_date_the_task_by_the_last() -> None:
    head = "<tr><th>序号</th><th>工作任务</th><th>责任单位</th><th>完成时限</th></tr>"
    rows = _rows(
        [
            [
                "1",
                "建设知识产权运营平台",
                "区市场监管局",
                "3月底前完成方案制定；6月底前启动建设；12月底前完成验收",
            ],
            ["2", "开展专利质押融资对接", "区金融办", "2024年6月、12月"],
            ["3", "开展商标品牌培育", "区商务委", "2024年9月底前，2025年6月底前"],
        ]
    )
    doc, _ = extracted(
        _html(f'<p>北碚区2024年知识产权工作任务清单</p><table border="1">{head}{rows}</table>')
    )
    dates = {t.path: t.deadline_date for t in doc.tasks}
    assert dates == {"表1.1": "2024-12", "表1.2": "2024-12", "表1.3": "2025-06"}


@given(
    written=st.sampled_from(
        [
            ("2024.6.30前完成", "2024-06"),
            ("于2025-06-30前完成建设", "2025-06"),
            ("2024/10/31前建成", "2024-10"),
            ("在2025-3前完成", "2025-03"),
        ]
    )
)
@settings(max_examples=4, deadline=None)
def test_deadlines_written_with_dots_or_hyphens(written: tuple[str, str]) -> None:
    words, date = written
    text = (
        "清镇市2023—2025年知识产权工作方案\n\n一、重点任务\n"
        f"    1.建设知识产权服务工作站，{words}。（责任单位：市市场监管局）\n"
        "    2.建设维权援助分中心。（责任单位：市市场监管局；完成时限：2024-10-31前）\n"
    )
    doc, _ = extracted(text)
    dates = {t.path: t.deadline_date for t in doc.tasks}
    assert dates == {"一.1": date, "一.2": "2024-10"}
