"""Round 37: plans of 河南, 湖北, 四川 and 重庆 counties, districts and cities in the forms they are saved in: a
Markdown export with its YAML front matter and pandoc's backslash escapes (璧山), an annexed 分工表 that
lists each task by the target its paragraph sets rather than by its title (璧山, 广安, in .md, .docx and
.html), and a city's plan on a 市场监管局's portal under its record table (绵阳).

What was read wrong before:

- a Markdown file opening with a YAML front matter (--- title: … date: … ---) had the key in its title
  (title:璧山区2024年知识产权工作要点);
- pandoc's escapes stayed in the text: a paragraph opening 1\\. 推动专利提质增效。… (the escape pandoc writes for
  a number that opens no list) was no numbered item but a clause titled '1\\. 推动专利提质增效', and the items
  after it ran into the one before; 2024\\~2026年 was no period;
- a 分工表 row whose task cell quotes, figure and all, the target of one prose item (开展专利导航2项 in
  …在新能源汽车等产业开展专利导航2项。) was a task of its own: the item lost the row's deadline and units,
  and the plan counted the task, and its target, twice;
- a web page whose record names the body that put it up (发布机构：绵阳市市场监督管理局) took that body for the
  plan's issuer, though the plan itself is signed by another (绵阳市知识产权工作领导小组办公室, whose number
  绵知领办〔2024〕3号 it bears);
- a table's unit note written in a row of the table (单位：件 in a cell merged across its top, or under its
  header) gave the cells no unit, as the same note in the caption above the table does;
- the line leading a goals chapter to its table (全县知识产权主要指标见下表。, 具体目标详见附表1。) was a goal of its
  own, though the same line leading to a task table is no task;
- a web page's record table (索引号：… 发布机构：… 成文日期：…) was a data table of the plan, and the plan's own
  task table under it its second (附件.表2.1 for the annex's first row);
- pandoc's inline markup stayed in a Markdown export's text: an underlined figure ([200]{.underline}件) was no
  target, a linked unit (（[区知识产权局](http://…)负责）) no unit, and an image of the red header, a footnote's
  mark and a hard line break's backslash (重庆市江津区知识产权局\\) were words of the plan.
"""

from __future__ import annotations

import io

from docx import Document as new_docx
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.formats import to_docx, to_html
from tests.plans import extracted

BISHAN_TITLE = "璧山区2024年知识产权工作要点"


@settings(max_examples=15, deadline=None)
@given(
    value=st.sampled_from([BISHAN_TITLE, f'"{BISHAN_TITLE}"', f"'{BISHAN_TITLE}'"]),
    others=st.sampled_from(["", "author: 重庆市璧山区市场监督管理局\n", "tags: [知识产权]\nlayout: post\n"]),
    date=st.sampled_from(["date: 2024-04-08\n", ""]),
    close=st.sampled_from(["---", "..."]),
    heading=st.booleans(),
)
def test_a_front_matter_gives_its_title_without_its_key(
    value: str, others: str, date: str, close: str, heading: bool
) -> None:
    doc, canonical = extracted(
        f"---\ntitle: {value}\n{others}{date}{close}\n\n"
        + (f"# {BISHAN_TITLE}\n\n" if heading else "")
        + "为推进知识产权强区建设，制定本要点。\n\n## 一、重点任务\n\n"
        "1.推动专利提质增效。开展专利导航2项（区市场监管局负责）。\n",
        "plan.md",
    )
    assert doc.plan.title == BISHAN_TITLE
    assert all(key not in canonical for key in ("title", "author", "layout"))
    assert doc.plan.period is not None
    assert (doc.plan.period.start, doc.plan.period.end) == ("2024", "2024")


BISHAN_BODY = (
    "为全面推进知识产权强区建设，现制定本要点。\n\n## 二、重点任务\n\n### （一）提高知识产权创造质量\n\n"
    "1{dot} 推动专利提质增效。实施专利导航工程，开展专利导航2项。（牵头单位：区市场监管局；配合单位：区科技局）\n\n"
    "2{dot} 加强商标品牌培育。新增马德里商标国际注册5件。（牵头单位：区市场监管局；配合单位：区商务委）\n\n"
    "### （二）严格知识产权保护\n\n"
    "3{dot} 开展专项执法行动。组织开展{quote}铁拳{quote}行动。（牵头单位：区市场监管局；配合单位：区公安分局）\n"
)


