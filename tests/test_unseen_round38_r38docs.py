"""Round 38: plans of 湖南, 浙江, 广东, 四川, 江西, 辽宁, 山东 and 河北 counties, districts and cities whose facts
sit in tables: a 工作要点 typed as plain text (UTF-8 or GB18030) with its indicator and task tables drawn in
box-drawing characters or typed with + - and | (泸县, 汝城), a 工作方案 exported to Markdown whose cells break
their words and measures over lines (章丘, 桐乡), a Word table of numbered measures (宁乡), a PDF's drawn task
table (松山湖), task and indicator tables typed with spaces or tabs whose cells wrap over two lines (兴国,
瓦房店, 广汉), and a task table copied from a spreadsheet (晋州).

What was read wrong before:

- a table drawn with box-drawing characters (┌─┬─┐ │…│ ├─┼─┤ └─┴─┘, heavy or double) was no table: its rows
  were lines of text, the first a task titled │号│ with a deadline │, the bars and the cells of the
  other columns inside the indicators of the targets (促成专利转化│县市场监管局│县经科局│2024年12月││││运用项目), the
  units of its rows nowhere and the values of its indicator table no targets; so was a plain text's table
  typed with + - and | (+----+----+), which only a Markdown text read, and a drawn table whose lead cell is
  merged down over two rows (its rule under those rows left out: ├──┼────┤      ├──┤), or one whose rules
  do not line up (a rule drawn a mark wider than the others), or whose rows have no rule between them and
  wrap their cells onto lines under their number (│1 │…促成专利转化│ ↵ │  │运用项目10项。│ ↵ │2 │…│);
- a Markdown task table's cell listing its measures one a line (1.建设…中心2家；<br>2.开展专利导航项目3项。) gave
  the second measure's target the line break's tag and number in its indicator (<br>2.开展专利导航项目), where the
  same cell of a Word table reads 开展专利导航项目;
- a PDF's drawn task table whose 配合单位 cell lists one whole name a line (园区财政局 ↵ 园区经发局) ended that cell
  at its last name: the first became the row's lead, the lead's line (园区科技局) was read into the task's
  cell and title, and the real lead was lost, though the lines stand under the 配合单位 header on the page;
- a task table typed with spaces whose unit cell wraps onto the line below (县市场监督 ↵ 管理局, 县金融服务 ↵ 中心,
  or a second unit 县科技局 under the first) named a body cut short (兴国县市场监督, of no type) and lost the
  unit written below it (so did a tab-separated table's: \t\t\t县科技局\t, \t\t服务中心\t\t after its last row
  too); a target its task cell wrapped onto that line (…，促成 ↵ 专利转化运用项目10项) was no target;
- a task cell listing numbered measures (a Word cell's numbered paragraphs, a web page's or a Markdown cell's
  lines) whose first ends with no stop (3. 推进地理标志运用促进工程 ↵ 4. 新增地理标志证明商标2件) gave the second's
  target the first's words and the number (地理标志运用促进工程4.地理标志证明商标);
- a tab-separated table copied from a spreadsheet, whose cell holding line breaks is quoted ("人行晋州支行 ↵
  市市场监管局"), broke its row at the cell's line break: the row lost its deadline and the units after the
  break, a task was made of the rest (表1.市市场监管局"), and the quote was part of a unit's name;
- a Markdown indicator table whose indicator cell breaks its words over lines (每万人口高价值<br>发明专利拥有量)
  gave its targets the tag inside their indicator and key, so they matched no standard indicator, where
  the same cell of a web page or a Word table reads whole;
- an indicator table typed with spaces whose indicator cell wraps onto the line below (知识产权服务机构 ↵ 数量)
  named its targets by the cell's first line alone (知识产权服务机构).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.base import display_columns
from tests.formats import to_docx, to_table_pdf
from tests.plans import extracted

# --- tables drawn with box-drawing characters ---------------------------------------------------------

#: (top, rule, bottom corners and joints, run, bar) of the light, heavy and double drawings.
_STYLES = {
    "light": ("┌┬┐", "├┼┤", "└┴┘", "─", "│"),
    "heavy": ("┏┳┓", "┣╋┫", "┗┻┛", "━", "┃"),
    "double": ("╔╦╗", "╠╬╣", "╚╩╝", "═", "║"),
}
#: A plain text's table typed with + - and | (read as a drawn one; a Markdown text's grid tables are pandoc's).
_TYPED = ("+++", "+++", "+++", "-", "|")

_HEADER = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
_ROWS = [
    [
        "1",
        "组织开展专利转化专项行动，促成专利转化运用项目10项。",
        "县市场监管局",
        "县经科局\n县财政局",
        "2024年12月",
    ],
    [
        "2",
        "培育“泸县龙眼”区域公用品牌，新增地理标志证明商标1件。",
        "县农业农村局",
        "县市场监管局",
        "2024年10月",
    ],
    [
        "3",
        "开展知识产权执法“护航”行动，办结侵权案件15件以上。",
        "县市场监管局",
        "县公安局\n县人民法院",
        "长期",
    ],
]


def _wrapped(cell: str, width: int) -> list[str]:
    """The cell's lines in a column ``width`` display columns wide: its own lines, each cut to the width."""
    out = []
    for line in cell.split("\n"):
        piece = ""
        for ch in line:
            if display_columns(piece + ch) > width:
                out.append(piece)
                piece = ""
            piece += ch
        out.append(piece)
    return out


