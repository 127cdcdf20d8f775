"""Round 37: task tables (任务分工表, 重点任务清单, 责任清单) of 广西, 海南, 新疆, 宁夏 and 青海 plans, as .md, .html,
.docx and .txt write them.

What was read wrong before:

- the places gathered with 各 were read as one collective only when their levels were 县, 市, 区 or 旗: 各设区
  市、县（市、区）人民政府 (广西), 各市、州人民政府 and 各州、市（地）人民政府（行署） (青海), 各地、州、市人民政府
  (新疆) split at 、 into 各设区市 and the one government 县（市、区）人民政府, or 各地, a body 州 and 市人民政府;
  伊犁州直各县（市）人民政府 (the counties 伊犁州 runs directly) was one county government;
  the body standing in a government's stead written after the governments (各地（州、市）人民政府、行政公署, 各县
  （市、区）人民政府、管委会) became one 行政公署 or 管委会 of the plan's region;
- a zone's committee whose name closes in 区 before 管委会 (育才生态区管委会, 海棠湾区管委会) lost its zone's name:
  the 区 was read as the level prefix of a body written right after its work, so the unit read was 区管委会 and the
  units before it in the note (市商务局，…) were taken for that work and lost;
- the 兵团's divisions gathered before their bureaus (兵团各师市市场监管局) were cut to the city's own 市市场监管局:
  兵团各师 was read as the work written before a body;
- the national patent office's agency in a provincial capital (国家知识产权局专利局乌鲁木齐代办处, 专利局南宁代办处),
  a supporter in many provinces' tables, was a body of no type;
- 宁夏's market regulator, a 厅 (自治区市场监管厅, 宁夏回族自治区市场监督管理厅), was a body of no type;
- 海南's statutory bodies running its other zones (三亚中央商务区管理局, 博鳌乐城国际医疗旅游先行区管理局) were bodies
  of no type;
- an autonomous county written short (大通县 for 大通回族土族自治县) in a list of places sharing the last one's body
  (湟中区、大通县、湟源县人民政府) broke the sharing: 大通县 became a body of no type, resolved to a county of
  北京 (通县);
- a county named alone in a unit cell (配合单位：湟源县、大通县; 城东区、城中区) was no government when its name was an
  autonomous county's short form (大通县, 门源县) or held another region's name inside it (城东区 holds 攀枝花's
  东区, 大通县 北京's former 通县): the place inside was taken, and the unit was a body of no type;
- a category row written into the task's column with the 序号 cell empty (| | 二、知识产权保护 | | |, in .md,
  .html or tab-separated text) became a task of its own with no unit, its rows under the part above; in
  tab-separated text a category merged across the row (知识产权创造\t\t\t\t, the other cells empty) ended the
  table at its header, so none of its rows was read;
- a table typed with spaces whose first column is a category written once over its rows (类别  序号  工作任务
  …, the category cell blank below it) read each row under a category as a wrapped line of the row above:
  the row was lost and its number ran into the task's title above (推进盐湖化工产业专利导航2); and a task cell
  wrapped onto the next line lost the words wrapped when CJK words stood left of it (the line below was
  measured in characters, the layout in screen columns);
- a table typed with spaces (a PDF's text with its layout kept) going on after a page break without its
  header repeated lost every row after the break: the page number taken out left two blank lines, which
  ended the table;
- a time column named 时间进度 (over 一季度 | 二季度 | 三季度 | 四季度, a mark under each quarter the work takes),
  时间要求 or 实施时间 was no deadline column: the rows had no deadline;
- a table cell listing its work item by item (1.开展…<br>2.加强…, （1）推进…；（2）…, ①建立…；②…, 1、开展… 2、开展…)
  gave the row's task a title holding the first item's number, or running on over the next item.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import extracted, named_units, plan_units


@settings(max_examples=6, deadline=None)
@given(
    plan=st.sampled_from(["伊犁哈萨克自治州", "新疆维吾尔自治区"]),
    units=st.sampled_from(["伊犁州直各县（市）人民政府", "州直各县（市）人民政府"]),
)
def test_the_counties_a_prefecture_runs_directly_are_one_collective(plan: str, units: str) -> None:
    if plan != "伊犁哈萨克自治州" and not units.startswith("伊犁"):
        units = "伊犁" + units
    doc, _ = extracted(
        f"{plan}2024年知识产权工作要点\n\n一、重点任务\n\n1.开展地理标志保护。（责任单位：{units}）\n"
    )
    (task,) = doc.tasks
    assert [(r.agency.surface, r.agency.type, r.agency.collective) for r in task.responsibilities] == [
        (units, "all_governments", True)
    ]


GUANGXI_TABLE = (
    "# {region}2024年知识产权强区建设工作要点\n\n## 一、重点任务\n\n"
    "| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |\n| --- | --- | --- | --- | --- |\n"
    "| 1 | 开展专利转化运用专项行动。 | 自治区知识产权局 | {units} | 2024年12月底前 |\n"
)
GATHERED = [
    "各设区市、县（市、区）人民政府",
    "各市、州人民政府",
    "各州、市人民政府",
    "各地、州、市人民政府",
    "各州、市（地）人民政府（行署）",
    "各地（州、市）人民政府、行政公署",
    "各县（市、区）人民政府、管委会",
]


@settings(max_examples=14, deadline=None)
@given(
    gathered=st.sampled_from(GATHERED),
    region=st.sampled_from(["广西壮族自治区", "新疆维吾尔自治区", "青海省"]),
    as_note=st.booleans(),
)
def test_places_gathered_with_any_level_are_one_collective(gathered: str, region: str, as_note: bool) -> None:
    if as_note:
        doc, _ = extracted(
            f"{region}2024年知识产权工作要点\n\n一、重点任务\n\n"
            f"1.开展专利转化运用专项行动。（责任单位：自治区知识产权局，{gathered}）\n"
        )
    else:
        doc, _ = extracted(GUANGXI_TABLE.format(region=region, units=gathered), "plan.md")
    (task,) = doc.tasks
    found = [(r.agency.surface, r.agency.type, r.agency.collective) for r in task.responsibilities]
    assert (gathered, "all_governments", True) in found
    assert len(found) == 2
    # a level runs into no body's word: 各地、市场监管部门 are the places and the market regulator
    doc, _ = extracted(
        f"{region}2024年知识产权工作要点\n\n一、重点任务\n\n1.开展宣传。（责任单位：各地、市场监管部门）\n"
    )
    assert [r.agency.surface for r in doc.tasks[0].responsibilities] == ["各地", "市场监管部门"]


SANYA = "三亚市2024年知识产权保护工作方案\n\n一、重点任务\n\n"


@settings(max_examples=12, deadline=None)
@given(
    zone=st.sampled_from(["育才生态区", "海棠湾区", "红沙生态区", "三亚育才生态区"]),
    committee=st.sampled_from(["管委会", "管理委员会"]),
    before=st.sampled_from(["市商务局，", "市商务局、", ""]),
)
def test_a_zone_closing_in_qu_keeps_its_name_before_its_committee(
    zone: str, committee: str, before: str
) -> None:
    units = plan_units(SANYA, f"1.加强展会知识产权保护。（责任单位：{before}{zone}{committee}）\n")
    surfaces = [surface for surface, _, _ in units["一.1"]]
    assert surfaces == ([before[:-1]] if before else []) + [zone + committee]


@settings(max_examples=6, deadline=None)
@given(
    body=st.sampled_from(
        [
            "三亚中央商务区管理局",
            "博鳌乐城国际医疗旅游先行区管理局",
            "陵水黎安国际教育创新试验区管理局",
            "文昌国际航天城管理局",
        ]
    )
)
def test_hainans_statutory_zone_bodies_are_zone_committees(body: str) -> None:
    doc, _ = extracted(
        "海南省2024年知识产权工作要点\n\n一、重点任务\n\n| 序号 | 工作任务 | 责任单位 | 完成时限 |\n"
        f"| --- | --- | --- | --- |\n| 1 | 加强自由贸易港知识产权保护。 | 省知识产权局、{body} | 持续推进 |\n",
        "plan.md",
    )
    (task,) = doc.tasks
    assert {(r.agency.surface, r.agency.type) for r in task.responsibilities} == {
        ("省知识产权局", "ip_office"),
        (body, "zone_committee"),
    }


@settings(max_examples=8, deadline=None)
@given(
    places=st.sampled_from(
        [("湟中区", "大通县", "湟源县"), ("大通县", "湟源县"), ("湟源县", "大通县"), ("湟中区", "大通县")]
    ),
    body=st.sampled_from(["人民政府", "市场监管局"]),
)
def test_an_autonomous_county_written_short_shares_the_last_ones_body(
    places: tuple[str, ...], body: str
) -> None:
    units = "、".join(places) + body
    doc, _ = extracted(
        f"西宁市2024年知识产权工作要点\n\n一、重点任务\n\n1.开展地理标志保护。（责任单位：{units}）\n"
    )
    (task,) = doc.tasks
    read = {r.agency.id for r in task.responsibilities}
    ids = {"湟中区": "630106", "大通县": "630121", "湟源县": "630123"}
    kind = "government" if body == "人民政府" else "market_regulation"
    assert read == {f"agency/{ids[p]}/{kind}" for p in places}


@settings(max_examples=10, deadline=None)
@given(
    cell=st.sampled_from(
        [
            "1.开展商标专用权保护专项行动。<br>2.加强对重点商品交易市场的监管。",
            "（1）开展商标专用权保护专项行动；（2）加强对重点商品交易市场的监管。",
            "①开展商标专用权保护专项行动；②加强对重点商品交易市场的监管。",
            "1、开展商标专用权保护专项行动 2、加强对重点商品交易市场的监管",
            "1）开展商标专用权保护专项行动<br>2）加强对重点商品交易市场的监管",
        ]
    ),
    region=st.sampled_from(["桂林市", "银川市", "喀什地区"]),
)
def test_a_cell_listing_its_items_titles_the_row_by_its_first_item(cell: str, region: str) -> None:
    doc, _ = extracted(
        f"# {region}2024年知识产权工作要点\n\n## 一、重点任务\n\n| 序号 | 工作任务 | 责任单位 | 完成时限 |\n"
        f"| --- | --- | --- | --- |\n| 1 | {cell} | 市市场监管局 | 2024年11月底前 |\n"
        "| 2 | 2024年新增知识产权质押融资项目30个。 | 市市场监管局 | 2024年12月底前 |\n"
        "| 3 | 1.5亿元风险补偿资金池扩容 | 市财政局 | 持续推进 |\n",
        "plan.md",
    )
    task = doc.tasks[0]
    assert task.title == "开展商标专用权保护专项行动"
    assert task.deadline == "2024年11月底前"
    assert [s for s, _, _ in named_units(doc)[task.path]] == ["市市场监管局"]
    # a year or a decimal opening a cell is no item's number
    assert [t.title for t in doc.tasks[1:]] == [
        "2024年新增知识产权质押融资项目30个",
        "1.5亿元风险补偿资金池扩容",
    ]


@settings(max_examples=10, deadline=None)
@given(
    plan=st.sampled_from(
        [
            ("西宁市", "市市场监管局", (("湟源县", "630123"), ("大通县", "630121"))),
            ("西宁市", "市市场监管局", (("城东区", "630102"), ("城中区", "630103"))),
            ("西宁市", "市市场监管局", (("城西区", "630104"), ("大通县", "630121"))),
            ("海北藏族自治州", "州市场监管局", (("门源县", "632221"), ("祁连县", "632222"))),
        ]
    ),
    fmt=st.sampled_from(["md", "note"]),
)
def test_a_county_named_alone_in_a_unit_cell_is_its_government(
    plan: tuple[str, str, tuple[tuple[str, str], ...]], fmt: str
) -> None:
    region, lead, places = plan
    listed = "、".join(name for name, _ in places)
    if fmt == "md":
        doc, _ = extracted(
            f"# {region}2024年知识产权工作要点\n\n## 一、重点任务\n\n"
            "| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |\n| --- | --- | --- | --- | --- |\n"
            f"| 1 | 开展地理标志保护。 | {lead} | {listed} | 持续推进 |\n",
            "plan.md",
        )
    else:
        doc, _ = extracted(
            f"{region}2024年知识产权工作要点\n\n一、重点任务\n\n"
            f"1.开展地理标志保护。（牵头单位：{lead}；配合单位：{listed}）\n"
        )
    (task,) = doc.tasks
    helpers = {r.agency.id for r in task.responsibilities if r.role == "support"}
    assert helpers == {f"agency/{code}/government" for _, code in places}


CATEGORY_ROWS = [
    ("", "知识产权创造"),
    ("1", "实施专利质量提升工程。", "市市场监管局", "市科技局", "2024年12月底前"),
    ("", "{second}"),
    ("2", "开展打击侵权假冒专项行动。", "市市场监管局", "市公安局", "持续推进"),
    ("3", "开展“昆仑”专项行动。", "市公安局", "市市场监管局", "2024年10月底前"),
]


def _category_table(fmt: str, second: str, first_across: bool) -> tuple[str, str]:
    header = ("序号", "工作任务", "牵头单位", "配合单位", "完成时限")
    rows: list[tuple[str, ...]] = [header]
    for row in CATEGORY_ROWS:
        if len(row) == 2:
            words = row[1].format(second=second)
            if (
                row[1] == "知识产权创造"
            ):  # the first category: across the row, or numbered in the task's column
                cells = [words, "", "", "", ""] if first_across else ["", "一、" + words]
            else:
                cells = ["", words]
            rows.append(tuple(cells + [""] * (5 - len(cells))))
        else:
            rows.append(row)
    head = "石嘴山市2024年知识产权工作任务清单\n\n一、重点任务\n\n"
    if fmt == "md":
        lines = ["| " + " | ".join(r) + " |" for r in rows]
        lines.insert(1, "| --- | --- | --- | --- | --- |")
        return "# " + head + "\n".join(lines) + "\n", "plan.md"
    if fmt == "html":
        body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
        return (
            f"<html><body><p>{head.replace(chr(10) * 2, '</p><p>')}</p><table>{body}</table></body></html>",
            "plan.html",
        )
    return head + "\n".join("\t".join(r) for r in rows) + "\n", "plan.txt"


@settings(max_examples=12, deadline=None)
@given(
    fmt=st.sampled_from(["md", "html", "txt"]),
    second=st.sampled_from(["二、知识产权保护", "（二）强化知识产权保护", "二、加强知识产权保护"]),
    first_across=st.booleans(),
)
def test_a_category_row_in_the_task_column_heads_the_rows_below_it(
    fmt: str, second: str, first_across: bool
) -> None:
    data, name = _category_table(fmt, second, first_across)
    doc, _ = extracted(data, name)
    titles = [t.title for t in doc.tasks if t.kind == "table_row"]
    assert titles == ["实施专利质量提升工程", "开展打击侵权假冒专项行动", "开展“昆仑”专项行动"]
    parts = {s.title for s in doc.sections if s.kind == "section"}
    assert second.split("、")[-1].split("）")[-1] in parts
    protected = [t for t in doc.tasks if t.title == "开展打击侵权假冒专项行动"]
    section = next(s for s in doc.sections if second.endswith(s.title or "-"))
    assert protected[0].path.startswith(section.path + ".")


@settings(max_examples=6, deadline=None)
@given(
    written=st.sampled_from(["自治区市场监管厅", "自治区市场监督管理厅", "宁夏回族自治区市场监督管理厅"]),
    fmt=st.sampled_from(["md", "note"]),
)
def test_ningxias_market_regulator_is_a_ting(written: str, fmt: str) -> None:
    head = "宁夏回族自治区2024年知识产权保护工作要点\n\n一、重点任务\n\n"
    if fmt == "md":
        doc, _ = extracted(
            "# " + head + "| 序号 | 工作任务 | 责任单位 | 完成时限 |\n| --- | --- | --- | --- |\n"
            f"| 1 | 开展“铁拳”行动。 | {written}、自治区公安厅 | 2024年12月底前 |\n",
            "plan.md",
        )
    else:
        doc, _ = extracted(head + f"1.开展“铁拳”行动。（责任单位：{written}、自治区公安厅）\n")
    (task,) = doc.tasks
    assert [r.agency.id for r in task.responsibilities] == [
        "agency/640000/market_regulation",
        "agency/640000/public_security",
    ]


SPACED_CATEGORY = (
    "海西州2024年知识产权工作要点\n\n一、重点任务\n\n"
    "{c}序号  工作任务                          牵头单位        配合单位            完成时限\n"
    "{a}1     推进盐湖化工产业专利导航          州市场监管局    州工信局            2024年12月底前\n"
    "{e}2     培育柴达木枸杞地理标志品牌        州市场监管局    州农牧局            长期坚持\n"
    "{b}3     开展“铁拳”专项行动              州市场监管局    州公安局            持续推进\n"
    "{e}4     加强知识产权司法保护              州中级人民法院  州人民检察院        每季度\n"
)


@settings(max_examples=8, deadline=None)
@given(
    header=st.sampled_from(["类别", "任务类别", "工作类别"]),
    categories=st.sampled_from(
        [("知识产权创造", "知识产权保护"), ("创造", "保护"), ("一、创造", "二、保护")]
    ),
)
def test_rows_under_a_category_written_once_in_a_spaced_table_are_rows(
    header: str, categories: tuple[str, str]
) -> None:
    first, second = categories

    def pad(words: str) -> str:  # to the next column's start on the screen (a CJK character is two wide)
        return words + " " * (14 - sum(2 if ord(ch) > 0x2E80 else 1 for ch in words))

    text = SPACED_CATEGORY.format(c=pad(header), a=pad(first), b=pad(second), e=pad(""))
    doc, _ = extracted(text)
    read = [(t.title, t.deadline) for t in doc.tasks if t.kind == "table_row"]
    assert read == [
        ("推进盐湖化工产业专利导航", "2024年12月底前"),
        ("培育柴达木枸杞地理标志品牌", "长期坚持"),
        ("开展“铁拳”专项行动", "持续推进"),
        ("加强知识产权司法保护", "每季度"),
    ]
    units = named_units(doc)
    assert [u for u, _, _ in units[doc.tasks[-1].path]] == ["州中级人民法院", "州人民检察院"]


@settings(max_examples=6, deadline=None)
@given(
    category=st.sampled_from(["知识产权创造", "创造", "一、知识产权创造"]),
    header=st.sampled_from(["类别", "工作类别"]),
)
def test_a_wrapped_task_cell_right_of_cjk_words_keeps_its_wrapped_words(category: str, header: str) -> None:
    def pad(words: str) -> str:
        return words + " " * (18 - sum(2 if ord(ch) > 0x2E80 else 1 for ch in words))

    text = (
        "海西州2024年知识产权工作要点\n\n一、重点任务\n\n"
        f"{pad(header)}序号  工作任务                          牵头单位        完成时限\n"
        f"{pad(category)}1     推进盐湖化工和新能源产业专利      州市场监管局    2024年12月底前\n"
        f"{pad('')}      导航分析\n"
        f"{pad('')}2     培育柴达木枸杞地理标志品牌        州市场监管局    长期坚持\n"
    )
    doc, _ = extracted(text)
    assert [t.title for t in doc.tasks if t.kind == "table_row"] == [
        "推进盐湖化工和新能源产业专利导航分析",
        "培育柴达木枸杞地理标志品牌",
    ]


@settings(max_examples=8, deadline=None)
@given(
    footer=st.sampled_from(["— 3 —", "- 3 -", "3", "第3页"]),
    after=st.sampled_from(["", "\n"]),
)
def test_a_spaced_table_goes_on_after_a_page_break(footer: str, after: str) -> None:
    text = (
        "格尔木市2024年知识产权工作要点\n\n一、重点任务\n\n"
        "序号  工作任务                          牵头单位        配合单位            完成时限\n"
        "1     推进盐湖资源综合利用专利导航      市市场监管局    市工信局            2024年12月底前\n"
        "2     开展枸杞地理标志保护              市市场监管局    市农牧局            持续推进\n"
        f"\n                                  {footer}\n\n{after}"
        "3     加强知识产权纠纷调解              市司法局        市市场监管局        长期坚持\n"
        "4     开展知识产权宣传周活动            市市场监管局    市委宣传部          每年4月\n"
        "\n\n5.加强组织领导。各单位要高度重视。\n"
    )
    doc, _ = extracted(text)
    rows = [(t.title, t.deadline) for t in doc.tasks if t.kind == "table_row"]
    assert rows == [
        ("推进盐湖资源综合利用专利导航", "2024年12月底前"),
        ("开展枸杞地理标志保护", "持续推进"),
        ("加强知识产权纠纷调解", "长期坚持"),
        ("开展知识产权宣传周活动", "每年4月"),
    ]
    last = next(t for t in doc.tasks if t.title == "开展知识产权宣传周活动")
    assert [u for u, _, _ in named_units(doc)[last.path]] == ["市市场监管局", "市委宣传部"]


@settings(max_examples=8, deadline=None)
@given(
    name=st.sampled_from(["时间进度", "时间要求", "实施时间", "完成节点"]),
    mark=st.sampled_from(["√", "✓", "完成"]),
)
def test_a_time_column_named_otherwise_gives_the_rows_deadlines(name: str, mark: str) -> None:
    html = (
        "<html><body><p>中卫市2024年知识产权工作推进计划</p><p>一、重点任务</p><table border='1'>"
        '<tr><td rowspan="2">序号</td><td rowspan="2">工作任务</td><td rowspan="2">责任单位</td>'
        f'<td colspan="4">{name}</td></tr>'
        "<tr><td>一季度</td><td>二季度</td><td>三季度</td><td>四季度</td></tr>"
        f"<tr><td>1</td><td>开展硒砂瓜地理标志保护。</td><td>市市场监管局</td><td>{mark}</td><td>{mark}</td>"
        "<td></td><td></td></tr>"
        f"<tr><td>2</td><td>推进知识产权质押融资。</td><td>市金融工作局</td><td></td><td></td><td>{mark}</td>"
        f"<td>{mark}</td></tr></table>"
        f"<p>二、保障措施</p><p>各单位要加强协调。</p><table border='1'><tr><td>序号</td><td>工作任务</td>"
        f"<td>责任单位</td><td>{name}</td></tr><tr><td>1</td><td>开展知识产权宣传周活动。</td><td>市市场监管局</td>"
        "<td>2024年4月底前</td></tr></table></body></html>"
    )
    doc, _ = extracted(html, "plan.html")
    read = [(t.title, t.deadline) for t in doc.tasks if t.kind == "table_row"]
    assert read == [
        ("开展硒砂瓜地理标志保护", "二季度"),
        ("推进知识产权质押融资", "四季度"),
        ("开展知识产权宣传周活动", "2024年4月底前"),
    ]


@settings(max_examples=6, deadline=None)
@given(
    bureau=st.sampled_from(["市场监管局", "知识产权局", "科技局"]),
    fmt=st.sampled_from(["md", "note"]),
)
def test_the_bingtuans_divisions_gathered_keep_their_bureaus(bureau: str, fmt: str) -> None:
    units = f"兵团各师市{bureau}"
    head = "新疆维吾尔自治区2024年知识产权工作要点\n\n一、重点任务\n\n"
    if fmt == "md":
        doc, _ = extracted(
            "# "
            + head
            + "| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |\n| --- | --- | --- | --- | --- |\n"
            f"| 1 | 开展专利转化运用专项行动。 | 自治区市场监管局 | {units} | 2024年12月底前 |\n",
            "plan.md",
        )
    else:
        doc, _ = extracted(head + f"1.开展专利转化运用专项行动。（责任单位：自治区市场监管局，{units}）\n")
    (task,) = doc.tasks
    found = [(r.agency.surface, r.agency.collective) for r in task.responsibilities]
    assert found == [("自治区市场监管局", False), (units, True)]


@settings(max_examples=6, deadline=None)
@given(
    plan=st.sampled_from(
        [
            ("新疆维吾尔自治区", "国家知识产权局专利局乌鲁木齐代办处"),
            ("广西壮族自治区", "国家知识产权局专利局南宁代办处"),
            ("宁夏回族自治区", "专利局银川代办处"),
            ("海南省", "国家知识产权局专利局海口代办处"),
        ]
    )
)
def test_the_patent_offices_agency_in_a_capital_is_typed(plan: tuple[str, str]) -> None:
    region, office = plan
    doc, _ = extracted(
        f"# {region}2024年知识产权工作要点\n\n## 一、重点任务\n\n| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |\n"
        f"| --- | --- | --- | --- | --- |\n| 1 | 提升专利申请服务便利度。 | 知识产权局 | {office} | 持续推进 |\n",
        "plan.md",
    )
    (task,) = doc.tasks
    assert [(r.agency.surface, r.agency.type) for r in task.responsibilities if r.role == "support"] == [
        (office, "patent_agency_office")
    ]
