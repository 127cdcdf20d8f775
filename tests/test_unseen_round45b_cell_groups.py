"""Round 45b: a role word in brackets closing a group of names in a 责任单位 cell or a note, more names after a
comma, a semicolon or a line break (市市场监管局、市发展改革委（主责），市商务局（协同）; A、B（牵头），C、D). The
bracket was read as its last name's alone, as it is inside a list going on with 、 (A、B（牵头）、C按职责分工负责):
the first name of the group fell to a supporter. A bracket that closes its group now speaks for the group, as
a bare role word there does (A、B牵头，C、D配合); one followed by 、 or closing the list still marks its own
name."""

from __future__ import annotations

import pytest

from policykg.extract.agency_lists import parse_agency_list
from policykg.models import Document
from tests.plans import extracted

Roles = list[tuple[str, str]]


def _cell(words: str) -> Roles:
    mentions, _ = parse_agency_list(words, 0, len(words), lines=True)
    return [(words[m.span[0] : m.span[1]], m.role) for m in mentions]


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (
            "市市场监管局、市发展改革委（主责），市商务局（协同）",
            [("市市场监管局", "lead"), ("市发展改革委", "lead"), ("市商务局", "support")],
        ),
        (
            "区市场监管局、区发改局（牵头），区商务局",
            [("区市场监管局", "lead"), ("区发改局", "lead"), ("区商务局", "support")],
        ),
        (
            "县农业农村局、县林业局（牵头）；县市场监管局、县商务局",
            [
                ("县农业农村局", "lead"),
                ("县林业局", "lead"),
                ("县市场监管局", "support"),
                ("县商务局", "support"),
            ],
        ),
        (
            "市司法局、市中级人民法院（牵头）\n市市场监管局、市公安局",
            [
                ("市司法局", "lead"),
                ("市中级人民法院", "lead"),
                ("市市场监管局", "support"),
                ("市公安局", "support"),
            ],
        ),
        (
            "市司法局、市中级人民法院（牵头）<br>市市场监管局",
            [("市司法局", "lead"), ("市中级人民法院", "lead"), ("市市场监管局", "support")],
        ),
        (
            "县科技局、县工信局(牵头),县财政局",
            [("县科技局", "lead"), ("县工信局", "lead"), ("县财政局", "support")],
        ),
    ],
)
def test_a_bracket_closing_a_group_speaks_for_the_group(cell: str, expected: Roles) -> None:
    assert _cell(cell) == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        # the list goes on with 、: the bracket is its name's alone, the others wait for the word after
        (
            "市科技局、市教育局（牵头）、市财政局按职责分工负责",
            [("市科技局", "support"), ("市教育局", "lead"), ("市财政局", "support")],
        ),
        # the bracket closes the list: it marks its own name among the others
        ("区科技局、区市场监管局（牵头）", [("区科技局", "support"), ("区市场监管局", "lead")]),
        # one name before its bracket, as ever
        (
            "市市场监管局（牵头），市科技局、市财政局",
            [("市市场监管局", "lead"), ("市科技局", "support"), ("市财政局", "support")],
        ),
        (
            "市经信局（主责）\n市市场监管局、市科技局（协同）",
            [("市经信局", "lead"), ("市市场监管局", "support"), ("市科技局", "support")],
        ),
    ],
)
def test_a_bracket_inside_a_list_marks_its_own_name(cell: str, expected: Roles) -> None:
    assert _cell(cell) == expected


_ROWS = [
    (
        "市市场监管局、市发展改革委（主责），市商务局（协同）",
        {"市市场监管局": "lead", "市发展改革委": "lead", "市商务局": "support"},
    ),
    (
        "区司法局、区人民法院（牵头），区市场监管局、区公安分局",
        {"区司法局": "lead", "区人民法院": "lead", "区市场监管局": "support", "区公安分局": "support"},
    ),
    (
        "市科技局、市教育局（牵头）、市财政局按职责分工负责",
        {"市科技局": "support", "市教育局": "lead", "市财政局": "support"},
    ),
]


def _roles(doc_text: tuple[Document, str]) -> list[dict[str, str]]:
    """The roles of each task naming bodies, in the plan's order."""
    doc, _ = doc_text
    return [
        {r.agency.surface: r.role for r in t.responsibilities if r.basis != "issuer_default"}
        for t in doc.tasks
        if any(r.basis != "issuer_default" for r in t.responsibilities)
    ]


def test_in_a_web_page_table() -> None:
    rows = "".join(
        f"<tr><td>{i}</td><td>推进第{i}项知识产权重点工作，完善工作机制。</td><td>{cell}</td><td>2025年底</td></tr>"
        for i, (cell, _) in enumerate(_ROWS, 1)
    )
    page = (
        "<html><head><title>某市2025年知识产权工作要点</title></head><body><h1>某市2025年知识产权工作要点</h1>"
        "<p>一、重点任务</p><table><tr><th>序号</th><th>工作任务</th><th>责任单位</th><th>完成时限</th></tr>"
        f"{rows}</table></body></html>"
    )
    assert _roles(extracted(page, "plan.html")) == [roles for _, roles in _ROWS]


def test_in_a_markdown_table() -> None:
    rows = "\n".join(
        f"| {i} | 推进第{i}项知识产权重点工作，完善工作机制。 | {cell} | 2025年底 |"
        for i, (cell, _) in enumerate(_ROWS, 1)
    )
    plan = (
        "# 某区2025年知识产权工作要点\n\n一、重点任务\n\n| 序号 | 工作任务 | 责任单位 | 完成时限 |\n"
        f"|---|---|---|---|\n{rows}\n"
    )
    assert _roles(extracted(plan, "plan.md")) == [roles for _, roles in _ROWS]


def test_in_a_note_closing_a_task() -> None:
    doc, _ = extracted(
        "某县知识产权工作方案\n一、重点任务\n1.加强知识产权纠纷化解。完善诉调对接机制。"
        "（责任单位：县司法局、县人民法院（牵头），县市场监管局）\n"
    )
    assert _roles((doc, "")) == [{"县司法局": "lead", "县人民法院": "lead", "县市场监管局": "support"}]
