"""Round 39: a phase of the work that names who does it, as county pilot schemes write their 实施步骤
((二)组织实施阶段（2025年7月—2027年6月）。各责任单位按照任务分工抓好落实，每半年报送进展; 动员部署阶段
（…）。县市场监管局要制定实施方案; a phase's line then its work closed by （责任单位：…）).

What was read wrong before: a phase was never a task, so the bodies its words charge were lost (no one's
obligation). A phase whose own words after its name and time name a body in prose or in a note is now that
body's task; it is still read as a phase with its months, and a phase naming no one stays no task.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import extracted, named_units

HEAD = (
    "某县知识产权强县建设试点工作方案\n为推进知识产权强县建设试点，制定本方案。\n一、重点任务\n"
    "（一）培育高价值专利。开展专利布局，县科技局负责。\n二、实施步骤\n"
)
TAIL = "三、保障措施\n（一）强化经费保障。县财政局要将试点经费纳入年度预算。\n"


def _phase_units(steps: str) -> tuple[dict[str, list[tuple[str, str]]], list[str]]:
    doc, _ = extracted(HEAD + steps + TAIL)
    units = {path: [(s, r) for s, r, _ in got] for path, got in named_units(doc).items()}
    return {p: u for p, u in units.items() if p.startswith("二")}, [p.name for p in doc.phases]


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(["各责任单位", "各成员单位", "县直各相关部门"]),
    st.sampled_from(["按照任务分工抓好落实", "要按照职责分工抓好落实", "要对照任务清单逐项推进"]),
    st.sampled_from(["。", "，每半年报送一次工作进展。"]),
)
def test_a_phase_charging_the_units_in_prose(units: str, work: str, after: str) -> None:
    steps = (
        "（一）动员部署阶段（2025年5月—6月）。制定试点方案，召开动员会议。\n"
        f"（二）组织实施阶段（2025年7月—2027年6月）。{units}{work}{after}\n"
        "（三）总结验收阶段（2027年7月—12月）。全面总结试点成效，迎接省知识产权局验收。\n"
    )
    got, phases = _phase_units(steps)
    assert got == {"二.(二)": [(units, "implicit")]}
    assert phases == ["动员部署", "组织实施", "总结验收"]


@settings(max_examples=15, deadline=None)
@given(
    st.sampled_from(["县市场监管局", "县科技局", "县知识产权工作领导小组办公室"]),
    st.sampled_from(["第一阶段：启动部署（2025年6月—8月）", "启动部署阶段（2025年6月—8月）"]),
)
def test_a_phase_whose_body_answers_for_it(body: str, phase: str) -> None:
    steps = (
        f"（一）{phase}。{body}负责制定实施方案，细化任务清单。\n"
        "（二）全面推进阶段（2025年9月—2026年12月）。全面推进各项任务。\n"
    )
    got, _ = _phase_units(steps)
    assert got == {"二.(一)": [(body, "sole")]}


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(["责任单位", "牵头单位"]), st.sampled_from(["\n", ""]))
def test_a_phases_work_closed_by_a_note(label: str, gap: str) -> None:
    steps = (
        f"（一）宣传发动阶段（2025年3月—4月）{gap}。开展宣传培训，召开动员大会。（{label}：县市场监管局）\n"
        "（二）推进实施阶段（2025年5月—12月）。按任务分工推进落实。\n"
    )
    got, phases = _phase_units(steps)
    assert got == {"二.(一)": [("县市场监管局", "lead" if label == "牵头单位" else "sole")]}
    assert phases[:2] == ["宣传发动", "推进实施"]


def test_phases_naming_no_one_are_no_tasks() -> None:
    steps = (
        "（一）动员部署阶段（2025年5月—6月）。制定方案，成立工作专班。\n"
        "（二）组织实施阶段（2025年7月—2027年6月）。按照任务分工，全面推进落实，向领导小组办公室报送进展。\n"
        "（三）总结验收阶段（2027年7月—12月）。全面总结，迎接省知识产权局验收。\n"
    )
    got, phases = _phase_units(steps)
    assert got == {}
    assert phases == ["动员部署", "组织实施", "总结验收"]


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(["动员", "发动", "号召", "带动"]),
    st.sampled_from(["区各相关部门、各镇（街道）", "各乡镇、县直各部门", "各成员单位", "各类市场主体"]),
    st.sampled_from(["积极参加示范创建工作", "积极参与试点建设"]),
)
def test_bodies_called_to_take_part_are_no_subject(call: str, bodies: str, work: str) -> None:
    """A call to take part (动员区各相关部门、各镇（街道）积极参加…) names its object, no one charged: 动员区各
    相关部门 was read as a body (implicit) in a phase or a safeguard."""
    steps = (
        f"（一）宣传动员阶段（2025年5月—6月）。成立工作专班，{call}{bodies}{work}。\n"
        "（二）组织实施阶段（2025年7月—2027年6月）。全面推进各项任务。\n"
    )
    got, phases = _phase_units(steps)
    assert got == {}
    assert phases == ["宣传动员", "组织实施"]
    doc, _ = extracted(
        HEAD.replace("二、实施步骤\n", "") + f"二、保障措施\n（一）加强宣传。{call}{bodies}{work}。\n"
    )
    assert [r for path, rs in named_units(doc).items() if path.startswith("二") for r in rs] == []
