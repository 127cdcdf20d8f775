"""Round 47: a county's work points as a Markdown page kept in a static site's repository (正定): a YAML front
matter holding the title, date, 文号 and 发文机关; tasks as a task list (- [ ] …, - [x] … done), some with task-list
items indented under them; units closing an item in a code span (`责任单位：A`); a callout (> [!NOTE]) holding the
note that the first unit listed leads; cited documents as reference-style links ([《…》][1]) defined at the
page's end.

What was read wrong before:

- a task box after a list's bullet (- [ ] 培育…) hid the bullet: no item opened, and every task of a section ran
  into one, its units all at once;
- items indented under a bulleted item were its siblings, named by nobody, not its parts done by its bodies;
- a code span's backticks stood in the units' names (`县人民法院), and its note was no note;
- the front matter's 文号 and 发文机关 were dropped with its other keys: the plan had no number and no issuer;
- the callout's marker ([!NOTE]) and the link references ([1], [1]: https://…) were words of the text.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.md_markup import callout_markers, code_spans, reference_links, task_boxes
from tests.plans import extracted, named_units

HEAD = "## 一、重点任务\n\n"


def _units(body: str, name: str = "plan.md") -> dict[str, dict[str, str]]:
    doc, _ = extracted("# 某县2025年知识产权工作要点\n\n" + HEAD + body, name)
    return {path: {s: role for s, role, _ in found} for path, found in named_units(doc).items() if found}


@settings(max_examples=20, deadline=None)
@given(
    box=st.sampled_from(["[ ]", "[x]", "[X]"]),
    bullet=st.sampled_from(["-", "*", "+"]),
    note=st.sampled_from(
        [
            "（牵头单位：县科技局；配合单位：县财政局）",
            "*责任单位：县科技局（牵头），县财政局*",
            "县科技局牵头，县财政局配合。",
        ]
    ),
)
def test_task_list_items_are_items_each_with_its_own_units(box: str, bullet: str, note: str) -> None:
    units = _units(
        f"{bullet} {box} **推进专利转化。** 组织供需对接活动。{note}\n"
        f"{bullet} [ ] **加强商标保护。** 开展商标专项执法。（责任单位：县市场监管局）\n"
    )
    assert list(units.values()) == [{"县科技局": "lead", "县财政局": "support"}, {"县市场监管局": "sole"}]


@settings(max_examples=20, deadline=None)
@given(
    indent=st.sampled_from(["  ", "    ", "\t"]),
    box=st.sampled_from(["", "[ ] ", "[x] "]),
    bullet=st.sampled_from(["-", "*"]),
    name=st.sampled_from(["plan.md", "plan.txt"]),
)
def test_items_indented_under_a_bullet_are_its_parts(indent: str, box: str, bullet: str, name: str) -> None:
    box = box if name == "plan.md" else ""  # a task list's box is Markdown's
    units = _units(
        f"{bullet} {box}加强行政执法。开展“铁拳”行动。（县市场监管局牵头，县公安局配合）\n"
        f"{indent}{bullet} {box}制定年度执法行动方案。\n"
        f"{indent}{bullet} {box}开展旅游商品专项整治。\n"
        f"{bullet} {box}加强司法保护。依法审理知识产权案件。（县人民法院负责）\n",
        name,
    )
    both = {"县市场监管局": "lead", "县公安局": "support"}
    assert units == {"一.•1": both, "一.•1.•1": both, "一.•1.•2": both, "一.•2": {"县人民法院": "sole"}}


def test_word_processor_bullets_indented_stay_siblings() -> None:
    units = _units(
        "● 加强行政执法。开展“铁拳”行动。（县市场监管局负责）\n  ● 开展旅游商品专项整治。（县公安局负责）\n",
        "plan.txt",
    )
    assert units == {"一.•1": {"县市场监管局": "sole"}, "一.•2": {"县公安局": "sole"}}


@settings(max_examples=15, deadline=None)
@given(
    span=st.sampled_from(
        [
            ("`县人民法院、县人民检察院按职责分工负责`", {"县人民法院": "joint", "县人民检察院": "joint"}),
            ("``责任单位：县公安局``", {"县公安局": "sole"}),
            ("`牵头单位：县司法局` `配合单位：县人民法院`", {"县司法局": "lead", "县人民法院": "support"}),
        ]
    )
)
def test_units_in_a_code_span_read_as_a_note(span: tuple[str, dict[str, str]]) -> None:
    words, expected = span
    assert list(_units(f"1. 加强知识产权保护。依法办理侵权案件。{words}\n").values()) == [expected]


def test_a_fence_is_no_code_span() -> None:
    assert code_spans("```\n县公安局\n```") == "```\n县公安局\n```"
    assert code_spans("由`县公安局`负责") == "由县公安局负责"


@settings(max_examples=15, deadline=None)
@given(
    opening=st.sampled_from(["> [!NOTE]\n> ", "> [!tip] 说明\n> ", "::: tip\n", "::: warning 说明\n"]),
)
def test_a_callout_s_first_is_lead_note_is_read_without_its_marker(opening: str) -> None:
    close = "\n:::\n" if opening.startswith(":::") else "\n"
    body = (
        f"{opening}责任单位排在第一位的为牵头单位，其余为配合单位。{close}\n"
        "1. 推进专利开放许可。征集开放许可专利。（责任单位：县科技局、县市场监管局）\n"
    )
    doc, canonical = extracted("# 某县2025年知识产权工作要点\n\n" + HEAD + body, "plan.md")
    assert "[!" not in canonical
    assert ":::" not in canonical
    found = [{s: role for s, role, _ in units} for units in named_units(doc).values() if units]
    assert found == [{"县科技局": "lead", "县市场监管局": "support"}]


def test_callout_markers_keep_their_titles() -> None:
    assert callout_markers("> [!IMPORTANT] 注意事项\n> 正文") == "> 注意事项\n> 正文"
    assert callout_markers("::: details 附注\n正文\n:::") == "附注\n正文\n"


@settings(max_examples=15, deadline=None)
@given(
    ref=st.sampled_from(["1", "gy", "Gang Yao"]),
    definition=st.sampled_from(
        ['https://www.gov.cn/zhengce/content_1.htm "纲要"', "</zcwj/gangyao/>", "https://example.org/a.html"]
    ),
)
def test_reference_links_read_as_their_words(ref: str, definition: str) -> None:
    body = (
        f"为贯彻落实[《知识产权强国建设纲要（2021—2035年）》][{ref}]，制定本要点。\n\n"
        + HEAD
        + "1. 开展专利导航。完成导航项目1项。（县科技局负责）\n\n"
        + f"[{ref.lower()}]: {definition}\n"
    )
    doc, canonical = extracted("# 某县2025年知识产权工作要点\n\n" + body, "plan.md")
    assert f"[{ref}]" not in canonical
    assert "]:" not in canonical
    assert [c.title for c in doc.citations] == ["知识产权强国建设纲要（2021—2035年）"]


def test_brackets_naming_no_defined_reference_stay() -> None:
    assert reference_links("见[附件][2]。\n\n[1]: https://a.cn/x") == "见[附件][2]。\n\n"
    assert reference_links("[《纲要》][]\n[《纲要》]: https://a.cn/") == "《纲要》\n"


@settings(max_examples=20, deadline=None)
@given(
    number=st.sampled_from(
        ["文号: 正市监〔2025〕11号", "发文字号：'正市监〔2025〕11号'", '文号: "正市监[2025]11号"']
    ),
    issuer=st.sampled_from(
        [
            ("发文机关: 正定县市场监督管理局", ["正定县市场监督管理局"]),
            (
                "发文单位: [正定县市场监督管理局, 正定县科学技术和工业信息化局]",
                ["正定县市场监督管理局", "正定县科学技术和工业信息化局"],
            ),
        ]
    ),
    tags=st.sampled_from(["tags: [知识产权]\n", "tags:\n  - 知识产权\n  - 工作要点\n", ""]),
)
def test_a_front_matter_s_record_fields_give_the_number_and_issuer(
    number: str, issuer: tuple[str, list[str]], tags: str
) -> None:
    field, issuers = issuer
    doc, canonical = extracted(
        f'---\ntitle: "正定县2025年知识产权工作要点"\n{number}\ndate: 2025-03-06\n{field}\n{tags}draft: false\n---\n\n'
        "为推进知识产权强县建设，制定本要点。\n\n"
        + HEAD
        + "1. 开展专利导航。完成导航项目1项。（县科技局负责）\n",
        "plan.md",
    )
    assert doc.plan.title == "正定县2025年知识产权工作要点"
    assert doc.plan.doc_number == "正市监〔2025〕11号"
    assert [i.name for i in doc.plan.issuers] == issuers
    assert doc.plan.date == "2025-03-06"
    assert "tags" not in canonical
    assert "draft" not in canonical


def test_task_boxes_leave_other_brackets() -> None:
    assert (
        task_boxes("- [ ] 开展\n  * [x] 完成\n1. [X] 推进\n见[ ]内") == "- 开展\n  * 完成\n1. 推进\n见[ ]内"
    )
