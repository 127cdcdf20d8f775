"""Round 39: a count naming the size of the scope a task's work is done in, not a count the plan sets itself.

What was read wrong before:

- a count right after a scope opener (targets.yaml scope_openers), with no comparator, flag or year of its own
  (围绕20个战略性产业集群，实施产业知识产权强链护链工程; 依托3个国家级知识产权保护中心，开展快速预审; 针对5类重点
  产品开展专项整治), was a target of indicator 围绕战略性产业集群 (20 个): it says over how many clusters the
  work runs, as 围绕重点产业 says over which; so with the whole place the scope lies in between (面向全省21个
  地级以上市开展…, 立足全市12个产业园区，…: targets.yaml scope_places). A count the clause sets after such a
  scope (…，建设知识产权工作站20个) is still read, and so is a scope's count bounded as a goal's is (围绕不少于10个
  重点产业开展专利导航).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.formats import to_docx
from tests.plans import extracted

HEAD = "广东省知识产权强市建设实施方案\n一、重点任务\n（一）推进专利产业化。"
CLOSE = "（牵头单位：省市场监管局）\n"


def _targets(sentence: str, name: str = "plan.txt") -> list[tuple[str, float | None, str | None, str]]:
    plan = HEAD + sentence + CLOSE
    data: str | bytes = to_docx(plan.split("\n")) if name.endswith(".docx") else plan
    doc, _ = extracted(data, name)
    return [(t.indicator, t.value, t.unit, t.comparator) for t in doc.targets]


@settings(max_examples=24, deadline=None)
@given(
    scope=st.sampled_from(
        [
            "围绕20个战略性产业集群，",
            "聚焦10大重点产业，",
            "依托3个国家级知识产权保护中心，",
            "针对5类重点产品，",
            "面向全省21个地级以上市，",
            "立足全市12个产业园区，",
            "结合辖区内8个特色产业，",
        ]
    ),
    work=st.sampled_from(["实施产业知识产权强链护链工程。", "开展专利导航和专利布局。"]),
    name=st.sampled_from(["plan.txt", "plan.docx"]),
)
def test_a_count_after_a_scope_opener_is_the_scopes_size(scope: str, work: str, name: str) -> None:
    assert _targets(scope + work, name) == []


@settings(max_examples=12, deadline=None)
@given(
    scope=st.sampled_from(["围绕20个战略性产业集群，", "立足全市12个产业园区，", "依托3个重点园区，"]),
)
def test_the_count_set_after_such_a_scope_is_still_read(scope: str) -> None:
    found = _targets(scope + "建设知识产权工作站20个。")
    assert found == [("建设知识产权工作站", 20.0, "个", "=")]


def test_a_scope_count_bounded_as_a_goal_stays_a_target() -> None:
    found = _targets("围绕不少于10个重点产业开展专利导航。")
    assert [(v, u, c) for _, v, u, c in found] == [(10.0, "个", ">=")]


def test_a_count_with_its_own_year_or_flag_stays_a_target() -> None:
    assert [v for _, v, _, _ in _targets("围绕2025年新增10个重点产业开展专利导航。")] == [10.0]
