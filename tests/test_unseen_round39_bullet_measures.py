"""Round 39: a zone's work scheme exported from a portal's CMS as Markdown writes some items as a bold lead
phrase and a lead-in, the item's measures as bullets nested under it, then on a line of its own after the
last bullet the bodies doing the whole item (a '> 责任部门：…' blockquote or a '**牵头部门**：…' line).

Before, the item was read as a heading over its bullets: its own words (the lead-in, and the programme it
named) were no task's, and the note after the last bullet went to each bullet as a list's closing note. Now
the item is the task, its bullets its text, the note its own. Bullets naming bodies of their own stay
tasks of their own, as does a list under a heading that writes no words of its own."""

from __future__ import annotations

import pytest

from tests.plans import extracted, named_units

HEAD = "# 某高新区知识产权高质量发展工作方案\n\n## 一、重点任务\n\n### （一）提升创造质量\n\n"


def _units(body: str, name: str = "plan.md") -> dict[str, list[tuple[str, str, str]]]:
    doc, _ = extracted(HEAD + body, name)
    return {path: found for path, found in named_units(doc).items() if found}


@pytest.mark.parametrize(
    ("bullet", "note"),
    [
        ("-", "> 责任部门：高新区科技创新局（牵头）、经济发展局"),
        ("*", "**牵头部门**：高新区科技创新局　**配合部门**：经济发展局"),
        ("-", "牵头单位：高新区科技创新局\n配合单位：经济发展局"),
        ("●", "（责任单位：高新区科技创新局牵头，经济发展局配合）"),
    ],
)
def test_the_note_after_an_items_bullets_is_the_items(bullet: str, note: str) -> None:
    body = (
        "1. **推进专利转化运用。** 盘活高校院所存量专利，开展专利开放许可试点：\n"
        f"   {bullet} 组织高校院所与企业开展供需对接；\n"
        f"   {bullet} 推动一批专利在园区企业落地实施。\n\n"
        f"{note}\n\n"
        "2. **加强商标品牌建设。** 实施商标品牌培育行动。\n\n"
        "> 责任部门：市场监管分局\n"
    )
    units = _units(body)
    assert units == {
        "一.(一).1": [("高新区科技创新局", "lead", "annotation"), ("经济发展局", "support", "annotation")],
        "一.(一).2": [("市场监管分局", "sole", "annotation")],
    }


def test_the_items_lead_in_is_its_text() -> None:
    body = (
        "1. **促进专利转化实施。** 推动存量专利盘点，开展专利开放许可试点：\n"
        "   - 组织专利供需对接；\n"
        "   - 专利转化实施率提高到25%。\n\n"
        "> 责任部门：科技创新局（牵头）、人力资源局\n"
    )
    doc, _ = extracted(HEAD + body, "plan.md")
    assert "open_licensing" in {p.program_id for p in doc.programs}
    (task,) = [t for t in doc.tasks if t.responsibilities]
    assert task.path == "一.(一).1"
    assert "开放许可" in task.text
    assert "专利供需对接" in task.text


def test_the_same_in_a_plain_text_plan() -> None:
    text = (
        "某经济技术开发区知识产权工作方案\n一、重点任务\n（一）强化知识产权运用\n"
        "1.深化产业专利导航。围绕主导产业开展导航，重点抓好以下工作：\n"
        "- 建立导航成果运用机制；\n- 每年完成导航项目2项以上。\n"
        "牵头部门：经济发展局　配合部门：园区运营公司\n"
    )
    doc, _ = extracted(text, "plan.txt")
    units = {path: found for path, found in named_units(doc).items() if found}
    assert units == {
        "一.(一).1": [("经济发展局", "lead", "annotation"), ("园区运营公司", "support", "annotation")]
    }


def test_bullets_naming_their_own_bodies_stay_tasks() -> None:
    body = (
        "1. **实施高价值专利培育工程。** 重点做好以下工作：\n"
        "   - 建设高价值专利培育中心（责任单位：科技创新局）；\n"
        "   - 开展专利布局（责任单位：经济发展局）。\n\n"
        "> 配合部门：企业服务中心\n"
    )
    units = _units(body)
    assert set(units) == {"一.(一).1.•1", "一.(一).1.•2"}
    assert units["一.(一).1.•1"][0] == ("科技创新局", "sole", "annotation")


def test_a_heading_writing_no_words_keeps_its_bullets_as_tasks() -> None:
    body = "- 建设高价值专利培育中心；\n- 开展专利布局。\n\n> 责任部门：科技创新局\n"
    units = _units(body)
    assert set(units) == {"一.(一).•1", "一.(一).•2"}


def test_bullets_with_no_note_after_them_stay_as_they_were() -> None:
    body = (
        "1. **实施高价值专利培育工程。** 重点做好以下工作：\n"
        "   - 建设高价值专利培育中心；\n"
        "   - 开展专利布局。\n\n"
        "2. **加强商标品牌建设。** 实施商标品牌培育行动。\n\n"
        "> 责任部门：市场监管分局\n"
    )
    doc, _ = extracted(HEAD + body, "plan.md")
    assert {t.path for t in doc.tasks} >= {"一.(一).1.•1", "一.(一).1.•2", "一.(一).2"}