@settings(max_examples=12, deadline=None)
@given(dot=st.sampled_from(["\\.", ".", "、"]), quote=st.sampled_from(["“", "\\*"]))
def test_backslash_escapes_read_as_the_marks_they_escape(dot: str, quote: str) -> None:
    doc, canonical = extracted(f"# {BISHAN_TITLE}\n\n" + BISHAN_BODY.format(dot=dot, quote=quote), "plan.md")
    assert "\\" not in canonical
    items = [(t.path, t.kind, t.title) for t in doc.tasks if t.kind == "item"]
    assert items == [
        ("二.(一).1", "item", "推动专利提质增效"),
        ("二.(一).2", "item", "加强商标品牌培育"),
        ("二.(二).3", "item", "开展专项执法行动"),
    ]
    units = {t.path: [r.agency.surface for r in t.responsibilities] for t in doc.tasks}
    assert units["二.(二).3"] == ["区市场监管局", "区公安分局"]


def test_an_escaped_tilde_in_a_term_reads_as_the_term() -> None:
    doc, _ = extracted(
        "# 璧山区知识产权强区建设行动方案（2024\\~2026年）\n\n## 一、重点任务\n\n1.开展专利导航。\n",
        "plan.md",
    )
    assert doc.plan.period is not None
    assert (doc.plan.period.start, doc.plan.period.end) == ("2024", "2026")


JIANGJIN = (
    "{image}**重庆市江津区知识产权局文件**\n\n江津知〔2024〕5号\n\n**江津区2024年知识产权工作要点**\n\n"
    "为深入实施知识产权强区战略，制定本要点。{note}\n\n**一、工作目标**\n\n"
    "全年新增发明专利授权{figure}件，有效发明专利拥有量达到1500件。\n\n**二、重点任务**\n\n"
    "1\\. 开展专利导航。开展产业专利导航项目1项，详见{annex}。（责任单位：{unit}）\n\n"
    "重庆市江津区知识产权局\\\n2024年3月20日\n\n{definition}"
)


@settings(max_examples=20, deadline=None)
@given(
    image=st.sampled_from(
        ["", '![](media/image1.png){width="5.8in" height="0.9in"}\n\n', "![红头](media/a.png)\n\n"]
    ),
    figure=st.sampled_from(["200", "[200]{.underline}", "[200](#)"]),
    unit=st.sampled_from(
        ["区知识产权局", "[区知识产权局]{.underline}", "[区知识产权局](http://zscqj.jiangjin.gov.cn/)"]
    ),
    annex=st.sampled_from(["附件1", "[附件1](http://www.jiangjin.gov.cn/u/1(1).docx)"]),
    footnote=st.booleans(),
)
def test_pandocs_inline_markup_reads_as_its_words(
    image: str, figure: str, unit: str, annex: str, footnote: bool
) -> None:
    doc, canonical = extracted(
        JIANGJIN.format(
            image=image,
            figure=figure,
            unit=unit,
            annex=annex,
            note="[^1]" if footnote else "",
            definition="[^1]: 本要点所称知识产权包括专利、商标、地理标志等。\n" if footnote else "",
        ),
        "plan.md",
    )
    assert not any(mark in canonical for mark in ("](", "]{", "[^", "\\", "media/"))
    targets = {t.indicator_key: t.value for t in doc.targets}
    assert targets["发明专利授权量"] == 200
    units = [r.agency.surface for t in doc.tasks for r in t.responsibilities]
    assert units == ["区知识产权局"]
    assert [i.name for i in doc.plan.issuers] == ["重庆市江津区知识产权局"]


# --- an annexed 分工表 quoting each task's target -------------------------------------------------------

