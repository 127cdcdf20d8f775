"""Round 45c: labels naming the units that put an item's work into effect (落实单位：A, 落实部门：A、B,
落实主体：A). They were no label words (roles.yaml labels), so a note line, a bracket or a table column headed
so named nobody. They now read as 实施单位 and 责任主体 do: one unit alone carries the work (sole), several
share it (joint), and a lead named beside them keeps its helpers. The other less common label layouts of the
plan that exposed it are held here too, in other wordings: two labels on one line parted by spaces, a
leader's title before the units, and a line naming the body that oversees the work (no unit of it)."""

from __future__ import annotations

import pytest

from policykg.extract.agency_lists import parse_agency_list
from policykg.models import Document
from tests.plans import extracted, resolved_agency

Roles = dict[str, str]

_HEAD = "某区知识产权工作实施方案\n二、重点任务\n（一）提升创造质量\n"


def _roles(doc: Document) -> list[Roles]:
    """The roles of each task naming bodies, in the plan's order."""
    return [
        {r.agency.surface: r.role for r in t.responsibilities if r.basis != "issuer_default"}
        for t in doc.tasks
        if any(r.basis != "issuer_default" for r in t.responsibilities)
    ]


def _plan(*items: str) -> list[Roles]:
    body = "".join(
        f"{i}.推进第{i}项知识产权工作。完善工作机制，提升工作质效。{note}\n"
        for i, note in enumerate(items, 1)
    )
    doc, _ = extracted(_HEAD + body)
    return _roles(doc)


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("\n落实单位：区司法局", {"区司法局": "sole"}),
        ("\n落实单位：区人民法院、区人民检察院", {"区人民法院": "joint", "区人民检察院": "joint"}),
        ("\n落实部门：区科技局", {"区科技局": "sole"}),
        (
            "\n落实部门：区科技局、区财政局、区税务局",
            {"区科技局": "joint", "区财政局": "joint", "区税务局": "joint"},
        ),
        ("\n落实主体：区市场监管局", {"区市场监管局": "sole"}),
        ("（落实单位：区教育局）", {"区教育局": "sole"}),
        ("（落实单位：区商务局、区农业农村局）", {"区商务局": "joint", "区农业农村局": "joint"}),
        ("〔落实部门：区工业和信息化局〕", {"区工业和信息化局": "sole"}),
        # a lead among them keeps its helpers
        ("（落实单位：区市场监管局牵头，区公安分局配合）", {"区市场监管局": "lead", "区公安分局": "support"}),
        ("\n落实单位：区财政局（牵头），区市场监管局", {"区财政局": "lead", "区市场监管局": "support"}),
    ],
)
def test_a_carrying_label_names_the_units(note: str, expected: Roles) -> None:
    assert _plan(note) == [expected]


def test_carrying_labels_in_a_list_of_words() -> None:
    for words, expected in [
        ("落实单位：区司法局", [("区司法局", "sole")]),
        ("落实部门：区科技局、区财政局", [("区科技局", "joint"), ("区财政局", "joint")]),
    ]:
        mentions, _ = parse_agency_list(words, 0, len(words))
        assert [(words[m.span[0] : m.span[1]], m.role) for m in mentions] == expected


def test_a_carrying_column_of_a_table() -> None:
    rows = [
        ("区司法局", {"区司法局": "sole"}),
        ("区人民法院、区人民检察院", {"区人民法院": "joint", "区人民检察院": "joint"}),
    ]
    table = "\n".join(
        f"| {i} | 推进第{i}项知识产权重点工作，完善工作机制。 | {cell} |"
        for i, (cell, _) in enumerate(rows, 1)
    )
    doc, _ = extracted(
        f"# 某区知识产权工作实施方案\n\n一、重点任务\n\n| 序号 | 工作任务 | 落实单位 |\n|---|---|---|\n{table}\n",
        "plan.md",
    )
    assert _roles(doc) == [roles for _, roles in rows]


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        # two labels on one line parted by spaces, ASCII or full-width
        (
            "\n牵头部门：区财政局  协同部门：区市场监管局、区发展和改革局",
            {"区财政局": "lead", "区市场监管局": "support", "区发展和改革局": "support"},
        ),
        ("\n主办单位：区委宣传部　协办单位：区教育局", {"区委宣传部": "lead", "区教育局": "support"}),
        (
            "\n牵头单位：区科技局   参与单位：区教育局、区财政局",
            {"区科技局": "lead", "区教育局": "support", "区财政局": "support"},
        ),
        # a leader's title before the units is no unit
        (
            "\n责任领导：分管副区长；责任单位：区市场监管局、区公安分局",
            {"区市场监管局": "joint", "区公安分局": "joint"},
        ),
        (
            "\n分管领导：副区长；牵头单位：区科技局；配合单位：区财政局",
            {"区科技局": "lead", "区财政局": "support"},
        ),
        # the body overseeing the work, on a line of its own, carries none of it
        ("\n责任主体：区市场监管局\n督办单位：区政府督查室", {"区市场监管局": "sole"}),
        ("\n落实单位：区司法局\n督办单位：区委督查室", {"区司法局": "sole"}),
    ],
)
def test_other_label_layouts(note: str, expected: Roles) -> None:
    assert _plan(note) == [expected]


@pytest.mark.parametrize(
    ("header", "cells", "expected"),
    [
        ("落实部门", ["区科技局"], [{"区科技局": "sole"}]),
        ("落实主体", ["区商务局、区农业农村局"], [{"区商务局": "joint", "区农业农村局": "joint"}]),
        ("实施主体", ["区教育局"], [{"区教育局": "sole"}]),
    ],
)
def test_other_carrying_columns(header: str, cells: list[str], expected: list[Roles]) -> None:
    table = "\n".join(
        f"| {i} | 推进第{i}项知识产权重点工作，完善工作机制。 | {cell} |" for i, cell in enumerate(cells, 1)
    )
    doc, _ = extracted(
        f"# 某区知识产权工作实施方案\n\n一、重点任务\n\n| 序号 | 工作任务 | {header} |\n|---|---|---|\n{table}\n",
        "plan.md",
    )
    assert _roles(doc) == expected


def test_a_unit_named_the_carrying_one_in_a_note() -> None:
    # alone it carries the work; with helpers it leads them, as 为实施单位 does
    assert _plan("（区司法局为落实单位）") == [{"区司法局": "sole"}]
    assert _plan("（区司法局为落实单位，区人民法院配合）") == [{"区司法局": "lead", "区人民法院": "support"}]


@pytest.mark.parametrize("written", ["落实单位", "各落实单位", "区落实单位", "落实部门", "各有关落实部门"])
def test_the_label_written_as_a_name_gathers_the_plans_units(written: str) -> None:
    # 各落实单位要明确专人负责: the plan's units of that label, gathered, as 各实施单位 is
    assert resolved_agency("220204", written)[2] == "all_departments"


def test_the_gathered_units_in_prose() -> None:
    doc, _ = extracted(
        _HEAD
        + "1.推进专利转化。完善工作机制。\n落实单位：区科技局\n三、保障措施\n各落实单位要明确专人负责，按季度报送进展。\n"
    )
    found = {(r.agency.surface, r.agency.type, r.role) for t in doc.tasks for r in t.responsibilities}
    assert any(s == "区科技局" and role == "sole" for s, _, role in found)
    assert ("各落实单位", "all_departments", "implicit") in found
