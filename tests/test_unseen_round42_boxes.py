"""Round 42: a box of a 规划 (专栏1 重点工程 ⏎ 1．… ⏎ 2．…) standing after a task that names its bodies on lines
of its own (牵头单位：… ⏎ 配合单位：…), as a five-year plan sets its key projects in a bordered box.

What was read wrong before: the box's title line opened nothing, so its numbered entries were read as
sub-items of the task above and each took that task's bodies (lead, support), and an undated 实现…全覆盖 in an
entry was dropped as the manner of that task's work. Now 专栏N opens a unit beside the task before it
(markers.py, a section's level), and the box is read as its title names it, else as goals (structure.py
_box_kind): its entries state the projects' quantities, no one's work. A 专栏 word inside a sentence, or with no
number, opens nothing."""

from __future__ import annotations

import pytest

from tests.plans import extracted, named_units

HEAD = (
    "某市“十四五”知识产权保护和运用规划\n\n"
    "第三章　主要任务\n"
    "第一节　促进知识产权转化运用\n"
    "（一）拓展知识产权金融服务。扩大知识产权质押融资规模，推广知识产权保险。\n"
    "牵头单位：市地方金融监管局\n"
    "配合单位：市财政局、市市场监管局\n"
)
TAIL = (
    "第二节　优化知识产权公共服务\n"
    "（二）完善公共服务体系。推进知识产权信息公共服务网点建设。\n"
    "牵头单位：市市场监管局\n"
    "配合单位：市科技局\n"
)
ENTRIES = (
    "1．高价值专利培育工程。到2025年，建设高价值专利培育中心3个，培育知识产权优势企业10家。\n"
    "2．知识产权信息服务工程。建成知识产权信息公共服务网点5个，实现县（区）全覆盖。\n"
)


@pytest.mark.parametrize(
    "title",
    [
        "专栏1　重点工程",
        "专栏1 重点工程",
        "专栏一：知识产权重点工程",
        "专栏2、知识产权运用重大项目",
        "专栏 3 重点工程",
    ],
)
def test_a_boxs_entries_take_no_bodies_of_the_task_above(title: str) -> None:
    doc, _ = extracted(HEAD + title + "\n" + ENTRIES + TAIL)
    units = named_units(doc)
    assert sorted(units["三.第一节.(一)"]) == [
        ("市地方金融监管局", "lead", "annotation"),
        ("市市场监管局", "support", "annotation"),
        ("市财政局", "support", "annotation"),
    ]
    named = {path: names for path, names in units.items() if names}
    assert set(named) == {"三.第一节.(一)", "三.第二节.(二)"}  # no entry of the box names anyone
    values = {(t.value, t.unit) for t in doc.targets}
    assert {(3, "个"), (10, "家"), (5, "个"), (100, "%")} <= values  # the undated 全覆盖 too


def test_a_box_between_sections_of_a_plan_numbered_by_chapters() -> None:
    body = (
        "某市知识产权保护和运用规划\n\n三、重点任务\n"
        "（一）强化知识产权保护。严厉打击侵权假冒行为。（市市场监管局牵头，市公安局配合）\n"
        "专栏2　知识产权保护工程\n"
        "1．建设知识产权保护工作站4家。\n"
        "2．每年查处侵权案件不少于50件。\n"
        "（二）加强宣传培训。组织开展知识产权宣传周活动。（市委宣传部负责）\n"
    )
    doc, _ = extracted(body)
    units = named_units(doc)
    named = {path: sorted(names) for path, names in units.items() if names}
    assert named == {
        "三.(一)": [("市公安局", "support", "annotation"), ("市市场监管局", "lead", "annotation")],
        "三.(二)": [("市委宣传部", "sole", "annotation")],
    }
    assert {(4, "家"), (50, "件")} <= {(t.value, t.unit) for t in doc.targets}


@pytest.mark.parametrize(
    "line",
    [
        "（三）办好知识产权专栏。在市级媒体开设专栏宣传典型案例。（市委宣传部负责）",
        "（三）专栏报道典型案例，营造良好氛围。（市委宣传部负责）",
    ],
)
def test_the_word_in_a_sentence_or_without_a_number_opens_nothing(line: str) -> None:
    body = (
        "某市知识产权工作方案\n\n二、重点任务\n（一）强化保护。开展执法行动。（市市场监管局负责）\n"
        + line
        + "\n"
    )
    units = named_units(extracted(body)[0])
    assert units["二.(三)"] == [("市委宣传部", "sole", "annotation")]


@pytest.mark.parametrize(
    "label", ["责任单位：县市场监管局、县科技局", "牵头单位：县市场监管局\n配合单位：县科技局"]
)
def test_a_box_closed_by_its_bodies_line_stays_the_items(label: str) -> None:
    """As round 16 read it: a box inside an item, closed by a line naming bodies, is that item's."""
    body = (
        "某县知识产权强县建设实施方案\n\n二、重点任务\n（一）提升创造质量\n"
        "1．强化高价值专利培育。建设高价值专利培育示范中心2家。\n"
        "专栏1　高价值专利培育工程\n培育中心：建成省级高价值专利培育示范中心1家。\n"
        f"{label}\n"
        "（二）强化保护\n2．加强执法。严厉打击侵权行为。（县市场监管局负责）\n"
    )
    units = named_units(extracted(body)[0])
    assert sorted(s for s, _, _ in units["二.(一).1"]) == ["县市场监管局", "县科技局"]
    assert not any(path.startswith("二.专栏") for path in units)


@pytest.mark.parametrize(
    ("note_one", "note_two"),
    [
        ("（牵头单位：市市场监管局；配合单位：市发展改革委）", "（牵头单位：市商务局）"),
        ("（市市场监管局（市知识产权局）牵头，市发展改革委配合）", "（市商务局负责）"),
        ("〔责任单位：市市场监管局、市发展改革委〕", "〔责任单位：市商务局〕"),
    ],
)
def test_a_boxs_entries_naming_their_own_bodies_stay_tasks(note_one: str, note_two: str) -> None:
    """As round 6 read it: a box whose entries close with notes naming their own bodies lists tasks of the
    section it stands in, each with its bodies; it is no goals unit."""
    body = (
        "某市知识产权“十四五”发展规划实施方案\n一、发展目标\n到2025年，全市有效发明专利拥有量达到8000件。\n"
        "二、重点任务\n（一）实施知识产权保护工程\n健全知识产权快速协同保护体系。\n"
        "专栏1 知识产权保护工程\n"
        f"（1）保护中心建设。建成运行知识产权保护中心，年预审专利申请1000件以上。{note_one}\n"
        f"（2）海外维权。建立海外知识产权纠纷应对指导机制。{note_two}\n"
        "三、保障措施\n加强组织领导。\n"
    )
    doc, _ = extracted(body)
    units = named_units(doc)
    assert any(s.startswith("市市场监管局") for s, _, _ in units["二.(一).(1)"])
    assert [s for s, _, _ in units["二.(一).(2)"]] == ["市商务局"]
    assert not any(path.startswith("二.专栏") for path in units)
