"""Round 36: a hard-wrapped line breaking inside a county's name in a list of units (…市科技局、江↵孜县人民政府、
亚东县人民政府; 互助县人民政府、化隆↵县人民政府), as text taken from a PDF sets it.

What was read wrong before: the words before the break (江, 化隆) were read as the work a body was named after
(打击侵权假冒工作县市场监管局牵头), so every unit named before them was dropped and the rest (县人民政府) taken for
the name: a county government the plan does not name, or another county's.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import extracted, plan_units

HEAD = "日喀则市2024年知识产权工作要点\n二、重点工作\n"


@settings(max_examples=12, deadline=None)
@given(st.sampled_from(["江孜县", "亚东县", "定日县", "南木林县", "萨迦县"]), st.integers(1, 2))
def test_a_line_wrapped_inside_a_county_name_keeps_the_list(county: str, cut: int) -> None:
    wrapped = f"{county[:cut]}\n{county[cut:]}"
    got = plan_units(
        HEAD,
        "（一）加强知识产权创造。推进地理标志培育工作。（牵头单位：市市场监管局；配合单位：市农业农村局、"
        f"市科技局、{wrapped}人民政府、康马县人民政府）\n"
        "（二）加强知识产权运用。推进专利导航工作。（牵头单位：市科技局）\n",
    )
    assert [(s.replace("\n", ""), r) for s, r, _ in got["二.(一)"]] == [
        ("市市场监管局", "lead"),
        ("市农业农村局", "support"),
        ("市科技局", "support"),
        (f"{county}人民政府", "support"),
        ("康马县人民政府", "support"),
    ]


def test_the_wrapped_county_is_the_one_named() -> None:
    doc, _ = extracted(
        "海东市2024年知识产权工作要点\n二、重点工作\n"
        "（一）推进地理标志培育工作。（牵头单位：市市场监管局；配合单位：互助县人民政府、化隆\n县人民政府）\n"
    )
    task = next(t for t in doc.tasks if t.path == "二.(一)")
    assert [r.agency.name for r in task.responsibilities] == [
        "海东市市场监督管理局",
        "海东市互助土族自治县人民政府",
        "海东市化隆回族自治县人民政府",
    ]