GUANGAN_PARAGRAPHS = [
    "广安区2024年知识产权工作要点",
    "一、主要任务",
    "（一）加强知识产权创造",
    "1.推进高价值专利培育。支持企业与高校院所合作，{first}。（区知识产权局负责）",
    "2.推动专利转化运用。实施专利转化专项计划，{second}。（区知识产权局负责）",
    "（二）强化知识产权保护",
    "3.开展重点领域执法。围绕食品、农资等领域开展专项整治，{third}。（区知识产权局负责）",
    "二、保障措施",
    "各镇（街道）要加强协作，形成工作合力。",
    "附件：广安区2024年知识产权工作任务清单",
]
TARGETS = [
    ("培育高价值专利组合1个", "全年专利转让许可50次以上", "查办侵权假冒案件15件以上"),
    ("新建高价值专利培育中心2家", "专利开放许可达成许可20项", "年查办商标侵权案件30件"),
]


#: Short names of the rows' fields (重点任务 over 具体内容), none any task's title.
FIELDS = ("专利创造", "成果转化", "执法办案")


def _guangan(
    fmt: str, targets: tuple[str, str, str], cells: tuple[str, str, str], *, fields: bool = False
) -> bytes | str:
    paragraphs = [p.format(first=targets[0], second=targets[1], third=targets[2]) for p in GUANGAN_PARAGRAPHS]
    head = ["序号", "重点任务", "具体内容"] if fields else ["序号", "工作任务"]
    table = [[*head, "牵头单位", "配合单位", "完成时限"]] + [
        [str(n), *([FIELDS[n - 1], cell] if fields else [cell]), "区知识产权局", support, deadline]
        for n, (cell, support, deadline) in enumerate(
            zip(
                cells,
                ["区科技局", "区经信局", "区公安分局"],
                ["2024年12月", "2024年11月", "2024年10月"],
                strict=True,
            ),
            1,
        )
    ]
    if fmt == "docx":
        return to_docx(paragraphs, table)
    if fmt == "html":
        return to_html(paragraphs, table)
    rows = ["| " + " | ".join(row) + " |" for row in table]
    rows.insert(1, "|" + "---|" * len(table[0]))
    heads = {
        "一、主要任务": "## ",
        "二、保障措施": "## ",
        "（一）加强知识产权创造": "### ",
        "（二）强化知识产权保护": "### ",
    }
    lines = [f"# {paragraphs[0]}"] + [heads.get(p, "") + p for p in paragraphs[1:]]
    return "\n\n".join(lines) + "\n\n" + "\n".join(rows) + "\n"


@settings(max_examples=16, deadline=None)
@given(
    fmt=st.sampled_from(["md", "docx", "html"]),
    targets=st.sampled_from(TARGETS),
    full=st.booleans(),
    fields=st.booleans(),
)
def test_a_row_quoting_one_tasks_target_speaks_for_that_task(
    fmt: str, targets: tuple[str, str, str], full: bool, fields: bool
) -> None:
    # the cell quotes the target as the paragraph writes it, or without the words before its figure's noun;
    # the task cell, or the content cell beside a short name of the row's field
    cells = targets if full else tuple(t.removeprefix("全年").removeprefix("年") for t in targets)
    doc, _ = extracted(_guangan(fmt, targets, cells, fields=fields), f"plan.{fmt}")
    assert [t.path for t in doc.tasks if t.kind == "table_row"] == []
    deadlines = {t.path: t.deadline for t in doc.tasks}
    assert deadlines["一.(一).1"] == "2024年12月"
    assert deadlines["一.(一).2"] == "2024年11月"
    assert deadlines["一.(二).3"] == "2024年10月"
    support = {
        t.path: [r.agency.surface for r in t.responsibilities if r.role == "support"] for t in doc.tasks
    }
    assert support["一.(二).3"] == ["区公安分局"]
    quotes = [t.quote for t in doc.targets]
    assert len(quotes) == len(set(quotes)) == 3


def test_a_row_quoting_words_two_tasks_share_stays_a_task_of_its_own() -> None:
    shared = "全年专利转让许可50次以上"
    cells = (shared, "开展知识产权宣传周活动", "查办侵权假冒案件15件以上")
    doc, _ = extracted(_guangan("md", (shared, shared, "查办侵权假冒案件15件以上"), cells), "plan.md")
    rows = [t.title for t in doc.tasks if t.kind == "table_row"]
    assert rows == [shared, "开展知识产权宣传周活动"]


