"""Round 37b: the outlines and task lists of plans of 浙江, 江苏, 福建 and 北京 districts and zones that write
their chapters in 【】, their tasks as 专项行动 with 主要内容 / 责任单位 / 完成时间 lines, and their annexed
重点项目清单 by project.

What was read wrong before:

- a plain text's chapters written in lenticular brackets alone on their lines (【总体目标】, 【重点任务】,
  【保障措施】) opened nothing: the goals were the preamble's, the tasks under 【重点任务】 ran into one
  another, and the items of 【保障措施】 ((一)加强组织领导) were tasks of a tasks chapter;
- so were a chapter's bare names alone on their lines (工作目标 ↵ …。 ↵ 重点任务 ↵ 1.…): the line 重点任务 was a
  goal of the preamble's, and the 保障措施 line's words ran into the item above;
- a plan of articles (第一条 总体目标。到2025年，… / 第四条 组织保障。…) read each article as a task, its
  goals article and its safeguards article too;
- a task list numbering its entries 专项行动一： / 重点工程2、 (a word before 行动, 任务, 工程) was no list: its
  entries were one paragraph;
- a labelled time on its own line ran on into the next line's words: 完成时限：2024年6月底前 ↵ 责任单位：区市场
  监管局 gave the deadline 2024年6月底前责任单位：区市场监管局 (持续推进责任单位：…);
- an item whose words are clauses (…：①新增…；②培育…。) and whose note closes the last of them
  (（区市场监管局负责，长期坚持）) had no deadline: the note's time went to the last clause alone;
- a note writing the time as a part of the year after its units (（区市场监管局、区农业农村局，第二季度）,
  （…，上半年）) was no note at all: the item had neither its units nor its deadline;
- a 重点项目清单 (序号 | 项目名称 | 主要内容 | 责任单位 | 完成时间) titled each row with its 主要内容, not the
  project's name.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.formats import to_docx
from tests.plans import extracted

SIMING_HEAD = "厦门市思明区知识产权强区建设三年行动方案（2024—2026年）\n\n为深入实施知识产权强国战略，结合我区实际，制定本方案。\n\n"


def _bracketed_plan(goals: str, tasks: str, safeguards: str, indent: str) -> str:
    return (
        SIMING_HEAD
        + f"{indent}【{goals}】\n{indent}到2026年，全区每万人口发明专利拥有量达到60件。\n\n"
        + f"{indent}【{tasks}】\n{indent}1.实施高价值专利培育工程。培育高价值专利组合2个。（责任单位：区科技局）\n"
        + f"{indent}2.推动商标品牌建设。新增马德里商标国际注册20件。（责任单位：区商务局）\n\n"
        + f"【{safeguards}】\n{indent}（一）加强组织领导。区知识产权工作领导小组统筹推进各项工作。\n"
        + f"{indent}（二）强化资金保障。区财政局要将知识产权经费纳入预算。\n"
    )


@settings(max_examples=20, deadline=None)
@given(
    goals=st.sampled_from(["总体目标", "主要目标", "工作目标"]),
    tasks=st.sampled_from(["重点任务", "主要任务", "重点工作"]),
    safeguards=st.sampled_from(["保障措施", "组织保障", "工作要求"]),
    indent=st.sampled_from(["", "\u3000\u3000"]),
    form=st.sampled_from(["txt", "md", "docx"]),
)
def test_chapters_in_lenticular_brackets_make_the_outline(
    goals: str, tasks: str, safeguards: str, indent: str, form: str
) -> None:
    text = _bracketed_plan(goals, tasks, safeguards, indent)
    if form == "docx":
        data: str | bytes = to_docx([p for p in text.split("\n") if p.strip()])
    else:
        data = text
    doc, _ = extracted(data, f"plan.{form}")
    chapters = {s.title: s.chapter_kind for s in doc.sections if s.kind == "chapter"}
    assert chapters == {goals: "goals", tasks: "tasks", safeguards: "safeguards"}
    work = {t.title: t.chapter_kind for t in doc.tasks}
    assert work["实施高价值专利培育工程"] == work["推动商标品牌建设"] == "tasks"
    assert work.get("加强组织领导", "safeguards") == "safeguards"
    assert [g.text for g in doc.goals] == ["到2026年，全区每万人口发明专利拥有量达到60件。"]


@settings(max_examples=20, deadline=None)
@given(
    goals=st.sampled_from(["工作目标", "主要目标", "发展目标"]),
    tasks=st.sampled_from(["重点任务", "主要任务", "重点工作"]),
    safeguards=st.sampled_from(["保障措施", "组织保障", "工作要求"]),
    blank=st.sampled_from(["", "\n"]),
    form=st.sampled_from(["txt", "docx"]),
)
def test_a_chapters_bare_name_alone_on_its_line_opens_it(
    goals: str, tasks: str, safeguards: str, blank: str, form: str
) -> None:
    text = (
        "无锡市新吴区2024年知识产权工作要点\n\n为深入实施创新驱动发展战略，制定本要点。\n"
        f"{blank}{goals}\n全年新增发明专利授权1500件。\n"
        f"{blank}{tasks}\n1.实施高价值专利培育工程。培育高价值专利组合3个。（责任单位：区科技局）\n"
        "2.开展知识产权保护专项行动。（责任单位：区市场监管局）\n"
        f"{blank}{safeguards}\n各部门要加强协作，形成工作合力。\n"
    )
    data: str | bytes = to_docx([p for p in text.split("\n") if p]) if form == "docx" else text
    doc, _ = extracted(data, f"plan.{form}")
    chapters = {s.title: s.chapter_kind for s in doc.sections if s.kind == "chapter"}
    assert chapters == {goals: "goals", tasks: "tasks", safeguards: "safeguards"}
    assert [g.text for g in doc.goals] == ["全年新增发明专利授权1500件。"]
    assert {t.title: t.chapter_kind for t in doc.tasks if t.kind != "chapter"} == {
        "实施高价值专利培育工程": "tasks",
        "开展知识产权保护专项行动": "tasks",
    }


@settings(max_examples=20, deadline=None)
@given(
    word=st.sampled_from(["专项行动", "重点任务", "重大工程", "重点工程"]),
    number=st.sampled_from([("一", "二"), ("1", "2")]),
    mark=st.sampled_from(["：", "、"]),
    limit=st.sampled_from(["完成时间", "完成时限", "时间节点"]),
)
def test_named_entries_with_a_word_before_them_are_the_task_list(
    word: str, number: tuple[str, str], mark: str, limit: str
) -> None:
    doc, _ = extracted(
        SIMING_HEAD + "一、重点任务\n"
        f"{word}{number[0]}{mark}高价值专利培育行动\n主要内容：每年培育高价值专利组合2个以上。\n"
        f"责任单位：区科技局、区市场监管局\n{limit}：2026年底前\n"
        f"{word}{number[1]}{mark}商标品牌提升行动\n主要内容：引导企业开展商标国际注册。\n"
        f"责任单位：区市场监管局\n{limit}：持续推进\n"
    )
    tasks = {t.title: t for t in doc.tasks}
    assert set(tasks) == {"高价值专利培育行动", "商标品牌提升行动"}
    assert tasks["高价值专利培育行动"].deadline == "2026年底前"
    assert tasks["商标品牌提升行动"].deadline == "持续推进"
    assert [r.agency.surface for r in tasks["商标品牌提升行动"].responsibilities] == ["区市场监管局"]


@settings(max_examples=20, deadline=None)
@given(
    limit=st.sampled_from(["完成时限", "完成时间", "时间节点"]),
    value=st.sampled_from(["2024年6月底前", "持续推进", "长期", "2024年12月"]),
    next_label=st.sampled_from(["责任单位", "牵头单位", "配合单位"]),
    blank=st.sampled_from(["", "\n"]),
)
def test_a_labelled_time_stops_at_its_line_end(limit: str, value: str, next_label: str, blank: str) -> None:
    doc, _ = extracted(
        "杭州市余杭区2024年知识产权工作要点\n\n一、重点任务\n"
        f"1.实施专利导航工程。\n{limit}：{value}\n{blank}{next_label}：区市场监管局\n"
        f"2.推进知识产权质押融资。\n{limit}：{value}\n{blank}{next_label}：区金融办\n"
    )
    assert [t.deadline for t in doc.tasks] == [value, value]


def test_a_labelled_time_wrapped_inside_its_date_is_rejoined() -> None:
    doc, _ = extracted(
        "杭州市余杭区2024年知识产权工作要点\n\n一、重点任务\n"
        "1.开展商标品牌培育。\n完成时限：2024年\n12月底前\n责任单位：区市场监管局\n"
    )
    assert [t.deadline for t in doc.tasks] == ["2024年12月底前"]


@settings(max_examples=15, deadline=None)
@given(
    time=st.sampled_from(["长期坚持", "持续推进", "2024年12月底前完成"]),
    marks=st.sampled_from([("①", "②"), ("一是", "二是")]),
)
def test_a_note_closing_an_items_last_clause_dates_the_item(time: str, marks: tuple[str, str]) -> None:
    doc, _ = extracted(
        "福州市鼓楼区2024年知识产权工作要点\n\n一、重点工作\n"
        f"1.推进商标品牌建设。{marks[0]}新增地理标志商标1件；{marks[1]}培育区域品牌2个。"
        f"（区市场监管局、区农业农村局按职责分工负责，{time}）\n"
    )
    item = next(t for t in doc.tasks if t.path == "一.1")
    assert item.deadline == time.removesuffix("完成")


@settings(max_examples=10, deadline=None)
@given(name=st.sampled_from(["项目名称", "行动名称"]), content=st.sampled_from(["主要内容", "建设内容"]))
def test_a_project_lists_rows_are_titled_by_the_projects_name(name: str, content: str) -> None:
    doc, _ = extracted(
        "# 福州市鼓楼区2024年知识产权工作要点\n\n为推进知识产权强区建设，制定本要点。\n\n"
        "附件：2024年鼓楼区知识产权重点项目清单\n\n"
        f"| 序号 | {name} | {content} | 责任单位 | 完成时间 |\n| --- | --- | --- | --- | --- |\n"
        "| 1 | 专利导航项目 | 开展产业专利导航1项 | 区市场监管局 | 2024年9月底前 |\n"
        "| 2 | 知识产权服务站建设 | 建设服务站3个 | 区市场监管局、区工信局 | 2024年12月底前 |\n",
        "plan.md",
    )
    rows = [(t.title, t.deadline) for t in doc.tasks if t.kind == "table_row"]
    assert rows == [("专利导航项目", "2024年9月底前"), ("知识产权服务站建设", "2024年12月底前")]
    assert {t.indicator for t in doc.targets} >= {"开展产业专利导航", "建设服务站"}


@settings(max_examples=15, deadline=None)
@given(
    goals=st.sampled_from(["总体目标", "主要目标"]),
    safeguards=st.sampled_from(["组织保障", "保障措施", "工作要求"]),
    form=st.sampled_from(["txt", "docx"]),
)
def test_an_article_titled_as_a_chapter_takes_its_kind(goals: str, safeguards: str, form: str) -> None:
    lines = [
        "北京市朝阳区关于加快知识产权强区建设的实施意见",
        "为深入贯彻落实知识产权强国建设纲要，结合本区实际，提出如下意见。",
        f"第一条 {goals}。到2025年，全区每万人口高价值发明专利拥有量达到100件。",
        "第二条 提升创造质量。实施高价值专利培育计划。（责任单位：区科委）",
        f"第三条 {safeguards}。区知识产权工作领导小组负责统筹协调。",
        "第四条 本意见自印发之日起施行。",
    ]
    data: str | bytes = to_docx(lines) if form == "docx" else "\n".join(lines) + "\n"
    doc, _ = extracted(data, f"plan.{form}")
    kinds = {s.path: s.chapter_kind for s in doc.sections}
    assert (kinds["第一条"], kinds["第二条"], kinds["第三条"]) == ("goals", "tasks", "safeguards")
    assert [g.path for g in doc.goals] == ["第一条"]
    assert {t.path: t.chapter_kind for t in doc.tasks} == {"第二条": "tasks", "第三条": "safeguards"}


@settings(max_examples=15, deadline=None)
@given(
    time=st.sampled_from(["第二季度", "二季度", "上半年", "下半年", "第四季度前"]),
    units=st.sampled_from([["区市场监管局"], ["区市场监管局", "区农业农村局"]]),
)
def test_a_part_of_the_year_after_a_notes_units_is_its_deadline(time: str, units: list[str]) -> None:
    doc, _ = extracted(
        "常州市武进区2024年知识产权工作任务清单\n\n一、强化知识产权创造\n"
        f"1.实施商标品牌战略。（{'、'.join(units)}，{time}）\n2.开展专利导航。（区科技局）\n"
    )
    item = next(t for t in doc.tasks if t.path == "一.1")
    assert item.deadline == time
    assert [r.agency.surface for r in item.responsibilities] == units
