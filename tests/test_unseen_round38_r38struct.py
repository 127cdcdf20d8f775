"""Round 38: the outlines, heads, signatures and phases of plans of 湖南, 江西, 广西, 贵州, 河南, 吉林, 宁夏 and
天津 written with their chapters as bold or Markdown headings alone, as articles under 第一章 总则, and issued
by several bodies signing one a line.

What was read wrong before:

- a signature writing a body's other name in brackets on a line of its own (湖南省市场监督管理局 ↵
  （湖南省知识产权局） ↵ 湖南省财政厅 ↵ 二〇二四年三月十五日) lost every body above the bracket: the
  issuers were 湖南省财政厅 alone; and a notice's 附件：1.… list signed so opened an annex holding the whole
  plan it issues;
- a signature of more than three bodies one a line (four departments issuing a plan jointly) lost the
  first of them;
- a Markdown title written as two headings (# 郑州市金水区知识产权强县建设 ↵ # 工作方案（2024—2025年）) kept
  the second heading's mark: 郑州市金水区知识产权强县建设#工作方案（2024—2025年）;
- a 关于 title wrapped before its document's words (毕节市七星关区关于加快推进知识产权 ↵ 强县建设的实施意见) was
  titled by its second line alone (强县建设的实施意见), with no region;
- a plan of articles' term written as an article of its 第一章 总则 (第二条 本方案实施期限为2024年至2025年,
  本方案实施周期：2024—2025年) was a task; it states the plan's period, as 第一条 为…，制定本方案 states its purpose
  (the duties a 总则 divides among bodies stay tasks: tests/test_unseen_round17_not_plans.py);
- a phase numbered 第一阶段：2024年5月至6月，为启动阶段 was named by its time (2024年5月至6月，为启动阶段), not 启动;
- items numbered ① ② or (1) (2) run on in one line (①开展专利质量提升行动；②培育专利密集型产品。) were one
  unit titled 开展专利质量提升行动；②培育专利密集型产品: the second item was no task;
- on a web page whose paragraphs lost their breaks, sections run on in one paragraph (（一）加强组织领导。（二）
  加强督导考核。) were one unit, and items numbered 1. 2. run on after a note
  (…工程。（责任单位：区市场监管局，2026年6月底前完成）2.开展专利导航。（…）) were no clauses: the section was one
  task holding both items' units and the last deadline;
- a phases chapter's steps dated first (（一）2024年7月—8月：动员部署。) were tasks, no phases; and a phase
  dated first before a comma (1.2024年3月—4月，动员部署阶段。) was named by its time and its name together;
- a chapter numbered with a bare figure (## 3 时间安排, 3 时序进度) opened nothing: 时 read as a quantity's word
  (3时, hours), the phases fell into the chapter above and the chapter after (4 保障措施) became a section of it;
- a plan whose chapters are bold lines or Markdown headings of one level (主要任务 ↵ 加强知识产权创造 ↵ 1.… ↵
  加强知识产权运用 ↵ … ↵ 保障措施 ↵ 加强组织领导) read every heading as a chapter: 主要任务 was an empty chapter
  and its sections chapters of their own, of no tasks chapter's kind.
"""

from __future__ import annotations

import io

from docx import Document as new_docx
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.formats import to_docx, to_html
from tests.plans import extracted

HUNAN_BODY = (
    "为加快知识产权强县建设，制定本方案。\n\n一、主要任务\n（一）培育高价值专利。实施高价值专利培育计划。"
    "（责任单位：省知识产权局）\n二、保障措施\n（一）加强组织领导。\n\n"
)


