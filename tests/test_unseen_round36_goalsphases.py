"""Round 36: goals, phases and document numbers as 工作要点 and 实施方案 of 华北, 东北 and 华中 counties write them
(肥西, 太谷, 南康, 海城, 肥东, 新郑, 孝义).

What was read wrong before:

- a goals label naming whose work it sets goals for before its colon (全县知识产权工作主要目标：, 2024年全县
  知识产权工作的主要目标是：, 全市知识产权工作主要预期目标：) was longer than a label may be: the paragraph
  stated no goal and the plan lost every headline target;
- a heading without a number over the goals (a line 主要预期目标, ## 主要预期目标 in Markdown) above a
  paragraph not opening with 到2025年 gave no goal;
- a phase named after its time (2024年7月至2025年12月为推进阶段) kept the time in its name, cut at twenty
  characters; written as clauses of one paragraph (2024年6月—7月为宣传发动阶段；…) or as years named as stages
  (2024年为启动实施年，…) the chapter gave no phase and became a task of the issuer;
- a table laying out the phases (阶段 | 时间 | 主要工作) gave no phase;
- a document number in a bracket under the title or closing its line (（孝政办发〔2024〕15号）) was no number,
  and on the title's line stayed in the title.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import extracted

FEIXI = (
    "肥西县2024年知识产权工作要点\n\n　　2024年全县知识产权工作要坚持以习近平新时代中国特色社会主义思想为指导。\n\n"
    # a long label that is no goals label (总体思路和要求是：) states no goal, though a number follows it
    "　　2024年全县知识产权工作的总体思路和要求是：坚持创新驱动，打造5个产业集群。\n\n"
)
FEIXI_TASKS = "\n\n　　一、提升知识产权创造水平\n\n　　1．加强高价值专利培育。（县市场监管局负责）\n"
FEIXI_GOALS = "发明专利授权量1200件以上，每万人口高价值发明专利拥有量提高到25件。"


def _goal_targets(text: str, name: str = "plan.txt") -> tuple[list[str | None], list[tuple]]:
    doc, _ = extracted(text, name)
    return [g.title for g in doc.goals], [(t.indicator_key, t.value, t.unit, t.year) for t in doc.targets]


_EXPECTED = [("发明专利授权量", 1200.0, "件", 2024), ("每万人口高价值发明专利拥有量", 25.0, "件", 2024)]


@settings(max_examples=10, deadline=None)
@given(
    label=st.sampled_from(
        [
            ("2024年全县知识产权工作主要目标：", "主要目标"),
            ("全县知识产权工作主要目标：", "主要目标"),
            ("2024年全县知识产权工作的主要目标是：", "主要目标"),
            ("全县知识产权工作主要预期目标：", "主要预期目标"),
            ("肥西县知识产权工作年度目标：", "年度目标"),
            ("本县知识产权保护工作目标：", "工作目标"),
        ]
    )
)
def test_a_goals_label_naming_whose_work_states_the_goals(label: tuple[str, str]) -> None:
    words, title = label
    titles, targets = _goal_targets(FEIXI + "　　" + words + FEIXI_GOALS + FEIXI_TASKS)
    assert titles == [title]
    assert targets == _EXPECTED


TAIGU = "太谷区2024年知识产权工作要点\n\n2024年是实施“十四五”规划的关键之年。\n\n"
TAIGU_GOALS = (
    "全年发明专利授权量同比增长15%以上，每万人口高价值发明专利拥有量达到2.6件，新增有效注册商标1200件。"
)
TAIGU_TASKS = (
    "\n\n一、提高知识产权创造质量\n\n1.强化高价值专利培育。支持企业建设高价值专利培育中心。（区科技局负责）\n"
)


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("主要预期目标\n\n", "plan.txt"),
        ("主要预期目标\n", "plan.txt"),
        ("2024年主要目标\n\n", "plan.txt"),
        ("## 主要预期目标\n\n", "plan.md"),
        ("## 全区知识产权工作主要预期目标\n\n", "plan.md"),
    ],
)
def test_a_goals_heading_without_a_number_states_the_goals_below_it(heading: str, name: str) -> None:
    head = ("# " + TAIGU) if name == "plan.md" else TAIGU
    tasks = TAIGU_TASKS.replace("\n一、", "\n## 一、") if name == "plan.md" else TAIGU_TASKS
    doc, _ = extracted(head + heading + TAIGU_GOALS + tasks, name)
    assert len(doc.goals) == 1
    assert doc.goals[0].title in ("主要预期目标", "主要目标")
    assert sorted((t.indicator_key, t.value, t.year) for t in doc.targets) == [
        ("发明专利授权量增长率", 15.0, 2024),
        ("有效注册商标量", 1200.0, 2024),
        ("每万人口高价值发明专利拥有量", 2.6, 2024),
    ]


def test_a_goals_heading_speaks_only_for_its_own_part() -> None:
    doc, _ = extracted(
        "# 太谷区2024年知识产权工作要点\n\n## 主要预期目标\n\n" + TAIGU_GOALS + "\n\n## 工作要求\n\n"
        "各单位要加强协调，确保完成全年目标任务。\n\n## 一、提高知识产权创造质量\n\n"
        "1. 强化高价值专利培育。（区科技局负责）\n",
        "plan.md",
    )
    assert [g.title for g in doc.goals] == ["主要预期目标"]


def _phases(text: str, name: str = "plan.txt") -> tuple[list[tuple], list[str]]:
    doc, _ = extracted(text, name)
    return [(p.order, p.name, p.start, p.end) for p in doc.phases], [t.path for t in doc.tasks]


NANKANG = "南康区地理标志运用促进工程实施方案\n\n一、实施步骤\n"


@settings(max_examples=10, deadline=None)
@given(joiner=st.sampled_from(["至", "—", "-", "－"]), verb=st.sampled_from(["为", "是"]))
def test_a_phase_named_after_its_time_keeps_its_name_alone(joiner: str, verb: str) -> None:
    phases, tasks = _phases(
        NANKANG + f"（一）2024年4月{joiner}6月{verb}启动阶段。制定实施方案，建立工作机制。\n"
        f"（二）2024年7月{joiner}2025年12月{verb}推进阶段。全面推进各项任务。\n"
        f"（三）2026年1月{joiner}10月{verb}巩固提升阶段。总结经验，巩固成效。\n"
    )
    assert phases == [
        (1, "启动", "2024-04", "2024-06"),
        (2, "推进", "2024-07", "2025-12"),
        (3, "巩固提升", "2026-01", "2026-10"),
    ]
    assert tasks == []


HAICHENG = "海城市知识产权强企培育工程实施方案（2024—2026年）\n\n一、实施步骤\n"


@settings(max_examples=8, deadline=None)
@given(stop=st.sampled_from(["；", "。"]), joiner=st.sampled_from(["—", "至"]))
def test_phases_named_after_their_time_in_one_paragraph(stop: str, joiner: str) -> None:
    phases, tasks = _phases(
        HAICHENG + f"　　2024年6月{joiner}7月为宣传发动阶段{stop}2024年8月{joiner}2026年9月为培育提升阶段，"
        f"全面开展培育{stop}2026年10月{joiner}12月为总结评估阶段。\n"
        "二、保障措施\n（一）加强组织领导。（市市场监管局负责）\n"
    )
    assert phases == [
        (1, "宣传发动", "2024-06", "2024-07"),
        (2, "培育提升", "2024-08", "2026-09"),
        (3, "总结评估", "2026-10", "2026-12"),
    ]
    assert tasks == ["二.(一)"]


FEIDONG = "肥东县知识产权强县建设工作方案（2024—2026年）\n\n一、实施步骤\n"


def test_years_named_as_stages_are_phases_in_a_paragraph() -> None:
    phases, tasks = _phases(
        FEIDONG + "　　2024年为启动实施年，重点是建立机制、夯实基础；2025年为全面提升年，重点是攻坚突破；"
        "2026年为总结验收年，重点是巩固成效、迎接验收。\n"
    )
    assert phases == [
        (1, "启动实施", "2024-01", "2024-12"),
        (2, "全面提升", "2025-01", "2025-12"),
        (3, "总结验收", "2026-01", "2026-12"),
    ]
    assert tasks == []


def test_years_named_as_stages_are_phases_as_headings() -> None:
    phases, tasks = _phases(
        "肥东县知识产权强县建设工作方案（2024—2026年）\n\n2024年是全面提升年，要加强知识产权工作。\n\n"
        "一、重点任务\n（一）加强专利培育。2024年为专利质量提升年，开展专项行动。（县市场监管局负责）\n"
        "二、实施步骤\n（一）2024年为启动实施年。建立机制，夯实基础。\n（二）2025年是全面提升之年。攻坚突破。\n"
    )
    # a year named so in the preamble or a task (2024年为专利质量提升年) is no phase: only a phases chapter's
    assert phases == [(1, "启动实施", "2024-01", "2024-12"), (2, "全面提升", "2025-01", "2025-12")]
    assert tasks == ["一.(一)"]


@pytest.mark.parametrize("time", ["时间", "时间安排", "时间节点"])
@pytest.mark.parametrize("stage", ["阶段", "实施阶段"])
def test_a_table_laying_out_the_phases_gives_them(time: str, stage: str) -> None:
    phases, _ = _phases(
        "# 新郑市知识产权保护体系建设实施方案\n\n## 一、实施步骤\n\n"
        f"| {stage} | {time} | 主要工作 |\n| --- | --- | --- |\n"
        "| 动员部署阶段 | 2024年3月—4月 | 制定方案，召开推进会 |\n"
        "| 集中推进阶段 | 2024年5月—2025年8月 | 全面落实各项任务 |\n"
        "| 总结验收阶段 | 2025年9月—12月 | 总结评估，完善长效机制 |\n",
        "plan.md",
    )
    assert phases == [
        (1, "动员部署", "2024-03", "2024-04"),
        (2, "集中推进", "2024-05", "2025-08"),
        (3, "总结验收", "2025-09", "2025-12"),
    ]


XIAOYI_BODY = "\n\n一、重点任务\n1.培育高价值专利。新建高价值专利培育中心1个。（市市场监管局负责）\n"


@settings(max_examples=12, deadline=None)
@given(
    brackets=st.sampled_from([("（", "）"), ("(", ")"), ("〔", "〕"), ("［", "］")]),
    below=st.booleans(),
    term=st.sampled_from(["", "（2024—2026年）"]),
)
def test_a_number_in_brackets_under_or_after_the_title_is_the_plans(
    brackets: tuple[str, str], below: bool, term: str
) -> None:
    title = f"孝义市知识产权强县建设试点工作方案{term}"
    number = f"{brackets[0]}孝政办发〔2024〕15号{brackets[1]}"
    doc, _ = extracted(title + ("\n" if below else "") + number + XIAOYI_BODY)
    assert doc.plan.title == title
    assert doc.plan.doc_number == "孝政办发〔2024〕15号"
    # a document cited with its number in brackets closing a line of a sentence: not the plan's number
    cited = "为贯彻落实《山西省知识产权强省建设纲要》" + number.replace(
        "孝政办发〔2024〕15号", "晋政发〔2022〕5号"
    )
    doc, _ = extracted(title + "\n\n" + cited + XIAOYI_BODY)
    assert doc.plan.doc_number is None
