"""Where an item ends, and an annex 分工 written as lines: small plans written for the tests.

1. An unnumbered paragraph after the last item of a list that is no continuation of it — a closing
   exhortation to all units (各镇（街道）、各有关部门要…), the plan's back matter (附件 list, 抄送, signature,
   date) — is not the item's: neither its text nor its agencies (an exhortation that puts work on bodies
   is a task of its chapter of its own, round 31).
2. An annex that assigns the plan's tasks by their numbers in lines (任务1-2：A牵头，B配合) links them.
"""

from __future__ import annotations

from tests.plans import extracted, named_units

# --- 1. a closing paragraph after the last item -----------------------------------------------------

CLOSING = """某县知识产权强县建设工作方案
一、总体要求
以习近平新时代中国特色社会主义思想为指导，全面加强知识产权工作。
二、重点任务
1.加强知识产权创造。培育高价值专利。（县市场监管局负责）
2.强化知识产权保护。开展专项执法行动。
各镇（街道）、各有关部门要高度重视，加强协调配合，县财政局要做好经费保障，确保各项任务落到实处。
三、保障措施
（一）加强组织领导。成立知识产权工作领导小组。
（二）强化经费保障。县财政局要安排专项经费。
各地各部门要把知识产权工作摆上重要位置，县委宣传部要加强宣传。

附件：1.重点任务分工表
2.联系人名单

某县人民政府
2024年3月1日
"""


def test_a_closing_exhortation_is_not_the_last_items() -> None:
    doc, text = extracted(CLOSING)
    tasks = {t.path: t for t in doc.tasks}
    # each closing paragraph that puts work on bodies is a task of its own chapter (round 31), never the
    # last item's
    assert list(tasks) == ["二.1", "二.2", "二.closing", "三.(一)", "三.(二)", "三.closing"]
    assert tasks["二.2"].text == "2.强化知识产权保护。开展专项执法行动。"
    assert tasks["三.(二)"].text == "（二）强化经费保障。县财政局要安排专项经费。"
    assert tasks["二.closing"].text.startswith("各镇（街道）、各有关部门要高度重视")
    named = named_units(doc)
    assert ("县财政局", "implicit", "prose") in named["二.closing"]
    assert ("县委宣传部", "implicit", "prose") in named["三.closing"]
    # the agencies of the closing paragraphs are nobody's for these tasks
    assert named["二.2"] == []
    assert named["三.(二)"] == [("县财政局", "implicit", "prose")]
    # the issuing government stands in for the task that names nobody
    assert [(r.agency.surface, r.basis) for r in tasks["二.2"].responsibilities] == [
        ("某县人民政府", "issuer_default")
    ]
    # the closing paragraph stays in its chapter's span, not its item's
    sections = {s.path: s for s in doc.sections}
    chapter = text[slice(*sections["二"].span)]
    assert chapter.endswith("确保各项任务落到实处。")
    assert text[slice(*sections["二.2"].span)] == tasks["二.2"].text
    # the signature and the date below the annex list are the plan's: its issuer and date, nobody's task
    assert [i.name for i in doc.plan.issuers] == ["某县人民政府"]
    assert doc.plan.date == "2024-03-01"


def test_a_closing_exhortation_in_markdown() -> None:
    md = (
        CLOSING.replace("一、", "## 一、")
        .replace("二、", "## 二、")
        .replace("三、", "## 三、")
        .replace("\n", "\n\n")
        .replace("1.加强", "1. 加强")
        .replace("2.强化", "2. 强化")
    )
    doc, _ = extracted(md, "plan.md")
    tasks = {t.path: t for t in doc.tasks}
    assert list(tasks) == ["二.1", "二.2", "二.closing", "三.(一)", "三.(二)", "三.closing"]
    assert tasks["二.2"].text == "2. 强化知识产权保护。开展专项执法行动。"
    assert tasks["三.(二)"].text == "（二）强化经费保障。县财政局要安排专项经费。"
    assert named_units(doc)["二.2"] == []


SIGNED = """某区知识产权强区建设工作方案
一、主要任务
（一）加强知识产权保护
1.开展执法行动。查处侵权假冒案件。（区市场监管局负责）
2.强化司法保护。
区人民法院、区人民检察院加强协作。
二、保障措施
（一）加强组织领导。健全工作机制。
（二）营造良好氛围。开展宣传活动，区委宣传部负责。

[image: image2.wmf]
抄送：区委各部门，区人大常委会办公室，区政协办公室，区法院、
      检察院，区各人民团体。

某区人民政府办公室
2024年5月8日印发
"""


def test_back_matter_after_the_last_safeguard_is_nobodys() -> None:
    doc, text = extracted(SIGNED)
    tasks = {t.path: t for t in doc.tasks}
    assert list(tasks) == ["一.(一).1", "一.(一).2", "二.(一)", "二.(二)"]
    assert tasks["二.(二)"].text == "（二）营造良好氛围。开展宣传活动，区委宣传部负责。"
    # a second paragraph that carries on the item's work stays the item's
    assert tasks["一.(一).2"].text == "2.强化司法保护。\n区人民法院、区人民检察院加强协作。"
    named = named_units(doc)
    assert ("区人民法院", "implicit", "prose") in named["一.(一).2"]
    assert {a for a, _, _ in named["二.(二)"]} == {"区委宣传部"}
    # the chapter ends with its last item; the copy list and the print line are no section's
    sections = {s.path: s for s in doc.sections}
    assert text[slice(*sections["二"].span)].endswith("区委宣传部负责。")