# --- a web page's publisher is no signature -------------------------------------------------------------

_RECORDS = {
    "beside the date": (
        "<table class='xxgk'><tr><td>索引号：</td><td>11510700008123456X/2024-00123</td><td>主题分类：</td>"
        "<td>市场监管</td></tr><tr><td>发布机构：</td><td>{publisher}</td><td>成文日期：</td><td>2024-05-16</td></tr>"
        "<tr><td>文　　号：</td><td>{number}</td><td>发布日期：</td><td>2024-05-20</td></tr></table>"
    ),
    "a row of its own": (
        "<table class='xxgk'><tr><td>发布机构：</td><td>{publisher}</td><td>文　　号：</td><td>{number}</td></tr>"
        "<tr><td>成文日期：</td><td>2024-05-16</td><td>发布日期：</td><td>2024-05-20</td></tr></table>"
    ),
    "spans": (
        "<div class='info'><span>索引号：11510700008123456X/2024-00123</span> <span>发布机构：{publisher}</span> "
        "<span>发文字号：{number}</span> <span>发布日期：2024-05-20</span></div>"
    ),
}
_SIGNERS = [
    ("绵阳市知识产权工作领导小组办公室", "绵知领办〔2024〕3号"),
    ("绵阳市知识产权局", "绵知发〔2024〕3号"),
    ("绵阳市市场监督管理局办公室", "绵市监办〔2024〕3号"),
]


def _page(record: str, publisher: str, number: str, signer: str | None) -> str:
    signature = (
        f"<p style='text-align:right'>{signer}</p><p style='text-align:right'>2024年5月16日</p>"
        if signer
        else ""
    )
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>绵阳市2024年知识产权工作要点</title></head><body>"
        "<div class='crumb'>当前位置：首页 &gt; 政务公开 &gt; 政策文件</div>"
        + record.format(publisher=publisher, number=number)
        + "<div class='article'><h1>绵阳市2024年知识产权工作要点</h1>"
        "<div class='byline'>来源：市市场监管局　发布时间：2024-05-20 10:30　浏览次数：1357</div>"
        "<p>为加快建设知识产权强市，制定本工作要点。</p><p>一、重点工作</p>"
        "<p>1.实施专利提质增效行动。组织实施专利导航项目4项。（责任单位：市市场监管局、市科技局）</p>"
        f"{signature}</div></body></html>"
    )


@settings(max_examples=20, deadline=None)
@given(record=st.sampled_from(sorted(_RECORDS)), signer=st.sampled_from([*_SIGNERS, None]))
def test_the_plans_signature_names_its_issuer_before_the_pages_publisher(
    record: str, signer: tuple[str, str] | None
) -> None:
    name, number = signer or ("绵阳市市场监督管理局", "绵市监发〔2024〕3号")  # unsigned: the publisher's
    doc, _ = extracted(_page(_RECORDS[record], "绵阳市市场监督管理局", number, signer and name), "plan.html")
    assert [i.name for i in doc.plan.issuers] == [name]
    assert doc.plan.doc_number == number


# --- a table's unit note in a row of its own ------------------------------------------------------------


