"""Round 39: the words of an item over sub-items that is no task itself, in a 福建 city market regulator's
work points given as a text PDF.

An item whose own text is a lead-in to its sub-items (1.深入开展“铁拳”行动和知识产权执法“护航”专项行动，聚焦食品、
农资、建材等领域，重点做好以下工作： ↵ （1）… ↵ （2）…) or a heading alone over them（（二）深化专利导航 ↵ 1.… ↵ 2.…)
is no task (tasks.py: it says no more than its sub-items do), and the programmes and targets were read only
in tasks, goals, tables and the title: the campaigns it named (“铁拳”, “护航”) and a target written in it
(全年查处侵权假冒案件不少于100件，重点做好以下工作：) were lost. Its words are read now, as the plan's, tied to
no task; it stays no task. The chapters of phases are left out (a phase's heading over its steps names its
time, no target).
"""

from __future__ import annotations

from policykg.models import Document
from tests.formats import to_pdf
from tests.plans import extracted

HEAD = "某市2025年知识产权工作要点\n\n一、强化知识产权保护\n"


def _programmes(doc: Document) -> list[tuple[str, str | None]]:
    return [(p.program_id, p.task_id.rsplit("/", 1)[1] if p.task_id else None) for p in doc.programs]


def _targets(doc: Document) -> list[tuple[str, float | None, str, str | None]]:
    return [(t.quote, t.value, t.comparator, t.task_id) for t in doc.targets]


def test_campaigns_named_in_a_lead_in_to_sub_items_are_the_plans() -> None:
    doc, _ = extracted(
        HEAD + "（一）加大执法力度。\n"
        "1.深入开展“铁拳”行动和知识产权执法“护航”专项行动，聚焦食品、农资等领域，重点做好以下工作：\n"
        "（1）查处商标侵权案件（市市场监管局负责）；\n"
        "（2）加强进出口环节保护（市海关负责）。\n"
    )
    assert [t.path for t in doc.tasks] == ["一.(一).1.(1)", "一.(一).1.(2)"]  # the lead-in stays no task
    assert ("iron_fist_campaign", None) in _programmes(doc)
    assert ("escort_campaign", None) in _programmes(doc)


def test_a_campaign_in_a_lead_in_closing_with_other_words() -> None:
    doc, _ = extracted(
        HEAD + "（一）严厉打击侵权假冒。\n"
        "1.组织开展“昆仑”“剑网”等专项行动，着力抓好以下几项工作：\n"
        "（1）严厉打击网络侵权盗版（市委宣传部负责）；\n"
        "（2）依法打击侵犯知识产权犯罪（市公安局负责）。\n"
    )
    programmes = {p for p, _ in _programmes(doc)}
    assert {"kunlun_campaign", "sword_net_campaign"} <= programmes


def test_a_target_written_in_a_lead_in_is_read() -> None:
    doc, _ = extracted(
        HEAD + "（一）加大执法力度。\n"
        "1.深入开展“铁拳”行动，全年查处侵权假冒案件不少于100件，重点做好以下工作：\n"
        "（1）聚焦食品领域开展专项检查（市市场监管局负责）；\n"
        "（2）加强进出口环节保护（市海关负责）。\n"
        "2.推进知识产权纠纷快速处理（市司法局负责）。\n"
    )
    assert ("全年查处侵权假冒案件不少于100件", 100.0, ">=", None) in _targets(doc)
    assert len(doc.targets) == 1  # read once


def test_a_target_in_a_section_lead_in_over_numbered_items() -> None:
    doc, _ = extracted(
        HEAD + "（二）健全纠纷多元化解机制，全年办理专利侵权纠纷案件50件以上，具体抓好以下工作：\n"
        "1.推进知识产权纠纷人民调解组织建设（市司法局负责）。\n"
        "2.推进专利侵权纠纷行政裁决规范化建设（市市场监管局负责）。\n"
    )
    assert [(q, v, c) for q, v, c, _ in _targets(doc)] == [("全年办理专利侵权纠纷案件50件以上", 50.0, ">=")]
    assert {p for p, _ in _programmes(doc)} >= {"ip_mediation", "administrative_adjudication"}


