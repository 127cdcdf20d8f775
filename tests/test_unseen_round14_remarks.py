"""Round 14 of plans the corpus does not show, written for the tests: notes that a remark closes.

A 湖南 county's 工作要点 whose notes name the units with their roles and then add a remark of the plan's own,
with no label: how the work is followed (按季度调度, 每月报送进展) or what it must achieve (确保取得实效,
务求实效), after a comma or a semicolon, in an unlabelled note （A牵头，B、C配合；按季度调度） and in a labelled
one （牵头单位：A；配合单位：B；确保取得实效）, and on a line of its own after the item (责任单位：A、B；按季度调度).
The remark is no unit, and the units keep their roles (before,
the unlabelled note was not read as a note at all and only its first unit was found, from the prose; the
labelled one named the remark a supporting unit).
"""

from __future__ import annotations

import pytest

from tests.formats import paragraphs_of, to_docx, to_html
from tests.plans import extracted, named_units

DAOXIAN = """道县2025年知识产权工作要点
一、重点任务
（一）加强行政保护。开展打击侵权假冒专项行动，严厉查处商标侵权案件。（县市场监管局牵头，县公安局、县文旅广体局配合；按季度调度）
（二）推进专利转化运用。组织开展专利开放许可试点。（县科技局负责，务求实效）
（三）加强地理标志保护。推动道县脐橙地理标志运用。（牵头单位：县市场监管局；配合单位：县农业农村局；确保取得实效）
（四）强化知识产权金融服务。推动知识产权质押融资扩面增量。（县金融服务中心牵头，县市场监管局配合，每月报送进展）
（五）开展知识产权宣传。组织知识产权宣传周活动。（县委宣传部、县市场监管局负责）
"""

EXPECTED = {
    "一.(一)": [("县市场监管局", "lead"), ("县公安局", "support"), ("县文旅广体局", "support")],
    "一.(二)": [("县科技局", "sole")],
    "一.(三)": [("县市场监管局", "lead"), ("县农业农村局", "support")],
    "一.(四)": [("县金融服务中心", "lead"), ("县市场监管局", "support")],
    "一.(五)": [("县委宣传部", "joint"), ("县市场监管局", "joint")],
}


@pytest.mark.parametrize("kind", ["txt", "docx", "html"])
def test_a_remark_closing_a_note_is_no_unit_and_the_units_keep_their_roles(kind: str) -> None:
    data: str | bytes = DAOXIAN
    if kind == "docx":
        data = to_docx(paragraphs_of(DAOXIAN))
    elif kind == "html":
        data = to_html(paragraphs_of(DAOXIAN))
    doc, _ = extracted(data, f"daoxian.{kind}")
    got = {
        path: [(surface, role) for surface, role, basis in units if basis == "annotation"]
        for path, units in named_units(doc).items()
    }
    assert got == EXPECTED


def test_a_remark_names_no_agency() -> None:
    doc, _ = extracted(DAOXIAN, "daoxian.txt")
    names = {a.name for a in doc.agencies}
    assert not any(word in name for name in names for word in ("调度", "实效", "进展"))


def test_a_note_of_units_alone_or_a_remark_alone_is_read_as_before() -> None:
    # a last piece that names a body is a unit, whatever its role; a bracket of a remark alone is no note
    plan = """某县2025年知识产权工作要点
一、重点任务
（一）加强行政保护。开展专项行动。（县市场监管局牵头，县公安局、各乡镇人民政府）
（二）推进专利转化。开展试点工作（按季度调度）。
"""
    doc, _ = extracted(plan, "plan.txt")
    units = named_units(doc)
    assert [(s, r) for s, r, _ in units["一.(一)"]] == [
        ("县市场监管局", "lead"),
        ("县公安局", "support"),
        ("各乡镇人民政府", "support"),
    ]
    assert not [u for u in units["一.(二)"] if u[2] == "annotation"]


def test_a_remark_closing_a_line_of_units_is_no_unit() -> None:
    plan = """某县2025年知识产权工作要点
一、重点任务
1.加强行政保护。开展打击侵权假冒专项行动。
责任单位：县市场监管局、县公安局；按季度调度
2.推进专利转化运用。组织开展专利开放许可试点。
牵头单位：县科技局；配合单位：县财政局；确保取得实效
"""
    doc, _ = extracted(plan, "plan.txt")
    assert {path: [(s, r) for s, r, _ in units] for path, units in named_units(doc).items()} == {
        "一.1": [("县市场监管局", "joint"), ("县公安局", "joint")],
        "一.2": [("县科技局", "lead"), ("县财政局", "support")],
    }


def test_a_unit_with_its_work_closing_a_note_is_no_remark() -> None:
    # （A负责，B配合开展…）: B names a role, so it is no remark (each unit with its own work is read, and the
    # unit B supports leads, as in （A负责，B配合）)
    plan = """某县2025年知识产权工作要点
一、重点任务
1.加强行政保护。开展打击侵权假冒专项行动。（县市场监管局负责，县公安局配合开展刑事打击）
"""
    doc, _ = extracted(plan, "plan.txt")
    assert [(s, r) for s, r, _ in named_units(doc)["一.1"]] == [
        ("县市场监管局", "lead"),
        ("县公安局", "support"),
    ]