def _unit_table(fmt: str, note: str, above: bool, lead: str = "2024年主要指标如下：") -> bytes | str:
    header = ["指标", "2023年", "2024年目标"]
    rows = [["有效发明专利拥有量", "800", "900"], ["地理标志商标", "3", "4"]]
    paragraphs = ["万州区2024年知识产权工作要点", "一、主要目标", lead]
    tasks = ["二、重点任务", "1.推进专利导航。开展产业专利导航项目1项。（区市场监管局负责）"]
    if fmt == "docx":
        doc = new_docx()
        for p in paragraphs:
            doc.add_paragraph(p)
        grid = doc.add_table(rows=0, cols=3)
        if above:
            top = grid.add_row().cells
            top[0].merge(top[2]).text = note  # a cell merged across the table, as Word writes the note
        for values in [header] if above else [header, [note, "", ""]]:
            for cell, value in zip(grid.add_row().cells, values, strict=True):
                cell.text = value
        for values in rows:
            for cell, value in zip(grid.add_row().cells, values, strict=True):
                cell.text = value
        for p in tasks:
            doc.add_paragraph(p)
        buffer = io.BytesIO()
        doc.save(buffer)
        return buffer.getvalue()
    if fmt == "html":
        note_row = f"<tr><td colspan='3' align='right'>{note}</td></tr>"
        head = "<tr>" + "".join(f"<td>{h}</td>" for h in header) + "</tr>"
        body = "".join("<tr>" + "".join(f"<td>{v}</td>" for v in r) + "</tr>" for r in rows)
        table = f"<table border='1'>{note_row + head if above else head + note_row}{body}</table>"
        return (
            "<html><head><meta charset='utf-8'></head><body>"
            + "".join(f"<p>{p}</p>" for p in paragraphs)
            + table
            + "".join(f"<p>{p}</p>" for p in tasks)
            + "</body></html>"
        )
    lines = ["| " + " | ".join(r) + " |" for r in [header, [note, "", ""], *rows]]
    lines.insert(1, "| --- | --- | --- |")
    return "\n\n".join(paragraphs) + "\n\n" + "\n".join(lines) + "\n\n" + "\n\n".join(tasks) + "\n"


@settings(max_examples=15, deadline=None)
@given(
    fmt=st.sampled_from(["docx", "html", "md"]),
    note=st.sampled_from(["单位：件", "（单位：件）", "(单位:件)", "单位： 件"]),
    above=st.booleans(),
)
def test_a_unit_note_in_a_row_of_the_table_is_its_cells_unit(fmt: str, note: str, above: bool) -> None:
    doc, _ = extracted(_unit_table(fmt, note, above), f"plan.{fmt}")
    table = {(t.indicator_key, t.kind): (t.value, t.unit) for t in doc.targets if t.source == "table"}
    assert table[("有效发明专利拥有量", "target")] == (900, "件")
    assert table[("有效发明专利拥有量", "baseline")] == (800, "件")
    assert table[("地理标志商标注册量", "target")] == (4, "件")


@settings(max_examples=12, deadline=None)
@given(
    fmt=st.sampled_from(["docx", "html", "md"]),
    lead=st.sampled_from(
        [
            "全县知识产权主要指标见下表。",
            "2024年主要预期指标如下表：",
            "具体目标详见附表1。",
            "主要指标如下：",
        ]
    ),
)
def test_a_line_leading_to_the_goals_table_is_no_goal(fmt: str, lead: str) -> None:
    doc, _ = extracted(_unit_table(fmt, "（单位：件）", False, lead), f"plan.{fmt}")
    assert [g.text for g in doc.goals] == []
    assert {t.indicator_key for t in doc.targets if t.source == "table"} == {
        "有效发明专利拥有量",
        "地理标志商标注册量",
    }


@settings(max_examples=8, deadline=None)
@given(record=st.sampled_from(["beside the date", "a row of its own"]))
def test_a_pages_record_table_is_no_table_of_the_plan(record: str) -> None:
    annex = (
        "<p>附件：绵阳市2024年知识产权重点任务分工表</p><table border='1'>"
        "<tr><td>工作任务</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td></tr>"
        "<tr><td>开展知识产权宣传周活动</td><td>市市场监管局</td><td>市委宣传部</td><td>2024年4月</td></tr></table>"
    )
    page = _page(_RECORDS[record], "绵阳市市场监督管理局", "绵知领办〔2024〕3号", _SIGNERS[0][0])
    doc, _ = extracted(page.replace("</div></body>", annex + "</div></body>"), "plan.html")
    assert [(t.role, t.header) for t in doc.tables] == [
        ("tasks", ["工作任务", "牵头单位", "配合单位", "完成时限"])
    ]
    rows = [t.path for t in doc.tasks if t.kind == "table_row"]
    assert rows == ["附件.表1.1"]