def test_a_programme_named_only_in_a_heading_over_items() -> None:
    doc, _ = extracted(
        "某县2025年知识产权工作要点\n\n一、促进知识产权运用\n"
        "（一）推进地理标志运用促进工程\n"
        "1.支持特色农产品申请证明商标（县农业农村局负责）。\n"
        "2.开展产品质量抽检（县市场监管局负责）。\n"
    )
    assert ("geographical_indications", None) in _programmes(doc)


def test_a_bare_lead_in_and_a_phase_heading_give_nothing() -> None:
    doc, _ = extracted(
        HEAD + "（一）加大执法力度。重点做好以下工作：\n"
        "1.开展专项检查（市市场监管局负责）。\n"
        "2.加强案件查办（市公安局负责）。\n"
        "二、实施步骤\n"
        "（一）动员部署阶段（2025年3月—4月）\n"
        "1.制定工作方案（市市场监管局负责）。\n"
        "2.召开动员会议。\n"
    )
    assert doc.targets == []
    assert doc.programs == []


def test_a_campaign_in_a_pdf_lead_in_wrapped_over_lines() -> None:
    data = to_pdf(
        [
            "某市2025年知识产权工作要点",
            "一、强化知识产权保护",
            "（一）加大行政执法力度。",
            "1.深入开展“铁拳”行动和知识产权执法“护航”专项行动，聚焦食品、农资、建材等领域，全年查处商标侵权"
            "、假冒专利等违法案件不少于120件，重点做好以下工作：",
            "（1）开展农资打假专项检查（市市场监管局负责，市农业农村局配合）；",
            "（2）加强寄递渠道侵权商品检查（市邮政管理局负责）。",
        ],
        width=30,
        page_numbers=True,
        running_header="某市市场监督管理局（知识产权局）",
    )
    doc, _ = extracted(data, "plan.pdf")
    programmes = {p for p, _ in _programmes(doc)}
    assert {"iron_fist_campaign", "escort_campaign"} <= programmes
    assert [(t.value, t.comparator) for t in doc.targets] == [(120.0, ">=")]


def test_a_task_table_under_a_chapter_heading_is_read_once() -> None:
    doc, _ = extracted(
        "某市2025年知识产权工作要点\n\n一、重点任务\n重点任务分工如下：\n"
        "| 序号 | 工作任务 | 牵头单位 |\n|---|---|---|\n"
        "| 1 | 培育高价值专利组合不少于10个 | 市市场监管局 |\n"
        "| 2 | 查处侵权假冒案件不少于100件 | 市公安局 |\n"
        "（一）加强专利导航（市科技局负责）。\n（二）推进贯标（市工信局负责）。\n",
        "plan.md",
    )
    assert sorted((t.value, t.task_id is not None) for t in doc.targets) == [(10.0, True), (100.0, True)]
    assert sorted(p for p, _ in _programmes(doc)) == [
        "high_value_patents",
        "patent_navigation",
        "standard_implementation",
    ]


def test_targets_in_a_chapter_heading_over_its_tasks_are_read() -> None:
    # no 到2025年 opening it, the heading is no goal (tests/test_unseen_round27_targets.py: one that is
    # stays the goal's); its targets were lost
    doc, _ = extracted(
        "某县2025年知识产权工作要点\n\n一、总体要求\n坚持创新驱动发展。\n"
        "二、全年新增发明专利授权量不少于200件，力争地理标志证明商标达到5件\n"
        "（一）提升创造质量（县市场监管局负责）。\n（二）加强保护（县公安局负责）。\n"
    )
    assert [(t.value, t.comparator, t.year, t.task_id) for t in doc.targets] == [
        (200.0, ">=", 2025, None),
        (5.0, ">=", 2025, None),
    ]
    assert [t.path for t in doc.tasks] == ["二.(一)", "二.(二)"]