@settings(max_examples=20, deadline=None)
@given(
    first=st.sampled_from(["湖南省市场监督管理局", "湖南省农业农村厅"]),
    alias=st.sampled_from(["（湖南省知识产权局）", "(湖南省知识产权局)"]),
    date=st.sampled_from(["二〇二四年三月十五日", "2024年3月15日"]),
    form=st.sampled_from(["txt", "docx"]),
)
def test_a_bracketed_other_name_under_a_signing_body_keeps_every_issuer(
    first: str, alias: str, date: str, form: str
) -> None:
    lines = ["湖南省知识产权保护工作方案", *HUNAN_BODY.split("\n"), first, alias, "湖南省财政厅", date]
    if form == "docx":
        doc, _ = extracted(to_docx([line for line in lines if line]), "plan.docx")
    else:
        doc, _ = extracted("\n".join(lines) + "\n")
    names = [i.name for i in doc.plan.issuers]
    assert names == [first + alias, "湖南省财政厅"]
    assert doc.plan.date == "2024-03-15"
    # under the first of two bodies signing side by side, the bracket is no part of the second's name
    columns = "\n".join([*lines[:-4], f"{first}　　　　湖南省财政厅", alias, date]) + "\n"
    doc, _ = extracted(columns)
    assert [i.name for i in doc.plan.issuers] == [first, "湖南省财政厅"]


@settings(max_examples=10, deadline=None)
@given(extra=st.sampled_from([["湖南省科学技术厅"], ["湖南省科学技术厅", "湖南省农业农村厅"]]))
def test_every_body_of_a_joint_signature_one_a_line_is_an_issuer(extra: list[str]) -> None:
    bodies = ["湖南省市场监督管理局", "湖南省财政厅", "湖南省商务厅", *extra]
    text = "湖南省知识产权保护工作方案\n\n" + HUNAN_BODY + "\n".join(bodies) + "\n2024年3月15日\n"
    doc, _ = extracted(text)
    assert [i.name for i in doc.plan.issuers] == bodies


NOTICE = (
    "湘市监发〔2024〕12号\n\n关于印发《湖南省知识产权强县建设工作方案》的通知\n\n各市州市场监督管理局：\n"
    "　　现将《湖南省知识产权强县建设工作方案》印发给你们，请认真贯彻落实。\n\n"
    "附件：1.湖南省知识产权强县建设工作方案\n　　　2.知识产权强县建设任务分解表\n\n"
    "湖南省市场监督管理局\n（湖南省知识产权局）\n湖南省财政厅\n二〇二四年三月十五日\n\n"
    "湖南省知识产权强县建设工作方案\n\n　　为加快推进知识产权强县建设，制定本方案。\n"
    "　　一、重点任务\n　　（一）培育高价值专利。2025年6月底前建成培育中心5个。（责任单位：省知识产权局）\n"
    "　　二、保障措施\n　　（一）加强组织领导。\n"
)


def test_a_notice_signed_with_a_bracketed_name_opens_no_annex_over_the_plan() -> None:
    doc, _ = extracted(NOTICE)
    assert [s.path for s in doc.sections if s.kind == "annex"] == []
    assert next((t.path, t.chapter_kind) for t in doc.tasks) == ("一.(一)", "tasks")
    assert [i.name for i in doc.plan.issuers] == ["湖南省市场监督管理局（湖南省知识产权局）", "湖南省财政厅"]


@settings(max_examples=20, deadline=None)
@given(
    mark=st.sampled_from(["#", "##"]),
    place=st.sampled_from(["郑州市金水区", "宁夏回族自治区银川市兴庆区"]),
    tail=st.sampled_from(["工作方案（2024—2025年）", "建设实施方案"]),
    bold=st.booleans(),
)
def test_a_markdown_title_over_two_headings_keeps_no_mark(
    mark: str, place: str, tail: str, bold: bool
) -> None:
    first, second = f"{place}知识产权强县建设", tail
    head = f"**{first}**\n**{second}**\n\n" if bold else f"{mark} {first}\n{mark} {second}\n\n"
    text = (
        head + "为加快建设，制定本方案。\n\n## 一、重点任务\n\n1.培育高价值专利。（责任单位：区市场监管局）\n"
    )
    doc, _ = extracted(text, "plan.md")
    assert doc.plan.title == first + second


@settings(max_examples=12, deadline=None)
@given(
    head=st.sampled_from(["毕节市七星关区关于加快推进知识产权", "毕节市七星关区人民政府关于加快推进"]),
    kind=st.sampled_from(["的实施意见", "的工作方案", "的若干措施"]),
)
def test_a_wrapped_about_title_keeps_its_first_line(head: str, kind: str) -> None:
    rest = "强县建设" if head.endswith("知识产权") else "知识产权强县建设"
    text = f"{head}\n{rest}{kind}\n\n为加快建设，制定本方案。\n\n一、重点任务\n（一）培育高价值专利。（责任单位：区市场监管局）\n"
    doc, _ = extracted(text)
    assert doc.plan.title == head + rest + kind
    assert doc.plan.region is not None
    assert doc.plan.region.name == "七星关区"


