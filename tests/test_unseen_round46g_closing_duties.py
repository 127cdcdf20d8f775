"""Round 46: an item of a 附则 (supplementary) chapter that gives a body work in prose, answering for it
((十八)本措施所需资金由市财政局负责保障，纳入年度部门预算). Such a chapter's items were tasks only when a note
named their units, so the body the item makes answer for the money was nobody's: the item was read as a
remark about the measures. Now an item whose prose makes a body answer for its work (负责…) is work, as the
same item is in a tasks chapter; interpretation and entry into force (本措施由…负责解释, 本措施自…起施行) and
exhortations (各单位要…) stay remarks about the plan, obliging no one."""

from __future__ import annotations

import pytest

from tests.plans import extracted, named_units

HEAD = "某县知识产权强县建设若干措施\n一、支持措施\n（一）支持专利导航。对完成的专利导航项目给予资助。（责任单位：县市场监管局）\n二、附则\n"


def _closing_units(body: str) -> list[tuple[str, str]]:
    doc, _ = extracted(HEAD + body)
    return sorted(
        (surface, role)
        for t in doc.tasks
        if t.path.startswith("二")
        for surface, role, _ in named_units(doc)[t.path]
    )


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("（二）本措施所需资金由县财政局负责保障，纳入年度部门预算。", [("县财政局", "sole")]),
        ("（二）实施本办法所需经费由区财政局负责统筹安排。", [("区财政局", "sole")]),
        (
            "（二）奖补资金的绩效评价由县财政局、县审计局共同负责。",
            [("县审计局", "joint"), ("县财政局", "joint")],
        ),
        ("（二）资金拨付后的跟踪问效，县市场监管局负责。", [("县市场监管局", "sole")]),
    ],
)
def test_a_closing_item_giving_a_body_work_is_a_task(item: str, expected: list[tuple[str, str]]) -> None:
    assert _closing_units(item + "\n（三）本措施自2025年7月1日起施行。\n") == expected


@pytest.mark.parametrize(
    "item",
    [
        "（二）本措施由县市场监管局会同县财政局负责解释。",
        "（二）本措施自2025年7月1日起施行，有效期至2027年12月31日。",
        "（二）各乡镇要结合实际认真组织实施。",
        "（二）同一事项符合多项政策的，按照就高原则给予支持，不重复享受。",
    ],
)
def test_other_closing_items_oblige_no_one(item: str) -> None:
    doc, _ = extracted(HEAD + item + "\n")
    assert [t.path for t in doc.tasks if t.path.startswith("二")] == []