KEPT = """某县知识产权工作要点
一、重点任务
1.推进专利导航
开展产业专利导航项目。
各镇（街道）要组织企业参加导航成果发布。
2.加强宣传培训。开展知识产权宣传周活动。
二、保障措施
（一）加强组织领导
各镇（街道）、各有关部门要高度重视，明确责任分工。
"""


def test_an_items_own_paragraphs_are_kept() -> None:
    doc, _ = extracted(KEPT)
    tasks = {t.path: t for t in doc.tasks}
    # a heading line with paragraphs under it, followed by a sibling: all of them are the item's
    assert (
        tasks["一.1"].text
        == "1.推进专利导航\n开展产业专利导航项目。\n各镇（街道）要组织企业参加导航成果发布。"
    )
    # a heading whose only body opens with 各…要 keeps it: that is its work
    assert tasks["二.(一)"].text.endswith("各镇（街道）、各有关部门要高度重视，明确责任分工。")


UNNUMBERED_LAST = """某县知识产权工作要点
一、重点任务
1.加强创造。培育高价值专利。
2.加强宣传。开展宣传周活动。
二、保障措施
加强组织领导，县市场监管局要统筹推进。
各镇（街道）要落实属地责任。
本方案自印发之日起施行，由县市场监管局负责解释。

某县人民政府
2024年3月1日
"""


def test_a_last_chapter_without_items_keeps_its_text_but_not_the_closing_lines() -> None:
    doc, _ = extracted(UNNUMBERED_LAST)
    tasks = {t.path: t for t in doc.tasks}
    assert list(tasks) == ["一.1", "一.2", "二"]
    # a chapter's own paragraphs (各镇…要 among them) are its work; the closing line and signature are not
    assert tasks["二"].text.endswith("各镇（街道）要落实属地责任。")
    assert [a for a, _, _ in named_units(doc)["二"]] == ["县市场监管局", "各镇（街道）"]


# --- 2. an annex 分工 written as lines ---------------------------------------------------------------

ANNEX_LINES = """某区知识产权强区建设工作方案
一、重点任务
1.培育高价值专利。建设专利培育中心。
2.推进专利导航。开展产业专利导航。
3.开展专项执法。打击侵权假冒行为。
二、保障措施
（一）加强组织领导。健全工作机制。
（二）强化资金保障。安排专项资金。
（三）加强执法协作。建立联动机制。
（四）加强金融支持。推广知识产权质押融资。

附件
重点任务分工
任务1-2：区市场监管局牵头，区科技局配合
任务3：区财政局负责
第（四）项：区金融局牵头
第二部分第3条：区公安分局牵头，区人民法院配合
"""


def test_an_annex_of_lines_naming_tasks_by_number_assigns_them() -> None:
    doc, _ = extracted(ANNEX_LINES)
    assert [t.path for t in doc.tasks] == ["一.1", "一.2", "一.3", "二.(一)", "二.(二)", "二.(三)", "二.(四)"]
    named = named_units(doc)
    creation = [("区市场监管局", "lead", "table"), ("区科技局", "support", "table")]
    assert named == {
        "一.1": creation,
        "一.2": creation,
        "一.3": [("区财政局", "sole", "table")],
        "二.(一)": [],
        "二.(二)": [],
        "二.(三)": [("区公安分局", "lead", "table"), ("区人民法院", "support", "table")],
        "二.(四)": [("区金融局", "lead", "table")],
    }
    # the evidence is the annex line
    tasks = {t.path: t for t in doc.tasks}
    assert {r.quote for r in tasks["一.2"].responsibilities} == {"任务1-2：区市场监管局牵头，区科技局配合"}
    assert tasks["二.(四)"].responsibilities[0].quote == "第（四）项：区金融局牵头"
    # and 第二部分 opens no chapter of its own
    assert all("第3条" not in (s.title or "") for s in doc.sections)


def test_annex_lines_naming_a_number_that_two_tasks_carry_assign_neither() -> None:
    text = ANNEX_LINES.replace("任务3：区财政局负责", "第1项：区财政局负责").replace(
        "（一）加强组织领导。", "1.加强组织领导。"
    )
    doc, _ = extracted(text)
    # '1' is now two items: 第1项 names neither, and 任务1-2 only task 2 for sure
    assert all(r.agency.surface != "区财政局" for t in doc.tasks for r in t.responsibilities)
    named = named_units(doc)
    assert named["一.2"] == [("区市场监管局", "lead", "table"), ("区科技局", "support", "table")]
    assert named["一.1"] == []


ANNEX_TABLE = """某区知识产权保护工作实施方案
一、重点任务
（一）加强行政执法。开展专项行动。
（二）推进快速维权。建设维权援助工作站。
附件：重点任务分工表

| 任务 | 牵头单位 | 配合单位 |
|---|---|---|
| 第（一）项 | 区市场监管局 | 区司法局 |
| 第（二）项 | 区公安分局 | 区人民法院 |
"""


def test_an_annex_table_names_sections_by_their_bracketed_numbers() -> None:
    doc, _ = extracted(ANNEX_TABLE, "plan.md")
    assert named_units(doc) == {
        "一.(一)": [("区市场监管局", "lead", "table"), ("区司法局", "support", "table")],
        "一.(二)": [("区公安分局", "lead", "table"), ("区人民法院", "support", "table")],
    }