ARTICLES = (
    "赣州市章贡区知识产权强县建设试点工作方案\n\n第一章　{general}\n"
    "第一条　为深入实施知识产权强国战略，制定本方案。\n第二条　{term}。\n"
    "第二章　重点任务\n第三条　推动专利提质增量。2025年6月底前培育专利示范企业10家。（牵头单位：区市场监管局）\n"
    "第三章　保障措施\n第四条　加强组织领导。\n"
)


@settings(max_examples=12, deadline=None)
@given(
    general=st.sampled_from(["总则", "总　　则"]),
    term=st.sampled_from(
        [
            "本方案实施期限为2024年至2025年",
            "本方案实施周期：2024—2025年",
            "本方案的实施期限为2024年1月至2025年12月",
            "本方案试点期为2024—2025年",
        ]
    ),
)
def test_the_term_of_a_plan_of_articles_is_no_task(general: str, term: str) -> None:
    doc, _ = extracted(ARTICLES.format(general=general, term=term))
    assert [t.path for t in doc.tasks] == ["二.第三条", "三.第四条"]
    assert doc.plan.period is not None
    assert (doc.plan.period.start[:4], doc.plan.period.end[:4]) == ("2024", "2025")


@settings(max_examples=12, deadline=None)
@given(
    comma=st.sampled_from(["，", ","]),
    chapter=st.sampled_from(["进度安排", "实施步骤"]),
    colon=st.sampled_from(["：", ":"]),
)
def test_a_numbered_phase_is_named_after_its_time(comma: str, chapter: str, colon: str) -> None:
    text = (
        "延边州知识产权强州建设推进计划\n\n一、主要任务\n（一）加强高价值专利培育。（责任单位：州市场监管局）\n"
        f"二、{chapter}\n第一阶段{colon}2024年5月至6月{comma}为启动阶段。制定方案。\n"
        f"第二阶段{colon}2024年7月至2025年9月{comma}为推进阶段。全面实施。\n"
        f"第三阶段{colon}2025年10月至12月{comma}为验收阶段。总结评估。\n三、保障措施\n（一）强化组织领导。\n"
    )
    doc, _ = extracted(text)
    assert [(p.name, p.start, p.end) for p in doc.phases] == [
        ("启动", "2024-05", "2024-06"),
        ("推进", "2024-07", "2025-09"),
        ("验收", "2025-10", "2025-12"),
    ]


@settings(max_examples=12, deadline=None)
@given(
    chapter=st.sampled_from(["时间安排", "实施步骤", "工作步骤"]),
    colon=st.sampled_from(["：", ":"]),
    marker=st.sampled_from(["（{}）", "{}．"]),
)
def test_steps_dated_before_their_names_are_phases(chapter: str, colon: str, marker: str) -> None:
    cn, digits = "一二三", "123"
    steps = [
        "2024年7月—8月{c}动员部署。制定方案。",
        "2024年9月—2025年10月{c}组织实施阶段。",
        "2025年11月—12月{c}总结评估。",
    ]
    lines = [
        (marker.format(cn[k]) if "（" in marker else marker.format(digits[k])) + step.format(c=colon)
        for k, step in enumerate(steps)
    ]
    text = (
        "伊宁市知识产权强县建设工作方案\n\n为推动知识产权强县建设，制定本方案。\n一、工作措施\n"
        "（一）培育高价值专利。（责任单位：市市场监管局）\n"
        f"二、{chapter}\n" + "\n".join(lines) + "\n三、保障措施\n（一）加强组织领导。\n"
    )
    doc, _ = extracted(text)
    assert [(p.name, p.start, p.end) for p in doc.phases] == [
        ("动员部署", "2024-07", "2024-08"),
        ("组织实施", "2024-09", "2025-10"),
        ("总结评估", "2025-11", "2025-12"),
    ]
    assert [t.path for t in doc.tasks if t.chapter_kind == "phases"] == []
    named = text.replace(f"{colon}动员部署。", "，动员部署阶段。").replace(
        f"{colon}总结评估。", "，总结评估阶段。"
    )
    doc, _ = extracted(named)
    assert [p.name for p in doc.phases] == ["动员部署", "组织实施", "总结评估"]