def _drawn(rows: list[list[str]], style: str, wide: bool, ruled: bool) -> str:
    """The table drawn in ``style``: a run's mark as wide as a CJK character (``wide``) or one column; rules
    between the body's rows, or none (one line a row, the cells not wrapped)."""
    top, rule, bottom, run, bar = _STYLES.get(style, _TYPED)
    widths = [4, 40 if ruled else 56, 14, 12 if ruled else 22, 12]
    marks = [w // 2 if wide else w for w in widths]

    def border(corners: str) -> str:
        return corners[0] + corners[1].join(run * m for m in marks) + corners[2]

    def lines(row: list[str]) -> list[str]:
        cells = [_wrapped(c, w) for c, w in zip(row, widths, strict=True)]
        depth = max(map(len, cells))
        return [
            bar
            + bar.join(
                (c[k] if k < len(c) else "") + " " * (w - display_columns(c[k] if k < len(c) else ""))
                for c, w in zip(cells, widths, strict=True)
            )
            + bar
            for k in range(depth)
        ]

    out = [border(top), *lines(rows[0]), border(rule)]
    for n, row in enumerate(rows[1:]):
        if n and ruled:
            out.append(border(rule))
        out.extend(lines(row if ruled else [c.replace("\n", "、") for c in row]))
    out.append(border(bottom))
    return "\n".join(out)


LUXIAN_HEAD = "泸县2024年知识产权工作要点\n\n为深入实施知识产权强县战略，推动全县知识产权事业高质量发展，结合实际，制定本要点。\n\n"


@settings(max_examples=20, deadline=None)
@given(
    style=st.sampled_from(sorted(_STYLES)),
    wide=st.booleans(),
    ruled=st.booleans(),
    encoding=st.sampled_from(["utf-8", "gb18030"]),
    name=st.sampled_from(["plan.txt", "plan.md"]),
)
def test_a_table_drawn_with_box_characters_is_a_task_table(
    style: str, wide: bool, ruled: bool, encoding: str, name: str
) -> None:
    text = (
        LUXIAN_HEAD
        + "二、重点任务\n\n"
        + _drawn([_HEADER, *_ROWS], style, wide, ruled)
        + "\n\n三、工作要求\n\n各单位要按照职责分工，细化工作措施。\n\n泸县市场监督管理局\n2024年2月28日\n"
    )
    doc, canonical = extracted(text.encode(encoding) if name == "plan.txt" else text, name)
    assert not any(mark in canonical for mark in "┌┏╔│┃║─━═")
    rows = [t for t in doc.tasks if ".表" in t.path]
    assert [t.path for t in rows] == ["二.表1.1", "二.表1.2", "二.表1.3"]
    assert [t.deadline for t in rows] == ["2024年12月", "2024年10月", "长期"]
    units = [[(r.agency.name, r.role) for r in t.responsibilities] for t in rows]
    assert units[0][0] == ("泸州市泸县市场监督管理局", "lead")
    assert ("泸州市泸县财政局", "support") in units[0]
    assert units[2][1:] == [("泸州市泸县公安局", "support"), ("泸州市泸县人民法院", "support")]
    got = {(t.indicator, t.value, t.unit) for t in doc.targets}
    assert {
        ("促成专利转化运用项目", 10.0, "项"),
        ("地理标志证明商标", 1.0, "件"),
        ("办结侵权案件", 15.0, "件"),
    } <= got


@settings(max_examples=12, deadline=None)
@given(
    style=st.sampled_from(sorted(_STYLES)), wide=st.booleans(), encoding=st.sampled_from(["utf-8", "gb18030"])
)
def test_a_drawn_indicator_table_gives_its_base_and_target(style: str, wide: bool, encoding: str) -> None:
    top, rule, bottom, run, bar = _STYLES[style]
    widths = [6, 36, 12, 12, 8]
    marks = [w // 2 if wide else w for w in widths]
    rows = [
        ["序号", "指标名称", "2023年基数", "2025年目标", "属性"],
        ["1", "发明专利授权量（件）", "86", "150", "预期性"],
        ["2", "有效注册商标量（件）", "9800", "13000", "预期性"],
    ]

    def border(corners: str) -> str:
        return corners[0] + corners[1].join(run * m for m in marks) + corners[2]

    def line(row: list[str]) -> str:
        return (
            bar + bar.join(c + " " * (w - display_columns(c)) for c, w in zip(row, widths, strict=True)) + bar
        )

    table = "\n".join(
        [border(top), line(rows[0]), border(rule), line(rows[1]), border(rule), line(rows[2]), border(bottom)]
    )
    text = LUXIAN_HEAD + "一、工作目标\n\n" + table + "\n\n泸县市场监督管理局\n2024年2月28日\n"
    doc, _ = extracted(text.encode(encoding), "plan.txt")
    got = {(t.indicator, t.kind, t.year, t.value, t.unit) for t in doc.targets}
    assert got == {
        ("发明专利授权量", "baseline", 2023, 86.0, "件"),
        ("发明专利授权量", "target", 2025, 150.0, "件"),
        ("有效注册商标量", "baseline", 2023, 9800.0, "件"),
        ("有效注册商标量", "target", 2025, 13000.0, "件"),
    }


# --- a Markdown table's cell listing its measures one a line ------------------------------------------------

ZHANGQIU = (
    "# 章丘区知识产权强区建设工作方案\n\n为加快建设知识产权强区，结合我区实际，制定本方案。\n\n## 二、重点任务\n\n"
    "| 序号 | 重点任务 | 具体措施 | 牵头单位 | 配合单位 | 完成时限 |\n| --- | --- | --- | --- | --- | --- |\n"
    "| 1 | 强化高价值专利培育 | {first}{br}{second} | 区市场监管局 | 区科技局 | 2025年12月 |\n"
)


@settings(max_examples=16, deadline=None)
@given(
    first=st.sampled_from(
        ["1.建设高价值专利培育中心2家；", "（1）建设高价值专利培育中心2家。", "建设高价值专利培育中心2家；"]
    ),
    br=st.sampled_from(["<br>", "<br/>", "<br />", "<BR>"]),
    second=st.sampled_from(
        [
            "2.开展专利导航项目3项。",
            "（2）开展专利导航项目3项。",
            "开展专利导航项目3项。",
            "2、开展专利导航项目3项",
        ]
    ),
)
def test_a_markdown_cells_line_break_parts_its_measures_targets(first: str, br: str, second: str) -> None:
    doc, _ = extracted(ZHANGQIU.format(first=first, br=br, second=second), "plan.md")
    got = {(t.indicator, t.value, t.unit) for t in doc.targets}
    assert got == {("建设高价值专利培育中心", 2.0, "家"), ("开展专利导航项目", 3.0, "项")}


# --- a PDF's drawn task table whose unit cell lists a whole name a line -------------------------------------

SONGSHANHU_HEAD = [
    "东莞市松山湖高新区知识产权强区建设工作方案",
    "为加快推进知识产权强区建设，制定本方案。",
    "二、重点任务分工",
]


@settings(max_examples=12, deadline=None)
@given(
    centred=st.booleans(),
    support=st.sampled_from(
        [("园区财政局", "园区经发局"), ("园区投促局", "园区科技局"), ("园区财政局", "园区投促局")]
    ),
    lead=st.sampled_from(["园区科技局", "园区综合执法局"]),
    deadline=st.sampled_from(["2024年12月", "持续推进"]),
)
def test_a_pdf_unit_cell_of_a_name_a_line_is_one_cell(
    centred: bool, support: tuple[str, str], lead: str, deadline: str
) -> None:
    rows = [
        ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
        ["1", "建设松山湖知识产权运营中心，服务企业100家以上", lead, "\n".join(support), deadline],
        ["2", "开展高价值专利培育布局项目5项", "园区科技局", "园区投促局", "2025年6月"],
    ]
    data = to_table_pdf(
        SONGSHANHU_HEAD, rows, [2, 16, 7, 7, 6], ["东莞松山湖高新技术产业开发区管理委员会"], centred=centred
    )
    doc, _ = extracted(data, "plan.pdf")
    rows_read = {t.path: t for t in doc.tasks if ".表" in t.path}
    first = rows_read["二.表1.1"]
    assert [(r.agency.surface, r.role) for r in first.responsibilities] == [
        (lead, "lead"),
        (support[0], "support"),
        (support[1], "support"),
    ]
    assert first.title is not None
    assert lead not in first.title
    assert first.deadline == deadline


# --- a table typed with spaces whose unit cells wrap over two lines ------------------------------------------

XINGGUO_HEAD = (
    "兴国县知识产权强县建设实施方案\n\n为推进我县知识产权强县建设，制定本方案。\n\n二、任务分工\n\n"
    "序号  工作任务                        牵头单位          配合单位            完成时限\n"
)


def _spaced(cells: list[str], starts: list[int]) -> str:
    """A line of ``cells`` each starting at its screen column (``starts``), padded with spaces."""
    line = ""
    for cell, at in zip(cells, starts, strict=True):
        if cell:
            line += " " * max(2 if line.strip() else 0, at - display_columns(line)) + cell
    return line.rstrip()


_STARTS = [0, 6, 38, 56, 76]


@settings(max_examples=16, deadline=None)
@given(
    lead=st.sampled_from(
        [("县市场监督", "管理局"), ("县金融服务", "中心"), ("县农业农", "村局"), ("县工业和信", "息化局")]
    ),
    second=st.sampled_from(["县科技局", "县财政局", ""]),
    support=st.sampled_from(["县商务局", "人行兴国支行"]),
)
def test_a_spaced_tables_unit_cells_wrapped_lines_are_read(
    lead: tuple[str, str], second: str, support: str
) -> None:
    text = (
        XINGGUO_HEAD
        + _spaced(["1", "培育知识产权优势企业10家", lead[0], support, "2025年"], _STARTS)
        + "\n"
        + _spaced(["", "", lead[1], second, ""], _STARTS)
        + "\n"
        + _spaced(
            ["2", "建设兴国灰鹅地理标志保护示范区", "县农业农村局", "县市场监督管理局", "2024年"], _STARTS
        )
        + "\n\n三、保障措施\n\n（一）加强组织领导。\n\n兴国县人民政府办公室\n2024年4月2日\n"
    )
    doc, _ = extracted(text)
    first = next(t for t in doc.tasks if t.path == "二.表1.1")
    got = [(r.agency.surface, r.agency.name, r.role) for r in first.responsibilities]
    whole = "".join(lead)
    assert got[0][1:] == (f"赣州市兴国{whole}" if whole.startswith("县") else whole, "lead")
    assert [(s, role) for s, _, role in got[1:]] == [(support, "support")] + (
        [(second, "support")] if second else []
    )


# --- a cell listing numbered measures, one ending with no stop ------------------------------------------------

NINGXIANG = [
    "宁乡市知识产权强市建设三年行动方案（2024—2026年）",
    "为全面提升我市知识产权工作水平，制定本方案。",
    "一、重点任务",
]


def _numbered_cell(marks: tuple[str, str], first: str) -> str:
    return f"{marks[0]}{first}\n{marks[1]}新增地理标志证明商标2件"


@settings(max_examples=16, deadline=None)
@given(
    marks=st.sampled_from([("3. ", "4. "), ("（1）", "（2）"), ("①", "②"), ("1、", "2、"), ("1)", "2)")]),
    first=st.sampled_from(
        ["推进地理标志运用促进工程", "实施商标品牌培育行动", "推进地理标志运用促进工程，打造区域品牌"]
    ),
    form=st.sampled_from(["docx", "md", "html"]),
)
def test_a_cells_numbered_measure_with_no_stop_keeps_out_of_the_next_ones_target(
    marks: tuple[str, str], first: str, form: str
) -> None:
    cell = _numbered_cell(marks, first)
    header = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
    row = ["1", cell, "市农业农村局", "市市场监督管理局", "2025年12月"]
    if form == "docx":
        data: bytes | str = to_docx([*NINGXIANG, "@TABLE", "宁乡市人民政府办公室"], [header, row])
    elif form == "md":
        data = "\n\n".join(NINGXIANG) + "\n\n| " + " | ".join(header) + " |\n|" + " --- |" * 5 + "\n| "
        data += " | ".join(c.replace("\n", "<br>") for c in row) + " |\n\n宁乡市人民政府办公室\n"
    else:
        cells = "".join(f"<td>{c.replace(chr(10), '<br>')}</td>" for c in row)
        data = (
            "<html><head><meta charset='utf-8'></head><body>"
            + "".join(f"<p>{p}</p>" for p in NINGXIANG)
            + "<table border='1'><tr>"
            + "".join(f"<td>{h}</td>" for h in header)
            + f"</tr><tr>{cells}</tr></table><p>宁乡市人民政府办公室</p></body></html>"
        ).encode()
    doc, _ = extracted(data, f"plan.{form}")
    got = [(t.indicator, t.value, t.unit) for t in doc.targets]
    assert got == [("地理标志证明商标", 2.0, "件")]


# --- a spreadsheet's copy: a tab-separated table whose cell holding line breaks is quoted ----------------------

JINZHOU = (
    "晋州市2024年知识产权工作要点\n\n为推动知识产权高质量发展，制定本要点。\n\n一、重点任务分工\n\n"
    "序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
    "1\t新增发明专利授权100件\t市市场监管局\t市科工局\t2024年12月\n"
    "2\t{task}\t{lead}\t{support}\t{deadline}\n"
    "3\t培育知识产权优势企业2家\t市科工局\t市市场监管局\t2024年10月\n\n"
    "二、工作要求\n\n各单位要切实抓好落实。\n\n晋州市市场监督管理局\n2024年3月10日\n"
)


def _quoted(cell: str) -> str:
    return f'"{cell}"' if "\n" in cell else cell


@settings(max_examples=16, deadline=None)
@given(
    task=st.sampled_from(
        ["开展知识产权质押融资，融资额达到5000万元", "开展知识产权质押融资，\n融资额达到5000万元"]
    ),
    lead=st.sampled_from(["市金融办", "市金融办\n（市地方金融监管局）"]),
    support=st.sampled_from(["人行晋州支行\n市市场监管局", "人行晋州支行、\n市市场监管局"]),
    deadline=st.sampled_from(["2024年12月", "2024年\n12月底前"]),
)
def test_a_quoted_cell_of_a_tab_separated_table_keeps_its_row_whole(
    task: str, lead: str, support: str, deadline: str
) -> None:
    text = JINZHOU.format(
        task=_quoted(task), lead=_quoted(lead), support=_quoted(support), deadline=_quoted(deadline)
    )
    doc, _ = extracted(text)
    rows = [t for t in doc.tasks if ".表" in t.path]
    assert [t.path for t in rows] == ["一.表1.1", "一.表1.2", "一.表1.3"]
    second = rows[1]
    assert second.deadline is not None
    assert second.deadline.replace("\n", "") == deadline.replace("\n", "")
    got = [(r.agency.name, r.role) for r in second.responsibilities]
    assert got[0] == ("晋州市地方金融监督管理局", "lead")
    assert [name for name, role in got if role == "support"] == [
        "中国人民银行晋州支行",
        "晋州市市场监督管理局",
    ]
    assert not any('"' in r.quote for t in rows for r in t.responsibilities)
    assert ("知识产权质押融资额", 5000.0, "万元") in {(t.indicator, t.value, t.unit) for t in doc.targets}


# --- a Markdown indicator table whose cells break their words over lines --------------------------------------

TONGXIANG = (
    "# 桐乡市2024年知识产权工作要点\n\n为加快推进知识产权强市建设，现制定2024年工作要点。\n\n## 一、主要目标\n\n"
    "| 序号 | 指标名称 | 单位 | {base} | {goal} | 属性 |\n|:---:|---|:---:|:---:|:---:|:---:|\n"
    "| 1 | 发明专利授权量 | 件 | 860 | ≥900 | 预期性 |\n"
    "| 2 | {name} | 件 | 12.5 | 14 | 预期性 |\n\n桐乡市知识产权工作领导小组办公室\n"
)


@settings(max_examples=16, deadline=None)
@given(
    name=st.sampled_from(
        [
            "每万人口高价值<br>发明专利拥有量",
            "每万人口<br>高价值发明专利<br>拥有量",
            "每万人口高价值<br/>发明专利拥有量",
        ]
    ),
    base=st.sampled_from(["2023年基数", "2023年<br>（基数）", "2023年<br>基数"]),
    goal=st.sampled_from(["2024年目标", "2024年<br>（目标）"]),
)
def test_a_markdown_indicator_cells_line_breaks_are_no_words_of_it(name: str, base: str, goal: str) -> None:
    doc, _ = extracted(TONGXIANG.format(name=name, base=base, goal=goal), "plan.md")
    got = {
        (t.indicator, t.indicator_key, t.kind, t.year, t.value)
        for t in doc.targets
        if t.value in (12.5, 14.0)
    }
    key = "每万人口高价值发明专利拥有量"
    assert got == {(key, key, "baseline", 2023, 12.5), (key, key, "target", 2024, 14.0)}


# --- an indicator table typed with spaces whose indicator cell wraps -------------------------------------------

WAFANGDIAN = (
    "瓦房店市知识产权强市建设工作方案\n\n为加快推进知识产权强市建设，制定本方案。\n\n一、主要目标\n\n"
    "序号  指标名称                  单位    2023年基数   2025年目标   属性\n"
    "1     发明专利授权量            件      150          230          预期性\n"
    "2     {first}{pad}件      1.6          2.8          预期性\n"
    "      {rest}\n"
    "3     知识产权质押融资额        亿元    0.6          1.5          约束性\n\n"
    "瓦房店市人民政府办公室\n2024年4月15日\n"
)


@settings(max_examples=12, deadline=None)
@given(
    cut=st.sampled_from(
        [
            ("每万人口高价值发明专利", "拥有量"),
            ("知识产权服务机构", "数量"),
            ("规上工业企业有效发明", "专利拥有量"),
            ("专利转化运用项目", "实施数"),
        ]
    )
)
def test_a_spaced_indicator_cells_wrapped_words_end_its_name(cut: tuple[str, str]) -> None:
    first, rest = cut
    pad = " " * (26 - display_columns(first))
    doc, _ = extracted(WAFANGDIAN.format(first=first, pad=pad, rest=rest))
    got = {(t.indicator, t.value) for t in doc.targets if t.value in (1.6, 2.8)}
    assert got == {(first + rest, 1.6), (first + rest, 2.8)}


@settings(max_examples=8, deadline=None)
@given(ruled=st.booleans(), encoding=st.sampled_from(["utf-8", "gb18030"]))
def test_a_plain_texts_table_typed_with_plus_and_bars_is_a_task_table(ruled: bool, encoding: str) -> None:
    text = (
        LUXIAN_HEAD
        + "二、重点任务\n\n"
        + _drawn([_HEADER, *_ROWS], "typed", False, ruled)
        + "\n\n三、工作要求\n\n各单位要按照职责分工，细化工作措施。\n\n泸县市场监督管理局\n2024年2月28日\n"
    )
    doc, canonical = extracted(text.encode(encoding), "plan.txt")
    assert "+---" not in canonical
    rows = [t for t in doc.tasks if ".表" in t.path]
    assert [(t.path, t.deadline) for t in rows] == [
        ("二.表1.1", "2024年12月"),
        ("二.表1.2", "2024年10月"),
        ("二.表1.3", "长期"),
    ]
    units = [[(r.agency.name, r.role) for r in t.responsibilities] for t in rows]
    assert units[2] == [
        ("泸州市泸县市场监督管理局", "lead"),
        ("泸州市泸县公安局", "support"),
        ("泸州市泸县人民法院", "support"),
    ]
    got = {(t.indicator, t.value, t.unit) for t in doc.targets}
    assert {("促成专利转化运用项目", 10.0, "项"), ("办结侵权案件", 15.0, "件")} <= got


RUCHENG = (
    "汝城县2024年知识产权工作要点\n\n为推进知识产权强县建设，制定本要点。\n\n一、重点任务\n\n"
    "┌──┬────────────────┬──────┬──────┐\n"
    "│序号│重点任务                        │牵头单位    │完成时限    │\n"
    "├──┼────────────────┼──────┼──────┤\n"
    "│1   │培育知识产权优势企业2家         │{top}│2024年10月  │\n"
    "├──┼────────────────┤{middle}├──────┤\n"
    "│2   │新增地理标志证明商标1件         │{bottom}│2024年12月  │\n"
    "├──┼────────────────┼──────┼──────┤\n"
    "│3   │开展专利导航1项                 │县科技局    │2024年11月  │\n"
    "└──┴────────────────┴──────┴──────┘\n\n汝城县市场监督管理局\n2024年3月1日\n"
)


@settings(max_examples=6, deadline=None)
@given(at=st.sampled_from(["top", "middle", "bottom"]), encoding=st.sampled_from(["utf-8", "gb18030"]))
def test_a_drawn_tables_lead_cell_merged_down_stands_in_each_row(at: str, encoding: str) -> None:
    blank = " " * 12
    cells = {"top": blank, "middle": blank, "bottom": blank} | {at: "县市场监管局"}
    doc, _ = extracted(RUCHENG.format(**cells).encode(encoding), "plan.txt")
    rows = [t for t in doc.tasks if ".表" in t.path]
    got = [[(r.agency.name, r.role) for r in t.responsibilities] for t in rows]
    assert got == [
        [("郴州市汝城县市场监督管理局", "lead")],
        [("郴州市汝城县市场监督管理局", "lead")],
        [("郴州市汝城县科学技术局", "lead")],
    ]
    assert [t.deadline for t in rows] == ["2024年10月", "2024年12月", "2024年11月"]


@settings(max_examples=12, deadline=None)
@given(
    style=st.sampled_from(sorted(_STYLES)),
    wide=st.booleans(),
    which=st.sampled_from([0, 2, -1]),
    encoding=st.sampled_from(["utf-8", "gb18030"]),
)
def test_a_drawn_table_whose_rules_do_not_line_up_is_still_a_task_table(
    style: str, wide: bool, which: int, encoding: str
) -> None:
    lines = _drawn([_HEADER, *_ROWS], style, wide, True).split("\n")
    rules = [k for k, line in enumerate(lines) if line[0] not in "│┃║"]
    run = _STYLES[style][3]
    k = rules[which]
    lines[k] = lines[k][0] + run * 2 + lines[k][1:]  # one rule drawn two marks wider in its first column
    text = LUXIAN_HEAD + "二、重点任务\n\n" + "\n".join(lines) + "\n\n泸县市场监督管理局\n2024年2月28日\n"
    doc, _ = extracted(text.encode(encoding), "plan.txt")
    rows = [t for t in doc.tasks if ".表" in t.path]
    assert [(t.path, t.deadline) for t in rows] == [
        ("二.表1.1", "2024年12月"),
        ("二.表1.2", "2024年10月"),
        ("二.表1.3", "长期"),
    ]
    units = [[(r.agency.name, r.role) for r in t.responsibilities] for t in rows]
    assert units[0] == [
        ("泸州市泸县市场监督管理局", "lead"),
        ("泸州市泸县工业和信息化局", "support"),
        ("泸州市泸县财政局", "support"),
    ]
    got = {(t.indicator, t.value, t.unit) for t in doc.targets}
    assert got == {
        ("促成专利转化运用项目", 10.0, "项"),
        ("地理标志证明商标", 1.0, "件"),
        ("办结侵权案件", 15.0, "件"),
    }


@settings(max_examples=8, deadline=None)
@given(
    cut=st.sampled_from(
        [
            ("组织开展专利转化专项行动，促成", "专利转化运用项目10项", ("专利转化运用项目", 10.0, "项")),
            ("实施商标品牌培育行动，", "新增地理标志证明商标2件", ("地理标志证明商标", 2.0, "件")),
            ("推进知识产权公共服务，", "建设服务站点3个", ("建设服务站点", 3.0, "个")),
        ]
    )
)
def test_a_spaced_task_cells_wrapped_target_is_the_rows(cut: tuple[str, str, tuple[str, float, str]]) -> None:
    first, rest, target = cut
    text = (
        XINGGUO_HEAD
        + _spaced(["1", first, "县市场监督管理局", "县科技局", "2025年"], _STARTS)
        + "\n"
        + _spaced(["", rest, "", "", ""], _STARTS)
        + "\n"
        + _spaced(
            ["2", "建设兴国灰鹅地理标志保护示范区", "县农业农村局", "县市场监督管理局", "2024年"], _STARTS
        )
        + "\n\n兴国县人民政府办公室\n2024年4月2日\n"
    )
    doc, _ = extracted(text)
    got = [(t.indicator, t.value, t.unit, t.task_id) for t in doc.targets]
    first_row = next(t for t in doc.tasks if t.path == "二.表1.1")
    assert got == [(*target, first_row.id)]


# --- a tab-separated table whose unit cells wrap onto a line of their own ----------------------------------------

GUANGHAN = (
    "广汉市2024年知识产权工作要点\n\n为推进知识产权强市建设，制定本要点。\n\n一、重点任务分工\n\n"
    "序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
    "1\t培育知识产权优势企业3家\t市经信局\t市市场监管局\t2024年12月\n"
    "\t\t\t{second}\t\n"
    "2\t开展知识产权质押融资\t{lead[0]}\t人行广汉支行\t2024年10月\n"
    "\t\t{lead[1]}\t\t\n\n"
    "广汉市市场监督管理局\n2024年3月1日\n"
)


@settings(max_examples=12, deadline=None)
@given(
    second=st.sampled_from(["市科技局", "市财政局"]),
    lead=st.sampled_from([("市金融工作", "服务中心"), ("市金融服务", "中心"), ("市市场监督", "管理局")]),
)
def test_a_tab_separated_tables_wrapped_unit_cells_are_read(second: str, lead: tuple[str, str]) -> None:
    doc, _ = extracted(GUANGHAN.format(second=second, lead=lead))
    rows = {
        t.path: [(r.agency.surface, r.agency.name, r.role) for r in t.responsibilities] for t in doc.tasks
    }
    assert [(s, role) for s, _, role in rows["一.表1.1"]] == [
        ("市经信局", "lead"),
        ("市市场监管局", "support"),
        (second, "support"),
    ]
    assert rows["一.表1.2"][0][1:] == ("广汉市" + "".join(lead)[1:], "lead")
    assert len(rows["一.表1.2"]) == 2


@settings(max_examples=12, deadline=None)
@given(
    style=st.sampled_from(sorted(_STYLES)),
    wide=st.booleans(),
    aligned=st.booleans(),
    encoding=st.sampled_from(["utf-8", "gb18030"]),
)
def test_a_drawn_tables_rows_without_rules_keep_their_wrapped_lines(
    style: str, wide: bool, aligned: bool, encoding: str
) -> None:
    lines = _drawn([_HEADER, *_ROWS], style, wide, True).split("\n")
    rules = [k for k, line in enumerate(lines) if line[0] not in "│┃║"]
    body = set(rules[2:-1])  # the rules between the body's rows go: a row's wrapped lines stand under it
    lines = [line for k, line in enumerate(lines) if k not in body]
    if not aligned:
        lines[0] = lines[0][0] + _STYLES[style][3] * 2 + lines[0][1:]
    text = LUXIAN_HEAD + "二、重点任务\n\n" + "\n".join(lines) + "\n\n泸县市场监督管理局\n2024年2月28日\n"
    doc, _ = extracted(text.encode(encoding), "plan.txt")
    rows = [t for t in doc.tasks if ".表" in t.path]
    assert [(t.path, t.deadline) for t in rows] == [
        ("二.表1.1", "2024年12月"),
        ("二.表1.2", "2024年10月"),
        ("二.表1.3", "长期"),
    ]
    units = [[(r.agency.name, r.role) for r in t.responsibilities] for t in rows]
    assert units[2] == [
        ("泸州市泸县市场监督管理局", "lead"),
        ("泸州市泸县公安局", "support"),
        ("泸州市泸县人民法院", "support"),
    ]
    got = {(t.indicator, t.value, t.unit) for t in doc.targets}
    assert got == {
        ("促成专利转化运用项目", 10.0, "项"),
        ("地理标志证明商标", 1.0, "件"),
        ("办结侵权案件", 15.0, "件"),
    }