@settings(max_examples=20, deadline=None)
@given(
    marks=st.sampled_from([("①", "②"), ("（1）", "（2）"), ("(1)", "(2)"), ("1）", "2）"), ("⑴", "⑵")]),
    stop=st.sampled_from(["；", "。", "; "]),
    form=st.sampled_from(["txt", "docx"]),
)
def test_items_run_on_in_one_line_are_units_of_their_own(
    marks: tuple[str, str], stop: str, form: str
) -> None:
    first, second = marks
    paragraphs = [
        "日照市东港区知识产权强县建设工作方案",
        "为加快建设知识产权强县，制定本方案。",
        "一、主要任务",
        "（一）提升知识产权创造水平",
        "1．培育高价值专利。",
        f"{first}开展专利质量提升行动{stop}{second}培育专利密集型产品。（责任单位：区市场监管局；完成时限：2025年6月底前）",
        "2．推动商标品牌建设。（责任单位：区商务局；完成时限：长期坚持）",
        "二、保障措施",
        "（一）加强组织领导。",
    ]
    if form == "docx":
        doc, _ = extracted(to_docx(paragraphs), "plan.docx")
    else:
        doc, _ = extracted("\n".join(paragraphs) + "\n")
    tasks = [(t.path, t.title) for t in doc.tasks if t.chapter_kind == "tasks"]
    assert tasks == [
        ("一.(一).1." + _path_label(first), "开展专利质量提升行动"),
        ("一.(一).1." + _path_label(second), "培育专利密集型产品"),
        ("一.(一).2", "推动商标品牌建设"),
    ]
    assert doc.tasks[1].deadline == "2025年6月底前"


def _path_label(mark: str) -> str:
    """The label a path writes for an item's number: ① kept, (1) for （1）, 1）and ⑴."""
    if mark in "①②":
        return mark
    digit = mark.strip("（()）") if mark[0] in "（(" or mark[-1] in "）)" else str("⑴⑵".index(mark) + 1)
    return f"({digit})"


@settings(max_examples=12, deadline=None)
@given(
    note=st.sampled_from(
        ["（责任单位：区市场监管局，2026年6月底前完成）", "(区市场监管局牵头，2026年6月底前)"]
    ),
    dot=st.sampled_from([".", "．", "、"]),
    form=st.sampled_from(["html", "txt"]),
)
def test_items_and_sections_run_on_in_one_paragraph(note: str, dot: str, form: str) -> None:
    paragraphs = [
        "淄博市张店区知识产权强县建设工作方案",
        "为深入实施知识产权强国战略，制定本方案。",
        "一、重点任务",
        f"（一）强化高价值专利培育。1{dot}实施专利质量提升工程。{note}2{dot}开展专利导航。（责任单位：区科技局，每年）",
        "二、保障措施",
        "（一）加强组织领导。（二）加强督导考核。",
    ]
    if form == "html":
        doc, _ = extracted(to_html(paragraphs), "plan.html")
    else:
        doc, _ = extracted("\n".join(paragraphs) + "\n")
    tasks = {t.path: (t.title, t.deadline) for t in doc.tasks}
    title, deadline = tasks["一.(一).1"]
    assert title == "实施专利质量提升工程"
    assert deadline in ("2026年6月底前", "2026年6月底前完成")
    assert tasks["一.(一).2"] == ("开展专利导航", "每年")
    assert [s.title for s in doc.sections if s.path.startswith("二.")] == ["加强组织领导", "加强督导考核"]


@settings(max_examples=12, deadline=None)
@given(
    chapter=st.sampled_from(["时间安排", "时序进度"]),
    mark=st.sampled_from(["## ", ""]),
    sub=st.sampled_from(["### ", ""]),
)
def test_a_chapter_numbered_with_a_bare_figure_before_its_time_words(
    chapter: str, mark: str, sub: str
) -> None:
    text = (
        f"# 银川市金凤区知识产权强县建设工作方案\n\n为加快建设，制定本方案。\n\n{mark}1 总体目标\n\n"
        f"到2025年，全区有效发明专利达到1000件。\n\n{mark}2 重点任务\n\n{sub}2.1 提升创造质量\n\n"
        "1. 培育高价值专利。（责任单位：区市场监管局；完成时限：2025年6月底前）\n\n"
        f"{mark}3 {chapter}\n\n{sub}3.1 动员部署阶段（2024年3月—4月）\n\n制定方案。\n\n"
        f"{sub}3.2 组织实施阶段（2024年5月—2025年10月）\n\n推进。\n\n"
        f"{mark}4 保障措施\n\n{sub}4.1 加强组织领导\n\n成立领导小组。\n"
    )
    doc, _ = extracted(text, "plan.md")
    chapters = [(s.path, s.chapter_kind, s.title) for s in doc.sections if s.level == 1]
    assert chapters == [
        ("1", "goals", "总体目标"),
        ("2", "tasks", "重点任务"),
        ("3", "phases", chapter),
        ("4", "safeguards", "保障措施"),
    ]
    assert [(p.name, p.path) for p in doc.phases] == [("动员部署", "3.1"), ("组织实施", "3.2")]


def _bold_docx(paragraphs: list[tuple[str, str]]) -> bytes:
    doc = new_docx()
    for kind, words in paragraphs:
        if kind == "P":
            doc.add_paragraph(words)
        elif kind == "B":
            doc.add_paragraph().add_run(words).bold = True
        else:
            doc.add_heading(words, level=1)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


@settings(max_examples=20, deadline=None)
@given(
    tasks=st.sampled_from(["主要任务", "重点任务", "工作措施"]),
    safeguards=st.sampled_from(["保障措施", "组织保障"]),
    style=st.sampled_from(["B", "H", "md"]),
)
def test_sections_under_an_empty_chapter_heading_of_their_level_are_its_sections(
    tasks: str, safeguards: str, style: str
) -> None:
    paragraphs = [
        ("P", "遵义市汇川区知识产权强县建设工作方案"),
        ("P", "为深入实施知识产权强国战略，结合我区实际，制定本方案。"),
        (style, "工作目标"),
        ("P", "到2025年，全区发明专利授权量达到300件。"),
        (style, tasks),
        (style, "加强知识产权创造"),
        ("P", "1.培育高价值专利。（牵头单位：区市场监管局；完成时限：2024年12月31日前）"),
        ("P", "2.推进商标品牌建设。（牵头单位：区市场监管局；完成时限：长期坚持）"),
        (style, "加强知识产权运用"),
        ("P", "1.推进专利转化。（牵头单位：区科技局；完成时限：年底前）"),
        (style, "时间安排"),
        ("P", "1.动员部署阶段（2024年3月—4月）：制定方案。"),
        ("P", "2.总结评估阶段（2025年11月—12月）：总结经验。"),
        (style, safeguards),
        (style, "加强组织领导"),
        ("P", "成立工作专班。"),
        (style, "强化资金保障"),
        ("P", "统筹安排资金。"),
    ]
    if style == "md":
        text = "\n\n".join(f"## {w}" if k == "md" else w for k, w in paragraphs) + "\n"
        doc, _ = extracted(text, "plan.md")
    else:
        doc, _ = extracted(_bold_docx(paragraphs), "plan.docx")
    outline = [(s.path, s.chapter_kind, s.title) for s in doc.sections if s.level <= 2]
    assert outline == [
        ("一", "goals", "工作目标"),
        ("二", "tasks", tasks),
        ("二.(一)", "tasks", "加强知识产权创造"),
        ("二.(二)", "tasks", "加强知识产权运用"),
        ("三", "phases", "时间安排"),
        ("三.1", "phases", "动员部署阶段（2024年3月—4月）：制定方案"),
        ("三.2", "phases", "总结评估阶段（2025年11月—12月）：总结经验"),
        ("四", "safeguards", safeguards),
        ("四.(一)", "safeguards", "加强组织领导"),
        ("四.(二)", "safeguards", "强化资金保障"),
    ]
    assert [(t.path, t.deadline) for t in doc.tasks if t.chapter_kind == "tasks"] == [
        ("二.(一).1", "2024年12月31日前"),
        ("二.(一).2", "长期坚持"),
        ("二.(二).1", "年底前"),
    ]
